package testkit

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"

	"github.com/perpx/perpx/circuits"
	"github.com/perpx/perpx/state"
)

// Tree is an in-memory sparse 4-ary Merkle tree whose nodes are Compress4 of their four children.
type Tree struct {
	empty []fr.Element
	nodes []map[uint64]fr.Element
}

// NewTree returns an empty tree of the given number of 4-ary levels whose empty leaf is emptyLeaf.
func NewTree(levels int, emptyLeaf fr.Element) *Tree {
	t := &Tree{empty: state.EmptyNodes(emptyLeaf, levels), nodes: make([]map[uint64]fr.Element, levels+1)}
	for i := range t.nodes {
		t.nodes[i] = map[uint64]fr.Element{}
	}
	return t
}

func (t *Tree) node(level int, i uint64) fr.Element {
	if n, ok := t.nodes[level][i]; ok {
		return n
	}
	return t.empty[level]
}

// Root returns the root.
func (t *Tree) Root() fr.Element { return t.node(len(t.nodes)-1, 0) }

// Siblings returns the siblings of leaf i, leaf level first, three per level in child order.
func (t *Tree) Siblings(i uint64) []fr.Element {
	var out []fr.Element
	for l := range len(t.nodes) - 1 {
		at := i >> (2 * l)
		for j := range uint64(state.TreeArity) {
			if k := at&^3 | j; k != at {
				out = append(out, t.node(l, k))
			}
		}
	}
	return out
}

// Set writes leaf i and rehashes its path.
func (t *Tree) Set(i uint64, leaf fr.Element) {
	t.nodes[0][i] = leaf
	h := leaf
	sib := t.Siblings(i)
	for l := 0; l < len(t.nodes)-1; l++ {
		h = state.Compress4(state.Children(h, int(i>>(2*l)&3), sib[3*l:]))
		t.nodes[l+1][i>>(2*(l+1))] = h
	}
}

// Key returns a deterministic signing key for a seed.
func Key(seed uint64) *eddsa.PrivateKey {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], seed)
	s := sha256.Sum256(append([]byte("perpx/testkit key "), b[:]...))
	k, err := eddsa.GenerateKey(bytesReader(s[:]))
	if err != nil {
		panic(err)
	}
	return k
}

type bytesReader []byte

func (r bytesReader) Read(p []byte) (int, error) { return copy(p, r), nil }

// PubKey returns the state key of a signing key.
func PubKey(k *eddsa.PrivateKey) state.PubKey {
	return state.PubKey{X: k.PublicKey.A.X, Y: k.PublicKey.A.Y}
}

// Address returns a deterministic L1 address.
func Address(seed uint64) state.L1Address {
	var a state.L1Address
	s := sha256.Sum256(binary.BigEndian.AppendUint64([]byte("perpx/testkit address "), seed))
	copy(a[:], s[:])
	return a
}

// World is a rollup state with the keys of its accounts.
type World struct {
	Markets state.Markets
	Globals state.Globals
	// Config is the configuration batches enforce; its oracle keys are OracleKey(0..4).
	Config state.Config
	// Keys signs for account id; tests register a key per account.
	Keys map[uint32]*eddsa.PrivateKey

	accounts  map[uint32]state.Account
	accTree   *Tree
	slots     map[uint32]map[uint16]state.Slot
	slotTrees map[uint32]*Tree
}

// DefaultMarkets returns a table with markets 1 (oracle price 60 quote quantums per base quantum) and 2
// (price 3) active, market 3 reduce-only and the rest unlisted. Each satisfies tick · step ≡ 0 (mod S).
func DefaultMarkets() state.Markets {
	var t state.Markets
	t[0] = state.Market{Name: "M1", OraclePrice: 60_000_000, FundingIndex: 5, ImfPpm: 50_000, MmfPpm: 30_000,
		Status: state.MarketActive, TickSize: 1_000, StepSize: 1_000, MakerFeePpm: 200, TakerFeePpm: 500}
	t[1] = state.Market{Name: "M2", OraclePrice: 3_000_000, FundingIndex: -7, ImfPpm: 100_000, MmfPpm: 50_000,
		Status: state.MarketActive, TickSize: 100, StepSize: 10_000, MakerFeePpm: 200, TakerFeePpm: 500}
	t[2] = state.Market{Name: "M3", OraclePrice: 1_000_000, ImfPpm: 100_000, MmfPpm: 50_000,
		Status: state.MarketReduceOnly, TickSize: 1_000, StepSize: 1_000}
	return t
}

// NewWorld returns an empty state with DefaultMarkets and system time 1,000,000.
func NewWorld() *World {
	return &World{
		Markets:   DefaultMarkets(),
		Globals:   state.Globals{SystemTimeSeconds: 1_000_000},
		Config:    DefaultConfig(),
		Keys:      map[uint32]*eddsa.PrivateKey{},
		accounts:  map[uint32]state.Account{},
		accTree:   NewTree(state.AccountTreeLevels, state.EmptyLeaf()),
		slots:     map[uint32]map[uint16]state.Slot{},
		slotTrees: map[uint32]*Tree{},
	}
}

// AccountsRoot returns the root of the account tree.
func (w *World) AccountsRoot() fr.Element { return w.accTree.Root() }

// StateRoot returns the state root.
func (w *World) StateRoot() fr.Element {
	return state.StateRoot(w.AccountsRoot(), &w.Markets, w.Globals)
}

// Account returns account id (the empty account if unused).
func (w *World) Account(id uint32) state.Account {
	if a, ok := w.accounts[id]; ok {
		return a
	}
	return state.EmptyAccount()
}

// SetAccount overwrites account id (for setting up positions directly).
func (w *World) SetAccount(id uint32, a state.Account) {
	w.accounts[id] = a
	w.accTree.Set(uint64(id), a.Hash())
}

// Slot returns slot s of account id.
func (w *World) Slot(id uint32, s uint16) state.Slot { return w.slots[id][s] }

func (w *World) slotTree(id uint32) *Tree {
	t, ok := w.slotTrees[id]
	if !ok {
		t = NewTree(state.SlotTreeLevels, fr.Element{})
		w.slotTrees[id] = t
		w.slots[id] = map[uint16]state.Slot{}
	}
	return t
}

// updateAccount writes after to id and returns the update witness.
func (w *World) updateAccount(id uint32, before, after state.Account) *state.AccountUpdate {
	u := &state.AccountUpdate{ID: id, Before: before, After: after}
	copy(u.Siblings[:], w.accTree.Siblings(uint64(id)))
	w.SetAccount(id, after)
	return u
}

// updateSlot writes after to slot s of id and returns the update witness and the new slot root.
func (w *World) updateSlot(id uint32, s uint16, after state.Slot) (*state.SlotUpdate, fr.Element) {
	t := w.slotTree(id)
	u := &state.SlotUpdate{Slot: s, Before: w.slots[id][s], After: after}
	copy(u.Siblings[:], t.Siblings(uint64(s)))
	w.slots[id][s] = after
	t.Set(uint64(s), after.Word())
	return u, t.Root()
}

// Deposit credits amount to account id; an empty account takes key and address.
func (w *World) Deposit(id uint32, key state.PubKey, addr state.L1Address, amount uint64) *state.TxTrace {
	before, after := w.settle(id)
	if before.IsEmpty() {
		after.PubKey, after.L1Address = key, addr
	}
	after.CollateralQuantums += int64(amount)
	u := w.updateAccount(id, before, after)
	return &state.TxTrace{
		Record: state.Record{Deposit: &state.DepositRecord{AccountID: id, AmountQuantums: amount, L1Address: addr, PubKey: key.Compressed()}},
		A:      u,
	}
}

// Open registers key seed for account id and deposits amount into it.
func (w *World) Open(id uint32, amount uint64) *state.TxTrace {
	k := Key(uint64(id) + 1)
	w.Keys[id] = k
	return w.Deposit(id, PubKey(k), Address(uint64(id)), amount)
}

// SignOrder signs o with the key of its account.
func (w *World) SignOrder(o state.OrderMsg) state.SignedOrder {
	return state.SignedOrder{Msg: o, Sig: w.sign(o.AccountID, o.Hash())}
}

// SignWithdrawal signs m with the key of its account.
func (w *World) SignWithdrawal(m state.WithdrawalMsg) state.SignedWithdrawal {
	return state.SignedWithdrawal{Msg: m, Sig: w.sign(m.AccountID, m.Hash())}
}

func (w *World) sign(id uint32, msg fr.Element) state.Signature {
	k, ok := w.Keys[id]
	if !ok {
		panic(fmt.Sprintf("testkit: no key for account %d", id))
	}
	s, err := circuits.SignWord(k, msg)
	if err != nil {
		panic(err)
	}
	return s
}

// Trade signs both orders and fills q at the maker's limit price.
func (w *World) Trade(taker, maker state.OrderMsg, q, takerFee, makerFee uint64) *state.TxTrace {
	return w.TradeSigned(w.SignOrder(taker), w.SignOrder(maker), q, takerFee, makerFee)
}

// TradeSigned fills q between two signed orders at the maker's limit price, in the taker's market.
func (w *World) TradeSigned(taker, maker state.SignedOrder, q, takerFee, makerFee uint64) *state.TxTrace {
	tk, mk := &taker.Msg, &maker.Msg
	m := tk.Market
	p := mk.LimitPrice
	quote := new(big.Int).Mul(new(big.Int).SetUint64(q), new(big.Int).SetUint64(p))
	quote.Quo(quote, big.NewInt(state.PriceScale))
	tr := &state.TxTrace{
		Record: state.Record{Trade: &state.TradeRecord{
			Market: m, TakerIsBuy: tk.IsBuy, TakerAccount: tk.AccountID, MakerAccount: mk.AccountID,
			SizeQuantums: q, Price: p, TakerFee: takerFee, MakerFee: makerFee,
			TakerFeePpm: RateOf(q, p, takerFee), MakerFeePpm: RateOf(q, p, makerFee),
			TakerSlot: tk.Slot, TakerNonce: tk.Nonce, MakerSlot: mk.Slot, MakerNonce: mk.Nonce,
		}},
		Taker: &taker, Maker: &maker,
	}
	side := func(o *state.OrderMsg, buy bool, fee uint64) (*state.AccountUpdate, *state.SlotUpdate) {
		id := o.AccountID
		before, after := w.settle(id)
		s := w.Slot(id, o.Slot)
		filled := uint64(0)
		if o.Nonce == s.Nonce {
			filled = s.Filled
		}
		su, root := w.updateSlot(id, o.Slot, state.Slot{Nonce: o.Nonce, Filled: filled + q})
		after.SlotRoot = root
		j := after.PositionIndex(m)
		if j < 0 {
			j = after.FreePositionIndex()
			after.Positions[j] = state.Position{Market: m, FundingIndex: w.Markets.Get(m).FundingIndex}
		}
		if buy {
			after.Positions[j].SizeQuantums += int64(q)
			after.CollateralQuantums -= quote.Int64() + int64(fee)
		} else {
			after.Positions[j].SizeQuantums -= int64(q)
			after.CollateralQuantums += quote.Int64() - int64(fee)
		}
		if after.Positions[j].SizeQuantums == 0 {
			after.Positions[j] = state.Position{}
		}
		return w.updateAccount(id, before, after), su
	}
	tr.A, tr.SlotA = side(tk, tk.IsBuy, takerFee)
	tr.B, tr.SlotB = side(mk, !tk.IsBuy, makerFee)
	w.Globals.FeePoolQuantums += takerFee + makerFee
	return tr
}

// Withdraw signs m and debits its amount, consuming its slot.
func (w *World) Withdraw(m state.WithdrawalMsg) *state.TxTrace {
	return w.WithdrawSigned(w.SignWithdrawal(m))
}

// WithdrawSigned debits a signed withdrawal's amount from the account, consuming its slot.
func (w *World) WithdrawSigned(sw state.SignedWithdrawal) *state.TxTrace {
	m := &sw.Msg
	id := m.AccountID
	before, after := w.settle(id)
	su, root := w.updateSlot(id, m.Slot, state.Slot{Nonce: m.Nonce, Filled: state.SlotConsumed})
	after.SlotRoot = root
	after.CollateralQuantums -= int64(m.AmountQuantums)
	return &state.TxTrace{
		Record: state.Record{Withdrawal: &state.WithdrawalRecord{
			AccountID: id, AmountQuantums: m.AmountQuantums, L1Address: before.L1Address, Slot: m.Slot, Nonce: m.Nonce,
		}},
		A: w.updateAccount(id, before, after), SlotA: su, Withdrawal: &sw,
	}
}

// ForcedWithdraw serves a forced withdrawal of amount from account id requested by addr, with the verdict
// valid: a valid one debits the account, an invalid one leaves it unchanged. The verdict is the caller's, so a
// test can also build a trace that lies about it.
func (w *World) ForcedWithdraw(id uint32, amount uint64, addr state.L1Address, valid bool) *state.TxTrace {
	before, after := w.settle(id)
	if valid {
		after.CollateralQuantums -= int64(amount)
	}
	return &state.TxTrace{
		Record: state.Record{ForcedWithdrawal: &state.ForcedWithdrawalRecord{AccountID: id, AmountQuantums: amount, L1Address: addr, Valid: valid}},
		A:      w.updateAccount(id, before, after),
	}
}

// Noop returns a no-op trace.
func Noop() *state.TxTrace { return &state.TxTrace{} }

// Batch records the state at the start of a batch.
type Batch struct {
	w           *World
	oldRoot     fr.Element
	oldAccounts fr.Element
	oldGlobals  state.Globals
	oldMarkets  state.Markets
	update      *state.MarketUpdate
	txs         []state.TxTrace
}

// Begin starts a batch at the current state.
func (w *World) Begin() *Batch {
	return &Batch{w: w, oldRoot: w.StateRoot(), oldAccounts: w.AccountsRoot(), oldGlobals: w.Globals, oldMarkets: w.Markets}
}

// Add appends an applied transaction's trace.
func (b *Batch) Add(tx *state.TxTrace) { b.txs = append(b.txs, *tx) }

// Seal pads the batch to size with no-ops, applies the default market update (prices unchanged, no funding
// rates; a tick when one is due) unless UpdateMarkets ran, sets the system time and returns the sealed batch.
// The header carries config as its config hash; a provable batch passes w.Config.Hash().
func (b *Batch) Seal(size int, number, timestamp uint64, config [32]byte) *state.SealedBatch {
	for len(b.txs) < size {
		b.txs = append(b.txs, state.TxTrace{})
	}
	if b.update == nil {
		var zero [state.MarketCount]int16
		// The default update changes no price or index, so applying it after the transactions is the same.
		if err := b.applyUpdate(timestamp, nil, zero); err != nil {
			panic(err)
		}
	}
	b.w.Globals.SystemTimeSeconds = timestamp
	return &state.SealedBatch{
		Header: state.BatchHeader{
			OldRoot: b.oldRoot, NewRoot: b.w.StateRoot(), BatchNumber: number, TimestampSeconds: timestamp, ConfigHash: config,
		},
		BatchSize:       size,
		OldAccountsRoot: b.oldAccounts,
		NewAccountsRoot: b.w.AccountsRoot(),
		Markets:         b.oldMarkets,
		NewMarkets:      b.w.Markets,
		Market:          *b.update,
		Config:          b.w.Config,
		OldGlobals:      b.oldGlobals,
		NewGlobals:      b.w.Globals,
		Txs:             b.txs,
	}
}

// RateOf returns the fee rate (ppm) whose fee on q at price p is fee, state.TradeFee's ceil(quote · rate /
// 10^6), the rate a compact record carries in place of the fee (docs/PROTOCOL.md §6.1). When no rate gives
// exactly fee, it returns the least rate above it, so the record does not encode (a trace that breaks the
// rules in a way no record can carry).
func RateOf(q, p, fee uint64) uint32 {
	quote := new(big.Int).Mul(new(big.Int).SetUint64(q), new(big.Int).SetUint64(p))
	quote.Quo(quote, big.NewInt(state.PriceScale))
	if quote.Sign() == 0 {
		return 0
	}
	r := new(big.Int).Mul(new(big.Int).SetUint64(fee), big.NewInt(state.PpmScale))
	r.Quo(r, quote)
	if !r.IsUint64() || r.Uint64() > state.MaxFeeRatePpm+1 {
		return state.MaxFeeRatePpm + 1
	}
	base := uint32(r.Uint64())
	for _, c := range []uint32{base, base + 1, base - min(base, 1)} {
		if f, ok := state.TradeFee(q, p, c); ok && f == fee {
			return c
		}
	}
	return base + 1
}

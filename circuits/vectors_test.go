package circuits

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/state"
)

// vectorsPath holds the test vectors package state generates for the circuit and the Solidity code.
const vectorsPath = "../state/testdata/vectors.json"

type hexWord string

func (h hexWord) big() *big.Int {
	v, ok := new(big.Int).SetString(strings.TrimPrefix(string(h), "0x"), 16)
	if !ok {
		panic(fmt.Sprintf("bad hex %q", h))
	}
	return v
}

func (h hexWord) bytes() []byte {
	b, err := hex.DecodeString(strings.TrimPrefix(string(h), "0x"))
	if err != nil {
		panic(err)
	}
	return b
}

type dec string

func (d dec) big() *big.Int {
	v, ok := new(big.Int).SetString(string(d), 10)
	if !ok {
		panic(fmt.Sprintf("bad decimal %q", d))
	}
	return v
}

type vectors struct {
	Compress  []struct{ Left, Right, Out hexWord }
	Compress4 []struct {
		Inputs []hexWord
		Out    hexWord
	}
	Hash4 []struct {
		Inputs []hexWord
		Out    hexWord
	}
	Hash []struct {
		Inputs []hexWord
		Out    hexWord
	}
	EmptyLeaf         hexWord
	EmptySlotRoot     hexWord
	EmptyAccountsRoot hexWord
	Account           struct {
		PubKeyX, PubKeyY, PubKeyCompressed, L1Address hexWord
		CollateralQuantums, MarginMode                dec
		Positions                                     []struct{ Market, SizeQuantums, FundingIndex dec }
		SlotRoot, Leaf                                hexWord
	}
	Markets marketsVector
	Globals globalsVector
	State   struct {
		AccountID, Slot, SlotNonce, SlotFilled dec
		SlotSiblings, AccountSiblings          []hexWord
		AccountsRoot, MarketsHash, Root        hexWord
	}
	Order struct {
		AccountID, Market, Flags, Slot, Nonce, ExpirySeconds, MaxFeePpm, SizeQuantums, LimitPrice dec
		IsBuy                                                                                     bool
		Hash                                                                                      hexWord
	}
	Withdrawal struct {
		AccountID, Slot, Nonce, ExpirySeconds, AmountQuantums dec
		L1Address, Hash                                       hexWord
	}
	PublicInput publicInputVector
	V2          v2Vectors
}

type marketsVector struct {
	Listed []struct {
		Market, OraclePrice, FundingIndex, ImfPpm, MmfPpm, Status, TickSize, StepSize dec
		TierSizeQuantums, TierImfPpm, TierMmfPpm                                      dec
	}
	Hash hexWord
}

// vars returns the table of the listed markets, the others unlisted.
func (m *marketsVector) vars() [marketCount]MarketVars {
	var out [marketCount]MarketVars
	for i := range out {
		out[i] = MarketVars{OraclePrice: 0, FundingIndex: 0, ImfPpm: 0, MmfPpm: 0, Status: 0, TickSize: 0, StepSize: 0,
			TierSize: 0, TierImfPpm: 0, TierMmfPpm: 0, LastOracleTime: 0}
	}
	for _, l := range m.Listed {
		out[l.Market.big().Int64()-1] = MarketVars{
			OraclePrice: l.OraclePrice.big(), FundingIndex: l.FundingIndex.big(), ImfPpm: l.ImfPpm.big(), MmfPpm: l.MmfPpm.big(),
			Status: l.Status.big(), TickSize: l.TickSize.big(), StepSize: l.StepSize.big(),
			TierSize: l.TierSizeQuantums.big(), TierImfPpm: l.TierImfPpm.big(), TierMmfPpm: l.TierMmfPpm.big(),
			LastOracleTime: 0, // the vectors' tables precede any oracle quorum
		}
	}
	return out
}

type globalsVector struct {
	InsuranceFundQuantums, FeePoolQuantums, SystemTimeSeconds, LastFundingTimeSeconds dec
	Word                                                                              hexWord
}

func (g *globalsVector) vars() GlobalsVars {
	return GlobalsVars{InsuranceFund: g.InsuranceFundQuantums.big(), FeePool: g.FeePoolQuantums.big(),
		SystemTime: g.SystemTimeSeconds.big(), LastFundingTime: g.LastFundingTimeSeconds.big()}
}

type publicInputVector struct {
	Header, Pubdata, PublicInput hexWord
}

// v2Vectors are the entries protocol v2 added (state/vectors_test.go).
type v2Vectors struct {
	Markets marketsVector
	Globals globalsVector
	State   struct{ AccountsRoot, MarketsHash, Globals, Root hexWord }
	Config  struct {
		OracleKeys                                                                        []struct{ X, Y hexWord }
		MaxFundingRatePpm, FundingIntervalSeconds, OracleMaxAgeSeconds, LiquidationFeePpm dec
		Hash                                                                              hexWord
	}
	Transfer struct {
		FromAccount, ToAccount, Slot, Nonce, ExpirySeconds, AmountQuantums, MarginMode dec
		Hash                                                                           hexWord
	}
	OracleReports []struct {
		Signer, TimestampSeconds dec
		Prices                   []dec
		Hash, Signature          hexWord
	}
	MarketUpdate struct {
		TimestampSeconds, NewLastFundingTimeSeconds dec
		Prices, RatesPpm                            []dec
		Record, NewMarketsHash                      hexWord
	}
	Records struct {
		Transfer struct {
			FromAccount, ToAccount, AmountQuantums, Slot, Nonce, MarginMode dec
			Bytes                                                           hexWord
		}
		Liquidate struct {
			Market, Liquidated, Liquidator, SizeQuantums, Price, LiquidationFee, LiquidatorFee dec
			LiquidatorFeePpm, LiquidatorSlot, LiquidatorNonce, InsurancePay                    dec
			LiquidatedIsBuy                                                                    bool
			Bytes                                                                              hexWord
		}
		Deleverage struct {
			Market, Deleveraged, Counterparty, SizeQuantums, QuoteQuantums dec
			DeleveragedIsBuy                                               bool
			Bytes                                                          hexWord
		}
	}
	PublicInput publicInputVector
}

// vectorsCircuit recomputes, in-circuit, every encoding of the state vectors.
type vectorsCircuit struct {
	Account           AccountVars
	Leaf              frontend.Variable
	AccountID         frontend.Variable
	AccountSiblings   [accountProofLen]frontend.Variable
	AccountsRoot      frontend.Variable
	Slot              SlotVars
	Markets           [marketCount]MarketVars
	MarketsHash       frontend.Variable
	Globals           GlobalsVars
	Root              frontend.Variable
	EmptyLeaf         frontend.Variable
	EmptySlotRoot     frontend.Variable
	EmptyAccountsRoot frontend.Variable
	Order             orderFields
	OrderHash         frontend.Variable
	Withdrawal        withdrawalFields
	WithdrawalHash    frontend.Variable
	KeyCompressed     [32]frontend.Variable
	Commitment        frontend.Variable
	Msg               [commitmentBatch2]frontend.Variable
}

func (c *vectorsCircuit) Define(api frontend.API) error {
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	w := b.accountWords(&c.Account)
	leaf := b.leafHash(c.Account.PubKeyX, c.Account.PubKeyY, w, c.Account.SlotRoot)
	api.AssertIsEqual(leaf, c.Leaf)
	api.AssertIsEqual(b.pathUpdate(1, c.AccountsRoot, leaf, leaf, api.ToBinary(c.AccountID, accountDepth), c.AccountSiblings[:]), c.AccountsRoot)
	slotLeaf := api.Add(c.Slot.Filled, api.Mul(c.Slot.Nonce, pow2(u64Bits)))
	api.AssertIsEqual(b.pathUpdate(1, c.Account.SlotRoot, slotLeaf, slotLeaf, api.ToBinary(c.Slot.Slot, slotDepth), c.Slot.Siblings[:]), c.Account.SlotRoot)
	t := b.markets(&c.Markets)
	mh := b.marketsHash(t)
	api.AssertIsEqual(mh, c.MarketsHash)
	b.checkGlobals(&c.Globals)
	api.AssertIsEqual(b.stateRoot(c.AccountsRoot, mh, b.globalsWord(c.Globals.InsuranceFund, c.Globals.FeePool, c.Globals.SystemTime, c.Globals.LastFundingTime)), c.Root)

	var empty AccountVars
	empty.L1Address, empty.Collateral, empty.MarginMode, empty.PubKeyX, empty.PubKeyY = 0, 0, 0, 0, 0
	for k := range empty.Positions {
		empty.Positions[k] = PositionVars{Market: 0, Size: 0, FundingIndex: 0}
	}
	var emptySlot frontend.Variable = 0
	for range state.SlotTreeLevels {
		emptySlot = b.compress4([treeArity]frontend.Variable{emptySlot, emptySlot, emptySlot, emptySlot})
	}
	api.AssertIsEqual(emptySlot, c.EmptySlotRoot)
	emptyLeaf := b.leafHash(0, 0, b.accountWords(&empty), emptySlot)
	api.AssertIsEqual(emptyLeaf, c.EmptyLeaf)
	node := emptyLeaf
	for range state.AccountTreeLevels {
		node = b.compress4([treeArity]frontend.Variable{node, node, node, node})
	}
	api.AssertIsEqual(node, c.EmptyAccountsRoot)

	o := &c.Order
	b.checkMessage(&o.Msg)
	o1, o2 := b.orderWords(o.ID, o.Market, o.IsBuy, o.Slot, &o.Msg)
	api.AssertIsEqual(b.hash(1, o1, o2), c.OrderHash)
	wd := &c.Withdrawal
	w1, w2 := b.withdrawalWords(wd.ID, wd.Slot, wd.Nonce, wd.Expiry, wd.Amount, wd.Address)
	api.AssertIsEqual(b.hash(2, w1, w2), c.WithdrawalHash)

	yb := b.fieldBytes(c.Account.PubKeyY)
	xb := b.fieldBytes(c.Account.PubKeyX)
	api.AssertIsEqual(api.Add(yb[0], api.Mul(b.lowBit(xb[31]), keyXOddBit)), c.KeyCompressed[0])
	for i := 1; i < 32; i++ {
		api.AssertIsEqual(yb[i], c.KeyCompressed[i])
	}
	return b.assertCommitment(c.Commitment, c.Msg[:])
}

// hashCircuit checks H over a fixed number of words.
type hashCircuit struct {
	Words []frontend.Variable
	Out   frontend.Variable
}

func (c *hashCircuit) Define(api frontend.API) error {
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(b.hash(c.Words...), c.Out)
	return nil
}

func loadVectors(t *testing.T) *vectors {
	t.Helper()
	var v vectors
	readVectors(t, &v)
	return &v
}

// readVectors decodes state/testdata/vectors.json into v (skipping the test when the file is missing).
func readVectors(t *testing.T, v any) {
	t.Helper()
	raw, err := os.ReadFile(vectorsPath)
	if err != nil {
		t.Skipf("no state vectors: %v", err)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		t.Fatal(err)
	}
}

// TestVectors recomputes state/testdata/vectors.json in-circuit: Poseidon2, H, the empty leaf and roots, the
// account leaf and its compressed key, the account and slot paths, the markets hash, globals word and state
// root, both message hashes and the public input.
func TestVectors(t *testing.T) {
	v := loadVectors(t)
	for i, c := range v.Compress {
		// The hash part of the circuit hashes five zero words; only the compression is under test here.
		a := compressCircuit{L: c.Left.big(), R: c.Right.big(), Out: c.Out.big(), HashOut: state.BigOf(state.Hash(make([]fr.Element, 5)...))}
		for j := range a.Words {
			a.Words[j] = 0
		}
		if err := solveWith(t, compileOnce(t, "compressCircuit", func() frontend.Circuit { return &compressCircuit{} }), &a); err != nil {
			t.Fatalf("compress %d: %v", i, err)
		}
	}
	for i, c := range v.Compress4 {
		var a compress4Circuit
		for j, x := range c.Inputs {
			a.In[j] = x.big()
		}
		a.Out = c.Out.big()
		if err := solveWith(t, compileOnce(t, "compress4Circuit", func() frontend.Circuit { return &compress4Circuit{} }), &a); err != nil {
			t.Fatalf("compress4 %d: %v", i, err)
		}
	}
	if len(v.Compress4) == 0 || len(v.Hash4) == 0 {
		t.Fatal("vectors: no compress4 or hash4 entries")
	}
	for i, h := range v.Hash4 {
		n := len(h.Inputs)
		a := hash4Circuit{Words: make([]frontend.Variable, n), Out: h.Out.big()}
		for j, x := range h.Inputs {
			a.Words[j] = x.big()
		}
		ccs := compileOnce(t, fmt.Sprintf("hash4_%d", n), func() frontend.Circuit { return &hash4Circuit{Words: make([]frontend.Variable, n)} })
		if err := solveWith(t, ccs, &a); err != nil {
			t.Fatalf("hash4 %d: %v", i, err)
		}
	}
	for i, h := range v.Hash {
		n := len(h.Inputs)
		a := hashCircuit{Words: make([]frontend.Variable, n), Out: h.Out.big()}
		for j, x := range h.Inputs {
			a.Words[j] = x.big()
		}
		ccs := compileOnce(t, fmt.Sprintf("hash%d", n), func() frontend.Circuit { return &hashCircuit{Words: make([]frontend.Variable, n)} })
		if err := solveWith(t, ccs, &a); err != nil {
			t.Fatalf("hash %d: %v", i, err)
		}
	}

	var c vectorsCircuit
	acc := &v.Account
	c.Account = AccountVars{
		PubKeyX: acc.PubKeyX.big(), PubKeyY: acc.PubKeyY.big(), L1Address: acc.L1Address.big(),
		Collateral: acc.CollateralQuantums.big(), MarginMode: acc.MarginMode.big(), SlotRoot: acc.SlotRoot.big(),
	}
	for k, p := range acc.Positions {
		c.Account.Positions[k] = PositionVars{Market: p.Market.big(), Size: p.SizeQuantums.big(), FundingIndex: p.FundingIndex.big()}
	}
	c.Leaf = acc.Leaf.big()
	st := &v.State
	c.AccountID, c.AccountsRoot = st.AccountID.big(), st.AccountsRoot.big()
	for i, s := range st.AccountSiblings {
		c.AccountSiblings[i] = s.big()
	}
	c.Slot = SlotVars{Slot: st.Slot.big(), Nonce: st.SlotNonce.big(), Filled: st.SlotFilled.big()}
	for i, s := range st.SlotSiblings {
		c.Slot.Siblings[i] = s.big()
	}
	c.Markets = v.Markets.vars()
	c.MarketsHash = v.Markets.Hash.big()
	if st.MarketsHash != v.Markets.Hash {
		t.Fatal("vectors: state markets hash differs from the markets vector")
	}
	c.Globals = v.Globals.vars()
	c.Root = st.Root.big()
	c.EmptyLeaf, c.EmptySlotRoot, c.EmptyAccountsRoot = v.EmptyLeaf.big(), v.EmptySlotRoot.big(), v.EmptyAccountsRoot.big()
	o := &v.Order
	c.Order = orderFields{ID: o.AccountID.big(), Market: o.Market.big(), IsBuy: boolVar(o.IsBuy), Slot: o.Slot.big(),
		Msg: MessageVars{Nonce: o.Nonce.big(), Expiry: o.ExpirySeconds.big(), Flags: o.Flags.big(), MaxFeePpm: o.MaxFeePpm.big(),
			Size: o.SizeQuantums.big(), LimitPrice: o.LimitPrice.big()}}
	c.OrderHash = o.Hash.big()
	wd := &v.Withdrawal
	c.Withdrawal = withdrawalFields{ID: wd.AccountID.big(), Slot: wd.Slot.big(), Nonce: wd.Nonce.big(), Expiry: wd.ExpirySeconds.big(),
		Amount: wd.AmountQuantums.big(), Address: wd.L1Address.big()}
	c.WithdrawalHash = wd.Hash.big()
	for i, x := range acc.PubKeyCompressed.bytes() {
		c.KeyCompressed[i] = x
	}
	msg := append(v.PublicInput.Header.bytes(), v.PublicInput.Pubdata.bytes()...)
	if len(msg) != commitmentBatch2 {
		t.Fatalf("vectors: header and pubdata have %d bytes, want %d", len(msg), commitmentBatch2)
	}
	for i, x := range msg {
		c.Msg[i] = x
	}
	c.Commitment = v.PublicInput.PublicInput.big()
	ccs := compileOnce(t, "vectors", func() frontend.Circuit { return &vectorsCircuit{} })
	if err := solveWith(t, ccs, &c); err != nil {
		t.Fatal(err)
	}
	c.Commitment = new(big.Int).Add(v.PublicInput.PublicInput.big(), big.NewInt(1))
	if solveWith(t, ccs, &c) == nil {
		t.Fatal("wrong public input accepted")
	}
}

// v2Batch2 is the size of the SHA-256 input of a v2 batch of 2: header, market record and two compact records.
const v2Batch2 = headerSize + marketRecordSize + 2*compactRecordSize

type v2TransferFields struct{ From, To, Slot, Nonce, Expiry, Amount, Mode frontend.Variable }

type v2ReportFields struct {
	Timestamp frontend.Variable
	Prices    [marketCount]frontend.Variable
	Hash      frontend.Variable
}

type v2TransferRecord struct {
	From, To, Amount, Slot, Nonce, Mode frontend.Variable
	Bytes                               [compactRecordSize]frontend.Variable
}

type v2LiquidateRecord struct {
	Market, IsBuy, Liquidated, Liquidator, Size, Price, Fee, LiquidatorFeePpm, Slot, Nonce, InsurancePay frontend.Variable
	Bytes                                                                                                [compactRecordSize]frontend.Variable
}

type v2DeleverageRecord struct {
	Market, IsBuy, Deleveraged, Counterparty, Size, Quote frontend.Variable
	Bytes                                                 [compactRecordSize]frontend.Variable
}

// vectorsV2Circuit recomputes, in-circuit, the v2 vectors: the tiered markets hash, the globals word with the
// last funding time and the state root, the config hash, the transfer and oracle message hashes, records 5–7
// through the slot's record gadget and the public input of a batch of 2, whose header carries the state root
// and the config hash and whose pubdata carries the transfer and liquidate records.
type vectorsV2Circuit struct {
	Markets      [marketCount]MarketVars
	MarketsHash  frontend.Variable
	Globals      GlobalsVars
	GlobalsWord  frontend.Variable
	AccountsRoot frontend.Variable
	Root         frontend.Variable
	Config       ConfigVars
	ConfigHash   frontend.Variable
	Transfer     v2TransferFields
	TransferHash frontend.Variable
	Reports      [oracleQuorum]v2ReportFields
	TransferRec  v2TransferRecord
	LiquidateRec v2LiquidateRecord
	DeleverRec   v2DeleverageRecord
	Commitment   frontend.Variable
	Msg          [v2Batch2]frontend.Variable
}

func assertBytes(api frontend.API, got, want []frontend.Variable) {
	if len(got) != len(want) {
		panic(fmt.Sprintf("vectors: %d bytes, want %d", len(got), len(want)))
	}
	for i := range got {
		api.AssertIsEqual(got[i], want[i])
	}
}

func (c *vectorsV2Circuit) Define(api frontend.API) error {
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	mh := b.marketsHash(b.markets(&c.Markets))
	api.AssertIsEqual(mh, c.MarketsHash)
	b.checkGlobals(&c.Globals)
	g := b.globalsWord(c.Globals.InsuranceFund, c.Globals.FeePool, c.Globals.SystemTime, c.Globals.LastFundingTime)
	api.AssertIsEqual(g, c.GlobalsWord)
	root := b.stateRoot(c.AccountsRoot, mh, g)
	api.AssertIsEqual(root, c.Root)
	ch := b.configHash(&c.Config)
	api.AssertIsEqual(ch, c.ConfigHash)

	tf := &c.Transfer
	t1, t2 := b.transferWords(tf.From, tf.To, tf.Slot, tf.Nonce, tf.Expiry, tf.Amount, tf.Mode)
	api.AssertIsEqual(b.hash(state.DomainTransfer, t1, t2), c.TransferHash)
	for j := range c.Reports {
		r := &c.Reports[j]
		var words [2]frontend.Variable
		for w := range words {
			fs := make([]field, 0, marketCount/2)
			for i := 0; i < marketCount/2; i++ {
				fs = append(fs, field{r.Prices[w*marketCount/2+i], priceBits})
			}
			words[w] = pack(api, fs...)
		}
		api.AssertIsEqual(b.hash(state.DomainOracle, r.Timestamp, words[0], words[1]), r.Hash)
	}

	// Records 5–7 through the slot's record gadget, each with its one type flag set.
	noFlags := func() txFlags {
		return txFlags{dep: 0, trade: 0, w: 0, fw: 0, transfer: 0, liq: 0, del: 0, ft: 0, mp: 0}
	}
	tr := &c.TransferRec
	f := noFlags()
	f.transfer = 1
	cf := blankCompactFields()
	cf.idA, cf.idB, cf.amount = b.bytesBE(tr.From, recordIDBytes), b.bytesBE(tr.To, recordIDBytes), b.bytesBE(tr.Amount, amountBits/8)
	cf.slotA, cf.nonceA, cf.mode = tr.Slot, tr.Nonce, tr.Mode
	rec := b.compactRecord(f, &cf)
	assertBytes(api, rec[:], tr.Bytes[:])
	lq := &c.LiquidateRec
	f = noFlags()
	f.liq = 1
	cf = blankCompactFields()
	cf.idA, cf.idB = b.bytesBE(lq.Liquidated, recordIDBytes), b.bytesBE(lq.Liquidator, recordIDBytes)
	cf.fill, cf.price = b.bytesBE(lq.Size, sizeBits/8), b.bytesBE(lq.Price, priceBits/8)
	cf.market, cf.buy, cf.slotB, cf.nonceB = lq.Market, lq.IsBuy, lq.Slot, lq.Nonce
	cf.makerFeePpm, cf.liquidationFee, cf.insurancePay = lq.LiquidatorFeePpm, lq.Fee, lq.InsurancePay
	rec = b.compactRecord(f, &cf)
	assertBytes(api, rec[:], lq.Bytes[:])
	dl := &c.DeleverRec
	f = noFlags()
	f.del = 1
	cf = blankCompactFields()
	cf.idA, cf.idB = b.bytesBE(dl.Deleveraged, recordIDBytes), b.bytesBE(dl.Counterparty, recordIDBytes)
	cf.fill, cf.quote, cf.market, cf.buy = b.bytesBE(dl.Size, sizeBits/8), b.bytesBE(dl.Quote, quoteBytes), dl.Market, dl.IsBuy
	rec = b.compactRecord(f, &cf)
	assertBytes(api, rec[:], dl.Bytes[:])

	// The header carries the state root (old root) and the config hash; the pubdata the transfer and the
	// liquidate records after the market record (checked by TestVectorsV2MarketUpdate).
	assertBytes(api, rootBytes(api, root), c.Msg[0:wordBytes])
	assertBytes(api, rootBytes(api, ch), c.Msg[headerSize-wordBytes:headerSize])
	first := headerSize + marketRecordSize
	assertBytes(api, tr.Bytes[:], c.Msg[first:first+compactRecordSize])
	assertBytes(api, lq.Bytes[:], c.Msg[first+compactRecordSize:])
	return b.assertCommitment(c.Commitment, c.Msg[:])
}

func bigsOf(ds []dec) []*big.Int {
	out := make([]*big.Int, len(ds))
	for i, d := range ds {
		out[i] = d.big()
	}
	return out
}

func setBytes(t *testing.T, dst []frontend.Variable, h hexWord) {
	t.Helper()
	b := h.bytes()
	if len(b) != len(dst) {
		t.Fatalf("vectors: %s has %d bytes, want %d", h, len(b), len(dst))
	}
	for i, x := range b {
		dst[i] = x
	}
}

func v2Config(v *v2Vectors) ConfigVars {
	c := &v.Config
	out := ConfigVars{MaxFundingRatePpm: c.MaxFundingRatePpm.big(), FundingIntervalSeconds: c.FundingIntervalSeconds.big(),
		OracleMaxAgeSeconds: c.OracleMaxAgeSeconds.big(), LiquidationFeePpm: c.LiquidationFeePpm.big()}
	for i, k := range c.OracleKeys {
		out.OracleKeys[i] = KeyVars{X: k.X.big(), Y: k.Y.big()}
	}
	return out
}

// TestVectorsV2 recomputes the v2 entries of state/testdata/vectors.json in-circuit (see vectorsV2Circuit).
func TestVectorsV2(t *testing.T) {
	v := &loadVectors(t).V2
	if len(v.Config.OracleKeys) != oracleKeys || len(v.OracleReports) != oracleQuorum {
		t.Fatalf("vectors: %d oracle keys, %d reports", len(v.Config.OracleKeys), len(v.OracleReports))
	}
	var c vectorsV2Circuit
	c.Markets, c.MarketsHash = v.Markets.vars(), v.Markets.Hash.big()
	c.Globals, c.GlobalsWord = v.Globals.vars(), v.Globals.Word.big()
	c.AccountsRoot, c.Root = v.State.AccountsRoot.big(), v.State.Root.big()
	if v.State.MarketsHash != v.Markets.Hash || v.State.Globals != v.Globals.Word {
		t.Fatal("vectors: v2 state differs from the v2 markets and globals")
	}
	c.Config, c.ConfigHash = v2Config(v), v.Config.Hash.big()
	tf := &v.Transfer
	c.Transfer = v2TransferFields{From: tf.FromAccount.big(), To: tf.ToAccount.big(), Slot: tf.Slot.big(), Nonce: tf.Nonce.big(),
		Expiry: tf.ExpirySeconds.big(), Amount: tf.AmountQuantums.big(), Mode: tf.MarginMode.big()}
	c.TransferHash = tf.Hash.big()
	for j, r := range v.OracleReports {
		c.Reports[j].Timestamp, c.Reports[j].Hash = r.TimestampSeconds.big(), r.Hash.big()
		for i, p := range bigsOf(r.Prices) {
			c.Reports[j].Prices[i] = p
		}
	}
	rs := &v.Records
	c.TransferRec = v2TransferRecord{From: rs.Transfer.FromAccount.big(), To: rs.Transfer.ToAccount.big(),
		Amount: rs.Transfer.AmountQuantums.big(), Slot: rs.Transfer.Slot.big(), Nonce: rs.Transfer.Nonce.big(),
		Mode: rs.Transfer.MarginMode.big()}
	setBytes(t, c.TransferRec.Bytes[:], rs.Transfer.Bytes)
	l := &rs.Liquidate
	c.LiquidateRec = v2LiquidateRecord{Market: l.Market.big(), IsBuy: boolVar(l.LiquidatedIsBuy), Liquidated: l.Liquidated.big(),
		Liquidator: l.Liquidator.big(), Size: l.SizeQuantums.big(), Price: l.Price.big(), Fee: l.LiquidationFee.big(),
		LiquidatorFeePpm: l.LiquidatorFeePpm.big(), Slot: l.LiquidatorSlot.big(), Nonce: l.LiquidatorNonce.big(),
		InsurancePay: l.InsurancePay.big()}
	setBytes(t, c.LiquidateRec.Bytes[:], l.Bytes)
	d := &rs.Deleverage
	c.DeleverRec = v2DeleverageRecord{Market: d.Market.big(), IsBuy: boolVar(d.DeleveragedIsBuy), Deleveraged: d.Deleveraged.big(),
		Counterparty: d.Counterparty.big(), Size: d.SizeQuantums.big(), Quote: d.QuoteQuantums.big()}
	setBytes(t, c.DeleverRec.Bytes[:], d.Bytes)

	// header ‖ market record ‖ transfer record ‖ liquidate record; the market record is the market update's.
	pubdata := v.PublicInput.Pubdata.bytes()
	if len(pubdata) != marketRecordSize+2*compactRecordSize || hexWord(fmt.Sprintf("0x%x", pubdata[:marketRecordSize])) != v.MarketUpdate.Record {
		t.Fatal("vectors: v2 pubdata does not start with the market update's record")
	}
	setBytes(t, c.Msg[:], hexWord(string(v.PublicInput.Header)+strings.TrimPrefix(string(v.PublicInput.Pubdata), "0x")))
	c.Commitment = v.PublicInput.PublicInput.big()
	ccs := compileOnce(t, "vectorsV2", func() frontend.Circuit { return &vectorsV2Circuit{} })
	if err := solveWith(t, ccs, &c); err != nil {
		t.Fatal(err)
	}
	c.Commitment = new(big.Int).Add(v.PublicInput.PublicInput.big(), big.NewInt(1))
	if solveWith(t, ccs, &c) == nil {
		t.Fatal("wrong v2 public input accepted")
	}
	c.Commitment = v.PublicInput.PublicInput.big()
	c.ConfigHash = new(big.Int).Add(v.Config.Hash.big(), big.NewInt(1))
	if solveWith(t, ccs, &c) == nil {
		t.Fatal("wrong config hash accepted")
	}
}

// TestVectorsV2MarketUpdate proves the vectors' market update with the circuit's market-update gadget: the three
// oracle reports verify under the configuration's keys against the circuit's hash of each report, the record's
// prices are their medians, and the gadget's market record, new markets hash and last funding time are the
// vectors'.
func TestVectorsV2MarketUpdate(t *testing.T) {
	v := &loadVectors(t).V2
	mu := &v.MarketUpdate
	c := MarketUpdateCircuit{Markets: v.Markets.vars(), Config: v2Config(v), LastFundingTime: v.Globals.LastFundingTimeSeconds.big(),
		Timestamp: mu.TimestampSeconds.big(), NewMarketsHash: mu.NewMarketsHash.big(), NewLastFundingTime: mu.NewLastFundingTimeSeconds.big()}
	setBytes(t, c.Record[:], mu.Record)
	c.Update.Update = 1
	for i, p := range bigsOf(mu.Prices) {
		c.Update.Prices[i] = p
	}
	for i, r := range bigsOf(mu.RatesPpm) {
		c.Update.RatesPpm[i] = r
	}
	for j, r := range v.OracleReports {
		u := &c.Update.Reports[j]
		u.Signer, u.Timestamp = r.Signer.big(), r.TimestampSeconds.big()
		for i, p := range bigsOf(r.Prices) {
			u.Prices[i] = p
		}
		var sig state.Signature
		if copy(sig[:], r.Signature.bytes()) != state.SignatureSize {
			t.Fatalf("vectors: report %d signature", j)
		}
		var err error
		if u.Sig, err = AssignSignature(sig); err != nil {
			t.Fatal(err)
		}
	}
	ccs := compileOnce(t, "vectorsMarketUpdate", func() frontend.Circuit { return &MarketUpdateCircuit{} })
	if err := solveWith(t, ccs, &c); err != nil {
		t.Fatal(err)
	}
	c.Record[7] = 0 // market 1's rate
	if solveWith(t, ccs, &c) == nil {
		t.Fatal("wrong market record accepted")
	}
}

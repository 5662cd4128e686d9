package engine

import (
	"fmt"
	"math"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/sequencer/internal/sigverify"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// Engine applies transactions to the state tree (docs/PROTOCOL.md §5), one at a time, and records the trace of
// every leaf update. It is the tree's only writer.
//
// Each call builds the transition's updates in order and, while no rule has failed, writes each one to the tree
// as it is built (see txn): the trace's siblings are the tree's own proofs and its hashes the tree's; a call
// that ends rejected rolls the tree back, leaving it untouched. A rejected call returns a *RuleError wrapped
// with context and, when the attempted transition is representable, its trace: the updates the transaction
// would make, with siblings as they would be at each update. Non-representable attempts return a nil trace;
// they are exactly those failing with ErrUnknownMarket (market outside 1..MarketCount), ErrAccountID, ErrSlotID, ErrNoPositionSlot,
// ErrBadPubKey, ErrFeeBounds, an amount ≥ 2^56 (ErrAmount), a result outside int64 (ErrCollateralBounds,
// ErrPositionBounds), a fill that overflows a slot's u64 filled amount (ErrOverfill), a forced trade the L1
// contract never queues (ErrNotQueued) and a MarketParams fraction ≥ 2^24.
//
// Market lifecycle (docs/PROTOCOL.md §3.3, §5): a trade needs an active market, or a reduce-only one where both
// positions shrink (ErrReduceOnlyMarket); a liquidation or a deleveraging an active or reduce-only market;
// every settlement closes the account's positions in settled markets at their final price. MarketParams
// changes the table for every later transaction.
//
// Every account update starts with the account's funding settlement (docs/PROTOCOL.md §5); AccountUpdate.Before
// is the leaf before it, and the insurance fund receives what it settles.
//
// Choices the protocol leaves open, fixed here: a position opened in an empty slot caches the market's current
// funding index; a withdrawal's signed L1 address must equal the account's. In a liquidation or deleveraging
// the insurance fund conditions read the fund after A's settlement (A is updated first, then B).
type Engine struct {
	tree      Tree
	batchTime uint64
	observer  func(id uint32, a *state.Account) // SetObserver: called after every account write
	sigs      *sigverify.Verdicts               // signatures verified before the engine (verify.go); nil: verify every one
}

// NewEngine returns an engine writing to tree. Its batch time starts at the tree's system time.
func NewEngine(tree Tree) *Engine {
	return &Engine{tree: tree, batchTime: tree.Globals().SystemTimeSeconds}
}

// BatchTime returns the timestamp of the batch the engine's transitions belong to.
func (e *Engine) BatchTime() uint64 { return e.batchTime }

// SetBatchTime sets the timestamp of the open batch; orders and withdrawals expiring before it are rejected.
// It must not be below the tree's system time.
func (e *Engine) SetBatchTime(ts uint64) error {
	if st := e.tree.Globals().SystemTimeSeconds; ts < st {
		return fmt.Errorf("%w: batch time %d < system time %d", wire.ErrClockBehind, ts, st)
	}
	e.batchTime = ts
	return nil
}

// verdict keeps the first rule violation of a transition while the rest of it is still computed.
type verdict struct{ err *wire.RuleError }

func (v *verdict) fail(p wire.Party, sentinel error, format string, args ...any) {
	if v.err == nil {
		v.err = wire.NewRuleError(p, sentinel, format, args...)
	}
}

// path is an unwritten leaf update already in a transition, used to patch the siblings of later updates of the
// same tree.
type path struct {
	index    uint64
	leaf     fr.Element
	siblings []fr.Element
}

// patch updates the siblings of leaf index for a preceding write p to another leaf of the same tree: the
// sibling holding p's leaf, where the two paths meet, becomes p's new subtree root.
func patch(siblings []fr.Element, index uint64, p *path) {
	if p == nil || p.index == index {
		return
	}
	state.PatchPath(siblings, index, p.index, p.leaf, p.siblings)
}

func checkAccountID(p wire.Party, id uint32) error {
	if uint64(id) >= 1<<state.AccountTreeDepth {
		return wire.NewRuleError(p, wire.ErrAccountID, "account %d", id)
	}
	return nil
}

func checkSlotID(p wire.Party, slot uint16) error {
	if uint64(slot) >= 1<<state.SlotTreeDepth {
		return wire.NewRuleError(p, wire.ErrSlotID, "slot %d", slot)
	}
	return nil
}

// ReadFailed wraps a tree read error: the tree is the engine's own storage, so a failed read is fatal.
func ReadFailed(err error) error { return wire.Fatalf("tree read: %w", err) }

// txn is the tree side of one transition: it builds the transition's leaf updates in order.
//
// While the transition's verdict holds no violation, each update is written to the tree as soon as it is
// built: its siblings are the tree's proof just before the write, and a slot update's new slot root is the one
// the tree computes. The engine hashes nothing, and the trace agrees with the tree by construction: each update
// is a proof the tree gave and then applied. (Every value the tree refuses to store, Account.Validate's bounds,
// is a rule violation recorded before the update is built, so a write that fails is fatal.) The first write
// takes a savepoint, and close rolls the tree back to it when the transition ends rejected or fails without a
// trace.
//
// Once a rule has failed, the remaining updates are not written. Their siblings are the tree's, with the
// earlier writes of the transition, patched for the earlier unwritten update of the same tree (patch); a
// transition updates at most two leaves of a tree, so that is the only one.
type txn struct {
	e  *Engine
	v  *verdict
	sp *statedb.Savepoint // taken before the first write
	// written holds the written account updates, in order, for the observer.
	written []*state.AccountUpdate
	// account is the last unwritten account update, slot the last unwritten slot update, of account slotOf.
	account, slot *path
	slotOf        uint32
}

// begin starts a transition whose rule violations go to v.
func (e *Engine) begin(v *verdict) *txn { return &txn{e: e, v: v} }

// write reports whether the update being built is written (no rule has failed so far), taking the savepoint
// before the first write.
func (x *txn) write() bool {
	if x.v.err != nil {
		return false
	}
	if x.sp == nil {
		sp := x.e.tree.Savepoint()
		x.sp = &sp
	}
	return true
}

// slotUpdate builds the update of slot s of account id from before to after and returns it with the new slot
// root.
func (x *txn) slotUpdate(id uint32, s uint16, before, after state.Slot) (*state.SlotUpdate, fr.Element, error) {
	sib, err := x.e.tree.SlotProof(id, s)
	if err != nil {
		return nil, fr.Element{}, ReadFailed(err)
	}
	u := &state.SlotUpdate{Slot: s, Before: before, After: after, Siblings: sib}
	if x.write() {
		root, err := x.e.tree.SetSlot(id, s, after)
		if err != nil {
			return nil, fr.Element{}, wire.Fatalf("set slot %d/%d: %w", id, s, err)
		}
		return u, root, nil
	}
	if x.slot != nil && x.slotOf == id {
		patch(u.Siblings[:], uint64(s), x.slot)
	}
	x.slot, x.slotOf = &path{index: uint64(s), leaf: after.Word(), siblings: u.Siblings[:]}, id
	return u, state.RootFromPath(x.slot.leaf, x.slot.index, x.slot.siblings), nil
}

// accountUpdate builds the update of account id from before to after.
func (x *txn) accountUpdate(id uint32, before, after state.Account) (*state.AccountUpdate, error) {
	sib, err := x.e.tree.AccountProof(id)
	if err != nil {
		return nil, ReadFailed(err)
	}
	u := &state.AccountUpdate{ID: id, Before: before, After: after, Siblings: sib}
	if x.write() {
		if err := x.e.tree.SetAccount(id, after); err != nil {
			return nil, wire.Fatalf("set account %d: %w", id, err)
		}
		x.written = append(x.written, u)
		return u, nil
	}
	patch(u.Siblings[:], uint64(id), x.account)
	x.account = &path{index: uint64(id), leaf: after.Hash(), siblings: u.Siblings[:]}
	return u, nil
}

// apply completes a valid transition, whose updates are all written: it writes the globals g and reports the
// written accounts to the observer.
func (x *txn) apply(g *state.Globals) {
	if x.e.observer != nil {
		for _, u := range x.written {
			x.e.observer(u.ID, &u.After)
		}
	}
	x.e.tree.SetGlobals(*g)
}

// close rolls the tree back to the transition's savepoint when the transition ends with *err set: rejected, or
// failed without a trace. A failed rollback is fatal.
func (x *txn) close(err *error) {
	if *err == nil || x.sp == nil {
		return
	}
	if rerr := x.e.tree.RollbackTo(*x.sp); rerr != nil {
		*err = wire.Fatalf("roll back the writes of a failed transition (%w): %w", *err, rerr)
	}
}

// checkAmount rejects a deposit or withdrawal amount that no record can carry (≥ 2^MaxAmountBits).
func checkAmount(q uint64) error {
	if q >= state.MaxAmount {
		return wire.NewRuleError(wire.PartyA, wire.ErrAmount, "amount %d ≥ 2^%d", q, state.MaxAmountBits)
	}
	return nil
}

// Deposit credits r.AmountQuantums to account r.AccountID, creating it with r's key and L1 address if empty.
func (e *Engine) Deposit(r state.DepositRecord) (*state.TxTrace, error) {
	t, err := e.deposit(r)
	if err != nil {
		return t, fmt.Errorf("deposit to account %d: %w", r.AccountID, err)
	}
	return t, nil
}

func (e *Engine) deposit(r state.DepositRecord) (_ *state.TxTrace, err error) {
	if err := checkAccountID(wire.PartyA, r.AccountID); err != nil {
		return nil, err
	}
	if err := checkAmount(r.AmountQuantums); err != nil {
		return nil, err
	}
	pk, err := state.DecompressPubKey(r.PubKey)
	if err != nil {
		return nil, wire.NewRuleError(wire.PartyA, wire.ErrBadPubKey, "%v", err)
	}
	before, err := e.tree.Account(r.AccountID)
	if err != nil {
		return nil, ReadFailed(err)
	}
	var v verdict
	x := e.begin(&v)
	defer x.close(&err)
	checkNonZero(&v, r.AmountQuantums)
	if pk.IsZero() {
		v.fail(wire.PartyA, wire.ErrBadPubKey, "the zero key is not a curve point")
	}
	markets := e.tree.Markets()
	g := e.tree.Globals()
	after, err := e.settle(&v, wire.PartyA, before, &markets, &g)
	if err != nil {
		return nil, err
	}
	if before.IsEmpty() {
		after.PubKey, after.L1Address = pk, r.L1Address
	} else {
		checkOwner(&v, r.AccountID, &before, pk, r.L1Address)
	}
	if after.CollateralQuantums > math.MaxInt64-int64(r.AmountQuantums) {
		return nil, wire.NewRuleError(wire.PartyA, wire.ErrCollateralBounds, "collateral %d + %d", after.CollateralQuantums, r.AmountQuantums)
	}
	after.CollateralQuantums += int64(r.AmountQuantums)
	u, err := x.accountUpdate(r.AccountID, before, after)
	if err != nil {
		return nil, err
	}
	return x.finish(&state.TxTrace{Record: state.Record{Deposit: &r}, A: u}, &g)
}

// checkOwner records on v a deposit to account id, an existing leaf, whose key or L1 address differ from the
// deposit's (docs/PROTOCOL.md §5 "Deposit"); the circuit's step of the same name checks it.
func checkOwner(v *verdict, id uint32, before *state.Account, pk state.PubKey, addr state.L1Address) {
	if before.PubKey != pk || before.L1Address != addr {
		v.fail(wire.PartyA, wire.ErrOwnerMismatch, "account %d", id)
	}
}

// Withdraw debits a signed withdrawal from its account; L1 pays it to the account's L1 address.
func (e *Engine) Withdraw(w state.SignedWithdrawal) (*state.TxTrace, error) {
	t, err := e.withdraw(&w)
	if err != nil {
		return t, fmt.Errorf("withdrawal from account %d: %w", w.Msg.AccountID, err)
	}
	return t, nil
}

// withdraw applies the steps of docs/PROTOCOL.md §5 "Withdrawal": beginDebit, the message's bounds,
// checkSignature, the amount, the slot rule (checkConsume) and the address, then debitSigner.
func (e *Engine) withdraw(w *state.SignedWithdrawal) (_ *state.TxTrace, err error) {
	m := &w.Msg
	d, err := e.beginDebit(firstErr(checkAccountID(wire.PartyA, m.AccountID), checkSlotID(wire.PartyA, m.Slot),
		checkAmount(m.AmountQuantums)), m.AccountID, &m.Slot)
	if err != nil {
		return nil, err
	}
	defer d.x.close(&err)
	v := &d.v
	if m.ExpirySeconds >= state.MaxExpirySeconds {
		v.fail(wire.PartyA, wire.ErrMessageField, "expiry %d ≥ 2^40", m.ExpirySeconds)
	}
	e.checkSignature(v, wire.PartyA, d.before.PubKey, m.Hash(), &w.Sig, "withdrawal")
	checkNonZero(v, m.AmountQuantums)
	e.checkConsume(v, m.Slot, m.Nonce, d.slot, m.ExpirySeconds)
	if m.L1Address != d.before.L1Address {
		v.fail(wire.PartyA, wire.ErrL1AddressMismatch, "account %d", m.AccountID)
	}
	dd, err := e.debitSigner(d, m.Slot, m.Nonce, m.AmountQuantums, "withdrawing")
	if err != nil {
		return nil, err
	}
	t := &state.TxTrace{
		Record: state.Record{Withdrawal: &state.WithdrawalRecord{
			AccountID: m.AccountID, AmountQuantums: m.AmountQuantums, L1Address: d.before.L1Address, Slot: m.Slot, Nonce: m.Nonce,
		}},
		A: dd.au, SlotA: dd.su, Withdrawal: w,
	}
	return d.x.finish(t, &d.g)
}

// checkOrder applies the per-order rules of a trade that do not depend on the other order (docs/PROTOCOL.md §5
// "Trade" and "Common bounds": field bounds, expiry, step and tick).
func (e *Engine) checkOrder(v *verdict, p wire.Party, o *state.OrderMsg, mk *state.Market) {
	switch {
	case o.ExpirySeconds >= state.MaxExpirySeconds:
		v.fail(p, wire.ErrMessageField, "expiry %d ≥ 2^40", o.ExpirySeconds)
	case o.MaxFeePpm > state.MaxFeePpm:
		v.fail(p, wire.ErrMessageField, "max fee %d ppm", o.MaxFeePpm)
	case o.SizeQuantums >= uint64(state.MaxSize):
		v.fail(p, wire.ErrMessageField, "size %d ≥ 2^%d", o.SizeQuantums, state.MaxSizeBits)
	case o.LimitPrice >= state.MaxPrice:
		v.fail(p, wire.ErrMessageField, "limit price %d ≥ 2^%d", o.LimitPrice, state.MaxPriceBits)
	case o.Nonce > state.MaxRecordNonce:
		v.fail(p, wire.ErrMessageField, "nonce %d ≥ 2^%d", o.Nonce, state.RecordNonceBits)
	}
	e.checkExpiry(v, p, o.ExpirySeconds)
	if mk.StepSize == 0 || o.SizeQuantums%mk.StepSize != 0 {
		v.fail(p, wire.ErrSizeOffStep, "order size %d, step %d", o.SizeQuantums, mk.StepSize)
	}
	if mk.TickSize == 0 || o.LimitPrice%mk.TickSize != 0 {
		v.fail(p, wire.ErrPriceOffTick, "limit price %d, tick %d", o.LimitPrice, mk.TickSize)
	}
}

// checkExpiry records on v a signed message that expired before the batch time (docs/PROTOCOL.md §5: expiry ≥
// batch timestamp); the circuit's step of the same name checks it.
func (e *Engine) checkExpiry(v *verdict, p wire.Party, expirySeconds uint64) {
	if expirySeconds < e.batchTime {
		v.fail(p, wire.ErrExpired, "expiry %d < batch time %d", expirySeconds, e.batchTime)
	}
}

// checkSignature records on v a message hash w that pk did not sign (docs/PROTOCOL.md §5: every signed message
// is signed by its account's key); the circuit's step of the same name checks it.
func (e *Engine) checkSignature(v *verdict, p wire.Party, pk state.PubKey, w fr.Element, sig *state.Signature, format string, args ...any) {
	if !e.verify(pk, w, sig) {
		v.fail(p, wire.ErrBadSignature, format, args...)
	}
}

// leg is one side of a trade, or the liquidator of a liquidation, being computed: its order, fee rate and fee, and, once
// fillLeg has run, the account settled and after the fill and the leg's updates.
type leg struct {
	party wire.Party
	order *state.SignedOrder
	isBuy bool
	rate  uint32 // the market's fee rate for this side, in ppm
	fee   uint64

	settled, after state.Account
	su             *state.SlotUpdate
	au             *state.AccountUpdate
}

// deal is what the steps of one fill share: the market m and its row, the fill size q, its quote, the markets
// table and the globals the transition updates.
type deal struct {
	m        uint8
	mk       *state.Market
	q, quote uint64
	markets  *state.Markets
	g        *state.Globals
}

// fill computes one party's slot and account after a fill of d.q at d.quote, given the state before it (funding
// settled), in the steps of docs/PROTOCOL.md §5 "Trade": checkSignature, the slot rule of §3.2 (fillSlot),
// checkMarginMode, applyFill and checkMargin.
func (e *Engine) fill(v *verdict, l *leg, acc state.Account, slot state.Slot, d *deal) (state.Account, state.Slot, error) {
	o := &l.order.Msg
	e.checkSignature(v, l.party, acc.PubKey, o.Hash(), &l.order.Sig, "order of account %d", o.AccountID)
	newSlot, err := fillSlot(v, l.party, o, slot, d.q)
	if err != nil {
		return acc, slot, err
	}
	checkMarginMode(v, l.party, &acc, d.m)
	after, s0, s1, err := applyFill(v, l, acc, d)
	if err != nil {
		return acc, slot, err
	}
	checkMargin(v, l.party, o.AccountID, &acc, &after, s0, s1, d.markets)
	return after, newSlot, nil
}

// fillSlot applies the slot rule of docs/PROTOCOL.md §3.2 to a fill of q under order o: nonce ≥ 1 and ≥ the
// slot's, filled (restarted at 0 for a larger nonce) + q ≤ size; it returns the slot after the fill. A filled
// amount past 2^64 cannot be represented (nil trace). The circuit's slotUpdate checks the same rule.
func fillSlot(v *verdict, p wire.Party, o *state.OrderMsg, slot state.Slot, q uint64) (state.Slot, error) {
	var filled uint64
	switch {
	case o.Nonce == 0:
		v.fail(p, wire.ErrZeroNonce, "slot %d", o.Slot)
	case o.Nonce < slot.Nonce:
		v.fail(p, wire.ErrNonceReused, "nonce %d, slot %d nonce %d", o.Nonce, o.Slot, slot.Nonce)
	}
	if o.Nonce == slot.Nonce {
		filled = slot.Filled
	}
	if filled > math.MaxUint64-q {
		return slot, wire.NewRuleError(p, wire.ErrOverfill, "filled %d + %d overflows", filled, q)
	}
	if filled+q > o.SizeQuantums {
		v.fail(p, wire.ErrOverfill, "filled %d + %d > size %d", filled, q, o.SizeQuantums)
	}
	return state.Slot{Nonce: o.Nonce, Filled: filled + q}, nil
}

// checkMarginMode records on v a trade of market m by an account isolated to another market (docs/PROTOCOL.md
// §5 "Trade": an isolated account may only trade its market); the circuit's step of the same name checks it.
func checkMarginMode(v *verdict, p wire.Party, acc *state.Account, m uint8) {
	if acc.MarginMode != 0 && acc.MarginMode != uint16(m) {
		v.fail(p, wire.ErrIsolatedMarket, "account isolated to market %d trades market %d", acc.MarginMode, m)
	}
}

// applyFill moves leg l's position in market d.m by the fill and its collateral by the quote and its fee
// (docs/PROTOCOL.md §5 "Trade": buyer collateral −= quote + fee, size += q; seller collateral += quote − fee,
// size −= q) in the position slot holding the market, else the first empty one. It returns the account after
// and the position's size before (s0) and after (s1). A size or collateral outside int64, or no position slot,
// cannot be represented (nil trace). The circuit's step of the same name applies the same change.
func applyFill(v *verdict, l *leg, acc state.Account, d *deal) (after state.Account, s0, s1 int64, err error) {
	p := l.party
	i := acc.PositionIndex(d.m)
	if i < 0 {
		i = acc.FreePositionIndex()
	}
	if i < 0 {
		return acc, 0, 0, wire.NewRuleError(p, wire.ErrNoPositionSlot, "account %d", l.order.Msg.AccountID)
	}
	s0 = acc.Positions[i].SizeQuantums
	var size, coll big.Int
	size.SetUint64(d.q)
	coll.SetUint64(d.quote)
	if !l.isBuy {
		size.Neg(&size)
	} else {
		coll.Neg(&coll)
	}
	size.Add(&size, big.NewInt(s0))
	coll.Add(&coll, big.NewInt(acc.CollateralQuantums))
	coll.Sub(&coll, new(big.Int).SetUint64(l.fee))
	if !size.IsInt64() {
		return acc, 0, 0, wire.NewRuleError(p, wire.ErrPositionBounds, "size %v", &size)
	}
	if !coll.IsInt64() {
		return acc, 0, 0, wire.NewRuleError(p, wire.ErrCollateralBounds, "collateral %v", &coll)
	}
	s1 = size.Int64()
	if s1 <= -state.MaxSize || s1 >= state.MaxSize {
		v.fail(p, wire.ErrPositionBounds, "size %d", s1)
	}
	after = acc
	after.CollateralQuantums = coll.Int64()
	if after.CollateralQuantums == math.MinInt64 {
		v.fail(p, wire.ErrCollateralBounds, "collateral −2^63")
	}
	return WithSize(after, i, d.m, s1, d.mk), s0, s1, nil
}

// checkMargin records on v an account that is, after a fill, neither healthy nor reducing (docs/PROTOCOL.md §5
// "Trade": both accounts healthy or reducing afterwards); before is the account settled, its position going
// from s0 to s1. The circuit's step of the same name checks it.
func checkMargin(v *verdict, p wire.Party, id uint32, before, after *state.Account, s0, s1 int64, markets *state.Markets) {
	r0, r1 := state.ComputeRisk(before, markets), state.ComputeRisk(after, markets)
	if !r1.Healthy() && !Reducing(s0, s1, r0, r1) {
		v.fail(p, wire.ErrUndercollateral, "account %d", id)
	}
}

// CeilPpm returns ⌈x · ppm / 10^6⌉.
func CeilPpm(x uint64, ppm uint32) *big.Int {
	var n, r big.Int
	n.SetUint64(x)
	n.Mul(&n, big.NewInt(int64(ppm)))
	n.QuoRem(&n, PpmScale, &r)
	if r.Sign() != 0 {
		n.Add(&n, big.NewInt(1))
	}
	return &n
}

// Trade fills q base quantums between a taker and a resting maker at the maker's limit price.
func (e *Engine) Trade(taker, maker state.SignedOrder, q uint64) (*state.TxTrace, error) {
	t, err := e.trade(&taker, &maker, q)
	if err != nil {
		return t, fmt.Errorf("trade taker %d maker %d size %d: %w", taker.Msg.AccountID, maker.Msg.AccountID, q, err)
	}
	return t, nil
}

// trade applies the steps of docs/PROTOCOL.md §5 "Trade": checkTradeTerms, exactQuote, chargeFees, then for the
// taker and then the maker settle and fill (fillLeg), then checkReduceOnlyMarket and payFees.
func (e *Engine) trade(taker, maker *state.SignedOrder, q uint64) (_ *state.TxTrace, err error) {
	a, b := &taker.Msg, &maker.Msg
	markets := e.tree.Markets()
	m := a.Market
	mk, err := marketOf(wire.PartyA, &markets, m)
	if err != nil {
		return nil, err
	}
	if err := firstErr(checkAccountID(wire.PartyA, a.AccountID), checkAccountID(wire.PartyB, b.AccountID),
		checkSlotID(wire.PartyA, a.Slot), checkSlotID(wire.PartyB, b.Slot)); err != nil {
		return nil, err
	}
	var v verdict
	x := e.begin(&v)
	defer x.close(&err)
	e.checkTradeTerms(&v, a, b, q, mk)
	quote, err := exactQuote(&v, q, b.LimitPrice)
	if err != nil {
		return nil, err
	}
	legs := [2]leg{{party: wire.PartyA, order: taker, isBuy: a.IsBuy, rate: mk.TakerFeePpm},
		{party: wire.PartyB, order: maker, isBuy: !a.IsBuy, rate: mk.MakerFeePpm}}
	if err := chargeFees(&v, quote, &legs[0], &legs[1]); err != nil {
		return nil, err
	}
	g := e.tree.Globals()
	d := &deal{m: m, mk: mk, q: q, quote: quote, markets: &markets, g: &g}
	if err := e.fillLeg(x, &legs[0], d, nil, nil); err != nil {
		return nil, err
	}
	// The maker's reads see the taker's writes when both are the same account (an invalid trade whose trace is
	// still computed in order).
	if err := e.fillLeg(x, &legs[1], d, legs[0].au, legs[0].su); err != nil {
		return nil, err
	}
	if mk.Status == state.MarketReduceOnly {
		checkReduceOnlyMarket(&v, m, PositionSize(&legs[0].settled, m), PositionSize(&legs[0].after, m),
			PositionSize(&legs[1].settled, m), PositionSize(&legs[1].after, m))
	}
	payFees(&v, wire.PartyA, &g, legs[0].fee+legs[1].fee) // both < 2^48
	t := &state.TxTrace{
		Record: state.Record{Trade: &state.TradeRecord{
			Market: m, TakerIsBuy: a.IsBuy, TakerAccount: a.AccountID, MakerAccount: b.AccountID,
			SizeQuantums: q, Price: b.LimitPrice, TakerFee: legs[0].fee, MakerFee: legs[1].fee,
			TakerFeePpm: legs[0].rate, MakerFeePpm: legs[1].rate,
			TakerSlot: a.Slot, TakerNonce: a.Nonce, MakerSlot: b.Slot, MakerNonce: b.Nonce,
		}},
		A: legs[0].au, B: legs[1].au, SlotA: legs[0].su, SlotB: legs[1].su, Taker: taker, Maker: maker,
	}
	return x.finish(t, &g)
}

// marketOf returns market m's row, or rejects (no trace) a market outside 1..MarketCount.
func marketOf(p wire.Party, markets *state.Markets, m uint8) (*state.Market, error) {
	mk := markets.Get(m)
	if mk == nil {
		return nil, wire.NewRuleError(p, wire.ErrUnknownMarket, "market %d", m)
	}
	return mk, nil
}

// firstErr returns the first non-nil error of errs.
func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// checkMarketLive records on v a trade, liquidation or deleveraging in market m whose status is neither active
// nor reduce-only (docs/PROTOCOL.md §5 "Trade", "Liquidate", "Deleverage").
func checkMarketLive(v *verdict, m uint8, mk *state.Market) {
	if mk.Status != state.MarketActive && mk.Status != state.MarketReduceOnly {
		v.fail(wire.PartyA, wire.ErrMarketNotActive, "market %d status %d", m, mk.Status)
	}
}

// checkTradeTerms records on v the rules of docs/PROTOCOL.md §5 "Trade" that the two orders and the fill size q
// must meet before any account is read: a live market, same market, opposite sides, distinct accounts, each
// order's own rules (checkOrder), q > 0 on the market's step, and the maker's price p = B.limitPrice crossing
// the taker's limit. The circuit's step of the same name checks them.
func (e *Engine) checkTradeTerms(v *verdict, a, b *state.OrderMsg, q uint64, mk *state.Market) {
	checkMarketLive(v, a.Market, mk)
	if b.Market != a.Market {
		v.fail(wire.PartyB, wire.ErrMarketMismatch, "taker market %d, maker market %d", a.Market, b.Market)
	}
	if b.IsBuy == a.IsBuy {
		v.fail(wire.PartyB, wire.ErrSameSide, "both buy: %v", a.IsBuy)
	}
	if a.AccountID == b.AccountID {
		v.fail(wire.PartyB, wire.ErrSelfTrade, "account %d", a.AccountID)
	}
	e.checkOrder(v, wire.PartyA, a, mk)
	e.checkOrder(v, wire.PartyB, b, mk)
	checkFillSize(v, q, mk)
	p := b.LimitPrice
	if (a.IsBuy && p > a.LimitPrice) || (!a.IsBuy && p < a.LimitPrice) {
		v.fail(wire.PartyA, wire.ErrPriceNotCrossing, "price %d, taker limit %d", p, a.LimitPrice)
	}
}

// checkFillSize records on v a fill size q that is 0 or off the market's step (docs/PROTOCOL.md §5 "Trade").
func checkFillSize(v *verdict, q uint64, mk *state.Market) {
	if q == 0 {
		v.fail(wire.PartyA, wire.ErrZeroSize, "fill")
	} else if mk.StepSize == 0 || q%mk.StepSize != 0 {
		v.fail(wire.PartyA, wire.ErrSizeOffStep, "fill size %d, step %d", q, mk.StepSize)
	}
}

// exactQuote returns quote = q · p / S and records on v a product that S does not divide (docs/PROTOCOL.md §5
// "Trade": the quote is exact). A quote ≥ 2^63 cannot be represented (nil trace). The circuit's step of the
// same name computes it.
func exactQuote(v *verdict, q, p uint64) (uint64, error) {
	var qp, rem big.Int
	qp.QuoRem(qp.Mul(new(big.Int).SetUint64(q), new(big.Int).SetUint64(p)), big.NewInt(state.PriceScale), &rem)
	if rem.Sign() != 0 {
		v.fail(wire.PartyA, wire.ErrQuoteNotExact, "size %d · price %d", q, p)
	}
	if !qp.IsInt64() {
		return 0, wire.NewRuleError(wire.PartyA, wire.ErrCollateralBounds, "quote %v", &qp)
	}
	return qp.Uint64(), nil
}

// chargeFees sets the fee of each leg to ⌈quote · l.rate / 10^6⌉ and records on v a fee above its order's cap
// (docs/PROTOCOL.md §5 "Trade": fee · 10^6 < quote · maxFeePpm + 10^6). A fee ≥ 2^48 cannot be represented
// (nil trace). The circuit's step of the same name checks the caps.
func chargeFees(v *verdict, quote uint64, legs ...*leg) error {
	for _, l := range legs {
		fee := CeilPpm(quote, l.rate)
		if fee.Cmp(big.NewInt(1<<48)) >= 0 {
			return wire.NewRuleError(l.party, wire.ErrFeeBounds, "fee %v", fee)
		}
		l.fee = fee.Uint64()
		var lhs, rhs big.Int
		lhs.Mul(fee, PpmScale)
		rhs.Mul(new(big.Int).SetUint64(quote), big.NewInt(int64(l.order.Msg.MaxFeePpm)))
		rhs.Add(&rhs, PpmScale)
		if lhs.Cmp(&rhs) >= 0 {
			v.fail(l.party, wire.ErrFeeAboveCap, "fee %d on quote %d, cap %d ppm", l.fee, quote, l.order.Msg.MaxFeePpm)
		}
	}
	return nil
}

// fillLeg reads leg l's account and order slot, as the transition's earlier updates prevA and prevS left them
// when they are of the same account, settles the account (settle), fills the order (fill) and builds the slot
// and account updates in transition x, keeping the results in l.
func (e *Engine) fillLeg(x *txn, l *leg, d *deal, prevA *state.AccountUpdate, prevS *state.SlotUpdate) error {
	o := &l.order.Msg
	acc, err := e.readAccount(o.AccountID, prevA)
	if err != nil {
		return err
	}
	slot, err := e.readSlot(o.AccountID, o.Slot, prevA, prevS)
	if err != nil {
		return err
	}
	if l.settled, err = e.settle(x.v, l.party, acc, d.markets, d.g); err != nil {
		return err
	}
	after, newSlot, err := e.fill(x.v, l, l.settled, slot, d)
	if err != nil {
		return err
	}
	su, root, err := x.slotUpdate(o.AccountID, o.Slot, slot, newSlot)
	if err != nil {
		return err
	}
	after.SlotRoot = root
	if l.au, err = x.accountUpdate(o.AccountID, acc, after); err != nil {
		return err
	}
	l.after, l.su = after, su
	return nil
}

// readAccount returns account id as the transition sees it: the leaf after its earlier update prev when prev
// is of the same account, else the tree's.
func (e *Engine) readAccount(id uint32, prev *state.AccountUpdate) (state.Account, error) {
	if prev != nil && prev.ID == id {
		return prev.After, nil
	}
	acc, err := e.tree.Account(id)
	if err != nil {
		return acc, ReadFailed(err)
	}
	return acc, nil
}

// readSlot returns slot s of account id as the transition sees it: the slot after the earlier slot update prevS
// of account prevA.ID when it is the same slot, else the tree's.
func (e *Engine) readSlot(id uint32, s uint16, prevA *state.AccountUpdate, prevS *state.SlotUpdate) (state.Slot, error) {
	if prevA != nil && prevS != nil && prevA.ID == id && prevS.Slot == s {
		return prevS.After, nil
	}
	slot, err := e.tree.Slot(id, s)
	if err != nil {
		return slot, ReadFailed(err)
	}
	return slot, nil
}

// payFees adds fees to the fee pool in g and records on v a pool that would pass 2^64 (docs/PROTOCOL.md §5
// "Trade", "Transfer", "Liquidate": the fee pool receives the fees); the circuit's step of the same name sums
// them.
func payFees(v *verdict, p wire.Party, g *state.Globals, fees uint64) {
	if g.FeePoolQuantums > math.MaxUint64-fees {
		v.fail(p, wire.ErrFeePoolOverflow, "fee pool %d + %d", g.FeePoolQuantums, fees)
	}
	g.FeePoolQuantums += fees
}

// finish ends transition x with trace t: rejected with the verdict's first violation, or applied with the
// globals g.
func (x *txn) finish(t *state.TxTrace, g *state.Globals) (*state.TxTrace, error) {
	if x.v.err != nil {
		return t, x.v.err
	}
	x.apply(g)
	return t, nil
}

// spend debits amount from acc, the signer of a withdrawal or a transfer, and records on v the rules the
// debit breaks: collateral below 0, or the account not healthy afterwards (docs/PROTOCOL.md §5). It fails, with
// no trace, when the collateral would leave (−2^63, 2^63).
func spend(v *verdict, acc *state.Account, amount uint64, markets *state.Markets, what string) error {
	c, err := AddCollateral(wire.PartyA, acc.CollateralQuantums, new(big.Int).Neg(new(big.Int).SetUint64(amount)))
	if err != nil {
		return err
	}
	acc.CollateralQuantums = c
	if c < 0 {
		v.fail(wire.PartyA, wire.ErrInsufficientFunds, "collateral %d, amount %d", c+int64(amount), amount)
	}
	if !state.ComputeRisk(acc, markets).Healthy() {
		v.fail(wire.PartyA, wire.ErrUndercollateral, "after %s %d", what, amount)
	}
	return nil
}

// checkConsume records on v the rules of a message that consumes order slot s (a withdrawal, a transfer):
// nonce ≥ 1, at most state.MaxRecordNonce (the compact records' width) and above the slot's, and not expired at
// the batch time (docs/PROTOCOL.md §3.2); the circuit's slotUpdate, compactRecord and checkExpiry check the same.
func (e *Engine) checkConsume(v *verdict, s uint16, nonce uint32, slot state.Slot, expirySeconds uint64) {
	switch {
	case nonce == 0:
		v.fail(wire.PartyA, wire.ErrZeroNonce, "slot %d", s)
	case nonce > state.MaxRecordNonce:
		v.fail(wire.PartyA, wire.ErrMessageField, "nonce %d ≥ 2^%d", nonce, state.RecordNonceBits)
	case nonce <= slot.Nonce:
		v.fail(wire.PartyA, wire.ErrNonceReused, "nonce %d, slot %d nonce %d", nonce, s, slot.Nonce)
	}
	e.checkExpiry(v, wire.PartyA, expirySeconds)
}

// checkNonZero records on v a zero deposit, withdrawal or transfer amount (docs/PROTOCOL.md §5: 0 < amount <
// 2^56; checkAmount rejects the upper bound, which no record can carry).
func checkNonZero(v *verdict, amount uint64) {
	if amount == 0 {
		v.fail(wire.PartyA, wire.ErrAmount, "zero amount")
	}
}

// debitTx is a debit's transition as beginDebit starts it (a withdrawal, a transfer's sender, a forced
// withdrawal): its verdict, the account and order slot before it, the markets table and the globals.
type debitTx struct {
	v       verdict
	x       *txn
	id      uint32
	before  state.Account
	slot    state.Slot
	markets state.Markets
	g       state.Globals
}

// beginDebit is the start every debit shares: it rejects with no trace bounds, the first of the record's bounds
// its caller checked (an account id, a slot or an amount no record carries), reads account id and, when s is
// not nil, its order slot *s, and begins the transition; the caller defers d.x.close.
func (e *Engine) beginDebit(bounds error, id uint32, s *uint16) (*debitTx, error) {
	if bounds != nil {
		return nil, bounds
	}
	d := &debitTx{id: id, markets: e.tree.Markets(), g: e.tree.Globals()}
	var err error
	if d.before, err = e.tree.Account(id); err != nil {
		return nil, ReadFailed(err)
	}
	if s != nil {
		if d.slot, err = e.tree.Slot(id, *s); err != nil {
			return nil, ReadFailed(err)
		}
	}
	d.x = e.begin(&d.v)
	return d, nil
}

// debited is a signed debit's result: the account after it and its updates.
type debited struct {
	after state.Account
	au    *state.AccountUpdate
	su    *state.SlotUpdate
}

// debitSigner settles the account's funding (settle), spends amount (spend), consumes order slot s with nonce
// and builds the account's update in d's transition; rule failures go to d's verdict.
func (e *Engine) debitSigner(d *debitTx, s uint16, nonce uint32, amount uint64, what string) (debited, error) {
	v, x := &d.v, d.x
	after, err := e.settle(v, wire.PartyA, d.before, &d.markets, &d.g)
	if err != nil {
		return debited{}, err
	}
	if err := spend(v, &after, amount, &d.markets, what); err != nil {
		return debited{}, err
	}
	su, root, err := x.slotUpdate(d.id, s, d.slot, state.Slot{Nonce: nonce, Filled: state.SlotConsumed})
	if err != nil {
		return debited{}, err
	}
	after.SlotRoot = root
	au, err := x.accountUpdate(d.id, d.before, after)
	if err != nil {
		return debited{}, err
	}
	return debited{after: after, au: au, su: su}, nil
}

// SetVerdicts makes the engine trust the signatures v remembers (verified at admission) instead of verifying
// them again; nil verifies every one.
func (e *Engine) SetVerdicts(v *sigverify.Verdicts) { e.sigs = v }

// Verdicts returns the signature verdicts the engine trusts (nil: none).
func (e *Engine) Verdicts() *sigverify.Verdicts { return e.sigs }

// RestoreBatchTime sets the batch time a checkpoint recorded (recovery), unchecked.
func (e *Engine) RestoreBatchTime(ts uint64) { e.batchTime = ts }

// verify checks pk's signature of w, unless admission already verified this very triple.
func (e *Engine) verify(pk state.PubKey, w fr.Element, sig *state.Signature) bool {
	return e.sigs.Has(pk, w, sig) || sigverify.Verify(pk, w, sig)
}

// SetObserver makes the engine call f with every account it writes, after the write. Writes undone by
// Tree.RollbackTo (a fill-or-kill order) are not reported: the observer's owner must re-read the accounts of a
// rolled-back transaction.
func (e *Engine) SetObserver(f func(id uint32, a *state.Account)) { e.observer = f }

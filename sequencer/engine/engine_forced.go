package engine

import (
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// ForcedWithdraw serves a forced withdrawal from the L1 queue (docs/PROTOCOL.md §8). It is valid when the
// requester r.L1Address owns the account, the collateral covers the amount and the account is healthy after
// the debit; a valid one debits the account, an invalid one only settles its funding (docs/PROTOCOL.md §5).
// Either way the returned trace serves the request, with the verdict in its record's Valid (r.Valid is
// ignored), and the circuit proves the verdict. Only a request the circuit cannot serve returns an error: an account id outside the tree or an
// amount ≥ 2^56 (no trace), or a zero amount (ErrAmount, with the trace) — the contract queues none of these.
func (e *Engine) ForcedWithdraw(r state.ForcedWithdrawalRecord) (*state.TxTrace, error) {
	t, err := e.forcedWithdraw(r)
	if err != nil {
		return t, fmt.Errorf("forced withdrawal from account %d: %w", r.AccountID, err)
	}
	return t, nil
}

// forcedWithdraw applies the steps of docs/PROTOCOL.md §5 "Forced withdrawal": beginDebit, the amount, settle,
// and the debit when the request is valid.
func (e *Engine) forcedWithdraw(r state.ForcedWithdrawalRecord) (_ *state.TxTrace, err error) {
	d, err := e.beginDebit(firstErr(checkAccountID(wire.PartyA, r.AccountID), checkAmount(r.AmountQuantums)), r.AccountID, nil)
	if err != nil {
		return nil, err
	}
	defer d.x.close(&err)
	checkNonZero(&d.v, r.AmountQuantums)
	settled, err := e.settle(&d.v, wire.PartyA, d.before, &d.markets, &d.g)
	if err != nil {
		return nil, err
	}
	after := settled
	r.Valid = settled.L1Address == r.L1Address && settled.CollateralQuantums >= int64(r.AmountQuantums)
	if r.Valid {
		after.CollateralQuantums -= int64(r.AmountQuantums)
		r.Valid = state.ComputeRisk(&after, &d.markets).Healthy()
	}
	if !r.Valid {
		after = settled
	}
	u, err := d.x.accountUpdate(r.AccountID, d.before, after)
	if err != nil {
		return nil, err
	}
	return d.x.finish(&state.TxTrace{Record: state.Record{ForcedWithdrawal: &r}, A: u}, &d.g)
}

// checkReduceOnlyMarket records on v a trade in reduce-only market m whose sides do not both reduce: A's
// position goes from a0 to a1 and B's from b0 to b1 (docs/PROTOCOL.md §5).
func checkReduceOnlyMarket(v *verdict, m uint8, a0, a1, b0, b1 int64) {
	switch {
	case !ReducesSize(a0, a1):
		v.fail(wire.PartyA, wire.ErrReduceOnlyMarket, "market %d: position %d to %d", m, a0, a1)
	case !ReducesSize(b0, b1):
		v.fail(wire.PartyB, wire.ErrReduceOnlyMarket, "market %d: position %d to %d", m, b0, b1)
	}
}

// ErrNotQueued reports an L1 request the contract never queues (docs/PROTOCOL.md §8): the engine cannot serve
// it, and a correct contract never sends it. The error also wraps the sentinel of the broken bound.
var ErrNotQueued = errors.New("sequencer: request the L1 contract does not queue")

// ErrMarketParams reports a MarketParams record that breaks a rule of docs/PROTOCOL.md §5 "Market params"; the
// error also wraps the state package's sentinel (state.ErrStatusChange, state.ErrMarginFractions, …).
var ErrMarketParams = errors.New("sequencer: invalid market params")

// ForcedTrade serves a forced trade from the L1 queue (docs/PROTOCOL.md §5 "Forced trade"): it settles A, then
// B, and, when the request is valid, trades r.SizeQuantums at r.Price, A on side r.AIsBuy, without fees and
// without order slots. The request is valid iff A's leaf has L1 address r.AddrA and B's r.AddrB; the market is
// active, or reduce-only and both positions shrink without flipping; the size is a multiple of the market's
// step and the price of its tick (an unlisted market has neither); each margin mode is 0 or the market; each
// account holds the market in a position slot or has a free one after its settlement; on each side
// |new size| < 2^48 and the new collateral lies in (−2^63, 2^63); and each side is healthy afterwards or
// reducing (Reducing). Either way the returned trace serves the request, with the verdict in its record's
// Valid (r.Valid is ignored), and the circuit proves the verdict.
//
// A request the contract never queues returns ErrNotQueued and no trace: A = B (also ErrSelfTrade), an id
// ≥ 2^24 (ErrAccountID), a market outside 1..MarketCount (ErrUnknownMarket), a size or price outside
// (0, 2^48) (ErrZeroSize, ErrPositionBounds, ErrMessageField), an inexact quote (ErrQuoteNotExact) or a quote
// ≥ 2^56 (ErrAmount). A settlement that cannot be represented fails like any account update.
func (e *Engine) ForcedTrade(r state.ForcedTradeRecord) (*state.TxTrace, error) {
	t, err := e.forcedTrade(r)
	if err != nil {
		return t, fmt.Errorf("forced trade of account %d against %d in market %d: %w", r.AccountA, r.AccountB, r.Market, err)
	}
	return t, nil
}

// CheckQueuedForcedTrade checks the bounds the contract guarantees of a forced trade it queues (its request
// checks, Rollup._checkForcedTrade) and returns its quote; a record outside them was never queued
// (ErrNotQueued). The l1 package's tests hold the contract to the same bounds.
func CheckQueuedForcedTrade(r *state.ForcedTradeRecord) (uint64, error) {
	notQueued := func(p wire.Party, sentinel error, format string, args ...any) (uint64, error) {
		return 0, wire.NewRuleError(p, ErrNotQueued, "%w: "+format, append([]any{sentinel}, args...)...)
	}
	for _, c := range []struct {
		p  wire.Party
		id uint32
	}{{wire.PartyA, r.AccountA}, {wire.PartyB, r.AccountB}} {
		if err := checkAccountID(c.p, c.id); err != nil {
			return notQueued(c.p, err, "account %d", c.id)
		}
	}
	switch {
	case r.AccountA == r.AccountB:
		return notQueued(wire.PartyB, wire.ErrSelfTrade, "account %d", r.AccountA)
	case r.Market == 0 || r.Market > state.MarketCount:
		return notQueued(wire.PartyA, wire.ErrUnknownMarket, "market %d", r.Market)
	case r.SizeQuantums == 0:
		return notQueued(wire.PartyA, wire.ErrZeroSize, "forced trade")
	case r.SizeQuantums >= uint64(state.MaxSize):
		return notQueued(wire.PartyA, wire.ErrPositionBounds, "size %d ≥ 2^%d", r.SizeQuantums, state.MaxSizeBits)
	case r.Price == 0 || r.Price >= state.MaxPrice:
		return notQueued(wire.PartyA, wire.ErrMessageField, "price %d outside (0, 2^%d)", r.Price, state.MaxPriceBits)
	}
	var qp, rem big.Int
	qp.QuoRem(qp.Mul(new(big.Int).SetUint64(r.SizeQuantums), new(big.Int).SetUint64(r.Price)), big.NewInt(state.PriceScale), &rem)
	if rem.Sign() != 0 {
		return notQueued(wire.PartyA, wire.ErrQuoteNotExact, "size %d · price %d", r.SizeQuantums, r.Price)
	}
	if qp.Cmp(new(big.Int).SetUint64(state.MaxAmount)) >= 0 {
		return notQueued(wire.PartyA, wire.ErrAmount, "quote %v ≥ 2^%d", &qp, state.MaxAmountBits)
	}
	return qp.Uint64(), nil
}

// forcedSide is one side of a forced trade, computed on the settled account as if the trade applied.
type forcedSide struct {
	after state.Account // the account after the trade; meaningful only when ok
	s0    int64         // the position in the market before and after
	s1    int64
	// ok reports every per-account rule: a position slot, |s1| < 2^48, the collateral in (−2^63, 2^63), and
	// healthy or reducing afterwards.
	ok bool
}

// forcedLeg computes one side of a forced trade: acc (settled) trades q on side buy at quote in market m.
func forcedLeg(acc *state.Account, m uint8, buy bool, q, quote uint64, mk *state.Market, markets *state.Markets) forcedSide {
	i := acc.PositionIndex(m)
	if i < 0 {
		if i = acc.FreePositionIndex(); i < 0 {
			return forcedSide{}
		}
	}
	f := forcedSide{s0: acc.Positions[i].SizeQuantums}
	cash := new(big.Int).SetUint64(quote)
	f.s1 = f.s0 - int64(q) // |s0|, q < 2^48: no overflow
	if buy {
		f.s1 = f.s0 + int64(q)
		cash.Neg(cash)
	}
	if f.s1 <= -state.MaxSize || f.s1 >= state.MaxSize {
		return f
	}
	c := cash.Add(cash, big.NewInt(acc.CollateralQuantums))
	if !c.IsInt64() || c.Int64() == math.MinInt64 {
		return f
	}
	f.after = WithSize(*acc, i, m, f.s1, mk)
	f.after.CollateralQuantums = c.Int64()
	r0, r1 := state.ComputeRisk(acc, markets), state.ComputeRisk(&f.after, markets)
	f.ok = r1.Healthy() || Reducing(f.s0, f.s1, r0, r1)
	return f
}

func (e *Engine) forcedTrade(r state.ForcedTradeRecord) (_ *state.TxTrace, err error) {
	quote, err := CheckQueuedForcedTrade(&r)
	if err != nil {
		return nil, err
	}
	markets := e.tree.Markets()
	mk := markets.Get(r.Market)
	m := r.Market
	accA, err := e.tree.Account(r.AccountA)
	if err != nil {
		return nil, ReadFailed(err)
	}
	accB, err := e.tree.Account(r.AccountB)
	if err != nil {
		return nil, ReadFailed(err)
	}
	var v verdict
	x := e.begin(&v)
	defer x.close(&err)
	g := e.tree.Globals()
	setA, err := e.settle(&v, wire.PartyA, accA, &markets, &g)
	if err != nil {
		return nil, err
	}
	setB, err := e.settle(&v, wire.PartyB, accB, &markets, &g)
	if err != nil {
		return nil, err
	}
	sideA := forcedLeg(&setA, m, r.AIsBuy, r.SizeQuantums, quote, mk, &markets)
	sideB := forcedLeg(&setB, m, !r.AIsBuy, r.SizeQuantums, quote, mk, &markets)
	isolatedOK := func(a *state.Account) bool { return a.MarginMode == 0 || a.MarginMode == uint16(m) }
	marketOK := mk.Status == state.MarketActive ||
		(mk.Status == state.MarketReduceOnly && ReducesSize(sideA.s0, sideA.s1) && ReducesSize(sideB.s0, sideB.s1))
	r.Valid = setA.L1Address == r.AddrA && setB.L1Address == r.AddrB && marketOK &&
		mk.StepSize != 0 && r.SizeQuantums%mk.StepSize == 0 && mk.TickSize != 0 && r.Price%mk.TickSize == 0 &&
		isolatedOK(&setA) && isolatedOK(&setB) && sideA.ok && sideB.ok
	afterA, afterB := setA, setB
	if r.Valid {
		afterA, afterB = sideA.after, sideB.after
	}
	auA, err := x.accountUpdate(r.AccountA, accA, afterA)
	if err != nil {
		return nil, err
	}
	auB, err := x.accountUpdate(r.AccountB, accB, afterB)
	if err != nil {
		return nil, err
	}
	return x.finish(&state.TxTrace{Record: state.Record{ForcedTrade: &r}, A: auA, B: auB}, &g)
}

// MarketParams applies a MarketParams record from the L1 queue (docs/PROTOCOL.md §5 "Market params") to the
// engine's markets table, which every later transaction of the batch reads: state.CheckMarketParams against the
// market's row, then its status and fractions. A rejected record returns ErrMarketParams, wrapping the state
// package's sentinel, with its trace (no trace for a fraction ≥ 2^24, which no record carries); the table is
// then unchanged. The trace has only the record.
func (e *Engine) MarketParams(r state.MarketParamsRecord) (*state.TxTrace, error) {
	t := &state.TxTrace{Record: state.Record{MarketParams: &r}}
	if _, err := t.Record.EncodeCompact(); err != nil {
		return nil, wire.NewRuleError(wire.PartyNone, ErrMarketParams, "market %d: %w", r.Market, err)
	}
	markets := e.tree.Markets()
	if err := state.ApplyMarketParams(&markets, r); err != nil {
		return t, wire.NewRuleError(wire.PartyNone, ErrMarketParams, "%w", err)
	}
	if err := e.tree.SetMarkets(markets); err != nil {
		return t, wire.NewRuleError(wire.PartyNone, ErrMarketParams, "market %d: %w", r.Market, err)
	}
	return t, nil
}

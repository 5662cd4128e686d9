package engine

import (
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/perpx/perpx/sequencer/internal/sigverify"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// Rule violations of the risk rules of docs/PROTOCOL.md §5 (funding, transfer, liquidate, deleverage, market
// update). The engine wraps them in a *RuleError like the other rule violations.
var (
	ErrInsuranceBounds    = errors.New("sequencer: insurance fund out of bounds")
	ErrNotLiquidatable    = errors.New("sequencer: account is not liquidatable")
	ErrNoPosition         = errors.New("sequencer: account holds no position in the market")
	ErrNotReducing        = errors.New("sequencer: size would flip or exceed the position")
	ErrLiquidationFee     = errors.New("sequencer: liquidation fee above its cap or with an insurance payment")
	ErrBankruptcyPrice    = errors.New("sequencer: account ends worse than its bankruptcy price")
	ErrInsuranceNotLeast  = errors.New("sequencer: insurance payment or deleveraging cash is not the least allowed")
	ErrInsuranceFund      = errors.New("sequencer: insurance fund cannot pay")
	ErrNotBankrupt        = errors.New("sequencer: account is not bankrupt")
	ErrInsuranceCovers    = errors.New("sequencer: the insurance fund covers the account")
	ErrNoOppositePosition = errors.New("sequencer: counterparty holds no opposite position of that size")
	ErrMarketUpdate       = errors.New("sequencer: invalid market update")
)

// settle returns acc after its funding settlement (docs/PROTOCOL.md §5: the first step of every account update)
// and adds what it pays to the insurance fund in g. A settlement that leaves the collateral outside int64
// cannot be represented (nil trace).
func (e *Engine) settle(v *verdict, p wire.Party, acc state.Account, markets *state.Markets, g *state.Globals) (state.Account, error) {
	out := acc
	amt, err := state.SettleFunding(&out, markets)
	if err != nil {
		return acc, wire.NewRuleError(p, wire.ErrCollateralBounds, "funding settlement: %v", err)
	}
	addInsurance(v, p, g, amt)
	return out, nil
}

// addInsurance adds x to the insurance fund, which must stay in (−2^63, 2^63).
func addInsurance(v *verdict, p wire.Party, g *state.Globals, x int64) {
	r := new(big.Int).Add(big.NewInt(g.InsuranceFundQuantums), big.NewInt(x))
	if !r.IsInt64() || r.Int64() == math.MinInt64 {
		v.fail(p, ErrInsuranceBounds, "insurance fund %d + %d", g.InsuranceFundQuantums, x)
		return
	}
	g.InsuranceFundQuantums = r.Int64()
}

// AddCollateral returns c + x, failing (no trace) outside (−2^63, 2^63).
func AddCollateral(p wire.Party, c int64, x *big.Int) (int64, error) {
	r := new(big.Int).Add(big.NewInt(c), x)
	if !r.IsInt64() || r.Int64() == math.MinInt64 {
		return 0, wire.NewRuleError(p, wire.ErrCollateralBounds, "collateral %d + %v", c, x)
	}
	return r.Int64(), nil
}

// LeastCash returns the least integer x with (TVb + x·S) · MMR0 ≥ TV0 · MMR1, where rb is the account after a
// trade without its cash and r0 before it: the cash that puts it exactly at its bankruptcy price
// (docs/PROTOCOL.md §5, RatioKept and RatioTight). MMR0 must be positive.
func LeastCash(r0, rb *state.Risk) *big.Int {
	var num, t, den big.Int
	num.Mul(&r0.TV, &rb.MMR)
	num.Sub(&num, t.Mul(&rb.TV, &r0.MMR))
	den.Mul(&r0.MMR, big.NewInt(state.PriceScale))
	return state.CeilDiv(&num, &den)
}

// ChooseLiquidationAmounts returns the engine's liquidation fee and insurance payment for an account whose risk
// was r0 before the liquidation and is rb after its trade without them: the largest fee up to feeCap that keeps
// it at or above its bankruptcy price, or, when even no fee falls short, the least insurance payment that
// reaches it. ok is false when that payment does not fit in 64 bits. r0.MMR must be positive.
func ChooseLiquidationAmounts(r0, rb *state.Risk, feeCap *big.Int) (a LiquidationAmounts, ok bool) {
	x := LeastCash(r0, rb)
	if x.Sign() > 0 {
		return LiquidationAmounts{InsurancePay: x.Uint64()}, x.IsUint64()
	}
	x.Neg(x)
	if x.Cmp(feeCap) > 0 {
		x = feeCap
	}
	return LiquidationAmounts{Fee: x.Uint64()}, true
}

// WithSize returns acc with its position in market m (slot i) set to size s, caching the index of mk when the
// position is new and resetting it when s is 0.
func WithSize(acc state.Account, i int, m uint8, s int64, mk *state.Market) state.Account {
	switch {
	case s == 0:
		acc.Positions[i] = state.Position{}
	case acc.Positions[i].Market == 0:
		acc.Positions[i] = state.Position{Market: m, SizeQuantums: s, FundingIndex: mk.FundingIndex}
	default:
		acc.Positions[i].SizeQuantums = s
	}
	return acc
}

// Transfer moves collateral between two accounts by a message signed by the sender, creating the receiver
// (with the sender's key and L1 address and the signed margin mode) when it is empty. The sender also pays
// state.TransferFeeQuantums to the fee pool.
func (e *Engine) Transfer(t state.SignedTransfer) (*state.TxTrace, error) {
	tr, err := e.transfer(&t)
	if err != nil {
		return tr, fmt.Errorf("transfer from account %d to %d: %w", t.Msg.FromAccount, t.Msg.ToAccount, err)
	}
	return tr, nil
}

func (e *Engine) transfer(st *state.SignedTransfer) (_ *state.TxTrace, err error) {
	m := &st.Msg
	for _, c := range []error{checkAccountID(wire.PartyA, m.FromAccount), checkAccountID(wire.PartyB, m.ToAccount),
		checkSlotID(wire.PartyA, m.Slot), checkAmount(m.AmountQuantums)} {
		if c != nil {
			return nil, c
		}
	}
	before, err := e.tree.Account(m.FromAccount)
	if err != nil {
		return nil, ReadFailed(err)
	}
	slot, err := e.tree.Slot(m.FromAccount, m.Slot)
	if err != nil {
		return nil, ReadFailed(err)
	}
	var v verdict
	x := e.begin(&v)
	defer x.close(&err)
	if m.ExpirySeconds >= state.MaxExpirySeconds {
		v.fail(wire.PartyA, wire.ErrMessageField, "expiry %d ≥ 2^40", m.ExpirySeconds)
	}
	if m.MarginMode > state.MarketCount {
		v.fail(wire.PartyA, wire.ErrMarginMode, "mode %d", m.MarginMode)
	}
	if !e.verify(before.PubKey, m.Hash(), &st.Sig) {
		v.fail(wire.PartyA, wire.ErrBadSignature, "transfer")
	}
	if m.AmountQuantums == 0 {
		v.fail(wire.PartyA, wire.ErrAmount, "zero amount")
	}
	if m.FromAccount == m.ToAccount {
		v.fail(wire.PartyB, wire.ErrSelfTransfer, "account %d", m.FromAccount)
	}
	e.checkConsume(&v, m.Slot, m.Nonce, slot, m.ExpirySeconds)
	markets := e.tree.Markets()
	g := e.tree.Globals()
	d, err := e.debitSigner(x, debit{id: m.FromAccount, slotID: m.Slot, nonce: m.Nonce, slot: slot, before: before,
		amount: m.AmountQuantums + state.TransferFeeQuantums, what: "transferring"}, &markets, &g)
	if err != nil {
		return nil, err
	}
	afterA, auA, su := d.after, d.au, d.su
	if g.FeePoolQuantums > math.MaxUint64-state.TransferFeeQuantums {
		v.fail(wire.PartyA, wire.ErrFeePoolOverflow, "fee pool %d + %d", g.FeePoolQuantums, state.TransferFeeQuantums)
	}
	g.FeePoolQuantums += state.TransferFeeQuantums

	accB := afterA
	if m.ToAccount != m.FromAccount {
		if accB, err = e.tree.Account(m.ToAccount); err != nil {
			return nil, ReadFailed(err)
		}
	}
	afterB, err := e.settle(&v, wire.PartyB, accB, &markets, &g)
	if err != nil {
		return nil, err
	}
	if accB.IsEmpty() {
		if m.ToAccount < state.L2AccountBase {
			v.fail(wire.PartyB, wire.ErrTransferTarget, "account %d < %d", m.ToAccount, state.L2AccountBase)
		}
		afterB.PubKey, afterB.L1Address, afterB.MarginMode = before.PubKey, before.L1Address, uint16(m.MarginMode)
	}
	if afterB.CollateralQuantums, err = AddCollateral(wire.PartyB, afterB.CollateralQuantums, new(big.Int).SetUint64(m.AmountQuantums)); err != nil {
		return nil, err
	}
	auB, err := x.accountUpdate(m.ToAccount, accB, afterB)
	if err != nil {
		return nil, err
	}
	t := &state.TxTrace{
		Record: state.Record{Transfer: &state.TransferRecord{
			FromAccount: m.FromAccount, ToAccount: m.ToAccount, AmountQuantums: m.AmountQuantums,
			Slot: m.Slot, Nonce: m.Nonce, MarginMode: m.MarginMode,
		}},
		A: auA, B: auB, SlotA: su, Transfer: st,
	}
	if v.err != nil {
		return t, v.err
	}
	x.apply(&g)
	return t, nil
}

// LiquidationAmounts fixes a liquidation's fee and insurance payment; nil lets the engine choose them.
type LiquidationAmounts struct {
	Fee, InsurancePay uint64
}

// Liquidate closes q base quantums of account a's position in the market of the liquidator's signed order,
// which acts as a maker at its limit price. The engine charges the largest liquidation fee, up to the
// configured cap, that keeps a no worse than its bankruptcy price, or, when even a zero fee does not, has the
// insurance fund pay the least amount that does (docs/PROTOCOL.md §5).
//
// The trace updates A (the liquidated account), then the liquidator's order slot (SlotB), then B.
func (e *Engine) Liquidate(cfg *state.Config, a uint32, maker state.SignedOrder, q uint64) (*state.TxTrace, error) {
	return e.LiquidateWith(cfg, a, maker, q, nil)
}

// LiquidateWith is Liquidate with the fee and insurance payment given by the caller (nil: chosen by the engine),
// which the rules then check; tests use it to build rejected liquidations.
func (e *Engine) LiquidateWith(cfg *state.Config, a uint32, maker state.SignedOrder, q uint64, fix *LiquidationAmounts) (*state.TxTrace, error) {
	t, err := e.liquidate(cfg, a, &maker, q, fix)
	if err != nil {
		return t, fmt.Errorf("liquidate account %d by %d size %d: %w", a, maker.Msg.AccountID, q, err)
	}
	return t, nil
}

func (e *Engine) liquidate(cfg *state.Config, a uint32, maker *state.SignedOrder, q uint64, fix *LiquidationAmounts) (_ *state.TxTrace, err error) {
	b := &maker.Msg
	markets := e.tree.Markets()
	m := b.Market
	mk := markets.Get(m)
	if mk == nil {
		return nil, wire.NewRuleError(wire.PartyB, wire.ErrUnknownMarket, "market %d", m)
	}
	for _, c := range []error{checkAccountID(wire.PartyA, a), checkAccountID(wire.PartyB, b.AccountID), checkSlotID(wire.PartyB, b.Slot)} {
		if c != nil {
			return nil, c
		}
	}
	var v verdict
	x := e.begin(&v)
	defer x.close(&err)
	if mk.Status != state.MarketActive && mk.Status != state.MarketReduceOnly {
		v.fail(wire.PartyA, wire.ErrMarketNotActive, "market %d status %d", m, mk.Status)
	}
	if a == b.AccountID {
		v.fail(wire.PartyB, wire.ErrSelfTrade, "account %d", a)
	}
	e.checkOrder(&v, wire.PartyB, b, mk)
	if q == 0 {
		v.fail(wire.PartyA, wire.ErrZeroSize, "fill")
	} else if mk.StepSize == 0 || q%mk.StepSize != 0 {
		v.fail(wire.PartyA, wire.ErrSizeOffStep, "fill size %d, step %d", q, mk.StepSize)
	}
	p := b.LimitPrice
	var qp, rem big.Int
	qp.QuoRem(qp.Mul(new(big.Int).SetUint64(q), new(big.Int).SetUint64(p)), big.NewInt(state.PriceScale), &rem)
	if rem.Sign() != 0 {
		v.fail(wire.PartyA, wire.ErrQuoteNotExact, "size %d · price %d", q, p)
	}
	if !qp.IsInt64() {
		return nil, wire.NewRuleError(wire.PartyA, wire.ErrCollateralBounds, "quote %v", &qp)
	}
	quote := qp.Uint64()
	mfee := CeilPpm(quote, mk.MakerFeePpm)
	if mfee.Cmp(big.NewInt(1<<48)) >= 0 {
		return nil, wire.NewRuleError(wire.PartyB, wire.ErrFeeBounds, "fee %v", mfee)
	}
	lb := leg{party: wire.PartyB, order: maker, fee: mfee.Uint64()}
	var lhs, rhs big.Int
	lhs.Mul(mfee, PpmScale)
	rhs.Add(rhs.Mul(new(big.Int).SetUint64(quote), big.NewInt(int64(b.MaxFeePpm))), PpmScale)
	if lhs.Cmp(&rhs) >= 0 {
		v.fail(wire.PartyB, wire.ErrFeeAboveCap, "fee %d on quote %d, cap %d ppm", lb.fee, quote, b.MaxFeePpm)
	}

	accA, err := e.tree.Account(a)
	if err != nil {
		return nil, ReadFailed(err)
	}
	g := e.tree.Globals()
	setA, err := e.settle(&v, wire.PartyA, accA, &markets, &g)
	if err != nil {
		return nil, err
	}
	r0 := state.ComputeRisk(&setA, &markets)
	if !r0.Liquidatable() {
		v.fail(wire.PartyA, ErrNotLiquidatable, "account %d", a)
	}
	i := setA.PositionIndex(m)
	if i < 0 {
		v.fail(wire.PartyA, ErrNoPosition, "account %d market %d", a, m)
		if i = setA.FreePositionIndex(); i < 0 {
			return nil, wire.NewRuleError(wire.PartyA, wire.ErrNoPositionSlot, "account %d", a)
		}
	}
	s0 := setA.Positions[i].SizeQuantums
	aBuys := s0 < 0
	lb.isBuy = !aBuys
	if b.IsBuy != lb.isBuy {
		v.fail(wire.PartyB, wire.ErrSameSide, "liquidator order buys: %v", b.IsBuy)
	}
	if q > state.AbsSize(s0) {
		v.fail(wire.PartyA, ErrNotReducing, "size %d, position %d", q, s0)
	}
	s1 := new(big.Int).SetInt64(s0)
	cash := new(big.Int).SetUint64(quote)
	if aBuys {
		s1.Add(s1, new(big.Int).SetUint64(q))
		cash.Neg(cash)
	} else {
		s1.Sub(s1, new(big.Int).SetUint64(q))
	}
	if !s1.IsInt64() || s1.Int64() <= -state.MaxSize || s1.Int64() >= state.MaxSize {
		return nil, wire.NewRuleError(wire.PartyA, wire.ErrPositionBounds, "size %v", s1)
	}
	base := WithSize(setA, i, m, s1.Int64(), mk)
	if base.CollateralQuantums, err = AddCollateral(wire.PartyA, base.CollateralQuantums, cash); err != nil {
		return nil, err
	}
	var amounts LiquidationAmounts
	feeCap := CeilPpm(quote, cfg.LiquidationFeePpm)
	if fix != nil {
		amounts = *fix
	} else if r0.MMR.Sign() > 0 {
		var ok bool
		if amounts, ok = ChooseLiquidationAmounts(r0, state.ComputeRisk(&base, &markets), feeCap); !ok {
			return nil, wire.NewRuleError(wire.PartyA, wire.ErrAmount, "insurance payment above 2^64")
		}
	}
	if amounts.Fee > 1<<48-1 {
		return nil, wire.NewRuleError(wire.PartyA, wire.ErrFeeBounds, "liquidation fee %d", amounts.Fee)
	}
	if amounts.InsurancePay >= state.MaxAmount {
		return nil, wire.NewRuleError(wire.PartyA, wire.ErrAmount, "insurance payment %d", amounts.InsurancePay)
	}
	if new(big.Int).SetUint64(amounts.Fee).Cmp(feeCap) > 0 || (amounts.Fee > 0 && amounts.InsurancePay > 0) {
		v.fail(wire.PartyA, ErrLiquidationFee, "fee %d (cap %v), insurance payment %d", amounts.Fee, feeCap, amounts.InsurancePay)
	}
	afterA := base
	adj := new(big.Int).SetUint64(amounts.InsurancePay)
	adj.Sub(adj, new(big.Int).SetUint64(amounts.Fee))
	if afterA.CollateralQuantums, err = AddCollateral(wire.PartyA, afterA.CollateralQuantums, adj); err != nil {
		return nil, err
	}
	r1 := state.ComputeRisk(&afterA, &markets)
	if !state.RatioKept(r0, r1) {
		v.fail(wire.PartyA, ErrBankruptcyPrice, "account %d", a)
	}
	addInsurance(&v, wire.PartyA, &g, int64(amounts.Fee))
	if amounts.InsurancePay > 0 {
		if !state.RatioTight(r0, r1) {
			v.fail(wire.PartyA, ErrInsuranceNotLeast, "insurance payment %d", amounts.InsurancePay)
		}
		if g.InsuranceFundQuantums < int64(amounts.InsurancePay) {
			v.fail(wire.PartyA, ErrInsuranceFund, "fund %d, payment %d", g.InsuranceFundQuantums, amounts.InsurancePay)
		}
		addInsurance(&v, wire.PartyA, &g, -int64(amounts.InsurancePay))
	}
	auA, err := x.accountUpdate(a, accA, afterA)
	if err != nil {
		return nil, err
	}

	accB := afterA
	if b.AccountID != a {
		if accB, err = e.tree.Account(b.AccountID); err != nil {
			return nil, ReadFailed(err)
		}
	}
	slotB, err := e.tree.Slot(b.AccountID, b.Slot)
	if err != nil {
		return nil, ReadFailed(err)
	}
	setB, err := e.settle(&v, wire.PartyB, accB, &markets, &g)
	if err != nil {
		return nil, err
	}
	afterB, newSlotB, err := e.fill(&v, &lb, setB, slotB, m, q, quote, mk, &markets)
	if err != nil {
		return nil, err
	}
	suB, rootB, err := x.slotUpdate(b.AccountID, b.Slot, slotB, newSlotB)
	if err != nil {
		return nil, err
	}
	afterB.SlotRoot = rootB
	auB, err := x.accountUpdate(b.AccountID, accB, afterB)
	if err != nil {
		return nil, err
	}
	if g.FeePoolQuantums > math.MaxUint64-lb.fee {
		v.fail(wire.PartyB, wire.ErrFeePoolOverflow, "fee pool %d + %d", g.FeePoolQuantums, lb.fee)
	}
	g.FeePoolQuantums += lb.fee
	t := &state.TxTrace{
		Record: state.Record{Liquidate: &state.LiquidateRecord{
			Market: m, LiquidatedIsBuy: aBuys, Liquidated: a, Liquidator: b.AccountID, SizeQuantums: q, Price: p,
			LiquidationFee: amounts.Fee, LiquidatorFee: lb.fee, LiquidatorSlot: b.Slot, LiquidatorNonce: b.Nonce,
			InsurancePayQuant: amounts.InsurancePay,
		}},
		A: auA, B: auB, SlotB: suB, Maker: maker,
	}
	if v.err != nil {
		return t, v.err
	}
	x.apply(&g)
	return t, nil
}

// Deleverage closes q base quantums of bankrupt account a's position in market m against account b's opposite
// position, at the price that leaves a exactly at its bankruptcy price (the least cash RatioKept allows); it is
// allowed only when the insurance fund cannot cover a, in an active or reduce-only market. No fees are charged.
// The trace updates A, then B.
func (e *Engine) Deleverage(a, b uint32, m uint8, q uint64) (*state.TxTrace, error) {
	t, err := e.deleverage(a, b, m, q, nil)
	if err != nil {
		return t, fmt.Errorf("deleverage account %d against %d in market %d size %d: %w", a, b, m, q, err)
	}
	return t, nil
}

// DeleverageWith is Deleverage with the quote given by the caller, which the rules then check.
func (e *Engine) DeleverageWith(a, b uint32, m uint8, q, quote uint64) (*state.TxTrace, error) {
	t, err := e.deleverage(a, b, m, q, &quote)
	if err != nil {
		return t, fmt.Errorf("deleverage account %d against %d in market %d size %d: %w", a, b, m, q, err)
	}
	return t, nil
}

func (e *Engine) deleverage(a, b uint32, m uint8, q uint64, fixQuote *uint64) (_ *state.TxTrace, err error) {
	markets := e.tree.Markets()
	mk := markets.Get(m)
	if mk == nil {
		return nil, wire.NewRuleError(wire.PartyA, wire.ErrUnknownMarket, "market %d", m)
	}
	for _, c := range []error{checkAccountID(wire.PartyA, a), checkAccountID(wire.PartyB, b)} {
		if c != nil {
			return nil, c
		}
	}
	var v verdict
	x := e.begin(&v)
	defer x.close(&err)
	if mk.Status != state.MarketActive && mk.Status != state.MarketReduceOnly {
		v.fail(wire.PartyA, wire.ErrMarketNotActive, "market %d status %d", m, mk.Status)
	}
	if a == b {
		v.fail(wire.PartyB, wire.ErrSelfTrade, "account %d", a)
	}
	if q == 0 {
		v.fail(wire.PartyA, wire.ErrZeroSize, "deleverage")
	}
	if q >= uint64(state.MaxSize) {
		return nil, wire.NewRuleError(wire.PartyA, wire.ErrPositionBounds, "size %d", q)
	}
	accA, err := e.tree.Account(a)
	if err != nil {
		return nil, ReadFailed(err)
	}
	g := e.tree.Globals()
	setA, err := e.settle(&v, wire.PartyA, accA, &markets, &g)
	if err != nil {
		return nil, err
	}
	r0 := state.ComputeRisk(&setA, &markets)
	if !r0.Bankrupt() {
		v.fail(wire.PartyA, ErrNotBankrupt, "account %d", a)
	}
	var cover big.Int
	cover.Mul(big.NewInt(g.InsuranceFundQuantums), big.NewInt(state.PriceScale))
	if cover.Add(&cover, &r0.TV).Sign() >= 0 {
		v.fail(wire.PartyA, ErrInsuranceCovers, "fund %d", g.InsuranceFundQuantums)
	}
	i := setA.PositionIndex(m)
	if i < 0 {
		v.fail(wire.PartyA, ErrNoPosition, "account %d market %d", a, m)
		if i = setA.FreePositionIndex(); i < 0 {
			return nil, wire.NewRuleError(wire.PartyA, wire.ErrNoPositionSlot, "account %d", a)
		}
	}
	s0 := setA.Positions[i].SizeQuantums
	aBuys := s0 < 0
	if q > state.AbsSize(s0) {
		v.fail(wire.PartyA, ErrNotReducing, "size %d, position %d", q, s0)
	}
	sq := int64(q)
	if !aBuys {
		sq = -sq
	}
	s1 := s0 + sq // |s0|, q < 2^48
	if s1 <= -state.MaxSize || s1 >= state.MaxSize {
		return nil, wire.NewRuleError(wire.PartyA, wire.ErrPositionBounds, "size %d", s1)
	}
	base := WithSize(setA, i, m, s1, mk)
	var c *big.Int // cash A receives
	if fixQuote != nil {
		c = new(big.Int).SetUint64(*fixQuote)
		if aBuys {
			c.Neg(c)
		}
	} else {
		if r0.MMR.Sign() > 0 {
			c = LeastCash(r0, state.ComputeRisk(&base, &markets))
		} else {
			c = new(big.Int)
		}
		if (c.Sign() < 0) != aBuys && c.Sign() != 0 {
			return nil, wire.NewRuleError(wire.PartyA, ErrBankruptcyPrice, "cash %v on the wrong side", c)
		}
	}
	qabs := new(big.Int).Abs(c)
	if !qabs.IsUint64() {
		return nil, wire.NewRuleError(wire.PartyA, wire.ErrCollateralBounds, "quote %v", c)
	}
	quote := qabs.Uint64()
	afterA := base
	if afterA.CollateralQuantums, err = AddCollateral(wire.PartyA, afterA.CollateralQuantums, c); err != nil {
		return nil, err
	}
	r1 := state.ComputeRisk(&afterA, &markets)
	if !state.RatioKept(r0, r1) {
		v.fail(wire.PartyA, ErrBankruptcyPrice, "account %d", a)
	} else if !state.RatioTight(r0, r1) {
		v.fail(wire.PartyA, ErrInsuranceNotLeast, "deleveraging cash %v", c)
	}
	auA, err := x.accountUpdate(a, accA, afterA)
	if err != nil {
		return nil, err
	}

	accB := afterA
	if b != a {
		if accB, err = e.tree.Account(b); err != nil {
			return nil, ReadFailed(err)
		}
	}
	setB, err := e.settle(&v, wire.PartyB, accB, &markets, &g)
	if err != nil {
		return nil, err
	}
	j := setB.PositionIndex(m)
	if j < 0 {
		v.fail(wire.PartyB, ErrNoOppositePosition, "account %d market %d", b, m)
		if j = setB.FreePositionIndex(); j < 0 {
			return nil, wire.NewRuleError(wire.PartyB, wire.ErrNoPositionSlot, "account %d", b)
		}
	}
	sb0 := setB.Positions[j].SizeQuantums
	if (aBuys && sb0 <= 0) || (!aBuys && sb0 >= 0) || q > state.AbsSize(sb0) {
		v.fail(wire.PartyB, ErrNoOppositePosition, "account %d size %d", b, sb0)
	}
	sb1 := sb0 - sq
	if sb1 <= -state.MaxSize || sb1 >= state.MaxSize {
		return nil, wire.NewRuleError(wire.PartyB, wire.ErrPositionBounds, "size %d", sb1)
	}
	afterB := WithSize(setB, j, m, sb1, mk)
	if afterB.CollateralQuantums, err = AddCollateral(wire.PartyB, afterB.CollateralQuantums, new(big.Int).Neg(c)); err != nil {
		return nil, err
	}
	auB, err := x.accountUpdate(b, accB, afterB)
	if err != nil {
		return nil, err
	}
	t := &state.TxTrace{
		Record: state.Record{Deleverage: &state.DeleverageRecord{
			Market: m, DeleveragedIsBuy: aBuys, Deleveraged: a, Counterparty: b, SizeQuantums: q, QuoteQuantums: quote,
		}},
		A: auA, B: auB,
	}
	if v.err != nil {
		return t, v.err
	}
	x.apply(&g)
	return t, nil
}

// UpdateMarkets applies a batch's market update (docs/PROTOCOL.md §5) at the engine's batch time: it checks the
// oracle reports against cfg, applies the record's prices and, when a funding tick is due, its rates, and
// writes the markets table and the globals (last funding time). u.Tick must say whether the tick happens. On
// error the tree is unchanged.
func (e *Engine) UpdateMarkets(cfg *state.Config, u *state.MarketUpdate) error {
	markets := e.tree.Markets()
	g := e.tree.Globals()
	if err := state.CheckOracleReports(cfg, &markets, e.batchTime, &u.Record, u.Reports, sigverify.VerifyReport); err != nil {
		return wire.NewRuleError(wire.PartyNone, ErrMarketUpdate, "%v", err)
	}
	next := markets
	tick, err := state.ApplyMarketRecord(cfg, &next, &g, e.batchTime, &u.Record)
	if err != nil {
		return wire.NewRuleError(wire.PartyNone, ErrMarketUpdate, "%v", err)
	}
	if tick != u.Tick {
		return wire.NewRuleError(wire.PartyNone, ErrMarketUpdate, "tick %v, update says %v", tick, u.Tick)
	}
	if err := e.tree.SetMarkets(next); err != nil {
		return wire.NewRuleError(wire.PartyNone, ErrMarketUpdate, "%v", err)
	}
	e.tree.SetGlobals(g)
	return nil
}

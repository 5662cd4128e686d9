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
// reaches it. ok is false when that payment is not below state.MaxInsurancePay (2^48, the compact record's width). r0.MMR must be positive.
func ChooseLiquidationAmounts(r0, rb *state.Risk, feeCap *big.Int) (a LiquidationAmounts, ok bool) {
	x := LeastCash(r0, rb)
	if x.Sign() > 0 {
		return LiquidationAmounts{InsurancePay: x.Uint64()}, x.IsUint64() && x.Uint64() < state.MaxInsurancePay
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

// transfer applies the steps of docs/PROTOCOL.md §5 "Transfer": beginDebit, the message's bounds,
// checkSignature, the amount, distinct accounts and the slot rule (checkConsume); then debitSigner for the sender,
// payFees, and creditReceiver.
func (e *Engine) transfer(st *state.SignedTransfer) (_ *state.TxTrace, err error) {
	m := &st.Msg
	d, err := e.beginDebit(firstErr(checkAccountID(wire.PartyA, m.FromAccount), checkAccountID(wire.PartyB, m.ToAccount),
		checkSlotID(wire.PartyA, m.Slot), checkAmount(m.AmountQuantums)), m.FromAccount, &m.Slot)
	if err != nil {
		return nil, err
	}
	defer d.x.close(&err)
	v := &d.v
	if m.ExpirySeconds >= state.MaxExpirySeconds {
		v.fail(wire.PartyA, wire.ErrMessageField, "expiry %d ≥ 2^40", m.ExpirySeconds)
	}
	if m.MarginMode > state.MarketCount {
		v.fail(wire.PartyA, wire.ErrMarginMode, "mode %d", m.MarginMode)
	}
	e.checkSignature(v, wire.PartyA, d.before.PubKey, m.Hash(), &st.Sig, "transfer")
	checkNonZero(v, m.AmountQuantums)
	if m.FromAccount == m.ToAccount {
		v.fail(wire.PartyB, wire.ErrSelfTransfer, "account %d", m.FromAccount)
	}
	e.checkConsume(v, m.Slot, m.Nonce, d.slot, m.ExpirySeconds)
	sender, err := e.debitSigner(d, m.Slot, m.Nonce, m.AmountQuantums+state.TransferFeeQuantums, "transferring")
	if err != nil {
		return nil, err
	}
	payFees(v, wire.PartyA, &d.g, state.TransferFeeQuantums)
	auB, err := e.creditReceiver(d, m, sender.au)
	if err != nil {
		return nil, err
	}
	t := &state.TxTrace{
		Record: state.Record{Transfer: &state.TransferRecord{
			FromAccount: m.FromAccount, ToAccount: m.ToAccount, AmountQuantums: m.AmountQuantums,
			Slot: m.Slot, Nonce: m.Nonce, MarginMode: m.MarginMode,
		}},
		A: sender.au, B: auB, SlotA: sender.su, Transfer: st,
	}
	return d.x.finish(t, &d.g)
}

// creditReceiver settles a transfer's receiver (as the sender's update auA left it when they are the same
// account), creates it when empty (createReceiver), credits the amount and builds its update (docs/PROTOCOL.md
// §5 "Transfer": to: collateral += amount).
func (e *Engine) creditReceiver(d *debitTx, m *state.TransferMsg, auA *state.AccountUpdate) (*state.AccountUpdate, error) {
	accB, err := e.readAccount(m.ToAccount, auA)
	if err != nil {
		return nil, err
	}
	afterB, err := e.settle(&d.v, wire.PartyB, accB, &d.markets, &d.g)
	if err != nil {
		return nil, err
	}
	if accB.IsEmpty() {
		createReceiver(&d.v, m, &d.before, &afterB)
	}
	if afterB.CollateralQuantums, err = AddCollateral(wire.PartyB, afterB.CollateralQuantums, new(big.Int).SetUint64(m.AmountQuantums)); err != nil {
		return nil, err
	}
	return d.x.accountUpdate(m.ToAccount, accB, afterB)
}

// createReceiver makes the empty receiver of transfer m an account of the sender's key and L1 address with the
// signed margin mode, and records on v a receiver id below L2AccountBase (docs/PROTOCOL.md §5 "Transfer"); the
// circuit's step of the same name checks it.
func createReceiver(v *verdict, m *state.TransferMsg, sender, receiver *state.Account) {
	if m.ToAccount < state.L2AccountBase {
		v.fail(wire.PartyB, wire.ErrTransferTarget, "account %d < %d", m.ToAccount, state.L2AccountBase)
	}
	receiver.PubKey, receiver.L1Address, receiver.MarginMode = sender.PubKey, sender.L1Address, uint16(m.MarginMode)
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

// liquidate applies the steps of docs/PROTOCOL.md §5 "Liquidate": checkLiquidatorOrder (with exactQuote and
// chargeFees), liquidateAccount for A, then fillLeg for the liquidator and payFees.
func (e *Engine) liquidate(cfg *state.Config, a uint32, maker *state.SignedOrder, q uint64, fix *LiquidationAmounts) (_ *state.TxTrace, err error) {
	b := &maker.Msg
	markets := e.tree.Markets()
	mk, err := marketOf(wire.PartyB, &markets, b.Market)
	if err != nil {
		return nil, err
	}
	if err := firstErr(checkAccountID(wire.PartyA, a), checkAccountID(wire.PartyB, b.AccountID), checkSlotID(wire.PartyB, b.Slot)); err != nil {
		return nil, err
	}
	var v verdict
	x := e.begin(&v)
	defer x.close(&err)
	lb := leg{party: wire.PartyB, order: maker, rate: mk.MakerFeePpm}
	quote, err := e.checkLiquidatorOrder(&v, a, &lb, q, mk)
	if err != nil {
		return nil, err
	}
	g := e.tree.Globals()
	d := &deal{m: b.Market, mk: mk, q: q, quote: quote, markets: &markets, g: &g}
	la, err := e.liquidateAccount(x, cfg, a, &lb, d, fix)
	if err != nil {
		return nil, err
	}
	if err := e.fillLeg(x, &lb, d, la.au, nil); err != nil {
		return nil, err
	}
	payFees(&v, wire.PartyB, &g, lb.fee)
	t := &state.TxTrace{
		Record: state.Record{Liquidate: &state.LiquidateRecord{
			Market: b.Market, LiquidatedIsBuy: la.buys, Liquidated: a, Liquidator: b.AccountID, SizeQuantums: q, Price: b.LimitPrice,
			LiquidationFee: la.amounts.Fee, LiquidatorFee: lb.fee, LiquidatorFeePpm: lb.rate, LiquidatorSlot: b.Slot, LiquidatorNonce: b.Nonce,
			InsurancePayQuant: la.amounts.InsurancePay,
		}},
		A: la.au, B: lb.au, SlotB: lb.su, Maker: maker,
	}
	return x.finish(t, &g)
}

// checkLiquidatorOrder records on v the rules of docs/PROTOCOL.md §5 "Liquidate" on the liquidator's order, a
// maker's, before any account is read: a live market, distinct accounts, the order's own rules (checkOrder),
// the fill size, the exact quote (exactQuote) and its fee cap (chargeFees). It returns the quote.
func (e *Engine) checkLiquidatorOrder(v *verdict, a uint32, lb *leg, q uint64, mk *state.Market) (uint64, error) {
	b := &lb.order.Msg
	checkMarketLive(v, b.Market, mk)
	if a == b.AccountID {
		v.fail(wire.PartyB, wire.ErrSelfTrade, "account %d", a)
	}
	e.checkOrder(v, wire.PartyB, b, mk)
	checkFillSize(v, q, mk)
	quote, err := exactQuote(v, q, b.LimitPrice)
	if err != nil {
		return 0, err
	}
	return quote, chargeFees(v, quote, lb)
}

// liquidated is the liquidated account's part of a liquidation: its side, its fee and insurance payment, and
// its update.
type liquidated struct {
	buys    bool
	amounts LiquidationAmounts
	au      *state.AccountUpdate
}

// liquidateAccount applies the steps of docs/PROTOCOL.md §5 "Liquidate" to the liquidated account a: settle,
// liquidatable before, a position that reduces against the liquidator's side (reducedPosition, checkReduces),
// closeLiquidated, chargeLiquidationFee, no worse than its bankruptcy price (RatioKept) and payInsurance; then
// it builds A's update in transition x and sets the liquidator's side in lb.
func (e *Engine) liquidateAccount(x *txn, cfg *state.Config, a uint32, lb *leg, d *deal, fix *LiquidationAmounts) (liquidated, error) {
	v := x.v
	accA, err := e.readAccount(a, nil)
	if err != nil {
		return liquidated{}, err
	}
	setA, err := e.settle(v, wire.PartyA, accA, d.markets, d.g)
	if err != nil {
		return liquidated{}, err
	}
	r0 := state.ComputeRisk(&setA, d.markets)
	if !r0.Liquidatable() {
		v.fail(wire.PartyA, ErrNotLiquidatable, "account %d", a)
	}
	i, s0, err := reducedPosition(v, wire.PartyA, ErrNoPosition, &setA, a, d.m)
	if err != nil {
		return liquidated{}, err
	}
	la := liquidated{buys: s0 < 0}
	lb.isBuy = !la.buys
	if lb.order.Msg.IsBuy != lb.isBuy {
		v.fail(wire.PartyB, wire.ErrSameSide, "liquidator order buys: %v", lb.order.Msg.IsBuy)
	}
	checkReduces(v, d.q, s0)
	base, err := closeLiquidated(setA, i, s0, la.buys, d)
	if err != nil {
		return liquidated{}, err
	}
	if la.amounts, err = chargeLiquidationFee(v, cfg, fix, r0, &base, d); err != nil {
		return liquidated{}, err
	}
	afterA := base
	adj := new(big.Int).SetUint64(la.amounts.InsurancePay)
	adj.Sub(adj, new(big.Int).SetUint64(la.amounts.Fee))
	if afterA.CollateralQuantums, err = AddCollateral(wire.PartyA, afterA.CollateralQuantums, adj); err != nil {
		return liquidated{}, err
	}
	r1 := state.ComputeRisk(&afterA, d.markets)
	if !state.RatioKept(r0, r1) {
		v.fail(wire.PartyA, ErrBankruptcyPrice, "account %d", a)
	}
	payInsurance(v, d.g, la.amounts, r0, r1)
	la.au, err = x.accountUpdate(a, accA, afterA)
	return la, err
}

// reducedPosition returns the index and size of account id's position in market m, the one a liquidation or a
// deleveraging reduces, and records on v (party p, sentinel) an account that holds none; it then uses the
// first free position slot, and an account without one cannot be represented (nil trace).
func reducedPosition(v *verdict, p wire.Party, sentinel error, acc *state.Account, id uint32, m uint8) (int, int64, error) {
	i := acc.PositionIndex(m)
	if i < 0 {
		v.fail(p, sentinel, "account %d market %d", id, m)
		if i = acc.FreePositionIndex(); i < 0 {
			return 0, 0, wire.NewRuleError(p, wire.ErrNoPositionSlot, "account %d", id)
		}
	}
	return i, acc.Positions[i].SizeQuantums, nil
}

// checkReduces records on v a size q that would flip or exceed position s0 (docs/PROTOCOL.md §5 "Liquidate",
// "Deleverage": reducing's size conditions).
func checkReduces(v *verdict, q uint64, s0 int64) {
	if q > state.AbsSize(s0) {
		v.fail(wire.PartyA, ErrNotReducing, "size %d, position %d", q, s0)
	}
}

// closeLiquidated returns the settled liquidated account acc after its trade of d.q at d.quote against the
// liquidator, before its fee and insurance payment: position i goes from s0 toward 0 (buys when short) and the
// quote moves its collateral. A size or collateral out of bounds cannot be represented (nil trace).
func closeLiquidated(acc state.Account, i int, s0 int64, buys bool, d *deal) (state.Account, error) {
	s1 := new(big.Int).SetInt64(s0)
	cash := new(big.Int).SetUint64(d.quote)
	if buys {
		s1.Add(s1, new(big.Int).SetUint64(d.q))
		cash.Neg(cash)
	} else {
		s1.Sub(s1, new(big.Int).SetUint64(d.q))
	}
	if !s1.IsInt64() || s1.Int64() <= -state.MaxSize || s1.Int64() >= state.MaxSize {
		return acc, wire.NewRuleError(wire.PartyA, wire.ErrPositionBounds, "size %v", s1)
	}
	base := WithSize(acc, i, d.m, s1.Int64(), d.mk)
	var err error
	base.CollateralQuantums, err = AddCollateral(wire.PartyA, base.CollateralQuantums, cash)
	return base, err
}

// chargeLiquidationFee returns the liquidation's fee and insurance payment, fix or, when fix is nil, those the
// engine chooses (ChooseLiquidationAmounts) for the account whose risk was r0 and is base after its trade, and
// records on v a fee above its cap ⌈quote · liquidationFeePpm / 10^6⌉ or a fee with a payment (docs/PROTOCOL.md
// §5 "Liquidate"). A fee ≥ 2^48 or a payment ≥ 2^56 cannot be represented (nil trace).
func chargeLiquidationFee(v *verdict, cfg *state.Config, fix *LiquidationAmounts, r0 *state.Risk, base *state.Account, d *deal) (LiquidationAmounts, error) {
	var amounts LiquidationAmounts
	feeCap := CeilPpm(d.quote, cfg.LiquidationFeePpm)
	if fix != nil {
		amounts = *fix
	} else if r0.MMR.Sign() > 0 {
		var ok bool
		if amounts, ok = ChooseLiquidationAmounts(r0, state.ComputeRisk(base, d.markets), feeCap); !ok {
			return amounts, wire.NewRuleError(wire.PartyA, wire.ErrAmount, "insurance payment not below 2^%d", state.InsurancePayBits)
		}
	}
	if amounts.Fee > 1<<48-1 {
		return amounts, wire.NewRuleError(wire.PartyA, wire.ErrFeeBounds, "liquidation fee %d", amounts.Fee)
	}
	if amounts.InsurancePay >= state.MaxInsurancePay {
		return amounts, wire.NewRuleError(wire.PartyA, wire.ErrAmount, "insurance payment %d", amounts.InsurancePay)
	}
	if new(big.Int).SetUint64(amounts.Fee).Cmp(feeCap) > 0 || (amounts.Fee > 0 && amounts.InsurancePay > 0) {
		v.fail(wire.PartyA, ErrLiquidationFee, "fee %d (cap %v), insurance payment %d", amounts.Fee, feeCap, amounts.InsurancePay)
	}
	return amounts, nil
}

// payInsurance moves a liquidation's fee into the insurance fund in g and its payment out of it, and records on
// v a payment that is not the least (RatioTight, from r0 before to r1 after) or that the fund cannot pay
// (docs/PROTOCOL.md §5 "Liquidate"); the circuit's step of the same name moves the fund.
func payInsurance(v *verdict, g *state.Globals, amounts LiquidationAmounts, r0, r1 *state.Risk) {
	addInsurance(v, wire.PartyA, g, int64(amounts.Fee))
	if amounts.InsurancePay == 0 {
		return
	}
	if !state.RatioTight(r0, r1) {
		v.fail(wire.PartyA, ErrInsuranceNotLeast, "insurance payment %d", amounts.InsurancePay)
	}
	if g.InsuranceFundQuantums < int64(amounts.InsurancePay) {
		v.fail(wire.PartyA, ErrInsuranceFund, "fund %d, payment %d", g.InsuranceFundQuantums, amounts.InsurancePay)
	}
	addInsurance(v, wire.PartyA, g, -int64(amounts.InsurancePay))
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

// deleverage applies the steps of docs/PROTOCOL.md §5 "Deleverage": the terms (a live market, distinct accounts,
// 0 < q < 2^48), deleverageAccount for A, then deleverageCounterparty for B.
func (e *Engine) deleverage(a, b uint32, m uint8, q uint64, fixQuote *uint64) (_ *state.TxTrace, err error) {
	markets := e.tree.Markets()
	mk, err := marketOf(wire.PartyA, &markets, m)
	if err != nil {
		return nil, err
	}
	if err := firstErr(checkAccountID(wire.PartyA, a), checkAccountID(wire.PartyB, b)); err != nil {
		return nil, err
	}
	var v verdict
	x := e.begin(&v)
	defer x.close(&err)
	checkMarketLive(&v, m, mk)
	if a == b {
		v.fail(wire.PartyB, wire.ErrSelfTrade, "account %d", a)
	}
	if q == 0 {
		v.fail(wire.PartyA, wire.ErrZeroSize, "deleverage")
	}
	if q >= uint64(state.MaxSize) {
		return nil, wire.NewRuleError(wire.PartyA, wire.ErrPositionBounds, "size %d", q)
	}
	g := e.tree.Globals()
	d := &deal{m: m, mk: mk, q: q, markets: &markets, g: &g}
	da, err := e.deleverageAccount(x, a, d, fixQuote)
	if err != nil {
		return nil, err
	}
	auB, err := e.deleverageCounterparty(x, b, &da, d)
	if err != nil {
		return nil, err
	}
	t := &state.TxTrace{
		Record: state.Record{Deleverage: &state.DeleverageRecord{
			Market: m, DeleveragedIsBuy: da.buys, Deleveraged: a, Counterparty: b, SizeQuantums: q, QuoteQuantums: da.quote,
		}},
		A: da.au, B: auB,
	}
	return x.finish(t, &g)
}

// deleveraged is the bankrupt account's part of a deleveraging: its side, its signed size change sq, the cash
// it receives and its absolute value (the quote), and its update.
type deleveraged struct {
	buys  bool
	sq    int64
	cash  *big.Int
	quote uint64
	au    *state.AccountUpdate
}

// deleverageAccount applies the steps of docs/PROTOCOL.md §5 "Deleverage" to the bankrupt account a: settle,
// checkBankrupt, a position that reduces (reducedPosition, checkReduces), the bankruptcy cash
// (bankruptcyCash), and the least cash that keeps it at its bankruptcy price (RatioKept and RatioTight); then it
// builds A's update in transition x.
func (e *Engine) deleverageAccount(x *txn, a uint32, d *deal, fixQuote *uint64) (deleveraged, error) {
	v := x.v
	accA, err := e.readAccount(a, nil)
	if err != nil {
		return deleveraged{}, err
	}
	setA, err := e.settle(v, wire.PartyA, accA, d.markets, d.g)
	if err != nil {
		return deleveraged{}, err
	}
	r0 := state.ComputeRisk(&setA, d.markets)
	checkBankrupt(v, a, r0, d.g)
	i, s0, err := reducedPosition(v, wire.PartyA, ErrNoPosition, &setA, a, d.m)
	if err != nil {
		return deleveraged{}, err
	}
	da := deleveraged{buys: s0 < 0, sq: int64(d.q)}
	checkReduces(v, d.q, s0)
	if !da.buys {
		da.sq = -da.sq
	}
	s1 := s0 + da.sq // |s0|, q < 2^48
	if s1 <= -state.MaxSize || s1 >= state.MaxSize {
		return deleveraged{}, wire.NewRuleError(wire.PartyA, wire.ErrPositionBounds, "size %d", s1)
	}
	afterA := WithSize(setA, i, d.m, s1, d.mk)
	if da.cash, da.quote, err = bankruptcyCash(fixQuote, r0, &afterA, da.buys, d.markets); err != nil {
		return deleveraged{}, err
	}
	if afterA.CollateralQuantums, err = AddCollateral(wire.PartyA, afterA.CollateralQuantums, da.cash); err != nil {
		return deleveraged{}, err
	}
	r1 := state.ComputeRisk(&afterA, d.markets)
	if !state.RatioKept(r0, r1) {
		v.fail(wire.PartyA, ErrBankruptcyPrice, "account %d", a)
	} else if !state.RatioTight(r0, r1) {
		v.fail(wire.PartyA, ErrInsuranceNotLeast, "deleveraging cash %v", da.cash)
	}
	da.au, err = x.accountUpdate(a, accA, afterA)
	return da, err
}

// checkBankrupt records on v an account a, of risk r0 after its settlement, that is not bankrupt or that the
// insurance fund in g covers (docs/PROTOCOL.md §5 "Deleverage": TVs0 < 0 and insuranceFund · S + TVs0 < 0).
func checkBankrupt(v *verdict, a uint32, r0 *state.Risk, g *state.Globals) {
	if !r0.Bankrupt() {
		v.fail(wire.PartyA, ErrNotBankrupt, "account %d", a)
	}
	var cover big.Int
	cover.Mul(big.NewInt(g.InsuranceFundQuantums), big.NewInt(state.PriceScale))
	if cover.Add(&cover, &r0.TV).Sign() >= 0 {
		v.fail(wire.PartyA, ErrInsuranceCovers, "fund %d", g.InsuranceFundQuantums)
	}
}

// bankruptcyCash returns the cash a deleveraged account receives, and its absolute value: -quote or +quote
// from fixQuote (A buys or sells) when it is given, else the least cash that keeps the account, of risk r0
// before and base after its trade without cash, at its bankruptcy price (LeastCash). Chosen cash on the wrong
// side of the trade, or a quote past 2^64, cannot be represented (nil trace).
func bankruptcyCash(fixQuote *uint64, r0 *state.Risk, base *state.Account, buys bool, markets *state.Markets) (*big.Int, uint64, error) {
	var c *big.Int
	if fixQuote != nil {
		c = new(big.Int).SetUint64(*fixQuote)
		if buys {
			c.Neg(c)
		}
	} else {
		if r0.MMR.Sign() > 0 {
			c = LeastCash(r0, state.ComputeRisk(base, markets))
		} else {
			c = new(big.Int)
		}
		if (c.Sign() < 0) != buys && c.Sign() != 0 {
			return nil, 0, wire.NewRuleError(wire.PartyA, ErrBankruptcyPrice, "cash %v on the wrong side", c)
		}
	}
	qabs := new(big.Int).Abs(c)
	if !qabs.IsUint64() {
		return nil, 0, wire.NewRuleError(wire.PartyA, wire.ErrCollateralBounds, "quote %v", c)
	}
	return c, qabs.Uint64(), nil
}

// deleverageCounterparty applies the steps of docs/PROTOCOL.md §5 "Deleverage" to the counterparty b (as A's
// update left it when they are the same account): settle, an opposite position of at least q
// (reducedPosition), the opposite trade and the opposite cash; then it builds B's update in transition x.
func (e *Engine) deleverageCounterparty(x *txn, b uint32, da *deleveraged, d *deal) (*state.AccountUpdate, error) {
	v := x.v
	accB, err := e.readAccount(b, da.au)
	if err != nil {
		return nil, err
	}
	setB, err := e.settle(v, wire.PartyB, accB, d.markets, d.g)
	if err != nil {
		return nil, err
	}
	j, sb0, err := reducedPosition(v, wire.PartyB, ErrNoOppositePosition, &setB, b, d.m)
	if err != nil {
		return nil, err
	}
	if (da.buys && sb0 <= 0) || (!da.buys && sb0 >= 0) || d.q > state.AbsSize(sb0) {
		v.fail(wire.PartyB, ErrNoOppositePosition, "account %d size %d", b, sb0)
	}
	sb1 := sb0 - da.sq
	if sb1 <= -state.MaxSize || sb1 >= state.MaxSize {
		return nil, wire.NewRuleError(wire.PartyB, wire.ErrPositionBounds, "size %d", sb1)
	}
	afterB := WithSize(setB, j, d.m, sb1, d.mk)
	if afterB.CollateralQuantums, err = AddCollateral(wire.PartyB, afterB.CollateralQuantums, new(big.Int).Neg(da.cash)); err != nil {
		return nil, err
	}
	return x.accountUpdate(b, accB, afterB)
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

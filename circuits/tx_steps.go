package circuits

import (
	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/state"
)

// slotTx is what the steps of one slot share: its witness, its type flags, and the values each step computes
// for the later ones, in the order tx runs them.
type slotTx struct {
	t *TxVars
	f txFlags
	// isTL: a trade or a liquidation (a maker order at its limit price); isAmount: a deposit, withdrawal or
	// forced withdrawal.
	isTL, isAmount frontend.Variable
	// idA, idB, slotA, slotB are the bit decompositions of the account ids and the slot indices.
	idA, idB, slotA, slotB []frontend.Variable

	hm                     []frontend.Variable // the traded market, one-hot
	mkt                    marketSel
	isActive, isReduceOnly frontend.Variable

	leafA0, leafB0 frontend.Variable
	sA, sB         *settled

	buy, makerBuy frontend.Variable // A's side, B's side
	q, p, sgn     frontend.Variable // the fill, the price, +1 when A buys and −1 when it sells
	quote         frontend.Variable
	isoA, isoB    frontend.Variable // the margin modes allow the market
	emptyLeaf     frontend.Variable
	owned         frontend.Variable // a deposit to an existing leaf

	slotRootA, slotRootB frontend.Variable
	sideA, sideB         sideOut
	marketOK             frontend.Variable

	// quoteA is A's quote cash; cashTentA, cashTentB each side's tentative cash (docs/PROTOCOL.md §5 "Forced
	// withdrawal", "Forced trade": the rules run as if it applied).
	quoteA, cashTentA, cashTentB frontend.Variable
	tvA1, mmrA1                  frontend.Variable
	healthyA, crossA             frontend.Variable
	healthyB, crossB             frontend.Variable
	forcedValid, tradeValid      frontend.Variable
	undoFT                       frontend.Variable
	collA, collB                 frontend.Variable
	insA0, insA1                 frontend.Variable
	create                       frontend.Variable // a transfer creates B
}

// beginTx reads slot t's type flags (flags) and decomposes its account ids and slot indices into bits.
func (b *builder) beginTx(t *TxVars) *slotTx {
	api := b.api
	c := &slotTx{t: t, f: b.flags(t)}
	c.isTL = c.f.signB // trade or liquidate: a maker order at its limit price
	c.isAmount = api.Add(c.f.dep, c.f.w, c.f.fw)
	c.idA = api.ToBinary(t.A.ID, accountDepth)
	c.idB = api.ToBinary(t.B.ID, accountDepth)
	c.slotA = api.ToBinary(t.SlotA.Slot, slotDepth)
	c.slotB = api.ToBinary(t.SlotB.Slot, slotDepth)
	return c
}

// checkBounds range checks both messages, A's limit price, the margin mode and the side (docs/PROTOCOL.md §5
// "Common bounds").
func (b *builder) checkBounds(c *slotTx) {
	t := c.t
	b.checkMessage(&t.MsgA)
	b.checkMessage(&t.MsgB)
	b.check(t.MsgA.LimitPrice, priceBits)
	b.checkAtMost(t.MarginMode, marketCount, marketBits)
	b.api.AssertIsBoolean(t.TakerIsBuy)
}

// readMarket selects the slot's market row from table mk and its status.
func (b *builder) readMarket(c *slotTx, mk *marketTable) {
	api := b.api
	c.hm = b.oneHot(c.t.Market, marketCount+1)
	c.mkt = b.selectMarket(c.hm, mk)
	c.isActive = api.IsZero(api.Sub(c.mkt.status, state.MarketActive))
	c.isReduceOnly = api.IsZero(api.Sub(c.mkt.status, state.MarketReduceOnly))
}

// settleAccounts hashes both leaves before the slot and settles each account the slot updates (docs/PROTOCOL.md
// §5 "Settlement", the gadget settle; the engine's step of the same name).
func (b *builder) settleAccounts(c *slotTx, mk *marketTable) {
	t := c.t
	wA0 := b.accountWords(&t.A.Before)
	wB0 := b.accountWords(&t.B.Before)
	c.leafA0 = b.leafHash(t.A.Before.PubKeyX, t.A.Before.PubKeyY, wA0, t.A.Before.SlotRoot)
	c.leafB0 = b.leafHash(t.B.Before.PubKeyX, t.B.Before.PubKeyY, wB0, t.B.Before.SlotRoot)
	c.sA = b.settle(c.f.activeA, &t.A.Before, mk)
	c.sB = b.settle(c.f.activeB, &t.B.Before, mk)
}

// checkSignatures hashes A's signed message (an order, a withdrawal or a transfer) and B's order, and checks each
// one's signature (checkSignature).
func (b *builder) checkSignatures(c *slotTx) error {
	api, t, f := b.api, c.t, c.f
	isW, isT := f.w, f.transfer
	c.buy = t.TakerIsBuy
	c.makerBuy = api.Sub(1, c.buy)
	o1A, o2A := b.orderWords(t.A.ID, t.Market, c.buy, t.SlotA.Slot, &t.MsgA)
	w1, w2 := b.withdrawalWords(t.A.ID, t.SlotA.Slot, t.MsgA.Nonce, t.MsgA.Expiry, t.Amount, t.L1Address)
	t1, t2 := b.transferWords(t.A.ID, t.B.ID, t.SlotA.Slot, t.MsgA.Nonce, t.MsgA.Expiry, t.Amount, t.MarginMode)
	tagA := api.Add(state.DomainOrder, api.Mul(isW, state.DomainWithdrawal-state.DomainOrder),
		api.Mul(isT, state.DomainTransfer-state.DomainOrder))
	x1 := api.Add(o1A, api.Mul(isW, api.Sub(w1, o1A)), api.Mul(isT, api.Sub(t1, o1A)))
	x2 := api.Add(o2A, api.Mul(isW, api.Sub(w2, o2A)), api.Mul(isT, api.Sub(t2, o2A)))
	msgA := b.hash(tagA, x1, x2)
	o1B, o2B := b.orderWords(t.B.ID, t.Market, c.makerBuy, t.SlotB.Slot, &t.MsgB)
	msgB := b.hash(state.DomainOrder, o1B, o2B)
	if err := b.checkSignature(f.signA, &t.A.Before, msgA, t.SigA); err != nil {
		return err
	}
	return b.checkSignature(f.signB, &t.B.Before, msgB, t.SigB)
}

// checkSignature asserts, when signs is 1, that the account's key signed msg (docs/PROTOCOL.md §5: every
// signed message is signed by its account's key; the engine's step of the same name). When signs is 0 it checks
// DummySignature of DummyMessage under the development key instead, so that every slot verifies one signature.
func (b *builder) checkSignature(signs frontend.Variable, acc *AccountVars, msg frontend.Variable, sig SignatureVars) error {
	dev := DevPubKey()
	devX, devY := state.BigOf(dev.X), state.BigOf(dev.Y)
	return b.verifySig(b.pick(signs, acc.PubKeyX, devX), b.pick(signs, acc.PubKeyY, devY), b.pick(signs, msg, DummyMessage), sig)
}

// checkTradeTerms asserts the rules of docs/PROTOCOL.md §5 "Trade" on the fill and the orders, shared by the
// maker order of a liquidation and, for its size and price, by a forced trade: 0 < q < 2^48 (0 < p < 2^48 for a
// forced trade), q and both sizes on the market's step, both limit prices on its tick, and the maker's price
// crossing the taker's limit (the engine's step of the same name).
func (b *builder) checkTradeTerms(c *slotTx) {
	api, t, f := b.api, c.t, c.f
	c.q, c.p = t.FillSize, t.MsgB.LimitPrice
	c.sgn = api.Sub(api.Mul(c.buy, 2), 1) // +1 when A buys
	b.checkWhen(api.Add(f.moves, f.ft), api.Sub(c.q, 1), sizeBits)
	b.checkWhen(f.ft, api.Sub(c.p, 1), priceBits)
	b.dividesWhen(c.isTL, c.mkt.step, c.q, sizeBits)
	b.dividesWhen(f.trade, c.mkt.step, t.MsgA.Size, sizeBits)
	b.dividesWhen(c.isTL, c.mkt.step, t.MsgB.Size, sizeBits)
	b.dividesWhen(f.trade, c.mkt.tick, t.MsgA.LimitPrice, priceBits)
	b.dividesWhen(c.isTL, c.mkt.tick, c.p, priceBits)
	b.checkWhen(f.trade, api.Mul(c.sgn, api.Sub(t.MsgA.LimitPrice, c.p)), priceBits)
}

// exactQuote computes quote = q · p / S, asserting it exact for a trade, a liquidation and a forced trade
// (docs/PROTOCOL.md §5 "Trade"; the engine's step of the same name); a deleveraging's quote is its witness.
func (b *builder) exactQuote(c *slotTx) error {
	api := b.api
	qp := api.Mul(c.q, c.p)
	quoteOut, err := api.Compiler().NewHint(quotientHint, 1, priceScale, qp)
	if err != nil {
		return err
	}
	b.check(quoteOut[0], quoteBits)
	b.zeroWhen(api.Add(c.isTL, c.f.ft), api.Sub(api.Mul(quoteOut[0], priceScale), qp))
	c.quote = b.pick(c.f.del, c.t.Quote, quoteOut[0])
	return nil
}

// chargeFees asserts each fee's cap (docs/PROTOCOL.md §5 "Trade": fee · 10^6 < quote · maxFeePpm + 10^6; the
// engine's step of the same name): A's cap is the taker's signed maxFeePpm, or the configuration's liquidation
// fee liqFeePpm for a liquidation ("Liquidate"), B's the maker's.
func (b *builder) chargeFees(c *slotTx, liqFeePpm frontend.Variable) {
	api, t, f := b.api, c.t, c.f
	capA := api.Add(api.Mul(f.trade, t.MsgA.MaxFeePpm), api.Mul(f.liq, liqFeePpm))
	b.checkWhen(c.isTL, api.Sub(api.Add(api.Mul(c.quote, capA), ppmScale-1), api.Mul(t.TakerFee, ppmScale)), feeCapBits)
	b.checkWhen(c.isTL, api.Sub(api.Add(api.Mul(c.quote, t.MsgB.MaxFeePpm), ppmScale-1), api.Mul(t.MakerFee, ppmScale)), feeCapBits)
	// The compact record carries the rates, not the fees (docs/PROTOCOL.md §6.1): each fee is the rate's.
	b.check(t.TakerFee, feeBits)
	b.check(t.MakerFee, feeBits)
	b.feeAtRate(c.f.trade, c.quote, t.TakerFeePpm, t.TakerFee)
	b.feeAtRate(c.isTL, c.quote, t.MakerFeePpm, t.MakerFee)
	// A rate no fee uses is 0 (a liquidation has no taker rate), so every witness field is bound.
	b.zeroWhen(api.Sub(1, c.f.trade), t.TakerFeePpm)
	b.zeroWhen(api.Sub(1, c.isTL), t.MakerFeePpm)
}

// feeAtRate asserts fee = ceil(quote · ratePpm / 10^6) when cond is 1: 0 ≤ fee · 10^6 − quote · ratePpm < 10^6,
// the sequencer's CeilPpm and state.TradeFee. fee < 2^48 and ratePpm < 2^15 are range checked by the caller.
func (b *builder) feeAtRate(cond, quote, ratePpm, fee frontend.Variable) {
	api := b.api
	d := api.Sub(api.Mul(fee, ppmScale), api.Mul(quote, ratePpm))
	b.checkWhen(cond, d, ppmBits)
	b.checkWhen(cond, api.Sub(ppmScale-1, d), ppmBits)
}

// checkExpiry asserts expiry ≥ the batch timestamp for each signed message (docs/PROTOCOL.md §5; the engine's
// step of the same name).
func (b *builder) checkExpiry(c *slotTx, timestamp frontend.Variable) {
	api, t := b.api, c.t
	b.checkWhen(c.f.signA, api.Sub(t.MsgA.Expiry, timestamp), u64Bits)
	b.checkWhen(c.f.signB, api.Sub(t.MsgB.Expiry, timestamp), u64Bits)
}

// checkDistinctAccounts asserts A ≠ B whenever the slot updates both (docs/PROTOCOL.md §5 "Trade", "Transfer",
// "Forced trade").
func (b *builder) checkDistinctAccounts(c *slotTx) {
	api := b.api
	b.zeroWhen(c.f.activeB, api.IsZero(api.Sub(c.t.A.ID, c.t.B.ID)))
}

// checkMarginMode asserts, for both accounts when positions move, that the margin mode is 0 or the traded
// market (docs/PROTOCOL.md §5 "Trade": an isolated account may only trade its market; the engine's step of the
// same name), and keeps both conditions for the forced trade's verdict.
func (b *builder) checkMarginMode(c *slotTx) {
	api, t := b.api, c.t
	c.isoA = api.IsZero(api.Mul(t.A.Before.MarginMode, api.Sub(t.A.Before.MarginMode, t.Market)))
	c.isoB = api.IsZero(api.Mul(t.B.Before.MarginMode, api.Sub(t.B.Before.MarginMode, t.Market)))
	b.zeroWhen(c.f.moves, api.Sub(1, c.isoA))
	b.zeroWhen(c.f.moves, api.Sub(1, c.isoB))
}

// checkOwner asserts the deposit rules of docs/PROTOCOL.md §5 "Deposit" (the engine's step of the same name): an
// empty leaf takes the deposit's key and address, any other must already hold them, and the key is a curve
// point; and a withdrawal's signed address is the leaf's ("Withdrawal").
func (b *builder) checkOwner(c *slotTx) {
	api, t, f := b.api, c.t, c.f
	c.emptyLeaf = state.BigOf(state.EmptyLeaf())
	isEmpty := api.IsZero(api.Sub(c.leafA0, c.emptyLeaf))
	c.owned = api.Mul(f.dep, api.Sub(1, isEmpty))
	b.zeroWhen(c.owned, api.Sub(t.A.Before.PubKeyX, t.DepositKeyX))
	b.zeroWhen(c.owned, api.Sub(t.A.Before.PubKeyY, t.DepositKeyY))
	b.assertOnCurveWhen(f.dep, t.DepositKeyX, t.DepositKeyY)
	// A withdrawal pays the leaf's address, which its message names.
	b.zeroWhen(api.Add(c.owned, f.w), api.Sub(t.A.Before.L1Address, t.L1Address))
}

// checkAmount asserts 0 < amount < 2^56 for a deposit, a withdrawal, a forced withdrawal and a transfer
// (docs/PROTOCOL.md §5; the engine's step of the same name checks the upper bound, checkNonZero the lower).
func (b *builder) checkAmount(c *slotTx) {
	api := b.api
	b.checkWhen(api.Add(c.isAmount, c.f.transfer), api.Sub(c.t.Amount, 1), amountBits)
}

// updateSlots applies the slot rule of docs/PROTOCOL.md §3.2 (slotUpdate) to A's slot, which a trade fills and a
// withdrawal or transfer consumes, and to B's, which a trade or a liquidation fills.
func (b *builder) updateSlots(c *slotTx) {
	api, t, f := b.api, c.t, c.f
	c.slotRootA = b.slotUpdate(&t.SlotA, c.slotA, t.A.Before.SlotRoot, f.trade, api.Add(f.w, f.transfer), t.MsgA.Nonce, t.MsgA.Size, c.q)
	c.slotRootB = b.slotUpdate(&t.SlotB, c.slotB, t.B.Before.SlotRoot, c.isTL, 0, t.MsgB.Nonce, t.MsgB.Size, c.q)
}

// applyFill moves both accounts' positions in the traded market by the fill, A on its side and B on the other
// (tradeSide; docs/PROTOCOL.md §5 "Trade": size += q for the buyer, −= q for the seller; the engine's step of the
// same name).
func (b *builder) applyFill(c *slotTx) {
	api, t, f := b.api, c.t, c.f
	delta := api.Mul(c.sgn, c.q)
	c.sideA = b.tradeSide(f.moves, f.ft, c.sA, t.Market, c.mkt, delta, c.buy)
	c.sideB = b.tradeSide(f.moves, f.ft, c.sB, t.Market, c.mkt, api.Neg(delta), c.makerBuy)
}

// checkReduceOnlyMarket asserts that a trade's market is active, or reduce-only with both sides reducing
// (docs/PROTOCOL.md §5 "Trade"; the engine checks a live market in checkTradeTerms and the reduce-only clause in
// its step of the same name), and keeps the condition for the forced trade's verdict.
func (b *builder) checkReduceOnlyMarket(c *slotTx) {
	api := b.api
	c.marketOK = api.Add(c.isActive, api.Mul(c.isReduceOnly, api.Mul(c.sideA.reducing, c.sideB.reducing)))
	b.zeroWhen(c.f.trade, api.Sub(1, c.marketOK))
}

// moveCash computes each side's tentative cash: amounts, the quote, fees, the insurance payment and the transfer
// fee (docs/PROTOCOL.md §5). A forced withdrawal's and a forced trade's cash is tentative: the rules run as if it
// applied, and it applies only if valid (applyCash).
func (b *builder) moveCash(c *slotTx) {
	api, t, f := b.api, c.t, c.f
	c.quoteA = api.Neg(api.Mul(api.Add(f.moves, f.ft), c.sgn, c.quote))
	// A transfer's sender also pays the transfer fee to the fee pool.
	c.cashTentA = api.Add(api.Mul(api.Sub(f.dep, api.Add(f.w, f.fw, f.transfer)), t.Amount), c.quoteA,
		api.Neg(api.Mul(c.isTL, t.TakerFee)), api.Mul(f.liq, t.InsurancePay), api.Mul(f.transfer, -state.TransferFeeQuantums))
	c.cashTentB = api.Sub(api.Add(api.Mul(f.transfer, t.Amount), api.Neg(c.quoteA)), api.Mul(c.isTL, t.MakerFee))
}

// marginAfterSlot computes both accounts' margin after the slot with their tentative cash (marginAfter):
// healthy, and TV/MMR not falling (cross).
func (b *builder) marginAfterSlot(c *slotTx) {
	api := b.api
	rA, rB := c.sA.r, c.sB.r
	c.tvA1 = api.Add(rA.tv, api.Mul(c.cashTentA, priceScale), c.sideA.dTV)
	c.mmrA1 = api.Add(rA.mmr, c.sideA.dMMR)
	c.healthyA, c.crossA = b.marginAfter(rA, c.tvA1, api.Add(rA.imr, c.sideA.dIMR), c.mmrA1)
	c.healthyB, c.crossB = b.marginAfter(rB, api.Add(rB.tv, api.Mul(c.cashTentB, priceScale), c.sideB.dTV),
		api.Add(rB.imr, c.sideB.dIMR), api.Add(rB.mmr, c.sideB.dMMR))
}

// forcedVerdicts computes the valid bit of a forced withdrawal (docs/PROTOCOL.md §5 "Forced withdrawal": the
// requester owns the leaf, the collateral covers the amount, healthy afterwards) and of a forced trade
// (forcedTradeValid).
func (b *builder) forcedVerdicts(c *slotTx) {
	api, t, f := b.api, c.t, c.f
	// |collateral − amount| < 2^63 + 2^56 < 2^collateralBits for a forced withdrawal, and 0 otherwise.
	coversA := b.nonNeg(api.Mul(f.fw, api.Add(c.sA.collateral, c.cashTentA)), collateralBits)
	ownsA := api.IsZero(api.Sub(t.A.Before.L1Address, t.L1Address))
	ownsB := api.IsZero(api.Sub(t.B.Before.L1Address, t.L1AddressB))
	c.forcedValid = api.Mul(api.Mul(f.fw, ownsA), api.Mul(coversA, c.healthyA))
	c.tradeValid = b.forcedTradeValid(f.ft, ownsA, ownsB, c.marketOK, c.mkt, c.q, c.p, c.isoA, c.isoB, c.sideA, c.sideB,
		api.Add(c.sA.collateral, c.cashTentA), api.Add(c.sB.collateral, c.cashTentB), c.healthyA, c.crossA, c.healthyB, c.crossB)
}

// applyCash applies each side's cash, undoing an invalid forced withdrawal's and forced trade's, and asserts the
// collaterals after lie in (−2^63, 2^63) and, for a withdrawal or a transfer, that A's is ≥ 0 (docs/PROTOCOL.md
// §5 "Withdrawal", "Transfer": collateral − amount ≥ 0; the engine's spend).
func (b *builder) applyCash(c *slotTx) {
	api, t, f := b.api, c.t, c.f
	c.undoFT = api.Sub(f.ft, c.tradeValid)
	cashA := api.Add(c.cashTentA, api.Mul(api.Sub(f.fw, c.forcedValid), t.Amount), api.Neg(api.Mul(c.undoFT, c.quoteA)))
	cashB := api.Add(c.cashTentB, api.Mul(c.undoFT, c.quoteA))
	c.collA = api.Add(c.sA.collateral, cashA)
	c.collB = api.Add(c.sB.collateral, cashB)
	b.checkOpen(c.collA, collateralBits)
	b.checkOpen(c.collB, collateralBits)
	b.checkWhen(api.Add(f.w, f.transfer), c.collA, collateralBits-1)
}

// checkMargin asserts the margin rules (docs/PROTOCOL.md §5; the engine's step of the same name): a withdrawal's
// or a transfer's sender is healthy afterwards, and each side of a trade, and a liquidation's liquidator, is
// healthy or reducing.
func (b *builder) checkMargin(c *slotTx) {
	api, f := b.api, c.f
	b.zeroWhen(api.Add(f.w, f.transfer), api.Sub(1, c.healthyA))
	b.zeroWhen(f.trade, api.Mul(api.Sub(1, c.healthyA), api.Sub(1, api.Mul(c.sideA.reducing, c.crossA))))
	b.zeroWhen(c.isTL, api.Mul(api.Sub(1, c.healthyB), api.Sub(1, api.Mul(c.sideB.reducing, c.crossB))))
}

// payInsurance moves the insurance fund, starting at insurance, in the order of the engine: A's settlement, a
// liquidation's fee and payment (docs/PROTOCOL.md §5 "Liquidate"; the fund A's rules read, and the engine's step
// of the same name), then B's settlement; it asserts each stage in (−2^63, 2^63) and returns the fund after.
func (b *builder) payInsurance(c *slotTx, insurance frontend.Variable) frontend.Variable {
	api, t := b.api, c.t
	c.insA0 = api.Add(insurance, c.sA.settle)
	c.insA1 = api.Add(c.insA0, api.Mul(c.f.liq, api.Sub(t.TakerFee, t.InsurancePay)))
	b.checkOpen(c.insA1, collateralBits)
	ins1 := api.Add(c.insA1, c.sB.settle)
	b.checkOpen(ins1, collateralBits)
	return ins1
}

// createReceiver asserts that a transfer to an empty leaf creates an account with an id ≥ L2AccountBase
// (docs/PROTOCOL.md §5 "Transfer"; the engine's step of the same name); writeLeaves gives it A's key and address
// and the signed mode.
func (b *builder) createReceiver(c *slotTx) {
	api := b.api
	c.create = api.Mul(c.f.transfer, api.IsZero(api.Sub(c.leafB0, c.emptyLeaf)))
	b.zeroWhen(c.create, api.Sub(1, c.idB[l2AccountBit]))
}

// writeLeaves computes both leaves after the slot and applies the two path updates to root, A first and B on the
// tree A left, and returns the new root. An invalid forced trade keeps the settled positions.
func (b *builder) writeLeaves(c *slotTx, root frontend.Variable) frontend.Variable {
	t, f := c.t, c.f
	var posA, posB [positionSlots]frontend.Variable
	for k := range posA {
		posA[k] = b.pick(c.undoFT, c.sA.pos[k], c.sideA.pos[k])
		posB[k] = b.pick(c.undoFT, c.sB.pos[k], c.sideB.pos[k])
	}
	pkXA := b.pick(f.dep, t.DepositKeyX, t.A.Before.PubKeyX)
	pkYA := b.pick(f.dep, t.DepositKeyY, t.A.Before.PubKeyY)
	addrA := b.pick(f.dep, t.L1Address, t.A.Before.L1Address)
	pkXB := b.pick(c.create, t.A.Before.PubKeyX, t.B.Before.PubKeyX)
	pkYB := b.pick(c.create, t.A.Before.PubKeyY, t.B.Before.PubKeyY)
	addrB := b.pick(c.create, t.A.Before.L1Address, t.B.Before.L1Address)
	modeB := b.pick(c.create, t.MarginMode, t.B.Before.MarginMode)
	wA1 := leafWords{w0: b.w0(addrA, c.collA, t.A.Before.MarginMode), pos: posA}
	wB1 := leafWords{w0: b.w0(addrB, c.collB, modeB), pos: posB}
	leafA1 := b.leafHash(pkXA, pkYA, wA1, c.slotRootA)
	leafB1 := b.leafHash(pkXB, pkYB, wB1, c.slotRootB)
	root = b.pathUpdate(f.activeA, root, c.leafA0, leafA1, c.idA, t.A.Siblings[:])
	return b.pathUpdate(f.activeB, root, c.leafB0, leafB1, c.idB, t.B.Siblings[:])
}

// payFees returns what the slot adds to the fee pool (docs/PROTOCOL.md §5: a trade's two fees, a liquidator's
// fee, the transfer fee; the engine's step of the same name).
func (b *builder) payFees(c *slotTx) frontend.Variable {
	api, t, f := b.api, c.t, c.f
	return api.Add(api.Mul(f.trade, t.TakerFee), api.Mul(c.isTL, t.MakerFee), api.Mul(f.transfer, state.TransferFeeQuantums))
}

package circuits

import (
	"math/big"

	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/state"
)

// AccountUpdateVars witnesses one account-leaf update: the account id, the leaf before the update and the
// siblings of its 4-ary path, leaf level first, three a level, in the tree as it is at the moment of the update.
// The leaf after the update is computed in-circuit.
type AccountUpdateVars struct {
	ID       frontend.Variable
	Before   AccountVars
	Siblings [accountProofLen]frontend.Variable
}

// SlotVars witnesses one order-slot update: the slot index, the slot's nonce and filled amount before the
// update, and the siblings of its 4-ary path in the account's slot tree, leaf level first, three a level.
type SlotVars struct {
	Slot     frontend.Variable
	Nonce    frontend.Variable
	Filled   frontend.Variable
	Siblings [slotProofLen]frontend.Variable
}

// MessageVars are the fields of a signed message that the slot does not take from elsewhere: the account id,
// slot, market and side come from the account update, the slot update and the trade. In a withdrawal or a
// transfer only Nonce and Expiry are used (amount, address and mode are TxVars fields).
type MessageVars struct {
	Nonce      frontend.Variable
	Expiry     frontend.Variable
	Flags      frontend.Variable
	MaxFeePpm  frontend.Variable
	Size       frontend.Variable
	LimitPrice frontend.Variable
}

// MarketParamsVars are a MarketParams slot's new status and fractions (docs/PROTOCOL.md §5).
type MarketParamsVars struct {
	Status, ImfPpm, MmfPpm, TierImfPpm, TierMmfPpm frontend.Variable
}

// TxVars is the witness of one batch slot, chosen by nine boolean flags (all zero for a no-op).
//
// Deposit: A is the account. Trade: A is the taker, B the maker; SlotA/MsgA/SigA are the taker's order,
// SlotB/MsgB/SigB the maker's. Withdrawal: A, SlotA, MsgA (nonce, expiry), SigA. Forced withdrawal: A, Amount
// and L1Address (the requester's); the circuit computes whether it is valid. Transfer: A the sender with SlotA,
// MsgA (nonce, expiry) and SigA, B the receiver, Amount and MarginMode. Liquidate: A the liquidated account, B
// the liquidator with its maker order SlotB/MsgB/SigB, TakerIsBuy the liquidated side, TakerFee the liquidation
// fee, MakerFee the liquidator's fee, InsurancePay the fund's payment to A. Deleverage: A the bankrupt account,
// B the counterparty, TakerIsBuy A's side, Quote the cash. Forced trade: A the requester's account, B the
// counterparty's, TakerIsBuy A's side, FillSize and MsgB.LimitPrice the size and price, L1Address and
// L1AddressB the two owners' addresses; the circuit computes whether it is valid. Market params: Market and
// Params. Fields a type does not use are zero, except the signatures, which are DummySignature.
type TxVars struct {
	IsDeposit, IsTrade, IsWithdrawal, IsForcedWithdrawal frontend.Variable
	IsTransfer, IsLiquidate, IsDeleverage                frontend.Variable
	IsForcedTrade, IsMarketParams                        frontend.Variable

	A, B         AccountUpdateVars
	SlotA, SlotB SlotVars

	// Market and TakerIsBuy are the traded market and A's side; B's side is the opposite.
	Market, TakerIsBuy frontend.Variable
	MsgA, MsgB         MessageVars
	SigA, SigB         SignatureVars
	// FillSize is the fill q; the price of a trade or a liquidation is the maker's limit price.
	FillSize, TakerFee, MakerFee frontend.Variable
	// InsurancePay is what the insurance fund pays a liquidated account (u56).
	InsurancePay frontend.Variable
	// Quote is a deleveraging's cash (u64).
	Quote frontend.Variable

	// Amount and L1Address belong to a deposit, a withdrawal, a forced withdrawal or (Amount) a transfer.
	Amount, L1Address frontend.Variable
	// DepositKeyX, DepositKeyY are a deposit's public key.
	DepositKeyX, DepositKeyY frontend.Variable
	// MarginMode is a transfer's signed margin mode of a created receiver.
	MarginMode frontend.Variable
	// L1AddressB is a forced trade's consenting address (B's owner).
	L1AddressB frontend.Variable
	// Params are a MarketParams slot's new values.
	Params MarketParamsVars
}

// txOut is what a slot contributes to the batch.
type txOut struct {
	root frontend.Variable
	// table is the markets table after the slot (changed only by a MarketParams slot).
	table     *marketTable
	fees      frontend.Variable
	insurance frontend.Variable
	record    [recordSize]frontend.Variable
}

// slotUpdate applies the order-slot rule of docs/PROTOCOL.md §3.2 to slot s of a slot tree with root root and
// returns the new root. fill (a trade) and consume (a withdrawal) are exclusive booleans; when both are 0 the
// slot is untouched and root is returned. A fill of q under an order of the given size and nonce needs
// nonce ≥ slot nonce and filled + q ≤ size, where filled restarts at 0 for a larger nonce, and stores
// (nonce, filled + q); a withdrawal needs nonce > slot nonce and stores (nonce, 2^64 − 1).
func (b *builder) slotUpdate(s *SlotVars, bits []frontend.Variable, root, fill, consume, nonce, size, q frontend.Variable) frontend.Variable {
	api := b.api
	active := api.Add(fill, consume)
	b.check(s.Nonce, nonceBits)
	b.check(s.Filled, u64Bits)
	b.checkWhen(active, api.Sub(nonce, 1), nonceBits)
	d := api.Sub(nonce, s.Nonce)
	ge := b.nonNeg(d, nonceBits)
	eq := api.IsZero(d)
	b.zeroWhen(fill, api.Sub(1, ge))
	b.zeroWhen(consume, api.Sub(api.Add(1, eq), ge))
	filled := api.Add(api.Mul(eq, s.Filled), q)
	b.checkWhen(fill, api.Sub(size, filled), sizeBits)
	consumed := new(big.Int).SetUint64(state.SlotConsumed)
	after := api.Add(api.Mul(fill, filled), api.Mul(consume, consumed))
	oldLeaf := api.Add(s.Filled, api.Mul(s.Nonce, pow2(u64Bits)))
	newLeaf := api.Add(after, api.Mul(nonce, pow2(u64Bits)))
	return b.pathUpdate(active, root, oldLeaf, newLeaf, bits, s.Siblings[:])
}

// checkMessage range checks a message's fields to their packed widths and bounds: expiry < 2^40, flags < 2^8,
// maxFeePpm ≤ MaxFeePpm, size < 2^48.
func (b *builder) checkMessage(m *MessageVars) {
	b.check(m.Expiry, expiryBits)
	b.check(m.Flags, flagsBits)
	b.checkAtMost(m.MaxFeePpm, state.MaxFeePpm, ppmBits)
	b.check(m.Size, sizeBits)
}

// orderWords packs o1 and o2 of docs/PROTOCOL.md §4.
func (b *builder) orderWords(id, market, isBuy, slot frontend.Variable, m *MessageVars) (o1, o2 frontend.Variable) {
	o1 = pack(b.api,
		field{id, accountIDBits}, field{market, marketBits}, field{isBuy, 1}, field{m.Flags, flagsBits},
		field{slot, msgSlotBits}, field{m.Nonce, nonceBits}, field{m.Expiry, expiryBits}, field{m.MaxFeePpm, ppmBits})
	o2 = pack(b.api, field{m.Size, u64Bits}, field{m.LimitPrice, u64Bits})
	return o1, o2
}

// withdrawalWords packs w1 and w2 of docs/PROTOCOL.md §4.
func (b *builder) withdrawalWords(id, slot, nonce, expiry, amount, address frontend.Variable) (w1, w2 frontend.Variable) {
	w1 = pack(b.api, field{id, accountIDBits}, field{slot, msgSlotBits}, field{nonce, nonceBits}, field{expiry, expiryBits})
	w2 = pack(b.api, field{amount, u64Bits}, field{address, addressBits})
	return w1, w2
}

// transferWords packs t1 and t2 of docs/PROTOCOL.md §4.
func (b *builder) transferWords(from, to, slot, nonce, expiry, amount, mode frontend.Variable) (t1, t2 frontend.Variable) {
	t1 = pack(b.api, field{from, accountIDBits}, field{to, accountIDBits}, field{slot, msgSlotBits},
		field{nonce, nonceBits}, field{expiry, expiryBits})
	t2 = pack(b.api, field{amount, u64Bits}, field{mode, marketBits})
	return t1, t2
}

// txFlags are a slot's type flags and the unions the rules are gated by.
type txFlags struct {
	dep, trade, w, fw, transfer, liq, del, ft, mp frontend.Variable
	// signA: A signs (trade, withdrawal, transfer); signB: B signs a maker order (trade, liquidate).
	signA, signB frontend.Variable
	// activeA, activeB: the slot updates A, B (a forced trade updates both, valid or not).
	activeA, activeB frontend.Variable
	// moves: positions change (trade, liquidate, deleverage).
	moves frontend.Variable
}

func (b *builder) flags(t *TxVars) txFlags {
	api := b.api
	f := txFlags{dep: t.IsDeposit, trade: t.IsTrade, w: t.IsWithdrawal, fw: t.IsForcedWithdrawal,
		transfer: t.IsTransfer, liq: t.IsLiquidate, del: t.IsDeleverage, ft: t.IsForcedTrade, mp: t.IsMarketParams}
	all := []frontend.Variable{f.dep, f.trade, f.w, f.fw, f.transfer, f.liq, f.del, f.ft, f.mp}
	for _, x := range all {
		api.AssertIsBoolean(x)
	}
	api.AssertIsBoolean(api.Add(all[0], all[1], all[2:]...))
	f.signA = api.Add(f.trade, f.w, f.transfer)
	f.signB = api.Add(f.trade, f.liq)
	f.moves = api.Add(f.trade, f.liq, f.del)
	f.activeB = api.Add(f.moves, f.transfer, f.ft)
	f.activeA = api.Add(f.activeB, f.dep, f.w, f.fw)
	return f
}

// tx applies slot t to the accounts tree with root root and the markets table mk, with the insurance fund at
// insurance, and returns the new root, the table after the slot, the fees it adds to the fee pool, the
// insurance fund after it and its 64-byte pubdata record. Every constraint is present whatever the type; the
// type flags gate which ones must hold.
func (b *builder) tx(t *TxVars, root frontend.Variable, mk *marketTable, timestamp, insurance, liqFeePpm frontend.Variable) (txOut, error) {
	api := b.api
	f := b.flags(t)
	isDep, isTrade, isW, isFW, isT, isLiq, isDel, isFT := f.dep, f.trade, f.w, f.fw, f.transfer, f.liq, f.del, f.ft
	isTL := f.signB // trade or liquidate: a maker order at its limit price
	isAmount := api.Add(isDep, isW, isFW)

	idA := api.ToBinary(t.A.ID, accountDepth)
	idB := api.ToBinary(t.B.ID, accountDepth)
	slotA := api.ToBinary(t.SlotA.Slot, slotDepth)
	slotB := api.ToBinary(t.SlotB.Slot, slotDepth)

	// Range checks of the fields the records carry, by their byte decomposition.
	by := recordFields{
		amount: b.bytesBE(t.Amount, amountBits/8), address: b.bytesBE(t.L1Address, addressBits/8),
		addressB: b.bytesBE(t.L1AddressB, addressBits/8),
		fill:     b.bytesBE(t.FillSize, sizeBits/8), price: b.bytesBE(t.MsgB.LimitPrice, priceBits/8),
		takerFee: b.bytesBE(t.TakerFee, feeBits/8), makerFee: b.bytesBE(t.MakerFee, feeBits/8),
		nonceA: b.bytesBE(t.MsgA.Nonce, nonceBits/8), nonceB: b.bytesBE(t.MsgB.Nonce, nonceBits/8),
		insurancePay: b.bytesBE(t.InsurancePay, insuranceBytes), quote: b.bytesBE(t.Quote, quoteBytes),
		idA: bitsToBytes(api, idA, accountIDBits/8), idB: bitsToBytes(api, idB, accountIDBits/8),
		slotA: bitsToBytes(api, slotA, msgSlotBits/8), slotB: bitsToBytes(api, slotB, msgSlotBits/8),
		market: t.Market, buy: t.TakerIsBuy, mode: t.MarginMode,
	}
	b.checkMessage(&t.MsgA)
	b.checkMessage(&t.MsgB)
	b.check(t.MsgA.LimitPrice, priceBits)
	b.checkAtMost(t.MarginMode, marketCount, marketBits)
	api.AssertIsBoolean(t.TakerIsBuy)

	hm := b.oneHot(t.Market, marketCount+1)
	mkt := b.selectMarket(hm, mk)
	isActive := api.IsZero(api.Sub(mkt.status, state.MarketActive))
	isReduceOnly := api.IsZero(api.Sub(mkt.status, state.MarketReduceOnly))

	// Accounts before, and their settlement.
	wA0 := b.accountWords(&t.A.Before)
	wB0 := b.accountWords(&t.B.Before)
	leafA0 := b.leafHash(t.A.Before.PubKeyX, t.A.Before.PubKeyY, wA0, t.A.Before.SlotRoot)
	leafB0 := b.leafHash(t.B.Before.PubKeyX, t.B.Before.PubKeyY, wB0, t.B.Before.SlotRoot)
	sA := b.settle(f.activeA, &t.A.Before, mk)
	sB := b.settle(f.activeB, &t.B.Before, mk)
	rA, rB := sA.r, sB.r

	// Signed messages: A signs its order, withdrawal or transfer, B its order.
	buy := t.TakerIsBuy
	makerBuy := api.Sub(1, buy)
	o1A, o2A := b.orderWords(t.A.ID, t.Market, buy, t.SlotA.Slot, &t.MsgA)
	w1, w2 := b.withdrawalWords(t.A.ID, t.SlotA.Slot, t.MsgA.Nonce, t.MsgA.Expiry, t.Amount, t.L1Address)
	t1, t2 := b.transferWords(t.A.ID, t.B.ID, t.SlotA.Slot, t.MsgA.Nonce, t.MsgA.Expiry, t.Amount, t.MarginMode)
	tagA := api.Add(state.DomainOrder, api.Mul(isW, state.DomainWithdrawal-state.DomainOrder),
		api.Mul(isT, state.DomainTransfer-state.DomainOrder))
	x1 := api.Add(o1A, api.Mul(isW, api.Sub(w1, o1A)), api.Mul(isT, api.Sub(t1, o1A)))
	x2 := api.Add(o2A, api.Mul(isW, api.Sub(w2, o2A)), api.Mul(isT, api.Sub(t2, o2A)))
	msgA := b.hash(tagA, x1, x2)
	o1B, o2B := b.orderWords(t.B.ID, t.Market, makerBuy, t.SlotB.Slot, &t.MsgB)
	msgB := b.hash(state.DomainOrder, o1B, o2B)
	dev := DevPubKey()
	devX, devY := state.BigOf(dev.X), state.BigOf(dev.Y)
	if err := b.verifySig(b.pick(f.signA, t.A.Before.PubKeyX, devX), b.pick(f.signA, t.A.Before.PubKeyY, devY),
		b.pick(f.signA, msgA, DummyMessage), t.SigA); err != nil {
		return txOut{}, err
	}
	if err := b.verifySig(b.pick(f.signB, t.B.Before.PubKeyX, devX), b.pick(f.signB, t.B.Before.PubKeyY, devY),
		b.pick(f.signB, msgB, DummyMessage), t.SigB); err != nil {
		return txOut{}, err
	}

	// Trade rules (docs/PROTOCOL.md §5), shared by the maker order of a liquidation and, where a forced trade's
	// request is concerned, by a forced trade.
	q, p := t.FillSize, t.MsgB.LimitPrice
	sgn := api.Sub(api.Mul(buy, 2), 1) // +1 when A buys
	b.checkWhen(api.Add(f.moves, isFT), api.Sub(q, 1), sizeBits)
	b.checkWhen(isFT, api.Sub(p, 1), priceBits)
	b.dividesWhen(isTL, mkt.step, q, sizeBits)
	b.dividesWhen(isTrade, mkt.step, t.MsgA.Size, sizeBits)
	b.dividesWhen(isTL, mkt.step, t.MsgB.Size, sizeBits)
	b.dividesWhen(isTrade, mkt.tick, t.MsgA.LimitPrice, priceBits)
	b.dividesWhen(isTL, mkt.tick, p, priceBits)
	b.checkWhen(isTrade, api.Mul(sgn, api.Sub(t.MsgA.LimitPrice, p)), priceBits)
	qp := api.Mul(q, p)
	quoteOut, err := api.Compiler().NewHint(quotientHint, 1, priceScale, qp)
	if err != nil {
		return txOut{}, err
	}
	b.check(quoteOut[0], quoteBits)
	b.zeroWhen(api.Add(isTL, isFT), api.Sub(api.Mul(quoteOut[0], priceScale), qp))
	quote := b.pick(isDel, t.Quote, quoteOut[0])
	// A's fee cap: the taker's signed maxFeePpm, or the configuration's liquidation fee.
	capA := api.Add(api.Mul(isTrade, t.MsgA.MaxFeePpm), api.Mul(isLiq, liqFeePpm))
	b.checkWhen(isTL, api.Sub(api.Add(api.Mul(quote, capA), ppmScale-1), api.Mul(t.TakerFee, ppmScale)), feeCapBits)
	b.checkWhen(isTL, api.Sub(api.Add(api.Mul(quote, t.MsgB.MaxFeePpm), ppmScale-1), api.Mul(t.MakerFee, ppmScale)), feeCapBits)
	b.checkWhen(f.signA, api.Sub(t.MsgA.Expiry, timestamp), u64Bits)
	b.checkWhen(f.signB, api.Sub(t.MsgB.Expiry, timestamp), u64Bits)
	b.zeroWhen(f.activeB, api.IsZero(api.Sub(t.A.ID, t.B.ID)))
	isoA := api.IsZero(api.Mul(t.A.Before.MarginMode, api.Sub(t.A.Before.MarginMode, t.Market)))
	isoB := api.IsZero(api.Mul(t.B.Before.MarginMode, api.Sub(t.B.Before.MarginMode, t.Market)))
	b.zeroWhen(f.moves, api.Sub(1, isoA))
	b.zeroWhen(f.moves, api.Sub(1, isoB))

	// Deposit rules: an empty leaf takes the deposit's key and address, any other must already hold them.
	emptyLeaf := state.BigOf(state.EmptyLeaf())
	isEmpty := api.IsZero(api.Sub(leafA0, emptyLeaf))
	owned := api.Mul(isDep, api.Sub(1, isEmpty))
	b.zeroWhen(owned, api.Sub(t.A.Before.PubKeyX, t.DepositKeyX))
	b.zeroWhen(owned, api.Sub(t.A.Before.PubKeyY, t.DepositKeyY))
	b.assertOnCurveWhen(isDep, t.DepositKeyX, t.DepositKeyY)
	// A withdrawal pays the leaf's address, which its message names.
	b.zeroWhen(api.Add(owned, isW), api.Sub(t.A.Before.L1Address, t.L1Address))
	b.checkWhen(api.Add(isAmount, isT), api.Sub(t.Amount, 1), amountBits)

	// Order slots.
	slotRootA := b.slotUpdate(&t.SlotA, slotA, t.A.Before.SlotRoot, isTrade, api.Add(isW, isT), t.MsgA.Nonce, t.MsgA.Size, q)
	slotRootB := b.slotUpdate(&t.SlotB, slotB, t.B.Before.SlotRoot, isTL, 0, t.MsgB.Nonce, t.MsgB.Size, q)

	// Positions and margin.
	delta := api.Mul(sgn, q)
	sideA := b.tradeSide(f.moves, isFT, sA, t.Market, mkt, delta, buy)
	sideB := b.tradeSide(f.moves, isFT, sB, t.Market, mkt, api.Neg(delta), makerBuy)
	// A trade needs an active market, or a reduce-only one where both sides reduce.
	marketOK := api.Add(isActive, api.Mul(isReduceOnly, api.Mul(sideA.reducing, sideB.reducing)))
	b.zeroWhen(isTrade, api.Sub(1, marketOK))

	// A forced withdrawal's and a forced trade's cash is tentative: the rules run as if it applied, and it
	// applies only if valid (docs/PROTOCOL.md §5). An invalid one only settles; the record's valid byte says
	// which.
	quoteA := api.Neg(api.Mul(api.Add(f.moves, isFT), sgn, quote))
	// A transfer's sender also pays the transfer fee to the fee pool.
	cashTentA := api.Add(api.Mul(api.Sub(isDep, api.Add(isW, isFW, isT)), t.Amount), quoteA,
		api.Neg(api.Mul(isTL, t.TakerFee)), api.Mul(isLiq, t.InsurancePay), api.Mul(isT, -state.TransferFeeQuantums))
	cashTentB := api.Sub(api.Add(api.Mul(isT, t.Amount), api.Neg(quoteA)), api.Mul(isTL, t.MakerFee))

	tvA1 := api.Add(rA.tv, api.Mul(cashTentA, priceScale), sideA.dTV)
	mmrA1 := api.Add(rA.mmr, sideA.dMMR)
	healthyA, crossA := b.marginAfter(rA, tvA1, api.Add(rA.imr, sideA.dIMR), mmrA1)
	healthyB, crossB := b.marginAfter(rB, api.Add(rB.tv, api.Mul(cashTentB, priceScale), sideB.dTV),
		api.Add(rB.imr, sideB.dIMR), api.Add(rB.mmr, sideB.dMMR))
	// |collateral − amount| < 2^63 + 2^56 < 2^collateralBits for a forced withdrawal, and 0 otherwise.
	coversA := b.nonNeg(api.Mul(isFW, api.Add(sA.collateral, cashTentA)), collateralBits)
	ownsA := api.IsZero(api.Sub(t.A.Before.L1Address, t.L1Address))
	ownsB := api.IsZero(api.Sub(t.B.Before.L1Address, t.L1AddressB))
	forcedValid := api.Mul(api.Mul(isFW, ownsA), api.Mul(coversA, healthyA))
	tradeValid := b.forcedTradeValid(isFT, ownsA, ownsB, marketOK, mkt, q, p, isoA, isoB, sideA, sideB,
		api.Add(sA.collateral, cashTentA), api.Add(sB.collateral, cashTentB), healthyA, crossA, healthyB, crossB)
	undoFT := api.Sub(isFT, tradeValid)
	cashA := api.Add(cashTentA, api.Mul(api.Sub(isFW, forcedValid), t.Amount), api.Neg(api.Mul(undoFT, quoteA)))
	cashB := api.Add(cashTentB, api.Mul(undoFT, quoteA))
	collA := api.Add(sA.collateral, cashA)
	collB := api.Add(sB.collateral, cashB)
	b.checkOpen(collA, collateralBits)
	b.checkOpen(collB, collateralBits)
	b.checkWhen(api.Add(isW, isT), collA, collateralBits-1)

	b.zeroWhen(api.Add(isW, isT), api.Sub(1, healthyA))
	b.zeroWhen(isTrade, api.Mul(api.Sub(1, healthyA), api.Sub(1, api.Mul(sideA.reducing, crossA))))
	b.zeroWhen(isTL, api.Mul(api.Sub(1, healthyB), api.Sub(1, api.Mul(sideB.reducing, crossB))))

	// Liquidation and deleveraging (tx_risk.go). The insurance fund moves in the order of package sequencer:
	// A's settlement, a liquidation's fee and payment (the fund A's rules read), then B's settlement.
	insA0 := api.Add(insurance, sA.settle)
	insA1 := api.Add(insA0, api.Mul(isLiq, api.Sub(t.TakerFee, t.InsurancePay)))
	b.checkOpen(insA1, collateralBits)
	ins1 := api.Add(insA1, sB.settle)
	b.checkOpen(ins1, collateralBits)
	b.riskRules(f, t, mkt.status, rA, sideA, sideB, tvA1, mmrA1, crossA, insA0, insA1)

	// Transfer: an empty receiver is created with an id ≥ L2AccountBase, A's key and address and the signed mode.
	create := api.Mul(isT, api.IsZero(api.Sub(leafB0, emptyLeaf)))
	b.zeroWhen(create, api.Sub(1, idB[l2AccountBit]))

	// Leaves after, and the two path updates (A first, B on the tree A left). An invalid forced trade keeps the
	// settled positions.
	var posA, posB [positionSlots]frontend.Variable
	for k := range posA {
		posA[k] = b.pick(undoFT, sA.pos[k], sideA.pos[k])
		posB[k] = b.pick(undoFT, sB.pos[k], sideB.pos[k])
	}
	pkXA := b.pick(isDep, t.DepositKeyX, t.A.Before.PubKeyX)
	pkYA := b.pick(isDep, t.DepositKeyY, t.A.Before.PubKeyY)
	addrA := b.pick(isDep, t.L1Address, t.A.Before.L1Address)
	pkXB := b.pick(create, t.A.Before.PubKeyX, t.B.Before.PubKeyX)
	pkYB := b.pick(create, t.A.Before.PubKeyY, t.B.Before.PubKeyY)
	addrB := b.pick(create, t.A.Before.L1Address, t.B.Before.L1Address)
	modeB := b.pick(create, t.MarginMode, t.B.Before.MarginMode)
	wA1 := leafWords{w0: b.w0(addrA, collA, t.A.Before.MarginMode), pos: posA}
	wB1 := leafWords{w0: b.w0(addrB, collB, modeB), pos: posB}
	leafA1 := b.leafHash(pkXA, pkYA, wA1, slotRootA)
	leafB1 := b.leafHash(pkXB, pkYB, wB1, slotRootB)
	root = b.pathUpdate(f.activeA, root, leafA0, leafA1, idA, t.A.Siblings[:])
	root = b.pathUpdate(f.activeB, root, leafB0, leafB1, idB, t.B.Siblings[:])

	var out txOut
	out.root = root
	out.table = b.marketParams(f.mp, hm, mkt, &t.Params, mk, &by)
	out.fees = api.Add(api.Mul(isTrade, t.TakerFee), api.Mul(isTL, t.MakerFee), api.Mul(isT, state.TransferFeeQuantums))
	out.insurance = ins1
	by.valid = forcedValid
	by.tradeValid = tradeValid
	by.depositKey = b.compressedKey(t.DepositKeyX, t.DepositKeyY)
	out.record = b.record(f, &by)
	return out, nil
}

// weight returns flag · v, without a constraint when v is the constant 0.
func (b *builder) weight(flag, v frontend.Variable) frontend.Variable {
	if c, ok := b.api.Compiler().ConstantValue(v); ok && c.Sign() == 0 {
		return 0
	}
	return b.api.Mul(flag, v)
}

// bitsToBytes returns the n big-endian bytes of a little-endian bit decomposition (missing bits are 0).
func bitsToBytes(api frontend.API, bits []frontend.Variable, n int) []frontend.Variable {
	out := make([]frontend.Variable, n)
	for i := range out {
		var acc frontend.Variable = 0
		for j := 0; j < 8; j++ {
			k := 8*(n-1-i) + j
			if k < len(bits) {
				acc = api.Add(acc, api.Mul(bits[k], 1<<j))
			}
		}
		out[i] = acc
	}
	return out
}

func concat(parts ...[]frontend.Variable) []frontend.Variable {
	var out []frontend.Variable
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

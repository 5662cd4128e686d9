package circuits

import (
	"math/big"

	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/state"
)

// AccountUpdateVars witnesses one account-leaf update: the account id, the leaf before the update and the
// siblings of its path, leaf level first, in the tree as it is at the moment of the update. The leaf after the
// update is computed in-circuit.
type AccountUpdateVars struct {
	ID       frontend.Variable
	Before   AccountVars
	Siblings [accountDepth]frontend.Variable
}

// SlotVars witnesses one order-slot update: the slot index, the slot's nonce and filled amount before the
// update, and the siblings of its path in the account's slot tree, leaf level first.
type SlotVars struct {
	Slot     frontend.Variable
	Nonce    frontend.Variable
	Filled   frontend.Variable
	Siblings [slotDepth]frontend.Variable
}

// MessageVars are the fields of a signed message that the slot does not take from elsewhere: the account id,
// slot, market and side come from the account update, the slot update and the trade. In a withdrawal only
// Nonce and Expiry are used (amount and address are TxVars.Amount and TxVars.L1Address).
type MessageVars struct {
	Nonce      frontend.Variable
	Expiry     frontend.Variable
	Flags      frontend.Variable
	MaxFeePpm  frontend.Variable
	Size       frontend.Variable
	LimitPrice frontend.Variable
}

// TxVars is the witness of one batch slot: a no-op, a deposit, a trade, a withdrawal or a forced withdrawal,
// chosen by four boolean flags (all zero for a no-op).
//
// Deposit: A is the account. Trade: A is the taker, B the maker; SlotA/MsgA/SigA are the taker's order,
// SlotB/MsgB/SigB the maker's. Withdrawal: A, SlotA, MsgA (nonce, expiry), SigA. Forced withdrawal: A, Amount
// and L1Address (the requester's); the circuit computes whether it is valid. Fields a type does not use are
// zero, except the signatures, which are DummySignature.
type TxVars struct {
	IsDeposit, IsTrade, IsWithdrawal, IsForcedWithdrawal frontend.Variable

	A, B         AccountUpdateVars
	SlotA, SlotB SlotVars

	// Market and TakerIsBuy are the traded market and the taker's side; the maker's side is the opposite.
	Market, TakerIsBuy frontend.Variable
	MsgA, MsgB         MessageVars
	SigA, SigB         SignatureVars
	// FillSize is the fill q; the price is the maker's limit price.
	FillSize, TakerFee, MakerFee frontend.Variable

	// Amount and L1Address belong to a deposit, a withdrawal or a forced withdrawal.
	Amount, L1Address frontend.Variable
	// DepositKeyX, DepositKeyY are a deposit's public key.
	DepositKeyX, DepositKeyY frontend.Variable
}

// txOut is what a slot contributes to the batch.
type txOut struct {
	root   frontend.Variable
	fees   frontend.Variable
	record [recordSize]frontend.Variable
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

// tx applies slot t to the accounts tree with root root and returns the new root, the fees it adds to the fee
// pool and its 64-byte pubdata record. Every constraint is present whatever the type; the type flags gate
// which ones must hold.
func (b *builder) tx(t *TxVars, root frontend.Variable, mk *marketTable, timestamp frontend.Variable) (txOut, error) {
	api := b.api
	isDep, isTrade, isW, isFW := t.IsDeposit, t.IsTrade, t.IsWithdrawal, t.IsForcedWithdrawal
	api.AssertIsBoolean(isDep)
	api.AssertIsBoolean(isTrade)
	api.AssertIsBoolean(isW)
	api.AssertIsBoolean(isFW)
	api.AssertIsBoolean(api.Add(isDep, isTrade, isW, isFW))
	needA := api.Add(isTrade, isW) // A signs and uses an order slot
	activeA := api.Add(isDep, needA, isFW)
	isDW := api.Add(isDep, isW)
	isAmount := api.Add(isDW, isFW) // the slot carries an amount and an L1 address

	idA := api.ToBinary(t.A.ID, accountDepth)
	idB := api.ToBinary(t.B.ID, accountDepth)
	slotA := api.ToBinary(t.SlotA.Slot, slotDepth)
	slotB := api.ToBinary(t.SlotB.Slot, slotDepth)

	// Range checks of the fields the record carries, by their byte decomposition.
	amountBytes := b.bytesBE(t.Amount, amountBits/8)
	addressBytes := b.bytesBE(t.L1Address, addressBits/8)
	fillBytes := b.bytesBE(t.FillSize, sizeBits/8)
	priceBytes := b.bytesBE(t.MsgB.LimitPrice, priceBits/8)
	takerFeeBytes := b.bytesBE(t.TakerFee, feeBits/8)
	makerFeeBytes := b.bytesBE(t.MakerFee, feeBits/8)
	nonceABytes := b.bytesBE(t.MsgA.Nonce, nonceBits/8)
	nonceBBytes := b.bytesBE(t.MsgB.Nonce, nonceBits/8)
	b.checkMessage(&t.MsgA)
	b.checkMessage(&t.MsgB)
	b.check(t.MsgA.LimitPrice, priceBits)
	api.AssertIsBoolean(t.TakerIsBuy)

	hm := b.oneHot(t.Market, marketCount+1)
	mkt := b.selectMarket(hm, mk)

	// Accounts before.
	wA0 := b.accountWords(&t.A.Before)
	wB0 := b.accountWords(&t.B.Before)
	leafA0 := b.leafHash(t.A.Before.PubKeyX, t.A.Before.PubKeyY, wA0, t.A.Before.SlotRoot)
	leafB0 := b.leafHash(t.B.Before.PubKeyX, t.B.Before.PubKeyY, wB0, t.B.Before.SlotRoot)
	rA := b.risk(activeA, &t.A.Before, mk)
	rB := b.risk(isTrade, &t.B.Before, mk)

	// Signed messages: A signs its order or its withdrawal, B its order.
	buy := t.TakerIsBuy
	makerBuy := api.Sub(1, buy)
	o1A, o2A := b.orderWords(t.A.ID, t.Market, buy, t.SlotA.Slot, &t.MsgA)
	w1, w2 := b.withdrawalWords(t.A.ID, t.SlotA.Slot, t.MsgA.Nonce, t.MsgA.Expiry, t.Amount, t.L1Address)
	tagA := api.Add(state.DomainOrder, api.Mul(isW, state.DomainWithdrawal-state.DomainOrder))
	msgA := b.hash(tagA, b.pick(isW, w1, o1A), b.pick(isW, w2, o2A))
	o1B, o2B := b.orderWords(t.B.ID, t.Market, makerBuy, t.SlotB.Slot, &t.MsgB)
	msgB := b.hash(state.DomainOrder, o1B, o2B)
	dev := DevPubKey()
	devX, devY := state.BigOf(dev.X), state.BigOf(dev.Y)
	if err := b.verifySig(b.pick(needA, t.A.Before.PubKeyX, devX), b.pick(needA, t.A.Before.PubKeyY, devY),
		b.pick(needA, msgA, DummyMessage), t.SigA); err != nil {
		return txOut{}, err
	}
	if err := b.verifySig(b.pick(isTrade, t.B.Before.PubKeyX, devX), b.pick(isTrade, t.B.Before.PubKeyY, devY),
		b.pick(isTrade, msgB, DummyMessage), t.SigB); err != nil {
		return txOut{}, err
	}

	// Trade rules (docs/PROTOCOL.md §5).
	q, p := t.FillSize, t.MsgB.LimitPrice
	sgn := api.Sub(api.Mul(buy, 2), 1) // +1 when the taker buys
	b.zeroWhen(isTrade, api.Sub(mkt.status, state.MarketActive))
	b.checkWhen(isTrade, api.Sub(q, 1), sizeBits)
	b.dividesWhen(isTrade, mkt.step, q, sizeBits)
	b.dividesWhen(isTrade, mkt.step, t.MsgA.Size, sizeBits)
	b.dividesWhen(isTrade, mkt.step, t.MsgB.Size, sizeBits)
	b.dividesWhen(isTrade, mkt.tick, t.MsgA.LimitPrice, priceBits)
	b.dividesWhen(isTrade, mkt.tick, p, priceBits)
	b.checkWhen(isTrade, api.Mul(sgn, api.Sub(t.MsgA.LimitPrice, p)), priceBits)
	qp := api.Mul(q, p)
	quoteOut, err := api.Compiler().NewHint(quotientHint, 1, priceScale, qp)
	if err != nil {
		return txOut{}, err
	}
	quote := quoteOut[0]
	b.check(quote, quoteBits)
	b.zeroWhen(isTrade, api.Sub(api.Mul(quote, priceScale), qp))
	b.checkWhen(isTrade, api.Sub(api.Add(api.Mul(quote, t.MsgA.MaxFeePpm), ppmScale-1), api.Mul(t.TakerFee, ppmScale)), feeCapBits)
	b.checkWhen(isTrade, api.Sub(api.Add(api.Mul(quote, t.MsgB.MaxFeePpm), ppmScale-1), api.Mul(t.MakerFee, ppmScale)), feeCapBits)
	b.checkWhen(needA, api.Sub(t.MsgA.Expiry, timestamp), u64Bits)
	b.checkWhen(isTrade, api.Sub(t.MsgB.Expiry, timestamp), u64Bits)
	b.zeroWhen(isTrade, api.IsZero(api.Sub(t.A.ID, t.B.ID)))
	b.zeroWhen(isTrade, api.Mul(t.A.Before.MarginMode, api.Sub(t.A.Before.MarginMode, t.Market)))
	b.zeroWhen(isTrade, api.Mul(t.B.Before.MarginMode, api.Sub(t.B.Before.MarginMode, t.Market)))

	// Deposit rules: an empty leaf takes the deposit's key and address, any other must already hold them.
	isEmpty := api.IsZero(api.Sub(leafA0, state.BigOf(state.EmptyLeaf())))
	owned := api.Mul(isDep, api.Sub(1, isEmpty))
	b.zeroWhen(owned, api.Sub(t.A.Before.PubKeyX, t.DepositKeyX))
	b.zeroWhen(owned, api.Sub(t.A.Before.PubKeyY, t.DepositKeyY))
	b.assertOnCurveWhen(isDep, t.DepositKeyX, t.DepositKeyY)
	// A withdrawal pays the leaf's address, which its message names.
	b.zeroWhen(api.Add(owned, isW), api.Sub(t.A.Before.L1Address, t.L1Address))
	b.checkWhen(isAmount, api.Sub(t.Amount, 1), amountBits)

	// Order slots.
	slotRootA := b.slotUpdate(&t.SlotA, slotA, t.A.Before.SlotRoot, isTrade, isW, t.MsgA.Nonce, t.MsgA.Size, q)
	slotRootB := b.slotUpdate(&t.SlotB, slotB, t.B.Before.SlotRoot, isTrade, 0, t.MsgB.Nonce, t.MsgB.Size, q)

	// Positions and margin.
	delta := api.Mul(sgn, q)
	sideA := b.tradeSide(isTrade, &t.A.Before, wA0.pos, rA, t.Market, mkt, delta, buy)
	sideB := b.tradeSide(isTrade, &t.B.Before, wB0.pos, rB, t.Market, mkt, api.Neg(delta), makerBuy)

	// A forced withdrawal's cash is tentative: the margin check runs as if it applied, and it applies only if
	// valid (docs/PROTOCOL.md §8): the requester owns the leaf, collateral covers the amount and the account
	// stays healthy. An invalid one changes nothing; the record's valid byte says which.
	cashTentA := api.Add(api.Mul(api.Sub(isDep, api.Add(isW, isFW)), t.Amount),
		api.Mul(isTrade, api.Sub(api.Neg(api.Mul(sgn, quote)), t.TakerFee)))
	cashB := api.Mul(isTrade, api.Sub(api.Mul(sgn, quote), t.MakerFee))
	collB := api.Add(t.B.Before.Collateral, cashB)

	healthyA, crossA := b.marginAfter(rA, api.Add(rA.tv, api.Mul(cashTentA, priceScale), sideA.dTV),
		api.Add(rA.imr, sideA.dIMR), api.Add(rA.mmr, sideA.dMMR))
	// |collateral − amount| < 2^63 + 2^56 < 2^collateralBits for a forced withdrawal, and 0 otherwise.
	coversA := b.nonNeg(api.Mul(isFW, api.Add(t.A.Before.Collateral, cashTentA)), collateralBits)
	ownsA := api.IsZero(api.Sub(t.A.Before.L1Address, t.L1Address))
	forcedValid := api.Mul(api.Mul(isFW, ownsA), api.Mul(coversA, healthyA))
	cashA := api.Add(cashTentA, api.Mul(api.Sub(isFW, forcedValid), t.Amount))
	collA := api.Add(t.A.Before.Collateral, cashA)
	b.checkOpen(collA, collateralBits)
	b.checkOpen(collB, collateralBits)
	b.checkWhen(isW, collA, collateralBits-1)

	healthyB, crossB := b.marginAfter(rB, api.Add(rB.tv, api.Mul(cashB, priceScale), sideB.dTV),
		api.Add(rB.imr, sideB.dIMR), api.Add(rB.mmr, sideB.dMMR))
	b.zeroWhen(isW, api.Sub(1, healthyA))
	b.zeroWhen(isTrade, api.Mul(api.Sub(1, healthyA), api.Sub(1, api.Mul(sideA.reducing, crossA))))
	b.zeroWhen(isTrade, api.Mul(api.Sub(1, healthyB), api.Sub(1, api.Mul(sideB.reducing, crossB))))

	// Leaves after, and the two path updates (A first, B on the tree A left).
	pkXA := b.pick(isDep, t.DepositKeyX, t.A.Before.PubKeyX)
	pkYA := b.pick(isDep, t.DepositKeyY, t.A.Before.PubKeyY)
	addrA := b.pick(isDep, t.L1Address, t.A.Before.L1Address)
	wA1 := leafWords{w0: b.w0(addrA, collA, t.A.Before.MarginMode), pos: sideA.pos}
	wB1 := leafWords{w0: b.w0(t.B.Before.L1Address, collB, t.B.Before.MarginMode), pos: sideB.pos}
	leafA1 := b.leafHash(pkXA, pkYA, wA1, slotRootA)
	leafB1 := b.leafHash(t.B.Before.PubKeyX, t.B.Before.PubKeyY, wB1, slotRootB)
	root = b.pathUpdate(activeA, root, leafA0, leafA1, idA, t.A.Siblings[:])
	root = b.pathUpdate(isTrade, root, leafB0, leafB1, idB, t.B.Siblings[:])

	var out txOut
	out.root = root
	out.fees = api.Mul(isTrade, api.Add(t.TakerFee, t.MakerFee))

	// The record (docs/PROTOCOL.md §6), each byte the flag-weighted sum of the byte each type puts there.
	yBytes := b.fieldBytes(t.DepositKeyY)
	xBytes := b.fieldBytes(t.DepositKeyX)
	key := make([]frontend.Variable, wordBytes)
	copy(key, yBytes)
	key[0] = api.Add(yBytes[0], api.Mul(b.lowBit(xBytes[wordBytes-1]), keyXOddBit))

	idABytes, idBBytes := bitsToBytes(api, idA, accountIDBits/8), bitsToBytes(api, idB, accountIDBits/8)
	slotABytes, slotBBytes := bitsToBytes(api, slotA, msgSlotBits/8), bitsToBytes(api, slotB, msgSlotBits/8)
	// Size and price are u64 fields of the record holding 48-bit values.
	sizePad := make([]frontend.Variable, (u64Bits-sizeBits)/8)
	pricePad := make([]frontend.Variable, (u64Bits-priceBits)/8)
	for i := range sizePad {
		sizePad[i] = 0
	}
	for i := range pricePad {
		pricePad[i] = 0
	}

	// Deposit, withdrawal and forced withdrawal share bytes 1..31: account, amount, address.
	dw := concat(idABytes, amountBytes, addressBytes)
	trade := concat([]frontend.Variable{t.Market, buy}, idABytes, idBBytes, sizePad, fillBytes, pricePad, priceBytes,
		takerFeeBytes, makerFeeBytes, slotABytes, nonceABytes, slotBBytes, nonceBBytes) // bytes 1..50
	wTail := concat(slotABytes, nonceABytes) // withdrawal bytes 32..37
	// tail is where the deposit's key and the withdrawal's slot start.
	const tail = 1 + accountIDBits/8 + amountBits/8 + addressBits/8

	out.record[0] = api.Add(isDep, api.Mul(isTrade, state.RecordTrade), api.Mul(isW, state.RecordWithdrawal),
		api.Mul(isFW, state.RecordForcedWithdrawal))
	for i := 1; i < recordSize; i++ {
		var v frontend.Variable = 0
		if i < tail {
			v = api.Add(v, b.weight(isAmount, dw[i-1]))
		} else {
			v = api.Add(v, b.weight(isDep, key[i-tail]))
		}
		if i == tail {
			v = api.Add(v, forcedValid) // a forced withdrawal's valid byte
		}
		if i-1 < len(trade) {
			v = api.Add(v, b.weight(isTrade, trade[i-1]))
		}
		if i >= tail && i-tail < len(wTail) {
			v = api.Add(v, b.weight(isW, wTail[i-tail]))
		}
		out.record[i] = v
	}
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

package circuits

import (
	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/state"
)

// riskRules asserts the rules of a liquidation and of a deleveraging (docs/PROTOCOL.md §5) on the settled
// state of A before (rA) and after (tvA1, mmrA1, crossA = RatioKept), its and B's position changes, the
// insurance fund after A's settlement (ins0) and after the liquidation's fee and payment (ins1); B settles
// after both, as in package sequencer.
//
// Liquidate: the market is active or reduce-only; A is liquidatable before (TVs0 · 10^6 < MMRs0); A reduces;
// RatioKept; an insurance payment I > 0 needs a zero liquidation fee, a fund ≥ 0 after paying and RatioTight
// (the least payment). Deleverage: the market is active or reduce-only; A is bankrupt (TVs0 < 0) and the fund cannot cover it
// (insuranceFund · S + TVs0 < 0); both reduce; RatioKept and RatioTight (the least cash).
func (b *builder) riskRules(f txFlags, t *TxVars, status frontend.Variable, rA *risk, sideA, sideB sideOut,
	tvA1, mmrA1, crossA, ins0, ins1 frontend.Variable) {
	api := b.api
	isLiq, isDel := f.liq, f.del
	forced := api.Add(isLiq, isDel)

	b.zeroWhen(isLiq, api.Mul(api.Sub(status, state.MarketActive), api.Sub(status, state.MarketReduceOnly)))
	b.zeroWhen(isDel, api.Mul(api.Sub(status, state.MarketActive), api.Sub(status, state.MarketReduceOnly)))

	liquidatable := api.Sub(1, b.nonNeg(api.Sub(api.Mul(rA.tv, ppmScale), rA.mmr), healthBits))
	b.zeroWhen(isLiq, api.Sub(1, liquidatable))
	b.zeroWhen(forced, api.Sub(1, sideA.reducing))
	b.zeroWhen(forced, api.Sub(1, crossA))

	// RatioTight: (TVs1 − S) · MMRs0 < TVs0 · MMRs1.
	tight := api.Sub(1, b.nonNeg(api.Sub(api.Mul(api.Sub(tvA1, priceScale), rA.mmr), api.Mul(rA.tv, mmrA1)), crossBits+1))
	pays := api.Mul(isLiq, api.Sub(1, api.IsZero(t.InsurancePay)))
	b.zeroWhen(pays, t.TakerFee)
	b.checkWhen(pays, ins1, collateralBits-1)
	b.zeroWhen(api.Add(pays, isDel), api.Sub(1, tight))

	b.zeroWhen(isDel, b.nonNeg(rA.tv, tvBits))
	b.zeroWhen(isDel, b.nonNeg(api.Add(api.Mul(ins0, priceScale), rA.tv), tvBits+1))
	b.zeroWhen(isDel, api.Sub(1, sideB.reducing))
}

// recordFields are the byte encodings (big-endian, range checked) of the fields the slot records carry.
type recordFields struct {
	amount, address, addressB, fill, price, takerFee, makerFee, nonceA, nonceB, insurancePay, quote []frontend.Variable
	// params is a MarketParams record's status byte then its four u24 fractions.
	params                               []frontend.Variable
	idA, idB, slotA, slotB               []frontend.Variable
	depositKey                           []frontend.Variable
	market, buy, mode, valid, tradeValid frontend.Variable
}

// compressedKey returns the 32-byte compressed encoding of a key: y big-endian with bit 255 set iff x is odd,
// both canonical.
func (b *builder) compressedKey(x, y frontend.Variable) []frontend.Variable {
	yBytes := b.fieldBytes(y)
	xBytes := b.fieldBytes(x)
	key := make([]frontend.Variable, wordBytes)
	copy(key, yBytes)
	key[0] = b.api.Add(yBytes[0], b.api.Mul(b.lowBit(xBytes[wordBytes-1]), keyXOddBit))
	return key
}

// record returns the slot's 64-byte record (docs/PROTOCOL.md §6), each byte the flag-weighted sum of the byte
// each type puts there; a no-op's record is all zero.
func (b *builder) record(f txFlags, r *recordFields) [recordSize]frontend.Variable {
	api := b.api
	one := func(v frontend.Variable) []frontend.Variable { return []frontend.Variable{v} }
	zeros := func(n int) []frontend.Variable {
		z := make([]frontend.Variable, n)
		for i := range z {
			z[i] = 0
		}
		return z
	}
	// Size and price are u64 fields holding 48-bit values.
	size := concat(zeros((u64Bits-sizeBits)/8), r.fill)
	price := concat(zeros((u64Bits-priceBits)/8), r.price)
	head := func(typ int) []frontend.Variable {
		return concat(one(typ), one(r.market), one(r.buy), r.idA, r.idB, size)
	}
	layouts := []struct {
		flag  frontend.Variable
		bytes []frontend.Variable
	}{
		{f.dep, concat(one(state.RecordDeposit), r.idA, r.amount, r.address, r.depositKey)},
		{f.trade, concat(head(state.RecordTrade), price, r.takerFee, r.makerFee, r.slotA, r.nonceA, r.slotB, r.nonceB)},
		{f.w, concat(one(state.RecordWithdrawal), r.idA, r.amount, r.address, r.slotA, r.nonceA)},
		{f.fw, concat(one(state.RecordForcedWithdrawal), r.idA, r.amount, r.address)},
		{f.transfer, concat(one(state.RecordTransfer), r.idA, r.idB, r.amount, r.slotA, r.nonceA, one(r.mode))},
		{f.liq, concat(head(state.RecordLiquidate), price, r.takerFee, r.makerFee, r.slotB, r.nonceB, r.insurancePay)},
		{f.del, concat(head(state.RecordDeleverage), r.quote)},
		{f.ft, concat(one(state.RecordForcedTrade), one(r.market), one(r.buy), r.idA, r.idB, r.fill, r.price,
			r.address, r.addressB)},
		{f.mp, concat(one(state.RecordMarketParams), one(r.market), r.params)},
	}
	var out [recordSize]frontend.Variable
	for i := range out {
		out[i] = 0
	}
	for _, l := range layouts {
		if len(l.bytes) > recordSize {
			panic("circuits: record layout longer than a record")
		}
		for i, v := range l.bytes {
			out[i] = api.Add(out[i], b.weight(l.flag, v))
		}
	}
	// A forced withdrawal's valid byte (0 unless the slot is a valid forced withdrawal).
	const validAt = 1 + accountIDBits/8 + amountBits/8 + addressBits/8
	out[validAt] = api.Add(out[validAt], r.valid)
	// A forced trade's valid byte.
	out[state.ForcedTradeValidOffset] = api.Add(out[state.ForcedTradeValidOffset], r.tradeValid)
	return out
}

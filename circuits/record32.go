package circuits

import (
	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/state"
)

// Widths of the compact records' fields (docs/PROTOCOL.md §6.1).
const (
	compactRecordSize = state.CompactRecordSize
	// recordIDBytes is the width of an account id in a compact record: the account tree's depth, 24 bits.
	recordIDBytes   = accountDepth / 8
	recordNonceBits = state.RecordNonceBits
	feeRateBits     = state.FeeRateBits
	// snBits is the width of a compact record's (slot, nonce) field: slot u12 ‖ nonce u24.
	snBits = slotDepth + recordNonceBits
	// depositParityShift places a deposit key's x parity above the address in the deposit tag's second word.
	depositParityShift = addressBits
	// snFieldBytes is the width of a one-order (slot, nonce) field: 36 bits in 5 bytes, the top 4 bits zero except
	// a Liquidate record's pays bit.
	snFieldBytes = 5
	// liquidationPaysBit is the bit of a Liquidate record's (slot, nonce) field that says its u48 amount is an
	// insurance payment.
	liquidationPaysBit = 8*snFieldBytes - 1
	// liquidationAmountBytes is the width of a Liquidate record's fee-or-payment field (u48).
	liquidationAmountBytes = state.InsurancePayBits / 8
	// rateFieldBytes is the width of a side-and-rate field (side << 15 | rate) and of a maker rate field.
	rateFieldBytes = 2
)

// compactFields are what a slot's compact record is built from: the fields of recordFields the compact layouts
// keep, as values, and the values that replace the others (docs/PROTOCOL.md §6.1).
type compactFields struct {
	market, buy, mode, valid, tradeValid frontend.Variable
	// idA, idB are the 3 big-endian bytes of the account ids; amount, address, fill, price and quote the byte
	// encodings of recordFields (7, 20, 6, 6 and 8 bytes).
	idA, idB, amount, address, fill, price, quote []frontend.Variable
	// params is a MarketParams record's status byte then its four u24 fractions.
	params []frontend.Variable
	// slotA, slotB are order slots below 2^12 (range checked by the caller); nonceA, nonceB their nonces.
	slotA, slotB, nonceA, nonceB frontend.Variable
	// takerFeePpm, makerFeePpm are the fee rates (a liquidation's liquidator fee rate is makerFeePpm).
	takerFeePpm, makerFeePpm frontend.Variable
	// liquidationFee and insurancePay are a liquidation's; the rules make at least one of them 0.
	liquidationFee, insurancePay frontend.Variable
	// tagL, tagR are the words whose compression gives the slot's tag (tagWords).
	tagL, tagR frontend.Variable
}

// tagWords returns the two words of a slot's tag hash: (y, address + xOdd · 2^160) for a deposit, (address, 0)
// for a withdrawal, (addrA, addrB) for a forced trade and (0, 0) otherwise.
func (b *builder) tagWords(f txFlags, keyY, xOdd, address, addressB frontend.Variable) (l, r frontend.Variable) {
	api := b.api
	l = api.Add(api.Mul(f.dep, keyY), api.Mul(api.Add(f.w, f.ft), address))
	r = api.Add(api.Mul(f.dep, api.Add(address, api.Mul(xOdd, pow2(depositParityShift)))), api.Mul(f.ft, addressB))
	return l, r
}

// compactRecord returns the slot's 32-byte compact record (docs/PROTOCOL.md §6.1), each byte the flag-weighted
// sum of the byte each type puts there; a no-op's record is all zero. It range checks the nonces to
// RecordNonceBits, the fee rates to FeeRateBits and a liquidation's fee-or-payment to 48 bits, the narrowings
// of §6.1, for every slot.
func (b *builder) compactRecord(f txFlags, c *compactFields) [compactRecordSize]frontend.Variable {
	api := b.api
	one := func(v frontend.Variable) []frontend.Variable { return []frontend.Variable{v} }
	b.check(c.nonceA, recordNonceBits)
	b.check(c.nonceB, recordNonceBits)
	b.check(c.takerFeePpm, feeRateBits)
	b.check(c.makerFeePpm, feeRateBits)
	snA := api.Add(api.Mul(c.slotA, pow2(recordNonceBits)), c.nonceA)
	snB := api.Add(api.Mul(c.slotB, pow2(recordNonceBits)), c.nonceB)
	pays := api.Mul(f.liq, api.Sub(1, api.IsZero(c.insurancePay)))
	orders := b.bytesBE(api.Add(api.Mul(snA, pow2(snBits)), snB), 2*snBits/8)
	snABytes := b.bytesBE(snA, snFieldBytes)
	// A trade's side and taker rate, or a liquidation's side and liquidator rate.
	sideRate := b.bytesBE(api.Add(api.Mul(c.buy, pow2(feeRateBits)), b.pick(f.liq, c.makerFeePpm, c.takerFeePpm)), rateFieldBytes)
	makerRate := b.bytesBE(c.makerFeePpm, rateFieldBytes)
	liqSN := b.bytesBE(api.Add(api.Mul(pays, pow2(liquidationPaysBit)), snB), snFieldBytes)
	liqAmount := b.bytesBE(api.Add(c.liquidationFee, c.insurancePay), liquidationAmountBytes)
	tag := b.fieldBytes(b.compress(c.tagL, c.tagR))
	tail := func(n int) []frontend.Variable { return tag[wordBytes-n:] }
	// The first byte: the type in the high nibble, the market in the low one for the types that carry one.
	head := func(typ int) []frontend.Variable { return one(api.Add(typ<<4, c.market)) }
	plain := func(typ int) []frontend.Variable { return one(typ << 4) }
	layouts := []struct {
		flag  frontend.Variable
		bytes []frontend.Variable
	}{
		{f.dep, concat(plain(state.RecordDeposit), c.idA, c.amount, tail(state.DepositTagBytes))},
		{f.trade, concat(head(state.RecordTrade), c.idA, c.idB, c.fill, c.price, sideRate, makerRate, orders)},
		{f.w, concat(plain(state.RecordWithdrawal), c.idA, c.amount, snABytes, tail(state.WithdrawalTagBytes))},
		{f.fw, concat(plain(state.RecordForcedWithdrawal), c.idA, c.amount, c.address, one(c.valid))},
		{f.transfer, concat(plain(state.RecordTransfer), c.idA, c.idB, c.amount, snABytes, one(c.mode))},
		{f.liq, concat(head(state.RecordLiquidate), c.idA, c.idB, c.fill, c.price, sideRate, liqSN, liqAmount)},
		{f.del, concat(head(state.RecordDeleverage), c.idA, c.idB, c.fill, c.quote, one(c.buy))},
		{f.ft, concat(head(state.RecordForcedTrade), c.idA, c.idB, c.fill, c.price,
			one(api.Add(api.Mul(c.buy, 2), c.tradeValid)), tail(state.ForcedTradeTagBytes))},
		{f.mp, concat(head(state.RecordMarketParams), c.params)},
	}
	var out [compactRecordSize]frontend.Variable
	for i := range out {
		out[i] = 0
	}
	for _, l := range layouts {
		if len(l.bytes) > compactRecordSize {
			panic("circuits: compact record layout longer than a record")
		}
		for i, v := range l.bytes {
			out[i] = api.Add(out[i], b.weight(l.flag, v))
		}
	}
	return out
}

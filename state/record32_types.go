package state

import (
	"encoding/binary"
	"fmt"
)

// The per-type layouts of the compact records (docs/PROTOCOL.md §6.1).

func checkTag(tag []byte, n int) error {
	if len(tag) != n {
		return fmt.Errorf("%w: tag of %d bytes, want %d", ErrUnencodable, len(tag), n)
	}
	return nil
}

func checkAmount(v uint64) error {
	if v >= MaxAmount {
		return fmt.Errorf("%w: amount %d", ErrUnencodable, v)
	}
	return nil
}

func checkSizePrice(size, price uint64) error {
	if size > maxU48 || price > maxU48 {
		return fmt.Errorf("%w: size %d or price %d above 2^48", ErrUnencodable, size, price)
	}
	return nil
}

// checkFee refuses a rate above MaxFeeRatePpm and a fee that is not ceil(quote · rate / 10^6).
func checkFee(size, price uint64, rate uint32, fee uint64) error {
	if rate > MaxFeeRatePpm {
		return fmt.Errorf("%w: fee rate %d ppm above %d", ErrUnencodable, rate, MaxFeeRatePpm)
	}
	if want, ok := TradeFee(size, price, rate); !ok || want != fee {
		return fmt.Errorf("%w: fee %d is not the rate %d ppm of size %d at price %d", ErrUnencodable, fee, rate, size, price)
	}
	return nil
}

func encodeDeposit32(b []byte, d *DepositRecord, tag []byte) error {
	if err := firstErr(checkID(d.AccountID), checkAmount(d.AmountQuantums), checkTag(tag, DepositTagBytes)); err != nil {
		return err
	}
	b[0], _ = typeByte(RecordDeposit, 0)
	putU24(b[1:4], d.AccountID)
	putU56(b[4:11], d.AmountQuantums)
	copy(b[11:32], tag)
	return nil
}

func decodeDeposit32(b []byte, c *CompactRecord) ([]byte, error) {
	c.Deposit = &DepositRecord{AccountID: u24(b[1:4]), AmountQuantums: u56(b[4:11])}
	c.Tag = append([]byte(nil), b[11:32]...)
	return nil, nil
}

func encodeTrade32(b []byte, t *TradeRecord) error {
	ty, err := typeByte(RecordTrade, t.Market)
	if err != nil {
		return err
	}
	if err := firstErr(checkID(t.TakerAccount, t.MakerAccount), checkSizePrice(t.SizeQuantums, t.Price),
		checkFee(t.SizeQuantums, t.Price, t.TakerFeePpm, t.TakerFee), checkFee(t.SizeQuantums, t.Price, t.MakerFeePpm, t.MakerFee)); err != nil {
		return err
	}
	taker, err := slotNonce(t.TakerSlot, t.TakerNonce)
	if err != nil {
		return err
	}
	maker, err := slotNonce(t.MakerSlot, t.MakerNonce)
	if err != nil {
		return err
	}
	b[0] = ty
	putU24(b[1:4], t.TakerAccount)
	putU24(b[4:7], t.MakerAccount)
	putU48(b[7:13], t.SizeQuantums)
	putU48(b[13:19], t.Price)
	binary.BigEndian.PutUint16(b[19:21], uint16(boolByte(t.TakerIsBuy))<<FeeRateBits|uint16(t.TakerFeePpm))
	binary.BigEndian.PutUint16(b[21:23], uint16(t.MakerFeePpm))
	putU72(b[23:32], taker, maker)
	return nil
}

// sideRate splits a u16 holding side << 15 | rate.
func sideRate(b []byte) (bool, uint32) {
	v := binary.BigEndian.Uint16(b)
	return v>>FeeRateBits == 1, uint32(v & MaxFeeRatePpm)
}

func decodeTrade32(b []byte, c *CompactRecord) ([]byte, error) {
	buy, takerRate := sideRate(b[19:21])
	makerRate := uint32(binary.BigEndian.Uint16(b[21:23]))
	if makerRate > MaxFeeRatePpm {
		return nil, fmt.Errorf("%w: maker fee rate %d", ErrBadRecord, makerRate)
	}
	t := &TradeRecord{Market: b[0] & 0x0f, TakerIsBuy: buy, TakerAccount: u24(b[1:4]), MakerAccount: u24(b[4:7]),
		SizeQuantums: u48(b[7:13]), Price: u48(b[13:19]), TakerFeePpm: takerRate, MakerFeePpm: makerRate}
	taker, maker := u72(b[23:32])
	t.TakerSlot, t.TakerNonce = splitSlotNonce(taker)
	t.MakerSlot, t.MakerNonce = splitSlotNonce(maker)
	var ok1, ok2 bool
	t.TakerFee, ok1 = TradeFee(t.SizeQuantums, t.Price, takerRate)
	t.MakerFee, ok2 = TradeFee(t.SizeQuantums, t.Price, makerRate)
	if !ok1 || !ok2 {
		return nil, fmt.Errorf("%w: trade quote of size %d at price %d is not exact", ErrBadRecord, t.SizeQuantums, t.Price)
	}
	c.Trade = t
	return nil, nil
}

func encodeWithdrawal32(b []byte, w *WithdrawalRecord, tag []byte) error {
	if err := firstErr(checkID(w.AccountID), checkAmount(w.AmountQuantums), checkTag(tag, WithdrawalTagBytes)); err != nil {
		return err
	}
	sn, err := slotNonce(w.Slot, w.Nonce)
	if err != nil {
		return err
	}
	b[0], _ = typeByte(RecordWithdrawal, 0)
	putU24(b[1:4], w.AccountID)
	putU56(b[4:11], w.AmountQuantums)
	putU40(b[11:16], sn)
	copy(b[16:32], tag)
	return nil
}

func decodeWithdrawal32(b []byte, c *CompactRecord) ([]byte, error) {
	sn := u40(b[11:16])
	if sn>>(SlotTreeDepth+RecordNonceBits) != 0 {
		return nil, fmt.Errorf("%w: withdrawal slot field %x", ErrBadRecord, sn)
	}
	w := &WithdrawalRecord{AccountID: u24(b[1:4]), AmountQuantums: u56(b[4:11])}
	w.Slot, w.Nonce = splitSlotNonce(sn)
	c.Withdrawal = w
	c.Tag = append([]byte(nil), b[16:32]...)
	return nil, nil
}

func encodeForcedWithdrawal32(b []byte, f *ForcedWithdrawalRecord) error {
	if err := firstErr(checkID(f.AccountID), checkAmount(f.AmountQuantums)); err != nil {
		return err
	}
	b[0], _ = typeByte(RecordForcedWithdrawal, 0)
	putU24(b[1:4], f.AccountID)
	putU56(b[4:11], f.AmountQuantums)
	copy(b[11:31], f.L1Address[:])
	b[CompactForcedWithdrawalValidOffset] = boolByte(f.Valid)
	return nil
}

func decodeForcedWithdrawal32(b []byte, c *CompactRecord) ([]byte, error) {
	v := b[CompactForcedWithdrawalValidOffset]
	if v > 1 {
		return nil, fmt.Errorf("%w: forced withdrawal valid byte %d", ErrBadRecord, v)
	}
	f := &ForcedWithdrawalRecord{AccountID: u24(b[1:4]), AmountQuantums: u56(b[4:11]), Valid: v == 1}
	copy(f.L1Address[:], b[11:31])
	c.ForcedWithdrawal = f
	return nil, nil
}

func encodeTransfer32(b []byte, t *TransferRecord) error {
	if err := firstErr(checkID(t.FromAccount, t.ToAccount), checkAmount(t.AmountQuantums)); err != nil {
		return err
	}
	if t.MarginMode > MarketCount {
		return fmt.Errorf("%w: margin mode %d", ErrUnencodable, t.MarginMode)
	}
	sn, err := slotNonce(t.Slot, t.Nonce)
	if err != nil {
		return err
	}
	b[0], _ = typeByte(RecordTransfer, 0)
	putU24(b[1:4], t.FromAccount)
	putU24(b[4:7], t.ToAccount)
	putU56(b[7:14], t.AmountQuantums)
	putU40(b[14:19], sn)
	b[19] = t.MarginMode
	return nil
}

func decodeTransfer32(b []byte, c *CompactRecord) ([]byte, error) {
	sn := u40(b[14:19])
	if sn>>(SlotTreeDepth+RecordNonceBits) != 0 || b[19] > MarketCount {
		return nil, fmt.Errorf("%w: transfer slot field %x or margin mode %d", ErrBadRecord, sn, b[19])
	}
	t := &TransferRecord{FromAccount: u24(b[1:4]), ToAccount: u24(b[4:7]), AmountQuantums: u56(b[7:14]), MarginMode: b[19]}
	t.Slot, t.Nonce = splitSlotNonce(sn)
	c.Transfer = t
	return b[20:], nil
}

// liquidationPaysBit is the bit of a compact Liquidate record's 40-bit slot field that says whether its u48
// amount is an insurance payment (1) or a liquidation fee (0).
const liquidationPaysBit = 39

func encodeLiquidate32(b []byte, l *LiquidateRecord) error {
	ty, err := typeByte(RecordLiquidate, l.Market)
	if err != nil {
		return err
	}
	if err := firstErr(checkID(l.Liquidated, l.Liquidator), checkSizePrice(l.SizeQuantums, l.Price),
		checkFee(l.SizeQuantums, l.Price, l.LiquidatorFeePpm, l.LiquidatorFee)); err != nil {
		return err
	}
	if l.LiquidationFee > maxU48 || l.InsurancePayQuant >= MaxInsurancePay || l.LiquidationFee != 0 && l.InsurancePayQuant != 0 {
		return fmt.Errorf("%w: liquidation fee %d with insurance payment %d", ErrUnencodable, l.LiquidationFee, l.InsurancePayQuant)
	}
	sn, err := slotNonce(l.LiquidatorSlot, l.LiquidatorNonce)
	if err != nil {
		return err
	}
	amount := l.LiquidationFee
	if l.InsurancePayQuant != 0 {
		sn |= 1 << liquidationPaysBit
		amount = l.InsurancePayQuant
	}
	b[0] = ty
	putU24(b[1:4], l.Liquidated)
	putU24(b[4:7], l.Liquidator)
	putU48(b[7:13], l.SizeQuantums)
	putU48(b[13:19], l.Price)
	binary.BigEndian.PutUint16(b[19:21], uint16(boolByte(l.LiquidatedIsBuy))<<FeeRateBits|uint16(l.LiquidatorFeePpm))
	putU40(b[21:26], sn)
	putU48(b[26:32], amount)
	return nil
}

func decodeLiquidate32(b []byte, c *CompactRecord) ([]byte, error) {
	buy, rate := sideRate(b[19:21])
	sn := u40(b[21:26])
	pays := sn>>liquidationPaysBit == 1
	sn &^= 1 << liquidationPaysBit
	amount := u48(b[26:32])
	if sn>>(SlotTreeDepth+RecordNonceBits) != 0 || pays && amount == 0 {
		return nil, fmt.Errorf("%w: liquidation slot field %x, amount %d", ErrBadRecord, sn, amount)
	}
	l := &LiquidateRecord{Market: b[0] & 0x0f, LiquidatedIsBuy: buy, Liquidated: u24(b[1:4]), Liquidator: u24(b[4:7]),
		SizeQuantums: u48(b[7:13]), Price: u48(b[13:19]), LiquidatorFeePpm: rate}
	l.LiquidatorSlot, l.LiquidatorNonce = splitSlotNonce(sn)
	if pays {
		l.InsurancePayQuant = amount
	} else {
		l.LiquidationFee = amount
	}
	var ok bool
	if l.LiquidatorFee, ok = TradeFee(l.SizeQuantums, l.Price, rate); !ok {
		return nil, fmt.Errorf("%w: liquidation quote of size %d at price %d is not exact", ErrBadRecord, l.SizeQuantums, l.Price)
	}
	c.Liquidate = l
	return nil, nil
}

func encodeDeleverage32(b []byte, d *DeleverageRecord) error {
	ty, err := typeByte(RecordDeleverage, d.Market)
	if err != nil {
		return err
	}
	if err := firstErr(checkID(d.Deleveraged, d.Counterparty), checkSizePrice(d.SizeQuantums, 0)); err != nil {
		return err
	}
	b[0] = ty
	putU24(b[1:4], d.Deleveraged)
	putU24(b[4:7], d.Counterparty)
	putU48(b[7:13], d.SizeQuantums)
	binary.BigEndian.PutUint64(b[13:21], d.QuoteQuantums)
	b[21] = boolByte(d.DeleveragedIsBuy)
	return nil
}

func decodeDeleverage32(b []byte, c *CompactRecord) ([]byte, error) {
	if b[21] > 1 {
		return nil, fmt.Errorf("%w: deleveraged side byte %d", ErrBadRecord, b[21])
	}
	c.Deleverage = &DeleverageRecord{Market: b[0] & 0x0f, DeleveragedIsBuy: b[21] == 1, Deleveraged: u24(b[1:4]),
		Counterparty: u24(b[4:7]), SizeQuantums: u48(b[7:13]), QuoteQuantums: binary.BigEndian.Uint64(b[13:21])}
	return b[22:], nil
}

func encodeForcedTrade32(b []byte, f *ForcedTradeRecord, tag []byte) error {
	ty, err := typeByte(RecordForcedTrade, f.Market)
	if err != nil {
		return err
	}
	if err := firstErr(checkID(f.AccountA, f.AccountB), checkSizePrice(f.SizeQuantums, f.Price),
		checkTag(tag, ForcedTradeTagBytes)); err != nil {
		return err
	}
	b[0] = ty
	putU24(b[1:4], f.AccountA)
	putU24(b[4:7], f.AccountB)
	putU48(b[7:13], f.SizeQuantums)
	putU48(b[13:19], f.Price)
	b[CompactForcedTradeFlagsOffset] = boolByte(f.AIsBuy)<<1 | boolByte(f.Valid)
	copy(b[20:32], tag)
	return nil
}

func decodeForcedTrade32(b []byte, c *CompactRecord) ([]byte, error) {
	flags := b[CompactForcedTradeFlagsOffset]
	if flags > 3 {
		return nil, fmt.Errorf("%w: forced trade flags %d", ErrBadRecord, flags)
	}
	c.ForcedTrade = &ForcedTradeRecord{Market: b[0] & 0x0f, AIsBuy: flags>>1 == 1, Valid: flags&1 == 1,
		AccountA: u24(b[1:4]), AccountB: u24(b[4:7]), SizeQuantums: u48(b[7:13]), Price: u48(b[13:19])}
	c.Tag = append([]byte(nil), b[20:32]...)
	return nil, nil
}

func encodeMarketParams32(b []byte, m *MarketParamsRecord) error {
	ty, err := typeByte(RecordMarketParams, m.Market)
	if err != nil {
		return err
	}
	if m.ImfPpm > maxU24 || m.MmfPpm > maxU24 || m.TierImfPpm > maxU24 || m.TierMmfPpm > maxU24 {
		return fmt.Errorf("%w: market params fraction above 2^24", ErrUnencodable)
	}
	b[0] = ty
	b[1] = m.Status
	putU24(b[2:5], m.ImfPpm)
	putU24(b[5:8], m.MmfPpm)
	putU24(b[8:11], m.TierImfPpm)
	putU24(b[11:14], m.TierMmfPpm)
	return nil
}

func decodeMarketParams32(b []byte, c *CompactRecord) ([]byte, error) {
	c.MarketParams = &MarketParamsRecord{Market: b[0] & 0x0f, Status: b[1],
		ImfPpm: u24(b[2:5]), MmfPpm: u24(b[5:8]), TierImfPpm: u24(b[8:11]), TierMmfPpm: u24(b[11:14])}
	return b[14:], nil
}

// firstErr returns the first non-nil error.
func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

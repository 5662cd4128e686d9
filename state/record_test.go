package state

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"reflect"
	"testing"
)

func randomRecord(rng *rand.Rand) Record {
	var addr L1Address
	for i := range addr {
		addr[i] = byte(rng.Uint32())
	}
	switch rng.IntN(10) {
	case 1:
		d := &DepositRecord{AccountID: rng.Uint32(), AmountQuantums: rng.Uint64N(MaxAmount), L1Address: addr}
		for i := range d.PubKey {
			d.PubKey[i] = byte(rng.Uint32())
		}
		return Record{Deposit: d}
	case 2:
		return Record{Trade: &TradeRecord{
			Market: uint8(rng.Uint32()), TakerIsBuy: rng.IntN(2) == 0, TakerAccount: rng.Uint32(), MakerAccount: rng.Uint32(),
			SizeQuantums: rng.Uint64(), Price: rng.Uint64(), TakerFee: rng.Uint64N(maxU48 + 1), MakerFee: rng.Uint64N(maxU48 + 1),
			TakerSlot: uint16(rng.Uint32()), TakerNonce: rng.Uint32(), MakerSlot: uint16(rng.Uint32()), MakerNonce: rng.Uint32(),
		}}
	case 3:
		return Record{Withdrawal: &WithdrawalRecord{AccountID: rng.Uint32(), AmountQuantums: rng.Uint64N(MaxAmount),
			L1Address: addr, Slot: uint16(rng.Uint32()), Nonce: rng.Uint32()}}
	case 4:
		return Record{ForcedWithdrawal: &ForcedWithdrawalRecord{AccountID: rng.Uint32(), AmountQuantums: rng.Uint64N(MaxAmount),
			L1Address: addr, Valid: rng.IntN(2) == 0}}
	case 5:
		return Record{Transfer: &TransferRecord{FromAccount: rng.Uint32(), ToAccount: rng.Uint32(),
			AmountQuantums: rng.Uint64N(MaxAmount), Slot: uint16(rng.Uint32()), Nonce: rng.Uint32(), MarginMode: uint8(rng.Uint32())}}
	case 6:
		return Record{Liquidate: &LiquidateRecord{Market: uint8(rng.Uint32()), LiquidatedIsBuy: rng.IntN(2) == 0,
			Liquidated: rng.Uint32(), Liquidator: rng.Uint32(), SizeQuantums: rng.Uint64(), Price: rng.Uint64(),
			LiquidationFee: rng.Uint64N(maxU48 + 1), LiquidatorFee: rng.Uint64N(maxU48 + 1), LiquidatorSlot: uint16(rng.Uint32()),
			LiquidatorNonce: rng.Uint32(), InsurancePayQuant: rng.Uint64N(MaxAmount)}}
	case 7:
		return Record{Deleverage: &DeleverageRecord{Market: uint8(rng.Uint32()), DeleveragedIsBuy: rng.IntN(2) == 0,
			Deleveraged: rng.Uint32(), Counterparty: rng.Uint32(), SizeQuantums: rng.Uint64(), QuoteQuantums: rng.Uint64()}}
	case 8:
		f := &ForcedTradeRecord{Market: uint8(rng.Uint32()), AIsBuy: rng.IntN(2) == 0, AccountA: rng.Uint32(), AccountB: rng.Uint32(),
			SizeQuantums: rng.Uint64N(maxU48 + 1), Price: rng.Uint64N(maxU48 + 1), AddrA: addr, Valid: rng.IntN(2) == 0}
		for i := range f.AddrB {
			f.AddrB[i] = byte(rng.Uint32())
		}
		return Record{ForcedTrade: f}
	case 9:
		return Record{MarketParams: &MarketParamsRecord{Market: uint8(rng.Uint32()), Status: uint8(rng.Uint32()),
			ImfPpm: rng.Uint32N(maxU24 + 1), MmfPpm: rng.Uint32N(maxU24 + 1), TierImfPpm: rng.Uint32N(maxU24 + 1), TierMmfPpm: rng.Uint32N(maxU24 + 1)}}
	}
	return Record{}
}

func TestRecordRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(testSeed(t), 4))
	var pubdata []byte
	var want []Record
	for range 400 {
		r := randomRecord(rng)
		b, err := r.Encode()
		if err != nil {
			t.Fatal(err)
		}
		got, err := DecodeRecord(b[:])
		if err != nil || !reflect.DeepEqual(got, r) {
			t.Fatalf("round trip of %x: %+v, %v", b, got, err)
		}
		pubdata = append(pubdata, b[:]...)
		want = append(want, r)
	}
	got, err := DecodePubdata(pubdata)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("DecodePubdata: %v", err)
	}
}

func TestRecordLayout(t *testing.T) {
	tr := Record{Trade: &TradeRecord{Market: 2, TakerIsBuy: true, TakerAccount: 0x01020304, MakerAccount: 0x05060708,
		SizeQuantums: 0x1112131415161718, Price: 0x2122232425262728, TakerFee: 0x313233343536, MakerFee: 0x414243444546,
		TakerSlot: 0x5152, TakerNonce: 0x61626364, MakerSlot: 0x7172, MakerNonce: 0x81828384}}
	b, err := tr.Encode()
	if err != nil {
		t.Fatal(err)
	}
	want := []byte{2, 2, 1, 1, 2, 3, 4, 5, 6, 7, 8,
		0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17, 0x18, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0x27, 0x28,
		0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46,
		0x51, 0x52, 0x61, 0x62, 0x63, 0x64, 0x71, 0x72, 0x81, 0x82, 0x83, 0x84}
	want = append(want, make([]byte, RecordSize-len(want))...)
	if !bytes.Equal(b[:], want) {
		t.Fatalf("trade record\n got %x\nwant %x", b, want)
	}
	d := Record{Deposit: &DepositRecord{AccountID: 7, AmountQuantums: 0x01020304050607, L1Address: L1Address{19: 0xAA}, PubKey: [32]byte{0: 0xBB, 31: 0xCC}}}
	if b, err = d.Encode(); err != nil {
		t.Fatal(err)
	}
	if b[0] != 1 || !bytes.Equal(b[1:5], []byte{0, 0, 0, 7}) || !bytes.Equal(b[5:12], []byte{1, 2, 3, 4, 5, 6, 7}) ||
		b[31] != 0xAA || b[32] != 0xBB || b[63] != 0xCC {
		t.Fatalf("deposit record %x", b)
	}
	w := Record{Withdrawal: &WithdrawalRecord{AccountID: 9, AmountQuantums: 5, L1Address: L1Address{0: 0xAA}, Slot: 0x0102, Nonce: 0x03040506}}
	if b, err = w.Encode(); err != nil {
		t.Fatal(err)
	}
	if b[0] != 3 || b[4] != 9 || b[11] != 5 || b[12] != 0xAA || !bytes.Equal(b[32:38], []byte{1, 2, 3, 4, 5, 6}) || !bytes.Equal(b[38:], make([]byte, 26)) {
		t.Fatalf("withdrawal record %x", b)
	}
	f := Record{ForcedWithdrawal: &ForcedWithdrawalRecord{AccountID: 0x01020304, AmountQuantums: 0x05060708090a0b, L1Address: L1Address{0: 0xAA, 19: 0xBB}, Valid: true}}
	if b, err = f.Encode(); err != nil {
		t.Fatal(err)
	}
	if b[0] != 4 || !bytes.Equal(b[1:12], []byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}) || b[12] != 0xAA || b[31] != 0xBB ||
		b[32] != 1 || !bytes.Equal(b[33:], make([]byte, 31)) {
		t.Fatalf("forced withdrawal record %x", b)
	}
	f.ForcedWithdrawal.Valid = false
	if b, err = f.Encode(); err != nil || b[32] != 0 {
		t.Fatalf("invalid forced withdrawal record %x, %v", b, err)
	}
	if b, err = (Record{}).Encode(); err != nil || b != [RecordSize]byte{} {
		t.Fatalf("no-op record %x, %v", b, err)
	}
	ft := Record{ForcedTrade: &ForcedTradeRecord{Market: 3, AIsBuy: true, AccountA: 0x01020304, AccountB: 0x05060708,
		SizeQuantums: 0x111213141516, Price: 0x212223242526, AddrA: L1Address{0: 0xA0, 19: 0xA9}, AddrB: L1Address{0: 0xB0, 19: 0xB9}, Valid: true}}
	if b, err = ft.Encode(); err != nil {
		t.Fatal(err)
	}
	want = []byte{8, 3, 1, 1, 2, 3, 4, 5, 6, 7, 8, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x21, 0x22, 0x23, 0x24, 0x25, 0x26, 0xA0}
	want = append(want, make([]byte, 18)...)
	want = append(want, 0xA9, 0xB0)
	want = append(want, make([]byte, 18)...)
	want = append(want, 0xB9, 1)
	if !bytes.Equal(b[:], want) {
		t.Fatalf("forced trade record\n got %x\nwant %x", b, want)
	}
	ft.ForcedTrade.Valid = false
	if b, err = ft.Encode(); err != nil || b[ForcedTradeValidOffset] != 0 {
		t.Fatalf("invalid forced trade record %x, %v", b, err)
	}
	mp := Record{MarketParams: &MarketParamsRecord{Market: 8, Status: MarketSettled, ImfPpm: 0x010203, MmfPpm: 0x040506,
		TierImfPpm: 0x070809, TierMmfPpm: 0x0a0b0c}}
	if b, err = mp.Encode(); err != nil {
		t.Fatal(err)
	}
	want = append([]byte{9, 8, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, make([]byte, RecordSize-15)...)
	if !bytes.Equal(b[:], want) {
		t.Fatalf("market params record\n got %x\nwant %x", b, want)
	}
}

func TestRecordRejects(t *testing.T) {
	for name, r := range map[string]Record{
		"deposit amount 2^56":     {Deposit: &DepositRecord{AmountQuantums: MaxAmount}},
		"withdrawal amount 2^56":  {Withdrawal: &WithdrawalRecord{AmountQuantums: MaxAmount}},
		"forced amount 2^56":      {ForcedWithdrawal: &ForcedWithdrawalRecord{AmountQuantums: MaxAmount}},
		"taker fee 2^48":          {Trade: &TradeRecord{TakerFee: maxU48 + 1}},
		"maker fee 2^48":          {Trade: &TradeRecord{MakerFee: maxU48 + 1}},
		"forced trade size 2^48":  {ForcedTrade: &ForcedTradeRecord{SizeQuantums: maxU48 + 1}},
		"forced trade price 2^48": {ForcedTrade: &ForcedTradeRecord{Price: maxU48 + 1}},
		"imf 2^24":                {MarketParams: &MarketParamsRecord{ImfPpm: maxU24 + 1}},
		"mmf 2^24":                {MarketParams: &MarketParamsRecord{MmfPpm: maxU24 + 1}},
		"tier imf 2^24":           {MarketParams: &MarketParamsRecord{TierImfPpm: maxU24 + 1}},
		"tier mmf 2^24":           {MarketParams: &MarketParamsRecord{TierMmfPpm: maxU24 + 1}},
	} {
		if _, err := r.Encode(); !errors.Is(err, ErrOutOfRange) {
			t.Fatalf("%s: %v, want ErrOutOfRange", name, err)
		}
	}
	for name, r := range map[string]Record{
		"deposit amount 2^56-1":    {Deposit: &DepositRecord{AmountQuantums: MaxAmount - 1}},
		"withdrawal amount 2^56-1": {Withdrawal: &WithdrawalRecord{AmountQuantums: MaxAmount - 1}},
		"forced amount 2^56-1":     {ForcedWithdrawal: &ForcedWithdrawalRecord{AmountQuantums: MaxAmount - 1}},
		"fees 2^48-1":              {Trade: &TradeRecord{TakerFee: maxU48, MakerFee: maxU48}},
		"forced trade 2^48-1":      {ForcedTrade: &ForcedTradeRecord{SizeQuantums: maxU48, Price: maxU48}},
		"fractions 2^24-1":         {MarketParams: &MarketParamsRecord{ImfPpm: maxU24, MmfPpm: maxU24, TierImfPpm: maxU24, TierMmfPpm: maxU24}},
	} {
		if _, err := r.Encode(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	rec := func(f func(b []byte)) []byte {
		b := make([]byte, RecordSize)
		f(b)
		return b
	}
	for name, b := range map[string][]byte{
		"short":                   make([]byte, RecordSize-1),
		"long":                    make([]byte, RecordSize+1),
		"type 10":                 rec(func(b []byte) { b[0] = 10 }),
		"forced trade side 2":     rec(func(b []byte) { b[0], b[2] = RecordForcedTrade, 2 }),
		"forced trade valid 2":    rec(func(b []byte) { b[0], b[ForcedTradeValidOffset] = RecordForcedTrade, 2 }),
		"market params padding":   rec(func(b []byte) { b[0], b[15] = RecordMarketParams, 1 }),
		"market params last byte": rec(func(b []byte) { b[0], b[63] = RecordMarketParams, 1 }),
		"transfer padding":        rec(func(b []byte) { b[0], b[23] = RecordTransfer, 1 }),
		"liquidate side 2":        rec(func(b []byte) { b[0], b[2] = RecordLiquidate, 2 }),
		"liquidate padding":       rec(func(b []byte) { b[0], b[52] = RecordLiquidate, 1 }),
		"deleverage side 2":       rec(func(b []byte) { b[0], b[2] = RecordDeleverage, 2 }),
		"deleverage padding":      rec(func(b []byte) { b[0], b[27] = RecordDeleverage, 1 }),
		"type 255":                rec(func(b []byte) { b[0] = 255 }),
		"no-op padding":           rec(func(b []byte) { b[63] = 1 }),
		"trade side 2":            rec(func(b []byte) { b[0], b[2] = RecordTrade, 2 }),
		"trade padding":           rec(func(b []byte) { b[0], b[51] = RecordTrade, 1 }),
		"withdrawal padding":      rec(func(b []byte) { b[0], b[38] = RecordWithdrawal, 1 }),
		"forced valid 2":          rec(func(b []byte) { b[0], b[32] = RecordForcedWithdrawal, 2 }),
		"forced padding":          rec(func(b []byte) { b[0], b[33] = RecordForcedWithdrawal, 1 }),
	} {
		if _, err := DecodeRecord(b); !errors.Is(err, ErrBadRecord) {
			t.Fatalf("%s: %v, want ErrBadRecord", name, err)
		}
	}
	if _, err := DecodePubdata(make([]byte, RecordSize+1)); !errors.Is(err, ErrBadRecord) {
		t.Fatalf("ragged pubdata: %v", err)
	}
	bad := make([]byte, 3*RecordSize)
	bad[2*RecordSize] = 10
	if _, err := DecodePubdata(bad); !errors.Is(err, ErrBadRecord) || err.Error()[:8] != "record 2" {
		t.Fatalf("pubdata with a bad third record: %v", err)
	}
}

// FuzzDecodeRecord checks that decoding never panics and that every record that decodes encodes back to the
// same bytes.
func FuzzDecodeRecord(f *testing.F) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20 {
		b, err := randomRecord(rng).Encode()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b[:])
	}
	for _, r := range []Record{
		{ForcedTrade: &ForcedTradeRecord{Market: 1, AccountA: 1, AccountB: 2, SizeQuantums: 1_000, Price: 1_000, Valid: true}},
		{MarketParams: &MarketParamsRecord{Market: 1, Status: MarketSettled, ImfPpm: 50_000, MmfPpm: 30_000}},
	} {
		b, err := r.Encode()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b[:])
	}
	f.Add(make([]byte, RecordSize-1))
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := DecodeRecord(b)
		if err != nil {
			if !errors.Is(err, ErrBadRecord) {
				t.Fatalf("error %v does not wrap ErrBadRecord", err)
			}
			return
		}
		n := 0
		for _, set := range []bool{r.Deposit != nil, r.Trade != nil, r.Withdrawal != nil, r.ForcedWithdrawal != nil,
			r.Transfer != nil, r.Liquidate != nil, r.Deleverage != nil, r.ForcedTrade != nil, r.MarketParams != nil} {
			if set {
				n++
			}
		}
		if n > 1 {
			t.Fatalf("decoded record %+v has %d kinds", r, n)
		}
		enc, err := r.Encode()
		if err != nil || !bytes.Equal(enc[:], b) {
			t.Fatalf("decode∘encode of %x gives %x, %v", b, enc, err)
		}
	})
}

package state

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// randomCompactable returns a random record of type typ (1..9) whose fields lie within the compact encoding's
// limits, fees derived from their rates.
func randomCompactable(rng *rand.Rand, typ int) Record {
	var a, b L1Address
	for i := range a {
		a[i], b[i] = byte(rng.Uint32()), byte(rng.Uint32())
	}
	id := func() uint32 { return rng.Uint32N(1 << AccountTreeDepth) }
	slot := func() uint16 { return uint16(rng.Uint32N(1 << SlotTreeDepth)) }
	nonce := func() uint32 { return rng.Uint32N(MaxRecordNonce + 1) }
	market := uint8(1 + rng.IntN(MarketCount))
	// An exact quote: the price a multiple of PriceScale.
	size, price := rng.Uint64N(1<<40), PriceScale*rng.Uint64N(1<<24)
	rate := func() uint32 { return rng.Uint32N(MaxFeeRatePpm + 1) }
	fee := func(r uint32) uint64 { f, _ := TradeFee(size, price, r); return f }
	switch typ {
	case RecordDeposit:
		d := &DepositRecord{AccountID: id(), AmountQuantums: rng.Uint64N(MaxAmount), L1Address: a}
		for i := range d.PubKey {
			d.PubKey[i] = byte(rng.Uint32())
		}
		return Record{Deposit: d}
	case RecordTrade:
		tr, mr := rate(), rate()
		return Record{Trade: &TradeRecord{Market: market, TakerIsBuy: rng.IntN(2) == 0, TakerAccount: id(), MakerAccount: id(),
			SizeQuantums: size, Price: price, TakerFeePpm: tr, MakerFeePpm: mr, TakerFee: fee(tr), MakerFee: fee(mr),
			TakerSlot: slot(), TakerNonce: nonce(), MakerSlot: slot(), MakerNonce: nonce()}}
	case RecordWithdrawal:
		return Record{Withdrawal: &WithdrawalRecord{AccountID: id(), AmountQuantums: rng.Uint64N(MaxAmount), L1Address: a,
			Slot: slot(), Nonce: nonce()}}
	case RecordForcedWithdrawal:
		return Record{ForcedWithdrawal: &ForcedWithdrawalRecord{AccountID: id(), AmountQuantums: rng.Uint64N(MaxAmount),
			L1Address: a, Valid: rng.IntN(2) == 0}}
	case RecordTransfer:
		return Record{Transfer: &TransferRecord{FromAccount: id(), ToAccount: id(), AmountQuantums: rng.Uint64N(MaxAmount),
			Slot: slot(), Nonce: nonce(), MarginMode: uint8(rng.IntN(MarketCount + 1))}}
	case RecordLiquidate:
		r := rate()
		l := &LiquidateRecord{Market: market, LiquidatedIsBuy: rng.IntN(2) == 0, Liquidated: id(), Liquidator: id(),
			SizeQuantums: size, Price: price, LiquidatorFeePpm: r, LiquidatorFee: fee(r), LiquidatorSlot: slot(), LiquidatorNonce: nonce()}
		if rng.IntN(2) == 0 {
			l.InsurancePayQuant = 1 + rng.Uint64N(MaxInsurancePay-1)
		} else {
			l.LiquidationFee = rng.Uint64N(maxU48 + 1)
		}
		return Record{Liquidate: l}
	case RecordDeleverage:
		return Record{Deleverage: &DeleverageRecord{Market: market, DeleveragedIsBuy: rng.IntN(2) == 0, Deleveraged: id(),
			Counterparty: id(), SizeQuantums: rng.Uint64N(maxU48 + 1), QuoteQuantums: rng.Uint64()}}
	case RecordForcedTrade:
		return Record{ForcedTrade: &ForcedTradeRecord{Market: market, AIsBuy: rng.IntN(2) == 0, AccountA: id(), AccountB: id(),
			SizeQuantums: rng.Uint64N(maxU48 + 1), Price: rng.Uint64N(maxU48 + 1), AddrA: a, AddrB: b, Valid: rng.IntN(2) == 0}}
	case RecordMarketParams:
		return Record{MarketParams: &MarketParamsRecord{Market: market, Status: uint8(rng.Uint32()),
			ImfPpm: rng.Uint32N(maxU24 + 1), MmfPpm: rng.Uint32N(maxU24 + 1), TierImfPpm: rng.Uint32N(maxU24 + 1), TierMmfPpm: rng.Uint32N(maxU24 + 1)}}
	}
	return Record{}
}

// stripped returns what a compact record of r decodes to: r without the fields its tag stands for.
func stripped(r Record) Record {
	switch {
	case r.Deposit != nil:
		d := *r.Deposit
		d.L1Address, d.PubKey = L1Address{}, [32]byte{}
		r.Deposit = &d
	case r.Withdrawal != nil:
		w := *r.Withdrawal
		w.L1Address = L1Address{}
		r.Withdrawal = &w
	case r.ForcedTrade != nil:
		f := *r.ForcedTrade
		f.AddrA, f.AddrB = L1Address{}, L1Address{}
		r.ForcedTrade = &f
	}
	return r
}

func TestCompactRecordRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(testSeed(t), 32))
	var pubdata []byte
	var want []Record
	for i := range 1000 {
		r := randomCompactable(rng, i%10)
		b, err := r.EncodeCompact()
		if err != nil {
			t.Fatalf("%+v: %v", r, err)
		}
		got, err := DecodeCompactRecord(b[:])
		if err != nil || !reflect.DeepEqual(got.Record, stripped(r)) {
			t.Fatalf("round trip of %x: %+v, %v; want %+v", b, got.Record, err, stripped(r))
		}
		if again, err := got.Encode(); err != nil || again != b {
			t.Fatalf("re-encoding %x gives %x, %v", b, again, err)
		}
		pubdata = append(pubdata, b[:]...)
		want = append(want, stripped(r))
	}
	got, err := DecodeCompactPubdata(pubdata)
	if err != nil || len(got) != len(want) {
		t.Fatalf("DecodeCompactPubdata: %d records, %v", len(got), err)
	}
	for i := range got {
		if !reflect.DeepEqual(got[i].Record, want[i]) {
			t.Fatalf("record %d: %+v, want %+v", i, got[i].Record, want[i])
		}
	}
	if _, err := DecodeCompactPubdata(pubdata[:len(pubdata)-1]); !errors.Is(err, ErrBadRecord) {
		t.Fatalf("truncated pubdata: %v", err)
	}
}

// TestCompactTags checks that each tag binds the fields it replaces: changing any byte of them changes the tag.
func TestCompactTags(t *testing.T) {
	var a, b L1Address
	a[0], b[19] = 1, 2
	key := [32]byte{0x80, 5}
	flipped := key
	flipped[0] &^= 0x80
	if DepositTag(a, key) == DepositTag(a, flipped) || DepositTag(a, key) == DepositTag(b, key) {
		t.Fatal("the deposit tag does not bind the key's parity bit or the address")
	}
	if WithdrawalTag(a) == WithdrawalTag(b) {
		t.Fatal("the withdrawal tag does not bind the address")
	}
	if ForcedTradeTag(a, b) == ForcedTradeTag(b, a) {
		t.Fatal("the forced trade tag does not bind the order of the addresses")
	}
}

func TestCompactRecordLimits(t *testing.T) {
	base := func() *TradeRecord {
		return &TradeRecord{Market: MarketCount, TakerAccount: 1<<AccountTreeDepth - 1, MakerAccount: 2, SizeQuantums: maxU48,
			Price: PriceScale, TakerFeePpm: MaxFeeRatePpm, MakerFeePpm: 0, TakerSlot: 1<<SlotTreeDepth - 1, TakerNonce: MaxRecordNonce}
	}
	withFees := func(tr *TradeRecord) Record {
		tr.TakerFee, _ = TradeFee(tr.SizeQuantums, tr.Price, tr.TakerFeePpm)
		tr.MakerFee, _ = TradeFee(tr.SizeQuantums, tr.Price, tr.MakerFeePpm)
		return Record{Trade: tr}
	}
	liq := func(fee, pay uint64) Record {
		return Record{Liquidate: &LiquidateRecord{Market: 1, Liquidated: 1, Liquidator: 2, SizeQuantums: 1, Price: PriceScale,
			LiquidationFee: fee, InsurancePayQuant: pay}}
	}
	cases := []struct {
		name string
		ok   Record
		bad  Record
	}{
		{"nonce", withFees(base()), withFees(func() *TradeRecord { r := base(); r.TakerNonce++; return r }())},
		{"fee rate", withFees(base()), withFees(func() *TradeRecord { r := base(); r.TakerFeePpm++; return r }())},
		{"account id", withFees(base()), withFees(func() *TradeRecord { r := base(); r.TakerAccount++; return r }())},
		{"slot", withFees(base()), withFees(func() *TradeRecord { r := base(); r.TakerSlot++; return r }())},
		{"size", withFees(base()), withFees(func() *TradeRecord { r := base(); r.SizeQuantums++; return r }())},
		{"market", withFees(base()), withFees(func() *TradeRecord { r := base(); r.Market++; return r }())},
		{"fee not derived", withFees(base()), func() Record { r := withFees(base()); r.Trade.MakerFee++; return r }()},
		{"insurance pay", liq(0, MaxInsurancePay-1), liq(0, MaxInsurancePay)},
		{"fee and pay", liq(maxU48, 0), liq(1, 1)},
		{"margin mode", Record{Transfer: &TransferRecord{MarginMode: MarketCount}},
			Record{Transfer: &TransferRecord{MarginMode: MarketCount + 1}}},
		{"withdrawal nonce", Record{Withdrawal: &WithdrawalRecord{Nonce: MaxRecordNonce}},
			Record{Withdrawal: &WithdrawalRecord{Nonce: MaxRecordNonce + 1}}},
	}
	for _, c := range cases {
		if _, err := c.ok.EncodeCompact(); err != nil {
			t.Errorf("%s at its limit: %v", c.name, err)
		}
		if _, err := c.bad.EncodeCompact(); !errors.Is(err, ErrUnencodable) {
			t.Errorf("%s at its limit + 1: %v, want ErrUnencodable", c.name, err)
		}
	}
}

func TestCompactRecordMalformed(t *testing.T) {
	var trade [CompactRecordSize]byte
	trade[0] = RecordTrade<<4 | 1
	cases := map[string]func(b []byte){
		"market 0":          func(b []byte) { b[0] = RecordTrade << 4 },
		"market 9":          func(b []byte) { b[0] = RecordTrade<<4 | (MarketCount + 1) },
		"market on deposit": func(b []byte) { b[0] = RecordDeposit<<4 | 1 },
		"type 10":           func(b []byte) { b[0] = 10 << 4 },
		"maker rate":        func(b []byte) { b[21] = 0x80 },
		"noop padding":      func(b []byte) { b[0], b[31] = 0, 1 },
		"withdrawal slot":   func(b []byte) { b[0], b[11] = RecordWithdrawal<<4, 0x10 },
		"forced trade flag": func(b []byte) { b[0], b[CompactForcedTradeFlagsOffset] = RecordForcedTrade<<4|1, 4 },
		"fw valid":          func(b []byte) { b[0], b[CompactForcedWithdrawalValidOffset] = RecordForcedWithdrawal<<4, 2 },
		"liquidation pay 0": func(b []byte) { b[0], b[21] = RecordLiquidate<<4|1, 0x80 },
		"deleverage side":   func(b []byte) { b[0], b[21] = RecordDeleverage<<4|1, 2 },
	}
	if _, err := DecodeCompactRecord(trade[:]); err != nil {
		t.Fatalf("a zero trade: %v", err)
	}
	for name, mutate := range cases {
		b := trade
		mutate(b[:])
		if _, err := DecodeCompactRecord(b[:]); !errors.Is(err, ErrBadRecord) {
			t.Errorf("%s: %v, want ErrBadRecord", name, err)
		}
	}
	if _, err := DecodeCompactRecord(trade[:31]); !errors.Is(err, ErrBadRecord) {
		t.Errorf("31 bytes: %v", err)
	}
}

// FuzzDecodeCompactRecord checks that the decoder never panics and that whatever it accepts is canonical: its
// encoding is the input.
func FuzzDecodeCompactRecord(f *testing.F) {
	rng := rand.New(rand.NewPCG(1, 32))
	for typ := range 10 {
		b, err := randomCompactable(rng, typ).EncodeCompact()
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b[:])
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		c, err := DecodeCompactRecord(in)
		if err != nil {
			if !errors.Is(err, ErrBadRecord) {
				t.Fatalf("untyped error %v", err)
			}
			return
		}
		out, err := c.Encode()
		if err != nil || !bytes.Equal(out[:], in) {
			t.Fatalf("%x decodes to %+v, which encodes to %x, %v", in, c.Record, out, err)
		}
	})
}

// compactVector is one entry of testdata/records32.json: a record, its compact encoding and, for the tagged
// types, the tag inputs, for the circuit and the contract to check against.
type compactVector struct {
	Type   int    `json:"type"`
	Record Record `json:"record"`
	Hex    string `json:"hex"`
}

// compactVectors returns one record of each type at the extremes of its fields.
func compactVectors(t *testing.T) []compactVector {
	var a, b L1Address
	for i := range a {
		a[i], b[i] = byte(0xa0+i), byte(0x10+i)
	}
	key := [32]byte{0x80 | 0x12, 0x34, 0x56}
	top := uint32(1<<AccountTreeDepth - 1)
	maxSlot := uint16(1<<SlotTreeDepth - 1)
	fee := func(size, price uint64, r uint32) uint64 { f, _ := TradeFee(size, price, r); return f }
	size, price := uint64(maxU48), uint64(3*PriceScale)
	recs := []Record{
		{},
		{Deposit: &DepositRecord{AccountID: L2AccountBase - 1, AmountQuantums: MaxAmount - 1, L1Address: a, PubKey: key}},
		{Trade: &TradeRecord{Market: MarketCount, TakerIsBuy: true, TakerAccount: top, MakerAccount: 7, SizeQuantums: size,
			Price: price, TakerFeePpm: MaxFeeRatePpm, MakerFeePpm: 200, TakerFee: fee(size, price, MaxFeeRatePpm),
			MakerFee: fee(size, price, 200), TakerSlot: maxSlot, TakerNonce: MaxRecordNonce, MakerSlot: 1, MakerNonce: 2}},
		{Withdrawal: &WithdrawalRecord{AccountID: 5, AmountQuantums: MaxAmount - 1, L1Address: a, Slot: maxSlot, Nonce: MaxRecordNonce}},
		{ForcedWithdrawal: &ForcedWithdrawalRecord{AccountID: top, AmountQuantums: 1, L1Address: b, Valid: true}},
		{Transfer: &TransferRecord{FromAccount: 3, ToAccount: top, AmountQuantums: MaxAmount - 1, Slot: maxSlot, Nonce: MaxRecordNonce,
			MarginMode: MarketCount}},
		{Liquidate: &LiquidateRecord{Market: 1, LiquidatedIsBuy: true, Liquidated: 6, Liquidator: top, SizeQuantums: size, Price: price,
			LiquidatorFeePpm: MaxFeeRatePpm, LiquidatorFee: fee(size, price, MaxFeeRatePpm), LiquidatorSlot: maxSlot,
			LiquidatorNonce: MaxRecordNonce, InsurancePayQuant: MaxInsurancePay - 1}},
		{Deleverage: &DeleverageRecord{Market: 2, Deleveraged: top, Counterparty: 6, SizeQuantums: maxU48, QuoteQuantums: 1<<64 - 1}},
		{ForcedTrade: &ForcedTradeRecord{Market: 3, AIsBuy: true, AccountA: 4, AccountB: top, SizeQuantums: maxU48, Price: maxU48,
			AddrA: a, AddrB: b, Valid: true}},
		{MarketParams: &MarketParamsRecord{Market: MarketCount, Status: MarketReduceOnly, ImfPpm: maxU24, MmfPpm: 1,
			TierImfPpm: 500_000, TierMmfPpm: 250_000}},
	}
	out := make([]compactVector, len(recs))
	for i, r := range recs {
		enc, err := r.EncodeCompact()
		if err != nil {
			t.Fatalf("vector %d: %v", i, err)
		}
		out[i] = compactVector{Type: i, Record: r, Hex: hex.EncodeToString(enc[:])}
	}
	return out
}

func TestVectorsCompactRecords(t *testing.T) {
	got, err := json.MarshalIndent(compactVectors(t), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "records32.json")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s differs from the encoding (go test ./state -run Vector -update rewrites it)", path)
	}
}

// TestMarketFeeRateLimit checks that a market's fee rates are at most MaxFeeRatePpm, the width of the compact
// records' rate fields, so the tree refuses a table whose trades could not be encoded.
func TestMarketFeeRateLimit(t *testing.T) {
	m := Market{Name: "BTC-USD", OraclePrice: 60_000_000_000, ImfPpm: 50_000, MmfPpm: 30_000, Status: MarketActive,
		TickSize: 1_000_000, StepSize: 1_000, BaseDecimals: 6, MakerFeePpm: MaxFeeRatePpm, TakerFeePpm: MaxFeeRatePpm}
	if err := m.Validate(); err != nil {
		t.Fatalf("rates at MaxFeeRatePpm: %v", err)
	}
	for _, bad := range []Market{m, m} {
		bad.TakerFeePpm++
		if err := bad.Validate(); !errors.Is(err, ErrBadMarket) {
			t.Fatalf("taker rate MaxFeeRatePpm + 1: %v, want ErrBadMarket", err)
		}
	}
	m.MakerFeePpm++
	if err := m.Validate(); !errors.Is(err, ErrBadMarket) {
		t.Fatalf("maker rate MaxFeeRatePpm + 1: %v, want ErrBadMarket", err)
	}
}

package state

import (
	"bytes"
	"errors"
	"log/slog"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
)

// replayKey returns the i-th test key, a multiple of the curve's base point.
func replayKey(i int64) PubKey {
	c := twistededwards.GetEdwardsCurve()
	var p twistededwards.PointAffine
	p.ScalarMultiplication(&c.Base, big.NewInt(i+2))
	return PubKey{X: p.X, Y: p.Y}
}

func replayConfig() *Config {
	cfg := &Config{MaxFundingRatePpm: 1_000, FundingIntervalSeconds: 3_600, OracleMaxAgeSeconds: 60, LiquidationFeePpm: 10_000}
	for i := range cfg.OracleKeys {
		cfg.OracleKeys[i] = replayKey(int64(100 + i))
	}
	return cfg
}

// replayTree returns a tree with market 1 (price 60, index 5) and market 2 (price 3, index −7) listed, an
// insurance fund of 1,000 and the last funding tick at time 100.
func replayTree(t *testing.T) *Tree {
	t.Helper()
	tree, err := Open("replay", WithFS(vfs.NewMem()), WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = tree.Close() })
	var m Markets
	m[0] = Market{OraclePrice: 60_000_000, FundingIndex: 5, ImfPpm: 50_000, MmfPpm: 30_000, Status: MarketActive, TickSize: 1_000, StepSize: 1_000}
	m[1] = Market{OraclePrice: 3_000_000, FundingIndex: -7, ImfPpm: 100_000, MmfPpm: 50_000, Status: MarketActive, TickSize: 100, StepSize: 10_000}
	if err := tree.SetMarkets(m); err != nil {
		t.Fatal(err)
	}
	tree.SetGlobals(Globals{InsuranceFundQuantums: 1_000, SystemTimeSeconds: 100, LastFundingTimeSeconds: 100})
	if err := tree.Commit(); err != nil {
		t.Fatal(err)
	}
	return tree
}

// replayed checks an account's leaf fields (its slot root is checked by the tree's Commit) and returns it.
func replayed(t *testing.T, tree *Tree, id uint32, want Account) {
	t.Helper()
	got, err := tree.Account(id)
	if err != nil {
		t.Fatal(err)
	}
	want.SlotRoot = got.SlotRoot
	if got != want {
		t.Fatalf("account %d:\n got %+v\nwant %+v", id, got, want)
	}
}

func replayedSlot(t *testing.T, tree *Tree, id uint32, slot uint16, want Slot) {
	t.Helper()
	if got, err := tree.Slot(id, slot); err != nil || got != want {
		t.Fatalf("account %d slot %d: %+v %v, want %+v", id, slot, got, err, want)
	}
}

func replayedGlobals(t *testing.T, tree *Tree, want Globals) {
	t.Helper()
	if got := tree.Globals(); got != want {
		t.Fatalf("globals %+v, want %+v", got, want)
	}
}

// TestReplayBatch replays batches of every record kind and checks each effect against values worked out by
// hand (docs/PROTOCOL.md §5): the market update with and without a funding tick (the index moves by the
// floor of rate · price), funding settled into the insurance fund before every account update (rounded
// against the account), a transfer that creates an isolated sub-account, liquidations with a fee and with an
// insurance payment, and a deleveraging.
func TestReplayBatch(t *testing.T) {
	tree := replayTree(t)
	cfg := replayConfig()
	commit := func() {
		t.Helper()
		if err := tree.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	flat := &MarketRecord{Prices: [MarketCount]uint64{60_000_000, 3_000_000}}
	k0, k1 := replayKey(0), replayKey(1)
	a0, a1 := L1Address{0xa0}, L1Address{0xa1}
	const x = L2AccountBase + 1

	// Batch 1 (time 200, no tick): two deposits.
	must(t, ReplayBatch(tree, cfg, 200, flat, []Record{
		{Deposit: &DepositRecord{AccountID: 0, AmountQuantums: 1_000_000, L1Address: a0, PubKey: k0.Compressed()}},
		{Deposit: &DepositRecord{AccountID: 1, AmountQuantums: 2_000_000, L1Address: a1, PubKey: k1.Compressed()}},
	}))
	commit()
	replayed(t, tree, 0, Account{PubKey: k0, L1Address: a0, CollateralQuantums: 1_000_000})
	replayedGlobals(t, tree, Globals{InsuranceFundQuantums: 1_000, SystemTimeSeconds: 200, LastFundingTimeSeconds: 100})

	// A funding rate without a tick does not apply.
	rated := *flat
	rated.RatesPpm[0] = 1
	if err := ReplayBatch(tree, cfg, 300, &rated, nil); !errors.Is(err, ErrBadReplay) || !errors.Is(err, ErrBadMarketUpdate) {
		t.Fatalf("rate without a tick: %v", err)
	}
	tree.Discard()

	// Batch 2 (time 300): account 0 buys 1,000 of market 1 at 61 from account 1. quote = 61,000.
	must(t, ReplayBatch(tree, cfg, 300, flat, []Record{{Trade: &TradeRecord{Market: 1, TakerIsBuy: true, TakerAccount: 0,
		MakerAccount: 1, SizeQuantums: 1_000, Price: 61_000_000, TakerFee: 61, MakerFee: 12, TakerSlot: 4, TakerNonce: 2,
		MakerSlot: 5, MakerNonce: 1}}}))
	commit()
	replayed(t, tree, 0, Account{PubKey: k0, L1Address: a0, CollateralQuantums: 938_939,
		Positions: [PositionSlots]Position{{Market: 1, SizeQuantums: 1_000, FundingIndex: 5}}})
	replayed(t, tree, 1, Account{PubKey: k1, L1Address: a1, CollateralQuantums: 2_060_988,
		Positions: [PositionSlots]Position{{Market: 1, SizeQuantums: -1_000, FundingIndex: 5}}})
	replayedSlot(t, tree, 0, 4, Slot{Nonce: 2, Filled: 1_000})
	replayedSlot(t, tree, 1, 5, Slot{Nonce: 1, Filled: 1_000})

	// Batch 3 (time 3,700 = last tick + interval: a tick). Market 1: price 62, rate 501 ppm, index += 31,062
	// → 31,067. Market 2: price 3.000001, rate −7, index += ⌊−21.000007⌋ = −22 → −29. Account 0 owes
	// ⌈1,000 · 31,062 / 10^6⌉ = 32 and transfers 100,000 to a new isolated account, paying the transfer fee
	// TransferFeeQuantums to the fee pool; account 1 is owed
	// ⌈−31.062⌉ = −31, settled by an invalid forced withdrawal.
	tick := &MarketRecord{Prices: [MarketCount]uint64{62_000_000, 3_000_001}, RatesPpm: [MarketCount]int16{501, -7}}
	must(t, ReplayBatch(tree, cfg, 3_700, tick, []Record{
		{Transfer: &TransferRecord{FromAccount: 0, ToAccount: x, AmountQuantums: 100_000, Slot: 9, Nonce: 1, MarginMode: 1}},
		{ForcedWithdrawal: &ForcedWithdrawalRecord{AccountID: 1, AmountQuantums: 1 << 40, L1Address: a1}},
	}))
	commit()
	if m := tree.Markets(); m[0].FundingIndex != 31_067 || m[1].FundingIndex != -29 || m[0].OraclePrice != 62_000_000 || m[1].OraclePrice != 3_000_001 {
		t.Fatalf("markets after the tick: %+v %+v", m[0], m[1])
	}
	replayedGlobals(t, tree, Globals{InsuranceFundQuantums: 1_001, FeePoolQuantums: 73 + TransferFeeQuantums, SystemTimeSeconds: 3_700, LastFundingTimeSeconds: 3_700})
	replayed(t, tree, 0, Account{PubKey: k0, L1Address: a0, CollateralQuantums: 838_907 - TransferFeeQuantums,
		Positions: [PositionSlots]Position{{Market: 1, SizeQuantums: 1_000, FundingIndex: 31_067}}})
	replayed(t, tree, 1, Account{PubKey: k1, L1Address: a1, CollateralQuantums: 2_061_019,
		Positions: [PositionSlots]Position{{Market: 1, SizeQuantums: -1_000, FundingIndex: 31_067}}})
	replayed(t, tree, x, Account{PubKey: k0, L1Address: a0, CollateralQuantums: 100_000, MarginMode: 1})
	replayedSlot(t, tree, 0, 9, Slot{Nonce: 1, Filled: SlotConsumed})

	// Batch 4 (time 3,800, no tick): account 0 is liquidated into account 1's order (slot 6, nonce 3) at 55:
	// 400 with a liquidation fee of 220, then 600 with an insurance payment of 70.
	must(t, ReplayBatch(tree, cfg, 3_800, &MarketRecord{Prices: tick.Prices}, []Record{
		{Liquidate: &LiquidateRecord{Market: 1, Liquidated: 0, Liquidator: 1, SizeQuantums: 400, Price: 55_000_000,
			LiquidationFee: 220, LiquidatorFee: 5, LiquidatorSlot: 6, LiquidatorNonce: 3}},
		{Liquidate: &LiquidateRecord{Market: 1, Liquidated: 0, Liquidator: 1, SizeQuantums: 600, Price: 55_000_000,
			LiquidatorFee: 7, LiquidatorSlot: 6, LiquidatorNonce: 3, InsurancePayQuant: 70}},
	}))
	commit()
	replayed(t, tree, 0, Account{PubKey: k0, L1Address: a0, CollateralQuantums: 838_907 - TransferFeeQuantums + 22_000 - 220 + 33_000 + 70})
	replayed(t, tree, 1, Account{PubKey: k1, L1Address: a1, CollateralQuantums: 2_061_019 - 22_000 - 5 - 33_000 - 7})
	replayedSlot(t, tree, 1, 6, Slot{Nonce: 3, Filled: 1_000})
	replayedGlobals(t, tree, Globals{InsuranceFundQuantums: 1_001 + 220 - 70, FeePoolQuantums: 85 + TransferFeeQuantums, SystemTimeSeconds: 3_800, LastFundingTimeSeconds: 3_700})

	// Batch 5 (time 3,900): the isolated account buys 2,000 at 62 from account 0 (a fresh nonce restarts
	// slot 4), then is deleveraged: it sells 500 to account 0 for a quote of 20,000; then the reverse, a
	// deleveraged buyer.
	must(t, ReplayBatch(tree, cfg, 3_900, &MarketRecord{Prices: tick.Prices}, []Record{
		{Trade: &TradeRecord{Market: 1, TakerIsBuy: true, TakerAccount: x, MakerAccount: 0, SizeQuantums: 2_000,
			Price: 62_000_000, TakerSlot: 1, TakerNonce: 1, MakerSlot: 4, MakerNonce: 3}},
		{Deleverage: &DeleverageRecord{Market: 1, Deleveraged: x, Counterparty: 0, SizeQuantums: 500, QuoteQuantums: 20_000}},
		{Deleverage: &DeleverageRecord{Market: 1, DeleveragedIsBuy: true, Deleveraged: 0, Counterparty: x, SizeQuantums: 100, QuoteQuantums: 7_000}},
	}))
	commit()
	replayed(t, tree, x, Account{PubKey: k0, L1Address: a0, MarginMode: 1, CollateralQuantums: 100_000 - 124_000 + 20_000 + 7_000,
		Positions: [PositionSlots]Position{{Market: 1, SizeQuantums: 1_400, FundingIndex: 31_067}}})
	replayed(t, tree, 0, Account{PubKey: k0, L1Address: a0, CollateralQuantums: 893_757 - TransferFeeQuantums + 124_000 - 20_000 - 7_000,
		Positions: [PositionSlots]Position{{Market: 1, SizeQuantums: -1_400, FundingIndex: 31_067}}})
	replayedSlot(t, tree, 0, 4, Slot{Nonce: 3, Filled: 2_000})
	replayedSlot(t, tree, x, 1, Slot{Nonce: 1, Filled: 2_000})
	replayedGlobals(t, tree, Globals{InsuranceFundQuantums: 1_151, FeePoolQuantums: 85 + TransferFeeQuantums, SystemTimeSeconds: 3_900, LastFundingTimeSeconds: 3_700})
}

// TestReplayRejects checks records that cannot apply fail with ErrBadReplay.
func TestReplayRejects(t *testing.T) {
	tree := replayTree(t)
	cfg := replayConfig()
	flat := &MarketRecord{Prices: [MarketCount]uint64{60_000_000, 3_000_000}}
	k := replayKey(0).Compressed()
	must(t, ReplayBatch(tree, cfg, 200, flat, []Record{{Deposit: &DepositRecord{AccountID: 0, AmountQuantums: 10, PubKey: k}}}))
	must(t, tree.Commit())
	for name, r := range map[string]Record{
		"account id":      {Deposit: &DepositRecord{AccountID: 1 << AccountTreeDepth, AmountQuantums: 1, PubKey: k}},
		"deposit key":     {Deposit: &DepositRecord{AccountID: 1, AmountQuantums: 1, PubKey: [32]byte{0x7f, 0xff, 0xff, 0xff}}},
		"unlisted market": {Trade: &TradeRecord{Market: 3, TakerAccount: 0, MakerAccount: 1, SizeQuantums: 1, Price: 1}},
		"no market":       {Deleverage: &DeleverageRecord{Market: 0, Deleveraged: 0, Counterparty: 1, SizeQuantums: 1}},
		"slot":            {Withdrawal: &WithdrawalRecord{AccountID: 0, AmountQuantums: 1, Slot: 1 << SlotTreeDepth, Nonce: 1}},
		"size":            {Deleverage: &DeleverageRecord{Market: 1, Deleveraged: 0, Counterparty: 1, SizeQuantums: uint64(MaxSize)}},
		"quote":           {Deleverage: &DeleverageRecord{Market: 1, Deleveraged: 0, Counterparty: 1, SizeQuantums: 1, QuoteQuantums: 1 << 63}},
		"margin mode":     {Transfer: &TransferRecord{FromAccount: 0, ToAccount: L2AccountBase, AmountQuantums: 1, Nonce: 1, MarginMode: MarketCount + 1}},
	} {
		if err := ApplyRecord(tree, r); !errors.Is(err, ErrBadReplay) {
			t.Errorf("%s: %v, want ErrBadReplay", name, err)
		}
		tree.Discard()
	}
}

// FuzzDecodeBatchPubdata checks that splitting pubdata never panics, fails only with ErrBadRecord, and that
// what it decodes encodes back to the same bytes: the market record, then the slot records.
func FuzzDecodeBatchPubdata(f *testing.F) {
	rng := rand.New(rand.NewPCG(7, 8))
	for n := range 4 {
		mr := MarketRecord{}
		for i := range mr.Prices {
			mr.Prices[i] = rng.Uint64N(MaxPrice)
			mr.RatesPpm[i] = int16(rng.Uint32())
		}
		b, err := mr.Encode()
		if err != nil {
			f.Fatal(err)
		}
		p := b[:]
		for range n {
			r, err := randomRecord(rng).Encode()
			if err != nil {
				f.Fatal(err)
			}
			p = append(p, r[:]...)
		}
		f.Add(p)
	}
	f.Add([]byte{})
	f.Add(make([]byte, RecordSize+1))
	f.Fuzz(func(t *testing.T, p []byte) {
		mr, records, err := DecodeBatchPubdata(p)
		if err != nil {
			if !errors.Is(err, ErrBadRecord) {
				t.Fatalf("error %v does not wrap ErrBadRecord", err)
			}
			return
		}
		if len(p) != (1+len(records))*RecordSize {
			t.Fatalf("%d bytes decode to %d slot records", len(p), len(records))
		}
		b, err := mr.Encode()
		if err != nil {
			t.Fatal(err)
		}
		out := b[:]
		for _, r := range records {
			e, err := r.Encode()
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, e[:]...)
		}
		if !bytes.Equal(out, p) {
			t.Fatalf("decode∘encode of %x gives %x", p, out)
		}
	})
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

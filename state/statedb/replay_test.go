package statedb

import (
	"errors"
	"log/slog"
	"math/big"
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"

	"github.com/perpx/perpx/state"
)

// replayKey returns the i-th test key, a multiple of the curve's base point.
func replayKey(i int64) state.PubKey {
	c := twistededwards.GetEdwardsCurve()
	var p twistededwards.PointAffine
	p.ScalarMultiplication(&c.Base, big.NewInt(i+2))
	return state.PubKey{X: p.X, Y: p.Y}
}

func replayConfig() *state.Config {
	cfg := &state.Config{MaxFundingRatePpm: 1_000, FundingIntervalSeconds: 3_600, OracleMaxAgeSeconds: 60, LiquidationFeePpm: 10_000}
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
	var m state.Markets
	m[0] = state.Market{OraclePrice: 60_000_000, FundingIndex: 5, ImfPpm: 50_000, MmfPpm: 30_000, Status: state.MarketActive, TickSize: 1_000, StepSize: 1_000}
	m[1] = state.Market{OraclePrice: 3_000_000, FundingIndex: -7, ImfPpm: 100_000, MmfPpm: 50_000, Status: state.MarketActive, TickSize: 100, StepSize: 10_000}
	if err := tree.SetMarkets(m); err != nil {
		t.Fatal(err)
	}
	tree.SetGlobals(state.Globals{InsuranceFundQuantums: 1_000, SystemTimeSeconds: 100, LastFundingTimeSeconds: 100})
	if err := tree.Commit(); err != nil {
		t.Fatal(err)
	}
	return tree
}

// replayed checks an account's leaf fields (its slot root is checked by the tree's Commit) and returns it.
func replayed(t *testing.T, tree *Tree, id uint32, want state.Account) {
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

func replayedSlot(t *testing.T, tree *Tree, id uint32, slot uint16, want state.Slot) {
	t.Helper()
	if got, err := tree.Slot(id, slot); err != nil || got != want {
		t.Fatalf("account %d slot %d: %+v %v, want %+v", id, slot, got, err, want)
	}
}

func replayedGlobals(t *testing.T, tree *Tree, want state.Globals) {
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
	flat := &state.MarketRecord{Prices: [state.MarketCount]uint64{60_000_000, 3_000_000}}
	k0, k1 := replayKey(0), replayKey(1)
	a0, a1 := state.L1Address{0xa0}, state.L1Address{0xa1}
	const x = state.L2AccountBase + 1

	// Batch 1 (time 200, no tick): two deposits.
	must(t, ReplayBatch(tree, cfg, 200, flat, []state.Record{
		{Deposit: &state.DepositRecord{AccountID: 0, AmountQuantums: 1_000_000, L1Address: a0, PubKey: k0.Compressed()}},
		{Deposit: &state.DepositRecord{AccountID: 1, AmountQuantums: 2_000_000, L1Address: a1, PubKey: k1.Compressed()}},
	}))
	commit()
	replayed(t, tree, 0, state.Account{PubKey: k0, L1Address: a0, CollateralQuantums: 1_000_000})
	replayedGlobals(t, tree, state.Globals{InsuranceFundQuantums: 1_000, SystemTimeSeconds: 200, LastFundingTimeSeconds: 100})

	// A funding rate without a tick does not apply.
	rated := *flat
	rated.RatesPpm[0] = 1
	if err := ReplayBatch(tree, cfg, 300, &rated, nil); !errors.Is(err, ErrBadReplay) || !errors.Is(err, state.ErrBadMarketUpdate) {
		t.Fatalf("rate without a tick: %v", err)
	}
	tree.Discard()

	// Batch 2 (time 300): account 0 buys 1,000 of market 1 at 61 from account 1. quote = 61,000.
	must(t, ReplayBatch(tree, cfg, 300, flat, []state.Record{{Trade: &state.TradeRecord{Market: 1, TakerIsBuy: true, TakerAccount: 0,
		MakerAccount: 1, SizeQuantums: 1_000, Price: 61_000_000, TakerFee: 61, MakerFee: 12, TakerSlot: 4, TakerNonce: 2,
		MakerSlot: 5, MakerNonce: 1}}}))
	commit()
	replayed(t, tree, 0, state.Account{PubKey: k0, L1Address: a0, CollateralQuantums: 938_939,
		Positions: [state.PositionSlots]state.Position{{Market: 1, SizeQuantums: 1_000, FundingIndex: 5}}})
	replayed(t, tree, 1, state.Account{PubKey: k1, L1Address: a1, CollateralQuantums: 2_060_988,
		Positions: [state.PositionSlots]state.Position{{Market: 1, SizeQuantums: -1_000, FundingIndex: 5}}})
	replayedSlot(t, tree, 0, 4, state.Slot{Nonce: 2, Filled: 1_000})
	replayedSlot(t, tree, 1, 5, state.Slot{Nonce: 1, Filled: 1_000})

	// Batch 3 (time 3,700 = last tick + interval: a tick). Market 1: price 62, rate 501 ppm, index += 31,062
	// → 31,067. Market 2: price 3.000001, rate −7, index += ⌊−21.000007⌋ = −22 → −29. Account 0 owes
	// ⌈1,000 · 31,062 / 10^6⌉ = 32 and transfers 100,000 to a new isolated account, paying the transfer fee
	// TransferFeeQuantums to the fee pool; account 1 is owed
	// ⌈−31.062⌉ = −31, settled by an invalid forced withdrawal.
	tick := &state.MarketRecord{Prices: [state.MarketCount]uint64{62_000_000, 3_000_001}, RatesPpm: [state.MarketCount]int16{501, -7}}
	must(t, ReplayBatch(tree, cfg, 3_700, tick, []state.Record{
		{Transfer: &state.TransferRecord{FromAccount: 0, ToAccount: x, AmountQuantums: 100_000, Slot: 9, Nonce: 1, MarginMode: 1}},
		{ForcedWithdrawal: &state.ForcedWithdrawalRecord{AccountID: 1, AmountQuantums: 1 << 40, L1Address: a1}},
	}))
	commit()
	if m := tree.Markets(); m[0].FundingIndex != 31_067 || m[1].FundingIndex != -29 || m[0].OraclePrice != 62_000_000 || m[1].OraclePrice != 3_000_001 {
		t.Fatalf("markets after the tick: %+v %+v", m[0], m[1])
	}
	replayedGlobals(t, tree, state.Globals{InsuranceFundQuantums: 1_001, FeePoolQuantums: 73 + state.TransferFeeQuantums, SystemTimeSeconds: 3_700, LastFundingTimeSeconds: 3_700})
	replayed(t, tree, 0, state.Account{PubKey: k0, L1Address: a0, CollateralQuantums: 838_907 - state.TransferFeeQuantums,
		Positions: [state.PositionSlots]state.Position{{Market: 1, SizeQuantums: 1_000, FundingIndex: 31_067}}})
	replayed(t, tree, 1, state.Account{PubKey: k1, L1Address: a1, CollateralQuantums: 2_061_019,
		Positions: [state.PositionSlots]state.Position{{Market: 1, SizeQuantums: -1_000, FundingIndex: 31_067}}})
	replayed(t, tree, x, state.Account{PubKey: k0, L1Address: a0, CollateralQuantums: 100_000, MarginMode: 1})
	replayedSlot(t, tree, 0, 9, state.Slot{Nonce: 1, Filled: state.SlotConsumed})

	// Batch 4 (time 3,800, no tick): account 0 is liquidated into account 1's order (slot 6, nonce 3) at 55:
	// 400 with a liquidation fee of 220, then 600 with an insurance payment of 70.
	must(t, ReplayBatch(tree, cfg, 3_800, &state.MarketRecord{Prices: tick.Prices}, []state.Record{
		{Liquidate: &state.LiquidateRecord{Market: 1, Liquidated: 0, Liquidator: 1, SizeQuantums: 400, Price: 55_000_000,
			LiquidationFee: 220, LiquidatorFee: 5, LiquidatorSlot: 6, LiquidatorNonce: 3}},
		{Liquidate: &state.LiquidateRecord{Market: 1, Liquidated: 0, Liquidator: 1, SizeQuantums: 600, Price: 55_000_000,
			LiquidatorFee: 7, LiquidatorSlot: 6, LiquidatorNonce: 3, InsurancePayQuant: 70}},
	}))
	commit()
	replayed(t, tree, 0, state.Account{PubKey: k0, L1Address: a0, CollateralQuantums: 838_907 - state.TransferFeeQuantums + 22_000 - 220 + 33_000 + 70})
	replayed(t, tree, 1, state.Account{PubKey: k1, L1Address: a1, CollateralQuantums: 2_061_019 - 22_000 - 5 - 33_000 - 7})
	replayedSlot(t, tree, 1, 6, state.Slot{Nonce: 3, Filled: 1_000})
	replayedGlobals(t, tree, state.Globals{InsuranceFundQuantums: 1_001 + 220 - 70, FeePoolQuantums: 85 + state.TransferFeeQuantums, SystemTimeSeconds: 3_800, LastFundingTimeSeconds: 3_700})

	// Batch 5 (time 3,900): the isolated account buys 2,000 at 62 from account 0 (a fresh nonce restarts
	// slot 4), then is deleveraged: it sells 500 to account 0 for a quote of 20,000; then the reverse, a
	// deleveraged buyer.
	must(t, ReplayBatch(tree, cfg, 3_900, &state.MarketRecord{Prices: tick.Prices}, []state.Record{
		{Trade: &state.TradeRecord{Market: 1, TakerIsBuy: true, TakerAccount: x, MakerAccount: 0, SizeQuantums: 2_000,
			Price: 62_000_000, TakerSlot: 1, TakerNonce: 1, MakerSlot: 4, MakerNonce: 3}},
		{Deleverage: &state.DeleverageRecord{Market: 1, Deleveraged: x, Counterparty: 0, SizeQuantums: 500, QuoteQuantums: 20_000}},
		{Deleverage: &state.DeleverageRecord{Market: 1, DeleveragedIsBuy: true, Deleveraged: 0, Counterparty: x, SizeQuantums: 100, QuoteQuantums: 7_000}},
	}))
	commit()
	replayed(t, tree, x, state.Account{PubKey: k0, L1Address: a0, MarginMode: 1, CollateralQuantums: 100_000 - 124_000 + 20_000 + 7_000,
		Positions: [state.PositionSlots]state.Position{{Market: 1, SizeQuantums: 1_400, FundingIndex: 31_067}}})
	replayed(t, tree, 0, state.Account{PubKey: k0, L1Address: a0, CollateralQuantums: 893_757 - state.TransferFeeQuantums + 124_000 - 20_000 - 7_000,
		Positions: [state.PositionSlots]state.Position{{Market: 1, SizeQuantums: -1_400, FundingIndex: 31_067}}})
	replayedSlot(t, tree, 0, 4, state.Slot{Nonce: 3, Filled: 2_000})
	replayedSlot(t, tree, x, 1, state.Slot{Nonce: 1, Filled: 2_000})
	replayedGlobals(t, tree, state.Globals{InsuranceFundQuantums: 1_151, FeePoolQuantums: 85 + state.TransferFeeQuantums, SystemTimeSeconds: 3_900, LastFundingTimeSeconds: 3_700})
}

// TestReplayRejects checks records that cannot apply fail with ErrBadReplay.
func TestReplayRejects(t *testing.T) {
	tree := replayTree(t)
	cfg := replayConfig()
	flat := &state.MarketRecord{Prices: [state.MarketCount]uint64{60_000_000, 3_000_000}}
	k := replayKey(0).Compressed()
	must(t, ReplayBatch(tree, cfg, 200, flat, []state.Record{{Deposit: &state.DepositRecord{AccountID: 0, AmountQuantums: 10, PubKey: k}}}))
	must(t, tree.Commit())
	for name, r := range map[string]state.Record{
		"account id":      {Deposit: &state.DepositRecord{AccountID: 1 << state.AccountTreeDepth, AmountQuantums: 1, PubKey: k}},
		"deposit key":     {Deposit: &state.DepositRecord{AccountID: 1, AmountQuantums: 1, PubKey: [32]byte{0x7f, 0xff, 0xff, 0xff}}},
		"unlisted market": {Trade: &state.TradeRecord{Market: 3, TakerAccount: 0, MakerAccount: 1, SizeQuantums: 1, Price: 1}},
		"no market":       {Deleverage: &state.DeleverageRecord{Market: 0, Deleveraged: 0, Counterparty: 1, SizeQuantums: 1}},
		"slot":            {Withdrawal: &state.WithdrawalRecord{AccountID: 0, AmountQuantums: 1, Slot: 1 << state.SlotTreeDepth, Nonce: 1}},
		"size":            {Deleverage: &state.DeleverageRecord{Market: 1, Deleveraged: 0, Counterparty: 1, SizeQuantums: uint64(state.MaxSize)}},
		"quote":           {Deleverage: &state.DeleverageRecord{Market: 1, Deleveraged: 0, Counterparty: 1, SizeQuantums: 1, QuoteQuantums: 1 << 63}},
		"margin mode":     {Transfer: &state.TransferRecord{FromAccount: 0, ToAccount: state.L2AccountBase, AmountQuantums: 1, Nonce: 1, MarginMode: state.MarketCount + 1}},
	} {
		if err := ApplyRecord(tree, r); !errors.Is(err, ErrBadReplay) {
			t.Errorf("%s: %v, want ErrBadReplay", name, err)
		}
		tree.Discard()
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

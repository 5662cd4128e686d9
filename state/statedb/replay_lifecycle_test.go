package statedb

import (
	"errors"
	"testing"

	"github.com/perpx/perpx/state"
)

// TestReplayLifecycle replays forced trades and a market settled mid-batch (docs/PROTOCOL.md §5) and checks
// each effect against values worked out by hand.
func TestReplayLifecycle(t *testing.T) {
	tree := replayTree(t)
	cfg := replayConfig()
	flat := &state.MarketRecord{Prices: [state.MarketCount]uint64{60_000_000, 3_000_000}}
	k0, k1 := replayKey(0), replayKey(1)
	a0, a1 := state.L1Address{0xa0}, state.L1Address{0xa1}
	must(t, ReplayBatch(tree, cfg, 200, flat, []state.Record{
		{Deposit: &state.DepositRecord{AccountID: 0, AmountQuantums: 1_000_000, L1Address: a0, PubKey: k0.Compressed()}},
		{Deposit: &state.DepositRecord{AccountID: 1, AmountQuantums: 2_000_000, L1Address: a1, PubKey: k1.Compressed()}},
	}))
	must(t, tree.Commit())

	// Batch 2 (time 300): account 0 force-buys 10,000 of market 2 at 3.0001 from account 1 (quote 30,001); an
	// invalid forced trade changes nothing; market 2 is settled at 3; account 0 force-buys 1,000 of market 1 at
	// 60 from account 1 (quote 60,000). Its settlement first closes account 0's market 2 position at 3 (it
	// receives 10,000 · 3 = 30,000 from the insurance fund), which frees slot 0 for market 1; account 1 pays
	// the 30,000 back.
	settle := state.MarketParamsRecord{Market: 2, Status: state.MarketSettled, ImfPpm: 100_000, MmfPpm: 50_000}
	must(t, ReplayBatch(tree, cfg, 300, flat, []state.Record{
		{ForcedTrade: &state.ForcedTradeRecord{Market: 2, AIsBuy: true, AccountA: 0, AccountB: 1, SizeQuantums: 10_000, Price: 3_000_100,
			AddrA: a0, AddrB: a1, Valid: true}},
		{ForcedTrade: &state.ForcedTradeRecord{Market: 1, AIsBuy: false, AccountA: 1, AccountB: 0, SizeQuantums: 1_000, Price: 60_000_000,
			AddrA: a0, AddrB: a1}},
	}))
	replayed(t, tree, 0, state.Account{PubKey: k0, L1Address: a0, CollateralQuantums: 969_999,
		Positions: [state.PositionSlots]state.Position{{Market: 2, SizeQuantums: 10_000, FundingIndex: -7}}})
	must(t, ApplyRecord(tree, state.Record{MarketParams: &settle}))
	if m := tree.Markets(); m[1].Status != state.MarketSettled || m[1].ImfPpm != 100_000 || m[1].OraclePrice != 3_000_000 || m[1].FundingIndex != -7 {
		t.Fatalf("market 2 after the params: %+v", m[1])
	}
	must(t, ApplyRecord(tree, state.Record{ForcedTrade: &state.ForcedTradeRecord{Market: 1, AIsBuy: true, AccountA: 0, AccountB: 1,
		SizeQuantums: 1_000, Price: 60_000_000, AddrA: a0, AddrB: a1, Valid: true}}))
	replayed(t, tree, 0, state.Account{PubKey: k0, L1Address: a0, CollateralQuantums: 969_999 + 30_000 - 60_000,
		Positions: [state.PositionSlots]state.Position{{Market: 1, SizeQuantums: 1_000, FundingIndex: 5}}})
	replayed(t, tree, 1, state.Account{PubKey: k1, L1Address: a1, CollateralQuantums: 2_030_001 - 30_000 + 60_000,
		Positions: [state.PositionSlots]state.Position{{Market: 1, SizeQuantums: -1_000, FundingIndex: 5}}})
	replayedGlobals(t, tree, state.Globals{InsuranceFundQuantums: 1_000, SystemTimeSeconds: 300, LastFundingTimeSeconds: 100})
	must(t, tree.Commit())

	// Batch 3 (time 3,700, a tick): the settled market keeps its price and takes no rate.
	tick := &state.MarketRecord{Prices: [state.MarketCount]uint64{61_000_000, 3_000_000}, RatesPpm: [state.MarketCount]int16{10}}
	must(t, ReplayBatch(tree, cfg, 3_700, tick, nil))
	if m := tree.Markets(); m[1].OraclePrice != 3_000_000 || m[1].FundingIndex != -7 || m[0].FundingIndex != 5+610 {
		t.Fatalf("markets after the tick: %+v %+v", m[0], m[1])
	}
	tree.Discard()
	moved := *tick
	moved.Prices[1] = 3_000_001
	if err := ReplayBatch(tree, cfg, 3_700, &moved, nil); !errors.Is(err, ErrBadReplay) || !errors.Is(err, state.ErrBadMarketUpdate) {
		t.Fatalf("a settled market's price moved: %v", err)
	}
	tree.Discard()

	for name, r := range map[string]state.Record{
		"params for market 0":           {MarketParams: &state.MarketParamsRecord{Market: 0, Status: state.MarketActive, ImfPpm: 2, MmfPpm: 1}},
		"params for market 9":           {MarketParams: &state.MarketParamsRecord{Market: state.MarketCount + 1, Status: state.MarketActive, ImfPpm: 2, MmfPpm: 1}},
		"forced trade, unlisted market": {ForcedTrade: &state.ForcedTradeRecord{Market: 3, AccountA: 0, AccountB: 1, SizeQuantums: 1, Price: 1, Valid: true}},
		"forced trade, account 2^24":    {ForcedTrade: &state.ForcedTradeRecord{Market: 1, AccountA: 0, AccountB: 1 << state.AccountTreeDepth}},
	} {
		if err := ApplyRecord(tree, r); !errors.Is(err, ErrBadReplay) {
			t.Errorf("%s: %v, want ErrBadReplay", name, err)
		}
		tree.Discard()
	}
}

package statedb

import (
	"errors"
	"testing"

	"github.com/perpx/perpx/state"
)

// TestReplayCompact replays the same batches from full records and from their compact encodings (the deposits'
// owners and keys taken from what their queue logs would say) into two trees and checks that the roots agree
// after every batch: the compact records hold everything a rebuild needs (docs/PROTOCOL.md §6.1). A deposit
// completed with another owner or key is refused.
func TestReplayCompact(t *testing.T) {
	full, compact := replayTree(t), replayTree(t)
	cfg := replayConfig()
	flat := &state.MarketRecord{Prices: [state.MarketCount]uint64{60_000_000, 3_000_000}}
	k0, k1 := replayKey(0), replayKey(1)
	a0, a1 := state.L1Address{0xa0}, state.L1Address{0xa1}
	fee := func(q, p uint64, r uint32) uint64 { f, _ := state.TradeFee(q, p, r); return f }
	batches := [][]state.Record{
		{{Deposit: &state.DepositRecord{AccountID: 0, AmountQuantums: 1_000_000, L1Address: a0, PubKey: k0.Compressed()}},
			{Deposit: &state.DepositRecord{AccountID: 1, AmountQuantums: 2_000_000, L1Address: a1, PubKey: k1.Compressed()}}},
		{{Trade: &state.TradeRecord{Market: 1, TakerIsBuy: true, TakerAccount: 0, MakerAccount: 1, SizeQuantums: 1_000, Price: 61_000_000,
			TakerFeePpm: 1_000, MakerFeePpm: 190, TakerFee: fee(1_000, 61_000_000, 1_000), MakerFee: fee(1_000, 61_000_000, 190),
			TakerSlot: 4, TakerNonce: 2, MakerSlot: 5, MakerNonce: state.MaxRecordNonce}},
			{Withdrawal: &state.WithdrawalRecord{AccountID: 1, AmountQuantums: 5_000, L1Address: a1, Slot: 1<<state.SlotTreeDepth - 1, Nonce: 7}}},
		{{Transfer: &state.TransferRecord{FromAccount: 1, ToAccount: state.L2AccountBase + 1, AmountQuantums: 100_000, Slot: 6, Nonce: 1, MarginMode: 2}},
			{Deposit: &state.DepositRecord{AccountID: 0, AmountQuantums: 3, L1Address: a0, PubKey: k0.Compressed()}}},
	}
	for i, records := range batches {
		ts := uint64(200 + 100*i)
		compacted := make([]state.Record, len(records))
		for j, r := range records {
			b, err := r.EncodeCompact()
			if err != nil {
				t.Fatal(err)
			}
			c, err := state.DecodeCompactRecord(b[:])
			if err != nil {
				t.Fatal(err)
			}
			var owner state.L1Address
			var key [32]byte
			if r.Deposit != nil {
				owner, key = r.Deposit.L1Address, r.Deposit.PubKey
				other := owner
				other[19]++
				if _, err := c.WithDeposit(other, key); !errors.Is(err, state.ErrTagMismatch) {
					t.Fatalf("deposit with another owner: %v", err)
				}
				if _, err := c.WithDeposit(owner, k1.Compressed()); r.Deposit.PubKey != k1.Compressed() && !errors.Is(err, state.ErrTagMismatch) {
					t.Fatalf("deposit with another key: %v", err)
				}
			}
			if compacted[j], err = c.WithDeposit(owner, key); err != nil {
				t.Fatal(err)
			}
		}
		must(t, ReplayBatch(full, cfg, ts, flat, records))
		must(t, ReplayBatch(compact, cfg, ts, flat, compacted))
		must(t, full.Commit())
		must(t, compact.Commit())
		if full.Root() != compact.Root() {
			t.Fatalf("batch %d: the compact replay's root differs", i)
		}
	}
}

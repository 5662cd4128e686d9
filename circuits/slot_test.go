package circuits_test

import (
	"testing"

	"github.com/perpx/perpx/circuits/testkit"
	"github.com/perpx/perpx/state"
)

func TestSlotFlow(t *testing.T) {
	w := testkit.NewWorld()
	cases := map[string]func() *state.TxTrace{
		"noop":          func() *state.TxTrace { return testkit.Noop() },
		"deposit new":   func() *state.TxTrace { return w.Open(0, 1_000_000_000) },
		"deposit again": func() *state.TxTrace { a := w.Account(0); return w.Deposit(0, a.PubKey, a.L1Address, 5) },
		"deposit maker": func() *state.TxTrace { return w.Open(1, 1_000_000_000) },
		"trade": func() *state.TxTrace {
			return w.Trade(order(0, true, 3, 1, 10_000, 61_000_000), order(1, false, 7, 1, 20_000, 60_000_000), 10_000, 300, 120)
		},
		"trade partial again": func() *state.TxTrace {
			return w.Trade(order(0, true, 4, 1, 10_000, 61_000_000), order(1, false, 7, 1, 20_000, 60_000_000), 5_000, 150, 60)
		},
		"withdraw": func() *state.TxTrace {
			a := w.Account(0)
			return w.Withdraw(state.WithdrawalMsg{AccountID: 0, Slot: 9, Nonce: 1, ExpirySeconds: testTime, AmountQuantums: 1_000, L1Address: a.L1Address})
		},
	}
	for _, name := range []string{"noop", "deposit new", "deposit again", "deposit maker", "trade", "trade partial again", "withdraw"} {
		a := step(t, w, cases[name])
		if err := solve(t, slotCircuit, a); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	t.Logf("slot constraints: %d", slotCircuit.get(t).GetNbConstraints())
}

// TestRecordExtremes proves slots whose record fields take their largest values (ids, slots, nonces, 48-bit
// sizes and fees, 56-bit amounts, all-ones addresses), so every record byte is exercised against
// state.Record.Encode.
func TestRecordExtremes(t *testing.T) {
	const (
		taker = 1<<state.AccountTreeDepth - 1
		maker = 1<<(state.AccountTreeDepth-1) + 5
	)
	w := testkit.NewWorld()
	var ones state.L1Address
	for i := range ones {
		ones[i] = 0xff
	}
	maxAmount := state.MaxAmount - 1
	for _, id := range []uint32{taker, maker} {
		k := testkit.Key(uint64(id))
		w.Keys[id] = k
		a := step(t, w, func() *state.TxTrace { return w.Deposit(id, testkit.PubKey(k), ones, maxAmount) })
		if err := solve(t, slotCircuit, a); err != nil {
			t.Fatalf("deposit %d: %v", id, err)
		}
	}
	q := uint64(1)<<(state.MaxSizeBits-1) - 1<<(state.MaxSizeBits-1)%1_000
	fee, _ := state.TradeFee(q, 60_000_000, state.MaxFeeRatePpm) // the largest rate a compact record carries
	tk := state.OrderMsg{AccountID: taker, Market: 1, IsBuy: true, Flags: 0xff, Slot: 1<<state.SlotTreeDepth - 1, Nonce: state.MaxRecordNonce,
		ExpirySeconds: 1<<40 - 1, MaxFeePpm: state.MaxFeePpm, SizeQuantums: q, LimitPrice: state.MaxPrice - state.MaxPrice%1_000}
	mk := state.OrderMsg{AccountID: maker, Market: 1, Slot: 1 << (state.SlotTreeDepth - 1), Nonce: 1 << (state.RecordNonceBits - 1),
		ExpirySeconds: testTime, MaxFeePpm: state.MaxFeePpm, SizeQuantums: q, LimitPrice: 60_000_000}
	a := step(t, w, func() *state.TxTrace { return w.Trade(tk, mk, q, fee, fee) })
	if err := solve(t, slotCircuit, a); err != nil {
		t.Fatalf("trade: %v", err)
	}
	const saver = 7
	w.Keys[saver] = testkit.Key(saver)
	for i := 0; i < 2; i++ {
		w.Deposit(saver, testkit.PubKey(w.Keys[saver]), ones, maxAmount)
	}
	a = step(t, w, func() *state.TxTrace {
		return w.Withdraw(state.WithdrawalMsg{AccountID: saver, Slot: 0, Nonce: state.MaxRecordNonce, ExpirySeconds: 1<<40 - 1,
			AmountQuantums: maxAmount, L1Address: ones})
	})
	if err := solve(t, slotCircuit, a); err != nil {
		t.Fatalf("withdrawal: %v", err)
	}
}

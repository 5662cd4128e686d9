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

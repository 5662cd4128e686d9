package circuits_test

import (
	"testing"

	"github.com/perpx/perpx/circuits/testkit"
	"github.com/perpx/perpx/state"
)

// TestForcedWithdrawal proves forced withdrawals served valid and invalid — for each reason a request is
// invalid: another requester, collateral short of the amount, the account unhealthy afterwards, an empty
// leaf — and requires the circuit to reject a trace whose verdict lies in either direction, and a zero amount.
func TestForcedWithdrawal(t *testing.T) {
	// positioned: account 0 short 100,000 base quantums in market 1 (notional 6,000,000, IMR 300,000),
	// collateral 7,000,000, TV 1,000,000.
	positioned := func() *testkit.World {
		w := funded(t, 2, 1_000_000)
		w.Trade(order(0, false, 1, 1, 100_000, 60_000_000), order(1, true, 1, 1, 100_000, 60_000_000), 100_000, 0, 0)
		return w
	}
	owner := func(w *testkit.World, id uint32) state.L1Address { return w.Account(id).L1Address }
	cases := []struct {
		name   string
		world  func() *testkit.World
		id     uint32
		amount uint64
		other  bool // requested by an address that does not own the account
		valid  bool
	}{
		{name: "valid", world: func() *testkit.World { return funded(t, 1, 1_000_000) }, amount: 400_000, valid: true},
		{name: "all collateral", world: func() *testkit.World { return funded(t, 1, 1_000_000) }, amount: 1_000_000, valid: true},
		{name: "one quantum", world: func() *testkit.World { return funded(t, 1, 1_000_000) }, amount: 1, valid: true},
		{name: "max amount", world: func() *testkit.World { return funded(t, 1, state.MaxAmount-1) }, amount: state.MaxAmount - 1, valid: true},
		{name: "healthy with a position", world: positioned, amount: 100_000, valid: true},
		{name: "collateral short by one", world: func() *testkit.World { return funded(t, 1, 1_000_000) }, amount: 1_000_001},
		{name: "unhealthy after", world: positioned, amount: 980_000},
		{name: "collateral covers, TV does not", world: positioned, amount: 1_000_001},
		{name: "another requester", world: func() *testkit.World { return funded(t, 1, 1_000_000) }, amount: 10, other: true},
		{name: "empty leaf", world: func() *testkit.World { return funded(t, 1, 1_000_000) }, id: 9, amount: 10, other: true},
		{name: "max amount on a small account", world: func() *testkit.World { return funded(t, 1, 1_000) }, amount: state.MaxAmount - 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			addr := owner(c.world(), c.id)
			if c.other {
				addr = testkit.Address(77)
			}
			for _, claim := range []bool{c.valid, !c.valid} {
				w := c.world()
				a := step(t, w, func() *state.TxTrace { return w.ForcedWithdraw(c.id, c.amount, addr, claim) })
				err := solve(t, slotCircuit, a)
				if truthful := claim == c.valid; truthful != (err == nil) {
					t.Fatalf("verdict %v (true verdict %v): circuit error %v", claim, c.valid, err)
				}
			}
		})
	}
	w := funded(t, 1, 1_000)
	a := step(t, w, func() *state.TxTrace { return w.ForcedWithdraw(0, 0, owner(w, 0), false) })
	if err := solve(t, slotCircuit, a); err == nil {
		t.Fatal("a zero forced withdrawal was accepted")
	}
}

package prover

import (
	"errors"
	"math"
	"testing"

	"github.com/perpx/perpx/sequencer"
	"github.com/perpx/perpx/state"
)

// TestDifferentialForcedWithdrawal runs forced withdrawals through the engine and the circuit. Every request
// the contract can queue is served: the engine's trace carries its verdict (valid or not) and the circuit
// must accept exactly that trace, and reject it with the verdict flipped. A zero amount, which the contract
// never queues, is rejected by both.
func TestDifferentialForcedWithdrawal(t *testing.T) {
	one := func(v *env) { v.fund(1_000_000, 1) }
	// positioned: account 1 short 10,000 in market 1 (notional 600,000, IMR 30,000), collateral 1,599,700,
	// TV 999,700.
	positioned := func(v *env) {
		v.fund(1_000_000, 1)
		v.fund(bigFunds, 2)
		v.must(v.trade(ord(1, false, 1, 1, 10_000, 60_000_000), ord(2, true, 1, 1, 10_000, 60_000_000), 10_000))
	}
	fw := func(id uint32, amount uint64, from uint32) state.ForcedWithdrawalRecord {
		return state.ForcedWithdrawalRecord{AccountID: id, AmountQuantums: amount, L1Address: addr(from)}
	}
	cases := []struct {
		name  string
		setup func(*env)
		req   state.ForcedWithdrawalRecord
		valid bool
	}{
		{"basic", one, fw(1, 1_000, 1), true},
		{"all collateral", one, fw(1, 1_000_000, 1), true},
		{"one quantum", one, fw(1, 1, 1), true},
		{"max amount", func(v *env) { v.fund(state.MaxAmount-1, 1) }, fw(1, state.MaxAmount-1, 1), true},
		{"healthy with a position", positioned, fw(1, 900_000, 1), true},
		{"last account id", func(v *env) { v.fund(5, 1<<state.AccountTreeDepth-1) }, fw(1<<state.AccountTreeDepth-1, 5, 1<<state.AccountTreeDepth-1), true},
		{"collateral short by one", one, fw(1, 1_000_001, 1), false},
		{"max amount on a small account", one, fw(1, state.MaxAmount-1, 1), false},
		{"unhealthy after", positioned, fw(1, 980_000, 1), false},
		{"healthy at the limit", positioned, fw(1, 969_700, 1), true},
		{"unhealthy by one quantum", positioned, fw(1, 969_701, 1), false},
		{"another requester", one, fw(1, 10, 2), false},
		{"empty account", nil, fw(1, 10, 1), false},
		{"negative collateral", func(v *env) {
			one(v)
			v.edit(1, func(a *state.Account) { a.CollateralQuantums = -5 })
		}, fw(1, 1, 1), false},
		{"collateral near −2^63", func(v *env) {
			one(v)
			v.edit(1, func(a *state.Account) { a.CollateralQuantums = math.MinInt64 + 1 })
		}, fw(1, state.MaxAmount-1, 1), false},
		{"collateral near 2^63", func(v *env) {
			one(v)
			v.edit(1, func(a *state.Account) { a.CollateralQuantums = math.MaxInt64 })
		}, fw(1, state.MaxAmount-1, 1), true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := newEnv(t)
			if c.setup != nil {
				c.setup(v)
			}
			root0, markets, ts := v.tree.AccountsRoot(), v.tree.Markets(), v.e.BatchTime()
			before, err := v.tree.Account(c.req.AccountID)
			if err != nil {
				t.Fatal(err)
			}
			tr, err := v.e.ForcedWithdraw(c.req)
			if err != nil {
				t.Fatalf("engine: %v", err)
			}
			if got := tr.Record.ForcedWithdrawal.Valid; got != c.valid {
				t.Fatalf("engine verdict %v, want %v", got, c.valid)
			}
			after, err := v.tree.Account(c.req.AccountID)
			if err != nil {
				t.Fatal(err)
			}
			if want := before.CollateralQuantums - int64(c.req.AmountQuantums); c.valid && after.CollateralQuantums != want || !c.valid && after != before {
				t.Fatalf("account after %+v, before %+v", after, before)
			}
			if err := circuitVerdict(t, tr, root0, &markets, ts); err != nil {
				t.Fatalf("circuit rejects the engine's trace: %v", err)
			}
			// The same trace with the verdict flipped: the record, and the leaf when the request is valid.
			lie := *tr
			rec := *tr.Record.ForcedWithdrawal
			rec.Valid = !rec.Valid
			lie.Record = state.Record{ForcedWithdrawal: &rec}
			if err := circuitVerdict(t, &lie, root0, &markets, ts); err == nil {
				t.Fatal("circuit accepts the flipped verdict")
			}
			if c.valid {
				u := *tr.A
				u.After = u.Before
				lie.A = &u
				if err := circuitVerdict(t, &lie, root0, &markets, ts); err == nil {
					t.Fatal("circuit accepts a valid request served as invalid")
				}
			}
		})
	}
	v := newEnv(t)
	one(v)
	root0, markets, ts := v.tree.AccountsRoot(), v.tree.Markets(), v.e.BatchTime()
	tr, err := v.e.ForcedWithdraw(fw(1, 0, 1))
	if !errors.Is(err, sequencer.ErrAmount) || tr == nil {
		t.Fatalf("zero amount: %v", err)
	}
	if err := circuitVerdict(t, tr, root0, &markets, ts); err == nil {
		t.Fatal("circuit accepts a zero amount")
	}
	if _, err := v.e.ForcedWithdraw(fw(1, state.MaxAmount, 1)); !errors.Is(err, sequencer.ErrAmount) {
		t.Fatalf("amount 2^56: %v", err)
	}
	if _, err := v.e.ForcedWithdraw(fw(1<<state.AccountTreeDepth, 1, 1)); !errors.Is(err, sequencer.ErrAccountID) {
		t.Fatalf("account 2^24: %v", err)
	}
}

package circuits_test

import (
	"math/big"
	"slices"
	"sort"
	"sync/atomic"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint/solver"

	"github.com/perpx/perpx/circuits"
	"github.com/perpx/perpx/state"
)

// perturb returns a wrong output for a hint call that computed out from in. harmless reports a perturbation
// that yields another correct witness (the sign of 0).
type perturbation struct {
	apply    func(in, out []*big.Int)
	harmless func(in []*big.Int) bool
}

var perturbations = map[string]perturbation{
	"nonNeg":       {apply: flipFirst},
	"sign":         {apply: flipFirst, harmless: func(in []*big.Int) bool { return in[0].Sign() == 0 }},
	"bytes":        {apply: func(_, out []*big.Int) { out[len(out)-1].Add(out[len(out)-1], big.NewInt(1)) }},
	"oneHot":       {apply: rotate},
	"quotient":     {apply: func(_, out []*big.Int) { out[0].Add(out[0], big.NewInt(1)) }},
	"positionSlot": {apply: rotate},
	"lowBit":       {apply: flipFirst},
	"floorDiv":     {apply: func(_, out []*big.Int) { out[0].Add(out[0], big.NewInt(1)) }},
}

func flipFirst(_, out []*big.Int) { out[0].Xor(out[0], big.NewInt(1)) }

func rotate(_, out []*big.Int) {
	last := new(big.Int).Set(out[len(out)-1])
	for i := len(out) - 1; i > 0; i-- {
		out[i].Set(out[i-1])
	}
	out[0].Set(last)
}

// TestAdversarialHints perturbs, one call at a time, the output of every hint of a valid trade witness: every
// perturbation but a harmless one must be rejected.
func TestAdversarialHints(t *testing.T) {
	w := funded(t, 3, 1_000_000_000)
	tk := order(2, true, 1, 4, 10_000, 3_000_000)
	tk.Market = 2
	mk := order(0, false, 2, 9, 10_000, 3_000_000)
	mk.Market = 2
	w.Trade(tk, mk, 10_000, 30, 30)
	perturbHints(t, "trade", step(t, w, func() *state.TxTrace {
		return w.Trade(order(0, true, 3, 1, 10_000, 61_000_000), order(1, false, 7, 1, 20_000, 60_000_000), 10_000, 300, 120)
	}), nil)
	w = riskWorld(300_000, 56_000_000)
	w.Markets[0].FundingIndex += 1_234
	perturbHints(t, "liquidate with insurance and funding", stepIns(t, w, 1_000_000, func() *state.TxTrace {
		// Account 0 owes ⌈100,000 · 1,234 / 10^6⌉ = 124 more, so the least payment is 100,124.
		return liq(100_000, 56_000_000, 0, 0, 100_124)(w)
	}), map[string][]int64{
		// The quotients of the taker's step and tick checks, which a liquidation (no taker order) gates off:
		// they are only range checked, so any value in range is another valid witness.
		"quotient": {2, 4},
	})
}

// perturbHints perturbs, one call at a time, the output of every hint of a valid slot witness a; the calls
// listed in free feed only gated-off checks.
func perturbHints(t *testing.T, kind string, a *circuits.SlotCircuit, free map[string][]int64) {
	t.Helper()
	names := make([]string, 0, len(circuits.TestHints))
	for n := range circuits.TestHints {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		h := circuits.TestHints[name]
		p := perturbations[name]
		id := solver.GetHintID(h)
		var calls atomic.Int64
		count := func(f *big.Int, in, out []*big.Int) error { calls.Add(1); return h(f, in, out) }
		if err := solve(t, slotCircuit, a, solver.OverrideHint(id, count), solver.WithNbTasks(1)); err != nil {
			t.Fatalf("%s: %s: valid witness rejected: %v", kind, name, err)
		}
		n := calls.Load()
		if n == 0 {
			t.Fatalf("%s: %s: hint never called", kind, name)
		}
		rejected := 0
		for target := int64(0); target < n; target++ {
			var call atomic.Int64
			harmless := false
			bad := func(f *big.Int, in, out []*big.Int) error {
				err := h(f, in, out)
				if call.Add(1)-1 == target {
					p.apply(in, out)
					harmless = p.harmless != nil && p.harmless(in)
				}
				return err
			}
			err := solve(t, slotCircuit, a, solver.OverrideHint(id, bad), solver.WithNbTasks(1))
			if slices.Contains(free[name], target) {
				harmless = true
			}
			switch {
			case err == nil && !harmless:
				t.Errorf("%s: %s: perturbed call %d accepted", kind, name, target)
			case err != nil:
				rejected++
			}
		}
		t.Logf("%s: %s: %d of %d perturbed calls rejected", kind, name, rejected, n)
	}
}

// TestAdversarialNonCanonicalBytes gives the deposit key's byte decomposition as the bytes of key + r, which
// recompose to the same field element; the canonical check must reject it.
func TestAdversarialNonCanonicalBytes(t *testing.T) {
	w := funded(t, 0, 0)
	a := step(t, w, func() *state.TxTrace { return w.Open(3, 1_000) })
	r := ecc.BN254.ScalarField()
	limit := new(big.Int).Lsh(big.NewInt(1), 256)
	h := circuits.TestHints["bytes"]
	tried := 0
	bad := func(f *big.Int, in, out []*big.Int) error {
		v := new(big.Int).Add(in[0], r)
		if len(out) != 32 || v.Cmp(limit) >= 0 {
			return h(f, in, out)
		}
		tried++
		b := v.FillBytes(make([]byte, 32))
		for i := range out {
			out[i].SetUint64(uint64(b[i]))
		}
		return nil
	}
	if err := solve(t, slotCircuit, a, solver.OverrideHint(solver.GetHintID(h), bad), solver.WithNbTasks(1)); err == nil {
		t.Fatal("non-canonical key bytes accepted")
	}
	if tried == 0 {
		t.Fatal("no 32-byte decomposition was perturbed")
	}
}

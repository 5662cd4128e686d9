package prover

import (
	"fmt"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/perpx/perpx/circuits/leaf"
	"github.com/perpx/perpx/circuits/testkit"
	"github.com/perpx/perpx/state"
)

var leafSlotCCS = sync.OnceValues(func() (constraint.ConstraintSystem, error) {
	return frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &leaf.SlotCircuit{})
})

// leafTypeCase is an accepted transaction of one record type, run on a fresh engine after its setup.
type leafTypeCase struct {
	name  string
	setup func(*env)
	run   func(*env) (*state.TxTrace, error)
}

// perTypeCases is how many accepted cases of each record type the leaf differential runs.
const perTypeCases = 2

// leafTypeCases returns up to perTypeCases accepted cases of every slot record type, from the differential
// tables (for a forced request, one served valid and one served invalid), and a no-op.
func leafTypeCases() map[string][]leafTypeCase {
	out := map[string][]leafTypeCase{}
	add := func(typ string, c leafTypeCase) {
		if len(out[typ]) < perTypeCases {
			out[typ] = append(out[typ], c)
		}
	}
	for typ, cases := range map[string][]diffCase{"deposit": depositCases(), "trade": tradeCases(),
		"withdrawal": withdrawalCases(), "transfer": transferCases(), "liquidate": liquidateCases(),
		"deleverage": deleverageCases()} {
		for _, c := range cases {
			if c.valid {
				add(typ, leafTypeCase{c.name, c.setup, c.run})
			}
		}
	}
	// A forced request's first valid and first invalid case: both records enter the chain.
	served := map[string]bool{}
	for _, c := range forcedCases() {
		if k := fmt.Sprint("fw", c.valid); !c.refused && !served[k] {
			served[k] = true
			add("forced withdrawal", leafTypeCase{c.name, c.setup,
				func(v *env) (*state.TxTrace, error) { return v.e.ForcedWithdraw(c.req) }})
		}
	}
	for _, c := range forcedTradeCases() {
		if k := fmt.Sprint("ft", c.valid); !c.refused && !served[k] {
			served[k] = true
			add("forced trade", leafTypeCase{c.name, c.setup,
				func(v *env) (*state.TxTrace, error) { return v.e.ForcedTrade(c.req) }})
		}
	}
	for _, c := range marketParamsCases() {
		if c.valid {
			add("market params", leafTypeCase{c.name, c.setup, func(v *env) (*state.TxTrace, error) {
				if _, err := v.e.MarketParams(c.rec); err != nil {
					return nil, err
				}
				rec := c.rec
				return &state.TxTrace{Record: state.Record{MarketParams: &rec}}, nil
			}})
		}
	}
	add("noop", leafTypeCase{"noop", nil, func(*env) (*state.TxTrace, error) { return &state.TxTrace{}, nil }})
	return out
}

// TestDifferentialLeafHashes runs accepted transactions of every record type through the engine and the
// LeafSlotCircuit: the circuit must accept the Go twin's calldata chain step (CalldataChain) and records pair
// (RecordsOut) of the record, and reject the chain step with the opposite choice (the record added to the
// chain when L1 does not act on it, left out when it does) and a records pair of the record with one byte
// flipped.
func TestDifferentialLeafHashes(t *testing.T) {
	ccs, err := leafSlotCCS()
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	cases := leafTypeCases()
	if len(cases) != 10 {
		t.Fatalf("%d record types, want 10 (nine types and the no-op)", len(cases))
	}
	cin, rin := fr.NewElement(5), fr.NewElement(6)
	for typ, cs := range cases {
		for _, c := range cs {
			t.Run(typ+"/"+c.name, func(t *testing.T) {
				v := newEnv(t)
				if c.setup != nil {
					c.setup(v)
				}
				root0, senv := v.tree.AccountsRoot(), v.slotEnv()
				tr, err := runEngine(t, v, c.run)
				if err != nil {
					t.Fatalf("engine: %v", err)
				}
				slot, err := testkit.AssignSlotEnv(tr, root0, senv)
				if err != nil {
					t.Fatal(err)
				}
				rec, err := tr.Record.EncodeCompact()
				if err != nil {
					t.Fatal(err)
				}
				solve := func(cout, rout fr.Element) error {
					a := &leaf.SlotCircuit{Slot: *slot, CalldataIn: state.BigOf(cin), CalldataOut: state.BigOf(cout),
						RecordsIn: state.BigOf(rin), RecordsOut: state.BigOf(rout)}
					w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
					if err != nil {
						t.Fatalf("witness: %v", err)
					}
					return ccs.IsSolved(w)
				}
				leafSlotVerdicts(t, rec, cin, rin, solve)
			})
		}
	}
}

// leafSlotVerdicts requires solve to accept the Go twin's calldata step and records pair of record rec and to
// reject the opposite chain choice and the records pair of rec with a byte flipped.
func leafSlotVerdicts(t *testing.T, rec [state.CompactRecordSize]byte, cin, rin fr.Element, solve func(cout, rout fr.Element) error) {
	t.Helper()
	cout, err := CalldataChain(cin, rec[:])
	if err != nil {
		t.Fatal(err)
	}
	rout, err := RecordsOut(rin, rec[:])
	if err != nil {
		t.Fatal(err)
	}
	if err := solve(cout, rout); err != nil {
		t.Fatalf("circuit rejects the Go twin's hashes (type %d): %v", rec[0]>>4, err)
	}
	l1 := IsL1Record(int(rec[0] >> 4))
	opposite := chainOver(cin, rec[:], func(int, int) bool { return !l1 })
	if err := solve(opposite, rout); err == nil {
		t.Fatalf("circuit accepts the calldata chain with the record's L1 choice flipped (L1 = %v)", l1)
	}
	flipped := rec
	flipped[len(flipped)-1] ^= 1
	wrong, err := RecordsOut(rin, flipped[:])
	if err != nil {
		t.Fatal(err)
	}
	if err := solve(cout, wrong); err == nil {
		t.Fatal("circuit accepts the records pair of the record with its last byte flipped")
	}
	t.Logf("type %d, L1 %v: both agree", rec[0]>>4, l1)
}

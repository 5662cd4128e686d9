package circuits

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/profile"
	pprof "github.com/google/pprof/profile"

	"github.com/perpx/perpx/circuits/adversary"
)

// frame is one frame of the call stack that created a constraint.
type frame struct {
	fn   string
	line int64
}

// profiledCompile compiles a circuit under a gnark profiling session, which records the call stack of every
// constraint in creation order, and returns the system with each constraint's stack (innermost first).
func profiledCompile(t testing.TB, newCircuit func() frontend.Circuit) (constraint.ConstraintSystem, [][]frame) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "gnark.pprof")
	p := profile.Start(profile.WithPath(path), profile.WithoutOperations())
	ccs, err := frontend.Compile(scalarField, r1cs.NewBuilder, newCircuit())
	p.Stop()
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	prof, err := pprof.Parse(f)
	if err != nil {
		t.Fatal(err)
	}
	// The session also records gnark's operation samples (constraint count 0); each constraint sample is one
	// AddR1C call, in order.
	var stacks [][]frame
	for _, s := range prof.Sample {
		if len(s.Value) == 0 || s.Value[0] != 1 {
			continue
		}
		var st []frame
		for _, loc := range s.Location {
			for _, l := range loc.Line {
				st = append(st, frame{fn: l.Function.Name, line: l.Line})
			}
		}
		stacks = append(stacks, st)
	}
	if len(stacks) != ccs.GetNbConstraints() {
		t.Fatalf("profile has %d constraint samples for %d constraints", len(stacks), ccs.GetNbConstraints())
	}
	return ccs, stacks
}

// The profile names functions by their last import path element: "r1cs.(*builder[T]).Mul",
// "twistededwards.(*Point).double", "circuits.(*builder).verifySig".
const circuitsPrefix = "circuits."

// frontendFn reports whether fn is part of gnark's frontend (the API whose primitive created the constraint).
func frontendFn(fn string) bool {
	return strings.HasPrefix(fn, "r1cs.") || strings.HasPrefix(fn, "frontend.")
}

// short drops the module path of a function name.
func short(fn string) string {
	if i := strings.LastIndex(fn, "/"); i >= 0 {
		return fn[i+1:]
	}
	return fn
}

// siteKey names a division site by the gadget that divides (the first function outside gnark's frontend) and
// the function of package circuits it runs under.
func siteKey(stack []frame) string {
	gadget, ours := "?", "?"
	for _, f := range stack {
		if gadget == "?" && !frontendFn(f.fn) {
			gadget = short(f.fn)
		}
		if strings.HasPrefix(f.fn, circuitsPrefix) {
			ours = short(f.fn)
			break
		}
	}
	return gadget + " in " + ours
}

// innermostOurs returns the innermost function of package circuits in a stack.
func innermostOurs(stack []frame) string {
	for _, f := range stack {
		if strings.HasPrefix(f.fn, circuitsPrefix) {
			return f.fn
		}
	}
	return ""
}

// allowed is an explained division site: why its denominator cannot be 0, and the precondition the reason
// needs, checked on the constraints of each call of the enclosing function.
type allowed struct {
	why   string
	guard func(run [][]frame) error
}

const verifySigFn = "circuits.(*builder).verifySig"

// guardOnCurve requires that the signature check asserts two points (the key A and R) on the curve itself,
// in verifySig, around its Edwards divisions.
func guardOnCurve(run [][]frame) error {
	lines := map[int64]bool{}
	for _, st := range run {
		for i := 0; i+1 < len(st); i++ {
			if strings.HasSuffix(st[i].fn, "twistededwards.(*curve).AssertIsOnCurve") && st[i+1].fn == verifySigFn {
				lines[st[i+1].line] = true
			}
		}
	}
	if len(lines) < 2 {
		return fmt.Errorf("verifySig asserts %d point(s) on the curve itself, want the key and R", len(lines))
	}
	return nil
}

// edwardsWhy explains the divisions of gnark's twisted Edwards addition and doubling.
const edwardsWhy = "complete twisted Edwards law: a = −1 is a square and d is not, so for points on the curve " +
	"1 ± d·x1·x2·y1·y2 ≠ 0 (addition) and y² + a·x² = 1 + d·x²y² ≠ 0, 2 − y² − a·x² = 1 − d·x²y² ≠ 0 " +
	"(doubling); G is constant, the key A and R are asserted on the curve in verifySig, [S]G − [h]A is " +
	"asserted by eddsa.Verify, and sums and doubles of curve points stay on the curve"

// logDerivWhy explains the divisions of gnark's log-derivative lookup argument (std/rangecheck, and the byte
// tables of std/math/uints under SHA-256).
const logDerivWhy = "log-derivative argument (std/internal/logderivarg): m_i / (c − t_i) for each table row t_i, " +
	"where the challenge c is the BSB22 commitment's hash of every query and multiplicity m_i; c − t_i = 0 has " +
	"probability ≤ |table| / r per proof, the argument's own soundness bound (Fiat–Shamir in the commitment); " +
	"the query side uses BatchInvert, whose constraint inv·(c − q) = 1 is checked"

// divisionAllowList is every division site of the batch circuit, with its reason. The key is the gadget that
// divides and the function of package circuits it runs under ("?" for gnark's deferred commitment callbacks,
// whose anonymous functions the profile drops).
var divisionAllowList = map[string]allowed{
	"multicommit.(*multicommitter).commitAndCall in ?":                {logDerivWhy, nil},
	"twistededwards.(*Point).double in circuits.(*builder).verifySig": {edwardsWhy, guardOnCurve},
	"twistededwards.(*Point).add in circuits.(*builder).verifySig":    {edwardsWhy, guardOnCurve},
}

// TestUnderdeterminedWires lists the division sites of the compiled batch circuit of size 2 (constraints whose
// unknown wire is multiplied by a witness-dependent operand while O can be 0, so that 0·x = 0 would leave the
// wire free), groups them by gadget and caller, and fails on any site the allow-list does not explain or
// whose precondition does not hold in the enclosing call.
func TestUnderdeterminedWires(t *testing.T) {
	ccs, stacks := profiledCompile(t, func() frontend.Circuit { return NewBatchCircuit(2) })
	sites, err := adversary.DivisionSites(ccs)
	if err != nil {
		t.Fatal(err)
	}
	groups := map[string][]int{}
	for _, s := range sites {
		k := siteKey(stacks[s.Constraint])
		groups[k] = append(groups[k], s.Constraint)
	}
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		a, ok := divisionAllowList[k]
		if !ok {
			t.Errorf("unexplained division sites: %s: %d constraints, e.g. %d", k, len(groups[k]), groups[k][0])
			for _, f := range stacks[groups[k][0]] {
				t.Logf("    %s:%d", f.fn, f.line)
			}
			continue
		}
		t.Logf("%s: %d sites: %s", k, len(groups[k]), a.why)
		for _, c := range groups[k] {
			if a.guard == nil {
				break
			}
			if err := a.guard(enclosingRun(stacks, c)); err != nil {
				t.Errorf("%s: constraint %d: %v", k, c, err)
				break
			}
		}
	}
	if len(sites) == 0 {
		t.Fatal("no division site found: the analysis is broken (the signature checks have some)")
	}
}

// enclosingRun returns the stacks of the maximal run of consecutive constraints around c created under the
// same innermost function of package circuits: one call of it.
func enclosingRun(stacks [][]frame, c int) [][]frame {
	fn := innermostOurs(stacks[c])
	// A stack deeper than the profile's 20 frames has no frame of package circuits: it continues the run.
	same := func(i int) bool { f := innermostOurs(stacks[i]); return f == fn || f == "" }
	lo, hi := c, c
	for lo > 0 && same(lo-1) {
		lo--
	}
	for hi+1 < len(stacks) && same(hi+1) {
		hi++
	}
	return stacks[lo : hi+1]
}

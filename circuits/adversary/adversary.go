// Package adversary solves a compiled gnark R1CS (BN254, gnark v0.16.1) as a malicious prover would, and
// checks the result with an evaluator that shares no code with gnark's solver.
//
// Threat model. A Groth16 proof shows only that the prover knows SOME assignment of every wire that satisfies
// every rank-1 constraint L·R = O (and, with a BSB22 commitment, whose commitment wire is the hash of the
// committed wires). gnark's stock solver is one way to find such an assignment, not a constraint: a malicious
// prover runs its own. Where a constraint leaves its unknown wire under-determined — the wire appears in L (or
// R) and the other operand evaluates to 0, so the constraint reads 0·x = 0 and holds for every x — the stock
// solver silently picks x = 0. Solve instead asks a Strategy for the value, so a test can try the values an
// attacker would (√−1 to forge an Edwards doubling, ±1, −1, 0, …) and see whether the circuit then accepts a
// statement it must reject.
//
// Solve walks the compiler's instructions in order, like the stock solver: a hint instruction calls the
// registered hint (the BSB22 commitment placeholder is replaced by Commitment, see below), a batch-inverse
// instruction inverts its inputs, and a constraint solves its single unknown wire, if any. Check then
// evaluates every constraint on the complete assignment and recomputes the commitment wire.
//
// Commitments. gnark's Groth16 prover replaces the placeholder hint of a BSB22 commitment by
// hash(Pedersen(private committed wires) ‖ public committed wires); the Pedersen key exists only after setup.
// Solve and Check use Commitment instead, SHA-256 of the commitment's index and of every committed value,
// reduced mod r: like the prover's, it is a binding function of the committed wires, computed when the
// instruction runs and so fixed before any wire that depends on it. The attacks tested here never depend on
// the challenge's value, so a satisfying assignment with this commitment is a satisfying assignment with the
// prover's (the forged wires sit in signature gadgets that do not use the challenge).
package adversary

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/constraint/solver"
	fcs "github.com/consensys/gnark/frontend/cs"
)

// Errors of Solve and Check; each is wrapped with the constraint or instruction it concerns.
var (
	// ErrUnsatisfied reports a constraint that does not hold.
	ErrUnsatisfied = errors.New("adversary: constraint not satisfied")
	// ErrUnsupported reports a system or instruction the solver does not handle.
	ErrUnsupported = errors.New("adversary: unsupported")
	// ErrHint reports a missing hint or a hint that failed.
	ErrHint = errors.New("adversary: hint")
	// ErrCommitment reports a commitment wire that is not the commitment of its committed wires.
	ErrCommitment = errors.New("adversary: commitment")
)

// Site is a constraint whose unknown wire was under-determined when the solver reached it.
type Site struct {
	// Constraint is the index of the R1C.
	Constraint int
	// Wire is the index of the free wire.
	Wire int
	// Index counts the free sites met before this one.
	Index int
}

// Strategy chooses the value of each free wire.
type Strategy struct {
	Name  string
	Value func(Site) fr.Element
}

// Constant returns a strategy giving every free wire the value v.
func Constant(name string, v fr.Element) Strategy {
	return Strategy{Name: name, Value: func(Site) fr.Element { return v }}
}

// SqrtMinusOne returns √−1 in BN254's Fr (it exists since r ≡ 1 mod 4): the x of the order-4 points (±√−1, 0)
// of the twisted Edwards curve with a = −1.
func SqrtMinusOne() fr.Element {
	var m, x fr.Element
	m.SetOne()
	m.Neg(&m)
	if x.Sqrt(&m) == nil {
		panic("adversary: −1 is not a square in Fr")
	}
	return x
}

// Strategies returns the strategies the tests try: √−1, −√−1, 1, −1, 2 and 0 (0 is the stock solver's choice).
func Strategies() []Strategy {
	i := SqrtMinusOne()
	var negI, one, minusOne, two, zero fr.Element
	negI.Neg(&i)
	one.SetOne()
	minusOne.Neg(&one)
	two.SetUint64(2)
	return []Strategy{Constant("sqrt(-1)", i), Constant("-sqrt(-1)", negI), Constant("1", one),
		Constant("-1", minusOne), Constant("2", two), Constant("0", zero)}
}

// Assignment is a complete assignment of the wires, with the free sites met while solving it.
type Assignment struct {
	Values []fr.Element
	Free   []Site
}

// state is the solver's working state.
type state struct {
	sys    *cs.R1CS
	values []fr.Element
	solved []bool
	hints  map[solver.HintID]solver.Hint
	strat  Strategy
	free   []Site
}

// Solve computes an assignment of every wire of ccs from the witness w, giving each under-determined wire the
// value strat chooses. It returns ErrUnsatisfied (wrapped) at the first constraint that cannot hold.
func Solve(ccs constraint.ConstraintSystem, w witness.Witness, strat Strategy) (*Assignment, error) {
	sys, ok := ccs.(*cs.R1CS)
	if !ok || sys.Type != constraint.SystemR1CS {
		return nil, fmt.Errorf("%w: %T is not a BN254 R1CS", ErrUnsupported, ccs)
	}
	vec, ok := w.Vector().(fr.Vector)
	if !ok {
		return nil, fmt.Errorf("%w: witness vector %T", ErrUnsupported, w.Vector())
	}
	nbWires := len(sys.Public) + len(sys.Secret) + sys.NbInternalVariables
	if len(vec) != len(sys.Public)-1+len(sys.Secret) {
		return nil, fmt.Errorf("%w: witness has %d values, want %d", ErrUnsupported, len(vec), len(sys.Public)-1+len(sys.Secret))
	}
	s := &state{sys: sys, values: make([]fr.Element, nbWires), solved: make([]bool, nbWires), strat: strat,
		hints: registeredHints()}
	s.values[0].SetOne()
	s.solved[0] = true
	copy(s.values[1:], vec)
	for i := range vec {
		s.solved[1+i] = true
	}
	for i := 0; i < sys.GetNbInstructions(); i++ {
		if err := s.instruction(i); err != nil {
			return nil, err
		}
	}
	for i, ok := range s.solved {
		if !ok {
			return nil, fmt.Errorf("%w: wire %d never assigned", ErrUnsupported, i)
		}
	}
	return &Assignment{Values: s.values, Free: s.free}, nil
}

// registeredHints returns gnark's hint registry by id, with the commitment placeholder replaced by Commitment.
func registeredHints() map[solver.HintID]solver.Hint {
	m := map[solver.HintID]solver.Hint{}
	for _, h := range solver.GetRegisteredHints() {
		m[solver.GetHintID(h)] = h
	}
	m[solver.GetHintID(fcs.Bsb22CommitmentComputePlaceholder)] = commitmentHint
	return m
}

// instruction runs instruction i.
func (s *state) instruction(i int) error {
	pi := s.sys.Instructions[i]
	inst := s.sys.GetInstruction(i)
	switch bp := s.sys.Blueprints[pi.BlueprintID].(type) {
	case constraint.BlueprintR1C:
		var c constraint.R1C
		bp.DecompressR1C(&c, inst)
		return s.r1c(int(inst.ConstraintOffset), &c)
	case *constraint.BlueprintGenericHint:
		var h constraint.HintMapping
		bp.DecompressHint(&h, inst)
		return s.hint(&h)
	case *constraint.BlueprintBatchInverse[constraint.U64]:
		return s.batchInverse(inst)
	default:
		return fmt.Errorf("%w: instruction %d has blueprint %T", ErrUnsupported, i, bp)
	}
}

// eval returns the value of a linear expression, and the unsolved term it contains (at most one), if any.
func (s *state) eval(l constraint.LinearExpression) (v fr.Element, unknown *constraint.Term, err error) {
	for k := range l {
		t := l[k]
		if !t.IsConstant() && !s.solved[t.WireID()] {
			if unknown != nil {
				return v, nil, fmt.Errorf("%w: two unsolved terms in one expression", ErrUnsupported)
			}
			unknown = &l[k]
			continue
		}
		tv := term(s.sys, t, s.values)
		v.Add(&v, &tv)
	}
	return v, unknown, nil
}

// term returns coefficient × value of t.
func term(sys *cs.R1CS, t constraint.Term, values []fr.Element) fr.Element {
	c := sys.Coefficients[t.CoeffID()]
	if t.IsConstant() {
		return c
	}
	var v fr.Element
	v.Mul(&c, &values[t.WireID()])
	return v
}

// r1c solves the constraint's unknown wire, if any, and checks the constraint.
func (s *state) r1c(cID int, c *constraint.R1C) error {
	var vals [3]fr.Element
	var unknown *constraint.Term
	pos := -1
	for k, l := range []constraint.LinearExpression{c.L, c.R, c.O} {
		v, u, err := s.eval(l)
		if err != nil {
			return fmt.Errorf("constraint %d: %w", cID, err)
		}
		vals[k] = v
		if u != nil {
			if unknown != nil {
				return fmt.Errorf("%w: constraint %d has more than one unsolved term", ErrUnsupported, cID)
			}
			unknown, pos = u, k
		}
	}
	if unknown == nil {
		return s.holds(cID, vals)
	}
	coeff := s.sys.Coefficients[unknown.CoeffID()]
	if coeff.IsZero() {
		return fmt.Errorf("%w: constraint %d: unknown with coefficient 0", ErrUnsupported, cID)
	}
	// The unknown's term t = coeff·x satisfies (L + t)·R = O, L·(R + t) = O or L·R = O + t.
	var t fr.Element
	switch pos {
	case 2:
		t.Mul(&vals[0], &vals[1]).Sub(&t, &vals[2])
	default:
		other, known := vals[1-pos], vals[pos]
		if other.IsZero() {
			if !vals[2].IsZero() {
				return fmt.Errorf("%w: constraint %d: 0 · x = %s", ErrUnsatisfied, cID, vals[2].String())
			}
			site := Site{Constraint: cID, Wire: unknown.WireID(), Index: len(s.free)}
			s.free = append(s.free, site)
			x := s.strat.Value(site)
			s.set(unknown.WireID(), x)
			return nil
		}
		t.Div(&vals[2], &other).Sub(&t, &known)
	}
	var x fr.Element
	x.Div(&t, &coeff)
	s.set(unknown.WireID(), x)
	return nil
}

// holds checks L·R = O on evaluated operands.
func (s *state) holds(cID int, v [3]fr.Element) error {
	var p fr.Element
	if !p.Mul(&v[0], &v[1]).Equal(&v[2]) {
		return fmt.Errorf("%w: constraint %d: %s · %s != %s", ErrUnsatisfied, cID, v[0].String(), v[1].String(), v[2].String())
	}
	return nil
}

func (s *state) set(wire int, v fr.Element) {
	s.values[wire] = v
	s.solved[wire] = true
}

// hint runs a hint instruction.
func (s *state) hint(h *constraint.HintMapping) error {
	f, ok := s.hints[h.HintID]
	if !ok {
		return fmt.Errorf("%w: hint %d is not registered", ErrHint, h.HintID)
	}
	in := make([]*big.Int, len(h.Inputs))
	for i, l := range h.Inputs {
		v, u, err := s.eval(l)
		if err != nil || u != nil {
			return fmt.Errorf("%w: hint %s reads an unsolved wire", ErrUnsupported, solver.GetHintName(f))
		}
		in[i] = v.BigInt(new(big.Int))
	}
	out := make([]*big.Int, h.OutputRange.End-h.OutputRange.Start)
	for i := range out {
		out[i] = new(big.Int)
	}
	if err := f(fr.Modulus(), in, out); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrHint, solver.GetHintName(f), err)
	}
	for i, o := range out {
		var v fr.Element
		v.SetBigInt(o)
		s.set(int(h.OutputRange.Start)+i, v)
	}
	return nil
}

// batchInverse runs a batch-inversion instruction: each output is the inverse of its input, or 0 for 0 (the
// R1Cs that follow, output·input = 1, then reject a 0).
func (s *state) batchInverse(inst constraint.Instruction) error {
	n := int(inst.Calldata[1])
	j := 2
	for i := 0; i < n; i++ {
		k := int(inst.Calldata[j])
		l := make(constraint.LinearExpression, k)
		for m := 0; m < k; m++ {
			l[m] = constraint.Term{CID: inst.Calldata[j+1+2*m], VID: inst.Calldata[j+2+2*m]}
		}
		j += 1 + 2*k
		v, u, err := s.eval(l)
		if err != nil || u != nil {
			return fmt.Errorf("%w: batch inverse reads an unsolved wire", ErrUnsupported)
		}
		var inv fr.Element
		inv.Inverse(&v) // 0 for 0
		s.set(int(inst.WireOffset)+i, inv)
	}
	return nil
}

// Commitment is the stand-in for a BSB22 commitment: SHA-256(index ‖ committed values), each as 32 big-endian
// bytes, reduced mod r. The placeholder hint receives the commitment's index first, then the public and
// commitment committed wires, then the private committed wires, as gnark's prover does.
func Commitment(index int, committed []fr.Element) fr.Element {
	h := sha256.New()
	var idx fr.Element
	idx.SetUint64(uint64(index))
	b := idx.Bytes()
	h.Write(b[:])
	for i := range committed {
		b := committed[i].Bytes()
		h.Write(b[:])
	}
	var out fr.Element
	out.SetBytes(h.Sum(nil))
	return out
}

// commitmentHint computes Commitment from the placeholder's inputs.
func commitmentHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) < 1 || len(out) != 1 {
		return fmt.Errorf("%w: commitment hint arity", ErrHint)
	}
	vals := make([]fr.Element, len(in)-1)
	for i := range vals {
		vals[i].SetBigInt(in[i+1])
	}
	c := Commitment(int(in[0].Int64()), vals)
	c.BigInt(out[0])
	return nil
}

// Check evaluates every constraint of ccs on values and recomputes every commitment wire from its committed
// wires. It uses neither gnark's solver nor Solve.
func Check(ccs constraint.ConstraintSystem, values []fr.Element) error {
	sys, ok := ccs.(*cs.R1CS)
	if !ok || sys.Type != constraint.SystemR1CS {
		return fmt.Errorf("%w: %T is not a BN254 R1CS", ErrUnsupported, ccs)
	}
	if n := len(sys.Public) + len(sys.Secret) + sys.NbInternalVariables; len(values) != n {
		return fmt.Errorf("%w: %d values for %d wires", ErrUnsupported, len(values), n)
	}
	if !values[0].IsOne() {
		return fmt.Errorf("%w: the constant wire is not 1", ErrUnsatisfied)
	}
	it := sys.GetR1CIterator()
	for cID := 0; ; cID++ {
		c := it.Next()
		if c == nil {
			break
		}
		var l, r, o, p fr.Element
		for _, e := range []struct {
			lin constraint.LinearExpression
			v   *fr.Element
		}{{c.L, &l}, {c.R, &r}, {c.O, &o}} {
			for _, t := range e.lin {
				tv := term(sys, t, values)
				e.v.Add(e.v, &tv)
			}
		}
		if !p.Mul(&l, &r).Equal(&o) {
			return fmt.Errorf("%w: constraint %d: %s · %s != %s", ErrUnsatisfied, cID, l.String(), r.String(), o.String())
		}
	}
	return checkCommitments(sys, values)
}

// checkCommitments recomputes each Groth16 commitment wire.
func checkCommitments(sys *cs.R1CS, values []fr.Element) error {
	infos, ok := sys.CommitmentInfo.(constraint.Groth16Commitments)
	if !ok {
		return fmt.Errorf("%w: commitment info %T", ErrUnsupported, sys.CommitmentInfo)
	}
	for i, info := range infos {
		var committed []fr.Element
		for _, w := range info.PublicAndCommitmentCommitted {
			committed = append(committed, values[w])
		}
		for _, w := range info.PrivateCommitted {
			committed = append(committed, values[w])
		}
		if want := Commitment(i, committed); !want.Equal(&values[info.CommitmentIndex]) {
			return fmt.Errorf("%w: commitment %d", ErrCommitment, i)
		}
	}
	return nil
}

// Accepted is a strategy under which a witness completed to an assignment that satisfies every constraint.
type Accepted struct {
	Strategy string
	Free     []Site
}

// Attack solves w under each strategy and checks the result; it returns the strategies whose assignment
// satisfies ccs (none, for a sound circuit and a false statement). An ErrUnsatisfied from Solve or Check is a
// rejection; any other error is returned.
func Attack(ccs constraint.ConstraintSystem, w witness.Witness, strategies []Strategy) ([]Accepted, error) {
	var out []Accepted
	for _, st := range strategies {
		a, err := Solve(ccs, w, st)
		if err == nil {
			err = Check(ccs, a.Values)
		}
		switch {
		case err == nil:
			out = append(out, Accepted{Strategy: st.Name, Free: a.Free})
		case errors.Is(err, ErrUnsatisfied):
		default:
			return out, fmt.Errorf("strategy %s: %w", st.Name, err)
		}
	}
	return out, nil
}

// DivisionSite is a constraint at which the solver divides by a value that depends on the witness: its
// unknown wire appears in L (or R) and the other operand is not a constant, while O is not a non-zero constant.
// When the other operand evaluates to 0 and O to 0, the constraint reads 0·x = 0 and leaves x free; every such
// site needs a reason why its denominator cannot be 0.
type DivisionSite struct {
	Constraint int
	Wire       int
}

// DivisionSites lists the division sites of ccs, walking its instructions in the solver's order and tracking
// only which wires are known: the inputs, the outputs of hints and batch inversions, and the unknown of each
// constraint once it is met. A constraint whose operand is a constant 0 is a site as well.
func DivisionSites(ccs constraint.ConstraintSystem) ([]DivisionSite, error) {
	sys, ok := ccs.(*cs.R1CS)
	if !ok || sys.Type != constraint.SystemR1CS {
		return nil, fmt.Errorf("%w: %T is not a BN254 R1CS", ErrUnsupported, ccs)
	}
	nbWires := len(sys.Public) + len(sys.Secret) + sys.NbInternalVariables
	known := make([]bool, nbWires)
	for i := 0; i < len(sys.Public)+len(sys.Secret); i++ {
		known[i] = true
	}
	var out []DivisionSite
	for i := 0; i < sys.GetNbInstructions(); i++ {
		inst := sys.GetInstruction(i)
		switch bp := sys.Blueprints[sys.Instructions[i].BlueprintID].(type) {
		case constraint.BlueprintR1C:
			var c constraint.R1C
			bp.DecompressR1C(&c, inst)
			if site, ok := divisionSite(sys, known, int(inst.ConstraintOffset), &c); ok {
				out = append(out, site)
			}
		case *constraint.BlueprintGenericHint:
			var h constraint.HintMapping
			bp.DecompressHint(&h, inst)
			for w := h.OutputRange.Start; w < h.OutputRange.End; w++ {
				known[w] = true
			}
		case *constraint.BlueprintBatchInverse[constraint.U64]:
			for k := 0; k < int(inst.Calldata[1]); k++ {
				known[int(inst.WireOffset)+k] = true
			}
		default:
			return nil, fmt.Errorf("%w: instruction %d has blueprint %T", ErrUnsupported, i, bp)
		}
	}
	return out, nil
}

// divisionSite marks the constraint's unknown wire known and reports whether the constraint is a site.
func divisionSite(sys *cs.R1CS, known []bool, cID int, c *constraint.R1C) (DivisionSite, bool) {
	ops := []constraint.LinearExpression{c.L, c.R, c.O}
	for k, l := range ops {
		for _, t := range l {
			if t.IsConstant() || known[t.WireID()] {
				continue
			}
			known[t.WireID()] = true
			if k == 2 {
				return DivisionSite{}, false
			}
			other := ops[1-k]
			if v, isConst := constant(sys, other); isConst && !v.IsZero() {
				return DivisionSite{}, false
			}
			if v, isConst := constant(sys, c.O); isConst && !v.IsZero() {
				return DivisionSite{}, false // d·x = c ≠ 0 forces d ≠ 0: a checked inverse
			}
			return DivisionSite{Constraint: cID, Wire: t.WireID()}, true
		}
	}
	return DivisionSite{}, false
}

// constant returns the value of l when it involves only the constant wire 0 (or constant terms).
func constant(sys *cs.R1CS, l constraint.LinearExpression) (fr.Element, bool) {
	var v fr.Element
	for _, t := range l {
		c := sys.Coefficients[t.CoeffID()]
		if c.IsZero() {
			continue
		}
		if !t.IsConstant() && t.WireID() != 0 {
			return v, false
		}
		v.Add(&v, &c)
	}
	return v, true
}

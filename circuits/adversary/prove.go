package adversary

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"
	"github.com/consensys/gnark/constraint/solver"
)

// forgedHintBase is the first hint id Rig gives its hints; ids are 32-bit hashes of names, so a clash with a
// real hint is as unlikely as between two real hints, and Rig checks for it.
const forgedHintBase = 0xf0e0_0000

// Rig returns a copy of ccs whose witness generation reproduces a: for each free site, a hint instruction,
// run first, writes the chosen value into the free wire, so that gnark's own solver — and so groth16.Prove —
// then finds the constraint 0·x = 0 already solved instead of setting x to 0. It also returns the solver
// options that register those hints.
//
// The copy has the original's constraints, wires and commitments (a hint adds no constraint), so the proving
// key of ccs proves it and the verifying key of ccs verifies the proof: only the witness generation differs,
// which is the prover's own business. Rig is how a test turns a satisfying assignment into a real Groth16
// proof with gnark's unmodified prover.
func Rig(ccs constraint.ConstraintSystem, a *Assignment) (constraint.ConstraintSystem, []solver.Option, error) {
	sys, ok := ccs.(*cs.R1CS)
	if !ok {
		return nil, nil, fmt.Errorf("%w: %T is not a BN254 R1CS", ErrUnsupported, ccs)
	}
	if len(sys.Levels) == 0 {
		return nil, nil, fmt.Errorf("%w: the system has no instruction", ErrUnsupported)
	}
	cp := *sys
	cp.Blueprints = append([]constraint.Blueprint(nil), sys.Blueprints...)
	hintBP := -1
	for i, bp := range cp.Blueprints {
		if _, ok := bp.(*constraint.BlueprintGenericHint); ok {
			hintBP = i
			break
		}
	}
	if hintBP < 0 {
		hintBP = len(cp.Blueprints)
		cp.Blueprints = append(cp.Blueprints, &constraint.BlueprintGenericHint{})
	}
	cp.Instructions = append([]constraint.PackedInstruction(nil), sys.Instructions...)
	cp.CallData = append([]uint32(nil), sys.CallData...)
	cp.Levels = append([][]uint32(nil), sys.Levels...)
	cp.MHintsDependencies = make(map[solver.HintID]string, len(sys.MHintsDependencies)+len(a.Free))
	for k, v := range sys.MHintsDependencies {
		cp.MHintsDependencies[k] = v
	}
	var first []uint32
	var opts []solver.Option
	bp := cp.Blueprints[hintBP].(*constraint.BlueprintGenericHint)
	for k, site := range a.Free {
		id := solver.HintID(forgedHintBase + k)
		if _, clash := cp.MHintsDependencies[id]; clash {
			return nil, nil, fmt.Errorf("%w: hint id %d is taken", ErrUnsupported, id)
		}
		var h constraint.HintMapping
		h.HintID = id
		h.OutputRange.Start, h.OutputRange.End = uint32(site.Wire), uint32(site.Wire+1)
		var buf []uint32
		bp.CompressHint(h, &buf)
		cp.Instructions = append(cp.Instructions, constraint.PackedInstruction{BlueprintID: constraint.BlueprintID(hintBP),
			StartCallData: uint64(len(cp.CallData))})
		cp.CallData = append(cp.CallData, buf...)
		first = append(first, uint32(len(cp.Instructions)-1))
		cp.MHintsDependencies[id] = fmt.Sprintf("adversary.forged%d", k)
		v := a.Values[site.Wire]
		opts = append(opts, solver.OverrideHint(id, constantHint(v)))
	}
	cp.Levels[0] = append(first, sys.Levels[0]...)
	return &cp, opts, nil
}

// constantHint returns a hint without inputs whose one output is v.
func constantHint(v fr.Element) solver.Hint {
	return func(_ *big.Int, _, out []*big.Int) error {
		if len(out) != 1 {
			return fmt.Errorf("%w: forged hint arity", ErrHint)
		}
		v.BigInt(out[0])
		return nil
	}
}

package circuits

import (
	"errors"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
)

// errHintInputs reports a hint called with the wrong number of inputs or outputs (a programming error).
var errHintInputs = errors.New("circuits: hint called with wrong arity")

func init() {
	solver.RegisterHint(Hints()...)
}

// Hints returns every hint the circuits of this package use, for solvers that need them listed. They are also
// registered globally when the package is loaded.
func Hints() []solver.Hint {
	return []solver.Hint{nonNegHint, signHint, bytesHint, oneHotHint, quotientHint, positionSlotHint, lowBitHint, floorDivHint}
}

// nonNegHint returns 1 when the input, read as a signed integer in (−r/2, r/2), is non-negative, else 0.
func nonNegHint(field *big.Int, in, out []*big.Int) error {
	if len(in) != 1 || len(out) != 1 {
		return errHintInputs
	}
	half := new(big.Int).Rsh(field, 1)
	if in[0].Cmp(half) <= 0 {
		out[0].SetUint64(1)
	} else {
		out[0].SetUint64(0)
	}
	return nil
}

// signHint is nonNegHint for the sign of a value whose absolute value is taken; it is a separate hint so a
// perturbed sign of 0 (where either sign is correct) can be told apart in tests.
func signHint(field *big.Int, in, out []*big.Int) error { return nonNegHint(field, in, out) }

// bytesHint returns the len(out) low bytes of the input, most significant first.
func bytesHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) != 1 {
		return errHintInputs
	}
	v := new(big.Int).Set(in[0])
	for i := len(out) - 1; i >= 0; i-- {
		out[i].SetUint64(v.Uint64() & 0xff)
		v.Rsh(v, 8)
	}
	return nil
}

// oneHotHint returns out[v] = 1 and every other output 0, or all zeros when v ≥ len(out).
func oneHotHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) != 1 {
		return errHintInputs
	}
	for i := range out {
		out[i].SetUint64(0)
	}
	if in[0].IsUint64() && in[0].Uint64() < uint64(len(out)) {
		out[in[0].Uint64()].SetUint64(1)
	}
	return nil
}

// quotientHint returns ⌊in[1] / in[0]⌋, or 0 when the divisor is 0.
func quotientHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) != 2 || len(out) != 1 {
		return errHintInputs
	}
	if in[0].Sign() == 0 {
		out[0].SetUint64(0)
		return nil
	}
	out[0].Quo(in[1], in[0])
	return nil
}

// positionSlotHint selects the position slot a trade in market in[0] uses, given the markets of the account's
// positions in[1:]: the slot holding the market, else the first empty slot (market 0), else slot 0. The output
// is one-hot.
func positionSlotHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) != len(out)+1 {
		return errHintInputs
	}
	pick := -1
	for k, m := range in[1:] {
		if m.Cmp(in[0]) == 0 {
			pick = k
			break
		}
	}
	if pick < 0 {
		for k, m := range in[1:] {
			if m.Sign() == 0 {
				pick = k
				break
			}
		}
	}
	if pick < 0 {
		pick = 0
	}
	for k := range out {
		out[k].SetUint64(0)
	}
	out[pick].SetUint64(1)
	return nil
}

// lowBitHint returns the lowest bit of the input and the input shifted right by one.
func lowBitHint(_ *big.Int, in, out []*big.Int) error {
	if len(in) != 1 || len(out) != 2 {
		return errHintInputs
	}
	out[0].SetUint64(uint64(in[0].Bit(0)))
	out[1].Rsh(in[0], 1)
	return nil
}

// floorDivHint returns ⌊in[1] / in[0]⌋ toward −∞, reading in[1] as a signed integer in (−r/2, r/2) and the
// divisor in[0] as a positive integer; 0 when the divisor is 0.
func floorDivHint(field *big.Int, in, out []*big.Int) error {
	if len(in) != 2 || len(out) != 1 {
		return errHintInputs
	}
	if in[0].Sign() == 0 {
		out[0].SetUint64(0)
		return nil
	}
	x := new(big.Int).Set(in[1])
	if x.Cmp(new(big.Int).Rsh(field, 1)) > 0 {
		x.Sub(x, field)
	}
	q, m := new(big.Int).DivMod(x, in[0], new(big.Int)) // Euclidean: m ≥ 0 for a positive divisor
	_ = m
	out[0].Mod(q, field)
	return nil
}

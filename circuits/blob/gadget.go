package blob

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/math/emulated"
	"github.com/consensys/gnark/std/math/emulated/emparams"
	"github.com/consensys/gnark/std/rangecheck"
)

// Fr is BLS12-381's scalar field, emulated in the BN254 circuit.
type Fr = emparams.BLS12381Fr

// limbBits is the width of an emulated BLS12-381 Fr limb (4 limbs of 64 bits).
const limbBits = 64

func init() { solver.RegisterHint(wordLimbsHint) }

// Binding is what the gadget proves about the blob: the records hash of the words, the challenge point derived
// from it and the versioned hash, and the blob polynomial's value there.
type Binding struct {
	RecordsHash frontend.Variable
	Z           frontend.Variable
	Y           *emulated.Element[Fr]
}

// Bind proves the binding of a blob to its words. words are the first len(words) field elements of the blob, each
// below 2^248 (Bind range-checks them); every later element of the blob is zero. segments are the lengths of the
// consecutive segments hashed in order (RecordsHash). vhHi and vhLo are the versioned hash's 128-bit halves (SplitHash); the caller binds
// them, z and y to its public input. Bind does not check z against the evaluation domain: a point in it (chance
// 4096/r) leaves the circuit unsatisfiable, and the Go twin reports ErrChallengeInDomain.
func Bind(api frontend.API, words []frontend.Variable, segments []int, vhHi, vhLo frontend.Variable) (*Binding, error) {
	if len(words) > FieldElements {
		return nil, fmt.Errorf("%w: %d words", ErrRecordsTooLong, len(words))
	}
	if err := checkSegments(len(words), segments); err != nil {
		return nil, err
	}
	var h frontend.Variable = 0
	lo := 0
	for _, n := range segments {
		s, err := SpongeCircuit(api, TagRecords, words[lo:lo+n]...)
		if err != nil {
			return nil, err
		}
		if h, err = SpongeCircuit(api, TagChain, h, s); err != nil {
			return nil, err
		}
		lo += n
	}
	z, err := SpongeCircuit(api, TagChallenge, h, vhHi, vhLo)
	if err != nil {
		return nil, err
	}
	f, err := emulated.NewField[Fr](api)
	if err != nil {
		return nil, fmt.Errorf("blob: emulated field: %w", err)
	}
	// api.ToBinary at the field's full width also checks the bits are below the BN254 modulus, so z has one
	// binary form and the emulated z is the integer z.
	ze := f.FromBits(api.ToBinary(z)...)
	y, err := evaluate(api, f, ze, words)
	if err != nil {
		return nil, err
	}
	return &Binding{RecordsHash: h, Z: z, Y: y}, nil
}

// evaluate returns (z^N − 1)/N · Σ_{i<len(words)} d_i·ω_i/(z − ω_i), the barycentric formula with the remaining
// words zero.
func evaluate(api frontend.API, f *emulated.Field[Fr], z *emulated.Element[Fr], words []frontend.Variable) (*emulated.Element[Fr], error) {
	rc := rangecheck.New(api)
	terms := make([]*emulated.Element[Fr], len(words))
	for i, w := range words {
		d, err := wordElement(api, rc, f, w)
		if err != nil {
			return nil, err
		}
		var root big.Int
		roots[i].BigInt(&root)
		omega := emulated.ValueOf[Fr](&root)
		terms[i] = f.Div(f.MulNoReduce(d, &omega), f.Sub(z, &omega))
	}
	sum := f.Sum(terms...)
	zn := z
	for range logFieldElements {
		zn = f.Mul(zn, zn)
	}
	invN := new(big.Int).ModInverse(big.NewInt(FieldElements), emparams.BLS12381Fr{}.Modulus())
	invNe := emulated.ValueOf[Fr](invN)
	return f.Mul(f.Mul(f.Sub(zn, f.One()), &invNe), sum), nil
}

// wordElement range-checks a word below 2^248 and returns it as an emulated element (its four 64-bit limbs,
// the last below 2^56).
func wordElement(api frontend.API, rc frontend.Rangechecker, f *emulated.Field[Fr], w frontend.Variable) (*emulated.Element[Fr], error) {
	limbs, err := api.Compiler().NewHint(wordLimbsHint, 4, w)
	if err != nil {
		return nil, fmt.Errorf("blob: word limbs: %w", err)
	}
	var sum frontend.Variable = 0
	for j, l := range limbs {
		bits := limbBits
		if j == 3 {
			bits = wordBits - 3*limbBits
		}
		rc.Check(l, bits)
		sum = api.Add(sum, api.Mul(l, new(big.Int).Lsh(big.NewInt(1), uint(j*limbBits))))
	}
	api.AssertIsEqual(sum, w)
	return f.UnsafeFromLimbs(limbs), nil
}

// wordLimbsHint splits its input into four 64-bit limbs, least significant first.
func wordLimbsHint(_ *big.Int, in, out []*big.Int) error {
	mask := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), limbBits), big.NewInt(1))
	for j := range out {
		out[j].Rsh(in[0], uint(j*limbBits)).And(out[j], mask)
	}
	return nil
}

// Halves returns y's canonical value as two 128-bit halves (hi, lo), for a public input.
func Halves(api frontend.API, y *emulated.Element[Fr]) (hi, lo frontend.Variable, err error) {
	f, err := emulated.NewField[Fr](api)
	if err != nil {
		return nil, nil, fmt.Errorf("blob: emulated field: %w", err)
	}
	bits := f.ToBitsCanonical(y)
	for len(bits) < 256 {
		bits = append(bits, 0)
	}
	return api.FromBinary(bits[128:256]...), api.FromBinary(bits[:128]...), nil
}

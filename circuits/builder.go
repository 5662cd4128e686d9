package circuits

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/permutation/poseidon2"
	"github.com/consensys/gnark/std/rangecheck"
)

// builder bundles the API with the gadgets every part of the circuit shares: one range checker (so the circuit
// carries a single BSB22 commitment) and one Poseidon2 permutation.
type builder struct {
	api  frontend.API
	rc   frontend.Rangechecker
	perm *poseidon2.Permutation
	// perm4 is the width-4 permutation of the 4-ary trees' compression (docs/PROTOCOL.md §2).
	perm4 *poseidon2.Permutation
}

// Poseidon2 shapes (docs/PROTOCOL.md §2): width 2 for the Merkle–Damgård hash, width 4 (gnark-crypto's BN254
// instance, 8 full and 56 partial rounds) for the tree nodes.
const (
	width2Full, width2Partial = 6, 50
	width4Full, width4Partial = 8, 56
)

func newBuilder(api frontend.API) (*builder, error) {
	perm, err := poseidon2.NewPoseidon2FromParameters(api, 2, width2Full, width2Partial)
	if err != nil {
		return nil, fmt.Errorf("circuits: poseidon2: %w", err)
	}
	perm4, err := poseidon2.NewPoseidon2FromParameters(api, treeArity, width4Full, width4Partial)
	if err != nil {
		return nil, fmt.Errorf("circuits: poseidon2 width 4: %w", err)
	}
	return &builder{api: api, rc: rangecheck.New(api), perm: perm, perm4: perm4}, nil
}

// compress4 is C4(x0, x1, x2, x3) = P4(x)[3] + x3 (docs/PROTOCOL.md §2).
func (b *builder) compress4(x [treeArity]frontend.Variable) frontend.Variable {
	in := x
	if err := b.perm4.Permutation(x[:]); err != nil {
		panic(err) // the width is fixed at 4
	}
	return b.api.Add(x[treeArity-1], in[treeArity-1])
}

// compress is C(l, r) = P(l, r)[1] + r (docs/PROTOCOL.md §2).
func (b *builder) compress(l, r frontend.Variable) frontend.Variable {
	return b.perm.Compress(l, r)
}

// hash4 is H4(x1, …, x3m) = C4(…C4(C4(0, x1, x2, x3), x4, x5, x6)…) (docs/PROTOCOL.md §2), for a fixed arity
// that is a multiple of three.
func (b *builder) hash4(words ...frontend.Variable) frontend.Variable {
	if len(words)%(treeArity-1) != 0 {
		panic(fmt.Sprintf("circuits: hash4 of %d words", len(words)))
	}
	var h frontend.Variable = 0
	for i := 0; i < len(words); i += treeArity - 1 {
		h = b.compress4([treeArity]frontend.Variable{h, words[i], words[i+1], words[i+2]})
	}
	return h
}

// hash is H(x1, …, xn) = C(…C(C(0, x1), x2)…, xn).
func (b *builder) hash(words ...frontend.Variable) frontend.Variable {
	var h frontend.Variable = 0
	for _, w := range words {
		h = b.compress(h, w)
	}
	return h
}

// check asserts 0 ≤ v < 2^bits.
func (b *builder) check(v frontend.Variable, bits int) {
	b.rc.Check(v, bits)
}

// checkWhen asserts 0 ≤ v < 2^bits when the boolean cond is 1, and nothing when it is 0.
func (b *builder) checkWhen(cond, v frontend.Variable, bits int) {
	b.rc.Check(b.api.Mul(cond, v), bits)
}

// zeroWhen asserts v = 0 when the boolean cond is 1.
func (b *builder) zeroWhen(cond, v frontend.Variable) {
	b.api.AssertIsEqual(b.api.Mul(cond, v), 0)
}

// bias returns v + 2^(bits−1), the unsigned image of a signed field.
func (b *builder) bias(v frontend.Variable, bits int) frontend.Variable {
	return b.api.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(bits-1)))
}

// checkSigned asserts −2^(bits−1) ≤ v < 2^(bits−1).
func (b *builder) checkSigned(v frontend.Variable, bits int) {
	b.check(b.bias(v, bits), bits)
}

// checkOpen asserts −2^(bits−1) < v < 2^(bits−1), the open interval of collateral and insurance.
func (b *builder) checkOpen(v frontend.Variable, bits int) {
	biased := b.bias(v, bits)
	b.check(biased, bits)
	b.check(b.api.Sub(biased, 1), bits)
}

// checkAtMost asserts 0 ≤ v ≤ bound, for a bound < 2^bits.
func (b *builder) checkAtMost(v frontend.Variable, bound uint64, bits int) {
	b.check(v, bits)
	b.check(b.api.Sub(bound, v), bits)
}

// nonNeg returns 1 if v ≥ 0 and 0 if v < 0, for a v known to satisfy |v| < 2^bits (bits < 253): the hinted
// sign selects v or −v−1, which must then lie in [0, 2^bits).
func (b *builder) nonNeg(v frontend.Variable, bits int) frontend.Variable {
	out, err := b.api.Compiler().NewHint(nonNegHint, 1, v)
	if err != nil {
		panic(err)
	}
	s := out[0]
	b.api.AssertIsBoolean(s)
	// s·(2v+1) − v − 1 is v when s = 1 and −v−1 when s = 0.
	t := b.api.Sub(b.api.Mul(s, b.api.Add(b.api.Mul(v, 2), 1)), v, 1)
	b.check(t, bits)
	return s
}

// abs returns |v| and a sign bit s (1 for v > 0, 0 for v < 0, either for v = 0), asserting |v| < 2^bits.
func (b *builder) abs(v frontend.Variable, bits int) (a, s frontend.Variable) {
	out, err := b.api.Compiler().NewHint(signHint, 1, v)
	if err != nil {
		panic(err)
	}
	s = out[0]
	b.api.AssertIsBoolean(s)
	a = b.api.Mul(b.api.Sub(b.api.Mul(s, 2), 1), v)
	b.check(a, bits)
	return a, s
}

// bytesBE decomposes v into n range-checked bytes, most significant first, asserting v < 2^(8n) (n ≤ 31).
func (b *builder) bytesBE(v frontend.Variable, n int) []frontend.Variable {
	out, err := b.api.Compiler().NewHint(bytesHint, n, v)
	if err != nil {
		panic(err)
	}
	b.api.AssertIsEqual(b.fromBytesBE(out), v)
	for _, x := range out {
		b.check(x, 8)
	}
	return out
}

// fromBytesBE recomposes big-endian bytes.
func (b *builder) fromBytesBE(bs []frontend.Variable) frontend.Variable {
	var acc frontend.Variable = 0
	for _, x := range bs {
		acc = b.api.Add(b.api.Mul(acc, 256), x)
	}
	return acc
}

// fieldBytes returns the canonical wordBytes-byte big-endian encoding of a field element: the bytes recompose
// to v and, read as an integer, are smaller than r.
func (b *builder) fieldBytes(v frontend.Variable) []frontend.Variable {
	const half = wordBytes / 2
	out, err := b.api.Compiler().NewHint(bytesHint, wordBytes, v)
	if err != nil {
		panic(err)
	}
	for _, x := range out {
		b.check(x, 8)
	}
	hi, lo := b.fromBytesBE(out[:half]), b.fromBytesBE(out[half:])
	b.api.AssertIsEqual(b.api.Add(b.api.Mul(hi, pow2(8*half)), lo), v)
	r := b.api.Compiler().Field()
	rHi, rLo := new(big.Int).Rsh(r, 8*half), new(big.Int).Sub(r, new(big.Int).Lsh(new(big.Int).Rsh(r, 8*half), 8*half))
	// (hi, lo) < (rHi, rLo) lexicographically: hi ≤ rHi, and lo < rLo when hi = rHi.
	b.check(b.api.Sub(rHi, hi), 8*half)
	b.checkWhen(b.api.IsZero(b.api.Sub(rHi, hi)), b.api.Sub(new(big.Int).Sub(rLo, big.NewInt(1)), lo), 8*half)
	return out
}

// lowBit returns the lowest bit of a byte.
func (b *builder) lowBit(x frontend.Variable) frontend.Variable {
	out, err := b.api.Compiler().NewHint(lowBitHint, 2, x)
	if err != nil {
		panic(err)
	}
	b.api.AssertIsBoolean(out[0])
	b.check(out[1], 7)
	b.api.AssertIsEqual(b.api.Add(b.api.Mul(out[1], 2), out[0]), x)
	return out[0]
}

// oneHot returns n booleans, exactly one of which is 1, at index v; it asserts v < n.
func (b *builder) oneHot(v frontend.Variable, n int) []frontend.Variable {
	out, err := b.api.Compiler().NewHint(oneHotHint, n, v)
	if err != nil {
		panic(err)
	}
	var sum, idx frontend.Variable = 0, 0
	for i, x := range out {
		b.api.AssertIsBoolean(x)
		sum = b.api.Add(sum, x)
		idx = b.api.Add(idx, b.api.Mul(x, i))
	}
	b.api.AssertIsEqual(sum, 1)
	b.api.AssertIsEqual(idx, v)
	return out
}

// dot returns Σ sel_i · xs_i.
func (b *builder) dot(sel, xs []frontend.Variable) frontend.Variable {
	var acc frontend.Variable = 0
	for i := range sel {
		acc = b.api.Add(acc, b.api.Mul(sel[i], xs[i]))
	}
	return acc
}

// dividesWhen asserts, when cond is 1, that d divides v, with a quotient below 2^qBits.
func (b *builder) dividesWhen(cond, d, v frontend.Variable, qBits int) {
	out, err := b.api.Compiler().NewHint(quotientHint, 1, d, v)
	if err != nil {
		panic(err)
	}
	b.check(out[0], qBits)
	b.zeroWhen(cond, b.api.Sub(b.api.Mul(out[0], d), v))
}

// pick returns a when cond is 1 and b when it is 0, as b + cond·(a − b).
func (b *builder) pick(cond, x, y frontend.Variable) frontend.Variable {
	return b.api.Add(y, b.api.Mul(cond, b.api.Sub(x, y)))
}

// pow2 returns 2^n.
func pow2(n int) *big.Int { return new(big.Int).Lsh(big.NewInt(1), uint(n)) }

// pack returns Σ v_i · 2^(offset_i) for fields listed low bits first with their widths.
func pack(api frontend.API, fields ...field) frontend.Variable {
	var acc frontend.Variable = 0
	shift := 0
	for _, f := range fields {
		acc = api.Add(acc, api.Mul(f.v, pow2(shift)))
		shift += f.bits
	}
	return acc
}

// field is one bit field of a packed word.
type field struct {
	v    frontend.Variable
	bits int
}

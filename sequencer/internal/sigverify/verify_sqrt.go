package sigverify

import (
	"math/big"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
)

// Point decompression: R's x from its y and sign bit. gnark-crypto (PointAffine.SetBytes) computes
// x = √(u/v), u = 1 − y², v = a − d·y², with fr.Element.Div and Sqrt; a = −1 is a square and d is not, so v
// is never zero. The square root here is the same number computed another way, without the inversion: with
// c = u·v (a square iff u/v is), q − 1 = 2^twoAdicity·m (m odd) and ck = c^((m−1)/2), the exponentiation that
// is the bulk of the cost (it runs lane-wise over a batch with fr.Vector products), c^m = c·ck² is a
// 2^twoAdicity-th root of unity g^e (g of that order), e is read in dlogDigits digits of dlogDigit bits by
// lookups among the 2^dlogDigit-th roots of unity (a table-based Tonelli–Shanks), c is a square iff e is
// even, and then √c = c·ck·g^(−e/2), so that √(u/v) = √c/v = u·ck·g^(−e/2). Whatever root the algorithm
// lands on, the result is checked: x²·v = u, the curve equation that decodeSig requires of R (gnark-crypto
// leaves x = u/v when u/v is not a square, which is on the curve only if u/v is 0 or 1, both squares).
const (
	twoAdicity = 28 // q − 1 = 2^28·m, m odd
	dlogDigit  = 7
	dlogDigits = twoAdicity / dlogDigit
	dlogSize   = 1 << dlogDigit
	expWindow  = 5 // width of the sliding window of the lane-wise exponentiation
)

// sqrtParams holds the constants of the square root.
type sqrtParams struct {
	// neg[k][j] = g^(−j·2^(dlogDigit·k)).
	neg [dlogDigits][dlogSize]fr.Element
	// dlog maps the first Montgomery word of γ^j, γ = g^(2^(twoAdicity − dlogDigit)) of order 2^dlogDigit, to j.
	dlog map[uint64]uint8
	// steps is the sliding-window schedule of the exponent (m − 1)/2, most significant first: square
	// steps[i].squares times, then multiply by c^(2·steps[i].odd + 1) (odd < 0: no product).
	steps []expStep
	// a and d are the curve's coefficients.
	a, d fr.Element
}

type expStep struct {
	squares int
	odd     int
}

var sqrtConsts = sync.OnceValue(func() *sqrtParams {
	p := &sqrtParams{dlog: make(map[uint64]uint8, dlogSize)}
	curve := twistededwards.GetEdwardsCurve()
	p.a, p.d = curve.A, curve.D
	q1 := new(big.Int).Sub(fr.Modulus(), big.NewInt(1))
	m := new(big.Int).Rsh(q1, twoAdicity)
	if m.Bit(0) != 1 || new(big.Int).Lsh(m, twoAdicity).Cmp(q1) != 0 {
		panic("sequencer: the 2-adicity of fr is not twoAdicity")
	}
	// g = n^m for the least non-residue n generates the 2^twoAdicity-th roots of unity.
	var n, g fr.Element
	for k := uint64(2); n.SetUint64(k).Legendre() != -1; k++ {
	}
	g.Exp(n, m)
	var gInv fr.Element
	gInv.Inverse(&g)
	for k := range dlogDigits {
		p.neg[k][0].SetOne()
		for j := 1; j < dlogSize; j++ {
			p.neg[k][j].Mul(&p.neg[k][j-1], &gInv)
		}
		for range dlogDigit {
			gInv.Square(&gInv)
		}
	}
	// γ^j = (g^(−2^(twoAdicity − dlogDigit)))^(−j) = neg[dlogDigits − 1][(dlogSize − j) mod dlogSize].
	for j := range dlogSize {
		e := p.neg[dlogDigits-1][(dlogSize-j)%dlogSize]
		if _, dup := p.dlog[e[0]]; dup {
			panic("sequencer: two roots of unity share a first word")
		}
		p.dlog[e[0]] = uint8(j)
	}
	k := new(big.Int).Rsh(m, 1) // (m − 1)/2, m odd
	p.steps = windowSchedule(k, expWindow)
	return p
})

// windowSchedule returns the sliding-window schedule of k (k > 0) with windows of at most w bits.
func windowSchedule(k *big.Int, w int) []expStep {
	var steps []expStep
	squares := 0
	for i := k.BitLen() - 1; i >= 0; {
		if k.Bit(i) == 0 {
			squares++
			i--
			continue
		}
		// The longest window of at most w bits from bit i down that ends with a one.
		lo := max(i-w+1, 0)
		for k.Bit(lo) == 0 {
			lo++
		}
		v := 0
		for j := i; j >= lo; j-- {
			v = v<<1 | int(k.Bit(j))
		}
		squares += i - lo + 1
		steps = append(steps, expStep{squares: squares, odd: v >> 1})
		squares = 0
		i = lo - 1
	}
	steps[0].squares = 0 // the accumulator starts at one: its first squarings are no-ops
	if squares > 0 {
		steps = append(steps, expStep{squares: squares, odd: -1})
	}
	return steps
}

// sqrtTail returns √(u/v) (false if u/v is not a square), given u ≠ 0, ck = (u·v)^((m−1)/2) and
// pw[i] = ((u·v)^m)^(2^(dlogDigit·i)).
func sqrtTail(u, v, ck *fr.Element, pw *[dlogDigits]fr.Element) (fr.Element, bool) {
	p := sqrtConsts()
	var digits [dlogDigits]int
	// c^m = g^e with e = Σ digits[i]·2^(dlogDigit·i). Raised to 2^(dlogDigit·(dlogDigits−1−i)) and divided by the
	// contribution of the digits found so far, it is γ^digits[i].
	for i := range dlogDigits {
		acc := pw[dlogDigits-1-i]
		for j := range i {
			acc.Mul(&acc, &p.neg[dlogDigits-1-i+j][digits[j]])
		}
		digits[i] = int(p.dlog[acc[0]])
		if i == 0 && digits[0]%2 == 1 {
			return fr.Element{}, false // e odd: c is not a square
		}
	}
	e := 0
	for i := dlogDigits - 1; i >= 0; i-- {
		e = e<<dlogDigit | digits[i]
	}
	e >>= 1
	var x fr.Element
	x.Mul(u, ck)
	for k := range dlogDigits {
		x.Mul(&x, &p.neg[k][e&(dlogSize-1)])
		e >>= dlogDigit
	}
	var x2v fr.Element
	x2v.Square(&x)
	x2v.Mul(&x2v, v)
	return x, x2v.Equal(u)
}

// decompress sets r to the point with coordinate y and x's sign (the point gnark-crypto's SetBytes decodes),
// and reports whether it is on the curve.
func decompress(r *twistededwards.PointAffine, y fr.Element, negative bool) bool {
	p := sqrtConsts()
	var one, y2, u, v, c fr.Element
	one.SetOne()
	y2.Square(&y)
	v.Mul(&p.d, &y2)
	v.Sub(&p.a, &v)
	u.Sub(&one, &y2)
	r.Y = y
	if u.IsZero() {
		r.X.SetZero()
		return true
	}
	c.Mul(&u, &v)
	var ck fr.Element
	ck.ExpBySqrtExp(c)
	var pw [dlogDigits]fr.Element
	pw[0].Square(&ck)
	pw[0].Mul(&pw[0], &c)
	for i := 1; i < dlogDigits; i++ {
		pw[i] = pw[i-1]
		for range dlogDigit {
			pw[i].Square(&pw[i])
		}
	}
	x, ok := sqrtTail(&u, &v, &ck, &pw)
	if !ok {
		return false
	}
	setSign(&x, negative)
	r.X = x
	return true
}

// setSign sets x to ±x as gnark-crypto's SetBytes does: lexicographically largest iff negative (0 stays 0).
func setSign(x *fr.Element, negative bool) {
	if x.LexicographicallyLargest() != negative {
		x.Neg(x)
	}
}

// decompressLanes is decompress over lanes: it sets xs[l] from ys[l] and neg[l] and reports ok[l]. The
// exponentiation, the products and the squarings run lane-wise. ws holds the temporaries (sqrtWork's vectors,
// at least len(ys) lanes).
func decompressLanes(xs, ys fr.Vector, neg, ok []bool, ws *sqrtWork) {
	n := len(ys)
	if n == 0 {
		return
	}
	p := sqrtConsts()
	y2, u, v, c, ck := ws.y2[:n], ws.u[:n], ws.v[:n], ws.c[:n], ws.ck[:n]
	y2.Mul(ys, ys)
	v.ScalarMul(y2, &p.d)
	var one fr.Element
	one.SetOne()
	for l := range n {
		v[l].Sub(&p.a, &v[l])
		u[l].Sub(&one, &y2[l])
	}
	c.Mul(u, v)
	expLanes(ck, c, p.steps, ws)
	var pw [dlogDigits]fr.Vector
	for i := range pw {
		pw[i] = ws.pw[i][:n]
	}
	pw[0].Mul(ck, ck)
	pw[0].Mul(pw[0], c)
	for i := 1; i < dlogDigits; i++ {
		pw[i].Mul(pw[i-1], pw[i-1])
		for range dlogDigit - 1 {
			pw[i].Mul(pw[i], pw[i])
		}
	}
	for l := range n {
		if u[l].IsZero() {
			xs[l].SetZero()
			ok[l] = true
			continue
		}
		var lane [dlogDigits]fr.Element
		for i := range lane {
			lane[i] = pw[i][l]
		}
		xs[l], ok[l] = sqrtTail(&u[l], &v[l], &ck[l], &lane)
		setSign(&xs[l], neg[l])
	}
}

// sqrtWork holds decompressLanes' temporaries.
type sqrtWork struct {
	y2, u, v, c, ck, acc fr.Vector
	pw                   [dlogDigits]fr.Vector
	odd                  [1 << (expWindow - 1)]fr.Vector // c^(2i+1)
}

func newSqrtWork(lanes int) *sqrtWork {
	w := &sqrtWork{}
	for _, v := range []*fr.Vector{&w.y2, &w.u, &w.v, &w.c, &w.ck, &w.acc} {
		*v = make(fr.Vector, lanes)
	}
	for i := range w.pw {
		w.pw[i] = make(fr.Vector, lanes)
	}
	for i := range w.odd {
		w.odd[i] = make(fr.Vector, lanes)
	}
	return w
}

// expLanes sets out[l] = c[l]^k, k given by its sliding-window schedule (windowSchedule with expWindow).
func expLanes(out, c fr.Vector, steps []expStep, ws *sqrtWork) {
	n := len(c)
	odd := ws.odd
	sq := ws.acc[:n]
	sq.Mul(c, c)
	copy(odd[0][:n], c)
	for i := 1; i < len(odd); i++ {
		o := odd[i][:n]
		o.Mul(odd[i-1][:n], sq)
	}
	for i := range out {
		out[i].SetOne()
	}
	for _, s := range steps {
		for range s.squares {
			out.Mul(out, out)
		}
		if s.odd >= 0 {
			out.Mul(out, odd[s.odd][:n])
		}
	}
}

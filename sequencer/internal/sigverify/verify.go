package sigverify

import (
	"encoding/binary"
	"math/bits"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"

	"github.com/perpx/perpx/state"
)

// sigVerdictGeneration bounds the verdicts the Service keeps: two generations of at most this many entries
// (≈ 200 bytes each). An order whose verdict was dropped (it rested longer than two generations of admitted
// signatures) is verified again by the engine when it fills: slower, same result.
const VerdictGeneration = 1 << 16

// sigVerdicts remembers the signatures admission verified, so that the engine does not verify them again at
// every fill. An entry vouches for exactly one (public key, message word, signature) triple: a lookup that
// differs in any of them misses, and a miss means the engine verifies. The verdicts are not persisted: a
// replay of the input log (whose entries were verified before they were logged) starts with none, verifies
// in the engine, and reaches the same state. Safe for concurrent use (admission runs outside the service
// lock).
type Verdicts struct {
	mu       sync.Mutex
	max      int
	cur, old map[state.Signature]sigVerdict
}

type sigVerdict struct {
	pk  state.PubKey
	msg fr.Element
}

func NewVerdicts(generation int) *Verdicts {
	return &Verdicts{max: generation, cur: make(map[state.Signature]sigVerdict)}
}

// Add records that sig is pk's valid signature of msg.
func (v *Verdicts) Add(pk state.PubKey, msg fr.Element, sig *state.Signature) {
	if v == nil {
		return
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if len(v.cur) >= v.max {
		v.old, v.cur = v.cur, make(map[state.Signature]sigVerdict, v.max)
	}
	v.cur[*sig] = sigVerdict{pk: pk, msg: msg}
}

// Has reports whether add recorded exactly this triple (and has not dropped it since).
func (v *Verdicts) Has(pk state.PubKey, msg fr.Element, sig *state.Signature) bool {
	if v == nil {
		return false
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	e, ok := v.cur[*sig]
	if !ok {
		if e, ok = v.old[*sig]; ok && len(v.cur) < v.max {
			v.cur[*sig] = e // keep a resting order's verdict in the current generation
		}
	}
	return ok && e.pk == pk && e.msg == msg
}

// Signature verification (docs/PROTOCOL.md §4), fast path. gnark-crypto's eddsa Verify (gnarkVerify) accepts
// a signature (R, S) of the message word w under key A iff
//
//   - A is on the curve (checked by Verify here), is not the identity and is in the prime-order subgroup;
//   - the signature decodes: R's 32 bytes are y below the modulus and nonzero with the sign of x in the top
//     bit, x = ±√((1 − y²)/(a − d·y²)) (x = (1 − y²)/(a − d·y²) if that is not a square, then R must be on
//     the curve), R is in the subgroup, and 0 < S < the group order (eddsa.Signature.SetBytes);
//   - [8]([S]B) = [8](R + [h]A) with h = H(R.x, R.y, A.x, A.y, w) taken as an integer (not reduced).
//
// fastVerify decides exactly that, without gnark-crypto's bit-by-bit double-and-add:
//
//   - the same key checks, cached per key with an exact order check of A on top (so P = [S]B − [h]A is in
//     the subgroup); a key's first use, and a key that fails the order check, go to gnark-crypto;
//   - the same decoding (decodeSig): the canonical checks, then x as the same square root, computed as
//     verify_sqrt.go explains and checked (x²·(a − d·y²) = 1 − y², which is R on the curve, holds iff
//     (1 − y²)/(a − d·y²) is a square: the only case where gnark-crypto's R is on the curve), with the same
//     sign rule (x = 0 whatever the sign bit, as SetBytes has it);
//   - the same hash, on field elements, and h reduced modulo the group order, which A's exact order allows:
//     [h]A = [h mod order]A;
//   - the equation evaluated as P = R, compared projectively, with a fixed table of the base point B (10-bit
//     signed windows, 26 additions) and a per-key table of A (6-bit signed windows, 42 additions), built on a
//     key's second use and cached (traders reuse their keys, see keyTables). The additions are complete on
//     this curve (d is not a square), so P is exact whatever the digits; the table entries are loaded before
//     the additions, so that their cache misses overlap.
//
// P = R implies that R is in the subgroup and that [8]P = [8]R, so SetBytes's subgroup check of R is not
// needed on success; when P ≠ R, fastVerify accepts only if [8]P = [8]R and gnark-crypto's subgroup check
// accepts R, which is gnark-crypto's verdict whatever that check answers (checkEquation).
//
// R.x is an input of the hash, so the square root cannot be avoided: comparing the compression of P with
// R's bytes instead would still need R.x for h, and would refuse the second encoding of a point with x = 0
// (sign bit set), which gnark-crypto accepts.
//
// verifyBatch (verify_batch.go) decides the same for many signatures at once, item by item: the same key
// checks in the same order, the same canonical checks, and then, over the lanes of the items that pass, the
// same computations done lane-wise (the same field operations on vectors, fr.Vector): the order hashes, the
// square roots (the exponentiation lane-wise, the 2-adic part and the sign per lane), the hashes, and the
// additions of the same table entries (the identity for a zero digit, which the complete formula adds
// exactly), then P = R per lane and checkEquation where it fails. Lanes added to fill a block of vector
// products compute copies of the first lane and decide nothing. A small batch is fastVerify item by item. The
// differential and fuzz tests in verify_test.go and verify_batch_test.go compare both with gnarkVerify,
// invalid signatures included.

// Window widths and counts of the tables. A table of width w with n windows holds the signed-digit multiples
// ±1..±2^(w−1) of 2^(w·i)·P for i < n and multiplies by any scalar below 2^(w·n−1).
const (
	baseWindow     = 10
	baseWindows    = 26 // S < group order < 2^251; ≈ 1.2 MiB
	keyWindow      = 6
	keyWindows     = 42 // h mod the group order < 2^251; ≈ 126 KiB a key
	keyTableMax    = 512
	keyTableMaxMiB = keyTableMax * keyWindows * (1 << (keyWindow - 1)) * 96 >> 20 // ≈ 63 MiB
)

// prePoint is an affine point (x, y) kept as (y + x, y − x, 2d·x·y) for mixed additions (a = −1).
type prePoint struct{ ypx, ymx, t2d fr.Element }

// extPoint is a point in extended coordinates: x = X/Z, y = Y/Z, x·y = T/Z.
type extPoint struct{ X, Y, Z, T fr.Element }

func (p *extPoint) setIdentity() {
	p.X.SetZero()
	p.Y.SetOne()
	p.Z.SetOne()
	p.T.SetZero()
}

// add sets p to p + q, or p − q if neg (add-2008-hwcd-3 with Z2 = 1, a = −1: complete on this curve, whose d
// is not a square).
func (p *extPoint) add(q *prePoint, neg bool) {
	ypx, ymx := &q.ypx, &q.ymx
	var t2d fr.Element
	if neg {
		ypx, ymx = ymx, ypx
		t2d.Neg(&q.t2d)
	} else {
		t2d = q.t2d
	}
	var a, b, c, d, e, f, g, h fr.Element
	a.Sub(&p.Y, &p.X)
	a.Mul(&a, ymx)
	b.Add(&p.Y, &p.X)
	b.Mul(&b, ypx)
	c.Mul(&p.T, &t2d)
	d.Double(&p.Z)
	e.Sub(&b, &a)
	f.Sub(&d, &c)
	g.Add(&d, &c)
	h.Add(&b, &a)
	p.X.Mul(&e, &f)
	p.Y.Mul(&g, &h)
	p.T.Mul(&e, &h)
	p.Z.Mul(&f, &g)
}

// double sets p to 2p (dbl-2008-hwcd, a = −1).
func (p *extPoint) double() {
	var a, b, c, d, e, g, f, h fr.Element
	a.Square(&p.X)
	b.Square(&p.Y)
	c.Square(&p.Z)
	c.Double(&c)
	d.Neg(&a)
	e.Add(&p.X, &p.Y)
	e.Square(&e)
	e.Sub(&e, &a)
	e.Sub(&e, &b)
	g.Add(&d, &b)
	f.Sub(&g, &c)
	h.Sub(&d, &b)
	p.X.Mul(&e, &f)
	p.Y.Mul(&g, &h)
	p.T.Mul(&e, &h)
	p.Z.Mul(&f, &g)
}

// fixedTable holds the multiples of a point for scalar multiplication by signed windows.
type fixedTable struct {
	w    uint
	n    int
	half int
	pts  []prePoint // window i, digit d in 1..half: pts[i·half + d − 1] = d·2^(w·i)·P
	slow bool       // a key whose order is not the group order: verify with gnark-crypto
}

var curveD2 = func() fr.Element {
	d := twistededwards.GetEdwardsCurve().D
	d.Double(&d)
	return d
}()

func newFixedTable(p *twistededwards.PointAffine, w uint, n int) *fixedTable {
	half := 1 << (w - 1)
	ext := make([]twistededwards.PointExtended, n*half)
	var base twistededwards.PointExtended
	base.FromAffine(p)
	for i := range n {
		row := ext[i*half : (i+1)*half]
		row[0] = base
		for j := 1; j < half; j++ {
			row[j].Add(&row[j-1], &base)
		}
		for range w {
			base.Double(&base)
		}
	}
	zs := make([]fr.Element, len(ext))
	for i := range ext {
		zs[i] = ext[i].Z
	}
	inv := fr.BatchInvert(zs)
	t := &fixedTable{w: w, n: n, half: half, pts: make([]prePoint, len(ext))}
	for i := range ext {
		var x, y fr.Element
		x.Mul(&ext[i].X, &inv[i])
		y.Mul(&ext[i].Y, &inv[i])
		q := &t.pts[i]
		q.ypx.Add(&y, &x)
		q.ymx.Sub(&y, &x)
		q.t2d.Mul(&x, &y)
		q.t2d.Mul(&q.t2d, &curveD2)
	}
	return t
}

// recode sets digits[i] (i < n) to the signed digits of k: k = Σ digits[i]·2^(w·i), |digits[i]| ≤ half. k is
// little-endian 64-bit words, below 2^(w·n−1).
func (t *fixedTable) recode(k *[4]uint64, digits []int16) {
	mask := uint64(1)<<t.w - 1
	carry := 0
	for i := range t.n {
		pos := uint(i) * t.w
		idx, off := pos/64, pos%64
		var c uint64
		if idx < 4 {
			c = k[idx] >> off
			if off+t.w > 64 && idx+1 < 4 {
				c |= k[idx+1] << (64 - off)
			}
		}
		d := int(c&mask) + carry
		carry = 0
		if d >= t.half && i < t.n-1 { // the top window keeps its digit (at most half: k < 2^(w·n−1))
			d -= 1 << t.w
			carry = 1
		}
		digits[i] = int16(d)
	}
}

// maxWindows is the larger window count of the two tables.
const maxWindows = max(baseWindows, keyWindows)

// mulAdd adds [k]P to acc, or subtracts it if neg. k is as recode's.
func (t *fixedTable) mulAdd(acc *extPoint, k *[4]uint64, neg bool) {
	var digits [maxWindows]int16
	t.recode(k, digits[:t.n])
	// The entries first, then the additions: the loads, independent, overlap their cache misses.
	var pts [maxWindows]prePoint
	for i, d := range digits[:t.n] {
		e, negate := t.entry(i, d, neg)
		pts[i].set(e, negate)
	}
	for i := range digits[:t.n] {
		acc.add(&pts[i], false)
	}
}

// identityPre is the identity as a prePoint.
var identityPre = prePoint{ypx: fr.One(), ymx: fr.One()}

// entry returns the point added for digit d of window i, and whether to negate it (neg, or the digit's sign
// against neg): ±|d|·2^(w·i)·P, or the identity for 0.
func (t *fixedTable) entry(i int, d int16, neg bool) (*prePoint, bool) {
	switch {
	case d > 0:
		return &t.pts[i*t.half+int(d)-1], neg
	case d < 0:
		return &t.pts[i*t.half-int(d)-1], !neg
	}
	return &identityPre, false
}

// set sets q to e, or −e if neg.
func (q *prePoint) set(e *prePoint, neg bool) {
	if neg {
		q.ypx, q.ymx = e.ymx, e.ypx
		q.t2d.Neg(&e.t2d)
		return
	}
	*q = *e
}

var BaseTable = sync.OnceValue(func() *fixedTable {
	b := twistededwards.GetEdwardsCurve().Base
	return newFixedTable(&b, baseWindow, baseWindows)
})

// keyTables caches the tables of keys, at most keyTableMax (≈ keyTableMaxMiB MiB). A table costs about five
// gnark-crypto verifications to build, so a key gets one on its second use: a key seen once is verified by
// gnark-crypto. When the cache is full, a new key takes the place of the least used of a few entries sampled
// at random (whose counts are halved, so that keys that were busy once age out).
var keyTables = struct {
	sync.Mutex
	m map[state.PubKey]*keyEntry
}{m: make(map[state.PubKey]*keyEntry)}

type keyEntry struct {
	uses int // under keyTables' lock
	once sync.Once
	t    *fixedTable // nil: not a valid key
}

// keyEvictSample is how many entries a full cache samples to pick the one a new key replaces.
const keyEvictSample = 4

// keyTable returns the table of pk, or nil if pk is used for the first time (ok false) or gnark-crypto
// refuses it as a public key (not on the curve, the identity, or outside the prime-order subgroup).
func keyTable(pk state.PubKey) (t *fixedTable, ok bool) {
	keyTables.Lock()
	e := keyTables.m[pk]
	if e == nil {
		if len(keyTables.m) >= keyTableMax {
			var victim state.PubKey
			least, n := -1, 0
			for k, v := range keyTables.m {
				if least < 0 || v.uses < least {
					victim, least = k, v.uses
				}
				v.uses /= 2
				if n++; n == keyEvictSample {
					break
				}
			}
			delete(keyTables.m, victim)
		}
		keyTables.m[pk] = &keyEntry{uses: 1}
		keyTables.Unlock()
		return nil, false
	}
	e.uses++
	keyTables.Unlock()
	e.once.Do(func() {
		a := twistededwards.PointAffine{X: pk.X, Y: pk.Y}
		if !a.IsOnCurve() || a.IsZero() || !a.IsInSubGroup() {
			return
		}
		e.t = newFixedTable(&a, keyWindow, keyWindows)
		// P = [S]B − [h]A is in the subgroup only if A is: check A's order exactly, once per key, and leave a
		// key that passes gnark-crypto's subgroup check but not this one (none should) to gnark-crypto.
		var o twistededwards.PointAffine
		order := twistededwards.GetEdwardsCurve().Order
		o.ScalarMultiplication(&a, &order)
		e.t.slow = !o.IsZero()
	})
	return e.t, true
}

// beWords reads a 32-byte big-endian integer into little-endian words.
func beWords(b []byte) (w [4]uint64) {
	for i := range 4 {
		w[i] = binary.BigEndian.Uint64(b[24-8*i : 32-8*i])
	}
	return w
}

// fastVerify reports whether gnarkVerify accepts sig as pk's signature of w (see above).
func fastVerify(pk state.PubKey, w fr.Element, sig *state.Signature) bool {
	kt, ok := keyTable(pk)
	switch {
	case !ok: // a key's first use
		return gnarkVerify(pk, w, sig)
	case kt == nil:
		return false
	case kt.slow:
		return gnarkVerify(pk, w, sig)
	}
	var r twistededwards.PointAffine
	var s [4]uint64
	if !decodeSig(sig, &r, &s) {
		return false
	}
	// h = H(R.x, R.y, A.x, A.y, w): what gnark-crypto's Merkle–Damgård Poseidon2 hasher computes from the
	// 32-byte encodings (zero IV, the same permutation and compression as state.Hash).
	hram := state.Hash(r.X, r.Y, pk.X, pk.Y, w)
	hw := reduceOrder(hram.Bits())
	var p extPoint
	p.setIdentity()
	BaseTable().mulAdd(&p, &s, false)
	kt.mulAdd(&p, &hw, true)
	return checkEquation(&p, &r)
}

// checkEquation reports gnark-crypto's verdict given P = [S]B − [h]A (in the subgroup) and the decoded R: P = R
// (projectively) iff [8]P = [8]R and R is in the subgroup.
func checkEquation(p *extPoint, r *twistededwards.PointAffine) bool {
	var re extPoint
	re.X, re.Y, re.Z = r.X, r.Y, fr.One()
	re.T.Mul(&r.X, &r.Y)
	if p.equal(&re) {
		return true // R = P is in the subgroup, so gnark-crypto's subgroup check of R passes
	}
	// R ≠ P. gnark-crypto still accepts if R = P + T for a point T of small order ([8]P = [8]R) that its
	// subgroup check lets through: defer to that check, so that the verdicts agree whatever it answers.
	for range 3 {
		p.double()
		re.double()
	}
	return p.equal(&re) && r.IsInSubGroup()
}

// equal reports whether p and q are the same point.
func (p *extPoint) equal(q *extPoint) bool {
	var l, r fr.Element
	l.Mul(&p.X, &q.Z)
	r.Mul(&q.X, &p.Z)
	if !l.Equal(&r) {
		return false
	}
	l.Mul(&p.Y, &q.Z)
	r.Mul(&q.Y, &p.Z)
	return l.Equal(&r)
}

// groupOrder is the order of the prime-order subgroup, as words.
var groupOrder = func() [4]uint64 {
	o := twistededwards.GetEdwardsCurve().Order
	var b [32]byte
	o.FillBytes(b[:])
	return beWords(b[:])
}()

// reduceOrder returns h mod the group order, for h < the field modulus: [h]A = [h mod order]A for a key A
// of that exact order.
func reduceOrder(h [4]uint64) [4]uint64 {
	for !less(&h, &groupOrder) {
		var b uint64
		h[0], b = bits.Sub64(h[0], groupOrder[0], 0)
		h[1], b = bits.Sub64(h[1], groupOrder[1], b)
		h[2], b = bits.Sub64(h[2], groupOrder[2], b)
		h[3], _ = bits.Sub64(h[3], groupOrder[3], b)
	}
	return h
}

// less reports whether a < b.
func less(a, b *[4]uint64) bool {
	for i := 3; i >= 0; i-- {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return false
}

// parseSig applies gnark-crypto's canonical checks of a signature (eddsa.Signature.SetBytes): R's encoding
// is y little-endian with the sign of x in the top bit, y is nonzero and below the modulus; 0 < S < the group
// order, big-endian. It returns y, the sign bit and S.
func parseSig(sig *state.Signature, y *fr.Element, negative *bool, s *[4]uint64) bool {
	b := [32]byte(sig[:32])
	*negative = b[31]&0x80 != 0
	b[31] &= 0x7f
	var err error
	if *y, err = fr.LittleEndian.Element(&b); err != nil || y.IsZero() {
		return false
	}
	*s = beWords(sig[32:])
	return *s != [4]uint64{} && less(s, &groupOrder)
}

// decodeSig applies gnark-crypto's signature decoding (eddsa.Signature.SetBytes) up to the subgroup check of
// R: parseSig's checks, then x recovered as gnark-crypto does (decompress), R on the curve. It leaves out
// SetBytes's subgroup check of R, which fastVerify's equation P = R subsumes: P is in the subgroup.
func decodeSig(sig *state.Signature, r *twistededwards.PointAffine, s *[4]uint64) bool {
	var y fr.Element
	var negative bool
	return parseSig(sig, &y, &negative, s) && decompress(r, y, negative)
}

// orderPrefix is C(0, DomainOrder), the first step of every order message hash.
var orderPrefix = state.Compress(fr.Element{}, state.Uint(state.DomainOrder))

// OrderHash returns m.Hash() (orderMsg = H(DomainOrder, o1, o2), docs/PROTOCOL.md §4) with its constant first
// compression precomputed: two Poseidon2 permutations instead of three, on every order admitted.
func OrderHash(m *state.OrderMsg) fr.Element {
	w := m.Words()
	return state.Compress(state.Compress(orderPrefix, w[0]), w[1])
}

// Verify reports whether sig is pk's signature of the message word w. Keys that are not points of the prime
// order subgroup, and malformed signatures, do not verify.
func Verify(pk state.PubKey, w fr.Element, sig *state.Signature) bool {
	return fastVerify(pk, w, sig)
}

// gnarkVerify is Verify done by gnark-crypto's eddsa Verify: the reference fastVerify (verify.go) matches.
func gnarkVerify(pk state.PubKey, w fr.Element, sig *state.Signature) bool {
	a := twistededwards.PointAffine{X: pk.X, Y: pk.Y}
	if !a.IsOnCurve() {
		return false
	}
	pub := eddsa.PublicKey{A: a}
	b := w.Bytes()
	ok, err := pub.Verify(sig[:], b[:], poseidon2.NewMerkleDamgardHasher())
	return err == nil && ok
}

// VerifyReport verifies an oracle report's signature over its 32-byte message word.
func VerifyReport(pk state.PubKey, msg []byte, sig state.Signature) bool {
	var w fr.Element
	w.SetBytes(msg)
	return Verify(pk, w, &sig)
}

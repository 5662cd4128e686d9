package sigverify

import (
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"

	"github.com/perpx/perpx/state"
)

// sigBatchMax is the most signatures verifyBatch checks lane-wise at once (it splits longer batches) and the
// most a sigBatcher combines.
const sigBatchMax = 32

// fr.Vector.Mul multiplies blocks of sigLaneBlock lanes with AVX-512 IFMA, at about half the cost a lane of
// its generic loop, which takes the rest. A partial block of at least sigLanesMin lanes costs less padded to
// a full block (with copies of the first lane), and verifyBatch checks a batch of fewer one by one
// (fastVerify). The hashes are not padded: state.HashVec runs on the lanes as they are.
const (
	sigLaneBlock = 8
	sigLanesMin  = 5
)

// padLanes returns the lane count for n lanes: n, or n padded to the next multiple of sigLaneBlock.
func padLanes(n int) int {
	if r := n % sigLaneBlock; r >= sigLanesMin {
		return n + sigLaneBlock - r
	}
	return n
}

// verifyItem is one signature check of a batch: sig as pk's signature of w. When order is set, w is its
// hash (orderHash), which verifyBatch computes with the batch's.
type verifyItem struct {
	pk    state.PubKey
	w     fr.Element
	order *state.OrderMsg
	sig   *state.Signature
	ok    bool // the verdict, set by verifyBatch
}

// verifyBatch sets every item's verdict to fastVerify's (gnark-crypto's), and the w of those with an order.
// It runs the hashes, the square roots of decompression and the curve additions lane-wise over the items (see
// the comment block in verify.go); a batch of fewer than sigLanesMin is fastVerify item by item.
func verifyBatch(items []verifyItem) {
	v := batchVerifiers.Get().(*batchVerifier)
	defer batchVerifiers.Put(v)
	for len(items) > 0 {
		n := min(len(items), sigBatchMax)
		v.verify(items[:n])
		items = items[n:]
	}
}

var batchVerifiers = sync.Pool{New: func() any { return newBatchVerifier() }}

// batchVerifier holds the lanes of a batch of at most sigBatchMax items: one per item that reaches the hash
// and the equation (its key has a table, its signature decodes), in item order.
type batchVerifier struct {
	item    [sigBatchMax]int // the item of each lane
	kt      [sigBatchMax]*fixedTable
	s       [sigBatchMax][4]uint64
	neg, ok [sigBatchMax]bool
	sDigits [sigBatchMax][baseWindows]int16
	hDigits [sigBatchMax][keyWindows]int16
	rx, ry  fr.Vector
	ax, ay  fr.Vector
	w, h    fr.Vector
	prefix  fr.Vector // orderPrefix in every lane
	o1, o2  fr.Vector // the words of the orders
	oh      fr.Vector
	sqrt    *sqrtWork
	curve   laneCurve
}

func newBatchVerifier() *batchVerifier {
	v := &batchVerifier{sqrt: newSqrtWork(sigBatchMax), curve: newLaneCurve(sigBatchMax)}
	for _, p := range []*fr.Vector{&v.rx, &v.ry, &v.ax, &v.ay, &v.w, &v.h, &v.prefix, &v.o1, &v.o2, &v.oh} {
		*p = make(fr.Vector, sigBatchMax)
	}
	for i := range v.prefix {
		v.prefix[i] = orderPrefix
	}
	return v
}

// orderHashes sets the w of the items with an order: orderHash, lane-wise.
func (v *batchVerifier) orderHashes(items []verifyItem) {
	n := 0
	for i := range items {
		if m := items[i].order; m != nil {
			w := m.Words()
			v.o1[n], v.o2[n], v.item[n] = w[0], w[1], i
			n++
		}
	}
	if n == 0 {
		return
	}
	state.CompressVec(v.oh[:n], v.prefix[:n], v.o1[:n])
	state.CompressVec(v.w[:n], v.oh[:n], v.o2[:n])
	for l := range n {
		items[v.item[l]].w = v.w[l]
	}
}

// verify sets the verdicts of at most sigBatchMax items.
func (v *batchVerifier) verify(items []verifyItem) {
	v.orderHashes(items)
	if len(items) < sigLanesMin {
		for i := range items {
			it := &items[i]
			it.ok = fastVerify(it.pk, it.w, it.sig)
		}
		return
	}
	n := v.decode(items, v.parse(items))
	if n == 0 {
		return
	}
	state.HashVec(v.h[:n], v.rx[:n], v.ry[:n], v.ax[:n], v.ay[:n], v.w[:n])
	v.equation(items, n)
}

// parse applies the key checks and the signature's canonical checks, in fastVerify's order (a key's uses are
// counted as they would be one by one), sets the verdicts of the items that end there, and makes a lane of
// each other item. It returns the lane count.
func (v *batchVerifier) parse(items []verifyItem) int {
	n := 0
	for i := range items {
		it := &items[i]
		it.ok = false
		kt, known := keyTable(it.pk)
		switch {
		case !known:
			it.ok = gnarkVerify(it.pk, it.w, it.sig)
			continue
		case kt == nil:
			continue
		case kt.slow:
			it.ok = gnarkVerify(it.pk, it.w, it.sig)
			continue
		}
		if parseSig(it.sig, &v.ry[n], &v.neg[n], &v.s[n]) {
			v.item[n], v.kt[n] = i, kt
			n++
		}
	}
	return n
}

// decode recovers R.x in the n lanes, drops the lanes whose R is not on the curve, and sets the hash inputs
// of the others. It returns the lane count.
func (v *batchVerifier) decode(items []verifyItem, n int) int {
	if n == 0 {
		return 0
	}
	padded := padLanes(n)
	for l := n; l < padded; l++ {
		v.ry[l], v.neg[l] = v.ry[0], v.neg[0]
	}
	decompressLanes(v.rx[:padded], v.ry[:padded], v.neg[:padded], v.ok[:padded], v.sqrt)
	m := 0
	for l := range n {
		if !v.ok[l] {
			continue
		}
		v.item[m], v.kt[m], v.s[m], v.rx[m], v.ry[m] = v.item[l], v.kt[l], v.s[l], v.rx[l], v.ry[l]
		it := &items[v.item[m]]
		v.ax[m], v.ay[m], v.w[m] = it.pk.X, it.pk.Y, it.w
		m++
	}
	return m
}

// equation sets the verdicts of the n lanes, whose hashes are in v.h: P = [S]B − [h]A lane-wise, one
// addition per window of either table in every lane (the identity where a lane's digit is zero), then P = R.
func (v *batchVerifier) equation(items []verifyItem, n int) {
	base := BaseTable()
	for l := range n {
		base.recode(&v.s[l], v.sDigits[l][:])
		hw := reduceOrder(v.h[l].Bits())
		v.kt[l].recode(&hw, v.hDigits[l][:])
	}
	padded := padLanes(n)
	for l := n; l < padded; l++ {
		v.kt[l], v.sDigits[l], v.hDigits[l] = v.kt[0], v.sDigits[0], v.hDigits[0]
	}
	// The entries first, then the additions: the loads, independent, overlap their cache misses.
	c := v.curve.lanes(padded)
	for i := range baseWindows {
		for l := range padded {
			e, neg := base.entry(i, v.sDigits[l][i], false)
			c.pts[i].set(l, e, neg)
		}
	}
	for i := range keyWindows {
		for l := range padded {
			e, neg := v.kt[l].entry(i, v.hDigits[l][i], true)
			c.pts[baseWindows+i].set(l, e, neg)
		}
	}
	c.setIdentity()
	for i := range c.pts {
		c.add(&c.pts[i])
	}
	// P = R, with R's Z = 1; a lane where it fails goes to checkEquation's small-order handling.
	c.a.Mul(v.rx[:padded], c.z)
	c.b.Mul(v.ry[:padded], c.z)
	for l := range n {
		it := &items[v.item[l]]
		if c.a[l].Equal(&c.x[l]) && c.b[l].Equal(&c.y[l]) {
			it.ok = true
			continue
		}
		p := extPoint{X: c.x[l], Y: c.y[l], Z: c.z[l], T: c.t[l]}
		r := twistededwards.PointAffine{X: v.rx[l], Y: v.ry[l]}
		it.ok = checkEquation(&p, &r)
	}
}

// laneCurve holds points in extended coordinates over lanes, the points each lane adds (gathered from the
// tables, one per window) and the temporaries of the addition.
type laneCurve struct {
	x, y, z, t fr.Vector
	a, b, c, d fr.Vector
	e, f, g, h fr.Vector
	pts        [baseWindows + keyWindows]lanePoints
}

// lanePoints holds a prePoint per lane.
type lanePoints struct{ ypx, ymx, t2d fr.Vector }

func newLaneCurve(lanes int) laneCurve {
	var c laneCurve
	for _, p := range c.vectors() {
		*p = make(fr.Vector, lanes)
	}
	return c
}

func (c *laneCurve) vectors() []*fr.Vector {
	v := []*fr.Vector{&c.x, &c.y, &c.z, &c.t, &c.a, &c.b, &c.c, &c.d, &c.e, &c.f, &c.g, &c.h}
	for i := range c.pts {
		v = append(v, &c.pts[i].ypx, &c.pts[i].ymx, &c.pts[i].t2d)
	}
	return v
}

// lanes returns c restricted to its first n lanes.
func (c *laneCurve) lanes(n int) *laneCurve {
	r := *c
	for _, p := range r.vectors() {
		*p = (*p)[:n]
	}
	return &r
}

func (c *laneCurve) setIdentity() {
	for l := range c.x {
		c.x[l].SetZero()
		c.y[l].SetOne()
		c.z[l].SetOne()
		c.t[l].SetZero()
	}
}

// set sets lane l to e, or −e if neg.
func (p *lanePoints) set(l int, e *prePoint, neg bool) {
	if neg {
		p.ypx[l], p.ymx[l] = e.ymx, e.ypx
		p.t2d[l].Neg(&e.t2d)
		return
	}
	p.ypx[l], p.ymx[l], p.t2d[l] = e.ypx, e.ymx, e.t2d
}

// add is extPoint.add in every lane, with q's points.
func (c *laneCurve) add(q *lanePoints) {
	c.a.Sub(c.y, c.x)
	c.a.Mul(c.a, q.ymx)
	c.b.Add(c.y, c.x)
	c.b.Mul(c.b, q.ypx)
	c.c.Mul(c.t, q.t2d)
	c.d.Add(c.z, c.z)
	c.e.Sub(c.b, c.a)
	c.f.Sub(c.d, c.c)
	c.g.Add(c.d, c.c)
	c.h.Add(c.b, c.a)
	c.x.Mul(c.e, c.f)
	c.y.Mul(c.g, c.h)
	c.t.Mul(c.e, c.h)
	c.z.Mul(c.f, c.g)
}

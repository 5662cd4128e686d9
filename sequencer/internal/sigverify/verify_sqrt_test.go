package sigverify

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
)

// randomREncoding returns 32 bytes that are, by turns, a valid point's encoding, a random y (half of which
// are not on the curve), y = ±1 with either sign bit, or a valid point with its sign bit flipped.
func randomREncoding(r *rand.Rand, i int) [32]byte {
	var b [32]byte
	switch i % 4 {
	case 0, 3:
		var k fr.Element
		k.SetUint64(r.Uint64())
		var p twistededwards.PointAffine
		base := twistededwards.GetEdwardsCurve().Base
		p.ScalarMultiplication(&base, k.BigInt(new(big.Int)))
		b = p.Bytes()
		if i%4 == 3 {
			b[31] ^= 0x80
		}
	case 1:
		var y fr.Element
		y.SetRandom()
		fr.LittleEndian.PutElement(&b, y)
		b[31] |= byte(r.IntN(2)) << 7
	case 2:
		var y fr.Element
		y.SetOne()
		if r.IntN(2) == 0 {
			y.Neg(&y)
		}
		fr.LittleEndian.PutElement(&b, y)
		b[31] |= byte(r.IntN(2)) << 7
	}
	return b
}

// TestVerifyDecompress: decompress and decompressLanes decode R as gnark-crypto's SetBytes followed by the curve
// check, whatever the lane count.
func TestVerifyDecompress(t *testing.T) {
	d := twistededwards.GetEdwardsCurve().D
	a := twistededwards.GetEdwardsCurve().A
	var ad fr.Element
	ad.Div(&a, &d)
	if a.Legendre() != 1 || ad.Legendre() != -1 {
		t.Fatal("a is not a square or a/d is: a − d·y² can vanish")
	}
	r := rand.New(rand.NewPCG(testSeed(t), 5))
	ws := newSqrtWork(sigBatchMax + 1)
	squares := 0
	for _, n := range []int{1, 2, 7, 8, 9, 16, 17, 33} {
		ys, xs := make(fr.Vector, n), make(fr.Vector, n)
		neg, ok := make([]bool, n), make([]bool, n)
		want := make([]twistededwards.PointAffine, n)
		wantOK := make([]bool, n)
		for l := range n {
			b := randomREncoding(r, l+n)
			var g twistededwards.PointAffine
			if _, err := g.SetBytes(b[:]); err != nil {
				t.Fatal(err)
			}
			want[l], wantOK[l] = g, g.IsOnCurve()
			neg[l] = b[31]&0x80 != 0
			b[31] &= 0x7f
			y, err := fr.LittleEndian.Element(&b)
			if err != nil {
				t.Fatal(err)
			}
			ys[l] = y
			var p twistededwards.PointAffine
			if got := decompress(&p, y, neg[l]); got != wantOK[l] || got && p != g {
				t.Fatalf("decompress(%x) = %v %v, gnark-crypto %v %v", b, p, got, g, wantOK[l])
			}
			if wantOK[l] {
				squares++
			}
		}
		decompressLanes(xs, ys, neg, ok, ws)
		for l := range n {
			if ok[l] != wantOK[l] || ok[l] && (xs[l] != want[l].X) {
				t.Fatalf("%d lanes, lane %d: x %v ok %v, gnark-crypto %v %v", n, l, xs[l], ok[l], want[l].X, wantOK[l])
			}
		}
	}
	if squares == 0 {
		t.Fatal("no encoding decoded")
	}
}

// TestVerifyExpLanes: the lane-wise sliding-window exponentiation is gnark-crypto's ExpBySqrtExp.
func TestVerifyExpLanes(t *testing.T) {
	ws := newSqrtWork(sigBatchMax)
	for _, n := range []int{1, 5, 8, 16, 32} {
		c, out := make(fr.Vector, n), make(fr.Vector, n)
		c.MustSetRandom()
		expLanes(out, c, sqrtConsts().steps, ws)
		for l := range n {
			var want fr.Element
			want.ExpBySqrtExp(c[l])
			if out[l] != want {
				t.Fatalf("lane %d of %d: %v, want %v", l, n, out[l], want)
			}
		}
	}
}

package state

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
)

// rngReader adapts a seeded PRNG to io.Reader for key generation.
type rngReader struct{ rng *rand.Rand }

func (r rngReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r.rng.Uint32())
	}
	return len(p), nil
}

func TestDecompressPubKeyRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(testSeed(t), 3))
	odd := 0
	for range 64 {
		sk, err := eddsa.GenerateKey(rngReader{rng})
		if err != nil {
			t.Fatal(err)
		}
		k := PubKey{X: sk.PublicKey.A.X, Y: sk.PublicKey.A.Y}
		c := k.Compressed()
		if xb := k.X.Bytes(); (c[0]&0x80 != 0) != (xb[31]&1 == 1) {
			t.Fatal("odd flag does not follow the parity of X")
		}
		if c[0]&0x80 != 0 {
			odd++
		}
		got, err := DecompressPubKey(c)
		if err != nil || got != k {
			t.Fatalf("round trip of %x: %v", c, err)
		}
	}
	if odd == 0 || odd == 64 {
		t.Fatalf("%d of 64 keys have an odd X; the flag is not exercised", odd)
	}
	if k, err := DecompressPubKey([32]byte{}); err != nil || !k.IsZero() {
		t.Fatalf("zero encoding: %+v, %v", k, err)
	}
	if c := (PubKey{}).Compressed(); c != [32]byte{} {
		t.Fatal("zero key does not compress to zero")
	}
	// The identity (0, 1) is refused as a point of small order; with the odd flag set it is a non-canonical
	// encoding.
	identity := PubKey{Y: Uint(1)}
	if _, err := DecompressPubKey(identity.Compressed()); !errors.Is(err, ErrSmallOrderPubKey) || !errors.Is(err, ErrBadPubKey) {
		t.Fatalf("identity: %v", err)
	}
	c := identity.Compressed()
	c[0] |= 0x80
	if _, err := DecompressPubKey(c); !errors.Is(err, ErrBadPubKey) {
		t.Fatalf("identity with the odd flag: %v", err)
	}
}

// TestDecompressPubKeySmallOrder derives the 8 points of small order from the curve ([l]P for a point P whose
// cofactor part has order 8, and its multiples) and checks each is refused with ErrSmallOrderPubKey, except
// the order-4 point whose encoding is all zeros, which decodes to the zero key.
func TestDecompressPubKeySmallOrder(t *testing.T) {
	params := twistededwards.GetEdwardsCurve()
	var g twistededwards.PointAffine
	for y := int64(2); ; y++ {
		if y > 1000 {
			t.Fatal("no point with an order-8 cofactor part found")
		}
		var c [32]byte
		big.NewInt(y).FillBytes(c[:])
		k, err := DecompressPubKey(c)
		if err != nil {
			continue
		}
		g.ScalarMultiplication(&twistededwards.PointAffine{X: k.X, Y: k.Y}, &params.Order)
		var g4 twistededwards.PointAffine
		g4.Double(&g).Double(&g4)
		if !g4.IsZero() {
			break
		}
	}
	var p twistededwards.PointAffine
	p.X.SetZero()
	p.Y.SetOne()
	seen := map[[32]byte]bool{}
	for i := range 8 {
		c := PubKey{X: p.X, Y: p.Y}.Compressed()
		if seen[c] || !p.IsOnCurve() {
			t.Fatalf("[%d]T = %x repeats or is off the curve", i, c)
		}
		seen[c] = true
		k, err := DecompressPubKey(c)
		if c == ([32]byte{}) {
			if err != nil || !k.IsZero() {
				t.Fatalf("all-zero encoding: %+v, %v", k, err)
			}
		} else if !errors.Is(err, ErrSmallOrderPubKey) {
			t.Fatalf("[%d]T = %x: %v", i, c, err)
		}
		p.Add(&p, &g)
	}
	if !p.IsZero() {
		t.Fatal("[8]T is not the identity")
	}
	if !seen[[32]byte{}] {
		t.Fatal("the all-zero encoding is not among the points of small order")
	}
}

func TestDecompressPubKeyRejects(t *testing.T) {
	var atModulus [32]byte
	fr.Modulus().FillBytes(atModulus[:])
	if _, err := DecompressPubKey(atModulus); !errors.Is(err, ErrBadPubKey) {
		t.Fatalf("y = r: %v", err)
	}
	// Find a y that is not on the curve: about half of them are not.
	found := false
	for y := int64(2); y < 100 && !found; y++ {
		var c [32]byte
		big.NewInt(y).FillBytes(c[:])
		k, err := DecompressPubKey(c)
		if err != nil {
			if !errors.Is(err, ErrBadPubKey) {
				t.Fatalf("y = %d: %v", y, err)
			}
			found = true
			continue
		}
		p := twistededwards.PointAffine{X: k.X, Y: k.Y}
		if !p.IsOnCurve() {
			t.Fatalf("y = %d decoded to a point off the curve", y)
		}
	}
	if !found {
		t.Fatal("no y in 2..99 is off the curve")
	}
}

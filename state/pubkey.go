package state

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
)

// ErrBadPubKey reports compressed key bytes that are not a usable key: not a point of the curve, or one of
// small order (ErrSmallOrderPubKey).
var ErrBadPubKey = errors.New("state: invalid public key")

// ErrSmallOrderPubKey reports a compressed key that is one of the 8 points of small order of the curve (the
// points P with [8]P the identity: the identity (0, 1), (0, −1) of order 2, the two points of order 4 and the
// four of order 8). It matches ErrBadPubKey. Such a key would let anyone sign for the account, and the Rollup
// contract refuses it in deposits (Rollup.SmallOrderPubKey), so the sequencer refuses it too.
var ErrSmallOrderPubKey = fmt.Errorf("%w: a point of small order", ErrBadPubKey)

// Compressed returns the 32-byte key encoding: Y big-endian with bit 255 set iff X is odd.
func (k PubKey) Compressed() [32]byte {
	b := k.Y.Bytes()
	if k.X.Bytes()[31]&1 == 1 {
		b[0] |= 0x80
	}
	return b
}

// DecompressPubKey decodes a compressed key. The all-zero encoding decodes to the zero key (it is also the
// encoding of a point of order 4, which therefore never decodes). Only canonical encodings decode: Y below the
// modulus, and the odd flag clear when X is zero. Points of small order are refused with ErrSmallOrderPubKey.
func DecompressPubKey(b [32]byte) (PubKey, error) {
	odd := b[0]&0x80 != 0
	b[0] &^= 0x80
	var k PubKey
	if err := k.Y.SetBytesCanonical(b[:]); err != nil {
		return PubKey{}, fmt.Errorf("%w: %v", ErrBadPubKey, err)
	}
	if k.Y.IsZero() && !odd {
		return PubKey{}, nil
	}
	// a·x² + y² = 1 + d·x²·y²  ⇒  x² = (1 − y²) / (a − d·y²)
	params := twistededwards.GetEdwardsCurve()
	var y2, num, den, x fr.Element
	y2.Square(&k.Y)
	num.SetOne().Sub(&num, &y2)
	den.Mul(&params.D, &y2)
	den.Sub(&params.A, &den)
	if den.IsZero() {
		return PubKey{}, ErrBadPubKey
	}
	den.Inverse(&den)
	x.Mul(&num, &den)
	if x.Sqrt(&x) == nil {
		return PubKey{}, fmt.Errorf("%w: y is not on the curve", ErrBadPubKey)
	}
	if x.IsZero() && odd {
		return PubKey{}, fmt.Errorf("%w: x is zero but flagged odd", ErrBadPubKey)
	}
	if (x.Bytes()[31]&1 == 1) != odd {
		x.Neg(&x)
	}
	k.X = x
	if smallOrder(k) {
		return PubKey{}, ErrSmallOrderPubKey
	}
	return k, nil
}

// smallOrder reports whether [8]k is the identity: the curve's group has order 8·l with l prime, so these are
// exactly the 8 points of the cofactor subgroup.
func smallOrder(k PubKey) bool {
	p := twistededwards.PointAffine{X: k.X, Y: k.Y}
	for range 3 {
		p.Double(&p)
	}
	return p.IsZero()
}

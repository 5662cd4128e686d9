package circuits

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
	tedwards "github.com/consensys/gnark-crypto/ecc/twistededwards"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"
	stdposeidon2 "github.com/consensys/gnark/std/hash/poseidon2"
	stdeddsa "github.com/consensys/gnark/std/signature/eddsa"

	"github.com/perpx/perpx/state"
)

// DevKeySeed is the seed of the dummy signing key. The key signs nothing of value: a slot's signature check
// that its transaction type does not need verifies DummyMessage under this key, so the key is public.
const DevKeySeed = "perpx/circuits: dummy signature key v1"

// DummyMessage is the message word the dummy signature signs.
const DummyMessage = 0

type devKey struct {
	key *eddsa.PrivateKey
	sig state.Signature
}

var dev = sync.OnceValue(func() devKey {
	seed := sha256.Sum256([]byte(DevKeySeed))
	key, err := eddsa.GenerateKey(bytes.NewReader(seed[:]))
	if err != nil {
		panic(fmt.Sprintf("circuits: dev key: %v", err))
	}
	sig, err := SignWord(key, fr.NewElement(DummyMessage))
	if err != nil {
		panic(fmt.Sprintf("circuits: dummy signature: %v", err))
	}
	return devKey{key: key, sig: sig}
})

// DevKey returns the dummy signing key: eddsa.GenerateKey reading SHA-256(DevKeySeed) as its 32-byte seed.
// GenerateKey is deterministic given the seed, and so are Sign and the dummy signature.
func DevKey() *eddsa.PrivateKey { return dev().key }

// DevPubKey returns the public key of DevKey.
func DevPubKey() state.PubKey {
	a := dev().key.PublicKey.A
	return state.PubKey{X: a.X, Y: a.Y}
}

// DummySignature returns DevKey's signature of DummyMessage, the witness of every unused signature check.
func DummySignature() state.Signature { return dev().sig }

// SignWord signs a message word as docs/PROTOCOL.md §4 specifies: EdDSA with H over the word's 32 big-endian
// bytes.
func SignWord(key *eddsa.PrivateKey, msg fr.Element) (state.Signature, error) {
	var out state.Signature
	b := msg.Bytes()
	sig, err := key.Sign(b[:], poseidon2.NewMerkleDamgardHasher())
	if err != nil {
		return out, err
	}
	if len(sig) != state.SignatureSize {
		return out, fmt.Errorf("circuits: signature has %d bytes", len(sig))
	}
	copy(out[:], sig)
	return out, nil
}

// SignatureVars is an EdDSA signature: the point R and the scalar S.
type SignatureVars = stdeddsa.Signature

// verifySig asserts that sig is a valid signature of msg under the key (pkX, pkY), with H (Poseidon2
// Merkle–Damgård) as the hash of (R, A, msg). It is the only signature check of the package: every caller
// (orders, withdrawals, transfers, liquidators' orders, oracle reports) goes through it.
//
// It asserts that the key A and the signature point R are on the curve before gnark's eddsa.Verify, which
// checks neither R nor the points it adds and doubles: its twisted Edwards addition and doubling divide with
// DivUnchecked, whose only constraint d·x = n leaves x free when n = d = 0. With R = (0, 0), −Q + R is (0, 0)
// and the first doubling is 0/0, so a prover choosing x = √−1 reaches the identity and forges any signature
// (docs/PROTOCOL.md §10). On this curve a = −1 is a square and d is not, so the addition law is complete:
// for points on the curve the denominators 1 ± d·x1·x2·y1·y2 of an addition, and y² + a·x² = 1 + d·x²y² and
// 2 − y² − a·x² = 1 − d·x²y² of a doubling, are never 0, and with A, R and the base point on the curve every
// point the check adds or doubles is on the curve.
func (b *builder) verifySig(pkX, pkY, msg frontend.Variable, sig SignatureVars) error {
	curve, err := twistededwards.NewEdCurve(b.api, tedwards.BN254)
	if err != nil {
		return fmt.Errorf("circuits: edwards curve: %w", err)
	}
	h, err := stdposeidon2.New(b.api)
	if err != nil {
		return fmt.Errorf("circuits: poseidon2 hasher: %w", err)
	}
	pk := stdeddsa.PublicKey{A: twistededwards.Point{X: pkX, Y: pkY}}
	curve.AssertIsOnCurve(pk.A)
	curve.AssertIsOnCurve(sig.R)
	return stdeddsa.Verify(curve, sig, msg, pk, h)
}

// assertOnCurveWhen asserts, when cond is 1, that (x, y) is a point of the twisted Edwards curve:
// a·x² + y² = 1 + d·x²·y².
func (b *builder) assertOnCurveWhen(cond, x, y frontend.Variable) {
	params := twistedEdwardsParams()
	x2 := b.api.Mul(x, x)
	y2 := b.api.Mul(y, y)
	lhs := b.api.Add(b.api.Mul(params.A, x2), y2)
	rhs := b.api.Add(1, b.api.Mul(params.D, x2, y2))
	b.zeroWhen(cond, b.api.Sub(lhs, rhs))
}

var twistedEdwardsParams = sync.OnceValue(func() *twistededwards.CurveParams {
	c, err := twistededwards.GetCurveParams(tedwards.BN254)
	if err != nil {
		panic(err)
	}
	return c
})

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
// Merkle–Damgård) as the hash of (R, A, msg).
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

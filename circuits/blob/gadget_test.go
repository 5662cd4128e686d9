package blob

import (
	"crypto/sha256"
	"math/big"
	"os"
	"strconv"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/test"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// bindCircuit exposes a binding as public inputs: the records hash, the versioned hash's halves, z and y's halves.
type bindCircuit struct {
	Words       []frontend.Variable
	Segments    []int             `gnark:"-"`
	RecordsHash frontend.Variable `gnark:",public"`
	VHHi, VHLo  frontend.Variable `gnark:",public"`
	Z           frontend.Variable `gnark:",public"`
	YHi, YLo    frontend.Variable `gnark:",public"`
}

func (c *bindCircuit) Define(api frontend.API) error {
	b, err := Bind(api, c.Words, c.Segments, c.VHHi, c.VHLo)
	if err != nil {
		return err
	}
	hi, lo, err := Halves(api, b.Y)
	if err != nil {
		return err
	}
	api.AssertIsEqual(b.RecordsHash, c.RecordsHash)
	api.AssertIsEqual(b.Z, c.Z)
	api.AssertIsEqual(hi, c.YHi)
	api.AssertIsEqual(lo, c.YLo)
	return nil
}

// claim is a blob, its versioned hash and the values the contract checks, from the Go twin and kzg4844.
type claim struct {
	words []fr.Element
	vh    [32]byte
	h     fr.Element
	z     kzg4844.Point
	y     kzg4844.Claim
}

// newClaim packs records into n words of a blob and computes its binding natively; y is kzg4844's.
func newClaim(t *testing.T, records []byte, n int, segments []int) claim {
	t.Helper()
	b, err := Pack(records)
	if err != nil {
		t.Fatal(err)
	}
	commit, err := kzg4844.BlobToCommitment(b)
	if err != nil {
		t.Fatal(err)
	}
	c := claim{vh: kzg4844.CalcBlobHashV1(sha256.New(), &commit)}
	if c.words, err = Words(records, n); err != nil {
		t.Fatal(err)
	}
	if c.h, err = RecordsHash(c.words, segments); err != nil {
		t.Fatal(err)
	}
	c.z = Challenge(c.h, c.vh)
	if _, c.y, err = kzg4844.ComputeProof(b, c.z); err != nil {
		t.Fatal(err)
	}
	return c
}

// assignment fills the circuit from a claim.
func (c claim) assignment(segments []int) *bindCircuit {
	a := &bindCircuit{Words: make([]frontend.Variable, len(c.words)), Segments: segments}
	for i := range c.words {
		a.Words[i] = c.words[i]
	}
	hi, lo := SplitHash(c.vh)
	a.RecordsHash, a.VHHi, a.VHLo = c.h, hi, lo
	a.Z = new(big.Int).SetBytes(c.z[:])
	a.YHi, a.YLo = new(big.Int).SetBytes(c.y[:16]), new(big.Int).SetBytes(c.y[16:])
	return a
}

func gadgetOptions() []test.TestingOption {
	return []test.TestingOption{
		test.WithCurves(ecc.BN254), test.WithBackends(backend.GROTH16), test.NoProverChecks(),
		test.NoSerializationChecks(), test.NoFuzzing(), test.NoSolidityChecks(),
	}
}

// TestBindCircuit checks the gadget on an 8-word blob (segments of 3 and 5 words) against the Go twin and kzg4844's y,
// and rejects one record byte changed, another blob's versioned hash, a wrong z and a wrong y.
func TestBindCircuit(t *testing.T) {
	const n = 8
	segment := []int{3, 5}
	records := testRecords(n*BytesPerWord-5, 9)
	good := newClaim(t, records, n, segment)

	changed := append([]byte{}, records...)
	changed[100] ^= 0x40
	byteChanged := good.assignment(segment)
	cw, _ := Words(changed, n)
	for i := range cw {
		byteChanged.Words[i] = cw[i]
	}
	other := newClaim(t, testRecords(n*BytesPerWord, 10), n, segment)
	anotherBlob := good.assignment(segment)
	anotherBlob.VHHi, anotherBlob.VHLo = other.assignment(segment).VHHi, other.assignment(segment).VHLo
	wrongZ := good.assignment(segment)
	wrongZ.Z = new(big.Int).Add(wrongZ.Z.(*big.Int), big.NewInt(1))
	wrongY := good.assignment(segment)
	wrongY.YLo = new(big.Int).Add(wrongY.YLo.(*big.Int), big.NewInt(1))
	otherY := good.assignment(segment)
	otherY.YHi, otherY.YLo = other.assignment(segment).YHi, other.assignment(segment).YLo

	opts := []test.TestingOption{test.WithValidAssignment(good.assignment(segment))}
	for _, bad := range []*bindCircuit{byteChanged, anotherBlob, wrongZ, wrongY, otherY} {
		opts = append(opts, test.WithInvalidAssignment(bad))
	}
	test.NewAssert(t).CheckCircuit(&bindCircuit{Words: make([]frontend.Variable, n), Segments: segment},
		append(opts, gadgetOptions()...)...)
}

// compileBind returns the R1CS count of a binding over n words in one segment.
func compileBind(t testing.TB, n int) int {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder,
		&bindCircuit{Words: make([]frontend.Variable, n), Segments: []int{n}})
	if err != nil {
		t.Fatal(err)
	}
	return ccs.GetNbConstraints()
}

// TestBindConstraintCount reports the R1CS of a binding per word (differences between sizes remove the fixed
// part) and holds it under MaxR1CSPerWord. PERPX_BLOB_WORDS=4096 also compiles a full blob.
func TestBindConstraintCount(t *testing.T) {
	c64, c128 := compileBind(t, 64), compileBind(t, 128)
	per := (c128 - c64) / 64
	t.Logf("binding: 64 words %d R1CS, 128 words %d R1CS, %d R1CS per word, fixed %d", c64, c128, per, c64-64*per)
	if per > MaxR1CSPerWord {
		t.Fatalf("%d R1CS per word, budget %d", per, MaxR1CSPerWord)
	}
	if s := os.Getenv("PERPX_BLOB_WORDS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			t.Fatal(err)
		}
		full := compileBind(t, n)
		t.Logf("binding: %d words %d R1CS (%d per word all-in)", n, full, full/n)
	}
}

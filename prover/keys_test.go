package prover

import (
	"bytes"
	"crypto/rand"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/rangecheck"
)

// tinyCircuit has one public input and a range check, so its keys carry a commitment like the batch circuit's.
type tinyCircuit struct {
	X frontend.Variable `gnark:",public"`
	Y frontend.Variable
}

func (c *tinyCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.Y, c.Y), c.X)
	rangecheck.New(api).Check(c.Y, 16)
	return nil
}

// TestDevSetupDeterministic runs the development setup twice and requires identical verifying keys and
// Solidity verifiers: the committed Verifier*.sol depends on it.
func TestDevSetupDeterministic(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &tinyCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	var sols [2]bytes.Buffer
	for i := range sols {
		_, vk, err := DevSetup(ccs, t.Logf)
		if err != nil {
			t.Fatal(err)
		}
		if err := vk.ExportSolidity(&sols[i]); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(sols[0].Bytes(), sols[1].Bytes()) {
		t.Fatal("two development setups of the same circuit gave different verifiers")
	}
}

// TestVerifierUpToDate requires the committed l1/contracts/Verifier2.sol to be the verifier of the current
// batch circuit's keys. Regenerate with go generate ./l1/...
func TestVerifierUpToDate(t *testing.T) {
	if testing.Short() {
		t.Skip("key generation is slow")
	}
	committed, err := os.ReadFile(filepath.Join("..", "l1", "contracts", "Verifier2.sol"))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := New(DefaultKeyDir(), t.Logf).ExportSolidity(2, &buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), committed) {
		t.Fatal("l1/contracts/Verifier2.sol is stale: run go generate ./l1/...")
	}
}

func TestUnsupportedBatchSize(t *testing.T) {
	if _, err := LoadOrSetup(t.TempDir(), 3, nil); err == nil {
		t.Fatal("batch size 3 accepted")
	}
}

func TestBeaconStream(t *testing.T) {
	a, b := newBeaconStream([]byte("x")), newBeaconStream([]byte("x"))
	var p, q [100]byte
	a.Read(p[:7])
	a.Read(p[7:])
	b.Read(q[:])
	if p != q {
		t.Fatal("stream depends on read sizes")
	}
	c := newBeaconStream([]byte("y"))
	c.Read(q[:])
	if p == q {
		t.Fatal("stream ignores its seed")
	}
}

// TestDevSetupIgnoresConcurrentReads runs the development setup while another goroutine reads crypto/rand
// without pause: the keys must be those of a quiet setup, and the other goroutine must never receive the public
// beacon stream. Before the setup routed its stream to its own goroutine, the reader stole bytes of the stream
// (other keys: the committed Verifier2.sol no longer matched keys made from an empty key directory) and got
// public values in place of secret randomness.
func TestDevSetupIgnoresConcurrentReads(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &tinyCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	export := func() []byte {
		_, vk, err := DevSetup(ccs, t.Logf)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := vk.ExportSolidity(&buf); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	quiet := export()

	beacon := make(map[[32]byte]bool)
	stream := newBeaconStream(DevBeacon)
	for range 256 {
		var block [32]byte
		stream.Read(block[:])
		beacon[block] = true
	}
	stop, done := make(chan struct{}), make(chan bool)
	go func() {
		leaked := false
		for {
			select {
			case <-stop:
				done <- leaked
				return
			default:
			}
			var b [32]byte
			rand.Read(b[:])
			leaked = leaked || beacon[b]
		}
	}()
	for i := range 3 {
		if got := export(); !bytes.Equal(got, quiet) {
			close(stop)
			<-done
			t.Fatalf("setup %d with a concurrent crypto/rand reader gave other keys", i)
		}
	}
	close(stop)
	if <-done {
		t.Fatal("a concurrent crypto/rand reader received the public beacon stream")
	}
}

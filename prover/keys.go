package prover

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/perpx/perpx/circuits"
	"github.com/perpx/perpx/state"
)

// DevBeacon seals both phases of the development key ceremony. It is public, so development keys are
// reproducible and insecure.
var DevBeacon = []byte("perpx development beacon v1 — not for production")

// ErrUnsupportedBatchSize reports a batch size outside state.BatchSizes.
var ErrUnsupportedBatchSize = errors.New("prover: unsupported batch size")

// Keys are the compiled circuit and the Groth16 keys of one batch size.
type Keys struct {
	BatchSize int
	CCS       constraint.ConstraintSystem
	PK        groth16.ProvingKey
	VK        groth16.VerifyingKey
	// CircuitHash is the SHA-256 of the serialized constraint system, hex-encoded.
	CircuitHash string
}

// Progress receives human-readable progress lines of long work (compilation, key generation, proving).
type Progress func(format string, args ...any)

// Compile compiles the batch circuit of size n and returns it with the hash of its serialization.
func Compile(n int) (constraint.ConstraintSystem, string, error) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, circuits.NewBatchCircuit(n))
	if err != nil {
		return nil, "", fmt.Errorf("prover: compile batch circuit %d: %w", n, err)
	}
	h := sha256.New()
	if _, err := ccs.WriteTo(h); err != nil {
		return nil, "", fmt.Errorf("prover: hash constraint system: %w", err)
	}
	return ccs, hex.EncodeToString(h.Sum(nil)), nil
}

// DevSetup runs the development setup: gnark's Groth16 setup with every random draw (the toxic waste and the
// commitment key's σ) taken from a stream derived from DevBeacon, so every machine derives the same keys.
//
// gnark reads its randomness from crypto/rand.Reader, so DevSetup replaces that variable for the duration of
// the setup with a reader that serves the stream only to the goroutine running the setup (gnark draws every
// random value of a setup on the calling goroutine) and the process's own reader to every other goroutine. So a
// goroutine that reads crypto/rand meanwhile neither changes the keys nor receives the public stream.
func DevSetup(ccs constraint.ConstraintSystem, progress Progress) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	setupMu.Lock()
	defer setupMu.Unlock()
	start := time.Now()
	progress("keys: development setup of %d constraints (deterministic, insecure)…", ccs.GetNbConstraints())
	saved := rand.Reader
	rand.Reader = &ownerReader{owner: goroutineID(), stream: newBeaconStream(DevBeacon), others: saved}
	pk, vk, err := groth16.Setup(ccs)
	rand.Reader = saved
	if err != nil {
		return nil, nil, fmt.Errorf("prover: setup: %w", err)
	}
	progress("keys: setup done in %s", time.Since(start).Round(time.Second))
	return pk, vk, nil
}

var setupMu sync.Mutex

// ownerReader serves stream to the goroutine owner and others to every other goroutine.
type ownerReader struct {
	owner  uint64
	mu     sync.Mutex // guards stream, which gnark may read from helper goroutines in a later version
	stream io.Reader
	others io.Reader
}

// Read implements io.Reader.
func (r *ownerReader) Read(p []byte) (int, error) {
	if goroutineID() != r.owner {
		return r.others.Read(p)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stream.Read(p)
}

// goroutineID returns the calling goroutine's id, read from the first line of its stack trace
// ("goroutine 42 [running]:"). It is used only to route the development setup's random draws.
func goroutineID() uint64 {
	var buf [64]byte
	line := buf[:runtime.Stack(buf[:], false)]
	line = bytes.TrimPrefix(line, []byte("goroutine "))
	if i := bytes.IndexByte(line, ' '); i > 0 {
		line = line[:i]
	}
	id, err := strconv.ParseUint(string(line), 10, 64)
	if err != nil {
		panic(fmt.Sprintf("prover: goroutine id from %q: %v", line, err))
	}
	return id
}

// beaconStream is SHA-256 in counter mode over a seed: block i is SHA-256(seed ‖ i).
type beaconStream struct {
	seed    []byte
	counter uint64
	buf     []byte
}

func newBeaconStream(seed []byte) *beaconStream { return &beaconStream{seed: seed} }

// Read fills p from the stream; it never fails.
func (s *beaconStream) Read(p []byte) (int, error) {
	for n := 0; n < len(p); {
		if len(s.buf) == 0 {
			var ctr [8]byte
			binary.BigEndian.PutUint64(ctr[:], s.counter)
			s.counter++
			h := sha256.Sum256(append(append([]byte{}, s.seed...), ctr[:]...))
			s.buf = h[:]
		}
		c := copy(p[n:], s.buf)
		s.buf = s.buf[c:]
		n += c
	}
	return len(p), nil
}

// LoadOrSetup compiles the batch circuit of size n and returns its keys from dir, generating and storing them
// first when they are missing. It holds an exclusive lock on dir/batch-<n>.lock while it does.
func LoadOrSetup(dir string, n int, progress Progress) (*Keys, error) {
	if !supported(n) {
		return nil, fmt.Errorf("%w: %d", ErrUnsupportedBatchSize, n)
	}
	if progress == nil {
		progress = func(string, ...any) {}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("prover: key dir: %w", err)
	}
	progress("keys: compiling batch circuit of size %d…", n)
	ccs, hash, err := Compile(n)
	if err != nil {
		return nil, err
	}
	progress("keys: %d constraints, circuit %s", ccs.GetNbConstraints(), hash[:16])
	unlock, err := lockFile(filepath.Join(dir, fmt.Sprintf("batch-%d.lock", n)))
	if err != nil {
		return nil, err
	}
	defer unlock()
	k := &Keys{BatchSize: n, CCS: ccs, CircuitHash: hash}
	base := filepath.Join(dir, fmt.Sprintf("batch-%d-%s", n, hash[:16]))
	if k.PK, k.VK, err = readKeys(base); err == nil {
		progress("keys: loaded %s.{pk,vk}", base)
		return k, nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	if k.PK, k.VK, err = DevSetup(ccs, progress); err != nil {
		return nil, err
	}
	if err := writeKeys(base, k.PK, k.VK); err != nil {
		return nil, err
	}
	progress("keys: stored %s.{pk,vk}", base)
	return k, nil
}

func supported(n int) bool {
	for _, s := range state.BatchSizes {
		if s == n {
			return true
		}
	}
	return false
}

func readKeys(base string) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	pk := groth16.NewProvingKey(ecc.BN254)
	vk := groth16.NewVerifyingKey(ecc.BN254)
	if err := readFrom(base+".pk", func(r io.Reader) error { _, err := pk.UnsafeReadFrom(r); return err }); err != nil {
		return nil, nil, err
	}
	if err := readFrom(base+".vk", func(r io.Reader) error { _, err := vk.ReadFrom(r); return err }); err != nil {
		return nil, nil, err
	}
	return pk, vk, nil
}

func readFrom(path string, read func(io.Reader) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := read(bufio.NewReaderSize(f, 1<<20)); err != nil {
		return fmt.Errorf("prover: read %s: %w", path, err)
	}
	return nil
}

func writeKeys(base string, pk groth16.ProvingKey, vk groth16.VerifyingKey) error {
	if err := writeAtomic(base+".vk", func(w io.Writer) error { _, err := vk.WriteTo(w); return err }); err != nil {
		return err
	}
	// The proving key is written last: its presence marks a complete pair.
	return writeAtomic(base+".pk", func(w io.Writer) error { _, err := pk.(*groth16bn254.ProvingKey).WriteRawTo(w); return err })
}

// writeAtomic writes a file through a synced temporary file and a rename, so a crash never leaves a partial
// key behind.
func writeAtomic(path string, write func(io.Writer) error) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("prover: create %s: %w", tmp, err)
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("prover: write %s: %w", path, err)
	}
	return nil
}

func lockFile(path string) (func(), error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("prover: open lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		return nil, fmt.Errorf("prover: lock %s: %w", path, err)
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}

// DefaultKeyDir returns the directory keys are cached in: $PERPX_KEY_DIR, else <user cache dir>/perpx/keys.
func DefaultKeyDir() string {
	if d := os.Getenv("PERPX_KEY_DIR"); d != "" {
		return d
	}
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "perpx", "keys")
	}
	return filepath.Join(os.TempDir(), "perpx-keys")
}

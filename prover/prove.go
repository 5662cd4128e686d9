package prover

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"sync"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/state"
)

// ErrCommitmentMismatch reports a witness whose public input differs from the batch's own commitment.
var ErrCommitmentMismatch = errors.New("prover: witness commitment differs from the batch header")

// Proof is a Groth16 proof of one batch in the byte form the Solidity verifier takes.
type Proof struct {
	BatchNumber uint64
	PublicInput *big.Int
	// Solidity is the proof as verifyProof(bytes, uint256[1]) expects it: A, B, C, then the commitment and its
	// proof of knowledge.
	Solidity []byte
	Duration time.Duration
}

// Prover proves sealed batches with keys loaded or generated on first use.
type Prover struct {
	dir      string
	progress Progress

	mu   sync.Mutex // guards keys and serializes proofs
	keys map[int]*Keys
}

// New returns a Prover that caches keys in dir and reports long work to progress (which may be nil).
func New(dir string, progress Progress) *Prover {
	if progress == nil {
		progress = func(string, ...any) {}
	}
	return &Prover{dir: dir, progress: progress, keys: make(map[int]*Keys)}
}

// Keys returns the keys of batch size n, loading or generating them on first use.
func (p *Prover) Keys(n int) (*Keys, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.keysLocked(n)
}

func (p *Prover) keysLocked(n int) (*Keys, error) {
	if k, ok := p.keys[n]; ok {
		return k, nil
	}
	k, err := LoadOrSetup(p.dir, n, p.progress)
	if err != nil {
		return nil, err
	}
	p.keys[n] = k
	return k, nil
}

// Prove proves b and checks the proof against the verifying key with the Solidity verifier's options before
// returning it.
func (p *Prover) Prove(b *state.SealedBatch) (*Proof, error) {
	pubdata, err := b.Pubdata()
	if err != nil {
		return nil, fmt.Errorf("prover: batch %d pubdata: %w", b.Header.BatchNumber, err)
	}
	want := state.PublicInput(&b.Header, pubdata)
	assignment, err := Assign(b)
	if err != nil {
		return nil, fmt.Errorf("prover: assign batch %d: %w", b.Header.BatchNumber, err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	k, err := p.keysLocked(b.BatchSize)
	if err != nil {
		return nil, err
	}
	start := time.Now()
	w, err := frontend.NewWitness(assignment, ecc.BN254.ScalarField())
	if err != nil {
		return nil, fmt.Errorf("prover: witness of batch %d: %w", b.Header.BatchNumber, err)
	}
	pub, err := w.Public()
	if err != nil {
		return nil, fmt.Errorf("prover: public witness: %w", err)
	}
	if got := publicInputOf(pub); got.Cmp(want) != 0 {
		return nil, fmt.Errorf("%w: %s, want %s", ErrCommitmentMismatch, got, want)
	}
	proof, err := groth16.Prove(k.CCS, k.PK, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		return nil, fmt.Errorf("prover: prove batch %d: %w", b.Header.BatchNumber, err)
	}
	if err := groth16.Verify(proof, k.VK, pub, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		return nil, fmt.Errorf("prover: proof of batch %d does not verify: %w", b.Header.BatchNumber, err)
	}
	d := time.Since(start)
	p.progress("prover: batch %d proven in %s", b.Header.BatchNumber, d.Round(time.Millisecond))
	return &Proof{
		BatchNumber: b.Header.BatchNumber,
		PublicInput: want,
		Solidity:    proof.(*groth16bn254.Proof).MarshalSolidity(),
		Duration:    d,
	}, nil
}

// publicInputOf returns the one public input of a public witness.
func publicInputOf(pub witness.Witness) *big.Int {
	out := new(big.Int)
	if vec, ok := pub.Vector().(fr.Vector); ok && len(vec) == 1 {
		vec[0].BigInt(out)
	}
	return out
}

// ExportSolidity writes the Solidity verifier of batch size n.
func (p *Prover) ExportSolidity(n int, w io.Writer) error {
	k, err := p.Keys(n)
	if err != nil {
		return err
	}
	if err := k.VK.ExportSolidity(w); err != nil {
		return fmt.Errorf("prover: export verifier %d: %w", n, err)
	}
	return nil
}

// Result is the outcome of proving one batch in the queue.
type Result struct {
	Batch *state.SealedBatch
	Proof *Proof
	Err   error
}

// Run proves the batches received on in, in order, and sends each result on out until ctx is done or in is
// closed. It closes out when it returns.
func (p *Prover) Run(ctx context.Context, in <-chan *state.SealedBatch, out chan<- Result) {
	defer close(out)
	for {
		select {
		case <-ctx.Done():
			return
		case b, ok := <-in:
			if !ok {
				return
			}
			proof, err := p.Prove(b)
			select {
			case out <- Result{Batch: b, Proof: proof, Err: err}:
			case <-ctx.Done():
				return
			}
		}
	}
}

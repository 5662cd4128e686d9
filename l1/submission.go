package l1

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/perpx/perpx/l1/bindings"
	"github.com/perpx/perpx/state"
)

// The aggregated submission's statement (Rollup.commitSubmission, docs/PROTOCOL.md §11.7).
const (
	// SubmissionWords is the number of 32-byte words the submission commitment hashes: In_0, Out_0 (state),
	// In_1, Out_1 (batch), In_3, Out_3 (calldata chain), the blob's versioned hash, z and y.
	SubmissionWords = 9
	// submissionCommitmentBits is the width of the commitment: SHA-256 reduced mod 2^253.
	submissionCommitmentBits = 253
	// l1RecordSize is the size of one compact record in l1Records.
	l1RecordSize = 32
	// batchPairTimestampBits is the shift of the batch number in the batch pair (number << 64 | timestamp).
	batchPairTimestampBits = 64
)

// l1RecordTypes has bit t set for each record type t L1 acts on (RollupChecks.L1_TYPES).
const l1RecordTypes = 1<<state.RecordDeposit | 1<<state.RecordWithdrawal | 1<<state.RecordForcedWithdrawal |
	1<<state.RecordForcedTrade | 1<<state.RecordMarketParams

var (
	// ErrL1RecordsLength reports l1Records that are not a whole number of 32-byte records.
	ErrL1RecordsLength = errors.New("l1: l1Records length is not a multiple of 32")
	// ErrNotL1Record reports a record in l1Records of a type L1 does not act on.
	ErrNotL1Record = errors.New("l1: record type L1 does not act on")
)

// L1RecordsChain returns the calldata chain over l1Records (Out_3 for In_3 = 0, RollupChecks.chain): c ←
// C4(c, hi(r), lo(r), 0) for each 32-byte record r, from c = 0, hi and lo its bytes 0..15 and 16..31.
func L1RecordsChain(l1Records []byte) (fr.Element, error) {
	var c fr.Element
	if len(l1Records)%l1RecordSize != 0 {
		return c, fmt.Errorf("%w: %d bytes", ErrL1RecordsLength, len(l1Records))
	}
	for i := 0; i < len(l1Records); i += l1RecordSize {
		r := l1Records[i : i+l1RecordSize]
		if t := r[0] >> 4; l1RecordTypes>>t&1 == 0 {
			return c, fmt.Errorf("%w: record %d has type %d", ErrNotL1Record, i/l1RecordSize, t)
		}
		var hi, lo fr.Element
		hi.SetBytes(r[:l1RecordSize/2])
		lo.SetBytes(r[l1RecordSize/2:])
		c = state.Compress4([state.TreeArity]fr.Element{c, hi, lo, {}})
	}
	return c, nil
}

// SubmissionStatement is what an aggregated submission's proof commits to, besides the blob claim: the stored
// state (root, config hash, last batch number and timestamp) and the submission's (new root, last batch number,
// its timestamp, the records L1 acts on).
type SubmissionStatement struct {
	OldRoot, NewRoot         fr.Element
	ConfigHash               [32]byte
	LastBatch, LastTimestamp uint64
	NewBatch, NewTimestamp   uint64
	L1Records                []byte
	VersionedHash, Z, Y      [32]byte
}

// Words returns the nine words the commitment hashes (RollupChecks.commitSubmission): C(oldRoot, configHash),
// C(newRoot, configHash), lastBatch << 64 | lastTimestamp, newBatch << 64 | newTimestamp, 0,
// L1RecordsChain(l1Records), vh, z, y. The config hash must be a field element (ErrBadWord).
func (s *SubmissionStatement) Words() ([SubmissionWords][32]byte, error) {
	var w [SubmissionWords][32]byte
	cfg := new(big.Int).SetBytes(s.ConfigHash[:])
	if cfg.Cmp(fr.Modulus()) >= 0 {
		return w, fmt.Errorf("%w: config hash %x is not a field element", ErrBadWord, s.ConfigHash)
	}
	var c fr.Element
	c.SetBigInt(cfg)
	chain, err := L1RecordsChain(s.L1Records)
	if err != nil {
		return w, err
	}
	in0, out0 := state.Compress(s.OldRoot, c), state.Compress(s.NewRoot, c)
	w[0], w[1] = in0.Bytes(), out0.Bytes()
	batchPair(s.LastBatch, s.LastTimestamp).FillBytes(w[2][:])
	batchPair(s.NewBatch, s.NewTimestamp).FillBytes(w[3][:])
	w[5] = chain.Bytes()
	w[6], w[7], w[8] = s.VersionedHash, s.Z, s.Y
	return w, nil
}

// batchPair returns number << 64 | timestamp.
func batchPair(number, timestamp uint64) *big.Int {
	p := new(big.Int).Lsh(new(big.Int).SetUint64(number), batchPairTimestampBits)
	return p.Or(p, new(big.Int).SetUint64(timestamp))
}

// SubmissionCommitment returns the public input of a submission's proof: uint256(SHA-256(words)) mod 2^253.
func SubmissionCommitment(words [SubmissionWords][32]byte) *big.Int {
	h := sha256.New()
	for i := range words {
		h.Write(words[i][:])
	}
	d := new(big.Int).SetBytes(h.Sum(nil))
	return d.Mod(d, new(big.Int).Lsh(big.NewInt(1), submissionCommitmentBits))
}

// PackCommitSubmission returns the calldata of Rollup.commitSubmission(s).
func PackCommitSubmission(s bindings.Submission) []byte {
	return bindings.NewRollup().PackCommitSubmission(s)
}

// CommitSubmission sends s to the Rollup in a type-3 transaction carrying the sidecar's blobs, signed with key
// (an operator's), and waits for it to succeed (SendBlobTx).
func (r *Rollup) CommitSubmission(ctx context.Context, key *ecdsa.PrivateKey, chainID *big.Int, s bindings.Submission,
	sc *types.BlobTxSidecar, gas uint64) (*types.Receipt, error) {
	return SendBlobTx(ctx, r.backend, key, chainID, BlobTx{To: r.Address(), Data: PackCommitSubmission(s), Sidecar: sc, Gas: gas})
}

// rollupChecksABI is the ABI of RollupChecks (contracts/RollupChecks.sol), read from the embedded artifact: its
// Go binding would redeclare the Submission struct the Rollup's binding declares.
var rollupChecksABI = func() abi.ABI {
	raw, err := artifacts.ReadFile("artifacts/RollupChecks.abi")
	if err != nil {
		panic(fmt.Sprintf("l1: embedded artifacts: %v", err)) // the artifact is embedded at build
	}
	a, err := abi.JSON(bytes.NewReader(raw))
	if err != nil {
		panic(fmt.Sprintf("l1: RollupChecks ABI: %v", err))
	}
	return a
}()

// CallChecks runs method of the RollupChecks at checks with args as a read-only call and returns its outputs.
func CallChecks(ctx context.Context, b Backend, checks common.Address, method string, args ...any) ([]any, error) {
	data, err := rollupChecksABI.Pack(method, args...)
	if err != nil {
		return nil, fmt.Errorf("l1: pack RollupChecks.%s: %w", method, err)
	}
	c := bind.NewBoundContract(checks, rollupChecksABI, b, b, b)
	return call(ctx, c, data, func(out []byte) ([]any, error) { return rollupChecksABI.Unpack(method, out) })
}

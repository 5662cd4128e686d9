package l1

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"
	"github.com/holiman/uint256"
)

// MaxBlobsPerTx is the most blobs one type-3 transaction may carry under Osaka (EIP-7594, params.BlobTxMaxBlobs).
const MaxBlobsPerTx = 6

// ErrBlobCount reports a blob transaction with no blob or more than MaxBlobsPerTx.
var ErrBlobCount = errors.New("l1: blob count out of range")

// NewBlobSidecar returns the version-1 sidecar of blobs (one KZG commitment and kzg4844.CellProofsPerBlob cell
// proofs per blob), the only form Osaka's transaction pool accepts.
func NewBlobSidecar(blobs []kzg4844.Blob) (*types.BlobTxSidecar, error) {
	if len(blobs) == 0 || len(blobs) > MaxBlobsPerTx {
		return nil, fmt.Errorf("%w: %d, at most %d", ErrBlobCount, len(blobs), MaxBlobsPerTx)
	}
	commitments := make([]kzg4844.Commitment, len(blobs))
	var proofs []kzg4844.Proof
	for i := range blobs {
		c, err := kzg4844.BlobToCommitment(&blobs[i])
		if err != nil {
			return nil, fmt.Errorf("l1: blob %d commitment: %w", i, err)
		}
		cell, err := kzg4844.ComputeCellProofs(&blobs[i])
		if err != nil {
			return nil, fmt.Errorf("l1: blob %d cell proofs: %w", i, err)
		}
		commitments[i] = c
		proofs = append(proofs, cell...)
	}
	return types.NewBlobTxSidecar(types.BlobSidecarVersion1, blobs, commitments, proofs), nil
}

// BlobOpening is what the point-evaluation precompile needs besides the versioned hash: the blob's value y at z,
// its commitment and the opening proof.
type BlobOpening struct {
	Z, Y       [32]byte
	Commitment kzg4844.Commitment
	Proof      kzg4844.Proof
}

// OpenBlob opens blob i of a sidecar at z.
func OpenBlob(sc *types.BlobTxSidecar, i int, z kzg4844.Point) (BlobOpening, error) {
	if i < 0 || i >= len(sc.Blobs) {
		return BlobOpening{}, fmt.Errorf("%w: index %d of %d", ErrBlobCount, i, len(sc.Blobs))
	}
	proof, y, err := kzg4844.ComputeProof(&sc.Blobs[i], z)
	if err != nil {
		return BlobOpening{}, fmt.Errorf("l1: open blob %d: %w", i, err)
	}
	return BlobOpening{Z: z, Y: y, Commitment: sc.Commitments[i], Proof: proof}, nil
}

// blobBaseFeeReader is the part of ethclient.Client that reads the blob base fee (simulated.Client lacks it).
type blobBaseFeeReader interface {
	BlobBaseFee(ctx context.Context) (*big.Int, error)
}

// BlobTx is a type-3 transaction to send: calldata to a contract, with a sidecar.
type BlobTx struct {
	To      common.Address
	Data    []byte
	Sidecar *types.BlobTxSidecar
	Gas     uint64
}

// SendBlobTx builds, signs with key and sends a type-3 transaction, then waits for it and requires success
// (ErrTxFailed). Fee caps are twice the current base fees plus a one-gwei tip. bind cannot send blob
// transactions, so this builds them by hand (reference/blob-feasibility.md).
func SendBlobTx(ctx context.Context, b Backend, key *ecdsa.PrivateKey, chainID *big.Int, t BlobTx) (*types.Receipt, error) {
	if t.Sidecar == nil || len(t.Sidecar.Blobs) == 0 || len(t.Sidecar.Blobs) > MaxBlobsPerTx {
		return nil, fmt.Errorf("%w: sidecar", ErrBlobCount)
	}
	fees, ok := b.(blobBaseFeeReader)
	if !ok {
		return nil, fmt.Errorf("l1: backend %T cannot read the blob base fee", b)
	}
	blobFee, err := fees.BlobBaseFee(ctx)
	if err != nil {
		return nil, fmt.Errorf("l1: blob base fee: %w", err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := b.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("l1: nonce of %s: %w", from, err)
	}
	h, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("l1: head: %w", err)
	}
	tip := big.NewInt(simTip)
	feeCap := new(big.Int).Add(new(big.Int).Mul(h.BaseFee, big.NewInt(2)), tip)
	blobFeeCap := new(big.Int).Mul(blobFee, big.NewInt(2))
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.BlobTx{
		ChainID: uint256.MustFromBig(chainID), Nonce: nonce, GasTipCap: uint256.MustFromBig(tip),
		GasFeeCap: uint256.MustFromBig(feeCap), Gas: t.Gas, To: t.To, Value: new(uint256.Int), Data: t.Data,
		BlobFeeCap: uint256.MustFromBig(blobFeeCap), BlobHashes: t.Sidecar.BlobHashes(), Sidecar: t.Sidecar,
	})
	if err != nil {
		return nil, fmt.Errorf("l1: sign blob tx: %w", err)
	}
	if err := b.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("l1: send blob tx: %w", err)
	}
	return waitSuccess(ctx, b, tx)
}

// CallWithBlobs runs data against to as a call carrying the sidecar's versioned hashes (BLOBHASH returns zero in
// a call without them) and returns the output or the decoded revert (a *RevertError, ErrReverted).
func CallWithBlobs(ctx context.Context, b Backend, from, to common.Address, data []byte, sc *types.BlobTxSidecar) ([]byte, error) {
	out, err := b.CallContract(ctx, ethereum.CallMsg{From: from, To: &to, Data: data, BlobHashes: sc.BlobHashes(),
		BlobGasFeeCap: big.NewInt(1 << 30)}, nil)
	if err != nil {
		return nil, decodeRevert(err)
	}
	return out, nil
}

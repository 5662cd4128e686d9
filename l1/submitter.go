package l1

import (
	"context"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
)

// Submitter commits batches to a Rollup as its operator.
type Submitter struct {
	rollup   *Rollup
	operator *bind.TransactOpts
}

// NewSubmitter returns a Submitter that signs with operator, which must be the contract's operator.
func NewSubmitter(r *Rollup, operator *bind.TransactOpts) *Submitter {
	return &Submitter{rollup: r, operator: operator}
}

// CommitBatch sends commitBatch(newRoot, timestamp, pubdata, proof) and waits for it to be mined. The proof is
// gnark's MarshalSolidity encoding. The receipt's GasUsed is the gas the commit used. A batch the contract
// rejects returns a *RevertError from gas estimation, before anything is sent.
func (s *Submitter) CommitBatch(ctx context.Context, newRoot fr.Element, timestamp uint64, pubdata, proof []byte) (*types.Receipt, error) {
	root := newRoot.BigInt(new(big.Int))
	r := s.rollup
	receipt, err := transact(ctx, r.backend, r.contract, s.operator, r.abi.PackCommitBatch(root, timestamp, pubdata, proof))
	if err != nil {
		return receipt, fmt.Errorf("l1: commit batch: %w", err)
	}
	return receipt, nil
}

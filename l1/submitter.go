package l1

import (
	"context"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/perpx/perpx/state"
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

// CommitBatch sends commitBatch(newRoot, timestamp, pubdata, withdrawals, proof) and waits for it to be mined.
// withdrawals are the L1 addresses of the batch's Withdrawal records, in order (WithdrawalAddresses), which the
// contract checks against the records' tags. The proof is gnark's MarshalSolidity encoding. The receipt's GasUsed is the gas the commit used. A batch the contract
// rejects returns a *RevertError from gas estimation, before anything is sent.
func (s *Submitter) CommitBatch(ctx context.Context, newRoot fr.Element, timestamp uint64, pubdata []byte, withdrawals []common.Address, proof []byte) (*types.Receipt, error) {
	root := newRoot.BigInt(new(big.Int))
	r := s.rollup
	receipt, err := transact(ctx, r.backend, r.contract, s.operator, r.abi.PackCommitBatch(root, timestamp, pubdata, withdrawals, proof))
	if err != nil {
		return receipt, fmt.Errorf("l1: commit batch: %w", err)
	}
	return receipt, nil
}

// WithdrawalAddresses returns the L1 addresses of a sealed batch's Withdrawal records, in order: the array
// commitBatch takes beside the compact pubdata, whose Withdrawal records carry only a tag of the address
// (docs/PROTOCOL.md §6.1).
func WithdrawalAddresses(b *state.SealedBatch) []common.Address {
	var out []common.Address
	for i := range b.Txs {
		if w := b.Txs[i].Record.Withdrawal; w != nil {
			out = append(out, common.Address(w.L1Address))
		}
	}
	return out
}

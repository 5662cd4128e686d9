package l1

import (
	"context"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/perpx/perpx/l1/bindings"
)

// Fees is the nonce and the EIP-1559 fees of a transaction the caller manages itself (an ordered submitter
// that replaces its stuck transactions).
type Fees struct {
	Nonce     uint64
	GasTipCap *big.Int
	GasFeeCap *big.Int
	GasLimit  uint64 // 0: estimated (a revert is then decoded before anything is sent)
}

// From returns the operator's address.
func (s *Submitter) From() common.Address { return s.operator.From }

// SendCommit signs and sends commitBatch with the given nonce and fees and returns the transaction without
// waiting for it; withdrawals are as CommitBatch takes them. A batch the contract rejects returns a *RevertError from gas estimation, before anything is
// sent.
func (s *Submitter) SendCommit(ctx context.Context, f Fees, newRoot fr.Element, timestamp uint64, pubdata []byte, withdrawals []common.Address, proof []byte) (*types.Transaction, error) {
	opts := *s.operator
	opts.Context = ctx
	opts.Nonce = new(big.Int).SetUint64(f.Nonce)
	opts.GasTipCap, opts.GasFeeCap, opts.GasLimit = f.GasTipCap, f.GasFeeCap, f.GasLimit
	r := s.rollup
	tx, err := bind.Transact(r.contract, &opts, r.abi.PackCommitBatch(newRoot.BigInt(new(big.Int)), timestamp, pubdata, withdrawals, proof))
	if err != nil {
		return nil, fmt.Errorf("l1: commit batch: %w", decodeRevert(err))
	}
	return tx, nil
}

// CheckProof runs the verifier at verifier on proof and the public input with a call, sending nothing: nil when
// the proof verifies, a *RevertError (the verifier's custom error) when it does not.
func CheckProof(ctx context.Context, b Backend, verifier common.Address, proof []byte, publicInput *big.Int) error {
	v := bindings.NewIVerifier()
	c := v.Instance(b, verifier)
	_, err := bind.Call(c, &bind.CallOpts{Context: ctx}, v.PackVerifyProof(proof, [1]*big.Int{publicInput}),
		func([]byte) (struct{}, error) { return struct{}{}, nil })
	if err != nil {
		return fmt.Errorf("l1: verify proof: %w", decodeRevert(err))
	}
	return nil
}

// RevertOf replays a failed transaction as a call at the block it was mined in and returns the contract's
// decoded revert, or nil when the replay succeeds (the failure was out of gas, or depends on the transaction's
// position in the block).
func RevertOf(ctx context.Context, b Backend, from common.Address, tx *types.Transaction, block *big.Int) error {
	msg := ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data()}
	if _, err := b.CallContract(ctx, msg, block); err != nil {
		return decodeRevert(err)
	}
	return nil
}

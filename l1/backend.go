package l1

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
)

// Backend is what this package needs from an Ethereum node; *ethclient.Client, simulated.Client and
// Sim.Client satisfy it.
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
	ethereum.BlockNumberReader
}

// ChainBackend is a Backend that also reads transactions by hash, as rebuilding the state from L1 data does;
// *ethclient.Client, simulated.Client and Sim.Client satisfy it.
type ChainBackend interface {
	Backend
	ethereum.TransactionReader
}

// transact sends data to c from auth, waits for the receipt and requires success.
func transact(ctx context.Context, b Backend, c *bind.BoundContract, auth *bind.TransactOpts, data []byte) (*types.Receipt, error) {
	opts := *auth
	opts.Context = ctx
	tx, err := bind.Transact(c, &opts, data)
	if err != nil {
		return nil, decodeRevert(err)
	}
	return waitSuccess(ctx, b, tx)
}

// waitSuccess waits for tx to be mined and requires status 1.
func waitSuccess(ctx context.Context, b Backend, tx *types.Transaction) (*types.Receipt, error) {
	receipt, err := bind.WaitMined(ctx, b, tx.Hash())
	if err != nil {
		return nil, fmt.Errorf("waiting for %s: %w", tx.Hash(), err)
	}
	if receipt.Status != types.ReceiptStatusSuccessful {
		return receipt, fmt.Errorf("%w: %s", ErrTxFailed, tx.Hash())
	}
	return receipt, nil
}

// call runs a read-only call against the latest block.
func call[T any](ctx context.Context, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) (T, error) {
	return callAt(&bind.CallOpts{Context: ctx}, c, data, unpack)
}

// callAt runs a read-only call with opts (which may name a block).
func callAt[T any](opts *bind.CallOpts, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := bind.Call(c, opts, data, unpack)
	if err != nil {
		return v, fmt.Errorf("l1: call: %w", decodeRevert(err))
	}
	return v, nil
}

package l1

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/perpx/perpx/l1/bindings"
)

// Token is a client of an ERC-20 collateral token; Mint works only on a TestUSDC.
type Token struct {
	backend  Backend
	abi      *bindings.TestUSDC
	contract *bind.BoundContract
}

// NewToken binds the token at address.
func NewToken(b Backend, address common.Address) *Token {
	a := bindings.NewTestUSDC()
	return &Token{backend: b, abi: a, contract: a.Instance(b, address)}
}

// Address returns the token's address.
func (t *Token) Address() common.Address { return t.contract.Address() }

// Mint creates amount TestUSDC units for to.
func (t *Token) Mint(ctx context.Context, auth *bind.TransactOpts, to common.Address, amount *big.Int) (*types.Receipt, error) {
	receipt, err := transact(ctx, t.backend, t.contract, auth, t.abi.PackMint(to, amount))
	if err != nil {
		return receipt, fmt.Errorf("l1: mint: %w", err)
	}
	return receipt, nil
}

// Approve lets spender move amount of auth.From's tokens.
func (t *Token) Approve(ctx context.Context, auth *bind.TransactOpts, spender common.Address, amount *big.Int) (*types.Receipt, error) {
	receipt, err := transact(ctx, t.backend, t.contract, auth, t.abi.PackApprove(spender, amount))
	if err != nil {
		return receipt, fmt.Errorf("l1: approve: %w", err)
	}
	return receipt, nil
}

// BalanceOf returns owner's balance.
func (t *Token) BalanceOf(ctx context.Context, owner common.Address) (*big.Int, error) {
	return call(ctx, t.contract, t.abi.PackBalanceOf(owner), t.abi.UnpackBalanceOf)
}

// Allowance returns how much of owner's tokens spender may move.
func (t *Token) Allowance(ctx context.Context, owner, spender common.Address) (*big.Int, error) {
	return call(ctx, t.contract, t.abi.PackAllowance(owner, spender), t.abi.UnpackAllowance)
}

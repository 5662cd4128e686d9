package l1

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"
)

// simTip is the priority fee of the transactions Sim.Send signs: one gwei.
const simTip = 1_000_000_000

// Send signs data to `to` from account i with gas limit gas, mines it and requires success (ErrTxFailed). When
// delegate is set the transaction is an EIP-7702 one (type 4) that first sets account i's code to a delegation
// to *delegate, self-sponsored (the authorization's nonce is the transaction's + 1); otherwise it is of type 2.
// Tests use it for operators that commit through their own delegated code.
func (s *Sim) Send(ctx context.Context, i int, to common.Address, data []byte, gas uint64, delegate *common.Address) (*types.Receipt, error) {
	from := s.Address(i)
	nonce, err := s.client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("l1: nonce of %s: %w", from, err)
	}
	h, err := s.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("l1: head: %w", err)
	}
	tip := big.NewInt(simTip)
	feeCap := new(big.Int).Add(new(big.Int).Mul(h.BaseFee, big.NewInt(2)), tip)
	chainID := big.NewInt(SimChainID)
	var inner types.TxData = &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas, To: &to, Data: data}
	if delegate != nil {
		auth, err := types.SignSetCode(s.keys[i], types.SetCodeAuthorization{ChainID: *uint256.MustFromBig(chainID),
			Address: *delegate, Nonce: nonce + 1})
		if err != nil {
			return nil, fmt.Errorf("l1: delegation: %w", err)
		}
		inner = &types.SetCodeTx{ChainID: uint256.MustFromBig(chainID), Nonce: nonce, GasTipCap: uint256.MustFromBig(tip),
			GasFeeCap: uint256.MustFromBig(feeCap), Gas: gas, To: to, Data: data, AuthList: []types.SetCodeAuthorization{auth}}
	}
	tx, err := types.SignNewTx(s.keys[i], types.LatestSignerForChainID(chainID), inner)
	if err != nil {
		return nil, fmt.Errorf("l1: sign: %w", err)
	}
	if err := s.client.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("l1: send: %w", err)
	}
	return waitSuccess(ctx, s.client, tx)
}

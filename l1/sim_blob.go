package l1

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"
)

// BlobBaseFee returns the chain's current blob base fee (simulated.Client does not expose it; its value is an
// *ethclient.Client, which does).
func (c *simClient) BlobBaseFee(ctx context.Context) (*big.Int, error) {
	r, ok := c.Client.(blobBaseFeeReader)
	if !ok {
		return nil, fmt.Errorf("l1: simulated client %T cannot read the blob base fee", c.Client)
	}
	return r.BlobBaseFee(ctx)
}

// SendBlob sends a type-3 transaction from account i (SendBlobTx) and mines it.
func (s *Sim) SendBlob(ctx context.Context, i int, t BlobTx) (*types.Receipt, error) {
	return SendBlobTx(ctx, s.client, s.keys[i], big.NewInt(SimChainID), t)
}

package prover

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/circuits"
	"github.com/perpx/perpx/circuits/testkit"
	"github.com/perpx/perpx/state"
)

// ErrBatch reports a sealed batch that is inconsistent with itself (sizes, roots, commitment inputs).
var ErrBatch = errors.New("prover: inconsistent sealed batch")

// Assign maps a sealed batch to a full assignment of circuits.BatchCircuit: the commitment computed as
// state.PublicInput from the header and pubdata, the pre-state (accounts root, markets before the market
// update, globals), the header fields, the configuration, the market update (circuits.AssignMarketUpdate) and
// one slot witness per transaction (circuits.AssignTx). Unused signature checks carry
// circuits.DummySignature, DevKey's signature of circuits.DummyMessage (DevKey is derived from the fixed seed
// circuits.DevKeySeed).
//
// Assign checks that the batch is consistent: BatchSize transactions, the header's old and new state roots
// equal to those of the pre-state (Markets) and post-state (NewMarkets), the header's config hash equal to
// Config's. It does not check the rules; a batch that breaks one yields an
// assignment the circuit rejects.
func Assign(b *state.SealedBatch) (*circuits.BatchCircuit, error) {
	if b.BatchSize <= 0 || len(b.Txs) != b.BatchSize {
		return nil, fmt.Errorf("%w: %d transactions for batch size %d", ErrBatch, len(b.Txs), b.BatchSize)
	}
	if got := state.StateRoot(b.OldAccountsRoot, &b.Markets, b.OldGlobals); !got.Equal(&b.Header.OldRoot) {
		return nil, fmt.Errorf("%w: header old root differs from the pre-state's", ErrBatch)
	}
	if got := state.StateRoot(b.NewAccountsRoot, &b.NewMarkets, b.NewGlobals); !got.Equal(&b.Header.NewRoot) {
		return nil, fmt.Errorf("%w: header new root differs from the post-state's", ErrBatch)
	}
	if b.Config.Hash() != b.Header.ConfigHash {
		return nil, fmt.Errorf("%w: header config hash differs from the configuration's", ErrBatch)
	}
	pubdata, err := b.Pubdata()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBatch, err)
	}
	c := circuits.NewBatchCircuit(b.BatchSize)
	c.Commitment = state.PublicInput(&b.Header, pubdata)
	c.OldAccountsRoot = state.BigOf(b.OldAccountsRoot)
	c.Markets = circuits.AssignMarkets(&b.Markets)
	c.OldGlobals = circuits.AssignGlobals(b.OldGlobals)
	c.BatchNumber = b.Header.BatchNumber
	c.Timestamp = b.Header.TimestampSeconds
	c.Config = circuits.AssignConfig(&b.Config)
	if c.MarketUpdate, err = circuits.AssignMarketUpdate(&b.Market); err != nil {
		return nil, fmt.Errorf("market update: %w", err)
	}
	for i := range b.Txs {
		if c.Txs[i], err = circuits.AssignTx(&b.Txs[i]); err != nil {
			return nil, fmt.Errorf("transaction %d: %w", i, err)
		}
	}
	return c, nil
}

// AssignSlot maps one transaction, applied to an accounts tree with root oldAccountsRoot at the given markets
// and batch timestamp, to a full assignment of circuits.SlotCircuit. The new accounts root is computed from
// the trace's leaves after each update, so a trace of a rejected transition yields an assignment the circuit
// rejects for the rule it breaks. A trace that cannot be represented (a missing part, a signature or key that
// does not decode, a record that does not encode) returns an error wrapping circuits.ErrTrace.
func AssignSlot(tx *state.TxTrace, oldAccountsRoot fr.Element, markets *state.Markets, timestamp uint64) (*circuits.SlotCircuit, error) {
	return testkit.AssignSlot(tx, oldAccountsRoot, markets, timestamp)
}

package sequencer

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// VerifiedProof is an account's leaf and Merkle path in the state as of the last batch the L1 contract
// verified: what escape() takes (docs/PROTOCOL.md §8), and what a user checks a balance against L1 with.
type VerifiedProof struct {
	// Batch is the last verified batch; Root its header's new root, the state root the contract stores.
	Batch uint64
	Root  fr.Element
	ID    uint32
	// Account is the leaf's preimage; Siblings the account tree's path, leaf level first.
	Account  state.Account
	Siblings [state.AccountProofLen]fr.Element
	Markets  state.Markets
	Globals  state.Globals
}

// AccountsRoot returns the account tree's root the leaf and its siblings hash up to.
func (p *VerifiedProof) AccountsRoot() fr.Element {
	return state.RootFromPath(p.Account.Hash(), uint64(p.ID), p.Siblings[:])
}

// StateRoot returns the state root the proof hashes to: H(AccountsRoot, marketsHash, globals).
func (p *VerifiedProof) StateRoot() fr.Element {
	return state.StateRoot(p.AccountsRoot(), &p.Markets, p.Globals)
}

// proof returns account id's proof in the verified state: ErrAccountID out of the tree, ErrNotVerified before
// the first verified batch is applied, ErrUnknownAccount for an account empty in that state.
func (v *verifiedState) proof(id uint32) (*VerifiedProof, error) {
	if uint64(id) >= 1<<state.AccountTreeDepth {
		return nil, fmt.Errorf("%w: %d", wire.ErrAccountID, id)
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if err := v.stopped(); err != nil {
		return nil, err
	}
	if v.batch == 0 {
		return nil, wire.ErrNotVerified
	}
	a, err := v.tree.Account(id)
	if err != nil {
		return nil, fmt.Errorf("sequencer: verified state: account %d: %w", id, err)
	}
	if a.IsEmpty() {
		return nil, fmt.Errorf("%w: %d as of verified batch %d", wire.ErrUnknownAccount, id, v.batch)
	}
	sib, err := v.tree.AccountProof(id)
	if err != nil {
		return nil, fmt.Errorf("sequencer: verified state: account %d: %w", id, err)
	}
	p := &VerifiedProof{Batch: v.batch, Root: v.tree.Root(), ID: id, Account: a, Siblings: sib,
		Markets: v.tree.Markets(), Globals: v.tree.Globals()}
	if got := p.StateRoot(); got != p.Root {
		return nil, fmt.Errorf("%w: account %d's path hashes to %s, the tree's root is %s", wire.ErrVerifiedDiverged, id, got.String(), p.Root.String())
	}
	return p, nil
}

// status returns the last applied batch and why the follower stopped, if it did, without waiting for the
// batches marked verified or for a batch being replayed.
func (v *verifiedState) status() (uint64, error) {
	if err := v.failure.Load(); err != nil {
		return v.applied.Load(), fmt.Errorf("%w: %w", wire.ErrVerifiedUnavailable, *err)
	}
	return v.applied.Load(), nil
}

// VerifiedAccountProof returns account id's leaf and Merkle path against the root of the last batch the L1
// contract verified (the batches marked L1Verified through SetBatchStatus, in order). It does not wait for
// the service's lock; it waits while the follower applies a batch.
func (s *Service) VerifiedAccountProof(id uint32) (*VerifiedProof, error) {
	return s.verified.proof(id)
}

// SyncVerified waits until the verified state has applied every batch marked L1Verified before the call (as
// far as they are contiguous from batch 1) and returns the last batch it applied (0: none yet), or why it
// stopped.
func (s *Service) SyncVerified() (uint64, error) {
	return s.verified.sync()
}

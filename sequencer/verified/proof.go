package verified

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// Proof is an account's leaf and Merkle path in the state as of the last batch the L1 contract
// verified: what escape() takes (docs/PROTOCOL.md §8), and what a user checks a balance against L1 with.
type Proof struct {
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
func (p *Proof) AccountsRoot() fr.Element {
	return state.RootFromPath(p.Account.Hash(), uint64(p.ID), p.Siblings[:])
}

// StateRoot returns the state root the proof hashes to: H(AccountsRoot, marketsHash, globals).
func (p *Proof) StateRoot() fr.Element {
	return state.StateRoot(p.AccountsRoot(), &p.Markets, p.Globals)
}

// Proof returns account id's proof in the verified state: ErrAccountID out of the tree, ErrNotVerified before
// the first verified batch is applied, ErrUnknownAccount for an account empty in that state.
func (v *Follower) Proof(id uint32) (*Proof, error) {
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
	p := &Proof{Batch: v.batch, Root: v.tree.Root(), ID: id, Account: a, Siblings: sib,
		Markets: v.tree.Markets(), Globals: v.tree.Globals()}
	if got := p.StateRoot(); got != p.Root {
		return nil, fmt.Errorf("%w: account %d's path hashes to %s, the tree's root is %s", wire.ErrVerifiedDiverged, id, got.String(), p.Root.String())
	}
	return p, nil
}

// Status returns the last applied batch and why the follower stopped, if it did, without waiting for the
// batches marked verified or for a batch being replayed.
func (v *Follower) Status() (uint64, error) {
	if err := v.failure.Load(); err != nil {
		return v.applied.Load(), fmt.Errorf("%w: %w", wire.ErrVerifiedUnavailable, *err)
	}
	return v.applied.Load(), nil
}

// Checkpoint writes a Pebble checkpoint of the verified state to dir and returns the batch it is at: a copy
// that perpx stress loads while the service runs. It fails with wire.ErrNotVerified before the first verified
// batch, and with wire.ErrVerifiedUnavailable once the follower stopped.
func (v *Follower) Checkpoint(dir string) (uint64, error) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.err != nil {
		return 0, fmt.Errorf("%w: %w", wire.ErrVerifiedUnavailable, v.err)
	}
	if v.tree == nil {
		return 0, wire.ErrNotVerified
	}
	if err := v.tree.Checkpoint(dir); err != nil {
		return 0, err
	}
	return v.batch, nil
}

package state

import (
	"errors"
	"fmt"
)

// ErrStaleSavepoint reports a savepoint taken before the last Commit or Discard, or already rolled past.
var ErrStaleSavepoint = errors.New("state: stale savepoint")

// undo records the overlay value a write replaced, so that RollbackTo can restore it.
type undo[K comparable, V any] struct {
	key  K
	prev V
	had  bool
}

// Savepoint marks a point among the uncommitted writes of a tree. The sequencer takes one before each
// transaction and rolls back to it when the transaction is rejected midway, keeping the batch's earlier
// transactions pending. A savepoint is valid until the next Commit or Discard.
type Savepoint struct {
	epoch                  uint64
	nodes, slots, accounts int
	cur                    snapshot
}

// Savepoint returns a savepoint at the current pending state.
func (t *Tree) Savepoint() Savepoint {
	t.mu.Lock()
	defer t.mu.Unlock()
	return Savepoint{
		epoch:    t.epoch,
		nodes:    len(t.nodeUndo),
		slots:    len(t.slotUndo),
		accounts: len(t.accountUndo),
		cur:      t.cur,
	}
}

// RollbackTo drops every write made after sp was taken. It fails with ErrStaleSavepoint if a Commit or
// Discard happened since, or if the tree was already rolled back to an earlier savepoint.
func (t *Tree) RollbackTo(sp Savepoint) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.usable(); err != nil {
		return err
	}
	if sp.epoch != t.epoch || sp.nodes > len(t.nodeUndo) || sp.slots > len(t.slotUndo) ||
		sp.accounts > len(t.accountUndo) {
		return fmt.Errorf("%w: epoch %d, tree epoch %d", ErrStaleSavepoint, sp.epoch, t.epoch)
	}
	t.nodeUndo = rollback(t.nodes, t.nodeUndo, sp.nodes)
	t.slotUndo = rollback(t.slots, t.slotUndo, sp.slots)
	t.accountUndo = rollback(t.accounts, t.accountUndo, sp.accounts)
	t.cur = sp.cur
	return nil
}

// rollback undoes the journal entries from n on, newest first, and returns the shortened journal.
func rollback[K comparable, V any](m map[K]V, journal []undo[K, V], n int) []undo[K, V] {
	for i := len(journal) - 1; i >= n; i-- {
		u := journal[i]
		if u.had {
			m[u.key] = u.prev
		} else {
			delete(m, u.key)
		}
	}
	return journal[:n]
}

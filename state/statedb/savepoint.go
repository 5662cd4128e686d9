package statedb

import (
	"errors"
	"fmt"
	"slices"
	"sync/atomic"
)

// ErrStaleSavepoint reports a savepoint that is no longer live (see Savepoint).
var ErrStaleSavepoint = errors.New("statedb: stale savepoint")

// savepointSerial numbers savepoints uniquely within the process, so that a savepoint of one tree (or of an
// earlier opening of the same directory) is never live in another.
var savepointSerial atomic.Uint64

// undo records the overlay value a write replaced, so that RollbackTo can restore it.
type undo[K comparable, V any] struct {
	key  K
	prev V
	had  bool
}

// Savepoint marks a point among the uncommitted writes of a tree. The sequencer takes one before each
// transaction and rolls back to it when the transaction is rejected midway, keeping the batch's earlier
// transactions pending. A savepoint is live until the next Commit or Discard, or until a rollback to a
// savepoint taken before it.
type Savepoint struct {
	serial                 uint64
	nodes, slots, accounts int
	cur                    snapshot
}

// Savepoint returns a savepoint at the current pending state.
func (t *Tree) Savepoint() Savepoint {
	t.mu.Lock()
	defer t.mu.Unlock()
	serial := savepointSerial.Add(1)
	t.savepoints = append(t.savepoints, serial)
	return Savepoint{
		serial:   serial,
		nodes:    len(t.nodeUndo),
		slots:    len(t.slotUndo),
		accounts: len(t.accountUndo),
		cur:      t.cur,
	}
}

// RollbackTo drops every write made after sp was taken; sp stays live and the savepoints taken after it die.
// It fails with ErrStaleSavepoint if sp is not live.
func (t *Tree) RollbackTo(sp Savepoint) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.usable(); err != nil {
		return err
	}
	i, live := slices.BinarySearch(t.savepoints, sp.serial)
	if !live {
		return fmt.Errorf("%w: savepoint %d", ErrStaleSavepoint, sp.serial)
	}
	t.savepoints = t.savepoints[:i+1]
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

package statedb

import (
	"fmt"
	"maps"
	"slices"

	"github.com/cockroachdb/pebble/v2"
)

// Checkpoint writes a Pebble checkpoint of the tree's committed state (as of the last Commit; pending writes
// are not in it) to dir, which must not exist. The checkpoint is a database of its own that Open reads: a
// consistent copy of a live tree for tools that must never touch the live files (perpx stress). Its files are
// hard links where the file system allows them, so it costs little space until the live tree compacts.
func (t *Tree) Checkpoint(dir string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.usable(); err != nil {
		return err
	}
	err := guard(func() error { return t.db.Checkpoint(dir, pebble.WithFlushedWAL()) })
	if err != nil {
		return fmt.Errorf("statedb: checkpoint to %q: %w", dir, err)
	}
	return nil
}

// AccountIDs returns, in increasing order, the id of every account that is not empty: the committed accounts
// and the pending writes. It reads every account key, so its cost grows with the number of accounts, not
// with the highest id.
func (t *Tree) AccountIDs() ([]uint32, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.usable(); err != nil {
		return nil, err
	}
	ids := make(map[uint32]bool)
	err := guard(func() error {
		it, err := t.db.NewIter(&pebble.IterOptions{LowerBound: []byte{prefixAccount}, UpperBound: []byte{prefixAccount + 1}})
		if err != nil {
			return err
		}
		for it.First(); it.Valid(); it.Next() {
			k := it.Key()
			if len(k) != 5 {
				return fmt.Errorf("%w: account key %x", ErrCorrupt, k)
			}
			ids[uint32(k[1])<<24|uint32(k[2])<<16|uint32(k[3])<<8|uint32(k[4])] = true
		}
		return it.Close()
	})
	if err != nil {
		return nil, fmt.Errorf("statedb: list accounts: %w", err)
	}
	for id, a := range t.accounts {
		ids[id] = !a.IsEmpty()
	}
	out := slices.Sorted(maps.Keys(ids))
	return slices.DeleteFunc(out, func(id uint32) bool { return !ids[id] }), nil
}

package checkpoint

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble/v2"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
)

// RetiredNonces remembers, per (account, slot), the highest nonce of an order that is finished: removed from a
// book for any reason, or admitted without resting. Admission refuses an order whose nonce is at most it, so a
// cancelled, replaced or expired order's signed body, sent again by a retrying client or anyone who saw it,
// never rests or fills again. A slot's nonce in the tree only ever grows, so a client's next order in that
// slot signs a higher nonce anyway.
//
// It follows from the input log (a replay retires the same orders in the same order), and checkpoints persist
// it under wal.KeyRetiredNonce. It holds one entry per (account, slot) ever used, like the tree's order slots.
type RetiredNonces struct {
	m     map[slotKey]uint32
	dirty map[slotKey]struct{}
}

// slotKey names an order slot of an account.
type slotKey struct {
	account uint32
	slot    uint16
}

// NewRetiredNonces returns an empty set.
func NewRetiredNonces() RetiredNonces {
	return RetiredNonces{m: make(map[slotKey]uint32), dirty: make(map[slotKey]struct{})}
}

// Retire records that the order (account, slot, nonce) is finished.
func (r *RetiredNonces) Retire(account uint32, slot uint16, nonce uint32) {
	k := slotKey{account, slot}
	if cur, ok := r.m[k]; ok && cur >= nonce {
		return
	}
	r.m[k] = nonce
	r.dirty[k] = struct{}{}
}

// Check returns ErrOrderRetired if the order (account, slot, nonce) may not be placed again.
func (r *RetiredNonces) Check(account uint32, slot uint16, nonce uint32) error {
	if cur, ok := r.m[slotKey{account, slot}]; ok && nonce <= cur {
		return fmt.Errorf("%w: account %d, slot %d, nonce %d (retired up to %d)", wire.ErrOrderRetired, account, slot, nonce, cur)
	}
	return nil
}

func retiredKey(k slotKey) []byte {
	return binary.BigEndian.AppendUint16(binary.BigEndian.AppendUint32([]byte{wal.KeyRetiredNonce}, k.account), k.slot)
}

// Persist writes the entries changed since the last persisted call.
func (r *RetiredNonces) Persist(b *pebble.Batch) error {
	var errs []error
	for k := range r.dirty {
		errs = append(errs, b.Set(retiredKey(k), binary.BigEndian.AppendUint32(nil, r.m[k]), nil))
	}
	return errors.Join(errs...)
}

// Persisted marks every change as written.
func (r *RetiredNonces) Persisted() { clear(r.dirty) }

// Load reads the persisted entries.
func (r *RetiredNonces) Load(db *pebble.DB) error {
	it, err := db.NewIter(&pebble.IterOptions{LowerBound: []byte{wal.KeyRetiredNonce}, UpperBound: []byte{wal.KeyRetiredNonce + 1}})
	if err != nil {
		return fmt.Errorf("sequencer: load retired nonces: %w", err)
	}
	defer it.Close()
	for it.First(); it.Valid(); it.Next() {
		key, v := it.Key(), it.Value()
		if len(key) != 7 || len(v) != 4 {
			return fmt.Errorf("%w: retired nonce %x", wal.ErrLogCorrupt, key)
		}
		r.m[slotKey{binary.BigEndian.Uint32(key[1:]), binary.BigEndian.Uint16(key[5:])}] = binary.BigEndian.Uint32(v)
	}
	return it.Error()
}

// Len returns the number of order slots with a retired nonce.
func (r *RetiredNonces) Len() int { return len(r.m) }

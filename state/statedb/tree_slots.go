package state

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// slotNode returns a node of an order-slot tree: overlay, then cache, then Pebble, where an absent node is the
// empty subtree of its level.
func (t *Tree) slotNode(k slotKey) (fr.Element, error) {
	if v, ok := t.slots[k]; ok {
		return v, nil
	}
	if v, ok := t.slotCache.get(k); ok {
		return v, nil
	}
	v, err := t.getWord(k.bytes(), EmptySlotNodes()[k.level])
	if err != nil {
		return v, err
	}
	t.slotCache.put(k, v)
	return v, nil
}

// slotSiblings returns the siblings of the path of a slot of account id, leaf level first, three per level.
func (t *Tree) slotSiblings(id uint32, slot uint16) ([SlotProofLen]fr.Element, error) {
	var sib [SlotProofLen]fr.Element
	for l := range SlotTreeLevels {
		first, pos := slot>>(2*l)&^(TreeArity-1), slot>>(2*l)&(TreeArity-1)
		k := (TreeArity - 1) * l
		for j := range uint16(TreeArity) {
			if j == pos {
				continue
			}
			var err error
			if sib[k], err = t.slotNode(slotKey{account: id, level: uint8(l), index: first | j}); err != nil {
				return sib, err
			}
			k++
		}
	}
	return sib, nil
}

// checkSlotArgs checks an account id and a slot index.
func (t *Tree) checkSlotArgs(id uint32, slot uint16) error {
	if err := t.usable(); err != nil {
		return err
	}
	if err := checkAccountID(id); err != nil {
		return err
	}
	return checkSlotIndex(slot)
}

// Slot returns an order slot of account id; a slot never written is the zero Slot.
func (t *Tree) Slot(id uint32, slot uint16) (Slot, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.checkSlotArgs(id, slot); err != nil {
		return Slot{}, err
	}
	w, err := t.slotNode(slotKey{account: id, index: slot})
	if err != nil {
		return Slot{}, err
	}
	s, err := SlotFromWord(w)
	if err != nil {
		return Slot{}, fmt.Errorf("%w: account %d slot %d: %w", ErrCorrupt, id, slot, err)
	}
	return s, nil
}

// SlotProof returns the siblings of the path of a slot in the current slot tree of account id, leaf level
// first; VerifySlotProof checks them against the account's SlotRoot.
func (t *Tree) SlotProof(id uint32, slot uint16) ([SlotProofLen]fr.Element, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.checkSlotArgs(id, slot); err != nil {
		return [SlotProofLen]fr.Element{}, err
	}
	return t.slotSiblings(id, slot)
}

// SetSlot writes an order slot of account id and returns the new root of the account's slot tree. It does not
// touch the account leaf: the caller sets Account.SlotRoot to the returned root and calls SetAccount before
// Commit, which otherwise fails with ErrSlotRootMismatch.
func (t *Tree) SetSlot(id uint32, slot uint16, s Slot) (newSlotRoot fr.Element, err error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.checkSlotArgs(id, slot); err != nil {
		return fr.Element{}, err
	}
	sib, err := t.slotSiblings(id, slot)
	if err != nil {
		return fr.Element{}, err
	}
	h := s.Word()
	t.putSlot(slotKey{account: id, index: slot}, h)
	for l := range SlotTreeLevels {
		h = Compress4(Children(h, int(slot>>(2*l)&(TreeArity-1)), sib[(TreeArity-1)*l:]))
		t.putSlot(slotKey{account: id, level: uint8(l + 1), index: slot >> (2 * (l + 1))}, h)
	}
	return h, nil
}

func (t *Tree) putSlot(k slotKey, v fr.Element) {
	prev, had := t.slots[k]
	t.slotUndo = append(t.slotUndo, undo[slotKey, fr.Element]{key: k, prev: prev, had: had})
	t.slots[k] = v
}

package statedb

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/state"
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
	v, err := t.getWord(k.bytes(), state.EmptySlotNodes()[k.level])
	if err != nil {
		return v, err
	}
	t.slotCache.put(k, v)
	return v, nil
}

// slotSiblings returns the siblings of the path of a slot of account id, leaf level first, three per level.
func (t *Tree) slotSiblings(id uint32, slot uint16) ([state.SlotProofLen]fr.Element, error) {
	var sib [state.SlotProofLen]fr.Element
	for l := range state.SlotTreeLevels {
		first, pos := slot>>(2*l)&^(state.TreeArity-1), slot>>(2*l)&(state.TreeArity-1)
		k := (state.TreeArity - 1) * l
		for j := range uint16(state.TreeArity) {
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
	if err := state.CheckAccountID(id); err != nil {
		return err
	}
	return state.CheckSlotIndex(slot)
}

// Slot returns an order slot of account id; a slot never written is the zero Slot.
func (t *Tree) Slot(id uint32, slot uint16) (state.Slot, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.checkSlotArgs(id, slot); err != nil {
		return state.Slot{}, err
	}
	w, err := t.slotNode(slotKey{account: id, index: slot})
	if err != nil {
		return state.Slot{}, err
	}
	s, err := state.SlotFromWord(w)
	if err != nil {
		return state.Slot{}, fmt.Errorf("%w: account %d slot %d: %w", ErrCorrupt, id, slot, err)
	}
	return s, nil
}

// SlotProof returns the siblings of the path of a slot in the current slot tree of account id, leaf level
// first; VerifySlotProof checks them against the account's SlotRoot.
func (t *Tree) SlotProof(id uint32, slot uint16) ([state.SlotProofLen]fr.Element, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.checkSlotArgs(id, slot); err != nil {
		return [state.SlotProofLen]fr.Element{}, err
	}
	return t.slotSiblings(id, slot)
}

// SetSlot writes an order slot of account id and returns the new root of the account's slot tree. It does not
// touch the account leaf: the caller sets Account.SlotRoot to the returned root and calls SetAccount before
// Commit, which otherwise fails with ErrSlotRootMismatch.
func (t *Tree) SetSlot(id uint32, slot uint16, s state.Slot) (newSlotRoot fr.Element, err error) {
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
	for l := range state.SlotTreeLevels {
		h = state.Compress4(state.Children(h, int(slot>>(2*l)&(state.TreeArity-1)), sib[(state.TreeArity-1)*l:]))
		t.putSlot(slotKey{account: id, level: uint8(l + 1), index: slot >> (2 * (l + 1))}, h)
	}
	return h, nil
}

func (t *Tree) putSlot(k slotKey, v fr.Element) {
	prev, had := t.slots[k]
	t.slotUndo = append(t.slotUndo, undo[slotKey, fr.Element]{key: k, prev: prev, had: had})
	t.slots[k] = v
}

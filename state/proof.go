package state

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// CheckAccountID returns an error wrapping ErrOutOfRange if id is not an index of the account tree.
func CheckAccountID(id uint32) error {
	if id >= 1<<AccountTreeDepth {
		return fmt.Errorf("%w: account id %d", ErrOutOfRange, id)
	}
	return nil
}

// CheckSlotIndex returns an error wrapping ErrOutOfRange if slot is not an index of an order-slot tree.
func CheckSlotIndex(slot uint16) error {
	if slot >= 1<<SlotTreeDepth {
		return fmt.Errorf("%w: slot %d", ErrOutOfRange, slot)
	}
	return nil
}

// VerifyAccountProof reports whether account a is the leaf at index id of the account tree with the given
// root, with siblings as returned by statedb.Tree.AccountProof (leaf level first). An account that fails
// Account.Validate, or an id outside the tree, never verifies.
func VerifyAccountProof(root fr.Element, id uint32, a Account, siblings [AccountProofLen]fr.Element) bool {
	if CheckAccountID(id) != nil || a.Validate() != nil {
		return false
	}
	return RootFromPath(a.Hash(), uint64(id), siblings[:]) == root
}

// VerifySlotProof reports whether s is the order slot at index slot of the slot tree with root slotRoot (an
// Account.SlotRoot), with siblings as returned by statedb.Tree.SlotProof (leaf level first). A slot index
// outside the tree never verifies.
func VerifySlotProof(slotRoot fr.Element, slot uint16, s Slot, siblings [SlotProofLen]fr.Element) bool {
	if CheckSlotIndex(slot) != nil {
		return false
	}
	return RootFromPath(s.Word(), uint64(slot), siblings[:]) == slotRoot
}

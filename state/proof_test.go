package state

import (
	"errors"
	"testing"
)

// TestCheckIndices checks the tree index bounds at their limit and one past it.
func TestCheckIndices(t *testing.T) {
	if err := CheckAccountID(1<<AccountTreeDepth - 1); err != nil {
		t.Fatalf("last account id: %v", err)
	}
	if err := CheckAccountID(1 << AccountTreeDepth); !errors.Is(err, ErrOutOfRange) {
		t.Fatalf("account id 2^AccountTreeDepth: %v, want ErrOutOfRange", err)
	}
	if err := CheckSlotIndex(1<<SlotTreeDepth - 1); err != nil {
		t.Fatalf("last slot: %v", err)
	}
	if err := CheckSlotIndex(1 << SlotTreeDepth); !errors.Is(err, ErrOutOfRange) {
		t.Fatalf("slot 2^SlotTreeDepth: %v, want ErrOutOfRange", err)
	}
}

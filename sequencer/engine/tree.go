package engine

import (
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// Tree is the part of *statedb.Tree the sequencer uses. Changes are pending until Commit (one durable Pebble
// batch); reads see pending changes.
type Tree interface {
	Account(id uint32) (state.Account, error)
	AccountProof(id uint32) ([state.AccountProofLen]fr.Element, error)
	SetAccount(id uint32, a state.Account) error
	Slot(id uint32, slot uint16) (state.Slot, error)
	SlotProof(id uint32, slot uint16) ([state.SlotProofLen]fr.Element, error)
	SetSlot(id uint32, slot uint16, s state.Slot) (fr.Element, error)
	AccountsRoot() fr.Element
	Markets() state.Markets
	// SetMarkets replaces the markets table (the market update at the start of a batch).
	SetMarkets(state.Markets) error
	Globals() state.Globals
	SetGlobals(state.Globals)
	Root() fr.Element
	Commit() error
	// Savepoint and RollbackTo undo writes: an engine transition rejected after it started writing, and a
	// fill-or-kill order whose fills are rejected midway.
	Savepoint() statedb.Savepoint
	RollbackTo(statedb.Savepoint) error
}

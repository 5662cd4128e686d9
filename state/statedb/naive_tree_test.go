package statedb

import (
	"maps"
	"slices"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/state"
)

// naiveTree is the reference the Tree is tested against: plain maps of the written accounts and slots, with
// every root and proof recomputed from scratch by hashing up from the written leaves. It shares only Compress
// and the leaf encodings with the Tree (memoized, to keep the tests fast); empty subtrees, paths, overlays,
// savepoints and persistence are all modelled independently.
type naiveTree struct {
	memo      map[[state.TreeArity]fr.Element]fr.Element
	leafMemo  map[state.Account]fr.Element
	emptyAcct []fr.Element
	emptySlot []fr.Element

	pending, committed naiveState
	savepoints         []naiveSavepoint
	serial             uint64
}

type naiveState struct {
	accounts    map[uint32]state.Account
	slots       map[uint32]map[uint16]state.Slot
	markets     state.Markets
	globals     state.Globals
	numAccounts uint32
}

type naiveSavepoint struct {
	serial uint64
	state  naiveState
}

func newNaiveTree() *naiveTree {
	n := &naiveTree{memo: make(map[[state.TreeArity]fr.Element]fr.Element), leafMemo: make(map[state.Account]fr.Element)}
	n.pending = naiveState{accounts: map[uint32]state.Account{}, slots: map[uint32]map[uint16]state.Slot{}}
	n.committed = n.pending.clone()
	empty := state.Account{SlotRoot: n.emptyRoot(state.SlotTreeLevels, fr.Element{})}
	n.emptySlot = n.emptyLevels(state.SlotTreeLevels, fr.Element{})
	n.emptyAcct = n.emptyLevels(state.AccountTreeLevels, state.Hash4(empty.Words()...))
	return n
}

func (s naiveState) clone() naiveState {
	c := s
	c.accounts = maps.Clone(s.accounts)
	c.slots = make(map[uint32]map[uint16]state.Slot, len(s.slots))
	for id, m := range s.slots {
		c.slots[id] = maps.Clone(m)
	}
	return c
}

func (n *naiveTree) compress4(c [state.TreeArity]fr.Element) fr.Element {
	if v, ok := n.memo[c]; ok {
		return v
	}
	v := state.Compress4(c)
	n.memo[c] = v
	return v
}

func (n *naiveTree) hash(words ...fr.Element) fr.Element {
	var h fr.Element
	for _, w := range words {
		h = state.Compress(h, w)
	}
	return h
}

func (n *naiveTree) emptyLevels(depth int, leaf fr.Element) []fr.Element {
	e := []fr.Element{leaf}
	for len(e) <= depth {
		x := e[len(e)-1]
		e = append(e, n.compress4([state.TreeArity]fr.Element{x, x, x, x}))
	}
	return e
}

func (n *naiveTree) emptyRoot(depth int, leaf fr.Element) fr.Element {
	return n.emptyLevels(depth, leaf)[depth]
}

// levels hashes a tree up from its written leaves and returns the nodes of every level that has a written
// leaf below it; other nodes are the empty subtrees.
func (n *naiveTree) levels(leaves map[uint64]fr.Element, empty []fr.Element) []map[uint64]fr.Element {
	lv := []map[uint64]fr.Element{leaves}
	for l := 1; l < len(empty); l++ {
		below, level := lv[l-1], map[uint64]fr.Element{}
		for i := range below {
			p := i / state.TreeArity
			if _, ok := level[p]; !ok {
				var c [state.TreeArity]fr.Element
				for j := range uint64(state.TreeArity) {
					c[j] = naiveGet(below, state.TreeArity*p+j, empty[l-1])
				}
				level[p] = n.compress4(c)
			}
		}
		lv = append(lv, level)
	}
	return lv
}

func naiveGet(m map[uint64]fr.Element, i uint64, empty fr.Element) fr.Element {
	if v, ok := m[i]; ok {
		return v
	}
	return empty
}

func (n *naiveTree) siblings(lv []map[uint64]fr.Element, empty []fr.Element, index uint64) []fr.Element {
	var s []fr.Element
	for l := range len(empty) - 1 {
		for j := range uint64(state.TreeArity) {
			if i := index>>(2*l)&^3 | j; i != index>>(2*l) {
				s = append(s, naiveGet(lv[l], i, empty[l]))
			}
		}
	}
	return s
}

func (n *naiveTree) slotLevels(id uint32) []map[uint64]fr.Element {
	leaves := map[uint64]fr.Element{}
	for i, s := range n.pending.slots[id] {
		leaves[uint64(i)] = s.Word()
	}
	return n.levels(leaves, n.emptySlot)
}

func (n *naiveTree) slotRoot(id uint32) fr.Element {
	return naiveGet(n.slotLevels(id)[state.SlotTreeLevels], 0, n.emptySlot[state.SlotTreeLevels])
}

func (n *naiveTree) leaf(a state.Account) fr.Element {
	if v, ok := n.leafMemo[a]; ok {
		return v
	}
	v := state.Hash4(a.Words()...)
	n.leafMemo[a] = v
	return v
}

func (n *naiveTree) accountLevels() []map[uint64]fr.Element {
	leaves := map[uint64]fr.Element{}
	for id, a := range n.pending.accounts {
		leaves[uint64(id)] = n.leaf(a)
	}
	return n.levels(leaves, n.emptyAcct)
}

func (n *naiveTree) accountsRoot() fr.Element {
	return naiveGet(n.accountLevels()[state.AccountTreeLevels], 0, n.emptyAcct[state.AccountTreeLevels])
}

func (n *naiveTree) root() fr.Element {
	var mw []fr.Element
	for i := range n.pending.markets {
		w := n.pending.markets[i].Words()
		mw = append(mw, w[0], w[1])
	}
	return n.hash(n.accountsRoot(), n.hash(mw...), n.pending.globals.Word())
}

func (n *naiveTree) account(id uint32) state.Account {
	if a, ok := n.pending.accounts[id]; ok {
		return a
	}
	return state.Account{SlotRoot: n.emptySlot[state.SlotTreeLevels]}
}

func (n *naiveTree) accountProof(id uint32) []fr.Element {
	return n.siblings(n.accountLevels(), n.emptyAcct, uint64(id))
}

func (n *naiveTree) slotProof(id uint32, slot uint16) []fr.Element {
	return n.siblings(n.slotLevels(id), n.emptySlot, uint64(slot))
}

// setAccount returns the error class the Tree must return: nil, ErrOutOfRange or ErrSlotRootMismatch.
func (n *naiveTree) setAccount(id uint32, a state.Account) error {
	switch {
	case id >= 1<<state.AccountTreeDepth || a.Validate() != nil:
		return state.ErrOutOfRange
	case a.SlotRoot != n.slotRoot(id):
		return ErrSlotRootMismatch
	}
	n.pending.accounts[id] = a
	n.pending.numAccounts = max(n.pending.numAccounts, id+1)
	return nil
}

func (n *naiveTree) setSlot(id uint32, slot uint16, s state.Slot) (fr.Element, error) {
	if id >= 1<<state.AccountTreeDepth || slot >= 1<<state.SlotTreeDepth {
		return fr.Element{}, state.ErrOutOfRange
	}
	if n.pending.slots[id] == nil {
		n.pending.slots[id] = map[uint16]state.Slot{}
	}
	n.pending.slots[id][slot] = s
	return n.slotRoot(id), nil
}

// commit fails when some account's SlotRoot is not its slot tree's root. Committed states are consistent,
// so checking every account is the same as checking the ones with pending slot writes.
func (n *naiveTree) commit() error {
	for _, id := range slices.Sorted(maps.Keys(n.pending.slots)) {
		if n.account(id).SlotRoot != n.slotRoot(id) {
			return ErrSlotRootMismatch
		}
	}
	n.committed = n.pending.clone()
	n.savepoints = nil
	return nil
}

func (n *naiveTree) discard() {
	n.pending = n.committed.clone()
	n.savepoints = nil
}

func (n *naiveTree) savepoint() uint64 {
	n.serial++
	n.savepoints = append(n.savepoints, naiveSavepoint{serial: n.serial, state: n.pending.clone()})
	return n.serial
}

// rollbackTo restores the state of a live savepoint; the savepoints taken after it die.
func (n *naiveTree) rollbackTo(serial uint64) error {
	for i, sp := range n.savepoints {
		if sp.serial == serial {
			n.pending = sp.state.clone()
			n.savepoints = n.savepoints[:i+1]
			return nil
		}
	}
	return ErrStaleSavepoint
}

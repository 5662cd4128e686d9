package state

import (
	"errors"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// naiveTree is the reference tree of this package's tests (the paths of PatchPath, the state of the vectors):
// plain maps of the written accounts and slots, with every root and proof recomputed from scratch by hashing
// up from the written leaves. It shares only Compress and the leaf encodings with the rest of the package
// (memoized, to keep the tests fast). statedb's tests hold the full model, with commits and savepoints, that
// its Tree is tested against.
type naiveTree struct {
	memo      map[[TreeArity]fr.Element]fr.Element
	leafMemo  map[Account]fr.Element
	emptyAcct []fr.Element
	emptySlot []fr.Element

	pending naiveState
}

type naiveState struct {
	accounts    map[uint32]Account
	slots       map[uint32]map[uint16]Slot
	markets     Markets
	globals     Globals
	numAccounts uint32
}

// errNaiveSlotRoot reports an account written with a SlotRoot that is not its slot tree's root.
var errNaiveSlotRoot = errors.New("naive tree: account slot root does not match its slot tree")

func newNaiveTree() *naiveTree {
	n := &naiveTree{memo: make(map[[TreeArity]fr.Element]fr.Element), leafMemo: make(map[Account]fr.Element)}
	n.pending = naiveState{accounts: map[uint32]Account{}, slots: map[uint32]map[uint16]Slot{}}
	empty := Account{SlotRoot: n.emptyRoot(SlotTreeLevels, fr.Element{})}
	n.emptySlot = n.emptyLevels(SlotTreeLevels, fr.Element{})
	n.emptyAcct = n.emptyLevels(AccountTreeLevels, Hash4(empty.Words()...))
	return n
}

func (n *naiveTree) compress4(c [TreeArity]fr.Element) fr.Element {
	if v, ok := n.memo[c]; ok {
		return v
	}
	v := Compress4(c)
	n.memo[c] = v
	return v
}

func (n *naiveTree) hash(words ...fr.Element) fr.Element {
	var h fr.Element
	for _, w := range words {
		h = Compress(h, w)
	}
	return h
}

func (n *naiveTree) emptyLevels(depth int, leaf fr.Element) []fr.Element {
	e := []fr.Element{leaf}
	for len(e) <= depth {
		x := e[len(e)-1]
		e = append(e, n.compress4([TreeArity]fr.Element{x, x, x, x}))
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
			p := i / TreeArity
			if _, ok := level[p]; !ok {
				var c [TreeArity]fr.Element
				for j := range uint64(TreeArity) {
					c[j] = naiveGet(below, TreeArity*p+j, empty[l-1])
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
		for j := range uint64(TreeArity) {
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
	return naiveGet(n.slotLevels(id)[SlotTreeLevels], 0, n.emptySlot[SlotTreeLevels])
}

func (n *naiveTree) leaf(a Account) fr.Element {
	if v, ok := n.leafMemo[a]; ok {
		return v
	}
	v := Hash4(a.Words()...)
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
	return naiveGet(n.accountLevels()[AccountTreeLevels], 0, n.emptyAcct[AccountTreeLevels])
}

func (n *naiveTree) root() fr.Element {
	var mw []fr.Element
	for i := range n.pending.markets {
		w := n.pending.markets[i].Words()
		mw = append(mw, w[0], w[1])
	}
	return n.hash(n.accountsRoot(), n.hash(mw...), n.pending.globals.Word())
}

func (n *naiveTree) account(id uint32) Account {
	if a, ok := n.pending.accounts[id]; ok {
		return a
	}
	return Account{SlotRoot: n.emptySlot[SlotTreeLevels]}
}

func (n *naiveTree) accountProof(id uint32) []fr.Element {
	return n.siblings(n.accountLevels(), n.emptyAcct, uint64(id))
}

func (n *naiveTree) slotProof(id uint32, slot uint16) []fr.Element {
	return n.siblings(n.slotLevels(id), n.emptySlot, uint64(slot))
}

// setAccount returns the error class the Tree must return: nil, ErrOutOfRange or ErrSlotRootMismatch.
func (n *naiveTree) setAccount(id uint32, a Account) error {
	switch {
	case id >= 1<<AccountTreeDepth || a.Validate() != nil:
		return ErrOutOfRange
	case a.SlotRoot != n.slotRoot(id):
		return errNaiveSlotRoot
	}
	n.pending.accounts[id] = a
	n.pending.numAccounts = max(n.pending.numAccounts, id+1)
	return nil
}

func (n *naiveTree) setSlot(id uint32, slot uint16, s Slot) (fr.Element, error) {
	if id >= 1<<AccountTreeDepth || slot >= 1<<SlotTreeDepth {
		return fr.Element{}, ErrOutOfRange
	}
	if n.pending.slots[id] == nil {
		n.pending.slots[id] = map[uint16]Slot{}
	}
	n.pending.slots[id][slot] = s
	return n.slotRoot(id), nil
}

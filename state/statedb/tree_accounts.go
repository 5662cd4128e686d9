package statedb

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/state"
)

// accountsRootKey names the root of the account tree.
var accountsRootKey = nodeKey{level: state.AccountTreeLevels}

// pendingNode is an account-tree node of the overlay. A dirty node lies on the path of a leaf written since the
// node was last hashed: v is stale, and node hashes it again from the node's children (a leaf from its
// account) when it is read.
//
// The overlay keeps three invariants, which SetAccount establishes and RollbackTo preserves by restoring an
// earlier overlay whole: the parent of a dirty node is dirty; each child of a dirty node is in the overlay or
// pinned; the account of a dirty leaf is in the overlay.
type pendingNode struct {
	v     fr.Element
	dirty bool
}

// node returns a node of the account tree: overlay (hashing it if it is dirty), then pinned, then cache, then
// Pebble, where an absent node is the empty subtree of its level.
func (t *Tree) node(k nodeKey) (fr.Element, error) {
	if n, ok := t.nodes[k]; ok {
		return t.pendingValue(k, n), nil
	}
	return t.committedNode(k)
}

// committedNode returns a node of the account tree as of the last Commit: pinned, then cache, then Pebble.
func (t *Tree) committedNode(k nodeKey) (fr.Element, error) {
	if v, ok := t.pinned[k]; ok {
		return v, nil
	}
	if v, ok := t.nodeCache.get(k); ok {
		return v, nil
	}
	v, err := t.getWord(k.bytes(), state.EmptyAccountNodes()[k.level])
	if err != nil {
		return v, err
	}
	t.nodeCache.put(k, v)
	return v, nil
}

// pendingValue returns the value of overlay node k, hashing it first, with the dirty nodes below it, if it is
// dirty.
func (t *Tree) pendingValue(k nodeKey, n pendingNode) fr.Element {
	if !n.dirty {
		return n.v
	}
	var v fr.Element
	if k.level == 0 {
		a, ok := t.accounts[k.index]
		if !ok {
			panic(fmt.Sprintf("statedb: dirty leaf %d without a pending account", k.index))
		}
		v = a.Hash()
	} else {
		var c [state.TreeArity]fr.Element
		for j := range uint32(state.TreeArity) {
			c[j] = t.dirtyChild(nodeKey{level: k.level - 1, index: k.index*state.TreeArity | j})
		}
		v = state.Compress4(c)
	}
	t.putNode(k, pendingNode{v: v})
	return v
}

// dirtyChild returns a child of a dirty node, which the overlay invariants place in the overlay or in pinned.
func (t *Tree) dirtyChild(k nodeKey) fr.Element {
	if n, ok := t.nodes[k]; ok {
		return t.pendingValue(k, n)
	}
	v, ok := t.pinned[k]
	if !ok {
		panic(fmt.Sprintf("statedb: account-tree node %d/%d under a dirty node is neither pending nor pinned", k.level, k.index))
	}
	return v
}

// accountsRoot returns the root of the account tree, hashing the dirty nodes. Only a write puts the root in the
// overlay, so without one it is the committed root.
func (t *Tree) accountsRoot() fr.Element {
	if n, ok := t.nodes[accountsRootKey]; ok {
		return t.pendingValue(accountsRootKey, n)
	}
	return t.durableAccountsRoot
}

// account returns the value of account id: overlay, then cache, then Pebble, where an absent account is empty.
func (t *Tree) account(id uint32) (state.Account, error) {
	if a, ok := t.accounts[id]; ok {
		return a, nil
	}
	if a, ok := t.accountCache.get(id); ok {
		return a, nil
	}
	v, found, err := t.get(accountKey(id))
	if err != nil {
		return state.Account{}, err
	}
	a := state.EmptyAccount()
	if found {
		if a, err = DecodeAccount(v); err != nil {
			return state.Account{}, fmt.Errorf("%w: account %d: %w", ErrCorrupt, id, err)
		}
	}
	t.accountCache.put(id, a)
	return a, nil
}

// accountSiblings returns the siblings of the path of account id, leaf level first, three per level.
func (t *Tree) accountSiblings(id uint32) ([state.AccountProofLen]fr.Element, error) {
	var sib [state.AccountProofLen]fr.Element
	for l := range state.AccountTreeLevels {
		first, pos := id>>(2*l)&^(state.TreeArity-1), id>>(2*l)&(state.TreeArity-1)
		k := (state.TreeArity - 1) * l
		for j := range uint32(state.TreeArity) {
			if j == pos {
				continue
			}
			var err error
			if sib[k], err = t.node(nodeKey{level: uint8(l), index: first | j}); err != nil {
				return sib, err
			}
			k++
		}
	}
	return sib, nil
}

// Account returns account id, or EmptyAccount() if it was never written.
func (t *Tree) Account(id uint32) (state.Account, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.usable(); err != nil {
		return state.Account{}, err
	}
	if err := state.CheckAccountID(id); err != nil {
		return state.Account{}, err
	}
	return t.account(id)
}

// AccountProof returns the siblings of the path of account id in the current account tree, leaf level first;
// VerifyAccountProof checks them against AccountsRoot.
func (t *Tree) AccountProof(id uint32) ([state.AccountProofLen]fr.Element, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.usable(); err != nil {
		return [state.AccountProofLen]fr.Element{}, err
	}
	if err := state.CheckAccountID(id); err != nil {
		return [state.AccountProofLen]fr.Element{}, err
	}
	return t.accountSiblings(id)
}

// SetAccount writes account id and marks its leaf and path dirty: the next proof, root or Commit that reads
// them hashes them. The account must pass Account.Validate and its SlotRoot must be the root of the account's
// slot tree (ErrSlotRootMismatch otherwise); on error nothing changes.
func (t *Tree) SetAccount(id uint32, a state.Account) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.usable(); err != nil {
		return err
	}
	if err := state.CheckAccountID(id); err != nil {
		return err
	}
	if err := a.Validate(); err != nil {
		return fmt.Errorf("account %d: %w", id, err)
	}
	slotRoot, err := t.slotNode(slotKey{account: id, level: state.SlotTreeLevels})
	if err != nil {
		return err
	}
	if a.SlotRoot != slotRoot {
		return fmt.Errorf("%w: account %d", ErrSlotRootMismatch, id)
	}
	// The write makes dirty the leaf and its ancestors below the first one already dirty (whose ancestors are
	// dirty too). Each newly dirty node above the leaf needs its other children: pending, or pinned as committed.
	var pins [state.AccountProofLen]struct {
		k nodeKey
		v fr.Element
	}
	var level, npins int
	for ; level <= state.AccountTreeLevels; level++ {
		if n, ok := t.nodes[nodeKey{level: uint8(level), index: id >> (2 * level)}]; ok && n.dirty {
			break
		}
		if level == 0 {
			continue
		}
		first, pos := id>>(2*(level-1))&^(state.TreeArity-1), id>>(2*(level-1))&(state.TreeArity-1)
		for j := range uint32(state.TreeArity) {
			sib := nodeKey{level: uint8(level - 1), index: first | j}
			if _, ok := t.nodes[sib]; ok || j == pos {
				continue
			}
			v, err := t.committedNode(sib)
			if err != nil {
				return err
			}
			pins[npins].k, pins[npins].v = sib, v
			npins++
		}
	}
	for _, p := range pins[:npins] {
		t.pinned[p.k] = p.v
	}
	t.putAccount(id, a)
	for l := range level {
		t.putNode(nodeKey{level: uint8(l), index: id >> (2 * l)}, pendingNode{dirty: true})
	}
	t.cur.numAccounts = max(t.cur.numAccounts, id+1)
	return nil
}

func (t *Tree) putNode(k nodeKey, n pendingNode) {
	prev, had := t.nodes[k]
	t.nodeUndo = append(t.nodeUndo, undo[nodeKey, pendingNode]{key: k, prev: prev, had: had})
	t.nodes[k] = n
}

func (t *Tree) putAccount(id uint32, a state.Account) {
	prev, had := t.accounts[id]
	t.accountUndo = append(t.accountUndo, undo[uint32, state.Account]{key: id, prev: prev, had: had})
	t.accounts[id] = a
}

package state

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// node returns a node of the account tree: overlay, then cache, then Pebble, where an absent node is the
// empty subtree of its level.
func (t *Tree) node(k nodeKey) (fr.Element, error) {
	if v, ok := t.nodes[k]; ok {
		return v, nil
	}
	if v, ok := t.nodeCache.get(k); ok {
		return v, nil
	}
	v, err := t.getWord(k.bytes(), EmptyAccountNodes()[k.level])
	if err != nil {
		return v, err
	}
	t.nodeCache.put(k, v)
	return v, nil
}

// account returns the value of account id: overlay, then cache, then Pebble, where an absent account is empty.
func (t *Tree) account(id uint32) (Account, error) {
	if a, ok := t.accounts[id]; ok {
		return a, nil
	}
	if a, ok := t.accountCache.get(id); ok {
		return a, nil
	}
	v, found, err := t.get(accountKey(id))
	if err != nil {
		return Account{}, err
	}
	a := EmptyAccount()
	if found {
		if a, err = DecodeAccount(v); err != nil {
			return Account{}, fmt.Errorf("%w: account %d: %w", ErrCorrupt, id, err)
		}
	}
	t.accountCache.put(id, a)
	return a, nil
}

// accountSiblings returns the siblings of the path of account id, leaf level first.
func (t *Tree) accountSiblings(id uint32) ([AccountTreeDepth]fr.Element, error) {
	var sib [AccountTreeDepth]fr.Element
	for i := range sib {
		var err error
		if sib[i], err = t.node(nodeKey{level: uint8(i), index: id>>i ^ 1}); err != nil {
			return sib, err
		}
	}
	return sib, nil
}

// Account returns account id, or EmptyAccount() if it was never written.
func (t *Tree) Account(id uint32) (Account, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.usable(); err != nil {
		return Account{}, err
	}
	if err := checkAccountID(id); err != nil {
		return Account{}, err
	}
	return t.account(id)
}

// AccountProof returns the siblings of the path of account id in the current account tree, leaf level first;
// VerifyAccountProof checks them against AccountsRoot.
func (t *Tree) AccountProof(id uint32) ([AccountTreeDepth]fr.Element, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.usable(); err != nil {
		return [AccountTreeDepth]fr.Element{}, err
	}
	if err := checkAccountID(id); err != nil {
		return [AccountTreeDepth]fr.Element{}, err
	}
	return t.accountSiblings(id)
}

// SetAccount writes account id and updates its path to the root. The account must pass Account.Validate and
// its SlotRoot must be the root of the account's slot tree (ErrSlotRootMismatch otherwise); on error nothing
// changes.
func (t *Tree) SetAccount(id uint32, a Account) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.usable(); err != nil {
		return err
	}
	if err := checkAccountID(id); err != nil {
		return err
	}
	if err := a.Validate(); err != nil {
		return fmt.Errorf("account %d: %w", id, err)
	}
	slotRoot, err := t.slotNode(slotKey{account: id, level: SlotTreeDepth})
	if err != nil {
		return err
	}
	if a.SlotRoot != slotRoot {
		return fmt.Errorf("%w: account %d", ErrSlotRootMismatch, id)
	}
	sib, err := t.accountSiblings(id)
	if err != nil {
		return err
	}
	t.putAccount(id, a)
	h := a.Hash()
	t.putNode(nodeKey{index: id}, h)
	for i := range sib {
		if id>>i&1 == 1 {
			h = Compress(sib[i], h)
		} else {
			h = Compress(h, sib[i])
		}
		t.putNode(nodeKey{level: uint8(i + 1), index: id >> (i + 1)}, h)
	}
	t.cur.accountsRoot = h
	t.cur.numAccounts = max(t.cur.numAccounts, id+1)
	return nil
}

func (t *Tree) putNode(k nodeKey, v fr.Element) {
	prev, had := t.nodes[k]
	t.nodeUndo = append(t.nodeUndo, undo[nodeKey, fr.Element]{key: k, prev: prev, had: had})
	t.nodes[k] = v
}

func (t *Tree) putAccount(id uint32, a Account) {
	prev, had := t.accounts[id]
	t.accountUndo = append(t.accountUndo, undo[uint32, Account]{key: id, prev: prev, had: had})
	t.accounts[id] = a
}

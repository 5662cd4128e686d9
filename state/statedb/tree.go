package statedb

import (
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/state"
)

// Errors of the tree.
var (
	// ErrClosed reports a call on a closed tree.
	ErrClosed = errors.New("statedb: tree is closed")
	// ErrNotDurable reports a failed Commit. The tree refuses every later call; the process must stop and
	// recover from the last durable root by reopening the directory.
	ErrNotDurable = errors.New("statedb: commit failed, changes are not durable")
	// ErrSlotRootMismatch reports an account whose SlotRoot is not the root of its order-slot tree.
	ErrSlotRootMismatch = errors.New("statedb: account slot root does not match its slot tree")
	// ErrCorrupt reports a database whose content is not a tree this package wrote.
	ErrCorrupt = errors.New("statedb: corrupt tree database")
)

// pebbleFormat is the Pebble on-disk format the tree creates and upgrades older directories to; it is pinned
// so that upgrading Pebble does not silently change the format.
const pebbleFormat = pebble.FormatValueSeparation

// Tree is the rollup's state: the account tree, every account's order-slot tree, the markets table and the
// globals, persisted in Pebble (layout in doc.go).
//
// Writes go to an in-memory overlay that every read sees; Commit writes the overlay to Pebble in one synced
// batch, Discard drops it, and RollbackTo drops the part written after a Savepoint. Committed nodes and
// accounts are read through bounded caches.
//
// The tree computes every hash it stores. SetAccount stores the account and marks its leaf and the leaf's
// ancestors dirty; a dirty node is hashed from its children when a proof, a root or Commit reads it (see
// pendingNode), so a node is hashed once however many writes below it came before the read. SetSlot hashes
// the slot's path and returns the new slot root.
type Tree struct {
	mu     sync.Mutex
	db     *pebble.DB
	log    *slog.Logger
	closed bool
	// failed is set by a failed Commit; every later call returns it.
	failed error

	// durable is the state as of the last successful Commit; cur includes the pending writes.
	durable, cur snapshot
	// durableAccountsRoot and durableRoot are the accounts root and the state root as of the last Commit.
	durableAccountsRoot, durableRoot fr.Element

	// The overlay: pending account-tree nodes (level 0 holds the leaves), pending slot-tree nodes (level 0
	// holds the slot words) and pending account values. A value equal to the empty subtree (or the empty
	// account) is deleted from Pebble at Commit.
	nodes    map[nodeKey]pendingNode
	slots    map[slotKey]fr.Element
	accounts map[uint32]state.Account
	// pinned holds the committed value of every account-tree node that a dirty node is hashed from and that is
	// not in the overlay, read by the SetAccount that made the node dirty, so that hashing never reads Pebble.
	pinned map[nodeKey]fr.Element

	// The undo journal of the overlay since the last Commit or Discard, for RollbackTo; it also records the
	// hashing of dirty nodes, which a rollback makes dirty again.
	nodeUndo    []undo[nodeKey, pendingNode]
	slotUndo    []undo[slotKey, fr.Element]
	accountUndo []undo[uint32, state.Account]
	// savepoints holds the serials of the live savepoints, in increasing order.
	savepoints []uint64

	nodeCache    *cache[nodeKey, fr.Element]
	slotCache    *cache[slotKey, fr.Element]
	accountCache *cache[uint32, state.Account]
}

// snapshot is the part of the state that is small enough to copy whole; the accounts root is the root node of
// the account tree.
type snapshot struct {
	markets     state.Markets
	marketsHash fr.Element
	globals     state.Globals
	numAccounts uint32
}

// Open opens the tree stored in dir, creating an empty tree (every account empty, every market unlisted, zero
// globals) if dir holds no database.
func Open(dir string, opts ...Option) (*Tree, error) {
	cfg := config{fs: vfs.Default, cacheEntries: defaultCacheEntries, logger: slog.Default()}
	for _, o := range opts {
		o(&cfg)
	}
	var db *pebble.DB
	err := guard(func() error {
		var err error
		db, err = pebble.Open(dir, &pebble.Options{
			FS:                 cfg.fs,
			Logger:             pebbleLogger{cfg.logger},
			FormatMajorVersion: pebbleFormat,
		})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("statedb: open %q: %w", dir, err)
	}
	t := &Tree{
		db:           db,
		log:          cfg.logger,
		nodes:        make(map[nodeKey]pendingNode),
		slots:        make(map[slotKey]fr.Element),
		accounts:     make(map[uint32]state.Account),
		pinned:       make(map[nodeKey]fr.Element),
		nodeCache:    newCache[nodeKey, fr.Element](cfg.cacheEntries),
		slotCache:    newCache[slotKey, fr.Element](cfg.cacheEntries),
		accountCache: newCache[uint32, state.Account](cfg.cacheEntries),
	}
	if err := t.load(); err != nil {
		return nil, errors.Join(fmt.Errorf("statedb: open %q: %w", dir, err), guard(db.Close))
	}
	return t, nil
}

// load reads the markets, globals and roots of a database, or initializes an empty one, and checks that the
// stored state root matches what the stored nodes and tables hash to.
func (t *Tree) load() error {
	v, found, err := t.get(metaVersionKey)
	if err != nil {
		return err
	}
	if !found {
		return t.initialize()
	}
	if len(v) != 4 || binary.BigEndian.Uint32(v) != storeVersion {
		return fmt.Errorf("%w: store version %x, want %d", ErrCorrupt, v, storeVersion)
	}
	var s snapshot
	v, found, err = t.get(metaNumAccountsKey)
	if err != nil {
		return err
	}
	if !found || len(v) != 4 || binary.BigEndian.Uint32(v) > 1<<state.AccountTreeDepth {
		return fmt.Errorf("%w: account count %x", ErrCorrupt, v)
	}
	s.numAccounts = binary.BigEndian.Uint32(v)
	if v, found, err = t.get(marketsKey); err != nil {
		return err
	} else if !found {
		return fmt.Errorf("%w: no markets table", ErrCorrupt)
	}
	if s.markets, err = decodeMarkets(v); err != nil {
		return fmt.Errorf("%w: markets: %w", ErrCorrupt, err)
	}
	s.marketsHash = s.markets.Hash()
	if v, found, err = t.get(globalsKey); err != nil {
		return err
	} else if !found {
		return fmt.Errorf("%w: no globals", ErrCorrupt)
	}
	if s.globals, err = decodeGlobals(v); err != nil {
		return fmt.Errorf("%w: globals: %w", ErrCorrupt, err)
	}
	accountsRoot, err := t.node(accountsRootKey)
	if err != nil {
		return err
	}
	root := s.root(accountsRoot)
	if v, found, err = t.get(metaRootKey); err != nil {
		return err
	} else if !found || len(v) != fr.Bytes || root.Bytes() != [fr.Bytes]byte(v) {
		return fmt.Errorf("%w: stored root %x, nodes and tables hash to %x", ErrCorrupt, v, root.Bytes())
	}
	t.durable, t.cur, t.durableAccountsRoot, t.durableRoot = s, s, accountsRoot, root
	return nil
}

// initialize writes the empty tree to an empty database.
func (t *Tree) initialize() error {
	it, err := t.db.NewIter(nil)
	if err != nil {
		return fmt.Errorf("statedb: %w", err)
	}
	nonEmpty := it.First()
	if err := errors.Join(it.Error(), it.Close()); err != nil {
		return fmt.Errorf("statedb: %w", err)
	}
	if nonEmpty {
		return fmt.Errorf("%w: database has keys but no store version", ErrCorrupt)
	}
	var s snapshot
	s.marketsHash = s.markets.Hash()
	t.durable, t.cur, t.durableAccountsRoot = s, s, state.EmptyAccountNodes()[state.AccountTreeLevels]
	return t.commit()
}

// get returns a copy of the value stored under key.
func (t *Tree) get(key []byte) (v []byte, found bool, err error) {
	b, closer, err := t.db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("statedb: read %x: %w", key, err)
	}
	v = slices.Clone(b)
	if err := closer.Close(); err != nil {
		return nil, false, fmt.Errorf("statedb: read %x: %w", key, err)
	}
	return v, true, nil
}

// getWord returns the word stored under key, or empty when there is none.
func (t *Tree) getWord(key []byte, empty fr.Element) (fr.Element, error) {
	v, found, err := t.get(key)
	if err != nil || !found {
		return empty, err
	}
	var e fr.Element
	if len(v) != fr.Bytes {
		return e, fmt.Errorf("%w: key %x holds %d bytes", ErrCorrupt, key, len(v))
	}
	if err := e.SetBytesCanonical(v); err != nil {
		return e, fmt.Errorf("%w: key %x: %w", ErrCorrupt, key, err)
	}
	return e, nil
}

// Close closes the database. Uncommitted changes are lost.
func (t *Tree) Close() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed {
		return ErrClosed
	}
	t.closed = true
	t.resetPending()
	if err := guard(t.db.Close); err != nil {
		return fmt.Errorf("statedb: close: %w", err)
	}
	return nil
}

// usable returns why the tree cannot serve a call, or nil.
func (t *Tree) usable() error {
	switch {
	case t.closed:
		return ErrClosed
	case t.failed != nil:
		return t.failed
	}
	return nil
}

// root returns the state root of s with the given accounts root.
func (s *snapshot) root(accountsRoot fr.Element) fr.Element {
	return state.Hash(accountsRoot, s.marketsHash, s.globals.Word())
}

// AccountsRoot returns the root of the account tree, including pending writes; it hashes the dirty nodes.
func (t *Tree) AccountsRoot() fr.Element {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.accountsRoot()
}

// Root returns the state root StateRoot(AccountsRoot(), Markets(), Globals()), including pending writes. It is
// durable only once Commit has returned nil.
func (t *Tree) Root() fr.Element {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.cur.root(t.accountsRoot())
}

// DurableRoot returns the state root as of the last successful Commit (or as opened).
func (t *Tree) DurableRoot() fr.Element {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.durableRoot
}

// NumAccounts returns 1 + the highest account id ever passed to a successful SetAccount, or 0 if none.
func (t *Tree) NumAccounts() uint32 {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.cur.numAccounts
}

// Markets returns the markets table.
func (t *Tree) Markets() state.Markets {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.cur.markets
}

// SetMarkets replaces the markets table after checking every market with Market.Validate.
func (t *Tree) SetMarkets(m state.Markets) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.usable(); err != nil {
		return err
	}
	if err := m.Validate(); err != nil {
		return err
	}
	t.cur.markets = m
	t.cur.marketsHash = m.Hash()
	return nil
}

// Globals returns the globals.
func (t *Tree) Globals() state.Globals {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.cur.globals
}

// SetGlobals replaces the globals. It does nothing on a closed or failed tree.
func (t *Tree) SetGlobals(g state.Globals) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.usable() == nil {
		t.cur.globals = g
	}
}

// Commit writes every pending change to Pebble in one batch and syncs it. Only after Commit returns nil is
// Root durable. A failure to write wraps ErrNotDurable and leaves the tree refusing every later call: the
// caller must stop and recover by reopening. A pending account whose SlotRoot does not match its slot tree
// fails with ErrSlotRootMismatch before anything is written, and the tree stays usable.
func (t *Tree) Commit() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if err := t.usable(); err != nil {
		return err
	}
	if err := t.checkSlotRoots(); err != nil {
		return err
	}
	if len(t.nodes) == 0 && len(t.slots) == 0 && len(t.accounts) == 0 && t.cur == t.durable {
		t.resetPending()
		return nil
	}
	return t.commit()
}

// checkSlotRoots checks that every account whose slot tree has pending writes holds its slot root.
func (t *Tree) checkSlotRoots() error {
	var ids []uint32
	for k := range t.slots {
		if k.level == state.SlotTreeLevels {
			ids = append(ids, k.account)
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		a, err := t.account(id)
		if err != nil {
			return err
		}
		if a.SlotRoot != t.slots[slotKey{account: id, level: state.SlotTreeLevels}] {
			return fmt.Errorf("%w: account %d was not updated after its slots", ErrSlotRootMismatch, id)
		}
	}
	return nil
}

// commit writes the overlay and cur in one synced batch and makes cur durable.
func (t *Tree) commit() error {
	b := t.db.NewBatch()
	emptyNodes, emptySlots := state.EmptyAccountNodes(), state.EmptySlotNodes()
	var errs []error
	put := func(key []byte, v []byte, empty bool) {
		if empty {
			errs = append(errs, b.Delete(key, nil))
		} else {
			errs = append(errs, b.Set(key, v, nil))
		}
	}
	accountsRoot := t.accountsRoot()
	for k, n := range t.nodes {
		w := n.v.Bytes()
		put(k.bytes(), w[:], n.v == emptyNodes[k.level])
	}
	for k, v := range t.slots {
		w := v.Bytes()
		put(k.bytes(), w[:], v == emptySlots[k.level])
	}
	for id, a := range t.accounts {
		put(accountKey(id), EncodeAccount(&a), a.IsEmpty())
	}
	root := t.cur.root(accountsRoot)
	rootBytes := root.Bytes()
	put(metaVersionKey, binary.BigEndian.AppendUint32(nil, storeVersion), false)
	put(metaNumAccountsKey, binary.BigEndian.AppendUint32(nil, t.cur.numAccounts), false)
	put(marketsKey, encodeMarkets(&t.cur.markets), false)
	put(globalsKey, encodeGlobals(t.cur.globals), false)
	put(metaRootKey, rootBytes[:], false)
	err := errors.Join(errs...)
	if err == nil {
		err = guard(func() error { return b.Commit(pebble.Sync) })
	}
	err = errors.Join(err, b.Close())
	if err != nil {
		t.failed = fmt.Errorf("%w: %w", ErrNotDurable, err)
		t.log.Error("state tree commit failed", "err", err)
		return t.failed
	}
	for k, n := range t.nodes {
		t.nodeCache.put(k, n.v)
	}
	for k, v := range t.slots {
		t.slotCache.put(k, v)
	}
	for id, a := range t.accounts {
		t.accountCache.put(id, a)
	}
	t.durable, t.durableAccountsRoot, t.durableRoot = t.cur, accountsRoot, root
	t.resetPending()
	return nil
}

// Discard drops every change made since the last Commit.
func (t *Tree) Discard() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.resetPending()
}

// resetPending drops the overlay and its journal and returns cur to the durable state.
func (t *Tree) resetPending() {
	clear(t.nodes)
	clear(t.slots)
	clear(t.accounts)
	clear(t.pinned)
	t.nodeUndo = t.nodeUndo[:0]
	t.slotUndo = t.slotUndo[:0]
	t.accountUndo = t.accountUndo[:0]
	t.savepoints = t.savepoints[:0]
	t.cur = t.durable
}

package statedb

import (
	"encoding/hex"
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/cockroachdb/pebble/v2/vfs/errorfs"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/state"
)

// sampleMarkets returns a listed table with display fields set.
func sampleMarkets() state.Markets {
	var m state.Markets
	m[0] = state.Market{Name: "BTC-USD", OraclePrice: 60_000_000_000, FundingIndex: -12, ImfPpm: 50_000, MmfPpm: 30_000,
		Status: state.MarketActive, TickSize: 1_000_000, StepSize: 1, BaseDecimals: 8, MakerFeePpm: 100, TakerFeePpm: 500}
	m[1] = state.Market{Name: "ETH-USD", OraclePrice: 3_000_000_000, FundingIndex: 7, ImfPpm: 100_000, MmfPpm: 50_000,
		Status: state.MarketReduceOnly, TickSize: 100, StepSize: 10_000, BaseDecimals: 9, MakerFeePpm: 0, TakerFeePpm: 1000}
	return m
}

// writeSample writes two accounts with order slots, the markets and the globals, and returns what it wrote.
func writeSample(t *testing.T, tr *Tree) map[uint32]state.Account {
	t.Helper()
	out := map[uint32]state.Account{}
	for _, id := range []uint32{0, 5, 1<<24 - 1} {
		root, err := tr.SetSlot(id, 3, state.Slot{Nonce: 2, Filled: 40})
		if err != nil {
			t.Fatal(err)
		}
		a := state.Account{PubKey: state.PubKey{X: state.Uint(uint64(id) + 1), Y: state.Uint(9)}, CollateralQuantums: -int64(id) - 1,
			MarginMode: 1, SlotRoot: root}
		a.L1Address[19] = byte(id)
		a.Positions[2] = state.Position{Market: 1, SizeQuantums: -state.MaxSize + 1, FundingIndex: -3}
		if err := tr.SetAccount(id, a); err != nil {
			t.Fatal(err)
		}
		out[id] = a
	}
	if err := tr.SetMarkets(sampleMarkets()); err != nil {
		t.Fatal(err)
	}
	tr.SetGlobals(state.Globals{InsuranceFundQuantums: -5, FeePoolQuantums: 77, SystemTimeSeconds: 1_700_000_000})
	return out
}

// TestTreeReopen commits to a directory on disk, reopens it and finds the same state; writes made after the
// last Commit are gone.
func TestTreeReopen(t *testing.T) {
	dir := t.TempDir()
	tr, err := Open(dir, WithLogger(quietLogger()))
	if err != nil {
		t.Fatal(err)
	}
	emptyRoot := tr.Root()
	want := writeSample(t, tr)
	if err := tr.Commit(); err != nil {
		t.Fatal(err)
	}
	root, accountsRoot := tr.Root(), tr.AccountsRoot()
	if root == emptyRoot || tr.DurableRoot() != root {
		t.Fatalf("root after commit %s, durable %s, empty %s", root.String(), root.String(), emptyRoot.String())
	}
	// Uncommitted writes: lost at Close.
	if _, err := tr.SetSlot(5, 4, state.Slot{Nonce: 9}); err != nil {
		t.Fatal(err)
	}
	if err := tr.SetAccount(7, state.EmptyAccount()); err != nil {
		t.Fatal(err)
	}
	tr.SetGlobals(state.Globals{FeePoolQuantums: 1})
	if err := tr.Close(); err != nil {
		t.Fatal(err)
	}
	if err := tr.Close(); !errors.Is(err, ErrClosed) {
		t.Fatalf("second Close: %v", err)
	}
	if _, err := tr.Account(0); !errors.Is(err, ErrClosed) {
		t.Fatalf("Account after Close: %v", err)
	}

	tr, err = Open(dir, WithLogger(quietLogger()))
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	if got := tr.Root(); got != root || tr.AccountsRoot() != accountsRoot || tr.DurableRoot() != root {
		t.Fatalf("reopened root %s, want %s", got.String(), root.String())
	}
	if got := tr.NumAccounts(); got != 1<<24 {
		t.Fatalf("NumAccounts %d", got)
	}
	if tr.Markets() != sampleMarkets() {
		t.Fatalf("markets %+v", tr.Markets())
	}
	if g := tr.Globals(); g != (state.Globals{InsuranceFundQuantums: -5, FeePoolQuantums: 77, SystemTimeSeconds: 1_700_000_000}) {
		t.Fatalf("globals %+v", g)
	}
	for id, a := range want {
		got, err := tr.Account(id)
		if err != nil || got != a {
			t.Fatalf("account %d = %+v, %v; want %+v", id, got, err, a)
		}
		s, err := tr.Slot(id, 3)
		if err != nil || s != (state.Slot{Nonce: 2, Filled: 40}) {
			t.Fatalf("slot %d/3 = %+v, %v", id, s, err)
		}
		sib, err := tr.AccountProof(id)
		if err != nil || !state.VerifyAccountProof(accountsRoot, id, a, sib) {
			t.Fatalf("account %d proof after reopen: %v", id, err)
		}
	}
	if s, err := tr.Slot(5, 4); err != nil || s != (state.Slot{}) {
		t.Fatalf("uncommitted slot survived: %+v, %v", s, err)
	}
	if a, err := tr.Account(7); err != nil || a != state.EmptyAccount() {
		t.Fatalf("uncommitted account survived: %+v, %v", a, err)
	}
}

// walSyncFails injects an error into every sync of a WAL file.
var walSyncFails = errorfs.InjectorFunc(func(op errorfs.Op) error {
	switch op.Kind {
	case errorfs.OpFileSync, errorfs.OpFileSyncData, errorfs.OpFileSyncTo:
		if strings.HasSuffix(op.Path, ".log") {
			return errorfs.ErrInjected
		}
	}
	return nil
})

// TestTreeCommitFailure makes the WAL sync fail during a Commit: Commit returns ErrNotDurable, the durable
// root stays the old one, the tree refuses further use, and after a crash the old root is what is on disk.
func TestTreeCommitFailure(t *testing.T) {
	mem := vfs.NewCrashableMem()
	toggle := &errorfs.Toggle{Injector: walSyncFails}
	tr, err := Open("db", WithFS(errorfs.Wrap(mem, toggle)), WithLogger(quietLogger()))
	if err != nil {
		t.Fatal(err)
	}
	writeSample(t, tr)
	if err := tr.Commit(); err != nil {
		t.Fatal(err)
	}
	old := tr.Root()
	root, err := tr.SetSlot(5, 9, state.Slot{Nonce: 3, Filled: 1})
	if err != nil {
		t.Fatal(err)
	}
	a, err := tr.Account(5)
	if err != nil {
		t.Fatal(err)
	}
	a.SlotRoot = root
	if err := tr.SetAccount(5, a); err != nil {
		t.Fatal(err)
	}
	pending := tr.Root()

	toggle.On()
	err = tr.Commit()
	toggle.Off()
	if !errors.Is(err, ErrNotDurable) {
		t.Fatalf("Commit with failing WAL sync: %v, want ErrNotDurable", err)
	}
	t.Logf("commit error: %v", err)
	if got := tr.DurableRoot(); got != old {
		t.Fatalf("durable root %s after a failed commit, want the old %s", got.String(), old.String())
	}
	if err := tr.Commit(); !errors.Is(err, ErrNotDurable) {
		t.Fatalf("Commit after a failure: %v", err)
	}
	if _, err := tr.Account(5); !errors.Is(err, ErrNotDurable) {
		t.Fatalf("Account after a failure: %v", err)
	}
	if err := tr.SetAccount(6, state.EmptyAccount()); !errors.Is(err, ErrNotDurable) {
		t.Fatalf("SetAccount after a failure: %v", err)
	}
	crashed := mem.CrashClone(vfs.CrashCloneCfg{})
	t.Logf("close after failure: %v", tr.Close())

	tr, err = Open("db", WithFS(crashed), WithLogger(quietLogger()))
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	if got := tr.Root(); got != old || got == pending {
		t.Fatalf("root after crash %s, want the last durable %s", got.String(), old.String())
	}
}

// TestTreeLayout checks the Pebble keys a commit writes, and that emptied entries are deleted.
func TestTreeLayout(t *testing.T) {
	mem := vfs.NewMem()
	tr, err := Open("db", WithFS(mem), WithLogger(quietLogger()))
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	keys := func() map[string]bool {
		it, err := tr.db.NewIter(nil)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]bool{}
		for it.First(); it.Valid(); it.Next() {
			out[string(it.Key())] = true
		}
		if err := it.Close(); err != nil {
			t.Fatal(err)
		}
		return out
	}
	fixed := map[string]bool{"m": true, "g": true, "kversion": true, "kaccounts": true, "kroot": true}
	if got := keys(); len(got) != len(fixed) {
		t.Fatalf("empty tree keys %q", slices.Sorted(maps.Keys(got)))
	}
	const id, slot = 0x0102_0304 & (1<<24 - 1), 0x0ABC
	root, err := tr.SetSlot(id, slot, state.Slot{Nonce: 1})
	if err != nil {
		t.Fatal(err)
	}
	a := state.EmptyAccount()
	a.SlotRoot = root
	a.CollateralQuantums = 1
	if err := tr.SetAccount(id, a); err != nil {
		t.Fatal(err)
	}
	if err := tr.Commit(); err != nil {
		t.Fatal(err)
	}
	got := keys()
	want := maps.Clone(fixed)
	for l := range state.AccountTreeLevels + 1 {
		want[string(nodeKey{level: uint8(l), index: id >> (2 * l)}.bytes())] = true
	}
	for l := range state.SlotTreeLevels + 1 {
		want[string(slotKey{account: id, level: uint8(l), index: slot >> (2 * l)}.bytes())] = true
	}
	want[string(accountKey(id))] = true
	if len(got) != len(want) {
		t.Fatalf("%d keys, want %d: %q", len(got), len(want), slices.Sorted(maps.Keys(got)))
	}
	for k := range want {
		if !got[k] {
			t.Fatalf("key %x missing", k)
		}
	}
	for k, v := range map[string][]byte{
		"node":    nodeKey{level: 3, index: 0x00020406}.bytes(),
		"slot":    slotKey{account: 0x00010203, level: 4, index: 0x0ABC}.bytes(),
		"account": accountKey(0x00010203),
	} {
		wantKey := map[string]string{"node": "6e0300020406", "slot": "7300010203040abc", "account": "6100010203"}[k]
		if got := hex.EncodeToString(v); got != wantKey {
			t.Fatalf("%s key %s, want %s", k, got, wantKey)
		}
	}

	if root, err = tr.SetSlot(id, slot, state.Slot{}); err != nil {
		t.Fatal(err)
	}
	if root != state.EmptySlotRoot() {
		t.Fatal("emptied slot tree does not have the empty root")
	}
	if err := tr.SetAccount(id, state.EmptyAccount()); err != nil {
		t.Fatal(err)
	}
	if err := tr.Commit(); err != nil {
		t.Fatal(err)
	}
	if got := keys(); len(got) != len(fixed) {
		t.Fatalf("emptied tree keys %q", slices.Sorted(maps.Keys(got)))
	}
	if tr.AccountsRoot() != state.EmptyAccountNodes()[state.AccountTreeLevels] || tr.NumAccounts() != id+1 {
		t.Fatal("emptied tree root or account count")
	}
}

// TestTreeOpenCorrupt refuses a database that is not a tree, and one whose nodes do not hash to its root.
func TestTreeOpenCorrupt(t *testing.T) {
	mem := vfs.NewMem()
	tr, err := Open("db", WithFS(mem), WithLogger(quietLogger()))
	if err != nil {
		t.Fatal(err)
	}
	writeSample(t, tr)
	if err := tr.Commit(); err != nil {
		t.Fatal(err)
	}
	// Overwrite the root node behind the tree's back.
	fortyTwo := state.Uint(42)
	w := fortyTwo.Bytes()
	if err := tr.db.Set(nodeKey{level: state.AccountTreeLevels}.bytes(), w[:], nil); err != nil {
		t.Fatal(err)
	}
	if err := tr.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := Open("db", WithFS(mem), WithLogger(quietLogger())); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("open with a tampered root node: %v", err)
	}

	foreign, err := Open("other", WithFS(mem), WithLogger(quietLogger()))
	if err != nil {
		t.Fatal(err)
	}
	if err := foreign.db.Delete(metaVersionKey, nil); err != nil {
		t.Fatal(err)
	}
	if err := foreign.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := Open("other", WithFS(mem), WithLogger(quietLogger())); !errors.Is(err, ErrCorrupt) {
		t.Fatalf("open without a store version: %v", err)
	}
}

// TestTreeErrors checks the argument and state errors of the tree's methods.
func TestTreeErrors(t *testing.T) {
	tr, err := Open("db", WithFS(vfs.NewMem()), WithLogger(quietLogger()))
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	if _, err := tr.Account(1 << state.AccountTreeDepth); !errors.Is(err, state.ErrOutOfRange) {
		t.Fatalf("Account out of range: %v", err)
	}
	if _, err := tr.AccountProof(1 << state.AccountTreeDepth); !errors.Is(err, state.ErrOutOfRange) {
		t.Fatalf("AccountProof out of range: %v", err)
	}
	if _, err := tr.Slot(0, 1<<state.SlotTreeDepth); !errors.Is(err, state.ErrOutOfRange) {
		t.Fatalf("Slot out of range: %v", err)
	}
	if _, err := tr.SlotProof(0, 1<<state.SlotTreeDepth); !errors.Is(err, state.ErrOutOfRange) {
		t.Fatalf("SlotProof out of range: %v", err)
	}
	bad := sampleMarkets()
	bad[3] = state.Market{Status: state.MarketActive}
	if err := tr.SetMarkets(bad); !errors.Is(err, state.ErrBadMarket) {
		t.Fatalf("SetMarkets invalid: %v", err)
	}
	if tr.Markets() != (state.Markets{}) {
		t.Fatal("invalid markets were stored")
	}
	a := state.EmptyAccount()
	a.CollateralQuantums = -1 << 63
	if err := tr.SetAccount(1, a); !errors.Is(err, state.ErrOutOfRange) {
		t.Fatalf("SetAccount with collateral -2^63: %v", err)
	}
	if tr.NumAccounts() != 0 {
		t.Fatal("a rejected SetAccount counted")
	}

	// A slot written without its account blocks Commit but leaves the tree usable.
	root, err := tr.SetSlot(2, 0, state.Slot{Nonce: 1})
	if err != nil {
		t.Fatal(err)
	}
	if err := tr.Commit(); !errors.Is(err, ErrSlotRootMismatch) {
		t.Fatalf("Commit with a stale SlotRoot: %v", err)
	}
	a = state.EmptyAccount()
	a.SlotRoot = root
	if err := tr.SetAccount(2, a); err != nil {
		t.Fatal(err)
	}
	if err := tr.Commit(); err != nil {
		t.Fatal(err)
	}

	// Savepoints die at Commit and Discard and cannot cross trees.
	sp := tr.Savepoint()
	if err := tr.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := tr.RollbackTo(sp); !errors.Is(err, ErrStaleSavepoint) {
		t.Fatalf("RollbackTo after Commit: %v", err)
	}
	other, err := Open("db", WithFS(vfs.NewMem()), WithLogger(quietLogger()))
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if err := other.RollbackTo(tr.Savepoint()); !errors.Is(err, ErrStaleSavepoint) {
		t.Fatalf("RollbackTo another tree's savepoint: %v", err)
	}
	if err := tr.RollbackTo(Savepoint{}); !errors.Is(err, ErrStaleSavepoint) {
		t.Fatalf("RollbackTo the zero savepoint: %v", err)
	}
}

// TestVerifyProofBounds rejects indices outside the trees and invalid accounts.
func TestVerifyProofBounds(t *testing.T) {
	var sib [state.AccountProofLen]fr.Element
	for i := range sib {
		sib[i] = state.EmptyAccountNodes()[i/(state.TreeArity-1)]
	}
	root := state.EmptyAccountNodes()[state.AccountTreeLevels]
	if !state.VerifyAccountProof(root, 1<<state.AccountTreeDepth-1, state.EmptyAccount(), sib) {
		t.Fatal("empty proof of the last account does not verify")
	}
	if state.VerifyAccountProof(root, 1<<state.AccountTreeDepth, state.EmptyAccount(), sib) {
		t.Fatal("proof verifies outside the tree")
	}
	bad := state.EmptyAccount()
	bad.MarginMode = state.MarketCount + 1
	if state.VerifyAccountProof(state.RootFromPath(bad.Hash(), 0, sib[:]), 0, bad, sib) {
		t.Fatal("proof of an invalid account verifies")
	}
	var ssib [state.SlotProofLen]fr.Element
	for i := range ssib {
		ssib[i] = state.EmptySlotNodes()[i/(state.TreeArity-1)]
	}
	if !state.VerifySlotProof(state.EmptySlotRoot(), 1<<state.SlotTreeDepth-1, state.Slot{}, ssib) {
		t.Fatal("empty proof of the last slot does not verify")
	}
	if state.VerifySlotProof(state.EmptySlotRoot(), 1<<state.SlotTreeDepth, state.Slot{}, ssib) {
		t.Fatal("slot proof verifies outside the tree")
	}
}

// blockReads returns the number of table blocks a tree's Pebble has looked up.
func blockReads(tr *Tree) int64 {
	m := tr.db.Metrics().BlockCache
	return m.Hits + m.Misses
}

// TestTreeDirtyHashingReadsNothing checks that hashing the nodes SetAccount made dirty reads nothing from
// Pebble: with the tree's caches off and everything flushed to tables, the roots and the proofs of the written
// accounts look up no table block, and match a tree whose nodes were hashed after every write, while a proof of
// another account does read.
func TestTreeDirtyHashingReadsNothing(t *testing.T) {
	mem := vfs.NewMem()
	open := func() *Tree {
		tr, err := Open("db", WithFS(mem), WithLogger(quietLogger()), WithCacheEntries(0))
		if err != nil {
			t.Fatal(err)
		}
		return tr
	}
	tr := open()
	writeSample(t, tr)
	if err := tr.Commit(); err != nil {
		t.Fatal(err)
	}
	if err := tr.db.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := tr.Close(); err != nil {
		t.Fatal(err)
	}
	tr = open()
	defer tr.Close()
	// Written accounts next to each other, next to a committed one, and far apart; one committed one.
	ids := []uint32{4, 5, 6, 1<<23 + 9}
	write := func(tr *Tree, id uint32) {
		a, err := tr.Account(id)
		if err != nil {
			t.Fatal(err)
		}
		a.CollateralQuantums = int64(id) + 1
		if err := tr.SetAccount(id, a); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range ids {
		write(tr, id)
	}
	want := openMem(t)
	writeSample(t, want)
	for _, id := range ids {
		write(want, id)
		want.AccountsRoot()
	}

	reads := blockReads(tr)
	if got, w := tr.Root(), want.Root(); got != w {
		t.Fatalf("root %s, want %s", got.String(), w.String())
	}
	for _, id := range ids {
		sib, err := tr.AccountProof(id)
		if err != nil {
			t.Fatalf("proof of written account %d: %v", id, err)
		}
		if w, _ := want.AccountProof(id); sib != w {
			t.Fatalf("proof of written account %d differs", id)
		}
	}
	if n := blockReads(tr) - reads; n != 0 {
		t.Fatalf("hashing the dirty nodes looked up %d table blocks", n)
	}
	if _, err := tr.AccountProof(1 << 20); err != nil {
		t.Fatal(err)
	}
	if blockReads(tr) == reads {
		t.Fatal("a proof of an unwritten account looked up no table block: the check above proves nothing")
	}
}

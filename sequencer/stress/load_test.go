package stress

import (
	"crypto/sha256"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// diskState writes a small state to a directory on disk, as a sequencer's tree is: three accounts, two with
// opposite positions, and a pending (uncommitted) fourth.
func diskState(t *testing.T, dir string) *statedb.Tree {
	tree, err := statedb.Open(dir, quietLogger())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tree.Close() })
	if err := tree.SetMarkets(GenMarkets()); err != nil {
		t.Fatal(err)
	}
	tree.SetGlobals(state.Globals{SystemTimeSeconds: genStartTime, LastFundingTimeSeconds: genStartTime, InsuranceFundQuantums: 1_000_000})
	e := engine.NewEngine(tree)
	key := wire.DevKey("load test").PubKey().Compressed()
	for _, id := range []uint32{1, 2, 5} {
		if _, err := e.Deposit(state.DepositRecord{AccountID: id, AmountQuantums: 10_000_000_000, L1Address: genAddress(id), PubKey: key}); err != nil {
			t.Fatal(err)
		}
	}
	markets := tree.Markets()
	tx, err := e.ForcedTrade(state.ForcedTradeRecord{Market: 1, AIsBuy: true, AccountA: 1, AccountB: 2, SizeQuantums: 50_000_000,
		Price: markets[0].OraclePrice, AddrA: genAddress(1), AddrB: genAddress(2)})
	if err != nil || !tx.Record.ForcedTrade.Valid {
		t.Fatalf("forced trade: %v", err)
	}
	if err := tree.Commit(); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Deposit(state.DepositRecord{AccountID: 9, AmountQuantums: 1, L1Address: genAddress(9), PubKey: key}); err != nil {
		t.Fatal(err)
	}
	return tree
}

// dirSums returns the SHA-256 of every file under dir.
func dirSums(t *testing.T, dir string) map[string][32]byte {
	sums := map[string][32]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		sums[p] = sha256.Sum256(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return sums
}

// TestLoadCheckpoint: a Pebble checkpoint of a live tree holds its committed state; Load copies it into memory,
// so a suite run on it leaves the checkpoint's files as they were, and its report matches the live tree's.
func TestLoadCheckpoint(t *testing.T) {
	tmp := t.TempDir()
	live := diskState(t, filepath.Join(tmp, "live"))
	ids, err := live.AccountIDs()
	if err != nil || !slices.Equal(ids, []uint32{1, 2, 5, 9}) {
		t.Fatalf("live accounts %v (%v), want committed 1, 2, 5 and pending 9", ids, err)
	}
	ck := filepath.Join(tmp, "checkpoint")
	if err := live.Checkpoint(ck); err != nil {
		t.Fatal(err)
	}
	before := dirSums(t, ck)
	s, err := Load(ck, GenConfig())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Tree.Close()
	if s.Tree.Root() != live.DurableRoot() {
		t.Fatal("the checkpoint's root is not the live tree's committed root")
	}
	if ids, _ := s.Tree.AccountIDs(); !slices.Equal(ids, []uint32{1, 2, 5}) {
		t.Fatalf("checkpoint accounts %v, want the committed 1, 2, 5", ids)
	}
	s.Workers = 2
	rep := runSuite(t, s, SeedSuite())
	if rep.Accounts != 3 || rep.AccountsWithPositions != 2 {
		t.Fatalf("report on %d accounts, %d with positions", rep.Accounts, rep.AccountsWithPositions)
	}
	if crash := rep.Scenarios[2].Current; crash.AccountsDeleveraged != 1 || crash.HitAccounts[0] != 2 {
		t.Fatalf("a −50 %% crash of a 5× long with a thin fund: %+v", crash)
	}
	after := dirSums(t, ck)
	if len(after) != len(before) {
		t.Fatalf("the checkpoint has %d files after the run, %d before", len(after), len(before))
	}
	for p, sum := range before {
		if after[p] != sum {
			t.Fatalf("%s changed", p)
		}
	}
	if err := live.Checkpoint(ck); err == nil {
		t.Fatal("a checkpoint over an existing directory")
	}
}

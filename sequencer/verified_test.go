package sequencer

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// verifiedEnv is a service on an in-memory file system that can be closed and reopened, with accounts 1 and 2
// funded in batch 1 and a trade of theirs in each of batches 2, 3 and 4.
type verifiedEnv struct {
	fs    vfs.FS
	clock *fakeClock
	tree  *statedb.Tree
	svc   *Service
	api   *API
}

func newVerifiedEnv(t *testing.T) *verifiedEnv {
	t.Helper()
	e := &verifiedEnv{fs: vfs.NewMem(), clock: newClock(2_000)}
	e.open(t)
	t.Cleanup(func() { e.close() })
	for id := uint32(1); id <= 2; id++ {
		if _, err := e.svc.Deposit(depositRec(id, hundredK)); err != nil {
			t.Fatal(err)
		}
	}
	for slot := range uint16(3) {
		if _, err := e.svc.PlaceOrder(sign(order(2, mBTC, false, 1_000, price(60_000), slot, 1))); err != nil {
			t.Fatal(err)
		}
		if _, err := e.svc.PlaceOrder(sign(order(1, mBTC, true, 1_000, price(60_000), slot, 1))); err != nil {
			t.Fatal(err)
		}
		if b, err := e.svc.Seal(); err != nil || b == nil {
			t.Fatalf("seal after trade %d: %v %v", slot, b, err)
		}
	}
	return e
}

// open opens the tree and the service of the environment's data directory.
func (e *verifiedEnv) open(t *testing.T) {
	t.Helper()
	tree, err := openTestTree(e.fs, "tree")
	if err != nil {
		t.Fatal(err)
	}
	svc, err := NewService(tree, Config{DataDir: "data", FS: e.fs, Clock: e.clock, MaxBatchSize: 2, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	e.tree, e.svc, e.api = tree, svc, NewAPI(svc)
}

func (e *verifiedEnv) close() {
	e.svc.Close()
	e.tree.Close()
}

// verify marks batches verified on L1 and waits until the follower has seen them; it returns the follower's
// batch.
func (e *verifiedEnv) verify(t *testing.T, batches ...uint64) uint64 {
	t.Helper()
	for _, n := range batches {
		if err := e.svc.SetBatchStatus(n, wire.BatchStatus{Proof: wire.ProofDone, L1: wire.L1Verified}); err != nil {
			t.Fatal(err)
		}
	}
	n, err := e.svc.SyncVerified()
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// get sends GET path to the API and returns the status and the body.
func (e *verifiedEnv) get(path string) (int, []byte) {
	rec := httptest.NewRecorder()
	e.api.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	return rec.Code, rec.Body.Bytes()
}

// proof fetches the proof of account id, which must be served.
func (e *verifiedEnv) proof(t *testing.T, id uint32) wire.AccountProofJSON {
	t.Helper()
	code, body := e.get(fmt.Sprintf("/v1/accounts/%d/proof", id))
	if code != http.StatusOK {
		t.Fatalf("proof of account %d: %d %s", id, code, body)
	}
	var p wire.AccountProofJSON
	if err := json.Unmarshal(body, &p); err != nil {
		t.Fatal(err)
	}
	return p
}

// wantError checks that GET path fails with status and code.
func (e *verifiedEnv) wantError(t *testing.T, path string, status int, code string) {
	t.Helper()
	got, body := e.get(path)
	var ej wire.ErrorJSON
	if err := json.Unmarshal(body, &ej); err != nil || got != status || ej.Code != code {
		t.Fatalf("GET %s: %d %s, want %d %s", path, got, body, status, code)
	}
}

func parseWord(t *testing.T, s string) fr.Element {
	t.Helper()
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != 32 {
		t.Fatalf("word %q: %v", s, err)
	}
	var e fr.Element
	if err := e.SetBytesCanonical(b); err != nil {
		t.Fatalf("word %q: %v", s, err)
	}
	return e
}

func parseWords(t *testing.T, ss []string) []fr.Element {
	out := make([]fr.Element, len(ss))
	for i, s := range ss {
		out[i] = parseWord(t, s)
	}
	return out
}

// checkProofHashes recomputes the root of p from its leaf words and path with the state package's hashing
// and returns it.
func checkProofHashes(t *testing.T, p *wire.AccountProofJSON) fr.Element {
	t.Helper()
	leaf := state.Hash4(parseWords(t, p.LeafWords)...)
	if leaf != parseWord(t, p.LeafHash) {
		t.Fatalf("leaf words hash to %s, the proof's leaf hash is %s", wire.WordHex(leaf), p.LeafHash)
	}
	if len(p.Siblings) != state.AccountProofLen || len(p.MarketWords) != 2*state.MarketCount {
		t.Fatalf("%d siblings, %d market words", len(p.Siblings), len(p.MarketWords))
	}
	accounts := state.RootFromPath(leaf, uint64(p.ID), parseWords(t, p.Siblings))
	if accounts != parseWord(t, p.AccountsRoot) {
		t.Fatalf("path hashes to accounts root %s, the proof says %s", wire.WordHex(accounts), p.AccountsRoot)
	}
	root := state.Hash(accounts, state.Hash(parseWords(t, p.MarketWords)...), parseWord(t, p.Globals))
	if root != parseWord(t, p.Root) {
		t.Fatalf("proof hashes to %s, its root is %s", wire.WordHex(root), p.Root)
	}
	return root
}

// accountAfter returns account id as batch n of the store leaves it: the last update of it in the batch.
func accountAfter(t *testing.T, s *Service, n uint64, id uint32) state.Account {
	t.Helper()
	b, _, err := s.Batch(n)
	if err != nil {
		t.Fatal(err)
	}
	for i := wal.TxCount(b) - 1; i >= 0; i-- {
		for _, u := range []*state.AccountUpdate{b.Txs[i].B, b.Txs[i].A} {
			if u != nil && u.ID == id {
				return u.After
			}
		}
	}
	t.Fatalf("batch %d does not update account %d", n, id)
	return state.Account{}
}

// TestVerifiedAccountProof serves account proofs against the last L1-verified root while later batches are
// unverified, across out-of-order and repeated verifications and a restart.
func TestVerifiedAccountProof(t *testing.T) {
	e := newVerifiedEnv(t)
	e.wantError(t, "/v1/accounts/1/proof", http.StatusServiceUnavailable, "not_verified")
	if n := e.verify(t, 2); n != 0 {
		t.Fatalf("batch 2 verified before batch 1: follower at %d, want 0", n)
	}
	e.wantError(t, "/v1/accounts/1/proof", http.StatusServiceUnavailable, "not_verified")
	if n := e.verify(t, 1); n != 2 {
		t.Fatalf("batches 1 and 2 verified: follower at %d, want 2", n)
	}
	if n := e.verify(t, 4, 1); n != 2 {
		t.Fatalf("batch 4 verified before batch 3, batch 1 again: follower at %d, want 2", n)
	}
	b2, _, err := e.svc.Batch(2)
	if err != nil {
		t.Fatal(err)
	}
	p := e.proof(t, 1)
	if p.Batch != 2 || parseWord(t, p.Root) != b2.Header.NewRoot {
		t.Fatalf("proof at batch %d root %s, want batch 2 root %s", p.Batch, p.Root, wire.WordHex(b2.Header.NewRoot))
	}
	if checkProofHashes(t, &p) == e.tree.Root() {
		t.Fatal("the proof's root is the live root: batches 3 and 4 are not verified")
	}
	if h := e.svc.Health(); h.VerifiedBatch != 2 || h.VerifiedError != "" {
		t.Fatalf("health reports verified batch %d (%q), want 2", h.VerifiedBatch, h.VerifiedError)
	}
	if err := e.svc.SetBatchStatus(2, wire.BatchStatus{Proof: wire.ProofDone, L1: wire.L1Pending}); !errors.Is(err, wire.ErrStatusRegression) {
		t.Fatalf("batch 2 back to pending: %v, want ErrStatusRegression", err)
	}
	want := accountAfter(t, e.svc, 2, 1)
	live, err := e.tree.Account(1)
	if err != nil {
		t.Fatal(err)
	}
	if parseWord(t, p.LeafHash) != want.Hash() || want.Hash() == live.Hash() {
		t.Fatalf("leaf %+v, want account 1 as of batch 2 %+v (live %+v)", p.Leaf, want, live)
	}
	if p.Leaf.CollateralQuantums != fmt.Sprint(want.CollateralQuantums) || p.Leaf.Positions[0].SizeQuantums != "1000" {
		t.Fatalf("leaf fields %+v, want collateral %d and a long of 1000", p.Leaf, want.CollateralQuantums)
	}

	e.close()
	e.open(t)
	if n := e.verify(t); n != 2 {
		t.Fatalf("after a restart the follower is at %d, want 2", n)
	}
	if again := e.proof(t, 1); fmt.Sprint(again) != fmt.Sprint(p) {
		t.Fatalf("proof after a restart:\n%+v\nwant\n%+v", again, p)
	}
	if n := e.verify(t, 3); n != 4 {
		t.Fatalf("batch 3 verified after 4: follower at %d, want 4", n)
	}
	p = e.proof(t, 1)
	if p.Batch != 4 || checkProofHashes(t, &p) != e.tree.Root() || parseWord(t, p.LeafHash) != live.Hash() {
		t.Fatalf("proof at batch %d after every batch is verified: %+v", p.Batch, p)
	}
	// A deleted verified tree is rebuilt from the genesis record and the stored batches.
	e.close()
	if _, err := e.fs.Stat("data/verified"); err != nil {
		t.Fatalf("no verified tree: %v", err)
	}
	if err := e.fs.RemoveAll("data/verified"); err != nil {
		t.Fatal(err)
	}
	e.open(t)
	if n := e.verify(t); n != 4 {
		t.Fatalf("after deleting the verified tree the follower is at %d, want 4", n)
	}
	if again := e.proof(t, 1); fmt.Sprint(again) != fmt.Sprint(p) {
		t.Fatalf("proof from a rebuilt tree:\n%+v\nwant\n%+v", again, p)
	}
	for _, c := range []struct {
		path   string
		status int
		code   string
	}{
		{"/v1/accounts/x/proof", http.StatusBadRequest, "bad_param"},
		{"/v1/accounts/16777216/proof", http.StatusBadRequest, "bad_account_id"},
		{"/v1/accounts/3/proof", http.StatusNotFound, "unknown_account"},
	} {
		e.wantError(t, c.path, c.status, c.code)
	}
}

// TestVerifiedDiverged checks that a stored batch that does not replay to its header's root stops the
// follower, which then serves no proof.
func TestVerifiedDiverged(t *testing.T) {
	e := newVerifiedEnv(t)
	if n := e.verify(t, 1); n != 1 {
		t.Fatalf("follower at %d, want 1", n)
	}
	b, _, err := e.svc.Batch(2)
	if err != nil {
		t.Fatal(err)
	}
	b.Header.NewRoot.SetUint64(7)
	v, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	if err := e.svc.store.DB.Set(wal.StoreKey('b', 2), v, pebble.Sync); err != nil {
		t.Fatal(err)
	}
	if err := e.svc.SetBatchStatus(2, wire.BatchStatus{Proof: wire.ProofDone, L1: wire.L1Verified}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.svc.SyncVerified(); !errors.Is(err, wire.ErrVerifiedUnavailable) || !errors.Is(err, wire.ErrVerifiedDiverged) {
		t.Fatalf("sync after a diverging batch: %v", err)
	}
	e.wantError(t, "/v1/accounts/1/proof", http.StatusServiceUnavailable, "verified_state_unavailable")
	if h := e.svc.Health(); h.Status != "ok" || h.VerifiedError == "" {
		t.Fatalf("health %+v: want the service ok and the verified state's failure named", h)
	}
}

package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/l1/devnet"
)

// servedSim starts a simulated chain served over JSON-RPC and auto-mined, and writes account 1's key to a file.
func servedSim(t *testing.T) (sim *l1.Sim, keyFile string) {
	t.Helper()
	sim, err := l1.NewSim(3, l1.WithHTTP("127.0.0.1", freePort(t)))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	mined := make(chan struct{})
	go func() {
		defer close(mined)
		sim.AutoMine(ctx, 10*time.Millisecond)
	}()
	t.Cleanup(func() {
		cancel()
		<-mined
		sim.Close()
	})
	keyFile = filepath.Join(t.TempDir(), "deployer.key")
	if err := os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(sim.Key(1)))), 0o600); err != nil {
		t.Fatal(err)
	}
	return sim, keyFile
}

// TestDeployWritesAVerifiableDeploymentFile deploys with perpx deploy on a chain reached over JSON-RPC and
// checks the file against the chain, and that a standalone sequencer accepts the deployment at start.
func TestDeployWritesAVerifiableDeploymentFile(t *testing.T) {
	sim, key := servedSim(t)
	out := filepath.Join(t.TempDir(), "deployment.json")
	var stdout strings.Builder
	if err := runDeploy(t.Context(), []string{"--rpc", sim.HTTPURL(), "--key", key, "--config", devConfigName, "--out", out,
		"--chain-id", fmt.Sprint(l1.SimChainID)}, &stdout); err != nil {
		t.Fatalf("deploy: %v\n%s", err, stdout.String())
	}
	f, err := l1.ReadDeploymentFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if f.ChainID != l1.SimChainID || len(f.BatchSizes) == 0 || f.Hasher == (f.Rollup) || f.DeploymentBlock == 0 {
		t.Fatalf("deployment file: %+v", f)
	}
	if err := f.Verify(t.Context(), sim.Client()); err != nil {
		t.Fatal(err)
	}
	sf, err := parseSequencerFlags([]string{"--data-dir", t.TempDir(), "--deployment", out, "--l1-rpc", sim.HTTPURL()})
	if err != nil {
		t.Fatal(err)
	}
	if sf.fromBlock != f.DeploymentBlock || sf.rollup != f.Rollup.Hex() {
		t.Fatalf("sequencer flags from the deployment file: from block %d rollup %s", sf.fromBlock, sf.rollup)
	}
	if err := checkSequencerL1(t.Context(), sf, f.ConfigHash); err != nil {
		t.Fatalf("the sequencer refuses its own deployment: %v", err)
	}
}

// TestL1BadInputIsTyped: an unreachable RPC, a chain other than --chain-id, a deployment file of another
// chain, a Rollup whose configuration is not the sequencer's and the devnet's configuration on a non-dev chain
// are each refused with their typed error, before anything is sent.
func TestL1BadInputIsTyped(t *testing.T) {
	sim, key := servedSim(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "deployment.json")
	ctx := t.Context()
	err := runDeploy(ctx, []string{"--rpc", "http://127.0.0.1:1", "--key", key, "--config", devConfigName, "--out", out}, &strings.Builder{})
	if !errors.Is(err, l1.ErrL1Unreachable) {
		t.Fatalf("deploy to an unreachable RPC: %v, want %v", err, l1.ErrL1Unreachable)
	}
	err = runDeploy(ctx, []string{"--rpc", sim.HTTPURL(), "--key", key, "--config", devConfigName, "--out", out, "--chain-id", "1"}, &strings.Builder{})
	if !errors.Is(err, l1.ErrWrongChain) {
		t.Fatalf("deploy to the wrong chain: %v, want %v", err, l1.ErrWrongChain)
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("a refused deploy wrote %s", out)
	}
	if err := runDeploy(ctx, []string{"--rpc", sim.HTTPURL(), "--key", key, "--config", devConfigName, "--out", out}, &strings.Builder{}); err != nil {
		t.Fatal(err)
	}
	f, err := l1.ReadDeploymentFile(out)
	if err != nil {
		t.Fatal(err)
	}
	other := *f
	other.ChainID = 5
	otherPath := filepath.Join(dir, "other.json")
	if err := other.Write(otherPath); err != nil {
		t.Fatal(err)
	}
	l2key := filepath.Join(dir, "l2.key")
	if err := runKeysNew([]string{"--out", l2key}, &strings.Builder{}); err != nil {
		t.Fatal(err)
	}
	err = runDeposit(ctx, []string{"--deployment", otherPath, "--rpc", sim.HTTPURL(), "--l1-key", key, "--key", l2key, "--amount", "1"}, &strings.Builder{})
	if !errors.Is(err, l1.ErrWrongChain) {
		t.Fatalf("deposit with another chain's deployment file: %v, want %v", err, l1.ErrWrongChain)
	}
	ef, err := parseEscapeFlags([]string{"--deployment", otherPath, "--rpc", sim.HTTPURL(), "--dry-run"})
	if err != nil {
		t.Fatal(err)
	}
	if err := escapeWith(ctx, ef, &strings.Builder{}, &strings.Builder{}); !errors.Is(err, l1.ErrWrongChain) {
		t.Fatalf("escape with another chain's deployment file: %v, want %v", err, l1.ErrWrongChain)
	}
	if err := other.Verify(ctx, sim.Client()); !errors.Is(err, l1.ErrWrongChain) {
		t.Fatalf("Verify of another chain's file: %v", err)
	}
	moved := *f
	moved.GenesisRoot[31] ^= 1
	if err := moved.Verify(ctx, sim.Client()); !errors.Is(err, l1.ErrDeploymentMismatch) {
		t.Fatalf("Verify of a file with another genesis: %v, want %v", err, l1.ErrDeploymentMismatch)
	}
	sf, err := parseSequencerFlags([]string{"--data-dir", t.TempDir(), "--deployment", out, "--l1-rpc", sim.HTTPURL()})
	if err != nil {
		t.Fatal(err)
	}
	if err := checkSequencerL1(ctx, sf, [32]byte{1}); !errors.Is(err, l1.ErrDeploymentMismatch) {
		t.Fatalf("sequencer with another config hash: %v, want %v", err, l1.ErrDeploymentMismatch)
	}
	if _, err := deployConfig(devConfigName, 1); !errors.Is(err, errDevConfig) {
		t.Fatalf("the devnet's configuration on chain 1: %v, want %v", err, errDevConfig)
	}
}

// TestSequencerHealthReportsL1: the health endpoint of a sequencer that follows L1 carries the follower's
// state, "unreachable" after a failed poll.
func TestSequencerHealthReportsL1(t *testing.T) {
	h := &l1Health{rpc: "http://x"}
	next := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"status":"ok"}`))
	})
	srv := withL1Health(next, h)
	get := func() string {
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/v1/health", nil))
		return rec.Body.String()
	}
	h.ok(10, 11)
	if b := get(); !strings.Contains(b, `"l1":{"status":"ok"`) || !strings.Contains(b, `"followed":11`) {
		t.Fatalf("health after a poll: %s", b)
	}
	h.fail(errors.New("connection refused"))
	if b := get(); !strings.Contains(b, `"status":"unreachable"`) || !strings.Contains(b, "connection refused") {
		t.Fatalf("health after a failed poll: %s", b)
	}
	h.ok(10, 11)
	h.lastOK = time.Now().Add(-2 * l1BehindAfter)
	if b := get(); !strings.Contains(b, `"status":"behind"`) {
		t.Fatalf("health long after the last poll: %s", b)
	}
	// The follower's cursor (the first block it has not read) trails the head less the confirmations by
	// l1BehindBlocks: ok; by one block more: behind.
	h.confirmations = 3
	h.ok(1000, 1000-3+1-l1BehindBlocks)
	if b := get(); !strings.Contains(b, `"status":"ok"`) {
		t.Fatalf("health %d blocks behind: %s", l1BehindBlocks, b)
	}
	h.ok(1000, 1000-3-l1BehindBlocks)
	if b := get(); !strings.Contains(b, `"status":"behind"`) || !strings.Contains(b, fmt.Sprintf(`"blocksBehind":%d`, l1BehindBlocks+1)) {
		t.Fatalf("health %d blocks behind: %s", l1BehindBlocks+1, b)
	}
}

// TestSequencerDevConfigNeverSilent: a sequencer without --config takes the devnet's configuration (public
// oracle keys) only on a dev chain (errDevConfig on chain 1, before anything is followed), and says so on its
// output when it does; with --config FILE it says nothing of the kind.
func TestSequencerDevConfigNeverSilent(t *testing.T) {
	chain1 := chainIDServer(t, 1)
	run := func(args ...string) (string, error) {
		ctx, cancel := context.WithCancel(t.Context())
		defer cancel()
		var out syncBuffer
		done := make(chan error, 1)
		go func() {
			done <- runSequencer(ctx, append([]string{"--data-dir", t.TempDir(), "--api", fmt.Sprintf("127.0.0.1:%d", freePort(t)),
				"--nats-listen", noPipeline, "--log-level", "error"}, args...), &out)
		}()
		for !strings.Contains(out.String(), "serving") {
			select {
			case err := <-done:
				return out.String(), err
			case <-time.After(20 * time.Millisecond):
			}
		}
		cancel()
		return out.String(), <-done
	}
	_, err := run("--l1-rpc", chain1.URL, "--rollup", "0x0000000000000000000000000000000000000001")
	if !errors.Is(err, errDevConfig) {
		t.Fatalf("the devnet's configuration following chain 1: %v, want %v", err, errDevConfig)
	}
	out, err := run()
	if err != nil || !strings.Contains(out, devConfigWarning) {
		t.Fatalf("a sequencer on the devnet's configuration: %v, output without %q:\n%s", err, devConfigWarning, out)
	}
	protocol := devnet.ProtocolConfig()
	out, err = run("--config", writeProtocolConfig(t, &protocol))
	if err != nil || strings.Contains(out, devConfigWarning) {
		t.Fatalf("a sequencer with --config: %v, output:\n%s", err, out)
	}
}

// chainIDServer serves a JSON-RPC endpoint that answers every request with chain id id: enough for the checks
// made before anything else.
func chainIDServer(t *testing.T, id uint64) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			ID json.RawMessage `json:"id"`
		}
		json.NewDecoder(r.Body).Decode(&req)
		fmt.Fprintf(w, `{"jsonrpc":"2.0","id":%s,"result":"0x%x"}`, req.ID, id)
	}))
	t.Cleanup(srv.Close)
	return srv
}

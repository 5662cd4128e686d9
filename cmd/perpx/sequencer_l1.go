package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/l1/devnet"
	"github.com/perpx/perpx/state"
)

// DevChainID is the chain id of go-ethereum's simulated backend and of geth --dev: the only chains on which a
// sequencer without --config takes the devnet's configuration, whose oracle keys are public.
const DevChainID = l1.SimChainID

// l1BehindAfter is how long the L1 follower may go without a successful poll before health reports L1 behind.
const l1BehindAfter = 10 * l1PollInterval

// l1BehindBlocks is how many blocks the L1 follower's cursor may trail the head less the confirmations before
// health reports L1 behind.
const l1BehindBlocks = 32

// devConfigWarning is what a sequencer without --config prints: it runs the devnet's configuration, whose
// oracle keys are public.
const devConfigWarning = "WARNING: the devnet's protocol configuration (public oracle keys), for a dev chain only; give --config FILE otherwise"

// errDevConfig reports a sequencer about to run the devnet's public configuration against a chain that is not
// a development chain.
var errDevConfig = errors.New("the devnet's configuration (public oracle keys) is only for a dev chain")

// checkSequencerL1 checks, before the sequencer starts, that the L1 it follows holds the Rollup it can serve:
// the chain answers (l1.ErrL1Unreachable), it is the deployment file's (l1.ErrWrongChain), a sequencer without
// --config runs only on a dev chain (errDevConfig), and the contract at the address was deployed with this
// sequencer's genesis root and holds its configuration hash (l1.ErrDeploymentMismatch).
func checkSequencerL1(ctx context.Context, f *sequencerFlags, configHash [32]byte) error {
	t := &l1Target{rpc: f.l1RPC, rollup: f.rollup, file: f.deploymentFile, deployment: f.deployment}
	ec, chainID, err := t.dial(ctx)
	if err != nil {
		return err
	}
	defer ec.Close()
	if f.configFile == "" && chainID.Uint64() != DevChainID {
		return fmt.Errorf("%w: chain %d; give --config FILE", errDevConfig, chainID)
	}
	addr := common.HexToAddress(f.rollup)
	code, err := ec.CodeAt(ctx, addr, nil)
	if err != nil {
		return fmt.Errorf("%w: %w", l1.ErrL1Unreachable, err)
	}
	if len(code) == 0 {
		return fmt.Errorf("%w: no contract at %s on chain %d", l1.ErrDeploymentMismatch, addr.Hex(), chainID)
	}
	g, err := l1.ReadGenesis(ctx, ec, addr, f.fromBlock)
	if err != nil {
		return fmt.Errorf("%w: %w", l1.ErrDeploymentMismatch, err)
	}
	genesis := l1.EmptyGenesis(devnet.GenesisMarkets())
	want := genesis.Root()
	if !g.Root.Equal(&want) {
		return fmt.Errorf("%w: the Rollup at %s starts from root %x, this sequencer's genesis is %x", l1.ErrDeploymentMismatch,
			addr.Hex(), g.Root.Bytes(), want.Bytes())
	}
	onChain, err := l1.NewRollup(ec, addr).ConfigHash(ctx)
	if err != nil {
		return err
	}
	if onChain != configHash {
		return fmt.Errorf("%w: the Rollup at %s has config hash %x, this sequencer's is %x", l1.ErrDeploymentMismatch, addr.Hex(), onChain, configHash)
	}
	return nil
}

// genesisMarkets is the markets table a fresh data directory starts with.
func genesisMarkets() state.Markets { return devnet.GenesisMarkets() }

// l1Health is what the sequencer's health endpoint reports of its L1 follower.
type l1Health struct {
	mu sync.Mutex
	// rpc is the endpoint followed; empty when the sequencer follows none.
	rpc      string
	lastOK   time.Time
	head     uint64
	followed uint64
	err      string
	// confirmations is the follower's --confirmations: the blocks it leaves unread on purpose.
	confirmations uint64
}

// L1HealthJSON is the "l1" member of GET /v1/health when the sequencer follows L1. Status is "ok",
// "unreachable" (the last poll failed) or "behind" (no successful poll for l1BehindAfter, or the follower's
// cursor more than l1BehindBlocks behind the head less the confirmations). Followed is the first block the
// follower has not read; BlocksBehind is how many blocks it trails the head beyond the confirmations.
type L1HealthJSON struct {
	Status       string `json:"status" enum:"ok,unreachable,behind"`
	RPC          string `json:"rpc"`
	Head         uint64 `json:"head"`
	Followed     uint64 `json:"followed"`
	BlocksBehind uint64 `json:"blocksBehind"`
	LastOK       int64  `json:"lastOk"`
	Error        string `json:"error,omitempty"`
}

// ok records a successful poll up to block followed, of a chain whose head is head.
func (h *l1Health) ok(head, followed uint64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.lastOK, h.head, h.followed, h.err = time.Now(), head, followed, ""
}

// fail records a failed poll.
func (h *l1Health) fail(err error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.err = err.Error()
}

// json returns the report, nil when the sequencer follows no L1.
func (h *l1Health) json() *L1HealthJSON {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.rpc == "" {
		return nil
	}
	j := &L1HealthJSON{Status: "ok", RPC: h.rpc, Head: h.head, Followed: h.followed, LastOK: h.lastOK.Unix(), Error: h.err}
	if readable := h.head + 1; readable > h.followed+h.confirmations {
		j.BlocksBehind = readable - h.followed - h.confirmations
	}
	switch {
	case h.err != "":
		j.Status = "unreachable"
	case time.Since(h.lastOK) > l1BehindAfter || j.BlocksBehind > l1BehindBlocks:
		j.Status = "behind"
	}
	return j
}

// withL1Health serves GET /v1/health from next with an "l1" member added: the L1 follower's health.
func withL1Health(next http.Handler, h *l1Health) http.Handler {
	return withHealthMember(next, "l1", func() any {
		if j := h.json(); j != nil {
			return j
		}
		return nil
	})
}

// withHealthMember serves GET /v1/health from next with member name added, when value returns non-nil.
func withHealthMember(next http.Handler, name string, value func() any) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		v := value()
		if r.Method != http.MethodGet || r.URL.Path != "/v1/health" || v == nil {
			next.ServeHTTP(w, r)
			return
		}
		rec := httptest.NewRecorder()
		next.ServeHTTP(rec, r)
		var body map[string]any
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
			copyResponse(w, rec)
			return
		}
		body[name] = v
		b, err := json.Marshal(body)
		if err != nil {
			copyResponse(w, rec)
			return
		}
		for k, vs := range rec.Header() {
			w.Header()[k] = vs
		}
		w.Header().Del("Content-Length")
		w.WriteHeader(rec.Code)
		w.Write(append(b, '\n'))
	})
}

// copyResponse writes a recorded response unchanged.
func copyResponse(w http.ResponseWriter, rec *httptest.ResponseRecorder) {
	for k, v := range rec.Header() {
		w.Header()[k] = v
	}
	w.WriteHeader(rec.Code)
	w.Write(bytes.Clone(rec.Body.Bytes()))
}

// resolveDeployment reads --deployment, if given: it sets --rollup and --from-block, and --l1-rpc unless
// given, and refuses a --rollup that is not the file's.
func (f *sequencerFlags) resolveDeployment(fs *flag.FlagSet) error {
	if f.deployment == "" {
		f.health.rpc = f.l1RPC
		return nil
	}
	t := &l1Target{rpc: f.l1RPC, rollup: f.rollup, deployment: f.deployment}
	if err := t.resolve("sequencer", "l1-rpc", "rollup"); err != nil {
		return err
	}
	f.l1RPC, f.rollup, f.deploymentFile = t.rpc, t.rollup, t.file
	set := false
	fs.Visit(func(fl *flag.Flag) { set = set || fl.Name == "from-block" })
	if !set {
		f.fromBlock = t.file.DeploymentBlock
	}
	f.health.rpc = f.l1RPC
	return nil
}

package main

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/l1/devnet"
	"github.com/perpx/perpx/l1/testbindings"
	"github.com/perpx/perpx/prover"
	"github.com/perpx/perpx/prover/pipeline"
	"github.com/perpx/perpx/sequencer/client"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// mockProver "proves" a batch for the test MockVerifier, whose proof is the 32-byte public input; with
// wrongKeys it returns what a prover with other keys would: a proof the verifier refuses.
type mockProver struct{ wrongKeys bool }

func (p mockProver) Prove(b *state.SealedBatch) (*prover.Proof, error) {
	pubdata, err := b.Pubdata()
	if err != nil {
		return nil, err
	}
	in := state.PublicInput(&b.Header, pubdata)
	if p.wrongKeys {
		in = new(big.Int).Add(in, big.NewInt(1))
	}
	time.Sleep(100 * time.Millisecond)
	return &prover.Proof{BatchNumber: b.Header.BatchNumber, PublicInput: in, Solidity: common.LeftPadBytes(in.Bytes(), 32), Duration: 100 * time.Millisecond}, nil
}

// pipelineEnv is a chain served over JSON-RPC with a miner that can be paused, a Rollup with the mock
// verifier, and the files the perpx commands take.
type pipelineEnv struct {
	sim                      *l1.Sim
	paused                   atomic.Bool
	deployment, opKey, l2Key string
	traderKey                string
	dir                      string
	ec                       *ethclient.Client
}

func newPipelineEnv(t *testing.T) *pipelineEnv {
	t.Helper()
	e := &pipelineEnv{dir: t.TempDir()}
	sim, err := l1.NewSim(3, l1.WithHTTP("127.0.0.1", freePort(t)))
	if err != nil {
		t.Fatal(err)
	}
	e.sim = sim
	if e.ec, err = ethclient.Dial(sim.HTTPURL()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	mined := make(chan struct{})
	go func() {
		defer close(mined)
		for ctx.Err() == nil {
			if !e.paused.Load() {
				sim.Commit()
			}
			time.Sleep(20 * time.Millisecond)
		}
	}()
	t.Cleanup(func() { cancel(); <-mined; sim.Close() })
	op := sim.Transactor(1)
	opts := *op
	mock, tx, err := bind.DeployContract(&opts, common.FromHex(testbindings.MockVerifierMetaData.Bin), sim.Client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(t.Context(), sim.Client(), tx.Hash()); err != nil {
		t.Fatal(err)
	}
	d, err := l1.Deploy(t.Context(), sim.Client(), op, l1.DeployConfig{Governor: op.From, Operators: []common.Address{op.From},
		Genesis: l1.EmptyGenesis(devnet.GenesisMarkets()), ConfigHash: devnet.ConfigHash, Verifiers: map[int]common.Address{2: mock}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l1.NewToken(sim.Client(), d.Token).Mint(t.Context(), op, sim.Address(2), big.NewInt(1_000_000_000_000)); err != nil {
		t.Fatal(err)
	}
	f, err := l1.NewDeploymentFile(t.Context(), sim.Client(), d, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.RPC = sim.HTTPURL()
	e.deployment = filepath.Join(e.dir, "deployment.json")
	if err := f.Write(e.deployment); err != nil {
		t.Fatal(err)
	}
	e.opKey, e.traderKey = e.writeKey(t, "op.key", 1), e.writeKey(t, "trader.key", 2)
	e.l2Key = filepath.Join(e.dir, "l2.key")
	if err := runKeysNew([]string{"--out", e.l2Key}, &strings.Builder{}); err != nil {
		t.Fatal(err)
	}
	return e
}

func (e *pipelineEnv) writeKey(t *testing.T, name string, i int) string {
	path := filepath.Join(e.dir, name)
	if err := os.WriteFile(path, []byte(hex.EncodeToString(crypto.FromECDSA(e.sim.Key(i)))), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// service runs f(ctx, args, out) in the background until the returned stop is called; it waits for ready in
// the output.
func service(t *testing.T, ready string, f func(context.Context, []string, *syncBuffer) error, args ...string) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var out syncBuffer
	done := make(chan error, 1)
	go func() { done <- f(ctx, args, &out) }()
	deadline := time.Now().Add(30 * time.Second)
	for !strings.Contains(out.String(), ready) {
		select {
		case err := <-done:
			t.Fatalf("%v: %v\n%s", args, err, out.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("%v did not start: %s", args, out.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("%v: %v", args, err)
			}
		})
	}
	t.Cleanup(stop)
	return stop
}

func asSeq(f func(context.Context, []string, io.Writer) error) func(context.Context, []string, *syncBuffer) error {
	return func(ctx context.Context, a []string, b *syncBuffer) error { return f(ctx, a, b) }
}

// l1Outage is how long TestPipelineEndToEnd keeps the L1 endpoint unreachable.
const l1Outage = 5 * time.Second

// TestPipelineEndToEnd runs the sequencer (embedded JetStream), prover workers and the ordered submitter
// against a chain served over JSON-RPC, through the perpx commands' code: a prover with the wrong keys has its
// proofs refused before L1; two good workers prove; the submitter, killed while its commit is pending, resumes
// with a replacement and nothing is committed twice; the sequencer restarts with a job queued and the queue
// survives; the L1 endpoint is unreachable for l1Outage (health says so) and everything resumes; every batch ends verified on L1 in order, the contract's root equal to the sequencer's, and
// GET /v1/accounts/{id}/proof answers against it.
func TestPipelineEndToEnd(t *testing.T) {
	e := newPipelineEnv(t)
	old := newWorkerProver
	newWorkerProver = func(keyDir string, _ prover.Progress) pipeline.Prover {
		return mockProver{wrongKeys: keyDir == "wrong"}
	}
	defer func() { newWorkerProver = old }()
	natsAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	natsURL := "nats://" + natsAddr
	apiAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	proxy := newTCPProxy(t, strings.TrimPrefix(e.sim.HTTPURL(), "http://")) // the L1 endpoint of the sequencer and the submitter
	l1URL := "http://" + proxy.addr
	seqArgs := []string{"--data-dir", filepath.Join(e.dir, "seq"), "--api", apiAddr, "--deployment", e.deployment, "--l1-rpc", l1URL,
		"--seal-interval", "200ms", "--log-level", "error", "--nats-listen", natsAddr}
	seq := service(t, "serving", asSeq(runSequencer), seqArgs...)
	c := client.New("http://"+apiAddr, nil)
	submitterArgs := []string{"--nats", natsURL, "--deployment", e.deployment, "--rpc", l1URL, "--l1-key", e.opKey, "--stuck-after", "2s"}
	stopSubmitter := service(t, "committing", asSeq(runSubmitter), submitterArgs...)
	rollup := l1.NewRollup(e.sim.Client(), mustDeployment(t, e.deployment).Rollup)
	opAddr := e.sim.Address(1)

	// A prover with the wrong keys: its proof never reaches L1.
	stopWrong := service(t, "taking jobs", asSeq(runProver), "--nats", natsURL, "--key-dir", "wrong", "--name", "wrong", "--ack-wait", "2s")
	nonce0, _ := e.ec.NonceAt(t.Context(), opAddr, nil)
	e.deposit(t)
	time.Sleep(3 * time.Second)
	if st, _ := rollup.Status(t.Context()); st.BatchNumber != 0 {
		t.Fatalf("a proof of the wrong keys was committed: L1 at batch %d", st.BatchNumber)
	}
	if n, _ := e.ec.NonceAt(t.Context(), opAddr, nil); n != nonce0 {
		t.Fatalf("the submitter sent %d transactions for refused proofs", n-nonce0)
	}
	stopWrong()
	for i := range 2 {
		service(t, "taking jobs", asSeq(runProver), "--nats", natsURL, "--name", fmt.Sprint("good-", i), "--ack-wait", "2s")
	}
	waitL1Verified(t, c, rollup)

	// The submitter dies while its commit is pending; the next one replaces it, once.
	stopSubmitter()
	before, _ := rollup.Status(t.Context())
	nonce1, _ := e.ec.NonceAt(t.Context(), opAddr, nil)
	e.deposit(t)
	waitFor(t, time.Minute, func() bool {
		b, err := c.Batch(t.Context(), before.BatchNumber+1)
		return err == nil && b.Proof == wire.ProofDone
	})
	e.paused.Store(true) // the commit will wait in the pool
	killed := service(t, "committing", asSeq(runSubmitter), submitterArgs...)
	waitFor(t, time.Minute, func() bool {
		b, err := c.Batch(t.Context(), before.BatchNumber+1)
		return err == nil && b.L1 == wire.L1Submitted
	})
	killed()
	service(t, "committing", asSeq(runSubmitter), submitterArgs...)
	time.Sleep(3 * time.Second) // the new submitter sends its replacement while the pool still holds the first
	e.paused.Store(false)
	waitL1Verified(t, c, rollup)
	if n, _ := e.ec.NonceAt(t.Context(), opAddr, nil); n != nonce1+1 {
		t.Fatalf("operator sent %d transactions for one batch, want 1", n-nonce1)
	}

	// The sequencer restarts; the embedded JetStream keeps its store.
	seq()
	e.deposit(t)
	service(t, "serving", asSeq(runSequencer), seqArgs...)
	waitL1Verified(t, c, rollup)

	// The L1 endpoint goes away for a while: health reports it, everything backs off and resumes.
	h0, err := c.Health(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	proxy.down()
	e.deposit(t) // straight to the chain
	waitFor(t, time.Minute, func() bool {
		var out strings.Builder
		return runStatus(t.Context(), []string{"--api", "http://" + apiAddr}, &out) == nil && strings.Contains(out.String(), "L1         unreachable")
	})
	time.Sleep(l1Outage)
	proxy.up(t)
	waitFor(t, time.Minute, func() bool { h, err := c.Health(t.Context()); return err == nil && h.LastBatch > h0.LastBatch })
	waitL1Verified(t, c, rollup)
	st, err := rollup.Status(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	p, err := c.AccountProof(t.Context(), 0)
	if err != nil {
		t.Fatal(err)
	}
	if p.Batch != st.BatchNumber || p.Root != wire.WordHex(st.StateRoot) {
		t.Fatalf("account proof against batch %d root %s; L1 holds batch %d root %s", p.Batch, p.Root, st.BatchNumber, wire.WordHex(st.StateRoot))
	}
	status := cli(t, runStatus, "--api", "http://"+apiAddr)
	want := fmt.Sprintf("verified %d  failed 0", st.BatchNumber)
	if !strings.Contains(status, want) || !strings.Contains(status, "jobs       "+natsURL) || !strings.Contains(status, "L1         ok") {
		t.Fatalf("perpx status, want %q, the NATS URL and L1 ok:\n%s", want, status)
	}
	resp, err := http.Get("http://" + apiAddr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	// Every metric the issue lists: jobs queued, in flight and redelivered, proof seconds per batch, proven
	// transactions (a counter: its rate is proven tx/s), L1 gas per batch and acknowledgement to verified.
	for _, m := range []string{"perpx_pipeline_jobs_queued", "perpx_pipeline_jobs_in_flight", "perpx_pipeline_jobs_redelivered",
		"perpx_pipeline_proof_seconds_count", "perpx_pipeline_proven_txs_total", "perpx_pipeline_l1_gas_per_batch_count",
		"perpx_pipeline_ack_to_verified_seconds_count"} {
		if !strings.Contains(string(body), m) {
			t.Fatalf("/metrics lacks %s", m)
		}
	}
}

// deposit deposits 100 USDC into a new account through perpx deposit.
func (e *pipelineEnv) deposit(t *testing.T) {
	t.Helper()
	var out strings.Builder
	if err := runDeposit(t.Context(), []string{"--deployment", e.deployment, "--l1-key", e.traderKey, "--key", e.l2Key, "--amount", "100"}, &out); err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`new account \d+`).MatchString(out.String()) {
		t.Fatalf("deposit: %s", out.String())
	}
}

func mustDeployment(t *testing.T, path string) *l1.DeploymentFile {
	f, err := l1.ReadDeploymentFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// waitL1Verified waits until L1 holds the sequencer's last sealed batch, with the sequencer's root of that
// batch, and the sequencer's verified state has applied it; every batch before it must be verified too.
func waitL1Verified(t *testing.T, c *client.Client, rollup *l1.Rollup) {
	t.Helper()
	waitFor(t, 2*time.Minute, func() bool {
		h, err := c.Health(t.Context())
		if err != nil || h.LastBatch == 0 {
			return false
		}
		st, err := rollup.Status(t.Context())
		if err != nil || st.BatchNumber != h.LastBatch || h.VerifiedBatch != h.LastBatch {
			return false
		}
		b, err := c.Batch(t.Context(), st.BatchNumber)
		return err == nil && b.NewRoot == wire.WordHex(st.StateRoot) && b.L1 == wire.L1Verified
	})
	h, _ := c.Health(t.Context())
	for n := uint64(1); n <= h.LastBatch; n++ {
		if b, err := c.Batch(t.Context(), n); err != nil || b.L1 != wire.L1Verified {
			t.Fatalf("batch %d: %v %+v", n, err, b)
		}
	}
}

// TestPipelineCommandsWaitForNATS: perpx submitter started while the pipeline's NATS server is down (the
// sequencer restarting) keeps trying with backoff and starts once the server is up; perpx prover whose server
// stays down gives up after --nats-timeout with ErrNATS naming the URL.
func TestPipelineCommandsWaitForNATS(t *testing.T) {
	e := newPipelineEnv(t)
	port := freePort(t)
	url := fmt.Sprintf("nats://127.0.0.1:%d", port)
	start := time.Now()
	err := runProver(t.Context(), []string{"--nats", url, "--nats-timeout", "1s", "--name", "p"}, &strings.Builder{})
	if !errors.Is(err, pipeline.ErrNATS) || !strings.Contains(err.Error(), url) || time.Since(start) < time.Second {
		t.Fatalf("prover with NATS down: %v after %s, want %v naming %s after 1s", err, time.Since(start), pipeline.ErrNATS, url)
	}
	dir := t.TempDir()
	up := make(chan *pipeline.Embedded, 1)
	go func() {
		time.Sleep(2 * time.Second)
		srv, err := pipeline.StartEmbedded("127.0.0.1", port, dir)
		if err != nil {
			t.Error(err)
		}
		up <- srv
	}()
	stop := service(t, "committing", asSeq(runSubmitter), "--nats", url, "--deployment", e.deployment, "--l1-key", e.opKey)
	stop()
	if srv := <-up; srv != nil {
		srv.Close()
	}
}

// TestForgedVerifiedStatusIsNotApplied: a "verified" status on the pipeline's status stream that L1 does not
// back (anyone who reaches the NATS port can publish one) does not advance the sequencer's verified state; it
// applies once L1 holds the batch. The sequencer joins an existing NATS server (--nats) instead of embedding one.
func TestForgedVerifiedStatusIsNotApplied(t *testing.T) {
	e := newPipelineEnv(t)
	old := newWorkerProver
	newWorkerProver = func(string, prover.Progress) pipeline.Prover { return mockProver{} }
	defer func() { newWorkerProver = old }()
	port := freePort(t)
	srv, err := pipeline.StartEmbedded("127.0.0.1", port, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	natsURL := fmt.Sprintf("nats://127.0.0.1:%d", port)
	apiAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	service(t, "serving", asSeq(runSequencer), "--data-dir", filepath.Join(e.dir, "seq"), "--api", apiAddr, "--deployment", e.deployment,
		"--seal-interval", "200ms", "--log-level", "error", "--nats", natsURL)
	c := client.New("http://"+apiAddr, nil)
	e.deposit(t)
	waitFor(t, time.Minute, func() bool { h, err := c.Health(t.Context()); return err == nil && h.LastBatch >= 1 })
	conn, err := pipeline.Connect(t.Context(), natsURL, "forger", pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if err := conn.PublishStatus(t.Context(), pipeline.Status{Batch: 1, Stage: pipeline.StageVerified, Proof: []byte{1}, L1Tx: "0x01"}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(3 * time.Second)
	if b, err := c.Batch(t.Context(), 1); err != nil || b.L1 == wire.L1Verified {
		t.Fatalf("a forged verified status was applied: %+v %v", b, err)
	}
	if h, _ := c.Health(t.Context()); h.VerifiedBatch != 0 {
		t.Fatalf("the sequencer's verified batch is %d after a forged status", h.VerifiedBatch)
	}
	service(t, "taking jobs", asSeq(runProver), "--nats", natsURL, "--name", "good")
	service(t, "committing", asSeq(runSubmitter), "--nats", natsURL, "--deployment", e.deployment, "--l1-key", e.opKey)
	waitL1Verified(t, c, l1.NewRollup(e.sim.Client(), mustDeployment(t, e.deployment).Rollup))
}

// TestSubmitterDecodesReverts: a commit the Rollup refuses (the submitter's key is not an operator) is refused
// at gas estimation, before anything is sent, and reported with the contract's custom error decoded.
func TestSubmitterDecodesReverts(t *testing.T) {
	e := newPipelineEnv(t)
	old := newWorkerProver
	newWorkerProver = func(string, prover.Progress) pipeline.Prover { return mockProver{} }
	defer func() { newWorkerProver = old }()
	natsAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	apiAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	service(t, "serving", asSeq(runSequencer), "--data-dir", filepath.Join(e.dir, "seq"), "--api", apiAddr, "--deployment", e.deployment,
		"--seal-interval", "200ms", "--log-level", "error", "--nats-listen", natsAddr)
	service(t, "taking jobs", asSeq(runProver), "--nats", "nats://"+natsAddr, "--name", "good")
	c := client.New("http://"+apiAddr, nil)
	e.deposit(t)
	waitFor(t, time.Minute, func() bool { b, err := c.Batch(t.Context(), 1); return err == nil && b.Proof == wire.ProofDone })
	conn, err := pipeline.Connect(t.Context(), "nats://"+natsAddr, t.Name(), pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	f := mustDeployment(t, e.deployment)
	rollup := l1.NewRollup(e.ec, f.Rollup)
	stranger := e.sim.Key(0) // funded, not an operator
	from := crypto.PubkeyToAddress(stranger.PublicKey)
	nonce, err := e.ec.NonceAt(t.Context(), from, nil)
	if err != nil {
		t.Fatal(err)
	}
	var logs syncBuffer
	s := &pipeline.Submitter{Conn: conn, Backend: e.ec, Rollup: rollup, Operator: l1.NewSubmitter(rollup, bind.NewKeyedTransactor(stranger, big.NewInt(l1.SimChainID))),
		Verifiers: f.Deployment().Verifiers, Log: slog.New(slog.NewTextHandler(&logs, nil))}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	waitFor(t, time.Minute, func() bool { return strings.Contains(logs.String(), "NotOperator("+from.Hex()) })
	cancel()
	<-done
	if n, err := e.ec.NonceAt(t.Context(), from, nil); err != nil || n != nonce {
		t.Fatalf("the refused commit sent %d transactions (%v)", n-nonce, err)
	}
	if st, err := rollup.Status(t.Context()); err != nil || st.BatchNumber != 0 {
		t.Fatalf("L1 at batch %d (%v) after a refused commit", st.BatchNumber, err)
	}
}

// TestRefusedProofIsReported: the proofs of a prover with the wrong keys are refused before L1, and the
// sequencer records the refusal on the batch (proof "failed" with the submitter's error, counted by perpx
// status) until a good prover's proof is verified.
func TestRefusedProofIsReported(t *testing.T) {
	e := newPipelineEnv(t)
	old := newWorkerProver
	newWorkerProver = func(keyDir string, _ prover.Progress) pipeline.Prover {
		return mockProver{wrongKeys: keyDir == "wrong"}
	}
	defer func() { newWorkerProver = old }()
	natsAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	natsURL := "nats://" + natsAddr
	apiAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	service(t, "serving", asSeq(runSequencer), "--data-dir", filepath.Join(e.dir, "seq"), "--api", apiAddr, "--deployment", e.deployment,
		"--seal-interval", "200ms", "--log-level", "error", "--nats-listen", natsAddr)
	service(t, "committing", asSeq(runSubmitter), "--nats", natsURL, "--deployment", e.deployment, "--l1-key", e.opKey)
	stopWrong := service(t, "taking jobs", asSeq(runProver), "--nats", natsURL, "--key-dir", "wrong", "--name", "wrong")
	c := client.New("http://"+apiAddr, nil)
	e.deposit(t)
	waitFor(t, 30*time.Second, func() bool {
		b, err := c.Batch(t.Context(), 1)
		return err == nil && b.Proof == wire.ProofFailed && strings.Contains(b.Error, "proof refused")
	})
	stopWrong()
	service(t, "taking jobs", asSeq(runProver), "--nats", natsURL, "--name", "good")
	waitL1Verified(t, c, l1.NewRollup(e.sim.Client(), mustDeployment(t, e.deployment).Rollup))
}

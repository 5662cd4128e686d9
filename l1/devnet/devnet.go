package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/prover"
	"github.com/perpx/perpx/sequencer"
	"github.com/perpx/perpx/sequencer/httpapi"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// Defaults of a devnet.
const (
	DefaultAPIAddr      = "127.0.0.1:8080"
	DefaultBatchSize    = 2
	DefaultSealInterval = 2 * time.Second
	// DefaultTraders is the number of funded L1 accounts besides the operator (account 0).
	DefaultTraders = 4
	// pollInterval is how often the operator reads new deposits from L1.
	pollInterval = 200 * time.Millisecond
)

// ErrExternalConfig reports a Config that asks for an external chain and something only the simulated
// chain has.
var ErrExternalConfig = errors.New("devnet: not with an external chain")

// ErrDataDirInUse reports a data directory that already holds state: the simulated L1 lives in memory, so a
// devnet always starts from genesis.
var ErrDataDirInUse = errors.New("devnet: data directory already holds state")

// Config configures a devnet Node.
type Config struct {
	// DataDir holds the state tree and the batch store; it must be empty or absent.
	DataDir string
	// KeyDir caches the proving keys; empty means prover.DefaultKeyDir().
	KeyDir string
	// APIAddr is where the HTTP API listens; "127.0.0.1:0" picks a free port.
	APIAddr      string
	BatchSize    int
	SealInterval time.Duration
	Traders      int
	Logger       *slog.Logger
	// Progress receives progress lines of key generation and proving; nil discards them.
	Progress prover.Progress
	// OracleInterval is how often the development oracle (oracle.go) publishes prices; 0 means
	// DefaultOracleInterval, a negative value runs no oracle. OracleSeed seeds its random walk (0: DefaultOracleSeed).
	OracleInterval time.Duration
	OracleSeed     uint64
	// BeforeSubmit, when set, runs after a batch is proven and before it is committed on L1. An error stops
	// the node. Tests use it to try tampered submissions against the live contract.
	BeforeSubmit func(ctx context.Context, b *state.SealedBatch, p *prover.Proof) error
	// Commit, when set, commits each proven batch in place of the operator key's direct commitBatch call and
	// returns the receipt of the transaction that did. Tests use it to commit through inner calls (an EIP-7702
	// delegation of the operator key), which the escape hatch must follow.
	Commit func(ctx context.Context, n *Node, newRoot fr.Element, timestamp uint64, pubdata []byte, withdrawals []common.Address, proof []byte) (*types.Receipt, error)
	// Workers, when above 0, proves and commits through the proving pipeline (pipeline.go): an embedded
	// JetStream server, Workers prover workers and the ordered submitter, as perpx sequencer, perpx prover and
	// perpx submitter run them; 0 proves and commits in order in one goroutine. BeforeSubmit and Commit apply
	// only then.
	Workers int
	// L1HTTP, when set (host:port), serves the simulated chain's JSON-RPC API there, auto-mined, and funds
	// every trader with test USDC, so that the perpx CLI and wallets can use the chain (rpc.go).
	L1HTTP string
	// External, when set, runs the devnet against an external node (external.go) instead of the simulated
	// chain; L1HTTP must then be empty, and Demo, which moves the simulated chain's clock, does not run.
	External *ExternalL1
	// Setup, when set, runs once the contracts are deployed and before the sequencer starts, so before any
	// batch is stamped; an error stops Start. Tests use it to change the deployment through governance, which
	// moves the chain's clock past GOVERNANCE_DELAY (Sim.AdjustTime): a batch stamped before such a jump could
	// no longer be committed (the Rollup's MAX_TIMESTAMP_LAG).
	Setup func(ctx context.Context, n *Node) error
}

func (c *Config) applyDefaults() {
	if c.KeyDir == "" {
		c.KeyDir = prover.DefaultKeyDir()
	}
	if c.APIAddr == "" {
		c.APIAddr = DefaultAPIAddr
	}
	if c.BatchSize == 0 {
		c.BatchSize = DefaultBatchSize
	}
	if c.SealInterval == 0 {
		c.SealInterval = DefaultSealInterval
	}
	if c.Traders == 0 {
		c.Traders = DefaultTraders
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	if c.Progress == nil {
		c.Progress = func(string, ...any) {}
	}
	if c.OracleInterval == 0 {
		c.OracleInterval = DefaultOracleInterval
	}
	if c.OracleSeed == 0 {
		c.OracleSeed = DefaultOracleSeed
	}
}

// ConfigHash is the configuration hash a devnet commits in every batch: the hash of ProtocolConfig.
var ConfigHash = func() [32]byte { c := ProtocolConfig(); return c.Hash() }()

// Committed reports a batch that was proven and committed on L1.
type Committed struct {
	Batch   *state.SealedBatch
	Proof   *prover.Proof
	GasUsed uint64
	TxHash  common.Hash
}

// Node is a running devnet.
type Node struct {
	cfg        Config
	Sim        *l1.Sim
	Deployment *l1.Deployment
	Rollup     *l1.Rollup
	Token      *l1.Token
	Tree       *statedb.Tree
	Service    *sequencer.Service
	Prover     *prover.Prover
	// URL is the base URL of the HTTP API.
	URL string

	// The chain: the simulated one (Sim) or an external node (ext), the backend both are reached through, the
	// operator's transactor, the funded keys (the operator's first, then the traders') and the first block of
	// the deployment to follow.
	ext       *external
	client    l1.ChainBackend
	opAuth    *bind.TransactOpts
	keys      []*ecdsa.PrivateKey
	fromBlock uint64

	oracle    *oracle // the development oracle, nil if none
	rpc       rpcState
	pipe      pipelineState
	submitter *l1.Submitter
	watcher   *l1.Watcher
	server    *http.Server
	cancel    context.CancelFunc
	wg        sync.WaitGroup // the API server
	opWG      sync.WaitGroup // the operator: sealing, watching, proving and submitting

	mu        sync.Mutex
	sealed    []*state.SealedBatch // sealed, not yet proven
	wake      chan struct{}
	committed map[uint64]Committed
	changed   chan struct{} // closed and replaced whenever committed changes or the node fails
	err       error
}

// Operator returns the index of the operator's funded L1 account; traders are 1..Traders.
func (n *Node) Operator() int { return 0 }

// Start starts a devnet: it loads or generates the proving keys first (before any other goroutine runs), then
// the simulated chain, the contracts, Config.Setup, the sequencer, the API and the operator.
func Start(ctx context.Context, cfg Config) (*Node, error) {
	cfg.applyDefaults()
	if err := checkEmpty(cfg.DataDir); err != nil {
		return nil, err
	}
	if err := checkL1HTTP(cfg.L1HTTP); err != nil {
		return nil, err
	}
	n := &Node{cfg: cfg, wake: make(chan struct{}, 1), committed: make(map[uint64]Committed), changed: make(chan struct{})}
	if cfg.External != nil {
		if cfg.L1HTTP != "" {
			return nil, fmt.Errorf("%w: an external chain serves its own JSON-RPC API (L1HTTP %s)", ErrExternalConfig, cfg.L1HTTP)
		}
		// The node is checked before the proving keys load: bad input fails in seconds, not minutes.
		if err := n.dialExternal(ctx); err != nil {
			n.closeExternal()
			return nil, err
		}
	}
	n.Prover = prover.New(cfg.KeyDir, cfg.Progress)
	if _, err := n.Prover.Keys(cfg.BatchSize); err != nil {
		n.closeExternal()
		return nil, err
	}
	if err := n.startChain(ctx); err != nil {
		n.Close()
		return nil, err
	}
	if cfg.Setup != nil {
		if err := cfg.Setup(ctx, n); err != nil {
			n.Close()
			return nil, fmt.Errorf("devnet: setup: %w", err)
		}
	}
	if err := n.startSequencer(); err != nil {
		n.Close()
		return nil, err
	}
	runCtx, cancel := context.WithCancel(context.Background())
	n.cancel = cancel
	n.goRun(func() error { return n.Service.Run(runCtx) })
	n.goRun(func() error { return n.watch(runCtx) })
	if cfg.Workers > 0 {
		if err := n.startPipeline(runCtx); err != nil {
			n.Close()
			return nil, err
		}
	} else {
		n.goRun(func() error { return n.proveAndSubmit(runCtx) })
	}
	if cfg.OracleInterval > 0 {
		n.startOracle(cfg.OracleInterval, cfg.OracleSeed)
	}
	return n, nil
}

func checkEmpty(dir string) error {
	if dir == "" {
		return fmt.Errorf("devnet: no data directory")
	}
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("devnet: data directory: %w", err)
	}
	if len(entries) > 0 {
		return fmt.Errorf("%w: %s", ErrDataDirInUse, dir)
	}
	return nil
}

// startChain opens the state at genesis, deploys the contracts on a fresh simulated chain (or on the external
// node, or takes its deployment) and publishes the protocol configuration on it.
func (n *Node) startChain(ctx context.Context) error {
	tree, err := statedb.Open(filepath.Join(n.cfg.DataDir, "state"))
	if err != nil {
		return err
	}
	n.Tree = tree
	if err := tree.SetMarkets(GenesisMarkets()); err != nil {
		return err
	}
	if err := tree.Commit(); err != nil {
		return err
	}
	if n.ext != nil {
		err = n.startExternal(ctx)
	} else {
		err = n.startSim(ctx)
	}
	if err != nil {
		return err
	}
	if _, ok := n.Deployment.Verifiers[n.cfg.BatchSize]; !ok {
		return fmt.Errorf("devnet: no compiled verifier for batch size %d (run go generate ./l1/...)", n.cfg.BatchSize)
	}
	n.Rollup = l1.NewRollup(n.client, n.Deployment.Rollup)
	n.Token = l1.NewToken(n.client, n.Deployment.Token)
	n.submitter = l1.NewSubmitter(n.Rollup, n.opAuth)
	n.watcher = l1.NewWatcher(n.client, l1.WatcherConfig{Rollup: n.Deployment.Rollup, Start: l1.Cursor{Block: n.fromBlock}})
	if n.ext != nil {
		return n.fundExternal(ctx)
	}
	return n.serveRPC(ctx)
}

// startSim starts the simulated chain with its funded keys and deploys the contracts on it.
func (n *Node) startSim(ctx context.Context) error {
	var err error
	if n.Sim, err = l1.NewSim(1+n.cfg.Traders, n.simOptions()...); err != nil {
		return err
	}
	n.client, n.opAuth = n.Sim.Client(), n.Sim.Transactor(n.Operator())
	for i := range 1 + n.cfg.Traders {
		n.keys = append(n.keys, n.Sim.Key(i))
	}
	n.Deployment, err = l1.Deploy(ctx, n.client, n.opAuth, n.deployConfig())
	return err
}

// deployConfig is what a devnet deploys: the operator's key in every role, the genesis markets and the
// devnet's configuration, published.
func (n *Node) deployConfig() l1.DeployConfig {
	op := n.opAuth.From
	protocol := ProtocolConfig()
	return l1.DeployConfig{
		Governor:   op,
		Guardian:   op,
		Operators:  []common.Address{op},
		Genesis:    l1.EmptyGenesis(GenesisMarkets()),
		ConfigHash: ConfigHash,
		Config:     &protocol,
	}
}

// now is the chain's time: the simulated chain's clock, which Sim.AdjustTime moves, or the wall clock.
func (n *Node) now() time.Time {
	if n.Sim != nil {
		return n.Sim.Now()
	}
	return time.Now()
}

// startSequencer starts the sequencer and its API server.
func (n *Node) startSequencer() error {
	cfg := sequencer.Config{
		DataDir:      n.cfg.DataDir,
		ConfigHash:   ConfigHash,
		Protocol:     ProtocolConfig(),
		MaxBatchSize: n.cfg.BatchSize,
		SealInterval: n.cfg.SealInterval,
		OnSealed:     n.enqueue,
		Logger:       n.cfg.Logger,
	}
	if n.Sim != nil {
		cfg.Clock = n.Sim // batch timestamps follow the chain's clock, also across Sim.AdjustTime
	}
	svc, err := sequencer.NewService(n.Tree, cfg)
	if err != nil {
		return err
	}
	n.Service = svc
	ln, err := net.Listen("tcp", n.cfg.APIAddr)
	if err != nil {
		return fmt.Errorf("devnet: listen %s: %w", n.cfg.APIAddr, err)
	}
	n.URL = "http://" + ln.Addr().String()
	n.server = httpapi.NewServer(ln.Addr().String(), httpapi.New(svc))
	n.wg.Add(1)
	go func() {
		defer n.wg.Done()
		if err := n.server.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			n.fail(fmt.Errorf("devnet: API server: %w", err))
		}
	}()
	return nil
}

// enqueue receives sealed batches from the sequencer; it must not block.
func (n *Node) enqueue(b *state.SealedBatch) {
	if n.cfg.Workers > 0 {
		n.sealedToPipeline(b.Header.BatchNumber)
		return
	}
	n.mu.Lock()
	n.sealed = append(n.sealed, b)
	n.mu.Unlock()
	select {
	case n.wake <- struct{}{}:
	default:
	}
}

func (n *Node) goRun(f func() error) {
	n.opWG.Add(1)
	go func() {
		defer n.opWG.Done()
		if err := f(); err != nil && !errors.Is(err, context.Canceled) {
			n.fail(err)
		}
	}()
}

// fail records the first fatal error and wakes every waiter.
func (n *Node) fail(err error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.err != nil {
		return
	}
	n.err = err
	n.cfg.Logger.Error("devnet stopped", "err", err)
	close(n.changed)
	n.changed = make(chan struct{})
}

// Err returns the error that stopped the node, if any.
func (n *Node) Err() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.err
}

// watch feeds the L1 queue — deposits, forced withdrawals, forced trades and market-params changes — to the
// sequencer in queue order.
func (n *Node) watch(ctx context.Context) error {
	t := time.NewTicker(pollInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		items, err := n.watcher.PollQueue(ctx)
		if err != nil {
			return fmt.Errorf("devnet: watch the L1 queue: %w", err)
		}
		for _, it := range items {
			switch {
			case it.Deposit != nil:
				if _, err := n.Service.Deposit(*it.Deposit); err != nil {
					return fmt.Errorf("devnet: deposit to account %d: %w", it.Deposit.AccountID, err)
				}
			case it.ForcedWithdrawal != nil:
				if _, err := n.Service.ForcedWithdraw(*it.ForcedWithdrawal); err != nil {
					return fmt.Errorf("devnet: forced withdrawal from account %d: %w", it.ForcedWithdrawal.AccountID, err)
				}
			case it.ForcedTrade != nil:
				if _, err := n.Service.ForcedTrade(*it.ForcedTrade); err != nil {
					return fmt.Errorf("devnet: forced trade of account %d with %d: %w", it.ForcedTrade.AccountA, it.ForcedTrade.AccountB, err)
				}
			case it.MarketParams != nil:
				if _, err := n.Service.MarketParams(*it.MarketParams); err != nil {
					return fmt.Errorf("devnet: market %d params: %w", it.MarketParams.Market, err)
				}
			}
		}
	}
}

// proveAndSubmit proves sealed batches in order and commits them on L1.
func (n *Node) proveAndSubmit(ctx context.Context) error {
	for {
		b := n.nextSealed()
		if b == nil {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-n.wake:
			}
			continue
		}
		if err := n.submit(ctx, b); err != nil {
			return err
		}
	}
}

func (n *Node) nextSealed() *state.SealedBatch {
	n.mu.Lock()
	defer n.mu.Unlock()
	if len(n.sealed) == 0 {
		return nil
	}
	b := n.sealed[0]
	n.sealed = n.sealed[1:]
	return b
}

func (n *Node) submit(ctx context.Context, b *state.SealedBatch) error {
	num := b.Header.BatchNumber
	if err := n.Service.SetBatchStatus(num, wire.BatchStatus{Proof: wire.ProofProving, L1: wire.L1Pending}); err != nil {
		return err
	}
	proof, err := n.Prover.Prove(b)
	if err != nil {
		return err
	}
	if n.cfg.BeforeSubmit != nil {
		if err := n.cfg.BeforeSubmit(ctx, b, proof); err != nil {
			return fmt.Errorf("devnet: before submitting batch %d: %w", num, err)
		}
	}
	pubdata, err := b.Pubdata()
	if err != nil {
		return err
	}
	commit := func(ctx context.Context, _ *Node, root fr.Element, ts uint64, pubdata []byte, withdrawals []common.Address, proof []byte) (*types.Receipt, error) {
		return n.submitter.CommitBatch(ctx, root, ts, pubdata, withdrawals, proof)
	}
	if n.cfg.Commit != nil {
		commit = n.cfg.Commit
	}
	rcpt, err := commit(ctx, n, b.Header.NewRoot, b.Header.TimestampSeconds, pubdata, l1.WithdrawalAddresses(b), proof.Solidity)
	if err != nil {
		return fmt.Errorf("devnet: commit batch %d: %w", num, err)
	}
	st, err := n.Rollup.Status(ctx)
	if err != nil {
		return err
	}
	if st.BatchNumber != num || !st.StateRoot.Equal(&b.Header.NewRoot) {
		return fmt.Errorf("devnet: L1 holds batch %d root %s after committing batch %d root %s",
			st.BatchNumber, wire.WordHex(st.StateRoot), num, wire.WordHex(b.Header.NewRoot))
	}
	status := wire.BatchStatus{
		Proof: wire.ProofDone, ProofHex: fmt.Sprintf("0x%x", proof.Solidity),
		L1: wire.L1Verified, L1Tx: rcpt.TxHash.Hex(),
		ProofMillis: proof.Duration.Milliseconds(), L1GasUsed: rcpt.GasUsed,
	}
	if err := n.Service.SetBatchStatus(num, status); err != nil {
		return err
	}
	n.mu.Lock()
	n.committed[num] = Committed{Batch: b, Proof: proof, GasUsed: rcpt.GasUsed, TxHash: rcpt.TxHash}
	close(n.changed)
	n.changed = make(chan struct{})
	n.mu.Unlock()
	n.cfg.Logger.Info("batch committed", "batch", num, "gas", rcpt.GasUsed, "prove", proof.Duration)
	return nil
}

// WaitCommitted waits until batch num is committed on L1, the node fails, or ctx ends.
func (n *Node) WaitCommitted(ctx context.Context, num uint64) (Committed, error) {
	for {
		n.mu.Lock()
		c, ok := n.committed[num]
		err, changed := n.err, n.changed
		n.mu.Unlock()
		switch {
		case ok:
			return c, nil
		case err != nil:
			return Committed{}, err
		}
		select {
		case <-ctx.Done():
			return Committed{}, fmt.Errorf("devnet: waiting for batch %d: %w", num, ctx.Err())
		case <-changed:
		}
	}
}

// StopOperator stops the operator — the development oracle, sealing, the L1 watcher, proving and submission —
// and waits for it,
// leaving the chain and the API running: the operator disappears, as the escape hatch must survive.
func (n *Node) StopOperator() {
	n.StopOracle()
	if n.cancel != nil {
		n.cancel()
	}
	n.opWG.Wait()
}

// Close stops the node and releases its resources.
func (n *Node) Close() error {
	n.StopOperator()
	var errs []error
	if n.server != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		errs = append(errs, n.server.Shutdown(ctx))
		cancel()
	}
	n.wg.Wait()
	if n.Service != nil {
		errs = append(errs, n.Service.Close())
	}
	if n.Tree != nil {
		errs = append(errs, n.Tree.Close())
	}
	n.closePipeline()
	n.stopMining()
	if n.Sim != nil {
		errs = append(errs, n.Sim.Close())
	}
	n.closeExternal()
	return errors.Join(errs...)
}

package main

import (
	"context"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/l1/devnet"
	"github.com/perpx/perpx/sequencer"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// l1PollInterval is how often perpx sequencer reads the L1 queue.
const l1PollInterval = time.Second

// sequencerFlags are the flags of perpx sequencer.
type sequencerFlags struct {
	dataDir, api, configHash string
	configFile               string
	batchSize                int
	sealInterval             time.Duration
	l1RPC, rollup            string
	// l1Unchecked follows --l1-rpc without checking that it holds a Rollup this sequencer can serve
	// (checkSequencerL1): for a queue-only endpoint such as a test's stand-in chain.
	l1Unchecked               bool
	fromBlock, confirmations  uint64
	logLevel                  string
	accountRate, accountBurst float64
	stress                    *stressSchedule // --stress-every, --stress-scenarios (stress.go)
	// deployment is --deployment FILE; deploymentFile is what it holds.
	deployment     string
	deploymentFile *l1.DeploymentFile
	// health is the L1 follower's health, reported by GET /v1/health.
	health l1Health
	// natsURL joins an external NATS cluster; natsListen is where the embedded server listens otherwise
	// (noPipeline: no pipeline). maxInFlight bounds the proving jobs in flight.
	natsURL, natsListen string
	maxInFlight         int
}

func parseSequencerFlags(args []string) (*sequencerFlags, error) {
	fs := flag.NewFlagSet("sequencer", flag.ContinueOnError)
	f := &sequencerFlags{}
	fs.StringVar(&f.dataDir, "data-dir", "", "state and input log directory (required); a fresh one starts at the devnet's genesis markets")
	fs.StringVar(&f.api, "api", "127.0.0.1:8080", "HTTP API listen address")
	fs.IntVar(&f.batchSize, "batch-size", devnet.DefaultBatchSize, "largest batch size")
	fs.DurationVar(&f.sealInterval, "seal-interval", devnet.DefaultSealInterval, "seal a non-empty batch this often")
	fs.StringVar(&f.configFile, "config", "", "protocol configuration file, JSON (default: the devnet's)")
	fs.StringVar(&f.configHash, "config-hash", "", "expected configuration hash, hex: the sequencer refuses to start if the configuration's differs")
	fs.BoolVar(&f.l1Unchecked, "l1-unchecked", false, "follow --l1-rpc without checking that it holds a Rollup with this sequencer's genesis root and configuration hash (a queue-only endpoint, e.g. a test's stand-in chain; never for a real deployment)")
	fs.StringVar(&f.l1RPC, "l1-rpc", "", "Ethereum JSON-RPC endpoint to read the L1 queue (deposits, forced requests, market changes) from (default: none)")
	fs.StringVar(&f.rollup, "rollup", "", "Rollup contract address (with --l1-rpc)")
	fs.StringVar(&f.deployment, "deployment", "", "deployment file of the Rollup to follow (perpx deploy, perpx devnet): its address, first block and RPC URL unless --l1-rpc")
	fs.Uint64Var(&f.fromBlock, "from-block", 0, "L1 block to read the queue from (the rollup's deployment block or earlier)")
	fs.Uint64Var(&f.confirmations, "confirmations", 0, "L1 blocks that must follow a queue entry before it is applied")
	fs.StringVar(&f.logLevel, "log-level", "info", "debug, info, warn or error")
	fs.Float64Var(&f.accountRate, "account-rate", 0, "signed requests per second per account (0: the default, <0: unlimited)")
	fs.Float64Var(&f.accountBurst, "account-burst", 0, "burst of signed requests per account (0: the default)")
	f.stress = addStressScheduleFlags(fs)
	fs.StringVar(&f.natsURL, "nats", "", "NATS URL of the proving pipeline's cluster (default: an embedded JetStream server, its store in the data directory)")
	fs.StringVar(&f.natsListen, "nats-listen", defaultNATSListen, "listen address of the embedded JetStream server (port 0: any; \""+noPipeline+"\": no proving pipeline)")
	fs.IntVar(&f.maxInFlight, "max-jobs", 0, "proving jobs queued or in flight at most (0: the default)")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if err := f.resolveDeployment(fs); err != nil {
		return nil, err
	}
	switch {
	case f.dataDir == "":
		return nil, fmt.Errorf("sequencer: %w: --data-dir is required", errUsage)
	case f.l1RPC != "" && !common.IsHexAddress(f.rollup):
		return nil, fmt.Errorf("sequencer: %w: --l1-rpc needs --rollup ADDRESS", errUsage)
	}
	return f, nil
}

// runSequencer runs a standalone sequencer: state, input log and API, fed by the L1 queue when --l1-rpc is
// given. SIGINT or SIGTERM stops it gracefully (in-flight requests finish, the log syncs, a checkpoint is
// written); a durability failure stops it with an error.
func runSequencer(ctx context.Context, args []string, stdout io.Writer) error {
	f, err := parseSequencerFlags(args)
	if err != nil {
		return err
	}
	logger, protocol, configHash, err := sequencerConfig(ctx, f)
	if err != nil {
		return err
	}
	tree, err := statedb.Open(filepath.Join(f.dataDir, "state"), statedb.WithLogger(logger))
	if err != nil {
		return err
	}
	defer tree.Close()
	if tree.Markets() == (state.Markets{}) {
		logger.Info("new data directory: devnet genesis markets")
		if err := tree.SetMarkets(genesisMarkets()); err != nil {
			return err
		}
		if err := tree.Commit(); err != nil {
			return err
		}
	}
	var pipe *seqPipeline
	if f.natsURL != "" || f.natsListen != noPipeline {
		if pipe, err = startSeqPipeline(ctx, f, logger); err != nil {
			return fmt.Errorf("sequencer: %w", err)
		}
		defer pipe.close()
	}
	svc, err := sequencer.NewService(tree, sequencer.Config{
		DataDir: f.dataDir, ConfigHash: configHash, Protocol: protocol, MaxBatchSize: f.batchSize, SealInterval: f.sealInterval, Logger: logger,
		OnSealed: pipe.sealed,
	})
	if err != nil {
		return err
	}
	if pipe != nil {
		pipe.attach(svc, logger)
	}
	closed := false
	defer func() {
		if !closed {
			svc.Close()
		}
	}()
	ln, err := net.Listen("tcp", f.api)
	if err != nil {
		return fmt.Errorf("sequencer: listen %s: %w", f.api, err)
	}
	api := sequencer.NewAPIWithConfig(svc, sequencer.APIConfig{AccountRate: f.accountRate, AccountBurst: f.accountBurst})
	srv := sequencer.NewHTTPServer(ln.Addr().String(), withPipelineMetrics(withL1Health(api, &f.health), pipe))
	srvErr := make(chan error, 1)
	go func() { srvErr <- srv.Serve(ln) }()
	h := svc.Health()
	fmt.Fprintf(stdout, "perpx sequencer serving http://%s (log entry %d, next batch %d, root %s)\n", ln.Addr(), h.LogSeq, h.NextBatch, h.Root)
	logger.Info("serving", "api", ln.Addr().String(), "data_dir", f.dataDir)

	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	errs := make(chan error, 3)
	go func() { errs <- svc.Run(runCtx) }()
	go f.stress.run(runCtx, svc, protocol, f.dataDir, logger)
	if pipe != nil {
		fmt.Fprintf(stdout, "perpx sequencer proving pipeline on %s\n", pipe.URL)
		go func() { errs <- pipe.run(runCtx, svc, logger) }()
	}
	if f.l1RPC != "" {
		go func() { errs <- followL1(runCtx, svc, f, logger) }()
	}
	var runErr error
	select {
	case runErr = <-errs:
	case runErr = <-srvErr:
	}
	cancel()
	// Graceful stop: no new requests, the ones in flight finish (each waits for its log sync), then Close syncs
	// what is left and writes a checkpoint.
	sctx, scancel := context.WithTimeout(context.Background(), 10*time.Second)
	srv.Shutdown(sctx)
	scancel()
	closed = true
	closeErr := svc.Close()
	if runErr != nil && !errors.Is(runErr, context.Canceled) {
		return fmt.Errorf("sequencer stopped: %w", runErr)
	}
	if closeErr != nil {
		return closeErr
	}
	fmt.Fprintln(stdout, "perpx sequencer stopped")
	return nil
}

// sequencerConfig returns the logger, the protocol configuration and the configuration hash of the flags, and
// checks the L1 the sequencer follows, if any, holds a Rollup it can serve (checkSequencerL1).
func sequencerConfig(ctx context.Context, f *sequencerFlags) (*slog.Logger, state.Config, [32]byte, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(f.logLevel)); err != nil {
		return nil, state.Config{}, [32]byte{}, fmt.Errorf("sequencer: %w: --log-level %q", errUsage, f.logLevel)
	}
	logger := slog.New(slog.NewJSONHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	protocol, err := loadProtocolConfig(f.configFile)
	if err != nil {
		return nil, state.Config{}, [32]byte{}, err
	}
	configHash := protocol.Hash()
	if f.configHash != "" {
		b, err := hex.DecodeString(strings.TrimPrefix(f.configHash, "0x"))
		if err != nil || len(b) != 32 {
			return nil, state.Config{}, [32]byte{}, fmt.Errorf("sequencer: %w: --config-hash must be 32 bytes of hex", errUsage)
		}
		copy(configHash[:], b)
	}
	if f.l1RPC != "" && f.l1Unchecked {
		logger.Warn("following an L1 endpoint without checking its Rollup (--l1-unchecked)", "rpc", f.l1RPC)
	} else if f.l1RPC != "" {
		if err := checkSequencerL1(ctx, f, configHash); err != nil {
			return nil, state.Config{}, [32]byte{}, fmt.Errorf("sequencer: %w", err)
		}
	}
	return logger, protocol, configHash, nil
}

// followL1 feeds the L1 queue (deposits, forced withdrawals, forced trades and market-params changes) to the
// service in queue order. It scans from
// --from-block and skips the entries the service has applied already (it counts them in its state, so a
// restart resumes where the log stands).
func followL1(ctx context.Context, svc *sequencer.Service, f *sequencerFlags, logger *slog.Logger) error {
	ec, err := ethclient.DialContext(ctx, f.l1RPC)
	if err != nil {
		return fmt.Errorf("sequencer: L1: %w", err)
	}
	defer ec.Close()
	w := l1.NewWatcher(ec, l1.WatcherConfig{Rollup: common.HexToAddress(f.rollup), Start: l1.Cursor{Block: f.fromBlock},
		Confirmations: f.confirmations})
	t := time.NewTicker(l1PollInterval)
	defer t.Stop()
	for {
		items, err := w.PollQueue(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			f.health.fail(err)
			logger.Warn("L1 queue", "err", err)
		} else if head, herr := ec.BlockNumber(ctx); herr == nil {
			f.health.ok(head, w.Cursor().Block)
		}
		for _, it := range items {
			if it.Index < svc.DepositsApplied() {
				continue
			}
			var err error
			switch {
			case it.Deposit != nil:
				_, err = svc.Deposit(*it.Deposit)
			case it.ForcedWithdrawal != nil:
				_, err = svc.ForcedWithdraw(*it.ForcedWithdrawal)
			case it.ForcedTrade != nil:
				_, err = svc.ForcedTrade(*it.ForcedTrade)
			case it.MarketParams != nil:
				_, err = svc.MarketParams(*it.MarketParams)
			}
			if err != nil {
				// L1 consumes its queue in order: skipping an entry would make every later batch fail there.
				return fmt.Errorf("sequencer: L1 queue entry %d: %w", it.Index, err)
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

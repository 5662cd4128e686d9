package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/prover"
	"github.com/perpx/perpx/prover/pipeline"
)

// newWorkerProver returns the prover of perpx prover; tests replace it.
var newWorkerProver = func(keyDir string, progress prover.Progress) pipeline.Prover { return prover.New(keyDir, progress) }

// runProver runs a prover worker: it takes proving jobs from the pipeline's NATS JetStream, proves them and
// publishes the proofs, until SIGINT or SIGTERM.
func runProver(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("prover", flag.ContinueOnError)
	url := fs.String("nats", defaultNATSURL, "NATS URL of the pipeline (the sequencer's embedded server, or a cluster)")
	keyDir := fs.String("key-dir", prover.DefaultKeyDir(), "proving key cache directory")
	name := fs.String("name", "", "worker name in statuses and logs (default: host name and process id)")
	ackWait := fs.Duration("ack-wait", pipeline.DefaultAckWait, "redeliver a job a silent worker holds this long")
	size := fs.Int("batch-size", 0, "load this batch size's proving keys at start (0: on the first job)")
	metricsAddr := fs.String("metrics", "", "serve Prometheus metrics at http://ADDR/metrics (default: none)")
	natsTimeout := natsTimeoutFlag(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *name == "" {
		host, _ := os.Hostname()
		*name = fmt.Sprintf("%s-%d", host, os.Getpid())
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	logger := slog.New(slog.NewJSONHandler(os.Stderr, nil))
	p := newWorkerProver(*keyDir, func(format string, a ...any) { logger.Info(fmt.Sprintf(format, a...)) })
	if real, ok := p.(*prover.Prover); ok && *size > 0 {
		if _, err := real.Keys(*size); err != nil {
			return err
		}
	}
	conn, err := pipeline.Connect(ctx, *url, "perpx prover "+*name, pipeline.Options{ConnectTimeout: *natsTimeout, Log: logger})
	if err != nil {
		return fmt.Errorf("prover: %w", err)
	}
	defer conn.Close()
	fmt.Fprintf(stdout, "perpx prover %s taking jobs from %s\n", *name, *url)
	m, err := serveMetrics(ctx, *metricsAddr)
	if err != nil {
		return fmt.Errorf("prover: %w", err)
	}
	w := &pipeline.Worker{Conn: conn, Prover: p, Name: *name, AckWait: *ackWait, Log: logger, OnProof: m.ObserveProof}
	if err := w.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
		return fmt.Errorf("prover: %w", err)
	}
	return nil
}

// runSubmitter runs the ordered submitter: it reads proofs from the pipeline, checks each against the
// deployment's verifier and commits them on L1 in batch order as the operator, until SIGINT or SIGTERM.
func runSubmitter(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("submitter", flag.ContinueOnError)
	var l1f l1Flags
	l1f.register(fs, "is the Rollup's operator and pays the commits")
	url := fs.String("nats", defaultNATSURL, "NATS URL of the pipeline")
	confirmations := fs.Uint64("confirmations", 0, "blocks that must follow a commit before its batch is reported verified")
	stuck := fs.Duration("stuck-after", pipeline.DefaultStuckAfter, "replace a commit not mined this long with higher fees")
	metricsAddr := fs.String("metrics", "", "serve Prometheus metrics at http://ADDR/metrics (default: none)")
	natsTimeout := natsTimeoutFlag(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := l1f.check("submitter"); err != nil {
		return err
	}
	if l1f.file == nil {
		return fmt.Errorf("submitter: %w: --deployment FILE is required (the verifiers proofs are checked with)", errUsage)
	}
	key, err := readKey(l1f.keyFile)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(ctx, os.Interrupt, syscall.SIGTERM)
	defer stop()
	ec, chainID, err := l1f.dial(ctx)
	if err != nil {
		return fmt.Errorf("submitter: %w", err)
	}
	defer ec.Close()
	logger := slog.New(slog.NewJSONHandler(os.Stderr, nil))
	conn, err := pipeline.Connect(ctx, *url, "perpx submitter", pipeline.Options{ConnectTimeout: *natsTimeout, Log: logger})
	if err != nil {
		return fmt.Errorf("submitter: %w", err)
	}
	defer conn.Close()
	m, err := serveMetrics(ctx, *metricsAddr)
	if err != nil {
		return fmt.Errorf("submitter: %w", err)
	}
	rollup := l1.NewRollup(ec, l1f.address())
	s := &pipeline.Submitter{OnVerified: func(_ *pipeline.ProofMsg, r *types.Receipt) { m.L1GasPerBatch.Observe(float64(r.GasUsed)) }, Conn: conn, Backend: ec, Rollup: rollup,
		Operator:  l1.NewSubmitter(rollup, bind.NewKeyedTransactor(key, chainID)),
		Verifiers: l1f.file.Deployment().Verifiers, Confirmations: *confirmations, StuckAfter: *stuck, Log: logger}
	fmt.Fprintf(stdout, "perpx submitter committing proofs from %s to %s\n", *url, l1f.address().Hex())
	if err := s.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
		return fmt.Errorf("submitter: %w", err)
	}
	return nil
}

// natsTimeoutFlag adds --nats-timeout: how long a command retries, with backoff, a NATS server that does not
// answer at start (a sequencer restarting, whose embedded server is the pipeline's) before it gives up.
func natsTimeoutFlag(fs *flag.FlagSet) *time.Duration {
	return fs.Duration("nats-timeout", pipeline.DefaultConnectTimeout, natsTimeoutUsage)
}

// natsTimeoutUsage is the usage line of --nats-timeout.
const natsTimeoutUsage = "retry a NATS server that does not answer at start this long, with backoff, before giving up"

// serveMetrics creates the pipeline's metrics and, when addr is set, serves them at http://addr/metrics until
// ctx ends.
func serveMetrics(ctx context.Context, addr string) (*pipeline.Metrics, error) {
	reg := prometheus.NewRegistry()
	m := pipeline.NewMetrics(reg)
	if addr == "" {
		return m, nil
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("metrics: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	go func() { <-ctx.Done(); srv.Close() }()
	return m, nil
}

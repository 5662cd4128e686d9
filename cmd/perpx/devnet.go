package main

import (
	"context"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/l1/devnet"
	"github.com/perpx/perpx/prover"
)

// defaultDevnetOut is the directory perpx devnet writes its deployment file and the traders' L1 keys to.
const defaultDevnetOut = "devnet"

func runDevnet(args []string) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return devnetMain(ctx, args, os.Stdout, os.Stderr)
}

// devnetMain runs perpx devnet until ctx ends (or, with --demo, the demo ends).
func devnetMain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("devnet", flag.ContinueOnError)
	demo := fs.Bool("demo", false, "run the scripted demo flow, then exit")
	api := fs.String("api", devnet.DefaultAPIAddr, "HTTP API listen address")
	l1HTTP := fs.String("l1-http", devnet.DefaultL1HTTP, "serve the simulated chain's JSON-RPC API here, auto-mined (\"\": none)")
	out := fs.String("out", defaultDevnetOut, "directory to write deployment.json and the funded traders' L1 keys to (\"\": none)")
	dataDir := fs.String("data-dir", "", "state directory (default: a fresh temporary directory)")
	keyDir := fs.String("key-dir", prover.DefaultKeyDir(), "proving key cache directory")
	size := fs.Int("batch-size", devnet.DefaultBatchSize, "batch size")
	verbose := fs.Bool("v", false, "log the node's activity")
	workers := fs.Int("workers", 1, "prover workers of the devnet's proving pipeline (embedded JetStream, ordered submitter); 0: prove in order without it")
	oracle := fs.Duration("oracle-interval", devnet.DefaultOracleInterval, "how often the development oracle publishes prices (<0: no oracle)")
	var ext externalFlags
	ext.register(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	external, err := ext.resolve(fs, *demo)
	if err != nil {
		return err
	}
	if external != nil {
		*l1HTTP = ""
	}
	if *dataDir == "" {
		d, err := os.MkdirTemp("", "perpx-devnet-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		*dataDir = d
	}
	logger := slog.New(slog.DiscardHandler)
	if *verbose || !*demo {
		logger = slog.New(slog.NewTextHandler(stderr, nil))
	}
	fmt.Fprintf(stderr, "perpx devnet: loading proving keys (the first run generates them: a few minutes)…\n")
	n, err := devnet.Start(ctx, devnet.Config{
		DataDir: *dataDir, KeyDir: *keyDir, APIAddr: *api, BatchSize: *size, L1HTTP: *l1HTTP, OracleInterval: *oracle, Workers: *workers,
		External: external, Logger: logger, Progress: func(format string, args ...any) { fmt.Fprintf(stderr, format+"\n", args...) },
	})
	if err != nil {
		return err
	}
	defer n.Close()
	if *demo {
		_, err := devnet.Demo(ctx, n, stdout)
		return err
	}
	if err := printDevnet(ctx, n, *out, *dataDir, stdout); err != nil {
		return err
	}
	<-ctx.Done()
	if err := n.Err(); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	return nil
}

// printDevnet writes the deployment file and the traders' keys to dir (when not empty) and prints where
// everything is, as local chains such as anvil do.
func printDevnet(ctx context.Context, n *devnet.Node, dir, dataDir string, stdout io.Writer) error {
	f, err := n.DeploymentFile(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "perpx devnet running\n  API         %s\n  L1 RPC      %s (chain %d)\n  Rollup      %s\n  USDC        %s\n  data        %s\n",
		n.URL, orNone(f.RPC), f.ChainID, n.Deployment.Rollup.Hex(), n.Deployment.Token.Hex(), dataDir)
	if dir != "" {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return fmt.Errorf("devnet: %w", err)
		}
		path := filepath.Join(dir, "deployment.json")
		if err := f.Write(path); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "  deployment  %s\n", path)
	}
	if n.Sim != nil {
		fmt.Fprintln(stdout, "funded L1 accounts (1,000,000 ether and, when the chain is served, 1,000,000 test USDC each); their keys are public, for this devnet only:")
	} else {
		fmt.Fprintln(stdout, "funded L1 accounts (10 ether from --l1-key and 1,000,000 test USDC each); new keys, printed in clear, for this devnet only:")
	}
	for i := 1; i <= n.Traders(); i++ {
		k := n.TraderKey(i)
		line := fmt.Sprintf("  (%d) %s  0x%s", i, crypto.PubkeyToAddress(k.PublicKey).Hex(), hex.EncodeToString(crypto.FromECDSA(k)))
		if dir != "" {
			path := filepath.Join(dir, fmt.Sprintf("trader-%d.key", i))
			if err := os.WriteFile(path, []byte(hex.EncodeToString(crypto.FromECDSA(k))+"\n"), 0o600); err != nil {
				return fmt.Errorf("devnet: %w", err)
			}
			line += "  " + path
		}
		fmt.Fprintln(stdout, line)
	}
	fmt.Fprintln(stdout, "ctrl-c to stop")
	return nil
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

// externalFlags are perpx devnet's flags for an external node: --l1-rpc, --l1-key and --deployment.
type externalFlags struct {
	rpc, keyFile, deployment string
}

func (e *externalFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&e.rpc, "l1-rpc", "", "run against this external node's JSON-RPC endpoint (a dev chain, id "+fmt.Sprint(DevChainID)+") instead of the simulated chain (default: the deployment file's, with --deployment)")
	fs.StringVar(&e.keyFile, "l1-key", "", "with --l1-rpc: a funded key of the chain that deploys, funds the traders and commits the batches")
	fs.StringVar(&e.deployment, "deployment", "", "with --l1-rpc: run against this deployment (perpx deploy --config devnet) instead of deploying anew; --l1-key must be its operator")
}

// resolve returns the external node of the flags, nil when none is given. --demo (which moves the simulated
// chain's clock) and --l1-http (the simulated chain's endpoint) do not go with one, and --l1-key is required.
func (e *externalFlags) resolve(fs *flag.FlagSet, demo bool) (*devnet.ExternalL1, error) {
	if e.rpc == "" && e.deployment == "" {
		if e.keyFile != "" {
			return nil, fmt.Errorf("devnet: %w: --l1-key goes with --l1-rpc", errUsage)
		}
		return nil, nil
	}
	servesChain := false
	fs.Visit(func(f *flag.Flag) { servesChain = servesChain || f.Name == "l1-http" })
	switch {
	case demo:
		return nil, fmt.Errorf("devnet: %w: --demo runs on the simulated chain only, not with --l1-rpc", errUsage)
	case servesChain:
		return nil, fmt.Errorf("devnet: %w: --l1-http serves the simulated chain; an external node serves its own", errUsage)
	case e.keyFile == "":
		return nil, fmt.Errorf("devnet: %w: --l1-rpc needs --l1-key FILE, a funded key of the chain", errUsage)
	}
	key, err := readKey(e.keyFile)
	if err != nil {
		return nil, fmt.Errorf("devnet: %w", err)
	}
	x := &devnet.ExternalL1{RPC: e.rpc, Key: key}
	if e.deployment != "" {
		if x.Deployment, err = l1.ReadDeploymentFile(e.deployment); err != nil {
			return nil, fmt.Errorf("devnet: %w", err)
		}
		if x.RPC == "" {
			x.RPC = x.Deployment.RPC
		}
	}
	if x.RPC == "" {
		return nil, fmt.Errorf("devnet: %w: --l1-rpc is required (the deployment file names no RPC)", errUsage)
	}
	return x, nil
}

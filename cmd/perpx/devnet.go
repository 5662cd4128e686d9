package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/perpx/perpx/l1/devnet"
	"github.com/perpx/perpx/prover"
)

func runDevnet(args []string) error {
	fs := flag.NewFlagSet("devnet", flag.ContinueOnError)
	demo := fs.Bool("demo", false, "run the scripted demo flow, then exit")
	api := fs.String("api", devnet.DefaultAPIAddr, "HTTP API listen address")
	dataDir := fs.String("data-dir", "", "state directory (default: a fresh temporary directory)")
	keyDir := fs.String("key-dir", prover.DefaultKeyDir(), "proving key cache directory")
	size := fs.Int("batch-size", devnet.DefaultBatchSize, "batch size")
	verbose := fs.Bool("v", false, "log the node's activity")
	if err := fs.Parse(args); err != nil {
		return err
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
		logger = slog.New(slog.NewTextHandler(os.Stderr, nil))
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Fprintf(os.Stderr, "perpx devnet: loading proving keys (the first run generates them: a few minutes)…\n")
	n, err := devnet.Start(ctx, devnet.Config{
		DataDir: *dataDir, KeyDir: *keyDir, APIAddr: *api, BatchSize: *size,
		Logger: logger, Progress: progressTo(os.Stderr),
	})
	if err != nil {
		return err
	}
	defer n.Close()
	if *demo {
		_, err := devnet.Demo(ctx, n, os.Stdout)
		return err
	}
	fmt.Printf("perpx devnet running\n  API     %s\n  Rollup  %s\n  USDC    %s\n  data    %s\nctrl-c to stop\n",
		n.URL, n.Deployment.Rollup.Hex(), n.Deployment.Token.Hex(), *dataDir)
	<-ctx.Done()
	if err := n.Err(); err != nil && !errors.Is(err, context.Canceled) {
		return err
	}
	return nil
}

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/sequencer/client"
	"github.com/perpx/perpx/sequencer/wire"
)

// Claiming withdrawals on L1: perpx claim, and perpx withdraw --claim.
const (
	// defaultClaimWait bounds how long perpx withdraw --claim waits for its batch to be verified on L1.
	defaultClaimWait = 10 * time.Minute
	// verifiedPollInterval is how often the batch's L1 status is read while waiting.
	verifiedPollInterval = 500 * time.Millisecond
)

var (
	// errNothingToClaim reports an L1 address the Rollup owes nothing.
	errNothingToClaim = errors.New("nothing to claim")
	// errBatchFailed reports a batch the operator could not commit on L1.
	errBatchFailed = errors.New("batch failed on L1")
)

// claimFlags are the flags of a claim on L1: the L1 target and the key the Rollup pays.
type claimFlags struct {
	l1Flags
	claim bool
	wait  time.Duration
}

// register adds the flags of perpx withdraw --claim to fs.
func (f *claimFlags) register(fs *flag.FlagSet) {
	fs.BoolVar(&f.claim, "claim", false, "wait until the withdrawal's batch is verified on L1, then claim it (Rollup.withdraw) with --l1-key")
	fs.DurationVar(&f.wait, "wait", defaultClaimWait, "with --claim: how long to wait for the batch to be verified")
	f.l1Flags.register(fs, "receives the withdrawal and pays the claim")
}

// check requires the L1 flags when --claim is given.
func (f *claimFlags) check(cmd string) error {
	if !f.claim {
		return nil
	}
	return f.l1Flags.check(cmd)
}

// send claims the pending withdrawal of --l1-key's address: errNothingToClaim when it has none.
func (f *claimFlags) send(ctx context.Context, cmd string, out io.Writer) error {
	key, err := readKey(f.keyFile)
	if err != nil {
		return err
	}
	ec, chainID, err := f.dial(ctx)
	if err != nil {
		return err
	}
	defer ec.Close()
	rollup := l1.NewRollup(ec, f.address())
	owner := crypto.PubkeyToAddress(key.PublicKey)
	owed, err := rollup.PendingWithdrawal(ctx, owner)
	if err != nil {
		return err
	}
	if owed.Sign() == 0 {
		return fmt.Errorf("%s: %w: the Rollup owes %s nothing", cmd, errNothingToClaim, owner.Hex())
	}
	auth := bind.NewKeyedTransactor(key, chainID)
	rcpt, err := rollup.Withdraw(ctx, auth)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "claimed %s USDC to %s on L1 (tx %s)\n", wire.FormatAmount(owed.Int64()), owner.Hex(), rcpt.TxHash.Hex())
	return nil
}

// waitVerified waits until batch n is verified on L1 according to the sequencer, for at most wait.
func waitVerified(ctx context.Context, c *client.Client, n uint64, wait time.Duration) error {
	ctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	for {
		b, err := c.Batch(ctx, n)
		if err == nil && b.L1 == wire.L1Verified {
			return nil
		}
		if err == nil && b.L1 == wire.L1Failed {
			return fmt.Errorf("%w: batch %d", errBatchFailed, n)
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("waiting for batch %d to be verified on L1: %w", n, ctx.Err())
		case <-time.After(verifiedPollInterval):
		}
	}
}

// runClaim claims, on L1, the withdrawals credited to --l1-key's address (Rollup.withdraw).
func runClaim(ctx context.Context, args []string, out io.Writer) error {
	fs := flag.NewFlagSet("claim", flag.ContinueOnError)
	var f claimFlags
	f.l1Flags.register(fs, "receives the withdrawals and pays the claim")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := f.l1Flags.check("claim"); err != nil {
		return err
	}
	return f.send(ctx, "claim", out)
}

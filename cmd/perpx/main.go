package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	gnarklog "github.com/consensys/gnark/logger"
)

func main() {
	os.Exit(report(run(os.Args[1:]), os.Stderr))
}

// report prints err, if any, and returns the exit status: 0 for success and for -h (the command printed its
// usage), 1 for an error.
func report(err error, w io.Writer) int {
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return 0
	}
	fmt.Fprintln(w, "perpx:", err)
	return 1
}

const usage = `perpx <command> [flags]

commands:
  devnet            run a whole system locally: simulated L1, sequencer, prover, API
  keys setup        generate (or load) the proving keys of a batch size
  keys export-solidity
                    write the Solidity verifier of a batch size
  deploy            deploy the contracts on a chain and write a deployment file
  escape            rebuild a frozen rollup's state from L1 alone and escape an account
  sequencer         run a standalone sequencer (state, input log, API), fed by the L1 queue; it publishes
                    sealed batches as proving jobs on NATS JetStream (embedded by default)
  prover            run a prover worker: take proving jobs from NATS, prove, publish the proofs
  status            print the pipeline: batches sealed, proving, proven, submitted, verified; jobs; L1
  submitter         commit proofs on L1 in batch order as the operator, and report statuses
  keys new          create an L2 trading key
  deposit           deposit USDC on L1 into a new or existing account
  consent           sign, as account B's L1 owner, a consent to a forced trade with account A
  forced-trade      queue on L1, as account A's owner, a forced trade with B's consent
  order place|cancel|list
                    place, cancel or list signed orders
  account           show an account with its positions, margin and liquidation prices
  withdraw          withdraw USDC to the account's L1 address (--claim: and claim it on L1 once verified)
  claim             claim on L1 the withdrawals credited to an L1 address (Rollup.withdraw)
  transfer          move USDC between accounts of one key (opens sub-accounts and isolated accounts)
  stress            run stress scenarios (shocks, oracle hiccups, funding spikes, droughts, a proposal) on a copy of a state

run "perpx <command> -h" for its flags`

// run runs the command args name. Its error names the command (a command's own errors may already start
// with its name); flag.ErrHelp means -h printed the command's usage.
func run(args []string) error {
	// gnark logs every solve and proof at debug level; perpx reports its own progress.
	gnarklog.Disable()
	if len(args) == 0 {
		return fmt.Errorf("no command\n%s", usage)
	}
	err := dispatch(args)
	if name := commandName(args); err != nil && !errors.Is(err, flag.ErrHelp) && !strings.HasPrefix(err.Error(), name+":") {
		err = fmt.Errorf("%s: %w", name, err)
	}
	return err
}

// commandName is the command args name: "order place", "keys new", "deposit".
func commandName(args []string) string {
	if (args[0] == "order" || args[0] == "keys") && len(args) > 1 && !strings.HasPrefix(args[1], "-") {
		return args[0] + " " + args[1]
	}
	return args[0]
}

func dispatch(args []string) error {
	switch args[0] {
	case "devnet":
		return runDevnet(args[1:])
	case "keys":
		return runKeys(args[1:])
	case "escape":
		return runEscape(args[1:])
	case "status":
		return runStatus(context.Background(), args[1:], os.Stdout)
	case "prover":
		return runProver(context.Background(), args[1:], os.Stdout)
	case "submitter":
		return runSubmitter(context.Background(), args[1:], os.Stdout)
	case "deploy":
		return runDeploy(context.Background(), args[1:], os.Stdout)
	case "sequencer":
		return runSequencer(context.Background(), args[1:], os.Stdout)
	case "deposit":
		return runDeposit(context.Background(), args[1:], os.Stdout)
	case "consent":
		return runConsent(context.Background(), args[1:], os.Stdout)
	case "forced-trade":
		return runForcedTrade(context.Background(), args[1:], os.Stdout)
	case "order":
		return runOrder(context.Background(), args[1:], os.Stdout)
	case "account":
		return runAccount(context.Background(), args[1:], os.Stdout)
	case "withdraw":
		return runWithdraw(context.Background(), args[1:], os.Stdout)
	case "claim":
		return runClaim(context.Background(), args[1:], os.Stdout)
	case "transfer":
		return runTransfer(context.Background(), args[1:], os.Stdout)
	case "stress":
		return runStress(args[1:], os.Stdout)
	case "help", "-h", "--help":
		fmt.Println(usage)
		return nil
	}
	return fmt.Errorf("unknown command %q\n%s", args[0], usage)
}

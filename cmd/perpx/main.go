package main

import (
	"context"
	"fmt"
	"os"

	gnarklog "github.com/consensys/gnark/logger"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "perpx:", err)
		os.Exit(1)
	}
}

const usage = `perpx <command> [flags]

commands:
  devnet            run a whole system locally: simulated L1, sequencer, prover, API
  keys setup        generate (or load) the proving keys of a batch size
  keys export-solidity
                    write the Solidity verifier of a batch size
  escape            rebuild a frozen rollup's state from L1 alone and escape an account
  sequencer         run a standalone sequencer (state, input log, API), fed by the L1 queue
  keys new          create an L2 trading key
  deposit           deposit USDC on L1 into a new or existing account
  consent           sign, as account B's L1 owner, a consent to a forced trade with account A
  forced-trade      queue on L1, as account A's owner, a forced trade with B's consent
  order place|cancel|list
                    place, cancel or list signed orders
  account           show an account with its positions, margin and liquidation prices
  withdraw          withdraw USDC to the account's L1 address
  transfer          move USDC between accounts of one key (opens sub-accounts and isolated accounts)

run "perpx <command> -h" for its flags`

func run(args []string) error {
	// gnark logs every solve and proof at debug level; perpx reports its own progress.
	gnarklog.Disable()
	if len(args) == 0 {
		return fmt.Errorf("no command\n%s", usage)
	}
	switch args[0] {
	case "devnet":
		return runDevnet(args[1:])
	case "keys":
		return runKeys(args[1:])
	case "escape":
		return runEscape(args[1:])
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
	case "transfer":
		return runTransfer(context.Background(), args[1:], os.Stdout)
	case "help", "-h", "--help":
		fmt.Println(usage)
		return nil
	}
	return fmt.Errorf("unknown command %q\n%s", args[0], usage)
}

package main

import (
	"context"
	"flag"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/perpx/perpx/l1"
)

// l1Target is where a command reaches L1: --rpc and --rollup, or --deployment FILE (written by perpx deploy or
// perpx devnet), whose chain id every connection is checked against and whose RPC URL, if any, --rpc overrides.
type l1Target struct {
	rpc, rollup, deployment string
	// file is the deployment file read by resolve, nil without --deployment.
	file *l1.DeploymentFile
}

// register adds --rpc, --rollup and --deployment to fs under the given names (rollupFlag: "rollup" or
// "contract").
func (t *l1Target) register(fs *flag.FlagSet, rpcFlag, rollupFlag string) {
	fs.StringVar(&t.rpc, rpcFlag, "", "Ethereum JSON-RPC endpoint (default: the deployment file's)")
	fs.StringVar(&t.rollup, rollupFlag, "", "Rollup contract address (default: the deployment file's)")
	fs.StringVar(&t.deployment, "deployment", "", "deployment file written by perpx deploy or perpx devnet (chain id, addresses, first block)")
}

// resolve reads --deployment, if given, and fills the RPC URL and the Rollup address from it where the flags
// left them empty; it requires both in the end. A --rollup that differs from the file's is a usage error.
func (t *l1Target) resolve(cmd, rpcFlag, rollupFlag string) error {
	if t.deployment != "" {
		f, err := l1.ReadDeploymentFile(t.deployment)
		if err != nil {
			return fmt.Errorf("%s: %w", cmd, err)
		}
		t.file = f
		if t.rpc == "" {
			t.rpc = f.RPC
		}
		if t.rollup == "" {
			t.rollup = f.Rollup.Hex()
		} else if !common.IsHexAddress(t.rollup) || common.HexToAddress(t.rollup) != f.Rollup {
			return fmt.Errorf("%s: %w: --%s %s is not the deployment file's Rollup %s", cmd, errUsage, rollupFlag, t.rollup, f.Rollup.Hex())
		}
	}
	if t.rpc == "" || t.rollup == "" {
		return fmt.Errorf("%s: %w: --%s and --%s (or --deployment FILE) are required", cmd, errUsage, rpcFlag, rollupFlag)
	}
	if !common.IsHexAddress(t.rollup) {
		return fmt.Errorf("%s: %w: --%s %q is not an address", cmd, errUsage, rollupFlag, t.rollup)
	}
	return nil
}

// address returns the Rollup's address; resolve must have succeeded.
func (t *l1Target) address() common.Address { return common.HexToAddress(t.rollup) }

// fromBlock returns the first block to follow: the deployment file's, or 0.
func (t *l1Target) fromBlock() uint64 {
	if t.file == nil {
		return 0
	}
	return t.file.DeploymentBlock
}

// dial connects to the RPC endpoint and reads its chain id: l1.ErrL1Unreachable when it does not answer,
// l1.ErrWrongChain when it is not the deployment file's chain.
func (t *l1Target) dial(ctx context.Context) (*ethclient.Client, *big.Int, error) {
	ec, err := ethclient.DialContext(ctx, t.rpc)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %s: %w", l1.ErrL1Unreachable, t.rpc, err)
	}
	id, err := l1.ChainID(ctx, ec)
	if err != nil {
		ec.Close()
		return nil, nil, fmt.Errorf("%s: %w", t.rpc, err)
	}
	if t.file != nil && id != t.file.ChainID {
		ec.Close()
		return nil, nil, fmt.Errorf("%w: %s serves chain %d, the deployment file %s is for chain %d", l1.ErrWrongChain, t.rpc, id,
			t.deployment, t.file.ChainID)
	}
	return ec, new(big.Int).SetUint64(id), nil
}

// fromDeployment fills perpx escape's --rpc, --contract and --from-block from a deployment file where they were
// not given.
func (f *escapeFlags) fromDeployment(fs *flag.FlagSet, path string) error {
	if path == "" {
		return nil
	}
	t := &l1Target{rpc: f.rpc, rollup: f.contract, deployment: path}
	if err := t.resolve("escape", "rpc", "contract"); err != nil {
		return err
	}
	f.rpc, f.contract, f.deployment = t.rpc, t.rollup, t.file
	set := false
	fs.Visit(func(fl *flag.Flag) { set = set || fl.Name == "from-block" })
	if !set {
		f.fromBlock = t.file.DeploymentBlock
	}
	return nil
}

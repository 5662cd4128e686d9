package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/l1/devnet"
	"github.com/perpx/perpx/state"
)

// devConfigName is the --config value that names the devnet's configuration (public oracle keys): perpx deploy
// takes it only on a dev chain.
const devConfigName = "devnet"

// deployFlags are the flags of perpx deploy.
type deployFlags struct {
	rpc, keyFile, token, config, out string
	governor, guardian, operators    string
	chainID                          uint64
}

func parseDeployFlags(args []string) (*deployFlags, error) {
	fs := flag.NewFlagSet("deploy", flag.ContinueOnError)
	f := &deployFlags{}
	fs.StringVar(&f.rpc, "rpc", "", "Ethereum JSON-RPC endpoint (required)")
	fs.StringVar(&f.keyFile, "key", "", "file holding the hex secp256k1 key that deploys and pays (required)")
	fs.StringVar(&f.token, "token", "", "collateral token address (default: deploy a test USDC)")
	fs.StringVar(&f.config, "config", "", "protocol configuration file, JSON (required; \""+devConfigName+"\": the devnet's, on a dev chain only)")
	fs.StringVar(&f.out, "out", "deployment.json", "deployment file to write")
	fs.StringVar(&f.governor, "governor", "", "governor address (default: the deployer)")
	fs.StringVar(&f.guardian, "guardian", "", "guardian address (default: the deployer)")
	fs.StringVar(&f.operators, "operators", "", "comma-separated operator addresses, allowed to commit batches (default: the deployer)")
	fs.Uint64Var(&f.chainID, "chain-id", 0, "expected chain id: refuse to deploy on another chain (default: any)")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if f.rpc == "" || f.keyFile == "" || f.config == "" {
		return nil, fmt.Errorf("deploy: %w: --rpc, --key and --config are required", errUsage)
	}
	for name, v := range map[string]string{"--token": f.token, "--governor": f.governor, "--guardian": f.guardian} {
		if v != "" && !common.IsHexAddress(v) {
			return nil, fmt.Errorf("deploy: %w: %s %q is not an address", errUsage, name, v)
		}
	}
	return f, nil
}

// runDeploy deploys the verifiers, the Rollup (which deploys its Poseidon2 hasher) and, without --token, a test
// USDC, publishes the configuration and writes the deployment file.
func runDeploy(ctx context.Context, args []string, out io.Writer) error {
	f, err := parseDeployFlags(args)
	if err != nil {
		return err
	}
	key, err := readKey(f.keyFile)
	if err != nil {
		return err
	}
	t := &l1Target{rpc: f.rpc}
	ec, chainID, err := t.dial(ctx)
	if err != nil {
		return err
	}
	defer ec.Close()
	if f.chainID != 0 && chainID.Uint64() != f.chainID {
		return fmt.Errorf("%w: %s serves chain %d, --chain-id says %d", l1.ErrWrongChain, f.rpc, chainID, f.chainID)
	}
	protocol, err := deployConfig(f.config, chainID.Uint64())
	if err != nil {
		return err
	}
	auth := bind.NewKeyedTransactor(key, chainID)
	cfg, err := f.deployConfig(crypto.PubkeyToAddress(key.PublicKey), &protocol)
	if err != nil {
		return err
	}
	start, err := ec.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("%w: %w", l1.ErrL1Unreachable, err)
	}
	d, err := l1.Deploy(ctx, ec, auth, cfg)
	if err != nil {
		return err
	}
	file, err := l1.NewDeploymentFile(ctx, ec, d, start)
	if err != nil {
		return err
	}
	if err := file.Write(f.out); err != nil {
		return err
	}
	fmt.Fprintf(out, "deployed on chain %d at block %d\n  Rollup   %s\n  token    %s\n  hasher   %s\n  config   %s\n  genesis  %s\ndeployment file %s\n",
		file.ChainID, file.DeploymentBlock, file.Rollup.Hex(), file.Token.Hex(), file.Hasher.Hex(), file.ConfigHash, file.GenesisRoot, f.out)
	return nil
}

// deployConfig loads the protocol configuration of --config: the devnet's only on a dev chain.
func deployConfig(path string, chainID uint64) (state.Config, error) {
	if path == devConfigName {
		if chainID != DevChainID {
			return state.Config{}, fmt.Errorf("deploy: %w: chain %d", errDevConfig, chainID)
		}
		return devnet.ProtocolConfig(), nil
	}
	return loadProtocolConfig(path)
}

// deployConfig returns what l1.Deploy deploys: the devnet's genesis markets, the roles (the deployer by
// default) and the configuration.
func (f *deployFlags) deployConfig(deployer common.Address, protocol *state.Config) (l1.DeployConfig, error) {
	cfg := l1.DeployConfig{Governor: deployer, Guardian: deployer, Operators: []common.Address{deployer},
		Genesis: l1.EmptyGenesis(genesisMarkets()), Config: protocol}
	if f.token != "" {
		cfg.Token = common.HexToAddress(f.token)
	}
	if f.governor != "" {
		cfg.Governor = common.HexToAddress(f.governor)
	}
	if f.guardian != "" {
		cfg.Guardian = common.HexToAddress(f.guardian)
	}
	if f.operators != "" {
		cfg.Operators = nil
		for _, a := range strings.Split(f.operators, ",") {
			if !common.IsHexAddress(strings.TrimSpace(a)) {
				return l1.DeployConfig{}, fmt.Errorf("deploy: %w: --operators: %q is not an address", errUsage, a)
			}
			cfg.Operators = append(cfg.Operators, common.HexToAddress(strings.TrimSpace(a)))
		}
	}
	return cfg, nil
}

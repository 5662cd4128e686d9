package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/l1/escape"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// errEscapeUsage reports missing or malformed escape flags.
var errEscapeUsage = errors.New("escape: usage")

// escapeFlags are the flags of perpx escape.
type escapeFlags struct {
	rpc, contract, keyFile, stateDir string
	configFile                       string
	account                          uint64
	fromBlock                        uint64
	freeze, dryRun, withdraw         bool
	// deployment is the --deployment file, nil without one.
	deployment *l1.DeploymentFile
	// amount is --amount in quote quantums: what --withdraw pays; nil for all of the credit.
	amount *big.Int
}

func parseEscapeFlags(args []string) (*escapeFlags, error) {
	fs := flag.NewFlagSet("escape", flag.ContinueOnError)
	f := &escapeFlags{}
	fs.StringVar(&f.rpc, "rpc", "", "Ethereum JSON-RPC endpoint (required)")
	fs.StringVar(&f.contract, "contract", "", "Rollup contract address (required)")
	fs.StringVar(&f.keyFile, "key", "", "file holding the hex secp256k1 key that signs the L1 transactions (required)")
	fs.Uint64Var(&f.account, "account", 0, "account id to escape")
	fs.Uint64Var(&f.fromBlock, "from-block", 0, "block to scan from (the rollup's deployment block or earlier; the node must serve logs from there on)")
	fs.StringVar(&f.stateDir, "state-dir", "", "directory for the rebuilt state (default: in memory)")
	fs.BoolVar(&f.freeze, "freeze", false, "freeze the rollup first if a forced request is overdue")
	fs.BoolVar(&f.dryRun, "dry-run", false, "rebuild and print the claim without sending anything")
	fs.BoolVar(&f.withdraw, "withdraw", false, "only withdraw the key's credit: its escape claims' share once the claim window has closed "+
		"(30 days after the freeze), and any credited withdrawal; no rebuild")
	amount := fs.String("amount", "", "with --withdraw: the quote quantums to withdraw (default: all of the credit)")
	deployment := fs.String("deployment", "", "deployment file (perpx deploy, perpx devnet): the RPC URL, contract and first block unless given")
	fs.StringVar(&f.configFile, "config", "", "JSON file of the protocol configuration the rollup's first batch was proven for "+
		"(optional: by default, as for every later config hash, the configuration published on L1 for it, with publishConfig)")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if err := f.fromDeployment(fs, *deployment); err != nil {
		return nil, err
	}
	var missing []string
	for name, v := range map[string]string{"--rpc": f.rpc, "--contract": f.contract, "--key": f.keyFile} {
		if v == "" && !(name == "--key" && f.dryRun) {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("%w: %s required", errEscapeUsage, strings.Join(missing, ", "))
	}
	if !common.IsHexAddress(f.contract) {
		return nil, fmt.Errorf("%w: --contract %q is not an address", errEscapeUsage, f.contract)
	}
	if f.account >= 1<<32 {
		return nil, fmt.Errorf("%w: --account %d", errEscapeUsage, f.account)
	}
	if *amount != "" {
		v, ok := new(big.Int).SetString(*amount, 10)
		if !ok || v.Sign() <= 0 || !f.withdraw {
			return nil, fmt.Errorf("%w: --amount %q needs --withdraw and a positive integer of quote quantums", errEscapeUsage, *amount)
		}
		f.amount = v
	}
	if f.withdraw && f.dryRun {
		return nil, fmt.Errorf("%w: --withdraw and --dry-run", errEscapeUsage)
	}
	return f, nil
}

// readKey reads a hex secp256k1 private key (an optional 0x prefix and surrounding whitespace allowed).
func readKey(path string) (*ecdsa.PrivateKey, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("L1 key file: %w", err)
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x"))
	if err != nil {
		return nil, fmt.Errorf("L1 key file %s: %w", path, err)
	}
	return k, nil
}

// runEscape rebuilds a rollup's state from L1 data alone and escapes one account of the frozen rollup.
func runEscape(args []string) error {
	f, err := parseEscapeFlags(args)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return escapeWith(ctx, f, os.Stdout, os.Stderr)
}

func escapeWith(ctx context.Context, f *escapeFlags, out, progress io.Writer) error {
	client, err := ethclient.DialContext(ctx, f.rpc)
	if err != nil {
		return fmt.Errorf("escape: dial %s: %w", f.rpc, err)
	}
	defer client.Close()
	if f.deployment != nil {
		if err := f.deployment.CheckChain(ctx, client); err != nil {
			return fmt.Errorf("escape: %w", err)
		}
	}
	rollup := common.HexToAddress(f.contract)
	var auth *bind.TransactOpts
	if f.keyFile != "" {
		key, err := readKey(f.keyFile)
		if err != nil {
			return err
		}
		chainID, err := client.ChainID(ctx)
		if err != nil {
			return fmt.Errorf("escape: chain id: %w", err)
		}
		auth = bind.NewKeyedTransactor(key, chainID)
	}
	if f.withdraw {
		return withdrawEscaped(ctx, client, rollup, auth, f.amount, out)
	}
	if f.freeze && !f.dryRun {
		if err := freezeIfOverdue(ctx, client, rollup, auth, out); err != nil {
			return err
		}
	}
	fmt.Fprintf(progress, "perpx escape: rebuilding the state of %s from L1…\n", rollup.Hex())
	cfg, err := escapeConfig(f.configFile)
	if err != nil {
		return err
	}
	s, err := escape.Rebuild(ctx, client, rollup, escape.Options{
		FromBlock: f.fromBlock, Dir: f.stateDir, Config: cfg,
		Progress: func(format string, args ...any) { fmt.Fprintf(progress, "  "+format+"\n", args...) },
	})
	if err != nil {
		return err
	}
	defer s.Close()
	id := uint32(f.account)
	c, err := s.Claim(id)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "rebuilt %d batches, root %s (matches the contract; frozen: %v)\n", s.Batches, s.Root.String(), s.Status.Frozen())
	fmt.Fprintf(out, "account %d: owner %s, collateral %s USDC, escape value %s USDC\n", id,
		common.Address(c.Account.L1Address).Hex(), wire.FormatAmount(c.Account.CollateralQuantums), formatValue(c))
	if f.dryRun {
		return nil
	}
	res, err := escape.Run(ctx, client, s, id, auth)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "escaped: tx %s (gas %d), %s USDC claimed for %s\n", res.Escape.TxHash.Hex(), res.Escape.GasUsed,
		formatValue(c), common.Address(c.Account.L1Address).Hex())
	st := res.Settlement
	fmt.Fprintf(out, "escape pool %s, claims within the window %s, window closes %s\n", st.Pool, st.Claims,
		time.Unix(int64(st.WindowEnd), 0).UTC().Format(time.RFC3339))
	switch {
	case res.Withdraw != nil:
		fmt.Fprintf(out, "withdrawn: tx %s (gas %d)\n", res.Withdraw.TxHash.Hex(), res.Withdraw.GasUsed)
	case st.Insolvent():
		fmt.Fprintf(out, "the claims exceed the pool: each is paid ⌊claim · pool / claims⌋ once the window closes; "+
			"the owner then withdraws with perpx escape --withdraw\n")
	default:
		fmt.Fprintf(out, "the owner withdraws it once the window closes, with perpx escape --withdraw\n")
	}
	return nil
}

// withdrawEscaped pays the key's credit on the rollup (escape.Withdraw): all of it, or amount quote quantums.
func withdrawEscaped(ctx context.Context, client *ethclient.Client, rollup common.Address, auth *bind.TransactOpts, amount *big.Int, out io.Writer) error {
	paid, r, err := escape.Withdraw(ctx, client, rollup, auth, amount)
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "withdrawn: %s quote quantums to %s, tx %s (gas %d)\n", paid, auth.From.Hex(), r.TxHash.Hex(), r.GasUsed)
	return nil
}

// escapeConfig reads the --config file, or returns nil for none: Rebuild then reads the configuration of
// every config hash from L1.
func escapeConfig(path string) (*state.Config, error) {
	if path == "" {
		return nil, nil
	}
	cfg, err := loadProtocolConfig(path)
	if err != nil {
		return nil, err
	}
	return &cfg, nil
}

func formatValue(c *escape.Claim) string {
	if c.Value.IsInt64() {
		return wire.FormatAmount(c.Value.Int64())
	}
	return c.Value.String() + " quantums of"
}

// freezeIfOverdue freezes the rollup when it is not frozen and a forced request is overdue.
func freezeIfOverdue(ctx context.Context, client *ethclient.Client, rollup common.Address, auth *bind.TransactOpts, out io.Writer) error {
	idx, err := escape.FindOverdue(ctx, client, rollup)
	if errors.Is(err, escape.ErrNoOverdueRequest) {
		return nil // not frozen and nothing to freeze with: Run reports it
	}
	if err != nil {
		return err
	}
	r, err := escape.Freeze(ctx, client, rollup, auth, idx)
	if err != nil {
		return err
	}
	if r != nil {
		fmt.Fprintf(out, "froze the rollup with overdue forced request %s (tx %s)\n", strconv.FormatUint(idx, 10), r.TxHash.Hex())
	}
	return nil
}

package main

import (
	"context"
	"encoding/hex"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/l1/devnet"
)

// TestDevnetExternalBadInput: perpx devnet --l1-rpc refuses, before it loads the proving keys (the key
// directory is empty: loading would generate them for minutes), an unreachable node, a chain that is not the
// dev chain, a deployment file of another chain, a deployment of another configuration, a key that is not the
// deployment's operator, and flags that do not go with an external node; nothing is deployed or sent.
func TestDevnetExternalBadInput(t *testing.T) {
	sim, key := servedSim(t)
	dir := t.TempDir()
	run := func(args ...string) error {
		return devnetMain(t.Context(), append([]string{"--api", "127.0.0.1:0", "--data-dir", filepath.Join(t.TempDir(), "data"),
			"--out", "", "--key-dir", t.TempDir(), "--oracle-interval", "-1s"}, args...), io.Discard, io.Discard)
	}
	dep := filepath.Join(dir, "deployment.json")
	if err := runDeploy(t.Context(), []string{"--rpc", sim.HTTPURL(), "--key", key, "--config", devConfigName, "--out", dep}, io.Discard); err != nil {
		t.Fatal(err)
	}
	f := mustDeployment(t, dep)
	other := *f
	other.ChainID = 5
	otherPath := filepath.Join(dir, "other.json")
	if err := other.Write(otherPath); err != nil {
		t.Fatal(err)
	}
	protocol := devnet.ProtocolConfig()
	protocol.LiquidationFeePpm++
	otherCfg := filepath.Join(dir, "other-config.json")
	if err := runDeploy(t.Context(), []string{"--rpc", sim.HTTPURL(), "--key", key, "--config", writeProtocolConfig(t, &protocol), "--out", otherCfg}, io.Discard); err != nil {
		t.Fatal(err)
	}
	notOperator := filepath.Join(dir, "trader.key")
	if err := os.WriteFile(notOperator, []byte(hex.EncodeToString(crypto.FromECDSA(sim.Key(2)))), 0o600); err != nil {
		t.Fatal(err)
	}
	ec, err := ethclient.Dial(sim.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	nonce, err := ec.NonceAt(t.Context(), sim.Address(1), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		args []string
		want error
	}{
		{"unreachable node", []string{"--l1-rpc", "http://127.0.0.1:1", "--l1-key", key}, l1.ErrL1Unreachable},
		{"chain 1", []string{"--l1-rpc", chainIDServer(t, 1).URL, "--l1-key", key}, devnet.ErrNotDevChain},
		{"another chain's deployment file", []string{"--l1-rpc", sim.HTTPURL(), "--l1-key", key, "--deployment", otherPath}, l1.ErrWrongChain},
		{"another configuration", []string{"--l1-rpc", sim.HTTPURL(), "--l1-key", key, "--deployment", otherCfg}, l1.ErrDeploymentMismatch},
		{"not the operator", []string{"--l1-rpc", sim.HTTPURL(), "--l1-key", notOperator, "--deployment", dep}, l1.ErrDeploymentMismatch},
		{"no key", []string{"--l1-rpc", sim.HTTPURL()}, errUsage},
		{"demo", []string{"--l1-rpc", sim.HTTPURL(), "--l1-key", key, "--demo"}, errUsage},
		{"served simulated chain", []string{"--l1-rpc", sim.HTTPURL(), "--l1-key", key, "--l1-http", "127.0.0.1:0"}, errUsage},
	} {
		if err := run(tc.args...); !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.want)
		}
	}
	if n, err := ec.NonceAt(t.Context(), sim.Address(1), nil); err != nil || n != nonce {
		t.Fatalf("the refused devnets sent %d transactions (%v)", n-nonce, err)
	}
}

// TestDevnetExternal runs perpx devnet --l1-rpc against the simulated chain's JSON-RPC endpoint as an external
// node: the devnet deploys there with the funded key, generates and funds the traders, and the README's quick
// start walk runs against it (deposits, a trade, a withdrawal claimed on L1), every batch proven and committed
// on that chain. A second devnet then takes a deployment made by perpx deploy (--deployment) and starts on it.
func TestDevnetExternal(t *testing.T) {
	if testing.Short() {
		t.Skip("proves batches")
	}
	sim, key := servedSim(t)
	dir, api := startDevnet(t, "--l1-rpc", sim.HTTPURL(), "--l1-key", key, "--oracle-interval", "30s")
	f := mustDeployment(t, filepath.Join(dir, "deployment.json"))
	if f.RPC != sim.HTTPURL() || f.Verify(t.Context(), sim.Client()) != nil {
		t.Fatalf("the devnet's deployment file is not of the external chain: %+v", f)
	}
	walkQuickStart(t, dir, api)
	st, err := l1.NewRollup(sim.Client(), f.Rollup).Status(t.Context())
	if err != nil || st.BatchNumber == 0 {
		t.Fatalf("the external chain's Rollup holds batch %d (%v)", st.BatchNumber, err)
	}
	// That Rollup holds batches now: another devnet refuses its deployment (it starts from genesis), before it
	// loads the proving keys (the key directory is empty).
	err = devnetMain(t.Context(), []string{"--api", "127.0.0.1:0", "--data-dir", filepath.Join(t.TempDir(), "data"), "--out", "",
		"--key-dir", t.TempDir(), "--l1-rpc", sim.HTTPURL(), "--l1-key", key, "--deployment", filepath.Join(dir, "deployment.json")}, io.Discard, io.Discard)
	if !errors.Is(err, l1.ErrDeploymentMismatch) || !strings.Contains(err.Error(), "holds batch") {
		t.Fatalf("a devnet on a Rollup that holds batches: %v, want %v", err, l1.ErrDeploymentMismatch)
	}

	// Another operator key: the first devnet still commits with its own (one process owns a key's nonces).
	key2 := filepath.Join(t.TempDir(), "operator-2.key")
	if err := os.WriteFile(key2, []byte(hex.EncodeToString(crypto.FromECDSA(sim.Key(2)))), 0o600); err != nil {
		t.Fatal(err)
	}
	dep := filepath.Join(t.TempDir(), "deployment.json")
	if err := runDeploy(t.Context(), []string{"--rpc", sim.HTTPURL(), "--key", key2, "--config", devConfigName, "--out", dep}, io.Discard); err != nil {
		t.Fatal(err)
	}
	dir2, _ := startDevnet(t, "--l1-rpc", sim.HTTPURL(), "--l1-key", key2, "--deployment", dep, "--oracle-interval", "-1s")
	got := mustDeployment(t, filepath.Join(dir2, "deployment.json"))
	want := mustDeployment(t, dep)
	if got.Rollup != want.Rollup || got.DeploymentBlock != want.DeploymentBlock {
		t.Fatalf("the devnet wrote rollup %s from block %d, the deployment is %s from block %d", got.Rollup, got.DeploymentBlock,
			want.Rollup, want.DeploymentBlock)
	}
	trader, err := readKey(filepath.Join(dir2, "trader-1.key"))
	if err != nil {
		t.Fatal(err)
	}
	ec, err := ethclient.Dial(sim.HTTPURL())
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	bal, err := l1.NewToken(ec, want.Token).BalanceOf(context.Background(), crypto.PubkeyToAddress(trader.PublicKey))
	if err != nil || bal.Uint64() != devnet.TraderUSDCQuantums || !strings.HasPrefix(got.RPC, "http://") {
		t.Fatalf("trader 1 holds %v test USDC (%v), want %d", bal, err, devnet.TraderUSDCQuantums)
	}
}

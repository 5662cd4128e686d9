package main

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/perpx/perpx/l1"
)

// startDevnet runs perpx devnet with args in the background until the test ends and returns its output
// directory (deployment.json, trader-N.key) and API URL once it prints that it runs.
func startDevnet(t *testing.T, args ...string) (outDir, api string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	outDir = filepath.Join(t.TempDir(), "devnet")
	apiAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	var stdout, stderr syncBuffer
	done := make(chan error, 1)
	go func() {
		base := []string{"--api", apiAddr, "--out", outDir, "--data-dir", filepath.Join(t.TempDir(), "data")}
		if !slices.Contains(args, "--l1-rpc") { // the simulated chain, served
			base = append(base, "--l1-http", fmt.Sprintf("127.0.0.1:%d", freePort(t)))
		}
		done <- devnetMain(ctx, append(base, args...), &stdout, &stderr)
	}()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("devnet: %v", err)
		}
	})
	deadline := time.Now().Add(8 * time.Minute) // the first run of a machine generates the proving keys
	for !strings.Contains(stdout.String(), "ctrl-c to stop") {
		select {
		case err := <-done:
			t.Fatalf("devnet stopped: %v\n%s\n%s", err, stdout.String(), stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("devnet did not start:\n%s", stderr.String())
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Logf("devnet:\n%s", stdout.String())
	return outDir, "http://" + apiAddr
}

// cli runs one perpx command the way main does and returns its output.
func cli(t *testing.T, f func(context.Context, []string, io.Writer) error, args ...string) string {
	t.Helper()
	var out strings.Builder
	if err := f(t.Context(), args, &out); err != nil {
		t.Fatalf("%v: %v\n%s", args, err, out.String())
	}
	return out.String()
}

// TestQuickStartWalk walks the README's quick start against a running perpx devnet, through the CLI's code
// paths: keys new, deposit with the devnet's deployment file and funded keys, order place (a resting bid and
// a market sell that fills it), account, and withdraw --claim, which waits for the batch to be verified on L1
// and claims the USDC there.
func TestQuickStartWalk(t *testing.T) {
	if testing.Short() {
		t.Skip("proves batches")
	}
	dir, api := startDevnet(t, "--oracle-interval", "30s")
	walkQuickStart(t, dir, api)
}

// walkQuickStart walks the README's quick start against the devnet whose output directory is dir and whose API
// is api.
func walkQuickStart(t *testing.T, dir, api string) {
	t.Helper()
	deployment := filepath.Join(dir, "deployment.json")
	keys := t.TempDir()
	account := map[string]string{}
	for i, name := range []string{"alice", "bob"} {
		key := filepath.Join(keys, name+".key")
		cli(t, func(_ context.Context, a []string, w io.Writer) error { return runKeysNew(a, w) }, "--out", key)
		out := cli(t, runDeposit, "--deployment", deployment, "--l1-key", filepath.Join(dir, fmt.Sprintf("trader-%d.key", i+1)),
			"--key", key, "--amount", "10000")
		m := regexp.MustCompile(`new account (\d+)`).FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("deposit: %s", out)
		}
		account[name] = m[1]
		if m[1] != fmt.Sprint(i) { // the README's walk names accounts 0 and 1
			t.Fatalf("%s's deposit opened account %s, want %d", name, m[1], i)
		}
	}
	for _, name := range []string{"alice", "bob"} {
		waitFor(t, 2*time.Minute, func() bool {
			var out strings.Builder
			err := runAccount(t.Context(), []string{"--api", api, "--account", account[name]}, &out)
			return err == nil && strings.Contains(out.String(), "collateral        10000")
		})
	}
	cli(t, runOrder, "place", "--api", api, "--account", account["alice"], "--key", filepath.Join(keys, "alice.key"),
		"--market", "BTC-USD", "--side", "buy", "--size", "0.01", "--price", "100000", "--type", "post-only")
	out := cli(t, runOrder, "place", "--api", api, "--account", account["bob"], "--key", filepath.Join(keys, "bob.key"),
		"--market", "BTC-USD", "--side", "sell", "--size", "0.01", "--price", "99000", "--type", "market")
	if !strings.Contains(out, "filled 0.01 @ 100000") {
		t.Fatalf("bob's market sell: %s", out)
	}
	out = cli(t, runAccount, "--api", api, "--account", account["alice"])
	if !strings.Contains(out, "size 0.01") {
		t.Fatalf("alice's account: %s", out)
	}
	f, err := l1.ReadDeploymentFile(deployment)
	if err != nil {
		t.Fatal(err)
	}
	aliceL1, err := readKey(filepath.Join(dir, "trader-1.key"))
	if err != nil {
		t.Fatal(err)
	}
	before := usdcBalance(t, f, crypto.PubkeyToAddress(aliceL1.PublicKey).Hex())
	out = cli(t, runWithdraw, "--api", api, "--account", account["alice"], "--key", filepath.Join(keys, "alice.key"),
		"--amount", "100", "--claim", "--deployment", deployment, "--l1-key", filepath.Join(dir, "trader-1.key"))
	if !strings.Contains(out, "claimed 100 USDC") {
		t.Fatalf("withdraw --claim: %s", out)
	}
	after := usdcBalance(t, f, crypto.PubkeyToAddress(aliceL1.PublicKey).Hex())
	if got := new(big.Int).Sub(after, before); got.Cmp(big.NewInt(100_000_000)) != 0 {
		t.Fatalf("alice's L1 USDC moved by %s quantums, want 100 USDC", got)
	}
}

// usdcBalance reads owner's test USDC balance on the deployment's chain.
func usdcBalance(t *testing.T, f *l1.DeploymentFile, owner string) *big.Int {
	t.Helper()
	ec, err := ethclient.Dial(f.RPC)
	if err != nil {
		t.Fatal(err)
	}
	defer ec.Close()
	b, err := l1.NewToken(ec, f.Token).BalanceOf(t.Context(), common.HexToAddress(owner))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// waitFor polls cond until it holds or d passes.
func waitFor(t *testing.T, d time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("condition not met within %s", d)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

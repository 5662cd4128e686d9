package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/sequencer/client"
	"github.com/perpx/perpx/sequencer/wire"
)

// gethVersion is the go-ethereum module version TestGethDev builds geth from (the one go.mod requires).
const gethVersion = "v1.17.10"

// gethDevGasLimit is the block gas limit of the test's geth --dev chain: the Rollup's deployment must fit.
const gethDevGasLimit = "100000000"

// buildBinary builds pkg into dir/name unless it is there already and returns its path.
func buildBinary(t *testing.T, dir, name, pkg string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if _, err := os.Stat(path); err == nil {
		return path
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("go", "build", "-o", path, pkg)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build %s: %v\n%s", pkg, err, out)
	}
	return path
}

// gethCacheDir is where TestGethDev keeps the geth it builds: $PERPX_GETH_DIR, else the user cache directory.
func gethCacheDir(t *testing.T) string {
	if d := os.Getenv("PERPX_GETH_DIR"); d != "" {
		return d
	}
	d, err := os.UserCacheDir()
	if err != nil {
		t.Fatal(err)
	}
	return filepath.Join(d, "perpx", "geth")
}

// proc starts the perpx binary with args as a separate process logging to dir/name.log.
func proc(t *testing.T, bin, dir, name string, args ...string) *exec.Cmd {
	t.Helper()
	logf, err := os.Create(filepath.Join(dir, name+".log"))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, args...)
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGTERM)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			cmd.Process.Kill()
		}
		logf.Close()
	})
	return cmd
}

// run runs the perpx binary to completion and returns its output.
func runBin(t *testing.T, bin string, args ...string) string {
	t.Helper()
	out, err := exec.Command(bin, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("perpx %v: %v\n%s", args, err, out)
	}
	return string(out)
}

// fundFromDev sends ether from geth --dev's unlocked account to each address.
func fundFromDev(t *testing.T, url string, to ...common.Address) {
	t.Helper()
	c, err := rpc.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var accounts []common.Address
	if err := c.Call(&accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
		t.Fatalf("eth_accounts: %v %v", accounts, err)
	}
	ec := ethclient.NewClient(c)
	for _, a := range to {
		var h common.Hash
		v := new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))
		if err := c.Call(&h, "eth_sendTransaction", map[string]any{"from": accounts[0], "to": a, "value": (*hexutil.Big)(v)}); err != nil {
			t.Fatal(err)
		}
		waitFor(t, time.Minute, func() bool { r, err := ec.TransactionReceipt(t.Context(), h); return err == nil && r != nil })
	}
}

// keyFile writes a new L1 key to dir/name.
func keyFile(t *testing.T, dir, name string) (string, *ecdsa.PrivateKey) {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(hex.EncodeToString(crypto.FromECDSA(k))), 0o600); err != nil {
		t.Fatal(err)
	}
	return path, k
}

// TestGethDev runs perpx on a real node: it builds geth from the go-ethereum module into a cache directory,
// starts geth --dev, and runs perpx deploy, perpx sequencer, prover workers and the submitter as separate
// processes of the built perpx binary; deposits, a trade and a withdrawal claimed on L1 go through the CLI,
// and every batch ends verified on L1 in order with the contract's root equal to the sequencer's. Faults: a
// prover SIGKILLed mid-proof (its job is proven by the other after the ack wait), the submitter SIGKILLed
// around its submission (the next one resumes; the operator sends exactly one transaction per batch), the
// sequencer restarted, and the L1 endpoint unreachable for gethOutage behind a TCP proxy.
func TestGethDev(t *testing.T) {
	if testing.Short() {
		t.Skip("builds geth and proves batches")
	}
	geth := buildBinary(t, gethCacheDir(t), "geth-"+gethVersion, "github.com/ethereum/go-ethereum/cmd/geth")
	dir := t.TempDir()
	// On failure, the processes' logs would go with the temporary directory: print their tails first.
	t.Cleanup(func() { dumpLogTails(t, dir) })
	bin := buildBinary(t, dir, "perpx", ".")
	// The provers load the batch-2 keys at start. From an empty key directory on a loaded 2-core machine their
	// setup alone takes ≈ 5 minutes, more than the waits below allow for a proof: make them first (the provers
	// then find them in the same PERPX_KEY_DIR). The building and the setup are bounded by go test's timeout;
	// the test's own 30 minutes start after them.
	t.Log(runBin(t, bin, "keys", "setup", "--batch-size", "2"))
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Minute)
	defer cancel()
	httpPort := freePort(t)
	url := fmt.Sprintf("http://127.0.0.1:%d", httpPort)
	gethCmd := exec.Command(geth, "--dev", "--dev.gaslimit", gethDevGasLimit, "--datadir", filepath.Join(dir, "geth"), "--http",
		"--http.addr", "127.0.0.1", "--http.port", fmt.Sprint(httpPort), "--http.api", "eth,net,web3", "--ipcdisable",
		"--port", "0", "--authrpc.port", fmt.Sprint(freePort(t)), "--nodiscover", "--maxpeers", "0")
	gl, _ := os.Create(filepath.Join(dir, "geth.log"))
	gethCmd.Stdout, gethCmd.Stderr = gl, gl
	if err := gethCmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { gethCmd.Process.Kill(); gethCmd.Wait() }()
	var ec *ethclient.Client
	waitFor(t, time.Minute, func() bool {
		c, err := ethclient.Dial(url)
		if err != nil {
			return false
		}
		if _, err := c.ChainID(ctx); err != nil {
			c.Close()
			return false
		}
		ec = c
		return true
	})
	opKey, op := keyFile(t, dir, "operator.key")
	aKey, a := keyFile(t, dir, "alice.l1key")
	bKey, bk := keyFile(t, dir, "bob.l1key")
	fundFromDev(t, url, crypto.PubkeyToAddress(op.PublicKey), crypto.PubkeyToAddress(a.PublicKey), crypto.PubkeyToAddress(bk.PublicKey))

	dep := filepath.Join(dir, "deployment.json")
	t.Log(runBin(t, bin, "deploy", "--rpc", url, "--key", opKey, "--config", devConfigName, "--out", dep))
	f := mustDeployment(t, dep)
	chainID, _ := ec.ChainID(ctx)
	for _, k := range []*ecdsa.PrivateKey{a, bk} {
		auth := bindKeyed(k, chainID)
		if _, err := l1.NewToken(ec, f.Token).Mint(ctx, auth, auth.From, big.NewInt(1_000_000_000_000)); err != nil {
			t.Fatal(err)
		}
	}
	opNonce, err := ec.NonceAt(ctx, crypto.PubkeyToAddress(op.PublicKey), nil)
	if err != nil {
		t.Fatal(err)
	}
	proxy := newTCPProxy(t, strings.TrimPrefix(url, "http://")) // the sequencer's and the submitter's L1 endpoint
	l1URL := "http://" + proxy.addr
	natsAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	nats := "nats://" + natsAddr
	apiAddr := fmt.Sprintf("127.0.0.1:%d", freePort(t))
	api := "http://" + apiAddr
	seqArgs := []string{"sequencer", "--data-dir", filepath.Join(dir, "seq"), "--api", apiAddr, "--deployment", dep,
		"--l1-rpc", l1URL, "--nats-listen", natsAddr, "--seal-interval", "1s", "--batch-size", "2"}
	seq := proc(t, bin, dir, "sequencer", seqArgs...)
	c := client.New(api, nil)
	waitFor(t, time.Minute, func() bool { _, err := c.Health(ctx); return err == nil })
	subArgs := []string{"submitter", "--nats", nats, "--deployment", dep, "--rpc", l1URL, "--l1-key", opKey}
	sub := proc(t, bin, dir, "submitter", subArgs...)
	first := proc(t, bin, dir, "prover-1", "prover", "--nats", nats, "--name", "prover-1", "--ack-wait", "10s", "--batch-size", "2")

	var ids []string
	for _, who := range []struct{ l1, name string }{{aKey, "alice"}, {bKey, "bob"}} {
		l2 := filepath.Join(dir, who.name+".key")
		runBin(t, bin, "keys", "new", "--out", l2)
		out := runBin(t, bin, "deposit", "--deployment", dep, "--rpc", url, "--l1-key", who.l1, "--key", l2, "--amount", "10000")
		m := regexp.MustCompile(`new account (\d+)`).FindStringSubmatch(out)
		if m == nil {
			t.Fatalf("deposit: %s", out)
		}
		ids = append(ids, m[1])
	}
	// The first batch is being proven by prover-1: SIGKILL it; prover-2 proves the job after the ack wait.
	waitFor(t, 5*time.Minute, func() bool {
		b, err := c.Batch(ctx, 1)
		return err == nil && b.Proof == wire.ProofProving
	})
	if err := first.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	proc(t, bin, dir, "prover-2", "prover", "--nats", nats, "--name", "prover-2", "--ack-wait", "10s", "--batch-size", "2")
	for _, id := range ids {
		waitFor(t, 5*time.Minute, func() bool {
			out, err := exec.Command(bin, "account", "--api", api, "--account", id).CombinedOutput()
			return err == nil && strings.Contains(string(out), "collateral        10000")
		})
	}
	runBin(t, bin, "order", "place", "--api", api, "--account", ids[0], "--key", filepath.Join(dir, "alice.key"), "--market", "BTC-USD",
		"--side", "buy", "--size", "0.01", "--price", "100000", "--type", "post-only")
	out := runBin(t, bin, "order", "place", "--api", api, "--account", ids[1], "--key", filepath.Join(dir, "bob.key"), "--market", "BTC-USD",
		"--side", "sell", "--size", "0.01", "--price", "99000", "--type", "market")
	if !strings.Contains(out, "filled 0.01") {
		t.Fatalf("bob's market sell: %s", out)
	}
	rollup := l1.NewRollup(ec, f.Rollup)
	// The submitter is SIGKILLed once the trade's batch is proven, before or while it is submitted; the next
	// one resumes from L1's state.
	waitFor(t, 10*time.Minute, func() bool {
		h, err := c.Health(ctx)
		if err != nil {
			return false
		}
		b, err := c.Batch(ctx, h.LastBatch)
		return err == nil && b.Proof == wire.ProofDone
	})
	sub.Process.Signal(syscall.SIGKILL)
	proc(t, bin, dir, "submitter-2", subArgs...)
	// The new submitter must be connected to the sequencer's JetStream before the sequencer restarts: one that
	// starts while the embedded server is down exits with a NATS error (it ran into that restart, so nothing
	// submitted the later batches and the test waited out its 20 minutes).
	waitLog(t, filepath.Join(dir, "submitter-2.log"), "committing proofs")
	gethWaitVerified(t, ctx, c, rollup)

	// The sequencer restarts (its embedded JetStream keeps its store) with a deposit waiting on L1.
	seq.Process.Signal(syscall.SIGTERM)
	seq.Wait()
	runBin(t, bin, "deposit", "--deployment", dep, "--rpc", url, "--l1-key", aKey, "--account", ids[0], "--amount", "1")
	proc(t, bin, dir, "sequencer-2", seqArgs...)
	waitFor(t, time.Minute, func() bool { _, err := c.Health(ctx); return err == nil })
	gethWaitVerified(t, ctx, c, rollup)

	// The L1 endpoint is unreachable for gethOutage: health says so; everything backs off and resumes.
	h0, err := c.Health(ctx)
	if err != nil {
		t.Fatal(err)
	}
	proxy.down()
	runBin(t, bin, "deposit", "--deployment", dep, "--rpc", url, "--l1-key", bKey, "--account", ids[1], "--amount", "1")
	waitFor(t, time.Minute, func() bool {
		out, err := exec.Command(bin, "status", "--api", api).CombinedOutput()
		return err == nil && strings.Contains(string(out), "L1         unreachable")
	})
	time.Sleep(gethOutage)
	proxy.up(t)
	waitFor(t, 2*time.Minute, func() bool { h, err := c.Health(ctx); return err == nil && h.LastBatch > h0.LastBatch })
	gethWaitVerified(t, ctx, c, rollup)

	// Alice withdraws through the CLI and claims on L1 once the withdrawal's batch is verified.
	aliceL1 := crypto.PubkeyToAddress(a.PublicKey)
	token := l1.NewToken(ec, f.Token)
	before, err := token.BalanceOf(ctx, aliceL1)
	if err != nil {
		t.Fatal(err)
	}
	out = runBin(t, bin, "withdraw", "--api", api, "--account", ids[0], "--key", filepath.Join(dir, "alice.key"), "--amount", "100",
		"--claim", "--wait", "20m", "--deployment", dep, "--rpc", url, "--l1-key", aKey)
	if !strings.Contains(out, "claimed 100 USDC") {
		t.Fatalf("withdraw --claim: %s", out)
	}
	after, err := token.BalanceOf(ctx, aliceL1)
	if err != nil || new(big.Int).Sub(after, before).Cmp(big.NewInt(100_000_000)) != 0 {
		t.Fatalf("alice's L1 USDC went from %s to %s (%v), want 100 USDC more", before, after, err)
	}
	gethWaitVerified(t, ctx, c, rollup)
	st, err := rollup.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := ec.NonceAt(ctx, crypto.PubkeyToAddress(op.PublicKey), nil); err != nil || n-opNonce != st.BatchNumber {
		t.Fatalf("the operator sent %d transactions for %d batches (%v): a batch was committed twice", n-opNonce, st.BatchNumber, err)
	}
	t.Log(runBin(t, bin, "status", "--api", api))
	logs, _ := os.ReadFile(filepath.Join(dir, "prover-2.log"))
	if !strings.Contains(string(logs), `"batch":1`) {
		t.Fatalf("prover-2 did not prove the killed prover's batch 1:\n%s", logs)
	}
}

// gethOutage is how long TestGethDev keeps the L1 endpoint unreachable.
const gethOutage = 30 * time.Second

// gethWaitVerified waits until every batch the sequencer sealed is verified on L1 with its root.
func gethWaitVerified(t *testing.T, ctx context.Context, c *client.Client, rollup *l1.Rollup) {
	t.Helper()
	waitFor(t, 20*time.Minute, func() bool {
		h, err := c.Health(ctx)
		if err != nil || h.LastBatch == 0 {
			return false
		}
		st, err := rollup.Status(ctx)
		return err == nil && st.BatchNumber == h.LastBatch && h.VerifiedBatch == h.LastBatch
	})
	waitL1Verified(t, c, rollup)
}

// bindKeyed returns a transactor of k on chain chainID.
func bindKeyed(k *ecdsa.PrivateKey, chainID *big.Int) *bind.TransactOpts {
	return bind.NewKeyedTransactor(k, chainID)
}

// logTailBytes is how much of each process log dumpLogTails prints.
const logTailBytes = 4096

// dumpLogTails prints the last logTailBytes of every *.log in dir when t failed.
func dumpLogTails(t *testing.T, dir string) {
	if !t.Failed() {
		return
	}
	logs, _ := filepath.Glob(filepath.Join(dir, "*.log"))
	for _, l := range logs {
		b, err := os.ReadFile(l)
		if err != nil {
			continue
		}
		t.Logf("tail of %s:\n%s", filepath.Base(l), b[max(0, len(b)-logTailBytes):])
	}
}

// waitLog waits until the log file at path contains want, and fails if the process wrote an error line first.
func waitLog(t *testing.T, path, want string) {
	t.Helper()
	waitFor(t, time.Minute, func() bool {
		b, _ := os.ReadFile(path)
		if bytes.Contains(b, []byte("perpx: ")) && !bytes.Contains(b, []byte(want)) {
			t.Fatalf("%s: %s", filepath.Base(path), b)
		}
		return bytes.Contains(b, []byte(want))
	})
}

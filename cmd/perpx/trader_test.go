package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/l1/devnet"
	"github.com/perpx/perpx/l1/testbindings"
)

// syncBuffer is a buffer written by one goroutine and read by another.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestTraderCommands runs the trader's day against a simulated L1 served over JSON-RPC and a perpx sequencer
// that follows it: new keys, L1 deposits into new accounts, a resting order and a market order that fills it,
// the account's risk view, open orders, a withdrawal, cancel-all, a transfer to a new isolated account, and a restart of the
// sequencer that recovers the same accounts without applying the deposits twice.
func TestTraderCommands(t *testing.T) {
	ctx := t.Context()
	sim, err := l1.NewSim(3, l1.WithHTTP("127.0.0.1", freePort(t)))
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	op := sim.Transactor(0)
	opts := *op
	mock, tx, err := bind.DeployContract(&opts, common.FromHex(testbindings.MockVerifierMetaData.Bin), sim.Client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, sim.Client(), tx.Hash()); err != nil {
		t.Fatal(err)
	}
	d, err := l1.Deploy(ctx, sim.Client(), op, l1.DeployConfig{
		Governor: op.From, Operators: []common.Address{op.From}, Genesis: l1.EmptyGenesis(devnet.GenesisMarkets()),
		ConfigHash: devnet.ConfigHash, Verifiers: map[int]common.Address{2: mock},
	})
	if err != nil {
		t.Fatal(err)
	}
	tok := l1.NewToken(sim.Client(), d.Token)
	dir := t.TempDir()
	l1Keys := make([]string, 3)
	for i := 1; i <= 2; i++ {
		if _, err := tok.Mint(ctx, op, sim.Address(i), big.NewInt(10_000_000_000)); err != nil {
			t.Fatal(err)
		}
		l1Keys[i] = filepath.Join(dir, fmt.Sprintf("l1-%d.key", i))
		raw := crypto.Keccak256([]byte(fmt.Sprintf("perpx sim account %d", i)))
		if err := os.WriteFile(l1Keys[i], []byte(hex.EncodeToString(raw)), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	mctx, stopMining := context.WithCancel(ctx)
	mined := make(chan struct{})
	defer func() { // the miner must stop before the simulated chain closes
		stopMining()
		<-mined
	}()
	go func() {
		defer close(mined)
		for mctx.Err() == nil {
			sim.Commit()
			time.Sleep(20 * time.Millisecond)
		}
	}()

	port := freePort(t)
	api := fmt.Sprintf("http://127.0.0.1:%d", port)
	dataDir := filepath.Join(dir, "seq")
	start := func() (stop func() string) {
		sctx, cancel := context.WithCancel(ctx)
		var out syncBuffer
		done := make(chan error, 1)
		go func() {
			done <- runSequencer(sctx, []string{"--data-dir", dataDir, "--api", fmt.Sprintf("127.0.0.1:%d", port), "--l1-rpc", sim.HTTPURL(),
				"--rollup", d.Rollup.Hex(), "--seal-interval", "200ms", "--log-level", "error", "--nats-listen", "none"}, &out)
		}()
		deadline := time.Now().Add(20 * time.Second)
		for !strings.Contains(out.String(), "serving") {
			select {
			case err := <-done:
				t.Fatalf("sequencer: %v\n%s", err, out.String())
			default:
			}
			if time.Now().After(deadline) {
				t.Fatal("sequencer did not start")
			}
			time.Sleep(10 * time.Millisecond)
		}
		return func() string {
			cancel()
			if err := <-done; err != nil {
				t.Fatalf("sequencer stop: %v", err)
			}
			return out.String()
		}
	}
	stop := start()

	cmd := func(args ...string) string {
		t.Helper()
		var out bytes.Buffer
		var err error
		switch args[0] {
		case "keys":
			err = runKeysNew(args[2:], &out)
		case "deposit":
			err = runDeposit(ctx, args[1:], &out)
		case "order":
			err = runOrder(ctx, append(args[1:], "--api", api), &out)
		case "account":
			err = runAccount(ctx, append(args[1:], "--api", api), &out)
		case "withdraw":
			err = runWithdraw(ctx, append(args[1:], "--api", api), &out)
		case "transfer":
			err = runTransfer(ctx, append(args[1:], "--api", api), &out)
		}
		if err != nil {
			t.Fatalf("perpx %s: %v", strings.Join(args, " "), err)
		}
		return out.String()
	}
	waitFor := func(args []string, want string) string {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for {
			var out bytes.Buffer
			if err := runAccount(ctx, append(args, "--api", api), &out); err == nil && strings.Contains(out.String(), want) {
				return out.String()
			}
			if time.Now().After(deadline) {
				t.Fatalf("account %v never showed %q (last: %s)", args, want, out.String())
			}
			time.Sleep(50 * time.Millisecond)
		}
	}

	alice, bob := filepath.Join(dir, "alice.key"), filepath.Join(dir, "bob.key")
	if out := cmd("keys", "new", "--out", alice); !strings.Contains(out, "public key 0x") {
		t.Fatalf("keys new: %s", out)
	}
	cmd("keys", "new", "--out", bob)
	account := regexp.MustCompile(`new account (\d+)`)
	aID := account.FindStringSubmatch(cmd("deposit", "--rpc", sim.HTTPURL(), "--rollup", d.Rollup.Hex(), "--l1-key", l1Keys[1], "--key", alice, "--amount", "5000"))
	bID := account.FindStringSubmatch(cmd("deposit", "--rpc", sim.HTTPURL(), "--rollup", d.Rollup.Hex(), "--l1-key", l1Keys[2], "--key", bob, "--amount", "5000"))
	if aID == nil || bID == nil {
		t.Fatal("deposit printed no account")
	}
	waitFor([]string{"--account", aID[1]}, "collateral        5000 USDC")
	waitFor([]string{"--account", bID[1]}, "collateral        5000 USDC")

	if out := cmd("order", "place", "--key", alice, "--account", aID[1], "--market", "BTC-USD", "--side", "sell", "--size", "0.01", "--price", "100000"); !strings.Contains(out, "resting") {
		t.Fatalf("place: %s", out)
	}
	if out := cmd("order", "place", "--key", alice, "--account", aID[1], "--market", "BTC-USD", "--side", "sell", "--size", "0.02", "--price", "100500"); !strings.Contains(out, "resting") {
		t.Fatalf("place: %s", out)
	}
	out := cmd("order", "place", "--key", bob, "--account", bID[1], "--market", "btc-usd", "--side", "buy", "--size", "0.004", "--price", "101000", "--type", "market")
	if !strings.Contains(out, "filled 0.004 @ 100000") {
		t.Fatalf("market order: %s", out)
	}
	if out := cmd("order", "list", "--account", aID[1]); strings.Count(out, "order ") != 2 || !strings.Contains(out, "remaining 0.006") {
		t.Fatalf("list: %s", out)
	}
	acct := cmd("account", "--account", bID[1])
	for _, want := range []string{"size 0.004", "entry 100000", "exposure 400 USDC", "liquidation price none", "unrealized PnL 0 USDC"} {
		if !strings.Contains(acct, want) {
			t.Fatalf("account lacks %q:\n%s", want, acct)
		}
	}
	if out := cmd("withdraw", "--key", bob, "--account", bID[1], "--amount", "10"); !strings.Contains(out, "withdrawal of 10 USDC") {
		t.Fatalf("withdraw: %s", out)
	}
	if out := cmd("order", "cancel", "--key", alice, "--account", aID[1], "--all"); !strings.Contains(out, "2 orders cancelled") {
		t.Fatalf("cancel all: %s", out)
	}
	if err := run([]string{"transfer"}); !errors.Is(err, errUsage) {
		t.Fatalf("transfer without flags: %v", err)
	}
	if err := run([]string{"transfer", "--key", bob, "--from", bID[1], "--to", "8388700", "--amount", "1.0000001"}); !errors.Is(err, errUsage) {
		t.Fatalf("transfer with 7 decimals: %v", err)
	}
	if out := cmd("transfer", "--key", bob, "--from", bID[1], "--to", "8388700", "--amount", "5.5", "--isolated", "BTC-USD"); !strings.Contains(out, "transfer of 5.5 USDC") || !strings.Contains(out, "isolated in market 1") {
		t.Fatalf("transfer: %s", out)
	}
	if out := cmd("account", "--account", "8388700"); !strings.Contains(out, "5.5") {
		t.Fatalf("isolated account after the transfer:\n%s", out)
	}
	before := cmd("account", "--account", bID[1])

	// A restart recovers the accounts from the input log; the L1 deposits are not applied again.
	if out := stop(); !strings.Contains(out, "stopped") {
		t.Fatalf("stop: %s", out)
	}
	stop = start()
	defer stop()
	time.Sleep(300 * time.Millisecond) // a few L1 polls
	if after := cmd("account", "--account", bID[1]); after != before {
		t.Fatalf("account after restart:\n%s\nbefore:\n%s", after, before)
	}
	if out := cmd("order", "list", "--account", aID[1]); !strings.Contains(out, "no open orders") {
		t.Fatalf("list after restart: %s", out)
	}
}

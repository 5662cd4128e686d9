package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/perpx/perpx/circuits/testkit"
	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/l1/escape"
	"github.com/perpx/perpx/l1/testbindings"
	"github.com/perpx/perpx/state"
)

// freePort returns a TCP port that was free a moment ago.
func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// TestEscapeCommand runs perpx escape against a simulated chain served over JSON-RPC: a rollup (with a mock
// verifier, so no proving) holds one committed batch; its owner's forced withdrawal is overdue; the command
// freezes the rollup, rebuilds the state over RPC and escapes the account, whose claim is not payable within
// the claim window (escape.ErrClaimWindowOpen); once the window has closed, perpx escape --withdraw pays part
// of it (--amount), then the rest.
func TestEscapeCommand(t *testing.T) {
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
	w := testkit.NewWorld()
	g := l1.EmptyGenesis(w.Markets)
	g.Globals = w.Globals
	config := w.Config.Hash()
	d, err := l1.Deploy(ctx, sim.Client(), op, l1.DeployConfig{
		Governor: op.From, Operators: []common.Address{op.From}, Genesis: g, ConfigHash: config,
		Verifiers: map[int]common.Address{2: mock},
	})
	if err != nil {
		t.Fatal(err)
	}
	rollup, tok := l1.NewRollup(sim.Client(), d.Rollup), l1.NewToken(sim.Client(), d.Token)
	user := sim.Transactor(1)
	const amount = 5_000_000
	if _, err := tok.Mint(ctx, op, user.From, big.NewInt(amount)); err != nil {
		t.Fatal(err)
	}
	if _, err := tok.Approve(ctx, user, d.Rollup, big.NewInt(amount)); err != nil {
		t.Fatal(err)
	}
	k := testkit.Key(1)
	id, _, err := rollup.Deposit(ctx, user, testkit.PubKey(k).Compressed(), amount)
	if err != nil {
		t.Fatal(err)
	}
	head, err := sim.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	b := w.Begin()
	b.Add(w.Deposit(id, testkit.PubKey(k), state.L1Address(user.From), amount))
	sealed := b.Seal(2, 1, head.Time, config)
	pubdata, err := sealed.Pubdata()
	if err != nil {
		t.Fatal(err)
	}
	hdr, err := rollup.NextHeader(ctx, sealed.Header.NewRoot, head.Time)
	if err != nil {
		t.Fatal(err)
	}
	var proof [32]byte
	state.PublicInput(&hdr, pubdata).FillBytes(proof[:])
	if _, err := l1.NewSubmitter(rollup, op).CommitBatch(ctx, sealed.Header.NewRoot, head.Time, pubdata, proof[:]); err != nil {
		t.Fatal(err)
	}
	if _, _, err := rollup.ForcedWithdrawal(ctx, user, id, 1_000); err != nil {
		t.Fatal(err)
	}
	if err := sim.AdjustTime(8 * 24 * time.Hour); err != nil {
		t.Fatal(err)
	}

	// Sim accounts' keys are keccak256("perpx sim account <i>").
	keyFile := filepath.Join(t.TempDir(), "key")
	raw := crypto.Keccak256([]byte(fmt.Sprintf("perpx sim account %d", 1)))
	if err := os.WriteFile(keyFile, []byte(hex.EncodeToString(raw)+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// The command's transactions arrive over RPC: mine them.
	mctx, stop := context.WithCancel(ctx)
	defer stop()
	go func() {
		for mctx.Err() == nil {
			sim.Commit()
			time.Sleep(20 * time.Millisecond)
		}
	}()
	before, err := tok.BalanceOf(ctx, user.From)
	if err != nil {
		t.Fatal(err)
	}
	// Nobody published this rollup's configuration: without --config the command asks for it.
	noConfig, err := parseEscapeFlags([]string{"--rpc", sim.HTTPURL(), "--contract", d.Rollup.Hex(), "--account", fmt.Sprint(id), "--dry-run"})
	if err != nil {
		t.Fatal(err)
	}
	if err := escapeWith(ctx, noConfig, io.Discard, io.Discard); !errors.Is(err, escape.ErrConfigNotPublished) ||
		!strings.Contains(err.Error(), "--config") {
		t.Fatalf("escape without --config: %v, want ErrConfigNotPublished naming --config", err)
	}
	configFile := writeProtocolConfig(t, &w.Config)
	f, err := parseEscapeFlags([]string{"--rpc", sim.HTTPURL(), "--contract", d.Rollup.Hex(), "--account", fmt.Sprint(id), "--key", keyFile,
		"--config", configFile, "--freeze"})
	if err != nil {
		t.Fatal(err)
	}
	var out, progress bytes.Buffer
	if err := escapeWith(ctx, f, &out, &progress); err != nil {
		t.Fatalf("%v\n%s%s", err, progress.String(), out.String())
	}
	t.Log("\n" + out.String())
	for _, want := range []string{"froze the rollup", "escaped:", "window closes", "--withdraw"} {
		if !strings.Contains(out.String(), want) {
			t.Fatalf("output lacks %q:\n%s", want, out.String())
		}
	}
	withdraw := func(extra ...string) error {
		f, err := parseEscapeFlags(append([]string{"--rpc", sim.HTTPURL(), "--contract", d.Rollup.Hex(), "--key", keyFile, "--withdraw"}, extra...))
		if err != nil {
			t.Fatal(err)
		}
		out.Reset()
		err = escapeWith(ctx, f, &out, io.Discard)
		t.Log(out.String())
		return err
	}
	if err := withdraw(); !errors.Is(err, escape.ErrClaimWindowOpen) {
		t.Fatalf("withdraw within the claim window: %v, want ErrClaimWindowOpen", err)
	}
	if err := sim.AdjustTime(l1.EscapeClaimWindow * time.Second); err != nil {
		t.Fatal(err)
	}
	if err := withdraw("--amount", "1000"); err != nil {
		t.Fatal(err)
	}
	if err := withdraw(); err != nil {
		t.Fatal(err)
	}
	if err := withdraw(); !errors.Is(err, escape.ErrNothingToWithdraw) {
		t.Fatalf("third withdraw: %v, want ErrNothingToWithdraw", err)
	}
	after, err := tok.BalanceOf(ctx, user.From)
	if err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(after, before); got.Int64() != amount {
		t.Fatalf("received %s, want %d", got, amount)
	}
}

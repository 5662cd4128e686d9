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
	"github.com/perpx/perpx/l1/bindings"
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

// escapeAmount is what escapeChain's user deposits, and escapes with.
const escapeAmount = 5_000_000

// escapeChain is a simulated chain served over JSON-RPC whose rollup (with a mock verifier, so no proving)
// holds one committed batch — user 1's deposit of escapeAmount to account id — and whose owner's forced
// withdrawal is overdue. With scrambled, the operator key commits the batch through an EIP-7702 delegation of
// its code to ScrambledOperator, in a transaction to itself with scrambled calldata.
type escapeChain struct {
	sim  *l1.Sim
	d    *l1.Deployment
	tok  *l1.Token
	user *bind.TransactOpts
	id   uint32
	w    *testkit.World
}

func newEscapeChain(t *testing.T, scrambled bool) *escapeChain {
	t.Helper()
	ctx := t.Context()
	sim, err := l1.NewSim(3, l1.WithHTTP("127.0.0.1", freePort(t)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
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
	// The deposit, and the bond of the forced withdrawal below.
	if _, err := tok.Mint(ctx, op, user.From, big.NewInt(escapeAmount+l1.ForcedRequestBond)); err != nil {
		t.Fatal(err)
	}
	if _, err := tok.Approve(ctx, user, d.Rollup, big.NewInt(escapeAmount)); err != nil {
		t.Fatal(err)
	}
	k := testkit.Key(1)
	id, _, err := rollup.Deposit(ctx, user, testkit.PubKey(k).Compressed(), escapeAmount)
	if err != nil {
		t.Fatal(err)
	}
	head, err := sim.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	b := w.Begin()
	b.Add(w.Deposit(id, testkit.PubKey(k), state.L1Address(user.From), escapeAmount))
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
	if scrambled {
		commitScrambled(t, sim, d.Rollup, bindings.NewRollup().PackCommitBatch(sealed.Header.NewRoot.BigInt(new(big.Int)), head.Time, pubdata, nil, proof[:]))
	} else if _, err := l1.NewSubmitter(rollup, op).CommitBatch(ctx, sealed.Header.NewRoot, head.Time, pubdata, nil, proof[:]); err != nil {
		t.Fatal(err)
	}
	if _, _, err := rollup.ForcedWithdrawal(ctx, user, id, 1_000); err != nil {
		t.Fatal(err)
	}
	if err := sim.AdjustTime(8 * 24 * time.Hour); err != nil {
		t.Fatal(err)
	}
	return &escapeChain{sim: sim, d: d, tok: tok, user: user, id: id, w: w}
}

// commitScrambled deploys ScrambledOperator and makes call to rollup from sim account 0 (the operator) through an
// EIP-7702 delegation of its code to it, with scrambled calldata.
func commitScrambled(t *testing.T, sim *l1.Sim, rollup common.Address, call []byte) {
	t.Helper()
	code, tx, err := bind.DeployContract(sim.Transactor(0), common.FromHex(testbindings.ScrambledOperatorMetaData.Bin), sim.Client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(t.Context(), sim.Client(), tx.Hash()); err != nil {
		t.Fatal(err)
	}
	data, err := testbindings.ScrambledCalls(rollup, [][]byte{call})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sim.Send(t.Context(), 0, sim.Address(0), data, 3_000_000, &code); err != nil {
		t.Fatal(err)
	}
}

// TestEscapeCommand runs perpx escape against a simulated chain served over JSON-RPC: a rollup (with a mock
// verifier, so no proving) holds one committed batch, which the operator key committed through an EIP-7702
// delegation with scrambled calldata; its owner's forced withdrawal is overdue; the command freezes the
// rollup, rebuilds the state over RPC, escapes and withdraws the account's value.
func TestEscapeCommand(t *testing.T) {
	ctx := t.Context()
	c := newEscapeChain(t, true)
	sim, d, tok, user, id, w := c.sim, c.d, c.tok, c.user, c.id, c.w
	const amount = escapeAmount
	// Sim accounts' keys are keccak256("perpx sim account <i>").
	keyFile := filepath.Join(t.TempDir(), "key")
	raw := crypto.Keccak256([]byte(fmt.Sprintf("perpx sim account %d", 1)))
	if err := os.WriteFile(keyFile, []byte(hex.EncodeToString(raw)+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	// The command's transactions arrive over RPC: mine them.
	// The miner stops before the test returns, so it never mines on the chain the cleanup closes.
	mctx, stop := context.WithCancel(ctx)
	mined := make(chan struct{})
	defer func() { stop(); <-mined }()
	go func() {
		defer close(mined)
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

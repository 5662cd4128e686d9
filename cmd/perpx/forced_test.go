package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/l1/devnet"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// simKeyFile writes Sim account i's key (keccak256("perpx sim account <i>")) to a file.
func simKeyFile(t *testing.T, i int) string {
	t.Helper()
	f := filepath.Join(t.TempDir(), "key")
	raw := crypto.Keccak256([]byte(fmt.Sprintf("perpx sim account %d", i)))
	if err := os.WriteFile(f, []byte(hex.EncodeToString(raw)+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return f
}

// TestForcedTradeCommands runs perpx consent (B's owner, human decimals in, the market's units read from an
// API serving the devnet markets) and perpx forced-trade (A's owner) against a simulated chain served over
// JSON-RPC, and checks the queued request; a consent for another rollup and a tampered one are refused before
// anything is sent.
func TestForcedTradeCommands(t *testing.T) {
	ctx := t.Context()
	sim, err := l1.NewSim(3, l1.WithHTTP("127.0.0.1", freePort(t)))
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	op := sim.Transactor(0)
	markets := devnet.GenesisMarkets()
	d, err := l1.Deploy(ctx, sim.Client(), op, l1.DeployConfig{Governor: op.From, Operators: []common.Address{op.From},
		Genesis: l1.EmptyGenesis(markets), ConfigHash: [32]byte{1}})
	if err != nil {
		t.Fatal(err)
	}
	rollup, tok := l1.NewRollup(sim.Client(), d.Rollup), l1.NewToken(sim.Client(), d.Token)
	var ids [2]uint32
	for i := range ids {
		user := sim.Transactor(i + 1)
		if _, err := tok.Mint(ctx, op, user.From, big.NewInt(1_000+l1.ForcedRequestBond)); err != nil { // a deposit and a forced request's bond
			t.Fatal(err)
		}
		if _, err := tok.Approve(ctx, user, d.Rollup, big.NewInt(1_000)); err != nil {
			t.Fatal(err)
		}
		if ids[i], _, err = rollup.Deposit(ctx, user, wire.DevKey(fmt.Sprint("forced ", i)).PubKey().Compressed(), 1_000); err != nil {
			t.Fatal(err)
		}
	}
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var out []wire.MarketJSON
		for i := range markets {
			if markets[i].Status != 0 {
				out = append(out, wire.NewMarketJSON(uint8(i+1), &markets[i]))
			}
		}
		_ = json.NewEncoder(w).Encode(out)
	}))
	defer api.Close()
	mctx, stop := context.WithCancel(ctx)
	mined := make(chan struct{})
	// The commands' transactions arrive over RPC: mine them, and stop before the simulated chain closes.
	defer func() { stop(); <-mined }()
	go func() {
		defer close(mined)
		for mctx.Err() == nil {
			sim.Commit()
			time.Sleep(20 * time.Millisecond)
		}
	}()

	m := &markets[0]
	consentPath := filepath.Join(t.TempDir(), "consent.json")
	var out bytes.Buffer
	err = runConsent(ctx, []string{"--api", api.URL, "--rpc", sim.HTTPURL(), "--rollup", d.Rollup.Hex(), "--l1-key", simKeyFile(t, 2),
		"--requester", sim.Address(1).Hex(), "--account-a", fmt.Sprint(ids[0]), "--account-b", fmt.Sprint(ids[1]), "--market", m.Name, "--side", "sell",
		"--size", wire.FormatSize(int64(3*m.StepSize), m), "--price", wire.FormatPrice(7*m.TickSize, m), "--out", consentPath}, &out)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(out.String())
	raw, err := os.ReadFile(consentPath)
	if err != nil {
		t.Fatal(err)
	}
	var cf consentFile
	if err := json.Unmarshal(raw, &cf); err != nil {
		t.Fatal(err)
	}
	if cf.SizeQuantums != 3*m.StepSize || cf.Price != 7*m.TickSize || cf.AIsBuy || cf.Market != 1 || cf.Signer != sim.Address(2) {
		t.Fatalf("consent file %+v", cf)
	}

	// A consent for another rollup, or tampered with, is refused before anything is sent.
	for name, edit := range map[string]func(c *consentFile){
		"other rollup": func(c *consentFile) { c.Rollup[0] ^= 1 },
		"bad v":        func(c *consentFile) { c.Signature[64] = 1 },
	} {
		bad := cf
		bad.Signature = append([]byte(nil), cf.Signature...)
		edit(&bad)
		b, _ := json.Marshal(bad)
		p := filepath.Join(t.TempDir(), "bad.json")
		if err := os.WriteFile(p, b, 0o600); err != nil {
			t.Fatal(err)
		}
		err := runForcedTrade(ctx, []string{"--rpc", sim.HTTPURL(), "--rollup", d.Rollup.Hex(), "--l1-key", simKeyFile(t, 1), "--consent", p}, &out)
		if !errors.Is(err, errBadConsent) {
			t.Fatalf("%s: %v", name, err)
		}
	}

	out.Reset()
	if err := runForcedTrade(ctx, []string{"--rpc", sim.HTTPURL(), "--rollup", d.Rollup.Hex(), "--l1-key", simKeyFile(t, 1),
		"--consent", consentPath}, &out); err != nil {
		t.Fatal(err)
	}
	t.Log(out.String())
	if !strings.Contains(out.String(), "queued forced trade 2") {
		t.Fatalf("output: %s", out.String())
	}
	items, err := l1.NewWatcher(sim.Client(), l1.WatcherConfig{Rollup: d.Rollup}).PollQueue(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := state.ForcedTradeRecord{Market: 1, AccountA: ids[0], AccountB: ids[1], SizeQuantums: 3 * m.StepSize, Price: 7 * m.TickSize,
		AddrA: state.L1Address(sim.Address(1)), AddrB: state.L1Address(sim.Address(2))}
	if len(items) != 3 || items[2].ForcedTrade == nil || *items[2].ForcedTrade != want {
		t.Fatalf("queue %+v, want the forced trade %+v last", items, want)
	}
	// The same consent cannot queue twice.
	err = runForcedTrade(ctx, []string{"--rpc", sim.HTTPURL(), "--rollup", d.Rollup.Hex(), "--l1-key", simKeyFile(t, 1), "--consent", consentPath}, &out)
	var re *l1.RevertError
	if !errors.As(err, &re) || re.Name != "ConsentUsed" {
		t.Fatalf("second use: %v", err)
	}
}

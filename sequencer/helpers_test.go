package sequencer

import (
	"errors"
	"flag"
	"log/slog"
	"os"
	"strconv"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

var _ engine.Tree = (*statedb.Tree)(nil)

var quiet = slog.New(slog.DiscardHandler)

var seedFlag = flag.Uint64("seed", 0, "seed of the randomized tests (0: from the clock)")

// testSeed returns the seed of a randomized test and logs it; rerun with -seed to reproduce.
func testSeed(t testing.TB) uint64 {
	s := *seedFlag
	if s == 0 {
		s = uint64(time.Now().UnixNano())
	}
	t.Logf("seed: %d (rerun with -seed=%d)", s, s)
	return s
}

// Test markets. BTC: 1 quantum = 10^-6 BTC, price units = USDC·10^6, tick 1 USDC, step 0.001 BTC.
// ETH: 1 quantum = 10^-4 ETH, price units = USDC·10^8, tick 0.01 USDC, step 0.01 ETH.
const (
	mBTC uint8 = 1
	mETH uint8 = 2

	btcPrice = 60_000_000_000 // 60000 USDC
	btcTick  = 1_000_000
	btcStep  = 1_000
	ethPrice = 300_000_000_000 // 3000 USDC
)

func testMarkets() state.Markets {
	var m state.Markets
	m[mBTC-1] = state.Market{
		Name: "BTC-USD", OraclePrice: btcPrice, FundingIndex: 7, ImfPpm: 50_000, MmfPpm: 30_000,
		Status: state.MarketActive, TickSize: btcTick, StepSize: btcStep, BaseDecimals: 6,
		MakerFeePpm: 200, TakerFeePpm: 500,
	}
	m[mETH-1] = state.Market{
		Name: "ETH-USD", OraclePrice: ethPrice, ImfPpm: 100_000, MmfPpm: 50_000,
		Status: state.MarketActive, TickSize: 1_000_000, StepSize: 100, BaseDecimals: 4,
		MakerFeePpm: 0, TakerFeePpm: 1_000,
	}
	return m
}

// openTestTree opens the tree in dir of fs and, when it is new, writes the test markets and a system time
// into it.
func openTestTree(fs vfs.FS, dir string) (*statedb.Tree, error) {
	tree, err := statedb.Open(dir, statedb.WithFS(fs), statedb.WithLogger(quiet))
	if err != nil || tree.Markets() == testMarkets() {
		return tree, err
	}
	tree.SetMarkets(testMarkets())
	tree.SetGlobals(state.Globals{SystemTimeSeconds: 1_000})
	if err := tree.Commit(); err != nil {
		return nil, errors.Join(err, tree.Close())
	}
	return tree, nil
}

// newTree opens an in-memory tree holding testMarkets, committed.
func newTree(t testing.TB) *statedb.Tree {
	t.Helper()
	tr, err := statedb.Open("tree", statedb.WithFS(vfs.NewMem()), statedb.WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tr.Close() })
	if err := tr.SetMarkets(testMarkets()); err != nil {
		t.Fatal(err)
	}
	tr.SetGlobals(state.Globals{SystemTimeSeconds: 1_000})
	if err := tr.Commit(); err != nil {
		t.Fatal(err)
	}
	return tr
}

func l1(id uint32) state.L1Address { return state.L1Address{0xaa, byte(id >> 8), byte(id)} }

func devKey(id uint32) *wire.Key { return wire.DevKey(strconv.FormatUint(uint64(id), 10)) }

func depositRec(id uint32, amount uint64) state.DepositRecord {
	return state.DepositRecord{AccountID: id, AmountQuantums: amount, L1Address: l1(id), PubKey: devKey(id).PubKey().Compressed()}
}

// fund deposits amount USDC quantums to each account.
func fund(t testing.TB, e *engine.Engine, amount uint64, ids ...uint32) {
	t.Helper()
	for _, id := range ids {
		if _, err := e.Deposit(depositRec(id, amount)); err != nil {
			t.Fatal(err)
		}
	}
}

func order(id uint32, m uint8, buy bool, size, price uint64, slot uint16, nonce uint32) state.OrderMsg {
	return state.OrderMsg{
		AccountID: id, Market: m, IsBuy: buy, Slot: slot, Nonce: nonce, ExpirySeconds: 1 << 32,
		MaxFeePpm: 1_000, SizeQuantums: size, LimitPrice: price,
	}
}

func sign(o state.OrderMsg) state.SignedOrder { return devKey(o.AccountID).SignOrder(o) }

// checkTrace verifies that a trace is a consistent chain of updates starting at accounts root r0 and returns
// the root after it.
func checkTrace(t testing.TB, tr *state.TxTrace, r0 fr.Element) fr.Element {
	t.Helper()
	root := r0
	step := func(name string, u *state.AccountUpdate, su *state.SlotUpdate) {
		if u == nil {
			return
		}
		if su != nil {
			if state.RootFromPath(su.Before.Word(), uint64(su.Slot), su.Siblings[:]) != u.Before.SlotRoot {
				t.Fatalf("%s: slot before does not match the account's slot root", name)
			}
			if state.RootFromPath(su.After.Word(), uint64(su.Slot), su.Siblings[:]) != u.After.SlotRoot {
				t.Fatalf("%s: slot after does not match the account's new slot root", name)
			}
		} else if u.Before.SlotRoot != u.After.SlotRoot {
			t.Fatalf("%s: slot root changed without a slot update", name)
		}
		b := u.Before
		if state.RootFromPath(b.Hash(), uint64(u.ID), u.Siblings[:]) != root {
			t.Fatalf("%s: before leaf and siblings do not give the current root", name)
		}
		a := u.After
		root = state.RootFromPath(a.Hash(), uint64(u.ID), u.Siblings[:])
	}
	step("A", tr.A, tr.SlotA)
	step("B", tr.B, tr.SlotB)
	return root
}

// wantRule checks that err is a *RuleError for sentinel and party.
func wantRule(t testing.TB, err, sentinel error, p wire.Party) {
	t.Helper()
	var re *wire.RuleError
	if !errors.Is(err, sentinel) || !errors.As(err, &re) || re.Party != p {
		t.Fatalf("error %v, want %v by %v", err, sentinel, p)
	}
}

// envSeed returns the seed of a model or simulation test from PERPX_SEED, or from the clock, and logs it.
func envSeed(t testing.TB) uint64 {
	if v := os.Getenv("PERPX_SEED"); v != "" {
		s, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("PERPX_SEED=%q: %v", v, err)
		}
		t.Logf("seed %d (from PERPX_SEED)", s)
		return s
	}
	s := uint64(time.Now().UnixNano())
	t.Logf("seed %d (replay with PERPX_SEED=%d)", s, s)
	return s
}

package prover

import (
	"errors"
	"fmt"
	"log/slog"
	"math"
	"runtime/debug"
	"sync"
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/logger"

	"github.com/perpx/perpx/circuits"
	"github.com/perpx/perpx/circuits/testkit"
	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// The differential tests run the same deposits, trades and withdrawals, valid and invalid, through the
// sequencer's transition engine and through circuits.SlotCircuit, and require the same verdict from both and
// the verdict the table expects. An engine rejection with no trace (a transition it cannot represent) counts
// as a circuit rejection too: no witness exists for it.

const (
	diffSystemTime = 1_000_000
	diffBatchTime  = 1_000_100
	diffExpiry     = diffBatchTime + 3600
	bigFunds       = 1_000_000_000
)

var slotCCS = sync.OnceValues(func() (constraint.ConstraintSystem, error) {
	logger.Disable()
	return frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &circuits.SlotCircuit{})
})

var errNoTrace = errors.New("engine returned no trace")

// env is a sequencer engine on an in-memory tree holding testkit.DefaultMarkets.
type env struct {
	t    *testing.T
	tree *statedb.Tree
	e    *engine.Engine
}

func newEnv(t *testing.T) *env {
	t.Helper()
	tr, err := statedb.Open("tree", statedb.WithFS(vfs.NewMem()), statedb.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tr.Close() })
	if err := tr.SetMarkets(testkit.DefaultMarkets()); err != nil {
		t.Fatal(err)
	}
	tr.SetGlobals(state.Globals{SystemTimeSeconds: diffSystemTime})
	if err := tr.Commit(); err != nil {
		t.Fatal(err)
	}
	e := engine.NewEngine(tr)
	if err := e.SetBatchTime(diffBatchTime); err != nil {
		t.Fatal(err)
	}
	return &env{t: t, tree: tr, e: e}
}

func key(id uint32) *wire.Key { return wire.DevKey(fmt.Sprintf("differential %d", id)) }

func addr(id uint32) state.L1Address {
	return state.L1Address{0xd1, byte(id >> 16), byte(id >> 8), byte(id)}
}

func depositRec(id uint32, amount uint64) state.DepositRecord {
	return state.DepositRecord{AccountID: id, AmountQuantums: amount, L1Address: addr(id), PubKey: key(id).PubKey().Compressed()}
}

func (v *env) must(_ *state.TxTrace, err error) {
	v.t.Helper()
	if err != nil {
		v.t.Fatal(err)
	}
}

func (v *env) fund(amount uint64, ids ...uint32) {
	v.t.Helper()
	for _, id := range ids {
		v.must(v.e.Deposit(depositRec(id, amount)))
	}
}

// edit rewrites account id in the tree (to set up positions, margin modes and balances directly).
func (v *env) edit(id uint32, f func(*state.Account)) {
	v.t.Helper()
	a, err := v.tree.Account(id)
	if err != nil {
		v.t.Fatal(err)
	}
	f(&a)
	if err := v.tree.SetAccount(id, a); err != nil {
		v.t.Fatal(err)
	}
}

func ord(id uint32, buy bool, slot uint16, nonce uint32, size, limit uint64) state.OrderMsg {
	return state.OrderMsg{AccountID: id, Market: 1, IsBuy: buy, Slot: slot, Nonce: nonce, ExpirySeconds: diffExpiry,
		MaxFeePpm: 1_000, SizeQuantums: size, LimitPrice: limit}
}

func inMarket(o state.OrderMsg, m uint8) state.OrderMsg { o.Market = m; return o }

func sign(o state.OrderMsg) state.SignedOrder { return key(o.AccountID).SignOrder(o) }

func (v *env) trade(tk, mk state.OrderMsg, q uint64) (*state.TxTrace, error) {
	return v.e.Trade(sign(tk), sign(mk), q)
}

func wd(id uint32, slot uint16, nonce uint32, amount uint64) state.WithdrawalMsg {
	return state.WithdrawalMsg{AccountID: id, Slot: slot, Nonce: nonce, ExpirySeconds: diffExpiry, AmountQuantums: amount, L1Address: addr(id)}
}

func (v *env) withdraw(m state.WithdrawalMsg) (*state.TxTrace, error) {
	return v.e.Withdraw(key(m.AccountID).SignWithdrawal(m))
}

// maxStepSize is the largest multiple of market 1's step below 2^48, and maxTickPrice the largest multiple of
// its tick below 2^48.
const (
	maxStepSize  = uint64(1) << state.MaxSizeBits / 1_000 * 1_000
	maxTickPrice = uint64(1) << state.MaxPriceBits / 1_000 * 1_000
)

// maxFunds gives accounts 1 and 2 a deposit of 2^56 − 1.
func maxFunds(v *env) { v.fund(state.MaxAmount-1, 1, 2) }

// nearMaxPosition is maxFunds with account 1 long 2^48 − 1001 in market 1.
func nearMaxPosition(v *env) {
	maxFunds(v)
	v.edit(1, func(a *state.Account) {
		a.Positions[0] = state.Position{Market: 1, SizeQuantums: state.MaxSize - 1_001, FundingIndex: 5}
	})
}

// diffCase is one transaction after a setup; valid is the verdict docs/PROTOCOL.md gives.
type diffCase struct {
	name  string
	setup func(*env)
	run   func(*env) (*state.TxTrace, error)
	valid bool
}

// minCases is the least number of differential cases per transaction type (issue #4).
const minCases = 30

// circuitVerdict solves the SlotCircuit assignment of a trace with an insurance fund of 0 and no liquidation fee.
func circuitVerdict(t *testing.T, tr *state.TxTrace, root0 fr.Element, markets *state.Markets, ts uint64) error {
	t.Helper()
	return riskVerdict(t, tr, root0, testkit.SlotEnv{Markets: markets, Timestamp: ts})
}

// slotEnv returns the circuit environment of the engine's next transaction.
func (v *env) slotEnv() testkit.SlotEnv {
	markets := v.tree.Markets()
	return testkit.SlotEnv{Markets: &markets, Timestamp: v.e.BatchTime(),
		InsuranceFund: v.tree.Globals().InsuranceFundQuantums, LiquidationFeePpm: riskConfig.LiquidationFeePpm}
}

// runDifferential runs each case on a fresh engine and in the circuit (with the tree's insurance fund and the
// default configuration's liquidation fee), and requires the same verdict from both, the verdict the table
// expects and, when valid, the same new accounts root and insurance fund.
func runDifferential(t *testing.T, cases []diffCase) {
	t.Helper()
	if len(cases) < minCases {
		t.Errorf("%d cases, want at least %d", len(cases), minCases)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := newEnv(t)
			if c.setup != nil {
				c.setup(v)
			}
			root0, senv := v.tree.AccountsRoot(), v.slotEnv()
			tr, goErr := runEngine(t, v, c.run)
			cErr := riskVerdict(t, tr, root0, senv)
			goValid, cValid := goErr == nil, cErr == nil
			if goValid != cValid {
				t.Fatalf("verdicts differ: engine %v, circuit %v", goErr, cErr)
			}
			if goValid != c.valid {
				t.Fatalf("both %s, want valid=%v (engine: %v, circuit: %v)", verdict(goValid), c.valid, goErr, cErr)
			}
			if goValid {
				if testkit.AccountsRootAfter(tr, root0) != v.tree.AccountsRoot() {
					t.Fatal("the trace's new root differs from the engine's tree")
				}
				want := senv.InsuranceFund + testkit.InsuranceDelta(tr, senv.Markets).Int64()
				if got := v.tree.Globals().InsuranceFundQuantums; got != want {
					t.Fatalf("insurance fund: engine %d, circuit %d", got, want)
				}
			}
			t.Logf("both %s; engine: %v; circuit: %v", verdict(goValid), goErr, cErr)
		})
	}
}

// runEngine runs a case's transaction on the engine; an engine panic fails the case (the engine must give a
// verdict for every input).
func runEngine(t *testing.T, v *env, run func(*env) (*state.TxTrace, error)) (tr *state.TxTrace, err error) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("engine panics: %v\n%s", r, debug.Stack())
		}
	}()
	return run(v)
}

func verdict(ok bool) string {
	if ok {
		return "accept"
	}
	return "reject"
}

// oddKeySeed returns a key seed whose public key's x is odd (odd = true) or even.
func oddKeyRec(id uint32, odd bool) state.DepositRecord {
	for i := 0; ; i++ {
		k := wire.DevKey(fmt.Sprintf("parity %d", i))
		pk := k.PubKey()
		x := pk.X.Bytes()
		if (x[31]&1 == 1) == odd {
			return state.DepositRecord{AccountID: id, AmountQuantums: 1_000, L1Address: addr(id), PubKey: pk.Compressed()}
		}
	}
}

func depositCases() []diffCase {
	dep := func(r state.DepositRecord) func(*env) (*state.TxTrace, error) {
		return func(v *env) (*state.TxTrace, error) { return v.e.Deposit(r) }
	}
	funded := func(v *env) { v.fund(bigFunds, 1) }
	other := depositRec(1, 5)
	other.PubKey = key(2).PubKey().Compressed()
	otherAddr := depositRec(1, 5)
	otherAddr.L1Address = addr(2)
	notOnCurve := depositRec(1, 5)
	notOnCurve.PubKey = [32]byte{0x7f, 0xff, 3}
	zeroKey := depositRec(1, 5)
	zeroKey.PubKey = [32]byte{}
	return []diffCase{
		{name: "new account", run: dep(depositRec(1, 5)), valid: true},
		{name: "account 0", run: dep(depositRec(0, 5)), valid: true},
		{name: "last account id", run: dep(depositRec(1<<state.AccountTreeDepth-1, 5)), valid: true},
		{name: "existing account", setup: funded, run: dep(depositRec(1, 7)), valid: true},
		{name: "one quantum", run: dep(depositRec(1, 1)), valid: true},
		{name: "max amount", run: dep(depositRec(1, state.MaxAmount-1)), valid: true},
		{name: "key with odd x", run: dep(oddKeyRec(3, true)), valid: true},
		{name: "key with even x", run: dep(oddKeyRec(3, false)), valid: true},
		{name: "account with positions", setup: func(v *env) {
			v.fund(bigFunds, 1, 2)
			v.must(v.trade(ord(1, true, 1, 1, 10_000, 60_000_000), ord(2, false, 1, 1, 10_000, 60_000_000), 10_000))
		}, run: dep(depositRec(1, 9)), valid: true},
		{name: "negative collateral", setup: func(v *env) {
			v.fund(bigFunds, 1)
			v.edit(1, func(a *state.Account) { a.CollateralQuantums = -5_000 })
		}, run: dep(depositRec(1, 9)), valid: true},
		{name: "isolated account", setup: func(v *env) {
			v.fund(bigFunds, 1)
			v.edit(1, func(a *state.Account) { a.MarginMode = 2 })
		}, run: dep(depositRec(1, 9)), valid: true},
		{name: "used slot tree", setup: func(v *env) {
			v.fund(bigFunds, 1)
			v.must(v.withdraw(wd(1, 5, 1, 10)))
		}, run: dep(depositRec(1, 9)), valid: true},
		{name: "collateral to 2^63-1", setup: func(v *env) {
			v.fund(bigFunds, 1)
			v.edit(1, func(a *state.Account) { a.CollateralQuantums = math.MaxInt64 - 10 })
		}, run: dep(depositRec(1, 10)), valid: true},
		{name: "collateral overflow", setup: func(v *env) {
			v.fund(bigFunds, 1)
			v.edit(1, func(a *state.Account) { a.CollateralQuantums = math.MaxInt64 - 10 })
		}, run: dep(depositRec(1, 11)), valid: false},
		{name: "zero amount", run: dep(depositRec(1, 0)), valid: false},
		{name: "zero amount to existing", setup: funded, run: dep(depositRec(1, 0)), valid: false},
		{name: "amount 2^56", run: dep(depositRec(1, state.MaxAmount)), valid: false},
		{name: "other key", setup: funded, run: dep(other), valid: false},
		{name: "other address", setup: funded, run: dep(otherAddr), valid: false},
		{name: "key not on curve", run: dep(notOnCurve), valid: false},
		{name: "zero key", run: dep(zeroKey), valid: false},
		{name: "account id 2^24", run: dep(depositRec(1<<state.AccountTreeDepth, 5)), valid: false},
		{name: "funding settled, negative index (long receives)", setup: func(v *env) {
			positioned(7_000_000, 60_000_000, 0)(v)
			v.setMarket1(60_000_000, -1_234)
		}, run: dep(depositRec(1, 5)), valid: true},
		{name: "funding settled, negative index (short pays)", setup: func(v *env) {
			positioned(7_000_000, 60_000_000, 0)(v)
			v.setMarket1(60_000_000, -1_234)
		}, run: dep(depositRec(2, 5)), valid: true},
		{name: "funding settled, positive index (long pays)", setup: func(v *env) {
			positioned(7_000_000, 60_000_000, 0)(v)
			v.setMarket1(60_000_000, 1_234)
		}, run: dep(depositRec(1, 5)), valid: true},
		{name: "bankrupt account (TV < 0)", setup: positioned(300_000, 56_000_000, 0), run: dep(depositRec(1, 9)), valid: true},
		{name: "liquidatable account", setup: positioned(300_000, 58_500_000, 0), run: dep(depositRec(1, 9)), valid: true},
		{name: "max amount to an existing account", setup: funded, run: dep(depositRec(1, state.MaxAmount-1)), valid: true},
		{name: "max amount at collateral near -2^63", setup: func(v *env) {
			v.fund(bigFunds, 1)
			v.edit(1, func(a *state.Account) { a.CollateralQuantums = math.MinInt64 + 1 })
		}, run: dep(depositRec(1, state.MaxAmount-1)), valid: true},
		{name: "funding settlement below -2^63", setup: func(v *env) {
			v.fund(bigFunds, 1)
			v.edit(1, func(a *state.Account) {
				a.CollateralQuantums = math.MinInt64 + 5
				a.Positions[0] = state.Position{Market: 1, SizeQuantums: 100_000, FundingIndex: 5}
			})
			v.setMarket1(60_000_000, 1_000_000)
		}, run: dep(depositRec(1, 9)), valid: false},
		{name: "isolated account with a position", setup: func(v *env) {
			v.fund(bigFunds, 1)
			v.edit(1, func(a *state.Account) {
				a.MarginMode = 1
				a.Positions[0] = state.Position{Market: 1, SizeQuantums: -3_000, FundingIndex: 5}
			})
		}, run: dep(depositRec(1, 9)), valid: true},
		{name: "positions in two markets", setup: func(v *env) {
			v.fund(bigFunds, 1)
			v.edit(1, func(a *state.Account) {
				a.Positions[0] = state.Position{Market: 2, SizeQuantums: 20_000, FundingIndex: -7}
				a.Positions[1] = state.Position{Market: 1, SizeQuantums: -3_000, FundingIndex: 5}
			})
		}, run: dep(depositRec(1, 9)), valid: true},
		{name: "another account's key on a new account", setup: funded, run: dep(func() state.DepositRecord {
			r := depositRec(5, 9)
			r.PubKey = key(1).PubKey().Compressed()
			return r
		}()), valid: true},
	}
}

// roHolding funds accounts 1 and 2 and gives them sizes a and b in the reduce-only market 3.
func roHolding(a, b int64) func(*env) {
	return func(v *env) {
		v.fund(bigFunds, 1, 2)
		v.hold(1, map[uint8]int64{3: a})
		if b != 0 {
			v.hold(2, map[uint8]int64{3: b})
		}
	}
}

func tradeCases() []diffCase {
	two := func(v *env) { v.fund(bigFunds, 1, 2) }
	tk := ord(1, true, 1, 1, 10_000, 61_000_000)
	mk := ord(2, false, 2, 1, 20_000, 60_000_000)
	tradeOf := func(tk, mk state.OrderMsg, q uint64) func(*env) (*state.TxTrace, error) {
		return func(v *env) (*state.TxTrace, error) { return v.trade(tk, mk, q) }
	}
	// leveraged: account 1 long 100,000 in market 1 with collateral −5,900,000 (TV 100,000 < IMR 300,000).
	leveraged := func(v *env) {
		v.fund(bigFunds, 1, 2)
		v.edit(1, func(a *state.Account) {
			a.CollateralQuantums = -5_900_000
			a.Positions[0] = state.Position{Market: 1, SizeQuantums: 100_000, FundingIndex: 5}
		})
	}
	return []diffCase{
		{name: "open", setup: two, run: tradeOf(tk, mk, 10_000), valid: true},
		{name: "taker sells", setup: two, run: tradeOf(ord(1, false, 1, 1, 10_000, 59_000_000), ord(2, true, 2, 1, 10_000, 60_000_000), 10_000), valid: true},
		{name: "partial fill continues maker slot", setup: func(v *env) {
			two(v)
			v.fund(bigFunds, 3)
			v.must(v.trade(ord(3, true, 1, 1, 5_000, 61_000_000), mk, 5_000))
		}, run: tradeOf(tk, mk, 10_000), valid: true},
		{name: "fill completes maker order", setup: func(v *env) {
			two(v)
			v.fund(bigFunds, 3)
			v.must(v.trade(ord(3, true, 1, 1, 10_000, 61_000_000), mk, 10_000))
		}, run: tradeOf(tk, mk, 10_000), valid: true},
		{name: "close position resets slot", setup: func(v *env) {
			two(v)
			v.must(v.trade(tk, mk, 10_000))
		}, run: tradeOf(ord(1, false, 3, 1, 10_000, 60_000_000), ord(2, true, 4, 1, 10_000, 60_000_000), 10_000), valid: true},
		{name: "flip position", setup: func(v *env) {
			two(v)
			v.must(v.trade(tk, mk, 10_000))
		}, run: tradeOf(ord(1, false, 3, 1, 30_000, 60_000_000), ord(2, true, 4, 1, 30_000, 60_000_000), 30_000), valid: true},
		{name: "second market", setup: func(v *env) {
			two(v)
			v.must(v.trade(tk, mk, 10_000))
		}, run: tradeOf(inMarket(ord(1, true, 3, 1, 10_000, 3_000_000), 2), inMarket(ord(2, false, 4, 1, 10_000, 3_000_000), 2), 10_000), valid: true},
		{name: "isolated in its market", setup: func(v *env) {
			two(v)
			v.edit(1, func(a *state.Account) { a.MarginMode = 1 })
		}, run: tradeOf(tk, mk, 10_000), valid: true},
		{name: "reducing while unhealthy", setup: leveraged,
			run: tradeOf(ord(1, false, 3, 1, 50_000, 60_000_000), ord(2, true, 4, 1, 50_000, 60_000_000), 50_000), valid: true},
		{name: "reducing at a loss", setup: leveraged,
			run: tradeOf(ord(1, false, 3, 1, 50_000, 40_000_000), ord(2, true, 4, 1, 50_000, 40_000_000), 50_000), valid: false},
		{name: "growing while unhealthy", setup: leveraged,
			run: tradeOf(ord(1, true, 3, 1, 1_000, 60_000_000), ord(2, false, 4, 1, 1_000, 60_000_000), 1_000), valid: false},
		{name: "margin breach", setup: func(v *env) { v.fund(1_000_000, 1); v.fund(bigFunds, 2) },
			run: tradeOf(ord(1, true, 1, 1, 1_000_000, 60_000_000), ord(2, false, 2, 1, 1_000_000, 60_000_000), 1_000_000), valid: false},
		{name: "bad taker signature", setup: two, run: func(v *env) (*state.TxTrace, error) {
			return v.e.Trade(key(9).SignOrder(tk), sign(mk), 10_000)
		}, valid: false},
		{name: "bad maker signature", setup: two, run: func(v *env) (*state.TxTrace, error) {
			s := sign(mk)
			s.Sig[40] ^= 1
			return v.e.Trade(sign(tk), s, 10_000)
		}, valid: false},
		{name: "overfill", setup: two, run: tradeOf(ord(1, true, 1, 1, 30_000, 61_000_000), mk, 30_000), valid: false},
		{name: "overfill continued slot", setup: func(v *env) {
			two(v)
			v.fund(bigFunds, 3)
			v.must(v.trade(ord(3, true, 1, 1, 15_000, 61_000_000), mk, 15_000))
		}, run: tradeOf(tk, mk, 10_000), valid: false},
		{name: "reused order slot", setup: func(v *env) {
			two(v)
			v.must(v.trade(ord(1, true, 1, 5, 1_000, 61_000_000), mk, 1_000))
		}, run: tradeOf(ord(1, true, 1, 4, 10_000, 61_000_000), ord(2, false, 3, 1, 10_000, 60_000_000), 10_000), valid: false},
		{name: "slot consumed by withdrawal", setup: func(v *env) {
			two(v)
			v.must(v.withdraw(wd(1, 1, 1, 10)))
		}, run: tradeOf(tk, mk, 10_000), valid: false},
		{name: "zero nonce", setup: two, run: tradeOf(ord(1, true, 1, 0, 10_000, 61_000_000), mk, 10_000), valid: false},
		{name: "wrong market", setup: two, run: tradeOf(tk, inMarket(ord(2, false, 2, 1, 20_000, 60_000_000), 2), 10_000), valid: false},
		{name: "same side", setup: two, run: tradeOf(tk, ord(2, true, 2, 1, 20_000, 60_000_000), 10_000), valid: false},
		{name: "self trade", setup: two, run: tradeOf(tk, ord(1, false, 2, 1, 20_000, 60_000_000), 10_000), valid: false},
		{name: "off-tick price", setup: two, run: tradeOf(tk, ord(2, false, 2, 1, 20_000, 60_000_500), 10_000), valid: false},
		{name: "off-tick taker limit", setup: two, run: tradeOf(ord(1, true, 1, 1, 10_000, 61_000_001), mk, 10_000), valid: false},
		{name: "off-step fill", setup: two, run: tradeOf(tk, mk, 10_500), valid: false},
		{name: "off-step order size", setup: two, run: tradeOf(ord(1, true, 1, 1, 10_500, 61_000_000), mk, 10_000), valid: false},
		{name: "zero fill", setup: two, run: tradeOf(tk, mk, 0), valid: false},
		{name: "price not crossing", setup: two, run: tradeOf(ord(1, true, 1, 1, 10_000, 59_000_000), mk, 10_000), valid: false},
		{name: "expired taker", setup: two, run: tradeOf(func() state.OrderMsg { o := tk; o.ExpirySeconds = diffBatchTime - 1; return o }(), mk, 10_000), valid: false},
		{name: "expired maker", setup: two, run: tradeOf(tk, func() state.OrderMsg { o := mk; o.ExpirySeconds = diffBatchTime - 1; return o }(), 10_000), valid: false},
		{name: "expiry at batch time", setup: two, run: tradeOf(func() state.OrderMsg { o := tk; o.ExpirySeconds = diffBatchTime; return o }(), mk, 10_000), valid: true},
		{name: "isolated account in another market", setup: func(v *env) {
			two(v)
			v.edit(2, func(a *state.Account) { a.MarginMode = 2 })
		}, run: tradeOf(tk, mk, 10_000), valid: false},
		{name: "market not active", setup: two,
			run: tradeOf(inMarket(ord(1, true, 1, 1, 10_000, 1_000_000), 3), inMarket(ord(2, false, 2, 1, 10_000, 1_000_000), 3), 10_000), valid: false},
		{name: "unknown market", setup: two, run: tradeOf(inMarket(tk, 9), inMarket(mk, 9), 10_000), valid: false},
		{name: "reduce-only market, both reduce", setup: roHolding(10_000, -10_000),
			run: tradeOf(inMarket(ord(1, false, 1, 1, 5_000, 1_000_000), 3), inMarket(ord(2, true, 2, 1, 5_000, 1_000_000), 3), 5_000), valid: true},
		{name: "reduce-only market, maker grows", setup: roHolding(10_000, 0),
			run: tradeOf(inMarket(ord(1, false, 1, 1, 5_000, 1_000_000), 3), inMarket(ord(2, true, 2, 1, 5_000, 1_000_000), 3), 5_000), valid: false},
		{name: "reduce-only market, taker flips", setup: roHolding(10_000, -30_000),
			run: tradeOf(inMarket(ord(1, false, 1, 1, 20_000, 1_000_000), 3), inMarket(ord(2, true, 2, 1, 20_000, 1_000_000), 3), 20_000), valid: false},
		{name: "settled market", setup: func(v *env) {
			two(v)
			v.setMarket(1, func(m *state.Market) { m.Status = state.MarketSettled })
		}, run: tradeOf(tk, mk, 10_000), valid: false},
		{name: "fee above cap", setup: two, run: tradeOf(func() state.OrderMsg { o := tk; o.MaxFeePpm = 100; return o }(), mk, 10_000), valid: false},
		{name: "max fee above 10^6", setup: two, run: tradeOf(func() state.OrderMsg { o := tk; o.MaxFeePpm = state.MaxFeePpm + 1; return o }(), mk, 10_000), valid: false},
		{name: "slot 4096", setup: two, run: tradeOf(ord(1, true, 1<<state.SlotTreeDepth, 1, 10_000, 61_000_000), mk, 10_000), valid: false},
		{name: "empty taker account", setup: func(v *env) { v.fund(bigFunds, 2) }, run: tradeOf(tk, mk, 10_000), valid: false},
		{name: "taker at TV = IMR after", setup: func(v *env) { v.fund(30_300, 1); v.fund(bigFunds, 2) },
			run: tradeOf(tk, mk, 10_000), valid: true},
		{name: "taker one quantum under IMR", setup: func(v *env) { v.fund(30_299, 1); v.fund(bigFunds, 2) },
			run: tradeOf(tk, mk, 10_000), valid: false},
		{name: "maker at TV = IMR after", setup: func(v *env) { v.fund(30_120, 1); v.fund(bigFunds, 2) },
			run: tradeOf(ord(2, true, 1, 1, 10_000, 61_000_000), ord(1, false, 2, 1, 10_000, 60_000_000), 10_000), valid: true},
		{name: "maker one quantum under IMR", setup: func(v *env) { v.fund(30_119, 1); v.fund(bigFunds, 2) },
			run: tradeOf(ord(2, true, 1, 1, 10_000, 61_000_000), ord(1, false, 2, 1, 10_000, 60_000_000), 10_000), valid: false},
		{name: "largest fill (2^48 - 656)", setup: maxFunds,
			run: tradeOf(ord(1, true, 1, 1, maxStepSize, 61_000_000), ord(2, false, 2, 1, maxStepSize, 60_000_000), maxStepSize), valid: true},
		{name: "fill of 2^48 + 344", setup: maxFunds,
			run: tradeOf(ord(1, true, 1, 1, maxStepSize+1_000, 61_000_000), ord(2, false, 2, 1, maxStepSize+1_000, 60_000_000), maxStepSize+1_000), valid: false},
		{name: "position to 2^48 - 1", setup: nearMaxPosition,
			run: tradeOf(ord(1, true, 1, 1, 1_000, 61_000_000), ord(2, false, 2, 1, 1_000, 60_000_000), 1_000), valid: true},
		{name: "position to 2^48 + 999", setup: nearMaxPosition,
			run: tradeOf(ord(1, true, 1, 1, 2_000, 61_000_000), ord(2, false, 2, 1, 2_000, 60_000_000), 2_000), valid: false},
		{name: "taker limit at the largest tick below 2^48", setup: two,
			run: tradeOf(ord(1, true, 1, 1, 10_000, maxTickPrice), mk, 10_000), valid: true},
		{name: "execution price at the largest tick below 2^48", setup: maxFunds,
			run: tradeOf(ord(1, true, 1, 1, 1_000, maxTickPrice), ord(2, false, 2, 1, 1_000, maxTickPrice), 1_000), valid: true},
		{name: "limit price 2^48 + 344", setup: two,
			run: tradeOf(ord(1, true, 1, 1, 10_000, maxTickPrice+1_000), mk, 10_000), valid: false},
		{name: "negative funding settled on both sides", setup: func(v *env) {
			positioned(7_000_000, 60_000_000, 0)(v)
			v.setMarket1(60_000_000, -1_234)
		}, run: tradeOf(ord(1, false, 1, 1, 10_000, 59_000_000), ord(2, true, 1, 1, 10_000, 60_000_000), 10_000), valid: true},
		{name: "isolated account opening a second market", setup: func(v *env) {
			two(v)
			v.edit(1, func(a *state.Account) {
				a.MarginMode = 1
				a.Positions[0] = state.Position{Market: 1, SizeQuantums: 10_000, FundingIndex: 5}
			})
		}, run: tradeOf(inMarket(ord(1, true, 3, 1, 10_000, 3_000_000), 2), inMarket(ord(2, false, 4, 1, 10_000, 3_000_000), 2), 10_000), valid: false},
		{name: "isolated maker opening another market", setup: func(v *env) {
			two(v)
			v.edit(2, func(a *state.Account) { a.MarginMode = 1 })
		}, run: tradeOf(inMarket(ord(1, true, 3, 1, 10_000, 3_000_000), 2), inMarket(ord(2, false, 4, 1, 10_000, 3_000_000), 2), 10_000), valid: false},
		{name: "isolated account closing its market", setup: func(v *env) {
			two(v)
			v.edit(1, func(a *state.Account) {
				a.MarginMode = 1
				a.Positions[0] = state.Position{Market: 1, SizeQuantums: 10_000, FundingIndex: 5}
			})
		}, run: tradeOf(ord(1, false, 3, 1, 10_000, 60_000_000), ord(2, true, 4, 1, 10_000, 60_000_000), 10_000), valid: true},
	}
}

func withdrawalCases() []diffCase {
	one := func(v *env) { v.fund(1_000_000, 1) }
	with := func(m state.WithdrawalMsg) func(*env) (*state.TxTrace, error) {
		return func(v *env) (*state.TxTrace, error) { return v.withdraw(m) }
	}
	mod := func(f func(*state.WithdrawalMsg)) state.WithdrawalMsg { m := wd(1, 3, 1, 1_000); f(&m); return m }
	riskPositioned := positioned
	// positioned: account 1 short 10,000 in market 1 (notional 600,000, IMR 30,000), collateral 1,599,700,
	// TV 999,700.
	positioned := func(v *env) {
		v.fund(1_000_000, 1)
		v.fund(bigFunds, 2)
		v.must(v.trade(ord(1, false, 1, 1, 10_000, 60_000_000), ord(2, true, 1, 1, 10_000, 60_000_000), 10_000))
	}
	// fundingShort is positioned with market 1's funding index moved by d: the short settles ⌈−10,000·d/S⌉.
	fundingShort := func(d int64) func(*env) {
		return func(v *env) { positioned(v); v.setMarket1(60_000_000, d) }
	}
	return []diffCase{
		{name: "basic", setup: one, run: with(wd(1, 3, 1, 1_000)), valid: true},
		{name: "all collateral", setup: one, run: with(wd(1, 3, 1, 1_000_000)), valid: true},
		{name: "one quantum", setup: one, run: with(wd(1, 3, 1, 1)), valid: true},
		{name: "largest record nonce", setup: one, run: with(wd(1, 3, state.MaxRecordNonce, 1)), valid: true},
		{name: "nonce above the record's width", setup: one, run: with(wd(1, 3, state.MaxRecordNonce+1, 1)), valid: false},
		{name: "last slot", setup: one, run: with(wd(1, 1<<state.SlotTreeDepth-1, 1, 1)), valid: true},
		{name: "expiry at batch time", setup: one, run: with(mod(func(m *state.WithdrawalMsg) { m.ExpirySeconds = diffBatchTime })), valid: true},
		{name: "healthy with a position", setup: positioned, run: with(wd(1, 3, 1, 100_000)), valid: true},
		{name: "slot used by an order", setup: positioned, run: with(wd(1, 1, 2, 1_000)), valid: true},
		{name: "over-withdrawal", setup: one, run: with(wd(1, 3, 1, 1_000_001)), valid: false},
		{name: "unhealthy after", setup: positioned, run: with(wd(1, 3, 1, 980_000)), valid: false},
		{name: "bad signature", setup: one, run: func(v *env) (*state.TxTrace, error) {
			return v.e.Withdraw(key(7).SignWithdrawal(wd(1, 3, 1, 1_000)))
		}, valid: false},
		{name: "signature of another message", setup: one, run: func(v *env) (*state.TxTrace, error) {
			s := key(1).SignWithdrawal(wd(1, 3, 1, 1_000))
			s.Msg.AmountQuantums = 2_000
			return v.e.Withdraw(s)
		}, valid: false},
		{name: "wrong L1 address", setup: one, run: with(mod(func(m *state.WithdrawalMsg) { m.L1Address = addr(2) })), valid: false},
		{name: "nonce reused", setup: func(v *env) { one(v); v.must(v.withdraw(wd(1, 3, 1, 10))) }, run: with(wd(1, 3, 1, 1_000)), valid: false},
		{name: "replay", setup: func(v *env) { one(v); v.must(v.withdraw(wd(1, 3, 1, 1_000))) }, run: with(wd(1, 3, 1, 1_000)), valid: false},
		{name: "nonce below slot", setup: func(v *env) { one(v); v.must(v.withdraw(wd(1, 3, 5, 10))) }, run: with(wd(1, 3, 4, 1_000)), valid: false},
		{name: "nonce equal to an order's", setup: positioned, run: with(wd(1, 1, 1, 1_000)), valid: false},
		{name: "zero nonce", setup: one, run: with(wd(1, 3, 0, 1_000)), valid: false},
		{name: "expired", setup: one, run: with(mod(func(m *state.WithdrawalMsg) { m.ExpirySeconds = diffBatchTime - 1 })), valid: false},
		{name: "expiry 2^40", setup: one, run: with(mod(func(m *state.WithdrawalMsg) { m.ExpirySeconds = 1 << 40 })), valid: false},
		{name: "zero amount", setup: one, run: with(wd(1, 3, 1, 0)), valid: false},
		{name: "amount 2^56", setup: one, run: with(wd(1, 3, 1, state.MaxAmount)), valid: false},
		{name: "slot 4096", setup: one, run: with(wd(1, 1<<state.SlotTreeDepth, 1, 1_000)), valid: false},
		{name: "account id 2^24", setup: one, run: with(wd(1<<state.AccountTreeDepth, 3, 1, 1_000)), valid: false},
		{name: "empty account", run: with(wd(1, 3, 1, 1_000)), valid: false},
		{name: "TV = IMR after", setup: positioned, run: with(wd(1, 3, 1, 969_700)), valid: true},
		{name: "one quantum under IMR", setup: positioned, run: with(wd(1, 3, 1, 969_701)), valid: false},
		{name: "negative funding (short pays), TV = IMR", setup: fundingShort(-1_234), run: with(wd(1, 3, 1, 969_687)), valid: true},
		{name: "negative funding (short pays), one over", setup: fundingShort(-1_234), run: with(wd(1, 3, 1, 969_688)), valid: false},
		{name: "positive funding (short receives), TV = IMR", setup: fundingShort(1_234), run: with(wd(1, 3, 1, 969_712)), valid: true},
		{name: "positive funding (short receives), one over", setup: fundingShort(1_234), run: with(wd(1, 3, 1, 969_713)), valid: false},
		{name: "max amount", setup: func(v *env) { v.fund(state.MaxAmount-1, 1) }, run: with(wd(1, 3, 1, state.MaxAmount-1)), valid: true},
		{name: "isolated account", setup: func(v *env) {
			one(v)
			v.edit(1, func(a *state.Account) { a.MarginMode = 4 })
		}, run: with(wd(1, 3, 1, 1_000)), valid: true},
		{name: "liquidatable account", setup: riskPositioned(300_000, 58_500_000, 0), run: with(wd(1, 3, 1, 1)), valid: false},
		{name: "bankrupt account", setup: riskPositioned(300_000, 56_000_000, 0), run: with(wd(1, 3, 1, 1)), valid: false},
	}
}

func TestDifferentialDeposit(t *testing.T)    { runDifferential(t, depositCases()) }
func TestDifferentialTrade(t *testing.T)      { runDifferential(t, tradeCases()) }
func TestDifferentialWithdrawal(t *testing.T) { runDifferential(t, withdrawalCases()) }

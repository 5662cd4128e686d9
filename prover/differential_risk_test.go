package prover

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/circuits"
	"github.com/perpx/perpx/circuits/testkit"
	"github.com/perpx/perpx/sequencer"
	"github.com/perpx/perpx/state"
)

// The risk differential tests run transfers, liquidations, deleveragings and funding settlements, valid and
// invalid, through sequencer.Engine and circuits.SlotCircuit (with the insurance fund and liquidation fee of
// the slot's environment), and require the same verdict from both and the one the table expects.

var riskConfig = testkit.DefaultConfig()

// setMarket1 sets market 1's oracle price, and adds dIndex to its funding index.
func (v *env) setMarket1(price uint64, dIndex int64) {
	v.t.Helper()
	m := v.tree.Markets()
	m[0].OraclePrice = price
	m[0].FundingIndex += dIndex
	if err := v.tree.SetMarkets(m); err != nil {
		v.t.Fatal(err)
	}
}

func (v *env) setInsurance(x int64) {
	g := v.tree.Globals()
	g.InsuranceFundQuantums = x
	v.tree.SetGlobals(g)
}

// positioned funds accounts 1 (long 100,000 in market 1 at collateral c0 − 6,000,000), 2 (short 100,000 with
// ample collateral) and 3 (flat, ample), then sets market 1's price and the insurance fund.
func positioned(c0 int64, price uint64, insurance int64) func(*env) {
	return func(v *env) {
		v.fund(bigFunds, 1, 2, 3)
		v.edit(1, func(a *state.Account) {
			a.CollateralQuantums = c0 - 6_000_000
			a.Positions[0] = state.Position{Market: 1, SizeQuantums: 100_000, FundingIndex: 5}
		})
		v.edit(2, func(a *state.Account) {
			a.Positions[0] = state.Position{Market: 1, SizeQuantums: -100_000, FundingIndex: 5}
		})
		v.setMarket1(price, 0)
		v.setInsurance(insurance)
	}
}

func (v *env) liquidate(q, p uint64, fix *sequencer.LiquidationAmounts) (*state.TxTrace, error) {
	return v.e.LiquidateWith(&riskConfig, 1, sign(ord(3, true, 1, 1, 100_000, p)), q, fix)
}

func signTransfer(m state.TransferMsg) state.SignedTransfer {
	return state.SignedTransfer{Msg: m, Sig: key(m.FromAccount).Sign(m.Hash())}
}

func xfer(from, to uint32, amount uint64, mode uint8) state.TransferMsg {
	return state.TransferMsg{FromAccount: from, ToAccount: to, Slot: 9, Nonce: 1, ExpirySeconds: diffExpiry,
		AmountQuantums: amount, MarginMode: mode}
}

func TestDifferentialRisk(t *testing.T) {
	liqAt := func(q, p uint64) func(*env) (*state.TxTrace, error) {
		return func(v *env) (*state.TxTrace, error) { return v.liquidate(q, p, nil) }
	}
	liqFix := func(q, p, fee, pay uint64) func(*env) (*state.TxTrace, error) {
		return func(v *env) (*state.TxTrace, error) {
			return v.liquidate(q, p, &sequencer.LiquidationAmounts{Fee: fee, InsurancePay: pay})
		}
	}
	dl := func(q uint64) func(*env) (*state.TxTrace, error) {
		return func(v *env) (*state.TxTrace, error) { return v.e.Deleverage(1, 2, 1, q) }
	}
	dlWith := func(q, quote uint64) func(*env) (*state.TxTrace, error) {
		return func(v *env) (*state.TxTrace, error) { return v.e.DeleverageWith(1, 2, 1, q, quote) }
	}
	tr := func(m state.TransferMsg) func(*env) (*state.TxTrace, error) {
		return func(v *env) (*state.TxTrace, error) { return v.e.Transfer(signTransfer(m)) }
	}
	funding := func(v *env) {
		positioned(7_000_000, 60_000_000, 0)(v)
		v.setMarket1(60_000_000, 1_234)
	}
	cases := []diffCase{
		{name: "liquidate partial, engine fee", setup: positioned(300_000, 58_500_000, 0), run: liqAt(50_000, 58_500_000), valid: true},
		{name: "liquidate at the fee cap", setup: positioned(300_000, 58_500_000, 0), run: liqFix(50_000, 58_500_000, 29_250, 0), valid: true},
		{name: "liquidate over the fee cap", setup: positioned(300_000, 58_500_000, 0), run: liqFix(50_000, 58_500_000, 29_251, 0), valid: false},
		{name: "liquidate a healthy account", setup: positioned(300_000, 60_000_000, 0), run: liqAt(50_000, 60_000_000), valid: false},
		{name: "liquidate at TV = MMR", setup: positioned(325_500, 58_500_000, 0), run: liqAt(50_000, 58_500_000), valid: false},
		{name: "liquidate one quantum below", setup: positioned(325_499, 58_500_000, 0), run: liqAt(50_000, 58_500_000), valid: true},
		{name: "liquidate with insurance", setup: positioned(300_000, 56_000_000, 1_000_000), run: liqAt(100_000, 56_000_000), valid: true},
		{name: "insurance exactly covers", setup: positioned(300_000, 56_000_000, 100_000), run: liqAt(100_000, 56_000_000), valid: true},
		{name: "insurance short by one", setup: positioned(300_000, 56_000_000, 99_999), run: liqAt(100_000, 56_000_000), valid: false},
		{name: "insurance payment one more", setup: positioned(300_000, 56_000_000, 1_000_000), run: liqFix(100_000, 56_000_000, 0, 100_001), valid: false},
		{name: "insurance payment one less", setup: positioned(300_000, 56_000_000, 1_000_000), run: liqFix(100_000, 56_000_000, 0, 99_999), valid: false},
		{name: "liquidation flips", setup: positioned(300_000, 58_500_000, 0), run: liqAt(150_000, 58_500_000), valid: false},
		{name: "deleverage full", setup: positioned(300_000, 56_000_000, 0), run: dl(100_000), valid: true},
		{name: "deleverage half", setup: positioned(300_000, 56_000_000, 0), run: dl(50_000), valid: true},
		{name: "deleverage, fund one short", setup: positioned(300_000, 56_000_000, 99_999), run: dl(100_000), valid: true},
		{name: "deleverage, fund covers", setup: positioned(300_000, 56_000_000, 100_000), run: dl(100_000), valid: false},
		{name: "deleverage at TV = 0", setup: positioned(300_000, 57_000_000, 0), run: dl(100_000), valid: false},
		{name: "deleverage cash one more", setup: positioned(300_000, 56_000_000, 0), run: dlWith(100_000, 5_700_001), valid: false},
		{name: "deleverage cash one less", setup: positioned(300_000, 56_000_000, 0), run: dlWith(100_000, 5_699_999), valid: false},
		{name: "transfer", setup: positioned(300_000, 60_000_000, 0), run: tr(xfer(3, 2, 1_000, 0)), valid: true},
		{name: "transfer creates", setup: positioned(300_000, 60_000_000, 0), run: tr(xfer(3, state.L2AccountBase+2, 1_000, 2)), valid: true},
		{name: "transfer creates below the base", setup: positioned(300_000, 60_000_000, 0), run: tr(xfer(3, 9, 1_000, 0)), valid: false},
		{name: "transfer to itself", setup: positioned(300_000, 60_000_000, 0), run: tr(xfer(3, 3, 1_000, 0)), valid: false},
		{name: "transfer leaves A unhealthy", setup: positioned(300_000, 60_000_000, 0), run: tr(xfer(1, 3, 1, 0)), valid: false},
		{name: "transfer over the collateral", setup: positioned(300_000, 60_000_000, 0), run: tr(xfer(3, 2, bigFunds+1, 0)), valid: false},
		{name: "funding settled by a transfer", setup: funding, run: tr(xfer(2, 1, 1_000, 0)), valid: true},
		{name: "funding settled by a deposit", setup: funding, run: func(v *env) (*state.TxTrace, error) {
			return v.e.Deposit(depositRec(1, 5))
		}, valid: true},
		{name: "funding settled by a trade", setup: funding, run: func(v *env) (*state.TxTrace, error) {
			return v.trade(ord(1, false, 1, 1, 10_000, 59_000_000), ord(2, true, 1, 1, 10_000, 60_000_000), 10_000)
		}, valid: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := newEnv(t)
			c.setup(v)
			root0, markets, ins := v.tree.AccountsRoot(), v.tree.Markets(), v.tree.Globals().InsuranceFundQuantums
			tr, goErr := c.run(v)
			cErr := riskVerdict(t, tr, root0, circuits.SlotEnv{Markets: &markets, Timestamp: v.e.BatchTime(),
				InsuranceFund: ins, LiquidationFeePpm: riskConfig.LiquidationFeePpm})
			goValid, cValid := goErr == nil, cErr == nil
			if goValid != cValid {
				t.Fatalf("verdicts differ: engine %v, circuit %v", goErr, cErr)
			}
			if goValid != c.valid {
				t.Fatalf("both %s, want valid=%v (engine: %v, circuit: %v)", verdict(goValid), c.valid, goErr, cErr)
			}
			if goValid {
				if circuits.AccountsRootAfter(tr, root0) != v.tree.AccountsRoot() {
					t.Fatal("the trace's new root differs from the engine's tree")
				}
				want := ins + circuits.InsuranceDelta(tr, &markets).Int64()
				if got := v.tree.Globals().InsuranceFundQuantums; got != want {
					t.Fatalf("insurance fund: engine %d, circuit %d", got, want)
				}
			}
			t.Logf("both %s; engine: %v; circuit: %v", verdict(goValid), goErr, cErr)
		})
	}
}

// riskVerdict solves the SlotCircuit assignment of a trace in env; no trace is a rejection.
func riskVerdict(t *testing.T, tr *state.TxTrace, root0 fr.Element, env circuits.SlotEnv) error {
	t.Helper()
	if tr == nil {
		return errNoTrace
	}
	a, err := circuits.AssignSlotEnv(tr, root0, env)
	if err != nil {
		return err
	}
	ccs, err := slotCCS()
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatalf("witness: %v", err)
	}
	return ccs.IsSolved(w)
}

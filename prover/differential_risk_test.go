package prover

import (
	"math"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/circuits/testkit"
	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/state"
)

// The risk differential tests run transfers, liquidations, deleveragings and funding settlements, valid and
// invalid, through engine.Engine and circuits.SlotCircuit (with the insurance fund and liquidation fee of
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

func (v *env) liquidate(q, p uint64, fix *engine.LiquidationAmounts) (*state.TxTrace, error) {
	return v.e.LiquidateWith(&riskConfig, 1, sign(ord(3, true, 1, 1, 100_000, p)), q, fix)
}

func signTransfer(m state.TransferMsg) state.SignedTransfer {
	return state.SignedTransfer{Msg: m, Sig: key(m.FromAccount).Sign(m.Hash())}
}

func xfer(from, to uint32, amount uint64, mode uint8) state.TransferMsg {
	return state.TransferMsg{FromAccount: from, ToAccount: to, Slot: 9, Nonce: 1, ExpirySeconds: diffExpiry,
		AmountQuantums: amount, MarginMode: mode}
}

// shortSide funds accounts 1 (long 100,000 in market 1, ample collateral), 2 (short 100,000 at collateral
// c0 + 6,000,000) and 3 (flat, ample), then sets market 1's price and the insurance fund.
func shortSide(c0 int64, price uint64, insurance int64) func(*env) {
	return func(v *env) {
		v.fund(bigFunds, 1, 2, 3)
		v.edit(1, func(a *state.Account) {
			a.Positions[0] = state.Position{Market: 1, SizeQuantums: 100_000, FundingIndex: 5}
		})
		v.edit(2, func(a *state.Account) {
			a.CollateralQuantums = c0 + 6_000_000
			a.Positions[0] = state.Position{Market: 1, SizeQuantums: -100_000, FundingIndex: 5}
		})
		v.setMarket1(price, 0)
		v.setInsurance(insurance)
	}
}

// withFunding runs setup, then moves market 1's funding index by d.
func withFunding(setup func(*env), d int64) func(*env) {
	return func(v *env) {
		setup(v)
		m := v.tree.Markets()
		v.setMarket1(m[0].OraclePrice, d)
	}
}

// inMarket3 funds accounts 1, 2 and 3 and gives 1 a long of 100,000 in reduce-only market 3 (price 1, MMF 5%)
// at collateral c1, and 2 the opposite short.
func inMarket3(c1 int64) func(*env) {
	return func(v *env) {
		v.fund(bigFunds, 1, 2, 3)
		v.edit(1, func(a *state.Account) {
			a.CollateralQuantums = c1
			a.Positions[0] = state.Position{Market: 3, SizeQuantums: 100_000}
		})
		v.edit(2, func(a *state.Account) {
			a.Positions[0] = state.Position{Market: 3, SizeQuantums: -100_000}
		})
	}
}

func trOf(m state.TransferMsg) func(*env) (*state.TxTrace, error) {
	return func(v *env) (*state.TxTrace, error) { return v.e.Transfer(signTransfer(m)) }
}

func transferCases() []diffCase {
	tr := trOf
	mod := func(f func(*state.TransferMsg)) state.TransferMsg { m := xfer(3, 2, 1_000, 0); f(&m); return m }
	flat := positioned(300_000, 60_000_000, 0)
	funding := func(d int64) func(*env) { return withFunding(positioned(7_000_000, 60_000_000, 0), d) }
	base := state.L2AccountBase
	const fee = state.TransferFeeQuantums
	return []diffCase{
		{name: "to an existing account", setup: flat, run: tr(xfer(3, 2, 1_000, 0)), valid: true},
		{name: "creates an isolated account", setup: flat, run: tr(xfer(3, base+2, 1_000, 2)), valid: true},
		{name: "creates account L2AccountBase", setup: flat, run: tr(xfer(3, base, 1_000, 0)), valid: true},
		{name: "creates account L2AccountBase - 1", setup: flat, run: tr(xfer(3, base-1, 1_000, 0)), valid: false},
		{name: "creates a low account", setup: flat, run: tr(xfer(3, 9, 1_000, 0)), valid: false},
		{name: "creates the last account id", setup: flat, run: tr(xfer(3, 1<<state.AccountTreeDepth-1, 1_000, 0)), valid: true},
		{name: "to account 2^24", setup: flat, run: tr(xfer(3, 1<<state.AccountTreeDepth, 1_000, 0)), valid: false},
		{name: "from account 2^24", setup: flat, run: tr(xfer(1<<state.AccountTreeDepth, 3, 1_000, 0)), valid: false},
		{name: "creates isolated to market 8", setup: flat, run: tr(xfer(3, base+5, 1_000, state.MarketCount)), valid: true},
		{name: "creates with mode 9", setup: flat, run: tr(xfer(3, base+5, 1_000, state.MarketCount+1)), valid: false},
		{name: "existing account, signed mode ignored", setup: flat, run: tr(xfer(3, 2, 1_000, 5)), valid: true},
		{name: "existing account, signed mode 9 out of range", setup: flat, run: tr(xfer(3, 2, 1_000, state.MarketCount+1)), valid: false},
		{name: "to itself", setup: flat, run: tr(xfer(3, 3, 1_000, 0)), valid: false},
		{name: "TV = IMR after (amount and fee)", setup: shortSide(400_000, 60_000_000, 0), run: tr(xfer(2, 3, 100_000-fee, 0)), valid: true},
		{name: "one quantum under IMR", setup: shortSide(400_000, 60_000_000, 0), run: tr(xfer(2, 3, 100_001-fee, 0)), valid: false},
		{name: "negative funding pushes the (short) sender under IMR", setup: withFunding(shortSide(400_000, 60_000_000, 0), -10),
			run: tr(xfer(2, 3, 100_000-fee, 0)), valid: false},
		{name: "positive funding lifts the (short) sender to IMR", setup: withFunding(shortSide(400_000, 60_000_000, 0), 10),
			run: tr(xfer(2, 3, 100_001-fee, 0)), valid: true},
		{name: "sender with negative collateral", setup: positioned(400_000, 60_000_000, 0), run: tr(xfer(1, 3, 1, 0)), valid: false},
		{name: "fee exactly payable: all collateral of a flat account", setup: flat, run: tr(xfer(3, 2, bigFunds-fee, 0)), valid: true},
		{name: "fee one quantum short", setup: flat, run: tr(xfer(3, 2, bigFunds-fee+1, 0)), valid: false},
		{name: "all collateral, no fee left", setup: flat, run: tr(xfer(3, 2, bigFunds, 0)), valid: false},
		{name: "over the collateral", setup: flat, run: tr(xfer(3, 2, bigFunds+1, 0)), valid: false},
		{name: "zero amount", setup: flat, run: tr(xfer(3, 2, 0, 0)), valid: false},
		{name: "amount 2^56", setup: flat, run: tr(xfer(3, 2, state.MaxAmount, 0)), valid: false},
		{name: "amount 2^56 - 1", setup: func(v *env) { flat(v); v.fund(state.MaxAmount-1, 3) },
			run: tr(xfer(3, base+1, state.MaxAmount-1, 0)), valid: true},
		{name: "bad signature", setup: flat, run: func(v *env) (*state.TxTrace, error) {
			m := xfer(3, 2, 1_000, 0)
			return v.e.Transfer(state.SignedTransfer{Msg: m, Sig: key(2).Sign(m.Hash())})
		}, valid: false},
		{name: "signature of another message", setup: flat, run: func(v *env) (*state.TxTrace, error) {
			s := signTransfer(xfer(3, 2, 1_000, 0))
			s.Msg.AmountQuantums = 2_000
			return v.e.Transfer(s)
		}, valid: false},
		{name: "nonce reused", setup: func(v *env) { flat(v); v.must(v.e.Transfer(signTransfer(xfer(3, 2, 10, 0)))) },
			run: tr(xfer(3, 2, 1_000, 0)), valid: false},
		{name: "zero nonce", setup: flat, run: tr(mod(func(m *state.TransferMsg) { m.Nonce = 0 })), valid: false},
		{name: "nonce equal to an order's", setup: func(v *env) {
			flat(v)
			v.must(v.trade(ord(3, true, 9, 1, 20_000, 60_000_000), ord(2, false, 1, 1, 10_000, 60_000_000), 10_000))
		}, run: tr(xfer(3, 2, 1_000, 0)), valid: false},
		{name: "slot of an order, next nonce", setup: func(v *env) {
			flat(v)
			v.must(v.trade(ord(3, true, 9, 1, 20_000, 60_000_000), ord(2, false, 1, 1, 10_000, 60_000_000), 10_000))
		}, run: tr(mod(func(m *state.TransferMsg) { m.Nonce = 2 })), valid: true},
		{name: "expired", setup: flat, run: tr(mod(func(m *state.TransferMsg) { m.ExpirySeconds = diffBatchTime - 1 })), valid: false},
		{name: "expiry at batch time", setup: flat, run: tr(mod(func(m *state.TransferMsg) { m.ExpirySeconds = diffBatchTime })), valid: true},
		{name: "expiry 2^40", setup: flat, run: tr(mod(func(m *state.TransferMsg) { m.ExpirySeconds = 1 << 40 })), valid: false},
		{name: "slot 4096", setup: flat, run: tr(mod(func(m *state.TransferMsg) { m.Slot = 1 << state.SlotTreeDepth })), valid: false},
		{name: "from the empty account", setup: flat, run: tr(xfer(5, 2, 1_000, 0)), valid: false},
		{name: "to an isolated account", setup: func(v *env) { flat(v); v.edit(2, func(a *state.Account) { a.MarginMode = 2 }) },
			run: tr(xfer(3, 2, 1_000, 0)), valid: true},
		{name: "from an isolated account", setup: func(v *env) { flat(v); v.edit(2, func(a *state.Account) { a.MarginMode = 1 }) },
			run: tr(xfer(2, 3, 1_000, 0)), valid: true},
		{name: "positive funding settled on both sides", setup: funding(1_234), run: tr(xfer(2, 1, 1_000, 0)), valid: true},
		{name: "negative funding settled on both sides", setup: funding(-1_234), run: tr(xfer(2, 1, 1_000, 0)), valid: true},
		{name: "receiver collateral to 2^63 - 1", setup: func(v *env) {
			flat(v)
			v.edit(2, func(a *state.Account) { a.CollateralQuantums = math.MaxInt64 - 10 })
		}, run: tr(xfer(3, 2, 10, 0)), valid: true},
		{name: "receiver collateral overflow", setup: func(v *env) {
			flat(v)
			v.edit(2, func(a *state.Account) { a.CollateralQuantums = math.MaxInt64 - 10 })
		}, run: tr(xfer(3, 2, 11, 0)), valid: false},
	}
}

// liq liquidates account a by the signed order o for q base quantums (fix: the fee and insurance payment, nil
// for the engine's).
func liq(a uint32, o state.OrderMsg, q uint64, fix *engine.LiquidationAmounts) func(*env) (*state.TxTrace, error) {
	return func(v *env) (*state.TxTrace, error) { return v.e.LiquidateWith(&riskConfig, a, sign(o), q, fix) }
}

func liquidateCases() []diffCase {
	liqAt := func(q, p uint64) func(*env) (*state.TxTrace, error) {
		return func(v *env) (*state.TxTrace, error) { return v.liquidate(q, p, nil) }
	}
	liqFix := func(q, p, fee, pay uint64) func(*env) (*state.TxTrace, error) {
		return func(v *env) (*state.TxTrace, error) {
			return v.liquidate(q, p, &engine.LiquidationAmounts{Fee: fee, InsurancePay: pay})
		}
	}
	// lo is the liquidator's (account 3's) order buying market 1 at p.
	lo := func(p uint64, f func(*state.OrderMsg)) state.OrderMsg {
		o := ord(3, true, 1, 1, 100_000, p)
		if f != nil {
			f(&o)
		}
		return o
	}
	// At 58.5 account 1 (collateral c0 − 6,000,000, long 100,000) has TV c0 − 150,000 and MMR 175,500.
	under := positioned(300_000, 58_500_000, 0)
	return []diffCase{
		{name: "partial, engine fee", setup: under, run: liqAt(50_000, 58_500_000), valid: true},
		{name: "fee at the cap", setup: under, run: liqFix(50_000, 58_500_000, 29_250, 0), valid: true},
		{name: "fee one over the cap", setup: under, run: liqFix(50_000, 58_500_000, 29_251, 0), valid: false},
		{name: "zero fee", setup: under, run: liqFix(50_000, 58_500_000, 0, 0), valid: true},
		{name: "everything, engine fee", setup: under, run: liqAt(100_000, 58_500_000), valid: true},
		{name: "healthy account", setup: positioned(300_000, 60_000_000, 0), run: liqAt(50_000, 60_000_000), valid: false},
		{name: "TV = MMR", setup: positioned(325_500, 58_500_000, 0), run: liqAt(50_000, 58_500_000), valid: false},
		{name: "TV one quantum under MMR", setup: positioned(325_499, 58_500_000, 0), run: liqAt(50_000, 58_500_000), valid: true},
		{name: "funding of 0.1 quantum rounds up under MMR", setup: withFunding(positioned(325_500, 58_500_000, 0), 1),
			run: liqAt(50_000, 58_500_000), valid: true},
		{name: "negative funding of 0.1 quantum rounds to 0", setup: withFunding(positioned(325_499, 58_500_000, 0), -1),
			run: liqAt(50_000, 58_500_000), valid: true},
		{name: "negative funding lifts a long to MMR", setup: withFunding(positioned(325_499, 58_500_000, 0), -10),
			run: liqAt(50_000, 58_500_000), valid: false},
		{name: "short at TV = MMR", setup: shortSide(334_500, 61_500_000, 0),
			run: liq(2, ord(3, false, 1, 1, 100_000, 61_500_000), 50_000, nil), valid: false},
		{name: "negative funding pushes a short under MMR", setup: withFunding(shortSide(334_500, 61_500_000, 0), -10),
			run: liq(2, ord(3, false, 1, 1, 100_000, 61_500_000), 50_000, nil), valid: true},
		{name: "at the bankruptcy price, fee 0", setup: under, run: liqAt(50_000, 57_000_000), valid: true},
		{name: "at the bankruptcy price, fee 1", setup: under, run: liqFix(50_000, 57_000_000, 1, 0), valid: false},
		{name: "least insurance payment (50)", setup: positioned(300_000, 58_500_000, 1_000_000), run: liqAt(50_000, 56_999_000), valid: true},
		{name: "insurance payment one less (49)", setup: positioned(300_000, 58_500_000, 1_000_000), run: liqFix(50_000, 56_999_000, 0, 49), valid: false},
		{name: "insurance payment one more (51)", setup: positioned(300_000, 58_500_000, 1_000_000), run: liqFix(50_000, 56_999_000, 0, 51), valid: false},
		{name: "fund of 50 pays 50", setup: positioned(300_000, 58_500_000, 50), run: liqAt(50_000, 56_999_000), valid: true},
		{name: "fund of 49 cannot pay 50", setup: positioned(300_000, 58_500_000, 49), run: liqAt(50_000, 56_999_000), valid: false},
		{name: "close-out with insurance", setup: positioned(300_000, 56_000_000, 1_000_000), run: liqAt(100_000, 56_000_000), valid: true},
		{name: "insurance exactly covers", setup: positioned(300_000, 56_000_000, 100_000), run: liqAt(100_000, 56_000_000), valid: true},
		{name: "insurance short by one", setup: positioned(300_000, 56_000_000, 99_999), run: liqAt(100_000, 56_000_000), valid: false},
		{name: "close-out payment one more", setup: positioned(300_000, 56_000_000, 1_000_000), run: liqFix(100_000, 56_000_000, 0, 100_001), valid: false},
		{name: "close-out payment one less", setup: positioned(300_000, 56_000_000, 1_000_000), run: liqFix(100_000, 56_000_000, 0, 99_999), valid: false},
		{name: "fee with an insurance payment", setup: positioned(300_000, 56_000_000, 1_000_000), run: liqFix(100_000, 56_000_000, 1, 100_001), valid: false},
		{name: "flips the position", setup: under, run: liqAt(150_000, 58_500_000), valid: false},
		{name: "reduce-only market", setup: inMarket3(-96_000),
			run: liq(1, inMarket(ord(2, true, 1, 1, 100_000, 1_000_000), 3), 50_000, nil), valid: true},
		{name: "unlisted market", setup: under, run: liq(1, inMarket(lo(1_000_000, nil), 4), 50_000, nil), valid: false},
		{name: "no position in the market", setup: under, run: liq(1, inMarket(lo(3_000_000, nil), 2), 50_000, nil), valid: false},
		{name: "bad liquidator signature", setup: under, run: func(v *env) (*state.TxTrace, error) {
			return v.e.LiquidateWith(&riskConfig, 1, key(9).SignOrder(lo(58_500_000, nil)), 50_000, nil)
		}, valid: false},
		{name: "liquidator on the same side", setup: under, run: liq(1, lo(58_500_000, func(o *state.OrderMsg) { o.IsBuy = false }), 50_000, nil), valid: false},
		{name: "liquidator is the account", setup: under, run: liq(1, ord(1, true, 1, 1, 100_000, 58_500_000), 50_000, nil), valid: false},
		{name: "zero size", setup: under, run: liqAt(0, 58_500_000), valid: false},
		{name: "off-step size", setup: under, run: liqAt(50_500, 58_500_000), valid: false},
		{name: "off-tick price", setup: under, run: liqAt(50_000, 58_500_500), valid: false},
		{name: "expired liquidator order", setup: under, run: liq(1, lo(58_500_000, func(o *state.OrderMsg) { o.ExpirySeconds = diffBatchTime - 1 }), 50_000, nil), valid: false},
		{name: "liquidator fee at its cap", setup: under, run: liq(1, lo(58_500_000, func(o *state.OrderMsg) { o.MaxFeePpm = 200 }), 50_000, nil), valid: true},
		{name: "liquidator fee above its cap", setup: under, run: liq(1, lo(58_500_000, func(o *state.OrderMsg) { o.MaxFeePpm = 199 }), 50_000, nil), valid: false},
		{name: "liquidator unhealthy after", setup: func(v *env) {
			under(v)
			v.edit(3, func(a *state.Account) { a.CollateralQuantums = 1_000 })
		}, run: liqAt(50_000, 58_500_000), valid: false},
		{name: "liquidator nonce below its slot's", setup: func(v *env) { under(v); v.must(v.withdraw(wd(3, 1, 5, 10))) },
			run: liqAt(50_000, 58_500_000), valid: false},
		{name: "maximum size (2^48 - 656)", setup: func(v *env) {
			v.fund(state.MaxAmount-1, 1, 3)
			v.edit(1, func(a *state.Account) {
				a.CollateralQuantums = 100_000_000_000_000 - int64(maxStepSize)*60
				a.Positions[0] = state.Position{Market: 1, SizeQuantums: int64(maxStepSize), FundingIndex: 5}
			})
		}, run: liq(1, ord(3, true, 1, 1, maxStepSize, 60_000_000), maxStepSize, nil), valid: true},
	}
}

func deleverageCases() []diffCase {
	dl := func(q uint64) func(*env) (*state.TxTrace, error) {
		return func(v *env) (*state.TxTrace, error) { return v.e.Deleverage(1, 2, 1, q) }
	}
	dlWith := func(q, quote uint64) func(*env) (*state.TxTrace, error) {
		return func(v *env) (*state.TxTrace, error) { return v.e.DeleverageWith(1, 2, 1, q, quote) }
	}
	dlAB := func(a, b uint32, m uint8, q uint64) func(*env) (*state.TxTrace, error) {
		return func(v *env) (*state.TxTrace, error) { return v.e.Deleverage(a, b, m, q) }
	}
	// At 56 account 1 (collateral −5,700,000, long 100,000) has TV −100,000; at 57 with c0 = 299,999, TV −1.
	bankrupt := positioned(300_000, 56_000_000, 0)
	minus1 := func(ins int64) func(*env) { return positioned(299_999, 57_000_000, ins) }
	maxSize := state.MaxSize - 1
	return []diffCase{
		{name: "full", setup: bankrupt, run: dl(100_000), valid: true},
		{name: "half", setup: bankrupt, run: dl(50_000), valid: true},
		{name: "half, cash exact", setup: bankrupt, run: dlWith(50_000, 2_850_000), valid: true},
		{name: "half, cash one more", setup: bankrupt, run: dlWith(50_000, 2_850_001), valid: false},
		{name: "half, cash one less", setup: bankrupt, run: dlWith(50_000, 2_849_999), valid: false},
		{name: "full, cash one more", setup: bankrupt, run: dlWith(100_000, 5_700_001), valid: false},
		{name: "full, cash one less", setup: bankrupt, run: dlWith(100_000, 5_699_999), valid: false},
		{name: "fund one short", setup: positioned(300_000, 56_000_000, 99_999), run: dl(100_000), valid: true},
		{name: "fund covers", setup: positioned(300_000, 56_000_000, 100_000), run: dl(100_000), valid: false},
		{name: "TV = 0", setup: positioned(300_000, 57_000_000, 0), run: dl(100_000), valid: false},
		{name: "TV = -1", setup: minus1(0), run: dl(100_000), valid: true},
		{name: "TV = -1, cash exact", setup: minus1(0), run: dlWith(100_000, 5_700_001), valid: true},
		{name: "TV = -1, cash one less", setup: minus1(0), run: dlWith(100_000, 5_700_000), valid: false},
		{name: "fund of one quantum covers TV = -1", setup: minus1(1), run: dl(100_000), valid: false},
		{name: "negative insurance fund", setup: minus1(-5), run: dl(100_000), valid: true},
		{name: "funding of 0.1 quantum rounds TV 0 to -1, the fund it pays covers it", setup: withFunding(positioned(300_000, 57_000_000, 0), 1),
			run: dl(100_000), valid: false},
		{name: "funding of 0.1 quantum rounds TV 0 to -1, fund -1", setup: withFunding(positioned(300_000, 57_000_000, -1), 1),
			run: dl(100_000), valid: true},
		{name: "negative funding lifts a long to TV = 0", setup: withFunding(minus1(0), -10), run: dl(100_000), valid: false},
		{name: "short at TV = 0", setup: shortSide(300_000, 63_000_000, 0), run: dlAB(2, 1, 1, 100_000), valid: false},
		{name: "negative funding makes a short bankrupt, the fund it pays covers it", setup: withFunding(shortSide(300_000, 63_000_000, 0), -1),
			run: dlAB(2, 1, 1, 100_000), valid: false},
		{name: "negative funding makes a short bankrupt, fund -1", setup: withFunding(shortSide(300_000, 63_000_000, -1), -1),
			run: dlAB(2, 1, 1, 100_000), valid: true},
		{name: "counterparty on the same side", setup: func(v *env) {
			bankrupt(v)
			v.edit(3, func(a *state.Account) {
				a.Positions[0] = state.Position{Market: 1, SizeQuantums: 100_000, FundingIndex: 5}
			})
		}, run: dlAB(1, 3, 1, 100_000), valid: false},
		{name: "flat counterparty", setup: bankrupt, run: dlAB(1, 3, 1, 100_000), valid: false},
		{name: "counterparty smaller than the size", setup: func(v *env) {
			bankrupt(v)
			v.edit(2, func(a *state.Account) { a.Positions[0].SizeQuantums = -50_000 })
		}, run: dl(100_000), valid: false},
		{name: "counterparty closes exactly", setup: func(v *env) {
			bankrupt(v)
			v.edit(2, func(a *state.Account) { a.Positions[0].SizeQuantums = -50_000 })
		}, run: dl(50_000), valid: true},
		{name: "counterparty liquidatable", setup: func(v *env) {
			bankrupt(v)
			v.edit(2, func(a *state.Account) {
				a.CollateralQuantums = 11_200_000 + 150_000
				a.Positions[0].SizeQuantums = -200_000
			})
		}, run: dl(100_000), valid: true},
		{name: "account against itself", setup: bankrupt, run: dlAB(1, 1, 1, 100_000), valid: false},
		{name: "zero size", setup: bankrupt, run: dl(0), valid: false},
		{name: "flips the position", setup: func(v *env) {
			bankrupt(v)
			v.edit(2, func(a *state.Account) { a.Positions[0].SizeQuantums = -200_000 })
		}, run: dl(150_000), valid: false},
		{name: "unlisted market", setup: bankrupt, run: dlAB(1, 2, 4, 100_000), valid: false},
		{name: "no position in the market", setup: bankrupt, run: dlAB(1, 2, 2, 10_000), valid: false},
		{name: "reduce-only market", setup: inMarket3(-101_000), run: dlAB(1, 2, 3, 100_000), valid: true},
		{name: "maximum size 2^48 - 1", setup: func(v *env) {
			v.fund(bigFunds, 1, 2)
			n := maxSize * 60
			v.edit(1, func(a *state.Account) {
				a.CollateralQuantums = -n - 1_000
				a.Positions[0] = state.Position{Market: 1, SizeQuantums: maxSize, FundingIndex: 5}
			})
			v.edit(2, func(a *state.Account) {
				a.CollateralQuantums = n + 1_000_000_000
				a.Positions[0] = state.Position{Market: 1, SizeQuantums: -maxSize, FundingIndex: 5}
			})
		}, run: dl(uint64(maxSize)), valid: true},
		{name: "size 2^48", setup: bankrupt, run: dl(uint64(state.MaxSize)), valid: false},
		{name: "account 2^24", setup: bankrupt, run: dlAB(1<<state.AccountTreeDepth, 2, 1, 100_000), valid: false},
	}
}

func TestDifferentialTransfer(t *testing.T)   { runDifferential(t, transferCases()) }
func TestDifferentialLiquidate(t *testing.T)  { runDifferential(t, liquidateCases()) }
func TestDifferentialDeleverage(t *testing.T) { runDifferential(t, deleverageCases()) }

// riskVerdict solves the SlotCircuit assignment of a trace in env; no trace is a rejection.
func riskVerdict(t *testing.T, tr *state.TxTrace, root0 fr.Element, env testkit.SlotEnv) error {
	t.Helper()
	if tr == nil {
		return errNoTrace
	}
	a, err := testkit.AssignSlotEnv(tr, root0, env)
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

// TestDifferentialCaseCounts requires at least minCases differential cases per transaction type (issue #4),
// with distinct names and both verdicts represented, and logs the counts. The market update's cases are
// circuits.TestDifferentialMarketUpdate's (its circuit is exported to that package's tests only), which checks
// its own count.
func TestDifferentialCaseCounts(t *testing.T) {
	type kind struct {
		name  string
		cases []diffCase
	}
	var forced []diffCase
	for _, c := range forcedCases() {
		forced = append(forced, diffCase{name: c.name, valid: c.valid && !c.refused})
	}
	var forcedTrades, params []diffCase
	for _, c := range forcedTradeCases() {
		forcedTrades = append(forcedTrades, diffCase{name: c.name, valid: c.valid && !c.refused})
	}
	for _, c := range marketParamsCases() {
		params = append(params, diffCase{name: c.name, valid: c.valid})
	}
	total := 0
	for _, k := range []kind{
		{"Deposit", depositCases()}, {"Trade", tradeCases()}, {"Withdrawal", withdrawalCases()},
		{"ForcedWithdrawal", forced}, {"Transfer", transferCases()}, {"Liquidate", liquidateCases()},
		{"Deleverage", deleverageCases()}, {"ForcedTrade", forcedTrades}, {"MarketParams", params},
	} {
		names := map[string]bool{}
		valid := 0
		for _, c := range k.cases {
			if names[c.name] {
				t.Errorf("%s: duplicate case %q", k.name, c.name)
			}
			names[c.name] = true
			if c.valid {
				valid++
			}
		}
		n := len(k.cases)
		total += n
		t.Logf("%-16s %3d cases (%d valid, %d invalid)", k.name, n, valid, n-valid)
		if n < minCases {
			t.Errorf("%s: %d cases, want at least %d", k.name, n, minCases)
		}
		if valid == 0 || valid == n {
			t.Errorf("%s: %d of %d cases valid, want both verdicts", k.name, valid, n)
		}
	}
	t.Logf("%-16s %3d cases", "total", total)
}

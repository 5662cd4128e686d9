package circuits_test

import (
	"errors"
	"testing"

	"github.com/perpx/perpx/circuits"
	"github.com/perpx/perpx/circuits/testkit"
	"github.com/perpx/perpx/state"
)

// stepIns applies one transaction to w with the insurance fund at ins and returns its SlotCircuit assignment
// (the world's liquidation fee, testTime). It checks that the circuit's expected insurance fund after the slot
// equals the world's.
func stepIns(t testing.TB, w *testkit.World, ins int64, apply func() *state.TxTrace) *circuits.SlotCircuit {
	t.Helper()
	root := w.AccountsRoot()
	w.Globals.InsuranceFundQuantums = ins
	tx := apply()
	a, err := testkit.AssignSlotEnv(tx, root, testkit.SlotEnv{
		Markets: &w.Markets, Timestamp: testTime, InsuranceFund: ins, LiquidationFeePpm: w.Config.LiquidationFeePpm,
	})
	if errors.Is(err, state.ErrUnencodable) {
		return nil // no compact record carries it: no batch can hold it
	}
	if err != nil {
		t.Fatalf("assign: %v", err)
	}
	if got := toBig(a.NewInsuranceFund).Int64(); got != w.Globals.InsuranceFundQuantums {
		t.Fatalf("insurance after: assignment %d, world %d", got, w.Globals.InsuranceFundQuantums)
	}
	return a
}

// setAccount opens account id (registering its key) with the given collateral and positions, each at its
// market's current funding index.
func setAccount(w *testkit.World, id uint32, collateral int64, sizes map[uint8]int64) {
	if _, ok := w.Keys[id]; !ok {
		w.Open(id, 1)
	}
	a := w.Account(id)
	a.CollateralQuantums = collateral
	k := 0
	for m := uint8(1); m <= state.MarketCount; m++ {
		if s, ok := sizes[m]; ok {
			a.Positions[k] = state.Position{Market: m, SizeQuantums: s, FundingIndex: w.Markets.Get(m).FundingIndex}
			k++
		}
	}
	w.SetAccount(id, a)
}

// riskWorld returns a world where account 0 is long 100,000 in market 1 bought at 60 with c0 of its own
// collateral (collateral c0 − 6,000,000), account 1 is short 100,000 with ample collateral, account 2 is a flat
// liquidator with ample collateral, and market 1's oracle price is price.
func riskWorld(c0 int64, price uint64) *testkit.World {
	w := testkit.NewWorld()
	setAccount(w, 0, c0-6_000_000, map[uint8]int64{1: 100_000})
	setAccount(w, 1, 1_000_000_000, map[uint8]int64{1: -100_000})
	setAccount(w, 2, 1_000_000_000, nil)
	w.Markets[0].OraclePrice = price
	return w
}

type riskCase struct {
	name  string
	world func() *testkit.World
	ins   int64
	tx    func(w *testkit.World) *state.TxTrace
	valid bool
}

func runRiskCases(t *testing.T, cases []riskCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := c.world()
			a := stepIns(t, w, c.ins, func() *state.TxTrace { return c.tx(w) })
			if a == nil {
				if c.valid {
					t.Fatal("valid case not encodable as a compact record")
				}
				return
			}
			if err := solve(t, slotCircuit, a); (err == nil) != c.valid {
				t.Fatalf("valid=%v, circuit: %v", c.valid, err)
			}
		})
	}
}

// liq liquidates q of account 0 against account 2's buy order at price p.
func liq(q, p, fee, makerFee, pay uint64) func(w *testkit.World) *state.TxTrace {
	return func(w *testkit.World) *state.TxTrace {
		return w.Liquidate(0, order(2, true, 1, 1, 100_000, p), q, fee, makerFee, pay)
	}
}

// TestLiquidate proves liquidations and rejects each broken rule. Account 0 (collateral c0 − 6,000,000, long
// 100,000): at price 58.5 and c0 = 300,000, TVs = 0.15e12 < MMRs/10^6 = 0.1755e12; a liquidation of 50,000 at
// 58.5 keeps TV/MMR for a fee up to 75,000 and the fee cap (1% of the quote 2,925,000) is 29,250. At price 56
// the account is bankrupt (TVs = −0.1e12): closing it all at 56 needs an insurance payment of exactly 100,000.
func TestLiquidate(t *testing.T) {
	at := func(c0 int64, price uint64) func() *testkit.World {
		return func() *testkit.World { return riskWorld(c0, price) }
	}
	runRiskCases(t, []riskCase{
		{"partial, fee at the cap", at(300_000, 58_500_000), 0, liq(50_000, 58_500_000, 29_250, 2_925, 0), true},
		{"fee over the cap", at(300_000, 58_500_000), 0, liq(50_000, 58_500_000, 29_251, 0, 0), false},
		{"liquidator fee over its cap", at(300_000, 58_500_000), 0, liq(50_000, 58_500_000, 0, 2_928, 0), false},
		{"healthy account", at(300_000, 60_000_000), 0, liq(50_000, 60_000_000, 0, 0, 0), false},
		{"TV exactly MMR", at(325_500, 58_500_000), 0, liq(50_000, 58_500_000, 0, 0, 0), false},
		{"TV one quantum below MMR", at(325_499, 58_500_000), 0, liq(50_000, 58_500_000, 0, 0, 0), true},
		{"flip", at(300_000, 58_500_000), 0, liq(100_000+50_000, 58_500_000, 0, 0, 0), false},
		{"price below bankruptcy", at(300_000, 58_500_000), 0, liq(50_000, 55_000_000, 0, 0, 0), false},
		{"full close with insurance", at(300_000, 56_000_000), 1_000_000, liq(100_000, 56_000_000, 0, 5_600, 100_000), true},
		{"insurance exactly covers", at(300_000, 56_000_000), 100_000, liq(100_000, 56_000_000, 0, 0, 100_000), true},
		{"insurance payment one more", at(300_000, 56_000_000), 1_000_000, liq(100_000, 56_000_000, 0, 0, 100_001), false},
		{"insurance payment one less", at(300_000, 56_000_000), 1_000_000, liq(100_000, 56_000_000, 0, 0, 99_999), false},
		{"insurance fund short by one", at(300_000, 56_000_000), 99_999, liq(100_000, 56_000_000, 0, 0, 100_000), false},
		{"fee with an insurance payment", at(300_000, 56_000_000), 1_000_000, liq(100_000, 56_000_000, 1, 0, 100_001), false},
		{"reduce-only market", func() *testkit.World {
			w := riskWorld(300_000, 58_500_000)
			w.Markets[0].Status = state.MarketReduceOnly
			return w
		}, 0, liq(50_000, 58_500_000, 0, 0, 0), true},
		{"settled market", func() *testkit.World {
			w := riskWorld(300_000, 58_500_000)
			w.Markets[0].Status = state.MarketSettled
			return w
		}, 0, liq(50_000, 58_500_000, 0, 0, 0), false},
		{"liquidator unhealthy after", func() *testkit.World {
			w := riskWorld(300_000, 58_500_000)
			setAccount(w, 2, 10, nil)
			return w
		}, 0, liq(50_000, 58_500_000, 0, 0, 0), false},
		{"max size in a reduce-only market", maxSizeWorld, 0, func(w *testkit.World) *state.TxTrace {
			o := order(2, true, 1, 1, maxSize, 1_000_000)
			o.Market = 3
			return w.Liquidate(0, o, maxSize, maxSize/100, 0, 0)
		}, true},
		{"max size, fee over the cap", maxSizeWorld, 0, func(w *testkit.World) *state.TxTrace {
			o := order(2, true, 1, 1, maxSize, 1_000_000)
			o.Market = 3
			return w.Liquidate(0, o, maxSize, maxSize/100+1, 0, 0)
		}, false},
		{"liquidating oneself", at(300_000, 58_500_000), 0, func(w *testkit.World) *state.TxTrace {
			return w.Liquidate(0, order(0, true, 1, 1, 100_000, 58_500_000), 50_000, 0, 0, 0)
		}, false},
	})
}

// maxSize is the largest multiple of market 3's step (1,000) below 2^48.
const maxSize = uint64(1)<<state.MaxSizeBits - 1 - (uint64(1)<<state.MaxSizeBits-1)%1_000

// maxSizeWorld has account 0 long maxSize in market 3 (price 1, MMF 5%) with collateral −0.96 · maxSize
// (liquidatable: TV is 4% of the notional), and account 2 a liquidator with 2^62 of collateral.
func maxSizeWorld() *testkit.World {
	w := testkit.NewWorld()
	setAccount(w, 0, -int64(maxSize/100*96), map[uint8]int64{3: int64(maxSize)})
	setAccount(w, 2, 1<<62, nil)
	return w
}

// del deleverages q of account 0 (selling) against account b with cash quote.
func del(b uint32, q, quote uint64) func(w *testkit.World) *state.TxTrace {
	return func(w *testkit.World) *state.TxTrace { return w.Deleverage(0, b, 1, false, q, quote) }
}

// TestDeleverage proves deleveragings of account 0 (long 100,000, collateral −5,700,000; TVs = −0.1e12 at 56)
// against account 1 (short), and rejects each broken rule: closing it all needs cash of exactly 5,700,000;
// half of it exactly 2,850,000.
func TestDeleverage(t *testing.T) {
	at := func(price uint64) func() *testkit.World {
		return func() *testkit.World { return riskWorld(300_000, price) }
	}
	runRiskCases(t, []riskCase{
		{"full", at(56_000_000), 0, del(1, 100_000, 5_700_000), true},
		{"half", at(56_000_000), 0, del(1, 50_000, 2_850_000), true},
		{"cash one more", at(56_000_000), 0, del(1, 100_000, 5_700_001), false},
		{"cash one less", at(56_000_000), 0, del(1, 100_000, 5_699_999), false},
		{"fund can cover", at(56_000_000), 100_000, del(1, 100_000, 5_700_000), false},
		{"fund one short", at(56_000_000), 99_999, del(1, 100_000, 5_700_000), true},
		{"TV = 0 is not bankrupt", at(57_000_000), 0, del(1, 100_000, 5_700_000), false},
		{"A flips", at(56_000_000), 0, del(1, 150_000, 5_700_000), false},
		{"B flips", func() *testkit.World {
			w := riskWorld(300_000, 56_000_000)
			setAccount(w, 3, 1_000_000_000, map[uint8]int64{1: -50_000})
			return w
		}, 0, del(3, 100_000, 5_700_000), false},
		{"B on the same side", func() *testkit.World {
			w := riskWorld(300_000, 56_000_000)
			setAccount(w, 3, 1_000_000_000, map[uint8]int64{1: 100_000})
			return w
		}, 0, del(3, 100_000, 5_700_000), false},
		{"unlisted market", func() *testkit.World {
			w := riskWorld(300_000, 56_000_000)
			w.Markets[0].Status = state.MarketUnlisted
			return w
		}, 0, del(1, 100_000, 5_700_000), false},
	})
}

// transfer is a transfer message from → to, expiring at testTime.
func transfer(from, to uint32, slot uint16, nonce uint32, amount uint64, mode uint8) state.TransferMsg {
	return state.TransferMsg{FromAccount: from, ToAccount: to, Slot: slot, Nonce: nonce, ExpirySeconds: testTime,
		AmountQuantums: amount, MarginMode: mode}
}

// TestTransfer proves transfers to an existing account and to a created L2 account, and rejects each broken
// rule.
func TestTransfer(t *testing.T) {
	two := func() *testkit.World { return funded(t, 2, 1_000_000) }
	sub := state.L2AccountBase + 7
	tx := func(m state.TransferMsg) func(w *testkit.World) *state.TxTrace {
		return func(w *testkit.World) *state.TxTrace { return w.Transfer(m) }
	}
	runRiskCases(t, []riskCase{
		{"existing", two, 0, tx(transfer(0, 1, 5, 1, 1_000, 3)), true},
		{"all collateral with the fee", two, 0, tx(transfer(0, 1, 5, 1, 1_000_000-state.TransferFeeQuantums, 0)), true},
		{"fee one quantum short", two, 0, tx(transfer(0, 1, 5, 1, 1_000_001-state.TransferFeeQuantums, 0)), false},
		{"all collateral without the fee", two, 0, tx(transfer(0, 1, 5, 1, 1_000_000, 0)), false},
		{"create cross", two, 0, tx(transfer(0, sub, 5, 1, 1_000, 0)), true},
		{"create isolated", two, 0, tx(transfer(0, sub, 5, 1, 1_000, state.MarketCount)), true},
		{"create with a bad mode", two, 0, tx(transfer(0, sub, 5, 1, 1_000, state.MarketCount+1)), false},
		{"create below L2AccountBase", two, 0, tx(transfer(0, state.L2AccountBase-1, 5, 1, 1_000, 0)), false},
		{"to itself", two, 0, tx(transfer(0, 0, 5, 1, 1_000, 0)), false},
		{"zero amount", two, 0, tx(transfer(0, 1, 5, 1, 0, 0)), false},
		{"max amount", func() *testkit.World {
			w := funded(t, 2, state.MaxAmount-1)
			w.Open(0, state.TransferFeeQuantums)
			return w
		}, 0, tx(transfer(0, 1, 5, 1, state.MaxAmount-1, 0)), true},
		{"unhealthy after", func() *testkit.World { return riskWorld(300_000, 60_000_000) }, 0,
			tx(transfer(0, 1, 5, 1, 1, 0)), false},
		{"expired", two, 0, func(w *testkit.World) *state.TxTrace {
			m := transfer(0, 1, 5, 1, 1_000, 0)
			m.ExpirySeconds = testTime - 1
			return w.Transfer(m)
		}, false},
		{"replayed", two, 0, func(w *testkit.World) *state.TxTrace {
			w.Transfer(transfer(0, 1, 5, 1, 1_000, 0))
			return w.Transfer(transfer(0, 1, 5, 1, 1_000, 0))
		}, false},
		{"signed by the receiver", two, 0, func(w *testkit.World) *state.TxTrace {
			m := transfer(0, 1, 5, 1, 1_000, 0)
			st := w.SignTransfer(m)
			st.Sig = w.SignTransfer(transfer(1, 0, 5, 1, 1_000, 0)).Sig
			return w.TransferSigned(st)
		}, false},
	})
}

// fundingWorld returns a world where account 0 is long and account 1 short 100,000 in market 1 (TVs 1e12
// each), after which market 1's index rose by 1,234: account 0 owes ⌈123.4⌉ = 124, account 1 is owed
// ⌊123.4⌋ (it pays ⌈−123.4⌉ = −123).
func fundingWorld() *testkit.World {
	w := testkit.NewWorld()
	setAccount(w, 0, -5_000_000, map[uint8]int64{1: 100_000})
	setAccount(w, 1, 7_000_000, map[uint8]int64{1: -100_000})
	w.Markets[0].FundingIndex += 1_234
	return w
}

// TestFundingSettlement proves slots that settle funding first, for every kind that updates an account.
func TestFundingSettlement(t *testing.T) {
	runRiskCases(t, []riskCase{
		{"transfer settles both", fundingWorld, 0, func(w *testkit.World) *state.TxTrace {
			return w.Transfer(transfer(1, 0, 5, 1, 1_000, 0))
		}, true},
		{"deposit settles", fundingWorld, 0, func(w *testkit.World) *state.TxTrace {
			a := w.Account(1)
			return w.Deposit(1, a.PubKey, a.L1Address, 5)
		}, true},
		{"invalid forced withdrawal only settles", fundingWorld, 0, func(w *testkit.World) *state.TxTrace {
			return w.ForcedWithdraw(0, 5, testkit.Address(77), false)
		}, true},
		{"trade settles both", fundingWorld, 0, func(w *testkit.World) *state.TxTrace {
			return w.Trade(order(0, false, 3, 1, 10_000, 59_000_000), order(1, true, 7, 1, 20_000, 60_000_000), 10_000, 0, 0)
		}, true},
		{"unsettled deposit", fundingWorld, 0, func(w *testkit.World) *state.TxTrace {
			a := w.Account(1)
			tr := w.Deposit(1, a.PubKey, a.L1Address, 5)
			// Claim the leaf after without the settlement: collateral down by 123, the old cached index.
			tr.A.After.CollateralQuantums -= 123
			tr.A.After.Positions[0].FundingIndex -= 1_234
			return tr
		}, false},
		{"settlement rounded the wrong way", fundingWorld, 0, func(w *testkit.World) *state.TxTrace {
			a := w.Account(0)
			tr := w.Deposit(0, a.PubKey, a.L1Address, 5)
			tr.A.After.CollateralQuantums++ // settled 123 instead of ⌈123.4⌉ = 124
			return tr
		}, false},
	})
}

// tierWorld has market 1 tiered: |size| > 50,000 needs IMF 10% and MMF 6%.
func tierWorld(collateral uint64) func() *testkit.World {
	return func() *testkit.World {
		w := testkit.NewWorld()
		w.Markets[0].TierSizeQuantums, w.Markets[0].TierImfPpm, w.Markets[0].TierMmfPpm = 50_000, 100_000, 60_000
		w.Open(0, collateral)
		w.Open(1, 1_000_000_000)
		return w
	}
}

// TestTiers proves the tiered margin boundary: a long of exactly the tier size at 60 needs the base IMF
// (150,000 of TV), one step above it the tier's (306,000 for 51,000).
func TestTiers(t *testing.T) {
	buy := func(q uint64) func(w *testkit.World) *state.TxTrace {
		return func(w *testkit.World) *state.TxTrace {
			return w.Trade(order(0, true, 1, 1, q, 60_000_000), order(1, false, 1, 1, q, 60_000_000), q, 0, 0)
		}
	}
	runRiskCases(t, []riskCase{
		{"tier size on base margin", tierWorld(150_000), 0, buy(50_000), true},
		{"tier size one quantum short", tierWorld(149_999), 0, buy(50_000), false},
		{"above the tier on base margin", tierWorld(160_000), 0, buy(51_000), false},
		{"above the tier on tier margin", tierWorld(306_000), 0, buy(51_000), true},
		{"above the tier one quantum short", tierWorld(305_999), 0, buy(51_000), false},
	})
}

func TestAdversarialTransfer(t *testing.T) {
	w := funded(t, 2, 1_000_000)
	mutateAll(t, "transfer", stepIns(t, w, 0, func() *state.TxTrace { return w.Transfer(transfer(0, 1, 5, 1, 1_000, 2)) }))
	mutateAll(t, "transfer", stepIns(t, w, 0, func() *state.TxTrace {
		return w.Transfer(transfer(1, state.L2AccountBase+3, 6, 2, 1_000, 1))
	}))
	w = fundingWorld()
	mutateAll(t, "transfer", stepIns(t, w, 0, func() *state.TxTrace { return w.Transfer(transfer(1, 0, 5, 1, 1_000, 0)) }))
}

func TestAdversarialLiquidate(t *testing.T) {
	w := riskWorld(300_000, 58_500_000)
	mutateAll(t, "liquidate", stepIns(t, w, 0, func() *state.TxTrace { return liq(50_000, 58_500_000, 29_250, 2_925, 0)(w) }))
	w = riskWorld(300_000, 56_000_000)
	mutateAll(t, "liquidate", stepIns(t, w, 100_000, func() *state.TxTrace { return liq(100_000, 56_000_000, 0, 0, 100_000)(w) }))
}

func TestAdversarialDeleverage(t *testing.T) {
	w := riskWorld(300_000, 56_000_000)
	mutateAll(t, "deleverage", stepIns(t, w, 99_999, func() *state.TxTrace { return del(1, 50_000, 2_850_000)(w) }))
}

package sequencer

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/events"
	"github.com/perpx/perpx/sequencer/internal/risk"
	"github.com/perpx/perpx/state"
)

// TestLiquidationPrice checks the reported liquidation price against the margin rule itself, on the account
// as its next touch settles it (the positions' cached indices lag the markets'): with the market's oracle
// price moved to the reported price the account is not liquidatable, and one tick beyond it (one price unit)
// it is. TestLiquidationPrice/tiered has BTC positions on both sides of a margin tier (docs/PROTOCOL.md §3.3):
// the tier's maintenance fraction applies to the larger ones.
func TestLiquidationPrice(t *testing.T) {
	t.Run("untiered", func(t *testing.T) { checkLiquidationPrices(t, testMarkets()) })
	t.Run("tiered", func(t *testing.T) {
		base := testMarkets()
		mk := &base[mBTC-1]
		mk.TierSizeQuantums, mk.TierImfPpm, mk.TierMmfPpm = 100_000, 3*mk.ImfPpm, 3*mk.MmfPpm
		checkLiquidationPrices(t, base)
	})
}

// checkLiquidationPrices checks the liquidation prices of random accounts at the markets base.
func checkLiquidationPrices(t *testing.T, base state.Markets) {
	r := rand.New(rand.NewPCG(testSeed(t), 6))
	checked := 0
	for range 2_000 {
		markets := base
		a := state.Account{CollateralQuantums: r.Int64N(20_000_000_000) - 1_000_000_000}
		a.Positions[0] = state.Position{Market: mBTC, SizeQuantums: (r.Int64N(400_000) - 200_000) | 1}
		if r.IntN(2) == 0 {
			a.Positions[1] = state.Position{Market: mETH, SizeQuantums: r.Int64N(200_000) - 100_000}
		}
		liquidatable := func(p uint64) bool {
			m := markets
			m[mBTC-1].OraclePrice = p
			risk := risk.SettledRisk(&a, &m)
			var tv big.Int
			return tv.Mul(&risk.TV, engine.PpmScale).Cmp(&risk.MMR) < 0
		}
		ar := risk.ComputeAccountRisk(&a, &markets, &risk.EntryPrices{}, 0, risk.DefaultHealthThresholdsPpm)
		if ar.Liquidatable != liquidatable(markets[mBTC-1].OraclePrice) {
			t.Fatalf("liquidatable flag wrong for %+v", a)
		}
		lp := ar.Positions[0].LiquidationPrice
		long := a.Positions[0].SizeQuantums > 0
		if lp == nil {
			// No positive price liquidates a long (nor, for a short, ever — shorts always have one).
			if !long || liquidatable(1) {
				t.Fatalf("no liquidation price reported for %+v", a)
			}
			continue
		}
		if !lp.IsUint64() || lp.Uint64() >= 1<<62 || lp.Sign() == 0 {
			continue
		}
		p := lp.Uint64()
		checked++
		if long {
			// Liquidatable strictly below the exact threshold x; the report is ⌈x⌉.
			if liquidatable(p) || (p > 1 && !liquidatable(p-1)) {
				t.Fatalf("long %+v: liquidation price %d (at: %v, below: %v)", a.Positions[0], p, liquidatable(p), liquidatable(p-1))
			}
		} else {
			if liquidatable(p) || !liquidatable(p+1) {
				t.Fatalf("short %+v: liquidation price %d (at: %v, above: %v)", a.Positions[0], p, liquidatable(p), liquidatable(p+1))
			}
		}
	}
	if checked < 500 {
		t.Fatalf("only %d liquidation prices checked", checked)
	}
}

// TestEntryPriceAndPnL follows one account through opening, adding to, reducing and flipping a position.
func TestEntryPriceAndPnL(t *testing.T) {
	s := newService(t, 32, nil)
	s.deposit(t, hundredK, 1, 2)
	trade := func(buy bool, size, px uint64, n uint32) {
		s.place(t, order(2, mBTC, !buy, size, price(px), uint16(n), n))
		s.place(t, order(1, mBTC, buy, size, price(px), uint16(n), n))
	}
	entry := func() (string, string) {
		a, r, err := s.AccountRisk(1)
		if err != nil {
			t.Fatal(err)
		}
		markets := testMarkets()
		j := events.NewAccountJSON(1, &a, r, &markets)
		if len(j.Positions) == 0 {
			return "", ""
		}
		return j.Positions[0].EntryPrice, j.Positions[0].UnrealizedPnl
	}
	trade(true, 2_000, 59_000, 1) // long 0.002 @ 59000; oracle 60000: +2
	if e, p := entry(); e != "59000" || p != "2" {
		t.Fatalf("open: entry %s pnl %s", e, p)
	}
	trade(true, 1_000, 62_000, 2) // long 0.003 @ 60000 (average)
	if e, p := entry(); e != "60000" || p != "0" {
		t.Fatalf("add: entry %s pnl %s", e, p)
	}
	trade(false, 1_000, 61_000, 3) // long 0.002, entry unchanged
	if e, _ := entry(); e != "60000" {
		t.Fatalf("reduce: entry %s", e)
	}
	trade(false, 3_000, 59_500, 4) // short 0.001 @ 59500: PnL −0.5
	if e, p := entry(); e != "59500" || p != "-0.5" {
		t.Fatalf("flip: entry %s pnl %s", e, p)
	}
	trade(true, 1_000, 59_500, 5) // flat
	if e, _ := entry(); e != "" {
		t.Fatalf("closed: entry %s", e)
	}
}

// TestAccountRiskSettlement checks the account view against the engine's settlement: after the BTC funding
// index moves (or the market is settled), each side's reported funding and settlement equal what its next touch
// moves between its collateral and the insurance fund, and the view's margin figures equal those of the
// touched account.
func TestAccountRiskSettlement(t *testing.T) {
	const coll = 10_000_000_000 // 10,000 USDC against 1 BTC at 60,000 on each side
	for _, c := range []struct {
		name           string
		size           uint64
		index          int64 // new BTC index (positions cached 7)
		settle         bool  // the market is settled at its price
		funding        [2]int64
		settlement     [2]int64
		longLiquidates bool // the long is liquidatable only after its settlement
	}{
		{"index rises: longs pay", 1_000_000, 7 + 1_500_001, false, [2]int64{1_500_001, -1_500_001}, [2]int64{1_500_001, -1_500_001}, false},
		{"negative funding: longs receive", 1_000_000, 7 - 2_500_000, false, [2]int64{-2_500_000, 2_500_000}, [2]int64{-2_500_000, 2_500_000}, false},
		{"fraction rounds up against both", 1_000, 7 + 1, false, [2]int64{1, 0}, [2]int64{1, 0}, false},
		{"negative fraction", 1_000, 7 - 1, false, [2]int64{0, 1}, [2]int64{0, 1}, false},
		{"funding makes the long liquidatable", 1_000_000, 7 + 9_000_000_000, false,
			[2]int64{9_000_000_000, -9_000_000_000}, [2]int64{9_000_000_000, -9_000_000_000}, true},
		{"settled market closes at its price", 1_000_000, 7 + 3, true, [2]int64{3, -3}, [2]int64{3 - btcPrice, -3 + btcPrice}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := newRiskEnv(t, coll, c.size)
			m := r.tree.Markets()
			m[mBTC-1].FundingIndex = c.index
			if c.settle {
				m[mBTC-1].Status = state.MarketSettled
			}
			if err := r.tree.SetMarkets(m); err != nil {
				t.Fatal(err)
			}
			for i, id := range []uint32{1, 2} {
				a := r.acct(id)
				view := risk.ComputeAccountRisk(&a, &m, &risk.EntryPrices{}, id, risk.DefaultHealthThresholdsPpm)
				if got := view.Positions[0].FundingOwed.Int64(); got != c.funding[i] {
					t.Fatalf("account %d: funding owed %d, want %d", id, got, c.funding[i])
				}
				if got := view.SettlementOwed.Int64(); got != c.settlement[i] {
					t.Fatalf("account %d: settlement owed %d, want %d", id, got, c.settlement[i])
				}
				if id == 1 && c.longLiquidates && (!view.Liquidatable || state.ComputeRisk(&a, &m).Liquidatable()) {
					t.Fatalf("long: liquidatable %v in the view, %v unsettled", view.Liquidatable, state.ComputeRisk(&a, &m).Liquidatable())
				}
				g0 := r.tree.Globals()
				// An invalid forced withdrawal (wrong address) only settles the account.
				if _, err := r.e.ForcedWithdraw(state.ForcedWithdrawalRecord{AccountID: id, AmountQuantums: 1, L1Address: state.L1Address{1}}); err != nil {
					t.Fatal(err)
				}
				b := r.acct(id)
				if moved := a.CollateralQuantums - b.CollateralQuantums; moved != view.SettlementOwed.Int64() {
					t.Fatalf("account %d: the touch moved %d from the collateral, the view said %s", id, moved, view.SettlementOwed)
				}
				if paid := r.tree.Globals().InsuranceFundQuantums - g0.InsuranceFundQuantums; paid != view.SettlementOwed.Int64() {
					t.Fatalf("account %d: the insurance fund received %d, the view said %s", id, paid, view.SettlementOwed)
				}
				checkSameRisk(t, view, risk.ComputeAccountRisk(&b, &m, &risk.EntryPrices{}, id, risk.DefaultHealthThresholdsPpm))
			}
		})
	}
}

// checkSameRisk fails unless the margin figures and liquidation prices of two views agree.
func checkSameRisk(t *testing.T, want, got *risk.AccountRisk) {
	t.Helper()
	if want.TV.Cmp(&got.TV) != 0 || want.IMR.Cmp(&got.IMR) != 0 || want.MMR.Cmp(&got.MMR) != 0 ||
		want.FreeCollateral.Cmp(got.FreeCollateral) != 0 || want.Infinite != got.Infinite ||
		want.Liquidatable != got.Liquidatable || want.HealthLevel != got.HealthLevel {
		t.Fatalf("view %+v, after the touch %+v", want, got)
	}
	if !want.Infinite && want.MarginRatioPpm.Cmp(got.MarginRatioPpm) != 0 {
		t.Fatalf("margin ratio %s, after the touch %s", want.MarginRatioPpm, got.MarginRatioPpm)
	}
	if got.SettlementOwed.Sign() != 0 {
		t.Fatalf("settlement owed %s after the touch", got.SettlementOwed)
	}
	for i, p := range got.Positions {
		if q := want.Positions[i]; q.Market != p.Market || (q.LiquidationPrice == nil) != (p.LiquidationPrice == nil) ||
			q.LiquidationPrice != nil && q.LiquidationPrice.Cmp(p.LiquidationPrice) != 0 {
			t.Fatalf("position %d: liquidation price %v, after the touch %v", i, q.LiquidationPrice, p.LiquidationPrice)
		}
	}
}

// TestAccountViewAfterFundingTick: after a funding tick moves the BTC index, account 1's view reports the
// funding its long owes, which is what its next touch (a deposit) moves from its collateral to the insurance
// fund, and margin figures that are those of the touched account less the deposit.
func TestAccountViewAfterFundingTick(t *testing.T) {
	const rate, deposit = 30_000, 5
	e := newHealthEnv(t, func(cfg *state.Config) engine.MarketFeed { return fundingFeed{cfg: cfg, rate: rate} })
	e.fundingTick(t)
	a0, view, err := e.s.AccountRisk(1)
	if err != nil {
		t.Fatal(err)
	}
	// 0.1 BTC · ⌊rate · 60,000 USDC⌋ = 180 USDC.
	if want := engine.PositionSize(&a0, mBTC) * state.FundingDelta(rate, btcPrice) / state.PriceScale; view.Positions[0].FundingOwed.Int64() != want ||
		view.SettlementOwed.Int64() != want || want != 180_000_000 {
		t.Fatalf("funding owed %s, settlement %s, want %d", view.Positions[0].FundingOwed, view.SettlementOwed, want)
	}
	g0 := e.tree.Globals()
	if _, err := e.s.Deposit(depositRec(1, deposit)); err != nil {
		t.Fatal(err)
	}
	a1, after, err := e.s.AccountRisk(1)
	if err != nil {
		t.Fatal(err)
	}
	if moved := a0.CollateralQuantums + deposit - a1.CollateralQuantums; moved != view.SettlementOwed.Int64() {
		t.Fatalf("the touch moved %d from the collateral, the view said %s", moved, view.SettlementOwed)
	}
	if paid := e.tree.Globals().InsuranceFundQuantums - g0.InsuranceFundQuantums; paid != view.SettlementOwed.Int64() {
		t.Fatalf("the insurance fund received %d, the view said %s", paid, view.SettlementOwed)
	}
	a1.CollateralQuantums -= deposit
	markets := e.s.Markets()
	checkSameRisk(t, view, risk.ComputeAccountRisk(&a1, &markets, &e.s.entries, 1, e.s.cfg.HealthThresholdsPpm))
	if !after.Healthy() || after.SettlementOwed.Sign() != 0 {
		t.Fatalf("after the touch: %+v", after)
	}
}

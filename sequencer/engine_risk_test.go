package sequencer

import (
	"errors"
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// riskEnv is an engine on an in-memory tree with accounts 1 (long) and 2 (short) holding `size` BTC quantums
// traded at the oracle price, and account 3 a well-funded liquidator.
type riskEnv struct {
	t     *testing.T
	tree  *statedb.Tree
	e     *engine.Engine
	cfg   state.Config
	nonce uint32
}

func newRiskEnv(t *testing.T, coll uint64, size uint64) *riskEnv {
	tree := newTree(t)
	r := &riskEnv{t: t, tree: tree, e: engine.NewEngine(tree), cfg: simConfig()}
	fund(t, r.e, coll, 1, 2)
	fund(t, r.e, 1<<50, 3)
	if size > 0 {
		r.trade(1, 2, size, btcPrice)
	}
	return r
}

func (r *riskEnv) next() (uint16, uint32) { r.nonce++; return uint16(r.nonce), r.nonce }

func (r *riskEnv) trade(buyer, seller uint32, q, p uint64) {
	r.t.Helper()
	s1, n1 := r.next()
	s2, n2 := r.next()
	if _, err := r.e.Trade(sign(order(buyer, mBTC, true, q, p, s1, n1)), sign(order(seller, mBTC, false, q, p, s2, n2)), q); err != nil {
		r.t.Fatal(err)
	}
}

func (r *riskEnv) setPrice(p uint64) {
	m := r.tree.Markets()
	m[mBTC-1].OraclePrice = p
	if err := r.tree.SetMarkets(m); err != nil {
		r.t.Fatal(err)
	}
}

func (r *riskEnv) setIndex(i int64) {
	m := r.tree.Markets()
	m[mBTC-1].FundingIndex = i
	if err := r.tree.SetMarkets(m); err != nil {
		r.t.Fatal(err)
	}
}

func (r *riskEnv) acct(id uint32) state.Account {
	a, err := r.tree.Account(id)
	if err != nil {
		r.t.Fatal(err)
	}
	return a
}

func (r *riskEnv) liqOrder(buy bool, q, p uint64) state.SignedOrder {
	s, n := r.next()
	return sign(order(3, mBTC, buy, q, p, s, n))
}

// TestRiskBoundaries checks healthy and liquidatable at their exact boundaries, with and without a tier.
func TestRiskBoundaries(t *testing.T) {
	m := testMarkets()
	m[mBTC-1].TierSizeQuantums, m[mBTC-1].TierImfPpm, m[mBTC-1].TierMmfPpm = 2_000_000, 100_000, 60_000
	// A long of s quantums at 60000 USDC: |N| = s · 6·10^10; IMR = |N|·imf, MMR = |N|·mmf (scaled).
	acct := func(coll int64, s int64) *state.Account {
		a := state.EmptyAccount()
		a.CollateralQuantums = coll
		a.Positions[0] = state.Position{Market: mBTC, SizeQuantums: s, FundingIndex: 7}
		return &a
	}
	// s = 1_000_000 (1 BTC): notional 60000·10^6 quote quantums; TV = coll + 6·10^10.
	const n1 = 60_000_000_000
	cases := []struct {
		name                   string
		coll, size             int64
		healthy, liq, bankrupt bool
	}{
		{"TV exactly IMR (5%)", n1/20 - n1, 1_000_000, true, false, false},
		{"one quantum below IMR", n1/20 - n1 - 1, 1_000_000, false, false, false},
		{"TV exactly MMR (3%)", 3*n1/100 - n1, 1_000_000, false, false, false},
		{"one quantum below MMR", 3*n1/100 - n1 - 1, 1_000_000, false, true, false},
		{"TV = 0", -n1, 1_000_000, false, true, false},
		{"TV = −1", -n1 - 1, 1_000_000, false, true, true},
		{"short at IMR", n1/20 + n1, -1_000_000, true, false, false},
		{"short one below MMR", 3*n1/100 + n1 - 1, -1_000_000, false, true, false},
		// 2 BTC is the tier size: base fractions; one step more: tier fractions (10% / 6%).
		{"tier size at base IMR", 2 * (n1/20 - n1), 2_000_000, true, false, false},
		{"one step over the tier, base IMR", (n1/20-n1)*2001/1000 + 1, 2_001_000, false, true, false},
		{"one step over the tier at tier IMR", (n1/10 - n1) * 2001 / 1000, 2_001_000, true, false, false},
		{"one step over the tier below tier MMR", (6*n1/100-n1)*2001/1000 - 1, 2_001_000, false, true, false},
		{"max size", 1 << 62, state.MaxSize - 1, true, false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := state.ComputeRisk(acct(c.coll, c.size), &m)
			if r.Healthy() != c.healthy || r.Liquidatable() != c.liq || r.Bankrupt() != c.bankrupt {
				t.Fatalf("healthy %v liquidatable %v bankrupt %v (TV %v IMR %v MMR %v)", r.Healthy(), r.Liquidatable(), r.Bankrupt(), &r.TV, &r.IMR, &r.MMR)
			}
		})
	}
}

// TestFundingSettlement checks that every account update settles funding first, rounding against the account,
// with the insurance fund as the counterparty.
func TestFundingSettlement(t *testing.T) {
	for _, c := range []struct {
		name        string
		size        uint64
		index       int64 // new BTC index (positions cached 7)
		long, short int64 // settle of account 1 (long) and 2 (short)
	}{
		{"index rises: longs pay", 1_000_000, 7 + 1_500_001, 1_500_001, -1_500_001},
		{"negative funding: longs receive", 1_000_000, 7 - 2_500_000, -2_500_000, 2_500_000},
		{"fraction rounds up against both", 1_000, 7 + 1, 1, 0},
		{"negative fraction", 1_000, 7 - 1, 0, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := newRiskEnv(t, 10_000_000_000, c.size)
			r.setIndex(c.index)
			c1, c2 := r.acct(1).CollateralQuantums, r.acct(2).CollateralQuantums
			g0 := r.tree.Globals()
			fund(t, r.e, 5, 1) // a deposit settles
			if _, err := r.e.ForcedWithdraw(state.ForcedWithdrawalRecord{AccountID: 2, AmountQuantums: 1, L1Address: state.L1Address{1}}); err != nil {
				t.Fatal(err) // an invalid forced withdrawal (wrong address) only settles
			}
			a1, a2 := r.acct(1), r.acct(2)
			if a1.CollateralQuantums != c1+5-c.long || a2.CollateralQuantums != c2-c.short {
				t.Fatalf("collateral %d, %d; want %d, %d", a1.CollateralQuantums, a2.CollateralQuantums, c1+5-c.long, c2-c.short)
			}
			if a1.Positions[0].FundingIndex != c.index || a2.Positions[0].FundingIndex != c.index {
				t.Fatal("cached index not updated")
			}
			if g := r.tree.Globals(); g.InsuranceFundQuantums != g0.InsuranceFundQuantums+c.long+c.short {
				t.Fatalf("insurance %d, want %d", g.InsuranceFundQuantums, g0.InsuranceFundQuantums+c.long+c.short)
			}
		})
	}
}

func TestTransfer(t *testing.T) {
	sub := state.L2AccountBase + 5
	cases := []struct {
		name   string
		msg    state.TransferMsg
		signer uint32
		want   error
	}{
		{"to an existing account", state.TransferMsg{FromAccount: 1, ToAccount: 2, AmountQuantums: 100}, 1, nil},
		{"creates an isolated sub-account", state.TransferMsg{FromAccount: 1, ToAccount: sub, AmountQuantums: 100, MarginMode: mETH}, 1, nil},
		{"creates an account below the L2 base", state.TransferMsg{FromAccount: 1, ToAccount: state.L2AccountBase - 1, AmountQuantums: 100}, 1, wire.ErrTransferTarget},
		{"to itself", state.TransferMsg{FromAccount: 1, ToAccount: 1, AmountQuantums: 100}, 1, wire.ErrSelfTransfer},
		{"zero amount", state.TransferMsg{FromAccount: 1, ToAccount: 2}, 1, wire.ErrAmount},
		{"wrong signer", state.TransferMsg{FromAccount: 1, ToAccount: 2, AmountQuantums: 100}, 2, wire.ErrBadSignature},
		{"more than the collateral", state.TransferMsg{FromAccount: 1, ToAccount: 2, AmountQuantums: 10_000_000_001}, 1, wire.ErrInsufficientFunds},
		{"leaves the sender unhealthy", state.TransferMsg{FromAccount: 1, ToAccount: 2, AmountQuantums: 9_000_000_000}, 1, wire.ErrUndercollateral},
		{"margin mode out of range", state.TransferMsg{FromAccount: 1, ToAccount: sub, AmountQuantums: 1, MarginMode: 9}, 1, wire.ErrMarginMode},
		{"amount and fee exactly the collateral", state.TransferMsg{FromAccount: 1, ToAccount: 2, AmountQuantums: 10_000_000_000 - state.TransferFeeQuantums}, 1, nil},
		{"fee one quantum short", state.TransferMsg{FromAccount: 1, ToAccount: 2, AmountQuantums: 10_000_000_000 - state.TransferFeeQuantums + 1}, 1, wire.ErrInsufficientFunds},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := newRiskEnv(t, 10_000_000_000, 0)
			if c.name == "leaves the sender unhealthy" {
				r.trade(2, 1, 1_000_000, btcPrice) // short 60000 USDC notional needs 3000 USDC at 5%
			}
			c.msg.Slot, c.msg.Nonce, c.msg.ExpirySeconds = 9, 1, 1<<32
			root := r.tree.AccountsRoot()
			tx, err := r.e.Transfer(devKey(c.signer).SignTransfer(c.msg))
			if c.want == nil {
				if err != nil {
					t.Fatal(err)
				}
				if checkTrace(t, tx, root) != r.tree.AccountsRoot() {
					t.Fatal("trace does not reach the tree's root")
				}
				if a := r.acct(1); a.CollateralQuantums != 10_000_000_000-int64(c.msg.AmountQuantums)-state.TransferFeeQuantums {
					t.Fatalf("sender keeps %d, want the amount and the fee %d paid", a.CollateralQuantums, state.TransferFeeQuantums)
				}
				if g := r.tree.Globals(); g.FeePoolQuantums != state.TransferFeeQuantums {
					t.Fatalf("fee pool %d, want the transfer fee %d", g.FeePoolQuantums, state.TransferFeeQuantums)
				}
				b := r.acct(c.msg.ToAccount)
				if b.CollateralQuantums < 100 || (c.msg.ToAccount == sub && b.PubKey != devKey(1).PubKey()) {
					t.Fatalf("receiver %+v", b)
				}
				if c.msg.ToAccount == sub && b.MarginMode != uint16(mETH) {
					t.Fatalf("mode %d", b.MarginMode)
				}
				return
			}
			wantRuleAny(t, err, c.want)
			if tx == nil {
				t.Fatal("no trace for a representable rejection")
			}
		})
	}
}

func wantRuleAny(t *testing.T, err, sentinel error) {
	t.Helper()
	var re *wire.RuleError
	if !errors.Is(err, sentinel) || !errors.As(err, &re) {
		t.Fatalf("error %v, want %v", err, sentinel)
	}
}

// TestIsolatedSecondMarket: an isolated sub-account trades only its market.
func TestIsolatedSecondMarket(t *testing.T) {
	r := newRiskEnv(t, 10_000_000_000, 0)
	sub := state.L2AccountBase
	if _, err := r.e.Transfer(devKey(1).SignTransfer(state.TransferMsg{FromAccount: 1, ToAccount: sub, Slot: 1, Nonce: 1,
		ExpirySeconds: 1 << 32, AmountQuantums: 5_000_000_000, MarginMode: mBTC})); err != nil {
		t.Fatal(err)
	}
	// the sub-account signs with its owner's key
	o := devKey(1).SignOrder(order(sub, mBTC, true, 1_000, btcPrice, 2, 1))
	if _, err := r.e.Trade(o, sign(order(2, mBTC, false, 1_000, btcPrice, 2, 1)), 1_000); err != nil {
		t.Fatal(err)
	}
	o = devKey(1).SignOrder(order(sub, mETH, true, 100, ethPrice, 3, 1))
	_, err := r.e.Trade(o, sign(order(2, mETH, false, 100, ethPrice, 3, 1)), 100)
	wantRule(t, err, wire.ErrIsolatedMarket, wire.PartyA)
}

func TestLiquidate(t *testing.T) {
	// Account 1: 1 BTC long at 60000 with TV = 3000 USDC (its IMR) after the 30 USDC taker fee.
	const coll = 3_030_000_000
	setup := func(t *testing.T, price uint64) *riskEnv {
		r := newRiskEnv(t, coll, 1_000_000)
		r.setPrice(price)
		return r
	}
	t.Run("not liquidatable", func(t *testing.T) {
		r := setup(t, btcPrice)
		_, err := r.e.Liquidate(&r.cfg, 1, r.liqOrder(true, 1_000_000, btcPrice), 1_000_000)
		wantRuleAny(t, err, engine.ErrNotLiquidatable)
	})
	t.Run("partial at the oracle with a capped fee", func(t *testing.T) {
		r := setup(t, 57_900_000_000) // TV = 3000 − 2100 = 900 USDC < MMR 1737
		g0 := r.tree.Globals()
		tx, err := r.e.Liquidate(&r.cfg, 1, r.liqOrder(true, 1_000_000, 57_900_000_000), 500_000)
		if err != nil {
			t.Fatal(err)
		}
		l := tx.Record.Liquidate
		if l.InsurancePayQuant != 0 || l.LiquidationFee == 0 || l.LiquidationFee > engine.CeilPpm(500_000*57_900, r.cfg.LiquidationFeePpm).Uint64() {
			t.Fatalf("record %+v", l)
		}
		if g := r.tree.Globals(); g.InsuranceFundQuantums != g0.InsuranceFundQuantums+int64(l.LiquidationFee) {
			t.Fatal("fee not paid to the insurance fund")
		}
		markets := r.tree.Markets()
		a := r.acct(1)
		if engine.PositionSize(&a, mBTC) != 500_000 || !state.RatioKept(state.ComputeRisk(&tx.A.Before, &markets), state.ComputeRisk(&a, &markets)) {
			t.Fatalf("after %+v", a.Positions[0])
		}
	})
	t.Run("bankrupt: the insurance fund pays the least amount", func(t *testing.T) {
		r := setup(t, 56_000_000_000) // TV = 3000 − 4000 = −1000 USDC
		g := r.tree.Globals()
		g.InsuranceFundQuantums = 10_000_000_000
		r.tree.SetGlobals(g)
		tx, err := r.e.Liquidate(&r.cfg, 1, r.liqOrder(true, 1_000_000, 56_000_000_000), 1_000_000)
		if err != nil {
			t.Fatal(err)
		}
		if l := tx.Record.Liquidate; l.InsurancePayQuant != 1_000_000_000 || l.LiquidationFee != 0 {
			t.Fatalf("record %+v", l)
		}
		if a := r.acct(1); a.CollateralQuantums != 0 {
			t.Fatalf("collateral %d", a.CollateralQuantums)
		}
		// one quantum more is not the least
		r = setup(t, 56_000_000_000)
		r.tree.SetGlobals(g)
		_, err = r.e.LiquidateWith(&r.cfg, 1, r.liqOrder(true, 1_000_000, 56_000_000_000), 1_000_000, &engine.LiquidationAmounts{InsurancePay: 1_000_000_001})
		wantRuleAny(t, err, engine.ErrInsuranceNotLeast)
		// one less breaks the bankruptcy price
		_, err = r.e.LiquidateWith(&r.cfg, 1, r.liqOrder(true, 1_000_000, 56_000_000_000), 1_000_000, &engine.LiquidationAmounts{InsurancePay: 999_999_999})
		wantRuleAny(t, err, engine.ErrBankruptcyPrice)
		// a fee with a payment
		_, err = r.e.LiquidateWith(&r.cfg, 1, r.liqOrder(true, 1_000_000, 56_000_000_000), 1_000_000, &engine.LiquidationAmounts{Fee: 1, InsurancePay: 1_000_000_001})
		wantRuleAny(t, err, engine.ErrLiquidationFee)
	})
	t.Run("the fund cannot pay", func(t *testing.T) {
		r := setup(t, 56_000_000_000)
		_, err := r.e.Liquidate(&r.cfg, 1, r.liqOrder(true, 1_000_000, 56_000_000_000), 1_000_000)
		wantRuleAny(t, err, engine.ErrInsuranceFund)
	})
	t.Run("liquidator on the wrong side", func(t *testing.T) {
		r := setup(t, 57_900_000_000)
		_, err := r.e.Liquidate(&r.cfg, 1, r.liqOrder(false, 1_000_000, 57_900_000_000), 500_000)
		wantRuleAny(t, err, wire.ErrSameSide)
	})
	t.Run("unlisted market", func(t *testing.T) {
		r := setup(t, 57_900_000_000)
		s, n := r.next()
		o := sign(order(3, 5, true, 1_000_000, 57_900_000_000, s, n))
		_, err := r.e.Liquidate(&r.cfg, 1, o, 500_000)
		wantRuleAny(t, err, wire.ErrMarketNotActive)
	})
	t.Run("flip", func(t *testing.T) {
		r := setup(t, 57_900_000_000)
		_, err := r.e.Liquidate(&r.cfg, 1, r.liqOrder(true, 2_000_000, 57_900_000_000), 1_001_000)
		wantRuleAny(t, err, engine.ErrNotReducing)
	})
}

func TestDeleverage(t *testing.T) {
	const coll = 3_030_000_000
	r := newRiskEnv(t, coll, 1_000_000)
	r.setPrice(56_000_000_000) // account 1: TV = −1000 USDC; account 2 (short) in profit
	_, err := r.e.Deleverage(1, 3, mBTC, 1_000_000)
	wantRuleAny(t, err, engine.ErrNoOppositePosition)
	g := r.tree.Globals()
	g.InsuranceFundQuantums = 1_000_000_000 // covers exactly
	r.tree.SetGlobals(g)
	_, err = r.e.Deleverage(1, 2, mBTC, 1_000_000)
	wantRuleAny(t, err, engine.ErrInsuranceCovers)
	g.InsuranceFundQuantums = 999_999_999
	r.tree.SetGlobals(g)
	_, err = r.e.DeleverageWith(1, 2, mBTC, 500_000, 1)
	wantRuleAny(t, err, engine.ErrBankruptcyPrice)
	tx, err := r.e.Deleverage(1, 2, mBTC, 500_000)
	if err != nil {
		t.Fatal(err)
	}
	// half closed at the bankruptcy price 59000·(1 − ...): TV1·MMR0 ≥ TV0·MMR1, tight
	markets := r.tree.Markets()
	a := r.acct(1)
	r0, r1 := state.ComputeRisk(&tx.A.Before, &markets), state.ComputeRisk(&a, &markets)
	if !state.RatioKept(r0, r1) || !state.RatioTight(r0, r1) || engine.PositionSize(&a, mBTC) != 500_000 {
		t.Fatalf("after %+v", a)
	}
	// half the deficit is left: the fund covers it now
	_, err = r.e.Deleverage(1, 2, mBTC, 500_000)
	wantRuleAny(t, err, engine.ErrInsuranceCovers)
	g = r.tree.Globals()
	g.InsuranceFundQuantums = 0
	r.tree.SetGlobals(g)
	if _, err := r.e.Deleverage(1, 2, mBTC, 500_000); err != nil {
		t.Fatal(err)
	}
	if a := r.acct(1); a.CollateralQuantums < 0 || a.CollateralQuantums >= 1 || !a.Positions[0].IsEmpty() {
		t.Fatalf("closed account %+v", a)
	}
	if b := r.acct(2); !b.Positions[0].IsEmpty() {
		t.Fatal("counterparty still short")
	}
}

// TestMarketUpdate checks the oracle quorum and the funding tick of a batch's market update.
func TestMarketUpdate(t *testing.T) {
	r := newRiskEnv(t, 10_000_000_000, 0)
	cfg := r.cfg
	var keys [state.OracleKeys]*wire.Key
	for i := range keys {
		keys[i] = wire.DevKey("oracle " + string(rune('0'+i)))
	}
	markets := r.tree.Markets()
	g := r.tree.Globals()
	ts := g.SystemTimeSeconds + 10
	if err := r.e.SetBatchTime(ts); err != nil {
		t.Fatal(err)
	}
	rep := func(signer uint8, btc uint64) state.SignedOracleReport {
		return keys[signer].SignOracleReport(signer, state.OracleReport{TimestampSeconds: ts - 5, Prices: [8]uint64{btc, ethPrice}})
	}
	u := engine.StillUpdate(&cfg, &markets, g, ts)
	u.Record.Prices[0] = 61_000_000_000
	u.Reports = []state.SignedOracleReport{rep(0, 60_500_000_000), rep(2, 61_000_000_000), rep(4, 70_000_000_000)}
	if err := r.e.UpdateMarkets(&cfg, &u); err != nil {
		t.Fatal(err)
	}
	if p := r.tree.Markets()[0].OraclePrice; p != 61_000_000_000 {
		t.Fatalf("price %d", p)
	}
	bad := u
	bad.Reports = []state.SignedOracleReport{rep(2, 1), rep(0, 2), rep(4, 3)}
	bad.Record.Prices[0] = 62_000_000_000
	wantRuleAny(t, r.e.UpdateMarkets(&cfg, &bad), engine.ErrMarketUpdate)
	// a tick with a rate beyond the maximum, then within it
	ts += uint64(cfg.FundingIntervalSeconds)
	if err := r.e.SetBatchTime(ts); err != nil {
		t.Fatal(err)
	}
	markets, g = r.tree.Markets(), r.tree.Globals()
	u = engine.StillUpdate(&cfg, &markets, g, ts)
	if !u.Tick {
		t.Fatal("tick not due")
	}
	u.Record.RatesPpm[0] = int16(cfg.MaxFundingRatePpm) + 1
	wantRuleAny(t, r.e.UpdateMarkets(&cfg, &u), engine.ErrMarketUpdate)
	u.Record.RatesPpm[0] = -int16(cfg.MaxFundingRatePpm)
	if err := r.e.UpdateMarkets(&cfg, &u); err != nil {
		t.Fatal(err)
	}
	want := markets[0].FundingIndex + state.FundingDelta(-int16(cfg.MaxFundingRatePpm), markets[0].OraclePrice)
	if m := r.tree.Markets(); m[0].FundingIndex != want || r.tree.Globals().LastFundingTimeSeconds != ts {
		t.Fatalf("index %d, want %d", m[0].FundingIndex, want)
	}
}

// TestMaxPositionSize: a position reaches 2^48 − 1 base quantums; one quantum more is out of bounds.
func TestMaxPositionSize(t *testing.T) {
	tree := newTree(t)
	m := tree.Markets()
	m[2] = state.Market{Name: "CHEAP", OraclePrice: 1_000_000, ImfPpm: 50_000, MmfPpm: 30_000, Status: state.MarketActive,
		TickSize: 1_000_000, StepSize: 1, MakerFeePpm: 0, TakerFeePpm: 0}
	if err := tree.SetMarkets(m); err != nil {
		t.Fatal(err)
	}
	e := engine.NewEngine(tree)
	fund(t, e, 1<<55, 1, 2)
	max := uint64(state.MaxSize - 1)
	o := func(id uint32, buy bool, q uint64, slot uint16) state.SignedOrder {
		x := order(id, 3, buy, q, 1_000_000, slot, 1)
		return sign(x)
	}
	if _, err := e.Trade(o(1, true, max, 1), o(2, false, max, 1), max); err != nil {
		t.Fatal(err)
	}
	_, err := e.Trade(o(1, true, 1, 2), o(2, false, 1, 2), 1)
	wantRule(t, err, wire.ErrPositionBounds, wire.PartyA)
	a, _ := tree.Account(1)
	if engine.PositionSize(&a, 3) != state.MaxSize-1 {
		t.Fatalf("size %d", engine.PositionSize(&a, 3))
	}
}

// TestServiceTransfer: a transfer through the service creates an isolated sub-account that then trades with
// its owner's key, and a restart replays it from the input log to the same root.
func TestServiceTransfer(t *testing.T) {
	fs := vfs.NewCrashableMem()
	clock := newClock(2_000)
	open := func(tree *statedb.Tree) *Service {
		s, err := NewService(tree, Config{DataDir: "data", FS: fs, Clock: clock, MaxBatchSize: 2, Logger: quiet})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	tree, err := statedb.Open("tree", statedb.WithFS(fs), statedb.WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	if err := tree.SetMarkets(testMarkets()); err != nil {
		t.Fatal(err)
	}
	tree.SetGlobals(state.Globals{SystemTimeSeconds: 1_000})
	if err := tree.Commit(); err != nil {
		t.Fatal(err)
	}
	s := open(tree)
	for _, id := range []uint32{1, 2} {
		if _, err := s.Deposit(depositRec(id, 100_000_000_000)); err != nil {
			t.Fatal(err)
		}
	}
	sub := state.L2AccountBase + 3
	tm := state.TransferMsg{FromAccount: 1, ToAccount: sub, Slot: 1, Nonce: 1, ExpirySeconds: 1 << 39, AmountQuantums: 10_000_000_000, MarginMode: mBTC}
	if _, err := s.Transfer(devKey(1).SignTransfer(tm)); err != nil {
		t.Fatal(err)
	}
	low := tm
	low.ToAccount, low.Slot = 77, 2
	if _, err := s.Transfer(devKey(1).SignTransfer(low)); !errors.Is(err, wire.ErrTransferTarget) {
		t.Fatalf("transfer creating account 77: %v", err)
	}
	if _, err := s.PlaceOrder(devKey(1).SignOrder(order(sub, mBTC, false, 1_000, btcPrice, 1, 1))); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PlaceOrder(sign(order(2, mBTC, true, 1_000, btcPrice, 1, 1))); err != nil {
		t.Fatal(err)
	}
	a, _ := tree.Account(sub)
	if a.MarginMode != uint16(mBTC) || engine.PositionSize(&a, mBTC) != -1_000 {
		t.Fatalf("sub-account %+v", a)
	}
	// A crash: the tree is at the last checkpoint, and recovery replays the transfer from the input log.
	root := tree.Root()
	crash := fs.CrashClone(vfs.CrashCloneCfg{})
	s.Close()
	tree.Close()
	fs = crash
	tree, err = statedb.Open("tree", statedb.WithFS(fs), statedb.WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Close()
	s = open(tree)
	defer s.Close()
	if tree.Root() != root {
		t.Fatal("root differs after recovery")
	}
	if a, _ := tree.Account(sub); a.MarginMode != uint16(mBTC) {
		t.Fatal("sub-account lost in recovery")
	}
}

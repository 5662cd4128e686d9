package sequencer

import (
	"math/big"
	"slices"
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/internal/risk"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/state"
)

// liqEnv is a service on an in-memory file system with a protocol configuration (oracle keys, 1 %
// liquidation fee) for the liquidation tests.
func liqEnv(t *testing.T, deposits map[uint32]uint64) (*crashEnv, *fakeClock) {
	t.Helper()
	fs := vfs.NewMem()
	clock := newClock(2_000)
	env, err := openCrashEnv(t, fs, clock, Config{Protocol: testProtocol(), MaxBatchSize: 8})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(env.close)
	for id := uint32(1); id < 64; id++ {
		if amount, ok := deposits[id]; ok {
			if _, err := env.svc.Deposit(depositRec(id, amount)); err != nil {
				t.Fatal(err)
			}
		}
	}
	clock.Set(2_001)
	return env, clock
}

// mustPlace places o at s and fails the test on an error.
func mustPlace(t *testing.T, s *Service, o state.OrderMsg) *book.PlaceResult {
	t.Helper()
	r, err := s.PlaceOrder(sign(o))
	if err != nil {
		t.Fatalf("order %+v: %v", o, err)
	}
	return r
}

// TestLiquidationWalksTheBook (issue 18, item 1): the liquidated account's own bid on top of the book and a
// maker that can no longer afford its bid do not stop its liquidation: the liquidator skips the first, drops
// the second (as matching does) and fills the market maker's bids level by level.
func TestLiquidationWalksTheBook(t *testing.T) {
	const btc = 1_000_000
	env, clock := liqEnv(t, map[uint32]uint64{1: 4_000_000_000, 2: hundredK, 3: hundredK, 4: 4_800_000_000})
	s := env.svc
	mustPlace(t, s, order(3, mBTC, false, 2*btc, price(60_000), 0, 1))
	mustPlace(t, s, order(1, mBTC, true, btc, price(60_000), 0, 1))
	mustPlace(t, s, order(4, mBTC, true, btc, price(60_000), 0, 1))
	own := mustPlace(t, s, order(1, mBTC, true, btc/100, price(57_450), 1, 2))
	poor := mustPlace(t, s, order(4, mBTC, true, btc/10, price(57_440), 1, 2))
	top := mustPlace(t, s, order(2, mBTC, true, btc/20, price(57_400), 0, 1))
	deep := mustPlace(t, s, order(2, mBTC, true, 2*btc, price(57_000), 1, 2))
	if !own.Resting || !poor.Resting || !top.Resting || !deep.Resting {
		t.Fatal("bids not resting")
	}
	clock.Set(2_010)
	if _, err := s.SubmitOracleReports(btcReports(2_009, price(57_500))); err != nil {
		t.Fatal(err)
	}
	if _, r, _ := s.Account(1); r.Liquidatable() {
		t.Fatalf("account 1 still liquidatable behind its own bid; left liquidatable: %v", s.stuck)
	}
	if _, r, _ := s.Account(4); r.Liquidatable() {
		t.Fatal("account 4 liquidatable: the test wants it only unable to afford its bid")
	}
	trades, err := s.Trades(mBTC, 10)
	if err != nil {
		t.Fatal(err)
	}
	var liq []book.TradeEvent
	for _, tr := range trades {
		if tr.TakerAccount == 1 && tr.MakerOrderID != 0 && tr.TakerOrderID == 0 {
			liq = append([]book.TradeEvent{tr}, liq...) // Trades lists the newest first
		}
	}
	if len(liq) != 2 || liq[0].MakerOrderID != top.OrderID || liq[0].Size != btc/20 || liq[1].MakerOrderID != deep.OrderID {
		t.Fatalf("liquidation fills %+v, want order %d in full then order %d", liq, top.OrderID, deep.OrderID)
	}
	if o := s.books[mBTC-1].Get(poor.OrderID); o != nil {
		t.Fatal("the bid of a maker that cannot afford it stays in the book")
	}
	if o := s.books[mBTC-1].Get(own.OrderID); o == nil {
		t.Fatal("the liquidated account's own bid was removed")
	}
	if _, err := s.Seal(); err != nil {
		t.Fatal(err)
	}
	checkRecovered(t, s, nil)
}

// TestRankDeleveraging: deleveraging candidates rank by profit (highest first), then leverage (highest first),
// then account id (lowest first).
func TestRankDeleveraging(t *testing.T) {
	c := func(id uint32, profit int64, lev int64) risk.DeleverageCandidate {
		return risk.DeleverageCandidate{ID: id, Size: 1, Profit: big.NewInt(profit), Leverage: big.NewRat(lev, 10)}
	}
	for _, tc := range []struct {
		name string
		in   []risk.DeleverageCandidate
		want []uint32
	}{
		{"profit first", []risk.DeleverageCandidate{c(1, 5_000, 55), c(2, 120_000, 5), c(3, -10, 190)}, []uint32{2, 1, 3}},
		{"leverage breaks a profit tie", []risk.DeleverageCandidate{c(1, 7, 20), c(2, 7, 30), c(3, 7, 10)}, []uint32{2, 1, 3}},
		{"id breaks a full tie", []risk.DeleverageCandidate{c(9, 7, 20), c(4, 7, 20), c(6, 7, 20)}, []uint32{4, 6, 9}},
		{"a loss ranks below no profit", []risk.DeleverageCandidate{c(1, -1, 90), c(2, 0, 10)}, []uint32{2, 1}},
		{"bankrupt leverage", []risk.DeleverageCandidate{c(1, 0, 10), {ID: 2, Profit: new(big.Int), Leverage: new(big.Rat).SetInt64(risk.MaxLeverage)}}, []uint32{2, 1}},
	} {
		risk.RankDeleveraging(tc.in)
		var got []uint32
		for _, x := range tc.in {
			got = append(got, x.ID)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: order %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestDeleverageRanksByProfit (issue 18, item 2): a bankrupt long with no bid in the book and an empty
// insurance fund is deleveraged against the most profitable short (entered at 66,000, 100,000 USDC, leverage
// ≈ 0.5), not against the more leveraged, less profitable one.
func TestDeleverageRanksByProfit(t *testing.T) {
	const btc = 1_000_000
	env, clock := liqEnv(t, map[uint32]uint64{1: 4_000_000_000, 5: hundredK, 6: hundredK, 7: 5_000_000_000})
	s := env.svc
	mustPlace(t, s, order(5, mBTC, false, btc, price(66_000), 0, 1))
	mustPlace(t, s, order(6, mBTC, true, btc, price(66_000), 0, 1))
	mustPlace(t, s, order(7, mBTC, false, btc, price(60_000), 0, 1))
	mustPlace(t, s, order(1, mBTC, true, btc, price(60_000), 0, 1))
	clock.Set(2_010)
	if _, err := s.SubmitOracleReports(btcReports(2_009, price(55_000))); err != nil {
		t.Fatal(err)
	}
	a, _, err := s.Account(1)
	if err != nil {
		t.Fatal(err)
	}
	if engine.PositionSize(&a, mBTC) != 0 {
		t.Fatalf("account 1 keeps %d", engine.PositionSize(&a, mBTC))
	}
	fills, err := s.Fills(1, 0, 10)
	if err != nil || len(fills) == 0 {
		t.Fatalf("fills %v, %v", fills, err)
	}
	if f := fills[0]; f.Counter != 5 || f.Size != btc {
		t.Fatalf("deleveraged against account %d (size %d), want the most profitable short 5", f.Counter, f.Size)
	}
	for _, id := range []uint32{5, 7} {
		b, _, _ := s.Account(id)
		want := int64(-btc)
		if id == 5 {
			want = 0
		}
		if engine.PositionSize(&b, mBTC) != want {
			t.Fatalf("account %d position %d, want %d", id, engine.PositionSize(&b, mBTC), want)
		}
	}
}

// TestOracleMoveSurvivesEmptySeal (issue 18, item 3): a price a quorum applies stays applied when its batch
// is sealed without transactions (a periodic seal), so reads agree with the account stream, and it stays after
// the reports grow older than the oracle's maximum age.
func TestOracleMoveSurvivesEmptySeal(t *testing.T) {
	env, clock := liqEnv(t, map[uint32]uint64{1: hundredK})
	s := env.svc
	clock.Set(2_010)
	if _, err := s.SubmitOracleReports(btcReports(2_009, price(62_000))); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Seal(); err != nil {
		t.Fatal(err)
	}
	clock.Set(2_020)
	if _, err := s.SubmitOracleReports(btcReports(2_019, price(57_000))); err != nil {
		t.Fatal(err)
	}
	if got := s.Markets()[mBTC-1].OraclePrice; got != price(57_000) {
		t.Fatalf("price %d after the quorum", got)
	}
	b, err := s.Seal()
	if err != nil {
		t.Fatal(err)
	}
	if got := s.Markets()[mBTC-1].OraclePrice; got != price(57_000) {
		t.Fatalf("price %d after an empty seal, want the quorum's %d", got, price(57_000))
	}
	if b == nil || wal.TxCount(b) != 0 || b.NewMarkets[mBTC-1].OraclePrice != price(57_000) {
		t.Fatalf("sealed batch %+v: want one without transactions carrying the move", b)
	}
	clock.Set(2_019 + int64(testProtocol().OracleMaxAgeSeconds) + 5)
	mustPlace(t, s, order(1, mBTC, true, 10_000, price(50_000), 0, 1))
	if got := s.Markets()[mBTC-1].OraclePrice; got != price(57_000) {
		t.Fatalf("price %d once the reports are stale", got)
	}
	if _, err := s.Seal(); err != nil {
		t.Fatal(err)
	}
	checkRecovered(t, s, nil)
}

// TestLiquidationStepsLimit: one account's liquidation takes at most maxLiquidationSteps transactions per run;
// with maxLiquidationSteps + 1 one-step bids that it needs them all, the first run leaves one bid and the
// account liquidatable (stuck), and the next run takes the last bid.
func TestLiquidationStepsLimit(t *testing.T) {
	r := newRiskEnv(t, 3_030_000_000, 1_000_000)
	idx := risk.NewRiskIndex()
	r.e.SetObserver(func(id uint32, a *state.Account) {
		m := r.tree.Markets()
		idx.Update(id, a, &m)
	})
	fund(t, r.e, 1, 1, 2)
	r.setPrice(56_000_000_000) // bankrupt; restoring the initial margin needs more than the whole position
	bk := book.NewBook(mBTC)
	for i := range risk.MaxLiquidationSteps + 1 {
		o := sign(order(3, mBTC, true, btcStep, 57_500_000_000, uint16(i), uint32(i+1)))
		if err := bk.Add(&book.Order{ID: uint64(i + 1), Signed: o, Remaining: btcStep}); err != nil {
			t.Fatal(err)
		}
	}
	l := &risk.Liquidator{Engine: r.e, Tree: r.tree, Index: idx, Config: &r.cfg, Sources: []risk.LiquiditySource{
		&risk.BookSource{Books: func(uint8) *book.Book { return bk }}}}
	stuck, err := l.Run([]uint8{mBTC})
	if err != nil || len(stuck) != 1 || stuck[0].ID != 1 || l.Liquidations != risk.MaxLiquidationSteps || bk.Len() != 1 {
		t.Fatalf("first run: stuck %v, err %v, %d liquidations, %d bids left", stuck, err, l.Liquidations, bk.Len())
	}
	if _, err := l.Account(1); err != nil || l.Liquidations != risk.MaxLiquidationSteps+1 || bk.Len() != 0 {
		t.Fatalf("second run: err %v, %d liquidations, %d bids left", err, l.Liquidations, bk.Len())
	}
}

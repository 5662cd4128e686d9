package sequencer

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/feed"
	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/internal/risk"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// TestRiskIndexThresholds checks that a single-market account is a candidate exactly when it is liquidatable,
// at every price around its threshold, for longs and shorts, with and without a tier and unsettled funding.
func TestRiskIndexThresholds(t *testing.T) {
	rng := rand.New(rand.NewPCG(testSeed(t), 1))
	markets := simMarkets()
	markets[mBTC-1].FundingIndex = 1_000_003
	for range 300 {
		a := state.EmptyAccount()
		s := int64(1+rng.IntN(4_000)) * btcStep
		if rng.IntN(2) == 0 {
			s = -s
		}
		a.CollateralQuantums = rng.Int64N(400_000_000_000) - 200_000_000_000
		a.Positions[0] = state.Position{Market: mBTC, SizeQuantums: s, FundingIndex: rng.Int64N(2_000_000)}
		x := risk.NewRiskIndex()
		x.Update(7, &a, &markets)
		e := x.Where[7]
		if !e.Single {
			t.Fatal("single-market account not indexed by threshold")
		}
		for _, d := range []int64{-2, -1, 0, 1, 2} {
			p := e.Thr + d
			if p <= 0 || p >= int64(state.MaxPrice) {
				continue
			}
			m := markets
			m[mBTC-1].OraclePrice = uint64(p)
			set := a
			if _, err := state.SettleFunding(&set, &m); err != nil {
				t.Fatal(err)
			}
			want := state.ComputeRisk(&set, &m).Liquidatable()
			got := slices.Contains(x.Candidates(&m, []uint8{mBTC}), 7)
			if got != want {
				t.Fatalf("size %d collateral %d threshold %d price %d: candidate %v, liquidatable %v", s, a.CollateralQuantums, e.Thr, p, got, want)
			}
		}
	}
}

// TestLiquidatorPartial: a liquidatable account is closed only as far as needed to restore TV ≥ IMR (healthy),
// so that the next tick against it does not liquidate it again.
func TestLiquidatorPartial(t *testing.T) {
	r := newRiskEnv(t, 3_030_000_000, 1_000_000)
	idx := risk.NewRiskIndex()
	r.e.SetObserver(func(id uint32, a *state.Account) {
		m := r.tree.Markets()
		idx.Update(id, a, &m)
	})
	fund(t, r.e, 1, 1, 2) // index both accounts through the observer
	r.setPrice(57_900_000_000)
	s := &sim{t: t, keys: map[uint32]*wire.Key{3: devKey(3)}, nonce: map[uint32]uint32{3: 1000}}
	l := &risk.Liquidator{Engine: r.e, Tree: r.tree, Index: idx, Config: &r.cfg, Sources: []risk.LiquiditySource{liqSource{s: s, id: 3}}}
	l.OnReject = func(err error) { t.Log(err) }
	stuck, err := l.Run([]uint8{mBTC})
	if err != nil || len(stuck) != 0 || l.Liquidations != 1 {
		t.Fatalf("stuck %v, err %v, liquidations %d", stuck, err, l.Liquidations)
	}
	markets := r.tree.Markets()
	a := r.acct(1)
	state.SettleFunding(&a, &markets)
	if !state.ComputeRisk(&a, &markets).Healthy() {
		t.Fatal("not restored to the initial margin")
	}
	sz := engine.PositionSize(&a, mBTC)
	if sz <= 0 || sz >= 1_000_000 {
		t.Fatalf("size %d: not a partial liquidation", sz)
	}
	// one step less closed would leave it unhealthy
	b := a
	b.Positions[0].SizeQuantums += btcStep
	b.CollateralQuantums -= btcStep * 57_900
	if state.ComputeRisk(&b, &markets).Healthy() {
		t.Fatalf("closed more than needed: size %d", sz)
	}
}

// liqSource quotes at the oracle price from account id.
type liqSource struct {
	s  *sim
	id uint32
}

func (liqSource) Filled(uint64) {}

func (l liqSource) Offer(m uint8, isBuy bool, _ uint32, markets *state.Markets) (state.SignedOrder, uint64, bool) {
	mk := markets.Get(m)
	l.s.nonce[l.id]++
	n := l.s.nonce[l.id]
	return l.s.keys[l.id].SignOrder(state.OrderMsg{AccountID: l.id, Market: m, IsBuy: isBuy, Slot: uint16(n % 4096), Nonce: n,
		ExpirySeconds: 1 << 39, MaxFeePpm: 1_000, SizeQuantums: 1_000_000_000, LimitPrice: mk.OraclePrice / mk.TickSize * mk.TickSize}), 1_000_000_000, true
}

func TestFundingSampler(t *testing.T) {
	if p := feed.PremiumPpm(101, 103, 100); p != 20_000 {
		t.Fatalf("premium %d", p)
	}
	if p := feed.PremiumPpm(97, 98, 100); p != -30_000 { // mid 97 (floor)
		t.Fatalf("premium %d", p)
	}
	var f feed.FundingSampler
	f.Sample(1, 1_001, 1_001, 1_000) // +1000 ppm
	f.Sample(1, 1_003, 1_003, 1_000) // +3000
	f.Sample(2, 900, 900, 1_000)     // −100000
	r := f.Rates(2_500)
	if r[0] != 2_000 || r[1] != -2_500 || r[2] != 0 {
		t.Fatalf("rates %v", r)
	}
	if r := f.Rates(2_500); r != ([state.MarketCount]int16{}) {
		t.Fatalf("rates not reset: %v", r)
	}
}

// TestSealerMarketUpdate: a batch opens with the feed's update (oracle quorum, funding tick), records it, and a
// batch sealed empty undoes it.
func TestSealerMarketUpdate(t *testing.T) {
	tree := newTree(t)
	e := engine.NewEngine(tree)
	store, err := wal.OpenBatchStore("batches", vfs.NewMem(), quiet)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	clock := &fixedClock{t: 5_000}
	s, err := engine.NewSealer(tree, e, store, clock, testConfigHash, 2)
	if err != nil {
		t.Fatal(err)
	}
	cfg := simConfig()
	of := &feed.OracleFeed{Config: &cfg, Sampler: new(feed.FundingSampler)}
	s.SetRisk(cfg, of)
	reportTime := uint64(4_990)
	oracle := func(i uint8, btc uint64) state.SignedOracleReport {
		return wire.DevKey("oracle "+string(rune('0'+i))).SignOracleReport(i, state.OracleReport{TimestampSeconds: reportTime, Prices: [8]uint64{btc, ethPrice}})
	}
	root0, m0, g0 := tree.Root(), tree.Markets(), tree.Globals()
	// An update that moves no price and no funding index (no reports, no premium: a tick at rate 0) is undone
	// by an empty seal.
	if _, err := s.Begin(); err != nil {
		t.Fatal(err)
	}
	if b, err := s.Seal(); b != nil || err != nil {
		t.Fatalf("empty seal %v %v", b, err)
	}
	if tree.Root() != root0 || tree.Markets() != m0 || tree.Globals() != g0 {
		t.Fatal("an empty batch left its market update behind")
	}
	of.SetReports([]state.SignedOracleReport{oracle(1, 59_000_000_000), oracle(2, 59_500_000_000), oracle(3, 61_000_000_000)})
	of.Sampler.Sample(mBTC, 60_060_000_000, 60_060_000_000, btcPrice)
	if _, err := s.Begin(); err != nil {
		t.Fatal(err)
	}
	tx, err := e.Deposit(depositRec(1, 5))
	if err != nil {
		t.Fatal(err)
	}
	s.Add(tx)
	b, err := s.Seal()
	if err != nil {
		t.Fatal(err)
	}
	if b.Markets != m0 || b.NewMarkets != tree.Markets() || !b.Market.Tick || len(b.Market.Reports) != state.OracleQuorum ||
		b.Market.Record.Prices[0] != 59_500_000_000 || b.Market.Record.RatesPpm[0] != 1_000 || b.Config != cfg {
		t.Fatalf("batch market update %+v", b.Market)
	}
	if b.Header.OldRoot != root0 || b.Header.NewRoot != state.StateRoot(b.NewAccountsRoot, &b.NewMarkets, b.NewGlobals) {
		t.Fatal("batch roots")
	}
	// An update that moves a price is kept: the batch is sealed without transactions. Its reports are newer
	// than the batch that last moved a price (the markets' last oracle time).
	clock.t, reportTime = 5_002, 5_001
	of.SetReports([]state.SignedOracleReport{oracle(1, 57_000_000_000), oracle(2, 58_000_000_000), oracle(3, 61_000_000_000)})
	root1 := tree.Root()
	if _, err := s.Begin(); err != nil {
		t.Fatal(err)
	}
	if b, err = s.Seal(); err != nil || b == nil || wal.TxCount(b) != 0 || b.Header.OldRoot != root1 {
		t.Fatalf("empty seal of a price move: %v, %v", b, err)
	}
	if m := tree.Markets(); m[0].OraclePrice != 58_000_000_000 || m[0].LastOracleTimeSeconds != 5_002 || b.NewMarkets != m || b.Header.NewRoot != tree.Root() {
		t.Fatalf("markets after an empty seal of a price move %+v", m[0])
	}
}

type fixedClock struct{ t int64 }

func (c *fixedClock) Now() time.Time { return time.Unix(c.t, 0) }

// TestLiquidatorBookFirst: the liquidator takes the book's resting bid first, then the backstop.
func TestLiquidatorBookFirst(t *testing.T) {
	r := newRiskEnv(t, 3_030_000_000, 1_000_000)
	idx := risk.NewRiskIndex()
	r.e.SetObserver(func(id uint32, a *state.Account) {
		m := r.tree.Markets()
		idx.Update(id, a, &m)
	})
	fund(t, r.e, 1, 1, 2)
	r.setPrice(57_900_000_000)
	bk := book.NewBook(mBTC)
	rest := sign(order(3, mBTC, true, 100_000, 57_950_000_000, 77, 1))
	if err := bk.Add(&book.Order{ID: 1, Signed: rest, Remaining: 100_000}); err != nil {
		t.Fatal(err)
	}
	s := &sim{t: t, keys: map[uint32]*wire.Key{3: devKey(3)}, nonce: map[uint32]uint32{3: 1000}}
	l := &risk.Liquidator{Engine: r.e, Tree: r.tree, Index: idx, Config: &r.cfg, Sources: []risk.LiquiditySource{
		&risk.BookSource{Books: func(m uint8) *book.Book {
			if m == mBTC {
				return bk
			}
			return nil
		}}, liqSource{s: s, id: 3}}}
	var prices []uint64
	l.Record = func(tx *state.TxTrace) error { prices = append(prices, tx.Record.Liquidate.Price); return nil }
	stuck, err := l.Run([]uint8{mBTC})
	if err != nil || len(stuck) != 0 {
		t.Fatalf("stuck %v, err %v", stuck, err)
	}
	if bk.Len() != 0 || len(prices) != 2 || prices[0] != 57_950_000_000 || prices[1] != 57_900_000_000 {
		t.Fatalf("book %d orders, liquidation prices %v", bk.Len(), prices)
	}
	if sl, _ := r.tree.Slot(3, 77); sl.Filled != 100_000 {
		t.Fatalf("resting order's slot %+v", sl)
	}
}

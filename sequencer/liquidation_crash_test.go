package sequencer

import (
	"encoding/json"
	"maps"
	"math/big"
	"slices"
	"testing"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/events"
	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/internal/risk"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// crash is the crash scenario of issue 18, driven through the service's public API.
type crash struct {
	t        *testing.T
	env      *crashEnv
	clock    *fakeClock
	s        *Service
	ids      []uint32
	deposits uint64
	nonce    map[uint32]uint32
	owner    map[uint32]uint32 // account → the account whose key signs for it
	now      int64
	taps     map[uint32]*streamTap
	msgs     map[uint32][]map[string]json.RawMessage
	checked  int // deleveragings checked against the ranking
}

const (
	crashBTC  = 1_000_000 // one BTC in base quantums
	crashETH  = 10_000    // one ETH
	isoBTC    = state.L2AccountBase + 1
	isoETH    = state.L2AccountBase + 2
	isoOwner  = 13
	usdc      = 1_000_000 // one USDC in quote quantums
	crashSeed = 2_001
)

func ethPx(usd uint64) uint64 { return usd * 100_000_000 }

// place places an order of account id (signed by its owner's key) and returns its result.
func (c *crash) place(id uint32, m uint8, buy bool, size, px uint64) *book.PlaceResult {
	c.t.Helper()
	c.nonce[id]++
	n := c.nonce[id]
	k := id
	if o, ok := c.owner[id]; ok {
		k = o
	}
	r, err := c.s.PlaceOrder(devKey(k).SignOrder(order(id, m, buy, size, px, uint16(n), n)))
	if err != nil {
		c.t.Fatalf("account %d order %d: %v", id, n, err)
	}
	return r
}

// oracle moves the clock 10 s and submits a signed quorum of the two prices, then runs every check.
func (c *crash) oracle(btc, eth uint64, what string) {
	c.t.Helper()
	c.now += 10
	c.clock.Set(c.now)
	prev := c.s.liq.Record
	c.s.liq.Record = func(tx *state.TxTrace) error {
		if tx.Record.Deleverage != nil {
			c.checkRanking(tx)
		}
		return prev(tx)
	}
	defer func() { c.s.liq.Record = prev }()
	if _, err := c.s.SubmitOracleReports(testReports(uint64(c.now-1), [state.MarketCount]uint64{btc, eth}, 0, 1, 2)); err != nil {
		c.t.Fatalf("%s: %v", what, err)
	}
	if c.t.Failed() {
		c.t.FailNow()
	}
	c.checkState(what)
}

// checkState asserts conservation, Σ long = Σ short in every market, and that no account is liquidatable
// while the book holds an order it could take at no worse than its bankruptcy price.
func (c *crash) checkState(what string) {
	c.t.Helper()
	g := c.s.tree.Globals()
	total := new(big.Int).SetUint64(g.FeePoolQuantums)
	total.Add(total, big.NewInt(g.InsuranceFundQuantums))
	var net [state.MarketCount]int64
	markets := c.s.tree.Markets()
	for _, id := range c.ids {
		a, err := c.s.tree.Account(id)
		if err != nil {
			c.t.Fatal(err)
		}
		total.Add(total, big.NewInt(a.CollateralQuantums))
		for _, p := range a.Positions {
			if p.Market != 0 {
				net[p.Market-1] += p.SizeQuantums
			}
		}
		set, _ := risk.SettledAccount(&a, &markets)
		if r := state.ComputeRisk(&set, &markets); r.Liquidatable() {
			if m, px, ok := c.absorbs(id, &set, r, &markets); ok {
				c.t.Fatalf("%s: account %d stays liquidatable while market %d's book holds an order at %d, no worse than its bankruptcy price", what, id, m, px)
			}
		}
	}
	if total.Cmp(new(big.Int).SetUint64(c.deposits)) != 0 {
		c.t.Fatalf("%s: Σ collateral + insurance fund + fee pool = %v, deposits %d", what, total, c.deposits)
	}
	for i, n := range net {
		if n != 0 {
			c.t.Fatalf("%s: market %d: Σ long − Σ short = %d", what, i+1, n)
		}
	}
}

// absorbs reports whether a resting order of another account, on the side that reduces one of settled
// account a's positions, would take one step of it at no worse than its bankruptcy price (no insurance
// payment needed), and names the market and the price.
func (c *crash) absorbs(id uint32, a *state.Account, r *state.Risk, markets *state.Markets) (uint8, uint64, bool) {
	for k, p := range a.Positions {
		mk := markets.Get(p.Market)
		if p.SizeQuantums == 0 || mk == nil {
			continue
		}
		o := bestOther(c.s.books[p.Market-1], p.SizeQuantums > 0, id)
		if o == nil {
			continue
		}
		s1, cash := p.SizeQuantums-int64(mk.StepSize), int64(mk.StepSize*o.Price()/state.PriceScale)
		if p.SizeQuantums < 0 {
			s1, cash = p.SizeQuantums+int64(mk.StepSize), -cash
		}
		base := engine.WithSize(*a, k, p.Market, s1, mk)
		base.CollateralQuantums += cash
		if engine.LeastCash(r, state.ComputeRisk(&base, markets)).Sign() <= 0 {
			return p.Market, o.Price(), true
		}
	}
	return 0, 0, false
}

// checkRanking runs inside the command, under the service's lock: it reports with Errorf (never FailNow,
// which would leave the lock held) and oracle stops the test after the command. It asserts that a deleveraging happens only when the book holds no order that could take one of
// the account's positions at no worse than its bankruptcy price, and that its counterparty ranks first (RankDeleveraging: profit at the oracle
// price from the entry prices, then leverage, then id) among the accounts that held an opposite position and
// were not liquidatable just before it, but for those that closing at the bankrupt account's price would have
// made liquidatable.
func (c *crash) checkRanking(tx *state.TxTrace) {
	c.t.Helper()
	d := tx.Record.Deleverage
	markets := c.s.tree.Markets()
	mk := markets.Get(d.Market)
	a := tx.A.Before
	settle := func(x state.Account) (state.Account, *state.Risk) {
		set, _ := risk.SettledAccount(&x, &markets)
		return set, state.ComputeRisk(&set, &markets)
	}
	setA, rA := settle(a)
	s := engine.PositionSize(&setA, d.Market)
	if m, px, ok := c.absorbs(d.Deleveraged, &setA, rA, &markets); ok {
		c.t.Errorf("account %d deleveraged while market %d's book holds an order at %d, no worse than its bankruptcy price", d.Deleveraged, m, px)
		return
	}
	var cs []risk.DeleverageCandidate
	for _, id := range c.ids {
		if id == d.Deleveraged {
			continue
		}
		b, err := c.s.tree.Account(id)
		if err != nil {
			c.t.Error(err)
			return
		}
		if id == d.Counterparty {
			b = tx.B.Before
		}
		setB, rB := settle(b)
		sb := engine.PositionSize(&setB, d.Market)
		if (s < 0 && sb <= 0) || (s > 0 && sb >= 0) || rB.Liquidatable() {
			continue
		}
		profit := new(big.Int)
		if e, ok := c.s.entries.Get(id, d.Market); ok {
			profit = risk.UnrealizedPnL(sb, mk.OraclePrice, e)
		}
		cs = append(cs, risk.DeleverageCandidate{ID: id, Size: state.AbsSize(sb), Profit: profit, Leverage: risk.AccountLeverage(&setB, rB, &markets)})
	}
	risk.RankDeleveraging(cs)
	for _, x := range cs {
		if x.ID == d.Counterparty {
			c.checked++
			return
		}
		// A better-ranked candidate is skipped only when the deleveraging would make it liquidatable.
		q := min(state.AbsSize(s), x.Size)
		if c.s.liq.CounterpartyStays(&setA, rA, x.ID, d.Market, s, q, &markets) {
			c.t.Errorf("deleveraging of account %d went to account %d, but account %d ranks first (%v)", d.Deleveraged, d.Counterparty, x.ID, cs)
			return
		}
	}
	c.t.Errorf("deleveraging counterparty %d is not a candidate (%v)", d.Counterparty, cs)
}

// drain reads every subscribed stream up to a sentinel: a one-quantum deposit to each subscribed account,
// whose account message closes what the stream has to say before it.
func (c *crash) drain() {
	c.t.Helper()
	for _, id := range slices.Sorted(maps.Keys(c.taps)) {
		rec := depositRec(id, 1)
		if o, ok := c.owner[id]; ok {
			rec.PubKey, rec.L1Address = devKey(o).PubKey().Compressed(), l1(o)
		}
		if _, err := c.s.Deposit(rec); err != nil {
			c.t.Fatal(err)
		}
		c.deposits++
		seq := c.s.ilog.LastSeq()
		got := c.taps[id].until(c.t, func(m map[string]json.RawMessage) bool {
			var v struct{ Seq uint64 }
			b, _ := json.Marshal(m)
			json.Unmarshal(b, &v)
			return msgType(m) == "account" && v.Seq == seq
		})
		c.msgs[id] = append(c.msgs[id], got...)
	}
}

// TestLiquidationCrash (issue 18, item 6): a market maker, ≈ 19× BTC longs (one with a bid of its own on top
// of the book), moderate longs, shorts, a cross account long BTC and ETH, isolated BTC and ETH sub-accounts;
// BTC −30 % in one oracle tick, then −10 %, a one-tick 10 % wrong price and its correction, then ETH −30 % and
// a funding tick at the capped rate.
// After every tick: conservation to the quantum, Σ long = Σ short, no account liquidatable while the book
// holds an order it could take at no worse than its bankruptcy price, and every deleveraging against the
// best-ranked counterparty. The subscribed accounts hear "liquidatable" before each liquidation message, one
// message per event of their history, and the isolated accounts' owner hears nothing of them.
func TestLiquidationCrash(t *testing.T) {
	deposits := map[uint32]uint64{1: 5_000_000 * usdc, 6: 20_000 * usdc, 7: 20_000 * usdc, 8: 100_000 * usdc,
		9: 10_000 * usdc, 10: 30_000 * usdc, 11: 5_000 * usdc, 12: 30_000 * usdc, isoOwner: 20_000 * usdc,
		14: 3_500 * usdc, 15: 3_500 * usdc, 16: 60_000 * usdc, 17: 5_000 * usdc}
	for id := uint32(2); id <= 5; id++ {
		deposits[id] = 3_200 * usdc // 1 BTC at 60,000: 18.75×
	}
	env, clock := liqEnv(t, deposits)
	c := &crash{t: t, env: env, clock: clock, s: env.svc, nonce: map[uint32]uint32{}, now: crashSeed,
		owner: map[uint32]uint32{isoBTC: isoOwner, isoETH: isoOwner}, taps: map[uint32]*streamTap{}, msgs: map[uint32][]map[string]json.RawMessage{}}
	for id, v := range deposits {
		c.ids = append(c.ids, id)
		c.deposits += v
	}
	c.ids = append(c.ids, isoBTC, isoETH)
	slices.Sort(c.ids)
	for i, sub := range []struct {
		id   uint32
		mode uint8
		amt  uint64
	}{{isoBTC, mBTC, 3_000 * usdc}, {isoETH, mETH, 1_500 * usdc}} {
		tr := devKey(isoOwner).SignTransfer(state.TransferMsg{FromAccount: isoOwner, ToAccount: sub.id, Slot: uint16(4000 + i), Nonce: uint32(4000 + i),
			ExpirySeconds: 1 << 32, AmountQuantums: sub.amt, MarginMode: sub.mode})
		if _, err := c.s.Transfer(tr); err != nil {
			t.Fatal(err)
		}
	}
	// Opening trades, all against the maker (account 1); account 8 shorts 2 BTC at 66,000.
	c.place(8, mBTC, false, 2*crashBTC, price(66_000))
	c.place(1, mBTC, true, 2*crashBTC, price(66_000))
	c.place(1, mBTC, false, 15*crashBTC/2, price(60_000))
	for _, l := range []struct {
		id   uint32
		size uint64
	}{{2, crashBTC}, {3, crashBTC}, {4, crashBTC}, {5, crashBTC}, {6, crashBTC}, {7, crashBTC}, {12, crashBTC}, {isoBTC, crashBTC / 2}} {
		c.place(l.id, mBTC, true, l.size, price(60_000))
	}
	c.place(1, mBTC, true, 7*crashBTC/2, price(60_000))
	for _, s := range []struct {
		id   uint32
		size uint64
	}{{9, crashBTC}, {10, 2 * crashBTC}, {11, crashBTC / 2}} {
		c.place(s.id, mBTC, false, s.size, price(60_000))
	}
	c.place(1, mETH, false, 34*crashETH, ethPx(3_000))
	for _, l := range []struct {
		id   uint32
		size uint64
	}{{12, 10 * crashETH}, {14, 10 * crashETH}, {15, 10 * crashETH}, {isoETH, 4 * crashETH}} {
		c.place(l.id, mETH, true, l.size, ethPx(3_000))
	}
	c.place(1, mETH, true, 30*crashETH, ethPx(3_000))
	c.place(16, mETH, false, 20*crashETH, ethPx(3_000))
	c.place(17, mETH, false, 10*crashETH, ethPx(3_000))
	// The liquidated accounts' own bids on top; the maker's ladders below.
	c.place(2, mBTC, true, crashBTC/100, price(59_000))
	c.place(14, mETH, true, crashETH, ethPx(2_999))
	for _, l := range []struct{ px, size uint64 }{{58_000, 1}, {50_000, 2}, {45_000, 4}, {41_000, 6}, {38_000, 8}, {30_000, 20}} {
		c.place(1, mBTC, true, l.size*crashBTC/2, price(l.px))
	}
	for _, l := range []struct{ px, size uint64 }{{2_998, 5}, {2_500, 10}, {2_300, 20}, {2_000, 50}} {
		c.place(1, mETH, true, l.size*crashETH, ethPx(l.px))
	}
	c.checkState("opening")
	for _, id := range []uint32{2, 8, 12, isoOwner, 14, isoETH} {
		c.taps[id] = tapAccount(t, c.s, id)
	}
	ownerBefore, _, _ := c.s.Account(isoOwner)

	c.oracle(price(42_000), ethPx(3_000), "BTC −30 %")
	c.oracle(price(37_800), ethPx(3_000), "BTC −10 %")
	c.oracle(price(41_580), ethPx(3_000), "BTC wrong tick")
	c.oracle(price(37_800), ethPx(3_000), "BTC correction")
	if _, err := c.s.Seal(); err != nil {
		t.Fatal(err)
	}
	if p := c.s.Markets()[mBTC-1].OraclePrice; p != price(37_800) {
		t.Fatalf("BTC price %d after the correction and a seal", p)
	}
	c.oracle(price(37_800), ethPx(2_100), "ETH −30 %")
	// A funding interval later, with the maker's bids far above the oracle: funding at its cap.
	idx := c.s.Markets()[mBTC-1].FundingIndex
	c.now += int64(testProtocol().FundingIntervalSeconds)
	c.oracle(price(37_800), ethPx(2_100), "funding tick")
	if d := c.s.Markets()[mBTC-1].FundingIndex - idx; d != state.FundingDelta(int16(testProtocol().MaxFundingRatePpm), price(37_800)) {
		t.Errorf("BTC funding index moved %d at the tick, want the cap's %d", d, state.FundingDelta(int16(testProtocol().MaxFundingRatePpm), price(37_800)))
	}
	c.drain()

	liqs, delevs := c.s.liq.Liquidations, c.s.liq.Deleverages
	t.Logf("%d liquidations, %d deleveragings; insurance fund %d", liqs, delevs, c.s.tree.Globals().InsuranceFundQuantums)
	for _, id := range slices.Sorted(maps.Keys(c.taps)) {
		t.Logf("account %d heard %s", id, describe(c.msgs[id]))
	}
	if liqs == 0 || delevs == 0 || c.checked != delevs {
		t.Fatalf("%d liquidations, %d deleveragings, %d checked against the ranking", liqs, delevs, c.checked)
	}
	owner, _, _ := c.s.Account(isoOwner)
	if owner.CollateralQuantums != ownerBefore.CollateralQuantums+1 || len(c.s.mustHistory(t, isoOwner)) != 0 {
		t.Fatalf("the isolated accounts' owner changed: %d → %d", ownerBefore.CollateralQuantums, owner.CollateralQuantums)
	}
	for _, id := range slices.Sorted(maps.Keys(c.taps)) {
		c.checkMessages(id)
	}
	for _, id := range []uint32{isoBTC, isoETH, 2, 14} {
		if len(c.s.mustHistory(t, id)) == 0 {
			t.Errorf("account %d has no liquidation history", id)
		}
	}
	if _, err := c.s.Seal(); err != nil {
		t.Fatal(err)
	}
	checkRecovered(t, c.s, nil)
}

// checkMessages asserts that account id's stream carried one "liquidation" message per event of its history,
// in order, and, in each command that liquidated or deleveraged it, a "liquidatable" health message first.
func (c *crash) checkMessages(id uint32) {
	c.t.Helper()
	hist := c.s.mustHistory(c.t, id)
	slices.Reverse(hist)
	var got []wire.RiskEventJSON
	warned := map[uint64]bool{}
	for _, m := range c.msgs[id] {
		var v struct{ Seq uint64 }
		b, _ := json.Marshal(m)
		json.Unmarshal(b, &v)
		switch summary(m) {
		case "health:liquidatable":
			warned[v.Seq] = true
		}
		if msgType(m) == "liquidation" {
			l := decodeMsg[events.LiquidationMsg](c.t, m)
			if l.Kind != risk.RiskDeleveragedAgainst && !warned[l.Seq] {
				c.t.Errorf("account %d: %s at seq %d without a liquidatable warning first (%s)", id, l.Kind, l.Seq, describe(c.msgs[id]))
			}
			got = append(got, l.RiskEventJSON)
		}
	}
	markets := c.s.Markets()
	if len(got) != len(hist) {
		c.t.Fatalf("account %d: %d liquidation messages, history of %d (%s)", id, len(got), len(hist), describe(c.msgs[id]))
	}
	for i := range hist {
		if want := risk.NewRiskEventJSON(&hist[i], markets.Get(hist[i].Market)); got[i] != want {
			c.t.Fatalf("account %d message %d: %+v, history %+v", id, i, got[i], want)
		}
	}
}

// mustHistory returns account id's whole liquidation history, newest first.
func (s *Service) mustHistory(t *testing.T, id uint32) []risk.RiskEvent {
	t.Helper()
	h, err := s.RiskHistory(id, 1<<20)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// bestOther returns the best order of side buy of b that is not account's own, or nil (written apart from the
// liquidator's walk, which it checks).
func bestOther(b *book.Book, buy bool, account uint32) *book.Order {
	var best *book.Order
	b.Each(func(o *book.Order) bool {
		if o.IsBuy() != buy || o.Account() == account {
			return true
		}
		if best == nil || (buy && o.Price() > best.Price()) || (!buy && o.Price() < best.Price()) {
			best = o
		}
		return true
	})
	return best
}

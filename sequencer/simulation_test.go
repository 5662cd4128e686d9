package sequencer

import (
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/internal/risk"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

func simOps(t testing.TB, def int) int {
	if v := os.Getenv("PERPX_SIM_OPS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if testing.Short() {
		return def / 10
	}
	return def
}

const (
	simBackstop   = uint32(1)
	simUsers      = 120
	simFundingSec = 3600
)

func simConfig() state.Config {
	var c state.Config
	for i := range c.OracleKeys {
		c.OracleKeys[i] = wire.DevKey("oracle " + strconv.Itoa(i)).PubKey()
	}
	c.MaxFundingRatePpm = 2_000
	c.FundingIntervalSeconds = simFundingSec
	c.OracleMaxAgeSeconds = 60
	c.LiquidationFeePpm = 10_000
	return c
}

func simMarkets() state.Markets {
	m := testMarkets()
	btc := &m[mBTC-1]
	btc.TierSizeQuantums, btc.TierImfPpm, btc.TierMmfPpm = 2_000_000, 100_000, 60_000
	return m
}

// sim is one randomized run on a real Pebble tree.
type sim struct {
	t      testing.TB
	rng    *rand.Rand
	tree   *statedb.Tree
	e      *engine.Engine
	cfg    state.Config
	feed   *OracleFeed
	idx    *risk.RiskIndex
	liq    *risk.Liquidator
	keys   map[uint32]*wire.Key // account → signing key (a sub-account signs with its owner's key)
	oracle [state.OracleKeys]*wire.Key
	nonce  map[uint32]uint32
	now    uint64

	// mirror of every written leaf, kept by the engine's observer
	accts     map[uint32]state.Account
	ids       []uint32 // accounts that exist, in creation order
	nextSub   uint32
	deposits  *big.Int
	withdrawn *big.Int
	exhausted map[uint32]bool
	settledOI map[int]*[2]int64 // longs and shorts of each settled market (index) at the last check

	roots []fr.Element
	stats map[string]int
	// counters
	batchOps, batches, writes int
}

func newSim(t testing.TB, seed uint64, dir string) *sim {
	tree, err := statedb.Open(dir, statedb.WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tree.Close() })
	if err := tree.SetMarkets(simMarkets()); err != nil {
		t.Fatal(err)
	}
	tree.SetGlobals(state.Globals{SystemTimeSeconds: 1_000, LastFundingTimeSeconds: 1_000})
	if err := tree.Commit(); err != nil {
		t.Fatal(err)
	}
	s := &sim{
		t: t, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), tree: tree, e: engine.NewEngine(tree), cfg: simConfig(),
		idx: risk.NewRiskIndex(), keys: make(map[uint32]*wire.Key), nonce: make(map[uint32]uint32), now: 1_000,
		accts: make(map[uint32]state.Account), nextSub: state.L2AccountBase, deposits: new(big.Int),
		withdrawn: new(big.Int), exhausted: make(map[uint32]bool), stats: make(map[string]int), settledOI: make(map[int]*[2]int64),
	}
	for i := range s.oracle {
		s.oracle[i] = wire.DevKey("oracle " + strconv.Itoa(i))
	}
	s.feed = &OracleFeed{Config: &s.cfg, Sampler: new(FundingSampler)}
	s.e.SetObserver(func(id uint32, a *state.Account) {
		if _, ok := s.accts[id]; !ok {
			s.ids = append(s.ids, id)
		}
		s.accts[id] = *a
		s.writes++
		delete(s.exhausted, id)
		markets := s.tree.Markets()
		s.idx.Update(id, a, &markets)
	})
	s.liq = &risk.Liquidator{Engine: s.e, Tree: tree, Index: s.idx, Config: &s.cfg, Sources: []risk.LiquiditySource{backstop{s}}}
	s.liq.Record = func(tx *state.TxTrace) error {
		if l := tx.Record.Liquidate; l != nil {
			s.stats["liquidation fees"] += int(l.LiquidationFee)
			s.stats["insurance payments"] += int(l.InsurancePayQuant)
		}
		return nil
	}
	s.liq.OnReject = func(err error) {
		var re *wire.RuleError
		if errors.As(err, &re) {
			s.stats["liquidation rejected: "+errors.Unwrap(re.Err).Error()]++
		}
	}
	s.beginBatch(nil)
	return s
}

func (s *sim) key(id uint32) *wire.Key {
	k, ok := s.keys[id]
	if !ok {
		k = wire.DevKey("sim " + strconv.FormatUint(uint64(id), 10))
		s.keys[id] = k
	}
	return k
}

func (s *sim) nextNonce(id uint32) (uint16, uint32) {
	s.nonce[id]++
	n := s.nonce[id]
	return uint16(n % (1 << state.SlotTreeDepth)), n
}

// backstop is the liquidity source of the simulation: account 1 quotes any size at the oracle price, rounded
// to the tick in favour of the liquidated account (so a solvent account never needs the insurance fund).
type backstop struct{ s *sim }

func (backstop) Filled(uint64) {}

func (b backstop) Offer(m uint8, isBuy bool, _ uint32, markets *state.Markets) (state.SignedOrder, uint64, bool) {
	mk := markets.Get(m)
	p := mk.OraclePrice / mk.TickSize * mk.TickSize
	if isBuy && p < mk.OraclePrice {
		p += mk.TickSize
	}
	if p == 0 {
		p = mk.TickSize
	}
	slot, n := b.s.nextNonce(simBackstop)
	size := uint64(1<<40) / mk.StepSize * mk.StepSize
	o := state.OrderMsg{AccountID: simBackstop, Market: m, IsBuy: isBuy, Slot: slot, Nonce: n, ExpirySeconds: 1 << 39,
		MaxFeePpm: 1_000, SizeQuantums: size, LimitPrice: p}
	return b.s.key(simBackstop).SignOrder(o), size, true
}

// beginBatch closes the current batch and opens the next at s.now with the feed's update (reports, if any).
func (s *sim) beginBatch(reports []state.SignedOracleReport) {
	t := s.t
	g := s.tree.Globals()
	g.SystemTimeSeconds = s.e.BatchTime()
	s.tree.SetGlobals(g)
	s.roots = append(s.roots, s.tree.Root())
	s.batches++
	if s.batches%8 == 0 {
		if err := s.tree.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.e.SetBatchTime(s.now); err != nil {
		t.Fatal(err)
	}
	if reports != nil {
		s.feed.SetReports(reports)
	}
	before := s.tree.Markets()
	g = s.tree.Globals()
	u := s.feed.MarketUpdate(s.now, &before, g, state.FundingDue(&s.cfg, g, s.now))
	if err := s.e.UpdateMarkets(&s.cfg, &u); err != nil {
		t.Fatalf("market update: %v", err)
	}
	after := s.tree.Markets()
	if u.Tick {
		s.stats["funding ticks"]++
	}
	funded := FundedMarkets(&before, &after)
	if len(funded) > 0 {
		if err := s.idx.Rebuild(s.tree, funded); err != nil {
			t.Fatal(err)
		}
	}
	moved := append(MovedMarkets(&before, &after), funded...)
	if len(moved) > 0 {
		s.liquidate(moved)
	}
	s.batchOps = 0
}

func (s *sim) liquidate(moved []uint8) {
	l0, d0 := s.liq.Liquidations, s.liq.Deleverages
	stuck, err := s.liq.Run(moved)
	if err != nil {
		s.t.Fatalf("liquidator: %v", err)
	}
	markets := s.tree.Markets()
	g := s.tree.Globals()
	for _, r := range stuck {
		s.exhausted[r.ID] = true
		a := s.accts[r.ID]
		state.SettleFunding(&a, &markets)
		risk := state.ComputeRisk(&a, &markets)
		cover := new(big.Int).Add(new(big.Int).Mul(big.NewInt(g.InsuranceFundQuantums), big.NewInt(state.PriceScale)), &risk.TV)
		switch {
		case !risk.Bankrupt():
			s.stats["exhausted: not bankrupt"]++
		case cover.Sign() >= 0:
			s.stats["exhausted: bankrupt, fund covers"]++
		default:
			s.stats["exhausted: no counterparty"]++
		}
	}
	s.stats["liquidations"] += s.liq.Liquidations - l0
	s.stats["deleverages"] += s.liq.Deleverages - d0
	s.stats["exhausted"] += len(stuck)
	s.checkNoneLiquidatable()
}

// checkNoneLiquidatable checks every account of the mirror (the test's oracle, not the index).
func (s *sim) checkNoneLiquidatable() {
	markets := s.tree.Markets()
	for _, id := range s.ids {
		if s.exhausted[id] {
			continue
		}
		a := s.accts[id]
		if _, err := state.SettleFunding(&a, &markets); err != nil {
			s.t.Fatal(err)
		}
		if state.ComputeRisk(&a, &markets).Liquidatable() {
			s.t.Fatalf("account %d stays liquidatable after the liquidation run (index has %v): %+v", id, s.idx.Where[id], a)
		}
	}
}

func (s *sim) checkInvariants(step int) {
	g := s.tree.Globals()
	sum := big.NewInt(g.InsuranceFundQuantums)
	sum.Add(sum, new(big.Int).SetUint64(g.FeePoolQuantums))
	var long, short [state.MarketCount]int64
	for _, a := range s.accts {
		sum.Add(sum, big.NewInt(a.CollateralQuantums))
		for _, p := range a.Positions {
			if p.Market == 0 {
				continue
			}
			if p.SizeQuantums > 0 {
				long[p.Market-1] += p.SizeQuantums
			} else {
				short[p.Market-1] -= p.SizeQuantums
			}
		}
	}
	want := new(big.Int).Sub(s.deposits, s.withdrawn)
	if sum.Cmp(want) != 0 {
		s.t.Fatalf("step %d: Σ collateral + insurance + fees = %v, deposits − withdrawals = %v", step, sum, want)
	}
	markets := s.tree.Markets()
	for i := range markets {
		// A settled market's positions are closed against the insurance fund as their accounts are touched:
		// the two sides only shrink.
		settled := markets[i].Status == state.MarketSettled
		if oi, seen := s.settledOI[i]; seen && (long[i] > oi[0] || short[i] > oi[1]) {
			s.t.Fatalf("step %d: market %d settled with longs %d, shorts %d; open interest grew to %d, %d", step, i+1,
				s.settledOI[i][0], s.settledOI[i][1], long[i], short[i])
		}
		if settled {
			s.settledOI[i] = &[2]int64{long[i], short[i]}
		} else if long[i] != short[i] {
			s.t.Fatalf("step %d: market %d: longs %d ≠ shorts %d", step, i+1, long[i], short[i])
		}
	}
}

func (s *sim) count(op string, err error) {
	if err == nil {
		s.stats[op]++
		return
	}
	if wire.IsFatal(err) {
		s.t.Fatalf("%s: %v", op, err)
	}
	var re *wire.RuleError
	if !errors.As(err, &re) {
		s.t.Fatalf("%s: untyped error %v", op, err)
	}
	s.stats[op+" rejected"]++
	s.stats[op+" rejected: "+errors.Unwrap(re.Err).Error()]++
}

func (s *sim) randomAccount() (uint32, bool) {
	if len(s.ids) < 2 {
		return 0, false
	}
	id := s.ids[s.rng.IntN(len(s.ids))]
	return id, id != simBackstop
}

func (s *sim) deposit(id uint32, amount uint64) {
	k := s.key(id)
	if id >= state.L2AccountBase {
		return
	}
	_, err := s.e.Deposit(state.DepositRecord{AccountID: id, AmountQuantums: amount, L1Address: l1(id), PubKey: k.PubKey().Compressed()})
	if err == nil {
		s.deposits.Add(s.deposits, new(big.Int).SetUint64(amount))
	}
	s.count("deposit", err)
}

// free returns an account's free margin (TV − IMR) in quote quantums, a float for the generator only.
func (s *sim) free(id uint32, markets *state.Markets) float64 {
	x := s.accts[id]
	state.SettleFunding(&x, markets)
	r := state.ComputeRisk(&x, markets)
	f, _ := new(big.Float).SetInt(new(big.Int).Sub(new(big.Int).Mul(&r.TV, engine.PpmScale), &r.IMR)).Float64()
	return max(f/(state.PriceScale*state.PpmScale), 0)
}

func (s *sim) trade() {
	a, okA := s.randomAccount()
	if !okA {
		return
	}
	acc := s.accts[a]
	m := uint8(1 + s.rng.IntN(2))
	if acc.MarginMode != 0 && s.rng.IntN(10) != 0 { // mostly respect isolation; sometimes test it
		m = uint8(acc.MarginMode)
	}
	markets := s.tree.Markets()
	// the maker: the account with the most free margin among four random ones that may trade m
	b, bestFree := uint32(0), -1.0
	for range 4 {
		c, ok := s.randomAccount()
		if bm := s.accts[c].MarginMode; !ok || c == a || (bm != 0 && bm != uint16(m) && s.rng.IntN(10) != 0) {
			continue
		}
		if f := s.free(c, &markets); f > bestFree {
			b, bestFree = c, f
		}
	}
	if b == 0 {
		return
	}
	mk := markets.Get(m)
	dev := (s.rng.Float64() - 0.5) * 0.01
	price := max(uint64(float64(mk.OraclePrice)*(1+dev))/mk.TickSize*mk.TickSize, mk.TickSize)
	// Size the trade from the free margin of both sides (a generator heuristic, in floats): up to 110 % of
	// what the tighter one can open, so some trades are rejected at the boundary.
	frac := float64(mk.ImfPpm+mk.TakerFeePpm)/state.PpmScale + math.Abs(dev)
	notional := min(s.free(a, &markets), bestFree) / frac * (0.2 + 0.9*s.rng.Float64())
	q := uint64(notional*state.PriceScale/float64(price)) / mk.StepSize * mk.StepSize
	q = min(q, uint64(1<<40)/mk.StepSize*mk.StepSize)
	buy := s.rng.IntN(2) == 0
	if sz := engine.PositionSize(&acc, m); sz != 0 && (q == 0 || s.rng.IntN(3) == 0) { // close part of the position
		q = max(state.AbsSize(sz)/2/mk.StepSize*mk.StepSize, mk.StepSize)
		buy = sz < 0
	}
	if q == 0 {
		q = mk.StepSize // no free margin: rejected unless it reduces
	}
	sa, na := s.nextNonce(a)
	sb, nb := s.nextNonce(b)
	taker := s.key(a).SignOrder(state.OrderMsg{AccountID: a, Market: m, IsBuy: buy, Slot: sa, Nonce: na, ExpirySeconds: 1 << 39,
		MaxFeePpm: 1_000, SizeQuantums: q, LimitPrice: price})
	maker := s.key(b).SignOrder(state.OrderMsg{AccountID: b, Market: m, IsBuy: !buy, Slot: sb, Nonce: nb, ExpirySeconds: 1 << 39,
		MaxFeePpm: 1_000, SizeQuantums: q, LimitPrice: price})
	_, err := s.e.Trade(taker, maker, q)
	if err == nil {
		s.feed.Sampler.Sample(m, price, price, mk.OraclePrice)
	}
	s.count("trade", err)
}

// forcedTrade applies a forced trade from the L1 queue between two random accounts: most close part of A's
// position in a market it holds, at a price near the oracle's; the rest open one. Valid or not, the engine
// settles both accounts; a valid one moves the positions and the quote exactly.
func (s *sim) forcedTrade() {
	a, okA := s.randomAccount()
	b, okB := s.randomAccount()
	if !okA || !okB || a == b {
		return
	}
	accA, accB := s.accts[a], s.accts[b]
	m := uint8(1 + s.rng.IntN(2))
	markets := s.tree.Markets()
	mk := markets.Get(m)
	q := mk.StepSize * uint64(1+s.rng.IntN(100))
	buy := s.rng.IntN(2) == 0
	if sz := engine.PositionSize(&accA, m); sz != 0 && s.rng.IntN(4) != 0 {
		q = max(state.AbsSize(sz)/2/mk.StepSize*mk.StepSize, mk.StepSize)
		buy = sz < 0
	}
	dev := (s.rng.Float64() - 0.5) * 0.02
	price := max(uint64(float64(mk.OraclePrice)*(1+dev))/mk.TickSize*mk.TickSize, mk.TickSize)
	r := state.ForcedTradeRecord{Market: m, AIsBuy: buy, AccountA: a, AccountB: b, SizeQuantums: q, Price: price,
		AddrA: accA.L1Address, AddrB: accB.L1Address}
	if s.rng.IntN(10) == 0 {
		r.AddrB[0] ^= 1 // a consent from the wrong address: provably invalid
	}
	tx, err := s.e.ForcedTrade(r)
	if err == nil && tx.Record.ForcedTrade.Valid {
		s.stats["forced trade valid"]++
	}
	s.count("forced trade", err)
}

// lifecycle moves market 2 along its lifecycle through MarketParams records from the L1 queue: reduce-only at
// a third of the run, settled at two thirds (at its oracle price, frozen from then on).
func (s *sim) lifecycle(step, n int) {
	status := uint8(0)
	switch step {
	case n / 3:
		status = state.MarketReduceOnly
	case 2 * n / 3:
		status = state.MarketSettled
	default:
		return
	}
	markets := s.tree.Markets()
	mk := markets.Get(mETH)
	_, err := s.e.MarketParams(state.MarketParamsRecord{Market: mETH, Status: status, ImfPpm: mk.ImfPpm, MmfPpm: mk.MmfPpm,
		TierImfPpm: mk.TierImfPpm, TierMmfPpm: mk.TierMmfPpm})
	if err != nil {
		s.t.Fatalf("market params at step %d: %v", step, err)
	}
	s.stats["market params"]++
}

func (s *sim) withdraw(forced bool) {
	id, ok := s.randomAccount()
	if !ok {
		return
	}
	acc := s.accts[id]
	amount := uint64(1 + s.rng.Int64N(max(acc.CollateralQuantums/2, 1)))
	if forced {
		tx, err := s.e.ForcedWithdraw(state.ForcedWithdrawalRecord{AccountID: id, AmountQuantums: amount, L1Address: acc.L1Address})
		if err == nil && tx.Record.ForcedWithdrawal.Valid {
			s.withdrawn.Add(s.withdrawn, new(big.Int).SetUint64(amount))
			s.stats["forced withdrawal valid"]++
		}
		s.count("forced withdrawal", err)
		return
	}
	slot, n := s.nextNonce(id)
	w := s.key(id).SignWithdrawal(state.WithdrawalMsg{AccountID: id, Slot: slot, Nonce: n, ExpirySeconds: 1 << 39,
		AmountQuantums: amount, L1Address: acc.L1Address})
	_, err := s.e.Withdraw(w)
	if err == nil {
		s.withdrawn.Add(s.withdrawn, new(big.Int).SetUint64(amount))
	}
	s.count("withdrawal", err)
}

func (s *sim) transfer() {
	from, ok := s.randomAccount()
	if !ok {
		return
	}
	acc := s.accts[from]
	to, _ := s.randomAccount()
	mode := uint8(0)
	switch r := s.rng.IntN(10); {
	case r < 3 && from < state.L2AccountBase: // open a sub-account, cross or isolated
		to = s.nextSub
		mode = uint8(s.rng.IntN(3))
	case r == 3: // an empty account below the L2 base: rejected
		to = simUsers + 1000 + uint32(s.rng.IntN(1000))
	}
	amount := uint64(1 + s.rng.Int64N(max(acc.CollateralQuantums/3, 1)))
	slot, n := s.nextNonce(from)
	tr := s.key(from).SignTransfer(state.TransferMsg{FromAccount: from, ToAccount: to, Slot: slot, Nonce: n,
		ExpirySeconds: 1 << 39, AmountQuantums: amount, MarginMode: mode})
	_, err := s.e.Transfer(tr)
	if err == nil && to == s.nextSub {
		s.keys[to] = s.key(from)
		s.nextSub++
		s.stats["sub-accounts"]++
	}
	if to >= simUsers+1000 && to < state.L2AccountBase && err == nil {
		s.t.Fatalf("transfer creating account %d below the L2 base: %v", to, err)
	}
	s.count("transfer", err)
}

// oracleMove starts a batch with new prices: a random walk, or a 30 % crash (or spike).
func (s *sim) oracleMove() {
	markets := s.tree.Markets()
	var base [state.MarketCount]uint64
	crash := s.rng.IntN(25) == 0
	for i := range markets {
		if markets[i].Status == state.MarketUnlisted {
			continue
		}
		f := 1 + s.rng.NormFloat64()*0.01
		if crash {
			f = 0.7
			if s.rng.IntN(3) == 0 {
				f = 1.3
			}
		}
		base[i] = uint64(math.Max(float64(markets[i].OraclePrice)*f, 1e6))
	}
	if crash {
		s.stats["crashes"]++
	}
	step := 1 + s.rng.IntN(20)
	s.now += uint64(step)
	signers := []uint8{0, 1, 2, 3, 4}
	s.rng.Shuffle(len(signers), func(i, j int) { signers[i], signers[j] = signers[j], signers[i] })
	signers = signers[:state.OracleQuorum]
	slices.Sort(signers)
	reports := make([]state.SignedOracleReport, 0, state.OracleQuorum)
	for _, k := range signers {
		// Reports are newer than the last price move (at most the previous step's time): prices only move
		// forward (docs/PROTOCOL.md §5).
		r := state.OracleReport{TimestampSeconds: s.now - uint64(s.rng.IntN(step))}
		for i, p := range base {
			if p != 0 {
				r.Prices[i] = p + uint64(s.rng.IntN(3))*1000
			}
		}
		reports = append(reports, s.oracle[k].SignOracleReport(k, r))
	}
	s.beginBatch(reports)
	s.stats["oracle moves"]++
}

// run applies n random operations, checking the invariants after each.
func (s *sim) run(n int) {
	s.deposit(simBackstop, 1<<53)
	for id := uint32(2); id < simUsers; id++ {
		s.deposit(id, uint64(1_000_000_000+s.rng.Int64N(50_000_000_000)))
	}
	for step := range n {
		s.lifecycle(step, n)
		switch r := s.rng.IntN(100); {
		case r < 8:
			s.deposit(uint32(2+s.rng.IntN(simUsers-2)), uint64(1+s.rng.Int64N(20_000_000_000)))
		case r < 69:
			s.trade()
		case r < 70:
			s.forcedTrade()
		case r < 76:
			s.withdraw(false)
		case r < 78:
			s.withdraw(true)
		case r < 86:
			s.transfer()
		case r < 96:
			s.oracleMove()
		case r < 97:
			s.now += simFundingSec
			s.beginBatch(nil)
		default:
			s.now += uint64(s.rng.IntN(30))
			s.beginBatch(nil)
		}
		s.checkInvariants(step)
	}
	s.beginBatch(nil)
	if err := s.tree.Commit(); err != nil {
		s.t.Fatal(err)
	}
}

func TestSimulationRisk(t *testing.T) {
	seed := envSeed(t)
	n := simOps(t, 100_000)
	start := time.Now()
	s := newSim(t, seed, t.TempDir())
	s.run(n)
	el := time.Since(start)
	g := s.tree.Globals()
	t.Logf("%d ops, %d batches in %v (%.0f ops/s); accounts %d (indexed %d); insurance %d, fees %d",
		n, s.batches, el.Round(time.Millisecond), float64(n)/el.Seconds(), len(s.ids), s.idx.Len(), g.InsuranceFundQuantums, g.FeePoolQuantums)
	// The insurance fund clears funding, and the closes of a settled market's positions at its final price,
	// lazily: what it has paid out beyond what it received is owed by positions not settled since (Σ of what the
	// accounts' next settlements move), up to liquidation fees and insurance payments.
	// Exactly: (fund − fees + payments)·S + Σ unsettled ∈ [0, writes·S) (each settlement rounds up by < 1).
	markets := s.tree.Markets()
	unsettled := new(big.Int)
	for _, a := range s.accts {
		unsettled.Add(unsettled, state.SettlementOwed(&a, &markets))
	}
	d := big.NewInt(g.InsuranceFundQuantums - int64(s.stats["liquidation fees"]) + int64(s.stats["insurance payments"]))
	d.Mul(d, big.NewInt(state.PriceScale))
	d.Add(d, unsettled)
	if d.Sign() < 0 || d.Cmp(new(big.Int).Mul(big.NewInt(int64(s.writes)), big.NewInt(state.PriceScale))) >= 0 {
		t.Errorf("settlements do not clear through the insurance fund: residue %v (scaled) after %d writes", d, s.writes)
	}
	t.Logf("unsettled funding and settled-market closes owed to the fund: %v quote quantums; settlement rounding kept by the fund: %v",
		new(big.Int).Quo(unsettled, big.NewInt(state.PriceScale)), d.Quo(d, big.NewInt(state.PriceScale)))
	keys := make([]string, 0, len(s.stats))
	for k := range s.stats {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		t.Logf("  %-26s %d", k, s.stats[k])
	}
	if s.stats["liquidations"] == 0 || s.stats["trade"] == 0 || s.stats["funding ticks"] == 0 || s.stats["transfer"] == 0 ||
		s.stats["forced trade valid"] == 0 || s.stats["market params"] != 2 {
		t.Errorf("the run exercised too little: %v", s.stats)
	}
}

// TestSimulationDeterministic runs one seed twice and compares every batch root byte for byte.
func TestSimulationDeterministic(t *testing.T) {
	seed := envSeed(t)
	n := simOps(t, 3_000) / 2
	var roots [2][]fr.Element
	for i := range roots {
		s := newSim(t, seed, t.TempDir())
		s.run(n)
		roots[i] = s.roots
	}
	if len(roots[0]) != len(roots[1]) {
		t.Fatalf("%d vs %d batches", len(roots[0]), len(roots[1]))
	}
	for i := range roots[0] {
		a, b := roots[0][i].Bytes(), roots[1][i].Bytes()
		if a != b {
			t.Fatalf("batch %d: root %x vs %x", i, a, b)
		}
	}
	t.Logf("%d batches, final root %s", len(roots[0]), fmt.Sprintf("%x", roots[0][len(roots[0])-1].Bytes()))
}

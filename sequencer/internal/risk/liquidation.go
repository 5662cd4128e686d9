package risk

import (
	"cmp"
	"errors"
	"maps"
	"math/big"
	"slices"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// RiskIndex finds the accounts a price move makes liquidatable without visiting every account. It is kept up
// to date by the engine (Engine.SetObserver) on every account write.
//
// An account with positions in one market (every isolated account, and most cross accounts) is liquidatable
// exactly when that market's price crosses a threshold computed from its settled leaf: below it for a long,
// above it for a short (ties resolved exactly, no rounding). Such accounts sit in per-market lists sorted by
// threshold, so a move finds them by binary search. An account with positions in several markets depends on
// several prices; it sits in each of its markets' multi sets and is checked exactly when one of them moves.
// A funding tick changes what every position owes; Rebuild recomputes the thresholds of the ticked markets'
// holders once per tick.
type RiskIndex struct {
	markets [state.MarketCount]marketIndex
	Where   map[uint32]indexEntry
}

type marketIndex struct {
	longs  []thrEntry // sorted by thr: liquidatable iff price < thr
	shorts []thrEntry // sorted by thr: liquidatable iff price > thr
	multi  map[uint32]struct{}
	count  int // accounts with a position in the market
}

type thrEntry struct {
	thr int64
	id  uint32
}

type indexEntry struct {
	Single  bool
	market  uint8
	long    bool
	Thr     int64
	markets []uint8 // every market of the account's positions
}

// NewRiskIndex returns an empty index.
func NewRiskIndex() *RiskIndex {
	x := &RiskIndex{Where: make(map[uint32]indexEntry)}
	for i := range x.markets {
		x.markets[i].multi = make(map[uint32]struct{})
	}
	return x
}

func cmpThr(a, b thrEntry) int {
	if c := cmp.Compare(a.thr, b.thr); c != 0 {
		return c
	}
	return cmp.Compare(a.id, b.id)
}

func insertThr(s []thrEntry, e thrEntry) []thrEntry {
	i, _ := slices.BinarySearchFunc(s, e, cmpThr)
	return slices.Insert(s, i, e)
}

func removeThr(s []thrEntry, e thrEntry) []thrEntry {
	if i, ok := slices.BinarySearchFunc(s, e, cmpThr); ok {
		return slices.Delete(s, i, i+1)
	}
	return s
}

func (x *RiskIndex) remove(id uint32) {
	old, ok := x.Where[id]
	if !ok {
		return
	}
	delete(x.Where, id)
	for _, m := range old.markets {
		x.markets[m-1].count--
	}
	if !old.Single {
		for _, m := range old.markets {
			delete(x.markets[m-1].multi, id)
		}
		return
	}
	mi := &x.markets[old.market-1]
	if old.long {
		mi.longs = removeThr(mi.longs, thrEntry{old.Thr, id})
	} else {
		mi.shorts = removeThr(mi.shorts, thrEntry{old.Thr, id})
	}
}

// Update records account id as it is in the tree (a leaf is settled at the indices of its last update), indexed
// by its positions after settlement: a position in a settled market, which the next settlement closes, counts
// for nothing.
func (x *RiskIndex) Update(id uint32, a *state.Account, markets *state.Markets) {
	x.remove(id)
	set := *a
	if _, err := state.SettleFunding(&set, markets); err != nil {
		set = *a
	}
	var ms []uint8
	for _, p := range set.Positions {
		if p.Market != 0 && markets.Get(p.Market) != nil {
			ms = append(ms, p.Market)
		}
	}
	if len(ms) == 0 {
		return
	}
	e := indexEntry{markets: ms}
	for _, m := range ms {
		x.markets[m-1].count++
	}
	if len(ms) > 1 {
		for _, m := range ms {
			x.markets[m-1].multi[id] = struct{}{}
		}
		x.Where[id] = e
		return
	}
	m := ms[0]
	e.Single, e.market = true, m
	s := set.Positions[set.PositionIndex(m)].SizeQuantums
	_, mmf := markets.Get(m).Fractions(s)
	// The account's TV less its one position is its collateral, C·S; its MMR less the position's is 0.
	tvRest := new(big.Int).Mul(big.NewInt(set.CollateralQuantums), big.NewInt(state.PriceScale))
	thr := state.LiquidationPrice(tvRest, new(big.Int), s, mmf)
	mi := &x.markets[m-1]
	if s > 0 {
		// Liquidatable at P < thr (nil: at every price if TV < 0, never otherwise).
		e.long = true
		e.Thr = clampThr(thr == nil && tvRest.Sign() < 0, thr)
		mi.longs = insertThr(mi.longs, thrEntry{e.Thr, id})
	} else {
		// Liquidatable at P > thr.
		e.Thr = clampThr(false, thr)
		mi.shorts = insertThr(mi.shorts, thrEntry{e.Thr, id})
	}
	x.Where[id] = e
}

// clampThr maps a threshold to int64, keeping its meaning for prices in [0, 2^48): always (for a long: above
// every price) when always is set, never when v is nil.
func clampThr(always bool, v *big.Int) int64 {
	const lo, hi = -1, int64(state.MaxPrice) + 1
	switch {
	case always:
		return hi
	case v == nil:
		return lo
	case v.Cmp(big.NewInt(lo)) < 0:
		return lo
	case v.Cmp(big.NewInt(hi)) > 0:
		return hi
	}
	return v.Int64()
}

// Candidates returns, in increasing id order, the accounts that may be liquidatable at the prices of markets
// after a move of the markets in moved: single-market accounts past their threshold and every multi-market
// account holding a moved market. The caller checks each exactly.
func (x *RiskIndex) Candidates(markets *state.Markets, moved []uint8) []uint32 {
	seen := make(map[uint32]struct{})
	var out []uint32
	add := func(id uint32) {
		if _, ok := seen[id]; !ok {
			seen[id] = struct{}{}
			out = append(out, id)
		}
	}
	for _, m := range moved {
		mk := markets.Get(m)
		if mk == nil {
			continue
		}
		mi := &x.markets[m-1]
		p := int64(mk.OraclePrice)
		// longs with thr > p
		i, _ := slices.BinarySearchFunc(mi.longs, thrEntry{p, ^uint32(0)}, cmpThr)
		for _, e := range mi.longs[i:] {
			add(e.id)
		}
		// shorts with thr < p
		j, _ := slices.BinarySearchFunc(mi.shorts, thrEntry{p, 0}, cmpThr)
		for _, e := range mi.shorts[:j] {
			add(e.id)
		}
		for id := range mi.multi {
			add(id)
		}
	}
	slices.Sort(out)
	return out
}

// Holders returns the accounts with a position in market m, in increasing id order.
func (x *RiskIndex) Holders(m uint8) []uint32 {
	mi := &x.markets[m-1]
	out := make([]uint32, 0, mi.count)
	for _, e := range mi.longs {
		out = append(out, e.id)
	}
	for _, e := range mi.shorts {
		out = append(out, e.id)
	}
	for id := range mi.multi {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// Len returns the number of indexed accounts (those with positions).
func (x *RiskIndex) Len() int { return len(x.Where) }

// Rebuild recomputes the entries of the holders of the markets in ms from the tree (after a funding tick).
func (x *RiskIndex) Rebuild(tree engine.Tree, ms []uint8) error {
	markets := tree.Markets()
	seen := make(map[uint32]bool)
	for _, m := range ms {
		for _, id := range x.Holders(m) {
			if seen[id] {
				continue
			}
			seen[id] = true
			a, err := tree.Account(id)
			if err != nil {
				return engine.ReadFailed(err)
			}
			x.Update(id, &a, &markets)
		}
	}
	return nil
}

// LiquiditySource offers maker orders to close a liquidated position.
type LiquiditySource interface {
	// Offer returns a signed order of side isBuy in market m that is not the account's own, and how much of
	// it is left (its size minus what its slot has filled), or false.
	Offer(m uint8, isBuy bool, account uint32, markets *state.Markets) (o state.SignedOrder, left uint64, ok bool)
	// Filled reports that the last offer was filled by q.
	Filled(q uint64)
}

// A Walker is a LiquiditySource that offers more than one order: like a taker, the liquidator walks it in
// price-time priority, passing over orders it cannot take.
type Walker interface {
	LiquiditySource
	// Reset starts a new walk (a new liquidated account): every order may be offered again.
	Reset()
	// Pass moves the walk past the last offer, so that Offer returns the next order. With drop set, the
	// order is removed from its book (ReasonRejected): its maker failed the engine's checks for it, as
	// matching removes such a maker.
	Pass(drop bool)
}

// MaxLiquidationSteps bounds the transactions (liquidations and deleveragings) and the passed offers of one
// account's liquidation in one run: a liquidation that walks a deep book takes one transaction per order.
const MaxLiquidationSteps = 512

// BookWalk is the walk of one book side: the orders passed since the last reset and the last offer.
type BookWalk struct {
	passed map[walkKey]bool
	Book   *book.Book
	Id     uint64
}

// walkKey names a resting order of one market's book.
type walkKey struct {
	market uint8
	id     uint64
}

// Offer returns the first order of side buy of b in price-time priority that is neither account's own nor
// passed, and records it as the last offer.
func (w *BookWalk) Offer(b *book.Book, buy bool, account uint32) (state.SignedOrder, uint64, bool) {
	w.Book, w.Id = nil, 0
	if b == nil {
		return state.SignedOrder{}, 0, false
	}
	s := b.Side(buy)
	for i := len(s.Refs) - 1; i >= 0; i-- {
		for h := b.Levels[s.Refs[i]].Head; h != 0; h = b.Nodes[h].Next {
			o := &b.Nodes[h].Order
			if o.Account() == account || w.passed[walkKey{b.Market(), o.ID}] {
				continue
			}
			w.Book, w.Id = b, o.ID
			return o.Signed, o.Remaining, true
		}
	}
	return state.SignedOrder{}, 0, false
}

// Reset forgets the passed orders.
func (w *BookWalk) Reset() { clear(w.passed) }

// Pass marks the last offer as passed, removing it from its book when drop is set.
func (w *BookWalk) Pass(drop bool) {
	if w.Book == nil {
		return
	}
	if drop {
		if h := w.Book.Ids.Get(w.Id); h != 0 {
			w.Book.Remove(h, book.ReasonRejected)
		}
	} else {
		if w.passed == nil {
			w.passed = make(map[walkKey]bool)
		}
		w.passed[walkKey{w.Book.Market(), w.Id}] = true
	}
	w.Book, w.Id = nil, 0
}

// BookSource offers the resting orders of a market's book, best first, skipping the liquidated account's own,
// and takes the liquidation's fill from the order filled (a Walker).
type BookSource struct {
	Books func(m uint8) *book.Book
	walk  BookWalk
}

// Offer implements LiquiditySource.
func (s *BookSource) Offer(m uint8, isBuy bool, account uint32, _ *state.Markets) (state.SignedOrder, uint64, bool) {
	return s.walk.Offer(s.Books(m), isBuy, account)
}

// Filled implements LiquiditySource: the fill is taken from the resting order.
func (s *BookSource) Filled(q uint64) {
	if b := s.walk.Book; b != nil {
		if h := b.Ids.Get(s.walk.Id); h != 0 {
			b.Fill(h, q)
		}
	}
}

// Reset implements Walker.
func (s *BookSource) Reset() { s.walk.Reset() }

// Pass implements Walker.
func (s *BookSource) Pass(drop bool) { s.walk.Pass(drop) }

// Liquidator closes liquidatable accounts (docs/PROTOCOL.md §5 Liquidate and Deleverage): against the
// liquidity source at its orders' prices, partially when that restores TV ≥ IMR; the insurance fund pays
// shortfalls; an account that is bankrupt beyond what the fund covers is deleveraged against opposite
// positions ranked by profit, then leverage.
type Liquidator struct {
	Engine *engine.Engine
	Tree   engine.Tree
	Index  *RiskIndex
	Config *state.Config
	// Sources are tried in order for each liquidation (e.g. the books, then a backstop liquidator account).
	Sources []LiquiditySource
	// Profit ranks deleveraging counterparties (higher first); nil ranks by leverage only.
	Profit func(id uint32, m uint8) *big.Int
	// Record receives every executed transaction, in order (the service adds them to its batch).
	Record func(*state.TxTrace) error
	// OnReject, if set, receives every rejected liquidation attempt (diagnostics).
	OnReject func(error)

	Liquidations, Deleverages int
	touched                   []uint32 // deleveraging counterparties of the account being liquidated
	ranks                     *deleverageRanks
}

// LiquidationResult says how an account's liquidation ended.
type LiquidationResult struct {
	ID uint32
	// Exhausted is set when the account stays liquidatable because no liquidity and no deleveraging
	// counterparty was left.
	Exhausted bool
}

// Run liquidates every liquidatable account among the index's candidates for a move of the markets in moved
// (those whose price or funding index changed; call Index.Rebuild for the funded ones first) and returns the
// accounts that stay liquidatable (no liquidity, deleveraging exhausted or not allowed).
func (l *Liquidator) Run(moved []uint8) ([]LiquidationResult, error) {
	markets := l.Tree.Markets()
	var stuck []LiquidationResult
	queue := l.Index.Candidates(&markets, moved)
	done := make(map[uint32]bool)
	l.ranks = newDeleverageRanks(&markets)
	defer func() { l.ranks = nil }()
	// A deleveraging counterparty closes at the bankrupt account's price, worse than the oracle's for it: it
	// may become liquidatable in turn, so it is queued too.
	l.touched = nil
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		ok, err := l.Account(id)
		if err != nil {
			return stuck, err
		}
		done[id] = true
		if !ok {
			stuck = append(stuck, LiquidationResult{ID: id, Exhausted: true})
		}
		for _, b := range l.touched {
			if !done[b] && !slices.Contains(queue, b) {
				queue = append(queue, b)
			} else if done[b] {
				// liquidate it again after its deleveraging
				done[b] = false
				queue = append(queue, b)
				stuck = slices.DeleteFunc(stuck, func(r LiquidationResult) bool { return r.ID == b })
			}
		}
		l.touched = nil
	}
	return stuck, nil
}

// SettledRisk returns id's leaf after funding settlement and its risk.
func (l *Liquidator) SettledRisk(id uint32, markets *state.Markets) (state.Account, *state.Risk, error) {
	a, err := l.Tree.Account(id)
	if err != nil {
		return a, nil, engine.ReadFailed(err)
	}
	if _, err := state.SettleFunding(&a, markets); err != nil {
		return a, nil, err
	}
	return a, state.ComputeRisk(&a, markets), nil
}

// Account liquidates account id until it is no longer liquidatable and reports whether that was reached.
// Each walking source starts a new walk for it. Each step takes liquidity for the account's positions in
// decreasing order of maintenance margin, the first position with liquidity; only when no position has any is
// the largest one deleveraged.
func (l *Liquidator) Account(id uint32) (bool, error) {
	markets := l.Tree.Markets()
	for _, src := range l.Sources {
		if w, ok := src.(Walker); ok {
			w.Reset()
		}
	}
	for range MaxLiquidationSteps {
		a, r, err := l.SettledRisk(id, &markets)
		if err != nil {
			return false, err
		}
		if !r.Liquidatable() {
			return true, nil
		}
		order := liquidationOrder(&a, &markets)
		if len(order) == 0 {
			return false, nil
		}
		done := false
		for _, k := range order {
			p := a.Positions[k]
			if done, err = l.takeLiquidity(id, &a, r, p.Market, p.SizeQuantums, &markets); err != nil {
				return false, err
			}
			if done {
				break
			}
		}
		if !done {
			p := a.Positions[order[0]]
			if done, err = l.deleverage(id, &a, r, p.Market, p.SizeQuantums, &markets); err != nil || !done {
				return false, err
			}
		}
	}
	return false, nil
}

// liquidationOrder returns the slots of a's positions in active or reduce-only markets, the largest
// maintenance margin first (ties: the lower slot).
func liquidationOrder(a *state.Account, markets *state.Markets) []int {
	type pos struct {
		k   int
		mmr *big.Int
	}
	var ps []pos
	for k, p := range a.Positions {
		mk := markets.Get(p.Market)
		if mk == nil || p.SizeQuantums == 0 || (mk.Status != state.MarketActive && mk.Status != state.MarketReduceOnly) {
			continue
		}
		_, mmf := mk.Fractions(p.SizeQuantums)
		v := new(big.Int).SetUint64(state.AbsSize(p.SizeQuantums))
		v.Mul(v, new(big.Int).SetUint64(mk.OraclePrice))
		v.Mul(v, big.NewInt(int64(mmf)))
		ps = append(ps, pos{k, v})
	}
	slices.SortStableFunc(ps, func(x, y pos) int { return y.mmr.Cmp(x.mmr) })
	out := make([]int, len(ps))
	for i := range ps {
		out[i] = ps[i].k
	}
	return out
}

// takeLiquidity liquidates part of id's position s in market m (a settled, risk r) against the first order
// of the sources it can take, and reports whether it did. It walks each Walker like a taker walks the
// book, in price-time priority: it passes over orders it cannot take (an order a reduce-only maker cannot
// fill, a size below one step), drops an order whose maker fails the engine's checks (as matching does), and
// stops at the first order the insurance fund cannot pay for (every later one is at a worse price). Orders
// no worse than the bankruptcy price come first, so the fund pays only for what they cannot absorb.
func (l *Liquidator) takeLiquidity(id uint32, a *state.Account, r *state.Risk, m uint8, s int64, markets *state.Markets) (bool, error) {
	mk := markets.Get(m)
	aBuys := s < 0
	for _, src := range l.Sources {
		w, walks := src.(Walker)
		for range MaxLiquidationSteps {
			o, left, ok := src.Offer(m, !aBuys, id, markets)
			if !ok {
				break
			}
			q := min(l.partialSize(a, r, m, s, o.Msg.LimitPrice, markets), left-left%mk.StepSize)
			if o.Msg.Flags&state.FlagReduceOnly != 0 {
				q = min(q, l.reducible(o.Msg.AccountID, m, o.Msg.IsBuy, mk.StepSize, markets))
			}
			if q == 0 {
				if !walks {
					break
				}
				w.Pass(false)
				continue
			}
			tx, err := l.Engine.Liquidate(l.Config, id, o, q)
			if err == nil {
				src.Filled(q)
				l.Liquidations++
				return true, l.record(tx)
			}
			if wire.IsFatal(err) {
				return false, err
			}
			if l.OnReject != nil {
				l.OnReject(err)
			}
			var re *wire.RuleError
			if !walks || errors.Is(err, engine.ErrInsuranceFund) {
				break
			}
			w.Pass(errors.As(err, &re) && re.Party == wire.PartyB)
		}
	}
	return false, nil
}

// reducible returns how much account b's reduce-only order of side buy may fill in market m: what reduces
// its position there, in steps.
func (l *Liquidator) reducible(b uint32, m uint8, buy bool, step uint64, markets *state.Markets) uint64 {
	ab, _, err := l.SettledRisk(b, markets)
	if err != nil {
		return 0
	}
	return book.ReducibleBy(engine.PositionSize(&ab, m), buy, step)
}

// deleverage closes id's position s in market m (a settled, risk r) against the best-ranked opposite position
// once, when id is bankrupt and the insurance fund cannot cover it, and reports whether it did.
func (l *Liquidator) deleverage(id uint32, a *state.Account, r *state.Risk, m uint8, s int64, markets *state.Markets) (bool, error) {
	aBuys := s < 0
	size := state.AbsSize(s)
	// The fund as the engine sees it: after a's settlement.
	raw, err := l.Tree.Account(id)
	if err != nil {
		return false, engine.ReadFailed(err)
	}
	var cover big.Int
	fund := big.NewInt(l.Tree.Globals().InsuranceFundQuantums)
	fund.Add(fund, big.NewInt(raw.CollateralQuantums))
	fund.Sub(fund, big.NewInt(a.CollateralQuantums))
	cover.Add(cover.Mul(fund, big.NewInt(state.PriceScale)), &r.TV)
	if !r.Bankrupt() || cover.Sign() >= 0 {
		return false, nil
	}
	// Deleverage against opposite positions of accounts that are not liquidatable themselves: ranked by
	// profit, then leverage, then id.
	cs, err := l.deleverageCandidates(id, m, aBuys, markets)
	if err != nil {
		return false, err
	}
	for _, c := range cs {
		q := min(size, c.Size)
		if !l.CounterpartyStays(a, r, c.ID, m, s, q, markets) {
			continue
		}
		tx, err := l.Engine.Deleverage(id, c.ID, m, q)
		if err != nil {
			if wire.IsFatal(err) {
				return false, err
			}
			continue
		}
		l.Deleverages++
		l.touched = append(l.touched, c.ID)
		return true, l.record(tx)
	}
	return false, nil
}

// DeleverageCandidate is an opposite position a deleveraging may close, with what ranks it.
type DeleverageCandidate struct {
	ID   uint32
	Size uint64 // |position| in base quantums
	// Profit is the position's unrealized profit at the oracle price, in quote quantums (Liquidator.Profit).
	Profit *big.Int
	// Leverage is the account's Σ|notional| / TV at oracle prices; a huge value stands for TV ≤ 0.
	Leverage *big.Rat
}

// MaxLeverage stands for the leverage of an account whose total value is not positive.
const MaxLeverage = 1 << 62

// RankDeleveraging sorts deleveraging candidates in the order they are deleveraged against: the most
// profitable position first, then the most leveraged account, then the lowest account id.
func RankDeleveraging(cs []DeleverageCandidate) { slices.SortFunc(cs, compareDeleverage) }

// compareDeleverage orders candidates by profit, then leverage (both higher first), then id.
func compareDeleverage(x, y DeleverageCandidate) int {
	if c := y.Profit.Cmp(x.Profit); c != 0 {
		return c
	}
	if c := y.Leverage.Cmp(x.Leverage); c != 0 {
		return c
	}
	return cmp.Compare(x.ID, y.ID)
}

// AccountLeverage returns the leverage of settled account a (risk r) at oracle prices: Σ|s·P| / TV, or
// maxLeverage when TV ≤ 0.
func AccountLeverage(a *state.Account, r *state.Risk, markets *state.Markets) *big.Rat {
	if r.TV.Sign() <= 0 {
		return new(big.Rat).SetInt64(MaxLeverage)
	}
	var n big.Int
	for _, p := range a.Positions {
		if pm := markets.Get(p.Market); pm != nil {
			n.Add(&n, new(big.Int).Mul(new(big.Int).SetUint64(state.AbsSize(p.SizeQuantums)), new(big.Int).SetUint64(pm.OraclePrice)))
		}
	}
	return new(big.Rat).SetFrac(&n, &r.TV)
}

func (l *Liquidator) record(tx *state.TxTrace) error {
	l.ranks.markDirty(tx)
	if l.Record == nil {
		return nil
	}
	return l.Record(tx)
}

// partialSize returns the least multiple of the step, up to |s|, whose liquidation at price p leaves a
// (settled, risk r) healthy (TV ≥ IMR) at oracle prices, or |s| when none does. The fee follows the engine's
// choice. The target is the initial margin, not the maintenance margin: an account liquidated only back to
// TV = MMR would be liquidatable again at the next tick against it (docs/PROTOCOL.md §5, partial liquidation).
func (l *Liquidator) partialSize(a *state.Account, r *state.Risk, m uint8, s int64, p uint64, markets *state.Markets) uint64 {
	mk := markets.Get(m)
	size := state.AbsSize(s)
	steps := size / mk.StepSize
	ok := func(n uint64) bool {
		q := n * mk.StepSize
		after, err := liquidationOutcome(a, r, m, s, q, p, l.Config.LiquidationFeePpm, markets)
		if err != nil {
			return false
		}
		return state.ComputeRisk(&after, markets).Healthy()
	}
	lo, hi := uint64(1), steps
	if steps == 0 || !ok(hi) {
		return size
	}
	for lo < hi {
		mid := lo + (hi-lo)/2
		if ok(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo * mk.StepSize
}

var errNoOutcome = errors.New("sequencer: liquidation outcome out of range")

// liquidationOutcome returns the settled account a (risk r) after a liquidation of q at price p with the
// engine's choice of fee and insurance payment.
func liquidationOutcome(a *state.Account, r *state.Risk, m uint8, s int64, q, p uint64, feePpm uint32, markets *state.Markets) (state.Account, error) {
	mk := markets.Get(m)
	i := a.PositionIndex(m)
	qp := new(big.Int).Mul(new(big.Int).SetUint64(q), new(big.Int).SetUint64(p))
	qp.Quo(qp, big.NewInt(state.PriceScale))
	s1 := s - int64(q)
	cash := new(big.Int).Set(qp)
	if s < 0 {
		s1 = s + int64(q)
		cash.Neg(cash)
	}
	base := engine.WithSize(*a, i, m, s1, mk)
	c, err := engine.AddCollateral(wire.PartyA, base.CollateralQuantums, cash)
	if err != nil {
		return base, errNoOutcome
	}
	base.CollateralQuantums = c
	if r.MMR.Sign() == 0 || !qp.IsUint64() {
		return base, nil
	}
	amounts, ok := engine.ChooseLiquidationAmounts(r, state.ComputeRisk(&base, markets), engine.CeilPpm(qp.Uint64(), feePpm))
	if !ok {
		return base, errNoOutcome
	}
	x := new(big.Int).SetUint64(amounts.InsurancePay)
	x.Sub(x, new(big.Int).SetUint64(amounts.Fee))
	if c, err = engine.AddCollateral(wire.PartyA, base.CollateralQuantums, x); err != nil {
		return base, errNoOutcome
	}
	base.CollateralQuantums = c
	return base, nil
}

// CounterpartyStays reports whether deleveraging q of a's position s in market m (a settled, risk r) against
// account b leaves b not liquidatable: b closes at a's bankruptcy price, worse than the oracle's for b.
func (l *Liquidator) CounterpartyStays(a *state.Account, r *state.Risk, b uint32, m uint8, s int64, q uint64, markets *state.Markets) bool {
	mk := markets.Get(m)
	sq := int64(q)
	if s > 0 {
		sq = -sq
	}
	base := engine.WithSize(*a, a.PositionIndex(m), m, s+sq, mk)
	c := new(big.Int)
	if r.MMR.Sign() > 0 {
		c = engine.LeastCash(r, state.ComputeRisk(&base, markets))
	}
	ab, _, err := l.SettledRisk(b, markets)
	if err != nil {
		return false
	}
	j := ab.PositionIndex(m)
	after := engine.WithSize(ab, j, m, ab.Positions[j].SizeQuantums-sq, mk)
	if after.CollateralQuantums, err = engine.AddCollateral(wire.PartyB, after.CollateralQuantums, c.Neg(c)); err != nil {
		return false
	}
	return !state.ComputeRisk(&after, markets).Liquidatable()
}

// Holds reports whether account id has a position in one of the markets ms, as the index last saw it (after
// settlement: a position in a settled market counts for nothing).
func (x *RiskIndex) Holds(id uint32, ms []uint8) bool {
	e, ok := x.Where[id]
	return ok && slices.ContainsFunc(e.markets, func(m uint8) bool { return slices.Contains(ms, m) })
}

// IDs returns the indexed accounts (those with positions), in increasing order.
func (x *RiskIndex) IDs() []uint32 {
	if len(x.Where) == 0 {
		return []uint32{}
	}
	return slices.Sorted(maps.Keys(x.Where))
}

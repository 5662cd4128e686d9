package sequencer

import (
	"maps"
	"math/big"
	"slices"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/events"
	"github.com/perpx/perpx/sequencer/feed"
	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/internal/risk"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// maxScanAccounts bounds the account ids a service scans to build its risk index when it starts on a tree
// without a checkpoint (a checkpoint lists the indexed accounts).
const maxScanAccounts = 1 << 16

// initRisk builds the risk index of the accounts ids from the tree and sets up the liquidator, whose
// liquidity is the books. The engine's observer keeps the index current from then on.
func (s *Service) initRisk(ids []uint32) error {
	s.risk = risk.NewRiskIndex()
	markets := s.tree.Markets()
	for _, id := range ids {
		a, err := s.tree.Account(id)
		if err != nil {
			return engine.ReadFailed(err)
		}
		s.risk.Update(id, &a, &markets)
	}
	s.engine.SetObserver(func(id uint32, a *state.Account) {
		markets := s.tree.Markets()
		s.risk.Update(id, a, &markets)
	})
	s.liqSrc = &serviceSource{s: s}
	s.liq = &risk.Liquidator{
		Engine: s.engine, Tree: s.tree, Index: s.risk, Config: &s.cfg.Protocol,
		Sources: []risk.LiquiditySource{s.liqSrc},
		Profit:  s.positionProfit,
		Record:  s.recordLiquidation,
	}
	return nil
}

// positionProfit ranks deleveraging counterparties (Liquidator.Profit): the unrealized profit of account
// id's position in market m at the oracle price, from its settled leaf and the average entry price the
// service keeps (the account view's unrealizedPnl); 0 when the entry price is unknown. Entry prices follow
// from the logged trades, so a replay ranks identically.
func (s *Service) positionProfit(id uint32, m uint8) *big.Int {
	markets := s.tree.Markets()
	a, err := s.tree.Account(id)
	mk := markets.Get(m)
	if err != nil || mk == nil {
		return new(big.Int)
	}
	set, _ := risk.SettledAccount(&a, &markets)
	e, ok := s.entries.Get(id, m)
	if !ok {
		return new(big.Int)
	}
	return risk.UnrealizedPnL(engine.PositionSize(&set, m), mk.OraclePrice, e)
}

// scanAccounts returns the ids below the tree's account count when it is small enough to scan.
func (s *Service) scanAccounts() []uint32 {
	t, ok := s.tree.(interface{ NumAccounts() uint32 })
	if !ok {
		return nil
	}
	n := t.NumAccounts()
	if n > maxScanAccounts {
		s.log.Warn("risk index: too many accounts to scan at start; only accounts written from now on are indexed", "accounts", n)
		return nil
	}
	ids := make([]uint32, n)
	for i := range ids {
		ids[i] = uint32(i)
	}
	return ids
}

// reindex re-reads accounts whose writes a rollback undid (the observer saw the writes, not the undo).
func (s *Service) reindex(txs []state.TxTrace) {
	markets := s.tree.Markets()
	for i := range txs {
		for _, u := range []*state.AccountUpdate{txs[i].A, txs[i].B} {
			if u == nil {
				continue
			}
			if a, err := s.tree.Account(u.ID); err == nil {
				s.risk.Update(u.ID, &a, &markets)
			}
		}
	}
}

// marketsMoved notes the markets whose price or funding index the opened batch's market update changed:
// the liquidator runs on them at the end of the command, and the command warns the subscribed accounts
// holding them whose health changed. The holders of funded markets are re-indexed now.
func (s *Service) marketsMoved(before, after *state.Markets) error {
	funded := feed.FundedMarkets(before, after)
	if len(funded) > 0 && s.risk != nil {
		if err := s.risk.Rebuild(s.tree, funded); err != nil {
			return s.fail(err)
		}
	}
	moved := append(feed.MovedMarkets(before, after), funded...)
	s.moved = addMarkets(s.moved, moved)
	if s.cmd != nil {
		s.cmd.moved = addMarkets(s.cmd.moved, moved)
	}
	return nil
}

// addMarkets appends to dst the markets of ms it does not hold yet.
func addMarkets(dst, ms []uint8) []uint8 {
	for _, m := range ms {
		if !slices.Contains(dst, m) {
			dst = append(dst, m)
		}
	}
	return dst
}

// liquidate runs the liquidator at the end of a command: on the markets a market update moved; and, after an
// order, on the accounts a previous run left liquidatable (the order may have added liquidity) and on the
// parties of the order's fills (a reducing fill may leave its account below maintenance margin). It runs as a
// consequence of logged inputs only, so a replay runs it identically.
func (s *Service) liquidate(e *wal.LogEntry) {
	if s.liq == nil || s.fatal != nil || s.cfg.Protocol.OracleKeys[0].IsZero() && s.cfg.MarketFeed == nil {
		s.moved = s.moved[:0]
		return
	}
	order := e.Kind == wal.EntryOrder || e.Kind == wal.EntryReplace
	var check []uint32
	if order {
		check = append(check, s.stuck...)
		if c := s.cmd; c != nil && slices.ContainsFunc(c.txs, func(t events.Tx) bool { return t.Trace.Record.Trade != nil }) {
			check = append(check, c.touched...)
		}
		var err error
		if check, err = s.liquidatable(check); err != nil {
			s.fail(err)
			return
		}
	}
	if len(s.moved) == 0 && len(check) == 0 {
		if order {
			s.stuck = s.stuck[:0] // every account left liquidatable was checked: none is any more
		}
		return
	}
	if err := s.begin(); err != nil {
		if wire.IsFatal(err) {
			s.fail(err)
		}
		return
	}
	moved := slices.Clone(s.moved)
	s.moved = s.moved[:0]
	s.warnLiquidatable(moved, check)
	still := make(map[uint32]bool)
	if !order {
		for _, id := range s.stuck {
			still[id] = true // not rechecked: kept for the next order
		}
	}
	if len(moved) > 0 {
		slices.Sort(moved)
		stuck, err := s.liq.Run(moved)
		if err != nil {
			s.fail(err)
			return
		}
		for _, r := range stuck {
			still[r.ID] = true
		}
	}
	for _, id := range check {
		if still[id] {
			continue
		}
		ok, err := s.liq.Account(id)
		if err != nil {
			s.fail(err)
			return
		}
		if !ok {
			still[id] = true
		}
	}
	s.stuck = slices.Sorted(maps.Keys(still))
	if len(s.stuck) > 0 && !s.replaying {
		s.log.Warn("accounts stay liquidatable: no liquidity and no deleveraging counterparty", "accounts", s.stuck)
	}
}

// liquidatable returns the accounts of ids (without repeats, in order) that are liquidatable now.
func (s *Service) liquidatable(ids []uint32) ([]uint32, error) {
	markets := s.tree.Markets()
	var out []uint32
	for _, id := range ids {
		if slices.Contains(out, id) {
			continue
		}
		_, r, err := s.liq.SettledRisk(id, &markets)
		if err != nil {
			if wire.IsFatal(err) {
				return nil, err
			}
			continue
		}
		if r.Liquidatable() {
			out = append(out, id)
		}
	}
	return out, nil
}

// recordLiquidation adds a liquidator's transaction to the open batch like a fill: a liquidation's fill is
// taken from the resting order it filled (book and trade events, fill history), and a new batch opens at once
// if this one sealed full, for the liquidator's next transaction.
func (s *Service) recordLiquidation(tx *state.TxTrace) error {
	if l := tx.Record.Liquidate; l != nil {
		src := &s.liqSrc.walk
		if b := src.Book; b != nil {
			if h := b.Ids.Get(src.Id); h != 0 {
				if b.Listener != nil {
					b.Listener.Trade(book.TradeEvent{
						Market: l.Market, Seq: b.NextSeq(), MakerOrderID: src.Id, TakerAccount: l.Liquidated, MakerAccount: l.Liquidator,
						TakerIsBuy: l.LiquidatedIsBuy, Price: l.Price, Size: l.SizeQuantums, TakerFee: l.LiquidationFee,
						MakerFee: l.LiquidatorFee, Batch: s.sealer.Number(), Time: s.now,
					})
				}
				b.Fill(h, l.SizeQuantums)
				if tx.B != nil {
					b.AdjustReduceOnly(b.AcctIdx[l.Liquidator], engine.PositionSize(&tx.B.After, l.Market))
				}
			}
		}
		if s.cmd != nil {
			if s.cmd.liqOrders == nil {
				s.cmd.liqOrders = make(map[*state.TxTrace]uint64)
			}
			s.cmd.liqOrders[tx] = src.Id
		}
		src.Book = nil
	}
	if err := s.record(tx); err != nil {
		return err
	}
	return s.begin()
}

// serviceSource offers the books' resting orders to the liquidator, walking them like BookSource; the fill
// is taken from the book when the liquidation is recorded (recordLiquidation).
type serviceSource struct {
	s    *Service
	walk risk.BookWalk
}

// Offer implements LiquiditySource.
func (src *serviceSource) Offer(m uint8, isBuy bool, account uint32, _ *state.Markets) (state.SignedOrder, uint64, bool) {
	if m == 0 || int(m) > len(src.s.books) {
		return state.SignedOrder{}, 0, false
	}
	return src.walk.Offer(src.s.books[m-1], isBuy, account)
}

// Filled implements LiquiditySource; recordLiquidation takes the fill from the book.
func (src *serviceSource) Filled(uint64) {}

// Reset implements Walker.
func (src *serviceSource) Reset() { src.walk.Reset() }

// Pass implements Walker.
func (src *serviceSource) Pass(drop bool) { src.walk.Pass(drop) }

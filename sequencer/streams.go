package sequencer

import (
	"fmt"
	"strconv"

	"github.com/perpx/perpx/sequencer/events"
	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/internal/risk"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// streamListener collects the level changes of the books with stream subscribers while a command runs; the
// end of the command publishes them as one delta per market.
type streamListener struct{ s *Service }

func (l streamListener) Level(e book.BookEvent) {
	if s := l.s; s.bookSubs[e.Market] {
		s.levels[e.Market] = append(s.levels[e.Market], e)
	}
}

func (streamListener) Trade(book.TradeEvent) {}
func (streamListener) Order(book.OrderEvent) {}

// Subscribe adds sub to topic and queues the topic's snapshot for it: a book snapshot, an account's state,
// or nothing for trades and batches. It calls confirmed once the topic is known to exist, before anything of
// the topic is queued, and not at all when it returns an error. The caller does not hold mu.
//
// A signed subscription (its account's key) is not bounded by Config.MaxAccountStreams: the API bounds it per
// account instead, so an account's owner can always follow its own account.
func (s *Service) Subscribe(sub *events.Subscriber, topic string, signed bool, confirmed func()) error {
	kind, id, err := events.ParseTopic(topic)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(); err != nil {
		return err
	}
	seq := s.ilog.LastSeq()
	markets := s.tree.Markets()
	switch kind {
	case events.TopicBook, events.TopicTrades:
		if mk := markets.Get(uint8(id)); mk.Status == state.MarketUnlisted {
			return fmt.Errorf("%w: %d", wire.ErrUnknownMarket, id)
		}
	case events.TopicAccount:
		if _, err := s.liveAccount(uint32(id)); err != nil {
			return err
		}
		if n := s.bus.Count(events.TopicAccount + ":"); !signed && n >= s.cfg.MaxAccountStreams && !s.bus.Has(topic) {
			return fmt.Errorf("%w: %d of %d", wire.ErrTooManyStreams, n, s.cfg.MaxAccountStreams)
		}
	}
	confirmed()
	s.bus.Add(sub, topic, seq)
	switch kind {
	case events.TopicBook:
		m := uint8(id)
		bids, asks := s.books[m-1].Depth(0)
		s.bookSubs[m] = true
		mk := markets.Get(m)
		s.bus.Publish(seq, topic, events.BookMsg{Type: "book_snapshot", Seq: seq, Market: m, Bids: events.LevelsJSON(bids, mk), Asks: events.LevelsJSON(asks, mk)}, sub)
	case events.TopicAccount:
		msg, risk, err := s.accountMsg(uint32(id), seq)
		if err != nil {
			return err
		}
		s.health[uint32(id)] = risk.HealthLevel
		s.bus.Publish(seq, topic, msg, sub)
	}
	return nil
}

// Unsubscribe removes sub from topic ("": from every topic).
func (s *Service) Unsubscribe(sub *events.Subscriber, topic string) {
	s.bus.Remove(sub, topic)
}

// accountMsg renders account id for the account stream. The caller holds mu.
func (s *Service) accountMsg(id uint32, seq uint64) (events.AccountMsg, *risk.AccountRisk, error) {
	a, err := s.liveAccount(id)
	if err != nil {
		return events.AccountMsg{}, nil, err
	}
	markets := s.tree.Markets()
	risk := risk.ComputeAccountRisk(&a, &markets, &s.entries, id, s.cfg.HealthThresholdsPpm)
	return events.AccountMsg{Type: "account", Seq: seq, AccountJSON: events.NewAccountJSON(id, &a, risk, &markets)}, risk, nil
}

// publish turns the effects of a command into stream events. The caller holds mu.
func (s *Service) publish(c *command, res any, fills []wal.FillRecord) {
	seq := c.entry.Seq
	markets := s.tree.Markets()
	for _, t := range c.txs {
		tr := t.tx.Record.Trade
		if tr == nil {
			continue
		}
		topic := events.TopicTrades + ":" + strconv.Itoa(int(tr.Market))
		if !s.bus.Has(topic) {
			continue
		}
		mk := markets.Get(tr.Market)
		side := "sell"
		if tr.TakerIsBuy {
			side = "buy"
		}
		s.bus.Publish(seq, topic, events.TradeMsg{Type: "trade", Seq: seq, Market: tr.Market, Side: side,
			Size: wire.FormatSize(int64(tr.SizeQuantums), mk), Price: wire.FormatPrice(tr.Price, mk), Time: c.entry.Time, Batch: t.batch}, nil)
	}
	for m, evs := range s.levels {
		delete(s.levels, m)
		topic := events.TopicBook + ":" + strconv.Itoa(int(m))
		if !s.bus.Has(topic) {
			delete(s.bookSubs, m)
			continue
		}
		bids, asks := events.BookDelta(evs)
		mk := markets.Get(m)
		s.bus.Publish(seq, topic, events.BookMsg{Type: "book_delta", Seq: seq, Market: m, Bids: events.LevelsJSON(bids, mk), Asks: events.LevelsJSON(asks, mk)}, nil)
	}
	for _, id := range c.touched {
		topic := events.AccountTopic(id)
		if !s.bus.Has(topic) {
			delete(s.health, id)
			continue
		}
		msg, risk, err := s.accountMsg(id, seq)
		if err != nil {
			continue
		}
		for i := range fills {
			if f := &fills[i]; f.Account == id {
				s.bus.Publish(seq, topic, events.FillMsg{Type: "fill", Seq: seq, AccountFillJSON: events.NewFillJSON(f, markets.Get(f.Market))}, nil)
			}
		}
		s.publishRiskEvents(c, id, topic, &markets)
		s.bus.Publish(seq, topic, msg, nil)
		s.publishHealth(seq, id, risk)
	}
	s.publishMovedHealth(c)
	for _, b := range c.sealed {
		s.bus.Publish(seq, events.TopicBatches, events.BatchMsg{Type: "batch", Seq: seq, Number: b.Header.BatchNumber, TxCount: wal.TxCount(b),
			BatchStatus: wire.BatchStatus{Proof: wire.ProofPending, L1: wire.L1Pending}}, nil)
	}
}

// batchStatusChanged publishes a batch's new proof or L1 status. The caller holds mu.
func (s *Service) batchStatusChanged(n uint64, st wire.BatchStatus) {
	seq := s.ilog.LastSeq()
	s.bus.Publish(seq, events.TopicBatches, events.BatchMsg{Type: "batch", Seq: seq, Number: n, BatchStatus: st}, nil)
	s.metrics.BatchStatus(st)
}

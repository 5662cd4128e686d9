package sequencer

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/internal/risk"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// SubscriberBuffer is how many messages a stream subscriber may have queued; a subscriber that falls further
// behind is dropped (its connection closes with a "slow consumer" reason) rather than slowing the sequencer.
const SubscriberBuffer = 4096

// Stream topics: "book:<market>", "trades:<market>", "account:<id>" and "batches".
const (
	topicBook     = "book"
	topicTrades   = "trades"
	topicAccount  = "account"
	topicBatches  = "batches"
	maxTopicBytes = 32
)

// subscriber is one consumer of stream events (a WebSocket connection).
type subscriber struct {
	ch      chan []byte
	once    sync.Once
	gone    chan struct{} // closed when the bus drops the subscriber
	mu      sync.Mutex
	dropped string // why the bus dropped it
}

func newSubscriber() *subscriber {
	return &subscriber{ch: make(chan []byte, SubscriberBuffer), gone: make(chan struct{})}
}

func (s *subscriber) drop(reason string) {
	s.once.Do(func() {
		s.mu.Lock()
		s.dropped = reason
		s.mu.Unlock()
		close(s.gone)
	})
}

// busEvent is a message waiting for its log entry to become durable.
type busEvent struct {
	seq    uint64
	topic  string
	msg    []byte
	target *subscriber // nil: every subscriber of topic
}

// eventBus delivers stream messages in log order, and only once the log entry that caused them is durable:
// a stream never shows what a crash could undo. Publishers hold the service lock; release runs after each
// group commit.
type eventBus struct {
	log     *slog.Logger
	metrics *metrics

	mu      sync.Mutex
	queue   []busEvent
	durable uint64
	topics  map[string]map[*subscriber]uint64 // topic → subscriber → the seq its snapshot covers
	closed  bool
}

func newEventBus(log *slog.Logger, m *metrics) *eventBus {
	return &eventBus{log: log, metrics: m, topics: make(map[string]map[*subscriber]uint64)}
}

// has reports whether topic has a subscriber.
func (b *eventBus) has(topic string) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.topics[topic]) > 0
}

// count returns the number of topics with a subscriber whose name starts with prefix.
func (b *eventBus) count(prefix string) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	n := 0
	for t := range b.topics {
		if strings.HasPrefix(t, prefix) {
			n++
		}
	}
	return n
}

// add subscribes sub to topic's events after log entry from (earlier ones are in its snapshot).
func (b *eventBus) add(sub *subscriber, topic string, from uint64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	m := b.topics[topic]
	if m == nil {
		m = make(map[*subscriber]uint64)
		b.topics[topic] = m
	}
	m[sub] = from
}

// remove unsubscribes sub from topic ("" : from every topic).
func (b *eventBus) remove(sub *subscriber, topic string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for t, m := range b.topics {
		if topic == "" || t == topic {
			delete(m, sub)
			if len(m) == 0 {
				delete(b.topics, t)
			}
		}
	}
}

// publish queues msg for topic (or only for target) until log entry seq is durable.
func (b *eventBus) publish(seq uint64, topic string, v any, target *subscriber) {
	msg, err := json.Marshal(v)
	if err != nil {
		b.log.Error("stream: encode event", "topic", topic, "err", err)
		return
	}
	b.mu.Lock()
	b.queue = append(b.queue, busEvent{seq: seq, topic: topic, msg: msg, target: target})
	ready := seq <= b.durable
	b.mu.Unlock()
	if ready {
		b.release(0)
	}
}

// release delivers the queued events whose entries are durable up to seq (0: as already known).
func (b *eventBus) release(seq uint64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if seq > b.durable {
		b.durable = seq
	}
	n := 0
	for n < len(b.queue) && b.queue[n].seq <= b.durable {
		ev := &b.queue[n]
		if ev.target != nil {
			b.send(ev.target, ev.msg)
		} else {
			for sub, from := range b.topics[ev.topic] {
				if ev.seq > from {
					b.send(sub, ev.msg)
				}
			}
		}
		n++
	}
	if n > 0 {
		clear(b.queue[:n])
		b.queue = b.queue[n:]
	}
	b.metrics.streamQueue.Set(float64(len(b.queue)))
}

// send hands msg to sub without blocking; a full subscriber is dropped.
func (b *eventBus) send(sub *subscriber, msg []byte) {
	select {
	case <-sub.gone:
	case sub.ch <- msg:
	default:
		sub.drop("slow consumer")
		b.metrics.streamDropped.Inc()
	}
}

// close drops every subscriber.
func (b *eventBus) close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return
	}
	b.closed = true
	for _, m := range b.topics {
		for sub := range m {
			sub.drop("sequencer closed")
		}
	}
	b.topics = map[string]map[*subscriber]uint64{}
	b.queue = nil
}

// Stream messages. Every message has a type and the log sequence number it follows (seq): a snapshot holds
// the state after entry seq, and each later message the change made by entry seq.
type (
	// BookMsg is a book snapshot ("book_snapshot") or the levels changed by one command ("book_delta"); a
	// level of size "0" is gone.
	BookMsg struct {
		Type   string           `json:"type"`
		Seq    uint64           `json:"seq"`
		Market uint8            `json:"market"`
		Bids   []wire.LevelJSON `json:"bids"`
		Asks   []wire.LevelJSON `json:"asks"`
	}
	// TradeMsg is one trade of a market ("trade"); side is the taker's.
	TradeMsg struct {
		Type   string `json:"type"`
		Seq    uint64 `json:"seq"`
		Market uint8  `json:"market"`
		Side   string `json:"side"`
		Size   string `json:"size"`
		Price  string `json:"price"`
		Time   uint64 `json:"time"`
		Batch  uint64 `json:"batch"`
	}
	// AccountMsg is an account's state after a command that touched it ("account").
	AccountMsg struct {
		Type string `json:"type"`
		Seq  uint64 `json:"seq"`
		wire.AccountJSON
	}
	// FillMsg is one fill of a subscribed account ("fill").
	FillMsg struct {
		Type string `json:"type"`
		Seq  uint64 `json:"seq"`
		wire.AccountFillJSON
	}
	// HealthMsg reports that an account's margin ratio (after the settlement of its next touch) crossed a
	// threshold ("health"), by a command that touched the account or by a price move or funding tick of its
	// markets: Level is the number of thresholds reached, Previous the level before (lower: recovering).
	HealthMsg struct {
		Type        string  `json:"type"`
		Seq         uint64  `json:"seq"`
		Account     uint32  `json:"account"`
		Level       int     `json:"level"`
		Previous    int     `json:"previous"`
		Status      string  `json:"status"`
		MarginRatio *string `json:"marginRatio"`
		Threshold   string  `json:"threshold"`
	}
	// BatchMsg is a batch sealed, or a change of its proof or L1 status ("batch").
	BatchMsg struct {
		Type    string `json:"type"`
		Seq     uint64 `json:"seq"`
		Number  uint64 `json:"number"`
		TxCount int    `json:"txCount,omitempty"`
		wire.BatchStatus
	}
)

// parseTopic checks a topic name.
func parseTopic(topic string) (kind string, id uint64, err error) {
	if len(topic) > maxTopicBytes {
		return "", 0, fmt.Errorf("%w: topic too long", wire.ErrBadParams)
	}
	kind, arg, hasArg := strings.Cut(topic, ":")
	switch kind {
	case topicBatches:
		if hasArg {
			return "", 0, fmt.Errorf("%w: topic %q", wire.ErrBadParams, topic)
		}
		return kind, 0, nil
	case topicBook, topicTrades:
		m, err := strconv.ParseUint(arg, 10, 8)
		if err != nil || m == 0 || m > state.MarketCount {
			return "", 0, fmt.Errorf("%w: %q", wire.ErrUnknownMarket, topic)
		}
		return kind, m, canonicalTopic(topic, kind, m)
	case topicAccount:
		id, err := strconv.ParseUint(arg, 10, 32)
		if err != nil || id >= 1<<state.AccountTreeDepth {
			return "", 0, fmt.Errorf("%w: %q", wire.ErrAccountID, topic)
		}
		return kind, id, canonicalTopic(topic, kind, id)
	}
	return "", 0, fmt.Errorf("%w: unknown topic %q", wire.ErrBadParams, topic)
}

// canonicalTopic refuses a topic whose number is not written in its one canonical form (decimal, no sign, no
// leading zero): "book:01" and "book:1" would otherwise be two subscriptions to one stream, each with its own
// snapshot and its own place in the per-connection limit.
func canonicalTopic(topic, kind string, id uint64) error {
	if want := kind + ":" + strconv.FormatUint(id, 10); topic != want {
		return fmt.Errorf("%w: topic %q is not canonical, write %q", wire.ErrBadParams, topic, want)
	}
	return nil
}

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

// bookDelta returns the levels that events changed, the last change of each level winning, best first.
func bookDelta(events []book.BookEvent) (bids, asks []book.PriceLevel) {
	last := map[[2]uint64]book.BookEvent{}
	for _, e := range events {
		last[[2]uint64{boolUint(e.Bid), e.Price}] = e
	}
	for _, e := range last {
		l := book.PriceLevel{Price: e.Price, Size: e.Size, Orders: e.Orders}
		if e.Bid {
			bids = append(bids, l)
		} else {
			asks = append(asks, l)
		}
	}
	slices.SortFunc(bids, func(a, b book.PriceLevel) int { return cmpUint(b.Price, a.Price) })
	slices.SortFunc(asks, func(a, b book.PriceLevel) int { return cmpUint(a.Price, b.Price) })
	return bids, asks
}

// subscribe adds sub to topic and queues the topic's snapshot for it: a book snapshot, an account's state,
// or nothing for trades and batches. It calls confirmed once the topic is known to exist, before anything of
// the topic is queued, and not at all when it returns an error. The caller does not hold mu.
//
// A signed subscription (its account's key) is not bounded by Config.MaxAccountStreams: the API bounds it per
// account instead, so an account's owner can always follow its own account.
func (s *Service) subscribe(sub *subscriber, topic string, signed bool, confirmed func()) error {
	kind, id, err := parseTopic(topic)
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
	case topicBook, topicTrades:
		if mk := markets.Get(uint8(id)); mk.Status == state.MarketUnlisted {
			return fmt.Errorf("%w: %d", wire.ErrUnknownMarket, id)
		}
	case topicAccount:
		if _, err := s.liveAccount(uint32(id)); err != nil {
			return err
		}
		if n := s.bus.count(topicAccount + ":"); !signed && n >= s.cfg.MaxAccountStreams && !s.bus.has(topic) {
			return fmt.Errorf("%w: %d of %d", wire.ErrTooManyStreams, n, s.cfg.MaxAccountStreams)
		}
	}
	confirmed()
	s.bus.add(sub, topic, seq)
	switch kind {
	case topicBook:
		m := uint8(id)
		bids, asks := s.books[m-1].Depth(0)
		s.bookSubs[m] = true
		mk := markets.Get(m)
		s.bus.publish(seq, topic, BookMsg{Type: "book_snapshot", Seq: seq, Market: m, Bids: levelsJSON(bids, mk), Asks: levelsJSON(asks, mk)}, sub)
	case topicAccount:
		msg, risk, err := s.accountMsg(uint32(id), seq)
		if err != nil {
			return err
		}
		s.health[uint32(id)] = risk.HealthLevel
		s.bus.publish(seq, topic, msg, sub)
	}
	return nil
}

// unsubscribe removes sub from topic ("": from every topic).
func (s *Service) unsubscribe(sub *subscriber, topic string) {
	s.bus.remove(sub, topic)
}

// accountMsg renders account id for the account stream. The caller holds mu.
func (s *Service) accountMsg(id uint32, seq uint64) (AccountMsg, *risk.AccountRisk, error) {
	a, err := s.liveAccount(id)
	if err != nil {
		return AccountMsg{}, nil, err
	}
	markets := s.tree.Markets()
	risk := risk.ComputeAccountRisk(&a, &markets, &s.entries, id, s.cfg.HealthThresholdsPpm)
	return AccountMsg{Type: "account", Seq: seq, AccountJSON: NewAccountJSON(id, &a, risk, &markets)}, risk, nil
}

// publish turns the effects of a command into stream events. The caller holds mu.
func (s *Service) publish(c *command, res any, fills []FillRecord) {
	seq := c.entry.Seq
	markets := s.tree.Markets()
	for _, t := range c.txs {
		tr := t.tx.Record.Trade
		if tr == nil {
			continue
		}
		topic := topicTrades + ":" + strconv.Itoa(int(tr.Market))
		if !s.bus.has(topic) {
			continue
		}
		mk := markets.Get(tr.Market)
		side := "sell"
		if tr.TakerIsBuy {
			side = "buy"
		}
		s.bus.publish(seq, topic, TradeMsg{Type: "trade", Seq: seq, Market: tr.Market, Side: side,
			Size: wire.FormatSize(int64(tr.SizeQuantums), mk), Price: wire.FormatPrice(tr.Price, mk), Time: c.entry.Time, Batch: t.batch}, nil)
	}
	for m, events := range s.levels {
		delete(s.levels, m)
		topic := topicBook + ":" + strconv.Itoa(int(m))
		if !s.bus.has(topic) {
			delete(s.bookSubs, m)
			continue
		}
		bids, asks := bookDelta(events)
		mk := markets.Get(m)
		s.bus.publish(seq, topic, BookMsg{Type: "book_delta", Seq: seq, Market: m, Bids: levelsJSON(bids, mk), Asks: levelsJSON(asks, mk)}, nil)
	}
	for _, id := range c.touched {
		topic := accountTopic(id)
		if !s.bus.has(topic) {
			delete(s.health, id)
			continue
		}
		msg, risk, err := s.accountMsg(id, seq)
		if err != nil {
			continue
		}
		for i := range fills {
			if f := &fills[i]; f.Account == id {
				s.bus.publish(seq, topic, FillMsg{Type: "fill", Seq: seq, AccountFillJSON: NewFillJSON(f, markets.Get(f.Market))}, nil)
			}
		}
		s.publishRiskEvents(c, id, topic, &markets)
		s.bus.publish(seq, topic, msg, nil)
		s.publishHealth(seq, id, risk)
	}
	s.publishMovedHealth(c)
	for _, b := range c.sealed {
		s.bus.publish(seq, topicBatches, BatchMsg{Type: "batch", Seq: seq, Number: b.Header.BatchNumber, TxCount: wal.TxCount(b),
			BatchStatus: wire.BatchStatus{Proof: wire.ProofPending, L1: wire.L1Pending}}, nil)
	}
}

// batchStatusChanged publishes a batch's new proof or L1 status. The caller holds mu.
func (s *Service) batchStatusChanged(n uint64, st wire.BatchStatus) {
	seq := s.ilog.LastSeq()
	s.bus.publish(seq, topicBatches, BatchMsg{Type: "batch", Seq: seq, Number: n, BatchStatus: st}, nil)
	s.metrics.batchStatus(st)
}

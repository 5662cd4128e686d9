package events

import (
	"cmp"
	"encoding/json"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/internal/metrics"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// SubscriberBuffer is how many messages a stream subscriber may have queued; a subscriber that falls further
// behind is dropped (its connection closes with a "slow consumer" reason) rather than slowing the sequencer.
const SubscriberBuffer = 4096

// DefaultMaxAccountStreams is the default of the Service's Config.MaxAccountStreams: with it, a price move
// re-evaluates at most 4,096 accounts (a leaf read and a risk computation each) before the next command.
const DefaultMaxAccountStreams = 4096

// Stream topics: "book:<market>", "trades:<market>", "account:<id>" and "batches".
const (
	TopicBook     = "book"
	TopicTrades   = "trades"
	TopicAccount  = "account"
	TopicBatches  = "batches"
	maxTopicBytes = 32
)

// Subscriber is one consumer of stream events (a WebSocket connection). Its consumer receives the messages
// from C.
type Subscriber struct {
	C       chan []byte // the queued messages, SubscriberBuffer at most
	once    sync.Once
	gone    chan struct{} // closed when the bus drops the subscriber
	mu      sync.Mutex
	dropped string // why the bus dropped it
}

// NewSubscriber returns a subscriber with an empty queue.
func NewSubscriber() *Subscriber {
	return &Subscriber{C: make(chan []byte, SubscriberBuffer), gone: make(chan struct{})}
}

// Drop ends the subscription for reason; only the first call's reason is kept.
func (s *Subscriber) Drop(reason string) {
	s.once.Do(func() {
		s.mu.Lock()
		s.dropped = reason
		s.mu.Unlock()
		close(s.gone)
	})
}

// Gone returns a channel closed once the subscriber is dropped.
func (s *Subscriber) Gone() <-chan struct{} { return s.gone }

// Reason returns why the subscriber was dropped ("" while it is not).
func (s *Subscriber) Reason() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.dropped
}

// Queue queues msg without blocking; a subscriber whose queue is full is dropped as a slow consumer.
func (s *Subscriber) Queue(msg []byte) {
	select {
	case s.C <- msg:
	default:
		s.Drop("slow consumer")
	}
}

// busEvent is a message waiting for its log entry to become durable.
type busEvent struct {
	seq    uint64
	topic  string
	msg    []byte
	target *Subscriber // nil: every subscriber of topic
}

// Bus delivers stream messages in log order, and only once the log entry that caused them is durable:
// a stream never shows what a crash could undo. Publishers hold the service lock; Release runs after each
// group commit. Safe for concurrent use.
type Bus struct {
	log     *slog.Logger
	metrics *metrics.Metrics

	mu      sync.Mutex
	queue   []busEvent
	durable uint64
	topics  map[string]map[*Subscriber]uint64 // topic → subscriber → the seq its snapshot covers
	closed  bool
}

// NewBus returns a bus with no subscriber that logs to log and counts its queue and drops in m.
func NewBus(log *slog.Logger, m *metrics.Metrics) *Bus {
	return &Bus{log: log, metrics: m, topics: make(map[string]map[*Subscriber]uint64)}
}

// Has reports whether topic has a subscriber.
func (b *Bus) Has(topic string) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.topics[topic]) > 0
}

// Count returns the number of topics with a subscriber whose name starts with prefix.
func (b *Bus) Count(prefix string) int {
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

// Add subscribes sub to topic's events after log entry from (earlier ones are in its snapshot).
func (b *Bus) Add(sub *Subscriber, topic string, from uint64) {
	b.mu.Lock()
	defer b.mu.Unlock()
	m := b.topics[topic]
	if m == nil {
		m = make(map[*Subscriber]uint64)
		b.topics[topic] = m
	}
	m[sub] = from
}

// Remove unsubscribes sub from topic ("" : from every topic).
func (b *Bus) Remove(sub *Subscriber, topic string) {
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

// Publish queues msg for topic (or only for target) until log entry seq is durable.
func (b *Bus) Publish(seq uint64, topic string, v any, target *Subscriber) {
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
		b.Release(0)
	}
}

// Release delivers the queued events whose entries are durable up to seq (0: as already known).
func (b *Bus) Release(seq uint64) {
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
	b.metrics.StreamQueue.Set(float64(len(b.queue)))
}

// send hands msg to sub without blocking; a full subscriber is dropped.
func (b *Bus) send(sub *Subscriber, msg []byte) {
	select {
	case <-sub.gone:
	case sub.C <- msg:
	default:
		sub.Drop("slow consumer")
		b.metrics.StreamDropped.Inc()
	}
}

// Close drops every subscriber.
func (b *Bus) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return
	}
	b.closed = true
	for _, m := range b.topics {
		for sub := range m {
			sub.Drop("sequencer closed")
		}
	}
	b.topics = map[string]map[*Subscriber]uint64{}
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

// ParseTopic checks a topic name and returns its kind and its market or account id.
func ParseTopic(topic string) (kind string, id uint64, err error) {
	if len(topic) > maxTopicBytes {
		return "", 0, fmt.Errorf("%w: topic too long", wire.ErrBadParams)
	}
	kind, arg, hasArg := strings.Cut(topic, ":")
	switch kind {
	case TopicBatches:
		if hasArg {
			return "", 0, fmt.Errorf("%w: topic %q", wire.ErrBadParams, topic)
		}
		return kind, 0, nil
	case TopicBook, TopicTrades:
		m, err := strconv.ParseUint(arg, 10, 8)
		if err != nil || m == 0 || m > state.MarketCount {
			return "", 0, fmt.Errorf("%w: %q", wire.ErrUnknownMarket, topic)
		}
		return kind, m, canonicalTopic(topic, kind, m)
	case TopicAccount:
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

// BookDelta returns the levels that events changed, the last change of each level winning, best first.
func BookDelta(events []book.BookEvent) (bids, asks []book.PriceLevel) {
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
	slices.SortFunc(bids, func(a, b book.PriceLevel) int { return cmp.Compare(b.Price, a.Price) })
	slices.SortFunc(asks, func(a, b book.PriceLevel) int { return cmp.Compare(a.Price, b.Price) })
	return bids, asks
}

// AccountTopic returns the stream topic of account id.
func AccountTopic(id uint32) string { return TopicAccount + ":" + strconv.FormatUint(uint64(id), 10) }

func boolUint(v bool) uint64 {
	if v {
		return 1
	}
	return 0
}

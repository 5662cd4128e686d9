package events

import (
	"fmt"
	"math/big"
	"slices"
	"strconv"

	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/internal/risk"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// View is what the streams read of the Service, which holds its lock while it calls Streams.
type View interface {
	// Markets returns the tree's markets table.
	Markets() state.Markets
	// Account returns existing account id and its risk view after the settlement its next touch makes
	// (wire.ErrAccountID or wire.ErrUnknownAccount otherwise).
	Account(id uint32) (state.Account, *risk.AccountRisk, error)
	// Depth returns every level of each side of market m's book, best first.
	Depth(m uint8) (bids, asks []book.PriceLevel)
	// Risk returns the risk index, nil if the Service keeps none.
	Risk() *risk.RiskIndex
}

// Command is what one logged command did, as the streams publish it.
type Command struct {
	Seq, Time uint64
	Txs       []Tx                 // the transactions it executed, in order
	Touched   []uint32             // accounts, in first-touch order, without repeats
	Moved     []uint8              // markets whose price or funding index its market updates changed
	Sealed    []*state.SealedBatch // the batches it sealed
	Fills     []wal.FillRecord     // the fills of both sides of its trades
	Risk      []risk.RiskEvent     // its liquidation and deleveraging events
}

// Tx is an executed transaction and the batch it went to.
type Tx struct {
	Trace *state.TxTrace
	Batch uint64
}

// LiquidationMsg is the account stream's message naming a liquidation or deleveraging of the account
// ("liquidation"); it comes after the account's fills of the command and before its account message.
type LiquidationMsg struct {
	Type string `json:"type"`
	wire.RiskEventJSON
}

// Streams is the Service's side of the event streams: the bus, the markets whose book stream has subscribers
// with their level changes in the current command, and the health level each subscribed account was last
// told. The Service calls it under its lock; it is a book.Listener of every book (Level collects the levels).
type Streams struct {
	Bus         *Bus
	bookSubs    map[uint8]bool             // markets whose book stream has subscribers
	levels      map[uint8][]book.BookEvent // their level changes in the current command
	health      map[uint32]int             // health level of each account with subscribers
	thresholds  []uint64                   // the health thresholds, margin ratios in ppm
	maxAccounts int                        // bound of the unsigned account streams
}

// NewStreams returns the streams of bus with the health thresholds (ppm, increasing) and the bound of the
// accounts with an unsigned stream subscriber.
func NewStreams(bus *Bus, thresholds []uint64, maxAccountStreams int) *Streams {
	return &Streams{Bus: bus, bookSubs: make(map[uint8]bool), levels: make(map[uint8][]book.BookEvent),
		health: make(map[uint32]int), thresholds: thresholds, maxAccounts: maxAccountStreams}
}

// Level collects the level changes of the books with stream subscribers while a command runs; the end of the
// command publishes them as one delta per market.
func (st *Streams) Level(e book.BookEvent) {
	if st.bookSubs[e.Market] {
		st.levels[e.Market] = append(st.levels[e.Market], e)
	}
}

// Trade implements book.Listener; trades are published from the command's transactions.
func (*Streams) Trade(book.TradeEvent) {}

// Order implements book.Listener.
func (*Streams) Order(book.OrderEvent) {}

// Subscribe adds sub to topic (of kind and id, as ParseTopic gave them) after log entry seq and queues the
// topic's snapshot for it: a book snapshot, an account's state, or nothing for trades and batches. It calls
// confirmed once the topic is known to exist, before anything of the topic is queued, and not at all when it
// returns an error. A signed subscription is not bounded by maxAccountStreams.
func (st *Streams) Subscribe(v View, sub *Subscriber, topic, kind string, id, seq uint64, signed bool, confirmed func()) error {
	markets := v.Markets()
	switch kind {
	case TopicBook, TopicTrades:
		if mk := markets.Get(uint8(id)); mk.Status == state.MarketUnlisted {
			return fmt.Errorf("%w: %d", wire.ErrUnknownMarket, id)
		}
	case TopicAccount:
		if _, _, err := v.Account(uint32(id)); err != nil {
			return err
		}
		if n := st.Bus.Count(TopicAccount + ":"); !signed && n >= st.maxAccounts && !st.Bus.Has(topic) {
			return fmt.Errorf("%w: %d of %d", wire.ErrTooManyStreams, n, st.maxAccounts)
		}
	}
	confirmed()
	st.Bus.Add(sub, topic, seq)
	switch kind {
	case TopicBook:
		m := uint8(id)
		bids, asks := v.Depth(m)
		st.bookSubs[m] = true
		mk := markets.Get(m)
		st.Bus.Publish(seq, topic, BookMsg{Type: "book_snapshot", Seq: seq, Market: m, Bids: LevelsJSON(bids, mk), Asks: LevelsJSON(asks, mk)}, sub)
	case TopicAccount:
		msg, ar, err := st.accountMsg(v, uint32(id), seq)
		if err != nil {
			return err
		}
		st.health[uint32(id)] = ar.HealthLevel
		st.Bus.Publish(seq, topic, msg, sub)
	}
	return nil
}

// accountMsg renders account id for the account stream.
func (st *Streams) accountMsg(v View, id uint32, seq uint64) (AccountMsg, *risk.AccountRisk, error) {
	a, r, err := v.Account(id)
	if err != nil {
		return AccountMsg{}, nil, err
	}
	markets := v.Markets()
	return AccountMsg{Type: "account", Seq: seq, AccountJSON: NewAccountJSON(id, &a, r, &markets)}, r, nil
}

// Publish turns the effects of a command into stream events.
func (st *Streams) Publish(v View, c *Command) {
	seq := c.Seq
	markets := v.Markets()
	for _, t := range c.Txs {
		tr := t.Trace.Record.Trade
		if tr == nil {
			continue
		}
		topic := TopicTrades + ":" + strconv.Itoa(int(tr.Market))
		if !st.Bus.Has(topic) {
			continue
		}
		mk := markets.Get(tr.Market)
		side := "sell"
		if tr.TakerIsBuy {
			side = "buy"
		}
		st.Bus.Publish(seq, topic, TradeMsg{Type: "trade", Seq: seq, Market: tr.Market, Side: side,
			Size: wire.FormatSize(int64(tr.SizeQuantums), mk), Price: wire.FormatPrice(tr.Price, mk), Time: c.Time, Batch: t.Batch}, nil)
	}
	st.publishLevels(seq, &markets)
	for _, id := range c.Touched {
		topic := AccountTopic(id)
		if !st.Bus.Has(topic) {
			delete(st.health, id)
			continue
		}
		msg, ar, err := st.accountMsg(v, id, seq)
		if err != nil {
			continue
		}
		for i := range c.Fills {
			if f := &c.Fills[i]; f.Account == id {
				st.Bus.Publish(seq, topic, FillMsg{Type: "fill", Seq: seq, AccountFillJSON: NewFillJSON(f, markets.Get(f.Market))}, nil)
			}
		}
		for i := range c.Risk {
			if e := &c.Risk[i]; e.Account == id {
				st.Bus.Publish(seq, topic, LiquidationMsg{Type: "liquidation", RiskEventJSON: risk.NewRiskEventJSON(e, markets.Get(e.Market))}, nil)
			}
		}
		st.Bus.Publish(seq, topic, msg, nil)
		st.publishHealth(seq, id, ar)
	}
	st.publishMovedHealth(v, seq, c.Moved)
	for _, b := range c.Sealed {
		st.Bus.Publish(seq, TopicBatches, BatchMsg{Type: "batch", Seq: seq, Number: b.Header.BatchNumber, TxCount: wal.TxCount(b),
			BatchStatus: wire.BatchStatus{Proof: wire.ProofPending, L1: wire.L1Pending}}, nil)
	}
}

// publishLevels publishes the level changes collected during the command, one delta per market.
func (st *Streams) publishLevels(seq uint64, markets *state.Markets) {
	for m, evs := range st.levels {
		delete(st.levels, m)
		topic := TopicBook + ":" + strconv.Itoa(int(m))
		if !st.Bus.Has(topic) {
			delete(st.bookSubs, m)
			continue
		}
		bids, asks := BookDelta(evs)
		mk := markets.Get(m)
		st.Bus.Publish(seq, topic, BookMsg{Type: "book_delta", Seq: seq, Market: m, Bids: LevelsJSON(bids, mk), Asks: LevelsJSON(asks, mk)}, nil)
	}
}

// BatchStatus publishes a batch's new proof or L1 status after log entry seq.
func (st *Streams) BatchStatus(seq, n uint64, s wire.BatchStatus) {
	st.Bus.Publish(seq, TopicBatches, BatchMsg{Type: "batch", Seq: seq, Number: n, BatchStatus: s}, nil)
}

// publishHealth publishes a "health" message for account id when its health level moved from the last one
// its stream was told, and remembers the new level.
func (st *Streams) publishHealth(seq uint64, id uint32, ar *risk.AccountRisk) {
	prev, ok := st.health[id]
	st.health[id] = ar.HealthLevel
	if !ok || prev == ar.HealthLevel {
		return
	}
	th := st.thresholds
	var crossed uint64
	if ar.HealthLevel > prev {
		crossed = th[ar.HealthLevel-1] // reached it
	} else {
		crossed = th[ar.HealthLevel] // fell below it
	}
	var mr *string
	if !ar.Infinite {
		v := risk.FormatPpm(ar.MarginRatioPpm)
		mr = &v
	}
	st.Bus.Publish(seq, AccountTopic(id), HealthMsg{Type: "health", Seq: seq, Account: id, Level: ar.HealthLevel, Previous: prev,
		Status: risk.HealthStatusOf(ar, th), MarginRatio: mr, Threshold: risk.FormatPpm(new(big.Int).SetUint64(crossed))}, nil)
}

// publishMovedHealth warns the subscribed accounts whose health a price move or a funding tick of the command
// changed, although the command did not touch them: the accounts with a stream subscriber (the health map)
// that hold a position in a moved market. Its cost per market update is, for each subscribed account, one
// subscription lookup and a scan of its markets in the risk index (at most PositionSlots), then a sort of the
// subscribed holders of the moved markets and, for each, one leaf read and one risk computation (K positions,
// settlement included). Accounts without a subscriber cost nothing: an oracle update never scans the
// accounts, and Subscribe bounds the subscribed ones by maxAccountStreams. Holders are visited in increasing
// id order and the health map changes only with the logged commands and the subscriptions, so the events
// follow from the log.
func (st *Streams) publishMovedHealth(v View, seq uint64, moved []uint8) {
	idx := v.Risk()
	if len(moved) == 0 || idx == nil {
		return
	}
	var ids []uint32
	for id := range st.health {
		switch {
		case !st.Bus.Has(AccountTopic(id)):
			delete(st.health, id)
		case idx.Holds(id, moved):
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		if _, r, err := v.Account(id); err == nil {
			st.publishHealth(seq, id, r)
		}
	}
}

// WarnLiquidatable tells the subscribed accounts that command seq made liquidatable, before the liquidator
// runs on them: the subscribed holders of the moved markets and the accounts of check, each at most once, in
// increasing id order, that are liquidatable now get their "health" message at the liquidatable level (the
// final one follows the liquidation). Without a risk index it does nothing.
func (st *Streams) WarnLiquidatable(v View, seq uint64, moved []uint8, check []uint32) {
	idx := v.Risk()
	if idx == nil {
		return
	}
	var ids []uint32
	for id := range st.health {
		if st.Bus.Has(AccountTopic(id)) && (idx.Holds(id, moved) || slices.Contains(check, id)) {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		if _, r, err := v.Account(id); err == nil && r.Liquidatable {
			st.publishHealth(seq, id, r)
		}
	}
}

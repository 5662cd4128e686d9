package sequencer

import (
	"fmt"
	"sort"

	"github.com/perpx/perpx/state"
)

// Order is an order in a book: its signed message and the base quantums still open.
type Order struct {
	ID        uint64
	Signed    state.SignedOrder
	Remaining uint64

	level      *level
	prev, next *Order
}

// IsBuy reports the order's side.
func (o *Order) IsBuy() bool { return o.Signed.Msg.IsBuy }

// Price returns the order's limit price.
func (o *Order) Price() uint64 { return o.Signed.Msg.LimitPrice }

// level is one price of one side: a FIFO of orders, oldest first.
type level struct {
	price      uint64
	head, tail *Order
	size       uint64
	count      int
}

// side keeps its levels sorted worst price first, so the best level is the last element and removing it is
// O(1). Levels are found by binary search; adding a new price is O(levels).
type side struct {
	bid    bool
	levels []*level
	free   []*level
}

// worse reports whether price a is worse than b on this side.
func (s *side) worse(a, b uint64) bool {
	if s.bid {
		return a < b
	}
	return a > b
}

// find returns the index of the first level not worse than price.
func (s *side) find(price uint64) int {
	return sort.Search(len(s.levels), func(i int) bool { return !s.worse(s.levels[i].price, price) })
}

func (s *side) push(o *Order) {
	i := s.find(o.Price())
	var l *level
	if i < len(s.levels) && s.levels[i].price == o.Price() {
		l = s.levels[i]
	} else {
		if n := len(s.free); n > 0 {
			l, s.free = s.free[n-1], s.free[:n-1]
		} else {
			l = new(level)
		}
		l.price = o.Price()
		s.levels = append(s.levels, nil)
		copy(s.levels[i+1:], s.levels[i:])
		s.levels[i] = l
	}
	o.level, o.prev, o.next = l, l.tail, nil
	if l.tail != nil {
		l.tail.next = o
	} else {
		l.head = o
	}
	l.tail = o
	l.size += o.Remaining
	l.count++
}

func (s *side) unlink(o *Order) {
	l := o.level
	if o.prev != nil {
		o.prev.next = o.next
	} else {
		l.head = o.next
	}
	if o.next != nil {
		o.next.prev = o.prev
	} else {
		l.tail = o.prev
	}
	l.size -= o.Remaining
	l.count--
	o.level, o.prev, o.next = nil, nil, nil
	if l.count > 0 {
		return
	}
	i := s.find(l.price)
	s.levels = append(s.levels[:i], s.levels[i+1:]...)
	*l = level{}
	s.free = append(s.free, l)
}

func (s *side) best() *level {
	if len(s.levels) == 0 {
		return nil
	}
	return s.levels[len(s.levels)-1]
}

// Book is the limit order book of one market with price-time priority. It is not safe for concurrent use.
type Book struct {
	Market     uint8
	bids, asks side
	orders     map[uint64]*Order
}

// NewBook returns an empty book for market m.
func NewBook(m uint8) *Book {
	return &Book{Market: m, bids: side{bid: true}, asks: side{}, orders: make(map[uint64]*Order)}
}

func (b *Book) side(buy bool) *side {
	if buy {
		return &b.bids
	}
	return &b.asks
}

// Add rests o at the back of its price level. Its ID must be new and its remaining size positive.
func (b *Book) Add(o *Order) error {
	if _, dup := b.orders[o.ID]; dup || o.Remaining == 0 || o.Signed.Msg.Market != b.Market {
		return fmt.Errorf("sequencer: book %d cannot rest order %d (remaining %d, market %d)", b.Market, o.ID, o.Remaining, o.Signed.Msg.Market)
	}
	b.side(o.IsBuy()).push(o)
	b.orders[o.ID] = o
	return nil
}

// Get returns the resting order id, or nil.
func (b *Book) Get(id uint64) *Order { return b.orders[id] }

// Remove takes order id out of the book and returns it, or nil if it is not resting.
func (b *Book) Remove(id uint64) *Order {
	o := b.orders[id]
	if o == nil {
		return nil
	}
	b.side(o.IsBuy()).unlink(o)
	delete(b.orders, id)
	return o
}

// Fill reduces resting order o by q ≤ o.Remaining and removes it when nothing remains.
func (b *Book) Fill(o *Order, q uint64) {
	if q >= o.Remaining {
		b.Remove(o.ID)
		o.Remaining = 0
		return
	}
	o.Remaining -= q
	o.level.size -= q
}

// Best returns the oldest order at the best price of a side (bids if buy), or nil.
func (b *Book) Best(buy bool) *Order {
	if l := b.side(buy).best(); l != nil {
		return l.head
	}
	return nil
}

// Len returns the number of resting orders.
func (b *Book) Len() int { return len(b.orders) }

// Each calls f on every resting order, in no particular order, until f returns false. f must not modify the
// book; collect ids and remove them afterwards.
func (b *Book) Each(f func(*Order) bool) {
	for _, o := range b.orders {
		if !f(o) {
			return
		}
	}
}

// PriceLevel is an aggregated level of a depth snapshot.
type PriceLevel struct {
	Price  uint64
	Size   uint64
	Orders int
}

// Depth returns up to n levels of each side, best first (n ≤ 0: all levels).
func (b *Book) Depth(n int) (bids, asks []PriceLevel) {
	return b.bids.depth(n), b.asks.depth(n)
}

func (s *side) depth(n int) []PriceLevel {
	if n <= 0 || n > len(s.levels) {
		n = len(s.levels)
	}
	out := make([]PriceLevel, 0, n)
	for i := len(s.levels) - 1; i >= len(s.levels)-n; i-- {
		l := s.levels[i]
		out = append(out, PriceLevel{Price: l.price, Size: l.size, Orders: l.count})
	}
	return out
}

// BestBid returns the best bid level, if any.
func (b *Book) BestBid() (PriceLevel, bool) { return b.bids.top() }

// BestAsk returns the best ask level, if any.
func (b *Book) BestAsk() (PriceLevel, bool) { return b.asks.top() }

func (s *side) top() (PriceLevel, bool) {
	l := s.best()
	if l == nil {
		return PriceLevel{}, false
	}
	return PriceLevel{Price: l.price, Size: l.size, Orders: l.count}, true
}

// Crosses reports whether a taker on side buy with limit price would trade against resting price.
func Crosses(buy bool, limit, resting uint64) bool {
	if buy {
		return resting <= limit
	}
	return resting >= limit
}

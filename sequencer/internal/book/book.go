package book

import (
	"cmp"
	"fmt"
	"slices"
)

// node is a resting order in the book's arena. Nodes are addressed by their index (0 is nil) and linked
// intrusively: into their price level's FIFO and into their account's list, both in time order.
type node struct {
	Order
	level        uint32 // index in Book.levels
	prev, Next   uint32 // FIFO of the level; next also links the free list
	aprev, anext uint32 // the account's orders
	acct         uint32 // index in Book.accounts
	heap         int    // position in the expiry heap
}

// level is one price of one side: a FIFO of orders, oldest first.
type level struct {
	price      uint64
	Head, tail uint32
	size       uint64
	count      int
}

// side keeps the level indexes of one side sorted by key, ascending, so that the best level is the last
// element: key = price for bids and ^price for asks. The best level is read and removed in O(1); another
// level is found by binary search and inserted or removed by moving the levels better than it.
type side struct {
	bid  bool
	keys []uint64
	Refs []uint32
}

func (s *side) key(price uint64) uint64 {
	if s.bid {
		return price
	}
	return ^price
}

// search returns the index of the first key not below k.
func (s *side) search(k uint64) int {
	lo, hi := 0, len(s.keys)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if s.keys[m] < k {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// best returns the index of the best level, or 0.
func (s *side) best() uint32 {
	if n := len(s.Refs); n > 0 {
		return s.Refs[n-1]
	}
	return 0
}

// accountOrders is one account's resting orders in a book, in time order.
type accountOrders struct {
	id         uint32
	head, tail uint32
	count      int
	reduceOnly int
	exp        Exposure // Σ over the account's resting orders of their remaining size and notional, per side
}

// Book is the limit order book of one market with price-time priority, and its matching engine (Place,
// Replace, Cancel, CancelAccount, Expire). It is not safe for concurrent use.
//
// Resting orders live in an arena of nodes reused through a free list, linked into a FIFO per price level and
// a list per account; an open-addressing table maps order ids to nodes and a binary heap orders them by
// expiry. Resting, filling, cancelling and expiring an order allocate nothing once the arenas have grown to
// the book's working size (Grow sets it up front). Costs: best level O(1); cancel by id O(1) plus O(log n)
// in the expiry heap; a new price level O(log L) to find plus a move of the levels better than it.
type Book struct {
	market   uint8
	rules    Rules
	Nodes    []node
	freeNode uint32
	Levels   []level
	freeLvl  uint32
	bids     side
	asks     side
	Ids      idIndex
	AcctIdx  map[uint32]uint32
	accounts []accountOrders
	expiry   []expiryEntry
	seq      uint64
	Listener Listener

	// Scratch buffers of Place, reused across calls.
	fills []Fill
	plan  []planStep
	sim   []simPosition
}

// NewBook returns an empty book for market m. Its rules are zero until SetRules: Place rejects every order.
func NewBook(m uint8) *Book {
	return &Book{
		market: m, Nodes: make([]node, 1), Levels: make([]level, 1),
		bids: side{bid: true}, AcctIdx: make(map[uint32]uint32), accounts: make([]accountOrders, 1),
	}
}

// Grow reserves room for n resting orders, so that a book of that size allocates nothing.
func (b *Book) Grow(n int) {
	b.Nodes = slices.Grow(b.Nodes, n)
	b.Levels = slices.Grow(b.Levels, n)
	b.expiry = slices.Grow(b.expiry, n)
	b.bids.keys, b.bids.Refs = slices.Grow(b.bids.keys, n), slices.Grow(b.bids.Refs, n)
	b.asks.keys, b.asks.Refs = slices.Grow(b.asks.keys, n), slices.Grow(b.asks.Refs, n)
	b.Ids.grow(n)
}

// Market returns the book's market.
func (b *Book) Market() uint8 { return b.market }

// Rules returns the book's order rules.
func (b *Book) Rules() Rules { return b.rules }

// SetRules replaces the book's order rules; resting orders are kept.
func (b *Book) SetRules(r Rules) { b.rules = r }

// SetListener sets the receiver of the book's events (nil: none).
func (b *Book) SetListener(l Listener) { b.Listener = l }

// Seq returns the sequence number of the book's last BookEvent or TradeEvent.
func (b *Book) Seq() uint64 { return b.seq }

// NextSeq numbers the book's next BookEvent or TradeEvent.
func (b *Book) NextSeq() uint64 {
	b.seq++
	return b.seq
}

// Len returns the number of resting orders.
func (b *Book) Len() int { return b.Ids.n }

func (b *Book) Side(buy bool) *side {
	if buy {
		return &b.bids
	}
	return &b.asks
}

// Get returns resting order id, or nil. The order is the book's: it stays valid until the book next changes
// and must not be modified.
func (b *Book) Get(id uint64) *Order {
	if h := b.Ids.Get(id); h != 0 {
		return &b.Nodes[h].Order
	}
	return nil
}

// Best returns the oldest order at the best price of a side (bids if buy), or nil; like Get, it is the book's.
func (b *Book) Best(buy bool) *Order {
	if l := b.Side(buy).best(); l != 0 {
		return &b.Nodes[b.Levels[l].Head].Order
	}
	return nil
}

// Each calls f on every resting order in priority order (bids, then asks, best first) until f returns false.
// f must not change the book.
func (b *Book) Each(f func(*Order) bool) {
	for _, s := range []*side{&b.bids, &b.asks} {
		for i := len(s.Refs) - 1; i >= 0; i-- {
			for h := b.Levels[s.Refs[i]].Head; h != 0; h = b.Nodes[h].Next {
				if !f(&b.Nodes[h].Order) {
					return
				}
			}
		}
	}
}

// RemoveIf removes every resting order for which drop reports true, in id order, with reason r, and returns
// how many it removed.
func (b *Book) RemoveIf(drop func(*Order) bool, r Reason) int {
	var ids []uint64
	b.Each(func(o *Order) bool {
		if drop(o) {
			ids = append(ids, o.ID)
		}
		return true
	})
	slices.Sort(ids)
	for _, id := range ids {
		b.Remove(b.Ids.Get(id), r)
	}
	return len(ids)
}

// Add rests o at the back of its price level without matching it. Its ID must be new and above every ID in
// the book's level (time priority is ID order), its remaining size positive and at most its size.
func (b *Book) Add(o *Order) error {
	if o.ID == 0 || b.Ids.Get(o.ID) != 0 || o.Remaining == 0 || o.Remaining > o.Signed.Msg.SizeQuantums || o.Signed.Msg.Market != b.market {
		return fmt.Errorf("sequencer: book %d cannot rest order %d (remaining %d, market %d)", b.market, o.ID, o.Remaining, o.Signed.Msg.Market)
	}
	b.rest(o)
	return nil
}

// OpenOrders returns the number of orders account rests in the book.
func (b *Book) OpenOrders(account uint32) int {
	if a := b.AcctIdx[account]; a != 0 {
		return b.accounts[a].count
	}
	return 0
}

// AccountExposure returns the remaining size and notional of account's resting orders on each side, kept up
// to date as orders rest, fill, shrink and leave: admission's open-order margin reads it in O(1).
func (b *Book) AccountExposure(account uint32) Exposure {
	if a := b.AcctIdx[account]; a != 0 {
		return b.accounts[a].exp
	}
	return Exposure{}
}

// AccountOrders calls f on each resting order of account, oldest first, until f returns false. f must not
// change the book.
func (b *Book) AccountOrders(account uint32, f func(*Order) bool) {
	a := b.AcctIdx[account]
	if a == 0 {
		return
	}
	for h := b.accounts[a].head; h != 0; h = b.Nodes[h].anext {
		if !f(&b.Nodes[h].Order) {
			return
		}
	}
}

func (b *Book) newNode() uint32 {
	if h := b.freeNode; h != 0 {
		b.freeNode = b.Nodes[h].Next
		return h
	}
	b.Nodes = append(b.Nodes, node{})
	return uint32(len(b.Nodes) - 1)
}

func (b *Book) newLevel(price uint64) uint32 {
	l := b.freeLvl
	if l != 0 {
		b.freeLvl = b.Levels[l].Head
	} else {
		b.Levels = append(b.Levels, level{})
		l = uint32(len(b.Levels) - 1)
	}
	b.Levels[l] = level{price: price}
	return l
}

// levelFor returns the level of price on side s, creating it if needed.
func (b *Book) levelFor(s *side, price uint64) uint32 {
	k := s.key(price)
	n := len(s.keys)
	if n > 0 && s.keys[n-1] == k {
		return s.Refs[n-1]
	}
	i := s.search(k)
	if i < n && s.keys[i] == k {
		return s.Refs[i]
	}
	l := b.newLevel(price)
	s.keys = slices.Insert(s.keys, i, k)
	s.Refs = slices.Insert(s.Refs, i, l)
	return l
}

// dropLevel removes the empty level l from side s and frees it.
func (b *Book) dropLevel(s *side, l uint32) {
	k := s.key(b.Levels[l].price)
	i := len(s.keys) - 1
	if s.keys[i] != k {
		i = s.search(k)
	}
	s.keys = slices.Delete(s.keys, i, i+1)
	s.Refs = slices.Delete(s.Refs, i, i+1)
	b.Levels[l].Head = b.freeLvl
	b.freeLvl = l
}

func (b *Book) accountFor(id uint32) uint32 {
	if a := b.AcctIdx[id]; a != 0 {
		return a
	}
	b.accounts = append(b.accounts, accountOrders{id: id})
	a := uint32(len(b.accounts) - 1)
	b.AcctIdx[id] = a
	return a
}

// rest inserts o at the back of its price level and returns its node.
func (b *Book) rest(o *Order) uint32 {
	h := b.newNode()
	s := b.Side(o.IsBuy())
	l := b.levelFor(s, o.Price())
	a := b.accountFor(o.Account())
	n := &b.Nodes[h]
	n.Order = *o
	lv := &b.Levels[l]
	n.level, n.prev, n.Next = l, lv.tail, 0
	if lv.tail != 0 {
		b.Nodes[lv.tail].Next = h
	} else {
		lv.Head = h
	}
	lv.tail = h
	lv.size += o.Remaining
	lv.count++
	acc := &b.accounts[a]
	n.acct, n.aprev, n.anext = a, acc.tail, 0
	if acc.tail != 0 {
		b.Nodes[acc.tail].anext = h
	} else {
		acc.head = h
	}
	acc.tail = h
	acc.count++
	acc.exp.Add(o.IsBuy(), o.Remaining, o.Price())
	if o.ReduceOnly() {
		acc.reduceOnly++
	}
	b.Ids.put(o.ID, h)
	b.heapPush(h)
	if b.Listener != nil {
		b.emitLevel(s, lv)
		b.emitOrder(OrderRested, n, 0)
	}
	return h
}

// unlink takes node h out of the book and frees it; the caller emits the order's event first.
func (b *Book) unlink(h uint32) {
	n := &b.Nodes[h]
	s := b.Side(n.IsBuy())
	lv := &b.Levels[n.level]
	if n.prev != 0 {
		b.Nodes[n.prev].Next = n.Next
	} else {
		lv.Head = n.Next
	}
	if n.Next != 0 {
		b.Nodes[n.Next].prev = n.prev
	} else {
		lv.tail = n.prev
	}
	lv.size -= n.Remaining
	lv.count--
	acc := &b.accounts[n.acct]
	if n.aprev != 0 {
		b.Nodes[n.aprev].anext = n.anext
	} else {
		acc.head = n.anext
	}
	if n.anext != 0 {
		b.Nodes[n.anext].aprev = n.aprev
	} else {
		acc.tail = n.aprev
	}
	acc.count--
	acc.exp.Sub(n.IsBuy(), n.Remaining, n.Price())
	if n.ReduceOnly() {
		acc.reduceOnly--
	}
	b.Ids.del(n.ID)
	b.heapRemove(n.heap)
	if b.Listener != nil {
		b.emitLevel(s, lv)
	}
	if lv.count == 0 {
		b.dropLevel(s, n.level)
	}
	n.Next = b.freeNode
	b.freeNode = h
}

// Remove takes node h out of the book for reason r.
func (b *Book) Remove(h uint32, r Reason) {
	if b.Listener != nil {
		b.emitOrder(OrderRemoved, &b.Nodes[h], r)
	}
	b.unlink(h)
}

// Fill takes q ≤ remaining from maker node h, removing it when nothing remains.
func (b *Book) Fill(h uint32, q uint64) {
	n := &b.Nodes[h]
	n.Remaining -= q
	if n.Remaining == 0 {
		if b.Listener != nil {
			b.emitOrder(OrderFilled, n, 0)
		}
		n.Remaining = q // unlink subtracts what the level still counts
		b.unlink(h)
		return
	}
	lv := &b.Levels[n.level]
	lv.size -= q
	b.accounts[n.acct].exp.Sub(n.IsBuy(), q, n.Price())
	if b.Listener != nil {
		b.emitLevel(b.Side(n.IsBuy()), lv)
		b.emitOrder(OrderFilled, n, 0)
	}
}

// resize shrinks node h to r (0 < r < remaining), keeping its time priority.
func (b *Book) resize(h uint32, r uint64) {
	n := &b.Nodes[h]
	lv := &b.Levels[n.level]
	lv.size -= n.Remaining - r
	b.accounts[n.acct].exp.Sub(n.IsBuy(), n.Remaining-r, n.Price())
	n.Remaining = r
	if b.Listener != nil {
		b.emitLevel(b.Side(n.IsBuy()), lv)
		b.emitOrder(OrderResized, n, 0)
	}
}

func (b *Book) emitLevel(s *side, lv *level) {
	b.seq++
	b.Listener.Level(BookEvent{Market: b.market, Seq: b.seq, Bid: s.bid, Price: lv.price, Size: lv.size, Orders: lv.count})
}

func (b *Book) emitOrder(k OrderEventKind, n *node, r Reason) {
	b.Listener.Order(OrderEvent{
		Market: b.market, Kind: k, OrderID: n.ID, Account: n.Account(), Slot: n.Signed.Msg.Slot, Remaining: n.Remaining, Reason: r,
		Nonce: n.Signed.Msg.Nonce,
	})
}

// Cancel removes resting order id and returns it.
func (b *Book) Cancel(id uint64) (Order, bool) {
	h := b.Ids.Get(id)
	if h == 0 {
		return Order{}, false
	}
	o := b.Nodes[h].Order
	b.Remove(h, ReasonCancelled)
	return o, true
}

// CancelAccount removes every resting order of account, oldest first, and appends their ids to dst.
func (b *Book) CancelAccount(account uint32, dst []uint64) []uint64 {
	a := b.AcctIdx[account]
	if a == 0 {
		return dst
	}
	for h := b.accounts[a].head; h != 0; h = b.accounts[a].head {
		dst = append(dst, b.Nodes[h].ID)
		b.Remove(h, ReasonCancelled)
	}
	return dst
}

// NextExpiry returns the earliest expiry of a resting order, if any.
func (b *Book) NextExpiry() (uint64, bool) {
	if len(b.expiry) == 0 {
		return 0, false
	}
	return b.expiry[0].exp, true
}

// Expire removes every resting order whose expiry is before now, in (expiry, id) order, and returns how many
// it removed.
func (b *Book) Expire(now uint64) int {
	n := 0
	for len(b.expiry) > 0 && b.expiry[0].exp < now {
		b.Remove(b.expiry[0].ref, ReasonExpired)
		n++
	}
	return n
}

// PriceLevel is an aggregated level of a depth snapshot.
type PriceLevel struct {
	Price  uint64
	Size   uint64
	Orders int
}

// Depth returns up to n levels of each side, best first (n ≤ 0: all levels).
func (b *Book) Depth(n int) (bids, asks []PriceLevel) {
	return b.depth(&b.bids, n), b.depth(&b.asks, n)
}

func (b *Book) depth(s *side, n int) []PriceLevel {
	if n <= 0 || n > len(s.Refs) {
		n = len(s.Refs)
	}
	out := make([]PriceLevel, 0, n)
	for i := len(s.Refs) - 1; i >= len(s.Refs)-n; i-- {
		l := &b.Levels[s.Refs[i]]
		out = append(out, PriceLevel{Price: l.price, Size: l.size, Orders: l.count})
	}
	return out
}

// ImpactPrices returns the prices at which size base quantums would finish against the best maxLevels levels
// of each side (bid: selling into the bids; ask: buying from the asks), 0 for a side too thin for it. It does
// not allocate: the funding sampler calls it before every logged command.
func (b *Book) ImpactPrices(size uint64, maxLevels int) (bid, ask uint64) {
	return b.impact(&b.bids, size, maxLevels), b.impact(&b.asks, size, maxLevels)
}

func (b *Book) impact(s *side, size uint64, maxLevels int) uint64 {
	for i := len(s.Refs) - 1; i >= 0 && i >= len(s.Refs)-maxLevels; i-- {
		l := &b.Levels[s.Refs[i]]
		if l.size >= size {
			return l.price
		}
		size -= l.size
	}
	return 0
}

// BestBid returns the best bid level, if any.
func (b *Book) BestBid() (PriceLevel, bool) { return b.top(&b.bids) }

// BestAsk returns the best ask level, if any.
func (b *Book) BestAsk() (PriceLevel, bool) { return b.top(&b.asks) }

func (b *Book) top(s *side) (PriceLevel, bool) {
	l := s.best()
	if l == 0 {
		return PriceLevel{}, false
	}
	lv := &b.Levels[l]
	return PriceLevel{Price: lv.price, Size: lv.size, Orders: lv.count}, true
}

// Snapshot returns the resting orders in priority order: bids best price first, then asks best price first,
// oldest first within a level. Restore rebuilds the same book from it.
func (b *Book) Snapshot() []Order {
	out := make([]Order, 0, b.Len())
	b.Each(func(o *Order) bool {
		out = append(out, *o)
		return true
	})
	return out
}

// Restore rests orders (a Snapshot, in any order) in an empty book. Within a level time priority is the
// order of IDs, so they are inserted in ID order: the rebuilt book has the same priority, account lists and
// expiry order as the book the snapshot was taken from. It emits the events of each insertion and changes
// nothing if it fails.
func (b *Book) Restore(orders []Order) error {
	sorted, err := b.checkRestore(orders)
	if err != nil {
		return err
	}
	for i := range sorted {
		b.rest(&sorted[i])
	}
	return nil
}

// checkRestore checks that orders can be restored in b and returns them in ID order.
func (b *Book) checkRestore(orders []Order) ([]Order, error) {
	if b.Len() != 0 {
		return nil, fmt.Errorf("sequencer: restore into a book of %d orders", b.Len())
	}
	sorted := slices.Clone(orders)
	slices.SortFunc(sorted, func(x, y Order) int { return cmp.Compare(x.ID, y.ID) })
	for i := range sorted {
		o := &sorted[i]
		switch {
		case o.ID == 0 || (i > 0 && sorted[i-1].ID == o.ID):
			return nil, fmt.Errorf("%w: %d", ErrDuplicateOrder, o.ID)
		case o.Signed.Msg.Market != b.market || o.Remaining == 0 || o.Remaining > o.Signed.Msg.SizeQuantums:
			return nil, fmt.Errorf("sequencer: cannot restore order %d (market %d, remaining %d)", o.ID, o.Signed.Msg.Market, o.Remaining)
		}
	}
	return sorted, nil
}

// Crosses reports whether a taker on side buy with limit price would trade against resting price.
func Crosses(buy bool, limit, resting uint64) bool {
	if buy {
		return resting <= limit
	}
	return resting >= limit
}

package book

import (
	"errors"
	"fmt"

	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// Errors of the matching engine's order rules. The API maps each one to its own error code.
var (
	ErrDuplicateOrder = errors.New("sequencer: order id already in the book")
)

// DefaultMaxOpenOrders is the number of orders one account may rest in one market unless MarketRules says
// otherwise.
const DefaultMaxOpenOrders = 256

// MarketRules are the order rules of one market that the sequencer enforces beyond the hashed markets table
// (which holds the tick and step sizes). They are not part of the state root: changing them never
// invalidates a proof. They are not in the input log either: recovery replays logged orders under the rules
// of the restarted service, so change them across a clean restart (Close checkpoints, leaving nothing to
// replay), never across a crash.
type MarketRules struct {
	// MinSizeQuantums is the smallest order size; 0 means one step.
	MinSizeQuantums uint64
	// MaxOpenOrders bounds the orders one account rests in the market; 0 means DefaultMaxOpenOrders.
	MaxOpenOrders int
	// ImpactSizeQuantums is the size whose impact prices the funding sampler averages (oracle.go); 0 means
	// DefaultImpactSteps steps.
	ImpactSizeQuantums uint64
}

// Rules are the order rules a Book checks before it matches an order.
type Rules struct {
	TickSize, StepSize uint64
	MinSize            uint64
	MaxOpenOrders      int
}

// NewRules returns the rules of market mk with the sequencer's extra rules r, defaults applied.
func NewRules(mk *state.Market, r MarketRules) Rules {
	out := Rules{TickSize: mk.TickSize, StepSize: mk.StepSize, MinSize: r.MinSizeQuantums, MaxOpenOrders: r.MaxOpenOrders}
	if out.MinSize == 0 {
		out.MinSize = mk.StepSize
	}
	if out.MaxOpenOrders == 0 {
		out.MaxOpenOrders = DefaultMaxOpenOrders
	}
	return out
}

// knownFlags are the order flags the sequencer understands.
const knownFlags = state.FlagPostOnly | state.FlagReduceOnly | state.FlagIOC | state.FlagFOK

// CheckOrderRules applies the rules that depend on the order message alone: known and compatible flags, a
// positive size and price, the tick and step grids and the minimum size.
func CheckOrderRules(o *state.OrderMsg, r *Rules) error {
	switch {
	case o.Flags&^knownFlags != 0:
		return fmt.Errorf("%w: flags %#x", wire.ErrMessageField, o.Flags)
	case o.Flags&state.FlagPostOnly != 0 && o.Flags&(state.FlagIOC|state.FlagFOK) != 0:
		return fmt.Errorf("%w: post-only with IOC or FOK", wire.ErrMessageField)
	case o.SizeQuantums == 0 || o.LimitPrice == 0:
		return fmt.Errorf("%w: size %d, price %d", wire.ErrOutOfRange, o.SizeQuantums, o.LimitPrice)
	case r.StepSize == 0 || o.SizeQuantums%r.StepSize != 0:
		return fmt.Errorf("%w: size %d, step %d", wire.ErrSizeOffStep, o.SizeQuantums, r.StepSize)
	case r.TickSize == 0 || o.LimitPrice%r.TickSize != 0:
		return fmt.Errorf("%w: price %d, tick %d", wire.ErrPriceOffTick, o.LimitPrice, r.TickSize)
	case o.SizeQuantums < r.MinSize:
		return fmt.Errorf("%w: size %d, minimum %d", wire.ErrBelowMinSize, o.SizeQuantums, r.MinSize)
	}
	return nil
}

// mayRest reports whether an order with these flags can rest in the book.
func mayRest(flags uint8) bool { return flags&(state.FlagIOC|state.FlagFOK) == 0 }

// Order is an order in a book: its signed message and the base quantums still open. Within a price level,
// time priority is the order of IDs: the Service numbers orders in arrival order and a replacement gets a new
// ID, so a book rebuilt by inserting its orders in ID order has the same priority.
type Order struct {
	ID        uint64
	Signed    state.SignedOrder
	Remaining uint64
}

// IsBuy reports the order's side.
func (o *Order) IsBuy() bool { return o.Signed.Msg.IsBuy }

// Price returns the order's limit price.
func (o *Order) Price() uint64 { return o.Signed.Msg.LimitPrice }

// Account returns the order's account.
func (o *Order) Account() uint32 { return o.Signed.Msg.AccountID }

// ReduceOnly reports whether the order may only reduce its account's position.
func (o *Order) ReduceOnly() bool { return o.Signed.Msg.Flags&state.FlagReduceOnly != 0 }

// Reason says why a resting order left the book.
type Reason uint8

// Reasons a resting order leaves the book.
const (
	ReasonFilled           Reason = iota + 1 // fully filled
	ReasonCancelled                          // cancelled by its owner (by id or cancel-all)
	ReasonReplaced                           // replaced by a new order
	ReasonSelfTrade                          // a taker of the same account crossed it (cancel-maker self-trade prevention)
	ReasonReduceOnly                         // reduce-only and the position no longer allows it
	ReasonRejected                           // its fill failed the engine's checks (margin, expiry, slot)
	ReasonExpired                            // its expiry passed
	ReasonMarketReduceOnly                   // its market became reduce-only and the order is not reduce-only
	ReasonMarketSettled                      // its market was settled
)

var reasonNames = [...]string{"", "filled", "cancelled", "replaced", "self_trade", "reduce_only", "rejected", "expired",
	"market_reduce_only", "market_settled"}

func (r Reason) String() string {
	if int(r) < len(reasonNames) && r != 0 {
		return reasonNames[r]
	}
	return fmt.Sprintf("reason(%d)", uint8(r))
}

// OrderEventKind is what happened to a resting order.
type OrderEventKind uint8

// Kinds of order events.
const (
	OrderRested  OrderEventKind = iota + 1 // the order entered the book
	OrderFilled                            // a maker fill; Remaining 0 means the order left the book
	OrderResized                           // a reduce-only order shrank to the position it may still reduce
	OrderRemoved                           // the order left the book for Reason
)

// BookEvent is a change of one aggregated price level: its new size and order count (Size 0: the level is
// gone). Applied in Seq order to a depth snapshot of the same market with a smaller Seq, events reproduce the
// book.
type BookEvent struct {
	Market uint8
	Seq    uint64
	Bid    bool
	Price  uint64
	Size   uint64
	Orders int
}

// TradeEvent is one fill, at the maker's price. Seq shares the market's sequence with BookEvent.
type TradeEvent struct {
	Market       uint8
	Seq          uint64
	TakerOrderID uint64
	MakerOrderID uint64
	TakerAccount uint32
	MakerAccount uint32
	TakerIsBuy   bool
	Price        uint64
	Size         uint64
	TakerFee     uint64
	MakerFee     uint64
	Batch        uint64
	Time         uint64
}

// OrderEvent is a change of one resting order (or the order of a taker that starts resting).
type OrderEvent struct {
	Market    uint8
	Kind      OrderEventKind
	OrderID   uint64
	Account   uint32
	Slot      uint16
	Remaining uint64
	Reason    Reason // for OrderRemoved
	Nonce     uint32 // the order's slot nonce
}

// Listener receives a book's events synchronously, in order, while the book is being changed. It must not
// call the book back.
type Listener interface {
	Level(BookEvent)
	Trade(TradeEvent)
	Order(OrderEvent)
}

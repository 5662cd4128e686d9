package events

import (
	"slices"

	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/wire"
)

// Tape is a ring of a market's most recent trades, wire.MaxTrades of them at most.
type Tape struct {
	buf  []book.TradeEvent
	next int
}

// Add records trade e, dropping the oldest once the tape is full.
func (t *Tape) Add(e book.TradeEvent) {
	if len(t.buf) < wire.MaxTrades {
		t.buf = append(t.buf, e)
		return
	}
	t.buf[t.next] = e
	t.next = (t.next + 1) % wire.MaxTrades
}

// Last returns up to n trades, newest first.
func (t *Tape) Last(n int) []book.TradeEvent {
	n = min(n, len(t.buf))
	out := make([]book.TradeEvent, n)
	for i := range out {
		out[i] = t.buf[(t.next+len(t.buf)-1-i)%len(t.buf)]
	}
	return out
}

// Listeners passes the books' events on to the listeners added, in the order they were added.
type Listeners struct {
	subs   []subscription
	nextID int
}

type subscription struct {
	id int
	book.Listener
}

// Add adds l and returns its id for Remove.
func (ls *Listeners) Add(l book.Listener) int {
	ls.nextID++
	ls.subs = append(ls.subs, subscription{id: ls.nextID, Listener: l})
	return ls.nextID
}

// Remove removes the listener of id.
func (ls *Listeners) Remove(id int) {
	ls.subs = slices.DeleteFunc(ls.subs, func(x subscription) bool { return x.id == id })
}

// Level passes e on to every listener.
func (ls *Listeners) Level(e book.BookEvent) {
	for i := range ls.subs {
		ls.subs[i].Level(e)
	}
}

// Trade passes e on to every listener.
func (ls *Listeners) Trade(e book.TradeEvent) {
	for i := range ls.subs {
		ls.subs[i].Trade(e)
	}
}

// Order passes e on to every listener.
func (ls *Listeners) Order(e book.OrderEvent) {
	for i := range ls.subs {
		ls.subs[i].Order(e)
	}
}

package events

import (
	"errors"
	"log/slog"
	"testing"

	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/internal/metrics"
	"github.com/perpx/perpx/sequencer/wire"
)

// TestTape checks the trade ring: newest first, and at wire.MaxTrades the oldest trade gives way.
func TestTape(t *testing.T) {
	var tp Tape
	for i := range wire.MaxTrades + 1 {
		tp.Add(book.TradeEvent{Seq: uint64(i + 1)})
	}
	got := tp.Last(wire.MaxTrades + 5)
	if len(got) != wire.MaxTrades || got[0].Seq != wire.MaxTrades+1 || got[len(got)-1].Seq != 2 {
		t.Fatalf("%d trades, newest %d, oldest %d", len(got), got[0].Seq, got[len(got)-1].Seq)
	}
}

// TestParseTopic accepts each topic in its one canonical form and refuses the others with their codes.
func TestParseTopic(t *testing.T) {
	for _, c := range []struct {
		topic string
		want  error
	}{
		{"batches", nil}, {"book:1", nil}, {"trades:2", nil}, {"account:7", nil},
		{"book:01", wire.ErrBadParams}, {"book:0", wire.ErrUnknownMarket}, {"account:-1", wire.ErrAccountID},
		{"batches:1", wire.ErrBadParams}, {"x", wire.ErrBadParams}, {"account:123456789012345678901234567", wire.ErrBadParams},
	} {
		if _, _, err := ParseTopic(c.topic); !errors.Is(err, c.want) {
			t.Errorf("%q: %v, want %v", c.topic, err, c.want)
		}
	}
}

// TestBusDurableOrder checks that a message goes out only once its entry is durable, and that a subscriber
// whose queue is full is dropped as a slow consumer rather than blocking the bus.
func TestBusDurableOrder(t *testing.T) {
	b := NewBus(slog.New(slog.DiscardHandler), metrics.New(nil))
	sub := &Subscriber{C: make(chan []byte, 1), gone: make(chan struct{})}
	b.Add(sub, "batches", 0)
	b.Publish(1, "batches", 1, nil)
	if len(sub.C) != 0 {
		t.Fatal("a message went out before its entry was durable")
	}
	b.Release(1)
	if len(sub.C) != 1 {
		t.Fatal("a durable entry's message was held")
	}
	b.Publish(2, "batches", 2, nil)
	b.Release(2)
	select {
	case <-sub.Gone():
	default:
		t.Fatal("a full subscriber was not dropped")
	}
	if r := sub.Reason(); r != "slow consumer" {
		t.Fatalf("reason %q", r)
	}
}

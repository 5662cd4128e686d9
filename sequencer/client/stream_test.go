package client_test

import (
	"context"
	"testing"
	"time"

	"github.com/perpx/perpx/sequencer/client"
	"github.com/perpx/perpx/sequencer/wire"
)

func TestClientStreamAndQueries(t *testing.T) {
	c, _, keys := setup(t)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	s, err := c.Stream(ctx, "account:0", "book:1")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.Ping(); err != nil {
		t.Fatal(err)
	}
	var snapshot bool
	for m, err := s.Next(); m == nil || m.Type != "pong"; m, err = s.Next() {
		if err != nil {
			t.Fatal(err)
		}
		snapshot = snapshot || m.Type == "book_snapshot"
	}
	m, err := c.MarketID(ctx, "btc-usd")
	if err != nil || m != 1 {
		t.Fatalf("market id %d %v", m, err)
	}
	if _, err := c.PlaceOrder(ctx, keys[1], client.Order{Account: 1, Market: 1, Size: "0.01", Price: "60000", Expiry: 1 << 32, Nonce: 1, MaxFeePpm: 500}); err != nil {
		t.Fatal(err)
	}
	slot, nonce, err := c.FreeSlot(ctx, 0, 0)
	if err != nil || slot != 0 || nonce != 1 {
		t.Fatalf("free slot %d nonce %d %v", slot, nonce, err)
	}
	if _, err := c.PlaceOrder(ctx, keys[0], client.MarketOrder(0, 1, true, "0.004", "61000").With(slot, nonce, 1<<32, 500)); err != nil {
		t.Fatal(err)
	}
	var fill wire.AccountFillJSON
	for fill.Size == "" {
		msg, err := s.Next()
		if err != nil {
			t.Fatal(err)
		}
		if msg.Type == "fill" {
			if err := msg.Decode(&fill); err != nil {
				t.Fatal(err)
			}
		}
	}
	if !snapshot || fill.Size != "0.004" || fill.Side != "buy" || fill.Liquidity != "taker" || fill.Price != "60000" {
		t.Fatalf("fill %+v (snapshot seen %v)", fill, snapshot)
	}
	fills, err := c.Fills(ctx, 0, 10, 0)
	if err != nil || len(fills) != 1 || fills[0] != fill {
		t.Fatalf("fills %+v %v", fills, err)
	}
	open, err := c.OpenOrders(ctx, 1)
	if err != nil || len(open) != 1 || open[0].Remaining != "0.006" {
		t.Fatalf("open orders %+v %v", open, err)
	}
	h, err := c.Health(ctx)
	if err != nil || h.Status != "ok" || h.RestingOrds != 1 {
		t.Fatalf("health %+v %v", h, err)
	}
	if bs, err := c.Batches(ctx, 5); err != nil || len(bs) == 0 {
		t.Fatalf("batches %+v %v", bs, err)
	}
}

// TestClientStreamOrderEntry: orders and a cancel sent on a stream are answered in order, with acks and an
// error carrying the ids sent.
func TestClientStreamOrderEntry(t *testing.T) {
	c, _, keys := setup(t)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	s, err := c.Stream(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ask, err := c.SignOrder(ctx, keys[1], client.Order{Account: 1, Market: 1, Size: "0.01", Price: "60000", Expiry: 1 << 32, Nonce: 1, MaxFeePpm: 500})
	if err != nil {
		t.Fatal(err)
	}
	taker, err := c.SignOrder(ctx, keys[0], client.MarketOrder(0, 1, true, "0.004", "61000").With(0, 1, 1<<32, 500))
	if err != nil {
		t.Fatal(err)
	}
	for i, req := range []wire.OrderRequest{ask, taker, ask} {
		if err := s.PlaceOrder(string(rune('a'+i)), req); err != nil {
			t.Fatal(err)
		}
	}
	var replies []wire.WSReply
	for len(replies) < 3 {
		m, err := s.Next()
		if err != nil {
			t.Fatal(err)
		}
		var r wire.WSReply
		if err := m.Decode(&r); err != nil {
			t.Fatal(err)
		}
		replies = append(replies, r)
	}
	if r := replies[0]; r.Type != "ack" || r.ID != "a" || r.Order.Status != "resting" {
		t.Fatalf("ask: %+v", r)
	}
	if r := replies[1]; r.Type != "ack" || r.ID != "b" || r.Order.Status != "filled" || len(r.Order.Fills) != 1 {
		t.Fatalf("taker: %+v", r)
	}
	if r := replies[2]; r.Type != "error" || r.ID != "c" || r.Code != "slot_in_use" || r.Status != 409 {
		t.Fatalf("replayed ask: %+v", r)
	}
	if err := s.CancelOrder("d", keys[1], 1, replies[0].Order.ID, 1<<32); err != nil {
		t.Fatal(err)
	}
	m, err := s.Next()
	if err != nil {
		t.Fatal(err)
	}
	var r wire.WSReply
	if err := m.Decode(&r); err != nil || r.Type != "ack" || r.ID != "d" || r.Cancel == nil || r.Cancel.Remaining != "0.006" {
		t.Fatalf("cancel: %+v %v", r, err)
	}
}

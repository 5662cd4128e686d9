package client_test

import (
	"context"
	"testing"

	"github.com/perpx/perpx/sequencer/client"
)

func TestClientMatching(t *testing.T) {
	c, _, keys := setup(t)
	ctx := context.Background()
	ask, err := c.PlaceOrder(ctx, keys[1], client.Order{Account: 1, Market: 1, Size: "0.01", Price: "60000", Expiry: 1 << 32, Nonce: 1, MaxFeePpm: 500})
	if err != nil || ask.Status != "resting" {
		t.Fatalf("ask: %+v %v", ask, err)
	}
	r, err := c.ReplaceOrder(ctx, keys[1], ask.ID, client.Order{Account: 1, Market: 1, Size: "0.02", Price: "60100", Expiry: 1 << 32, Slot: 1, Nonce: 1, MaxFeePpm: 500}, 1<<32)
	if err != nil || r.Status != "resting" || r.ID == ask.ID {
		t.Fatalf("replace: %+v %v", r, err)
	}
	mo := client.MarketOrder(0, 1, true, "0.03", "60500")
	mo.Expiry, mo.Nonce, mo.MaxFeePpm = 1<<32, 1, 500
	m, err := c.PlaceOrder(ctx, keys[0], mo)
	if err != nil || m.Status != "cancelled" || len(m.Fills) != 1 || m.Fills[0].Price != "60100" || m.Remaining != "0.01" {
		t.Fatalf("market order: %+v %v", m, err)
	}
	tr, err := c.Trades(ctx, 1, 10)
	if err != nil || len(tr.Trades) != 1 || tr.Trades[0].Size != "0.02" {
		t.Fatalf("trades: %+v %v", tr, err)
	}
	last, err := c.PlaceOrder(ctx, keys[1], client.Order{Account: 1, Market: 1, Size: "0.01", Price: "61000", Expiry: 1 << 32, Slot: 2, Nonce: 1, MaxFeePpm: 500})
	if err != nil {
		t.Fatal(err)
	}
	all, err := c.CancelAll(ctx, keys[1], 1, 0, last.ID, 1<<32)
	if err != nil || len(all.Cancelled) != 1 {
		t.Fatalf("cancel all: %+v %v", all, err)
	}
}

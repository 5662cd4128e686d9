package sequencer

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/perpx/perpx/sequencer/httpapi"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// wsReply reads the next message of c that answers a request (an ack or an error with an id), skipping stream
// messages.
func (c *wsClient) reply() wire.WSReply {
	c.t.Helper()
	timeout := time.After(10 * time.Second)
	for {
		select {
		case b, ok := <-c.msgs:
			if !ok {
				c.t.Fatal("connection closed")
			}
			var r wire.WSReply
			if err := json.Unmarshal(b, &r); err != nil {
				c.t.Fatalf("message %s: %v", b, err)
			}
			if r.Type == "ack" || (r.Type == "error" && r.Topic == "") {
				return r
			}
		case <-timeout:
			c.t.Fatal("no reply")
		}
	}
}

func (c *wsClient) request(req any) {
	c.t.Helper()
	if err := c.conn.WriteJSON(req); err != nil {
		c.t.Fatal(err)
	}
}

// TestWebSocketOrderEntry: orders and cancels sent on a connection without waiting are applied and answered
// in the order sent (a second order on the same slot finds the first one resting), each bad request gets the
// code the REST API gives it, and what the acks report is what GET shows.
func TestWebSocketOrderEntry(t *testing.T) {
	s := newService(t, 8, nil)
	s.deposit(t, hundredK, 1, 2)
	srv := httptest.NewServer(httpapi.NewWithConfig(s.Service, httpapi.Config{}))
	defer srv.Close()
	markets := testMarkets()
	mk := markets.Get(mBTC)
	ws := dialWS(t, srv.URL)
	req := func(id string, m state.OrderMsg) wire.WSRequest {
		so := sign(m)
		r := wire.NewOrderRequest(&so, mk)
		return wire.WSRequest{Op: "order", ID: id, Order: &r}
	}
	badSig := req("bad-sig", order(1, mBTC, true, btcStep, price(59_000), 9, 1))
	badSig.Order.Signature = strings.Repeat("00", 64)
	unknownMarket := req("unknown-market", order(1, mBTC, true, btcStep, price(59_000), 10, 1))
	unknownMarket.Order.Market = 9
	offTick := req("off-tick", order(1, mBTC, true, btcStep, price(59_000), 11, 1))
	offTick.Order.Price = "59000.5"
	cases := []struct {
		req        any
		id, code   string
		status     int
		wantResult string // an ack's order status
	}{
		{req: req("a", order(1, mBTC, true, btcStep, price(59_000), 1, 1)), id: "a", wantResult: "resting"},
		{req: req("same-slot", order(1, mBTC, true, btcStep, price(58_000), 1, 2)), id: "same-slot", status: 409, code: "slot_in_use"},
		{req: req("ask", order(2, mBTC, false, 2*btcStep, price(61_000), 1, 1)), id: "ask", wantResult: "resting"},
		{req: req("taker", order(1, mBTC, true, btcStep, price(61_000), 2, 1)), id: "taker", wantResult: "filled"},
		{req: badSig, id: "bad-sig", status: 401, code: "bad_signature"},
		{req: unknownMarket, id: "unknown-market", status: 404, code: "unknown_market"},
		{req: offTick, id: "off-tick", status: 400, code: "price_off_tick"},
		{req: wire.WSRequest{Op: "order", ID: "no-order"}, id: "no-order", status: 400, code: "bad_field"},
		{req: wire.WSRequest{Op: "cancel", ID: "no-cancel", OrderID: 1}, id: "no-cancel", status: 401, code: "unsigned"},
		{req: wire.WSRequest{Op: "order", ID: strings.Repeat("x", httpapi.MaxWSRequestID+1)}, status: 400, code: "bad_field"},
		{req: req(strings.Repeat("y", httpapi.MaxWSRequestID), order(2, mBTC, false, btcStep, price(62_000), 2, 1)), id: strings.Repeat("y", httpapi.MaxWSRequestID), wantResult: "resting"},
	}
	for _, c := range cases {
		ws.request(c.req)
	}
	var resting uint64
	for i, c := range cases {
		r := ws.reply()
		if r.ID != c.id {
			t.Fatalf("reply %d: id %q, want %q (replies out of order)", i, r.ID, c.id)
		}
		if c.code != "" {
			if r.Type != "error" || r.Status != c.status || r.Code != c.code {
				t.Fatalf("reply %d (%s): %+v, want %d %s", i, c.id, r, c.status, c.code)
			}
			continue
		}
		if r.Type != "ack" || r.Order == nil || r.Order.Status != c.wantResult {
			t.Fatalf("reply %d (%s): %+v, want ack %s", i, c.id, r, c.wantResult)
		}
		if c.id == "a" {
			resting = r.Order.ID
		}
	}
	cm := wire.CancelMsg{AccountID: 1, OrderID: resting, ExpirySeconds: 1 << 32}
	cr := wire.NewCancelRequest(cm, devKey(1).SignCancel(cm))
	ws.request(wire.WSRequest{Op: "cancel", ID: "c", OrderID: resting, Cancel: &cr})
	ws.request(wire.WSRequest{Op: "cancel", ID: "again", OrderID: resting, Cancel: &cr})
	if r := ws.reply(); r.Type != "ack" || r.ID != "c" || r.Cancel == nil || r.Cancel.ID != resting || r.Cancel.Status != "cancelled" {
		t.Fatalf("cancel: %+v", r)
	}
	if r := ws.reply(); r.Type != "error" || r.ID != "again" || r.Code != "order_not_found" {
		t.Fatalf("second cancel: %+v", r)
	}
	resp, err := http.Get(srv.URL + "/v1/accounts/2/orders")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var open []wire.OpenOrderJSON
	if err := json.NewDecoder(resp.Body).Decode(&open); err != nil {
		t.Fatal(err)
	}
	if len(open) != 2 {
		t.Fatalf("account 2 has %d open orders, want 2 (the partly filled ask and the last one): %+v", len(open), open)
	}
}

// TestWebSocketOrderEntryRateLimit: order entry counts against the remote address's rate limit.
func TestWebSocketOrderEntryRateLimit(t *testing.T) {
	s := newService(t, 8, nil)
	s.deposit(t, hundredK, 1)
	srv := httptest.NewServer(httpapi.NewWithConfig(s.Service, httpapi.Config{IPRate: 1e-9, IPBurst: 3}))
	defer srv.Close()
	ws := dialWS(t, srv.URL) // the upgrade takes one token
	markets := testMarkets()
	mk := markets.Get(mBTC)
	for i := range 3 {
		so := sign(order(1, mBTC, true, btcStep, price(59_000), uint16(i), 1))
		r := wire.NewOrderRequest(&so, mk)
		ws.request(wire.WSRequest{Op: "order", ID: itoa(uint64(i)), Order: &r})
	}
	for i, want := range []string{"ack", "ack", "error"} {
		if r := ws.reply(); r.Type != want || (want == "error" && r.Code != "rate_limited") {
			t.Fatalf("reply %d: %+v, want %s", i, r, want)
		}
	}
}

// FuzzWSRequest checks that the WebSocket message decoder and the order and cancel it may carry never panic,
// that every rejection of an order or cancel maps to a specific 4xx, and that an accepted order survives a
// round trip through its JSON form.
func FuzzWSRequest(f *testing.F) {
	markets := testMarkets()
	so := sign(order(1, mBTC, true, 1_000, price(60_000), 0, 1))
	or := wire.NewOrderRequest(&so, markets.Get(mBTC))
	cm := wire.CancelMsg{AccountID: 1, OrderID: 5, ExpirySeconds: 1 << 32}
	cr := wire.NewCancelRequest(cm, devKey(1).SignCancel(cm))
	for _, r := range []wire.WSRequest{{Op: "order", ID: "1", Order: &or}, {Op: "cancel", ID: "2", OrderID: 5, Cancel: &cr}, {Op: "subscribe", Topic: "book:1"}} {
		b, _ := json.Marshal(r)
		f.Add(b)
	}
	for _, s := range []string{``, `{}`, `[]`, `{"op":"order","order":null}`, `{"op":"order","order":{"size":"1e3"}}`, `{"op":"cancel","orderId":-1}`, `{"op":"x","extra":1}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		req, err := wire.DecodeWSRequest(data)
		if err != nil {
			return // answered as bad_json
		}
		check := func(err error) {
			if status, code := wire.ErrorCode(err); status < 400 || status >= 500 {
				t.Fatalf("error %v maps to %d %s", err, status, code)
			}
		}
		if req.Cancel != nil {
			if _, _, err := req.Cancel.Signed(req.OrderID); err != nil {
				check(err)
			}
		}
		if req.Order == nil {
			return
		}
		so, err := req.Order.Signed(&markets)
		if err != nil {
			check(err)
			return
		}
		r := wire.NewOrderRequest(&so, markets.Get(so.Msg.Market))
		back, err := r.Signed(&markets)
		if err != nil || back != so {
			t.Fatalf("round trip: %+v, %v", back, err)
		}
	})
}

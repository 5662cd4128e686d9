package sequencer

import (
	"encoding/json"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"

	"github.com/perpx/perpx/sequencer/httpapi"
	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// replaceJSON returns the body of a replacement of order old by o, both signed by o's account (the cancel by
// canceller).
func replaceJSON(t testing.TB, old uint64, o state.OrderMsg, canceller uint32) string {
	t.Helper()
	markets := testMarkets()
	so := sign(o)
	c := wire.CancelMsg{AccountID: canceller, OrderID: old, ExpirySeconds: 1 << 32}
	b, err := json.Marshal(wire.NewReplaceRequest(&so, markets.Get(o.Market), c, devKey(canceller).SignCancel(c)))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// cancelAllJSON returns the body of a cancel-all of m signed by key.
func cancelAllJSON(m wire.CancelAllMsg, key *wire.Key) string {
	b, _ := json.Marshal(wire.NewCancelAllRequest(m, key.SignCancelAll(m)))
	return string(b)
}

// TestAPIMatching covers the matching endpoints and the error codes of the order rules.
func TestAPIMatching(t *testing.T) {
	s := newService(t, 32, nil)
	s.Service.cfg.MarketRules[mBTC-1] = book.MarketRules{MinSizeQuantums: 2_000, MaxOpenOrders: 1}
	s.deposit(t, hundredK, 1, 2)
	api := httpapi.New(s.Service)
	ask := s.place(t, order(2, mBTC, false, 5_000, price(60_000), 0, 1))
	s.place(t, order(1, mBTC, true, 2_000, price(60_000), 0, 1))
	bid := s.place(t, order(1, mBTC, true, 2_000, price(59_000), 1, 1))
	all := wire.CancelAllMsg{AccountID: 2, Market: mBTC, UpToOrderID: ask.OrderID, ExpirySeconds: 1 << 32}
	ahead := wire.CancelAllMsg{AccountID: 2, Market: mBTC, UpToOrderID: 1 << 40, ExpirySeconds: 1 << 32}
	steps := []struct {
		name, method, path, body string
		status                   int
		code                     string
		check                    func(t *testing.T, body []byte)
	}{
		{name: "trades", method: "GET", path: "/v1/trades/1?limit=5", status: 200, check: func(t *testing.T, b []byte) {
			var r wire.TradesJSON
			mustJSON(t, b, &r)
			if len(r.Trades) != 1 || r.Trades[0].Side != "buy" || r.Trades[0].Size != "0.002" || r.Trades[0].Price != "60000" ||
				r.Trades[0].MakerOrderID != ask.OrderID || r.Trades[0].TakerFee != "0.06" || r.Trades[0].Time != 2_000 {
				t.Fatalf("%s", b)
			}
		}},
		{name: "trades limit 0", method: "GET", path: "/v1/trades/1?limit=0", status: 400, code: "bad_param"},
		{name: "trades unlisted market", method: "GET", path: "/v1/trades/7", status: 404, code: "unknown_market"},
		{name: "size below the minimum", method: "POST", path: "/v1/orders", body: orderJSON(t, order(1, mBTC, true, 1_000, price(50_000), 2, 1), devKey(1), nil),
			status: 400, code: "size_below_minimum"},
		{name: "too many open orders", method: "POST", path: "/v1/orders", body: orderJSON(t, order(1, mBTC, true, 2_000, price(50_000), 2, 1), devKey(1), nil),
			status: 409, code: "too_many_open_orders"},
		{name: "replace", method: "PUT", path: "/v1/orders/" + strconv.FormatUint(bid.OrderID, 10), body: replaceJSON(t, bid.OrderID, order(1, mBTC, true, 3_000, price(58_000), 2, 1), 1),
			status: 200, check: func(t *testing.T, b []byte) {
				var r wire.OrderResponse
				mustJSON(t, b, &r)
				if r.Status != "resting" || r.Remaining != "0.003" || r.Seq == 0 {
					t.Fatalf("%s", b)
				}
			}},
		{name: "replace a gone order", method: "PUT", path: "/v1/orders/" + strconv.FormatUint(bid.OrderID, 10), body: replaceJSON(t, bid.OrderID, order(1, mBTC, true, 3_000, price(58_000), 3, 1), 1),
			status: 404, code: "order_not_found"},
		{name: "replace with a cancel by another account", method: "PUT", path: "/v1/orders/" + strconv.FormatUint(ask.OrderID, 10), body: replaceJSON(t, ask.OrderID, order(1, mBTC, false, 3_000, price(58_000), 3, 1), 2),
			status: 422, code: "replace_mismatch"},
		{name: "replace with a forged cancel", method: "PUT", path: "/v1/orders/" + strconv.FormatUint(ask.OrderID, 10),
			body:   strings.Replace(replaceJSON(t, ask.OrderID, order(2, mBTC, false, 3_000, price(61_000), 3, 1), 2), `"expiry":4294967296,"signature"`, `"expiry":4294967297,"signature"`, 1),
			status: 401, code: "bad_signature"},
		{name: "fill-or-kill that cannot fill", method: "POST", path: "/v1/orders", body: orderJSON(t, func() state.OrderMsg {
			o := order(2, mBTC, false, 90_000, price(50_000), 4, 1)
			o.Flags = state.FlagFOK
			return o
		}(), devKey(2), nil), status: 422, code: "fill_or_kill_unfilled"},
		{name: "cancel all up to an id not assigned yet", method: "DELETE", path: "/v1/orders", body: cancelAllJSON(ahead, devKey(2)), status: 422, code: "up_to_order_id_ahead"},
		{name: "cancel all", method: "DELETE", path: "/v1/orders", body: cancelAllJSON(all, devKey(2)), status: 200, check: func(t *testing.T, b []byte) {
			var r wire.CancelAllResponse
			mustJSON(t, b, &r)
			if len(r.Cancelled) != 1 || r.Cancelled[0] != ask.OrderID {
				t.Fatalf("%s", b)
			}
		}},
		{name: "cancel all signed by another", method: "DELETE", path: "/v1/orders", body: cancelAllJSON(all, devKey(1)), status: 401, code: "bad_signature"},
		{name: "cancel all of market 9", method: "DELETE", path: "/v1/orders", body: cancelAllJSON(wire.CancelAllMsg{AccountID: 2, Market: 9}, devKey(2)), status: 404, code: "unknown_market"},
	}
	for _, st := range steps {
		if !t.Run(st.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			req := httptest.NewRequest(st.method, st.path, strings.NewReader(st.body))
			if st.body != "" {
				req.Header.Set("Content-Type", "application/json")
			}
			api.ServeHTTP(rec, req)
			if rec.Code != st.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, st.status, rec.Body)
			}
			if st.code != "" {
				var e wire.ErrorJSON
				mustJSON(t, rec.Body.Bytes(), &e)
				if e.Code != st.code {
					t.Fatalf("error %+v, want code %s", e, st.code)
				}
			}
			if st.check != nil {
				st.check(t, rec.Body.Bytes())
			}
		}) {
			t.FailNow()
		}
	}
}

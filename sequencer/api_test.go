package sequencer

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/perpx/perpx/sequencer/httpapi"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// orderJSON returns the signed request body of o, edited by f (after signing) when f is not nil.
func orderJSON(t testing.TB, o state.OrderMsg, key *wire.Key, f func(map[string]any)) string {
	t.Helper()
	markets := testMarkets()
	so := key.SignOrder(o)
	req := wire.NewOrderRequest(&so, markets.Get(o.Market))
	b, err := json.Marshal(req)
	if err != nil {
		t.Fatal(err)
	}
	if f == nil {
		return string(b)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	f(m)
	b, _ = json.Marshal(m)
	return string(b)
}

func withdrawalJSON(t testing.TB, w state.WithdrawalMsg, f func(map[string]any)) string {
	t.Helper()
	sw := devKey(w.AccountID).SignWithdrawal(w)
	b, _ := json.Marshal(wire.NewWithdrawalRequest(&sw))
	if f == nil {
		return string(b)
	}
	var m map[string]any
	json.Unmarshal(b, &m)
	f(m)
	b, _ = json.Marshal(m)
	return string(b)
}

// cancelJSON returns the body of a cancel of order id signed by account.
func cancelJSON(account uint32, id uint64) string {
	m := wire.CancelMsg{AccountID: account, OrderID: id, ExpirySeconds: 1 << 32}
	b, _ := json.Marshal(wire.NewCancelRequest(m, devKey(account).SignCancel(m)))
	return string(b)
}

func set(k string, v any) func(map[string]any) { return func(m map[string]any) { m[k] = v } }

func TestAPI(t *testing.T) {
	s := newService(t, 32, nil)
	s.deposit(t, hundredK, 1, 2)
	api := httpapi.New(s.Service)
	ask := s.place(t, order(2, mBTC, false, 5_000, price(60_000), 0, 1))
	s.place(t, order(2, mBTC, false, 5_000, price(60_100), 1, 1))
	buy := order(1, mBTC, true, 1_000, price(60_000), 0, 1)
	w := state.WithdrawalMsg{AccountID: 1, Slot: 9, Nonce: 1, ExpirySeconds: 1 << 32, AmountQuantums: 1_000_000, L1Address: l1(1)}

	valid := orderJSON(t, buy, devKey(1), nil)
	atLimit := valid + strings.Repeat(" ", wire.MaxBodyBytes-len(valid))
	buy2 := buy
	buy2.Slot = 1
	overLimit := orderJSON(t, buy2, devKey(1), nil)
	overLimit += strings.Repeat(" ", wire.MaxBodyBytes+1-len(overLimit))

	type step struct {
		name, method, path, body string
		status                   int
		code                     string
		check                    func(t *testing.T, body []byte)
	}
	steps := []step{
		{name: "place fills", method: "POST", path: "/v1/orders", body: valid, status: 200, check: func(t *testing.T, b []byte) {
			var r wire.OrderResponse
			mustJSON(t, b, &r)
			if r.Status != "filled" || r.Remaining != "0" || len(r.Fills) != 1 || r.Fills[0].Size != "0.001" ||
				r.Fills[0].Price != "60000" || r.Fills[0].TakerFee != "0.03" || r.Fills[0].MakerOrderID != ask.OrderID {
				t.Fatalf("%s", b)
			}
		}},
		{name: "body at the limit", method: "POST", path: "/v1/orders", body: atLimit, status: 409, code: "order_filled"},
		{name: "body one byte over the limit", method: "POST", path: "/v1/orders", body: overLimit, status: 413, code: "body_too_large"},
		{name: "place rests", method: "POST", path: "/v1/orders", body: orderJSON(t, order(1, mBTC, true, 2_000, price(59_000), 2, 1), devKey(1), nil), status: 200,
			check: func(t *testing.T, b []byte) {
				var r wire.OrderResponse
				mustJSON(t, b, &r)
				if r.Status != "resting" || r.Remaining != "0.002" || len(r.Fills) != 0 || r.Fills == nil {
					t.Fatalf("%s", b)
				}
			}},
		{name: "flags edited after signing", method: "POST", path: "/v1/orders", body: orderJSON(t, order(1, mBTC, true, 5_000, price(60_000), 3, 1), devKey(1), set("flags", []string{"ioc"})),
			status: 401, code: "bad_signature"},
		{name: "empty body", method: "POST", path: "/v1/orders", body: "", status: 400, code: "bad_json"},
		{name: "truncated JSON", method: "POST", path: "/v1/orders", body: valid[:20], status: 400, code: "bad_json"},
		{name: "trailing data", method: "POST", path: "/v1/orders", body: valid + "{}", status: 400, code: "bad_json"},
		{name: "array", method: "POST", path: "/v1/orders", body: "[]", status: 400, code: "bad_field"},
		{name: "unknown field", method: "POST", path: "/v1/orders", body: orderJSON(t, buy, devKey(1), set("leverage", 10)), status: 400, code: "unknown_field"},
		{name: "account as string", method: "POST", path: "/v1/orders", body: orderJSON(t, buy, devKey(1), set("account", "1")), status: 400, code: "bad_field"},
		{name: "negative account", method: "POST", path: "/v1/orders", body: orderJSON(t, buy, devKey(1), set("account", -1)), status: 400, code: "bad_field"},
		{name: "fractional nonce", method: "POST", path: "/v1/orders", body: orderJSON(t, buy, devKey(1), set("nonce", 1.5)), status: 400, code: "bad_field"},
		{name: "market 300", method: "POST", path: "/v1/orders", body: orderJSON(t, buy, devKey(1), set("market", 300)), status: 400, code: "bad_field"},
		{name: "side", method: "POST", path: "/v1/orders", body: orderJSON(t, buy, devKey(1), set("side", "long")), status: 400, code: "bad_field"},
		{name: "unknown flag", method: "POST", path: "/v1/orders", body: orderJSON(t, buy, devKey(1), set("flags", []string{"gtc"})), status: 400, code: "bad_field"},
		{name: "repeated flag", method: "POST", path: "/v1/orders", body: orderJSON(t, buy, devKey(1), set("flags", []string{"ioc", "ioc"})), status: 400, code: "bad_field"},
		{name: "size exponent", method: "POST", path: "/v1/orders", body: orderJSON(t, buy, devKey(1), set("size", "1e-3")), status: 400, code: "bad_decimal"},
		{name: "size as number", method: "POST", path: "/v1/orders", body: orderJSON(t, buy, devKey(1), set("size", 0.001)), status: 400, code: "bad_field"},
		{name: "size off step", method: "POST", path: "/v1/orders", body: orderJSON(t, buy, devKey(1), set("size", "0.0015")), status: 400, code: "size_off_step"},
		{name: "size below a quantum", method: "POST", path: "/v1/orders", body: orderJSON(t, buy, devKey(1), set("size", "0.0000001")), status: 400, code: "too_many_decimals"},
		{name: "zero size", method: "POST", path: "/v1/orders", body: orderJSON(t, buy, devKey(1), set("size", "0")), status: 400, code: "non_positive"},
		{name: "huge size", method: "POST", path: "/v1/orders", body: orderJSON(t, buy, devKey(1), set("size", "999999999999")), status: 400, code: "out_of_range"},
		{name: "missing price", method: "POST", path: "/v1/orders", body: orderJSON(t, buy, devKey(1), func(m map[string]any) { delete(m, "price") }), status: 400, code: "bad_decimal"},
		{name: "price off tick", method: "POST", path: "/v1/orders", body: orderJSON(t, buy, devKey(1), set("price", "60000.5")), status: 400, code: "price_off_tick"},
		{name: "expiry 2^40", method: "POST", path: "/v1/orders", body: orderJSON(t, buy, devKey(1), set("expiry", uint64(1)<<40)), status: 400, code: "bad_field"},
		{name: "max fee above 10^6", method: "POST", path: "/v1/orders", body: orderJSON(t, buy, devKey(1), set("maxFeePpm", 1_000_001)), status: 400, code: "bad_field"},
		{name: "slot 4096", method: "POST", path: "/v1/orders", body: orderJSON(t, buy, devKey(1), set("slot", 4096)), status: 400, code: "bad_slot"},
		{name: "account 2^24", method: "POST", path: "/v1/orders", body: orderJSON(t, buy, devKey(1), set("account", 1<<24)), status: 400, code: "bad_account_id"},
		{name: "short signature", method: "POST", path: "/v1/orders", body: orderJSON(t, buy, devKey(1), set("signature", "abcd")), status: 400, code: "bad_field"},
		{name: "signature not hex", method: "POST", path: "/v1/orders", body: orderJSON(t, buy, devKey(1), set("signature", strings.Repeat("zz", 64))), status: 400, code: "bad_field"},
		{name: "signature by another key", method: "POST", path: "/v1/orders", body: orderJSON(t, buy2, devKey(2), nil), status: 401, code: "bad_signature"},
		{name: "unlisted market", method: "POST", path: "/v1/orders", body: orderJSON(t, buy, devKey(1), set("market", 5)), status: 404, code: "unknown_market"},
		{name: "unknown account", method: "POST", path: "/v1/orders", body: orderJSON(t, order(9, mBTC, true, 1_000, price(60_000), 0, 1), devKey(9), nil), status: 404, code: "unknown_account"},
		{name: "replayed order", method: "POST", path: "/v1/orders", body: valid, status: 409, code: "order_filled"},
		{name: "expired", method: "POST", path: "/v1/orders", body: orderJSON(t, func() state.OrderMsg { o := buy2; o.ExpirySeconds = 5; return o }(), devKey(1), nil), status: 422, code: "expired"},
		{name: "max fee below the taker rate", method: "POST", path: "/v1/orders", body: orderJSON(t, func() state.OrderMsg { o := buy2; o.MaxFeePpm = 10; return o }(), devKey(1), nil),
			status: 422, code: "max_fee_too_low"},
		{name: "fill-or-kill", method: "POST", path: "/v1/orders", body: orderJSON(t, func() state.OrderMsg { o := buy2; o.Flags, o.SizeQuantums = state.FlagFOK, 50_000; return o }(), devKey(1), nil),
			status: 422, code: "fill_or_kill_unfilled"},
		{name: "slot in use", method: "POST", path: "/v1/orders", body: orderJSON(t, order(1, mBTC, true, 1_000, price(59_000), 2, 2), devKey(1), nil), status: 409, code: "slot_in_use"},
		{name: "post-only crossing", method: "POST", path: "/v1/orders", body: orderJSON(t, func() state.OrderMsg { o := buy2; o.Flags = state.FlagPostOnly; return o }(), devKey(1), nil),
			status: 409, code: "would_cross"},
		{name: "unsigned cancel", method: "DELETE", path: "/v1/orders/4", status: 401, code: "unsigned"},
		{name: "cancel signed by another account", method: "DELETE", path: "/v1/orders/4", body: cancelJSON(2, 4), status: 403, code: "not_owner"},
		{name: "cancel", method: "DELETE", path: "/v1/orders/4", body: cancelJSON(1, 4), status: 200, check: func(t *testing.T, b []byte) {
			var r wire.CancelResponse
			mustJSON(t, b, &r)
			if r.ID != 4 || r.Status != "cancelled" || r.Remaining != "0.002" {
				t.Fatalf("%s", b)
			}
		}},
		{name: "cancel again", method: "DELETE", path: "/v1/orders/4", body: cancelJSON(1, 4), status: 404, code: "order_not_found"},
		{name: "cancel bad id", method: "DELETE", path: "/v1/orders/x", status: 400, code: "bad_param"},
		{name: "markets", method: "GET", path: "/v1/markets", status: 200, check: func(t *testing.T, b []byte) {
			var ms []wire.MarketJSON
			mustJSON(t, b, &ms)
			if len(ms) != 2 || ms[0].Name != "BTC-USD" || ms[0].TickSize != "1" || ms[0].StepSize != "0.001" || ms[0].OraclePrice != "60000" || ms[1].TickSize != "0.01" {
				t.Fatalf("%s", b)
			}
		}},
		{name: "order book", method: "GET", path: "/v1/orderbook/1?depth=1", status: 200, check: func(t *testing.T, b []byte) {
			var bk wire.BookJSON
			mustJSON(t, b, &bk)
			if len(bk.Bids) != 0 || len(bk.Asks) != 1 || bk.Asks[0] != (wire.LevelJSON{Price: "60000", Size: "0.004", Orders: 1}) {
				t.Fatalf("%s", b)
			}
		}},
		{name: "order book unlisted", method: "GET", path: "/v1/orderbook/5", status: 404, code: "unknown_market"},
		{name: "order book 256", method: "GET", path: "/v1/orderbook/256", status: 400, code: "bad_param"},
		{name: "order book depth 0", method: "GET", path: "/v1/orderbook/1?depth=0", status: 400, code: "bad_param"},
		{name: "order book depth text", method: "GET", path: "/v1/orderbook/1?depth=all", status: 400, code: "bad_param"},
		{name: "account", method: "GET", path: "/v1/accounts/1", status: 200, check: func(t *testing.T, b []byte) {
			var a wire.AccountJSON
			mustJSON(t, b, &a)
			// 100000 − 60 − 0.03 fee; long 0.001 BTC worth 60 at the oracle; IMR 5% = 3, MMR 3% = 1.8.
			if a.Collateral != "99939.97" || a.TotalValue != "99999.97" || a.InitialMargin != "3" || a.MaintenanceMargin != "1.8" ||
				!a.Healthy || len(a.Positions) != 1 || a.Positions[0] != (wire.PositionJSON{Market: 1, Size: "0.001", FundingIndex: 7,
				Exposure: "60", EntryPrice: "60000", UnrealizedPnl: "0", FundingOwed: "0"}) ||
				a.L1Address != "0xaa0001"+strings.Repeat("00", 17) {
				t.Fatalf("%s", b)
			}
		}},
		{name: "account not found", method: "GET", path: "/v1/accounts/99", status: 404, code: "unknown_account"},
		{name: "account 2^24", method: "GET", path: "/v1/accounts/16777216", status: 400, code: "bad_account_id"},
		{name: "account not a number", method: "GET", path: "/v1/accounts/one", status: 400, code: "bad_param"},
		{name: "slot", method: "GET", path: "/v1/accounts/1/slots/0", status: 200, check: func(t *testing.T, b []byte) {
			var s wire.SlotJSON
			mustJSON(t, b, &s)
			if s != (wire.SlotJSON{Account: 1, Slot: 0, Nonce: 1, Filled: "1000"}) {
				t.Fatalf("%s", b)
			}
		}},
		{name: "slot 4096", method: "GET", path: "/v1/accounts/1/slots/4096", status: 400, code: "bad_slot"},
		{name: "withdraw", method: "POST", path: "/v1/withdrawals", body: withdrawalJSON(t, w, nil), status: 200, check: func(t *testing.T, b []byte) {
			var r wire.WithdrawalResponse
			mustJSON(t, b, &r)
			if r.Batch != 1 {
				t.Fatalf("%s", b)
			}
		}},
		{name: "withdraw replayed", method: "POST", path: "/v1/withdrawals", body: withdrawalJSON(t, w, nil), status: 422, code: "nonce_reused"},
		{name: "withdraw bad address", method: "POST", path: "/v1/withdrawals", body: withdrawalJSON(t, w, set("l1Address", "0x1234")), status: 400, code: "bad_field"},
		{name: "withdraw zero", method: "POST", path: "/v1/withdrawals", body: withdrawalJSON(t, w, set("amount", "0")), status: 400, code: "non_positive"},
		{name: "withdraw unknown field", method: "POST", path: "/v1/withdrawals", body: withdrawalJSON(t, w, set("to", "me")), status: 400, code: "unknown_field"},
		{name: "withdraw to another address", method: "POST", path: "/v1/withdrawals",
			body: withdrawalJSON(t, func() state.WithdrawalMsg { x := w; x.Nonce, x.L1Address = 2, l1(2); return x }(), nil), status: 422, code: "l1_address_mismatch"},
		{name: "withdraw too much", method: "POST", path: "/v1/withdrawals",
			body: withdrawalJSON(t, func() state.WithdrawalMsg { x := w; x.Nonce, x.AmountQuantums = 2, hundredK; return x }(), nil), status: 422, code: "insufficient_funds"},
		{name: "batch not sealed yet", method: "GET", path: "/v1/batches/1", status: 404, code: "batch_not_found"},
		{name: "unknown path", method: "GET", path: "/v1/nothing", status: 404, code: "not_found"},
		{name: "wrong method", method: "PUT", path: "/v1/markets", status: 405, code: "method_not_allowed"},
	}
	for _, st := range steps {
		if !t.Run(st.name, func(t *testing.T) {
			rec := httptest.NewRecorder()
			api.ServeHTTP(rec, httptest.NewRequest(st.method, st.path, strings.NewReader(st.body)))
			if rec.Code != st.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, st.status, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
				t.Fatalf("content type %q", ct)
			}
			if st.code != "" {
				var e wire.ErrorJSON
				mustJSON(t, rec.Body.Bytes(), &e)
				if e.Code != st.code || e.Error == "" {
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

	b, err := s.Seal()
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	api.ServeHTTP(rec, httptest.NewRequest("GET", "/v1/batches/1", nil))
	var bj wire.BatchJSON
	mustJSON(t, rec.Body.Bytes(), &bj)
	pd, _ := b.Pubdata()
	root := b.Header.NewRoot.Bytes()
	if rec.Code != 200 || bj.Number != 1 || bj.TxCount != 4 || bj.BatchSize != 8 || bj.Pubdata != "0x"+hex.EncodeToString(pd) ||
		bj.NewRoot != "0x"+hex.EncodeToString(root[:]) || bj.Proof != wire.ProofPending || bj.L1 != wire.L1Pending || len(bj.PublicInput) != 66 {
		t.Fatalf("batch: %s", rec.Body)
	}
}

func mustJSON(t testing.TB, b []byte, v any) {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(v); err != nil {
		t.Fatalf("reply %s: %v", b, err)
	}
}

func TestErrorCodes(t *testing.T) {
	for _, c := range wire.ErrorCodes {
		if c.Status < 400 || c.Code == "" {
			t.Errorf("%v: status %d code %q", c.Err, c.Status, c.Code)
		}
	}
	if st, code := wire.ErrorCode(errDisk); st != http.StatusInternalServerError || code != "internal" {
		t.Fatalf("unknown error: %d %s", st, code)
	}
}

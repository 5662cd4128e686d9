package sequencer

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/perpx/perpx/sequencer/httpapi"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

var updateGolden = flag.Bool("update", false, "rewrite the golden API transcripts in testdata/golden")

// goldenCase is one request of the golden API transcripts.
type goldenCase struct {
	name    string
	method  string
	path    string
	ctype   string // Content-Type; "" sends none
	body    string
	limited bool // sent to the API whose account rate limit allows one request
}

// goldenEnv is a deterministic sequencer for the transcripts: a fake clock at 2000, accounts 1 and 2 with
// 100,000 USDC, markets 3 and 4 (copies of BTC-USD) made reduce-only and settled by L1 market-params changes,
// and (see newGoldenEnv) a few orders and a withdrawal already done.
type goldenEnv struct {
	svc     *Service
	api     *httpapi.API
	limited *httpapi.API
}

func newGoldenEnv(t *testing.T) *goldenEnv {
	t.Helper()
	tree := newTree(t)
	ms := tree.Markets()
	for _, m := range []uint8{3, 4} {
		ms[m-1] = ms[mBTC-1]
		ms[m-1].Name = fmt.Sprintf("M%d-USD", m)
	}
	if err := tree.SetMarkets(ms); err != nil {
		t.Fatal(err)
	}
	if err := tree.Commit(); err != nil {
		t.Fatal(err)
	}
	cfg := Config{DataDir: "data", FS: vfs.NewMem(), Clock: newClock(2_000), MaxBatchSize: 32, Logger: quiet}
	cfg.MarketRules[mETH-1].MaxOpenOrders = 1
	svc, err := NewService(tree, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	for _, id := range []uint32{1, 2} {
		if _, err := svc.Deposit(depositRec(id, hundredK)); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range [][2]uint8{{3, state.MarketReduceOnly}, {4, state.MarketSettled}} {
		if _, err := svc.MarketParams(state.MarketParamsRecord{Market: c[0], Status: c[1], ImfPpm: 50_000, MmfPpm: 30_000}); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range []state.OrderMsg{
		order(2, mBTC, false, 5_000, price(60_000), 0, 1), // order 1: rests, then partly filled by order 2
		order(1, mBTC, true, 1_000, price(60_000), 0, 3),  // order 2: filled
		order(1, mBTC, true, 2_000, price(59_000), 2, 2),  // order 3: rests on slot 2
		order(1, mETH, true, 100, price(2_000), 3, 1),     // order 4: the one open ETH order allowed
	} {
		if _, err := svc.PlaceOrder(sign(m)); err != nil {
			t.Fatal(err)
		}
	}
	w := state.WithdrawalMsg{AccountID: 1, Slot: 9, Nonce: 1, ExpirySeconds: 1 << 32, AmountQuantums: 1_000_000, L1Address: l1(1)}
	if _, err := svc.Withdraw(devKey(1).SignWithdrawal(w)); err != nil {
		t.Fatal(err)
	}
	env := &goldenEnv{svc: svc, api: httpapi.NewWithConfig(svc, httpapi.Config{Clock: newClock(2_000)}),
		limited: httpapi.NewWithConfig(svc, httpapi.Config{Clock: newClock(2_000), AccountRate: 1, AccountBurst: 1})}
	return env
}

func goldenCases(t *testing.T) []goldenCase {
	buy := order(1, mBTC, true, 1_000, price(60_000), 5, 1)
	valid := orderJSON(t, buy, devKey(1), nil)
	with := func(o state.OrderMsg, f func(*state.OrderMsg)) state.OrderMsg { f(&o); return o }
	w := state.WithdrawalMsg{AccountID: 1, Slot: 10, Nonce: 1, ExpirySeconds: 1 << 32, AmountQuantums: 1_000_000, L1Address: l1(1)}
	wmod := func(f func(*state.WithdrawalMsg)) state.WithdrawalMsg { x := w; f(&x); return x }
	tr := state.TransferMsg{FromAccount: 1, ToAccount: state.L2AccountBase + 1, Slot: 11, Nonce: 1, ExpirySeconds: 1 << 32, AmountQuantums: 1_000_000}
	trJSON := func(key uint32, f func(*state.TransferMsg), g func(map[string]any)) string {
		x := tr
		if f != nil {
			f(&x)
		}
		st := devKey(key).SignTransfer(x)
		b, _ := json.Marshal(wire.NewTransferRequest(&st))
		if g == nil {
			return string(b)
		}
		var m map[string]any
		json.Unmarshal(b, &m)
		g(m)
		b, _ = json.Marshal(m)
		return string(b)
	}
	transfer := func(name, body string) goldenCase {
		return goldenCase{name: name, method: "POST", path: "/v1/transfers", ctype: "application/json", body: body}
	}
	oracle := func(name string, rs []state.SignedOracleReport) goldenCase {
		b, _ := json.Marshal(wire.NewOracleReportsRequest(rs))
		return goldenCase{name: name, method: "POST", path: "/v1/oracle/reports", ctype: "application/json", body: string(b)}
	}
	tampered := func() string {
		// Signed for size 0.001, sent with size 0.002.
		return orderJSON(t, buy, devKey(1), set("size", "0.002"))
	}
	cancel := func(account uint32, id uint64, expiry uint64, key uint32) string {
		m := wire.CancelMsg{AccountID: account, OrderID: id, ExpirySeconds: expiry}
		b, _ := json.Marshal(wire.NewCancelRequest(m, devKey(key).SignCancel(m)))
		return string(b)
	}
	// lifecycleOrder is buy in market m, a copy of BTC-USD with its decimals.
	lifecycleOrder := func(m uint8) string {
		so := devKey(1).SignOrder(with(buy, func(o *state.OrderMsg) { o.Market = m }))
		ms := testMarkets()
		b, _ := json.Marshal(wire.NewOrderRequest(&so, ms.Get(mBTC)))
		return string(b)
	}
	post := func(name, body string) goldenCase {
		return goldenCase{name: name, method: "POST", path: "/v1/orders", ctype: "application/json", body: body}
	}
	cs := []goldenCase{
		post("order_bad_json", `{"account":1,`),
		post("order_empty_body", ``),
		post("order_not_an_object", `[1,2,3]`),
		post("order_trailing_data", valid+`{}`),
		post("order_unknown_field", orderJSON(t, buy, devKey(1), set("leverage", 10))),
		post("order_account_as_string", orderJSON(t, buy, devKey(1), set("account", "1"))),
		post("order_negative_account", orderJSON(t, buy, devKey(1), set("account", -1))),
		post("order_fractional_nonce", orderJSON(t, buy, devKey(1), set("nonce", 1.5))),
		post("order_market_out_of_type", orderJSON(t, buy, devKey(1), set("market", 300))),
		post("order_bad_side", orderJSON(t, buy, devKey(1), set("side", "long"))),
		post("order_unknown_flag", orderJSON(t, buy, devKey(1), set("flags", []string{"gtc"}))),
		post("order_repeated_flag", orderJSON(t, buy, devKey(1), set("flags", []string{"ioc", "ioc"}))),
		post("order_size_exponent", orderJSON(t, buy, devKey(1), set("size", "1e-3"))),
		post("order_size_as_number", orderJSON(t, buy, devKey(1), set("size", 0.001))),
		post("order_size_off_step", orderJSON(t, buy, devKey(1), set("size", "0.0015"))),
		post("order_size_too_many_decimals", orderJSON(t, buy, devKey(1), set("size", "0.0000001"))),
		post("order_zero_size", orderJSON(t, buy, devKey(1), set("size", "0"))),
		post("order_huge_size", orderJSON(t, buy, devKey(1), set("size", "999999999999"))),
		post("order_missing_price", orderJSON(t, buy, devKey(1), func(m map[string]any) { delete(m, "price") })),
		post("order_price_off_tick", orderJSON(t, buy, devKey(1), set("price", "60000.5"))),
		post("order_expiry_too_large", orderJSON(t, buy, devKey(1), set("expiry", uint64(1)<<40))),
		post("order_max_fee_above_1e6", orderJSON(t, buy, devKey(1), set("maxFeePpm", 1_000_001))),
		post("order_slot_out_of_range", orderJSON(t, buy, devKey(1), set("slot", 4096))),
		post("order_huge_body", valid+strings.Repeat(" ", wire.MaxBodyBytes)),
		{name: "order_wrong_content_type", method: "POST", path: "/v1/orders", ctype: "text/plain", body: valid},
		post("order_unsigned", orderJSON(t, buy, devKey(1), func(m map[string]any) { delete(m, "signature") })),
		post("order_short_signature", orderJSON(t, buy, devKey(1), set("signature", "abcd"))),
		post("order_signature_not_hex", orderJSON(t, buy, devKey(1), set("signature", strings.Repeat("zz", 64)))),
		post("order_signed_by_another_key", orderJSON(t, buy, devKey(2), nil)),
		post("order_tampered_after_signing", tampered()),
		post("order_unknown_market", orderJSON(t, with(buy, func(o *state.OrderMsg) { o.Market = 5 }), devKey(1), nil)),
		post("order_market_reduce_only", lifecycleOrder(3)),
		post("order_market_settled", lifecycleOrder(4)),
		post("order_unknown_account", orderJSON(t, order(9, mBTC, true, 1_000, price(60_000), 0, 1), devKey(9), nil)),
		post("order_replayed", orderJSON(t, order(1, mBTC, true, 1_000, price(60_000), 0, 3), devKey(1), nil)),
		post("order_slot_in_use", orderJSON(t, order(1, mBTC, true, 1_000, price(58_000), 2, 3), devKey(1), nil)),
		post("order_wrong_nonce_for_slot", orderJSON(t, order(1, mBTC, true, 1_000, price(58_000), 0, 2), devKey(1), nil)),
		post("order_zero_nonce", orderJSON(t, with(buy, func(o *state.OrderMsg) { o.Nonce = 0 }), devKey(1), nil)),
		post("order_expired", orderJSON(t, with(buy, func(o *state.OrderMsg) { o.ExpirySeconds = 1_999 }), devKey(1), nil)),
		post("order_max_fee_below_rate", orderJSON(t, with(buy, func(o *state.OrderMsg) { o.MaxFeePpm = 10 }), devKey(1), nil)),
		{name: "order_reduce_only_nothing_to_reduce", method: "POST", path: "/v1/orders", ctype: "application/json",
			body: orderJSON(t, with(buy, func(o *state.OrderMsg) { o.Flags = state.FlagReduceOnly }), devKey(1), nil)},
		{name: "order_too_many_open_orders", method: "POST", path: "/v1/orders", ctype: "application/json",
			body: orderJSON(t, order(1, mETH, true, 100, price(1_999), 4, 1), devKey(1), nil)},
		{name: "order_rate_limited", method: "POST", path: "/v1/orders", ctype: "application/json", limited: true,
			body: orderJSON(t, order(2, mBTC, false, 1_000, price(61_000), 6, 1), devKey(2), nil)},
		{name: "order_method_not_allowed", method: "PATCH", path: "/v1/orders", ctype: "application/json", body: valid},
		{name: "no_such_endpoint", method: "GET", path: "/v1/positions"},
		{name: "cancel_unsigned", method: "DELETE", path: "/v1/orders/3"},
		{name: "cancel_unknown_field", method: "DELETE", path: "/v1/orders/3", body: `{"account":1,"expiry":4000,"signature":"00","reason":"x"}`},
		{name: "cancel_bad_signature", method: "DELETE", path: "/v1/orders/3", body: cancel(1, 3, 1<<32, 2)},
		{name: "cancel_other_accounts_order", method: "DELETE", path: "/v1/orders/3", body: cancel(2, 3, 1<<32, 2)},
		{name: "cancel_expired", method: "DELETE", path: "/v1/orders/3", body: cancel(1, 3, 1_500, 1)},
		{name: "cancel_unknown_order", method: "DELETE", path: "/v1/orders/77", body: cancel(1, 77, 1<<32, 1)},
		{name: "cancel_bad_id", method: "DELETE", path: "/v1/orders/x", body: cancel(1, 3, 1<<32, 1)},
		{name: "withdraw_bad_amount", method: "POST", path: "/v1/withdrawals", body: withdrawalJSON(t, w, set("amount", "-1"))},
		{name: "withdraw_bad_address", method: "POST", path: "/v1/withdrawals", body: withdrawalJSON(t, w, set("l1Address", "0x1234"))},
		{name: "withdraw_signed_by_another_key", method: "POST", path: "/v1/withdrawals", body: func() string {
			sw := devKey(2).SignWithdrawal(w)
			b, _ := json.Marshal(wire.NewWithdrawalRequest(&sw))
			return string(b)
		}()},
		{name: "withdraw_insufficient_funds", method: "POST", path: "/v1/withdrawals",
			body: withdrawalJSON(t, wmod(func(x *state.WithdrawalMsg) { x.AmountQuantums = 2 * hundredK }), nil)},
		{name: "withdraw_replayed", method: "POST", path: "/v1/withdrawals",
			body: withdrawalJSON(t, wmod(func(x *state.WithdrawalMsg) { x.Slot = 9 }), nil)},
		{name: "withdraw_expired", method: "POST", path: "/v1/withdrawals",
			body: withdrawalJSON(t, wmod(func(x *state.WithdrawalMsg) { x.ExpirySeconds = 1_000 }), nil)},
		{name: "withdraw_to_another_address", method: "POST", path: "/v1/withdrawals",
			body: withdrawalJSON(t, wmod(func(x *state.WithdrawalMsg) { x.L1Address = l1(2) }), nil)},
		{name: "withdraw_on_a_resting_orders_slot", method: "POST", path: "/v1/withdrawals",
			body: withdrawalJSON(t, wmod(func(x *state.WithdrawalMsg) { x.Slot, x.Nonce = 2, 5 }), nil)},
		transfer("transfer_to_self", trJSON(1, func(x *state.TransferMsg) { x.ToAccount = 1 }, nil)),
		transfer("transfer_creates_account_below_l2_base", trJSON(1, func(x *state.TransferMsg) { x.ToAccount = 7 }, nil)),
		transfer("transfer_bad_margin_mode", trJSON(1, func(x *state.TransferMsg) { x.MarginMode = 9 }, nil)),
		transfer("transfer_zero_amount", trJSON(1, nil, set("amount", "0"))),
		transfer("transfer_negative_amount", trJSON(1, nil, set("amount", "-5"))),
		transfer("transfer_signed_by_another_key", trJSON(2, nil, nil)),
		transfer("transfer_expired", trJSON(1, func(x *state.TransferMsg) { x.ExpirySeconds = 1_500 }, nil)),
		transfer("transfer_zero_nonce", trJSON(1, func(x *state.TransferMsg) { x.Nonce = 0 }, nil)),
		transfer("transfer_unknown_field", trJSON(1, nil, set("leverage", 3))),
		transfer("transfer_to_account_out_of_range", trJSON(1, nil, set("to", 1<<24))),
		transfer("transfer_from_unknown_account", trJSON(9, func(x *state.TransferMsg) { x.FromAccount = 9 }, nil)),
		transfer("transfer_on_a_resting_orders_slot", trJSON(1, func(x *state.TransferMsg) { x.Slot, x.Nonce = 2, 5 }, nil)),
		oracle("oracle_two_reports", testReports(1_990, [state.MarketCount]uint64{btcPrice, ethPrice}, 0, 1)),
		oracle("oracle_not_configured", testReports(1_990, [state.MarketCount]uint64{btcPrice, ethPrice}, 0, 1, 2)),
		{name: "account_id_not_a_number", method: "GET", path: "/v1/accounts/abc"},
		{name: "account_unknown", method: "GET", path: "/v1/accounts/99"},
		{name: "account_proof_id_not_a_number", method: "GET", path: "/v1/accounts/abc/proof"},
		{name: "account_proof_id_out_of_range", method: "GET", path: "/v1/accounts/16777216/proof"},
		{name: "fills_limit_zero", method: "GET", path: "/v1/accounts/1/fills?limit=0"},
		{name: "batches_limit_too_large", method: "GET", path: "/v1/batches?limit=1000"},
		{name: "batch_not_found", method: "GET", path: "/v1/batches/999"},
		{name: "orderbook_bad_depth", method: "GET", path: "/v1/orderbook/1?depth=-1"},
	}
	return cs
}

// transcript renders a request and its reply.
func transcript(c *goldenCase, status int, ctype string, body []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "--> %s %s\n", c.method, c.path)
	if c.ctype != "" {
		fmt.Fprintf(&b, "--> Content-Type: %s\n", c.ctype)
	}
	if c.body != "" {
		fmt.Fprintf(&b, "-->\n--> %s\n", strings.TrimRight(c.body, " "))
		if trimmed := len(c.body) - len(strings.TrimRight(c.body, " ")); trimmed > 0 {
			fmt.Fprintf(&b, "--> (followed by %d spaces)\n", trimmed)
		}
	}
	fmt.Fprintf(&b, "<-- %d %s\n<-- Content-Type: %s\n<--\n<-- %s", status, http.StatusText(status), ctype, body)
	return b.Bytes()
}

// TestGoldenAPIErrors sends every bad request of goldenCases and compares the exchange with its transcript in
// testdata/golden (-update rewrites them). Every reply must be a 4xx with a machine-readable code, and none of
// the requests may reach the input log.
func TestGoldenAPIErrors(t *testing.T) {
	env := newGoldenEnv(t)
	cases := goldenCases(t)
	dir := filepath.Join("testdata", "golden")
	if *updateGolden {
		os.MkdirAll(dir, 0o755)
	}
	// The limited API lets one request of account 2 through first.
	rec := httptest.NewRecorder()
	env.limited.ServeHTTP(rec, httptest.NewRequest("POST", "/v1/orders", strings.NewReader(orderJSON(t, order(2, mBTC, false, 1_000, price(61_000), 7, 1), devKey(2), nil))))
	if rec.Code != http.StatusOK {
		t.Fatalf("first request of the limited API: %d %s", rec.Code, rec.Body)
	}
	names := map[string]bool{}
	for i := range cases {
		c := &cases[i]
		t.Run(c.name, func(t *testing.T) {
			if names[c.name] {
				t.Fatalf("duplicate case %s", c.name)
			}
			names[c.name] = true
			before := env.svc.ilog.LastSeq()
			req := httptest.NewRequest(c.method, c.path, strings.NewReader(c.body))
			if c.ctype != "" {
				req.Header.Set("Content-Type", c.ctype)
			}
			rec := httptest.NewRecorder()
			api := env.api
			if c.limited {
				api = env.limited
			}
			api.ServeHTTP(rec, req)
			if rec.Code < 400 || rec.Code >= 500 {
				t.Fatalf("status %d, want a 4xx: %s", rec.Code, rec.Body)
			}
			var e wire.ErrorJSON
			if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Code == "" || e.Code == "internal" {
				t.Fatalf("reply %q is not an error with a code", rec.Body)
			}
			if after := env.svc.ilog.LastSeq(); after != before {
				t.Fatalf("the rejected request reached the input log (%d → %d)", before, after)
			}
			got := transcript(c, rec.Code, rec.Header().Get("Content-Type"), rec.Body.Bytes())
			path := filepath.Join(dir, c.name+".txt")
			if *updateGolden {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("transcript differs from %s (-update rewrites it):\n got: %s\nwant: %s", path, got, want)
			}
		})
	}
	if len(cases) < 40 {
		t.Fatalf("%d golden cases, want at least 40", len(cases))
	}
	// No stale transcripts.
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	for _, f := range files {
		if name := strings.TrimSuffix(filepath.Base(f), ".txt"); !names[name] && !*updateGolden {
			t.Errorf("transcript %s has no case", f)
		}
	}

}

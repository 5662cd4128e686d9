package conformance_test

import (
	"fmt"
	"net/http"
	"slices"
	"testing"
	"time"
)

// Bodies of the API, as docs/PROTOCOL.md §4 and /v1/openapi.json describe them.
type (
	orderBody struct {
		Account   uint32   `json:"account"`
		Market    uint8    `json:"market"`
		Side      string   `json:"side"`
		Size      string   `json:"size"`
		Price     string   `json:"price"`
		Flags     []string `json:"flags"`
		Expiry    uint64   `json:"expiry"`
		Slot      uint16   `json:"slot"`
		Nonce     uint32   `json:"nonce"`
		MaxFeePpm uint32   `json:"maxFeePpm"`
		Signature string   `json:"signature"`
	}
	cancelBody struct {
		Account   uint32 `json:"account"`
		Expiry    uint64 `json:"expiry"`
		Signature string `json:"signature"`
	}
	orderReply struct {
		ID                 uint64   `json:"id"`
		Status             string   `json:"status"`
		Remaining          string   `json:"remaining"`
		SelfTradeCancelled []uint64 `json:"selfTradeCancelled"`
		Fills              []struct {
			Size, Price string
		} `json:"fills"`
	}
	batchReply struct {
		Batch uint64 `json:"batch"`
	}
	totals struct {
		InsuranceFund, FeePool, Deposited, Withdrawn, CollateralChange, GenesisInsuranceFund, GenesisFeePool string
	}
)

// trader is an account and its key.
type trader struct {
	id  uint32
	key key
}

const (
	depositQuantums = 10_000_000_000 // 10,000 USDC
	transferFee     = 10_000         // TransferFeeQuantums (§1)
	maxFeePpm       = 1_000
	rollupAddress   = "0x00000000000000000000000000000000000c0de1"
)

// order signs an order of t and returns its body.
func (t trader) order(m *market, buy bool, flags uint8, size, price uint64, slot uint16, nonce uint32, expiry uint64) orderBody {
	f := orderFields{AccountID: t.id, Market: m.ID, IsBuy: buy, Flags: flags, Slot: slot, Nonce: nonce,
		ExpirySeconds: expiry, MaxFeePpm: maxFeePpm, SizeQuantums: size, LimitPrice: price}
	side := "sell"
	if buy {
		side = "buy"
	}
	names := []string{}
	for bit, name := range []string{"post_only", "reduce_only", "ioc", "fok"} {
		if flags&(1<<bit) != 0 {
			names = append(names, name)
		}
	}
	return orderBody{Account: t.id, Market: m.ID, Side: side, Size: m.size(size), Price: m.price(price), Flags: names,
		Expiry: expiry, Slot: slot, Nonce: nonce, MaxFeePpm: maxFeePpm, Signature: t.key.sign(f.hash())}
}

// cancel signs a cancel of order id.
func (t trader) cancel(id, expiry uint64) cancelBody {
	f := cancelFields{AccountID: t.id, OrderID: id, ExpirySeconds: expiry}
	return cancelBody{Account: t.id, Expiry: expiry, Signature: t.key.sign(f.hash())}
}

// TestConformance runs a sequencer and drives it as an outside client: two traders funded through the L1 queue
// sign and submit every message type — order, replace, cancel, cancel-all, withdrawal, transfer and a quorum of
// oracle reports — and the totals balance.
func TestConformance(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs perpx")
	}
	alice, bob := trader{1, devKey("conformance alice")}, trader{2, devKey("conformance bob")}
	var deps []deposit
	for i, tr := range []trader{alice, bob} {
		d := deposit{account: tr.id, pubKey: tr.key.pubKey(), amount: depositQuantums}
		d.owner[19] = byte(0xa0 + i)
		deps = append(deps, d)
	}
	l1 := fakeL1(t, rollupAddress, deps)
	n := startNode(t, l1.URL, rollupAddress)
	n.waitCollateral(alice.id, depositQuantums)
	n.waitCollateral(bob.id, depositQuantums)

	var markets []market
	n.must("GET", "/v1/markets", nil, &markets)
	i := slices.IndexFunc(markets, func(m market) bool { return m.ID == 1 && m.Status == "active" })
	if i < 0 {
		t.Fatalf("no active market 1 in %+v", markets)
	}
	m := &markets[i]
	expiry := uint64(time.Now().Add(time.Hour).Unix())
	bid := m.OraclePriceUnits - 100*m.TickSizeUnits
	bid -= bid % m.TickSizeUnits
	step := m.StepSizeQuantums

	ordersAndCancels(t, n, m, alice, bob, bid, step, expiry)
	flows(t, n, alice, bob, expiry)
	oracle(t, n, markets)
	checkTotals(t, n, alice, bob)
}

// ordersAndCancels places, replaces, cancels and cancels-all alice's orders, shows that a cancelled order's
// body sent again is refused, and lets bob's sell fill alice's bid.
func ordersAndCancels(t *testing.T, n *node, m *market, alice, bob trader, bid, step, expiry uint64) {
	var o orderReply
	first := alice.order(m, true, flagPostOnly, 10*step, bid, 1, 1, expiry)
	n.must("POST", "/v1/orders", first, &o)
	if o.Status != "resting" {
		t.Fatalf("post-only bid: %+v", o)
	}
	// Replace: a cancel of the resting order and a new order, each signed.
	var r orderReply
	n.must("PUT", fmt.Sprintf("/v1/orders/%d", o.ID), map[string]any{
		"cancel": alice.cancel(o.ID, expiry), "order": alice.order(m, true, flagPostOnly, 20*step, bid-m.TickSizeUnits, 2, 1, expiry),
	}, &r)
	if r.Status != "resting" || r.ID == o.ID {
		t.Fatalf("replace: %+v", r)
	}
	n.want(http.StatusConflict, "order_retired", "POST", "/v1/orders", first)
	var c struct {
		ID     uint64 `json:"id"`
		Status string `json:"status"`
	}
	n.must("DELETE", fmt.Sprintf("/v1/orders/%d", r.ID), alice.cancel(r.ID, expiry), &c)
	if c.ID != r.ID || c.Status != "cancelled" {
		t.Fatalf("cancel: %+v", c)
	}
	var ids []uint64
	for slot := uint16(3); slot <= 4; slot++ {
		n.must("POST", "/v1/orders", alice.order(m, true, flagPostOnly, step, bid-uint64(slot)*m.TickSizeUnits, slot, 1, expiry), &o)
		ids = append(ids, o.ID)
	}
	ca := cancelAllFields{AccountID: alice.id, Market: m.ID, UpToOrderID: ids[1], ExpirySeconds: expiry}
	var all struct {
		Cancelled []uint64 `json:"cancelled"`
	}
	n.must("DELETE", "/v1/orders", map[string]any{"account": alice.id, "market": m.ID, "upToOrderId": ids[1],
		"expiry": expiry, "signature": alice.key.sign(ca.hash())}, &all)
	slices.Sort(all.Cancelled)
	if !slices.Equal(all.Cancelled, ids) {
		t.Fatalf("cancel-all cancelled %v, want %v", all.Cancelled, ids)
	}
	// A trade: alice bids, bob sells into it (both pay fees to the fee pool).
	n.must("POST", "/v1/orders", alice.order(m, true, flagPostOnly, 5*step, bid, 5, 1, expiry), &o)
	var f orderReply
	n.must("POST", "/v1/orders", bob.order(m, false, flagIOC, 5*step, bid, 1, 1, expiry), &f)
	if f.Status != "filled" || len(f.Fills) != 1 {
		t.Fatalf("bob's sell: %+v", f)
	}
}

// flows withdraws from alice and transfers from alice to bob, who pays the transfer fee.
func flows(t *testing.T, n *node, alice, bob trader, expiry uint64) {
	before := n.collateral(alice.id)
	w := withdrawalFields{AccountID: alice.id, Slot: 10, Nonce: 1, ExpirySeconds: expiry, AmountQuantums: 1_000_000}
	w.L1Address[19] = 0xa0
	var b batchReply
	n.must("POST", "/v1/withdrawals", map[string]any{"account": alice.id, "amount": "1",
		"l1Address": fmt.Sprintf("0x%040x", w.L1Address[:]), "slot": w.Slot, "nonce": w.Nonce, "expiry": expiry,
		"signature": alice.key.sign(w.hash())}, &b)
	tr := transferFields{FromAccount: alice.id, ToAccount: bob.id, Slot: 11, Nonce: 1, ExpirySeconds: expiry, AmountQuantums: 2_000_000}
	n.must("POST", "/v1/transfers", map[string]any{"from": alice.id, "to": bob.id, "amount": "2", "marginMode": 0,
		"slot": tr.Slot, "nonce": tr.Nonce, "expiry": expiry, "signature": alice.key.sign(tr.hash())}, &b)
	if got, want := n.collateral(alice.id), before-1_000_000-2_000_000-transferFee; got != want {
		t.Fatalf("alice holds %d after a 1 USDC withdrawal and a 2 USDC transfer, want %d (transfer fee %d)", got, want, transferFee)
	}
}

// oracle signs a quorum of reports with the devnet's oracle keys 0, 1, 2, posts it, posts it again (the same
// answer, §5) and posts an older one (409 oracle_report_not_newer).
func oracle(t *testing.T, n *node, markets []market) {
	quorum := func(ts uint64, bump uint64) map[string]any {
		var reports []map[string]any
		for signer := range 3 {
			f := oracleFields{TimestampSeconds: ts}
			for _, m := range markets {
				if m.Status != "unlisted" && m.ID >= 1 && int(m.ID) <= len(f.Prices) {
					f.Prices[m.ID-1] = m.OraclePriceUnits + bump*m.TickSizeUnits
				}
			}
			k := devKey(fmt.Sprintf("perpx devnet oracle %d", signer))
			reports = append(reports, map[string]any{"signer": signer, "timestamp": ts, "prices": f.Prices,
				"signature": k.sign(f.hash())})
		}
		return map[string]any{"reports": reports}
	}
	now := uint64(time.Now().Unix())
	q := quorum(now-1, 3)
	var first, again batchReply
	n.must("POST", "/v1/oracle/reports", q, &first)
	n.must("POST", "/v1/oracle/reports", q, &again)
	if again != first {
		t.Fatalf("the same quorum again: batch %d, first %d", again.Batch, first.Batch)
	}
	n.want(http.StatusConflict, "oracle_report_not_newer", "POST", "/v1/oracle/reports", quorum(now-5, 1))
}

// checkTotals checks conservation from the outside: Σ collateral + insurance fund + fee pool = genesis insurance
// fund + genesis fee pool + deposited − withdrawn, with Σ collateral over the two traders (the only accounts).
func checkTotals(t *testing.T, n *node, alice, bob trader) {
	var tot totals
	n.must("GET", "/v1/totals", nil, &tot)
	v := func(s string) int64 {
		x, err := parseDecimal(s, quoteDecimals)
		if err != nil {
			t.Fatal(err)
		}
		return x
	}
	sum := n.collateral(alice.id) + n.collateral(bob.id)
	if got := v(tot.CollateralChange); got != sum {
		t.Errorf("collateralChange %d, Σ collateral %d", got, sum)
	}
	left := sum + v(tot.InsuranceFund) + v(tot.FeePool)
	right := v(tot.GenesisInsuranceFund) + v(tot.GenesisFeePool) + v(tot.Deposited) - v(tot.Withdrawn)
	if left != right || v(tot.Deposited) != 2*depositQuantums || v(tot.Withdrawn) != 1_000_000 {
		t.Fatalf("totals %+v: Σ collateral %d; %d ≠ %d", tot, sum, left, right)
	}
	if v(tot.FeePool) < transferFee {
		t.Fatalf("fee pool %s below the transfer fee", tot.FeePool)
	}
}

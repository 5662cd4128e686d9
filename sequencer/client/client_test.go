package client_test

import (
	"context"
	"errors"
	"log/slog"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/perpx/perpx/sequencer"
	"github.com/perpx/perpx/sequencer/client"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

type clock struct{}

func (clock) Now() time.Time { return time.Unix(2_000, 0) }

// setup returns a client of a live API over a fresh sequencer with a BTC market and two funded accounts.
func setup(t *testing.T) (*client.Client, *sequencer.Service, []*wire.Key) {
	return setupWith(t, state.Config{})
}

// oracleKey is the test oracle key of configuration index i.
func oracleKey(i int) *wire.Key {
	return wire.DevKey("client test oracle " + string(rune('0'+i)))
}

// setupWith is setup with a protocol configuration.
func setupWith(t *testing.T, protocol state.Config) (*client.Client, *sequencer.Service, []*wire.Key) {
	quiet := slog.New(slog.DiscardHandler)
	tree, err := statedb.Open("tree", statedb.WithFS(vfs.NewMem()), statedb.WithLogger(quiet))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tree.Close() })
	var m state.Markets
	m[0] = state.Market{Name: "BTC-USD", OraclePrice: 60_000_000_000, ImfPpm: 50_000, MmfPpm: 30_000, Status: state.MarketActive,
		TickSize: 1_000_000, StepSize: 1_000, BaseDecimals: 6, MakerFeePpm: 200, TakerFeePpm: 500}
	if err := tree.SetMarkets(m); err != nil {
		t.Fatal(err)
	}
	if err := tree.Commit(); err != nil {
		t.Fatal(err)
	}
	svc, err := sequencer.NewService(tree, sequencer.Config{DataDir: "d", FS: vfs.NewMem(), Clock: clock{}, MaxBatchSize: 2, Logger: quiet,
		Protocol: protocol})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	keys := []*wire.Key{wire.DevKey("alice"), wire.DevKey("bob")}
	for i, k := range keys {
		if _, err := svc.Deposit(state.DepositRecord{AccountID: uint32(i), AmountQuantums: 10_000_000_000,
			L1Address: state.L1Address{byte(i + 1)}, PubKey: k.PubKey().Compressed()}); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(sequencer.NewAPI(svc))
	t.Cleanup(srv.Close)
	return client.New(srv.URL, srv.Client()), svc, keys
}

func TestClientFlow(t *testing.T) {
	c, svc, keys := setup(t)
	ctx := context.Background()
	ms, err := c.Markets(ctx)
	if err != nil || len(ms) != 1 || ms[0].Name != "BTC-USD" {
		t.Fatalf("markets: %v %v", ms, err)
	}
	ask, err := c.PlaceOrder(ctx, keys[1], client.Order{Account: 1, Market: 1, Size: "0.01", Price: "60000", Expiry: 1 << 32, Nonce: 1, MaxFeePpm: 500})
	if err != nil || ask.Status != "resting" {
		t.Fatalf("ask: %+v %v", ask, err)
	}
	book, err := c.OrderBook(ctx, 1, 10)
	if err != nil || len(book.Asks) != 1 || book.Asks[0].Size != "0.01" {
		t.Fatalf("book: %+v %v", book, err)
	}
	nonce, err := c.NextNonce(ctx, 0, 3)
	if err != nil || nonce != 1 {
		t.Fatalf("next nonce: %d %v", nonce, err)
	}
	bid, err := c.PlaceOrder(ctx, keys[0], client.Order{Account: 0, Market: 1, Buy: true, Size: "0.004", Price: "60000.00",
		Flags: []string{"ioc"}, Expiry: 1 << 32, Slot: 3, Nonce: nonce, MaxFeePpm: 500})
	if err != nil || bid.Status != "filled" || len(bid.Fills) != 1 || bid.Fills[0].TakerFee != "0.12" || bid.Fills[0].Batch != 2 {
		t.Fatalf("bid: %+v %v", bid, err)
	}
	acc, err := c.Account(ctx, 0)
	if err != nil || acc.Collateral != "9759.88" || len(acc.Positions) != 1 || acc.Positions[0].Size != "0.004" {
		t.Fatalf("account: %+v %v", acc, err)
	}
	if _, err := c.PlaceOrder(ctx, keys[0], client.Order{Account: 0, Market: 1, Buy: true, Size: "0.0015", Price: "60000", Expiry: 1 << 32, Nonce: 1}); !errors.Is(err, wire.ErrSizeOffStep) {
		t.Fatalf("off-step size: %v", err)
	}
	var apiErr *client.APIError
	if _, err := c.PlaceOrder(ctx, keys[1], client.Order{Account: 0, Market: 1, Size: "0.001", Price: "60000", Expiry: 1 << 32, Nonce: 1, MaxFeePpm: 500}); !errors.As(err, &apiErr) || apiErr.Code != "bad_signature" || apiErr.Status != 401 {
		t.Fatalf("order signed by another key: %v", err)
	}
	if r, err := c.CancelOrder(ctx, keys[1], 1, ask.ID, 1<<32); err != nil || r.Remaining != "0.006" {
		t.Fatalf("cancel: %+v %v", r, err)
	}
	w, err := c.Withdraw(ctx, keys[0], client.Withdrawal{Account: 0, Amount: "100", L1Address: state.L1Address{1}, Slot: 4, Nonce: 1, Expiry: 1 << 32})
	if err != nil || w.Batch != 2 {
		t.Fatalf("withdraw: %+v %v", w, err)
	}
	b, err := c.Batch(ctx, 2)
	if err != nil || b.TxCount != 2 || b.Proof != wire.ProofPending {
		t.Fatalf("batch 2: %+v %v", b, err)
	}
	if err := svc.SetBatchStatus(2, wire.BatchStatus{Proof: wire.ProofDone, ProofHex: "0x01", L1: wire.L1Verified, L1Tx: "0xabc"}); err != nil {
		t.Fatal(err)
	}
	if b, err := c.Batch(ctx, 2); err != nil || b.Proof != wire.ProofDone || b.L1 != wire.L1Verified || b.L1Tx != "0xabc" {
		t.Fatalf("batch 2 status: %+v %v", b, err)
	}
	if _, err := c.Batch(ctx, 3); !errors.As(err, &apiErr) || apiErr.Code != "batch_not_found" {
		t.Fatalf("batch 3: %v", err)
	}
	// Batch 2 is verified, batch 1 not yet: there is no verified state until it is.
	if _, err := c.AccountProof(ctx, 0); !errors.As(err, &apiErr) || apiErr.Code != "not_verified" || apiErr.Status != 503 {
		t.Fatalf("proof before batch 1 is verified: %v", err)
	}
	if err := svc.SetBatchStatus(1, wire.BatchStatus{Proof: wire.ProofDone, L1: wire.L1Verified}); err != nil {
		t.Fatal(err)
	}
	if n, err := svc.SyncVerified(); err != nil || n != 2 {
		t.Fatalf("verified state at %d: %v", n, err)
	}
	if p, err := c.AccountProof(ctx, 0); err != nil || p.Batch != 2 || p.Root != b.NewRoot || p.Leaf.CollateralQuantums != "9659880000" {
		t.Fatalf("proof of account 0: %+v %v", p, err)
	}
}

// TestClientTransferAndOracle: a transfer opens an isolated sub-account with the sender's key; a bad transfer
// is an APIError with its code; oracle reports move the price, and a service without oracle keys refuses them.
func TestClientTransferAndOracle(t *testing.T) {
	cfg := state.Config{MaxFundingRatePpm: 1_000, FundingIntervalSeconds: 60, OracleMaxAgeSeconds: 120, LiquidationFeePpm: 10_000}
	for i := range cfg.OracleKeys {
		cfg.OracleKeys[i] = oracleKey(i).PubKey()
	}
	c, svc, keys := setupWith(t, cfg)
	ctx := context.Background()
	sub := state.L2AccountBase + 5
	res, err := c.Transfer(ctx, keys[0], client.Transfer{From: 0, To: sub, Amount: "12.5", MarginMode: 1, Slot: 7, Nonce: 1, Expiry: 1 << 32})
	if err != nil || res.Batch == 0 {
		t.Fatalf("transfer: %+v %v", res, err)
	}
	a, err := c.Account(ctx, sub)
	if err != nil || a.Collateral != "12.5" {
		t.Fatalf("sub-account: %+v %v", a, err)
	}
	var apiErr *client.APIError
	_, err = c.Transfer(ctx, keys[0], client.Transfer{From: 0, To: 0, Amount: "1", Slot: 8, Nonce: 1, Expiry: 1 << 32})
	if !errors.As(err, &apiErr) || apiErr.Code != "self_transfer" {
		t.Fatalf("self transfer: %v", err)
	}
	var rs []state.SignedOracleReport
	for _, k := range []uint8{1, 2, 3} {
		r := state.OracleReport{TimestampSeconds: 1_990, Prices: [state.MarketCount]uint64{61_000_000_000}}
		rs = append(rs, oracleKey(int(k)).SignOracleReport(k, r))
	}
	if _, err := c.SubmitOracleReports(ctx, rs); err != nil {
		t.Fatalf("oracle reports: %v", err)
	}
	if p := svc.Markets()[0].OraclePrice; p != 61_000_000_000 {
		t.Fatalf("price after the reports: %d", p)
	}
	c2, _, _ := setup(t)
	if _, err := c2.SubmitOracleReports(ctx, rs); !errors.As(err, &apiErr) || apiErr.Code != "oracle_not_configured" {
		t.Fatalf("reports without oracle keys: %v", err)
	}
}

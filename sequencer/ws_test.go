package sequencer

import (
	"bytes"
	"encoding/json"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/gorilla/websocket"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// wsClient reads a stream connection continuously (as a client must, to answer the server's pings).
type wsClient struct {
	t    *testing.T
	conn *websocket.Conn
	msgs chan []byte
}

func dialWS(t *testing.T, url string) *wsClient {
	t.Helper()
	conn, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(url, "http")+"/v1/ws", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
	c := &wsClient{t: t, conn: conn, msgs: make(chan []byte, 1<<16)}
	go func() {
		defer close(c.msgs)
		for {
			_, b, err := conn.ReadMessage()
			if err != nil {
				return
			}
			c.msgs <- b
		}
	}()
	return c
}

func (c *wsClient) send(op, topic string) {
	c.t.Helper()
	if err := c.conn.WriteJSON(wire.WSRequest{Op: op, Topic: topic}); err != nil {
		c.t.Fatal(err)
	}
}

// untilPong returns the messages received before the reply to a ping sent now: every event of every command
// acknowledged before the ping.
func (c *wsClient) untilPong() []map[string]json.RawMessage {
	c.t.Helper()
	c.send("ping", "")
	var out []map[string]json.RawMessage
	timeout := time.After(10 * time.Second)
	for {
		var b []byte
		var ok bool
		select {
		case b, ok = <-c.msgs:
			if !ok {
				c.t.Fatal("connection closed")
			}
		case <-timeout:
			c.t.Fatal("no pong")
		}
		var m map[string]json.RawMessage
		if err := json.Unmarshal(b, &m); err != nil {
			c.t.Fatalf("message %s: %v", b, err)
		}
		if string(m["type"]) == `"pong"` {
			return out
		}
		out = append(out, m)
	}
}

func msgType(m map[string]json.RawMessage) string {
	var s string
	json.Unmarshal(m["type"], &s)
	return s
}

func decodeMsg[T any](t *testing.T, m map[string]json.RawMessage) T {
	t.Helper()
	b, _ := json.Marshal(m)
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// applyLevels applies a snapshot's or a delta's levels to a side of a book kept by price.
func applyLevels(side map[string]wire.LevelJSON, ls []wire.LevelJSON) {
	for _, l := range ls {
		if l.Size == "0" {
			delete(side, l.Price)
		} else {
			side[l.Price] = l
		}
	}
}

func sortedLevels(side map[string]wire.LevelJSON, bid bool, mk *state.Market) []wire.LevelJSON {
	out := make([]wire.LevelJSON, 0, len(side))
	for _, l := range side {
		out = append(out, l)
	}
	slices.SortFunc(out, func(a, b wire.LevelJSON) int {
		pa, _ := wire.ParsePrice(a.Price, mk)
		pb, _ := wire.ParsePrice(b.Price, mk)
		if bid {
			return cmpUint(pb, pa)
		}
		return cmpUint(pa, pb)
	})
	return out
}

// TestWebSocketStreams subscribes to a book, an account, the market's trades and the batches; drives random
// orders and cancels through the HTTP API; and checks that the book snapshot plus the deltas rebuild the book
// GET returns, that the account stream carries exactly the account's fills as GET lists them, and that
// unsubscribing stops a stream. Heartbeats arrive on an idle connection.
func TestWebSocketStreams(t *testing.T) {
	r := rand.New(rand.NewPCG(testSeed(t), 5))
	s := newService(t, 8, nil)
	s.deposit(t, hundredK, 1, 2, 3)
	srv := httptest.NewServer(NewAPIWithConfig(s.Service, APIConfig{Heartbeat: 50 * time.Millisecond}))
	defer srv.Close()
	markets := testMarkets()
	mk := markets.Get(mBTC)
	post := func(method, path string, v any) (int, []byte) {
		b, _ := json.Marshal(v)
		req, _ := http.NewRequest(method, srv.URL+path, bytes.NewReader(b))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, body
	}
	get := func(path string, v any) {
		t.Helper()
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
			t.Fatal(err)
		}
	}
	nonce := map[uint32]uint32{}
	resting := map[uint32][]uint64{}
	var takerFills int
	place := func(id uint32) {
		nonce[id]++
		m := order(id, mBTC, r.IntN(2) == 0, btcStep*(1+r.Uint64N(4)), price(59_997+r.Uint64N(6)), uint16(nonce[id]), nonce[id])
		so := sign(m)
		code, body := post("POST", "/v1/orders", wire.NewOrderRequest(&so, mk))
		if code != http.StatusOK {
			return
		}
		var res wire.OrderResponse
		mustJSON(t, body, &res)
		if res.Status == "resting" {
			resting[id] = append(resting[id], res.ID)
		}
		if id == 1 {
			takerFills += len(res.Fills)
		}
	}
	// A book before anyone subscribes.
	for range 10 {
		place(2 + uint32(r.IntN(2)))
	}
	ws := dialWS(t, srv.URL)
	for _, topic := range []string{"book:1", "account:1", "trades:1", "batches"} {
		ws.send("subscribe", topic)
	}
	ws.send("subscribe", "book:9")
	ws.send("subscribe", "nonsense")
	ws.send("subscribe", "book:01") // one stream, one spelling (issue 16, item 8)
	msgs := ws.untilPong()          // the subscriptions are in place
	for step := range 120 {
		id := 1 + uint32(r.IntN(3))
		if r.IntN(6) == 0 && len(resting[id]) > 0 {
			oid := resting[id][0]
			resting[id] = resting[id][1:]
			m := wire.CancelMsg{AccountID: id, OrderID: oid, ExpirySeconds: 1 << 32}
			post("DELETE", "/v1/orders/"+itoa(oid), wire.NewCancelRequest(m, devKey(id).SignCancel(m)))
			continue
		}
		place(id)
		if step == 60 {
			if _, err := s.Seal(); err != nil {
				t.Fatal(err)
			}
		}
	}
	msgs = append(msgs, ws.untilPong()...)
	bids, asks := map[string]wire.LevelJSON{}, map[string]wire.LevelJSON{}
	var snap, deltas, trades, fills, accounts, batches int
	var lastSeq uint64
	errs := map[string]string{}
	subscribed := map[string]bool{}
	for _, m := range msgs {
		switch msgType(m) {
		case "subscribed":
			subscribed[decodeMsg[wire.WSReply](t, m).Topic] = true
		case "book_snapshot", "book_delta":
			b := decodeMsg[BookMsg](t, m)
			if msgType(m) == "book_snapshot" {
				snap++
				clear(bids)
				clear(asks)
			} else {
				deltas++
				if snap == 0 || b.Seq <= lastSeq {
					t.Fatalf("delta at seq %d before the snapshot or out of order (last %d)", b.Seq, lastSeq)
				}
			}
			lastSeq = b.Seq
			applyLevels(bids, b.Bids)
			applyLevels(asks, b.Asks)
		case "trade":
			trades++
		case "fill":
			f := decodeMsg[wire.AccountFillJSON](t, m)
			if f.Account != 1 {
				t.Fatalf("fill of account %d on account 1's stream", f.Account)
			}
			fills++
		case "account":
			accounts++
		case "batch":
			batches++
		case "error":
			e := decodeMsg[wire.WSReply](t, m)
			errs[e.Topic] = e.Code
		}
	}
	var book wire.BookJSON
	get("/v1/orderbook/1?depth=1000", &book)
	if gb, ga := sortedLevels(bids, true, mk), sortedLevels(asks, false, mk); !slices.Equal(gb, book.Bids) || !slices.Equal(ga, book.Asks) {
		t.Fatalf("stream book differs from GET:\nstream bids %v asks %v\nGET    bids %v asks %v", gb, ga, book.Bids, book.Asks)
	}
	var got []wire.AccountFillJSON
	get("/v1/accounts/1/fills?limit=1000", &got)
	if fills != len(got) || fills < takerFills || fills == 0 {
		t.Fatalf("account 1: %d fills streamed, %d listed, %d as taker", fills, len(got), takerFills)
	}
	if snap != 1 || deltas == 0 || trades == 0 || accounts == 0 || batches == 0 {
		t.Fatalf("snapshots %d, deltas %d, trades %d, account updates %d, batches %d", snap, deltas, trades, accounts, batches)
	}
	if errs["book:9"] != "unknown_market" || errs["nonsense"] != "bad_param" || errs["book:01"] != "bad_param" {
		t.Fatalf("subscription errors %v", errs)
	}
	if len(subscribed) != 4 || subscribed["book:9"] || subscribed["nonsense"] || subscribed["book:01"] {
		t.Fatalf("subscriptions confirmed: %v; want the 4 valid topics only", subscribed)
	}
	t.Logf("%d book deltas, %d trades, %d fills of account 1, %d levels", deltas, trades, fills, len(book.Bids)+len(book.Asks))

	// Unsubscribed, the trades stream stops; heartbeats keep coming.
	ws.send("unsubscribe", "trades:1")
	ws.untilPong()
	for range 30 {
		place(1 + uint32(r.IntN(3)))
	}
	time.Sleep(120 * time.Millisecond)
	heartbeats := 0
	for _, m := range ws.untilPong() {
		switch msgType(m) {
		case "trade":
			t.Fatal("trade after unsubscribing")
		case "heartbeat":
			heartbeats++
		}
	}
	if heartbeats == 0 {
		t.Fatal("no heartbeat")
	}
}

func itoa(v uint64) string { return strconv.FormatUint(v, 10) }

// TestWebSocketHealthWarnings raises an account's margin ratio through trades and checks that its stream
// reports each threshold crossed, and GET /metrics exposes the service's metrics.
func TestWebSocketHealthWarnings(t *testing.T) {
	tree := newTree(t)
	s, err := NewService(tree, Config{DataDir: "data", FS: vfs.NewMem(), Clock: newClock(2_000), MaxBatchSize: 8,
		Logger: quiet, HealthThresholdsPpm: []uint64{100_000, 200_000, 1_000_000}})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for id, amt := range map[uint32]uint64{1: 1_000_000_000, 2: hundredK} {
		if _, err := s.Deposit(depositRec(id, amt)); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(NewAPI(s))
	defer srv.Close()
	ws := dialWS(t, srv.URL)
	ws.send("subscribe", "account:1")
	ws.untilPong()
	trade := func(n uint32) {
		if _, err := s.PlaceOrder(sign(order(2, mBTC, false, 100_000, price(60_000), uint16(n), n))); err != nil {
			t.Fatal(err)
		}
		if _, err := s.PlaceOrder(sign(order(1, mBTC, true, 100_000, price(60_000), uint16(n), n))); err != nil {
			t.Fatal(err)
		}
	}
	var levels []int
	for n := uint32(1); n <= 2; n++ {
		trade(n) // 0.1 BTC at a time: MMR/TV ≈ 0.18, then ≈ 0.36
		for _, m := range ws.untilPong() {
			if msgType(m) == "health" {
				h := decodeMsg[HealthMsg](t, m)
				if h.Account != 1 || h.MarginRatio == nil {
					t.Fatalf("health message %+v", h)
				}
				levels = append(levels, h.Level)
			}
		}
	}
	if !slices.Equal(levels, []int{1, 2}) {
		t.Fatalf("health levels %v, want [1 2]", levels)
	}
	resp, err := http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	for _, want := range []string{`perpx_commands_total{kind="order"} 4`, "perpx_log_sync_seconds_bucket", "perpx_apply_seconds_bucket",
		"perpx_batch_transactions", "perpx_writer_queue", "perpx_trades_total 2", "perpx_stream_connections 1", "perpx_match_seconds_count 4"} {
		if !strings.Contains(string(body), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

// fundingFeed is a MarketFeed that keeps every price and, on a funding tick, moves BTC at rate ppm.
type fundingFeed struct {
	cfg  *state.Config
	rate int16
}

func (f fundingFeed) MarketUpdate(ts uint64, markets *state.Markets, g state.Globals, tick bool) state.MarketUpdate {
	u := engine.StillUpdate(f.cfg, markets, g, ts)
	if u.Tick {
		u.Record.RatesPpm[mBTC-1] = f.rate
	}
	return u
}

// healthEnv is a service whose account 1 (1,000 USDC) is long 0.1 BTC at 60,000 against account 2, at
// health level 1 of the thresholds 0.1, 0.2 and 1 (MMR/TV ≈ 0.18), with a stream subscribed to account 1.
type healthEnv struct {
	s     *Service
	tree  *statedb.Tree
	clock *fakeClock
	ws    *wsClient
}

func newHealthEnv(t *testing.T, feed func(*state.Config) engine.MarketFeed) *healthEnv {
	tree := newTree(t)
	cfg := Config{DataDir: "data", FS: vfs.NewMem(), Clock: newClock(2_000), MaxBatchSize: 8, Logger: quiet,
		Protocol: testProtocol(), HealthThresholdsPpm: []uint64{100_000, 200_000, 1_000_000}}
	cfg.Protocol.MaxFundingRatePpm = 30_000
	if feed != nil {
		cfg.MarketFeed = feed(&cfg.Protocol)
	}
	s, err := NewService(tree, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for id, amt := range map[uint32]uint64{1: 1_000_000_000, 2: hundredK, 3: hundredK} {
		if _, err := s.Deposit(depositRec(id, amt)); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(NewAPI(s))
	t.Cleanup(srv.Close)
	env := &healthEnv{s: s, tree: tree, clock: cfg.Clock.(*fakeClock), ws: dialWS(t, srv.URL)}
	env.ws.send("subscribe", "account:1")
	env.ws.untilPong()
	for _, o := range []state.OrderMsg{order(2, mBTC, false, 100_000, price(60_000), 1, 1), order(1, mBTC, true, 100_000, price(60_000), 1, 1)} {
		if _, err := s.PlaceOrder(sign(o)); err != nil {
			t.Fatal(err)
		}
	}
	if got := env.health(t); !slices.Equal(got, [][2]int{{1, 0}}) {
		t.Fatalf("health after the trade %v, want [[1 0]]", got)
	}
	return env
}

// health returns the (level, previous) of the health messages received since the last call.
func (e *healthEnv) health(t *testing.T) [][2]int {
	t.Helper()
	var out [][2]int
	for _, m := range e.ws.untilPong() {
		if msgType(m) != "health" {
			continue
		}
		h := decodeMsg[HealthMsg](t, m)
		if h.Account != 1 || h.MarginRatio == nil {
			t.Fatalf("health message %+v", h)
		}
		out = append(out, [2]int{h.Level, h.Previous})
	}
	return out
}

// fundingTick seals the open batch and deposits to account 3 a funding interval later: the new batch ticks,
// which reaches account 1 only through the BTC funding index.
func (e *healthEnv) fundingTick(t *testing.T) {
	if _, err := e.s.Seal(); err != nil {
		t.Fatal(err)
	}
	e.clock.Set(2_000 + 60)
	if _, err := e.s.Deposit(depositRec(3, 1)); err != nil {
		t.Fatal(err)
	}
}

// TestWebSocketHealthWarningsWithoutTouch: an oracle price move or a funding tick that touches no account
// still warns a subscribed account whose health crosses a threshold because of it, and tells it when it is
// back under the threshold.
func TestWebSocketHealthWarningsWithoutTouch(t *testing.T) {
	oracle := func(at, ts int64, btc uint64) func(*testing.T, *healthEnv) {
		return func(t *testing.T, e *healthEnv) {
			e.clock.Set(at)
			if _, err := e.s.SubmitOracleReports(btcReports(uint64(ts), price(btc))); err != nil {
				t.Fatal(err)
			}
		}
	}
	type step struct {
		name string
		run  func(*testing.T, *healthEnv)
		want [][2]int // (level, previous) of the health messages
	}
	for _, c := range []struct {
		name  string
		feed  func(*state.Config) engine.MarketFeed
		steps []step
	}{
		{"oracle moves", nil, []step{
			{"59,000: MMR/TV ≈ 0.197", oracle(2_010, 2_009, 59_000), nil},
			{"58,500: MMR/TV ≈ 0.207", oracle(2_020, 2_019, 58_500), [][2]int{{2, 1}}},
			{"59,000 again", oracle(2_030, 2_029, 59_000), [][2]int{{1, 2}}},
			{"60,000", oracle(2_040, 2_039, 60_000), nil},
		}},
		{"funding tick", func(cfg *state.Config) engine.MarketFeed { return fundingFeed{cfg: cfg, rate: 30_000} }, []step{
			{"180 USDC of funding: MMR/TV ≈ 0.22", func(t *testing.T, e *healthEnv) { e.fundingTick(t) }, [][2]int{{2, 1}}},
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := newHealthEnv(t, c.feed)
			for _, st := range c.steps {
				st.run(t, e)
				if got := e.health(t); !slices.Equal(got, st.want) {
					t.Fatalf("%s: health messages %v, want %v", st.name, got, st.want)
				}
			}
		})
	}
}

// newStreamLimitService returns a service with Config.MaxAccountStreams 2 and accounts 1..accounts funded.
func newStreamLimitService(t *testing.T, accounts uint32) *Service {
	t.Helper()
	s, err := NewService(newTree(t), Config{DataDir: "data", FS: vfs.NewMem(), Clock: newClock(2_000), MaxBatchSize: 8,
		Logger: quiet, MaxAccountStreams: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	for id := uint32(1); id <= accounts; id++ {
		if _, err := s.Deposit(depositRec(id, hundredK)); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// TestWebSocketAccountStreamLimit checks Config.MaxAccountStreams: with a limit of 2, a third account's stream is
// refused (too_many_account_streams) while another connection may still follow a streamed account, and once an
// account's last subscriber leaves, the third may subscribe.
func TestWebSocketAccountStreamLimit(t *testing.T) {
	s := newStreamLimitService(t, 3)
	srv := httptest.NewServer(NewAPI(s))
	defer srv.Close()
	replies := func(c *wsClient) map[string]string {
		out := map[string]string{}
		for _, m := range c.untilPong() {
			switch msgType(m) {
			case "subscribed", "unsubscribed", "error":
				r := decodeMsg[wire.WSReply](t, m)
				out[r.Topic] = r.Type + r.Code
			}
		}
		return out
	}
	a, b := dialWS(t, srv.URL), dialWS(t, srv.URL)
	a.send("subscribe", "account:1")
	a.send("subscribe", "account:2")
	a.send("subscribe", "account:3")
	if got := replies(a); got["account:1"] != "subscribed" || got["account:2"] != "subscribed" ||
		got["account:3"] != "errortoo_many_account_streams" {
		t.Fatalf("at the limit: %v", got)
	}
	b.send("subscribe", "account:2")
	if got := replies(b); got["account:2"] != "subscribed" {
		t.Fatalf("a streamed account on another connection: %v", got)
	}
	a.send("unsubscribe", "account:1")
	a.send("subscribe", "account:3")
	if got := replies(a); got["account:1"] != "unsubscribed" || got["account:3"] != "subscribed" {
		t.Fatalf("after account 1's stream ended: %v", got)
	}
}

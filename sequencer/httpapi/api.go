package httpapi

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"time"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/events"
	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/internal/metrics"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// DefaultDepth and MaxDepth bound the levels per side of GET /v1/orderbook/{market}?depth=n.
const (
	DefaultDepth = 50
	MaxDepth     = 1000
)

// NewServer returns a server for h at addr with bounded header size and read, write and idle timeouts.
func NewServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr: addr, Handler: h, MaxHeaderBytes: 16 << 10, ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout: 10 * time.Second, WriteTimeout: 30 * time.Second, IdleTimeout: 2 * time.Minute,
	}
}

// API serves the sequencer's HTTP/JSON API (the OpenAPI document, GET /v1/openapi.json, describes it):
//
//	POST   /v1/orders                      OrderRequest → OrderResponse
//	PUT    /v1/orders/{id}                 ReplaceRequest → OrderResponse (cancel-replace, signed twice)
//	DELETE /v1/orders/{id}                 CancelRequest → CancelResponse (signed by the order's account)
//	DELETE /v1/orders                      CancelAllRequest → CancelAllResponse (signed by the account)
//	GET    /v1/markets                     → []MarketJSON
//	GET    /v1/orderbook/{market}?depth=n  → BookJSON (depth=1: the best bid and offer)
//	GET    /v1/trades/{market}?limit=n     → TradesJSON (newest first)
//	GET    /v1/accounts/{id}               → AccountJSON (with its risk view)
//	GET    /v1/accounts/{id}/orders        → []OpenOrderJSON
//	GET    /v1/accounts/{id}/fills         → []AccountFillJSON (newest first; ?limit=n&before=seq)
//	GET    /v1/accounts/{id}/slots/{slot}  → SlotJSON
//	GET    /v1/accounts/{id}/proof         → AccountProofJSON (leaf and Merkle path at the last L1-verified root)
//	GET    /v1/batches?limit=n&before=n    → []BatchSummaryJSON (newest first)
//	GET    /v1/batches/{n}                 → BatchJSON
//	POST   /v1/withdrawals                 WithdrawalRequest → WithdrawalResponse
//	POST   /v1/transfers                   TransferRequest → TransferResponse
//	POST   /v1/oracle/reports              OracleReportsRequest → OracleReportsResponse
//	GET    /v1/health                      → HealthJSON (503 once stopped)
//	GET    /v1/totals                      → wire.TotalsJSON (insurance fund, fee pool, deposits, withdrawals)
//	GET    /v1/openapi.json                → the OpenAPI 3 document
//	GET    /v1/ws                          WebSocket streams (ws.go)
//	GET    /metrics                        Prometheus metrics
//
// Every error is a 4xx or 5xx with an ErrorJSON body (ErrorCode lists the codes). Bodies are limited to
// MaxBodyBytes and must be JSON (a Content-Type other than application/json is refused), unknown fields are
// rejected, every remote address and every signing account has a token-bucket rate limit, and only fully
// decoded, signature-checked values reach the Service.
type API struct {
	svc      Backend
	metrics  *metrics.Metrics
	mux      *http.ServeMux
	log      *slog.Logger
	cfg      Config
	accounts *rateLimiter[uint32]
	ips      *rateLimiter[string]
	wsConns  addressCounter // open WebSocket connections
	wsAccts  addressCounter // unsigned account-stream subscriptions, by address
	wsSigned addressCounter // signed account-stream subscriptions, by account
}

// Config tunes an API; zero fields take the defaults.
type Config struct {
	// Clock drives the rate limiters; nil means SystemClock.
	Clock engine.Clock
	// Logger receives the API's logs; nil means the Backend's logger.
	Logger *slog.Logger
	// AccountRate and AccountBurst limit signed requests per account (per second, and in a burst);
	// IPRate and IPBurst limit requests per remote address. Zero means the Default constants; a negative rate
	// disables the limit.
	AccountRate, AccountBurst float64
	IPRate, IPBurst           float64
	// Heartbeat is the interval of WebSocket heartbeats; zero means DefaultHeartbeat.
	Heartbeat time.Duration
	// MaxWSConns and MaxWSConnsPerAddress bound the WebSocket connections open at once, in all and from one
	// remote address; MaxAccountStreamsPerAddress bounds one address's unsigned account streams. Zero means
	// the Default constants.
	MaxWSConns, MaxWSConnsPerAddress, MaxAccountStreamsPerAddress int
}

func (c *Config) applyDefaults() {
	if c.Clock == nil {
		c.Clock = engine.SystemClock{}
	}
	def := func(v *float64, d float64) {
		if *v == 0 {
			*v = d
		}
	}
	def(&c.AccountRate, DefaultAccountRate)
	def(&c.AccountBurst, DefaultAccountBurst)
	def(&c.IPRate, DefaultIPRate)
	def(&c.IPBurst, DefaultIPBurst)
	if c.Heartbeat <= 0 {
		c.Heartbeat = DefaultHeartbeat
	}
	for _, l := range []struct {
		v *int
		d int
	}{{&c.MaxWSConns, DefaultMaxWSConns}, {&c.MaxWSConnsPerAddress, DefaultMaxWSConnsPerAddress},
		{&c.MaxAccountStreamsPerAddress, DefaultMaxAccountStreamsPerAddress}} {
		if *l.v <= 0 {
			*l.v = l.d
		}
	}
}

// New returns the API of svc with the default limits.
func New(svc Backend) *API { return NewWithConfig(svc, Config{}) }

// NewWithConfig returns the API of svc configured by cfg.
func NewWithConfig(svc Backend, cfg Config) *API {
	cfg.applyDefaults()
	if cfg.Logger == nil {
		cfg.Logger = svc.Logger()
	}
	a := &API{svc: svc, metrics: svc.Metrics(), mux: http.NewServeMux(), log: cfg.Logger, cfg: cfg,
		accounts: newRateLimiter[uint32](cfg.AccountRate, cfg.AccountBurst, cfg.Clock),
		ips:      newRateLimiter[string](cfg.IPRate, cfg.IPBurst, cfg.Clock),
	}
	a.mux.HandleFunc("POST /v1/orders", a.placeOrder)
	a.mux.HandleFunc("PUT /v1/orders/{id}", a.replaceOrder)
	a.mux.HandleFunc("DELETE /v1/orders/{id}", a.cancelOrder)
	a.mux.HandleFunc("DELETE /v1/orders", a.cancelAll)
	a.mux.HandleFunc("GET /v1/markets", a.markets)
	a.mux.HandleFunc("GET /v1/orderbook/{market}", a.orderBook)
	a.mux.HandleFunc("GET /v1/trades/{market}", a.trades)
	a.mux.HandleFunc("GET /v1/accounts/{id}", a.account)
	a.mux.HandleFunc("GET /v1/accounts/{id}/orders", a.accountOrders)
	a.mux.HandleFunc("GET /v1/accounts/{id}/fills", a.accountFills)
	a.mux.HandleFunc("GET /v1/accounts/{id}/slots/{slot}", a.slot)
	a.mux.HandleFunc("GET /v1/accounts/{id}/proof", a.accountProof)
	a.mux.HandleFunc("GET /v1/batches", a.batches)
	a.mux.HandleFunc("GET /v1/batches/{n}", a.batch)
	a.mux.HandleFunc("POST /v1/withdrawals", a.withdraw)
	a.mux.HandleFunc("POST /v1/transfers", a.transfer)
	a.mux.HandleFunc("POST /v1/oracle/reports", a.oracleReports)
	a.mux.HandleFunc("GET /v1/health", a.health)
	a.mux.HandleFunc("GET /v1/totals", a.totals)
	a.mux.HandleFunc("GET /v1/stress/latest", a.stressLatest)
	mountDashboard(a.mux) // GET / and /ui/: the web dashboard (dashboard_route.go)
	a.mux.HandleFunc("GET /v1/openapi.json", a.openAPI)
	a.mux.HandleFunc("GET /v1/ws", a.websocket)
	a.mux.Handle("GET /metrics", a.metrics.Handler())
	return a
}

// ServeHTTP routes a request; unknown paths and methods get JSON errors too. Before any handler runs, the
// request passes its remote address's rate limit, and a body's declared media type must be JSON.
func (a *API) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	_, pattern := a.mux.Handler(r)
	sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
	defer func() { a.metrics.ObserveRequest(routeLabel(pattern), sw.status, time.Since(start)) }()
	w = sw
	if r.ContentLength > wire.MaxBodyBytes { // refused before reading: no "100 Continue" invites the body
		w.Header().Set("Connection", "close")
		a.fail(w, fmt.Errorf("%w: declared %d bytes, limit %d", wire.ErrBodyTooLarge, r.ContentLength, wire.MaxBodyBytes))
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, wire.MaxBodyBytes)
	if !a.ips.allow(remoteIP(r)) {
		a.metrics.RateLimited.WithLabelValues("ip").Inc()
		a.fail(w, fmt.Errorf("%w: remote address", wire.ErrRateLimited))
		return
	}
	if err := checkContentType(r); err != nil {
		a.fail(w, err)
		return
	}
	if pattern == "" {
		rec := &statusRecorder{header: http.Header{}}
		a.mux.ServeHTTP(rec, r)
		if allow := rec.header.Get("Allow"); allow != "" {
			w.Header().Set("Allow", allow)
		}
		if rec.status == http.StatusMethodNotAllowed {
			a.fail(w, fmt.Errorf("%w: %s %s", wire.ErrNoMethod, r.Method, r.URL.Path))
			return
		}
		a.fail(w, fmt.Errorf("%w: %s %s", wire.ErrNoRoute, r.Method, r.URL.Path))
		return
	}
	if durableReads[pattern] {
		a.serveDurable(w, r)
		return
	}
	a.mux.ServeHTTP(w, r)
}

// Pattern returns the route pattern r matches, "" for none.
func (a *API) Pattern(r *http.Request) string {
	_, pattern := a.mux.Handler(r)
	return pattern
}

// durableReads are the routes that read state the input log derives. Their replies are held until every log
// entry appended by the time the handler has read is durable: a reader never sees an effect a crash could
// still undo, such as an order resting in the book before its acknowledgement. The wait is at most a group
// commit. Batches and verified proofs are read from what is durable already; health, metrics and the OpenAPI
// document must answer whatever the log does.
var durableReads = map[string]bool{
	"GET /v1/markets":                    true,
	"GET /v1/orderbook/{market}":         true,
	"GET /v1/trades/{market}":            true,
	"GET /v1/accounts/{id}":              true,
	"GET /v1/accounts/{id}/orders":       true,
	"GET /v1/accounts/{id}/fills":        true,
	"GET /v1/accounts/{id}/slots/{slot}": true,
	"GET /v1/totals":                     true,
}

// serveDurable runs a durable read's handler into a held reply and sends it once the log entries it may
// reflect are durable, or answers the log's failure instead.
func (a *API) serveDurable(w http.ResponseWriter, r *http.Request) {
	held := &heldReply{header: w.Header(), status: http.StatusOK}
	a.mux.ServeHTTP(held, r)
	if err := a.svc.WaitDurable(); err != nil {
		a.fail(w, err)
		return
	}
	w.WriteHeader(held.status)
	w.Write(held.body.Bytes())
}

// heldReply is a response writer that keeps the reply: status, body, and the headers of the writer it
// stands for.
type heldReply struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (h *heldReply) Header() http.Header         { return h.header }
func (h *heldReply) Write(p []byte) (int, error) { return h.body.Write(p) }
func (h *heldReply) WriteHeader(code int)        { h.status = code }

// statusRecorder captures the status the mux gives a request it has no handler for.
type statusRecorder struct {
	header http.Header
	status int
}

func (s *statusRecorder) Header() http.Header         { return s.header }
func (s *statusRecorder) Write(b []byte) (int, error) { return len(b), nil }
func (s *statusRecorder) WriteHeader(code int)        { s.status = code }

func (a *API) reply(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(v); err != nil {
		a.log.Debug("api: write reply", "err", err)
	}
}

// clientCaused lists the 5xx codes that a client's request causes and that say nothing about the server's health:
// they are logged at debug level, so no client can write ERROR lines.
var clientCaused = map[string]bool{"not_verified": true, "too_many_account_streams": true}

func (a *API) fail(w http.ResponseWriter, err error) {
	status, code := wire.ErrorCode(err)
	switch {
	case status == http.StatusInternalServerError:
		a.log.Error("api", "code", code, "err", err)
	case status >= 500 && !clientCaused[code]:
		a.log.Warn("api", "code", code, "err", err)
	default:
		a.log.Debug("api", "status", status, "code", code, "err", err)
	}
	a.reply(w, status, wire.ErrorJSON{Code: code, Error: err.Error()})
}

// pathUint parses path value name as an unsigned integer of the given bit size.
func pathUint(r *http.Request, name string, bits int) (uint64, error) {
	v, err := strconv.ParseUint(r.PathValue(name), 10, bits)
	if err != nil {
		return 0, fmt.Errorf("%w: %s %q", wire.ErrBadParams, name, r.PathValue(name))
	}
	return v, nil
}

func (a *API) placeOrder(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	markets := a.svc.Markets()
	so, err := wire.DecodeOrder(r.Body, &markets)
	if err != nil {
		a.fail(w, err)
		return
	}
	if err := a.authorizeOrder(&so); err != nil {
		a.fail(w, err)
		return
	}
	res, err := a.svc.SubmitOrder(so)
	if err != nil {
		a.fail(w, err)
		return
	}
	a.metrics.AckLatency.Observe(time.Since(start).Seconds())
	a.reply(w, http.StatusOK, NewOrderResponse(res, markets.Get(so.Msg.Market)))
}

func (a *API) cancelOrder(w http.ResponseWriter, r *http.Request) {
	id, err := pathUint(r, "id", 64)
	if err != nil {
		a.fail(w, err)
		return
	}
	m, sig, err := wire.DecodeCancel(r.Body, id)
	if err != nil {
		a.fail(w, err)
		return
	}
	if err := a.authorize(m.AccountID, m.Hash(), &sig); err != nil {
		a.fail(w, err)
		return
	}
	o, seq, err := a.svc.SubmitCancel(m)
	if err != nil {
		a.fail(w, err)
		return
	}
	markets := a.svc.Markets()
	a.reply(w, http.StatusOK, wire.CancelResponse{ID: id, Status: "cancelled", Remaining: wire.FormatSize(int64(o.Remaining), markets.Get(o.Signed.Msg.Market)), Seq: seq})
}

func (a *API) markets(w http.ResponseWriter, _ *http.Request) {
	markets := a.svc.Markets()
	out := []wire.MarketJSON{}
	for i := range markets {
		if markets[i].Status != state.MarketUnlisted {
			out = append(out, wire.NewMarketJSON(uint8(i+1), &markets[i]))
		}
	}
	a.reply(w, http.StatusOK, out)
}

// marketQuery reads a request on a listed market: the {market} path value with its row, and the query
// parameter name, a count in 1..max that defaults to def.
func (a *API) marketQuery(r *http.Request, name string, def, max int) (uint8, *state.Market, int, error) {
	m, err := pathUint(r, "market", 8)
	if err != nil {
		return 0, nil, 0, err
	}
	n, err := queryUint(r, name, uint64(def), 1, uint64(max))
	if err != nil {
		return 0, nil, 0, err
	}
	markets := a.svc.Markets()
	mk := markets.Get(uint8(m))
	if mk == nil || mk.Status == state.MarketUnlisted {
		return 0, nil, 0, fmt.Errorf("%w: %d", wire.ErrUnknownMarket, m)
	}
	return uint8(m), mk, int(n), nil
}

func (a *API) orderBook(w http.ResponseWriter, r *http.Request) {
	m, mk, depth, err := a.marketQuery(r, "depth", DefaultDepth, MaxDepth)
	if err != nil {
		a.fail(w, err)
		return
	}
	bids, asks, err := a.svc.Depth(m, depth)
	if err != nil {
		a.fail(w, err)
		return
	}
	levels := func(ls []book.PriceLevel) []wire.LevelJSON {
		out := make([]wire.LevelJSON, len(ls))
		for i, l := range ls {
			out[i] = wire.LevelJSON{Price: wire.FormatPrice(l.Price, mk), Size: wire.FormatSize(int64(l.Size), mk), Orders: l.Orders}
		}
		return out
	}
	a.reply(w, http.StatusOK, wire.BookJSON{Market: uint8(m), Bids: levels(bids), Asks: levels(asks)})
}

func (a *API) account(w http.ResponseWriter, r *http.Request) {
	id, err := pathUint(r, "id", 32)
	if err != nil {
		a.fail(w, err)
		return
	}
	acc, risk, err := a.svc.AccountRisk(uint32(id))
	if err != nil {
		a.fail(w, err)
		return
	}
	markets := a.svc.Markets()
	a.reply(w, http.StatusOK, events.NewAccountJSON(uint32(id), &acc, risk, &markets))
}

func (a *API) slot(w http.ResponseWriter, r *http.Request) {
	id, err := pathUint(r, "id", 32)
	if err != nil {
		a.fail(w, err)
		return
	}
	slot, err := pathUint(r, "slot", 16)
	if err != nil {
		a.fail(w, err)
		return
	}
	s, order, err := a.svc.Slot(uint32(id), uint16(slot))
	if err != nil {
		a.fail(w, err)
		return
	}
	a.reply(w, http.StatusOK, wire.SlotJSON{Account: uint32(id), Slot: uint16(slot), Nonce: s.Nonce, Filled: strconv.FormatUint(s.Filled, 10), RestingOrder: order})
}

func (a *API) batch(w http.ResponseWriter, r *http.Request) {
	n, err := pathUint(r, "n", 64)
	if err != nil {
		a.fail(w, err)
		return
	}
	b, st, err := a.svc.Batch(n)
	if err != nil {
		a.fail(w, err)
		return
	}
	pd, err := b.Pubdata()
	if err != nil {
		a.fail(w, err)
		return
	}
	hex0x := func(b []byte) string { return "0x" + hex.EncodeToString(b) }
	oldRoot, newRoot := b.Header.OldRoot.Bytes(), b.Header.NewRoot.Bytes()
	pi := make([]byte, 32)
	state.PublicInput(&b.Header, pd).FillBytes(pi)
	a.reply(w, http.StatusOK, wire.BatchJSON{
		Number: n, Timestamp: b.Header.TimestampSeconds, BatchSize: b.BatchSize, TxCount: wal.TxCount(b),
		OldRoot: hex0x(oldRoot[:]), NewRoot: hex0x(newRoot[:]), ConfigHash: hex0x(b.Header.ConfigHash[:]),
		PublicInput: hex0x(pi), Pubdata: hex0x(pd), BatchStatus: st,
	})
}

func (a *API) transfer(w http.ResponseWriter, r *http.Request) {
	st, err := wire.DecodeTransfer(r.Body)
	if err != nil {
		a.fail(w, err)
		return
	}
	if err := a.authorize(st.Msg.FromAccount, st.Msg.Hash(), &st.Sig); err != nil {
		a.fail(w, fmt.Errorf("transfer from account %d: %w", st.Msg.FromAccount, err))
		return
	}
	n, err := a.svc.SubmitTransfer(st)
	if err != nil {
		a.fail(w, err)
		return
	}
	a.reply(w, http.StatusOK, wire.TransferResponse{Batch: n})
}

func (a *API) oracleReports(w http.ResponseWriter, r *http.Request) {
	rs, err := wire.DecodeOracleReports(r.Body)
	if err != nil {
		a.fail(w, err)
		return
	}
	n, err := a.svc.SubmitOracleReports(rs)
	if err != nil {
		a.fail(w, err)
		return
	}
	a.reply(w, http.StatusOK, wire.OracleReportsResponse{Batch: n})
}

func (a *API) withdraw(w http.ResponseWriter, r *http.Request) {
	sw, err := wire.DecodeWithdrawal(r.Body)
	if err != nil {
		a.fail(w, err)
		return
	}
	if err := a.authorize(sw.Msg.AccountID, sw.Msg.Hash(), &sw.Sig); err != nil {
		a.fail(w, fmt.Errorf("withdrawal from account %d: %w", sw.Msg.AccountID, err))
		return
	}
	n, err := a.svc.SubmitWithdrawal(sw)
	if err != nil {
		a.fail(w, err)
		return
	}
	a.reply(w, http.StatusOK, wire.WithdrawalResponse{Batch: n})
}

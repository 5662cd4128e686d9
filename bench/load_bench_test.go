package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/perpx/perpx/sequencer"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// Shape of the load benchmark.
const (
	loadAccounts = 256 // signing accounts, spread over the clients
	loadClients  = 64  // concurrent HTTP clients, each with a keep-alive connection
	loadLevels   = 500 // price levels per side the resting orders spread over
	// loadRestingMixCrossPct and loadCrossingMixCrossPct are the percentages of orders that are IOC and cross
	// the book (trades, each moving two accounts' Merkle paths) in the two mixes: a market maker's quoting
	// (almost every order rests) and a busy market (one order in ten trades).
	loadRestingMixCrossPct  = 1
	loadCrossingMixCrossPct = 10
	loadWindow              = 4 // orders a WebSocket client keeps in flight
	// loadWarmup orders go through the API before the clock starts, so that every signing key has been seen
	// (the sequencer caches a key's verification table from its second use) as on a running exchange.
	loadWarmup = 4 * loadAccounts
)

// loadEnv is a sequencer with durability on (a real directory, every acknowledgement after a synced group
// commit) serving its API on loopback.
type loadEnv struct {
	url  string
	svc  *sequencer.Service
	keys []*wire.Key
	mk   state.Market
}

func newLoadEnv(b *testing.B) *loadEnv { return newLoadEnvSize(b, 32) }

// newLoadEnvSize is newLoadEnv with batches of maxBatch transactions.
func newLoadEnvSize(b *testing.B, maxBatch int) *loadEnv {
	b.Helper()
	dir := b.TempDir()
	quiet := slog.New(slog.DiscardHandler)
	tree, err := statedb.Open(filepath.Join(dir, "state"), statedb.WithLogger(quiet))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { tree.Close() })
	var markets state.Markets
	markets[0] = state.Market{
		Name: "BTC-USD", OraclePrice: 60_000_000_000, ImfPpm: 50_000, MmfPpm: 30_000, Status: state.MarketActive,
		TickSize: 1_000_000, StepSize: 1_000, BaseDecimals: 6, MakerFeePpm: 200, TakerFeePpm: 500,
	}
	if err := tree.SetMarkets(markets); err != nil {
		b.Fatal(err)
	}
	if err := tree.Commit(); err != nil {
		b.Fatal(err)
	}
	cfg := sequencer.Config{DataDir: dir, MaxBatchSize: maxBatch, Logger: quiet, SealInterval: time.Second}
	cfg.MarketRules[0].MaxOpenOrders = 1 << 20
	svc, err := sequencer.NewService(tree, cfg)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { svc.Close() })
	env := &loadEnv{svc: svc, mk: markets[0]}
	for i := range loadAccounts {
		k := wire.DevKey(fmt.Sprint("load ", i))
		env.keys = append(env.keys, k)
		r := state.DepositRecord{AccountID: uint32(i), AmountQuantums: 1 << 50, PubKey: k.PubKey().Compressed()}
		r.L1Address[0], r.L1Address[1] = 1, byte(i)
		if _, err := svc.Deposit(r); err != nil {
			b.Fatal(err)
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	srv := sequencer.NewHTTPServer(ln.Addr().String(), sequencer.NewAPIWithConfig(svc, sequencer.APIConfig{AccountRate: -1, IPRate: -1, MaxWSConnsPerAddress: loadClients}))
	go srv.Serve(ln)
	b.Cleanup(func() { srv.Close() })
	env.url = "http://" + ln.Addr().String()
	return env
}

// bodies returns n signed order requests: resting limit orders spread over loadLevels levels on each side of
// 60,000 USDC, and crossPct percent IOC orders that cross. Signing runs on every core.
func (env *loadEnv) bodies(b *testing.B, n int, seed uint64, crossPct int) [][]byte {
	out := make([][]byte, n)
	var next [loadAccounts]atomic.Uint32
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(seed, uint64(w)))
			for i := w; i < n; i += workers {
				acct := uint32(i % loadAccounts)
				k := next[acct].Add(1)
				buy := r.IntN(2) == 0
				m := state.OrderMsg{AccountID: acct, Market: 1, IsBuy: buy, Slot: uint16(k % 4096), Nonce: 1 + k/4096,
					ExpirySeconds: 1 << 39, MaxFeePpm: 1_000, SizeQuantums: 1_000 * (1 + r.Uint64N(10))}
				off := uint64(1+r.IntN(loadLevels)) * 1_000_000
				switch {
				case r.IntN(100) < crossPct:
					m.Flags = state.FlagIOC
					m.LimitPrice = 60_000_000_000 + 2*loadLevels*1_000_000
					if !buy {
						m.LimitPrice = 60_000_000_000 - 2*loadLevels*1_000_000
					}
				case buy:
					m.LimitPrice = 60_000_000_000 - off
				default:
					m.LimitPrice = 60_000_000_000 + off
				}
				so := env.keys[acct].SignOrder(m)
				body, err := json.Marshal(wire.NewOrderRequest(&so, &env.mk))
				if err != nil {
					b.Error(err)
					return
				}
				out[i] = body
			}
		}()
	}
	wg.Wait()
	return out
}

// BenchmarkLoad drives the API over loopback with loadClients concurrent clients sending pre-signed orders
// and reports the sustained rate of acknowledged orders (each durable in the input log before its reply) and
// the p50 and p99 acknowledgement latency, over each transport and for each mix (cross=1pct: 1 % of orders
// trade; cross=10pct: 10 % do):
//
//   - ws: WebSocket order entry (op "order" on GET /v1/ws), each client keeping up to loadWindow orders in
//     flight on its connection, the way a market maker streams quotes; acks come back in order;
//   - http: POST /v1/orders, each client waiting for each reply before sending its next order.
//
// Run it with a fixed count, for instance
//
//	go test ./bench/ -run '^$' -bench 'Load/transport=ws' -benchtime 20000x
func BenchmarkLoad(b *testing.B) {
	for _, t := range []struct {
		name  string
		drive loadDriver
	}{{"transport=ws", loadWS}, {"transport=http", loadHTTP}} {
		b.Run(t.name, func(b *testing.B) {
			for _, pct := range []int{loadRestingMixCrossPct, loadCrossingMixCrossPct} {
				b.Run(fmt.Sprintf("cross=%dpct", pct), func(b *testing.B) { runLoad(b, t.drive, pct) })
			}
		})
	}
}

// loadDriver sends bodies[i] for every i its clients take from next, recording each acknowledgement's latency
// in lat[i]; it reports a failed order through fail.
type loadDriver func(env *loadEnv, bodies [][]byte, lat []time.Duration, fail func(string))

func runLoad(b *testing.B, drive loadDriver, crossPct int) {
	env := newLoadEnv(b)
	bodies := env.bodies(b, loadWarmup+b.N, 1, crossPct)
	lat := make([]time.Duration, loadWarmup+b.N)
	var failed atomic.Int64
	var firstErr atomic.Value
	fail := func(msg string) {
		failed.Add(1)
		firstErr.CompareAndSwap(nil, msg)
	}
	drive(env, bodies[:loadWarmup], lat[:loadWarmup], fail)
	bodies, lat = bodies[loadWarmup:], lat[loadWarmup:]
	b.ResetTimer()
	cpu0 := processCPU()
	start := time.Now()
	drive(env, bodies, lat, fail)
	elapsed := time.Since(start)
	cpu := processCPU() - cpu0
	b.StopTimer()
	if n := failed.Load(); n > 0 {
		b.Fatalf("%d of %d orders not acknowledged; first: %v", n, b.N, firstErr.Load())
	}
	slices.Sort(lat)
	pct := func(p float64) float64 { return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))]) / 1e6 }
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "orders/s")
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.99), "p99-ms")
	b.ReportMetric(float64(cpu.Microseconds())/float64(b.N), "cpu-µs/order")
	b.ReportMetric(0, "ns/op")
	h := env.svc.Health()
	b.Logf("%d orders in %v over %d clients, %d resting after, last batch %d; process CPU %v (server and load generator: %.2f cores)",
		b.N, elapsed.Round(time.Millisecond), loadClients, h.RestingOrds, h.LastBatch, cpu.Round(time.Millisecond), cpu.Seconds()/elapsed.Seconds())
}

// loadHTTP posts each order and waits for its reply, loadClients at a time over keep-alive connections.
func loadHTTP(env *loadEnv, bodies [][]byte, lat []time.Duration, fail func(string)) {
	var next atomic.Int64
	tr := &http.Transport{MaxIdleConnsPerHost: loadClients, MaxConnsPerHost: loadClients}
	defer tr.CloseIdleConnections()
	hc := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	var wg sync.WaitGroup
	for range loadClients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(bodies) {
					return
				}
				t0 := time.Now()
				resp, err := hc.Post(env.url+"/v1/orders", "application/json", bytes.NewReader(bodies[i]))
				if err != nil {
					fail(err.Error())
					continue
				}
				msg, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				lat[i] = time.Since(t0)
				if resp.StatusCode != http.StatusOK {
					fail(string(msg))
				}
			}
		}()
	}
	wg.Wait()
}

// loadWS streams orders over loadClients WebSocket connections, each with up to loadWindow orders in flight:
// a client's writer sends as many orders as it has credits, together, and its reader returns a credit for
// each acknowledgement (replies come in the order sent, so the oldest order in flight is the one answered).
func loadWS(env *loadEnv, bodies [][]byte, lat []time.Duration, fail func(string)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range loadClients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := wsClient(env, bodies, lat, &next); err != nil {
				fail(err.Error())
			}
		}()
	}
	wg.Wait()
}

// wsClient runs one order-entry connection until next passes the last body.
func wsClient(env *loadEnv, bodies [][]byte, lat []time.Duration, next *atomic.Int64) error {
	var bc *bufConn
	d := websocket.Dialer{WriteBufferSize: 4 << 10, ReadBufferSize: 64 << 10,
		NetDialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			c, err := (&net.Dialer{}).DialContext(ctx, network, addr)
			bc = &bufConn{Conn: c}
			return bc, err
		}}
	conn, _, err := d.Dial("ws"+strings.TrimPrefix(env.url, "http")+"/v1/ws", nil)
	if err != nil {
		return err
	}
	defer conn.Close()
	type sent struct {
		i  int
		t0 time.Time
	}
	inflight := make(chan sent, loadWindow)
	credits := make(chan struct{}, loadWindow)
	for range loadWindow {
		credits <- struct{}{}
	}
	errc := make(chan error, 1)
	go func() {
		defer close(errc)
		var want []byte
		for s := range inflight {
			_, msg, err := conn.ReadMessage()
			if err != nil {
				errc <- err
				return
			}
			lat[s.i] = time.Since(s.t0)
			// An acknowledgement starts {"type":"ack","id":"<i>" (WSReply's field order; no topic).
			want = append(append(append(want[:0], `{"type":"ack","id":"`...), strconv.Itoa(s.i)...), '"')
			if !bytes.HasPrefix(msg, want) {
				errc <- fmt.Errorf("order %d: reply %s", s.i, msg)
				return
			}
			credits <- struct{}{}
		}
	}()
	bc.hold()
	var frame []byte
	done := false
	for !done {
		select {
		case <-credits:
		case err := <-errc:
			return err
		}
		for n := 1 + len(credits); n > 0 && !done; n-- {
			if n > 1 {
				<-credits
			}
			i := int(next.Add(1) - 1)
			if done = i >= len(bodies); done {
				break
			}
			frame = append(append(append(frame[:0], `{"op":"order","id":"`...), strconv.Itoa(i)...), `","order":`...)
			frame = append(append(frame, bodies[i]...), '}')
			inflight <- sent{i, time.Now()}
			if err := conn.WriteMessage(websocket.TextMessage, frame); err != nil {
				return err
			}
		}
		if err := bc.flush(); err != nil {
			return err
		}
	}
	close(inflight)
	return <-errc // nil once the reader has seen every reply
}

// bufConn holds a client's writes, once hold is called, until flush, so that the orders it sends together
// share a system call.
type bufConn struct {
	net.Conn
	mu      sync.Mutex
	holding bool
	buf     []byte
}

func (c *bufConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.holding {
		return c.Conn.Write(p)
	}
	c.buf = append(c.buf, p...)
	return len(p), nil
}

func (c *bufConn) hold() {
	c.mu.Lock()
	c.holding = true
	c.mu.Unlock()
}

func (c *bufConn) flush() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.buf) == 0 {
		return nil
	}
	_, err := c.Conn.Write(c.buf)
	c.buf = c.buf[:0]
	return err
}

// processCPU returns the user and system CPU time the process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

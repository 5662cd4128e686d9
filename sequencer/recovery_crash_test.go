package sequencer

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/cockroachdb/pebble/v2/vfs/errorfs"
	"github.com/gorilla/websocket"

	"github.com/perpx/perpx/sequencer/httpapi"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// The crash tests run the sequencer as a child process: the test binary re-executed with crashChildEnv set,
// which runs TestCrashChild instead of the tests. The child prints lines starting with childTag.
const (
	crashChildEnv = "PERPX_CRASH_CHILD" // the child's data directory
	crashFaultEnv = "PERPX_CRASH_FAULT" // "<target>:<n>": inject an error at the n-th such operation
	childTag      = "CRASHCHILD "
	crashAccounts = 8
)

var crashKills = flag.Int("crash-kills", 50, "SIGKILLs of TestCrashKill")

// TestCrashChild is the sequencer process of the crash tests; it does nothing in a normal test run.
func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashChildEnv)
	if dir == "" {
		t.Skip("runs only as the child of TestCrashKill and TestCrashFaults")
	}
	os.Exit(runCrashChild(dir, os.Getenv(crashFaultEnv)))
}

// childFault is the fault a child injects: errors on the n-th write or sync of a database's WAL.
type childFault struct {
	target string // "log-write", "log-sync", "tree-sync"
	n      int64
	count  atomic.Int64
	fired  atomic.Bool
	armed  atomic.Bool // counting starts once the child serves
	// durable is the last durable log entry when the fault fired: no acknowledgement may come after it.
	durable atomic.Uint64
	svc     atomic.Pointer[Service]
}

func parseFault(spec string) *childFault {
	target, n, ok := strings.Cut(spec, ":")
	if !ok {
		return nil
	}
	v, _ := strconv.ParseInt(n, 10, 64)
	return &childFault{target: target, n: v}
}

// injector returns the error injector of the database in dir ("batches" or "tree").
func (f *childFault) injector(db string) errorfs.Injector {
	return errorfs.InjectorFunc(func(op errorfs.Op) error {
		if f == nil || !f.armed.Load() || !strings.HasSuffix(op.Path, ".log") {
			return nil
		}
		want := ""
		switch op.Kind {
		case errorfs.OpFileWrite, errorfs.OpFileWriteAt:
			want = "write"
		case errorfs.OpFileSync, errorfs.OpFileSyncData, errorfs.OpFileSyncTo:
			want = "sync"
		}
		if want == "" || f.target != map[string]string{"batches": "log-", "tree": "tree-"}[db]+want {
			return nil
		}
		if f.count.Add(1) != f.n {
			return nil
		}
		if s := f.svc.Load(); s != nil {
			f.durable.Store(s.ilog.Durable.Load())
		}
		f.fired.Store(true)
		fmt.Printf("%sFAULT %s %d durable %d\n", childTag, f.target, f.n, f.durable.Load())
		return errorfs.ErrInjected
	})
}

// runCrashChild opens (recovering) a sequencer in dir, reports its recovered state, funds the test accounts on
// first start, serves the API and runs until killed, stopped by SIGTERM (graceful), or failed.
func runCrashChild(dir, faultSpec string) int {
	fault := parseFault(faultSpec)
	var fs vfs.FS = vfs.Default
	treeFS, dataFS := fs, fs
	if fault != nil {
		treeFS, dataFS = errorfs.Wrap(fs, fault.injector("tree")), errorfs.Wrap(fs, fault.injector("batches"))
	}
	tree, err := openTestTree(treeFS, filepath.Join(dir, "tree"))
	if err != nil {
		fmt.Println(childTag+"ERROR", err)
		return 1
	}
	svc, err := NewService(tree, Config{DataDir: dir, FS: dataFS, MaxBatchSize: 2,
		SealInterval: 50 * time.Millisecond, CheckpointBatches: 4, CheckpointInterval: 100 * time.Millisecond, Logger: quiet})
	if err != nil {
		fmt.Println(childTag+"ERROR", err)
		return 1
	}
	if fault != nil {
		fault.svc.Store(svc)
	}
	root, book := svc.StateDigest()
	rb := root.Bytes()
	fmt.Printf("%sRECOVERED %x %x %d\n", childTag, rb, sha256.Sum256(book), svc.ilog.LastSeq())
	if svc.DepositsApplied() == 0 {
		for id := uint32(1); id <= crashAccounts; id++ {
			if _, err := svc.Deposit(depositRec(id, 1_000*hundredK)); err != nil {
				fmt.Println(childTag+"ERROR", err)
				return 1
			}
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(childTag+"ERROR", err)
		return 1
	}
	api := httpapi.NewWithConfig(svc, httpapi.Config{AccountRate: -1, IPRate: -1})
	var h http.Handler = api
	if fault != nil {
		h = ackGuard(api, fault)
	}
	srv := &http.Server{Handler: h}
	go srv.Serve(ln)
	if fault != nil {
		fault.armed.Store(true)
	}
	fmt.Printf("%sLISTEN %s\n", childTag, ln.Addr())
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM)
	defer stop()
	err = svc.Run(ctx)
	if errors.Is(err, context.Canceled) {
		// Graceful: finish the requests in flight, then the last sync and a checkpoint.
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		srv.Shutdown(sctx)
		cancel()
		if err := errors.Join(svc.Close(), tree.Close()); err != nil {
			fmt.Println(childTag+"ERROR", err)
			return 1
		}
		fmt.Println(childTag + "STOPPED")
		return 0
	}
	if !wire.IsFatal(err) {
		fmt.Println(childTag+"ERROR run stopped without a fatal error:", err)
		return 1
	}
	fmt.Println(childTag+"FATAL", err)
	return 3
}

// ackGuard reports any acknowledged command (a 200 reply to a POST or DELETE: orders, cancels) whose log
// entry comes after the last entry that was durable when the injected fault fired.
func ackGuard(h http.Handler, f *childFault) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &heldReply{header: w.Header(), status: http.StatusOK}
		h.ServeHTTP(rec, r)
		if rec.status == http.StatusOK && r.Method != http.MethodGet && f.fired.Load() {
			var resp struct{ Seq uint64 }
			if json.Unmarshal(rec.body.Bytes(), &resp) == nil && resp.Seq > f.durable.Load() {
				fmt.Printf("%sACK-AFTER-FAULT seq %d durable %d\n", childTag, resp.Seq, f.durable.Load())
			}
		}
		w.WriteHeader(rec.status)
		w.Write(rec.body.Bytes())
	})
}

// child is a running sequencer process.
type child struct {
	cmd       *exec.Cmd
	url       string
	recovered string // "<root> <book hash>"
	lastSeq   uint64
	lines     chan string
	done      chan error
	stderr    lockedBuffer // also copied to the test's stderr; complete once done has a value
}

// lockedBuffer is a bytes.Buffer safe for one writer and concurrent readers.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// startChild starts a sequencer process on dir and waits until it serves.
func startChild(t *testing.T, dir, fault string) *child {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$")
	cmd.Env = append(os.Environ(), crashChildEnv+"="+dir, crashFaultEnv+"="+fault)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	c := &child{cmd: cmd, lines: make(chan string, 64), done: make(chan error, 1)}
	cmd.Stderr = io.MultiWriter(os.Stderr, &c.stderr)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if line, ok := strings.CutPrefix(sc.Text(), childTag); ok {
				c.lines <- line
			}
		}
		close(c.lines)
		c.done <- cmd.Wait()
	}()
	deadline := time.After(30 * time.Second)
	for {
		select {
		case line, ok := <-c.lines:
			if !ok {
				t.Fatalf("child exited before serving: %v", <-c.done)
			}
			f := strings.Fields(line)
			switch f[0] {
			case "RECOVERED":
				c.recovered = f[1] + " " + f[2]
				c.lastSeq, _ = strconv.ParseUint(f[3], 10, 64)
			case "LISTEN":
				c.url = "http://" + f[1]
				return c
			case "ERROR":
				t.Fatalf("child: %s", line)
			}
		case <-deadline:
			cmd.Process.Kill()
			t.Fatal("child did not start")
		}
	}
}

// crashDriver drives signed orders and cancels at a child over HTTP and records what was acknowledged.
type crashDriver struct {
	mu      sync.Mutex
	r       *rand.Rand
	nonces  [crashAccounts + 1]uint32
	resting [crashAccounts + 1][]uint64
	acked   []wal.LogEntry
	wsAcked int // of acked, those acknowledged over the WebSocket
	hc      *http.Client
}

func newCrashDriver(seed uint64) *crashDriver {
	return &crashDriver{r: rand.New(rand.NewPCG(seed, 7)), hc: &http.Client{Timeout: 5 * time.Second}}
}

// step sends one random request for account id and records it if acknowledged.
func (d *crashDriver) step(ctx context.Context, url string, id uint32) {
	d.mu.Lock()
	r := d.r
	cancel := r.IntN(10) == 0 && len(d.resting[id]) > 0
	var e wal.LogEntry
	var method, path string
	var body any
	if cancel {
		i := r.IntN(len(d.resting[id]))
		oid := d.resting[id][i]
		d.resting[id] = append(d.resting[id][:i], d.resting[id][i+1:]...)
		m := wire.CancelMsg{AccountID: id, OrderID: oid, ExpirySeconds: 1 << 36}
		e = wal.LogEntry{Kind: wal.EntryCancel, Cancel: wal.CancelCmd{Account: id, OrderID: oid, Expiry: m.ExpirySeconds}}
		method, path, body = http.MethodDelete, "/v1/orders/"+strconv.FormatUint(oid, 10), wire.NewCancelRequest(m, devKey(id).SignCancel(m))
	} else {
		var req wire.OrderRequest
		e, req = d.nextOrder(id)
		method, path, body = http.MethodPost, "/v1/orders", req
	}
	d.mu.Unlock()
	b, _ := json.Marshal(body)
	req, _ := http.NewRequestWithContext(ctx, method, url+path, bytes.NewReader(b))
	req.Header.Set("Content-Type", "application/json")
	resp, err := d.hc.Do(req)
	if err != nil {
		return // unknown outcome: not acknowledged
	}
	defer resp.Body.Close()
	rb, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		return
	}
	var or wire.OrderResponse
	if e.Kind != wal.EntryOrder || json.Unmarshal(rb, &or) != nil {
		or = wire.OrderResponse{}
	}
	d.ack(e, &or)
}

// nextOrder returns a random signed order of account id, as a log entry and a request; the caller holds mu.
func (d *crashDriver) nextOrder(id uint32) (wal.LogEntry, wire.OrderRequest) {
	r := d.r
	d.nonces[id]++
	n := d.nonces[id]
	m := order(id, mBTC, r.IntN(2) == 0, btcStep*(1+r.Uint64N(5)), price(59_995+r.Uint64N(10)), uint16(n%4096), n)
	m.ExpirySeconds = 1 << 36
	if r.IntN(5) == 0 {
		m.Flags = state.FlagIOC
	}
	so := sign(m)
	markets := testMarkets()
	return wal.LogEntry{Kind: wal.EntryOrder, Order: so}, wire.NewOrderRequest(&so, markets.Get(mBTC))
}

// ack records an acknowledged input (and the order it left resting, if res says so).
func (d *crashDriver) ack(e wal.LogEntry, res *wire.OrderResponse) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.acked = append(d.acked, e)
	if res.Status == "resting" {
		id := e.Order.Msg.AccountID
		d.resting[id] = append(d.resting[id], res.ID)
	}
}

// crashWSWindow is how many orders the WebSocket client of the crash test keeps in flight.
const crashWSWindow = 8

// stream sends orders of account id over one WebSocket connection, up to crashWSWindow in flight, and records
// each acknowledged one, until ctx ends or the connection breaks (the child was killed).
func (d *crashDriver) stream(ctx context.Context, url string, id uint32) {
	conn, _, err := websocket.DefaultDialer.DialContext(ctx, "ws"+strings.TrimPrefix(url, "http")+"/v1/ws", nil)
	if err != nil {
		return
	}
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()
	defer conn.Close()
	inflight := make(chan wal.LogEntry, crashWSWindow)
	broken := make(chan struct{})
	go func() {
		defer close(broken)
		for e := range inflight {
			_, msg, err := conn.ReadMessage()
			if err != nil {
				return // unknown outcome for e and the rest: not acknowledged
			}
			var r wire.WSReply
			if json.Unmarshal(msg, &r) == nil && r.Type == "ack" && r.Order != nil {
				d.ack(e, r.Order)
				d.mu.Lock()
				d.wsAcked++
				d.mu.Unlock()
			}
		}
	}()
	defer func() {
		close(inflight)
		<-broken
	}()
	for ctx.Err() == nil {
		d.mu.Lock()
		e, req := d.nextOrder(id)
		d.mu.Unlock()
		select {
		case inflight <- e:
		case <-broken:
			return
		}
		if conn.WriteJSON(wire.WSRequest{Op: "order", ID: strconv.FormatUint(uint64(e.Order.Msg.Nonce), 10), Order: &req}) != nil {
			return
		}
	}
}

// crashCheck is the parent's view of the child's log: it checks every restart against a replay of the log
// from scratch, kept up to date incrementally while the child is down.
type crashCheck struct {
	t       *testing.T
	dir     string
	rep     *replayer
	logged  map[string]int // inputs in the log
	entries uint64
}

// verify reads the log of the stopped child: every acknowledged input must be in it; it then replays the
// new entries and returns the expected "<root> <book hash>" of a recovery.
func (c *crashCheck) verify(acked []wal.LogEntry) string {
	c.t.Helper()
	store, err := wal.OpenBatchStore(filepath.Join(c.dir, "batches"), nil, quiet)
	if err != nil {
		c.t.Fatal(err)
	}
	defer store.Close()
	if c.rep == nil {
		if c.rep, err = newReplayer(store.DB, quiet); err != nil {
			c.t.Fatal(err)
		}
		c.t.Cleanup(c.rep.close)
	}
	if err := wal.ReadEntries(store.DB, c.entries+1, 0, func(e *wal.LogEntry) error {
		c.logged[inputKey(e)]++
		c.entries = e.Seq
		return nil
	}); err != nil {
		c.t.Fatal(err)
	}
	seen := map[string]int{}
	for i := range acked {
		k := inputKey(&acked[i])
		seen[k]++
		if seen[k] > c.logged[k] {
			c.t.Fatalf("acknowledged %v input %d of %d is missing from the log of %d entries", acked[i].Kind, i, len(acked), c.entries)
		}
	}
	if err := c.rep.advance(store.DB, 0); err != nil {
		c.t.Fatal(err)
	}
	root, book := c.rep.svc.StateDigest()
	rb := root.Bytes()
	return fmt.Sprintf("%x %x", rb, sha256.Sum256(book))
}

// TestCrashKill kills the sequencer process with SIGKILL at random seeded points while clients send signed
// orders and cancels, restarts it, and checks after every restart that every acknowledged input is in the
// log and that the recovered root and books equal a replay of the log from scratch. The last run stops with
// SIGTERM, which must finish the in-flight work and exit cleanly.
func TestCrashKill(t *testing.T) {
	if os.Getenv(crashChildEnv) != "" {
		t.Skip()
	}
	seed := testSeed(t)
	r := rand.New(rand.NewPCG(seed, 3))
	kills := *crashKills
	if testing.Short() {
		kills = 5
	}
	dir := t.TempDir()
	d := newCrashDriver(seed)
	check := &crashCheck{t: t, dir: dir, logged: map[string]int{}}
	start := time.Now()
	var lastSeq uint64
	for i := 0; i <= kills; i++ {
		want := ""
		if i > 0 {
			d.mu.Lock()
			want = check.verify(d.acked)
			d.mu.Unlock()
		}
		c := startChild(t, dir, "")
		if i > 0 && c.recovered != want {
			t.Fatalf("run %d: recovered %s, replay from scratch gives %s", i, c.recovered, want)
		}
		if c.lastSeq < lastSeq {
			t.Fatalf("run %d: the log shrank from %d to %d entries", i, lastSeq, c.lastSeq)
		}
		lastSeq = c.lastSeq
		ctx, cancel := context.WithCancel(context.Background())
		var wg sync.WaitGroup
		clients := 2 + r.IntN(6)
		for k := range clients {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for ctx.Err() == nil {
					d.step(ctx, c.url, 1+uint32((k+d.r2(k))%crashAccounts))
				}
			}()
		}
		wg.Add(1)
		go func() { // one more client streams orders of its own account over the WebSocket
			defer wg.Done()
			for ctx.Err() == nil {
				d.stream(ctx, c.url, crashAccounts)
			}
		}()
		time.Sleep(time.Duration(30+r.IntN(300)) * time.Millisecond)
		if i == kills {
			c.cmd.Process.Signal(syscall.SIGTERM)
			err := <-c.done
			cancel()
			wg.Wait()
			if err != nil {
				t.Fatalf("graceful stop: %v", err)
			}
			break
		}
		c.cmd.Process.Kill()
		<-c.done
		cancel()
		wg.Wait()
	}
	d.mu.Lock()
	want := check.verify(d.acked)
	acked, wsAcked := len(d.acked), d.wsAcked
	d.mu.Unlock()
	c := startChild(t, dir, "")
	if c.recovered != want {
		t.Fatalf("after the graceful stop: recovered %s, replay from scratch gives %s", c.recovered, want)
	}
	c.cmd.Process.Kill()
	<-c.done
	if wsAcked == 0 {
		t.Fatal("no order was acknowledged over the WebSocket")
	}
	t.Logf("%d kills, %d acknowledged inputs (%d over the WebSocket), %d log entries, %v", kills, acked, wsAcked, check.entries, time.Since(start).Round(time.Millisecond))
}

// r2 spreads the clients over the accounts.
func (d *crashDriver) r2(k int) int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.r.IntN(crashAccounts) + k
}

// TestCrashFaults injects a write or sync failure into the input log's (or the tree's) WAL at a random point
// while clients send orders: the sequencer process must stop on its own, acknowledge nothing whose log entry
// was not durable before the failure, and a restart without the fault must recover every acknowledged input
// and the state a replay of the log from scratch gives.
func TestCrashFaults(t *testing.T) {
	if os.Getenv(crashChildEnv) != "" {
		t.Skip()
	}
	seed := testSeed(t)
	r := rand.New(rand.NewPCG(seed, 4))
	for _, target := range []string{"log-sync", "log-write", "tree-sync"} {
		t.Run(target, func(t *testing.T) {
			dir := t.TempDir()
			d := newCrashDriver(seed)
			check := &crashCheck{t: t, dir: dir, logged: map[string]int{}}
			n := 20 + r.IntN(200)
			if target == "tree-sync" {
				n = 1 + r.IntN(4)
			}
			c := startChild(t, dir, fmt.Sprintf("%s:%d", target, n))
			ctx, cancel := context.WithCancel(context.Background())
			var wg sync.WaitGroup
			for k := range 4 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for ctx.Err() == nil {
						d.step(ctx, c.url, 1+uint32(k))
					}
				}()
			}
			var fired, fatal bool
			var exitErr error
			timeout := time.After(60 * time.Second)
		wait:
			for {
				select {
				case line, ok := <-c.lines:
					if !ok {
						exitErr = <-c.done
						break wait
					}
					switch {
					case strings.HasPrefix(line, "FAULT"):
						fired = true
					case strings.HasPrefix(line, "FATAL"):
						fatal = true
					case strings.HasPrefix(line, "ACK-AFTER-FAULT"):
						t.Errorf("acknowledged after the failure: %s", line)
					}
				case <-timeout:
					c.cmd.Process.Kill()
					t.Fatalf("the process did not stop after the injected %s failure (fired %v)", target, fired)
				}
			}
			cancel()
			wg.Wait()
			// The service reports a fatal stop (exit 3); or Pebble itself ends the process when the WAL it rotates
			// away from cannot be closed: it panics inside a commit, and unwinding its own locks is a Go runtime
			// fatal error (exit 2) that no recover can catch. Both stop the process with nothing acknowledged after
			// the fault, which the recovery below checks.
			var ee *exec.ExitError
			crashed := errors.As(exitErr, &ee) && ee.ExitCode() == 2 && strings.Contains(c.stderr.String(), "github.com/cockroachdb/pebble")
			if !fired || exitErr == nil || !(fatal || crashed) {
				t.Fatalf("fault fired %v, process exit %v (fatal reported %v): want a fatal stop after the fault", fired, exitErr, fatal)
			}
			if crashed {
				t.Logf("Pebble ended the process itself after the %s failure (exit 2)", target)
			}
			d.mu.Lock()
			want := check.verify(d.acked)
			acked := len(d.acked)
			d.mu.Unlock()
			c = startChild(t, dir, "")
			if c.recovered != want {
				t.Fatalf("recovered %s, replay from scratch gives %s", c.recovered, want)
			}
			c.cmd.Process.Kill()
			<-c.done
			t.Logf("%s failure at operation %d: exit %v, %d acknowledged before it, %d log entries", target, n, exitErr, acked, check.entries)
		})
	}
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

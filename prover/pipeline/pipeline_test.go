package pipeline

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"

	"github.com/perpx/perpx/prover"
	"github.com/perpx/perpx/state"
)

// stubProver returns a fixed proof after delay, or blocks until release is closed when block is set.
type stubProver struct {
	delay   time.Duration
	block   chan struct{}
	started atomic.Int32
}

func (p *stubProver) Prove(b *state.SealedBatch) (*prover.Proof, error) {
	p.started.Add(1)
	if p.block != nil {
		<-p.block
	}
	time.Sleep(p.delay)
	return &prover.Proof{BatchNumber: b.Header.BatchNumber, Solidity: []byte{1, 2, 3}, Duration: p.delay}, nil
}

// startServer starts an embedded JetStream server for one test.
func startServer(t *testing.T) *Embedded {
	t.Helper()
	e, err := StartEmbedded("127.0.0.1", -1, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(e.Close)
	return e
}

func connect(t *testing.T, url string, o Options) *Conn {
	t.Helper()
	c, err := Connect(t.Context(), url, t.Name(), o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// sealedBatch is a batch with no transactions, enough for the transport.
func sealedBatch(n uint64) *state.SealedBatch {
	return &state.SealedBatch{Header: state.BatchHeader{BatchNumber: n, TimestampSeconds: 1_700_000_000 + n}, BatchSize: 2}
}

// readProofs reads every proof in the proofs stream.
func readProofs(t *testing.T, c *Conn) []ProofMsg {
	t.Helper()
	cons, err := c.js.OrderedConsumer(t.Context(), ProofsStream, jetstream.OrderedConsumerConfig{})
	if err != nil {
		t.Fatal(err)
	}
	var out []ProofMsg
	for {
		b, err := cons.Fetch(100, jetstream.FetchMaxWait(300*time.Millisecond))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for m := range b.Messages() {
			var p ProofMsg
			if err := json.Unmarshal(m.Data(), &p); err != nil {
				t.Fatal(err)
			}
			out = append(out, p)
			n++
		}
		if n == 0 {
			return out
		}
	}
}

// TestKilledWorkerJobIsRedelivered: a worker that dies mid-proof (its connection gone: no ack, no sign of
// life) has its job proven by another worker once the ack wait passes; the dead worker's late proof is
// dropped as a duplicate by its message id, so the batch has one proof in the stream.
func TestKilledWorkerJobIsRedelivered(t *testing.T) {
	e := startServer(t)
	const ackWait = 2 * time.Second
	pub := connect(t, e.URL(), Options{})
	f := NewFeeder(pub, func(n uint64) (*state.SealedBatch, error) { return sealedBatch(n), nil }, 1, nil)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	go f.Run(ctx)

	stuck := &stubProver{block: make(chan struct{})}
	deadConn, err := Connect(ctx, e.URL(), "dying worker", Options{})
	if err != nil {
		t.Fatal(err)
	}
	dead := &Worker{Conn: deadConn, Prover: stuck, Name: "dying", AckWait: ackWait}
	dctx, kill := context.WithCancel(ctx)
	go dead.Run(dctx)
	f.Sealed(1)
	for stuck.started.Load() == 0 {
		time.Sleep(10 * time.Millisecond)
	}
	kill()
	deadConn.Close() // the process is gone: no heartbeat, no ack
	killedAt := time.Now()

	good := &Worker{Conn: connect(t, e.URL(), Options{}), Prover: &stubProver{}, Name: "good", AckWait: ackWait}
	go good.Run(ctx)
	deadline := time.Now().Add(30 * time.Second)
	var proofs []ProofMsg
	for len(proofs) == 0 {
		if time.Now().After(deadline) {
			t.Fatal("the killed worker's job was never proven by the other worker")
		}
		proofs = readProofs(t, pub)
	}
	if proofs[0].Worker != "good" || proofs[0].Batch != 1 {
		t.Fatalf("proof %+v, want batch 1 from the good worker", proofs[0])
	}
	if waited := time.Since(killedAt); waited < ackWait/2 {
		t.Fatalf("redelivered after %s, before the ack wait %s", waited, ackWait)
	}
	close(stuck.block) // the dead worker's goroutine finishes; its connection is closed, so it publishes nothing
	q, err := pub.Queue(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if q.Queued != 0 {
		t.Fatalf("%d jobs left in the queue", q.Queued)
	}
	if got := len(readProofs(t, pub)); got != 1 {
		t.Fatalf("%d proofs of batch 1, want 1", got)
	}
}

// TestJobsInFlightAreBounded: the jobs stream holds at most MaxInFlight jobs; the feeder waits with the rest
// (by batch number only) and publishes them as workers drain the queue, each once, in order.
func TestJobsInFlightAreBounded(t *testing.T) {
	e := startServer(t)
	const maxInFlight = 3
	pub := connect(t, e.URL(), Options{MaxInFlight: maxInFlight})
	f := NewFeeder(pub, func(n uint64) (*state.SealedBatch, error) { return sealedBatch(n), nil }, 1, nil)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	go f.Run(ctx)
	f.Sealed(10)
	deadline := time.Now().Add(10 * time.Second)
	for f.Published() < maxInFlight {
		if time.Now().After(deadline) {
			t.Fatalf("published %d jobs", f.Published())
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(3 * retryInterval)
	q, err := pub.Queue(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if q.Queued != maxInFlight || f.Published() != maxInFlight {
		t.Fatalf("queued %d, published %d; want %d (MaxInFlight) while no worker runs", q.Queued, f.Published(), maxInFlight)
	}
	w := &Worker{Conn: connect(t, e.URL(), Options{}), Prover: &stubProver{}, Name: "w"}
	go w.Run(ctx)
	for len(readProofs(t, pub)) < 10 {
		if time.Now().After(deadline.Add(20 * time.Second)) {
			t.Fatalf("proofs: %d of 10", len(readProofs(t, pub)))
		}
		time.Sleep(100 * time.Millisecond)
	}
	for i, p := range readProofs(t, pub) {
		if p.Batch != uint64(i+1) {
			t.Fatalf("proof %d is of batch %d", i, p.Batch)
		}
	}
}

// TestNATSDownIsTyped: connecting to a server that is not there retries with backoff for the connect timeout,
// then fails with ErrNATS naming the URL and the attempts.
func TestNATSDownIsTyped(t *testing.T) {
	const timeout = 1500 * time.Millisecond
	start := time.Now()
	_, err := Connect(t.Context(), "nats://127.0.0.1:1", "x", Options{ConnectTimeout: timeout})
	if !errors.Is(err, ErrNATS) {
		t.Fatalf("Connect to nothing: %v, want %v", err, ErrNATS)
	}
	if d := time.Since(start); d < timeout || d > timeout+connectBackoffMax+time.Second {
		t.Fatalf("Connect gave up after %s, want about %s", d, timeout)
	}
	if !strings.Contains(err.Error(), "nats://127.0.0.1:1") || !strings.Contains(err.Error(), "attempts") {
		t.Fatalf("the error names neither the URL nor the attempts: %v", err)
	}
}

// TestConnectWaitsForTheServer: a service started while its NATS server is down (a sequencer restarting)
// connects once the server is up, within the connect timeout; one whose server comes up only after the
// timeout has given up.
func TestConnectWaitsForTheServer(t *testing.T) {
	for _, tc := range []struct {
		upAfter, timeout time.Duration
		ok               bool
	}{{upAfter: 2 * time.Second, timeout: 20 * time.Second, ok: true}, {upAfter: 3 * time.Second, timeout: time.Second, ok: false}} {
		port := freeTCPPort(t)
		dir := t.TempDir()
		up := make(chan *Embedded, 1)
		go func() {
			time.Sleep(tc.upAfter)
			e, err := StartEmbedded("127.0.0.1", port, dir)
			if err != nil {
				t.Error(err)
			}
			up <- e
		}()
		c, err := Connect(t.Context(), fmt.Sprintf("nats://127.0.0.1:%d", port), t.Name(), Options{ConnectTimeout: tc.timeout})
		switch {
		case tc.ok && err != nil:
			t.Fatalf("server up after %s, timeout %s: %v", tc.upAfter, tc.timeout, err)
		case !tc.ok && !errors.Is(err, ErrNATS):
			t.Fatalf("server up after %s, timeout %s: %v, want %v", tc.upAfter, tc.timeout, err, ErrNATS)
		}
		if c != nil {
			c.Close()
		}
		if e := <-up; e != nil {
			e.Close()
		}
	}
}

// TestConnectBackoff: the wait between attempts doubles from connectBackoffMin up to connectBackoffMax and
// never past it.
func TestConnectBackoff(t *testing.T) {
	d := connectBackoffMin
	for range 20 {
		next := nextBackoff(d)
		if next > connectBackoffMax || (d < connectBackoffMax && next != min(2*d, connectBackoffMax)) {
			t.Fatalf("backoff after %s: %s", d, next)
		}
		d = next
	}
	if d != connectBackoffMax || nextBackoff(connectBackoffMax+1) != connectBackoffMax {
		t.Fatalf("backoff does not stop at %s: %s", connectBackoffMax, d)
	}
}

// freeTCPPort returns a port nothing listens on at the moment.
func freeTCPPort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// TestBadJobIsRefused: a job without its payload or of an unknown kind does not pass check.
func TestBadJobIsRefused(t *testing.T) {
	for _, j := range []Job{{Kind: KindLeaf, Batch: 1}, {Kind: "aggregate", Batch: 1}, {Kind: KindLeaf, Batch: 2, Leaf: sealedBatch(1)}} {
		if err := j.check(); !errors.Is(err, ErrBadJob) {
			t.Errorf("job %+v: %v, want %v", j, err, ErrBadJob)
		}
	}
	if j := (Job{Kind: KindLeaf, Batch: 1, Leaf: sealedBatch(1)}); j.check() != nil {
		t.Fatal("a good leaf job refused")
	}
}

// TestRefusedProofRetriesAreNotDuplicates: each retry of a batch whose proof was refused is a new job, also
// the second retry after the first was published (a repeated message id would be dropped by JetStream).
func TestRefusedProofRetriesAreNotDuplicates(t *testing.T) {
	e := startServer(t)
	pub := connect(t, e.URL(), Options{})
	f := NewFeeder(pub, func(n uint64) (*state.SealedBatch, error) { return sealedBatch(n), nil }, 1, nil)
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	go f.Run(ctx)
	f.Sealed(1)
	for want := uint64(1); want <= 3; want++ {
		deadline := time.Now().Add(10 * time.Second)
		for f.Published() < want {
			if time.Now().After(deadline) {
				t.Fatalf("published %d jobs, want %d", f.Published(), want)
			}
			time.Sleep(10 * time.Millisecond)
		}
		if want < 3 {
			f.Retry(1)
		}
	}
	q, err := pub.Queue(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if q.Queued != 3 {
		t.Fatalf("%d jobs queued for batch 1 and its two retries, want 3", q.Queued)
	}
}

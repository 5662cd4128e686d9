package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// embeddedReadyTimeout bounds how long StartEmbedded waits for its server to accept connections.
const embeddedReadyTimeout = 10 * time.Second

// Embedded is a NATS server with JetStream running in this process, its store on disk.
type Embedded struct {
	srv *server.Server
}

// StartEmbedded starts a NATS server with JetStream on host:port (port -1: any free port) whose store is in
// storeDir, so queued jobs survive a restart of the process.
func StartEmbedded(host string, port int, storeDir string) (*Embedded, error) {
	srv, err := server.NewServer(&server.Options{ServerName: "perpx", Host: host, Port: port, JetStream: true,
		StoreDir: storeDir, NoSigs: true, NoLog: true})
	if err != nil {
		return nil, fmt.Errorf("%w: embedded server: %w", ErrNATS, err)
	}
	go srv.Start()
	if !srv.ReadyForConnections(embeddedReadyTimeout) {
		srv.Shutdown()
		return nil, fmt.Errorf("%w: embedded server on %s:%d not ready", ErrNATS, host, port)
	}
	return &Embedded{srv: srv}, nil
}

// URL is the server's client URL.
func (e *Embedded) URL() string { return e.srv.ClientURL() }

// Close stops the server and waits for it.
func (e *Embedded) Close() {
	e.srv.Shutdown()
	e.srv.WaitForShutdown()
}

// Conn is a connection to the pipeline's JetStream.
type Conn struct {
	nc *nats.Conn
	js jetstream.JetStream
}

// Bounds of the first connection to the NATS server.
const (
	// DefaultConnectTimeout is how long Connect keeps trying a server that does not answer before it gives
	// up: long enough for a sequencer's restart, whose embedded server is the pipeline's.
	DefaultConnectTimeout = time.Minute
	// connectBackoffMin is the wait after the first failed attempt; each later wait doubles, up to
	// connectBackoffMax.
	connectBackoffMin = 250 * time.Millisecond
	connectBackoffMax = 5 * time.Second
)

// Options configure the pipeline's streams and the first connection.
type Options struct {
	// MaxInFlight bounds the jobs queued or being proven; 0 means DefaultMaxInFlight.
	MaxInFlight int
	// ConnectTimeout bounds how long Connect retries a server that does not answer; 0 means
	// DefaultConnectTimeout.
	ConnectTimeout time.Duration
	// Log, when set, receives a warning for each failed attempt.
	Log *slog.Logger
}

// Connect connects to the NATS server at url (several servers of a cluster: comma-separated) and creates or
// updates the pipeline's streams. A server that does not answer, or whose JetStream refuses the streams, is
// tried again with a backoff from connectBackoffMin doubling to connectBackoffMax, for Options.ConnectTimeout
// in all; then Connect fails with ErrNATS, naming the URL and the attempts. Once connected, the connection
// reconnects by itself whenever the server comes back.
func Connect(ctx context.Context, url, name string, o Options) (*Conn, error) {
	if o.ConnectTimeout <= 0 {
		o.ConnectTimeout = DefaultConnectTimeout
	}
	deadline := time.Now().Add(o.ConnectTimeout)
	wait := connectBackoffMin
	for attempt := 1; ; attempt++ {
		c, err := connectOnce(ctx, url, name, o)
		if err == nil {
			return c, nil
		}
		left := time.Until(deadline)
		if left <= 0 || ctx.Err() != nil {
			return nil, fmt.Errorf("%w: gave up on %s after %d attempts in %s: %w", ErrNATS, url, attempt,
				o.ConnectTimeout, err)
		}
		if o.Log != nil {
			o.Log.Warn("pipeline: NATS not reachable, retrying", "url", url, "attempt", attempt, "in", wait, "err", err)
		}
		if err := sleep(ctx, min(wait, left)); err != nil {
			return nil, fmt.Errorf("%w: connect %s: %w", ErrNATS, url, err)
		}
		wait = nextBackoff(wait)
	}
}

// nextBackoff returns the wait after one of d: twice as long, at most connectBackoffMax.
func nextBackoff(d time.Duration) time.Duration { return min(2*d, connectBackoffMax) }

// connectOnce makes one attempt at a connection with the pipeline's streams.
func connectOnce(ctx context.Context, url, name string, o Options) (*Conn, error) {
	nc, err := nats.Connect(url, nats.Name(name), nats.MaxReconnects(-1), nats.ReconnectWait(retryInterval),
		nats.RetryOnFailedConnect(false))
	if err != nil {
		return nil, fmt.Errorf("%w: connect %s: %w", ErrNATS, url, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, fmt.Errorf("%w: %w", ErrNATS, err)
	}
	c := &Conn{nc: nc, js: js}
	sctx, cancel := context.WithTimeout(ctx, streamsTimeout)
	defer cancel()
	if err := c.ensureStreams(sctx, o); err != nil {
		nc.Close()
		return nil, err
	}
	return c, nil
}

// streamsTimeout bounds one attempt at creating the pipeline's streams.
const streamsTimeout = 10 * time.Second

// ensureStreams creates or updates the jobs (work queue), proofs and status streams.
func (c *Conn) ensureStreams(ctx context.Context, o Options) error {
	if o.MaxInFlight <= 0 {
		o.MaxInFlight = DefaultMaxInFlight
	}
	streams := []jetstream.StreamConfig{
		{Name: JobsStream, Subjects: []string{JobsSubjectPrefix + ">"}, Retention: jetstream.WorkQueuePolicy,
			MaxMsgs: int64(o.MaxInFlight), Discard: jetstream.DiscardNew, Storage: jetstream.FileStorage, Duplicates: DuplicateWindow},
		{Name: ProofsStream, Subjects: []string{ProofsSubject}, Retention: jetstream.LimitsPolicy, MaxAge: proofRetention,
			Storage: jetstream.FileStorage, Duplicates: DuplicateWindow},
		{Name: StatusStream, Subjects: []string{StatusSubject}, Retention: jetstream.LimitsPolicy, MaxAge: proofRetention,
			Storage: jetstream.FileStorage},
	}
	for _, s := range streams {
		if _, err := c.js.CreateOrUpdateStream(ctx, s); err != nil {
			return fmt.Errorf("%w: stream %s: %w", ErrNATS, s.Name, err)
		}
	}
	return nil
}

// Close closes the connection.
func (c *Conn) Close() { c.nc.Close() }

// publishJSON publishes v on subject with message id id (empty: none).
func (c *Conn) publishJSON(ctx context.Context, subject, id string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	var opts []jetstream.PublishOpt
	if id != "" {
		opts = append(opts, jetstream.WithMsgID(id))
	}
	if _, err := c.js.Publish(ctx, subject, b, opts...); err != nil {
		return fmt.Errorf("%w: publish %s: %w", ErrNATS, subject, err)
	}
	return nil
}

// PublishStatus reports a batch's status to the sequencer.
func (c *Conn) PublishStatus(ctx context.Context, st Status) error {
	if st.Time == 0 {
		st.Time = time.Now().UnixMilli()
	}
	return c.publishJSON(ctx, StatusSubject, "", st)
}

// QueueInfo is the jobs stream's state.
type QueueInfo struct {
	// Queued is the number of jobs in the stream: waiting or being proven.
	Queued uint64
	// InFlight is the number of jobs delivered to a worker and not yet acknowledged.
	InFlight int
	// Redelivered is the number of jobs delivered more than once and not yet acknowledged.
	Redelivered int
}

// Queue reads the jobs stream's state.
func (c *Conn) Queue(ctx context.Context) (QueueInfo, error) {
	s, err := c.js.Stream(ctx, JobsStream)
	if err != nil {
		return QueueInfo{}, fmt.Errorf("%w: %w", ErrNATS, err)
	}
	info, err := s.Info(ctx)
	if err != nil {
		return QueueInfo{}, fmt.Errorf("%w: %w", ErrNATS, err)
	}
	q := QueueInfo{Queued: info.State.Msgs}
	if cons, err := s.Consumer(ctx, ProverConsumer); err == nil {
		if ci, err := cons.Info(ctx); err == nil {
			q.InFlight, q.Redelivered = ci.NumAckPending, ci.NumRedelivered
		}
	}
	return q, nil
}

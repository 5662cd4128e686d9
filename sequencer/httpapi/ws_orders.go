package httpapi

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/perpx/perpx/sequencer/events"
	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// WebSocket order entry limits.
const (
	// MaxWSRequestID bounds the length of a request's id.
	MaxWSRequestID = 64
	// corkMaxBytes bounds what a corked connection buffers; a larger write goes out at once.
	corkMaxBytes = 256 << 10
)

// wsOrders is a connection's order entry: the orders and cancels it sends are verified concurrently, entered
// into the Service one at a time in the order they were sent (so a cancel sent after an order is applied
// after it), and answered in that order once durable. Entering does not wait for durability, so the
// connection's outstanding requests share group commits.
//
// Three stages run on their own goroutines, connected by FIFO channels of capacity MaxWSInflight: the
// connection's reader decodes a request and starts its signature check (enqueue), the entering goroutine
// waits for that check and enters the command, and the answering goroutine waits for durability and queues
// the reply on the connection's subscriber, whose writer sends it.
type wsOrders struct {
	a       *API
	ip      string
	sub     *events.Subscriber
	entries chan *wsOrder
	replies chan *wsOrder
	done    sync.WaitGroup
}

// wsOrder is one order or cancel of a connection on its way through the stages.
type wsOrder struct {
	id       string
	start    time.Time
	entry    wal.LogEntry
	market   *state.Market   // an order's market, for its reply's decimals
	sig      state.Signature // a cancel's signature (an order's is in its entry)
	verified chan struct{}   // closed once err holds the signature check's verdict
	err      error
	wait     func() (any, error) // the entered command's wait for durability
}

func (a *API) newWSOrders(ip string, sub *events.Subscriber) *wsOrders {
	o := &wsOrders{a: a, ip: ip, sub: sub, entries: make(chan *wsOrder, wire.MaxWSInflight), replies: make(chan *wsOrder, wire.MaxWSInflight)}
	o.done.Add(2)
	go o.enterLoop()
	go o.replyLoop()
	return o
}

// close stops the stages once every request read so far has been answered (or dropped with a closed
// connection).
func (o *wsOrders) close() {
	close(o.entries)
	o.done.Wait()
}

// enqueue decodes an order or cancel request and starts its signature check; it blocks while MaxWSInflight
// requests of the connection are outstanding. A request that fails decoding is answered in its turn.
func (o *wsOrders) enqueue(req *wire.WSRequest) {
	w := &wsOrder{id: req.ID, start: time.Now(), verified: make(chan struct{})}
	if err := o.decode(req, w); err != nil {
		w.err = err
		close(w.verified)
	} else {
		go o.verify(w)
	}
	o.entries <- w
}

// decode fills w's log entry from req and checks the connection's rate limit.
func (o *wsOrders) decode(req *wire.WSRequest, w *wsOrder) error {
	a := o.a
	switch {
	case len(req.ID) > MaxWSRequestID:
		w.id = ""
		return fmt.Errorf("%w: id longer than %d bytes", wire.ErrBadField, MaxWSRequestID)
	case !a.ips.allow(o.ip):
		a.metrics.RateLimited.WithLabelValues("ip").Inc()
		return fmt.Errorf("%w: remote address", wire.ErrRateLimited)
	case req.Op == "order" && req.Order == nil:
		return fmt.Errorf("%w: op order needs an order", wire.ErrBadField)
	case req.Op == "order":
		markets := a.svc.Markets()
		so, err := req.Order.Signed(&markets)
		if err != nil {
			return err
		}
		w.entry = wal.LogEntry{Kind: wal.EntryOrder, Order: so}
		w.market = markets.Get(so.Msg.Market)
		return nil
	case req.Cancel == nil:
		return fmt.Errorf("%w: op cancel needs a cancel", wire.ErrUnsigned)
	}
	m, sig, err := req.Cancel.Signed(req.OrderID)
	if err != nil {
		return err
	}
	w.entry = wal.LogEntry{Kind: wal.EntryCancel, Cancel: wal.CancelCmd{Account: m.AccountID, OrderID: m.OrderID, Expiry: m.ExpirySeconds}}
	w.sig = sig
	return nil
}

// verify checks w's signature and its account's rate limit, as the REST handlers do.
func (o *wsOrders) verify(w *wsOrder) {
	defer close(w.verified)
	e := &w.entry
	if e.Kind == wal.EntryOrder {
		w.err = o.a.authorizeOrder(&e.Order)
		return
	}
	m := wire.CancelMsg{AccountID: e.Cancel.Account, OrderID: e.Cancel.OrderID, ExpirySeconds: e.Cancel.Expiry}
	w.err = o.a.authorize(m.AccountID, m.Hash(), &w.sig)
}

// enterLoop enters the connection's requests into the Service in the order they were read.
func (o *wsOrders) enterLoop() {
	defer o.done.Done()
	defer close(o.replies)
	for w := range o.entries {
		<-w.verified
		if w.err == nil {
			w.wait, w.err = o.a.svc.Enter(&w.entry)
		}
		o.replies <- w
	}
}

// replyLoop answers the connection's requests in order, each once its log entry is durable.
func (o *wsOrders) replyLoop() {
	defer o.done.Done()
	for w := range o.replies {
		o.send(o.reply(w))
	}
}

// reply waits for w's durability and returns its answer.
func (o *wsOrders) reply(w *wsOrder) wire.WSReply {
	err := w.err
	var res any
	if err == nil {
		res, err = w.wait()
	}
	if err != nil {
		status, code := wire.ErrorCode(err)
		return wire.WSReply{Type: "error", ID: w.id, Status: status, Code: code, Error: err.Error()}
	}
	if w.entry.Kind == wal.EntryOrder {
		o.a.metrics.AckLatency.Observe(time.Since(w.start).Seconds())
		r := res.(*book.PlaceResult)
		r.Seq = w.entry.Seq
		resp := NewOrderResponse(r, w.market)
		return wire.WSReply{Type: "ack", ID: w.id, Order: &resp}
	}
	c := res.(*book.Order)
	markets := o.a.svc.Markets()
	resp := wire.CancelResponse{ID: c.ID, Status: "cancelled", Remaining: wire.FormatSize(int64(c.Remaining), markets.Get(c.Signed.Msg.Market)), Seq: w.entry.Seq}
	return wire.WSReply{Type: "ack", ID: w.id, Cancel: &resp}
}

// send queues v on the connection; a connection whose queue is full is dropped as a slow consumer.
func (o *wsOrders) send(v wire.WSReply) {
	b, _ := json.Marshal(v)
	o.sub.Queue(b)
}

// corkHijacker hands the upgrader the connection it hijacks wrapped in a corkConn.
type corkHijacker struct {
	http.ResponseWriter
	cc *corkConn
}

func (h corkHijacker) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	hj, ok := h.ResponseWriter.(http.Hijacker)
	if !ok {
		return nil, nil, http.ErrNotSupported
	}
	c, rw, err := hj.Hijack()
	if err != nil {
		return nil, nil, err
	}
	h.cc.Conn = c
	return h.cc, rw, nil
}

// corkConn is a connection whose writes can be held back and sent together: between cork and uncork, writes
// are appended to a buffer (up to corkMaxBytes) that uncork sends with one system call. Safe for concurrent
// use.
type corkConn struct {
	net.Conn
	mu     sync.Mutex
	corked bool
	buf    []byte
	err    error
}

func (c *corkConn) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err != nil {
		return 0, c.err
	}
	if !c.corked || len(c.buf)+len(p) > corkMaxBytes {
		if err := c.flush(); err != nil {
			return 0, err
		}
		return c.Conn.Write(p)
	}
	c.buf = append(c.buf, p...)
	return len(p), nil
}

// cork holds back the writes that follow.
func (c *corkConn) cork() {
	c.mu.Lock()
	c.corked = true
	c.mu.Unlock()
}

// uncork sends what was held back and reports whether every write succeeded.
func (c *corkConn) uncork() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.corked = false
	return c.flush() == nil
}

// flush writes the buffer; the caller holds mu.
func (c *corkConn) flush() error {
	if c.err == nil && len(c.buf) > 0 {
		_, c.err = c.Conn.Write(c.buf)
		c.buf = c.buf[:0]
	}
	return c.err
}

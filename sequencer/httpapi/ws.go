package httpapi

import (
	"encoding/json"
	"net/http"
	"sync"
	"time"

	"github.com/gorilla/websocket"

	"github.com/perpx/perpx/sequencer/events"
	"github.com/perpx/perpx/sequencer/wire"
)

// WebSocket limits.
const (
	// DefaultHeartbeat is how often the server sends a heartbeat message and a ping; a connection that sends
	// nothing (not even a pong) for three heartbeats, and at least minIdleTimeout, is closed.
	DefaultHeartbeat = 15 * time.Second
	minIdleTimeout   = 5 * time.Second
	// MaxTopicsPerConn bounds the subscriptions of one connection.
	MaxTopicsPerConn = 64
	// maxWSMessage bounds a client message.
	maxWSMessage = 1024
	wsWriteWait  = 10 * time.Second
	// wsCoalesce bounds the queued messages one write system call carries.
	wsCoalesce = 64
)

var upgrader = websocket.Upgrader{
	ReadBufferSize: 1024, WriteBufferSize: 16 << 10,
	// The streams are public data and carry no credentials, so any origin may read them.
	CheckOrigin: func(*http.Request) bool { return true },
}

// websocket serves the streams of one connection: the handler goroutine reads client messages, a writer
// goroutine sends replies, events and heartbeats in order.
func (a *API) websocket(w http.ResponseWriter, r *http.Request) {
	addr := remoteIP(r)
	if err := a.wsConns.acquire(addr, a.cfg.MaxWSConnsPerAddress, a.cfg.MaxWSConns, wire.ErrTooManyAddressConns, wire.ErrTooManyConns); err != nil {
		a.fail(w, err)
		return
	}
	defer a.wsConns.release(addr)
	cc := &corkConn{}
	conn, err := upgrader.Upgrade(corkHijacker{w, cc}, r, nil)
	if err != nil {
		return // the upgrader replied
	}
	m := a.metrics
	m.StreamSubs.Inc()
	defer m.StreamSubs.Dec()
	sub := events.NewSubscriber()
	defer a.svc.Unsubscribe(sub, "")
	hb := a.cfg.Heartbeat
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		a.wsWrite(conn, cc, sub, hb)
	}()
	idle := max(3*hb, minIdleTimeout)
	conn.SetReadLimit(maxWSMessage)
	conn.SetReadDeadline(time.Now().Add(idle))
	conn.SetPongHandler(func(string) error { return conn.SetReadDeadline(time.Now().Add(idle)) })
	topics := map[string]streamGrant{}
	defer func() {
		for topic, g := range topics {
			a.releaseAccountStream(g, topic, addr)
		}
	}()
	orders := a.newWSOrders(remoteIP(r), sub)
	defer orders.close()
	reply := func(v wire.WSReply) {
		b, _ := json.Marshal(v)
		sub.Queue(b)
	}
	for {
		_, msg, err := conn.ReadMessage()
		if err != nil {
			break
		}
		conn.SetReadDeadline(time.Now().Add(idle))
		req, err := wire.DecodeWSRequest(msg)
		if err != nil {
			_, code := wire.ErrorCode(wire.ErrBadJSON)
			reply(wire.WSReply{Type: "error", Code: code, Error: err.Error()})
			continue
		}
		switch req.Op {
		case "order", "cancel":
			orders.enqueue(&req)
		case "ping":
			reply(wire.WSReply{Type: "pong", Seq: a.svc.DurableSeq()})
		case "subscribe":
			if _, ok := topics[req.Topic]; ok {
				reply(wire.WSReply{Type: "subscribed", Topic: req.Topic})
				continue
			}
			if len(topics) >= MaxTopicsPerConn {
				reply(wire.WSReply{Type: "error", Topic: req.Topic, Code: "too_many_topics", Error: "sequencer: too many subscriptions on one connection"})
				continue
			}
			fail := func(err error) {
				_, code := wire.ErrorCode(err)
				reply(wire.WSReply{Type: "error", Topic: req.Topic, Code: code, Error: err.Error()})
			}
			g, err := a.grantAccountStream(&req, addr)
			if err != nil {
				fail(err)
				continue
			}
			confirmed := func() { reply(wire.WSReply{Type: "subscribed", Topic: req.Topic}) }
			if err := a.svc.Subscribe(sub, req.Topic, g == grantSigned, confirmed); err != nil {
				a.releaseAccountStream(g, req.Topic, addr)
				fail(err)
				continue
			}
			topics[req.Topic] = g
		case "unsubscribe":
			a.svc.Unsubscribe(sub, req.Topic)
			if g, ok := topics[req.Topic]; ok {
				a.releaseAccountStream(g, req.Topic, addr)
				delete(topics, req.Topic)
			}
			reply(wire.WSReply{Type: "unsubscribed", Topic: req.Topic})
		default:
			reply(wire.WSReply{Type: "error", Code: "bad_op", Error: "sequencer: unknown op " + req.Op})
		}
	}
	sub.Drop("closed")
	wg.Wait()
	conn.Close()
}

// wsWrite sends the subscriber's messages and heartbeats until the subscriber is dropped or a write fails.
// Messages already queued go out together: up to wsCoalesce of them share one system call.
func (a *API) wsWrite(conn *websocket.Conn, cc *corkConn, sub *events.Subscriber, hb time.Duration) {
	t := time.NewTicker(hb)
	defer t.Stop()
	write := func(typ int, b []byte) bool {
		conn.SetWriteDeadline(time.Now().Add(wsWriteWait))
		return conn.WriteMessage(typ, b) == nil
	}
	for {
		select {
		case b := <-sub.C:
			cc.cork()
			ok := write(websocket.TextMessage, b)
			for n := 1; ok && n < wsCoalesce && len(sub.C) > 0; n++ {
				ok = write(websocket.TextMessage, <-sub.C)
			}
			if !cc.uncork() || !ok {
				sub.Drop("write failed")
				conn.Close()
				return
			}
		case <-t.C:
			b, _ := json.Marshal(wire.WSReply{Type: "heartbeat", Seq: a.svc.DurableSeq()})
			if !write(websocket.TextMessage, b) || !write(websocket.PingMessage, nil) {
				sub.Drop("write failed")
				conn.Close()
				return
			}
		case <-sub.Gone():
			reason := sub.Reason()
			code := websocket.CloseNormalClosure
			if reason == "slow consumer" {
				code = websocket.ClosePolicyViolation
			}
			conn.SetWriteDeadline(time.Now().Add(wsWriteWait))
			conn.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(code, reason))
			conn.Close()
			return
		}
	}
}

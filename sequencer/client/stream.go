package client

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"github.com/gorilla/websocket"

	"github.com/perpx/perpx/sequencer/wire"
)

// Stream is a WebSocket connection to the sequencer's streams (GET /v1/ws). Messages arrive in log order;
// each carries its type and the log sequence number it follows.
type Stream struct {
	conn *websocket.Conn
	wmu  sync.Mutex
}

// Message is one stream message: its type ("book_snapshot", "book_delta", "trade", "account", "fill",
// "health", "batch", "subscribed", "unsubscribed", "pong", "heartbeat", "error") and its JSON, to decode into
// the matching sequencer type (BookMsg, TradeMsg, AccountMsg, FillMsg, HealthMsg, BatchMsg, WSReply).
type Message struct {
	Type string
	Seq  uint64
	Raw  json.RawMessage
}

// Decode decodes the message into v.
func (m *Message) Decode(v any) error { return json.Unmarshal(m.Raw, v) }

// Stream opens a stream connection and subscribes to topics ("book:1", "trades:1", "account:7", "batches").
func (c *Client) Stream(ctx context.Context, topics ...string) (*Stream, error) {
	u := "ws" + strings.TrimPrefix(c.base, "http") + "/v1/ws"
	conn, _, err := websocket.DefaultDialer.DialContext(ctx, u, nil)
	if err != nil {
		return nil, fmt.Errorf("client: stream: %w", err)
	}
	s := &Stream{conn: conn}
	for _, t := range topics {
		if err := s.Subscribe(t); err != nil {
			conn.Close()
			return nil, err
		}
	}
	return s, nil
}

func (s *Stream) send(op, topic string) error {
	return s.write(wire.WSRequest{Op: op, Topic: topic})
}

func (s *Stream) write(req wire.WSRequest) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if err := s.conn.WriteJSON(req); err != nil {
		return fmt.Errorf("client: stream: %w", err)
	}
	return nil
}

// PlaceOrder sends a signed order (Client.SignOrder makes one) on the connection without waiting: the server
// answers each order and cancel in the order sent, once durable, with an "ack" message (a WSReply whose
// Order is what POST /v1/orders returns) or an "error" (Status and Code as the REST API gives), both carrying
// id. Up to wire.MaxWSInflight requests may be outstanding before the server stops reading.
func (s *Stream) PlaceOrder(id string, req wire.OrderRequest) error {
	return s.write(wire.WSRequest{Op: "order", ID: id, Order: &req})
}

// CancelOrder sends a cancel of order orderID signed by account's key; it is answered as PlaceOrder says,
// with the reply's Cancel set.
func (s *Stream) CancelOrder(id string, key *wire.Key, account uint32, orderID, expiry uint64) error {
	m := wire.CancelMsg{AccountID: account, OrderID: orderID, ExpirySeconds: expiry}
	req := wire.NewCancelRequest(m, key.SignCancel(m))
	return s.write(wire.WSRequest{Op: "cancel", ID: id, OrderID: orderID, Cancel: &req})
}

// Subscribe adds a topic; the server confirms with a "subscribed" message (or an "error").
func (s *Stream) Subscribe(topic string) error { return s.send("subscribe", topic) }

// Unsubscribe removes a topic.
func (s *Stream) Unsubscribe(topic string) error { return s.send("unsubscribe", topic) }

// Ping asks for a "pong": it arrives after every event of the commands acknowledged before the ping.
func (s *Stream) Ping() error { return s.send("ping", "") }

// Next returns the next message. Keep calling it: the server's pings are answered while it reads.
func (s *Stream) Next() (*Message, error) {
	_, b, err := s.conn.ReadMessage()
	if err != nil {
		return nil, fmt.Errorf("client: stream: %w", err)
	}
	var head struct {
		Type string `json:"type"`
		Seq  uint64 `json:"seq"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return nil, fmt.Errorf("client: stream message: %w", err)
	}
	return &Message{Type: head.Type, Seq: head.Seq, Raw: b}, nil
}

// Close closes the connection.
func (s *Stream) Close() error { return s.conn.Close() }

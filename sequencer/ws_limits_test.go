package sequencer

import (
	"encoding/hex"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/perpx/perpx/sequencer/httpapi"
	"github.com/perpx/perpx/sequencer/wire"
)

// dialWSStatus dials the API's WebSocket and returns the connection, or nil and the refusal's status and code.
func dialWSStatus(t *testing.T, url string) (*websocket.Conn, int, string) {
	t.Helper()
	conn, resp, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(url, "http")+"/v1/ws", nil)
	if err == nil {
		t.Cleanup(func() { conn.Close() })
		return conn, http.StatusSwitchingProtocols, ""
	}
	if resp == nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var ej wire.ErrorJSON
	if err := json.NewDecoder(resp.Body).Decode(&ej); err != nil {
		t.Fatalf("refusal %d: %v", resp.StatusCode, err)
	}
	return nil, resp.StatusCode, ej.Code
}

// TestWebSocketConnectionLimits opens connections up to httpapi.Config.MaxWSConnsPerAddress and MaxWSConns and one
// more of each (issue 16, item 4: 1,100 connections from one client exhausted the descriptors), and requires a
// closed connection to give its place back.
func TestWebSocketConnectionLimits(t *testing.T) {
	for _, c := range []struct {
		name              string
		perAddress, total int
		status            int
		code              string
	}{
		{"per address", 3, 100, http.StatusTooManyRequests, "too_many_connections_from_address"},
		{"in all", 100, 3, http.StatusServiceUnavailable, "too_many_connections"},
	} {
		t.Run(c.name, func(t *testing.T) {
			s := newService(t, 32, nil)
			srv := httptest.NewServer(httpapi.NewWithConfig(s.Service, httpapi.Config{MaxWSConnsPerAddress: c.perAddress, MaxWSConns: c.total}))
			defer srv.Close()
			var open []*websocket.Conn
			for range 3 {
				conn, status, code := dialWSStatus(t, srv.URL)
				if conn == nil {
					t.Fatalf("connection %d refused: %d %s", len(open)+1, status, code)
				}
				open = append(open, conn)
			}
			if conn, status, code := dialWSStatus(t, srv.URL); conn != nil || status != c.status || code != c.code {
				t.Fatalf("limit + 1: %d %s, want %d %s", status, code, c.status, c.code)
			}
			open[0].Close()
			deadline := time.Now().Add(30 * time.Second) // the server notices the close asynchronously
			for {
				conn, status, code := dialWSStatus(t, srv.URL)
				if conn != nil {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("a closed connection's place was not given back: %d %s", status, code)
				}
				time.Sleep(10 * time.Millisecond)
			}
		})
	}
}

// TestWebSocketAccountStreamsShared bounds one address's unsigned account streams
// (httpapi.Config.MaxAccountStreamsPerAddress) and lets an account's owner follow its own account with a signed
// subscription even when every unsigned stream is taken (issue 16, item 5: one client held all 4,096).
func TestWebSocketAccountStreamsShared(t *testing.T) {
	s := newStreamLimitService(t, 4)
	clock := newClock(2_000)
	srv := httptest.NewServer(httpapi.NewWithConfig(s, httpapi.Config{MaxAccountStreamsPerAddress: 1, Clock: clock}))
	defer srv.Close()
	replies := func(c *wsClient) map[string]string {
		out := map[string]string{}
		for _, m := range c.untilPong() {
			switch msgType(m) {
			case "subscribed", "unsubscribed", "error":
				r := decodeMsg[wire.WSReply](t, m)
				out[r.Topic] += r.Type + r.Code
			}
		}
		return out
	}
	signed := func(c *wsClient, id uint32, expiry uint64, key *wire.Key) {
		t.Helper()
		sig := key.SignStream(wire.StreamMsg{AccountID: id, ExpirySeconds: expiry})
		if err := c.conn.WriteJSON(wire.WSRequest{Op: "subscribe", Topic: "account:" + itoa(uint64(id)), Expiry: expiry,
			Signature: hex.EncodeToString(sig[:])}); err != nil {
			t.Fatal(err)
		}
	}
	a, b := dialWS(t, srv.URL), dialWS(t, srv.URL)
	a.send("subscribe", "account:1")
	if got := replies(a); got["account:1"] != "subscribed" {
		t.Fatalf("first unsigned stream: %v", got)
	}
	b.send("subscribe", "account:2") // the same address: over its limit of 1
	if got := replies(b); got["account:2"] != "errortoo_many_account_streams_from_address" {
		t.Fatalf("per address + 1: %v", got)
	}
	signed(b, 2, 3_000, devKey(2)) // the owner signs: not counted against the address
	signed(b, 3, 3_000, devKey(3))
	if got := replies(b); got["account:2"] != "subscribed" || got["account:3"] != "subscribed" {
		t.Fatalf("signed subscriptions: %v", got)
	}
	// Three account streams now exceed MaxAccountStreams = 2, yet account 4's owner may still follow it.
	signed(b, 4, 1_999, devKey(4))
	signed(b, 4, 3_000, devKey(1))
	if got := replies(b); got["account:4"] != "errorexpirederrorbad_signature" {
		t.Fatalf("expired and foreign signatures: %v", got)
	}
	signed(b, 4, 3_000, devKey(4))
	if got := replies(b); got["account:4"] != "subscribed" {
		t.Fatalf("owner past the global limit: %v", got)
	}
	// Unsubscribing gives the address's place back (account 2 is streamed already, so the global limit allows it).
	c := dialWS(t, srv.URL)
	c.send("subscribe", "account:2")
	if got := replies(c); got["account:2"] != "errortoo_many_account_streams_from_address" {
		t.Fatalf("before unsubscribe: %v", got)
	}
	a.send("unsubscribe", "account:1")
	if got := replies(a); got["account:1"] != "unsubscribed" {
		t.Fatalf("unsubscribe: %v", got)
	}
	c.send("subscribe", "account:2")
	if got := replies(c); got["account:2"] != "subscribed" {
		t.Fatalf("after unsubscribe: %v", got)
	}
}

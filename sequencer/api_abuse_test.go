package sequencer

import (
	"bufio"
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/perpx/perpx/sequencer/httpapi"
)

// levelCounter is a slog handler that counts records by level.
type levelCounter struct {
	mu     sync.Mutex
	counts map[slog.Level]int
}

func (c *levelCounter) Enabled(context.Context, slog.Level) bool { return true }
func (c *levelCounter) Handle(_ context.Context, r slog.Record) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counts[r.Level]++
	return nil
}
func (c *levelCounter) WithAttrs([]slog.Attr) slog.Handler { return c }
func (c *levelCounter) WithGroup(string) slog.Handler      { return c }

// TestClientCausedErrorsNotLoggedAsErrors sends requests whose 5xx a client causes (an account proof before any
// batch is verified) and requires no ERROR record: any client could otherwise write ERROR lines at will
// (issue 16, item 9).
func TestClientCausedErrorsNotLoggedAsErrors(t *testing.T) {
	e := newVerifiedEnv(t)
	logs := &levelCounter{counts: map[slog.Level]int{}}
	e.api = httpapi.NewWithConfig(e.svc, httpapi.Config{Logger: slog.New(logs)})
	for range 3 {
		e.wantError(t, "/v1/accounts/1/proof", http.StatusServiceUnavailable, "not_verified")
	}
	logs.mu.Lock()
	defer logs.mu.Unlock()
	if n := logs.counts[slog.LevelError]; n != 0 {
		t.Fatalf("%d ERROR records for client-caused 503s", n)
	}
}

// TestExpectContinueTooLarge declares a body far over MaxBodyBytes with "Expect: 100-continue" and requires a 413
// before any "100 Continue": the server must not invite a client to send 100 MB it will refuse (issue 16,
// item 9).
func TestExpectContinueTooLarge(t *testing.T) {
	s := newService(t, 32, nil)
	srv := httptest.NewServer(httpapi.New(s.Service))
	defer srv.Close()
	conn, err := net.DialTimeout("tcp", strings.TrimPrefix(srv.URL, "http://"), 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(30 * time.Second))
	fmt.Fprintf(conn, "POST /v1/orders HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\nExpect: 100-continue\r\n\r\n", 100<<20)
	line, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(line, "HTTP/1.1 413") {
		t.Fatalf("first response line %q, want 413 before any body", strings.TrimSpace(line))
	}
}

package sequencer

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/cockroachdb/pebble/v2/vfs/errorfs"

	"github.com/perpx/perpx/sequencer/httpapi"
	"github.com/perpx/perpx/sequencer/wire"
)

// TestAPIReadsWaitForDurability holds the input log's sync while an order rests: the order is in the book,
// but GET /v1/orderbook and GET /v1/accounts/{id}/orders must not show it before its log entry is durable;
// once the sync completes they do, and the order is acknowledged. Health answers meanwhile, and reads still
// answer once the service is closed.
func TestAPIReadsWaitForDurability(t *testing.T) {
	mem := vfs.NewMem()
	var hold atomic.Bool
	holding, release := make(chan struct{}, 1), make(chan struct{})
	inj := errorfs.InjectorFunc(func(op errorfs.Op) error {
		switch op.Kind {
		case errorfs.OpFileSync, errorfs.OpFileSyncData, errorfs.OpFileSyncTo:
			if hold.Load() && strings.HasSuffix(op.Path, ".log") {
				select {
				case holding <- struct{}{}:
				default:
				}
				<-release
			}
		}
		return nil
	})
	tree, err := openTestTree(mem, "tree")
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Close()
	s, err := NewService(tree, Config{DataDir: "data", FS: errorfs.Wrap(mem, inj), Clock: newClock(2_000), MaxBatchSize: 8, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.Deposit(depositRec(1, hundredK)); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(httpapi.NewWithConfig(s, httpapi.Config{AccountRate: -1, IPRate: -1}))
	defer srv.Close()
	get := func(path string, v any) int {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			t.Error(err)
			return 0
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		if v != nil && resp.StatusCode == http.StatusOK {
			if err := json.Unmarshal(body, v); err != nil {
				t.Errorf("GET %s: %v", path, err)
			}
		}
		return resp.StatusCode
	}

	hold.Store(true)
	var once sync.Once
	unhold := func() {
		hold.Store(false)
		once.Do(func() { close(release) })
	}
	defer unhold() // before the service closes, even when the test fails
	acked := make(chan int, 1)
	go func() {
		body := orderJSON(t, order(1, mBTC, true, btcStep, price(59_000), 0, 1), devKey(1), nil)
		resp, err := http.Post(srv.URL+"/v1/orders", "application/json", strings.NewReader(body))
		if err != nil {
			t.Error(err)
			acked <- 0
			return
		}
		resp.Body.Close()
		acked <- resp.StatusCode
	}()
	<-holding // the order is applied; its log group is being synced
	type reads struct {
		book   wire.BookJSON
		orders []wire.OpenOrderJSON
	}
	got := make(chan reads, 1)
	go func() {
		var r reads
		get("/v1/orderbook/1", &r.book)
		get("/v1/accounts/1/orders", &r.orders)
		got <- r
	}()
	if code := get("/v1/health", nil); code != http.StatusOK {
		t.Fatalf("health answered %d while the log syncs", code)
	}
	select {
	case r := <-got:
		t.Fatalf("reads answered before the order's log entry was durable: book %+v, orders %+v", r.book, r.orders)
	case <-time.After(100 * time.Millisecond):
	}
	unhold()
	r := <-got
	if len(r.book.Bids) != 1 || len(r.orders) != 1 {
		t.Fatalf("after the sync: book %+v, orders %+v; want the order resting", r.book, r.orders)
	}
	if code := <-acked; code != http.StatusOK {
		t.Fatalf("order answered %d", code)
	}
	// Closed, the service's state is all durable: reads still answer it.
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/v1/markets", "/v1/orderbook/1", "/v1/accounts/1"} {
		if code := get(path, nil); code != http.StatusOK {
			t.Fatalf("GET %s after Close: %d", path, code)
		}
	}
}

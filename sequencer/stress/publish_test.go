package stress

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/perpx/perpx/sequencer"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// liveService starts a sequencer on a disk data directory holding two accounts with opposite positions,
// sealed and checkpointed.
func liveService(t *testing.T) *sequencer.Service {
	dir := t.TempDir()
	tree, err := statedb.Open(filepath.Join(dir, "state"), quietLogger())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tree.Close() })
	if err := tree.SetMarkets(GenMarkets()); err != nil {
		t.Fatal(err)
	}
	tree.SetGlobals(state.Globals{SystemTimeSeconds: genStartTime, LastFundingTimeSeconds: genStartTime})
	if err := tree.Commit(); err != nil {
		t.Fatal(err)
	}
	svc, err := sequencer.NewService(tree, sequencer.Config{DataDir: dir, Protocol: GenConfig(), MaxBatchSize: 2, CheckpointBatches: 1, Logger: slog.New(slog.DiscardHandler),
		Clock: fixedClock(genStartTime + 10)})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { svc.Close() })
	key := wire.DevKey("publish test").PubKey().Compressed()
	for _, id := range []uint32{1, 2} {
		if _, err := svc.Deposit(state.DepositRecord{AccountID: id, AmountQuantums: 10_000_000_000, L1Address: genAddress(id), PubKey: key}); err != nil {
			t.Fatal(err)
		}
	}
	markets := svc.Markets()
	if _, err := svc.ForcedTrade(state.ForcedTradeRecord{Market: 1, AIsBuy: true, AccountA: 1, AccountB: 2, SizeQuantums: 50_000_000,
		Price: markets[0].OraclePrice, AddrA: genAddress(1), AddrB: genAddress(2)}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Seal(); err != nil {
		t.Fatal(err)
	}
	return svc
}

type fixedClock int64

func (c fixedClock) Now() time.Time { return time.Unix(int64(c), 0) }

// TestPublisher: before the first run the route answers 404; a run on a sequencer with no verified batch
// copies the live tree's checkpoint, publishes a report on it (JSON and HTML) with its root and batch, keeps
// the checkpoint for a re-run that gives the same report, and the route serves both forms.
func TestPublisher(t *testing.T) {
	svc := liveService(t)
	api := sequencer.NewAPI(svc)
	get := func(path string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		api.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		return rec
	}
	if rec := get("/v1/stress/latest"); rec.Code != http.StatusNotFound || !strings.Contains(rec.Body.String(), "not_found") {
		t.Fatalf("before the first report: %d %s", rec.Code, rec.Body)
	}
	dir := filepath.Join(t.TempDir(), "stress")
	p := &Publisher{Service: svc, Config: GenConfig(), Suite: SeedSuite(), Dir: dir, Now: func() time.Time { return time.Unix(42, 0) }}
	latest, err := p.RunOnce()
	if err != nil {
		t.Fatal(err)
	}
	if latest.Source != "live" || latest.Batch != 2 || latest.RanAtSeconds != 42 {
		t.Fatalf("published %s batch %d at %d", latest.Source, latest.Batch, latest.RanAtSeconds)
	}
	var got sequencer.StressLatestJSON
	rec := get("/v1/stress/latest")
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil || rec.Code != http.StatusOK {
		t.Fatalf("%d %v", rec.Code, err)
	}
	var rep Report
	if err := json.Unmarshal(got.Report, &rep); err != nil || rep.StateRoot != got.StateRoot || rep.Accounts != 2 || rep.Batch != 2 {
		t.Fatalf("report %+v (%v)", rep, err)
	}
	if rec := get("/v1/stress/latest?format=html"); rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "<svg") ||
		!strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
		t.Fatalf("html: %d %s", rec.Code, rec.Header())
	}
	if rec := get("/v1/stress/latest?format=xml"); rec.Code != http.StatusBadRequest {
		t.Fatalf("format=xml: %d", rec.Code)
	}
	// Re-run on the kept checkpoint: the same report, byte for byte.
	st, err := Load(filepath.Join(dir, "checkpoint"), GenConfig())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Tree.Close()
	st.Batch = 2
	again := reportJSON(t, runSuite(t, st, SeedSuite()))
	var compact bytes.Buffer
	if err := json.Compact(&compact, again); err != nil {
		t.Fatal(err)
	}
	if onDisk, _ := os.ReadFile(filepath.Join(dir, "latest.json")); compact.String() != string(got.Report) || !bytes.Equal(onDisk, again) {
		t.Fatal("a re-run on the kept checkpoint gives another report")
	}
}

// TestPublisherInterval: the schedule refuses an interval below MinPublishInterval.
func TestPublisherInterval(t *testing.T) {
	p := &Publisher{}
	if err := p.Run(context.Background(), MinPublishInterval-1); !errors.Is(err, ErrPublishInterval) {
		t.Fatalf("interval below the minimum: %v", err)
	}
	svc := liveService(t)
	p = &Publisher{Service: svc, Config: GenConfig(), Suite: SeedSuite(), Dir: t.TempDir()}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := p.Run(ctx, MinPublishInterval); err != nil {
		t.Fatal(err)
	}
	if _, _, ok := svc.LatestStressReport(); !ok {
		t.Fatal("Run published nothing before its first tick")
	}
}

package sequencer

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"sync"

	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state/statedb"
)

// ErrNoStressReport reports that no stress report has been published yet (GET /v1/stress/latest answers 404).
var ErrNoStressReport = errors.New("sequencer: no stress report published yet")

// StressLatestJSON is the latest published stress report (package sequencer/stress): the state it ran on,
// named by its root and the batch it is at, so that anyone can rebuild that state from L1 (perpx escape
// --dry-run --state-dir) and re-run the same scenario file to compare, byte for byte.
type StressLatestJSON struct {
	// StateRoot is the root of the state the suite ran on; Batch the batch whose new root it is (the last
	// batch the L1 contract verified, when Source is "verified").
	StateRoot string `json:"stateRoot"`
	Batch     uint64 `json:"batch"`
	// Source is "verified" (the state as of the last L1-verified batch) or "live" (the sequencer's last
	// checkpoint, before any batch was verified).
	Source string `json:"source"`
	// RanAtSeconds is when the suite ran (Unix seconds); the report itself holds no time.
	RanAtSeconds int64 `json:"ranAtSeconds"`
	// Report is the stress report (stress.Report) as JSON.
	Report json.RawMessage `json:"report"`
}

// stressSlot holds the latest stress report of a service and its HTML page.
type stressSlot struct {
	mu     sync.Mutex
	latest *StressLatestJSON
	html   []byte
}

// PublishStressReport makes r (and its HTML page) the answer of GET /v1/stress/latest.
func (s *Service) PublishStressReport(r StressLatestJSON, html []byte) {
	s.stress.mu.Lock()
	defer s.stress.mu.Unlock()
	s.stress.latest, s.stress.html = &r, html
}

// LatestStressReport returns the latest published stress report and its HTML page, or false.
func (s *Service) LatestStressReport() (StressLatestJSON, []byte, bool) {
	s.stress.mu.Lock()
	defer s.stress.mu.Unlock()
	if s.stress.latest == nil {
		return StressLatestJSON{}, nil, false
	}
	return *s.stress.latest, s.stress.html, true
}

// stressLatest serves GET /v1/stress/latest: the report as JSON, or with ?format=html its self-contained page.
func (a *API) stressLatest(w http.ResponseWriter, r *http.Request) {
	latest, html, ok := a.svc.LatestStressReport()
	if !ok {
		a.fail(w, fmt.Errorf("%w: %w", wire.ErrNoRoute, ErrNoStressReport))
		return
	}
	switch r.URL.Query().Get("format") {
	case "", "json":
		a.reply(w, http.StatusOK, latest)
	case "html":
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
		w.Write(html)
	default:
		a.fail(w, fmt.Errorf("%w: format %q, want json or html", wire.ErrBadParams, r.URL.Query().Get("format")))
	}
}

// VerifiedCheckpoint writes a Pebble checkpoint of the state as of the last batch the L1 contract verified to
// dir and returns that batch: a copy that perpx stress loads while the service runs. It fails
// with wire.ErrNotVerified before the first verified batch.
func (s *Service) VerifiedCheckpoint(dir string) (uint64, error) {
	v := s.verified
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.err != nil {
		return 0, fmt.Errorf("%w: %w", wire.ErrVerifiedUnavailable, v.err)
	}
	if v.tree == nil {
		return 0, wire.ErrNotVerified
	}
	if err := v.tree.Checkpoint(dir); err != nil {
		return 0, err
	}
	return v.batch, nil
}

// LiveCheckpoint writes a Pebble checkpoint of the live tree's committed state (as of the service's last
// checkpoint) to dir and returns the last sealed batch; the state may hold transactions of the open batch
// too. The caller names the state by the root of the copy it loads.
func (s *Service) LiveCheckpoint(dir string) (uint64, error) {
	t, ok := s.tree.(*statedb.Tree)
	if !ok {
		return 0, fmt.Errorf("sequencer: the service's tree cannot write a checkpoint")
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := t.Checkpoint(dir); err != nil {
		return 0, err
	}
	return s.store.Last()
}

package httpapi

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/perpx/perpx/sequencer/wire"
)

// ErrNoStressReport reports that no stress report has been published yet (GET /v1/stress/latest answers 404).
var ErrNoStressReport = errors.New("sequencer: no stress report published yet")

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

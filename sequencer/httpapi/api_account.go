package httpapi

import (
	"bufio"
	"errors"
	"fmt"
	"mime"
	"net"
	"net/http"
	"strconv"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/sequencer/events"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// Bounds of the list endpoints.
const (
	DefaultFillsLimit   = 100
	MaxFillsLimit       = 1000
	DefaultBatchesLimit = 20
	MaxBatchesLimit     = 100
)

// checkContentType refuses a request with a body whose declared media type is not JSON (a body without a
// Content-Type is read as JSON).
func checkContentType(r *http.Request) error {
	switch r.Method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
		return nil
	}
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		return nil
	}
	if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != "application/json" {
		return fmt.Errorf("%w: got %q", wire.ErrContentType, ct)
	}
	return nil
}

// authorize checks a signed request: the signature against the account's key, then the account's rate limit
// (a request that does not verify never spends the account's budget).
func (a *API) authorize(account uint32, msg fr.Element, sig *state.Signature) error {
	if err := a.svc.VerifySig(account, msg, sig); err != nil {
		return err
	}
	return a.allowAccount(account)
}

// authorizeOrder is authorize for a signed order, whose hash the signature check computes.
func (a *API) authorizeOrder(so *state.SignedOrder) error {
	if err := a.svc.VerifyOrderSig(so); err != nil {
		return err
	}
	return a.allowAccount(so.Msg.AccountID)
}

// allowAccount takes a token of account's rate limit.
func (a *API) allowAccount(account uint32) error {
	if !a.accounts.allow(account) {
		a.metrics.RateLimited.WithLabelValues("account").Inc()
		return fmt.Errorf("%w: account %d", wire.ErrRateLimited, account)
	}
	return nil
}

// remoteIP returns the host part of the request's remote address.
func remoteIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

func routeLabel(pattern string) string {
	if pattern == "" {
		return "unmatched"
	}
	return pattern
}

// statusWriter records the status of a response; it passes Hijack and Flush through (the WebSocket upgrade
// needs them).
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	w.status = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	h, ok := w.ResponseWriter.(http.Hijacker)
	if !ok {
		return nil, nil, errors.New("sequencer: connection cannot be hijacked")
	}
	w.status = http.StatusSwitchingProtocols
	return h.Hijack()
}

func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// queryUint parses an optional query parameter in [lo, hi], def when absent.
func queryUint(r *http.Request, name string, def, lo, hi uint64) (uint64, error) {
	q := r.URL.Query().Get(name)
	if q == "" {
		return def, nil
	}
	v, err := strconv.ParseUint(q, 10, 64)
	if err != nil || v < lo || v > hi {
		return 0, fmt.Errorf("%w: %s %q, want %d..%d", wire.ErrBadParams, name, q, lo, hi)
	}
	return v, nil
}

func (a *API) accountOrders(w http.ResponseWriter, r *http.Request) {
	id, err := pathUint(r, "id", 32)
	if err != nil {
		a.fail(w, err)
		return
	}
	orders, err := a.svc.OpenOrders(uint32(id))
	if err != nil {
		a.fail(w, err)
		return
	}
	markets := a.svc.Markets()
	out := make([]wire.OpenOrderJSON, len(orders))
	for i := range orders {
		out[i] = events.NewOpenOrderJSON(&orders[i], markets.Get(orders[i].Signed.Msg.Market))
	}
	a.reply(w, http.StatusOK, out)
}

func (a *API) accountFills(w http.ResponseWriter, r *http.Request) {
	id, err := pathUint(r, "id", 32)
	if err != nil {
		a.fail(w, err)
		return
	}
	limit, err := queryUint(r, "limit", DefaultFillsLimit, 1, MaxFillsLimit)
	if err != nil {
		a.fail(w, err)
		return
	}
	before, err := queryUint(r, "before", 0, 0, 1<<63)
	if err != nil {
		a.fail(w, err)
		return
	}
	fills, err := a.svc.Fills(uint32(id), before, int(limit))
	if err != nil {
		a.fail(w, err)
		return
	}
	markets := a.svc.Markets()
	out := make([]wire.AccountFillJSON, len(fills))
	for i := range fills {
		out[i] = events.NewFillJSON(&fills[i], markets.Get(fills[i].Market))
	}
	a.reply(w, http.StatusOK, out)
}

func (a *API) batches(w http.ResponseWriter, r *http.Request) {
	limit, err := queryUint(r, "limit", DefaultBatchesLimit, 1, MaxBatchesLimit)
	if err != nil {
		a.fail(w, err)
		return
	}
	before, err := queryUint(r, "before", 0, 0, 1<<63)
	if err != nil {
		a.fail(w, err)
		return
	}
	out, err := a.svc.BatchSummaries(before, int(limit))
	if err != nil {
		a.fail(w, err)
		return
	}
	a.reply(w, http.StatusOK, out)
}

func (a *API) health(w http.ResponseWriter, _ *http.Request) {
	h := a.svc.Health()
	status := http.StatusOK
	if h.Status != "ok" {
		status = http.StatusServiceUnavailable
	}
	a.reply(w, status, h)
}
func (a *API) totals(w http.ResponseWriter, _ *http.Request) {
	t, err := a.svc.Totals()
	if err != nil {
		a.fail(w, err)
		return
	}
	a.reply(w, http.StatusOK, t)
}

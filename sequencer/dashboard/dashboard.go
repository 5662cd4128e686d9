// Package dashboard is the web dashboard the sequencer serves at / (httpapi.New mounts it): markets with
// their oracle prices and funding, order-book depth and recent trades, batches from sealed to verified on L1,
// the insurance fund, an account page (positions, margin ratio, liquidation prices, health warnings as they
// stream) and the latest stress report. It is static: an HTML page, a stylesheet and plain JavaScript embedded
// in the binary, which read the public API (GET /v1/...) and its WebSocket streams (GET /v1/ws) from the same
// origin. Nothing is fetched from anywhere else and there is no build step.
package dashboard

import (
	"embed"
	"io/fs"
	"net/http"
	"strings"
)

//go:embed static
var files embed.FS

// contentSecurityPolicy lets the page load only its own scripts, styles and API, and frame only the stress
// report's page.
const contentSecurityPolicy = "default-src 'self'; connect-src 'self' ws: wss:; frame-src 'self'; img-src 'self' data:; object-src 'none'"

// Handler serves the dashboard: its page for / and its assets under /ui/.
func Handler() http.Handler {
	static, err := fs.Sub(files, "static")
	if err != nil {
		panic(err) // the embedded directory exists
	}
	assets := http.StripPrefix("/ui/", http.FileServer(http.FS(static)))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", contentSecurityPolicy)
		w.Header().Set("X-Content-Type-Options", "nosniff")
		if !strings.HasPrefix(r.URL.Path, "/ui/") {
			http.ServeFileFS(w, r, static, "index.html")
			return
		}
		assets.ServeHTTP(w, r)
	})
}

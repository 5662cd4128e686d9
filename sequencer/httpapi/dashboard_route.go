package httpapi

import (
	"net/http"

	"github.com/perpx/perpx/sequencer/dashboard"
)

// mountDashboard serves the web dashboard (package dashboard) at / and its assets under /ui/. They are pages,
// not API routes, so the OpenAPI document does not list them; every other path still gets the API's JSON
// errors.
func mountDashboard(mux *http.ServeMux) {
	h := dashboard.Handler()
	mux.Handle("GET /{$}", h)
	mux.Handle("GET /ui/", h)
}

package dashboard

import (
	"io/fs"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

// TestHandler: / serves the page, /ui/ its assets, each with the content security policy.
func TestHandler(t *testing.T) {
	h := Handler()
	for path, want := range map[string]string{"/": "<title>perpx dashboard</title>", "/ui/app.js": "new WebSocket", "/ui/style.css": "font-family"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), want) {
			t.Errorf("GET %s: %d, body without %q", path, rec.Code, want)
		}
		if rec.Header().Get("Content-Security-Policy") != contentSecurityPolicy {
			t.Errorf("GET %s: no content security policy", path)
		}
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/ui/missing.js", nil))
	if rec.Code != http.StatusNotFound {
		t.Errorf("a missing asset: %d", rec.Code)
	}
}

// TestSelfContained: the assets name no other origin and load no framework: every script, stylesheet and
// request is the node's own (a relative or root path).
func TestSelfContained(t *testing.T) {
	external := regexp.MustCompile(`(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}|@import|cdn`)
	err := fs.WalkDir(files, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := files.ReadFile(p)
		if m := external.Find(b); m != nil {
			t.Errorf("%s names %q", p, m)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

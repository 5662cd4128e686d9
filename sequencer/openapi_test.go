package sequencer

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/perpx/perpx/sequencer/httpapi"
	"github.com/perpx/perpx/sequencer/wire"
)

// TestOpenAPI checks that GET /v1/openapi.json serves a document listing exactly the routes the API
// registers, each of which routes, and that every referenced schema is defined.
func TestOpenAPI(t *testing.T) {
	s := newService(t, 8, nil)
	api := httpapi.New(s.Service)
	rec := httptest.NewRecorder()
	api.ServeHTTP(rec, httptest.NewRequest("GET", "/v1/openapi.json", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	var doc struct {
		OpenAPI    string                                `json:"openapi"`
		Paths      map[string]map[string]json.RawMessage `json:"paths"`
		Components struct {
			Schemas map[string]json.RawMessage `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &doc); err != nil || doc.OpenAPI != "3.0.3" {
		t.Fatalf("document: %v", err)
	}
	documented := map[string]bool{}
	for path, ops := range doc.Paths {
		for method := range ops {
			pattern := strings.ToUpper(method) + " " + path
			documented[pattern] = true
			req := httptest.NewRequest(strings.ToUpper(method), regexp.MustCompile(`\{\w+\}`).ReplaceAllString(path, "1"), nil)
			if got := api.Pattern(req); got != pattern {
				t.Errorf("documented %s routes to %q", pattern, got)
			}
		}
	}
	// Every route registered in the source is documented.
	var registered []string
	for _, f := range []string{"httpapi/api.go"} {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range regexp.MustCompile(`a\.mux\.Handle(?:Func)?\("([A-Z]+ [^"]+)"`).FindAllStringSubmatch(string(src), -1) {
			registered = append(registered, m[1])
		}
	}
	if len(registered) == 0 {
		t.Fatal("no route found in api.go")
	}
	for _, p := range registered {
		if !documented[p] {
			t.Errorf("route %s is not in the OpenAPI document", p)
		}
	}
	if len(documented) != len(registered) {
		t.Errorf("%d routes documented, %d registered", len(documented), len(registered))
	}
	for _, ref := range regexp.MustCompile(`#/components/schemas/(\w+)`).FindAllStringSubmatch(rec.Body.String(), -1) {
		if doc.Components.Schemas[ref[1]] == nil {
			t.Errorf("schema %s referenced but not defined", ref[1])
		}
	}
}

// TestOpenAPIEnums holds the document's enumerations to the values the code emits and accepts: order flags,
// market statuses and batch statuses (issue 16: a client had to read Go code for them), and lists the limits.
func TestOpenAPIEnums(t *testing.T) {
	var doc struct {
		Components struct {
			Schemas map[string]struct {
				Properties map[string]struct {
					Enum  []string `json:"enum"`
					Items struct {
						Enum []string `json:"enum"`
					} `json:"items"`
				} `json:"properties"`
			} `json:"schemas"`
		} `json:"components"`
		Limits map[string]int `json:"x-limits"`
	}
	if err := json.Unmarshal(httpapi.OpenAPIDocument(), &doc); err != nil {
		t.Fatal(err)
	}
	sc := doc.Components.Schemas
	for _, c := range []struct {
		name string
		got  []string
		want []string
	}{
		{"OrderRequest.flags", sc["OrderRequest"].Properties["flags"].Items.Enum, wire.FlagNames[:]},
		{"OrderRequest.side", sc["OrderRequest"].Properties["side"].Enum, []string{"buy", "sell"}},
		{"MarketJSON.status", sc["MarketJSON"].Properties["status"].Enum, wire.StatusNames[:]},
		{"BatchSummaryJSON.proof", sc["BatchSummaryJSON"].Properties["proof"].Enum, []string{wire.ProofPending, wire.ProofProving, wire.ProofDone, wire.ProofFailed}},
		{"BatchSummaryJSON.l1", sc["BatchSummaryJSON"].Properties["l1"].Enum, []string{wire.L1Pending, wire.L1Submitted, wire.L1Verified, wire.L1Failed}},
	} {
		if !slices.Equal(c.got, c.want) {
			t.Errorf("%s: enum %v, want %v", c.name, c.got, c.want)
		}
	}
	if doc.Limits["maxBodyBytes"] != wire.MaxBodyBytes || doc.Limits["webSocketConnectionsPerAddress"] != httpapi.DefaultMaxWSConnsPerAddress {
		t.Errorf("x-limits %v", doc.Limits)
	}
}

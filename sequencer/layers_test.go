package sequencer

import (
	"os/exec"
	"strings"
	"testing"
)

// layers lists, for every package of the sequencer, the sequencer packages it may import (besides wire,
// which every one may import): the walk of an order goes down these layers and never back.
var layers = map[string][]string{
	"sequencer/stress":              {"", "feed", "engine", "internal/risk"},
	"sequencer/dashboard":           {},
	"sequencer/conformance":         {},
	"sequencer":                     {"events", "verified", "feed", "internal/checkpoint", "internal/metrics", "internal/risk", "engine", "internal/book", "wal", "internal/sigverify", "internal/invariants"},
	"sequencer/httpapi":             {"events", "verified", "internal/metrics", "internal/risk", "engine", "internal/book", "wal", "dashboard"},
	"sequencer/events":              {"internal/metrics", "internal/risk", "internal/book", "wal"},
	"sequencer/verified":            {"wal"},
	"sequencer/feed":                {"engine", "internal/book", "internal/sigverify"},
	"sequencer/internal/checkpoint": {"feed", "engine", "internal/book", "wal"},
	"sequencer/internal/metrics":    {},
	"sequencer/internal/risk":       {"engine", "internal/book", "wal"},
	"sequencer/engine":              {"internal/sigverify"},
	"sequencer/internal/book":       {},
	"sequencer/wal":                 {},
	"sequencer/internal/sigverify":  {},
	"sequencer/internal/invariants": {},
	"sequencer/wire":                {},
	"sequencer/client":              {},
}

// TestLayers checks the sequencer's packages import only the layers below them (go list).
func TestLayers(t *testing.T) {
	const mod = "github.com/perpx/perpx/"
	out, err := exec.Command("go", "list", "-f", `{{.ImportPath}} {{join .Imports " "}}`, "../sequencer/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	seen := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		pkg := strings.TrimPrefix(f[0], mod)
		allowed, ok := layers[pkg]
		if !ok {
			t.Errorf("package %s has no layer: add it to layers", pkg)
			continue
		}
		seen[pkg] = true
		for _, imp := range f[1:] {
			dep, ok := strings.CutPrefix(imp, mod+"sequencer")
			if !ok {
				continue
			}
			dep = strings.TrimPrefix(dep, "/")
			if dep == "wire" {
				continue
			}
			if !contains(allowed, dep) {
				t.Errorf("%s imports %s, not a layer below it", pkg, imp)
			}
		}
	}
	for pkg := range layers {
		if !seen[pkg] {
			t.Errorf("layer %s: no such package", pkg)
		}
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

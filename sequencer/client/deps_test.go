package client_test

import (
	"os/exec"
	"strings"
	"testing"
)

// forbiddenDeps are the packages the Go client must not link: the server's storage, its metrics and the
// prover. gnark-crypto (signatures, hashing) is allowed; gnark itself is not.
var forbiddenDeps = []string{
	"github.com/cockroachdb/pebble",
	"github.com/prometheus/",
	"github.com/consensys/gnark/",
}

// goListDeps returns the dependency closure of pkg as go list -deps prints it.
func goListDeps(t *testing.T, pkg string) map[string]bool {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps", pkg).Output()
	if err != nil {
		t.Fatalf("go list -deps %s: %v", pkg, err)
	}
	deps := map[string]bool{}
	for _, p := range strings.Fields(string(out)) {
		deps[p] = true
	}
	return deps
}

func forbidden(p string) bool {
	for _, f := range forbiddenDeps {
		if p == strings.TrimSuffix(f, "/") || strings.HasPrefix(p, f) || strings.HasPrefix(p, f+"/") {
			return true
		}
	}
	return false
}

// TestClientDeps checks that the client's dependency closure has no Pebble, Prometheus or gnark (gnark-crypto is
// allowed), and that it imports no sequencer package but sequencer/wire.
func TestClientDeps(t *testing.T) {
	const client = "github.com/perpx/perpx/sequencer/client"
	for p := range goListDeps(t, client) {
		if strings.HasPrefix(p, "github.com/perpx/perpx/sequencer") && p != client &&
			p != "github.com/perpx/perpx/sequencer/wire" {
			t.Errorf("client links %s; it may import only sequencer/wire", p)
		}
		if forbidden(p) {
			t.Errorf("client links %s", p)
		}
	}
}

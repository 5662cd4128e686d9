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

// TestClientDeps checks that the client's dependency closure has no Pebble, Prometheus or gnark, and that it
// imports no sequencer package but sequencer/wire.
//
// TODO(#15): package state still holds its Pebble-backed tree (and Pebble links Prometheus), so what arrives
// through state alone is tolerated until the lead splits state after the tree rework of #13; once state's
// closure is clean this test needs no exception.
func TestClientDeps(t *testing.T) {
	const client = "github.com/perpx/perpx/sequencer/client"
	deps := goListDeps(t, client)
	viaState := goListDeps(t, "github.com/perpx/perpx/state")
	for p := range deps {
		if strings.HasPrefix(p, "github.com/perpx/perpx/sequencer") && p != client &&
			p != "github.com/perpx/perpx/sequencer/wire" {
			t.Errorf("client links %s; it may import only sequencer/wire", p)
		}
		if forbidden(p) && !viaState[p] {
			t.Errorf("client links %s", p)
		}
	}
}

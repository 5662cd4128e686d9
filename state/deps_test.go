package state_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestImports checks what package doc.go says state may import: the standard library and gnark-crypto only
// (the Pebble store lives in state/statedb), so that its closure links no storage, metrics or circuit
// compiler.
func TestImports(t *testing.T) {
	out, err := exec.Command("go", "list", "-f", `{{join .Imports "\n"}}`, "github.com/perpx/perpx/state").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, p := range strings.Fields(string(out)) {
		std := !strings.Contains(strings.Split(p, "/")[0], ".")
		if !std && !strings.HasPrefix(p, "github.com/consensys/gnark-crypto/") {
			t.Errorf("state imports %s; it may import only the standard library and gnark-crypto", p)
		}
	}
}

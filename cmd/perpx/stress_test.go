package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStressCommand runs perpx stress twice on a generated state: the JSON reports are identical byte for
// byte, and the HTML page is written.
func TestStressCommand(t *testing.T) {
	dir := t.TempDir()
	var reports [2][]byte
	for i := range reports {
		out := filepath.Join(dir, "report.json")
		if err := run([]string{"stress", "--generate", "200", "--seed", "4", "--out", out, "--html", filepath.Join(dir, "report.html")}); err != nil {
			t.Fatal(err)
		}
		var err error
		if reports[i], err = os.ReadFile(out); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(reports[0], reports[1]) || !bytes.Contains(reports[0], []byte(`"scenarios"`)) {
		t.Fatal("two runs on the same state and scenarios gave different reports")
	}
	page, err := os.ReadFile(filepath.Join(dir, "report.html"))
	if err != nil || !strings.Contains(string(page), "<svg") {
		t.Fatalf("html: %v", err)
	}
}

// TestStressUsage: exactly one state source.
func TestStressUsage(t *testing.T) {
	for _, args := range [][]string{{"stress"}, {"stress", "--generate", "10", "--state", "x"}} {
		if err := run(args); !errors.Is(err, errUsage) {
			t.Errorf("%v: %v, want a usage error", args, err)
		}
	}
	scen := filepath.Join(t.TempDir(), "bad.json")
	os.WriteFile(scen, []byte(`{"scenarios":[]}`), 0o644)
	if err := run([]string{"stress", "--generate", "10", "--scenarios", scen}); err == nil || !strings.Contains(err.Error(), "invalid scenario") {
		t.Errorf("bad scenario file: %v", err)
	}
}

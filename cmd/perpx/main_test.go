package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/perpx/perpx/l1/devnet"
)

func TestRunRejectsBadUsage(t *testing.T) {
	cases := []struct {
		args []string
		want string
	}{
		{args: nil, want: "no command"},
		{args: []string{"launch"}, want: `unknown command "launch"`},
		{args: []string{"keys"}, want: "want a subcommand"},
		{args: []string{"keys", "rotate"}, want: `unknown subcommand "rotate"`},
		{args: []string{"keys", "export-solidity", "--batch-size", "2"}, want: "--out is required"},
		{args: []string{"keys", "setup", "--batch-size", "3", "--key-dir", ""}, want: "unsupported batch size"},
		{args: []string{"devnet", "--no-such-flag"}, want: "flag provided but not defined"},
	}
	for _, c := range cases {
		err := run(c.args)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("run(%q) = %v, want an error containing %q", c.args, err, c.want)
		}
	}
}

func TestDevnetRefusesUsedDataDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	// Batch size 3 has no keys: should the data-directory check be skipped, the run still ends at once.
	err := run([]string{"devnet", "--data-dir", dir, "--key-dir", t.TempDir(), "--batch-size", "3"})
	if !errors.Is(err, devnet.ErrDataDirInUse) {
		t.Fatalf("run = %v, want %v", err, devnet.ErrDataDirInUse)
	}
}

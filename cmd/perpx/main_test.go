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

// TestRunHelpAndErrorsNameTheCommand: -h is not a failure (main exits 0 on flag.ErrHelp), and every command's
// error starts with the command's name — a deposit with a bad L1 key file said "escape: key file" (issue 16).
func TestRunHelpAndErrorsNameTheCommand(t *testing.T) {
	for _, cmd := range [][]string{{"devnet"}, {"escape"}, {"sequencer"}, {"deposit"}, {"consent"}, {"forced-trade"},
		{"order", "place"}, {"order", "cancel"}, {"order", "list"}, {"account"}, {"withdraw"}, {"transfer"}, {"keys", "new"},
		{"keys", "setup"}, {"keys", "export-solidity"}, {"deploy"}, {"prover"}, {"submitter"}, {"status"}, {"claim"}} {
		var out strings.Builder
		if code := report(run(append(cmd, "-h")), &out); code != 0 || out.Len() != 0 {
			t.Errorf("%v -h: exit %d, printed %q; want 0 and nothing more than the usage", cmd, code, out.String())
		}
	}
	bad := filepath.Join(t.TempDir(), "key")
	if err := os.WriteFile(bad, []byte("not hex"), 0o600); err != nil {
		t.Fatal(err)
	}
	err := run([]string{"deposit", "--rpc", "http://127.0.0.1:1", "--rollup", "0x0000000000000000000000000000000000000001",
		"--l1-key", bad, "--amount", "1", "--key", bad})
	if err == nil || !strings.HasPrefix(err.Error(), "deposit: ") || strings.Contains(err.Error(), "escape") {
		t.Fatalf("deposit with a bad L1 key file: %v", err)
	}
	if err := run([]string{"order", "place", "--nope"}); err == nil || !strings.HasPrefix(err.Error(), "order place: ") {
		t.Fatalf("order place with a bad flag: %v", err)
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

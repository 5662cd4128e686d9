package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEscapeFlags(t *testing.T) {
	const addr = "0x00000000000000000000000000000000000000aa"
	key := filepath.Join(t.TempDir(), "key")
	if err := os.WriteFile(key, []byte("  0x4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{nil, "--rpc"},
		{[]string{"--rpc", "http://x"}, "--contract"},
		{[]string{"--rpc", "http://x", "--contract", addr}, "--key required"},
		{[]string{"--rpc", "http://x", "--contract", "0x12", "--key", key}, "not an address"},
		{[]string{"--rpc", "http://x", "--contract", addr, "--key", key, "--account", "4294967296"}, "--account"},
		{[]string{"--rpc", "http://x", "--contract", addr, "--key", key, "--amount", "5"}, "--amount"},
		{[]string{"--rpc", "http://x", "--contract", addr, "--key", key, "--withdraw", "--amount", "0"}, "--amount"},
		{[]string{"--rpc", "http://x", "--contract", addr, "--withdraw", "--dry-run"}, "--dry-run"},
	} {
		_, err := parseEscapeFlags(c.args)
		if !errors.Is(err, errEscapeUsage) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("parse %q = %v, want a usage error about %s", c.args, err, c.want)
		}
	}
	f, err := parseEscapeFlags([]string{"--rpc", "http://x", "--contract", addr, "--key", key, "--account", "4294967295", "--freeze"})
	if err != nil || f.account != 1<<32-1 || !f.freeze {
		t.Fatalf("parse %+v %v", f, err)
	}
	if _, err := parseEscapeFlags([]string{"--rpc", "http://x", "--contract", addr, "--dry-run"}); err != nil {
		t.Fatalf("dry run without a key: %v", err)
	}
	k, err := readKey(key)
	if err != nil || k.D.Sign() == 0 {
		t.Fatalf("key %v %v", k, err)
	}
	bad := filepath.Join(t.TempDir(), "bad")
	if err := os.WriteFile(bad, []byte("zz"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := readKey(bad); err == nil {
		t.Fatal("a malformed key was read")
	}
	if err := run([]string{"escape", "--rpc", "http://127.0.0.1:1", "--contract", addr, "--key", key}); err == nil {
		t.Fatal("escape against a closed port succeeded")
	}
}

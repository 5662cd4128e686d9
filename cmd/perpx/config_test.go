package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/perpx/perpx/l1/devnet"
	"github.com/perpx/perpx/state"
)

// writeProtocolConfig writes c as a configuration file and returns its path.
func writeProtocolConfig(t *testing.T, c *state.Config) string {
	t.Helper()
	j := protocolConfigJSON{MaxFundingRatePpm: c.MaxFundingRatePpm, FundingIntervalSeconds: c.FundingIntervalSeconds,
		OracleMaxAgeSeconds: c.OracleMaxAgeSeconds, LiquidationFeePpm: c.LiquidationFeePpm}
	for _, k := range c.OracleKeys {
		b := k.Compressed()
		j.OracleKeys = append(j.OracleKeys, "0x"+strings.ToLower(hexString(b[:])))
	}
	raw, err := json.Marshal(j)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "config.json")
	if err := os.WriteFile(path, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func hexString(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 0, 2*len(b))
	for _, x := range b {
		out = append(out, digits[x>>4], digits[x&15])
	}
	return string(out)
}

func TestLoadProtocolConfig(t *testing.T) {
	dev := devnet.ProtocolConfig()
	got, err := loadProtocolConfig("")
	if err != nil || got.Hash() != dev.Hash() {
		t.Fatalf("default: %v", err)
	}
	got, err = loadProtocolConfig(writeProtocolConfig(t, &dev))
	if err != nil || got.Hash() != dev.Hash() {
		t.Fatalf("round trip: %v", err)
	}
	bad := dev
	bad.OracleKeys[1] = bad.OracleKeys[0]
	if _, err := loadProtocolConfig(writeProtocolConfig(t, &bad)); err == nil {
		t.Fatal("repeated oracle key accepted")
	}
	dir := t.TempDir()
	for name, body := range map[string]string{
		"unknown field": `{"oracleKeys":[],"extra":1}`,
		"four keys":     `{"oracleKeys":["0x00","0x00","0x00","0x00"]}`,
		"not hex":       `{"oracleKeys":["zz","zz","zz","zz","zz"]}`,
	} {
		path := filepath.Join(dir, strings.ReplaceAll(name, " ", "_"))
		if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, err := loadProtocolConfig(path); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	if _, err := loadProtocolConfig(filepath.Join(dir, "missing")); err == nil {
		t.Error("missing file accepted")
	}
}

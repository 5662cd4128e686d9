package main

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/perpx/perpx/l1/devnet"
	"github.com/perpx/perpx/state"
)

// protocolConfigJSON is the file form of state.Config: oracle keys as 0x-prefixed compressed keys.
type protocolConfigJSON struct {
	OracleKeys             []string `json:"oracleKeys"`
	MaxFundingRatePpm      uint16   `json:"maxFundingRatePpm"`
	FundingIntervalSeconds uint32   `json:"fundingIntervalSeconds"`
	OracleMaxAgeSeconds    uint32   `json:"oracleMaxAgeSeconds"`
	LiquidationFeePpm      uint32   `json:"liquidationFeePpm"`
}

// loadProtocolConfig reads a configuration file, or returns the devnet's configuration for an empty path.
func loadProtocolConfig(path string) (state.Config, error) {
	if path == "" {
		return devnet.ProtocolConfig(), nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return state.Config{}, fmt.Errorf("config: %w", err)
	}
	var j protocolConfigJSON
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&j); err != nil {
		return state.Config{}, fmt.Errorf("config %s: %w", path, err)
	}
	if len(j.OracleKeys) != state.OracleKeys {
		return state.Config{}, fmt.Errorf("config %s: %d oracle keys, want %d", path, len(j.OracleKeys), state.OracleKeys)
	}
	c := state.Config{MaxFundingRatePpm: j.MaxFundingRatePpm, FundingIntervalSeconds: j.FundingIntervalSeconds,
		OracleMaxAgeSeconds: j.OracleMaxAgeSeconds, LiquidationFeePpm: j.LiquidationFeePpm}
	for i, k := range j.OracleKeys {
		b, err := hex.DecodeString(strings.TrimPrefix(k, "0x"))
		if err != nil || len(b) != 32 {
			return state.Config{}, fmt.Errorf("config %s: oracle key %d is not 32 hex bytes", path, i)
		}
		if c.OracleKeys[i], err = state.DecompressPubKey([32]byte(b)); err != nil {
			return state.Config{}, fmt.Errorf("config %s: oracle key %d: %w", path, i, err)
		}
	}
	if err := c.Validate(); err != nil {
		return state.Config{}, fmt.Errorf("config %s: %w", path, err)
	}
	return c, nil
}

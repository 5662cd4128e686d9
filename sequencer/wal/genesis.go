package wal

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble/v2"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/state"
)

// GenesisRecord is the state the input log starts from, stored under 'g': enough to replay the log from
// scratch into a fresh tree.
type GenesisRecord struct {
	Version      int
	Markets      state.Markets
	Globals      state.Globals
	Root         fr.Element
	MaxBatchSize int
	ConfigHash   [32]byte
	Protocol     *state.Config `json:",omitempty"` // the configuration whose hash ConfigHash is
}

// LoadGenesis returns the genesis record of the log in db, or nil if it has none.
func LoadGenesis(db *pebble.DB) (*GenesisRecord, error) {
	g := new(GenesisRecord)
	ok, err := GetJSON(db, []byte{KeyGenesis}, g)
	if !ok {
		return nil, err
	}
	return g, nil
}

// GetJSON decodes the value of key into v and reports whether the key exists.
func GetJSON(db *pebble.DB, key []byte, v any) (bool, error) {
	b, closer, err := db.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("sequencer: read %q: %w", key, err)
	}
	defer closer.Close()
	if err := json.Unmarshal(b, v); err != nil {
		return false, fmt.Errorf("%w: %q: %v", ErrLogCorrupt, key, err)
	}
	return true, nil
}

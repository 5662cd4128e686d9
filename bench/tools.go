//go:build tools

// This file pins the modules the project builds with and the code generators go generate runs.
package bench

import (
	_ "github.com/cockroachdb/pebble/v2"
	_ "github.com/consensys/gnark"
	_ "github.com/ethereum/go-ethereum/cmd/abigen"
	_ "github.com/ethereum/go-ethereum/cmd/geth" // built by cmd/perpx's TestGethDev
	_ "github.com/ethereum/go-ethereum/ethclient/simulated"
	_ "github.com/shopspring/decimal"
)

package l1

import (
	"testing"

	"github.com/perpx/perpx/state"
)

// TestGenesisMarketsLastOracleTime: the genesis decoder reads every hashed field of mw0, the last oracle time
// at bits 200..239 included (up to state.MaxOracleTime), so a table round-trips through its words.
func TestGenesisMarketsLastOracleTime(t *testing.T) {
	var m state.Markets
	m[0] = state.Market{OraclePrice: 60_000_000, FundingIndex: -5, ImfPpm: 50_000, MmfPpm: 30_000, Status: state.MarketActive,
		TickSize: 1, StepSize: state.PriceScale, LastOracleTimeSeconds: state.MaxOracleTime}
	var g GenesisEvent
	for i := range m {
		w := m[i].Words()
		g.MarketWords[2*i], g.MarketWords[2*i+1] = w[0], w[1]
	}
	got, err := g.Markets()
	if err != nil || got != m {
		t.Fatalf("decoded %+v, %v; want %+v", got[0], err, m[0])
	}
}

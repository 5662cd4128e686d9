package devnet

import (
	"fmt"

	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// GenesisMarkets returns the markets a devnet starts with: BTC-USD and ETH-USD, quoted in USDC.
//
// Prices are quote quantums per base quantum times state.PriceScale; with 8 base decimals one unit of price
// is 10^-4 USDC per base unit. Tick × step is a multiple of state.PriceScale, so every fill's quote amount is
// exact.
func GenesisMarkets() state.Markets {
	var m state.Markets
	m[0] = state.Market{
		Name: "BTC-USD", BaseDecimals: 8, Status: state.MarketActive,
		OraclePrice: 100_000 * 10_000, // 100,000 USDC
		TickSize:    10_000,           // 1 USDC
		StepSize:    10_000,           // 0.0001 BTC
		ImfPpm:      50_000, MmfPpm: 30_000,
		MakerFeePpm: 200, TakerFeePpm: 500,
	}
	m[1] = state.Market{
		Name: "ETH-USD", BaseDecimals: 8, Status: state.MarketActive,
		OraclePrice: 3_000 * 10_000, // 3,000 USDC
		TickSize:    1_000,          // 0.1 USDC
		StepSize:    100_000,        // 0.001 ETH
		ImfPpm:      50_000, MmfPpm: 30_000,
		MakerFeePpm: 200, TakerFeePpm: 500,
	}
	return m
}

// Development configuration (docs/PROTOCOL.md §3.4): five oracle keys derived from public seeds, hourly-style
// funding every FundingIntervalSeconds, reports valid for OracleMaxAgeSeconds, a 1 % liquidation fee cap.
const (
	FundingIntervalSeconds = 60
	OracleMaxAgeSeconds    = 120
	MaxFundingRatePpm      = 1_000
	LiquidationFeePpm      = 10_000
)

// OracleKey returns the development oracle key of configuration index i. Its seed is public: anyone can sign
// devnet prices, which is what a development network is for.
func OracleKey(i int) *wire.Key {
	return wire.DevKey(fmt.Sprintf("perpx devnet oracle %d", i))
}

// ProtocolConfig is the configuration a devnet's batches enforce; its Hash is the rollup's config hash.
func ProtocolConfig() state.Config {
	c := state.Config{
		MaxFundingRatePpm: MaxFundingRatePpm, FundingIntervalSeconds: FundingIntervalSeconds,
		OracleMaxAgeSeconds: OracleMaxAgeSeconds, LiquidationFeePpm: LiquidationFeePpm,
	}
	for i := range c.OracleKeys {
		c.OracleKeys[i] = OracleKey(i).PubKey()
	}
	return c
}

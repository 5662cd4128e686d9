package circuits

import (
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/state"
)

// TestHints exposes the package's hints, by name, to the external tests that perturb them.
var TestHints = map[string]solver.Hint{
	"nonNeg":       nonNegHint,
	"sign":         signHint,
	"bytes":        bytesHint,
	"oneHot":       oneHotHint,
	"quotient":     quotientHint,
	"positionSlot": positionSlotHint,
	"lowBit":       lowBitHint,
	"floorDiv":     floorDivHint,
}

// MarketUpdateCircuit proves a market update alone (docs/PROTOCOL.md §5): from the old table, the
// configuration, the old last funding time and the batch timestamp to the new markets hash, last funding
// time and market record.
type MarketUpdateCircuit struct {
	Markets            [marketCount]MarketVars             `gnark:",public"`
	Config             ConfigVars                          `gnark:",public"`
	LastFundingTime    frontend.Variable                   `gnark:",public"`
	Timestamp          frontend.Variable                   `gnark:",public"`
	NewMarketsHash     frontend.Variable                   `gnark:",public"`
	NewLastFundingTime frontend.Variable                   `gnark:",public"`
	Record             [marketRecordSize]frontend.Variable `gnark:",public"`
	Update             MarketUpdateVars
}

// Define implements frontend.Circuit.
func (c *MarketUpdateCircuit) Define(api frontend.API) error {
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	b.markets(&c.Markets)
	b.check(c.LastFundingTime, fundingTimeBits)
	b.check(c.Timestamp, u64Bits)
	b.configHash(&c.Config)
	out, err := b.marketUpdate(&c.Markets, &c.Config, c.LastFundingTime, c.Timestamp, &c.Update)
	if err != nil {
		return err
	}
	api.AssertIsEqual(b.marketsHash(out.table), c.NewMarketsHash)
	api.AssertIsEqual(out.lastFunding, c.NewLastFundingTime)
	for i := range out.record {
		api.AssertIsEqual(out.record[i], c.Record[i])
	}
	return nil
}

// AssignMarketUpdateCircuit returns the assignment of a market update u of the table old at timestamp ts with
// the old last funding time last. The outputs are what u claims, computed without checking any rule: listed
// markets take the record's price and move their index by the record's rate, and when a listed price moves the
// active and reduce-only markets take ts as their last oracle time.
func AssignMarketUpdateCircuit(old *state.Markets, cfg *state.Config, last, ts uint64, u *state.MarketUpdate) (*MarketUpdateCircuit, error) {
	v, err := AssignMarketUpdate(u)
	if err != nil {
		return nil, err
	}
	next := *old
	moved := state.PricesChanged(old, &u.Record)
	for i := range next {
		if next[i].Status == state.MarketUnlisted {
			continue
		}
		if moved && next[i].Live() {
			next[i].LastOracleTimeSeconds = ts
		}
		next[i].OraclePrice = u.Record.Prices[i]
		next[i].FundingIndex += state.FundingDelta(u.Record.RatesPpm[i], u.Record.Prices[i])
	}
	newLast := last
	if ts >= last+uint64(cfg.FundingIntervalSeconds) {
		newLast = ts
	}
	rec, err := u.Record.Encode()
	if err != nil {
		return nil, err
	}
	c := &MarketUpdateCircuit{
		Markets: AssignMarkets(old), Config: AssignConfig(cfg), LastFundingTime: last, Timestamp: ts,
		NewMarketsHash: state.BigOf(next.Hash()), NewLastFundingTime: newLast, Update: v,
	}
	for i, x := range rec {
		c.Record[i] = x
	}
	return c, nil
}

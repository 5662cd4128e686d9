package state

import (
	"errors"
	"fmt"
)

// Errors of a MarketParams record (docs/PROTOCOL.md §5 "Market params"). Each error CheckMarketParams and
// ApplyMarketParams return wraps ErrBadMarketParams and the sentinel of the rule it breaks.
var (
	// ErrBadMarketParams reports a MarketParams record that breaks a rule.
	ErrBadMarketParams = errors.New("state: invalid market params")
	// ErrParamsMarket reports a record naming a market outside 1..MarketCount.
	ErrParamsMarket = errors.New("state: market params for a market outside the table")
	// ErrStatusChange reports an illegal status change (docs/PROTOCOL.md §3.3).
	ErrStatusChange = errors.New("state: illegal market status change")
	// ErrMarginFractions reports base fractions that break 0 < mmf ≤ imf ≤ 10^6.
	ErrMarginFractions = errors.New("state: margin fractions out of order")
	// ErrTierFractions reports tier fractions that break the tier rule of the market's tier size.
	ErrTierFractions = errors.New("state: tier fractions out of order")
)

func paramsErr(rule error, format string, args ...any) error {
	return fmt.Errorf("%w: %w: "+format, append([]any{ErrBadMarketParams, rule}, args...)...)
}

// legalStatusChange reports whether a market may go from status old to status next (docs/PROTOCOL.md §3.3): a
// listed market may keep its status, and an active or reduce-only one may become active, reduce-only or settled.
// An unlisted market never changes.
func legalStatusChange(old, next uint8) bool {
	switch {
	case old == MarketUnlisted:
		return false
	case old == next:
		return true
	}
	return liveStatus(old) && (liveStatus(next) || next == MarketSettled)
}

// CheckMarketParams checks a MarketParams record r against the market's current row old (docs/PROTOCOL.md §5
// "Market params"; the L1 contract applies the same rules to the row it tracks): the status change is legal
// (unchanged for a listed market, or from active or reduce-only to active, reduce-only or settled; an unlisted
// market never changes); 0 < mmf ≤ imf ≤ 10^6; if old has a tier (TierSizeQuantums > 0),
// imf ≤ tierImf ≤ 10^6 and mmf ≤ tierMmf ≤ tierImf, else both tier fractions are 0. r.Market is not read.
func CheckMarketParams(old Market, r MarketParamsRecord) error {
	if !legalStatusChange(old.Status, r.Status) {
		return paramsErr(ErrStatusChange, "market %d status %d to %d", r.Market, old.Status, r.Status)
	}
	if r.MmfPpm == 0 || r.MmfPpm > r.ImfPpm || r.ImfPpm > PpmScale {
		return paramsErr(ErrMarginFractions, "market %d needs 0 < mmf %d ≤ imf %d ≤ 10^6", r.Market, r.MmfPpm, r.ImfPpm)
	}
	if old.TierSizeQuantums == 0 {
		if r.TierImfPpm != 0 || r.TierMmfPpm != 0 {
			return paramsErr(ErrTierFractions, "market %d has no tier but tier fractions %d, %d", r.Market, r.TierImfPpm, r.TierMmfPpm)
		}
		return nil
	}
	if r.TierImfPpm < r.ImfPpm || r.TierImfPpm > PpmScale || r.TierMmfPpm < r.MmfPpm || r.TierMmfPpm > r.TierImfPpm {
		return paramsErr(ErrTierFractions, "market %d needs imf %d ≤ tier imf %d ≤ 10^6 and mmf %d ≤ tier mmf %d ≤ tier imf",
			r.Market, r.ImfPpm, r.TierImfPpm, r.MmfPpm, r.TierMmfPpm)
	}
	return nil
}

// SetParams writes r's status and fractions into m, without checking them (CheckMarketParams does).
func (m *Market) SetParams(r MarketParamsRecord) {
	m.Status, m.ImfPpm, m.MmfPpm, m.TierImfPpm, m.TierMmfPpm = r.Status, r.ImfPpm, r.MmfPpm, r.TierImfPpm, r.TierMmfPpm
}

// ApplyMarketParams checks r against market r.Market of t (CheckMarketParams; a market outside 1..MarketCount
// is ErrParamsMarket) and, when it passes, writes it into that row. On error t is unchanged.
func ApplyMarketParams(t *Markets, r MarketParamsRecord) error {
	m := t.Get(r.Market)
	if m == nil {
		return paramsErr(ErrParamsMarket, "market %d", r.Market)
	}
	if err := CheckMarketParams(*m, r); err != nil {
		return err
	}
	m.SetParams(r)
	return nil
}

package state

import (
	"errors"
	"fmt"
	"math"
	"math/big"
)

// Errors of the market update and of funding (docs/PROTOCOL.md §5).
var (
	// ErrBadMarketUpdate reports a market record or oracle reports that break the market update rules.
	ErrBadMarketUpdate = errors.New("state: invalid market update")
	// ErrOracleSignature reports an oracle report whose signature does not verify under its signer's key.
	ErrOracleSignature = errors.New("state: bad oracle report signature")
	// ErrOracleNotNewer reports an oracle report dated at or before the last oracle time of a market it would
	// price: oracle prices only move forward.
	ErrOracleNotNewer = errors.New("state: oracle report not newer than the market's last oracle time")
)

// Risk is an account's margin state at oracle prices (docs/PROTOCOL.md §5). Every value is an exact integer:
//
//	N_k = s_k · P(m_k)                 signed notional, scaled by PriceScale
//	TV  = collateral · PriceScale + Σ N_k
//	IMR = Σ |N_k| · imf(m_k, s_k)      scaled by PriceScale · PpmScale, tiered fractions
//	MMR = Σ |N_k| · mmf(m_k, s_k)
type Risk struct {
	TV, IMR, MMR big.Int
}

var (
	bigPpm   = big.NewInt(PpmScale)
	bigScale = big.NewInt(PriceScale)
)

// ComputeRisk returns the risk of a at the prices and fractions of markets. It ignores unsettled funding: call
// it on a settled account. Positions in markets outside the table count for nothing.
func ComputeRisk(a *Account, markets *Markets) *Risk {
	r := new(Risk)
	r.TV.SetInt64(a.CollateralQuantums)
	r.TV.Mul(&r.TV, bigScale)
	var n, t big.Int
	for _, p := range a.Positions {
		m := markets.Get(p.Market)
		if m == nil {
			continue
		}
		imf, mmf := m.Fractions(p.SizeQuantums)
		n.SetInt64(p.SizeQuantums)
		n.Mul(&n, t.SetUint64(m.OraclePrice))
		r.TV.Add(&r.TV, &n)
		n.Abs(&n)
		r.IMR.Add(&r.IMR, t.Mul(&n, t.SetUint64(uint64(imf))))
		r.MMR.Add(&r.MMR, t.Mul(&n, t.SetUint64(uint64(mmf))))
	}
	return r
}

// Healthy reports TV · 10^6 ≥ IMR.
func (r *Risk) Healthy() bool {
	var l big.Int
	return l.Mul(&r.TV, bigPpm).Cmp(&r.IMR) >= 0
}

// Liquidatable reports TV · 10^6 < MMR.
func (r *Risk) Liquidatable() bool {
	var l big.Int
	return l.Mul(&r.TV, bigPpm).Cmp(&r.MMR) < 0
}

// Bankrupt reports TV < 0.
func (r *Risk) Bankrupt() bool { return r.TV.Sign() < 0 }

// RatioKept reports TV1 · MMR0 ≥ TV0 · MMR1: going from r0 to r1 does not lower the value per unit of
// maintenance margin (the "reducing" and bankruptcy-price rules).
func RatioKept(r0, r1 *Risk) bool {
	var l, r big.Int
	l.Mul(&r1.TV, &r0.MMR)
	r.Mul(&r0.TV, &r1.MMR)
	return l.Cmp(&r) >= 0
}

// RatioTight reports (TV1 − S) · MMR0 < TV0 · MMR1: one quantum less cash would break RatioKept, so the cash
// that reached r1 is the least the bankruptcy rule allows.
func RatioTight(r0, r1 *Risk) bool {
	var l, r, tv big.Int
	tv.Sub(&r1.TV, bigScale)
	l.Mul(&tv, &r0.MMR)
	r.Mul(&r0.TV, &r1.MMR)
	return l.Cmp(&r) < 0
}

// FundingOwed returns Σ s_k · (I(m_k) − f_k), what a owes in funding scaled by PriceScale (negative: owed to
// a).
func FundingOwed(a *Account, markets *Markets) *big.Int {
	owed := new(big.Int)
	var d, t big.Int
	for _, p := range a.Positions {
		m := markets.Get(p.Market)
		if m == nil {
			continue
		}
		d.Sub(big.NewInt(m.FundingIndex), big.NewInt(p.FundingIndex))
		owed.Add(owed, t.Mul(&d, big.NewInt(p.SizeQuantums)))
	}
	return owed
}

// SettlementOwed returns what a owes at its settlement, scaled by PriceScale (docs/PROTOCOL.md §5):
// FundingOwed less Σ s_k · P(m_k) over its positions in settled markets, which the settlement closes at their
// final price (negative: owed to a).
func SettlementOwed(a *Account, markets *Markets) *big.Int {
	owed := FundingOwed(a, markets)
	var t big.Int
	for _, p := range a.Positions {
		if m := markets.Get(p.Market); m != nil && m.Status == MarketSettled {
			owed.Sub(owed, t.Mul(big.NewInt(p.SizeQuantums), t.SetUint64(m.OraclePrice)))
		}
	}
	return owed
}

// FloorDiv returns ⌊x / d⌋ for d > 0.
func FloorDiv(x, d *big.Int) *big.Int {
	q, _ := new(big.Int).DivMod(x, d, new(big.Int)) // Euclidean: for d > 0, q = ⌊x/d⌋
	return q
}

// LiquidationPrice returns the liquidation threshold of one position of size s ≠ 0, whose market's maintenance
// fraction for that size is mmf (Market.Fractions), in an account whose other terms contribute tvRest to TV
// and mmrRest to MMR (scaled as in Risk: tvRest = TV − s·P0, mmrRest = MMR − |s|·P0·mmf at the current price
// P0). With P the position's market price, 10^6·TV(P) = MMR(P) at the exact price
//
//	x = (mmrRest − 10^6·tvRest) / (10^6·s − |s|·mmf)
//
// and the account is liquidatable (10^6·TV < MMR) at P < x for a long, at P > x for a short. The result is
// rounded never in the account's favour: ⌈x⌉ for a long, ⌊x⌋ for a short, so that for integer prices a long
// is liquidatable exactly when P < LiquidationPrice and a short exactly when P > LiquidationPrice. It returns
// nil when 10^6·s = |s|·mmf (the price does not move the account's margin).
func LiquidationPrice(tvRest, mmrRest *big.Int, s int64, mmf uint32) *big.Int {
	var num, den big.Int
	num.Mul(tvRest, bigPpm)
	num.Sub(mmrRest, &num)
	abs := new(big.Int).SetUint64(AbsSize(s))
	den.Mul(big.NewInt(s), bigPpm)
	den.Sub(&den, abs.Mul(abs, big.NewInt(int64(mmf))))
	switch den.Sign() {
	case 0:
		return nil
	case 1:
		return CeilDiv(&num, &den)
	}
	return FloorDiv(num.Neg(&num), den.Neg(&den))
}

// CeilDiv returns ⌈x / d⌉ for d > 0.
func CeilDiv(x, d *big.Int) *big.Int {
	q, m := new(big.Int).DivMod(x, d, new(big.Int)) // Euclidean: m ≥ 0, q = ⌊x/d⌋
	if m.Sign() != 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// SettleFunding settles a at markets (docs/PROTOCOL.md §5 "Settlement"): settle = ⌈SettlementOwed / S⌉,
// collateral −= settle, every position caches its market's index, and every position in a settled market is
// closed at that market's price and becomes the empty position (its slot is free again). It returns settle,
// which the insurance fund receives. It fails, leaving a unchanged, when the collateral would leave
// (−2^63, 2^63).
func SettleFunding(a *Account, markets *Markets) (int64, error) {
	settle := CeilDiv(SettlementOwed(a, markets), bigScale)
	c := new(big.Int).Sub(big.NewInt(a.CollateralQuantums), settle)
	if !settle.IsInt64() || !inOpen64(c) {
		return 0, fmt.Errorf("%w: settlement %s", ErrOutOfRange, settle)
	}
	a.CollateralQuantums = c.Int64()
	for k := range a.Positions {
		m := markets.Get(a.Positions[k].Market)
		switch {
		case m == nil:
		case m.Status == MarketSettled:
			a.Positions[k] = Position{}
		default:
			a.Positions[k].FundingIndex = m.FundingIndex
		}
	}
	return settle.Int64(), nil
}

// inOpen64 reports −2^63 < v < 2^63.
func inOpen64(v *big.Int) bool { return v.IsInt64() && v.Int64() != math.MinInt64 }

// FundingDelta returns ⌊rate · price / 10^6⌋, the index move of a tick (floor toward −∞).
func FundingDelta(ratePpm int16, price uint64) int64 {
	x := new(big.Int).Mul(big.NewInt(int64(ratePpm)), new(big.Int).SetUint64(price))
	q, _ := new(big.Int).DivMod(x, bigPpm, new(big.Int))
	return q.Int64()
}

// Median3 returns the median of three values.
func Median3(a, b, c uint64) uint64 {
	if a > b {
		a, b = b, a
	}
	if b > c {
		b = c
	}
	if a > b {
		return a
	}
	return b
}

// FundingDue reports whether a batch at timestamp ts ticks funding.
func FundingDue(cfg *Config, g Globals, ts uint64) bool {
	return ts >= g.LastFundingTimeSeconds+uint64(cfg.FundingIntervalSeconds)
}

// ApplyMarketRecord applies the deterministic part of a market update (docs/PROTOCOL.md §5) to markets and
// globals for a batch at timestamp ts: the record's prices and, on a tick, its funding rates. A settled market
// is frozen: its record price must equal its price and its rate must be 0. When the record moves a listed
// price, every active or reduce-only market's last oracle time becomes ts (which must fit OracleTimeBits), a
// function of the pubdata like the rest. It checks every rule except the oracle reports (CheckOracleReports)
// and returns whether a tick happened.
func ApplyMarketRecord(cfg *Config, markets *Markets, g *Globals, ts uint64, rec *MarketRecord) (tick bool, err error) {
	tick = FundingDue(cfg, *g, ts)
	moved := PricesChanged(markets, rec)
	if moved && ts > MaxOracleTime {
		return false, fmt.Errorf("%w: batch time %d above the last oracle time's 2^%d − 1", ErrBadMarketUpdate, ts, OracleTimeBits)
	}
	next := *markets
	for i := range next {
		m := &next[i]
		p, rate := rec.Prices[i], rec.RatesPpm[i]
		if m.Status == MarketUnlisted {
			if p != 0 || rate != 0 {
				return false, fmt.Errorf("%w: unlisted market %d has price %d, rate %d", ErrBadMarketUpdate, i+1, p, rate)
			}
			continue
		}
		if m.Status == MarketSettled {
			if p != m.OraclePrice || rate != 0 {
				return false, fmt.Errorf("%w: settled market %d has price %d (final %d), rate %d", ErrBadMarketUpdate, i+1, p, m.OraclePrice, rate)
			}
			continue
		}
		if p == 0 || p >= MaxPrice {
			return false, fmt.Errorf("%w: market %d price %d", ErrBadMarketUpdate, i+1, p)
		}
		m.OraclePrice = p
		if moved {
			m.LastOracleTimeSeconds = ts
		}
		if rate == 0 {
			continue
		}
		if !tick || AbsSize(int64(rate)) > uint64(cfg.MaxFundingRatePpm) {
			return false, fmt.Errorf("%w: market %d funding rate %d (tick %v, max %d)", ErrBadMarketUpdate, i+1, rate, tick, cfg.MaxFundingRatePpm)
		}
		idx := new(big.Int).Add(big.NewInt(m.FundingIndex), big.NewInt(FundingDelta(rate, p)))
		if !inOpen64(idx) {
			return false, fmt.Errorf("%w: market %d funding index overflows", ErrOutOfRange, i+1)
		}
		m.FundingIndex = idx.Int64()
	}
	*markets = next
	if tick {
		g.LastFundingTimeSeconds = ts
	}
	return tick, nil
}

// PricesChanged reports whether rec moves any price of markets.
func PricesChanged(markets *Markets, rec *MarketRecord) bool {
	for i := range markets {
		if markets[i].OraclePrice != rec.Prices[i] && markets[i].Status != MarketUnlisted {
			return true
		}
	}
	return false
}

// CheckOracleReports checks the reports that justify rec's prices at batch time ts (docs/PROTOCOL.md §5):
// none when no listed price changes; otherwise OracleQuorum reports, signers strictly increasing below
// OracleKeys, each fresh, each strictly newer than every active or reduce-only market's last oracle time (else
// the error also wraps ErrOracleNotNewer), and every active or reduce-only market's price the median of the
// reported ones (a settled market keeps its final price, ApplyMarketRecord). Signatures are checked by
// verify(key, message, signature).
func CheckOracleReports(cfg *Config, old *Markets, ts uint64, rec *MarketRecord, reports []SignedOracleReport,
	verify func(PubKey, []byte, Signature) bool) error {
	if !PricesChanged(old, rec) && len(reports) == 0 {
		return nil
	}
	if err := CheckReportQuorum(cfg, reports, verify); err != nil {
		return err
	}
	for j, r := range reports {
		t := r.Report.TimestampSeconds
		if t > ts || ts-t > uint64(cfg.OracleMaxAgeSeconds) {
			return fmt.Errorf("%w: report %d at %d is stale or early for batch time %d", ErrBadMarketUpdate, j, t, ts)
		}
	}
	if err := CheckOracleNewer(old, reports); err != nil {
		return fmt.Errorf("%w: %w", ErrBadMarketUpdate, err)
	}
	for i := range old {
		if old[i].Status == MarketUnlisted || old[i].Status == MarketSettled {
			continue
		}
		med := Median3(reports[0].Report.Prices[i], reports[1].Report.Prices[i], reports[2].Report.Prices[i])
		if med != rec.Prices[i] {
			return fmt.Errorf("%w: market %d price %d is not the median %d", ErrBadMarketUpdate, i+1, rec.Prices[i], med)
		}
	}
	return nil
}

// CheckOracleNewer checks that every report is strictly newer than the last oracle time of every active or
// reduce-only market of the table (docs/PROTOCOL.md §5): a quorum never prices a market from reports as old as
// the batch that last moved its price. The error wraps ErrOracleNotNewer.
func CheckOracleNewer(markets *Markets, reports []SignedOracleReport) error {
	for i := range markets {
		if !markets[i].Live() {
			continue
		}
		for j, r := range reports {
			if last := markets[i].LastOracleTimeSeconds; r.Report.TimestampSeconds <= last {
				return fmt.Errorf("%w: report %d at %d, market %d last priced at %d", ErrOracleNotNewer, j, r.Report.TimestampSeconds, i+1, last)
			}
		}
	}
	return nil
}

// CheckReportQuorum checks the shape of an oracle quorum, whatever the time: OracleQuorum reports, signers
// strictly increasing below OracleKeys, fields in range, each signed by its signer's configuration key
// (verify(key, message, signature)); a bad signature also wraps ErrOracleSignature.
func CheckReportQuorum(cfg *Config, reports []SignedOracleReport, verify func(PubKey, []byte, Signature) bool) error {
	if len(reports) != OracleQuorum {
		return fmt.Errorf("%w: %d oracle reports, want %d", ErrBadMarketUpdate, len(reports), OracleQuorum)
	}
	for j, r := range reports {
		if int(r.Signer) >= OracleKeys || (j > 0 && r.Signer <= reports[j-1].Signer) {
			return fmt.Errorf("%w: report %d signer %d out of order", ErrBadMarketUpdate, j, r.Signer)
		}
		if err := r.Report.Validate(); err != nil {
			return fmt.Errorf("%w: report %d: %w", ErrBadMarketUpdate, j, err)
		}
		msg := r.Report.Hash()
		b := msg.Bytes()
		if !verify(cfg.OracleKeys[r.Signer], b[:], r.Sig) {
			return fmt.Errorf("%w: report %d: %w", ErrBadMarketUpdate, j, ErrOracleSignature)
		}
	}
	return nil
}

// DecodeBatchPubdata splits a batch's pubdata into its 64-byte market record and its 32-byte compact slot
// records (docs/PROTOCOL.md §6.1).
func DecodeBatchPubdata(p []byte) (MarketRecord, []CompactRecord, error) {
	if len(p) < MarketRecordSize {
		return MarketRecord{}, nil, fmt.Errorf("%w: pubdata of %d bytes has no market record", ErrBadRecord, len(p))
	}
	mr, err := DecodeMarketRecord(p[:MarketRecordSize])
	if err != nil {
		return MarketRecord{}, nil, err
	}
	rs, err := DecodeCompactPubdata(p[MarketRecordSize:])
	return mr, rs, err
}

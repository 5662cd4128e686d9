package risk

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"

	"github.com/cockroachdb/pebble/v2"
	"github.com/shopspring/decimal"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// EntryPriceScale is the extra precision of average entry prices: they are kept in price units times
// EntryPriceScale.
const EntryPriceScale = 1000

// DefaultHealthThresholdsPpm are the margin ratios (MMR/TV, ppm) whose crossing the account stream reports:
// half the maintenance margin used, 80 %, and all of it (liquidatable beyond).
var DefaultHealthThresholdsPpm = []uint64{500_000, 800_000, 1_000_000}

// EntryPrices keeps the average entry price of every open position. It is off-chain bookkeeping for risk
// views, not part of the hashed leaf: it follows from the trades, so a replay of the input log rebuilds it,
// and checkpoints persist it under 'p' keys.
//
// Rules, per fill of q at price p on a position going from s0 to s1 (signed sizes): s1 = 0 closes it; a new
// position or a flip (s0·s1 < 0) starts at p; a position that grows takes the size-weighted average
// (|s0|·e0 + q·p·EntryPriceScale) / |s1|, rounded down; a position that shrinks keeps its entry price.
type EntryPrices struct {
	M     map[uint32]map[uint8]uint64
	dirty map[uint32]struct{}
}

func NewEntryPrices() EntryPrices {
	return EntryPrices{M: make(map[uint32]map[uint8]uint64), dirty: make(map[uint32]struct{})}
}

// Get returns the entry price of account id in market m (scaled by EntryPriceScale) and whether it is known.
func (p *EntryPrices) Get(id uint32, m uint8) (uint64, bool) {
	e, ok := p.M[id][m]
	return e, ok
}

// Trade updates both sides of an executed trade.
func (p *EntryPrices) Trade(tx *state.TxTrace) {
	tr := tx.Record.Trade
	p.Update(tx.A, tr.Market, tr.SizeQuantums, tr.Price)
	p.Update(tx.B, tr.Market, tr.SizeQuantums, tr.Price)
}

func (p *EntryPrices) Update(u *state.AccountUpdate, m uint8, q, price uint64) {
	if u == nil {
		return
	}
	s0, s1 := engine.PositionSize(&u.Before, m), engine.PositionSize(&u.After, m)
	id := u.ID
	p.dirty[id] = struct{}{}
	pos := p.M[id]
	if pos == nil {
		pos = make(map[uint8]uint64)
		p.M[id] = pos
	}
	switch {
	case s1 == 0:
		delete(pos, m)
		if len(pos) == 0 {
			delete(p.M, id)
		}
	case s0 == 0 || (s0 < 0) != (s1 < 0):
		pos[m] = price * EntryPriceScale
	case abs64(s1) > abs64(s0):
		var n, t big.Int
		n.Mul(big.NewInt(abs64(s0)), new(big.Int).SetUint64(pos[m]))
		t.SetUint64(q)
		t.Mul(&t, new(big.Int).SetUint64(price*EntryPriceScale))
		n.Add(&n, &t)
		n.Quo(&n, big.NewInt(abs64(s1)))
		pos[m] = n.Uint64()
	}
}

func abs64(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

func entryKey(id uint32) []byte { return binary.BigEndian.AppendUint32([]byte{wal.KeyEntryPrice}, id) }

// Persist writes the entry prices of the accounts changed since the last persisted call.
func (p *EntryPrices) Persist(b *pebble.Batch) error {
	var errs []error
	for id := range p.dirty {
		pos := p.M[id]
		if len(pos) == 0 {
			errs = append(errs, b.Delete(entryKey(id), nil))
			continue
		}
		v, err := json.Marshal(pos)
		if err != nil {
			return err
		}
		errs = append(errs, b.Set(entryKey(id), v, nil))
	}
	return errors.Join(errs...)
}

// Persisted marks every change as written.
func (p *EntryPrices) Persisted() { clear(p.dirty) }

// Load reads the persisted entry prices.
func (p *EntryPrices) Load(db *pebble.DB) error {
	it, err := db.NewIter(&pebble.IterOptions{LowerBound: []byte{wal.KeyEntryPrice}, UpperBound: []byte{wal.KeyEntryPrice + 1}})
	if err != nil {
		return fmt.Errorf("sequencer: load entry prices: %w", err)
	}
	defer it.Close()
	for it.First(); it.Valid(); it.Next() {
		id := binary.BigEndian.Uint32(it.Key()[1:])
		pos := make(map[uint8]uint64)
		if err := json.Unmarshal(it.Value(), &pos); err != nil {
			return fmt.Errorf("%w: entry prices of account %d: %v", wal.ErrLogCorrupt, id, err)
		}
		p.M[id] = pos
	}
	return it.Error()
}

// PositionRisk is the risk of one position at oracle prices. Integer fields use the protocol's units.
type PositionRisk struct {
	Market uint8
	Size   int64
	// Notional is |size · oracle price| in quote quantums scaled by PriceScale (exact).
	Notional *big.Int
	// EntryPrice is the average entry price in price units × EntryPriceScale; HasEntry is false when the
	// sequencer has not seen the trades that opened the position.
	EntryPrice uint64
	HasEntry   bool
	// UnrealizedPnL is size · (oracle − entry) in quote quantums, rounded toward −∞ (it never overstates a
	// profit).
	UnrealizedPnL *big.Int
	// FundingOwed is the funding the position owes since its account's last settlement, in quote quantums:
	// ⌈s · (I − f) / S⌉, rounded up (against the account) as a settlement of this position alone rounds it;
	// negative when it is owed to the account.
	FundingOwed *big.Int
	// LiquidationPrice is the oracle price of this market at which the account becomes liquidatable, the other
	// prices held, in price units: rounded up for a long and down for a short, so that it is never beyond the
	// exact threshold; nil when no positive price liquidates the account, and for a position in a settled
	// market, which the next settlement closes at its final price.
	LiquidationPrice *big.Int
}

// AccountRisk is an account's risk view: the margin figures of docs/PROTOCOL.md §5 and what follows from
// them, for the account as its next touch leaves it after settlement (funding paid, positions in settled
// markets closed at their final prices), which is what the engine checks.
type AccountRisk struct {
	state.Risk
	Positions []PositionRisk
	// SettlementOwed is what the account's next touch moves from its collateral to the insurance fund, in
	// quote quantums (negative: to the collateral): ⌈state.SettlementOwed / S⌉, rounded up as the engine
	// rounds it.
	SettlementOwed *big.Int
	// FreeCollateral is TV − IMR in quote quantums, rounded toward −∞.
	FreeCollateral *big.Int
	// MarginRatioPpm is MMR/TV in parts per million, rounded up; Infinite when TV ≤ 0 < MMR.
	MarginRatioPpm *big.Int
	Infinite       bool
	// Liquidatable reports TV < MMR.
	Liquidatable bool
	// HealthLevel is the number of the service's health thresholds the margin ratio has reached.
	HealthLevel int
	// History lists the account's latest liquidation and deleveraging events, newest first (at most
	// MaxRiskHistory; Service.AccountRisk only).
	History []RiskEvent
}

var (
	bigPpm   = big.NewInt(state.PpmScale)
	bigScale = big.NewInt(state.PriceScale)
)

// SettledAccount returns a as a settlement at markets leaves it (state.SettleFunding) and the amount the
// settlement moves from its collateral to the insurance fund. When the collateral would leave its range, the
// engine refuses every update of the account: a is returned unsettled, with the amount it owes.
func SettledAccount(a *state.Account, markets *state.Markets) (state.Account, *big.Int) {
	set := *a
	if settle, err := state.SettleFunding(&set, markets); err == nil {
		return set, big.NewInt(settle)
	}
	return *a, state.CeilDiv(state.SettlementOwed(a, markets), bigScale)
}

// SettledRisk returns the risk of a after the settlement its next touch makes, at the prices of markets.
func SettledRisk(a *state.Account, markets *state.Markets) *state.Risk {
	set, _ := SettledAccount(a, markets)
	return state.ComputeRisk(&set, markets)
}

// positionFundingOwed returns ⌈s · (I − f) / S⌉ for position p of market mk, in quote quantums.
func positionFundingOwed(p *state.Position, mk *state.Market) *big.Int {
	owed := new(big.Int).Sub(big.NewInt(mk.FundingIndex), big.NewInt(p.FundingIndex))
	owed.Mul(owed, big.NewInt(p.SizeQuantums))
	return state.CeilDiv(owed, bigScale)
}

// ComputeAccountRisk returns the risk view of a at the markets' oracle prices, after the settlement of its
// next touch.
func ComputeAccountRisk(a *state.Account, markets *state.Markets, entries *EntryPrices, id uint32, thresholds []uint64) *AccountRisk {
	set, settle := SettledAccount(a, markets)
	r := &AccountRisk{Risk: *state.ComputeRisk(&set, markets), SettlementOwed: settle}
	var tvPpm big.Int
	tvPpm.Mul(&r.TV, bigPpm)
	r.Liquidatable = tvPpm.Cmp(&r.MMR) < 0
	// Free collateral: (TVs·10^6 − IMRs) / (S·10^6), floor.
	r.FreeCollateral = state.FloorDiv(new(big.Int).Sub(&tvPpm, &r.IMR), new(big.Int).Mul(bigScale, bigPpm))
	// Margin ratio: MMRs / TVs is MMR/TV in ppm; ceil.
	switch {
	case r.MMR.Sign() == 0:
		r.MarginRatioPpm = new(big.Int)
	case r.TV.Sign() <= 0:
		r.Infinite = true
	default:
		r.MarginRatioPpm = state.CeilDiv(new(big.Int).Set(&r.MMR), &r.TV)
	}
	for _, t := range thresholds {
		if r.Infinite || r.MarginRatioPpm.Cmp(new(big.Int).SetUint64(t)) >= 0 {
			r.HealthLevel++
		}
	}
	for _, p := range a.Positions {
		mk := markets.Get(p.Market)
		if p.IsEmpty() || mk == nil {
			continue
		}
		pr := PositionRisk{Market: p.Market, Size: p.SizeQuantums}
		price := new(big.Int).SetUint64(mk.OraclePrice)
		size := big.NewInt(p.SizeQuantums)
		n := new(big.Int).Mul(size, price)
		pr.Notional = new(big.Int).Abs(n)
		pr.EntryPrice, pr.HasEntry = entries.Get(id, p.Market)
		pr.UnrealizedPnL = new(big.Int)
		if pr.HasEntry {
			pr.UnrealizedPnL = UnrealizedPnL(p.SizeQuantums, mk.OraclePrice, pr.EntryPrice)
		}
		pr.FundingOwed = positionFundingOwed(&p, mk)
		if mk.Status != state.MarketSettled {
			_, mmf := mk.Fractions(p.SizeQuantums)
			pr.LiquidationPrice = liquidationPrice(&r.Risk, size, price, mmf)
		}
		r.Positions = append(r.Positions, pr)
	}
	return r
}

// UnrealizedPnL returns size · (P − entry) in quote quantums, rounded toward −∞, for an entry price in price
// units × EntryPriceScale: size · (P·E − entry) / (S·E).
func UnrealizedPnL(size int64, p, entry uint64) *big.Int {
	d := new(big.Int).Mul(new(big.Int).SetUint64(p), big.NewInt(EntryPriceScale))
	d.Sub(d, new(big.Int).SetUint64(entry))
	d.Mul(d, big.NewInt(size))
	return state.FloorDiv(d, new(big.Int).Mul(bigScale, big.NewInt(EntryPriceScale)))
}

// liquidationPrice returns the liquidation price of one position (size s, now at price p0, maintenance fraction
// mmf for its size) of an account of risk r, the other positions held: state.LiquidationPrice, with the rest of
// the account's TV and MMR taken from r. A long is liquidatable below it, a short above it. It returns nil when
// no positive price liquidates the account (a long), and 0 when every positive price does (a short).
func liquidationPrice(r *state.Risk, s, p0 *big.Int, mmf uint32) *big.Int {
	sp0 := new(big.Int).Mul(s, p0)
	tvRest := new(big.Int).Sub(&r.TV, sp0)
	sp0.Abs(sp0)
	mmrRest := new(big.Int).Sub(&r.MMR, sp0.Mul(sp0, big.NewInt(int64(mmf))))
	p := state.LiquidationPrice(tvRest, mmrRest, s.Int64(), mmf)
	switch {
	case p == nil:
		return nil
	case s.Sign() > 0 && p.Sign() <= 0:
		return nil
	case s.Sign() < 0 && p.Sign() < 0:
		return new(big.Int)
	}
	return p
}

// FormatEntryPrice renders an entry price (price units × EntryPriceScale) of market m as a human price.
func FormatEntryPrice(e uint64, m *state.Market) string {
	return decimal.NewFromBigInt(new(big.Int).SetUint64(e), -(wire.PriceExponent(m) + 3)).String()
}

// FormatBigPrice renders price units of market m, possibly beyond 64 bits, as a human price.
func FormatBigPrice(p *big.Int, m *state.Market) string {
	return decimal.NewFromBigInt(p, -wire.PriceExponent(m)).String()
}

// FormatPpm renders parts per million as a decimal fraction.
func FormatPpm(v *big.Int) string { return decimal.NewFromBigInt(v, -6).String() }

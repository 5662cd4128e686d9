package stress

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/perpx/perpx/state"
)

// Limits of a scenario file. Each keeps one run's cost bounded: a run applies at most MaxSteps market
// updates, and each update runs the liquidator over the accounts it moved.
const (
	// MaxScenarios bounds the scenarios of a suite.
	MaxScenarios = 64
	// MaxEvents bounds the events of a scenario.
	MaxEvents = 16
	// MaxTicks bounds the oracle ticks a shock is spread over, and the funding intervals of a funding event.
	MaxTicks = 1_000
	// MaxHiccupMinutes bounds how long an oracle hiccup lasts.
	MaxHiccupMinutes = 24 * 60
	// MaxSteps bounds the market updates of one scenario (all its events).
	MaxSteps = 4_000
	// MaxShockPpm bounds a price move in parts per million: a shock of −1,000,000 ppm would price a market at 0.
	MaxShockPpm = 999_999
	// MaxFundingCapMultiplePpm bounds a funding event's rate as a multiple of the configured cap (ppm of it):
	// 2× the cap.
	MaxFundingCapMultiplePpm = 2_000_000
	// MaxSlippagePpm bounds the backstop's price concession.
	MaxSlippagePpm = 900_000
	// MaxScenarioFileBytes bounds the size of a scenario file.
	MaxScenarioFileBytes = 1 << 20
	// DefaultTickSeconds is the time between two oracle ticks of a scenario.
	DefaultTickSeconds = 60
)

// ErrScenario reports a scenario file that breaks a rule or a limit of this file.
var ErrScenario = errors.New("stress: invalid scenario")

// Suite is a scenario file: scenarios run one after the other, each on a fresh copy of the same state, and,
// when a Proposal is given, each a second time with the proposal's parameters, side by side.
type Suite struct {
	// Name names the suite in the report.
	Name string `json:"name"`
	// TickSeconds is the time between two oracle ticks (default DefaultTickSeconds).
	TickSeconds uint64 `json:"tickSeconds,omitempty"`
	// Liquidity is the default liquidity of every scenario.
	Liquidity Liquidity `json:"liquidity"`
	// Proposal, if set, is a governance proposal run side by side with the current parameters.
	Proposal  *Proposal  `json:"proposal,omitempty"`
	Scenarios []Scenario `json:"scenarios"`
}

// Scenario is a sequence of events applied to the state in order.
type Scenario struct {
	Name string `json:"name"`
	// Liquidity, if set, replaces the suite's for this scenario.
	Liquidity *Liquidity `json:"liquidity,omitempty"`
	Events    []Event    `json:"events"`
}

// Event is one of a price shock, an oracle hiccup or a funding spike (exactly one field is set).
type Event struct {
	Shock   *Shock   `json:"shock,omitempty"`
	Hiccup  *Hiccup  `json:"hiccup,omitempty"`
	Funding *Funding `json:"funding,omitempty"`
}

// Shock moves the oracle price of Markets (every live market when empty: a correlated shock) by Ppm parts per
// million of the price before it, in one tick or spread linearly over Ticks ticks.
type Shock struct {
	Markets []uint8 `json:"markets,omitempty"`
	Ppm     int64   `json:"ppm"`
	Ticks   int     `json:"ticks,omitempty"`
}

// Hiccup is an oracle fault of Minutes minutes on Markets (every live market when empty). A wrong price is
// Ppm away from the true one for the duration and then corrected back. A stale price (Stale) stays at the
// old value while the true price moves by Ppm, and then jumps to it.
type Hiccup struct {
	Markets []uint8 `json:"markets,omitempty"`
	Ppm     int64   `json:"ppm"`
	Minutes int     `json:"minutes"`
	Stale   bool    `json:"stale,omitempty"`
}

// Funding is a funding spike: Intervals funding intervals, each ticking Markets (every live market when empty)
// at CapMultiplePpm parts per million of the configured maximum rate, with the sign of Sign (+1: longs pay,
// −1: shorts pay). The run's configuration allows the rate for the scenario.
type Funding struct {
	Markets        []uint8 `json:"markets,omitempty"`
	CapMultiplePpm int64   `json:"capMultiplePpm"`
	Sign           int     `json:"sign"`
	Intervals      int     `json:"intervals"`
}

// Liquidity is the liquidity the scenario's liquidations find. The state's resting orders are not part of a
// state copy, so liquidity is modelled by a backstop account that quotes any size SlippagePpm away from the
// oracle price, against the liquidated account. None is a liquidity drought: no order at all, so liquidatable
// accounts stay open and bankrupt ones go to the insurance fund and deleveraging.
type Liquidity struct {
	SlippagePpm int64 `json:"slippagePpm"`
	None        bool  `json:"none,omitempty"`
}

// Proposal is a governance proposal: new margin fractions (and tier fractions) per market, as a MarketParams
// record would set them, and a new liquidation fee.
type Proposal struct {
	Name              string           `json:"name"`
	LiquidationFeePpm *uint32          `json:"liquidationFeePpm,omitempty"`
	Markets           []MarketProposal `json:"markets,omitempty"`
}

// MarketProposal is the proposed fractions of one market; the market keeps its status.
type MarketProposal struct {
	Market     uint8  `json:"market"`
	ImfPpm     uint32 `json:"imfPpm"`
	MmfPpm     uint32 `json:"mmfPpm"`
	TierImfPpm uint32 `json:"tierImfPpm,omitempty"`
	TierMmfPpm uint32 `json:"tierMmfPpm,omitempty"`
}

// ParseSuite reads a scenario file: JSON, unknown fields refused, every limit checked.
func ParseSuite(raw []byte) (*Suite, error) {
	if len(raw) > MaxScenarioFileBytes {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrScenario, len(raw), MaxScenarioFileBytes)
	}
	var s Suite
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&s); err != nil {
		return nil, fmt.Errorf("%w: %w", ErrScenario, err)
	}
	if err := s.Validate(); err != nil {
		return nil, err
	}
	return &s, nil
}

// Validate checks the suite's limits and fields.
func (s *Suite) Validate() error {
	if len(s.Scenarios) == 0 || len(s.Scenarios) > MaxScenarios {
		return fmt.Errorf("%w: %d scenarios, want 1..%d", ErrScenario, len(s.Scenarios), MaxScenarios)
	}
	if err := s.Liquidity.validate(); err != nil {
		return err
	}
	for i := range s.Scenarios {
		if err := s.Scenarios[i].validate(); err != nil {
			return fmt.Errorf("scenario %d (%s): %w", i, s.Scenarios[i].Name, err)
		}
	}
	if s.Proposal != nil {
		return s.Proposal.validate()
	}
	return nil
}

func (l *Liquidity) validate() error {
	if l.SlippagePpm < 0 || l.SlippagePpm > MaxSlippagePpm {
		return fmt.Errorf("%w: slippage %d ppm, want 0..%d", ErrScenario, l.SlippagePpm, MaxSlippagePpm)
	}
	return nil
}

func (sc *Scenario) validate() error {
	if len(sc.Events) == 0 || len(sc.Events) > MaxEvents {
		return fmt.Errorf("%w: %d events, want 1..%d", ErrScenario, len(sc.Events), MaxEvents)
	}
	if sc.Liquidity != nil {
		if err := sc.Liquidity.validate(); err != nil {
			return err
		}
	}
	steps := 0
	for i := range sc.Events {
		n, err := sc.Events[i].validate()
		if err != nil {
			return fmt.Errorf("event %d: %w", i, err)
		}
		steps += n
	}
	if steps > MaxSteps {
		return fmt.Errorf("%w: %d steps, limit %d", ErrScenario, steps, MaxSteps)
	}
	return nil
}

// validate checks the event and returns the number of market updates it makes.
func (ev *Event) validate() (int, error) {
	set := 0
	for _, b := range []bool{ev.Shock != nil, ev.Hiccup != nil, ev.Funding != nil} {
		if b {
			set++
		}
	}
	if set != 1 {
		return 0, fmt.Errorf("%w: an event sets exactly one of shock, hiccup, funding (%d set)", ErrScenario, set)
	}
	switch {
	case ev.Shock != nil:
		s := ev.Shock
		if s.Ticks == 0 {
			s.Ticks = 1
		}
		return s.Ticks, checkMove(s.Markets, s.Ppm, s.Ticks, MaxTicks, "ticks")
	case ev.Hiccup != nil:
		h := ev.Hiccup
		return 2, checkMove(h.Markets, h.Ppm, h.Minutes, MaxHiccupMinutes, "minutes")
	default:
		f := ev.Funding
		if f.CapMultiplePpm <= 0 || f.CapMultiplePpm > MaxFundingCapMultiplePpm || (f.Sign != 1 && f.Sign != -1) {
			return 0, fmt.Errorf("%w: funding at %d ppm of the cap with sign %d (want 1..%d, ±1)", ErrScenario,
				f.CapMultiplePpm, f.Sign, MaxFundingCapMultiplePpm)
		}
		return f.Intervals, checkMove(f.Markets, 0, f.Intervals, MaxTicks, "intervals")
	}
}

func checkMove(ms []uint8, ppm int64, n, limit int, what string) error {
	for _, m := range ms {
		if m == 0 || m > state.MarketCount {
			return fmt.Errorf("%w: market %d", ErrScenario, m)
		}
	}
	if ppm < -MaxShockPpm || ppm > MaxShockPpm {
		return fmt.Errorf("%w: move of %d ppm, limit ±%d", ErrScenario, ppm, MaxShockPpm)
	}
	if n < 1 || n > limit {
		return fmt.Errorf("%w: %d %s, want 1..%d", ErrScenario, n, what, limit)
	}
	return nil
}

func (p *Proposal) validate() error {
	if p.LiquidationFeePpm != nil && *p.LiquidationFeePpm > state.PpmScale {
		return fmt.Errorf("%w: liquidation fee %d ppm", ErrScenario, *p.LiquidationFeePpm)
	}
	for _, m := range p.Markets {
		if m.Market == 0 || m.Market > state.MarketCount {
			return fmt.Errorf("%w: proposal market %d", ErrScenario, m.Market)
		}
	}
	return nil
}

// shockPpm returns the largest price move of the scenario's shocks and hiccups (by magnitude), or 0.
func (sc *Scenario) shockPpm() int64 {
	var out int64
	for _, ev := range sc.Events {
		var p int64
		switch {
		case ev.Shock != nil:
			p = ev.Shock.Ppm
		case ev.Hiccup != nil:
			p = ev.Hiccup.Ppm
		}
		if max(p, -p) > max(out, -out) {
			out = p
		}
	}
	return out
}

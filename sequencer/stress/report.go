package stress

import (
	"bytes"
	"encoding/json"
	"math/big"
	"slices"

	"github.com/perpx/perpx/state"
)

const (
	// maxSurvivors is how many of the accounts closest to liquidation that survived a report lists.
	maxSurvivors = 10
	// maxHitListed is how many accounts hit by deleveraging a report lists by id (all are counted).
	maxHitListed = 100
	// ratioBuckets is the number of margin-ratio buckets below 1 (MMR/TV in tenths); one more holds the
	// liquidatable accounts.
	ratioBuckets = 10
)

// Report is the outcome of a suite on one state. Amounts are quote quantums, sizes base quantums, prices the
// state's fixed point; it holds no time and no map, and reads nothing the state root does not commit to, so it
// is a function of the state root and the suite.
type Report struct {
	Suite     string `json:"suite"`
	StateRoot string `json:"stateRoot"`
	// Batch is the batch the state is at (0 when unknown).
	Batch                 uint64           `json:"batch"`
	Accounts              int              `json:"accounts"`
	AccountsWithPositions int              `json:"accountsWithPositions"`
	Markets               []MarketJSON     `json:"markets"`
	Scenarios             []ScenarioReport `json:"scenarios"`
}

// MarketJSON is a listed market as the state has it before the runs: only what the state root commits to
// (names and fee rates are the sequencer's, not the state's).
type MarketJSON struct {
	Market      uint8  `json:"market"`
	OraclePrice uint64 `json:"oraclePrice"`
	ImfPpm      uint32 `json:"imfPpm"`
	MmfPpm      uint32 `json:"mmfPpm"`
}

// ScenarioReport is one scenario with the current parameters and, when the suite has a proposal, with it.
type ScenarioReport struct {
	Name string `json:"name"`
	// ShockPpm is the largest price move of the scenario's shocks and hiccups, in ppm (negative for a fall).
	ShockPpm int64   `json:"shockPpm"`
	Current  *Result `json:"current"`
	Proposal *Result `json:"proposal,omitempty"`
}

// Result is one scenario's figures under one set of parameters. The adoption of a proposal (Adoption) comes
// before the scenario's first step and is not counted in the scenario's figures.
type Result struct {
	Steps                 int `json:"steps"`
	AccountsWithPositions int `json:"accountsWithPositions"`
	// Liquidations and Deleverages count transactions; the Accounts fields count distinct accounts.
	Liquidations              int      `json:"liquidations"`
	Deleverages               int      `json:"deleverages"`
	AccountsLiquidated        int      `json:"accountsLiquidated"`
	AccountsDeleveraged       int      `json:"accountsDeleveraged"`
	AccountsHitByDeleveraging int      `json:"accountsHitByDeleveraging"`
	HitAccounts               []uint32 `json:"hitAccounts"`
	// AccountsStuck counts the accounts left liquidatable at the end (no liquidity and no counterparty).
	AccountsStuck     int      `json:"accountsStuck"`
	DeleveragedVolume int64    `json:"deleveragedVolume"`
	LiquidationFees   int64    `json:"liquidationFees"`
	BadDebt           BadDebt  `json:"badDebt"`
	Fund              FundPath `json:"fund"`
	// FirstUnpaidStep is the first step at which the fund could not pay (a deleveraging, or an account left
	// bankrupt beyond it), or −1.
	FirstUnpaidStep    int              `json:"firstUnpaidStep"`
	OpenInterestBefore []OpenInterest   `json:"openInterestBefore"`
	OpenInterestAfter  []OpenInterest   `json:"openInterestAfter"`
	MarginRatiosBefore []int            `json:"marginRatiosBefore"`
	MarginRatiosAfter  []int            `json:"marginRatiosAfter"`
	Survivors          []Survivor       `json:"closestSurvivors"`
	Adoption           *Adoption        `json:"adoption,omitempty"`
	Conservation       ConservationJSON `json:"conservation"`
}

// BadDebt splits the losses beyond accounts' collateral: paid by the insurance fund, socialized by
// deleveraging (the counterparties' loss against the oracle price), and left in accounts still bankrupt.
type BadDebt struct {
	CoveredByFund int64 `json:"coveredByFund"`
	Socialized    int64 `json:"socialized"`
	Unresolved    int64 `json:"unresolved"`
	Total         int64 `json:"total"`
}

// FundPath is the insurance fund over the run: at the start, its minimum after any transaction (and the step),
// at the end, and after each step (Path[0] is the start).
type FundPath struct {
	Start   int64 `json:"start"`
	Min     int64 `json:"min"`
	MinStep int   `json:"minStep"`
	End     int64 `json:"end"`
	// EndSettled is End plus what every account's next settlement pays the fund (funding is settled lazily,
	// so after a funding spike End holds what the payers paid and not yet what the receivers are owed).
	EndSettled int64   `json:"endSettled"`
	Path       []int64 `json:"path"`
}

// OpenInterest is a market's long open interest (Σ long sizes = Σ short sizes), and the part the backstop holds.
type OpenInterest struct {
	Market   uint8 `json:"market"`
	Long     int64 `json:"long"`
	Backstop int64 `json:"backstop"`
}

// Survivor is an account that was not liquidated, with its margin ratio MMR/TV in ppm at the end.
type Survivor struct {
	Account        uint32 `json:"account"`
	MarginRatioPpm int64  `json:"marginRatioPpm"`
}

// Adoption is what a proposal's adoption did before the scenario: the accounts below the proposal's initial
// margin reduced to it at the oracle price (forced trades against the backstop, as if they complied during a
// notice period), and the accounts the new parameters made liquidatable.
type Adoption struct {
	AccountsReduced    int   `json:"accountsReduced"`
	ReducedVolume      int64 `json:"reducedVolume"`
	AccountsLiquidated int   `json:"accountsLiquidated"`
}

// ConservationJSON is the conserved sum (Σ collateral + insurance fund + fee pool, less the backstop's
// deposits) before and after the run; Holds also says every market's longs equal its shorts.
type ConservationJSON struct {
	Before string `json:"before"`
	After  string `json:"after"`
	Holds  bool   `json:"holds"`
}

// JSON returns the report as indented JSON, ending with a newline.
func (r *Report) JSON() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func marketsJSON(ms state.Markets) []MarketJSON {
	var out []MarketJSON
	for i := range ms {
		if ms[i].Status != state.MarketUnlisted {
			out = append(out, MarketJSON{Market: uint8(i + 1), OraclePrice: ms[i].OraclePrice, ImfPpm: ms[i].ImfPpm, MmfPpm: ms[i].MmfPpm})
		}
	}
	return out
}

// snapshot is the state's figures at one point of a run.
type snapshot struct {
	conserved     *big.Int
	withPositions int
	openInterest  []OpenInterest
	histogram     []int
	// ratios holds the margin ratio (ppm) of every account with positions; unresolved the bad debt left.
	ratios     map[uint32]int64
	unresolved *big.Int
	balanced   bool
	// settlements is what the next settlement of every account pays the fund.
	settlements int64
}

// snapshot reads every account of the state and the backstop, each as its next touch settles it.
func (r *run) snapshot() (*snapshot, error) {
	markets := r.tree.Markets()
	g := r.tree.Globals()
	s := &snapshot{conserved: big.NewInt(g.InsuranceFundQuantums), histogram: make([]int, ratioBuckets+1),
		ratios: map[uint32]int64{}, unresolved: new(big.Int), balanced: true}
	s.conserved.Add(s.conserved, new(big.Int).SetUint64(g.FeePoolQuantums))
	s.conserved.Sub(s.conserved, r.backstopDeposits)
	var long, short, held [state.MarketCount]int64
	for _, id := range append(slices.Clip(r.ids), r.bs.id) {
		a, err := r.tree.Account(id)
		if err != nil {
			return nil, err
		}
		s.conserved.Add(s.conserved, big.NewInt(a.CollateralQuantums))
		settle, err := state.SettleFunding(&a, &markets)
		if err != nil {
			return nil, err
		}
		s.settlements += settle
		open := false
		for _, p := range a.Positions {
			if p.Market == 0 {
				continue
			}
			open = true
			if p.SizeQuantums > 0 {
				long[p.Market-1] += p.SizeQuantums
			} else {
				short[p.Market-1] -= p.SizeQuantums
			}
			if id == r.bs.id {
				held[p.Market-1] += p.SizeQuantums
			}
		}
		if open && id != r.bs.id {
			s.account(id, &a, &markets)
		}
	}
	for i := range markets {
		if markets[i].Status == state.MarketUnlisted {
			continue
		}
		s.balanced = s.balanced && long[i] == short[i]
		s.openInterest = append(s.openInterest, OpenInterest{Market: uint8(i + 1), Long: long[i], Backstop: held[i]})
	}
	return s, nil
}

// account adds settled account a, which has positions, to the snapshot's ratios, histogram and bad debt.
func (s *snapshot) account(id uint32, a *state.Account, markets *state.Markets) {
	s.withPositions++
	risk := state.ComputeRisk(a, markets)
	ratio := marginRatioPpm(risk)
	s.ratios[id] = ratio
	s.histogram[min(ratio*ratioBuckets/state.PpmScale, ratioBuckets)]++
	if risk.TV.Sign() < 0 {
		debt := new(big.Int).Neg(&risk.TV)
		debt.Add(debt, big.NewInt(state.PriceScale-1))
		s.unresolved.Add(s.unresolved, debt.Quo(debt, big.NewInt(state.PriceScale)))
	}
}

// marginRatioPpm returns MMR/TV in ppm (floor), capped at 10^6 · 10^6; an account with TV ≤ 0 has the cap.
func marginRatioPpm(risk *state.Risk) int64 {
	const ratioCap = state.PpmScale * state.PpmScale
	if risk.TV.Sign() <= 0 {
		return ratioCap
	}
	q := new(big.Int).Quo(&risk.MMR, &risk.TV) // MMR is scaled by PriceScale · PpmScale, TV by PriceScale
	if !q.IsInt64() || q.Int64() > ratioCap {
		return ratioCap
	}
	return q.Int64()
}

// finish records the figures after the last event and checks conservation.
func (r *run) finish() (*Result, error) {
	snap, err := r.snapshot()
	if err != nil {
		return nil, err
	}
	res := r.res
	res.Steps = r.step
	res.AccountsLiquidated, res.AccountsDeleveraged, res.AccountsHitByDeleveraging = len(r.liquidated), len(r.deleveraged), len(r.hit)
	hit := sortedIDs(r.hit)
	res.HitAccounts = hit[:min(len(hit), maxHitListed)]
	res.OpenInterestAfter, res.MarginRatiosAfter = snap.openInterest, snap.histogram
	res.AccountsStuck = snap.histogram[ratioBuckets]
	res.BadDebt.Unresolved = snap.unresolved.Int64()
	res.BadDebt.Total = res.BadDebt.CoveredByFund + res.BadDebt.Socialized + res.BadDebt.Unresolved
	res.Fund.End = r.tree.Globals().InsuranceFundQuantums
	res.Fund.EndSettled = res.Fund.End + snap.settlements
	res.Survivors = survivors(snap.ratios, r.liquidated, r.deleveraged)
	res.Conservation = ConservationJSON{Before: r.conserved.String(), After: snap.conserved.String(),
		Holds: snap.balanced && snap.conserved.Cmp(r.conserved) == 0}
	if !res.Conservation.Holds {
		return nil, ErrConservation
	}
	return res, nil
}

func sortedIDs(m map[uint32]bool) []uint32 {
	out := make([]uint32, 0, len(m))
	for id := range m {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}

// survivors returns the maxSurvivors accounts with the highest margin ratio below 1 that were neither
// liquidated nor deleveraged, highest first, then by id.
func survivors(ratios map[uint32]int64, liquidated, deleveraged map[uint32]bool) []Survivor {
	out := []Survivor{}
	for id, ratio := range ratios {
		if !liquidated[id] && !deleveraged[id] && ratio < state.PpmScale {
			out = append(out, Survivor{Account: id, MarginRatioPpm: ratio})
		}
	}
	slices.SortFunc(out, func(a, b Survivor) int {
		if a.MarginRatioPpm != b.MarginRatioPpm {
			if a.MarginRatioPpm > b.MarginRatioPpm {
				return -1
			}
			return 1
		}
		return int(int64(a.Account) - int64(b.Account))
	})
	return out[:min(len(out), maxSurvivors)]
}

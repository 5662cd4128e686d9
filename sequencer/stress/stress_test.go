package stress

import (
	"bytes"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/state"
)

// testAccounts is the size of the generated states of the tests (the bench runs ≥ 10,000).
const testAccounts = 600

func generated(t testing.TB, seed uint64, n int) *State {
	t.Helper()
	s, err := Generate(seed, n)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Tree.Close() })
	return s
}

func runSuite(t testing.TB, s *State, suite *Suite) *Report {
	t.Helper()
	rep, err := Run(s, suite)
	if err != nil {
		t.Fatal(err)
	}
	return rep
}

func reportJSON(t testing.TB, r *Report) []byte {
	t.Helper()
	b, err := r.JSON()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestDeterministic: the same state and scenario file give the same report byte for byte, whether the state
// is generated again from the seed or reused after a run (runs roll the tree back), and the tree is unchanged.
func TestDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the seed suite five times")
	}
	a, b := generated(t, 7, 300), generated(t, 7, 300)
	if a.Tree.Root() != b.Tree.Root() {
		t.Fatal("the same seed generated two states")
	}
	root := a.Tree.Root()
	first := reportJSON(t, runSuite(t, a, SeedSuite()))
	if a.Tree.Root() != root {
		t.Fatal("a run left the tree changed")
	}
	again := reportJSON(t, runSuite(t, a, SeedSuite()))
	other := reportJSON(t, runSuite(t, b, SeedSuite()))
	if !bytes.Equal(first, again) || !bytes.Equal(first, other) {
		t.Fatal("reports differ for the same state and suite")
	}
	b.Workers = 2
	if parallel := reportJSON(t, runSuite(t, b, SeedSuite())); !bytes.Equal(first, parallel) {
		t.Fatal("two workers give another report")
	}
}

// TestSeedSuiteConservation runs every seed scenario, with and without the proposal, and checks conservation
// in each (Run fails with ErrConservation otherwise) and that each scenario did something.
func TestSeedSuiteConservation(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the seed suite on 600 accounts")
	}
	s := generated(t, 3, testAccounts)
	rep := runSuite(t, s, SeedSuite())
	if len(rep.Scenarios) != 6 {
		t.Fatalf("%d scenarios", len(rep.Scenarios))
	}
	for _, sc := range rep.Scenarios {
		for _, res := range []*Result{sc.Current, sc.Proposal} {
			if !res.Conservation.Holds || res.Conservation.Before != res.Conservation.After {
				t.Errorf("%s: conservation %+v", sc.Name, res.Conservation)
			}
			if res.Steps == 0 || len(res.Fund.Path) != res.Steps+1 {
				t.Errorf("%s: %d steps, fund path of %d", sc.Name, res.Steps, len(res.Fund.Path))
			}
		}
		t.Logf("%-45s liq %4d/%4d del %4d/%4d hit %4d stuck %3d bad debt %d fund %d→%d (min %d, unpaid at %d)", sc.Name,
			sc.Current.AccountsLiquidated, sc.Proposal.AccountsLiquidated, sc.Current.AccountsDeleveraged, sc.Proposal.AccountsDeleveraged,
			sc.Current.AccountsHitByDeleveraging, sc.Current.AccountsStuck, sc.Current.BadDebt.Total, sc.Current.Fund.Start,
			sc.Current.Fund.End, sc.Current.Fund.Min, sc.Current.FirstUnpaidStep)
	}
	crash := rep.Scenarios[2].Current // −50 %
	if crash.AccountsLiquidated == 0 || crash.BadDebt.Total == 0 {
		t.Errorf("a −50%% crash liquidated %d accounts with bad debt %d", crash.AccountsLiquidated, crash.BadDebt.Total)
	}
	drought := rep.Scenarios[5].Current
	if drought.Liquidations != 0 || drought.AccountsStuck == 0 || drought.FirstUnpaidStep != 1 || drought.BadDebt.Unresolved <= drought.Fund.End {
		t.Errorf("a drought: %d liquidations, %d accounts left liquidatable, unresolved %d, fund %d, unpaid at %d", drought.Liquidations,
			drought.AccountsStuck, drought.BadDebt.Unresolved, drought.Fund.End, drought.FirstUnpaidStep)
	}
}

// TestProposalFewerLiquidations: a proposal that raises the margin fractions liquidates fewer accounts than the
// current parameters on the same shock (accounts comply with its initial margin at adoption).
func TestProposalFewerLiquidations(t *testing.T) {
	s := generated(t, 5, testAccounts)
	suite := SeedSuite()
	suite.Scenarios = suite.Scenarios[:1] // −10 % in one tick
	rep := runSuite(t, s, suite)
	cur, prop := rep.Scenarios[0].Current, rep.Scenarios[0].Proposal
	t.Logf("current %d liquidated, proposal %d (adoption reduced %d)", cur.AccountsLiquidated, prop.AccountsLiquidated, prop.Adoption.AccountsReduced)
	if cur.AccountsLiquidated == 0 || prop.AccountsLiquidated >= cur.AccountsLiquidated {
		t.Fatalf("current parameters liquidate %d accounts, the proposal %d", cur.AccountsLiquidated, prop.AccountsLiquidated)
	}
	if prop.Adoption == nil || prop.Adoption.AccountsReduced == 0 {
		t.Fatalf("adoption: %+v", prop.Adoption)
	}
}

// TestFiguresMatchEngine checks a one-tick shock's figures against the engine applied step by step by the
// test: it applies the same market update through Engine.UpdateMarkets, finds the liquidatable accounts from
// the leaves with state.ComputeRisk, and computes the open interest; the report must liquidate exactly those
// accounts (the fund covers every shortfall, so no deleveraging cascades), leave none liquidatable, and its
// fund must end at start + fees − insurance payments.
func TestFiguresMatchEngine(t *testing.T) {
	s := generated(t, 11, testAccounts)
	suite := &Suite{Name: "one tick", Scenarios: []Scenario{{Name: "−5 %", Events: []Event{{Shock: &Shock{Ppm: -50_000}}}}}}
	res := runSuite(t, s, suite).Scenarios[0].Current
	if res.Deleverages != 0 {
		t.Fatalf("the scenario deleveraged %d times; the check needs none", res.Deleverages)
	}
	want, oiBefore := engineStep(t, s, -50_000)
	if res.AccountsLiquidated != len(want) || res.AccountsLiquidated == 0 {
		t.Fatalf("report liquidated %d accounts, the engine finds %d liquidatable", res.AccountsLiquidated, len(want))
	}
	for i, oi := range res.OpenInterestBefore {
		if oi.Long != oiBefore[i] {
			t.Fatalf("market %d open interest before: report %d, leaves %d", oi.Market, oi.Long, oiBefore[i])
		}
	}
	if res.AccountsStuck != 0 || res.MarginRatiosAfter[ratioBuckets] != 0 {
		t.Fatalf("%d accounts left liquidatable", res.AccountsStuck)
	}
	if res.Fund.End != res.Fund.Start+res.LiquidationFees-res.BadDebt.CoveredByFund {
		t.Fatalf("fund %d → %d with fees %d and payments %d", res.Fund.Start, res.Fund.End, res.LiquidationFees, res.BadDebt.CoveredByFund)
	}
	var long int64
	for _, oi := range res.OpenInterestAfter {
		long += oi.Long
	}
	if long == 0 {
		t.Fatal("no open interest after")
	}
}

// engineStep applies a shock of ppm to every market of s through the engine, on a savepoint it rolls back, and
// returns the accounts liquidatable afterwards and each market's open interest before.
func engineStep(t *testing.T, s *State, ppm int64) (map[uint32]bool, []int64) {
	sp := s.Tree.Savepoint()
	defer s.Tree.RollbackTo(sp)
	ids, _ := s.Tree.AccountIDs()
	markets := s.Tree.Markets()
	var oi []int64
	for i := range markets {
		if markets[i].Status == state.MarketUnlisted {
			continue
		}
		var long int64
		for _, id := range ids {
			a, _ := s.Tree.Account(id)
			long += max(engine.PositionSize(&a, uint8(i+1)), 0)
		}
		oi = append(oi, long)
	}
	cfg := s.Config
	for i := range cfg.OracleKeys {
		cfg.OracleKeys[i] = oracleKey(i).PubKey()
	}
	e := engine.NewEngine(s.Tree)
	now := s.Tree.Globals().SystemTimeSeconds + DefaultTickSeconds
	if err := e.SetBatchTime(now); err != nil {
		t.Fatal(err)
	}
	u := engine.StillUpdate(&cfg, &markets, s.Tree.Globals(), now)
	for i := range markets {
		if markets[i].Live() {
			u.Record.Prices[i] = uint64(new(big.Int).Quo(new(big.Int).Mul(new(big.Int).SetUint64(markets[i].OraclePrice), big.NewInt(state.PpmScale+ppm)), big.NewInt(state.PpmScale)).Int64())
		}
	}
	for i := range state.OracleQuorum {
		u.Reports = append(u.Reports, oracleKey(i).SignOracleReport(uint8(i), state.OracleReport{TimestampSeconds: now, Prices: u.Record.Prices}))
	}
	if err := e.UpdateMarkets(&cfg, &u); err != nil {
		t.Fatal(err)
	}
	after := s.Tree.Markets()
	out := map[uint32]bool{}
	for _, id := range ids {
		a, _ := s.Tree.Account(id)
		if _, err := state.SettleFunding(&a, &after); err != nil {
			t.Fatal(err)
		}
		if state.ComputeRisk(&a, &after).Liquidatable() {
			out[id] = true
		}
	}
	return out, oi
}

// TestFundingSpike: funding at twice the cap for N intervals ticks N times, moves the fund (the clearing
// account of funding) only by settlements and fees, and conserves.
func TestFundingSpike(t *testing.T) {
	s := generated(t, 13, testAccounts)
	suite := &Suite{Name: "funding", Scenarios: []Scenario{{Name: "2× cap", Events: []Event{
		{Funding: &Funding{CapMultiplePpm: MaxFundingCapMultiplePpm, Sign: 1, Intervals: 5}}}}}}
	res := runSuite(t, s, suite).Scenarios[0].Current
	if res.Steps != 5 {
		t.Fatalf("%d steps, want 5", res.Steps)
	}
	if !res.Conservation.Holds {
		t.Fatal("conservation")
	}
	// Longs paid the fund at their settlements; the shorts' share is owed until theirs: once every account is
	// settled the fund has gained only the rounding, which is against the accounts.
	if res.Fund.EndSettled < res.Fund.Start || res.Fund.EndSettled > res.Fund.Start+res.LiquidationFees+int64(res.AccountsWithPositions)*5 {
		t.Fatalf("fund %d, settled %d, from %d with fees %d", res.Fund.End, res.Fund.EndSettled, res.Fund.Start, res.LiquidationFees)
	}
}

// TestHiccupCorrected: a wrong price for N minutes is corrected back (two steps), a stale one jumps once.
func TestHiccupCorrected(t *testing.T) {
	s := generated(t, 17, testAccounts)
	suite := &Suite{Name: "hiccup", Scenarios: []Scenario{
		{Name: "wrong", Events: []Event{{Hiccup: &Hiccup{Markets: []uint8{1}, Ppm: -100_000, Minutes: 5}}}},
		{Name: "stale", Events: []Event{{Hiccup: &Hiccup{Markets: []uint8{1}, Ppm: -100_000, Minutes: 5, Stale: true}}}},
	}}
	rep := runSuite(t, s, suite)
	if rep.Scenarios[0].Current.Steps != 2 || rep.Scenarios[1].Current.Steps != 1 {
		t.Fatalf("steps %d, %d", rep.Scenarios[0].Current.Steps, rep.Scenarios[1].Current.Steps)
	}
	if rep.Scenarios[0].Current.AccountsLiquidated == 0 {
		t.Fatal("a 10 % wrong price liquidated nobody")
	}
}

// TestHTMLSelfContained: the page holds its charts inline and loads nothing.
func TestHTMLSelfContained(t *testing.T) {
	s := generated(t, 19, 200)
	page, err := HTML(runSuite(t, s, SeedSuite()))
	if err != nil {
		t.Fatal(err)
	}
	p := string(page)
	if n := strings.Count(p, "<svg"); n != 1+2*6 {
		t.Fatalf("%d charts", n)
	}
	for _, bad := range []string{"<script", "src=", "href=", "@import", "url("} {
		if strings.Contains(p, bad) {
			t.Fatalf("page contains %q", bad)
		}
	}
	if strings.Count(p, "http") != strings.Count(p, `xmlns="http://www.w3.org/2000/svg"`) {
		t.Fatal("page names an address other than the SVG namespace")
	}
}

// TestScenarioLimits checks every limit of a scenario file at the limit and at limit+1.
func TestScenarioLimits(t *testing.T) {
	shock := func(ppm int64, ticks int) Event { return Event{Shock: &Shock{Ppm: ppm, Ticks: ticks}} }
	one := func(evs ...Event) *Suite { return &Suite{Scenarios: []Scenario{{Name: "x", Events: evs}}} }
	many := func(n int) *Suite {
		s := &Suite{}
		for range n {
			s.Scenarios = append(s.Scenarios, Scenario{Events: []Event{shock(-1, 1)}})
		}
		return s
	}
	events := func(n int, ev Event) *Suite {
		evs := make([]Event, n)
		for i := range evs {
			evs[i] = ev
		}
		return one(evs...)
	}
	fund := func(mult int64) Event {
		return Event{Funding: &Funding{CapMultiplePpm: mult, Sign: 1, Intervals: 1}}
	}
	hiccup := func(min int) Event { return Event{Hiccup: &Hiccup{Ppm: -1, Minutes: min}} }
	slip := func(p int64) *Suite { s := one(shock(-1, 1)); s.Liquidity.SlippagePpm = p; return s }
	for _, c := range []struct {
		name   string
		ok, no *Suite
	}{
		{"scenarios", many(MaxScenarios), many(MaxScenarios + 1)},
		{"events", events(MaxEvents, shock(-1, 1)), events(MaxEvents+1, shock(-1, 1))},
		{"ticks", one(shock(-1, MaxTicks)), one(shock(-1, MaxTicks+1))},
		{"shock", one(shock(-MaxShockPpm, 1)), one(shock(-MaxShockPpm-1, 1))},
		{"funding", one(fund(MaxFundingCapMultiplePpm)), one(fund(MaxFundingCapMultiplePpm + 1))},
		{"hiccup", one(hiccup(MaxHiccupMinutes)), one(hiccup(MaxHiccupMinutes + 1))},
		{"slippage", slip(MaxSlippagePpm), slip(MaxSlippagePpm + 1)},
		{"steps", events(5, shock(-1, MaxSteps/5)), events(5, shock(-1, MaxSteps/5+1))},
	} {
		if err := c.ok.Validate(); err != nil {
			t.Errorf("%s at the limit: %v", c.name, err)
		}
		if err := c.no.Validate(); !errors.Is(err, ErrScenario) {
			t.Errorf("%s at limit+1: %v, want ErrScenario", c.name, err)
		}
	}
	if _, err := ParseSuite(make([]byte, MaxScenarioFileBytes+1)); !errors.Is(err, ErrScenario) {
		t.Errorf("file at limit+1: %v", err)
	}
	if _, err := ParseSuite([]byte(`{"scenarios":[{"events":[{"shock":{"ppm":-1}}]}],"extra":1}`)); !errors.Is(err, ErrScenario) {
		t.Errorf("unknown field: %v", err)
	}
}

// TestProposalUnlistedMarket: a proposal naming a market the state does not list changes the others (the
// devnet lists two of the seed proposal's three markets).
func TestProposalUnlistedMarket(t *testing.T) {
	s := generated(t, 23, 200)
	markets := s.Tree.Markets()
	markets[2].Status = state.MarketUnlisted
	markets[2].OraclePrice = 0
	sp := s.Tree.Savepoint()
	defer s.Tree.RollbackTo(sp)
	if err := s.Tree.SetMarkets(markets); err != nil {
		t.Fatal(err)
	}
	suite := SeedSuite()
	suite.Scenarios = suite.Scenarios[:1]
	if _, err := Run(s, suite); err != nil {
		t.Fatal(err)
	}
}

// TestReportFollowsRoot: fields of the markets table outside the state root (names, decimals, the sequencer's
// fee rates, which a state rebuilt from L1 lacks) do not change the report.
func TestReportFollowsRoot(t *testing.T) {
	s := generated(t, 29, 200)
	suite := SeedSuite()
	suite.Scenarios = suite.Scenarios[:1]
	want := reportJSON(t, runSuite(t, s, suite))
	markets := s.Tree.Markets()
	root := s.Tree.Root()
	for i := range markets {
		markets[i].Name, markets[i].BaseDecimals, markets[i].MakerFeePpm, markets[i].TakerFeePpm = "", 0, 0, 0
	}
	sp := s.Tree.Savepoint()
	defer s.Tree.RollbackTo(sp)
	if err := s.Tree.SetMarkets(markets); err != nil {
		t.Fatal(err)
	}
	if s.Tree.Root() != root {
		t.Fatal("names and fee rates changed the root")
	}
	if got := reportJSON(t, runSuite(t, s, suite)); !bytes.Equal(got, want) {
		t.Fatal("the report depends on market fields outside the state root")
	}
}

package circuits_test

import (
	"log/slog"
	"math"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/circuits"
	"github.com/perpx/perpx/circuits/testkit"
	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

var marketUpdateCircuit = &compiled{new: func() frontend.Circuit { return &circuits.MarketUpdateCircuit{} }}

// muTime is the batch timestamp of the market update tests; a tick is due when the last funding time is 0.
const muTime = testTime

// report is an oracle report at time ts with the given prices for markets 1, 2, 3 and 7 for every unlisted
// market (which the update ignores).
func report(ts, p1, p2, p3 uint64) state.OracleReport {
	r := state.OracleReport{TimestampSeconds: ts, Prices: [state.MarketCount]uint64{p1, p2, p3}}
	for i := 3; i < state.MarketCount; i++ {
		r.Prices[i] = 7
	}
	return r
}

// quorum signs three reports by signers 0, 2, 4 with market 1 prices 61, 59 and 60.123457 (median the last),
// market 2 prices around 3 and market 3 prices 1, 1, 2.
func quorum() []state.SignedOracleReport {
	return []state.SignedOracleReport{
		testkit.SignReport(0, report(muTime, 61_000_000, 3_000_001, 1)),
		testkit.SignReport(2, report(muTime-60, 59_000_000, 3_000_003, 1)),
		testkit.SignReport(4, report(muTime-30, 60_123_457, 3_000_002, 2)),
	}
}

// muCase describes a market update of DefaultMarkets under DefaultConfig.
type muCase struct {
	name    string
	last    uint64 // the old last funding time
	reports []state.SignedOracleReport
	// prices overrides the record prices (nil: the median of the reports, or the old prices without them).
	prices func(p *[state.MarketCount]uint64)
	rates  [state.MarketCount]int16
	setup  func(m *state.Markets)
	valid  bool
}

// update returns the old table, the configuration and the market update of the case.
func (c *muCase) update() (state.Markets, state.Config, state.MarketUpdate) {
	old := testkit.DefaultMarkets()
	if c.setup != nil {
		c.setup(&old)
	}
	cfg := testkit.DefaultConfig()
	u := state.MarketUpdate{Reports: c.reports, Tick: state.FundingDue(&cfg, state.Globals{LastFundingTimeSeconds: c.last}, muTime)}
	u.Record.RatesPpm = c.rates
	for i := range old {
		if old[i].Status == state.MarketUnlisted {
			continue
		}
		u.Record.Prices[i] = old[i].OraclePrice
		if len(c.reports) == state.OracleQuorum && old[i].Status != state.MarketSettled {
			r := c.reports
			u.Record.Prices[i] = state.Median3(r[0].Report.Prices[i], r[1].Report.Prices[i], r[2].Report.Prices[i])
		}
	}
	if c.prices != nil {
		c.prices(&u.Record.Prices)
	}
	return old, cfg, u
}

func (c *muCase) assign(t testing.TB) *circuits.MarketUpdateCircuit {
	t.Helper()
	old, cfg, u := c.update()
	a, err := circuits.AssignMarketUpdateCircuit(&old, &cfg, c.last, muTime, &u)
	if err != nil {
		t.Fatalf("assign: %v", err)
	}
	return a
}

// engineVerdict applies the case's market update with engine.Engine on a tree holding its old table and
// returns the engine's error and, on success, its new markets hash.
func (c *muCase) engineVerdict(t *testing.T) (fr.Element, error) {
	t.Helper()
	old, cfg, u := c.update()
	tr, err := statedb.Open("tree", statedb.WithFS(vfs.NewMem()), statedb.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	if err := tr.SetMarkets(old); err != nil {
		t.Fatal(err)
	}
	tr.SetGlobals(state.Globals{SystemTimeSeconds: muTime - 1_000, LastFundingTimeSeconds: c.last})
	e := engine.NewEngine(tr)
	if err := e.SetBatchTime(muTime); err != nil {
		t.Fatal(err)
	}
	if err := e.UpdateMarkets(&cfg, &u); err != nil {
		return fr.Element{}, err
	}
	m := tr.Markets()
	return m.Hash(), nil
}

// lastOracle returns a setup giving the active and reduce-only markets the last oracle time l.
func lastOracle(l uint64) func(m *state.Markets) {
	return func(m *state.Markets) {
		for i := range m {
			if m[i].Live() {
				m[i].LastOracleTimeSeconds = l
			}
		}
	}
}

// oracleTimeCases are the boundary cases of the rule that oracle prices only move forward: every report of a
// quorum is strictly newer than each active or reduce-only market's last oracle time (older, equal, newer).
func oracleTimeCases(signed func([3]uint8, [3]uint64) []state.SignedOracleReport) []muCase {
	const l = muTime - 10
	ids := [3]uint8{0, 1, 2}
	return []muCase{
		{name: "oracle time: every report newer than the last", reports: signed(ids, [3]uint64{l + 1, l + 1, l + 1}), setup: lastOracle(l), valid: true},
		{name: "oracle time: one report equal to the last", reports: signed(ids, [3]uint64{l + 1, l, l + 1}), setup: lastOracle(l), valid: false},
		{name: "oracle time: one report older than the last", reports: signed(ids, [3]uint64{l + 1, l + 1, l - 1}), setup: lastOracle(l), valid: false},
		{name: "oracle time: every report equal to the last", reports: signed(ids, [3]uint64{l, l, l}), setup: lastOracle(l), valid: false},
		{name: "oracle time: the reduce-only market's last counts", reports: signed(ids, [3]uint64{l + 1, l + 1, l + 1}),
			setup: func(m *state.Markets) { m[2].LastOracleTimeSeconds = l + 1 }, valid: false},
		{name: "oracle time: a settled market's last does not count", reports: signed(ids, [3]uint64{l + 1, l + 1, l + 1}),
			setup: func(m *state.Markets) { settle1(m); m[0].LastOracleTimeSeconds = muTime }, valid: true},
		{name: "oracle time: kept without reports", setup: lastOracle(muTime), valid: true},
	}
}

// settle1 settles market 1.
func settle1(m *state.Markets) { m[0].Status = state.MarketSettled }

// marketUpdateCases are the market update cases of TestDifferentialMarketUpdate: every rule of
// docs/PROTOCOL.md §5 "Market update" with its boundaries, valid and broken.
func marketUpdateCases(t *testing.T) []muCase {
	t.Helper()
	noTick := uint64(muTime - 100)
	rates := func(r ...int16) (out [state.MarketCount]int16) { copy(out[:], r); return }
	signed := func(signers [3]uint8, times [3]uint64) []state.SignedOracleReport {
		q := quorum()
		for j := range q {
			q[j].Report.TimestampSeconds = times[j]
			q[j] = testkit.SignReport(signers[j], q[j].Report)
		}
		return q
	}
	fresh := [3]uint64{muTime, muTime, muTime}
	cases := []muCase{
		{name: "unchanged, no tick", last: noTick, valid: true},
		{name: "unchanged, tick, no rates", valid: true},
		{name: "unchanged, tick, rates", rates: rates(500, -300, 1), valid: true},
		{name: "quorum, tick, rates", reports: quorum(), rates: rates(-7, 1_000, -1_000), valid: true},
		{name: "quorum, no tick", last: noTick, reports: quorum(), valid: true},
		{name: "quorum of the unchanged prices", reports: signed([3]uint8{1, 2, 3}, fresh), prices: nil, valid: true},
		{name: "rate above the max", rates: rates(1_001), valid: false},
		{name: "rate below the min", rates: rates(0, -1_001), valid: false},
		{name: "rate without a tick", last: noTick, rates: rates(1), valid: false},
		{name: "rate of an unlisted market", rates: rates(0, 0, 0, 1), valid: false},
		{name: "price changed without reports", prices: func(p *[state.MarketCount]uint64) { p[0]++ }, valid: false},
		{name: "price not the median", reports: quorum(), prices: func(p *[state.MarketCount]uint64) { p[0] = 61_000_000 }, valid: false},
		{name: "unlisted market priced", prices: func(p *[state.MarketCount]uint64) { p[5] = 7 }, valid: false},
		{name: "signers repeated", reports: signed([3]uint8{0, 0, 1}, fresh), valid: false},
		{name: "signers out of order", reports: signed([3]uint8{2, 1, 3}, fresh), valid: false},
		{name: "signers 2, 3, 4", reports: signed([3]uint8{2, 3, 4}, fresh), valid: true},
		{name: "report at max age", reports: signed([3]uint8{0, 1, 2}, [3]uint64{muTime, muTime - 60, muTime}), valid: true},
		{name: "report one second stale", reports: signed([3]uint8{0, 1, 2}, [3]uint64{muTime, muTime - 61, muTime}), valid: false},
		{name: "report from the future", reports: signed([3]uint8{0, 1, 2}, [3]uint64{muTime, muTime + 1, muTime}), valid: false},
		{name: "report signed by another key", reports: func() []state.SignedOracleReport {
			q := quorum()
			s, err := circuits.SignWord(testkit.Key(999), q[1].Report.Hash())
			if err != nil {
				t.Fatal(err)
			}
			q[1].Sig = s
			return q
		}(), valid: false},
		{name: "median price zero", reports: func() []state.SignedOracleReport {
			q := quorum()
			for j := range q[:2] {
				q[j].Report.Prices[1] = 0
				q[j] = testkit.SignReport(q[j].Signer, q[j].Report)
			}
			return q
		}(), valid: false},
		{name: "index overflows", rates: rates(1_000), setup: func(m *state.Markets) { m[0].FundingIndex = math.MaxInt64 - 10 }, valid: false},
		{name: "index at the bound", rates: rates(1_000), setup: func(m *state.Markets) { m[0].FundingIndex = math.MaxInt64 - 60_000 }, valid: true},
		{name: "tick at exactly the interval", last: muTime - 3_600, rates: rates(5, -5), valid: true},
		{name: "tick one second early, with a rate", last: muTime - 3_599, rates: rates(5), valid: false},
		{name: "tick one second early, no rates", last: muTime - 3_599, valid: true},
		{name: "tick one second early, quorum", last: muTime - 3_599, reports: quorum(), valid: true},
		{name: "rate at the max", rates: rates(1_000), valid: true},
		{name: "rate at minus the max", rates: rates(-1_000), valid: true},
		{name: "rates at the max in every listed market", reports: quorum(), rates: rates(1_000, -1_000, 1_000), valid: true},
		{name: "negative rate floors toward minus infinity", reports: quorum(), rates: rates(-1), valid: true},
		{name: "rate of the reduce-only market", rates: rates(0, 0, -3), valid: true},
		{name: "index at the lower bound", rates: rates(-1_000), setup: func(m *state.Markets) { m[0].FundingIndex = math.MinInt64 + 1 + 60_000 }, valid: true},
		{name: "index underflows", rates: rates(-1_000), setup: func(m *state.Markets) { m[0].FundingIndex = math.MinInt64 + 60_000 }, valid: false},
		{name: "median from the first signer", reports: func() []state.SignedOracleReport {
			q := quorum()
			q[0], q[2] = testkit.SignReport(0, q[2].Report), testkit.SignReport(4, q[0].Report)
			return q
		}(), valid: true},
		{name: "price the lowest report", reports: quorum(), prices: func(p *[state.MarketCount]uint64) { p[0] = 59_000_000 }, valid: false},
		{name: "price one above the median", reports: quorum(), prices: func(p *[state.MarketCount]uint64) { p[0]++ }, valid: false},
		{name: "quorum, old prices kept", reports: quorum(), prices: func(p *[state.MarketCount]uint64) {
			old := testkit.DefaultMarkets()
			for i := range p {
				p[i] = old[i].OraclePrice
			}
		}, valid: false},
		{name: "median price 2^48 - 1", reports: func() []state.SignedOracleReport {
			q := quorum()
			for j := range q {
				q[j].Report.Prices[0] = state.MaxPrice - 1
				q[j] = testkit.SignReport(q[j].Signer, q[j].Report)
			}
			return q
		}(), valid: true},
		{name: "median price 1", reports: func() []state.SignedOracleReport {
			q := quorum()
			for j := range q[:2] {
				q[j].Report.Prices[1] = 1
				q[j] = testkit.SignReport(q[j].Signer, q[j].Report)
			}
			return q
		}(), valid: true},
		{name: "signer 5 (not a configuration key)", reports: signed([3]uint8{2, 3, 5}, fresh), valid: false},
		{name: "signers 0, 1, 2", reports: signed([3]uint8{0, 1, 2}, fresh), valid: true},
		{name: "all reports at max age", reports: signed([3]uint8{0, 1, 2}, [3]uint64{muTime - 60, muTime - 60, muTime - 60}), valid: true},
		{name: "report signed over another timestamp", reports: func() []state.SignedOracleReport {
			q := quorum()
			q[2].Report.TimestampSeconds--
			return q
		}(), valid: false},
		{name: "reduce-only market repriced without reports", prices: func(p *[state.MarketCount]uint64) { p[2] = 2_000_000 }, valid: false},
		{name: "settled market keeps its price under a quorum", reports: quorum(), setup: settle1, valid: true},
		{name: "settled market repriced to the median", reports: quorum(), setup: settle1, prices: func(p *[state.MarketCount]uint64) {
			r := quorum()
			p[0] = state.Median3(r[0].Report.Prices[0], r[1].Report.Prices[0], r[2].Report.Prices[0])
		}, valid: false},
		{name: "settled market with a rate", rates: rates(5), setup: settle1, valid: false},
		{name: "settled market, tick, rates elsewhere", rates: rates(0, 5), setup: settle1, valid: true},
	}
	return append(cases, oracleTimeCases(signed)...)
}

// TestDifferentialMarketUpdate runs each market update case through the MarketUpdateCircuit and
// engine.Engine.UpdateMarkets and requires the verdict the table expects from both (a witness that cannot
// be assigned is a circuit rejection); valid cases are cross-checked against state.ApplyMarketRecord and
// state.CheckOracleReports.
func TestDifferentialMarketUpdate(t *testing.T) {
	cases := marketUpdateCases(t)
	names := map[string]bool{}
	valid := 0
	for _, c := range cases {
		if names[c.name] {
			t.Errorf("duplicate case %q", c.name)
		}
		names[c.name] = true
		if c.valid {
			valid++
		}
	}
	t.Logf("MarketUpdate %d cases (%d valid, %d invalid)", len(cases), valid, len(cases)-valid)
	if len(cases) < 30 {
		t.Errorf("%d market update cases, want at least 30", len(cases))
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			old, cfg, u := c.update()
			a, err := circuits.AssignMarketUpdateCircuit(&old, &cfg, c.last, muTime, &u)
			if err == nil {
				err = solve(t, marketUpdateCircuit, a)
			}
			goHash, goErr := c.engineVerdict(t)
			if (err == nil) != (goErr == nil) {
				t.Fatalf("verdicts differ: engine %v, circuit %v", goErr, err)
			}
			if err == nil && toBig(a.NewMarketsHash).Cmp(state.BigOf(goHash)) != 0 {
				t.Fatalf("markets hash: engine %s, circuit %v", goHash.String(), a.NewMarketsHash)
			}
			if (err == nil) != c.valid {
				t.Fatalf("both valid=%v, want %v (engine: %v, circuit: %v)", err == nil, c.valid, goErr, err)
			}
			t.Logf("both valid=%v; engine: %v; circuit: %v", c.valid, goErr, err)
			if c.valid && c.prices == nil {
				old := testkit.DefaultMarkets()
				if c.setup != nil {
					c.setup(&old)
				}
				cfg := testkit.DefaultConfig()
				g := state.Globals{LastFundingTimeSeconds: c.last}
				m := old
				raw := make([]byte, state.MarketRecordSize)
				for j := range raw {
					raw[j] = byte(toBig(a.Record[j]).Uint64())
				}
				rec, err := state.DecodeMarketRecord(raw)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := state.ApplyMarketRecord(&cfg, &m, &g, muTime, &rec); err != nil {
					t.Fatalf("state rejects a record the circuit accepts: %v", err)
				}
				if err := state.CheckOracleReports(&cfg, &old, muTime, &rec, c.reports, verifyReport); err != nil {
					t.Fatalf("state rejects reports the circuit accepts: %v", err)
				}
			}
		})
	}
}

func verifyReport(k state.PubKey, msg []byte, sig state.Signature) bool {
	var pub eddsa.PublicKey
	pub.A.X, pub.A.Y = k.X, k.Y
	ok, err := pub.Verify(sig[:], msg, poseidon2.NewMerkleDamgardHasher())
	return err == nil && ok
}

// TestAdversarialMarketUpdate changes every witness field and output of a valid market update (a quorum with a
// tick and rates; then prices unchanged without reports) by +1, one at a time: each must be rejected, except
// the reports' fields when the update flag is 0 (their signatures stay bound to the dummy signature).
func TestAdversarialMarketUpdate(t *testing.T) {
	for _, c := range []muCase{
		{name: "quorum", reports: quorum(), rates: [state.MarketCount]int16{-7, 1_000, -1_000}},
		{name: "unchanged", rates: [state.MarketCount]int16{3}},
	} {
		a := c.assign(t)
		if err := solve(t, marketUpdateCircuit, a); err != nil {
			t.Fatalf("%s: valid witness rejected: %v", c.name, err)
		}
		var ls []leaf
		root := reflect.ValueOf(a).Elem()
		for _, name := range []string{"NewMarketsHash", "NewLastFundingTime", "Record", "Update"} {
			leaves(root.FieldByName(name), name, &ls)
		}
		bound := 0
		for _, l := range ls {
			free := c.reports == nil && strings.HasPrefix(l.path, "Update.Reports") && !strings.Contains(l.path, ".Sig.")
			orig := l.v.Interface()
			l.v.Set(reflect.ValueOf(frontend.Variable(new(big.Int).Add(toBig(orig), big.NewInt(1)))))
			err := solve(t, marketUpdateCircuit, a)
			l.v.Set(reflect.ValueOf(frontend.Variable(orig)))
			switch {
			case free && err != nil:
				t.Errorf("%s: free field %s +1 rejected: %v", c.name, l.path, err)
			case !free && err == nil:
				t.Errorf("%s: %s +1 accepted", c.name, l.path)
			case !free:
				bound++
			}
		}
		t.Logf("%s: %d bound fields rejected when changed, %d variables in all", c.name, bound, len(ls))
	}
}

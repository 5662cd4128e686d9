package stress

import (
	"errors"
	"fmt"
	"math/big"
	"sync"
	"sync/atomic"

	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/internal/risk"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// ErrConservation reports a run that broke conservation: Σ collateral + insurance fund + fee pool changed by
// something other than the backstop's deposits, or a market's longs and shorts differ. The engine's rules
// forbid both, so it means a bug.
var ErrConservation = errors.New("stress: conservation broken")

// State is the state a suite runs on: a tree that is a copy (Load, Generate, or a tree rebuilt from L1 by
// l1/escape), never a live sequencer's. Runs write to the tree's pending overlay only and roll it back after
// each scenario: the tree is never committed.
type State struct {
	Tree   *statedb.Tree
	Config state.Config
	// Batch is the batch the state is at, when known (reported, not used).
	Batch uint64
	// Workers is how many scenarios run at once (default 1). Above 1, each further worker runs on its own copy
	// of the tree, a Pebble checkpoint in the same in-memory file system, which only a State made by Load or
	// Generate has; the report does not depend on it.
	Workers int

	// fs and dir locate the tree's database for copies; fs is nil for a tree given by the caller.
	fs  vfs.FS
	dir string
}

// job is one scenario under one set of parameters; its result goes to scenario i's Current or Proposal.
type job struct {
	i    int
	prop *Proposal
}

// copies returns n trees holding s's state: s.Tree and checkpoints of it (the caller closes all but the first).
func (s *State) copies(n int) ([]*statedb.Tree, error) {
	trees := []*statedb.Tree{s.Tree}
	if s.fs == nil {
		return trees, nil
	}
	for i := 1; i < n; i++ {
		dir := fmt.Sprintf("%s-copy-%d", s.dir, len(trees))
		if err := s.Tree.Checkpoint(dir); err != nil {
			return trees, err
		}
		t, err := statedb.Open(dir, statedb.WithFS(s.fs), quietLogger())
		if err != nil {
			return trees, err
		}
		trees = append(trees, t)
	}
	return trees, nil
}

// Run runs every scenario of the suite on s, with the current parameters and, if the suite has a proposal,
// with the proposal's, and returns the report. The same state and suite give the same report, byte for byte.
func Run(s *State, suite *Suite) (*Report, error) {
	if err := suite.Validate(); err != nil {
		return nil, err
	}
	ids, err := s.Tree.AccountIDs()
	if err != nil {
		return nil, err
	}
	root := s.Tree.Root()
	rep := &Report{Suite: suite.Name, StateRoot: fmt.Sprintf("0x%x", root.Bytes()), Batch: s.Batch,
		Accounts: len(ids), Markets: marketsJSON(s.Tree.Markets())}
	var jobs []job
	for i := range suite.Scenarios {
		sc := &suite.Scenarios[i]
		rep.Scenarios = append(rep.Scenarios, ScenarioReport{Name: sc.Name, ShockPpm: sc.shockPpm()})
		jobs = append(jobs, job{i: i})
		if suite.Proposal != nil {
			jobs = append(jobs, job{i: i, prop: suite.Proposal})
		}
	}
	trees, err := s.copies(min(max(s.Workers, 1), len(jobs)))
	defer func() {
		for _, t := range trees[1:] {
			t.Close()
		}
	}()
	if err != nil {
		return nil, err
	}
	results := make([]*Result, len(jobs))
	errs := make([]error, len(trees))
	var wg sync.WaitGroup
	var next atomic.Int64 // the next job to take: a worker that finishes early takes more
	for w, tree := range trees {
		wg.Go(func() {
			for k := int(next.Add(1) - 1); k < len(jobs) && errs[w] == nil; k = int(next.Add(1) - 1) {
				sc := &suite.Scenarios[jobs[k].i]
				if results[k], errs[w] = runOne(tree, s.Config, ids, suite, sc, jobs[k].prop); errs[w] != nil {
					errs[w] = fmt.Errorf("stress: scenario %q (proposal %v): %w", sc.Name, jobs[k].prop != nil, errs[w])
				}
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	for k, j := range jobs {
		if j.prop == nil {
			rep.Scenarios[j.i].Current = results[k]
		} else {
			rep.Scenarios[j.i].Proposal = results[k]
		}
	}
	rep.AccountsWithPositions = rep.Scenarios[0].Current.AccountsWithPositions
	return rep, nil
}

// runOne runs one scenario under one set of parameters on tree and rolls the tree back.
func runOne(tree *statedb.Tree, cfg state.Config, ids []uint32, suite *Suite, sc *Scenario, prop *Proposal) (res *Result, err error) {
	sp := tree.Savepoint()
	defer func() {
		if rerr := tree.RollbackTo(sp); rerr != nil && err == nil {
			err = rerr
		}
	}()
	r, err := newRun(tree, cfg, ids, suite, sc)
	if err != nil {
		return nil, err
	}
	if prop != nil {
		if err := r.adopt(prop); err != nil {
			return nil, err
		}
	}
	if err := r.begin(); err != nil {
		return nil, err
	}
	for i := range sc.Events {
		if err := r.event(&sc.Events[i]); err != nil {
			return nil, err
		}
	}
	return r.finish()
}

// newRun funds the backstop on the copy and indexes the accounts.
func newRun(tree *statedb.Tree, cfg state.Config, ids []uint32, suite *Suite, sc *Scenario) (*run, error) {
	for i := range cfg.OracleKeys {
		cfg.OracleKeys[i] = oracleKey(i).PubKey()
	}
	liq := suite.Liquidity
	if sc.Liquidity != nil {
		liq = *sc.Liquidity
	}
	bid, err := backstopID(ids)
	if err != nil {
		return nil, err
	}
	r := &run{tree: tree, cfg: cfg, ids: ids, tickSeconds: suite.TickSeconds, res: &Result{FirstUnpaidStep: -1},
		e: engine.NewEngine(tree), idx: risk.NewRiskIndex(), bs: &backstop{id: bid, slippagePpm: liq.SlippagePpm},
		liquidated: map[uint32]bool{}, deleveraged: map[uint32]bool{}, hit: map[uint32]bool{}}
	if r.tickSeconds == 0 {
		r.tickSeconds = DefaultTickSeconds
	}
	r.now = tree.Globals().SystemTimeSeconds
	if err := r.e.SetBatchTime(r.now); err != nil {
		return nil, err
	}
	if err := committedMarkets(tree); err != nil {
		return nil, err
	}
	if r.backstopDeposits, err = r.bs.fund(r.e); err != nil {
		return nil, err
	}
	markets := tree.Markets()
	for _, id := range ids {
		a, err := tree.Account(id)
		if err != nil {
			return nil, err
		}
		r.idx.Update(id, &a, &markets)
	}
	r.e.SetObserver(func(id uint32, a *state.Account) {
		markets := tree.Markets()
		r.idx.Update(id, a, &markets)
	})
	var sources []risk.LiquiditySource
	if !liq.None {
		sources = append(sources, r.bs)
	}
	r.liq = &risk.Liquidator{Engine: r.e, Tree: tree, Index: r.idx, Config: &r.cfg, Sources: sources, Record: r.record}
	return r, nil
}

// run is one scenario under one set of parameters.
type run struct {
	tree             *statedb.Tree
	cfg              state.Config
	e                *engine.Engine
	idx              *risk.RiskIndex
	liq              *risk.Liquidator
	bs               *backstop
	ids              []uint32
	tickSeconds      uint64
	now              uint64
	step             int
	backstopDeposits *big.Int
	// conserved is Σ collateral + insurance fund + fee pool at the start, less the backstop's deposits.
	conserved   *big.Int
	res         *Result
	liquidated  map[uint32]bool
	deleveraged map[uint32]bool
	hit         map[uint32]bool
	// adopting is set while a proposal's compliance trades run: their figures are the adoption's.
	adopting bool
}

// begin records the figures before the first event: open interest, margin ratios, the fund and the conserved
// sum.
func (r *run) begin() error {
	snap, err := r.snapshot()
	if err != nil {
		return err
	}
	r.conserved = snap.conserved
	r.res.AccountsWithPositions = snap.withPositions
	r.res.OpenInterestBefore = snap.openInterest
	r.res.MarginRatiosBefore = snap.histogram
	fund := r.tree.Globals().InsuranceFundQuantums
	r.res.Fund = FundPath{Start: fund, Min: fund, End: fund, Path: []int64{fund}}
	return nil
}

// record receives every liquidation and deleveraging the liquidator executes (Liquidator.Record).
func (r *run) record(tx *state.TxTrace) error {
	if r.adopting {
		if l := tx.Record.Liquidate; l != nil {
			r.liquidated[l.Liquidated] = true
		}
		return nil
	}
	fund := r.tree.Globals().InsuranceFundQuantums
	if fund < r.res.Fund.Min {
		r.res.Fund.Min, r.res.Fund.MinStep = fund, r.step
	}
	switch {
	case tx.Record.Liquidate != nil:
		l := tx.Record.Liquidate
		r.res.Liquidations++
		r.liquidated[l.Liquidated] = true
		r.res.LiquidationFees += int64(l.LiquidationFee)
		r.res.BadDebt.CoveredByFund += int64(l.InsurancePayQuant)
	case tx.Record.Deleverage != nil:
		d := tx.Record.Deleverage
		r.res.Deleverages++
		r.deleveraged[d.Deleveraged] = true
		r.hit[d.Counterparty] = true
		r.res.DeleveragedVolume += int64(d.QuoteQuantums)
		markets := r.tree.Markets()
		r.res.BadDebt.Socialized += socializedLoss(d, markets.Get(d.Market).OraclePrice)
		r.noteUnpaid()
	}
	return nil
}

// noteUnpaid records the first step at which the fund could not pay (a deleveraging, or an account left
// bankrupt beyond the fund).
func (r *run) noteUnpaid() {
	if r.res.FirstUnpaidStep < 0 {
		r.res.FirstUnpaidStep = r.step
	}
}

// socializedLoss is what deleveraging d costs its counterparty at the oracle price p: the counterparty closes
// at the bankrupt account's price instead of p. It is never negative.
func socializedLoss(d *state.DeleverageRecord, p uint64) int64 {
	atOracle := new(big.Int).Mul(new(big.Int).SetUint64(d.SizeQuantums), new(big.Int).SetUint64(p))
	atOracle.Quo(atOracle, big.NewInt(state.PriceScale))
	quote := new(big.Int).SetUint64(d.QuoteQuantums)
	// The counterparty sells when the deleveraged account buys: it receives quote for what is worth atOracle.
	loss := new(big.Int).Sub(atOracle, quote)
	if !d.DeleveragedIsBuy {
		loss.Neg(loss)
	}
	if loss.Sign() < 0 {
		return 0
	}
	return loss.Int64()
}

// committedMarkets clears, in the run's copy, the fields of the markets table that the state root does not
// commit to: names, decimals and the fee rates the sequencer charges. A state rebuilt from L1 does not have
// them, and a report must be a function of the root: the backstop then pays no maker fee.
func committedMarkets(tree *statedb.Tree) error {
	markets := tree.Markets()
	for i := range markets {
		m := &markets[i]
		m.Name, m.BaseDecimals, m.MakerFeePpm, m.TakerFeePpm = "", 0, 0, 0
	}
	return tree.SetMarkets(markets)
}

package escape

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/perpx/perpx/circuits/testkit"
	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/l1/bindings"
	"github.com/perpx/perpx/l1/testbindings"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// fundingInterval is the test configuration's funding interval.
const fundingInterval = 3_600

// testConfig returns the configuration the test batches are "proven" for.
func testConfig() *state.Config {
	cfg := &state.Config{MaxFundingRatePpm: 1_000, FundingIntervalSeconds: fundingInterval, OracleMaxAgeSeconds: 60, LiquidationFeePpm: 10_000}
	for i := range cfg.OracleKeys {
		cfg.OracleKeys[i] = testkit.PubKey(testkit.Key(uint64(100 + i)))
	}
	return cfg
}

// chain is a rollup on a Sim with a MockVerifier (a "proof" is the public input itself), fed with batches a
// testkit.World computes (deposits, trades, withdrawals, forced withdrawals at flat prices, no funding tick
// due) or that seq, a tree the test drives with statedb.ReplayBatch, computes (every record kind, funding
// ticks), so rebuilding can be tested without proving. The last funding tick is at the chain's start.
type chain struct {
	t      *testing.T
	ctx    context.Context
	sim    *l1.Sim
	rollup *l1.Rollup
	sub    *l1.Submitter
	w      *testkit.World
	seq    *statedb.Tree
	cfg    *state.Config
	config [32]byte
	num    uint64
	// root is the root of the last batch sent, or the genesis root.
	root fr.Element
	// via, when set, sends ABI-encoded commitBatch calls instead of the submitter (an operator that commits
	// through inner calls); while hold is set, calls wait in pending for flush, to go in one transaction.
	via     func(calls [][]byte) error
	hold    bool
	pending [][]byte
}

func newChain(t *testing.T) *chain {
	t.Helper()
	sim, err := l1.NewSim(4)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	cfg := testConfig()
	c := &chain{t: t, ctx: t.Context(), sim: sim, w: testkit.NewWorld(), cfg: cfg, config: cfg.Hash()}
	h, err := sim.Client().HeaderByNumber(c.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	c.w.Globals.LastFundingTimeSeconds = h.Time
	if c.seq, err = statedb.Open("seq", statedb.WithFS(vfs.NewMem()), statedb.WithLogger(slog.New(slog.DiscardHandler))); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.seq.Close() })
	if err := c.seq.SetMarkets(c.w.Markets); err != nil {
		t.Fatal(err)
	}
	c.seq.SetGlobals(c.w.Globals)
	if err := c.seq.Commit(); err != nil {
		t.Fatal(err)
	}
	op := sim.Transactor(0)
	opts := *op
	mock, tx, err := bind.DeployContract(&opts, common.FromHex(testbindings.MockVerifierMetaData.Bin), sim.Client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(c.ctx, sim.Client(), tx.Hash()); err != nil {
		t.Fatal(err)
	}
	g := l1.EmptyGenesis(c.w.Markets)
	g.Globals = c.w.Globals
	d, err := l1.Deploy(c.ctx, sim.Client(), op, l1.DeployConfig{
		Governor: op.From, Operators: []common.Address{op.From}, Genesis: g, ConfigHash: c.config,
		Verifiers: map[int]common.Address{2: mock},
	})
	if err != nil {
		t.Fatal(err)
	}
	c.rollup = l1.NewRollup(sim.Client(), d.Rollup)
	c.sub = l1.NewSubmitter(c.rollup, op)
	st, err := c.rollup.Status(c.ctx)
	if err != nil {
		t.Fatal(err)
	}
	c.root = st.StateRoot
	tok := l1.NewToken(sim.Client(), d.Token)
	for u := 1; u < 4; u++ {
		amt := new(big.Int).Lsh(big.NewInt(1), 60)
		if _, err := tok.Mint(c.ctx, op, sim.Address(u), amt); err != nil {
			t.Fatal(err)
		}
		if _, err := tok.Approve(c.ctx, sim.Transactor(u), d.Rollup, amt); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

// open creates account id for user u on L1 and in the world.
func (c *chain) open(u int, amount uint64) (uint32, *state.TxTrace) {
	c.t.Helper()
	k := testkit.Key(uint64(u))
	id, _, err := c.rollup.Deposit(c.ctx, c.sim.Transactor(u), testkit.PubKey(k).Compressed(), amount)
	if err != nil {
		c.t.Fatal(err)
	}
	c.w.Keys[id] = k
	return id, c.w.Deposit(id, testkit.PubKey(k), state.L1Address(c.sim.Address(u)), amount)
}

// commit seals txs into a batch of two and commits it; a non-nil root replaces the batch's true new root.
func (c *chain) commit(root *fr.Element, txs ...*state.TxTrace) error {
	c.t.Helper()
	h, err := c.sim.Client().HeaderByNumber(c.ctx, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	b := c.w.Begin()
	for _, tx := range txs {
		b.Add(tx)
	}
	c.num++
	sealed := b.Seal(2, c.num, h.Time, c.config)
	for i := range c.w.Markets { // the world's prices do not move
		sealed.Market.Record.Prices[i] = c.w.Markets[i].OraclePrice
	}
	newRoot := sealed.Header.NewRoot
	if root != nil {
		newRoot = *root
	}
	pubdata, err := sealed.Pubdata()
	if err != nil {
		c.t.Fatal(err)
	}
	return c.send(newRoot, h.Time, pubdata, l1.WithdrawalAddresses(sealed))
}

// send commits batch c.num with a mock proof: through the submitter, or as a call for c.via.
func (c *chain) send(newRoot fr.Element, ts uint64, pubdata []byte, withdrawals []common.Address) error {
	c.t.Helper()
	hdr, err := c.rollup.NextHeader(c.ctx, newRoot, ts)
	if err != nil {
		c.t.Fatal(err)
	}
	hdr.OldRoot, hdr.BatchNumber = c.root, c.num // batches held for one transaction are not on L1 yet
	c.root = newRoot
	var proof [32]byte
	state.PublicInput(&hdr, pubdata).FillBytes(proof[:])
	if c.via == nil {
		_, err = c.sub.CommitBatch(c.ctx, newRoot, ts, pubdata, withdrawals, proof[:])
		return err
	}
	c.pending = append(c.pending, bindings.NewRollup().PackCommitBatch(newRoot.BigInt(new(big.Int)), ts, pubdata, withdrawals, proof[:]))
	if c.hold {
		return nil
	}
	return c.flush()
}

// flush sends the held calls in one transaction and stops holding.
func (c *chain) flush() error {
	c.hold = false
	if len(c.pending) == 0 {
		return nil
	}
	calls := c.pending
	c.pending = nil
	return c.via(calls)
}

// replay applies a batch of two slots with market record mr to seq at the latest block's time and commits it
// on L1 with seq's new root.
func (c *chain) replay(mr state.MarketRecord, records ...state.Record) {
	c.t.Helper()
	h, err := c.sim.Client().HeaderByNumber(c.ctx, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	for len(records) < 2 {
		records = append(records, state.Record{})
	}
	if err := statedb.ReplayBatch(c.seq, c.cfg, h.Time, &mr, records); err != nil {
		c.t.Fatal(err)
	}
	if err := c.seq.Commit(); err != nil {
		c.t.Fatal(err)
	}
	b, err := mr.Encode()
	if err != nil {
		c.t.Fatal(err)
	}
	pubdata := b[:]
	var withdrawals []common.Address
	for _, r := range records {
		e, err := r.EncodeCompact()
		if err != nil {
			c.t.Fatal(err)
		}
		pubdata = append(pubdata, e[:]...)
		if r.Withdrawal != nil {
			withdrawals = append(withdrawals, common.Address(r.Withdrawal.L1Address))
		}
	}
	c.num++
	if err := c.send(c.seq.Root(), h.Time, pubdata, withdrawals); err != nil {
		c.t.Fatal(err)
	}
}

// deposit queues a deposit of user u to a new account on L1 and returns its id and record.
func (c *chain) deposit(u int, amount uint64) (uint32, state.Record) {
	c.t.Helper()
	key := testkit.PubKey(testkit.Key(uint64(u))).Compressed()
	id, _, err := c.rollup.Deposit(c.ctx, c.sim.Transactor(u), key, amount)
	if err != nil {
		c.t.Fatal(err)
	}
	return id, state.Record{Deposit: &state.DepositRecord{AccountID: id, AmountQuantums: amount, L1Address: state.L1Address(c.sim.Address(u)), PubKey: key}}
}

// prices returns a market record with seq's current prices and no funding rates.
func (c *chain) prices() state.MarketRecord {
	var mr state.MarketRecord
	m := c.seq.Markets()
	for i := range m {
		mr.Prices[i] = m[i].OraclePrice
	}
	return mr
}

func (c *chain) advance(d time.Duration) {
	c.t.Helper()
	if err := c.sim.AdjustTime(d); err != nil {
		c.t.Fatal(err)
	}
}

func ord(id uint32, buy bool, slot uint16, size, limit uint64) state.OrderMsg {
	return state.OrderMsg{AccountID: id, Market: 1, IsBuy: buy, Slot: slot, Nonce: 1, ExpirySeconds: 1 << 39,
		MaxFeePpm: 1_000, SizeQuantums: size, LimitPrice: limit}
}

// TestRebuild commits batches of every record type — deposits, a partial fill and its completion, a
// withdrawal, forced withdrawals served valid and invalid, no-ops — and rebuilds the state from L1: every
// account and order slot equals the world's, and every claim's value is l1.EscapeValue of the world's account.
func TestRebuild(t *testing.T) {
	c := newChain(t)
	a, da := c.open(1, 10_000_000)
	b, db := c.open(2, 10_000_000)
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(c.commit(nil, da, db))
	d, dd := c.open(3, 5_000_000) // the world applies each trace when it is made: make them in batch order
	must(c.commit(nil, dd, c.w.Trade(ord(b, false, 4, 20_000, 59_000_000), ord(a, true, 1, 30_000, 60_000_000), 20_000, 600, 240)))
	must(c.commit(nil, c.w.Trade(ord(d, false, 2, 10_000, 60_000_000), ord(a, true, 1, 30_000, 60_000_000), 10_000, 300, 120),
		c.w.Withdraw(state.WithdrawalMsg{AccountID: b, Slot: 9, Nonce: 3, ExpirySeconds: 1 << 39, AmountQuantums: 1_000, L1Address: c.w.Account(b).L1Address})))
	fa, _, err := c.rollup.ForcedWithdrawal(c.ctx, c.sim.Transactor(3), d, 2_000)
	must(err)
	fb, _, err := c.rollup.ForcedWithdrawal(c.ctx, c.sim.Transactor(3), d, 1<<50)
	must(err)
	if fa+1 != fb {
		t.Fatalf("queue indices %d %d", fa, fb)
	}
	addr := c.w.Account(d).L1Address
	must(c.commit(nil, c.w.ForcedWithdraw(d, 2_000, addr, true), c.w.ForcedWithdraw(d, 1<<50, addr, false)))
	must(c.commit(nil, testkit.Noop(), testkit.Noop()))

	s, err := Rebuild(c.ctx, c.sim.Client(), c.rollup.Address(), Options{Config: c.cfg})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if root := c.w.StateRoot(); s.Batches != 5 || s.Root != root {
		t.Fatalf("rebuilt %d batches to %s, want 5 to %s", s.Batches, s.Root.String(), root.String())
	}
	if g := s.Tree.Globals(); g != c.w.Globals {
		t.Fatalf("globals %+v, want %+v", g, c.w.Globals)
	}
	for _, id := range []uint32{a, b, d, 3} {
		got, err := s.Tree.Account(id)
		if err != nil {
			t.Fatal(err)
		}
		if want := c.w.Account(id); got != want {
			t.Fatalf("account %d: %+v, want %+v", id, got, want)
		}
		for _, slot := range []uint16{1, 2, 4, 9} {
			if got, _ := s.Tree.Slot(id, slot); got != c.w.Slot(id, slot) {
				t.Fatalf("account %d slot %d: %+v, want %+v", id, slot, got, c.w.Slot(id, slot))
			}
		}
		claim, err := s.Claim(id)
		if err != nil {
			t.Fatal(err)
		}
		want := c.w.Account(id)
		markets := c.w.Markets
		if v, err := l1.EscapeValue(&want, &markets); err != nil || claim.Value.Cmp(v) != 0 || claim.Proof.Root() != s.Root {
			t.Fatalf("account %d: claim %s", id, claim.Value)
		}
	}
	if _, err := Run(c.ctx, c.sim.Client(), s, a, c.sim.Transactor(1)); !errors.Is(err, ErrNotFrozen) {
		t.Fatalf("escape before freezing: %v", err)
	}
}

// TestRebuildRootMismatch checks a batch whose committed root is not what its pubdata replays to (possible
// only with a broken verifier) stops the rebuild with ErrRootMismatch.
func TestRebuildRootMismatch(t *testing.T) {
	c := newChain(t)
	_, da := c.open(1, 1_000)
	var wrong fr.Element
	wrong.SetUint64(42)
	if err := c.commit(&wrong, da, testkit.Noop()); err != nil {
		t.Fatal(err)
	}
	if _, err := Rebuild(c.ctx, c.sim.Client(), c.rollup.Address(), Options{Config: c.cfg}); !errors.Is(err, ErrRootMismatch) {
		t.Fatalf("got %v, want ErrRootMismatch", err)
	}
	if _, err := Rebuild(c.ctx, c.sim.Client(), common.Address{1}, Options{Config: c.cfg}); !errors.Is(err, l1.ErrNoEvent) {
		t.Fatalf("no rollup: %v, want ErrNoEvent", err)
	}
}

// TestRebuildRisk commits batches with every protocol v2 record kind and two funding ticks — deposits, a
// trade, a tick with a transfer that creates an isolated sub-account, a liquidation with a fee and one with
// an insurance payment, a deleveraging, and a tick with no-ops that leaves every position's funding
// unsettled — rebuilds the state from L1, freezes the rollup and escapes: every rebuilt account equals the
// replaying sequencer's, and escape() pays each account l1.EscapeValue, which includes its unsettled funding.
// The replay's effects themselves are checked against hand-computed values in state.TestReplayBatch.
func TestRebuildRisk(t *testing.T) {
	rebuildRiskAndEscape(t, newChain(t))
}

// rebuildRiskAndEscape is TestRebuildRisk on chain c, whose first two batches go in one transaction when c
// commits through an operator that makes inner calls (c.via).
func rebuildRiskAndEscape(t *testing.T, c *chain) {
	a, da := c.deposit(1, 1_000_000)
	b, db := c.deposit(2, 2_000_000)
	d, dd := c.deposit(3, 3_000_000)
	x := state.L2AccountBase + 1
	c.hold = true
	c.replay(c.prices(), da, db)
	c.replay(c.prices(), dd, state.Record{Trade: &state.TradeRecord{Market: 1, TakerIsBuy: true, TakerAccount: a, MakerAccount: b,
		SizeQuantums: 10_000, Price: 61_000_000, TakerFee: 610, MakerFee: 120, TakerFeePpm: 1_000, MakerFeePpm: 196, TakerSlot: 4, TakerNonce: 2, MakerSlot: 5, MakerNonce: 1}})
	if err := c.flush(); err != nil {
		t.Fatal(err)
	}

	c.advance(fundingInterval * time.Second)
	tick := c.prices()
	tick.Prices[0], tick.RatesPpm[0], tick.RatesPpm[1] = 62_000_000, 501, -7
	c.replay(tick, state.Record{Transfer: &state.TransferRecord{FromAccount: a, ToAccount: x, AmountQuantums: 100_000, Slot: 9, Nonce: 1, MarginMode: 1}})
	c.replay(c.prices(),
		state.Record{Liquidate: &state.LiquidateRecord{Market: 1, Liquidated: a, Liquidator: d, SizeQuantums: 4_000, Price: 55_000_000,
			LiquidationFee: 2_200, LiquidatorFee: 50, LiquidatorFeePpm: 227, LiquidatorSlot: 6, LiquidatorNonce: 3}},
		state.Record{Liquidate: &state.LiquidateRecord{Market: 1, Liquidated: a, Liquidator: d, SizeQuantums: 1_000, Price: 55_000_000,
			LiquidatorFee: 11, LiquidatorFeePpm: 200, LiquidatorSlot: 6, LiquidatorNonce: 3, InsurancePayQuant: 70}})
	c.replay(c.prices(), state.Record{Deleverage: &state.DeleverageRecord{Market: 1, Deleveraged: a, Counterparty: b, SizeQuantums: 2_000, QuoteQuantums: 118_000}})
	c.advance(fundingInterval * time.Second)
	tick = c.prices()
	tick.Prices[0], tick.RatesPpm[0] = 59_000_000, -300
	c.replay(tick)

	g := c.seq.Globals()
	m := c.seq.Markets()
	if g.LastFundingTimeSeconds != g.SystemTimeSeconds || m[0].FundingIndex == c.w.Markets[0].FundingIndex {
		t.Fatalf("no tick: globals %+v, market 1 %+v", g, m[0])
	}
	s, err := Rebuild(c.ctx, c.sim.Client(), c.rollup.Address(), Options{Config: c.cfg})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if want := c.seq.Root(); s.Batches != 6 || s.Root != want || s.Tree.Globals() != g {
		t.Fatalf("rebuilt %d batches to %s, want 6 to %s", s.Batches, s.Root.String(), want.String())
	}
	ids := []uint32{a, b, d, x}
	unsettled := 0
	for _, id := range ids {
		got, err := s.Tree.Account(id)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := c.seq.Account(id)
		if got != want || got.IsEmpty() {
			t.Fatalf("account %d: %+v, want %+v", id, got, want)
		}
		for _, p := range got.Positions {
			if p.Market != 0 && p.FundingIndex != m[p.Market-1].FundingIndex {
				unsettled++
			}
		}
	}
	if unsettled == 0 {
		t.Fatal("no position with unsettled funding")
	}
	for slot, want := range map[[2]uint32]state.Slot{{a, 4}: {Nonce: 2, Filled: 10_000}, {a, 9}: {Nonce: 1, Filled: state.SlotConsumed},
		{b, 5}: {Nonce: 1, Filled: 10_000}, {d, 6}: {Nonce: 3, Filled: 5_000}} {
		if got, _ := s.Tree.Slot(slot[0], uint16(slot[1])); got != want {
			t.Fatalf("account %d slot %d: %+v, want %+v", slot[0], slot[1], got, want)
		}
	}
	if xa, _ := s.Tree.Account(x); xa.MarginMode != 1 || xa.L1Address != state.L1Address(c.sim.Address(1)) {
		t.Fatalf("created account %+v", xa)
	}

	// Freeze with an overdue forced withdrawal, rebuild again and escape every account with value.
	if _, _, err := c.rollup.ForcedWithdrawal(c.ctx, c.sim.Transactor(2), b, 1); err != nil {
		t.Fatal(err)
	}
	c.advance(8 * 24 * time.Hour)
	idx, err := FindOverdue(c.ctx, c.sim.Client(), c.rollup.Address())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Freeze(c.ctx, c.sim.Client(), c.rollup.Address(), c.sim.Transactor(3), idx); err != nil {
		t.Fatal(err)
	}
	s2, err := Rebuild(c.ctx, c.sim.Client(), c.rollup.Address(), Options{Config: c.cfg})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	paid := 0
	for _, id := range ids {
		acct, _ := s2.Tree.Account(id)
		want, err := l1.EscapeValue(&acct, &m)
		if err != nil {
			t.Fatal(err)
		}
		owner := common.Address(acct.L1Address)
		before, err := c.rollup.EscapeClaim(c.ctx, owner)
		if err != nil {
			t.Fatal(err)
		}
		_, err = Run(c.ctx, c.sim.Client(), s2, id, c.sim.Transactor(0)) // owns no account: the claim stays
		if want.Sign() == 0 {
			if !errors.Is(err, ErrNothingToEscape) {
				t.Fatalf("account %d without value: %v", id, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("account %d: %v", id, err)
		}
		after, err := c.rollup.EscapeClaim(c.ctx, owner)
		if err != nil {
			t.Fatal(err)
		}
		if got := new(big.Int).Sub(after, before); got.Cmp(want) != 0 {
			t.Fatalf("account %d: escape claimed %s, want %s", id, got, want)
		}
		paid++
	}
	if paid < 3 {
		t.Fatalf("%d accounts escaped, want at least 3", paid)
	}
}

// TestRebuildConfig checks Rebuild refuses a different configuration, and without one a rollup whose
// configuration nobody published (ErrConfigNotPublished), then rebuilds from the configuration a stranger
// published; and that a config hash set again by governance, to the same hash, after a batch keeps it.
func TestRebuildConfig(t *testing.T) {
	c := newChain(t)
	_, da := c.deposit(1, 1_000)
	c.replay(c.prices(), da)
	other := *c.cfg
	other.LiquidationFeePpm++
	if _, err := Rebuild(c.ctx, c.sim.Client(), c.rollup.Address(), Options{Config: &other}); !errors.Is(err, ErrConfigMismatch) {
		t.Fatalf("other config: %v, want ErrConfigMismatch", err)
	}
	if _, err := Rebuild(c.ctx, c.sim.Client(), c.rollup.Address(), Options{}); !errors.Is(err, ErrConfigNotPublished) {
		t.Fatalf("no config, none published: %v, want ErrConfigNotPublished", err)
	}
	if _, err := c.rollup.PublishConfig(c.ctx, c.sim.Transactor(3), c.cfg); err != nil {
		t.Fatal(err)
	}
	s, err := Rebuild(c.ctx, c.sim.Client(), c.rollup.Address(), Options{MaxLogRange: 2})
	if err != nil {
		t.Fatalf("no config, published: %v", err)
	}
	if want := c.seq.Root(); s.Batches != 1 || s.Root != want {
		t.Fatalf("rebuilt %d batches to %s, want 1 to %s", s.Batches, s.Root.String(), want.String())
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	op := c.sim.Transactor(0)
	h := c.cfg.Hash()
	if _, err := c.rollup.ProposeChange(c.ctx, op, l1.ChangeConfigHash, [32]byte{}, h); err != nil {
		t.Fatal(err)
	}
	c.advance(15 * 24 * time.Hour)
	if _, err := c.rollup.ApplyChange(c.ctx, op, l1.ChangeConfigHash, [32]byte{}, h); err != nil {
		t.Fatal(err)
	}
	s, err = Rebuild(c.ctx, c.sim.Client(), c.rollup.Address(), Options{Config: c.cfg})
	if err != nil {
		t.Fatalf("config hash set again after a batch: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestRebuildConfigChange rotates the configuration through governance between batches — new oracle keys, a
// shorter funding interval and a higher rate cap — and rebuilds with each batch's configuration. The
// batches depend on theirs: batch 2 comes when a tick is due under the new interval only (the old
// configuration's replay leaves the funding time, the new one's moves it), batch 4 carries a rate over the old
// cap when a tick is due under the new interval only (the old configuration's replay rejects it); a second
// rotation (a new liquidation fee) follows with batch 5. Each new configuration must be published before its
// change applies (ConfigNotPublished). Nobody published the genesis configuration: without Options.Config the
// rebuild stops with ErrConfigNotPublished naming its hash until a stranger publishes it, which stays possible
// after both rotations (issue 20 item 3), then reaches the contract's root; given the old configuration it
// reads the new ones from L1; given the new one it refuses it for the first batch.
func TestRebuildConfigChange(t *testing.T) {
	c := newChain(t)
	old := c.cfg
	next := *old
	next.FundingIntervalSeconds, next.MaxFundingRatePpm = fundingInterval/2, 2*old.MaxFundingRatePpm
	for i := range next.OracleKeys {
		next.OracleKeys[i] = testkit.PubKey(testkit.Key(uint64(200 + i)))
	}
	if err := next.Validate(); err != nil {
		t.Fatal(err)
	}
	const between = fundingInterval*3/4 + 1 // a tick is due under the new interval, not under the old one

	_, da := c.deposit(1, 1_000_000)
	_, db := c.deposit(2, 1_000_000)
	c.replay(c.prices(), da, db)
	c.advance(between * time.Second)
	c.replay(c.prices())
	op := c.sim.Transactor(0)
	if _, err := c.rollup.ProposeChange(c.ctx, op, l1.ChangeConfigHash, [32]byte{}, next.Hash()); err != nil {
		t.Fatal(err)
	}
	c.advance(15 * 24 * time.Hour)
	tick := c.prices()
	tick.RatesPpm[0] = int16(old.MaxFundingRatePpm)
	c.replay(tick)
	rotate := func(to *state.Config) {
		t.Helper()
		_, err := c.rollup.ApplyChange(c.ctx, op, l1.ChangeConfigHash, [32]byte{}, to.Hash())
		var re *l1.RevertError
		if !errors.As(err, &re) || re.Name != "ConfigNotPublished" {
			t.Fatalf("apply an unpublished configuration: %v, want ConfigNotPublished", err)
		}
		if _, err := c.rollup.PublishConfig(c.ctx, c.sim.Transactor(3), to); err != nil {
			t.Fatal(err)
		}
		if _, err := c.rollup.ApplyChange(c.ctx, op, l1.ChangeConfigHash, [32]byte{}, to.Hash()); err != nil {
			t.Fatal(err)
		}
		c.cfg = to
	}
	rotate(&next)
	c.advance(between * time.Second)
	tick = c.prices()
	tick.RatesPpm[0] = int16(next.MaxFundingRatePpm)
	c.replay(tick)
	third := next
	third.LiquidationFeePpm++
	if _, err := c.rollup.ProposeChange(c.ctx, op, l1.ChangeConfigHash, [32]byte{}, third.Hash()); err != nil {
		t.Fatal(err)
	}
	c.advance(15 * 24 * time.Hour)
	c.replay(c.prices())
	rotate(&third)
	c.replay(c.prices())

	_, err := Rebuild(c.ctx, c.sim.Client(), c.rollup.Address(), Options{})
	if h := fmt.Sprintf("%x", old.Hash()); !errors.Is(err, ErrConfigNotPublished) || !strings.Contains(err.Error(), h) {
		t.Fatalf("genesis configuration not published: %v, want ErrConfigNotPublished naming %s", err, h)
	}
	if _, err := c.rollup.PublishConfig(c.ctx, c.sim.Transactor(3), old); err != nil {
		t.Fatalf("publish the genesis configuration after two rotations: %v", err)
	}
	want := c.seq.Root()
	for _, given := range []*state.Config{nil, old} {
		s, err := Rebuild(c.ctx, c.sim.Client(), c.rollup.Address(), Options{Config: given, MaxLogRange: 3})
		if err != nil {
			t.Fatalf("given %v: %v", given != nil, err)
		}
		if s.Batches != 6 || s.Root != want {
			t.Fatalf("given %v: rebuilt %d batches to %s, want 6 to %s", given != nil, s.Batches, s.Root.String(), want.String())
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Rebuild(c.ctx, c.sim.Client(), c.rollup.Address(), Options{Config: &next}); !errors.Is(err, ErrConfigMismatch) {
		t.Fatalf("given the new configuration: %v, want ErrConfigMismatch", err)
	}
}

// prunedError is go-ethereum's JSON-RPC error for history it no longer keeps.
type prunedError struct{}

func (prunedError) Error() string  { return "pruned history unavailable" }
func (prunedError) ErrorCode() int { return 4444 }

// pruningBackend refuses, as pruned, the log queries for BatchCommitted that reach below block first.
type pruningBackend struct {
	Backend
	first uint64
}

func (b pruningBackend) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	batch := bindings.NewRollup().GetABI().Events[bindings.RollupBatchCommittedEventName].ID
	if len(q.Topics) > 0 && slices.Contains(q.Topics[0], batch) && q.FromBlock.Uint64() < b.first {
		return nil, prunedError{}
	}
	return b.Backend.FilterLogs(ctx, q)
}

// TestRebuildPrunedHistory checks a node that refuses the batches' logs as pruned history stops the rebuild
// with ErrHistoryUnavailable naming the refused blocks and the nodes that serve them, and that any other
// failure to read logs is not reported as missing history.
func TestRebuildPrunedHistory(t *testing.T) {
	c := newChain(t)
	_, da := c.deposit(1, 1_000)
	c.replay(c.prices(), da)
	head, err := c.sim.Client().BlockNumber(c.ctx)
	if err != nil {
		t.Fatal(err)
	}
	_, err = Rebuild(c.ctx, pruningBackend{Backend: c.sim.Client(), first: head + 1}, c.rollup.Address(), Options{Config: c.cfg, MaxLogRange: 4})
	if !errors.Is(err, ErrHistoryUnavailable) || !strings.Contains(err.Error(), "BatchCommitted logs of blocks") ||
		!strings.Contains(err.Error(), "archive node") {
		t.Fatalf("pruned node: %v, want ErrHistoryUnavailable naming the blocks and an archive node", err)
	}
	t.Log(err)
	if refusedHistory(errors.New("query timeout exceeded")) || refusedHistory(errors.New("missing trie node in state history")) || !refusedHistory(fmt.Errorf("l1: %w", prunedError{})) {
		t.Fatal("refusedHistory misclassifies")
	}
}

package prover

import (
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/logger"

	"github.com/perpx/perpx/circuits"
	"github.com/perpx/perpx/circuits/testkit"
	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/feed"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/state"
)

const batchTime = 1_000_100

var batch2 = sync.OnceValues(func() (constraint.ConstraintSystem, error) {
	logger.Disable()
	return frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, circuits.NewBatchCircuit(2))
})

func solveBatch(t *testing.T, c *circuits.BatchCircuit) error {
	t.Helper()
	ccs, err := batch2()
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	w, err := frontend.NewWitness(c, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatalf("witness: %v", err)
	}
	return ccs.IsSolved(w)
}

func batchOrd(id uint32, buy bool, slot uint16, nonce uint32, size, limit uint64) state.OrderMsg {
	return state.OrderMsg{AccountID: id, Market: 1, IsBuy: buy, Slot: slot, Nonce: nonce,
		ExpirySeconds: batchTime + 60, MaxFeePpm: 1_000, SizeQuantums: size, LimitPrice: limit}
}

// sealedTradeWithdrawal returns a batch of 2 holding a trade and a withdrawal, after a batch of deposits.
func sealedTradeWithdrawal(t *testing.T) *state.SealedBatch {
	t.Helper()
	w := testkit.NewWorld()
	w.Open(0, 1_000_000_000)
	w.Open(1, 1_000_000_000)
	b := w.Begin()
	b.Add(w.Trade(batchOrd(0, true, 1, 1, 20_000, 61_000_000), batchOrd(1, false, 2, 1, 20_000, 60_000_000), 20_000, 600, 240))
	a := w.Account(1)
	b.Add(w.Withdraw(state.WithdrawalMsg{AccountID: 1, Slot: 3, Nonce: 1, ExpirySeconds: batchTime, AmountQuantums: 500_000, L1Address: a.L1Address}))
	return b.Seal(2, 7, batchTime, w.Config.Hash())
}

func TestBatchAssignSatisfies(t *testing.T) {
	sb := sealedTradeWithdrawal(t)
	c, err := Assign(sb)
	if err != nil {
		t.Fatal(err)
	}
	if err := solveBatch(t, c); err != nil {
		t.Fatalf("valid batch rejected: %v", err)
	}
}

// sealedDepositNoop returns a batch of 2 holding a deposit into a new account and a no-op.
func sealedDepositNoop(t *testing.T) *state.SealedBatch {
	t.Helper()
	w := testkit.NewWorld()
	w.Open(0, 1_000)
	b := w.Begin()
	b.Add(w.Open(9, 123_456))
	return b.Seal(2, 8, batchTime, w.Config.Hash())
}

// TestBatchMutations alters the commitment, each header input and every pubdata-relevant field of a valid
// batch assignment and requires rejection.
func TestBatchMutations(t *testing.T) {
	for name, sealed := range map[string]func(*testing.T) *state.SealedBatch{
		"trade+withdrawal": sealedTradeWithdrawal,
		"deposit+noop":     sealedDepositNoop,
	} {
		c, err := Assign(sealed(t))
		if err != nil {
			t.Fatal(err)
		}
		if err := solveBatch(t, c); err != nil {
			t.Fatalf("%s: valid batch rejected: %v", name, err)
		}
		inc := func(p *frontend.Variable) func() {
			orig := *p
			return func() { *p = new(big.Int).Add(toBig(orig), big.NewInt(1)) }
		}
		muts := map[string]*frontend.Variable{
			"Commitment": &c.Commitment, "OldAccountsRoot": &c.OldAccountsRoot, "BatchNumber": &c.BatchNumber,
			"Timestamp": &c.Timestamp, "Config.OracleKeys[0].X": &c.Config.OracleKeys[0].X,
			"Config.OracleKeys[4].Y": &c.Config.OracleKeys[4].Y, "Config.MaxFundingRatePpm": &c.Config.MaxFundingRatePpm,
			"Config.FundingIntervalSeconds": &c.Config.FundingIntervalSeconds,
			"Config.OracleMaxAgeSeconds":    &c.Config.OracleMaxAgeSeconds, "Config.LiquidationFeePpm": &c.Config.LiquidationFeePpm,
			"Markets[0].OraclePrice": &c.Markets[0].OraclePrice, "Markets[7].StepSize": &c.Markets[7].StepSize,
			"Markets[0].TierSize": &c.Markets[0].TierSize, "Markets[1].TierMmfPpm": &c.Markets[1].TierMmfPpm,
			"Markets[0].LastOracleTime": &c.Markets[0].LastOracleTime,
			"OldGlobals.InsuranceFund":  &c.OldGlobals.InsuranceFund, "OldGlobals.FeePool": &c.OldGlobals.FeePool,
			"OldGlobals.SystemTime": &c.OldGlobals.SystemTime, "OldGlobals.LastFundingTime": &c.OldGlobals.LastFundingTime,
			"MarketUpdate.Prices[0]": &c.MarketUpdate.Prices[0], "MarketUpdate.Prices[7]": &c.MarketUpdate.Prices[7],
			"MarketUpdate.RatesPpm[0]": &c.MarketUpdate.RatesPpm[0], "MarketUpdate.Update": &c.MarketUpdate.Update,
		}
		for i := range c.Txs {
			tx := &c.Txs[i]
			all := map[string]*frontend.Variable{
				"IsDeposit": &tx.IsDeposit, "IsTrade": &tx.IsTrade, "IsWithdrawal": &tx.IsWithdrawal,
				"IsTransfer": &tx.IsTransfer, "IsLiquidate": &tx.IsLiquidate, "IsDeleverage": &tx.IsDeleverage,
				"IsForcedTrade": &tx.IsForcedTrade, "IsMarketParams": &tx.IsMarketParams,
				"A.ID": &tx.A.ID, "B.ID": &tx.B.ID, "Amount": &tx.Amount, "L1Address": &tx.L1Address,
				"DepositKeyY": &tx.DepositKeyY, "FillSize": &tx.FillSize, "TakerFee": &tx.TakerFee, "MakerFee": &tx.MakerFee,
				"Market": &tx.Market, "TakerIsBuy": &tx.TakerIsBuy, "MsgA.Nonce": &tx.MsgA.Nonce, "MsgB.Nonce": &tx.MsgB.Nonce,
				"MsgB.LimitPrice": &tx.MsgB.LimitPrice, "SlotA.Slot": &tx.SlotA.Slot, "SlotB.Slot": &tx.SlotB.Slot,
				"A.Before.Collateral": &tx.A.Before.Collateral,
			}
			for _, field := range boundFields[txKind(tx)] {
				muts[fmt.Sprintf("Txs[%d].%s", i, field)] = all[field]
			}
		}
		for field, p := range muts {
			orig := *p
			inc(p)()
			err := solveBatch(t, c)
			*p = orig
			if err == nil {
				t.Errorf("%s: %s +1 accepted", name, field)
			}
		}
	}
}

// boundFields are, per transaction type, the slot fields that reach the record or the new root.
var boundFields = map[string][]string{
	"noop":    {"IsDeposit", "IsTrade", "IsWithdrawal", "IsTransfer", "IsLiquidate", "IsDeleverage", "IsForcedTrade", "IsMarketParams"},
	"deposit": {"IsDeposit", "IsTrade", "IsWithdrawal", "IsTransfer", "IsLiquidate", "IsDeleverage", "IsForcedTrade", "IsMarketParams", "A.ID", "Amount", "L1Address", "DepositKeyY", "A.Before.Collateral"},
	"trade": {"IsDeposit", "IsTrade", "IsWithdrawal", "IsTransfer", "IsLiquidate", "IsDeleverage", "IsForcedTrade", "IsMarketParams", "A.ID", "B.ID", "FillSize", "TakerFee", "MakerFee", "Market",
		"TakerIsBuy", "MsgA.Nonce", "MsgB.Nonce", "MsgB.LimitPrice", "SlotA.Slot", "SlotB.Slot", "A.Before.Collateral"},
	"withdrawal": {"IsDeposit", "IsTrade", "IsWithdrawal", "IsTransfer", "IsLiquidate", "IsDeleverage", "IsForcedTrade", "IsMarketParams", "A.ID", "Amount", "L1Address", "MsgA.Nonce", "SlotA.Slot",
		"A.Before.Collateral"},
}

func txKind(tx *circuits.TxVars) string {
	switch {
	case toBig(tx.IsDeposit).Sign() != 0:
		return "deposit"
	case toBig(tx.IsTrade).Sign() != 0:
		return "trade"
	case toBig(tx.IsWithdrawal).Sign() != 0:
		return "withdrawal"
	}
	return "noop"
}

func toBig(x any) *big.Int {
	switch v := x.(type) {
	case *big.Int:
		return new(big.Int).Set(v)
	case uint64:
		return new(big.Int).SetUint64(v)
	case uint8:
		return big.NewInt(int64(v))
	case int:
		return big.NewInt(int64(v))
	}
	panic(fmt.Sprintf("unexpected variable type %T", x))
}

func TestAssignRejectsInconsistentBatch(t *testing.T) {
	sb := sealedTradeWithdrawal(t)
	sb.Header.NewRoot.SetUint64(1)
	if _, err := Assign(sb); !errors.Is(err, ErrBatch) {
		t.Fatalf("wrong header root: %v", err)
	}
	sb = sealedTradeWithdrawal(t)
	sb.Txs = sb.Txs[:1]
	if _, err := Assign(sb); !errors.Is(err, ErrBatch) {
		t.Fatalf("short batch: %v", err)
	}
}

// TestBatchTimestampBeforeSystemTime seals a consistent batch whose timestamp is below the old system time:
// only the monotonic-time rule breaks, and the circuit must reject it.
func TestBatchTimestampBeforeSystemTime(t *testing.T) {
	w := testkit.NewWorld()
	b := w.Begin()
	b.Add(w.Open(4, 1_000))
	sb := b.Seal(2, 1, w.Globals.SystemTimeSeconds-1, w.Config.Hash())
	c, err := Assign(sb)
	if err != nil {
		t.Fatal(err)
	}
	if solveBatch(t, c) == nil {
		t.Fatal("timestamp before the system time accepted")
	}
}

// TestBatchFeePoolOverflow seals a batch whose fees overflow the u64 fee pool (the native model wraps): the
// circuit must reject it.
func TestBatchFeePoolOverflow(t *testing.T) {
	w := testkit.NewWorld()
	w.Open(0, 1_000_000_000)
	w.Open(1, 1_000_000_000)
	w.Globals.FeePoolQuantums = ^uint64(0) - 100
	b := w.Begin()
	b.Add(w.Trade(batchOrd(0, true, 1, 1, 20_000, 61_000_000), batchOrd(1, false, 2, 1, 20_000, 60_000_000), 20_000, 600, 240))
	c, err := Assign(b.Seal(2, 1, batchTime, w.Config.Hash()))
	if err != nil {
		t.Fatal(err)
	}
	err = solveBatch(t, c)
	if err == nil {
		t.Fatal("fee pool overflow accepted")
	}
	t.Log(err)
}

type fixedClock struct{ t time.Time }

func (c fixedClock) Now() time.Time { return c.t }

// TestAssignSequencerBatches seals batches with the sequencer's engine and sealer (deposits, then a trade and a
// withdrawal), reads them back from its batch store, and requires the batch circuit to accept their
// assignments.
func TestAssignSequencerBatches(t *testing.T) {
	v := newEnv(t)
	store, err := wal.OpenBatchStore("batches", vfs.NewMem(), slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	cfg := testkit.DefaultConfig()
	s, err := engine.NewSealer(v.tree, v.e, store, fixedClock{time.Unix(diffBatchTime, 0)}, cfg.Hash(), 2)
	if err != nil {
		t.Fatal(err)
	}
	of := &feed.OracleFeed{Config: &cfg}
	s.SetRisk(cfg, of)
	batch := func(txs ...func() (*state.TxTrace, error)) *state.SealedBatch {
		t.Helper()
		if _, err := s.Begin(); err != nil {
			t.Fatal(err)
		}
		for _, tx := range txs {
			tr, err := tx()
			if err != nil {
				t.Fatal(err)
			}
			s.Add(tr)
		}
		b, err := s.Seal()
		if err != nil {
			t.Fatal(err)
		}
		stored, err := store.Get(b.Header.BatchNumber)
		if err != nil {
			t.Fatal(err)
		}
		return stored
	}
	deposit := func(id uint32) func() (*state.TxTrace, error) {
		return func() (*state.TxTrace, error) { return v.e.Deposit(depositRec(id, bigFunds)) }
	}
	batches := []*state.SealedBatch{
		batch(deposit(1), deposit(2)),
		batch(func() (*state.TxTrace, error) {
			return v.trade(ord(1, true, 1, 1, 10_000, 61_000_000), ord(2, false, 2, 1, 20_000, 60_000_000), 10_000)
		}, func() (*state.TxTrace, error) { return v.withdraw(wd(2, 3, 1, 5_000)) }),
		batch(deposit(3)),
	}
	// A price drop by an oracle quorum makes account 1 liquidatable; the batch liquidates it and transfers.
	v.edit(1, func(a *state.Account) {
		a.CollateralQuantums = 300_000 - 6_000_000
		a.Positions[0] = state.Position{Market: 1, SizeQuantums: 100_000, FundingIndex: v.tree.Markets()[0].FundingIndex}
	})
	of.SetReports(oracleQuorumAt(58_500_000, diffBatchTime))
	batches = append(batches, batch(func() (*state.TxTrace, error) {
		return v.e.Liquidate(&cfg, 1, sign(ord(3, true, 5, 1, 100_000, 58_500_000)), 50_000)
	}, func() (*state.TxTrace, error) {
		return v.e.Transfer(signTransfer(xfer(3, state.L2AccountBase+5, 1_000, 1)))
	}))
	if last := batches[len(batches)-1]; len(last.Market.Reports) != state.OracleQuorum || last.Txs[0].Record.Liquidate == nil {
		t.Fatal("the last batch lacks its oracle quorum or its liquidation")
	}
	for _, b := range batches {
		c, err := Assign(b)
		if err != nil {
			t.Fatalf("batch %d: %v", b.Header.BatchNumber, err)
		}
		if err := solveBatch(t, c); err != nil {
			t.Fatalf("batch %d rejected: %v", b.Header.BatchNumber, err)
		}
	}
}

// setPositioned opens account id with the given collateral and a position of size s in market 1 at its
// current funding index.
func setPositioned(w *testkit.World, id uint32, collateral, s int64) {
	w.Open(id, 1)
	a := w.Account(id)
	a.CollateralQuantums = collateral
	if s != 0 {
		a.Positions[0] = state.Position{Market: 1, SizeQuantums: s, FundingIndex: w.Markets[0].FundingIndex}
	}
	w.SetAccount(id, a)
}

// oracleQuorum signs three fresh reports moving market 1 to price p1 (the median) and market 2 to 3.
func oracleQuorum(p1 uint64) []state.SignedOracleReport { return oracleQuorumAt(p1, batchTime) }

// oracleQuorumAt is oracleQuorum for a batch at ts.
func oracleQuorumAt(p1, ts uint64) []state.SignedOracleReport {
	out := make([]state.SignedOracleReport, 0, state.OracleQuorum)
	for j, signer := range []uint8{0, 3, 4} {
		r := state.OracleReport{TimestampSeconds: ts - uint64(j)*10,
			Prices: [state.MarketCount]uint64{p1 + uint64(j)*1_000, 3_000_000, 1_000_000}}
		out = append(out, testkit.SignReport(signer, r))
	}
	return out
}

// TestBatchRiskKinds proves batches of the protocol v2 kinds through the batch circuit: an oracle price
// update with a funding tick, then a liquidation with the fee at its cap and a transfer that creates an L2
// account; and an oracle update, then a deleveraging and a no-op.
func TestBatchRiskKinds(t *testing.T) {
	build := func(price uint64, txs func(w *testkit.World, b *testkit.Batch)) *state.SealedBatch {
		w := testkit.NewWorld()
		setPositioned(w, 0, 300_000-6_000_000, 100_000)
		setPositioned(w, 1, 1_000_000_000, -100_000)
		setPositioned(w, 2, 1_000_000_000, 0)
		b := w.Begin()
		if err := b.UpdateMarkets(batchTime, oracleQuorum(price), [state.MarketCount]int16{0, 250}); err != nil {
			t.Fatal(err)
		}
		txs(w, b)
		return b.Seal(2, 3, batchTime, w.Config.Hash())
	}
	batches := map[string]*state.SealedBatch{
		"liquidate+transfer": build(58_500_000, func(w *testkit.World, b *testkit.Batch) {
			b.Add(w.Liquidate(0, batchOrd(2, true, 1, 1, 100_000, 58_500_000), 50_000, 29_250, 2_925, 0))
			b.Add(w.Transfer(state.TransferMsg{FromAccount: 2, ToAccount: state.L2AccountBase + 1, Slot: 2, Nonce: 1,
				ExpirySeconds: batchTime, AmountQuantums: 1_000, MarginMode: 1}))
		}),
		"deleverage+noop": build(56_000_000, func(w *testkit.World, b *testkit.Batch) {
			b.Add(w.Deleverage(0, 1, 1, false, 100_000, 5_700_000))
		}),
	}
	for name, sb := range batches {
		if !sb.Market.Tick || len(sb.Market.Reports) != state.OracleQuorum {
			t.Fatalf("%s: want a tick and a quorum", name)
		}
		c, err := Assign(sb)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := solveBatch(t, c); err != nil {
			t.Fatalf("%s: valid batch rejected: %v", name, err)
		}
		// The insurance fund, the market update and the records are bound by the commitment.
		c.MarketUpdate.Prices[0] = new(big.Int).Add(toBig(c.MarketUpdate.Prices[0]), big.NewInt(1))
		if solveBatch(t, c) == nil {
			t.Fatalf("%s: market 1 price +1 accepted", name)
		}
	}
}

package l1

import (
	"bytes"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/perpx/perpx/l1/bindings"
	"github.com/perpx/perpx/state"
)

const (
	maxTimestampAhead = 15 * 60   // Rollup.MAX_TIMESTAMP_AHEAD
	maxTimestampLag   = 24 * 3600 // Rollup.MAX_TIMESTAMP_LAG
)

// TestPublicInputMatchesState checks the contract's public input equals state.PublicInput on random headers
// and pubdata of every length up to a 32-record batch.
func TestPublicInputMatchesState(t *testing.T) {
	e := newEnv(t)
	seed := testSeed(t)
	rng := rand.New(rand.NewPCG(seed, 1))
	lengths := []int{0, 1, 63, 64, 128, 129, 512, 2048}
	for i := range 40 {
		var h state.BatchHeader
		switch i {
		case 0: // the extreme roots
			h.OldRoot.SetBigInt(new(big.Int).Sub(fr.Modulus(), big.NewInt(1)))
		default:
			h.OldRoot.SetUint64(rng.Uint64()).Exp(h.OldRoot, big.NewInt(int64(i+3)))
			h.NewRoot.SetUint64(rng.Uint64()).Exp(h.NewRoot, big.NewInt(int64(i+5)))
		}
		h.BatchNumber, h.TimestampSeconds = rng.Uint64(), rng.Uint64()
		for j := range h.ConfigHash {
			h.ConfigHash[j] = byte(rng.Uint32())
		}
		pubdata := make([]byte, lengths[i%len(lengths)])
		for j := range pubdata {
			pubdata[j] = byte(rng.Uint32())
		}
		want := state.PublicInput(&h, pubdata)
		oldRoot := h.OldRoot.Bytes()
		got, err := call(e.ctx, e.harnessC,
			e.harness.PackPublicInput(oldRoot, h.NewRoot.BigInt(new(big.Int)), h.BatchNumber, h.TimestampSeconds, h.ConfigHash, pubdata),
			e.harness.UnpackPublicInput)
		if err != nil {
			t.Fatal(err)
		}
		if got.Cmp(want) != 0 {
			t.Fatalf("case %d (%d bytes of pubdata): contract %x, state %x", i, len(pubdata), got, want)
		}
	}
}

// batch builds a batch the MockVerifier accepts: its "proof" is the public input computed in Go from the
// contract's next header.
func (e *env) batch(newRoot uint64, timestamp uint64, records ...state.Record) (fr.Element, []byte, []byte) {
	e.t.Helper()
	var root fr.Element
	root.SetUint64(newRoot)
	pd := batchPubdata(e.t, records...)
	h, err := e.rollup.NextHeader(e.ctx, root, timestamp)
	if err != nil {
		e.t.Fatal(err)
	}
	var proof [32]byte
	state.PublicInput(&h, pd).FillBytes(proof[:])
	return root, pd, proof[:]
}

// blockTime returns the latest block's timestamp.
func (e *env) blockTime() uint64 {
	e.t.Helper()
	h, err := e.b.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

// TestCommitBatch runs two batches through commitBatch with the MockVerifier, which accepts only the public
// input state.PublicInput computes from Rollup.NextHeader: deposits are consumed in order, withdrawals
// credited, trades and no-ops ignored, and the root, number, timestamp and head stored.
func TestCommitBatch(t *testing.T) {
	e := newEnv(t)
	var deposits []state.DepositRecord
	for i, u := range []int{1, 2, 3} {
		key := newKey(t)
		id, _, err := e.rollup.Deposit(e.ctx, e.sim.Transactor(u), key, uint64(100+i))
		if err != nil {
			t.Fatal(err)
		}
		deposits = append(deposits, state.DepositRecord{AccountID: id, AmountQuantums: uint64(100 + i), L1Address: state.L1Address(e.sim.Address(u)), PubKey: key})
	}
	sub := NewSubmitter(e.rollup, e.op())
	alice := e.sim.Address(4)
	ts := e.blockTime()

	root, pubdata, proof := e.batch(11, ts, depositRec(deposits[0]), withdrawalRec(alice, 40))
	receipt, err := sub.CommitBatch(e.ctx, root, ts, pubdata, withdrawalsOf(pubdata), proof)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("gas: commitBatch (2 records: deposit, withdrawal; mock verifier) %d", receipt.GasUsed)
	ev, err := bindings.NewRollup().UnpackBatchCommittedEvent(receipt.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	if ev.BatchNumber != 1 || ev.NewRoot.Uint64() != 11 || ev.Timestamp != ts || ev.QueueHead != 1 || !bytes.Equal(ev.Pubdata, pubdata) {
		t.Fatalf("BatchCommitted %+v", ev)
	}
	if s := e.status(); s.StateRoot != root || s.BatchNumber != 1 || s.Timestamp != ts || s.QueueHead != 1 || s.QueueCount != 3 {
		t.Fatalf("status %+v", s)
	}
	if got := e.queueEntry(0); got.Sign() != 0 {
		t.Fatalf("consumed queue entry 0 = %x, want deleted", got)
	}

	// An 8-record batch with the next two deposits, another withdrawal to the same address, a trade, a
	// transfer, a liquidation, a deleveraging and no-ops, at the same timestamp.
	records := []state.Record{depositRec(deposits[1]), tradeRec(), withdrawalRec(alice, 2), transferRec(), liquidateRec(),
		deleverageRec(), depositRec(deposits[2])}
	for len(records) < 8 {
		records = append(records, state.Record{})
	}
	root, pubdata, proof = e.batch(22, ts, records...)
	receipt, err = sub.CommitBatch(e.ctx, root, ts, pubdata, withdrawalsOf(pubdata), proof)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("gas: commitBatch (8 records: 2 deposits, trade, withdrawal, transfer, liquidate, deleverage, no-op; mock verifier) %d", receipt.GasUsed)
	if s := e.status(); s.StateRoot != root || s.BatchNumber != 2 || s.QueueHead != 3 {
		t.Fatalf("status %+v", s)
	}
	if p, err := e.rollup.PendingWithdrawal(e.ctx, alice); err != nil || p.Uint64() != 42 {
		t.Fatalf("pending %v %v, want 42", p, err)
	}

	// A proof of any other input is rejected by the verifier.
	root, pubdata, proof = e.batch(33, ts, state.Record{}, state.Record{})
	proof[31] ^= 1
	_, err = sub.CommitBatch(e.ctx, root, ts, pubdata, withdrawalsOf(pubdata), proof)
	wantRevert(t, err, "ProofInvalid")
}

// TestCommitBatchRejects checks every commitBatch precondition.
func TestCommitBatchRejects(t *testing.T) {
	e := newEnv(t)
	sub := NewSubmitter(e.rollup, e.op())
	ts := e.blockTime()
	noops := func(n int) []state.Record { return make([]state.Record, n) }

	// Only the operator.
	root, pubdata, proof := e.batch(1, ts, noops(2)...)
	_, err := NewSubmitter(e.rollup, e.sim.Transactor(1)).CommitBatch(e.ctx, root, ts, pubdata, withdrawalsOf(pubdata), proof)
	if args := wantRevert(t, err, "NotOperator"); args[0].(common.Address) != e.sim.Address(1) {
		t.Fatalf("NotOperator%v", args)
	}

	// Pubdata lengths: 64·(1 + N) (the market record, then N slot records) with a verifier for N.
	for _, n := range []int{0, 1, 3, 7, 9} {
		root, pubdata, proof := e.batch(1, ts, noops(n)...)
		_, err := sub.CommitBatch(e.ctx, root, ts, pubdata, withdrawalsOf(pubdata), proof)
		if args := wantRevert(t, err, "UnsupportedBatchSize"); args[0].(*big.Int).Int64() != int64(n) {
			t.Fatalf("%d records: UnsupportedBatchSize%v", n, args)
		}
	}
	for _, n := range []int{0, 1, 31, 63, 65, 95, 127, state.MarketRecordSize + 3*state.CompactRecordSize + 1,
		state.MarketRecordSize + 9*state.CompactRecordSize - 1} {
		_, err := sub.CommitBatch(e.ctx, root, ts, make([]byte, n), withdrawalsOf(make([]byte, n)), proof)
		if args := wantRevert(t, err, "BadPubdataLength"); args[0].(*big.Int).Int64() != int64(n) {
			t.Fatalf("%d bytes: BadPubdataLength%v", n, args)
		}
	}

	// Roots must be field elements: r − 1 passes the check (and the verifier), r does not.
	data := bindings.NewRollup()
	rMinus1 := new(big.Int).Sub(fr.Modulus(), big.NewInt(1))
	var top fr.Element
	top.SetBigInt(rMinus1)
	h, err := e.rollup.NextHeader(e.ctx, top, ts)
	if err != nil {
		t.Fatal(err)
	}
	pd := batchPubdata(t, noops(2)...)
	var pi [32]byte
	state.PublicInput(&h, pd).FillBytes(pi[:])
	if _, err := transact(e.ctx, e.b, e.rollup.contract, e.op(), data.PackCommitBatch(rMinus1, ts, pd, withdrawalsOf(pd), pi[:])); err != nil {
		t.Fatalf("root r − 1: %v", err)
	}
	_, err = transact(e.ctx, e.b, e.rollup.contract, e.op(), data.PackCommitBatch(fr.Modulus(), ts, pd, withdrawalsOf(pd), pi[:]))
	wantRevert(t, err, "NotInField")

	// Timestamps never go back and do not run far ahead of the block.
	root, pubdata, proof = e.batch(2, ts-1, noops(2)...)
	_, err = sub.CommitBatch(e.ctx, root, ts-1, pubdata, withdrawalsOf(pubdata), proof)
	if args := wantRevert(t, err, "TimestampBeforeLast"); args[0].(uint64) != ts-1 || args[1].(uint64) != ts {
		t.Fatalf("TimestampBeforeLast%v", args)
	}
	far := e.blockTime() + 2*maxTimestampAhead
	root, pubdata, proof = e.batch(2, far, noops(2)...)
	_, err = sub.CommitBatch(e.ctx, root, far, pubdata, withdrawalsOf(pubdata), proof)
	wantRevert(t, err, "TimestampTooFarAhead")
	// Once the chain's clock catches up, the same batch is accepted.
	if err := e.sim.AdjustTime(2 * maxTimestampAhead * time.Second); err != nil {
		t.Fatal(err)
	}
	if _, err := sub.CommitBatch(e.ctx, root, far, pubdata, withdrawalsOf(pubdata), proof); err != nil {
		t.Fatal(err)
	}
	// Nor lag more than MAX_TIMESTAMP_LAG behind it: a batch stamped at the last batch's time is refused once
	// the chain is more than a day later.
	root, pubdata, proof = e.batch(3, far, noops(2)...)
	if err := e.sim.AdjustTime((maxTimestampLag + 60) * time.Second); err != nil {
		t.Fatal(err)
	}
	_, err = sub.CommitBatch(e.ctx, root, far, pubdata, withdrawalsOf(pubdata), proof)
	if args := wantRevert(t, err, "TimestampTooFarBehind"); args[0].(uint64) != far {
		t.Fatalf("TimestampTooFarBehind%v", args)
	}
}

// TestCheckTimestampLimits checks the exact bounds: last, block time − MAX_TIMESTAMP_LAG and block time +
// MAX_TIMESTAMP_AHEAD pass, one second beyond any of them fails.
func TestCheckTimestampLimits(t *testing.T) {
	e := newEnv(t)
	const last, now = 1_000, 200_000
	check := func(ts uint64) error {
		_, err := call(e.ctx, e.harnessC, e.harness.PackCheckTimestamp(ts, last, big.NewInt(now)), func([]byte) (struct{}, error) { return struct{}{}, nil })
		return err
	}
	for _, ok := range []uint64{now - maxTimestampLag, now, now + maxTimestampAhead} {
		if err := check(ok); err != nil {
			t.Fatalf("timestamp %d: %v", ok, err)
		}
	}
	wantRevert(t, check(last-1), "TimestampBeforeLast")
	args := wantRevert(t, check(now-maxTimestampLag-1), "TimestampTooFarBehind")
	if args[0].(uint64) != now-maxTimestampLag-1 || args[1].(*big.Int).Int64() != now-maxTimestampLag {
		t.Fatalf("TimestampTooFarBehind%v", args)
	}
	wantRevert(t, check(last), "TimestampTooFarBehind")
	// The previous batch's time passes when it is within the lag.
	_, err := call(e.ctx, e.harnessC, e.harness.PackCheckTimestamp(last, last, big.NewInt(last+maxTimestampLag)), func([]byte) (struct{}, error) { return struct{}{}, nil })
	if err != nil {
		t.Fatalf("timestamp = last = block time − lag: %v", err)
	}
	args = wantRevert(t, check(now+maxTimestampAhead+1), "TimestampTooFarAhead")
	if args[1].(*big.Int).Int64() != now+maxTimestampAhead {
		t.Fatalf("TimestampTooFarAhead%v", args)
	}
}

// TestApplyRecordsRejects checks the record walk: deposits must match the queue in order and unknown record
// types revert.
func TestApplyRecordsRejects(t *testing.T) {
	e := newEnv(t)
	var ds []state.DepositRecord
	for i, u := range []int{1, 2} {
		key := newKey(t)
		id, _, err := e.rollup.Deposit(e.ctx, e.sim.Transactor(u), key, uint64(10+i))
		if err != nil {
			t.Fatal(err)
		}
		ds = append(ds, state.DepositRecord{AccountID: id, AmountQuantums: uint64(10 + i), L1Address: state.L1Address(e.sim.Address(u)), PubKey: key})
	}
	mismatch := func(name string, want uint64, records ...state.Record) {
		t.Helper()
		err := e.applyRecords(records...)
		if args := wantRevert(t, err, "QueueMismatch"); args[0].(uint64) != want {
			t.Fatalf("%s: QueueMismatch%v, want queue index %d", name, args, want)
		}
	}
	wrongAmount, wrongKey, wrongOwner, wrongID := ds[0], ds[0], ds[0], ds[0]
	wrongAmount.AmountQuantums++
	wrongKey.PubKey[5] ^= 1
	wrongOwner.L1Address[0] ^= 1
	wrongID.AccountID = 1
	mismatch("amount", 0, depositRec(wrongAmount))
	mismatch("key", 0, depositRec(wrongKey))
	mismatch("owner", 0, depositRec(wrongOwner))
	mismatch("account id", 0, depositRec(wrongID))
	mismatch("order", 0, depositRec(ds[1]), depositRec(ds[0]))
	mismatch("duplicate", 1, depositRec(ds[0]), depositRec(ds[0]))
	mismatch("beyond the queue", 2, depositRec(ds[0]), depositRec(ds[1]), depositRec(ds[1]))

	// A compact record's type is the high nibble of its first byte (docs/PROTOCOL.md §6.1).
	for _, b0 := range []byte{0xa0, 0xa9, 0xf0, 0xff} {
		pd := batchPubdata(t, tradeRec(), state.Record{})
		pd[state.MarketRecordSize+state.CompactRecordSize] = b0
		_, err := e.harnessTx(e.harness.PackApplyRecords(pd, withdrawalsOf(pd)))
		if args := wantRevert(t, err, "UnknownRecordType"); args[0].(*big.Int).Int64() != 2 || args[1].(uint8) != b0>>4 {
			t.Fatalf("first byte %#x: UnknownRecordType%v", b0, args)
		}
	}

	// The queue is untouched by the failed walks and consumed by a correct one.
	if err := e.applyRecords(depositRec(ds[0]), tradeRec(), depositRec(ds[1])); err != nil {
		t.Fatal(err)
	}
	if s := e.status(); s.QueueHead != 2 {
		t.Fatalf("queue head %d, want 2", s.QueueHead)
	}
	if e.queueEntry(1).Sign() != 0 {
		t.Fatal("queue entry 1 not deleted")
	}
}

// TestApplyRecordsRiskRecords checks the walk skips the market record whatever its bytes (here a copy of the
// queued deposit's record, which the walk would otherwise consume) and that Transfer, Liquidate and Deleverage
// records consume no queue entry and credit nothing, even to the address their bytes 12..32 would name.
func TestApplyRecordsRiskRecords(t *testing.T) {
	e := newEnv(t)
	key := newKey(t)
	id, _, err := e.rollup.Deposit(e.ctx, e.sim.Transactor(1), key, 10)
	if err != nil {
		t.Fatal(err)
	}
	dep := state.DepositRecord{AccountID: id, AmountQuantums: 10, L1Address: state.L1Address(e.sim.Address(1)), PubKey: key}
	risk := []state.Record{transferRec(), liquidateRec(), deleverageRec()}
	pd := batchPubdata(t, risk...)
	d, err := depositRec(dep).EncodeCompact()
	if err != nil {
		t.Fatal(err)
	}
	copy(pd, d[:])
	if _, err := e.harnessTx(e.harness.PackApplyRecords(pd, withdrawalsOf(pd))); err != nil {
		t.Fatal(err)
	}
	if s := e.status(); s.QueueHead != 0 || e.queueEntry(0).Sign() == 0 {
		t.Fatalf("queue head %d, entry %x: the market record or a risk record consumed the queue", s.QueueHead, e.queueEntry(0))
	}
	for i := range risk {
		off := state.MarketRecordSize + i*state.CompactRecordSize
		w := new(big.Int).SetBytes(pd[off : off+state.CompactRecordSize])
		addr := common.BigToAddress(w)
		if p, err := e.rollup.PendingWithdrawal(e.ctx, addr); err != nil || p.Sign() != 0 {
			t.Fatalf("record type %d credited %s to %s (%v)", pd[off]>>4, p, addr, err)
		}
	}
	// The same records around the deposit: only the deposit consumes an entry.
	if err := e.applyRecords(transferRec(), depositRec(dep), liquidateRec(), deleverageRec()); err != nil {
		t.Fatal(err)
	}
	if s := e.status(); s.QueueHead != 1 || e.queueEntry(0).Sign() != 0 {
		t.Fatalf("queue head %d, want 1", s.QueueHead)
	}
}

// TestSimClockFollowsAdjustTime checks Sim.Now, the clock a sequencer on the Sim should stamp batches with,
// follows the chain across AdjustTime: after moving the chain two days ahead, a batch stamped with the wall
// clock is refused (TimestampTooFarBehind) and one stamped with Sim.Now is committed.
func TestSimClockFollowsAdjustTime(t *testing.T) {
	e := newEnv(t)
	if d := time.Since(e.sim.Now()); d > time.Minute || d < -time.Minute {
		t.Fatalf("Sim.Now is %v off the wall clock before any adjustment", d)
	}
	if err := e.sim.AdjustTime(2 * maxTimestampLag * time.Second); err != nil {
		t.Fatal(err)
	}
	latest := e.blockTime()
	now := uint64(e.sim.Now().Unix())
	if now < latest || now > latest+60 {
		t.Fatalf("Sim.Now %d, latest block %d", now, latest)
	}
	sub := NewSubmitter(e.rollup, e.op())
	wall := uint64(time.Now().Unix())
	root, pubdata, proof := e.batch(1, wall, state.Record{}, state.Record{})
	_, err := sub.CommitBatch(e.ctx, root, wall, pubdata, withdrawalsOf(pubdata), proof)
	wantRevert(t, err, "TimestampTooFarBehind")
	root, pubdata, proof = e.batch(1, now, state.Record{}, state.Record{})
	if _, err := sub.CommitBatch(e.ctx, root, now, pubdata, withdrawalsOf(pubdata), proof); err != nil {
		t.Fatal(err)
	}
}

package l1

import (
	"math/big"
	"testing"
	"time"

	"github.com/perpx/perpx/state"
)

// drainVictims is what each of two victims deposits before the attack; drainMiddle is the attacker's middle
// deposit, the one it tries to reclaim again and again.
const (
	drainVictims = 1_000_000
	drainMiddle  = 500_000
	drainRetries = 5
)

// drainSetup has two victims deposit drainVictims each, consumed by a committed batch, then has the attacker
// (user 3) queue three adjacent deposits into its own new account: 1, drainMiddle, 1. It returns the attacker's
// deposits, their queue indices and the attacker's token balance before them.
func drainSetup(e *env) ([3]state.DepositRecord, [3]uint64, *big.Int) {
	e.t.Helper()
	_, v1 := e.account(1, drainVictims)
	_, v2 := e.account(2, drainVictims)
	ts := e.blockTime()
	root, pubdata, proof := e.batch(11, ts, depositRec(v1), depositRec(v2))
	if _, err := NewSubmitter(e.rollup, e.op()).CommitBatch(e.ctx, root, ts, pubdata, withdrawalsOf(pubdata), proof); err != nil {
		e.t.Fatal(err)
	}
	const attacker = 3
	before := e.balance(e.sim.Address(attacker))
	var deps [3]state.DepositRecord
	var idx [3]uint64
	id, first := e.account(attacker, 1)
	deps[0], idx[0] = first, e.status().QueueCount-1
	for k, amount := range []uint64{drainMiddle, 1} {
		if _, err := e.rollup.DepositTo(e.ctx, e.sim.Transactor(attacker), id, amount); err != nil {
			e.t.Fatal(err)
		}
		d := first
		d.AmountQuantums = amount
		deps[k+1], idx[k+1] = d, e.status().QueueCount-1
	}
	if idx[1] != idx[0]+1 || idx[2] != idx[1]+1 {
		e.t.Fatalf("attacker's deposits at %v, want adjacent", idx)
	}
	return deps, idx, before
}

// drainAttempt reclaims the attacker's first, third and middle deposits, then tries the middle one
// drainRetries times more. Each retry must revert NotPending(middle); the attacker must end with exactly its
// balance from before its deposits, and the contract must still hold the victims' deposits.
func drainAttempt(e *env, deps [3]state.DepositRecord, idx [3]uint64, before *big.Int) {
	e.t.Helper()
	const attacker = 3
	auth := e.sim.Transactor(attacker)
	for _, k := range []int{0, 2, 1} {
		if _, err := e.rollup.ReclaimDeposit(e.ctx, auth, idx[k], deps[k]); err != nil {
			e.t.Fatalf("reclaim of deposit %d (queue index %d): %v", k, idx[k], err)
		}
	}
	var errs []error
	for range drainRetries {
		if _, err := e.rollup.ReclaimDeposit(e.ctx, auth, idx[1], deps[1]); err != nil {
			errs = append(errs, err)
		}
	}
	after := e.balance(e.sim.Address(attacker))
	held := e.balance(e.rollup.Address())
	put := uint64(drainMiddle + 2)
	taken := new(big.Int).Sub(after, new(big.Int).Sub(before, new(big.Int).SetUint64(put)))
	if len(errs) < drainRetries || after.Cmp(before) > 0 || held.Cmp(big.NewInt(2*drainVictims)) < 0 {
		e.t.Fatalf("%d of %d reclaims of the middle deposit again succeeded: attacker received %d for %d deposited; contract balance now %d, victims deposited %d",
			drainRetries-len(errs), drainRetries, taken, put, held, 2*drainVictims)
	}
	for i, err := range errs {
		if args := wantRevert(e.t, err, "NotPending"); args[0].(uint64) != idx[1] {
			e.t.Fatalf("retry %d: NotPending%v, want queue index %d", i, args, idx[1])
		}
	}
	if taken.Uint64() != put {
		e.t.Fatalf("attacker received %d of its %d back", taken, put)
	}
}

// TestSecurityDrainFrozen is the frozen path of the double-reclaim drain: the attacker queues 1, X, 1 into its
// own account, a victim's forced withdrawal goes unserved and anyone freezes; reclaiming the first, the third,
// then the middle deposit must pay each once, and every further reclaim of the middle one must revert.
func TestSecurityDrainFrozen(t *testing.T) {
	e := newEnv(t)
	deps, idx, before := drainSetup(e)
	fidx, _ := e.forced(1, 0, 1)
	e.freezeAtDue(fidx)
	drainAttempt(e, deps, idx, before)
}

// TestSecurityDrainNoFreeze is the unfrozen path: the operator leaves the attacker's three deposits unconsumed
// for DEPOSIT_RECLAIM_DELAY, then the attacker reclaims them as in TestSecurityDrainFrozen.
func TestSecurityDrainNoFreeze(t *testing.T) {
	e := newEnv(t)
	deps, idx, before := drainSetup(e)
	// The three deposits' service times may be a few QUEUE_SERVICE_INTERVALs apart: wait past the last one's.
	if err := e.sim.AdjustTime((reclaimDelay + 60) * time.Second); err != nil {
		t.Fatal(err)
	}
	drainAttempt(e, deps, idx, before)
	if e.status().Frozen() {
		t.Fatal("frozen")
	}
}

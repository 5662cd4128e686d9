package l1

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/perpx/perpx/state"
)

// spamCount is how many forced requests for L2 ids nobody owns the spammer (user 5) queues in one block: twice
// the old per-block cap.
const spamCount = 20

// spamCalls returns n forced withdrawals of 1 from the L2 ids L2AccountBase + first, … from user 5, who owns no
// account.
func (e *env) spamCalls(first, n int) []blockCall {
	calls := make([]blockCall, n)
	for i := range calls {
		calls[i] = blockCall{5, e.rollup.abi.PackForcedWithdrawal(state.L2AccountBase+uint32(first+i), big.NewInt(1))}
	}
	return calls
}

// spamRecord is the ForcedWithdrawal record serving spam request i (spamCalls), valid or not.
func (e *env) spamRecord(i int, valid bool) state.Record {
	return forcedRec(state.ForcedWithdrawalRecord{AccountID: state.L2AccountBase + uint32(i), AmountQuantums: 1,
		L1Address: state.L1Address(e.sim.Address(5))}, valid)
}

// checkServiceTimes fails unless each entry of [from, to) has the service time the contract must give it: its
// block's time or, if later, the previous entry's plus QUEUE_SERVICE_INTERVAL.
func (e *env) checkServiceTimes(from, to uint64, blockTime uint64) {
	e.t.Helper()
	prev := e.entryTime(from - 1)
	for i := from; i < to; i++ {
		want := max(blockTime, prev+serviceInterval)
		if got := e.entryTime(i); got != want {
			e.t.Fatalf("entry %d: service time %d, want %d (block at %d)", i, got, want, blockTime)
		}
		prev = want
	}
}

// TestSecurityForcedSpamCannotCrowdOut checks a spammer who queues twice the old per-block cap of forced
// requests for L2 ids in one block cannot keep a real owner's forced withdrawal or forced trade out of that
// block: every request is queued, each with its bond, one QUEUE_SERVICE_INTERVAL after the previous one.
func TestSecurityForcedSpamCannotCrowdOut(t *testing.T) {
	e, a, b, _ := tradeEnv(t)
	spamBefore, ownerBefore := e.balance(e.sim.Address(5)), e.balance(e.sim.Address(1))
	calls := e.spamCalls(0, spamCount)
	req := e.request(a, b, 1)
	calls = append(calls, blockCall{1, e.rollup.abi.PackForcedWithdrawal(a, big.NewInt(7))},
		blockCall{1, e.rollup.abi.PackForcedTrade(req.abi(), e.sign(2, req))})
	block, ok := e.oneBlockOf(calls)
	for i := range calls {
		if !ok[i] {
			err := e.callAt(calls[i].u, calls[i].data, block) // replayed on the block's state
			t.Fatalf("request %d of %d in block %d failed (%v): the spammer crowded it out", i+1, len(calls), block, err)
		}
	}
	s := e.status()
	if s.QueueCount != 2+uint64(len(calls)) {
		t.Fatalf("queue count %d, want %d", s.QueueCount, 2+len(calls))
	}
	e.checkServiceTimes(2, s.QueueCount, e.blockTime())
	bond := big.NewInt(forcedBond)
	spamPaid := new(big.Int).Sub(spamBefore, e.balance(e.sim.Address(5)))
	ownerPaid := new(big.Int).Sub(ownerBefore, e.balance(e.sim.Address(1)))
	if spamPaid.Cmp(new(big.Int).Mul(bond, big.NewInt(spamCount))) != 0 || ownerPaid.Cmp(new(big.Int).Mul(bond, big.NewInt(2))) != 0 {
		t.Fatalf("bonds paid: spammer %d, owner %d; want %d each", spamPaid, ownerPaid, forcedBond)
	}
	if held, err := e.rollup.ForcedBonds(e.ctx); err != nil || held.Cmp(new(big.Int).Mul(bond, big.NewInt(spamCount+2))) != 0 {
		t.Fatalf("forcedBonds %v %v, want %d", held, err, (spamCount+2)*forcedBond)
	}
}

// TestSecurityForcedDueByPosition checks a backlog queued at once becomes due one QUEUE_SERVICE_INTERVAL apart,
// so that when its first request is overdue its last is not (NotOverdue at the last's due time); that an
// operator who serves them, even all invalid, leaves nothing to freeze on and is credited their bonds; and that
// once the schedule has fallen behind the clock, a new request's service time is its block's time again.
func TestSecurityForcedDueByPosition(t *testing.T) {
	e := newEnv(t)
	_, dep := e.account(1, 10)
	calls := e.spamCalls(0, spamCount)
	if _, ok := e.oneBlockOf(calls); !ok[spamCount-1] {
		t.Fatal("the backlog was not queued")
	}
	first, last := uint64(1), uint64(spamCount)
	e.checkServiceTimes(first, last+1, e.blockTime())
	dueFirst, dueLast := e.entryTime(first)+freezeGrace, e.entryTime(last)+freezeGrace
	if dueLast != dueFirst+(spamCount-1)*serviceInterval {
		t.Fatalf("due times %d … %d, want %d apart", dueFirst, dueLast, (spamCount-1)*serviceInterval)
	}
	// Nothing served: at the first request's due time, it is overdue and the last one is not.
	err := e.txAt(dueFirst, 4, e.rollup.abi.PackFreeze(last))
	if args := wantRevert(t, err, "NotOverdue"); args[0].(uint64) != last || args[1].(*big.Int).Uint64() != dueLast {
		t.Fatalf("NotOverdue%v, want due %d", args, dueLast)
	}
	if err := e.callAt(4, e.rollup.abi.PackFreeze(first), nil); err != nil {
		t.Fatalf("the first request is not overdue at its due time: %v", err)
	}
	// The operator serves the whole backlog invalid: nothing is left to freeze on, and it holds the bonds.
	records := []state.Record{depositRec(dep)}
	for i := range spamCount {
		records = append(records, e.spamRecord(i, false))
	}
	if err := e.applyRecords(records...); err != nil {
		t.Fatal(err)
	}
	for _, idx := range []uint64{first, last} {
		_, err := e.rollup.Freeze(e.ctx, e.sim.Transactor(4), idx)
		wantRevert(t, err, "NotPending")
	}
	if p, _ := e.rollup.PendingWithdrawal(e.ctx, e.sim.Address(operatorIdx)); p.Uint64() != spamCount*forcedBond {
		t.Fatalf("operator credited %d, want the %d bonds", p, spamCount)
	}
	if held, _ := e.rollup.ForcedBonds(e.ctx); held.Sign() != 0 {
		t.Fatalf("forcedBonds %d after serving every request", held)
	}
	if err := e.sim.AdjustTime(time.Hour); err != nil {
		t.Fatal(err)
	}
	idx, _, err := e.rollup.ForcedWithdrawal(e.ctx, e.sim.Transactor(5), state.L2AccountBase, 1)
	if err != nil {
		t.Fatal(err)
	}
	if got := e.entryTime(idx); got != e.blockTime() {
		t.Fatalf("service time %d after the backlog, want the block's %d", got, e.blockTime())
	}
}

// TestSecurityForcedBond checks each forced request takes FORCED_REQUEST_BOND from its requester (and fails
// with TransferFailed without the allowance or the tokens); that serving it valid credits the bond back to the
// requester (with a withdrawal's amount) and serving it invalid credits it to the operator; and that once
// frozen, reclaimBond pays an unserved request's bond to its requester, whoever calls, exactly once, only for the
// request's own record, and never before the freeze.
func TestSecurityForcedBond(t *testing.T) {
	e, a, b, deps := tradeEnv(t)
	u1, op := e.sim.Address(1), e.sim.Address(operatorIdx)
	before := e.balance(u1)
	fwValid, reqValid := e.forced(1, a, 100)
	fwInvalid, reqInvalid := e.forced(1, a, 5)
	trade := e.request(a, b, 1)
	ftValid, err := e.forcedTrade(1, trade, e.sign(2, trade))
	if err != nil {
		t.Fatal(err)
	}
	trade2 := e.request(a, b, 2)
	ftInvalid, err := e.forcedTrade(1, trade2, e.sign(2, trade2))
	if err != nil {
		t.Fatal(err)
	}
	if paid := new(big.Int).Sub(before, e.balance(u1)); paid.Uint64() != 4*forcedBond {
		t.Fatalf("requester paid %d for 4 requests, want %d", paid, 4*forcedBond)
	}
	if held, _ := e.rollup.ForcedBonds(e.ctx); held.Uint64() != 4*forcedBond {
		t.Fatalf("forcedBonds %d", held)
	}
	if ftInvalid != fwValid+3 || fwInvalid != fwValid+1 || ftValid != fwValid+2 {
		t.Fatalf("queue indices %d %d %d %d", fwValid, fwInvalid, ftValid, ftInvalid)
	}
	if err := e.applyRecords(depositRec(deps[0]), depositRec(deps[1]), forcedRec(reqValid, true), forcedRec(reqInvalid, false),
		tradeRecord(trade, u1, e.sim.Address(2), true), tradeRecord(trade2, u1, e.sim.Address(2), false)); err != nil {
		t.Fatal(err)
	}
	if p, _ := e.rollup.PendingWithdrawal(e.ctx, u1); p.Uint64() != 100+2*forcedBond {
		t.Fatalf("requester credited %d, want 100 and 2 bonds", p)
	}
	if p, _ := e.rollup.PendingWithdrawal(e.ctx, op); p.Uint64() != 2*forcedBond {
		t.Fatalf("operator credited %d, want 2 bonds", p)
	}
	if held, _ := e.rollup.ForcedBonds(e.ctx); held.Sign() != 0 {
		t.Fatalf("forcedBonds %d after serving", held)
	}
	// The state's escrow, the escape pool, gained the two deposits and lost the valid forced withdrawal's 100;
	// the bonds never entered it (a merge of the bond and escape-pool rules once left the 100 in it).
	if pool, want := e.settlement().Pool, deps[0].AmountQuantums+deps[1].AmountQuantums-100; pool.Uint64() != want {
		t.Fatalf("escape pool %d after serving, want %d", pool, want)
	}

	// No allowance, then no tokens: the request is refused.
	e.must(e.token.Approve(e.ctx, e.sim.Transactor(3), e.rollup.Address(), big.NewInt(forcedBond-1)))
	_, err = transact(e.ctx, e.b, e.rollup.contract, e.sim.Transactor(3), e.rollup.abi.PackForcedWithdrawal(state.L2AccountBase, big.NewInt(1)))
	wantRevert(t, err, "TransferFailed")
	poor := e.sim.Transactor(governorIdx) // holds no tokens
	e.must(e.token.Approve(e.ctx, poor, e.rollup.Address(), big.NewInt(forcedBond)))
	_, err = transact(e.ctx, e.b, e.rollup.contract, poor, e.rollup.abi.PackForcedWithdrawal(state.L2AccountBase, big.NewInt(1)))
	wantRevert(t, err, "TransferFailed")

	// Frozen before serving: each bond goes back to its requester once.
	f1, r1 := e.forced(1, a, 9)
	trade3 := e.request(a, b, 3)
	f2, err := e.forcedTrade(1, trade3, e.sign(2, trade3))
	if err != nil {
		t.Fatal(err)
	}
	f3, _, err := e.rollup.ForcedWithdrawal(e.ctx, e.sim.Transactor(5), state.L2AccountBase+9, 3)
	if err != nil {
		t.Fatal(err)
	}
	r3 := state.ForcedWithdrawalRecord{AccountID: state.L2AccountBase + 9, AmountQuantums: 3, L1Address: state.L1Address(e.sim.Address(5))}
	_, err = e.rollup.ReclaimBond(e.ctx, e.sim.Transactor(4), f1, forcedRec(r1, false))
	wantRevert(t, err, "RollupNotFrozen")
	e.freezeAtDue(f1)
	wrong := r1
	wrong.AmountQuantums++
	_, err = e.rollup.ReclaimBond(e.ctx, e.sim.Transactor(4), f1, forcedRec(wrong, false))
	wantRevert(t, err, "RequestMismatch")
	_, err = e.rollup.ReclaimBond(e.ctx, e.sim.Transactor(4), f1, tradeRecord(trade3, u1, e.sim.Address(2), false))
	wantRevert(t, err, "RequestMismatch")
	claims := []struct {
		idx    uint64
		rec    state.Record
		payee  common.Address
		caller int
	}{
		{f1, forcedRec(r1, true), u1, 4}, // the valid byte is ignored
		{f2, tradeRecord(trade3, u1, e.sim.Address(2), false), u1, 1},
		{f3, forcedRec(r3, false), e.sim.Address(5), 4},
	}
	for _, c := range claims {
		before := e.balance(c.payee)
		if _, err := e.rollup.ReclaimBond(e.ctx, e.sim.Transactor(c.caller), c.idx, c.rec); err != nil {
			t.Fatalf("reclaim bond %d: %v", c.idx, err)
		}
		if got := new(big.Int).Sub(e.balance(c.payee), before); got.Uint64() != forcedBond {
			t.Fatalf("reclaim bond %d paid %d, want %d", c.idx, got, forcedBond)
		}
		_, err := e.rollup.ReclaimBond(e.ctx, e.sim.Transactor(c.caller), c.idx, c.rec)
		if args := wantRevert(t, err, "NotPending"); args[0].(uint64) != c.idx {
			t.Fatalf("second reclaim: NotPending%v", args)
		}
	}
	if held, _ := e.rollup.ForcedBonds(e.ctx); held.Sign() != 0 {
		t.Fatalf("forcedBonds %d after every reclaim", held)
	}
	_, err = e.rollup.ReclaimBond(e.ctx, e.sim.Transactor(1), 0, depositRec(deps[0]))
	wantRevert(t, err, "NotPending")
}

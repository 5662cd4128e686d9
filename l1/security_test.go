package l1

import (
	"math/big"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/perpx/perpx/l1/bindings"
	"github.com/perpx/perpx/state"
)

// Contract constants the tests check at their limits.
const (
	freezeGrace      = 7 * 24 * 3600         // Rollup.FREEZE_GRACE_PERIOD
	reclaimDelay     = 3 * 24 * 3600         // Rollup.DEPOSIT_RECLAIM_DELAY
	governanceDelay  = freezeGrace + 7*86400 // Rollup.GOVERNANCE_DELAY
	governanceExpiry = 14 * 24 * 3600        // Rollup.GOVERNANCE_EXPIRY
	forcedBond       = 10_000_000            // Rollup.FORCED_REQUEST_BOND
	serviceInterval  = 2                     // Rollup.QUEUE_SERVICE_INTERVAL
	fixedGasLimit    = 3_000_000
)

// TestConstantsMatch checks the tests' copies of the contract's constants.
func TestConstantsMatch(t *testing.T) {
	e := newEnv(t)
	a := bindings.NewRollup()
	for name, c := range map[string]struct {
		data   []byte
		unpack func([]byte) (*big.Int, error)
		want   int64
	}{
		"FREEZE_GRACE_PERIOD":       {a.PackFREEZEGRACEPERIOD(), a.UnpackFREEZEGRACEPERIOD, freezeGrace},
		"DEPOSIT_RECLAIM_DELAY":     {a.PackDEPOSITRECLAIMDELAY(), a.UnpackDEPOSITRECLAIMDELAY, reclaimDelay},
		"GOVERNANCE_DELAY":          {a.PackGOVERNANCEDELAY(), a.UnpackGOVERNANCEDELAY, governanceDelay},
		"FORCED_REQUEST_BOND":       {a.PackFORCEDREQUESTBOND(), a.UnpackFORCEDREQUESTBOND, forcedBond},
		"QUEUE_SERVICE_INTERVAL":    {a.PackQUEUESERVICEINTERVAL(), a.UnpackQUEUESERVICEINTERVAL, serviceInterval},
		"L2_ACCOUNT_BASE":           {a.PackL2ACCOUNTBASE(), a.UnpackL2ACCOUNTBASE, int64(state.L2AccountBase)},
		"MAX_TIMESTAMP_AHEAD":       {a.PackMAXTIMESTAMPAHEAD(), a.UnpackMAXTIMESTAMPAHEAD, maxTimestampAhead},
		"MAX_TIMESTAMP_LAG":         {a.PackMAXTIMESTAMPLAG(), a.UnpackMAXTIMESTAMPLAG, maxTimestampLag},
		"GOVERNANCE_EXPIRY":         {a.PackGOVERNANCEEXPIRY(), a.UnpackGOVERNANCEEXPIRY, governanceExpiry},
		"MAX_ACCOUNTS":              {a.PackMAXACCOUNTS(), a.UnpackMAXACCOUNTS, 1 << state.AccountTreeDepth},
		"POSITION_SLOTS":            {a.PackPOSITIONSLOTS(), a.UnpackPOSITIONSLOTS, state.PositionSlots},
		"MARKET_COUNT":              {a.PackMARKETCOUNT(), a.UnpackMARKETCOUNT, state.MarketCount},
		"PRICE_SCALE":               {a.PackPRICESCALE(), a.UnpackPRICESCALE, state.PriceScale},
		"RECORD_SIZE":               {a.PackRECORDSIZE(), a.UnpackRECORDSIZE, state.CompactRecordSize},
		"ORACLE_KEYS":               {a.PackORACLEKEYS(), a.UnpackORACLEKEYS, state.OracleKeys},
		"DOMAIN_CONFIG":             {a.PackDOMAINCONFIG(), a.UnpackDOMAINCONFIG, state.DomainConfig},
		"ESCAPE_CLAIM_WINDOW":       {a.PackESCAPECLAIMWINDOW(), a.UnpackESCAPECLAIMWINDOW, EscapeClaimWindow},
		"GUARDIAN_MAX_RAISE_PPM":    {a.PackGUARDIANMAXRAISEPPM(), a.UnpackGUARDIANMAXRAISEPPM, guardianMaxRaise},
		"GUARDIAN_MAX_FRACTION_PPM": {a.PackGUARDIANMAXFRACTIONPPM(), a.UnpackGUARDIANMAXFRACTIONPPM, guardianMaxFraction},
		"MARKET_PARAMS_COOLDOWN":    {a.PackMARKETPARAMSCOOLDOWN(), a.UnpackMARKETPARAMSCOOLDOWN, marketParamsCooldown},
	} {
		got, err := call(e.ctx, e.rollup.contract, c.data, c.unpack)
		if err != nil || got.Int64() != c.want {
			t.Errorf("%s = %v %v, want %d", name, got, err, c.want)
		}
	}
}

// account creates an account owned by user u with a deposit of amount and returns its id and deposit record.
func (e *env) account(u int, amount uint64) (uint32, state.DepositRecord) {
	e.t.Helper()
	key := newKey(e.t)
	id, _, err := e.rollup.Deposit(e.ctx, e.sim.Transactor(u), key, amount)
	if err != nil {
		e.t.Fatal(err)
	}
	return id, state.DepositRecord{AccountID: id, AmountQuantums: amount, L1Address: state.L1Address(e.sim.Address(u)), PubKey: key}
}

// forced queues a forced withdrawal from account id by user u.
func (e *env) forced(u int, id uint32, amount uint64) (uint64, state.ForcedWithdrawalRecord) {
	e.t.Helper()
	idx, _, err := e.rollup.ForcedWithdrawal(e.ctx, e.sim.Transactor(u), id, amount)
	if err != nil {
		e.t.Fatal(err)
	}
	return idx, state.ForcedWithdrawalRecord{AccountID: id, AmountQuantums: amount, L1Address: state.L1Address(e.sim.Address(u))}
}

func forcedRec(f state.ForcedWithdrawalRecord, valid bool) state.Record {
	f.Valid = valid
	return state.Record{ForcedWithdrawal: &f}
}

// entryTime returns the enqueue time of queue entry i.
func (e *env) entryTime(i uint64) uint64 { return e.queueEntry(i).Uint64() }

// txAt sends data from user u to the rollup in a block with timestamp ts (after the latest block's, and ahead
// of the wall clock), with a fixed gas limit so that no estimate runs at another time. A failed transaction is
// replayed with eth_call at its block to return its revert.
func (e *env) txAt(ts uint64, u int, data []byte) error {
	e.t.Helper()
	latest := e.blockTime()
	if ts <= latest {
		e.t.Fatalf("cannot send at %d: the latest block is at %d", ts, latest)
	}
	if ts > latest+1 {
		if err := e.sim.AdjustTime(time.Duration(ts-1-latest) * time.Second); err != nil {
			e.t.Fatal(err)
		}
	}
	auth := *e.sim.Transactor(u)
	auth.GasLimit = fixedGasLimit
	receipt, err := transact(e.ctx, e.b, e.rollup.contract, &auth, data)
	if receipt == nil {
		return err
	}
	h, herr := e.b.HeaderByNumber(e.ctx, receipt.BlockNumber)
	if herr != nil || h.Time != ts {
		e.t.Fatalf("transaction mined at %v (%v), want %d", h, herr, ts)
	}
	if receipt.Status == types.ReceiptStatusSuccessful {
		return nil
	}
	addr := e.rollup.Address()
	_, cerr := e.b.CallContract(e.ctx, ethereum.CallMsg{From: auth.From, To: &addr, Data: data, Gas: fixedGasLimit}, receipt.BlockNumber)
	if cerr == nil {
		e.t.Fatal("a failed transaction succeeds when replayed")
	}
	return decodeRevert(cerr)
}

// TestForcedWithdrawalQueue checks a forced request's queue entry and event, its amount limits, that only the
// account's owner may file one, and that a batch consumes it in queue order as a valid (credited) or invalid
// (not credited) record, and only as the record it is.
func TestForcedWithdrawalQueue(t *testing.T) {
	e := newEnv(t)
	id, dep := e.account(1, 1_000)
	idx, req := e.forced(1, id, 400)
	if idx != 1 {
		t.Fatalf("queue index %d, want 1", idx)
	}
	b, err := forcedRec(req, false).EncodeCompact()
	if err != nil {
		t.Fatal(err)
	}
	checkEntry(t, e.queueEntry(1), b[:], e.serviceTime())
	for _, ok := range []uint64{1, state.MaxAmount - 1} {
		if _, _, err := e.rollup.ForcedWithdrawal(e.ctx, e.sim.Transactor(1), id, ok); err != nil {
			t.Fatalf("amount %d: %v", ok, err)
		}
	}
	_, _, err = e.rollup.ForcedWithdrawal(e.ctx, e.sim.Transactor(1), id, 0)
	wantRevert(t, err, "ZeroAmount")
	_, _, err = e.rollup.ForcedWithdrawal(e.ctx, e.sim.Transactor(1), id, state.MaxAmount)
	wantRevert(t, err, "AmountTooLarge")
	_, _, err = e.rollup.ForcedWithdrawal(e.ctx, e.sim.Transactor(2), id, 5)
	if args := wantRevert(t, err, "NotAccountOwner"); args[0].(uint32) != id || args[1].(common.Address) != e.sim.Address(2) {
		t.Fatalf("NotAccountOwner%v", args)
	}
	_, _, err = e.rollup.ForcedWithdrawal(e.ctx, e.sim.Transactor(1), id+1, 5)
	wantRevert(t, err, "NotAccountOwner")

	small := req
	small.AmountQuantums = 1
	big := req
	big.AmountQuantums = state.MaxAmount - 1
	mismatch := func(name string, records ...state.Record) {
		t.Helper()
		if err := e.applyRecords(records...); err == nil {
			t.Fatalf("%s: accepted", name)
		} else {
			wantRevert(t, err, "QueueMismatch")
		}
	}
	wrongAmount, wrongAddr, wrongID := req, req, req
	wrongAmount.AmountQuantums++
	wrongAddr.L1Address[3] ^= 1
	wrongID.AccountID++
	mismatch("forced before the deposit", forcedRec(req, true), depositRec(dep))
	mismatch("amount", depositRec(dep), forcedRec(wrongAmount, true))
	mismatch("address", depositRec(dep), forcedRec(wrongAddr, false))
	mismatch("account", depositRec(dep), forcedRec(wrongID, true))
	mismatch("deposit record for a forced entry", depositRec(dep), depositRec(dep))
	wd := state.Record{Withdrawal: &state.WithdrawalRecord{AccountID: id, AmountQuantums: 400, L1Address: req.L1Address}}
	if err := e.applyRecords(depositRec(dep), forcedRec(req, true), forcedRec(small, false), wd); err != nil {
		t.Fatal(err)
	}
	// The valid request (with its bond) and the signed withdrawal are credited, the invalid one is not (its
	// bond goes to the operator).
	if p, _ := e.rollup.PendingWithdrawal(e.ctx, e.sim.Address(1)); p.Uint64() != 800+forcedBond {
		t.Fatalf("credited %d, want 800 and a bond", p)
	}
	if p, _ := e.rollup.PendingWithdrawal(e.ctx, e.sim.Address(operatorIdx)); p.Uint64() != forcedBond {
		t.Fatalf("operator credited %d, want a bond", p)
	}
	if err := e.applyRecords(forcedRec(big, true)); err != nil {
		t.Fatal(err)
	}
	if s := e.status(); s.QueueHead != 4 || s.QueueCount != 4 {
		t.Fatalf("status %+v", s)
	}
	for i := range uint64(4) {
		if e.queueEntry(i).Sign() != 0 {
			t.Fatalf("queue entry %d not deleted", i)
		}
	}
}

// TestSecurityFreeze checks freeze() at the grace period's limit — one second early reverts, on time freezes —
// that only an unserved forced request freezes, and what a frozen rollup refuses and still allows.
func TestSecurityFreeze(t *testing.T) {
	e := newEnv(t)
	id, dep := e.account(1, 1_000)
	_, _ = e.account(2, 500)
	idx, req := e.forced(1, id, 300)
	due := e.entryTime(idx) + freezeGrace

	_, err := e.rollup.Freeze(e.ctx, e.sim.Transactor(5), 0)
	if args := wantRevert(t, err, "NotPending"); args[0].(uint64) != 0 {
		t.Fatalf("a deposit's queue index: NotPending%v", args)
	}
	_, err = e.rollup.Freeze(e.ctx, e.sim.Transactor(5), idx+1)
	wantRevert(t, err, "NotPending")
	err = e.txAt(due-1, 5, e.rollup.abi.PackFreeze(idx))
	if args := wantRevert(t, err, "NotOverdue"); args[0].(uint64) != idx || args[1].(*big.Int).Uint64() != due {
		t.Fatalf("NotOverdue%v, want due %d", args, due)
	}
	if e.status().Frozen() {
		t.Fatal("frozen early")
	}
	if err := e.txAt(due, 5, e.rollup.abi.PackFreeze(idx)); err != nil {
		t.Fatalf("freeze when due: %v", err)
	}
	s := e.status()
	if !s.Frozen() || s.FrozenAt != due {
		t.Fatalf("status %+v", s)
	}
	_, err = e.rollup.Freeze(e.ctx, e.sim.Transactor(5), idx)
	wantRevert(t, err, "RollupFrozen")

	// Frozen: no batches, deposits, forced requests or governance.
	root, pubdata, proof := e.batch(7, e.blockTime(), depositRec(dep), forcedRec(req, true))
	_, err = NewSubmitter(e.rollup, e.op()).CommitBatch(e.ctx, root, e.blockTime(), pubdata, withdrawalsOf(pubdata), proof)
	wantRevert(t, err, "RollupFrozen")
	_, _, err = e.rollup.Deposit(e.ctx, e.sim.Transactor(3), newKey(t), 1)
	wantRevert(t, err, "RollupFrozen")
	_, err = e.rollup.DepositTo(e.ctx, e.sim.Transactor(3), id, 1)
	wantRevert(t, err, "RollupFrozen")
	_, _, err = e.rollup.ForcedWithdrawal(e.ctx, e.sim.Transactor(1), id, 1)
	wantRevert(t, err, "RollupFrozen")
	gov := e.sim.Transactor(governorIdx)
	_, err = e.rollup.ProposeChange(e.ctx, gov, ChangeConfigHash, [32]byte{}, [32]byte{1})
	wantRevert(t, err, "RollupFrozen")
	_, err = e.rollup.ApplyChange(e.ctx, gov, ChangeConfigHash, [32]byte{}, [32]byte{1})
	wantRevert(t, err, "RollupFrozen")
	_, err = e.rollup.CancelChange(e.ctx, gov, ChangeConfigHash, [32]byte{}, [32]byte{1})
	wantRevert(t, err, "RollupFrozen")
	_, err = e.rollup.PauseDeposits(e.ctx, e.sim.Transactor(guardianIdx))
	wantRevert(t, err, "RollupFrozen")
	// Still allowed: reclaiming an unconsumed deposit at once, and withdrawing credits.
	before := e.balance(e.sim.Address(1))
	if _, err := e.rollup.ReclaimDeposit(e.ctx, e.sim.Transactor(1), 0, dep); err != nil {
		t.Fatalf("reclaim while frozen: %v", err)
	}
	if got := new(big.Int).Sub(e.balance(e.sim.Address(1)), before); got.Uint64() != 1_000 {
		t.Fatalf("reclaimed %d, want 1000", got)
	}
}

// TestSecurityHonestOperatorCannotBeFrozen checks that once a batch serves a forced request — valid or
// invalid — it can never freeze the rollup, however late.
func TestSecurityHonestOperatorCannotBeFrozen(t *testing.T) {
	e := newEnv(t)
	id, dep := e.account(1, 1_000)
	i1, valid := e.forced(1, id, 600)
	i2, invalid := e.forced(1, id, 900) // more than is left after the first: the operator proves it invalid
	ts := e.blockTime()
	root, pubdata, proof := e.batch(5, ts, depositRec(dep), forcedRec(valid, true))
	if _, err := NewSubmitter(e.rollup, e.op()).CommitBatch(e.ctx, root, ts, pubdata, withdrawalsOf(pubdata), proof); err != nil {
		t.Fatal(err)
	}
	root, pubdata, proof = e.batch(6, ts, forcedRec(invalid, false), state.Record{})
	if _, err := NewSubmitter(e.rollup, e.op()).CommitBatch(e.ctx, root, ts, pubdata, withdrawalsOf(pubdata), proof); err != nil {
		t.Fatal(err)
	}
	if err := e.sim.AdjustTime(10 * freezeGrace * time.Second); err != nil {
		t.Fatal(err)
	}
	for _, idx := range []uint64{i1, i2} {
		_, err := e.rollup.Freeze(e.ctx, e.sim.Transactor(5), idx)
		if args := wantRevert(t, err, "NotPending"); args[0].(uint64) != idx {
			t.Fatalf("NotPending%v", args)
		}
	}
	if p, _ := e.rollup.PendingWithdrawal(e.ctx, e.sim.Address(1)); p.Uint64() != 600+forcedBond {
		t.Fatalf("credited %d, want 600 and the valid request's bond", p)
	}
}

// TestReclaimDeposit checks a deposit is reclaimable exactly DEPOSIT_RECLAIM_DELAY after it was queued, by its
// payer only and once, that a third party's top-up goes back to the third party, and that batches skip
// reclaimed entries.
func TestReclaimDeposit(t *testing.T) {
	e := newEnv(t)
	id, dep := e.account(1, 1_000)
	if _, err := e.rollup.DepositTo(e.ctx, e.sim.Transactor(2), id, 250); err != nil {
		t.Fatal(err)
	}
	top := dep
	top.AmountQuantums = 250
	_, dep3 := e.account(3, 70)
	at := e.entryTime(0) + reclaimDelay

	err := e.txAt(at-1, 1, e.rollup.abi.PackReclaimDeposit(0, record32(t, depositRec(dep))))
	if args := wantRevert(t, err, "NotReclaimable"); args[0].(uint64) != 0 || args[1].(*big.Int).Uint64() != at {
		t.Fatalf("NotReclaimable%v, want %d", args, at)
	}
	wrong := dep
	wrong.AmountQuantums++
	_, err = e.rollup.ReclaimDeposit(e.ctx, e.sim.Transactor(1), 0, wrong)
	wantRevert(t, err, "RequestMismatch")
	// Once all three are reclaimable (each entry's service time is after the previous one's).
	if err := e.txAt(max(at+1, e.entryTime(2)+reclaimDelay), 1, e.rollup.abi.PackReclaimDeposit(0, record32(t, depositRec(dep)))); err != nil {
		t.Fatalf("reclaim when due: %v", err)
	}
	_, err = e.rollup.ReclaimDeposit(e.ctx, e.sim.Transactor(1), 0, dep)
	wantRevert(t, err, "NotPending")
	// The owner cannot take back what someone else paid; the payer can.
	_, err = e.rollup.ReclaimDeposit(e.ctx, e.sim.Transactor(1), 1, top)
	if args := wantRevert(t, err, "NotDepositPayer"); args[0].(uint64) != 1 || args[1].(common.Address) != e.sim.Address(1) {
		t.Fatalf("NotDepositPayer%v", args)
	}
	before := e.balance(e.sim.Address(2))
	if _, err := e.rollup.ReclaimDeposit(e.ctx, e.sim.Transactor(2), 1, top); err != nil {
		t.Fatal(err)
	}
	if got := new(big.Int).Sub(e.balance(e.sim.Address(2)), before); got.Uint64() != 250 {
		t.Fatalf("payer got back %d, want 250", got)
	}
	// The next batch consumes entry 2, skipping the two reclaimed ones; a record for a reclaimed one fails.
	if err := e.applyRecords(depositRec(dep)); err == nil {
		t.Fatal("a reclaimed deposit was consumed")
	}
	if err := e.applyRecords(depositRec(dep3)); err != nil {
		t.Fatal(err)
	}
	if s := e.status(); s.QueueHead != 3 {
		t.Fatalf("queue head %d, want 3", s.QueueHead)
	}
	if e.queueEntry(0).Sign() != 0 || e.queueEntry(1).Sign() != 0 {
		t.Fatal("skipped entries not cleared")
	}
	_, err = e.rollup.ReclaimDeposit(e.ctx, e.sim.Transactor(3), 2, dep3)
	wantRevert(t, err, "NotPending")
}

// TestSecurityGovernanceTimelock checks a change applies GOVERNANCE_DELAY after its proposal and not a second
// earlier, once, and that each kind of change takes effect.
func TestSecurityGovernanceTimelock(t *testing.T) {
	e := newEnv(t)
	gov := e.sim.Transactor(governorIdx)
	next := testConfig(t, rand.New(rand.NewPCG(1, 2)))
	newHash := next.Hash()
	if _, err := e.rollup.ProposeChange(e.ctx, gov, ChangeConfigHash, [32]byte{}, newHash); err != nil {
		t.Fatal(err)
	}
	eta := e.blockTime() + governanceDelay
	e.must(e.rollup.PublishConfig(e.ctx, e.sim.Transactor(3), &next)) // a config change applies once published
	_, err := e.rollup.ProposeChange(e.ctx, gov, ChangeConfigHash, [32]byte{}, newHash)
	wantRevert(t, err, "ChangeAlreadyPending")
	data := e.rollup.abi.PackApplyChange(uint8(ChangeConfigHash), [32]byte{}, newHash)
	err = e.txAt(eta-1, governorIdx, data)
	if args := wantRevert(t, err, "ChangeNotReady"); args[1].(*big.Int).Uint64() != eta {
		t.Fatalf("ChangeNotReady%v, want eta %d", args, eta)
	}
	if _, cfg, _ := e.rollup.statusAndConfig(e.ctx); cfg == newHash {
		t.Fatal("config hash changed early")
	}
	if err := e.txAt(eta, governorIdx, data); err != nil {
		t.Fatalf("apply at eta: %v", err)
	}
	if _, cfg, _ := e.rollup.statusAndConfig(e.ctx); cfg != newHash {
		t.Fatal("config hash not applied")
	}
	_, err = e.rollup.ApplyChange(e.ctx, gov, ChangeConfigHash, [32]byte{}, newHash)
	wantRevert(t, err, "ChangeNotPending")

	// Verifier, operator, guardian and governor changes, proposed together and applied after the delay.
	newOp := e.sim.Address(5)
	var size8 [32]byte
	size8[31] = 8
	changes := []struct {
		kind       Change
		key, value [32]byte
	}{
		{ChangeVerifier, size8, [32]byte{}}, // remove batch size 8
		{ChangeOperator, AddressWord(newOp), [32]byte{31: 1}},
		{ChangeGuardian, [32]byte{}, AddressWord(e.sim.Address(4))},
		{ChangeGovernor, [32]byte{}, AddressWord(e.sim.Address(3))},
	}
	for _, c := range changes {
		if _, err := e.rollup.ProposeChange(e.ctx, gov, c.kind, c.key, c.value); err != nil {
			t.Fatalf("propose %d: %v", c.kind, err)
		}
	}
	if err := e.sim.AdjustTime(governanceDelay * time.Second); err != nil {
		t.Fatal(err)
	}
	for _, c := range changes {
		if _, err := e.rollup.ApplyChange(e.ctx, gov, c.kind, c.key, c.value); err != nil {
			t.Fatalf("apply %d: %v", c.kind, err)
		}
	}
	a := e.rollup.abi
	if v, _ := call(e.ctx, e.rollup.contract, a.PackVerifiers(big.NewInt(8)), a.UnpackVerifiers); v != (common.Address{}) {
		t.Fatalf("verifier 8 = %s", v)
	}
	if ok, _ := call(e.ctx, e.rollup.contract, a.PackOperators(newOp), a.UnpackOperators); !ok {
		t.Fatal("operator not added")
	}
	if g, _ := call(e.ctx, e.rollup.contract, a.PackGuardian(), a.UnpackGuardian); g != e.sim.Address(4) {
		t.Fatalf("guardian %s", g)
	}
	if g, _ := call(e.ctx, e.rollup.contract, a.PackGovernor(), a.UnpackGovernor); g != e.sim.Address(3) {
		t.Fatalf("governor %s", g)
	}
	// The old governor is out; the new operator commits (at the new config hash).
	_, err = e.rollup.ProposeChange(e.ctx, gov, ChangeConfigHash, [32]byte{}, [32]byte{})
	wantRevert(t, err, "NotGovernor")
	ts := e.blockTime()
	root, pubdata, proof := e.batch(3, ts, state.Record{}, state.Record{})
	if _, err := NewSubmitter(e.rollup, e.sim.Transactor(5)).CommitBatch(e.ctx, root, ts, pubdata, withdrawalsOf(pubdata), proof); err != nil {
		t.Fatalf("new operator: %v", err)
	}
	root, pubdata, proof = e.batch(4, ts, make([]state.Record, 8)...)
	_, err = NewSubmitter(e.rollup, e.sim.Transactor(5)).CommitBatch(e.ctx, root, ts, pubdata, withdrawalsOf(pubdata), proof)
	wantRevert(t, err, "UnsupportedBatchSize")

	// Malformed changes are refused at proposal.
	gov = e.sim.Transactor(3)
	for _, c := range []struct {
		kind       Change
		key, value [32]byte
	}{
		{ChangeConfigHash, [32]byte{31: 1}, [32]byte{}},
		{ChangeVerifier, [32]byte{}, [32]byte{}},
		{ChangeVerifier, size8, [32]byte{0: 1}},
		{ChangeOperator, [32]byte{}, [32]byte{31: 1}},
		{ChangeOperator, AddressWord(newOp), [32]byte{31: 2}},
		{ChangeGovernor, [32]byte{}, [32]byte{}},
		{ChangeGuardian, [32]byte{}, [32]byte{0: 1}},
		{ChangeUnpauseDeposits, [32]byte{}, [32]byte{31: 1}},
	} {
		_, err := e.rollup.ProposeChange(e.ctx, gov, c.kind, c.key, c.value)
		wantRevert(t, err, "InvalidChange")
	}
	// A verifier without code is refused when applied.
	eoa := AddressWord(e.sim.Address(2))
	if _, err := e.rollup.ProposeChange(e.ctx, gov, ChangeVerifier, size8, eoa); err != nil {
		t.Fatal(err)
	}
	if err := e.sim.AdjustTime(governanceDelay * time.Second); err != nil {
		t.Fatal(err)
	}
	_, err = e.rollup.ApplyChange(e.ctx, gov, ChangeVerifier, size8, eoa)
	wantRevert(t, err, "NotAContract")
}

// pendingEta reads the eta of a pending change (0 if none).
func (e *env) pendingEta(kind Change, key, value [32]byte) uint64 {
	e.t.Helper()
	a := e.rollup.abi
	id, err := call(e.ctx, e.rollup.contract, a.PackChangeId(uint8(kind), key, value), a.UnpackChangeId)
	if err != nil {
		e.t.Fatal(err)
	}
	eta, err := call(e.ctx, e.rollup.contract, a.PackPendingChanges(id), a.UnpackPendingChanges)
	if err != nil {
		e.t.Fatal(err)
	}
	return eta.Uint64()
}

// TestSecurityGovernanceExpiry checks a change applies up to GOVERNANCE_EXPIRY after its eta and not a second
// later, that an expired change can be proposed again (and not before it expires), and then applies anew.
func TestSecurityGovernanceExpiry(t *testing.T) {
	e := newEnv(t)
	gov := e.sim.Transactor(governorIdx)
	rng := rand.New(rand.NewPCG(3, 4))
	ca, cb := testConfig(t, rng), testConfig(t, rng)
	a, b := ca.Hash(), cb.Hash()
	for _, c := range []*state.Config{&ca, &cb} {
		if _, err := e.rollup.ProposeChange(e.ctx, gov, ChangeConfigHash, [32]byte{}, c.Hash()); err != nil {
			t.Fatal(err)
		}
		e.must(e.rollup.PublishConfig(e.ctx, e.sim.Transactor(3), c)) // a config change applies once published
	}
	etaA, etaB := e.pendingEta(ChangeConfigHash, [32]byte{}, a), e.pendingEta(ChangeConfigHash, [32]byte{}, b)
	if etaA == 0 || etaB <= etaA {
		t.Fatalf("etas %d, %d", etaA, etaB)
	}
	if err := e.txAt(etaA+governanceExpiry, governorIdx, e.rollup.abi.PackApplyChange(uint8(ChangeConfigHash), [32]byte{}, a)); err != nil {
		t.Fatalf("apply at eta + expiry: %v", err)
	}
	if _, cfg, _ := e.rollup.statusAndConfig(e.ctx); cfg != a {
		t.Fatal("config hash not applied")
	}
	// Re-proposing b before it expires is refused.
	err := e.txAt(etaB+governanceExpiry, governorIdx, e.rollup.abi.PackProposeChange(uint8(ChangeConfigHash), [32]byte{}, b))
	wantRevert(t, err, "ChangeAlreadyPending")
	err = e.txAt(etaB+governanceExpiry+1, governorIdx, e.rollup.abi.PackApplyChange(uint8(ChangeConfigHash), [32]byte{}, b))
	if args := wantRevert(t, err, "ChangeExpired"); args[1].(*big.Int).Uint64() != etaB+governanceExpiry {
		t.Fatalf("ChangeExpired%v, want expiry %d", args, etaB+governanceExpiry)
	}
	if _, cfg, _ := e.rollup.statusAndConfig(e.ctx); cfg != a {
		t.Fatal("an expired change was applied")
	}
	// The expired change may be proposed again, and applies after a new timelock.
	if _, err := e.rollup.ProposeChange(e.ctx, gov, ChangeConfigHash, [32]byte{}, b); err != nil {
		t.Fatalf("re-propose an expired change: %v", err)
	}
	eta := e.pendingEta(ChangeConfigHash, [32]byte{}, b)
	if eta != e.blockTime()+governanceDelay {
		t.Fatalf("new eta %d, want %d", eta, e.blockTime()+governanceDelay)
	}
	err = e.txAt(eta-1, governorIdx, e.rollup.abi.PackApplyChange(uint8(ChangeConfigHash), [32]byte{}, b))
	wantRevert(t, err, "ChangeNotReady")
	if err := e.txAt(eta, governorIdx, e.rollup.abi.PackApplyChange(uint8(ChangeConfigHash), [32]byte{}, b)); err != nil {
		t.Fatal(err)
	}
	if _, cfg, _ := e.rollup.statusAndConfig(e.ctx); cfg != b {
		t.Fatal("re-proposed change not applied")
	}
}

// TestSecurityGuardianCannotKeepItself checks the guardian cannot cancel a pending change of the governor or of
// the guardian (GuardianCannotCancel), can still cancel other kinds, and the governor can cancel them all.
func TestSecurityGuardianCannotKeepItself(t *testing.T) {
	e := newEnv(t)
	gov, guard := e.sim.Transactor(governorIdx), e.sim.Transactor(guardianIdx)
	changes := []struct {
		kind       Change
		key, value [32]byte
		guardian   bool // the guardian may cancel it
	}{
		{ChangeGovernor, [32]byte{}, AddressWord(e.sim.Address(3)), false},
		{ChangeGuardian, [32]byte{}, AddressWord(e.sim.Address(4)), false},
		{ChangeGuardian, [32]byte{}, [32]byte{}, false},
		{ChangeOperator, AddressWord(e.sim.Address(5)), [32]byte{31: 1}, true},
		{ChangeVerifier, [32]byte{31: 8}, [32]byte{}, true},
		{ChangeConfigHash, [32]byte{}, [32]byte{7}, true},
		{ChangeUnpauseDeposits, [32]byte{}, [32]byte{}, true},
	}
	for _, c := range changes {
		if _, err := e.rollup.ProposeChange(e.ctx, gov, c.kind, c.key, c.value); err != nil {
			t.Fatalf("propose %d: %v", c.kind, err)
		}
		_, err := e.rollup.CancelChange(e.ctx, guard, c.kind, c.key, c.value)
		if c.guardian {
			if err != nil {
				t.Fatalf("guardian cancels %d: %v", c.kind, err)
			}
			continue
		}
		if args := wantRevert(t, err, "GuardianCannotCancel"); args[0].(uint8) != uint8(c.kind) {
			t.Fatalf("GuardianCannotCancel%v, want kind %d", args, c.kind)
		}
		if e.pendingEta(c.kind, c.key, c.value) == 0 {
			t.Fatalf("change %d cancelled by the guardian", c.kind)
		}
		if _, err := e.rollup.CancelChange(e.ctx, gov, c.kind, c.key, c.value); err != nil {
			t.Fatalf("governor cancels %d: %v", c.kind, err)
		}
		if e.pendingEta(c.kind, c.key, c.value) != 0 {
			t.Fatalf("change %d still pending", c.kind)
		}
	}
}

// TestSecurityGuardianCannotLoosen checks the guardian pauses deposits and cancels changes at once, and can do
// nothing else: not unpause, propose or apply; and that the governor cannot pause without the timelock.
func TestSecurityGuardianCannotLoosen(t *testing.T) {
	e := newEnv(t)
	gov, guard := e.sim.Transactor(governorIdx), e.sim.Transactor(guardianIdx)
	id, _ := e.account(1, 100)
	_, err := e.rollup.PauseDeposits(e.ctx, gov)
	wantRevert(t, err, "NotGuardian")
	if _, err := e.rollup.PauseDeposits(e.ctx, guard); err != nil {
		t.Fatal(err)
	}
	_, _, err = e.rollup.Deposit(e.ctx, e.sim.Transactor(2), newKey(t), 1)
	wantRevert(t, err, "DepositsArePaused")
	_, err = e.rollup.DepositTo(e.ctx, e.sim.Transactor(2), id, 1)
	wantRevert(t, err, "DepositsArePaused")
	// Forced withdrawals still work.
	if _, _, err := e.rollup.ForcedWithdrawal(e.ctx, e.sim.Transactor(1), id, 5); err != nil {
		t.Fatal(err)
	}
	// The guardian cannot loosen: unpausing is a governor change.
	_, err = e.rollup.ProposeChange(e.ctx, guard, ChangeUnpauseDeposits, [32]byte{}, [32]byte{})
	wantRevert(t, err, "NotGovernor")
	if _, err := e.rollup.ProposeChange(e.ctx, gov, ChangeUnpauseDeposits, [32]byte{}, [32]byte{}); err != nil {
		t.Fatal(err)
	}
	if err := e.sim.AdjustTime(governanceDelay * time.Second); err != nil {
		t.Fatal(err)
	}
	_, err = e.rollup.ApplyChange(e.ctx, guard, ChangeUnpauseDeposits, [32]byte{}, [32]byte{})
	wantRevert(t, err, "NotGovernor")
	// The guardian may veto a pending change.
	if _, err := e.rollup.ProposeChange(e.ctx, gov, ChangeConfigHash, [32]byte{}, [32]byte{9}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.rollup.CancelChange(e.ctx, guard, ChangeConfigHash, [32]byte{}, [32]byte{9}); err != nil {
		t.Fatal(err)
	}
	_, err = e.rollup.CancelChange(e.ctx, guard, ChangeConfigHash, [32]byte{}, [32]byte{9})
	wantRevert(t, err, "ChangeNotPending")
	if _, err := e.rollup.ApplyChange(e.ctx, gov, ChangeUnpauseDeposits, [32]byte{}, [32]byte{}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := e.rollup.Deposit(e.ctx, e.sim.Transactor(2), newKey(t), 1); err != nil {
		t.Fatalf("deposit after unpause: %v", err)
	}
}

// TestSecurityAccessControl calls every state-changing function of the Rollup from an address without its
// role and requires the role's custom error. Functions anyone may call are listed with the check that covers
// them; a function missing from the table fails the test.
func TestSecurityAccessControl(t *testing.T) {
	e := newEnv(t)
	id, dep := e.account(1, 100)
	stranger := e.sim.Transactor(5)
	gov, guard := e.sim.Transactor(governorIdx), e.sim.Transactor(guardianIdx)
	if _, err := e.rollup.DepositTo(e.ctx, e.sim.Transactor(2), id, 10); err != nil {
		t.Fatal(err)
	}
	top := dep
	top.AmountQuantums = 10
	ts := e.blockTime()
	_, pubdata, proof := e.batch(1, ts, state.Record{}, state.Record{})
	_, depB := e.account(2, 100)
	trade := e.request(id, depB.AccountID, 1) // B's owner consents: only the caller is wrong
	trade.Expiry += reclaimDelay
	tradeSig := e.sign(2, trade)
	a := e.rollup.abi
	type probe struct {
		from []*bind.TransactOpts
		data []byte
		want string
	}
	restricted := map[string]probe{
		"commitBatch": {[]*bind.TransactOpts{stranger, gov, guard}, a.PackCommitBatch(big.NewInt(1), ts, pubdata, withdrawalsOf(pubdata), proof), "NotOperator"},
		"commitSubmission": {[]*bind.TransactOpts{stranger, gov, guard},
			a.PackCommitSubmission(bindings.Submission{NewRoot: big.NewInt(1), NewBatchNumber: 1, Timestamp: ts, BlobIndex: new(big.Int)}), "NotOperator"},
		"forcedWithdrawal": {[]*bind.TransactOpts{stranger, e.op(), gov}, a.PackForcedWithdrawal(id, big.NewInt(1)), "NotAccountOwner"},
		"reclaimDeposit":   {[]*bind.TransactOpts{stranger, e.sim.Transactor(1)}, a.PackReclaimDeposit(1, record32(t, depositRec(top))), "NotDepositPayer"},
		"proposeChange":    {[]*bind.TransactOpts{stranger, guard, e.op()}, a.PackProposeChange(0, [32]byte{}, [32]byte{1}), "NotGovernor"},
		"applyChange":      {[]*bind.TransactOpts{stranger, guard, e.op()}, a.PackApplyChange(0, [32]byte{}, [32]byte{1}), "NotGovernor"},
		"cancelChange":     {[]*bind.TransactOpts{stranger, e.op()}, a.PackCancelChange(0, [32]byte{}, [32]byte{1}), "NotGovernorOrGuardian"},
		"pauseDeposits":    {[]*bind.TransactOpts{stranger, gov, e.op()}, a.PackPauseDeposits(), "NotGuardian"},
		"forcedTrade":      {[]*bind.TransactOpts{stranger, e.sim.Transactor(2), e.op(), gov, guard}, a.PackForcedTrade(trade.abi(), tradeSig), "NotRequester"},
		"setReduceOnly":    {[]*bind.TransactOpts{stranger, gov, e.op()}, a.PackSetReduceOnly(1), "NotGuardian"},
		"raiseMarginFractions": {[]*bind.TransactOpts{stranger, gov, e.op()},
			a.PackRaiseMarginFractions(1, big.NewInt(60_000), big.NewInt(30_000), big.NewInt(0), big.NewInt(0)), "NotGuardian"},
	}
	// Anyone may call these; the named test checks each one's other preconditions.
	open := map[string]string{
		"deposit":         "TestDepositCreatesAccountsInOrder (the caller owns the new account)",
		"depositTo":       "TestDepositToUsesStoredOwnerAndKey (anyone pays; the record names the owner)",
		"withdraw":        "TestWithdrawPullPattern, TestSecurityEscapeInsolventBook (pays the caller's own credit; escape claims only after the claim window, pro rata)",
		"withdrawPartial": "TestEscapeLateAndPartial (pays at most the caller's own credit)",
		"freeze":          "TestSecurityFreeze, TestSecurityFreezeForcedTrade, TestMarketParamsConsumed (only an overdue forced request or market change)",
		"escape":          "TestSecurityEscapeRejects, TestEscapeLateAndPartial (only frozen; claims for the leaf's address)",
		"publishConfig":   "TestSecurityPublishConfig, TestSecurityConfigAlwaysPublishable (only the preimage of a hash that was ever current or is pending; marks it published)",
		"reclaimBond":     "TestSecurityForcedBond (only frozen, only an unserved request's own record, once; pays its requester)",
	}
	if err := e.sim.AdjustTime(reclaimDelay * time.Second); err != nil { // make the reclaim otherwise valid
		t.Fatal(err)
	}
	var names []string
	for _, m := range a.GetABI().Methods {
		if m.StateMutability == "view" || m.StateMutability == "pure" {
			continue
		}
		names = append(names, m.Name)
		if _, ok := open[m.Name]; ok {
			continue
		}
		p, ok := restricted[m.Name]
		if !ok {
			t.Errorf("%s is in neither the restricted nor the open table", m.Name)
			continue
		}
		for _, from := range p.from {
			_, err := transact(e.ctx, e.b, e.rollup.contract, from, p.data)
			args := wantRevert(t, err, p.want)
			if caller, _ := args[len(args)-1].(common.Address); caller != from.From {
				t.Fatalf("%s from %s: %s%v", m.Name, from.From, p.want, args)
			}
		}
	}
	for name := range restricted {
		if !slices.Contains(names, name) {
			t.Errorf("restricted table names %s, which the ABI does not have", name)
		}
	}
	for name := range open {
		if !slices.Contains(names, name) {
			t.Errorf("open table names %s, which the ABI does not have", name)
		}
	}
	// The roles themselves pass the checks.
	if _, _, err := e.rollup.ForcedWithdrawal(e.ctx, e.sim.Transactor(1), id, 1); err != nil {
		t.Fatalf("owner's forced withdrawal: %v", err)
	}
	if _, err := e.rollup.ReclaimDeposit(e.ctx, e.sim.Transactor(2), 1, top); err != nil {
		t.Fatalf("payer's reclaim: %v", err)
	}
	if _, err := e.rollup.ProposeChange(e.ctx, gov, ChangeConfigHash, [32]byte{}, [32]byte{1}); err != nil {
		t.Fatalf("governor's proposal: %v", err)
	}
	if _, err := e.rollup.CancelChange(e.ctx, gov, ChangeConfigHash, [32]byte{}, [32]byte{1}); err != nil {
		t.Fatalf("governor's cancel: %v", err)
	}
	if _, err := e.rollup.PauseDeposits(e.ctx, guard); err != nil {
		t.Fatalf("guardian's pause: %v", err)
	}
	if _, err := e.forcedTrade(1, trade, tradeSig); err != nil {
		t.Fatalf("A's owner's forced trade: %v", err)
	}
	if _, _, err := e.rollup.SetReduceOnly(e.ctx, guard, 1); err != nil {
		t.Fatalf("guardian's reduce-only: %v", err)
	}
	if _, _, err := e.rollup.RaiseMarginFractions(e.ctx, guard, 2, 100_000, 60_000, 0, 0); err != nil {
		t.Fatalf("guardian's raise: %v", err)
	}
}

// runMarker is the queue entry at both ends of a run [start, end] of reclaimed deposits.
func runMarker(start, end uint64) *big.Int {
	m := new(big.Int).Lsh(new(big.Int).SetUint64(start), 72)
	m.Or(m, new(big.Int).Lsh(big.NewInt(0xff), 64))
	return m.Or(m, new(big.Int).SetUint64(end))
}

// checkNotPending fails unless queue entry i is marked reclaimed and reclaimDeposit refuses it with
// NotPending(i), whatever record is given.
func (e *env) checkNotPending(i uint64) {
	e.t.Helper()
	if typ := new(big.Int).Rsh(e.queueEntry(i), 64).Uint64() & 0xff; typ != 0xff {
		e.t.Fatalf("entry %d has type %d, want reclaimed (0xff)", i, typ)
	}
	addr := e.rollup.Address()
	data := e.rollup.abi.PackReclaimDeposit(i, [32]byte{})
	_, err := e.b.CallContract(e.ctx, ethereum.CallMsg{From: e.sim.Address(1), To: &addr, Data: data}, nil)
	if args := wantRevert(e.t, decodeRevert(err), "NotPending"); args[0].(uint64) != i {
		e.t.Fatalf("entry %d: NotPending%v", i, args)
	}
}

// TestSecurityReclaimedRuns checks that reclaimed deposits, reclaimed in random order, merge into runs whose
// two ends hold the run's bounds and every entry of which reads reclaimed (not pending), and that a batch skips a run of any length in one step: skipping 300 reclaimed
// entries costs what skipping 2 does, so no number of reclaims can make a batch too expensive to commit.
func TestSecurityReclaimedRuns(t *testing.T) {
	e := newEnv(t)
	seed := testSeed(t)
	rng := rand.New(rand.NewPCG(seed, 7))
	// Placeholders (reclaimable entries) before each real deposit, and after the last one.
	gaps := []uint64{0, 1, 300, 2, 0, 57, 3}
	var deps []state.DepositRecord
	var depIdx, placeholders []uint64
	var q uint64
	for k, g := range gaps {
		if g > 0 {
			e.must(e.harnessTx(e.harness.PackPushPlaceholders(g)))
			for i := range g {
				placeholders = append(placeholders, q+i)
			}
			q += g
		}
		if k == len(gaps)-1 {
			break
		}
		_, d := e.account(1+k%users, uint64(10+k))
		deps, depIdx = append(deps, d), append(depIdx, q)
		q++
	}
	if s := e.status(); s.QueueCount != q {
		t.Fatalf("queue count %d, want %d", s.QueueCount, q)
	}
	reclaimed := map[uint64]bool{}
	var head uint64
	reclaim := func(idx []uint64) {
		t.Helper()
		rng.Shuffle(len(idx), func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
		for len(idx) > 0 {
			n := min(len(idx), 50)
			e.must(e.harnessTx(e.harness.PackMarkReclaimed(idx[:n])))
			for _, i := range idx[:n] {
				reclaimed[i] = true
			}
			idx = idx[n:]
		}
		// Every maximal run at or after the head has its bounds at both ends.
		for s := head; s < q; s++ {
			if !reclaimed[s] {
				continue
			}
			end := s
			for reclaimed[end+1] {
				end++
			}
			want := runMarker(s, end)
			if got := e.queueEntry(s); got.Cmp(want) != 0 {
				t.Fatalf("run [%d, %d]: entry %d = %x, want %x", s, end, s, got, want)
			}
			if got := e.queueEntry(end); got.Cmp(want) != 0 {
				t.Fatalf("run [%d, %d]: entry %d = %x, want %x", s, end, end, got, want)
			}
			// Every entry of the run, not only its ends, reads reclaimed, so none is pending again.
			for i := s; i <= end; i++ {
				e.checkNotPending(i)
			}
			s = end
		}
	}
	// Phase 1: every placeholder before the third deposit and a random half of the others.
	var first, rest []uint64
	for _, i := range placeholders {
		if i < depIdx[2] || rng.IntN(2) == 0 {
			first = append(first, i)
		} else {
			rest = append(rest, i)
		}
	}
	reclaim(first)
	if err := e.applyRecords(depositRec(deps[0]), depositRec(deps[1])); err != nil {
		t.Fatal(err)
	}
	head = depIdx[1] + 1
	if s := e.status(); s.QueueHead != head {
		t.Fatalf("queue head %d, want %d", s.QueueHead, head)
	}
	// Phase 2: the rest, some of them now at the head; then each remaining deposit in its own walk.
	reclaim(rest)
	gas := make([]uint64, len(deps))
	for k := 2; k < len(deps); k++ {
		r, err := e.harnessTx(e.harness.PackApplyRecords(batchPubdata(t, depositRec(deps[k])), nil))
		if err != nil {
			t.Fatalf("deposit %d: %v", k, err)
		}
		gas[k] = r.GasUsed
		head = depIdx[k] + 1
		if s := e.status(); s.QueueHead != head {
			t.Fatalf("queue head %d, want %d", s.QueueHead, head)
		}
		if e.queueEntry(depIdx[k]).Sign() != 0 || (gaps[k] > 0 && (e.queueEntry(depIdx[k]-1).Sign() != 0 || e.queueEntry(depIdx[k]-gaps[k]).Sign() != 0)) {
			t.Fatalf("deposit %d: consumed entry or skipped run ends not cleared", k)
		}
	}
	t.Logf("gas of a one-deposit walk after a run of 300 / 2 / 57 reclaimed entries: %d / %d / %d", gas[2], gas[3], gas[5])
	for _, k := range []int{2, 5} {
		if d := int64(gas[k]) - int64(gas[3]); d > 2_000 || d < -2_000 {
			t.Fatalf("skipping %d entries costs %d gas more than skipping 2", gaps[k], d)
		}
	}
	// A trailing run stays at the head until a later deposit consumes past it.
	if !reclaimed[head] || e.queueEntry(head).Cmp(runMarker(head, q-1)) != 0 {
		t.Fatalf("trailing run at %d: %x", head, e.queueEntry(head))
	}
}

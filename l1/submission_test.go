package l1

import (
	"context"
	"crypto/sha256"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/frontend"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/perpx/perpx/circuits/blob"
	"github.com/perpx/perpx/l1/bindings"
	"github.com/perpx/perpx/l1/internal/submissioncircuit"
	"github.com/perpx/perpx/l1/testbindings"
	"github.com/perpx/perpx/state"
)

// submissionGas is the gas limit of a commitSubmission transaction in the tests.
const submissionGas = 3_000_000

// submissionConfigHash is the config hash of the submission tests' rollups: a field element, as every real
// config hash is (the statement hashes it with Poseidon2).
var submissionConfigHash = [32]byte{0x0c, 0xf1, 0x9}

// subFixture is a harness with the real submission verifier (the stand-in circuit's, SUBMISSION_VERIFIER_KEY)
// and an honest submission of two batches for it: a deposit, a valid forced withdrawal and a withdrawal as its
// l1Records, its blob in sidecar, and a real Groth16 proof.
type subFixture struct {
	*env
	verifier common.Address
	sub      bindings.Submission
	sidecar  *types.BlobTxSidecar
	words    [SubmissionWords][32]byte
	alice    common.Address
	// owner is the deposit's account owner, who also forced the withdrawal of forced from it.
	owner  common.Address
	forced uint64
}

// deploySubmissionVerifier deploys the committed SubmissionVerifier (the stand-in circuit's exported verifier).
func deploySubmissionVerifier(e *env) common.Address {
	e.t.Helper()
	raw, err := artifacts.ReadFile("artifacts/test/SubmissionVerifier.bin")
	if err != nil {
		e.t.Fatal(err)
	}
	addr, err := deploy(e.ctx, e.b, e.op(), common.FromHex(strings.TrimSpace(string(raw))), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return addr
}

// newSubmissionEnv returns a harness whose config hash is a field element, with the submission verifier
// registered when enabled.
func newSubmissionEnv(t *testing.T, enabled bool) (*env, common.Address) {
	t.Helper()
	if submissionKeys == nil {
		t.Skip("-short: no submission keys")
	}
	var verifier common.Address
	e := newEnvHook(t, testMarkets(), func(e *env) {
		e.configHash = submissionConfigHash
		verifier = deploySubmissionVerifier(e)
		if enabled {
			e.extraKeys, e.extraVerifiers = []*big.Int{SubmissionVerifierKey}, []common.Address{verifier}
		}
	})
	return e, verifier
}

// newSubFixture queues a deposit and a forced withdrawal and builds, proves and opens an honest submission of
// batches 1 and 2 that consumes both (the forced withdrawal served valid) and credits alice 40 by a withdrawal.
func newSubFixture(t *testing.T) *subFixture {
	t.Helper()
	e, verifier := newSubmissionEnv(t, true)
	f := &subFixture{env: e, verifier: verifier, alice: e.sim.Address(4), owner: e.sim.Address(1), forced: 300}
	key := newKey(t)
	id, _, err := e.rollup.Deposit(e.ctx, e.sim.Transactor(1), key, 1000)
	if err != nil {
		t.Fatal(err)
	}
	dep := depositRec(state.DepositRecord{AccountID: id, AmountQuantums: 1000, L1Address: state.L1Address(f.owner), PubKey: key})
	if _, _, err := e.rollup.ForcedWithdrawal(e.ctx, e.sim.Transactor(1), id, f.forced); err != nil {
		t.Fatal(err)
	}
	fw := state.Record{ForcedWithdrawal: &state.ForcedWithdrawalRecord{AccountID: id, AmountQuantums: f.forced,
		L1Address: state.L1Address(f.owner), Valid: true}}
	l1Records := encode(t, dep, fw, withdrawalRec(f.alice, 40))
	// The blob holds every record of the two batches (here the L1 records and a trade); the stand-in circuit does
	// not read it, the Root would bind it (§11.1).
	b, err := blob.Pack(append(append([]byte{}, l1Records...), encode(t, tradeRec())...))
	if err != nil {
		t.Fatal(err)
	}
	if f.sidecar, err = NewBlobSidecar([]kzg4844.Blob{*b}); err != nil {
		t.Fatal(err)
	}
	z := sha256.Sum256([]byte("perpx submission test point"))
	z[0] = 0 // below 2^248, a BN254 word and a BLS12-381 scalar
	open, err := OpenBlob(f.sidecar, 0, z)
	if err != nil {
		t.Fatal(err)
	}
	s := e.status()
	ts := e.blockTime()
	var newRoot fr.Element
	newRoot.SetUint64(12345)
	st := SubmissionStatement{OldRoot: s.StateRoot, NewRoot: newRoot, ConfigHash: e.configHash, LastBatch: s.BatchNumber,
		LastTimestamp: s.Timestamp, NewBatch: s.BatchNumber + 2, NewTimestamp: ts, L1Records: l1Records,
		VersionedHash: f.sidecar.BlobHashes()[0], Z: open.Z, Y: open.Y}
	if f.words, err = st.Words(); err != nil {
		t.Fatal(err)
	}
	f.sub = bindings.Submission{NewRoot: state.BigOf(newRoot), NewBatchNumber: st.NewBatch, Timestamp: ts,
		L1Records: l1Records, WithdrawalAddresses: withdrawalsOf(append(make([]byte, state.MarketRecordSize), l1Records...)),
		BlobIndex: new(big.Int), Z: open.Z, Y: open.Y, KzgCommitment: open.Commitment[:], KzgProof: open.Proof[:],
		Proof: proveSubmission(t, f.words)}
	return f
}

// proveSubmission proves the stand-in circuit for words with the options gnark's Solidity verifier needs and
// returns the proof in the verifier's byte form.
func proveSubmission(t *testing.T, words [SubmissionWords][32]byte) []byte {
	t.Helper()
	w, err := frontend.NewWitness(submissioncircuit.Assign(words), ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	k := submissionKeys
	proof, err := groth16.Prove(k.CCS, k.PK, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		t.Fatal(err)
	}
	pub, err := w.Public()
	if err != nil {
		t.Fatal(err)
	}
	if err := groth16.Verify(proof, k.VK, pub, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		t.Fatal(err)
	}
	return proof.(*groth16bn254.Proof).MarshalSolidity()
}

// try runs commitSubmission(s) from account i as a call carrying sc's blobs (none when sc is nil).
func (f *subFixture) try(i int, s bindings.Submission, sc *types.BlobTxSidecar) error {
	data := PackCommitSubmission(s)
	to := f.rollup.Address()
	if sc == nil {
		_, err := f.b.CallContract(f.ctx, ethereum.CallMsg{From: f.sim.Address(i), To: &to, Data: data}, nil)
		return decodeRevert(err)
	}
	_, err := CallWithBlobs(f.ctx, f.b, f.sim.Address(i), to, data, sc)
	return err
}

// send commits s in a type-3 transaction from the operator.
func (f *subFixture) send(s bindings.Submission, sc *types.BlobTxSidecar) (*types.Receipt, error) {
	return f.rollup.CommitSubmission(f.ctx, f.sim.Key(operatorIdx), big.NewInt(SimChainID), s, sc, submissionGas)
}

// sidecarOf returns a sidecar of blobs.
func sidecarOf(t *testing.T, blobs ...kzg4844.Blob) *types.BlobTxSidecar {
	t.Helper()
	sc, err := NewBlobSidecar(blobs)
	if err != nil {
		t.Fatal(err)
	}
	return sc
}

// TestCommitSubmission commits an honest submission of two batches with a real Groth16 proof and a real blob: it
// moves the root, batch number, timestamp and queue head, consumes the deposit and credits the withdrawal. Before
// that, every tampered submission is refused: the blob changed by one byte, another blob, a wrong point or value,
// no blob, another root, batch number or timestamp, an L1 record dropped, reordered or of another type, a
// withdrawal address swapped, a non-operator; and after it a replay and a frozen rollup.
func TestCommitSubmission(t *testing.T) {
	f := newSubFixture(t)
	honest := f.sub
	if err := f.try(operatorIdx, honest, f.sidecar); err != nil {
		t.Fatalf("honest submission refused: %v", err)
	}
	for name, c := range f.tamperedCases(t) {
		err := f.try(c.from, c.sub, c.sidecar)
		var re *RevertError
		if !errors.As(err, &re) || re.Name != c.want {
			t.Errorf("%s: got %v, want revert %s", name, err, c.want)
			continue
		}
		t.Logf("%s: %v", name, err)
	}

	receipt, err := f.send(honest, f.sidecar)
	if err != nil {
		t.Fatal(err)
	}
	f.checkCommitted(receipt)
	if err := f.try(operatorIdx, honest, f.sidecar); !isRevert(err, "BatchNumberNotAfter") {
		t.Fatalf("replay: got %v, want BatchNumberNotAfter", err)
	}
	if _, err := f.harnessTx(f.harness.PackFreezeNow()); err != nil {
		t.Fatal(err)
	}
	next := honest
	next.NewBatchNumber++
	if err := f.try(operatorIdx, next, f.sidecar); !isRevert(err, "RollupFrozen") {
		t.Fatalf("frozen: got %v, want RollupFrozen", err)
	}
}

// isRevert reports whether err is a revert with the named custom error.
func isRevert(err error, name string) bool {
	var re *RevertError
	return errors.As(err, &re) && re.Name == name
}

// checkCommitted checks the state and the SubmissionCommitted event after the honest submission.
func (f *subFixture) checkCommitted(receipt *types.Receipt) {
	t := f.t
	ev, err := bindings.NewRollup().UnpackSubmissionCommittedEvent(receipt.Logs[len(receipt.Logs)-1])
	if err != nil {
		t.Fatal(err)
	}
	if ev.FirstBatchNumber != 1 || ev.LastBatchNumber != 2 || ev.NewRoot.Cmp(f.sub.NewRoot) != 0 ||
		ev.Timestamp != f.sub.Timestamp || ev.QueueHead != 2 || ev.VersionedHash != f.sidecar.BlobHashes()[0] ||
		string(ev.L1Records) != string(f.sub.L1Records) {
		t.Fatalf("SubmissionCommitted %+v", ev)
	}
	s := f.status()
	if state.BigOf(s.StateRoot).Cmp(f.sub.NewRoot) != 0 || s.BatchNumber != 2 || s.Timestamp != f.sub.Timestamp || s.QueueHead != 2 {
		t.Fatalf("status %+v", s)
	}
	if p, err := f.rollup.PendingWithdrawal(f.ctx, f.alice); err != nil || p.Uint64() != 40 {
		t.Fatalf("alice's pending withdrawal %v, %v; want 40", p, err)
	}
	// The forced withdrawal served valid: its amount and its bond are credited to its owner.
	bond, err := f.rollup.ForcedRequestBond(f.ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := new(big.Int).Add(bond, new(big.Int).SetUint64(f.forced))
	if p, err := f.rollup.PendingWithdrawal(f.ctx, f.owner); err != nil || p.Cmp(want) != 0 {
		t.Fatalf("owner's pending withdrawal %v, %v; want %v", p, err, want)
	}
	if b, err := f.rollup.ForcedBonds(f.ctx); err != nil || b.Sign() != 0 {
		t.Fatalf("forced bonds %v, %v; want 0", b, err)
	}
	for i := uint64(0); i < 2; i++ {
		if got := f.queueEntry(i); got.Sign() != 0 {
			t.Fatalf("consumed queue entry %d = %x, want deleted", i, got)
		}
	}
	t.Logf("commitSubmission: %d gas, %d blob gas, %d calldata bytes", receipt.GasUsed, receipt.BlobGasUsed,
		len(PackCommitSubmission(f.sub)))
}

// subCase is a tampered submission and the revert it must get.
type subCase struct {
	from    int
	sub     bindings.Submission
	sidecar *types.BlobTxSidecar
	want    string
}

// tamperedCases returns the refused variants of the honest submission.
func (f *subFixture) tamperedCases(t *testing.T) map[string]subCase {
	h := f.sub
	with := func(edit func(s *bindings.Submission)) bindings.Submission {
		s := h
		s.L1Records = append([]byte{}, h.L1Records...)
		s.WithdrawalAddresses = append([]common.Address{}, h.WithdrawalAddresses...)
		edit(&s)
		return s
	}
	changed := f.sidecar.Blobs[0]
	changed[1000] ^= 1
	other := testBlob(t, 7)
	oneMore := func(b []byte) []byte { c := append([]byte{}, b...); c[31] ^= 1; return c }
	rec := func(i int) []byte { return h.L1Records[32*i : 32*i+32] }
	trade := encode(t, tradeRec())
	ops := map[string]subCase{
		"a blob changed by one byte":    {sidecar: sidecarOf(t, changed), want: "PointEvaluationFailed"},
		"another blob":                  {sidecar: sidecarOf(t, other), want: "PointEvaluationFailed"},
		"another blob at the index":     {sidecar: sidecarOf(t, other, f.sidecar.Blobs[0]), want: "PointEvaluationFailed"},
		"no blob":                       {want: "NoBlob"},
		"blob index past the last blob": {sub: with(func(s *bindings.Submission) { s.BlobIndex = big.NewInt(1) }), want: "NoBlob"},
		"a wrong z":                     {sub: with(func(s *bindings.Submission) { s.Z = [32]byte(oneMore(s.Z[:])) }), want: "PointEvaluationFailed"},
		"a wrong y":                     {sub: with(func(s *bindings.Submission) { s.Y = [32]byte(oneMore(s.Y[:])) }), want: "PointEvaluationFailed"},
		"a 49-byte KZG commitment":      {sub: with(func(s *bindings.Submission) { s.KzgCommitment = append(s.KzgCommitment, 0) }), want: "BadKzgLength"},
		"another new root":              {sub: with(func(s *bindings.Submission) { s.NewRoot = new(big.Int).Add(s.NewRoot, big.NewInt(1)) }), want: "ProofInvalid"},
		"another batch number":          {sub: with(func(s *bindings.Submission) { s.NewBatchNumber++ }), want: "ProofInvalid"},
		"another timestamp":             {sub: with(func(s *bindings.Submission) { s.Timestamp-- }), want: "ProofInvalid"},
		"an l1Record dropped":           {sub: with(func(s *bindings.Submission) { s.L1Records = s.L1Records[:64]; s.WithdrawalAddresses = nil }), want: "ProofInvalid"},
		"l1Records reordered": {sub: with(func(s *bindings.Submission) {
			s.L1Records = append(append(append([]byte{}, rec(1)...), rec(0)...), rec(2)...)
		}), want: "ProofInvalid"},
		"an l1Record of a non-L1 type":   {sub: with(func(s *bindings.Submission) { s.L1Records = append(s.L1Records, trade...) }), want: "NotAnL1Record"},
		"a partial l1Record":             {sub: with(func(s *bindings.Submission) { s.L1Records = append(s.L1Records, 0x10) }), want: "BadL1RecordsLength"},
		"a withdrawal address swapped":   {sub: with(func(s *bindings.Submission) { s.WithdrawalAddresses[0] = f.sim.Address(5) }), want: "WithdrawalTagMismatch"},
		"a new root of r":                {sub: with(func(s *bindings.Submission) { s.NewRoot = fr.Modulus() }), want: "NotInField"},
		"the stored batch number":        {sub: with(func(s *bindings.Submission) { s.NewBatchNumber = 0 }), want: "BatchNumberNotAfter"},
		"a timestamp past the bound":     {sub: with(func(s *bindings.Submission) { s.Timestamp = f.blockTime() + 15*60 + 1 }), want: "TimestampTooFarAhead"},
		"a non-operator":                 {from: 1, want: "NotOperator"},
		"a proof for another submission": {sub: with(func(s *bindings.Submission) { s.Proof = oneMore(s.Proof) }), want: "ProofInvalid"},
	}
	for name, c := range ops {
		if c.sub.Proof == nil {
			c.sub = h
		}
		if c.sidecar == nil && name != "no blob" {
			c.sidecar = f.sidecar
		}
		ops[name] = c
	}
	return ops
}

// TestCommitSubmissionDisabled: without a submission verifier, commitSubmission reverts with SubmissionsDisabled;
// governance enables it with a Verifier change under SubmissionVerifierKey, and disables it again with address 0.
func TestCommitSubmissionDisabled(t *testing.T) {
	e, verifier := newSubmissionEnv(t, false)
	sub := bindings.Submission{NewRoot: big.NewInt(1), NewBatchNumber: 1, Timestamp: e.blockTime(), BlobIndex: new(big.Int)}
	f := &subFixture{env: e}
	if err := f.try(operatorIdx, sub, nil); !isRevert(err, "SubmissionsDisabled") {
		t.Fatalf("got %v, want SubmissionsDisabled", err)
	}
	key := [32]byte(SubmissionVerifierKey.Bytes())
	for _, v := range []common.Address{verifier, {}} {
		e.governVerifier(key, v)
		got, err := call(e.ctx, e.rollup.contract, e.rollup.abi.PackVerifiers(SubmissionVerifierKey), e.rollup.abi.UnpackVerifiers)
		if err != nil || got != v {
			t.Fatalf("verifiers[SUBMISSION_VERIFIER_KEY] = %s, %v; want %s", got, err, v)
		}
	}
	if err := f.try(operatorIdx, sub, nil); !isRevert(err, "SubmissionsDisabled") {
		t.Fatalf("after removal: got %v, want SubmissionsDisabled", err)
	}
}

// TestL1RecordsChain checks the Go twin of RollupChecks.chain against the contract: the empty chain, records of
// every L1 type, and the refusals of a record of another type and of a partial record.
func TestL1RecordsChain(t *testing.T) {
	e := newEnv(t)
	h4 := e.hasher4()
	fw := state.Record{ForcedWithdrawal: &state.ForcedWithdrawalRecord{AccountID: 3, AmountQuantums: 9, L1Address: state.L1Address(e.sim.Address(2)), Valid: true}}
	mp := state.Record{MarketParams: &state.MarketParamsRecord{Market: 2, Status: state.MarketReduceOnly, ImfPpm: 100_000, MmfPpm: 50_000}}
	ft := state.Record{ForcedTrade: &state.ForcedTradeRecord{Market: 1, AccountA: 1, AccountB: 2, SizeQuantums: 10, Price: 1_000_000, AIsBuy: true, Valid: true}}
	dep := depositRec(state.DepositRecord{AccountID: 1, AmountQuantums: 5, L1Address: state.L1Address(e.sim.Address(1)), PubKey: newKey(t)})
	for _, recs := range [][]state.Record{nil, {dep}, {dep, withdrawalRec(e.sim.Address(3), 7), fw, ft, mp}} {
		b := encode(t, recs...)
		want, err := L1RecordsChain(b)
		if err != nil {
			t.Fatal(err)
		}
		out, err := CallChecks(e.ctx, e.b, e.checks, "chain", h4, b)
		if err != nil {
			t.Fatal(err)
		}
		if got := out[0].(*big.Int); got.Cmp(state.BigOf(want)) != 0 {
			t.Fatalf("%d records: contract chain %x, Go %x", len(recs), got, state.BigOf(want))
		}
	}
	for _, bad := range []struct {
		b      []byte
		goErr  error
		solErr string
	}{
		{encode(t, dep, tradeRec()), ErrNotL1Record, "NotAnL1Record"},
		{encode(t, state.Record{}), ErrNotL1Record, "NotAnL1Record"},
		{append(encode(t, dep), 0x10), ErrL1RecordsLength, "BadL1RecordsLength"},
	} {
		if _, err := L1RecordsChain(bad.b); !errors.Is(err, bad.goErr) {
			t.Fatalf("Go: got %v, want %v", err, bad.goErr)
		}
		if _, err := CallChecks(e.ctx, e.b, e.checks, "chain", h4, bad.b); !isRevert(err, bad.solErr) {
			t.Fatalf("contract: got %v, want %s", err, bad.solErr)
		}
	}
}

// governVerifier proposes and, GOVERNANCE_DELAY later, applies a Verifier change of key to v.
func (e *env) governVerifier(key [32]byte, v common.Address) {
	e.t.Helper()
	gov := e.sim.Transactor(governorIdx)
	value := common.BytesToHash(v[:])
	e.must(e.rollup.ProposeChange(e.ctx, gov, ChangeVerifier, key, value))
	if err := e.sim.AdjustTime(governanceDelay * time.Second); err != nil {
		e.t.Fatal(err)
	}
	e.must(e.rollup.ApplyChange(e.ctx, gov, ChangeVerifier, key, value))
}

// hasher4 reads the Rollup's width-4 hasher.
func (e *env) hasher4() common.Address {
	e.t.Helper()
	h, err := call(e.ctx, e.rollup.contract, e.rollup.abi.PackHasher4(), e.rollup.abi.UnpackHasher4)
	if err != nil {
		e.t.Fatal(err)
	}
	return h
}

// TestSubmissionGasSplit measures an honest commitSubmission of two batches (a deposit, a valid forced
// withdrawal and a withdrawal as its L1 records) and splits its gas into proof verification (the verifier called alone), the blob check
// (BlobCheck.check alone, its precompile 50,000), calldata (EIP-2028 pricing of the transaction's data),
// intrinsic gas, and bookkeeping: the rest — state reads, the statement's hashing (two Poseidon2 compressions,
// one width-4 compression per L1 record, SHA-256), the records applied (queue entry consumed, withdrawal
// credited, the forced request and its bond settled), the stored state and the event.
func TestSubmissionGasSplit(t *testing.T) {
	f := newSubFixture(t)
	receipt, err := f.send(f.sub, f.sidecar)
	if err != nil {
		t.Fatal(err)
	}
	input := SubmissionCommitment(f.words)
	verify := f.execGas(f.verifier, bindings.NewIVerifier().PackVerifyProof(f.sub.Proof, [1]*big.Int{input}), nil)
	bc := testbindings.NewBlobCheckHarness()
	bcAddr, err := deploy(f.ctx, f.b, f.op(), common.FromHex(testbindings.BlobCheckHarnessMetaData.Bin), nil)
	if err != nil {
		t.Fatal(err)
	}
	r, err := f.sim.SendBlob(f.ctx, operatorIdx, BlobTx{To: bcAddr, Data: bc.PackCheck(f.sub.BlobIndex, f.sub.Z, f.sub.Y,
		f.sub.KzgCommitment, f.sub.KzgProof), Sidecar: f.sidecar, Gas: 200_000})
	if err != nil {
		t.Fatal(err)
	}
	ev, err := bc.UnpackCheckedEvent(r.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	blobCheck := ev.GasUsed.Uint64()
	data := PackCommitSubmission(f.sub)
	calldata := calldataGas(data)
	const intrinsic = 21_000
	book := receipt.GasUsed - intrinsic - calldata - verify - blobCheck
	t.Logf("commitSubmission of 2 batches (3 L1 records: deposit, forced withdrawal, withdrawal; %d calldata bytes): %d gas = "+
		"verification %d + blob check %d + calldata %d + intrinsic %d + bookkeeping %d; %d blob gas",
		len(data), receipt.GasUsed, verify, blobCheck, calldata, intrinsic, book, receipt.BlobGasUsed)
	if verify+blobCheck+calldata+intrinsic >= receipt.GasUsed {
		t.Fatalf("the parts (%d) exceed the whole (%d)", verify+blobCheck+calldata+intrinsic, receipt.GasUsed)
	}
}

// execGas returns the execution gas of a call of data to `to` from the operator: the estimate less the
// intrinsic gas and the calldata's.
func (e *env) execGas(to common.Address, data []byte, sc *types.BlobTxSidecar) uint64 {
	e.t.Helper()
	msg := ethereum.CallMsg{From: e.sim.Address(operatorIdx), To: &to, Data: data}
	if sc != nil {
		msg.BlobHashes, msg.BlobGasFeeCap = sc.BlobHashes(), big.NewInt(1<<30)
	}
	g, err := e.b.EstimateGas(context.Background(), msg)
	if err != nil {
		e.t.Fatal(decodeRevert(err))
	}
	return g - 21_000 - calldataGas(data)
}

// calldataGas is the EIP-2028 price of data: 4 gas a zero byte, 16 a nonzero byte.
func calldataGas(data []byte) uint64 {
	var g uint64
	for _, b := range data {
		if b == 0 {
			g += 4
		} else {
			g += 16
		}
	}
	return g
}

// TestDeploySubmissionVerifier: Deploy registers DeployConfig.SubmissionVerifier under SubmissionVerifierKey and
// gives the Rollup the RollupChecks it deployed; a Rollup given a RollupChecks address without code is refused
// with NotAContract.
func TestDeploySubmissionVerifier(t *testing.T) {
	e := newEnv(t)
	cfg := DeployConfig{Governor: e.sim.Address(governorIdx), Operators: []common.Address{e.sim.Address(0)},
		Genesis: EmptyGenesis(testMarkets()), ConfigHash: submissionConfigHash,
		Verifiers: map[int]common.Address{2: e.verifier}, SubmissionVerifier: e.verifier}
	d, err := Deploy(e.ctx, e.b, e.op(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	r := NewRollup(e.b, d.Rollup)
	got, err := call(e.ctx, r.contract, r.abi.PackVerifiers(SubmissionVerifierKey), r.abi.UnpackVerifiers)
	if err != nil || got != e.verifier {
		t.Fatalf("verifiers[SUBMISSION_VERIFIER_KEY] = %s, %v; want %s", got, err, e.verifier)
	}
	checks, err := call(e.ctx, r.contract, r.abi.PackChecks(), r.abi.UnpackChecks)
	if err != nil || checks != d.Checks || d.Checks == (common.Address{}) {
		t.Fatalf("checks %s, %v; deployed %s", checks, err, d.Checks)
	}
	key, err := call(e.ctx, r.contract, r.abi.PackSUBMISSIONVERIFIERKEY(), r.abi.UnpackSUBMISSIONVERIFIERKEY)
	if err != nil || key.Cmp(SubmissionVerifierKey) != 0 {
		t.Fatalf("SUBMISSION_VERIFIER_KEY = %x, %v; want %x", key, err, SubmissionVerifierKey)
	}
	eoa := e.sim.Address(3)
	_, err = Deploy(e.ctx, e.b, e.op(), DeployConfig{Governor: cfg.Governor, Operators: cfg.Operators, Genesis: cfg.Genesis,
		ConfigHash: cfg.ConfigHash, Verifiers: cfg.Verifiers, Checks: eoa})
	if args := wantRevert(t, err, "NotAContract"); args[0].(common.Address) != eoa {
		t.Fatalf("NotAContract%v, want %s", args, eoa)
	}
}

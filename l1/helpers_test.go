package l1

import (
	"context"
	"crypto/rand"
	"errors"
	"math/big"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/perpx/perpx/l1/bindings"
	"github.com/perpx/perpx/l1/testbindings"
	"github.com/perpx/perpx/state"
)

// Sim accounts used by the tests: 0 deploys and operates, 1..5 are users, 6 governs and 7 guards.
const (
	operatorIdx = 0
	users       = 5
	governorIdx = 6
	guardianIdx = 7
	simAccounts = 8
)

// testBatchSizes are the batch sizes the test rollup accepts (each with a MockVerifier).
var testBatchSizes = []int{2, 8}

// userFunds is what each user is minted: enough for a deposit of MaxAmount − 1.
var userFunds = new(big.Int).Lsh(big.NewInt(1), 60)

// env is a RollupHarness on a Sim with a TestUSDC and a MockVerifier per batch size.
type env struct {
	t          *testing.T
	ctx        context.Context
	sim        *Sim
	b          Backend
	token      *Token
	verifier   common.Address
	rollup     *Rollup // bound to the harness
	harness    *testbindings.RollupHarness
	harnessC   *bind.BoundContract
	genesis    Genesis
	configHash [32]byte
	// checks is the RollupChecks every harness of the env is given.
	checks common.Address
	// extraKeys and extraVerifiers are registered with the harness beside the test batch sizes (the
	// submission verifier under SubmissionVerifierKey).
	extraKeys      []*big.Int
	extraVerifiers []common.Address
}

// testMarkets is the markets table of the test rollups: two listed markets, one with a nonzero funding index.
func testMarkets() state.Markets {
	var m state.Markets
	m[0] = state.Market{Status: state.MarketActive, OraclePrice: 1_000_000_000, TickSize: 1_000, StepSize: 1_000, ImfPpm: 50_000, MmfPpm: 30_000}
	m[1] = state.Market{Status: state.MarketActive, OraclePrice: 30_000_000, FundingIndex: -7, TickSize: 100, StepSize: 10_000, ImfPpm: 100_000, MmfPpm: 50_000}
	return m
}

func newEnv(t *testing.T) *env {
	t.Helper()
	return newEnvWith(t, testMarkets())
}

// newEnvWith is newEnv with the genesis markets table markets.
func newEnvWith(t *testing.T, markets state.Markets) *env {
	t.Helper()
	return newEnvHook(t, markets, nil)
}

// newEnvHook is newEnvWith with hook, when given, run before the harness is deployed (the token, the
// RollupChecks and the mock verifier deployed): it may set the config hash and extra verifiers.
func newEnvHook(t *testing.T, markets state.Markets, hook func(e *env)) *env {
	t.Helper()
	sim, err := NewSim(simAccounts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	e := &env{t: t, ctx: context.Background(), sim: sim, b: sim.Client(), genesis: EmptyGenesis(markets)}
	e.configHash = [32]byte{0xc0, 0xf1, 0x9}
	tokenAddr, err := DeployTestUSDC(e.ctx, e.b, e.op())
	if err != nil {
		t.Fatal(err)
	}
	e.token = NewToken(e.b, tokenAddr)
	if e.checks, err = DeployRollupChecks(e.ctx, e.b, e.op()); err != nil {
		t.Fatal(err)
	}
	e.verifier = e.deployMockVerifier()
	if hook != nil {
		hook(e)
	}
	verifiers := make([]common.Address, len(testBatchSizes))
	for i := range verifiers {
		verifiers[i] = e.verifier
	}
	addr := e.deployHarness(tokenAddr, sim.Address(operatorIdx), verifiers)
	e.rollup = NewRollup(e.b, addr)
	e.harness = testbindings.NewRollupHarness()
	e.harnessC = e.harness.Instance(e.b, addr)
	for i := 1; i <= users; i++ {
		e.must(e.token.Mint(e.ctx, e.op(), sim.Address(i), userFunds))
		e.must(e.token.Approve(e.ctx, sim.Transactor(i), addr, userFunds))
	}
	return e
}

func (e *env) op() *bind.TransactOpts { return e.sim.Transactor(operatorIdx) }

func (e *env) deployMockVerifier() common.Address {
	e.t.Helper()
	addr, err := deploy(e.ctx, e.b, e.op(), common.FromHex(testbindings.MockVerifierMetaData.Bin), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return addr
}

// deployHarness deploys a RollupHarness over token with one verifier per test batch size.
func (e *env) deployHarness(token, operator common.Address, verifiers []common.Address) common.Address {
	e.t.Helper()
	keys := append(sizes(testBatchSizes...), e.extraKeys...)
	addr, err := e.tryDeployHarness(token, e.roles(operator), keys, append(verifiers, e.extraVerifiers...))
	if err != nil {
		e.t.Fatal(err)
	}
	return addr
}

// roles returns the test roles with one operator.
func (e *env) roles(operator common.Address) testbindings.RollupRoles {
	return testbindings.RollupRoles{Governor: e.sim.Address(governorIdx), Guardian: e.sim.Address(guardianIdx), Operators: []common.Address{operator}}
}

func (e *env) tryDeployHarness(token common.Address, roles testbindings.RollupRoles, batchSizes []*big.Int, verifiers []common.Address) (common.Address, error) {
	g := e.genesis.abi()
	input := testbindings.NewRollupHarness().PackConstructor(token, roles, testbindings.RollupGenesisState(g), e.configHash, batchSizes, verifiers, e.checks)
	return deploy(e.ctx, e.b, e.op(), common.FromHex(testbindings.RollupHarnessMetaData.Bin), input)
}

func sizes(ns ...int) []*big.Int {
	out := make([]*big.Int, len(ns))
	for i, n := range ns {
		out[i] = big.NewInt(int64(n))
	}
	return out
}

// must fails the test on err and returns the receipt.
func (e *env) must(r *types.Receipt, err error) *types.Receipt {
	e.t.Helper()
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

// harnessTx sends data to the harness from the operator.
func (e *env) harnessTx(data []byte) (*types.Receipt, error) {
	return transact(e.ctx, e.b, e.harnessC, e.op(), data)
}

// applyRecords runs the harness's record walk without a proof.
func (e *env) applyRecords(records ...state.Record) error {
	_, err := e.harnessTx(e.harness.PackApplyRecords(batchPubdata(e.t, records...), withdrawalsOf(batchPubdata(e.t, records...))))
	return err
}

// queueEntry reads queue entry i.
func (e *env) queueEntry(i uint64) *big.Int {
	e.t.Helper()
	a := bindings.NewRollup()
	h, err := call(e.ctx, e.rollup.contract, a.PackQueue(new(big.Int).SetUint64(i)), a.UnpackQueue)
	if err != nil {
		e.t.Fatal(err)
	}
	return h
}

func (e *env) status() Status {
	e.t.Helper()
	s, err := e.rollup.Status(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

func (e *env) balance(owner common.Address) *big.Int {
	e.t.Helper()
	b, err := e.token.BalanceOf(e.ctx, owner)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

// newKey returns a fresh compressed L2 public key.
func newKey(t *testing.T) [32]byte {
	t.Helper()
	priv, err := eddsa.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	return state.PubKey{X: priv.PublicKey.A.X, Y: priv.PublicKey.A.Y}.Compressed()
}

// batchPubdata returns a batch's pubdata: a market record (all zero: the contract does not read it), then the
// records' compact encodings (docs/PROTOCOL.md §6.1).
func batchPubdata(t *testing.T, records ...state.Record) []byte {
	t.Helper()
	return append(make([]byte, state.MarketRecordSize), encode(t, records...)...)
}

// withdrawalAddresses remembers the L1 addresses of the Withdrawal records of every pubdata encode built, by
// the pubdata's records, for the tests that commit it (commitBatch takes them beside the compact records).
var withdrawalAddresses sync.Map

// encode concatenates the records' compact encodings and remembers their withdrawal addresses.
func encode(t *testing.T, records ...state.Record) []byte {
	t.Helper()
	var out []byte
	var addrs []common.Address
	for _, r := range records {
		b, err := r.EncodeCompact()
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, b[:]...)
		if r.Withdrawal != nil {
			addrs = append(addrs, common.Address(r.Withdrawal.L1Address))
		}
	}
	withdrawalAddresses.Store(string(out), addrs)
	return out
}

// withdrawalsOf returns the withdrawal addresses of a pubdata built by batchPubdata (none for other bytes).
func withdrawalsOf(pubdata []byte) []common.Address {
	if len(pubdata) < state.MarketRecordSize {
		return nil
	}
	a, _ := withdrawalAddresses.Load(string(pubdata[state.MarketRecordSize:]))
	addrs, _ := a.([]common.Address)
	return addrs
}

func depositRec(d state.DepositRecord) state.Record { return state.Record{Deposit: &d} }

func withdrawalRec(addr common.Address, amount uint64) state.Record {
	return state.Record{Withdrawal: &state.WithdrawalRecord{AccountID: 7, AmountQuantums: amount, L1Address: state.L1Address(addr), Slot: 1, Nonce: 1}}
}

func tradeRec() state.Record {
	return state.Record{Trade: &state.TradeRecord{Market: 1, TakerAccount: 1, MakerAccount: 2, SizeQuantums: 10, Price: 1_000_000}}
}

// The risk records below fill the bytes a Withdrawal keeps its amount and address in, so a walk that credited
// them would show.
func transferRec() state.Record {
	return state.Record{Transfer: &state.TransferRecord{FromAccount: 1, ToAccount: 1<<23 + 5, AmountQuantums: 1<<55 + 77, Slot: 3, Nonce: 9, MarginMode: 2}}
}

func liquidateRec() state.Record {
	// The largest insurance payment a compact record carries (its liquidation fee is then 0), no liquidator fee.
	return state.Record{Liquidate: &state.LiquidateRecord{Market: 1, LiquidatedIsBuy: true, Liquidated: 1, Liquidator: 2,
		SizeQuantums: 1 << 40, Price: 100_000_000_000, LiquidatorSlot: 7, LiquidatorNonce: 8, InsurancePayQuant: state.MaxInsurancePay - 1}}
}

func deleverageRec() state.Record {
	return state.Record{Deleverage: &state.DeleverageRecord{Market: 2, Deleveraged: 3, Counterparty: 4, SizeQuantums: 1 << 47, QuoteQuantums: 1<<64 - 1}}
}

// wantRevert fails unless err is a revert with the named custom error, and returns its arguments.
func wantRevert(t *testing.T, err error, name string) []any {
	t.Helper()
	var re *RevertError
	if !errors.As(err, &re) || !errors.Is(err, ErrReverted) {
		t.Fatalf("got error %v, want revert %s", err, name)
	}
	if re.Name != name {
		t.Fatalf("got %v, want revert %s", re, name)
	}
	return re.Args
}

// serviceTime returns the service time of the last entry queued, which is not before the latest block's time
// (checkServiceTimes checks the rule that sets it).
func (e *env) serviceTime() uint64 {
	e.t.Helper()
	s := e.status()
	if bt := e.blockTime(); s.LastServiceTime < bt {
		e.t.Fatalf("last service time %d before the latest block's time %d", s.LastServiceTime, bt)
	}
	return s.LastServiceTime
}

// checkEntry fails unless entry is the queue entry of request (docs/PROTOCOL.md §8): the top 184 bits of
// keccak256(request), the record type (request[0] >> 4, docs/PROTOCOL.md §6.1) and the service time.
func checkEntry(t *testing.T, entry *big.Int, request []byte, enqueued uint64) {
	t.Helper()
	h := new(big.Int).SetBytes(crypto.Keccak256(request))
	want := new(big.Int).Rsh(h, 72)
	want.Lsh(want, 8).Or(want, big.NewInt(int64(request[0]>>4))) // a compact record's type nibble
	want.Lsh(want, 64).Or(want, new(big.Int).SetUint64(enqueued))
	if entry.Cmp(want) != 0 {
		t.Fatalf("queue entry %x, want %x", entry, want)
	}
}

// common20 returns an L1 address as a go-ethereum address.
func common20(a state.L1Address) common.Address { return common.Address(a) }

// testSeed returns the seed of a randomized test and logs it: PERPX_SEED when set, to replay a logged run, else
// the clock's.
func testSeed(t testing.TB) uint64 {
	t.Helper()
	if v := os.Getenv("PERPX_SEED"); v != "" {
		s, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("PERPX_SEED=%q: %v", v, err)
		}
		t.Logf("seed %d (from PERPX_SEED)", s)
		return s
	}
	s := uint64(time.Now().UnixNano())
	t.Logf("seed %d (replay with PERPX_SEED=%d)", s, s)
	return s
}

// record32 returns a record's compact encoding, the argument reclaimDeposit and reclaimBond take.
func record32(t *testing.T, r state.Record) [32]byte {
	t.Helper()
	b, err := r.EncodeCompact()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

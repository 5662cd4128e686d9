package l1

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/perpx/perpx/l1/bindings"
	"github.com/perpx/perpx/state"
)

// The queue property test's size: episodes, each a fresh rollup, of queueSteps random steps. Every step is one
// transaction (or one empty block that moves the clock); PERPX_QUEUE_STEPS overrides the total.
const (
	queueSteps        = 10_000
	queueEpisodeSteps = 500
	queueBlockCalls   = 10        // transactions per block
	queueGas          = 1_500_000 // each transaction's gas limit
)

// entryKind is what a queue entry of the model holds.
type entryKind uint8

const (
	kindDeposit entryKind = iota
	kindForcedWithdrawal
	kindForcedTrade
)

// entryStatus is where a queue entry of the model is.
type entryStatus uint8

const (
	statusPending entryStatus = iota
	statusConsumed
	statusReclaimed
)

func (s entryStatus) String() string { return [...]string{"pending", "consumed", "reclaimed"}[s] }

// qEntry is the model's view of one queue entry.
type qEntry struct {
	kind   entryKind
	status entryStatus
	rec    state.Record
	payer  common.Address // a deposit's payer, a forced request's requester
	amount uint64         // a deposit's or forced withdrawal's amount
}

// qAccount is an L1 account of the model with its collateral on L2 (consumed deposits less withdrawals).
type qAccount struct {
	owner int
	key   [32]byte
	l2    uint64
}

// queueModel is what the rollup owes, kept from its own rules and the outcome of each transaction: the pending
// deposits, every account's collateral on L2, the credits (pending withdrawals) and the bonds of unserved forced
// requests. The contract's token balance must cover their sum after every step.
type queueModel struct {
	e        *env
	rng      *rand.Rand
	entries  []qEntry
	head     int
	accounts []qAccount
	credits  map[common.Address]uint64
	frozen   bool
	nonce    uint64
	balance  *big.Int // the contract's token balance, from the token's Transfer logs
	steps    int
	outcomes map[string]*[2]int // per kind of step: successes, failures
	keys     [][32]byte
	// batchChance is the chance in 100 that a block starts with a batch: when low, the operator leaves
	// deposits unconsumed for days.
	batchChance int
}

// owed returns the model's sum of everything the contract owes.
func (m *queueModel) owed() uint64 {
	var sum uint64
	for _, en := range m.entries {
		if en.status != statusPending {
			continue
		}
		if en.kind == kindDeposit {
			sum += en.amount
		} else {
			sum += forcedBond
		}
	}
	for _, a := range m.accounts {
		sum += a.l2
	}
	for _, c := range m.credits {
		sum += c
	}
	return sum
}

// TestQueueSolvencyProperty runs random deposits, top-ups, reclaims (also of entries already reclaimed or
// consumed), forced withdrawals (also for L2 ids nobody owns), forced trades, batches (commitBatch with the
// MockVerifier, serving forced requests valid or invalid), withdrawals, clock moves, freezes and bond reclaims,
// and after every step checks the contract's token balance covers every pending deposit, every account's
// collateral, every credit and every bond. Several transactions share a block; the balance after each one
// is the one before plus its Transfer logs, and the balance at the end of each block is read back.
func TestQueueSolvencyProperty(t *testing.T) {
	total := queueSteps
	if v := os.Getenv("PERPX_QUEUE_STEPS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			t.Fatalf("PERPX_QUEUE_STEPS=%q: %v", v, err)
		}
		total = n
	}
	seed := testSeed(t)
	rng := rand.New(rand.NewPCG(seed, 20))
	start := time.Now()
	outcomes := map[string]*[2]int{}
	for done, episode := 0, 0; done < total; episode++ {
		m := newQueueModel(newEnv(t), rng, outcomes)
		if episode%2 == 1 {
			m.batchChance = 3
		}
		for m.steps < queueEpisodeSteps && done+m.steps < total {
			m.round()
		}
		done += m.steps
		t.Logf("episode %d: %d steps, %d entries, frozen %v", episode, m.steps, len(m.entries), m.frozen)
	}
	t.Logf("%d steps in %s", total, time.Since(start).Round(time.Millisecond))
	for kind, o := range outcomes {
		t.Logf("%-16s %5d succeeded, %5d failed", kind, o[0], o[1])
	}
}

func newQueueModel(e *env, rng *rand.Rand, outcomes map[string]*[2]int) *queueModel {
	m := &queueModel{e: e, rng: rng, credits: map[common.Address]uint64{}, outcomes: outcomes, balance: e.balance(e.rollup.Address()), batchChance: 40}
	for range 8 {
		m.keys = append(m.keys, newKey(e.t))
	}
	return m
}

// step is one planned transaction and what the model does if it succeeds.
type step struct {
	call  blockCall
	what  string
	apply func(r *types.Receipt)
}

// round moves the clock (one step), or sends one block of random steps, a batch first if the operator is up,
// then checks the invariant after each of them and the balance at the block's end.
func (m *queueModel) round() {
	e := m.e
	e.t.Helper()
	if m.rng.IntN(8) == 0 {
		m.moveClock()
		return
	}
	var steps []step
	if m.rng.IntN(100) < m.batchChance {
		if s, ok := m.batch(); ok {
			steps = append(steps, s)
		}
	}
	for len(steps) < 1+m.rng.IntN(queueBlockCalls) {
		steps = append(steps, m.randomStep())
	}
	calls := make([]blockCall, len(steps))
	for i, s := range steps {
		calls[i] = s.call
	}
	receipts := e.oneBlockReceipts(calls, queueGas)
	for i, r := range receipts {
		m.steps++
		m.observeTransfers(r)
		kind, _, _ := strings.Cut(steps[i].what, " ")
		if m.outcomes[kind] == nil {
			m.outcomes[kind] = new([2]int)
		}
		if r.Status == types.ReceiptStatusSuccessful {
			m.outcomes[kind][0]++
			steps[i].apply(r)
		} else {
			m.outcomes[kind][1]++
		}
		if owed := new(big.Int).SetUint64(m.owed()); m.balance.Cmp(owed) < 0 {
			e.t.Fatalf("step %d (%s, success %v): the contract holds %d and owes %d", m.steps, steps[i].what, r.Status == 1, m.balance, owed)
		}
	}
	if got := e.balance(e.rollup.Address()); got.Cmp(m.balance) != 0 {
		e.t.Fatalf("step %d: balance %d, Transfer logs say %d", m.steps, got, m.balance)
	}
	if held, err := e.rollup.ForcedBonds(e.ctx); err != nil || held.Uint64() != m.bonds() {
		e.t.Fatalf("step %d: forcedBonds %v %v, model %d", m.steps, held, err, m.bonds())
	}
}

// bonds returns the model's bonds of unserved forced requests.
func (m *queueModel) bonds() uint64 {
	var n uint64
	for _, en := range m.entries {
		if en.status == statusPending && en.kind != kindDeposit {
			n++
		}
	}
	return n * forcedBond
}

// observeTransfers adds the receipt's token transfers to and from the contract to the model's balance.
func (m *queueModel) observeTransfers(r *types.Receipt) {
	a := bindings.NewTestUSDC()
	rollup := m.e.rollup.Address()
	for _, l := range r.Logs {
		ev, err := a.UnpackTransferEvent(l)
		if err != nil || l.Address != m.e.token.Address() {
			continue
		}
		if ev.To == rollup {
			m.balance.Add(m.balance, ev.Value)
		}
		if ev.From == rollup {
			m.balance.Sub(m.balance, ev.Value)
		}
	}
}

// moveClock mines an empty block: mostly seconds to minutes later, sometimes past the reclaim delay or the
// grace period.
func (m *queueModel) moveClock() {
	var d uint64
	switch m.rng.IntN(10) {
	case 0:
		if m.steps < queueEpisodeSteps*2/3 { // most steps before any freeze
			d = 1 + uint64(m.rng.IntN(600))
		} else {
			d = freezeGrace + uint64(m.rng.IntN(3600))
		}
	case 1, 2:
		d = reclaimDelay + uint64(m.rng.IntN(3600))
	default:
		d = 1 + uint64(m.rng.IntN(600))
	}
	if err := m.e.sim.AdjustTime(time.Duration(d) * time.Second); err != nil {
		m.e.t.Fatal(err)
	}
	m.steps++
}

// randomStep plans one user transaction.
func (m *queueModel) randomStep() step {
	switch k := m.rng.IntN(100); {
	case k < 18 || len(m.accounts) == 0:
		return m.deposit()
	case k < 32:
		return m.depositTo()
	case k < 55:
		return m.reclaim()
	case k < 67:
		return m.forcedWithdrawal()
	case k < 73:
		return m.forcedTrade()
	case k < 80:
		return m.withdraw()
	case k < 90:
		return m.reclaimBond()
	default:
		return m.freeze()
	}
}

// amount returns a random deposit or withdrawal amount, mostly small.
func (m *queueModel) amount() uint64 {
	if m.rng.IntN(10) == 0 {
		return 1 + m.rng.Uint64N(1<<40)
	}
	return 1 + m.rng.Uint64N(1_000_000)
}

func (m *queueModel) user() int { return 1 + m.rng.IntN(users) }

// deposit plans a deposit creating an account.
func (m *queueModel) deposit() step {
	u, amount, key := m.user(), m.amount(), m.keys[m.rng.IntN(len(m.keys))]
	return step{blockCall{u, m.e.rollup.abi.PackDeposit(key, new(big.Int).SetUint64(amount))}, "deposit", func(r *types.Receipt) {
		id := uint32(len(m.accounts))
		m.accounts = append(m.accounts, qAccount{owner: u, key: key})
		d := state.DepositRecord{AccountID: id, AmountQuantums: amount, L1Address: state.L1Address(m.e.sim.Address(u)), PubKey: key}
		m.push(r, qEntry{kind: kindDeposit, rec: depositRec(d), payer: m.e.sim.Address(u), amount: amount})
	}}
}

// depositTo plans a top-up of a random account, paid by its owner or by someone else.
func (m *queueModel) depositTo() step {
	u, amount, id := m.user(), m.amount(), uint32(m.rng.IntN(len(m.accounts)))
	a := m.accounts[id]
	return step{blockCall{u, m.e.rollup.abi.PackDepositTo(id, new(big.Int).SetUint64(amount))}, "depositTo", func(r *types.Receipt) {
		d := state.DepositRecord{AccountID: id, AmountQuantums: amount, L1Address: state.L1Address(m.e.sim.Address(a.owner)), PubKey: a.key}
		m.push(r, qEntry{kind: kindDeposit, rec: depositRec(d), payer: m.e.sim.Address(u), amount: amount})
	}}
}

// push appends the entry the receipt queued, checking the queue index its event names.
func (m *queueModel) push(r *types.Receipt, en qEntry) {
	a := m.e.rollup.abi
	for _, l := range r.Logs {
		var idx uint64
		if ev, err := a.UnpackDepositQueuedEvent(l); err == nil {
			idx = ev.QueueIndex
		} else if ev, err := a.UnpackForcedWithdrawalQueuedEvent(l); err == nil {
			idx = ev.QueueIndex
		} else if ev, err := a.UnpackForcedTradeQueuedEvent(l); err == nil {
			idx = ev.QueueIndex
		} else {
			continue
		}
		if idx != uint64(len(m.entries)) {
			m.e.t.Fatalf("step %d: queued at %d, model at %d", m.steps, idx, len(m.entries))
		}
		m.entries = append(m.entries, en)
		return
	}
	m.e.t.Fatalf("step %d: no queue event", m.steps)
}

// pick returns a random queue index of an entry of kind k, preferring pending ones, or false.
func (m *queueModel) pick(k entryKind) (int, bool) {
	var any, pending []int
	for i, en := range m.entries {
		if en.kind == k || k == kindForcedWithdrawal && en.kind == kindForcedTrade {
			any = append(any, i)
			if en.status == statusPending {
				pending = append(pending, i)
			}
		}
	}
	if len(pending) > 0 && m.rng.IntN(3) > 0 {
		return pending[m.rng.IntN(len(pending))], true
	}
	if len(any) == 0 {
		return 0, false
	}
	return any[m.rng.IntN(len(any))], true
}

// reclaim plans a reclaim of a deposit by its payer, pending or not: the model pays only a pending one.
func (m *queueModel) reclaim() step {
	i, ok := m.pick(kindDeposit)
	if !ok {
		return m.deposit()
	}
	en := m.entries[i]
	u := m.userOf(en.payer)
	return step{blockCall{u, m.e.rollup.abi.PackReclaimDeposit(uint64(i), record32(m.e.t, en.rec))}, fmt.Sprintf("reclaim %d (%v)", i, en.status), func(*types.Receipt) {
		if m.entries[i].status == statusPending {
			m.entries[i].status = statusReclaimed
		}
	}}
}

// userOf returns the sim index of a user's address.
func (m *queueModel) userOf(a common.Address) int {
	for u := 0; u < simAccounts; u++ {
		if m.e.sim.Address(u) == a {
			return u
		}
	}
	m.e.t.Fatalf("no user %s", a)
	return 0
}

// forcedWithdrawal plans a forced withdrawal: of an L1 account by its owner, or of an L2 id nobody owns by
// anyone.
func (m *queueModel) forcedWithdrawal() step {
	u, id, amount := m.user(), state.L2AccountBase+uint32(m.rng.IntN(1000)), m.amount()
	if len(m.accounts) > 0 && m.rng.IntN(2) == 0 {
		id = uint32(m.rng.IntN(len(m.accounts)))
		u = m.accounts[id].owner
	}
	req := state.ForcedWithdrawalRecord{AccountID: id, AmountQuantums: amount, L1Address: state.L1Address(m.e.sim.Address(u))}
	return step{blockCall{u, m.e.rollup.abi.PackForcedWithdrawal(id, new(big.Int).SetUint64(amount))}, "forcedWithdrawal", func(r *types.Receipt) {
		m.push(r, qEntry{kind: kindForcedWithdrawal, rec: forcedRec(req, false), payer: m.e.sim.Address(u), amount: amount})
	}}
}

// forcedTrade plans a forced trade between two accounts of different owners, with B's owner's consent.
func (m *queueModel) forcedTrade() step {
	if len(m.accounts) < 2 {
		return m.forcedWithdrawal()
	}
	a, b := uint32(m.rng.IntN(len(m.accounts))), uint32(m.rng.IntN(len(m.accounts)))
	ua, ub := m.accounts[a].owner, m.accounts[b].owner
	if a == b || ua == ub {
		return m.forcedWithdrawal()
	}
	m.nonce++
	req := ForcedTradeRequest{Requester: m.e.sim.Address(ua), AccountA: a, AccountB: b, Market: 1, AIsBuy: m.rng.IntN(2) == 0,
		SizeQuantums: 2, Price: 3_000_000, Expiry: m.e.blockTime() + 86400, Nonce: m.nonce}
	rec := tradeRecord(req, m.e.sim.Address(ua), m.e.sim.Address(ub), false)
	return step{blockCall{ua, m.e.rollup.abi.PackForcedTrade(req.abi(), m.e.sign(ub, req))}, "forcedTrade", func(r *types.Receipt) {
		m.push(r, qEntry{kind: kindForcedTrade, rec: rec, payer: m.e.sim.Address(ua)})
	}}
}

// withdraw plans a withdrawal by a user or the operator, credited or not.
func (m *queueModel) withdraw() step {
	u := m.rng.IntN(users + 1)
	addr := m.e.sim.Address(u)
	return step{blockCall{u, m.e.rollup.abi.PackWithdraw()}, "withdraw", func(*types.Receipt) { delete(m.credits, addr) }}
}

// reclaimBond plans a bond reclaim of a forced request, pending or not, by anyone.
func (m *queueModel) reclaimBond() step {
	i, ok := m.pick(kindForcedWithdrawal)
	if !ok {
		return m.forcedWithdrawal()
	}
	en := m.entries[i]
	return step{blockCall{m.user(), m.e.rollup.abi.PackReclaimBond(uint64(i), record32(m.e.t, en.rec))}, fmt.Sprintf("reclaimBond %d (%v)", i, en.status), func(*types.Receipt) {
		if m.entries[i].status == statusPending {
			m.entries[i].status = statusReclaimed
		}
	}}
}

// freeze plans a freeze on a forced request, mostly the oldest pending one.
func (m *queueModel) freeze() step {
	i, ok := m.pick(kindForcedWithdrawal)
	for j, en := range m.entries {
		if en.kind != kindDeposit && en.status == statusPending && m.rng.IntN(4) > 0 {
			i, ok = j, true
			break
		}
	}
	if !ok {
		return m.forcedWithdrawal()
	}
	return step{blockCall{m.user(), m.e.rollup.abi.PackFreeze(uint64(i))}, fmt.Sprintf("freeze %d", i), func(*types.Receipt) { m.frozen = true }}
}

// batch plans a commitBatch of 2 or 8 slots from the operator: the pending entries from the head in order, a
// forced withdrawal valid when its L1 account's collateral covers it, a forced trade valid or not at random,
// and now and then a signed withdrawal, padded with Noops. It reports false when frozen.
func (m *queueModel) batch() (step, bool) {
	if m.frozen {
		return step{}, false
	}
	size := testBatchSizes[m.rng.IntN(len(testBatchSizes))]
	l2 := make([]uint64, len(m.accounts))
	for i, a := range m.accounts {
		l2[i] = a.l2
	}
	var records []state.Record
	var effects []func()
	for i := m.head; i < len(m.entries) && len(records) < size; i++ {
		if m.entries[i].status != statusPending {
			continue
		}
		if m.rng.IntN(4) == 0 && len(records) < size-1 {
			records, effects = m.withdrawalRecord(l2, records, effects)
		}
		rec, effect := m.serve(i, l2)
		records, effects = append(records, rec), append(effects, effect)
	}
	for len(records) < size {
		records = append(records, state.Record{})
	}
	e := m.e
	ts := e.blockTime()
	root, pubdata, proof := e.batch(uint64(m.steps+1), ts, records...)
	data := e.rollup.abi.PackCommitBatch(state.BigOf(root), ts, pubdata, withdrawalsOf(pubdata), proof)
	return step{blockCall{operatorIdx, data}, "commitBatch", func(*types.Receipt) {
		for _, f := range effects {
			f()
		}
	}}, true
}

// serve returns the record serving pending entry i and what it does to the model, deciding a forced
// withdrawal's validity from the collateral l2 the batch leaves so far.
func (m *queueModel) serve(i int, l2 []uint64) (state.Record, func()) {
	en := m.entries[i]
	op := m.e.sim.Address(operatorIdx)
	consume := func() { m.entries[i].status = statusConsumed; m.head = i + 1 }
	switch en.kind {
	case kindDeposit:
		id := en.rec.Deposit.AccountID
		l2[id] += en.amount
		return en.rec, func() { consume(); m.accounts[id].l2 += en.amount }
	case kindForcedWithdrawal:
		f := *en.rec.ForcedWithdrawal
		id := f.AccountID
		if int(id) < len(l2) && l2[id] >= f.AmountQuantums && m.accounts[id].owner == m.userOf(en.payer) {
			l2[id] -= f.AmountQuantums
			return forcedRec(f, true), func() {
				consume()
				m.accounts[id].l2 -= f.AmountQuantums
				m.credits[en.payer] += f.AmountQuantums + forcedBond
			}
		}
		return forcedRec(f, false), func() { consume(); m.credits[op] += forcedBond }
	default:
		f := *en.rec.ForcedTrade
		f.Valid = m.rng.IntN(2) == 0
		to := op
		if f.Valid {
			to = en.payer
		}
		return state.Record{ForcedTrade: &f}, func() { consume(); m.credits[to] += forcedBond }
	}
}

// withdrawalRecord appends, if some account has collateral, a signed withdrawal of part of it to its owner.
func (m *queueModel) withdrawalRecord(l2 []uint64, records []state.Record, effects []func()) ([]state.Record, []func()) {
	if len(l2) == 0 {
		return records, effects
	}
	id := m.rng.IntN(len(l2))
	if l2[id] == 0 {
		return records, effects
	}
	w := 1 + m.rng.Uint64N(l2[id])
	l2[id] -= w
	owner := m.e.sim.Address(m.accounts[id].owner)
	rec := state.Record{Withdrawal: &state.WithdrawalRecord{AccountID: uint32(id), AmountQuantums: w, L1Address: state.L1Address(owner), Slot: 1, Nonce: 1}}
	return append(records, rec), append(effects, func() { m.accounts[id].l2 -= w; m.credits[owner] += w })
}

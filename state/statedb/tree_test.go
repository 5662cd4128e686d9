package statedb

import (
	"encoding/binary"
	"errors"
	"io"
	"log/slog"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/state"
)

// opSource drives the differential harness: the fuzzer's bytes or a seeded PRNG.
type opSource interface {
	// intn returns a value in [0, n).
	intn(n int) int
	// u64 returns a value that is often a boundary of the protocol's ranges.
	u64() uint64
	// more reports whether the source wants more operations.
	more() bool
}

// edgeValues are the values u64 favours.
var edgeValues = []uint64{
	0, 1, 2, 1<<32 - 1, 1 << 32, 1<<48 - 1, 1 << 48, 1<<56 - 1, 1<<63 - 1, 1 << 63, 1<<63 + 1, math.MaxUint64,
	math.MaxUint64 - 1, 1<<47 + 3, uint64(1<<64 - 1<<48 + 1), 1_000_000,
}

// byteSource reads decisions from fuzz input, one byte each; it returns zeros once the input is used up.
type byteSource struct {
	b []byte
	n uint64
}

func (s *byteSource) next() byte {
	if len(s.b) == 0 {
		return 0
	}
	v := s.b[0]
	s.b = s.b[1:]
	return v
}

func (s *byteSource) intn(n int) int { return int(s.next()) % n }

func (s *byteSource) u64() uint64 {
	b := s.next()
	if int(b) < len(edgeValues) {
		return edgeValues[b]
	}
	s.n++
	return splitmix64(uint64(b)<<32 | s.n)
}

func (s *byteSource) more() bool { return len(s.b) > 0 }

func splitmix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// randSource draws decisions from a seeded PRNG for a fixed number of operations.
type randSource struct {
	rng  *rand.Rand
	left int
}

func (s *randSource) intn(n int) int { return s.rng.IntN(n) }

func (s *randSource) u64() uint64 {
	if s.rng.IntN(4) == 0 {
		return edgeValues[s.rng.IntN(len(edgeValues))]
	}
	return s.rng.Uint64()
}

func (s *randSource) more() bool {
	s.left--
	return s.left >= 0
}

// testSeed returns PERPX_SEED if set, else a fresh seed, and logs it so a failure can be replayed.
func testSeed(t testing.TB) uint64 {
	t.Helper()
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("PERPX_SEED"); s != "" {
		v, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("PERPX_SEED: %v", err)
		}
		seed = v
	}
	t.Logf("seed %d (replay with PERPX_SEED=%d)", seed, seed)
	return seed
}

func quietLogger() *slog.Logger { return slog.New(slog.NewTextHandler(io.Discard, nil)) }

// The account ids and slots the harness uses: neighbours, far-apart indices and both ends of each tree.
var (
	harnessIDs   = []uint32{0, 1, 2, 3, 6, 7, 1000, 1001, 12345, 777777, 1 << 23, 1<<23 + 1, 1<<24 - 2, 1<<24 - 1}
	harnessSlots = []uint16{0, 1, 2, 3, 100, 2047, 2048, 4094, 4095}
)

// harness applies the same operations to a Tree on a crashable in-memory file system and to a naiveTree, and
// checks after each one that roots, values and proofs agree.
type harness struct {
	t     testing.TB
	src   opSource
	fs    *vfs.MemFS
	tree  *Tree
	model *naiveTree
	steps int
	// sps pairs the tree's savepoints with the model's serials, live or stale.
	sps []harnessSavepoint
	// stats counts the outcomes of the operations, for the log.
	stats map[string]int
}

type harnessSavepoint struct {
	tree  Savepoint
	model uint64
}

func newHarness(t testing.TB, src opSource) *harness {
	h := &harness{t: t, src: src, fs: vfs.NewCrashableMem(), model: newNaiveTree(), stats: map[string]int{}}
	h.open()
	t.Cleanup(func() {
		if h.tree != nil {
			h.tree.Close()
		}
	})
	return h
}

func (h *harness) open() {
	h.t.Helper()
	tr, err := Open("db", WithFS(h.fs), WithLogger(quietLogger()), WithCacheEntries(h.src.intn(3)*8))
	if err != nil {
		h.t.Fatalf("open: %v", err)
	}
	h.tree = tr
}

func (h *harness) run() {
	for h.src.more() {
		h.step()
		h.steps++
		h.check()
	}
	h.checkRoots()
	h.t.Logf("%d steps: %v", h.steps, h.stats)
}

func (h *harness) pickID() uint32   { return harnessIDs[h.src.intn(len(harnessIDs))] }
func (h *harness) pickSlot() uint16 { return harnessSlots[h.src.intn(len(harnessSlots))] }
func (h *harness) word() fr.Element { return state.Hash(state.Uint(h.src.u64())) }
func (h *harness) signed() int64    { return int64(h.src.u64()) }
func (h *harness) sizeValue() int64 { return h.signed() % state.MaxSize }
func (h *harness) slotValue() state.Slot {
	return state.Slot{Nonce: uint32(h.src.u64()), Filled: h.src.u64()}
}
func (h *harness) market() uint8      { return uint8(h.src.intn(state.MarketCount + 1)) }
func (h *harness) marginMode() uint16 { return uint16(h.src.intn(state.MarketCount + 1)) }

// randomAccount returns a valid account for id whose SlotRoot is the current root of its slot tree.
func (h *harness) randomAccount(id uint32) state.Account {
	a := state.Account{SlotRoot: h.model.slotRoot(id)}
	if h.src.intn(4) == 0 {
		return a
	}
	a.PubKey = state.PubKey{X: h.word(), Y: h.word()}
	binary.BigEndian.PutUint64(a.L1Address[12:], h.src.u64())
	a.CollateralQuantums = max(h.signed(), math.MinInt64+1)
	a.MarginMode = h.marginMode()
	for k := range a.Positions {
		if h.src.intn(3) == 0 {
			a.Positions[k] = state.Position{Market: h.market(), SizeQuantums: h.sizeValue(), FundingIndex: h.signed()}
		}
	}
	return a
}

func (h *harness) randomMarkets() state.Markets {
	var m state.Markets
	for i := range m {
		if h.src.intn(3) == 0 {
			continue
		}
		k := uint64(h.src.intn(7))
		imf := uint32(h.src.intn(state.PpmScale) + 1)
		m[i] = state.Market{
			Name: "M" + strconv.Itoa(i), OraclePrice: h.src.u64()%(state.MaxPrice-1) + 1, FundingIndex: h.signed(),
			ImfPpm: imf, MmfPpm: uint32(h.src.intn(int(imf))) + 1, Status: uint8(h.src.intn(3)) + 1,
			TickSize: pow10(k), StepSize: pow10(6-k) * uint64(h.src.intn(5)+1), BaseDecimals: int32(h.src.intn(19)) - 9,
			MakerFeePpm: uint32(h.src.intn(1000)), TakerFeePpm: uint32(h.src.intn(1000)),
		}
	}
	return m
}

func pow10(k uint64) uint64 {
	v := uint64(1)
	for range k {
		v *= 10
	}
	return v
}

// expectErr fails unless got and want are both nil or got wraps want.
func (h *harness) expectErr(op string, got, want error) {
	h.t.Helper()
	if (got == nil) != (want == nil) || (want != nil && !errors.Is(got, want)) {
		h.t.Fatalf("step %d: %s: got error %v, want %v", h.steps, op, got, want)
	}
	if got == nil {
		h.stats[op]++
	} else {
		h.stats[op+" error"]++
	}
}

func (h *harness) setAccount(id uint32, a state.Account) {
	h.t.Helper()
	h.expectErr("SetAccount", h.tree.SetAccount(id, a), h.model.setAccount(id, a))
}

func (h *harness) setSlot(id uint32, slot uint16, s state.Slot) fr.Element {
	h.t.Helper()
	got, err := h.tree.SetSlot(id, slot, s)
	want, werr := h.model.setSlot(id, slot, s)
	h.expectErr("SetSlot", err, werr)
	if err == nil && got != want {
		h.t.Fatalf("step %d: SetSlot(%d, %d) root %s, model %s", h.steps, id, slot, got.String(), want.String())
	}
	return got
}

// txn writes what a transaction does: an order slot, then the account with its new slot root.
func (h *harness) txn() {
	h.t.Helper()
	id := h.pickID()
	root := h.setSlot(id, h.pickSlot(), h.slotValue())
	a := h.model.account(id)
	a.SlotRoot = root
	if h.src.intn(2) == 0 {
		a.CollateralQuantums = max(h.signed(), math.MinInt64+1)
	}
	h.setAccount(id, a)
}

func (h *harness) savepoint() harnessSavepoint {
	sp := harnessSavepoint{tree: h.tree.Savepoint(), model: h.model.savepoint()}
	h.sps = append(h.sps, sp)
	if len(h.sps) > 6 {
		h.sps = h.sps[1:]
	}
	return sp
}

func (h *harness) step() {
	h.t.Helper()
	switch op := h.src.intn(32); {
	case op < 10:
		h.txn()
	case op < 15:
		id := h.pickID()
		h.setAccount(id, h.randomAccount(id))
	case op == 15: // a slot root that is not the account's
		id := h.pickID()
		a := h.randomAccount(id)
		a.SlotRoot = h.word()
		h.setAccount(id, a)
	case op == 16: // a size out of range
		id := h.pickID()
		a := h.randomAccount(id)
		a.Positions[h.src.intn(state.PositionSlots)] = state.Position{Market: 1, SizeQuantums: state.MaxSize}
		h.setAccount(id, a)
	case op == 17: // indices outside the trees
		h.setAccount(1<<state.AccountTreeDepth+uint32(h.src.intn(3)), state.EmptyAccount())
		h.setSlot(h.pickID(), 1<<state.SlotTreeDepth+uint16(h.src.intn(3)), state.Slot{Nonce: 1})
	case op < 20: // a slot alone, which leaves the account inconsistent until it is set
		h.setSlot(h.pickID(), h.pickSlot(), h.slotValue())
	case op < 23:
		if h.src.intn(4) != 0 { // usually the engine has set every account whose slots it wrote
			for _, id := range harnessIDs {
				if a := h.model.account(id); a.SlotRoot != h.model.slotRoot(id) {
					a.SlotRoot = h.model.slotRoot(id)
					h.setAccount(id, a)
				}
			}
		}
		err := h.tree.Commit()
		h.expectErr("Commit", err, h.model.commit())
		if err == nil {
			h.dropSavepoints()
		}
		if got, want := h.tree.DurableRoot(), h.tree.Root(); err == nil && got != want {
			h.t.Fatalf("step %d: durable root %s after a commit, want %s", h.steps, got.String(), want.String())
		}
	case op == 23:
		h.tree.Discard()
		h.model.discard()
		h.dropSavepoints()
	case op == 24, op == 25:
		h.reopen(op == 25)
		h.dropSavepoints()
	case op == 26:
		h.savepoint()
	case op == 27: // a transaction rejected midway, as the engine runs it
		sp := h.savepoint()
		for range h.src.intn(3) + 1 {
			h.txn()
		}
		h.expectErr("RollbackTo", h.tree.RollbackTo(sp.tree), h.model.rollbackTo(sp.model))
	case op < 30:
		if len(h.sps) > 0 {
			sp := h.sps[len(h.sps)-1]
			if h.src.intn(2) == 0 {
				sp = h.sps[h.src.intn(len(h.sps))]
			}
			h.expectErr("RollbackTo", h.tree.RollbackTo(sp.tree), h.model.rollbackTo(sp.model))
		}
	case op == 30:
		g := state.Globals{InsuranceFundQuantums: h.signed(), FeePoolQuantums: h.src.u64(), SystemTimeSeconds: h.src.u64()}
		h.tree.SetGlobals(g)
		h.model.pending.globals = g
	default:
		m := h.randomMarkets()
		var want error
		if h.src.intn(4) == 0 {
			m[h.src.intn(state.MarketCount)] = state.Market{Status: state.MarketActive}
			want = state.ErrBadMarket
		}
		h.expectErr("SetMarkets", h.tree.SetMarkets(m), want)
		if want == nil {
			h.model.pending.markets = m
		}
	}
}

// dropSavepoints forgets the savepoints a Commit, Discard or reopen made stale, but one to check that it is.
func (h *harness) dropSavepoints() {
	if len(h.sps) > 1 {
		h.sps = h.sps[len(h.sps)-1:]
	}
}

// reopen closes the tree, or crashes it losing a random share of its unsynced writes, and opens it again.
func (h *harness) reopen(crash bool) {
	h.t.Helper()
	if crash {
		fs := h.fs.CrashClone(vfs.CrashCloneCfg{
			UnsyncedDataPercent: h.src.intn(101),
			RNG:                 rand.New(rand.NewPCG(uint64(h.steps), 1)),
		})
		h.tree.Close()
		h.fs = fs
	} else if err := h.tree.Close(); err != nil {
		h.t.Fatalf("step %d: close: %v", h.steps, err)
	}
	h.tree = nil
	h.open()
	h.model.discard()
	for _, id := range harnessIDs {
		a, err := h.tree.Account(id)
		if err != nil || a != h.model.account(id) {
			h.t.Fatalf("step %d: after reopen account %d = %+v, %v; want %+v", h.steps, id, a, err, h.model.account(id))
		}
		for _, slot := range harnessSlots {
			s, err := h.tree.Slot(id, slot)
			if err != nil || s != h.model.pending.slots[id][slot] {
				h.t.Fatalf("step %d: after reopen slot %d/%d = %+v, %v", h.steps, id, slot, s, err)
			}
		}
	}
}

// check compares the tree with the model. Reading a root or a proof hashes the tree's dirty nodes, so one step
// in three checks only values and another only an account's siblings, leaving nodes dirty across later writes,
// savepoints, rollbacks and commits; the others check both roots and a proof of each tree, and its mutations.
func (h *harness) check() {
	h.t.Helper()
	id := harnessIDs[h.steps%len(harnessIDs)]
	h.checkValues(id)
	switch h.src.intn(3) {
	case 0:
		return
	case 1:
		sib, err := h.tree.AccountProof(id)
		if err != nil || !slices.Equal(sib[:], h.model.accountProof(id)) {
			h.t.Fatalf("step %d: account %d proof differs from the model (%v)", h.steps, id, err)
		}
		return
	}
	h.checkRoots()
	h.checkAccountProof(id)
	h.checkSlotProof(id, harnessSlots[h.steps%len(harnessSlots)])
}

// checkValues compares the account count, the tables and account id with the model; it hashes nothing.
func (h *harness) checkValues(id uint32) {
	h.t.Helper()
	if a, err := h.tree.Account(id); err != nil || a != h.model.account(id) {
		h.t.Fatalf("step %d: account %d = %+v, %v; model %+v", h.steps, id, a, err, h.model.account(id))
	}
	if got, want := h.tree.NumAccounts(), h.model.pending.numAccounts; got != want {
		h.t.Fatalf("step %d: NumAccounts %d, model %d", h.steps, got, want)
	}
	if h.tree.Markets() != h.model.pending.markets || h.tree.Globals() != h.model.pending.globals {
		h.t.Fatalf("step %d: markets or globals differ from the model", h.steps)
	}
}

// checkRoots compares both roots with the model.
func (h *harness) checkRoots() {
	h.t.Helper()
	if got, want := h.tree.AccountsRoot(), h.model.accountsRoot(); got != want {
		h.t.Fatalf("step %d: accounts root %s, model %s", h.steps, got.String(), want.String())
	}
	if got, want := h.tree.Root(), h.model.root(); got != want {
		h.t.Fatalf("step %d: root %s, model %s", h.steps, got.String(), want.String())
	}
}

func (h *harness) checkAccountProof(id uint32) {
	h.t.Helper()
	a, err := h.tree.Account(id)
	if err != nil || a != h.model.account(id) {
		h.t.Fatalf("step %d: account %d = %+v, %v; model %+v", h.steps, id, a, err, h.model.account(id))
	}
	sib, err := h.tree.AccountProof(id)
	if err != nil || !slices.Equal(sib[:], h.model.accountProof(id)) {
		h.t.Fatalf("step %d: account %d proof differs from the model (%v)", h.steps, id, err)
	}
	root := h.tree.AccountsRoot()
	if !state.VerifyAccountProof(root, id, a, sib) {
		h.t.Fatalf("step %d: account %d proof does not verify", h.steps, id)
	}
	// One mutation per step, in turn: a changed sibling, a different account, another index.
	switch h.steps % 3 {
	case 0:
		bad := sib
		j := h.steps / 3 % state.AccountTreeDepth
		bad[j].Add(&bad[j], &one)
		if state.VerifyAccountProof(root, id, a, bad) {
			h.t.Fatalf("step %d: account %d proof verifies with sibling %d changed", h.steps, id, j)
		}
	case 1:
		b := a
		b.CollateralQuantums ^= 1
		if state.VerifyAccountProof(root, id, b, sib) {
			h.t.Fatalf("step %d: account %d proof verifies a different account", h.steps, id)
		}
	case 2:
		// The proof also holds at another index exactly when that leaf and its siblings are the same.
		other := id ^ 1<<(h.steps/3%state.AccountTreeDepth)
		same := h.model.leaf(h.model.account(other)) == h.model.leaf(a) &&
			slices.Equal(h.model.accountProof(other), sib[:])
		if state.VerifyAccountProof(root, other, a, sib) != same {
			h.t.Fatalf("step %d: account %d proof verifies at index %d: %v, want %v", h.steps, id, other, !same, same)
		}
	}
}

func (h *harness) checkSlotProof(id uint32, slot uint16) {
	h.t.Helper()
	s, err := h.tree.Slot(id, slot)
	if err != nil || s != h.model.pending.slots[id][slot] {
		h.t.Fatalf("step %d: slot %d/%d = %+v, %v; model %+v", h.steps, id, slot, s, err, h.model.pending.slots[id][slot])
	}
	sib, err := h.tree.SlotProof(id, slot)
	if err != nil || !slices.Equal(sib[:], h.model.slotProof(id, slot)) {
		h.t.Fatalf("step %d: slot %d/%d proof differs from the model (%v)", h.steps, id, slot, err)
	}
	root := h.model.slotRoot(id)
	if !state.VerifySlotProof(root, slot, s, sib) {
		h.t.Fatalf("step %d: slot %d/%d proof does not verify", h.steps, id, slot)
	}
	switch h.steps % 3 {
	case 0:
		bad := sib
		j := h.steps / 3 % state.SlotTreeDepth
		bad[j].Add(&bad[j], &one)
		if state.VerifySlotProof(root, slot, s, bad) {
			h.t.Fatalf("step %d: slot %d/%d proof verifies with sibling %d changed", h.steps, id, slot, j)
		}
	case 1:
		if state.VerifySlotProof(root, slot, state.Slot{Nonce: s.Nonce + 1, Filled: s.Filled}, sib) {
			h.t.Fatalf("step %d: slot %d/%d proof verifies a different slot", h.steps, id, slot)
		}
	case 2:
		other := slot ^ 1<<(h.steps/3%state.SlotTreeDepth)
		same := h.model.pending.slots[id][other] == s && slices.Equal(h.model.slotProof(id, other), sib[:])
		if state.VerifySlotProof(root, other, s, sib) != same {
			h.t.Fatalf("step %d: slot %d/%d proof verifies at index %d: %v, want %v", h.steps, id, slot, other, !same, same)
		}
	}
}

var one = state.Uint(1)

// FuzzTree runs the differential harness on operations decoded from the fuzzer's bytes. Its seed corpus runs
// under a plain go test.
func FuzzTree(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 20, 0, 5, 6, 7, 24, 9, 9, 9, 25})
	f.Add([]byte{26, 0, 0, 0, 0, 0, 27, 1, 1, 1, 1, 28, 0, 28, 1, 21, 29, 0})
	f.Add([]byte{18, 3, 4, 5, 20, 23, 15, 0, 0, 16, 0, 0, 0, 17, 0, 0, 30, 1, 2, 3, 31, 9, 9, 9, 22, 24})
	rng := rand.New(rand.NewPCG(1, 2))
	for range 4 {
		b := make([]byte, 150+rng.IntN(150))
		for i := range b {
			b[i] = byte(rng.Uint32())
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, ops []byte) {
		if len(ops) > 600 {
			ops = ops[:600]
		}
		newHarness(t, &byteSource{b: ops}).run()
	})
}

// TestTreeDifferential runs a few thousand random operations through the harness.
func TestTreeDifferential(t *testing.T) {
	n := 2000
	if testing.Short() {
		n = 300
	}
	seed := testSeed(t)
	h := newHarness(t, &randSource{rng: rand.New(rand.NewPCG(seed, 0)), left: n})
	h.run()
}

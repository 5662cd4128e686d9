package l1

import (
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// escapeState is a state built directly in a tree, outside the circuits: accounts the current transactions
// cannot produce (negative value, funding owed or due) included.
type escapeState struct {
	tree     *statedb.Tree
	markets  state.Markets
	globals  state.Globals
	accounts map[uint32]state.Account
}

func newEscapeState(t *testing.T, markets state.Markets) *escapeState {
	t.Helper()
	tree, err := statedb.Open("escape", statedb.WithFS(vfs.NewMem()), statedb.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = tree.Close() })
	if err := tree.SetMarkets(markets); err != nil {
		t.Fatal(err)
	}
	// The last funding time fills the globals' top field, which escape() must not read.
	g := state.Globals{InsuranceFundQuantums: -2, FeePoolQuantums: 99, SystemTimeSeconds: 1_700_000_000, LastFundingTimeSeconds: 1<<40 - 1}
	s := &escapeState{tree: tree, markets: markets, globals: g, accounts: map[uint32]state.Account{}}
	tree.SetGlobals(s.globals)
	return s
}

func (s *escapeState) set(t *testing.T, id uint32, a state.Account) {
	t.Helper()
	if err := s.tree.SetAccount(id, a); err != nil {
		t.Fatal(err)
	}
	s.accounts[id] = a
}

// slot writes one order slot of account id and returns the account's new slot root.
func (s *escapeState) slot(t *testing.T, id uint32, slot uint16, v state.Slot) fr.Element {
	t.Helper()
	root, err := s.tree.SetSlot(id, slot, v)
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func (s *escapeState) proof(t *testing.T, id uint32) *EscapeProof {
	t.Helper()
	sib, err := s.tree.AccountProof(id)
	if err != nil {
		t.Fatal(err)
	}
	a := s.accounts[id]
	p := NewEscapeProof(id, &a, sib, &s.markets, s.globals)
	if p.Root() != s.tree.Root() {
		t.Fatal("escape proof does not hash to the tree's root")
	}
	return p
}

// oddProof returns the escape proof of an account the tree refuses (a position in a market outside the table)
// at id, whose leaf is not in s, and sets the harness's root to the root it hashes to: the siblings of id do
// not depend on id's own leaf.
func (s *escapeState) oddProof(t *testing.T, e *env, id uint32, a *state.Account) *EscapeProof {
	t.Helper()
	sib, err := s.tree.AccountProof(id)
	if err != nil {
		t.Fatal(err)
	}
	p := NewEscapeProof(id, a, sib, &s.markets, s.globals)
	e.must(e.harnessTx(e.harness.PackSetStateRoot(state.BigOf(p.Root()))))
	return p
}

// freezeAt sets the harness's root to s's and freezes it.
func (e *env) freezeAt(s *escapeState) {
	e.t.Helper()
	e.must(e.harnessTx(e.harness.PackSetStateRoot(state.BigOf(s.tree.Root()))))
	e.must(e.harnessTx(e.harness.PackFreezeNow()))
}

// mustEscapeValue returns EscapeValue(a, m), which must not fail.
func mustEscapeValue(t *testing.T, a *state.Account, m *state.Markets) *big.Int {
	t.Helper()
	v, err := EscapeValue(a, m)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func owner(i int) state.L1Address {
	var a state.L1Address
	a[0], a[19] = 0xa0, byte(i)
	return a
}

// TestEscapeValueMatchesGo builds states with random accounts — long and short positions in every market,
// cached funding indices above and below the market's, negative collateral, accounts worth nothing or less —
// positions in markets outside the table (9 and 255 always, others at random; no committed state holds one)
// and slots with market byte 0 but stale fields — and checks Go and the contract agree on every account:
// escape() claims exactly EscapeValue for the account's L1 address, refuses accounts worth nothing and a second
// escape, and reverts (an out-of-bounds panic) exactly where EscapeValue returns ErrEscapeMarket.
func TestEscapeValueMatchesGo(t *testing.T) {
	seed := testSeed(t)
	rng := rand.New(rand.NewPCG(seed, 3))
	outside := 0
	defer func() {
		if !t.Failed() && outside < 2 {
			t.Errorf("%d accounts with a market outside the table, want at least 2", outside)
		}
	}()
	for round := range 3 {
		e := newEnv(t)
		var m state.Markets
		for i := range m {
			m[i] = state.Market{
				Status: state.MarketActive, OraclePrice: 1 + rng.Uint64N(state.MaxPrice-1),
				FundingIndex: rng.Int64N(1<<40) - 1<<39, TickSize: 1, StepSize: state.PriceScale, ImfPpm: 50_000, MmfPpm: 30_000,
			}
			if rng.IntN(2) == 0 { // a tier fills mw1's top fields, which escape() must not read
				m[i].TierSizeQuantums = 1 + rng.Uint64N(uint64(state.MaxSize)-1)
				m[i].TierImfPpm = 50_000 + rng.Uint32N(950_001)
				m[i].TierMmfPpm = 30_000 + rng.Uint32N(m[i].TierImfPpm-30_000+1)
			}
		}
		if round == 0 { // the extremes
			m[0].OraclePrice, m[0].FundingIndex = state.MaxPrice-1, math.MaxInt64
			m[1].OraclePrice, m[1].FundingIndex = 1, math.MinInt64+1
			m[0].TierSizeQuantums, m[0].TierImfPpm, m[0].TierMmfPpm = uint64(state.MaxSize-1), state.PpmScale, state.PpmScale
		}
		s := newEscapeState(t, m)
		odd := map[uint32]state.Account{}
		ids := []uint32{0, 1, 255, 256, 4097, 1<<state.AccountTreeDepth - 1}
		for i, id := range ids {
			a := state.EmptyAccount()
			a.L1Address = owner(i)
			a.PubKey.X.SetUint64(uint64(i + 1))
			a.CollateralQuantums = rng.Int64N(1<<50) - 1<<48
			a.SlotRoot = s.slot(t, id, uint16(rng.IntN(1<<state.SlotTreeDepth)), state.Slot{Nonce: rng.Uint32(), Filled: rng.Uint64()})
			for k := range rng.IntN(state.PositionSlots + 1) {
				mk := uint8(k + 1)
				switch rng.IntN(16) {
				case 0: // outside the table: escape() reverts
					mk = uint8(state.MarketCount + 1 + rng.IntN(255-state.MarketCount))
				case 1: // an empty slot's market byte with stale fields: both skip it
					mk = 0
				}
				a.Positions[k] = state.Position{
					Market: mk, SizeQuantums: rng.Int64N(2*state.MaxSize-1) - (state.MaxSize - 1),
					FundingIndex: m[k].FundingIndex + rng.Int64N(1<<20) - 1<<19,
				}
			}
			if round == 0 && (i == 1 || i == 2) { // the first and the last market byte outside the table
				a.Positions[state.PositionSlots-1] = state.Position{Market: []uint8{state.MarketCount + 1, 255}[i-1], SizeQuantums: 1}
			}
			if round == 0 && i == 0 { // the largest long in the largest market, funding owed at the extreme
				a.Positions[0] = state.Position{Market: 1, SizeQuantums: state.MaxSize - 1, FundingIndex: math.MinInt64 + 1}
				a.CollateralQuantums = math.MaxInt64
			}
			if _, err := EscapeValue(&a, &m); err != nil {
				odd[id] = a // the tree refuses it: escaped below, from a root of its own
				continue
			}
			s.set(t, id, a)
		}
		e.freezeAt(s)
		paid := 0
		for i, id := range ids {
			a, ok := s.accounts[id]
			var p *EscapeProof
			if ok {
				p = s.proof(t, id)
			} else {
				a = odd[id]
				p = s.oddProof(t, e, id, &a)
			}
			want, verr := EscapeValue(&a, &m)
			addr := common20(owner(i))
			before, err := e.rollup.EscapeClaim(e.ctx, addr)
			if err != nil {
				t.Fatal(err)
			}
			receipt, err := e.rollup.Escape(e.ctx, e.sim.Transactor(3), p)
			if verr != nil {
				if !errors.Is(verr, ErrEscapeMarket) {
					t.Fatal(verr)
				}
				if args := wantRevert(t, err, "Revert"); !strings.Contains(fmt.Sprint(args...), "out-of-bounds") {
					t.Fatalf("round %d account %d: %v, want an out-of-bounds panic", round, id, args)
				}
				outside++
				e.freezeAt(s) // back to the tree's root
				continue
			}
			if want.Sign() == 0 {
				if args := wantRevert(t, err, "NothingToEscape"); args[0].(uint32) != id {
					t.Fatalf("NothingToEscape%v", args)
				}
				continue
			}
			if err != nil {
				t.Fatalf("round %d account %d (value %s): %v", round, id, want, err)
			}
			paid++
			after, err := e.rollup.EscapeClaim(e.ctx, addr)
			if err != nil {
				t.Fatal(err)
			}
			if got := new(big.Int).Sub(after, before); got.Cmp(want) != 0 {
				t.Fatalf("round %d account %d: credited %s, Go value %s (account %+v)", round, id, got, want, a)
			}
			if round == 0 && paid == 1 {
				t.Logf("gas: escape (account %d, %d positions) %d", id, countPositions(&a), receipt.GasUsed)
			}
			_, err = e.rollup.Escape(e.ctx, e.sim.Transactor(4), p)
			if args := wantRevert(t, err, "AlreadyEscaped"); args[0].(uint32) != id {
				t.Fatalf("AlreadyEscaped%v", args)
			}
			if ok, err := e.rollup.Escaped(e.ctx, id); err != nil || !ok {
				t.Fatalf("Escaped(%d) = %v %v", id, ok, err)
			}
		}
		if paid == 0 || paid == len(ids) {
			t.Logf("round %d: %d of %d accounts had value", round, paid, len(ids))
		}
	}
}

func countPositions(a *state.Account) int {
	n := 0
	for _, p := range a.Positions {
		if !p.IsEmpty() {
			n++
		}
	}
	return n
}

// TestEscapeNegativeAccount checks an account under water (a long whose price crashed below what its
// collateral covers, and one that owes funding) is paid nothing while a healthy one is paid its value.
func TestEscapeNegativeAccount(t *testing.T) {
	e := newEnv(t)
	m := testMarkets()
	s := newEscapeState(t, m)
	// Market 1's price is 10^9 (10^3 quote quantums per base quantum), market 2's 3·10^7 with funding index −7.
	under := state.EmptyAccount()
	under.L1Address = owner(1)
	under.CollateralQuantums = -5_000
	under.Positions[0] = state.Position{Market: 1, SizeQuantums: 4, FundingIndex: 0} // worth 4·10^9/10^6 = 4,000
	owes := state.EmptyAccount()
	owes.L1Address = owner(2)
	owes.CollateralQuantums = 1_000
	owes.Positions[1] = state.Position{Market: 2, SizeQuantums: 1_000, FundingIndex: -7 - 32_000_000} // worth 30,000, owes 32,000
	healthy := state.EmptyAccount()
	healthy.L1Address = owner(3)
	healthy.CollateralQuantums = 2_500
	healthy.Positions[0] = state.Position{Market: 1, SizeQuantums: -1} // short, worth −1,000
	s.set(t, 0, under)
	s.set(t, 1, owes)
	s.set(t, 2, healthy)
	for id, want := range map[uint32]int64{0: 0, 1: 0, 2: 1_500} {
		a := s.accounts[id]
		if got := mustEscapeValue(t, &a, &m); got.Int64() != want {
			t.Fatalf("account %d: EscapeValue %s, want %d", id, got, want)
		}
	}
	e.freezeAt(s)
	for _, id := range []uint32{0, 1} {
		_, err := e.rollup.Escape(e.ctx, e.sim.Transactor(3), s.proof(t, id))
		wantRevert(t, err, "NothingToEscape")
		if p, _ := e.rollup.EscapeClaim(e.ctx, common20(owner(int(id)+1))); p.Sign() != 0 {
			t.Fatalf("account %d credited %s", id, p)
		}
	}
	if _, err := e.rollup.Escape(e.ctx, e.sim.Transactor(3), s.proof(t, 2)); err != nil {
		t.Fatal(err)
	}
	if p, _ := e.rollup.EscapeClaim(e.ctx, common20(owner(3))); p.Int64() != 1_500 {
		t.Fatalf("healthy account credited %s, want 1500", p)
	}
}

// TestSecurityEscapeRejects checks escape() refuses an unfrozen rollup, an account id outside the tree, and any
// proof with one word changed — each sibling, each leaf word, each markets word, the globals — or one word at
// r, and accepts the untouched proof afterwards.
func TestSecurityEscapeRejects(t *testing.T) {
	e := newEnv(t)
	m := testMarkets()
	s := newEscapeState(t, m)
	a := state.EmptyAccount()
	a.L1Address = owner(1)
	a.CollateralQuantums = 7_000
	a.Positions[2] = state.Position{Market: 2, SizeQuantums: 20_000, FundingIndex: -7}
	s.set(t, 5, a)
	other := a
	other.CollateralQuantums = 1
	s.set(t, 4, other)
	good := s.proof(t, 5)
	e.must(e.harnessTx(e.harness.PackSetStateRoot(state.BigOf(s.tree.Root()))))

	_, err := e.rollup.Escape(e.ctx, e.op(), good)
	wantRevert(t, err, "RollupNotFrozen")
	e.must(e.harnessTx(e.harness.PackFreezeNow()))

	far := *good
	far.AccountID = 1 << state.AccountTreeDepth
	_, err = e.rollup.Escape(e.ctx, e.op(), &far)
	wantRevert(t, err, "AccountOutOfRange")
	wrongID := *good
	wrongID.AccountID = 4
	_, err = e.rollup.Escape(e.ctx, e.op(), &wrongID)
	wantRevert(t, err, "StateMismatch")

	var one fr.Element
	one.SetOne()
	words := func(p *EscapeProof) []*fr.Element {
		var w []*fr.Element
		for i := range p.Leaf {
			w = append(w, &p.Leaf[i])
		}
		for i := range p.Siblings {
			w = append(w, &p.Siblings[i])
		}
		for i := range p.Markets {
			w = append(w, &p.Markets[i])
		}
		return append(w, &p.Globals)
	}
	n := len(words(good))
	for i := range n {
		bad := *good
		w := words(&bad)[i]
		w.Add(w, &one)
		_, err := e.rollup.Escape(e.ctx, e.op(), &bad)
		wantRevert(t, err, "StateMismatch")
	}
	// A word at r is the same field element as 0 to the hash; the contract refuses it before hashing. The
	// word stands in for an account's leaf word, a sibling, a markets word and the globals in turn.
	for _, i := range []int{2, LeafWords, LeafWords + 1, LeafWords + 2, LeafWords + state.AccountProofLen - 1, LeafWords + state.AccountProofLen, n - 1} {
		leaf, siblings, markets, globals := good.args()
		all := append(append(append(leaf[:], siblings[:]...), markets[:]...), globals)
		all[i] = fr.Modulus()
		copy(leaf[:], all[:LeafWords])
		copy(siblings[:], all[LeafWords:LeafWords+state.AccountProofLen])
		copy(markets[:], all[LeafWords+state.AccountProofLen:n-1])
		_, err := transact(e.ctx, e.b, e.rollup.contract, e.op(), e.rollup.abi.PackEscape(good.AccountID, leaf, siblings, markets, all[n-1]))
		if args := wantRevert(t, err, "NotInField"); args[0].(*big.Int).Cmp(fr.Modulus()) != 0 {
			t.Fatalf("word %d: NotInField%v", i, args)
		}
	}
	if _, err := e.rollup.Escape(e.ctx, e.sim.Transactor(2), good); err != nil {
		t.Fatal(err)
	}
	want := mustEscapeValue(t, &a, &m)
	if p, _ := e.rollup.EscapeClaim(e.ctx, common20(owner(1))); p.Cmp(want) != 0 || want.Sign() <= 0 {
		t.Fatalf("credited %s, want %s", p, want)
	}
}

// escapeGasOnePosition is the gas ceiling of escape() for an account with one position, after an earlier
// escape filled the escape root cache, as measured by TestEscapeGasOnePosition (376,932) with the 4-ary
// account tree and the H4 leaf (docs/PROTOCOL.md §2): 12 width-4 compressions on the path and 4 for the leaf.
// The first escape also hashes the markets table and the root (16 + 3 width-2 compressions) and fills the
// cache (569,511). Issue #13 targets 250,000 and the binary tree measured 403,828 for every escape: the EVM
// width-4 hasher costs ≈ 15.1 k gas, more than the two width-2 compressions (2 × 5.5 k) of the binary levels it
// replaces (l1/internal/poseidon2sol TestRuntime4Gas), so the 4-ary tree makes the path dearer on L1 while it
// makes the slot cheaper to prove; the cache wins it back from the second escape on.
const escapeGasOnePosition = 380_000

// TestEscapeGasOnePosition measures escape() of an account with one position after another account's escape
// filled the escape root cache (cold escaped-bitmap word and claim of its own), and checks it against
// escapeGasOnePosition; it logs the first escape's gas too.
func TestEscapeGasOnePosition(t *testing.T) {
	e := newEnv(t)
	m := testMarkets()
	s := newEscapeState(t, m)
	a := state.EmptyAccount()
	a.L1Address = owner(1)
	a.CollateralQuantums = 7_000_000
	a.Positions[0] = state.Position{Market: 1, SizeQuantums: 20_000, FundingIndex: -7}
	const first, id = 5, 1<<state.AccountTreeDepth - 3 // id: position 1 at the leaf level, 3 above it
	s.set(t, first, a)
	b := a
	b.L1Address = owner(2)
	s.set(t, id, b)
	e.freezeAt(s)
	r1, err := e.rollup.Escape(e.ctx, e.op(), s.proof(t, first))
	if err != nil {
		t.Fatal(err)
	}
	receipt, err := e.rollup.Escape(e.ctx, e.op(), s.proof(t, id))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("gas: first escape %d; escape of an account with one position %d (ceiling %d, issue #13 target 250000)",
		r1.GasUsed, receipt.GasUsed, escapeGasOnePosition)
	if receipt.GasUsed > escapeGasOnePosition {
		t.Fatalf("escape used %d gas, ceiling %d", receipt.GasUsed, escapeGasOnePosition)
	}
}

// TestEscapeRootCache checks that the escape root cache is keyed by the state root: once an escape filled it,
// a proof against the cached accounts root and tables is refused after the root changed (a harness-only move;
// a frozen rollup's root never changes), and a proof of the new root is checked by hashing and accepted.
func TestEscapeRootCache(t *testing.T) {
	e := newEnv(t)
	m := testMarkets()
	s := newEscapeState(t, m)
	a := state.EmptyAccount()
	a.L1Address = owner(1)
	a.CollateralQuantums = 5_000
	s.set(t, 1, a)
	s.set(t, 2, a)
	s.set(t, 3, a)
	e.freezeAt(s)
	if _, err := e.rollup.Escape(e.ctx, e.op(), s.proof(t, 1)); err != nil {
		t.Fatal(err)
	}
	stale := s.proof(t, 2)
	b := a
	b.CollateralQuantums = 6_000
	s.set(t, 4, b)
	e.must(e.harnessTx(e.harness.PackSetStateRoot(state.BigOf(s.tree.Root()))))
	_, err := e.rollup.Escape(e.ctx, e.op(), stale)
	wantRevert(t, err, "StateMismatch")
	if _, err := e.rollup.Escape(e.ctx, e.op(), s.proof(t, 3)); err != nil {
		t.Fatalf("escape against the new root: %v", err)
	}
}

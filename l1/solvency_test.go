package l1

import (
	"math/big"
	"testing"
	"time"

	"github.com/perpx/perpx/state"
)

// bookAccount is an account of a frozen test book: user u's, with collateral and a position of size in market 1.
type bookAccount struct {
	user             int
	collateral, size int64
}

// frozenBook queues a deposit of deposits[i] for user i+1 (accounts 0, 1, …), consumes them with the records
// extra in one batch, runs pending (nil for nothing), and freezes at a state of market table m holding
// accounts (ids 0, 1, … in order).
func frozenBook(t *testing.T, e *env, m state.Markets, deposits []uint64, accounts []bookAccount, pending func(), extra ...state.Record) *escapeState {
	t.Helper()
	var recs []state.Record
	for i, amount := range deposits {
		_, d := e.account(i+1, amount)
		recs = append(recs, depositRec(d))
	}
	if err := e.applyRecords(append(recs, extra...)...); err != nil {
		t.Fatal(err)
	}
	if pending != nil {
		pending()
	}
	s := newEscapeState(t, m)
	for id, c := range accounts {
		a := state.EmptyAccount()
		a.L1Address = state.L1Address(e.sim.Address(c.user))
		a.PubKey.X.SetUint64(uint64(id + 1))
		a.CollateralQuantums = c.collateral
		if c.size != 0 {
			a.Positions[0] = state.Position{Market: 1, SizeQuantums: c.size}
		}
		s.set(t, uint32(id), a)
	}
	e.freezeAt(s)
	return s
}

// insolventBook is the book an operator can make on purpose (issue 20 item 2): users 1 and 2 deposit 1,000 and
// user 3 1,500, and a batch consumes the deposits and credits a withdrawal of 500 to user 5, so the state holds
// 3,000. In it account 0 (user 1) is long 5 and account 1 (user 2) short 5 of market 1, both entered at 900,
// the price now 1,400 and neither liquidated; account 2 (user 3) is flat with 1,000. Account 0 is worth 3,500,
// account 1 −1,500 (nothing to escape), account 2 1,000: 4,500 of escape values against 3,000.
func insolventBook(t *testing.T, e *env, pending func()) *escapeState {
	t.Helper()
	m := testMarkets()
	m[0].OraclePrice = 1_400 * state.PriceScale
	return frozenBook(t, e, m, []uint64{1_000, 1_000, 1_500},
		[]bookAccount{{1, 1_000 - 5*900, 5}, {2, 1_000 + 5*900, -5}, {3, 1_000, 0}},
		pending, withdrawalRec(e.sim.Address(5), 500))
}

func (e *env) settlement() EscapeSettlement {
	e.t.Helper()
	s, err := e.rollup.EscapeSettlement(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

// withdrawGain withdraws user u's credit and returns what u received.
func (e *env) withdrawGain(u int) int64 {
	e.t.Helper()
	before := e.balance(e.sim.Address(u))
	if _, err := e.rollup.Withdraw(e.ctx, e.sim.Transactor(u)); err != nil {
		e.t.Fatalf("user %d's withdraw: %v", u, err)
	}
	return new(big.Int).Sub(e.balance(e.sim.Address(u)), before).Int64()
}

// TestSecurityEscapeInsolventBook reproduces issue 20 item 2: on a book whose escape values (4,500) exceed
// what the contract holds for the state (3,000), escapes must not be first come, first served. Both claimants
// escape within the claim window, whose claims are not payable before it closes (EscapeWindowOpen, at its last
// second); the withdrawal a batch credited before the freeze and an unconsumed deposit are paid in full at any
// time, outside the pool. After the window the small claimant withdraws first and the large one is still paid:
// each gets ⌊claim · 3,000 / 4,500⌋ (666 and 2,333), and the quantum of rounding dust stays in the contract.
func TestSecurityEscapeInsolventBook(t *testing.T) {
	e := newEnv(t)
	var unconsumed state.DepositRecord // queued after the batch, never consumed
	s := insolventBook(t, e, func() { _, unconsumed = e.account(4, 10_000) })
	if v := mustEscapeValue(t, ptr(s.accounts[0]), &s.markets); v.Int64() != 3_500 {
		t.Fatalf("account 0 worth %s, want 3500", v)
	}
	for _, id := range []uint32{0, 2} {
		e.must(e.rollup.Escape(e.ctx, e.sim.Transactor(5), s.proof(t, id)))
	}
	_, err := e.rollup.Escape(e.ctx, e.sim.Transactor(5), s.proof(t, 1))
	wantRevert(t, err, "NothingToEscape")
	st := e.settlement()
	if st.Pool.Int64() != 3_000 || st.Claims.Int64() != 4_500 || !st.Insolvent() {
		t.Fatalf("settlement %+v, want pool 3000 and claims 4500", st)
	}
	for claim, want := range map[int64]int64{1_000: 666, 3_500: 2_333} {
		onChain, err := call(e.ctx, e.rollup.contract, e.rollup.abi.PackEscapeShare(big.NewInt(claim)), e.rollup.abi.UnpackEscapeShare)
		if got := st.Share(big.NewInt(claim)); err != nil || got.Int64() != want || onChain.Int64() != want {
			t.Fatalf("share of %d: Go %s, escapeShare %v %v, want %d", claim, got, onChain, err, want)
		}
	}
	// Senior to the pool: the batch's credit and the deposit no batch consumed.
	if got := e.withdrawGain(5); got != 500 {
		t.Fatalf("user 5 received %d of its batch credit, want 500", got)
	}
	e.must(e.rollup.ReclaimDeposit(e.ctx, e.sim.Transactor(4), 3, unconsumed)) // queue index 3, after the three consumed
	err = e.txAt(st.WindowEnd-1, 3, e.rollup.abi.PackWithdraw())
	if args := wantRevert(t, err, "EscapeWindowOpen"); args[0].(*big.Int).Uint64() != st.WindowEnd {
		t.Fatalf("EscapeWindowOpen%v, want %d", args, st.WindowEnd)
	}
	before := e.balance(e.sim.Address(3))
	if err := e.txAt(st.WindowEnd, 3, e.rollup.abi.PackWithdraw()); err != nil {
		t.Fatalf("user 3's withdraw as the window closes: %v", err)
	}
	if got := new(big.Int).Sub(e.balance(e.sim.Address(3)), before).Int64(); got != 666 {
		t.Errorf("user 3 received %d, want ⌊1000 · 3000 / 4500⌋ = 666", got)
	}
	if got := e.withdrawGain(1); got != 2_333 {
		t.Errorf("user 1 received %d, want ⌊3500 · 3000 / 4500⌋ = 2333", got)
	}
	if left := e.balance(e.rollup.Address()); left.Int64() != 1 {
		t.Errorf("contract holds %s after the payouts, want the 1 quantum of dust", left)
	}
}

func ptr[T any](v T) *T { return &v }

// TestEscapeLateAndPartial checks escapes after the claim window and partial withdrawals. Users 1, 2 and 3
// deposit 1,000 each and hold flat accounts worth 1,000, 1,500 and 1,000 (3,500 against a pool of 3,000).
// Accounts 0 and 1 escape within the window (2,500 of claims, covered in full; account 1 in its last second);
// account 2's escape as it closes is credited only the 500 the window's claims left, and a second book whose
// window claims took the whole pool refuses a late escape (NoEscapeSurplus). withdrawPartial pays any amount up to the credit: 0
// is ZeroAmount, credit + 1 AmountExceedsCredit, the credit itself passes.
func TestEscapeLateAndPartial(t *testing.T) {
	e := newEnv(t)
	s := frozenBook(t, e, testMarkets(), []uint64{1_000, 1_000, 1_000}, []bookAccount{{1, 1_000, 0}, {2, 1_500, 0}, {3, 1_000, 0}}, nil)
	e.must(e.rollup.Escape(e.ctx, e.sim.Transactor(5), s.proof(t, 0)))
	_, err := e.rollup.WithdrawPartial(e.ctx, e.sim.Transactor(1), big.NewInt(1))
	wantRevert(t, err, "EscapeWindowOpen")
	escapeData := func(id uint32) []byte {
		p := s.proof(t, id)
		leaf, siblings, markets, globals := p.args()
		return e.rollup.abi.PackEscape(id, leaf, siblings, markets, globals)
	}
	end := e.settlement().WindowEnd
	if err := e.txAt(end-1, 5, escapeData(1)); err != nil { // the window's last second: a claim
		t.Fatal(err)
	}
	if err := e.txAt(end, 5, escapeData(2)); err != nil { // the window has closed: credited at once
		t.Fatal(err)
	}
	if c, err := e.rollup.EscapeClaim(e.ctx, e.sim.Address(2)); err != nil || c.Int64() != 1_500 {
		t.Fatalf("user 2's claim %v %v, want 1500", c, err)
	}
	if c, err := e.rollup.PendingWithdrawal(e.ctx, e.sim.Address(3)); err != nil || c.Int64() != 500 {
		t.Fatalf("user 3's late escape credited %v %v, want the 500 left", c, err)
	}
	if st := e.settlement(); st.Claims.Int64() != 2_500 || st.LateCredited.Int64() != 500 || st.Insolvent() {
		t.Fatalf("settlement %+v", st)
	}
	if w, err := e.rollup.Withdrawable(e.ctx, e.sim.Address(2)); err != nil || w.Int64() != 1_500 {
		t.Fatalf("user 2 may withdraw %v %v, want 1500", w, err)
	}
	_, err = e.rollup.WithdrawPartial(e.ctx, e.sim.Transactor(2), big.NewInt(0))
	wantRevert(t, err, "ZeroAmount")
	_, err = e.rollup.WithdrawPartial(e.ctx, e.sim.Transactor(2), big.NewInt(1_501))
	if args := wantRevert(t, err, "AmountExceedsCredit"); args[0].(*big.Int).Int64() != 1_501 || args[1].(*big.Int).Int64() != 1_500 {
		t.Fatalf("AmountExceedsCredit%v", args)
	}
	before := e.balance(e.sim.Address(2))
	e.must(e.rollup.WithdrawPartial(e.ctx, e.sim.Transactor(2), big.NewInt(1_500)))
	if got := new(big.Int).Sub(e.balance(e.sim.Address(2)), before); got.Int64() != 1_500 {
		t.Fatalf("user 2 received %s, want 1500", got)
	}
	before = e.balance(e.sim.Address(1))
	e.must(e.rollup.WithdrawPartial(e.ctx, e.sim.Transactor(1), big.NewInt(400)))
	if got, p := e.withdrawGain(1), new(big.Int).Sub(e.balance(e.sim.Address(1)), before); got != 600 || p.Int64() != 1_000 {
		t.Fatalf("user 1 received %d after 400, in all %s; want 600 and 1000", got, p)
	}
	if got := e.withdrawGain(3); got != 500 {
		t.Fatalf("user 3 received %d, want 500", got)
	}
	_, err = e.rollup.Withdraw(e.ctx, e.sim.Transactor(3))
	wantRevert(t, err, "NothingToWithdraw")
	if left := e.balance(e.rollup.Address()); left.Sign() != 0 {
		t.Fatalf("contract holds %s, want 0", left)
	}

	// The window's claims exceed the pool: nothing is left for a late escape.
	e = newEnv(t)
	s = insolventBook(t, e, nil)
	e.must(e.rollup.Escape(e.ctx, e.sim.Transactor(5), s.proof(t, 0)))
	if err := e.sim.AdjustTime(EscapeClaimWindow * time.Second); err != nil {
		t.Fatal(err)
	}
	_, err = e.rollup.Escape(e.ctx, e.sim.Transactor(5), s.proof(t, 2))
	if args := wantRevert(t, err, "NoEscapeSurplus"); args[0].(uint32) != 2 {
		t.Fatalf("NoEscapeSurplus%v", args)
	}
	if got := e.withdrawGain(1); got != 3_000 {
		t.Fatalf("user 1 received %d, want ⌊3500 · 3000 / 3500⌋ = 3000", got)
	}
}

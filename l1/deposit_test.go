package l1

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"

	"github.com/perpx/perpx/l1/bindings"
	"github.com/perpx/perpx/state"
)

// TestDepositCreatesAccountsInOrder checks ids count from 0 and each queue entry packs keccak256 of the record
// state.Record.Encode produces, the record type and the block time.
func TestDepositCreatesAccountsInOrder(t *testing.T) {
	e := newEnv(t)
	users := []int{1, 2, 1}
	var want []state.DepositRecord
	for i, u := range users {
		key := newKey(t)
		amount := uint64(1_000_000 * (i + 1))
		id, receipt, err := e.rollup.Deposit(e.ctx, e.sim.Transactor(u), key, amount)
		if err != nil {
			t.Fatal(err)
		}
		if id != uint32(i) {
			t.Fatalf("deposit %d: account id %d", i, id)
		}
		t.Logf("gas: deposit (new account) %d", receipt.GasUsed)
		d := state.DepositRecord{AccountID: id, AmountQuantums: amount, L1Address: state.L1Address(e.sim.Address(u)), PubKey: key}
		want = append(want, d)
		enc := encode(t, depositRec(d))
		checkEntry(t, e.queueEntry(uint64(i)), enc, e.serviceTime())
		ev, err := bindings.NewRollup().UnpackDepositQueuedEvent(receipt.Logs[len(receipt.Logs)-2])
		if err != nil {
			t.Fatal(err)
		}
		if ev.QueueIndex != uint64(i) || ev.AccountId != id || ev.Owner != e.sim.Address(u) || ev.PubKey != key || ev.Amount != amount {
			t.Fatalf("event %+v, want record %+v at queue index %d", ev, d, i)
		}
	}
	s := e.status()
	if s.AccountCount != 3 || s.QueueCount != 3 || s.QueueHead != 0 {
		t.Fatalf("status %+v", s)
	}
	if got := e.balance(e.rollup.Address()); got.Uint64() != 6_000_000 {
		t.Fatalf("escrow %d, want 6000000", got)
	}
	a := bindings.NewRollup()
	acc, err := call(e.ctx, e.rollup.contract, a.PackAccounts(1), a.UnpackAccounts)
	if err != nil {
		t.Fatal(err)
	}
	if acc.Owner != e.sim.Address(2) || acc.PubKey != want[1].PubKey {
		t.Fatalf("account 1 = %+v", acc)
	}
}

// TestDepositToUsesStoredOwnerAndKey checks a top-up paid by someone else records the account's owner and key.
func TestDepositToUsesStoredOwnerAndKey(t *testing.T) {
	e := newEnv(t)
	key := newKey(t)
	id, _, err := e.rollup.Deposit(e.ctx, e.sim.Transactor(1), key, 5)
	if err != nil {
		t.Fatal(err)
	}
	payerBefore := e.balance(e.sim.Address(2))
	receipt, err := e.rollup.DepositTo(e.ctx, e.sim.Transactor(2), id, 700)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("gas: depositTo %d", receipt.GasUsed)
	d := state.DepositRecord{AccountID: id, AmountQuantums: 700, L1Address: state.L1Address(e.sim.Address(1)), PubKey: key}
	checkEntry(t, e.queueEntry(1), encode(t, depositRec(d)), e.serviceTime())
	if paid := new(big.Int).Sub(payerBefore, e.balance(e.sim.Address(2))); paid.Uint64() != 700 {
		t.Fatalf("payer paid %d, want 700", paid)
	}
	if s := e.status(); s.AccountCount != 1 || s.QueueCount != 2 {
		t.Fatalf("status %+v", s)
	}
	// The last account id is accepted, the next one is not.
	_, err = e.rollup.DepositTo(e.ctx, e.sim.Transactor(2), 1, 1)
	if args := wantRevert(t, err, "UnknownAccount"); args[0].(uint32) != 1 {
		t.Fatalf("UnknownAccount%v", args)
	}
}

// TestDepositAmountLimits checks 1 and 2^56−1 are accepted, 0 and 2^56 rejected, by both deposit functions.
func TestDepositAmountLimits(t *testing.T) {
	e := newEnv(t)
	user := e.sim.Transactor(1)
	for _, ok := range []uint64{1, state.MaxAmount - 1} {
		id, _, err := e.rollup.Deposit(e.ctx, user, newKey(t), ok)
		if err != nil {
			t.Fatalf("deposit %d: %v", ok, err)
		}
		if _, err := e.rollup.DepositTo(e.ctx, e.sim.Transactor(2), id, ok); err != nil {
			t.Fatalf("depositTo %d: %v", ok, err)
		}
	}
	_, _, err := e.rollup.Deposit(e.ctx, user, newKey(t), 0)
	wantRevert(t, err, "ZeroAmount")
	_, err = e.rollup.DepositTo(e.ctx, user, 0, 0)
	wantRevert(t, err, "ZeroAmount")
	_, _, err = e.rollup.Deposit(e.ctx, user, newKey(t), state.MaxAmount)
	if args := wantRevert(t, err, "AmountTooLarge"); args[0].(*big.Int).Uint64() != state.MaxAmount {
		t.Fatalf("AmountTooLarge%v", args)
	}
	_, err = e.rollup.DepositTo(e.ctx, user, 0, state.MaxAmount)
	wantRevert(t, err, "AmountTooLarge")
}

// TestDepositAccountLimit checks L1 assigns ids only below L2AccountBase, the ids it owns: the last one,
// L2AccountBase − 1, is assigned and the next deposit, which would take the first id of the L2 range, is rejected.
func TestDepositAccountLimit(t *testing.T) {
	e := newEnv(t)
	const limit = state.L2AccountBase
	e.must(e.harnessTx(e.harness.PackSetAccountCount(limit - 1)))
	id, _, err := e.rollup.Deposit(e.ctx, e.sim.Transactor(1), newKey(t), 1)
	if err != nil {
		t.Fatal(err)
	}
	if id != limit-1 {
		t.Fatalf("id %d, want %d", id, limit-1)
	}
	id, _, err = e.rollup.Deposit(e.ctx, e.sim.Transactor(1), newKey(t), 1)
	if err == nil {
		t.Fatalf("deposit assigned id %d, in the L2 range from %d", id, limit)
	}
	wantRevert(t, err, "AccountLimitReached")
	if s := e.status(); s.AccountCount != limit {
		t.Fatalf("account count %d, want %d", s.AccountCount, limit)
	}
}

// TestDepositWithoutAllowance checks a failing token transfer reverts the deposit.
func TestDepositWithoutAllowance(t *testing.T) {
	e := newEnv(t)
	_, err := e.token.Approve(e.ctx, e.sim.Transactor(1), e.rollup.Address(), big.NewInt(9))
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = e.rollup.Deposit(e.ctx, e.sim.Transactor(1), newKey(t), 10)
	wantRevert(t, err, "TransferFailed")
	if s := e.status(); s.AccountCount != 0 || s.QueueCount != 0 {
		t.Fatalf("status after failed deposit %+v", s)
	}
}

// TestPubKeyCheckMatchesState checks the contract accepts exactly the nonzero keys state.DecompressPubKey
// decodes and that re-encode to the same bytes, on random valid keys, random bytes, the points of small order
// (SmallOrderPubKey) and the edge cases.
func TestPubKeyCheckMatchesState(t *testing.T) {
	e := newEnv(t)
	seed := testSeed(t)
	modulus := fr.Modulus()
	be := func(v *big.Int) (b [32]byte) { v.FillBytes(b[:]); return b }
	odd := func(b [32]byte) [32]byte { b[0] |= 0x80; return b }
	one, rMinus1 := be(big.NewInt(1)), be(new(big.Int).Sub(modulus, big.NewInt(1)))
	cases := map[string][32]byte{
		"zero key":             {},
		"y = 0, x odd":         odd([32]byte{}),
		"y = 1 (x = 0)":        one,
		"y = 1, x odd":         odd(one),
		"y = r − 1 (x = 0)":    rMinus1,
		"y = r − 1, x odd":     odd(rMinus1),
		"y = r":                be(modulus),
		"y = r, x odd":         odd(be(modulus)),
		"y = 2^255 − 1":        be(new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 255), big.NewInt(1))),
		"all ones":             odd(be(new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 255), big.NewInt(1)))),
		"valid key":            newKey(t),
		"valid key, flipped x": func() [32]byte { k := newKey(t); k[0] ^= 0x80; return k }(),
	}
	// Random canonical y with a random parity flag: about half are points of the curve.
	rng := rand.New(rand.NewPCG(seed, 0))
	for i := range 200 {
		var raw [32]byte
		for j := 0; j < 32; j += 8 {
			binary.BigEndian.PutUint64(raw[j:], rng.Uint64())
		}
		k := be(new(big.Int).Mod(new(big.Int).SetBytes(raw[:]), modulus))
		if rng.IntN(2) == 1 {
			k = odd(k)
		}
		cases[fmt.Sprintf("random %d", i)] = k
	}
	small := map[[32]byte]bool{}
	for i, k := range smallOrderKeys(t) {
		small[k] = true
		cases[fmt.Sprintf("small order %d", i)] = k
	}
	accepted := 0
	for name, key := range cases {
		_, err := call(e.ctx, e.harnessC, e.harness.PackCheckPubKey(key), func([]byte) (struct{}, error) { return struct{}{}, nil })
		if want := keyUsable(key); (err == nil) != want {
			t.Errorf("%s %x: contract accepts %v (%v), state decodes %v", name, key, err == nil, err, want)
		} else if err != nil {
			if small[key] {
				wantRevert(t, err, "SmallOrderPubKey")
			} else {
				wantRevert(t, err, "InvalidPubKey")
			}
		} else {
			accepted++
		}
	}
	if accepted < 60 {
		t.Fatalf("only %d of %d keys accepted: the random cases are not exercising valid keys", accepted, len(cases))
	}
	_, _, err := e.rollup.Deposit(e.ctx, e.sim.Transactor(1), odd(one), 1)
	wantRevert(t, err, "InvalidPubKey")
}

// keyUsable reports whether state decodes key to a nonzero key whose encoding is key itself.
func keyUsable(key [32]byte) bool {
	k, err := state.DecompressPubKey(key)
	return err == nil && !k.IsZero() && k.Compressed() == key
}

// TestTxFailed checks a transaction mined with status 0 (here out of gas) returns ErrTxFailed.
func TestTxFailed(t *testing.T) {
	e := newEnv(t)
	auth := e.sim.Transactor(1)
	auth.GasLimit = 30_000
	_, receipt, err := e.rollup.Deposit(e.ctx, auth, newKey(t), 1)
	if !errors.Is(err, ErrTxFailed) || receipt == nil || receipt.Status != 0 {
		t.Fatalf("got %v, receipt %v, want ErrTxFailed", err, receipt)
	}
}

// smallOrderKeys derives from the curve the compressed encodings of its 8 points of small order: the multiples
// of T = [l]P (l the prime subgroup order) for a point P whose cofactor part has order 8.
func smallOrderKeys(t *testing.T) [][32]byte {
	t.Helper()
	params := twistededwards.GetEdwardsCurve()
	var g twistededwards.PointAffine
	for y := int64(2); ; y++ {
		if y > 1000 {
			t.Fatal("no point with an order-8 cofactor part found")
		}
		var c [32]byte
		big.NewInt(y).FillBytes(c[:])
		k, err := state.DecompressPubKey(c)
		if err != nil {
			continue
		}
		g.ScalarMultiplication(&twistededwards.PointAffine{X: k.X, Y: k.Y}, &params.Order)
		var g4 twistededwards.PointAffine
		g4.Double(&g).Double(&g4)
		if !g4.IsZero() {
			break
		}
	}
	var p twistededwards.PointAffine
	p.X.SetZero()
	p.Y.SetOne()
	var keys [][32]byte
	for range 8 {
		if !p.IsOnCurve() {
			t.Fatal("a multiple of T is off the curve")
		}
		keys = append(keys, state.PubKey{X: p.X, Y: p.Y}.Compressed())
		p.Add(&p, &g)
	}
	if !p.IsZero() {
		t.Fatal("[8]T is not the identity")
	}
	return keys
}

// TestSecuritySmallOrderKeys checks the contract's list of small-order keys is exactly the 8 encodings derived
// from gnark-crypto's curve, that deposit refuses each with SmallOrderPubKey, and that state refuses each with
// ErrSmallOrderPubKey (the all-zero encoding decodes to the zero key, which the sequencer refuses as such).
func TestSecuritySmallOrderKeys(t *testing.T) {
	e := newEnv(t)
	want := smallOrderKeys(t)
	out, err := CallChecks(e.ctx, e.b, e.checks, "smallOrderKeys")
	if err != nil {
		t.Fatal(err)
	}
	got := out[0].([8][32]byte)
	set := map[[32]byte]bool{}
	for _, k := range got {
		set[k] = true
	}
	if len(set) != 8 {
		t.Fatalf("the contract lists %d distinct keys, want 8", len(set))
	}
	for _, k := range want {
		if !set[k] {
			t.Errorf("the contract does not list the small-order key %x", k)
		}
	}
	for _, k := range want {
		_, _, err := e.rollup.Deposit(e.ctx, e.sim.Transactor(1), k, 1)
		if args := wantRevert(t, err, "SmallOrderPubKey"); args[0].([32]byte) != k {
			t.Fatalf("SmallOrderPubKey%v, want %x", args, k)
		}
		d, err := state.DecompressPubKey(k)
		if k == ([32]byte{}) {
			if err != nil || !d.IsZero() {
				t.Fatalf("state decodes the zero encoding to %+v, %v", d, err)
			}
		} else if !errors.Is(err, state.ErrSmallOrderPubKey) {
			t.Fatalf("state decodes %x: %v", k, err)
		}
	}
	if s := e.status(); s.AccountCount != 0 || s.QueueCount != 0 {
		t.Fatalf("status %+v", s)
	}
}

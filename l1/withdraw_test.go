package l1

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/perpx/perpx/l1/bindings"
	"github.com/perpx/perpx/l1/testbindings"
	"github.com/perpx/perpx/state"
)

// TestWithdrawPullPattern checks credited withdrawals are paid once, to the credited address only.
func TestWithdrawPullPattern(t *testing.T) {
	e := newEnv(t)
	if _, _, err := e.rollup.Deposit(e.ctx, e.sim.Transactor(1), newKey(t), 1_000); err != nil {
		t.Fatal(err)
	}
	alice, bob := e.sim.Address(3), e.sim.Address(4)
	if err := e.applyRecords(withdrawalRec(alice, 300), withdrawalRec(alice, state.MaxAmount-1)); err != nil {
		t.Fatal(err)
	}
	// Credits add up; the escrow holds less than that, so only the part the test funds can be paid.
	want := new(big.Int).SetUint64(300 + state.MaxAmount - 1)
	if p, err := e.rollup.PendingWithdrawal(e.ctx, alice); err != nil || p.Cmp(want) != 0 {
		t.Fatalf("pending %v %v, want %v", p, err, want)
	}
	if err := e.applyRecords(withdrawalRec(bob, 250)); err != nil {
		t.Fatal(err)
	}

	before := e.balance(bob)
	receipt, err := e.rollup.Withdraw(e.ctx, e.sim.Transactor(4))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("gas: withdraw %d", receipt.GasUsed)
	if got := new(big.Int).Sub(e.balance(bob), before); got.Uint64() != 250 {
		t.Fatalf("bob received %d, want 250", got)
	}
	ev, err := bindings.NewRollup().UnpackWithdrawnEvent(receipt.Logs[0])
	if err != nil || ev.Account != bob || ev.Amount.Uint64() != 250 {
		t.Fatalf("Withdrawn %+v %v", ev, err)
	}
	if p, _ := e.rollup.PendingWithdrawal(e.ctx, bob); p.Sign() != 0 {
		t.Fatalf("pending after withdraw %d", p)
	}
	_, err = e.rollup.Withdraw(e.ctx, e.sim.Transactor(4))
	wantRevert(t, err, "NothingToWithdraw")
	_, err = e.rollup.Withdraw(e.ctx, e.sim.Transactor(5))
	wantRevert(t, err, "NothingToWithdraw")
	// Alice's credit exceeds the escrow: the token transfer fails and her credit stays.
	_, err = e.rollup.Withdraw(e.ctx, e.sim.Transactor(3))
	wantRevert(t, err, "TransferFailed")
	if p, _ := e.rollup.PendingWithdrawal(e.ctx, alice); p.Cmp(want) != 0 {
		t.Fatalf("pending after failed withdraw %d, want %d", p, want)
	}
}

// TestWithdrawReentrancy checks a token that re-enters withdraw during the payout is paid once.
func TestWithdrawReentrancy(t *testing.T) {
	e := newEnv(t)
	tok := testbindings.NewReentrantToken()
	tokAddr, err := deploy(e.ctx, e.b, e.op(), common.FromHex(testbindings.ReentrantTokenMetaData.Bin), nil)
	if err != nil {
		t.Fatal(err)
	}
	tokC := tok.Instance(e.b, tokAddr)
	rollupAddr := e.deployHarness(tokAddr, e.sim.Address(operatorIdx), []common.Address{e.verifier, e.verifier})
	e.harnessC = e.harness.Instance(e.b, rollupAddr)
	const escrow, credit = 1_000, 400
	e.must(transact(e.ctx, e.b, tokC, e.op(), tok.PackMint(rollupAddr, big.NewInt(escrow))))
	// The token contract itself is the withdrawer, so its transfer hook re-enters as the same msg.sender.
	if err := e.applyRecords(withdrawalRec(tokAddr, credit)); err != nil {
		t.Fatal(err)
	}
	e.must(transact(e.ctx, e.b, tokC, e.op(), tok.PackAttack(rollupAddr)))

	reentered, err := call(e.ctx, tokC, tok.PackReentered(), tok.UnpackReentered)
	if err != nil || !reentered {
		t.Fatalf("reentered %v %v: the attack did not run", reentered, err)
	}
	if ok, _ := call(e.ctx, tokC, tok.PackNestedSucceeded(), tok.UnpackNestedSucceeded); ok {
		t.Fatal("the nested withdraw succeeded")
	}
	reason, err := call(e.ctx, tokC, tok.PackNestedRevert(), tok.UnpackNestedRevert)
	if err != nil || !bytes.Equal(reason, bindings.RollupNothingToWithdrawErrorID().Bytes()[:4]) {
		t.Fatalf("nested revert %x %v, want NothingToWithdraw", reason, err)
	}
	for addr, want := range map[common.Address]int64{tokAddr: credit, rollupAddr: escrow - credit} {
		got, err := call(e.ctx, tokC, tok.PackBalanceOf(addr), tok.UnpackBalanceOf)
		if err != nil || got.Int64() != want {
			t.Fatalf("balance of %s = %v %v, want %d", addr, got, err, want)
		}
	}
}

// TestWithdrawalAddresses checks the addresses commitBatch takes beside the compact pubdata (docs/PROTOCOL.md
// §6.1): each Withdrawal record credits the next address only if its tag binds it (WithdrawalTagMismatch for
// another address: an operator cannot redirect a withdrawal), and there must be exactly one address per
// Withdrawal record (WithdrawalAddressCount for one too many, a Panic for one too few); nothing is credited by a
// rejected walk.
func TestWithdrawalAddresses(t *testing.T) {
	e := newEnv(t)
	alice, mallory := e.sim.Address(3), e.sim.Address(4)
	pd := batchPubdata(t, withdrawalRec(alice, 300), tradeRec(), withdrawalRec(alice, 5))
	for name, c := range map[string]struct {
		addrs []common.Address
		err   string
	}{
		"another address":   {[]common.Address{alice, mallory}, "WithdrawalTagMismatch"},
		"swapped order":     {[]common.Address{mallory, alice}, "WithdrawalTagMismatch"},
		"one address extra": {[]common.Address{alice, alice, alice}, "WithdrawalAddressCount"},
		"none":              {nil, ""},
		"one short":         {[]common.Address{alice}, ""},
	} {
		_, err := e.harnessTx(e.harness.PackApplyRecords(pd, c.addrs))
		if c.err != "" {
			wantRevert(t, err, c.err)
		} else if err == nil {
			t.Fatalf("%s: accepted", name)
		}
		for _, a := range []common.Address{alice, mallory} {
			if p, _ := e.rollup.PendingWithdrawal(e.ctx, a); p.Sign() != 0 {
				t.Fatalf("%s: %s credited %d", name, a, p)
			}
		}
	}
	if _, err := e.harnessTx(e.harness.PackApplyRecords(pd, []common.Address{alice, alice})); err != nil {
		t.Fatal(err)
	}
	if p, _ := e.rollup.PendingWithdrawal(e.ctx, alice); p.Uint64() != 305 {
		t.Fatalf("alice credited %d, want 305", p)
	}
}

package escape

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/l1/bindings"
	"github.com/perpx/perpx/state"
)

// Errors of escaping.
var (
	// ErrNotFrozen reports a rollup that is not frozen: nobody can escape yet.
	ErrNotFrozen = errors.New("escape: rollup is not frozen")
	// ErrAlreadyEscaped reports an account that already escaped.
	ErrAlreadyEscaped = errors.New("escape: account already escaped")
	// ErrNothingToEscape reports an account whose value at the frozen state is zero or negative.
	ErrNothingToEscape = errors.New("escape: account has no value to escape")
	// ErrClaimWindowOpen reports a withdrawal of escape claims before the claim window has closed
	// (Rollup.ESCAPE_CLAIM_WINDOW after the freeze): the claims are paid pro rata once it has.
	ErrClaimWindowOpen = errors.New("escape: the escape claim window is still open")
	// ErrNothingToWithdraw reports an address with no credit and no escape claim.
	ErrNothingToWithdraw = errors.New("escape: nothing to withdraw")
	// ErrNoOverdueRequest reports that no forced request or market-params change is old enough to freeze the
	// rollup.
	ErrNoOverdueRequest = errors.New("escape: no overdue forced request")
)

// freezeGracePeriod is Rollup.FREEZE_GRACE_PERIOD, in seconds.
const freezeGracePeriod = 7 * 24 * 3600

// Claim is one account's escape from a rebuilt state: the account, its value and the proof escape() takes.
type Claim struct {
	Account state.Account
	Value   *big.Int
	Proof   *l1.EscapeProof
}

// Claim returns account id's escape claim against the rebuilt state.
func (s *State) Claim(id uint32) (*Claim, error) {
	a, err := s.Tree.Account(id)
	if err != nil {
		return nil, err
	}
	sib, err := s.Tree.AccountProof(id)
	if err != nil {
		return nil, err
	}
	markets := s.Tree.Markets()
	p := l1.NewEscapeProof(id, &a, sib, &markets, s.Tree.Globals())
	if p.Root() != s.Root {
		return nil, fmt.Errorf("%w: account %d's proof hashes to another root", ErrRootMismatch, id)
	}
	v, err := l1.EscapeValue(&a, &markets)
	if err != nil {
		return nil, fmt.Errorf("escape: account %d: %w", id, err)
	}
	return &Claim{Account: a, Value: v, Proof: p}, nil
}

// Result is what Run did.
type Result struct {
	Claim *Claim
	// Escape is the escape transaction's receipt; Withdraw the withdrawal's, when the signer is the account's
	// owner and the claim window has closed (nil otherwise: the owner withdraws later, with Withdraw).
	Escape, Withdraw *types.Receipt
	// Settlement is the rollup's escape settlement after the escape: the claim window's end, the pool and the
	// claims (docs/PROTOCOL.md §8).
	Settlement l1.EscapeSettlement
}

// Run escapes account id of a frozen rollup with a state rebuilt from L1: it checks the rollup is frozen and
// the account has not escaped and has value, and sends escape() signed by auth (anyone may; the value is
// claimed for the account's L1 address). When auth is that address and the claim window has closed, it also
// withdraws; within the window the claim is paid only once the window closes (Withdraw then).
func Run(ctx context.Context, b Backend, s *State, id uint32, auth *bind.TransactOpts) (*Result, error) {
	r := l1.NewRollup(b, s.Rollup)
	st, err := r.Status(ctx)
	if err != nil {
		return nil, err
	}
	if !st.Frozen() {
		return nil, ErrNotFrozen
	}
	if st.StateRoot != s.Root {
		return nil, fmt.Errorf("%w: the frozen root is %s, the rebuilt one %s", ErrRootMismatch, st.StateRoot.String(), s.Root.String())
	}
	done, err := r.Escaped(ctx, id)
	if err != nil {
		return nil, err
	}
	if done {
		return nil, fmt.Errorf("%w: account %d", ErrAlreadyEscaped, id)
	}
	c, err := s.Claim(id)
	if err != nil {
		return nil, err
	}
	if c.Value.Sign() <= 0 {
		return nil, fmt.Errorf("%w: account %d", ErrNothingToEscape, id)
	}
	res := &Result{Claim: c}
	if res.Escape, err = r.Escape(ctx, auth, c.Proof); err != nil {
		return res, err
	}
	if res.Settlement, err = r.EscapeSettlement(ctx); err != nil {
		return res, err
	}
	now, err := latestTime(ctx, b)
	if err != nil {
		return res, err
	}
	if auth.From == common.Address(c.Account.L1Address) && now >= res.Settlement.WindowEnd {
		if res.Withdraw, err = r.Withdraw(ctx, auth); err != nil {
			return res, err
		}
	}
	return res, nil
}

// Withdraw pays auth.From amount of its credit on the rollup, or all of it when amount is nil: its credited
// withdrawals and, once the claim window has closed, its escape claims' share (docs/PROTOCOL.md §8). It
// returns ErrClaimWindowOpen, naming the window's end, when auth.From has escape claims and no other credit
// before then, and ErrNothingToWithdraw when it has nothing at all. It returns the amount paid.
func Withdraw(ctx context.Context, b l1.Backend, rollup common.Address, auth *bind.TransactOpts, amount *big.Int) (*big.Int, *types.Receipt, error) {
	r := l1.NewRollup(b, rollup)
	credit, err := r.Withdrawable(ctx, auth.From)
	if err != nil {
		return nil, nil, err
	}
	if credit.Sign() == 0 {
		claim, err := r.EscapeClaim(ctx, auth.From)
		if err != nil {
			return nil, nil, err
		}
		if claim.Sign() == 0 {
			return nil, nil, fmt.Errorf("%w: %s", ErrNothingToWithdraw, auth.From.Hex())
		}
		st, err := r.EscapeSettlement(ctx)
		if err != nil {
			return nil, nil, err
		}
		now, err := latestTime(ctx, b)
		if err != nil {
			return nil, nil, err
		}
		if now >= st.WindowEnd { // the window has closed and the claim's share of an empty pool is 0
			return nil, nil, fmt.Errorf("%w: %s's claim of %s pays nothing: the escape pool is empty", ErrNothingToWithdraw, auth.From.Hex(), claim)
		}
		return nil, nil, fmt.Errorf("%w: %s's claim of %s is paid from %s", ErrClaimWindowOpen, auth.From.Hex(), claim, time.Unix(int64(st.WindowEnd), 0).UTC().Format(time.RFC3339))
	}
	if amount == nil {
		receipt, err := r.Withdraw(ctx, auth)
		return credit, receipt, err
	}
	receipt, err := r.WithdrawPartial(ctx, auth, amount)
	return amount, receipt, err
}

// latestTime returns the latest block's time.
func latestTime(ctx context.Context, b l1.Backend) (uint64, error) {
	h, err := b.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("escape: latest header: %w", err)
	}
	return h.Time, nil
}

// FindOverdue returns the queue index of a forced request (withdrawal or trade) or market-params change that is
// still unserved FREEZE_GRACE_PERIOD after its service time (the time its queue entry holds: when it was
// queued, or later if the queue was backed up), as of the latest block, or ErrNoOverdueRequest.
func FindOverdue(ctx context.Context, b l1.Backend, rollup common.Address) (uint64, error) {
	st, err := l1.NewRollup(b, rollup).Status(ctx)
	if err != nil {
		return 0, err
	}
	now, err := latestTime(ctx, b)
	if err != nil {
		return 0, err
	}
	a := bindings.NewRollup()
	c := a.Instance(b, rollup)
	for i := st.QueueHead; i < st.QueueCount; i++ {
		entry, err := bind.Call(c, &bind.CallOpts{Context: ctx}, a.PackQueue(new(big.Int).SetUint64(i)), a.UnpackQueue)
		if err != nil {
			return 0, fmt.Errorf("escape: queue entry %d: %w", i, err)
		}
		typ := new(big.Int).Rsh(entry, 64).Uint64() & 0xff
		freezable := typ == state.RecordForcedWithdrawal || typ == state.RecordForcedTrade || typ == state.RecordMarketParams
		if freezable && entry.Uint64()+freezeGracePeriod <= now {
			return i, nil
		}
	}
	return 0, ErrNoOverdueRequest
}

// Freeze freezes the rollup with the overdue forced request at queueIndex, signed by auth, unless it is
// already frozen (then it returns a nil receipt).
func Freeze(ctx context.Context, b l1.Backend, rollup common.Address, auth *bind.TransactOpts, queueIndex uint64) (*types.Receipt, error) {
	r := l1.NewRollup(b, rollup)
	st, err := r.Status(ctx)
	if err != nil {
		return nil, err
	}
	if st.Frozen() {
		return nil, nil
	}
	return r.Freeze(ctx, auth, queueIndex)
}

package l1

import (
	"context"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/perpx/perpx/l1/bindings"
	"github.com/perpx/perpx/state"
)

// Rollup is a client of a deployed Rollup contract.
type Rollup struct {
	backend  Backend
	abi      *bindings.Rollup
	contract *bind.BoundContract
}

// NewRollup binds the Rollup contract at address.
func NewRollup(b Backend, address common.Address) *Rollup {
	a := bindings.NewRollup()
	return &Rollup{backend: b, abi: a, contract: a.Instance(b, address)}
}

// Address returns the contract's address.
func (r *Rollup) Address() common.Address { return r.contract.Address() }

// Token returns the collateral token's address.
func (r *Rollup) Token(ctx context.Context) (common.Address, error) {
	return call(ctx, r.contract, r.abi.PackToken(), r.abi.UnpackToken)
}

// Status is the contract's view of the chain of batches and of the queue.
type Status struct {
	StateRoot   fr.Element
	BatchNumber uint64
	Timestamp   uint64
	// QueueHead is the queue index of the next entry a batch must consume.
	QueueHead uint64
	// QueueCount is the number of queue entries ever made (deposits and forced withdrawals); the entries from
	// QueueHead to QueueCount − 1 are pending, less any reclaimed deposit.
	QueueCount   uint64
	AccountCount uint32
	// FrozenAt is the time the rollup froze, 0 if it has not.
	FrozenAt       uint64
	DepositsPaused bool
}

// Frozen reports whether the rollup is frozen.
func (s Status) Frozen() bool { return s.FrozenAt != 0 }

// Status reads the stored root, batch counters and queue counters, all at the latest block.
func (r *Rollup) Status(ctx context.Context) (Status, error) {
	s, _, err := r.statusAndConfig(ctx)
	return s, err
}

// statusAndConfig reads the status and the configuration hash at one block.
func (r *Rollup) statusAndConfig(ctx context.Context) (Status, [32]byte, error) {
	head, err := r.backend.BlockNumber(ctx)
	if err != nil {
		return Status{}, [32]byte{}, fmt.Errorf("l1: head: %w", err)
	}
	opts := &bind.CallOpts{Context: ctx, BlockNumber: new(big.Int).SetUint64(head)}
	root, err := callAt(opts, r.contract, r.abi.PackStateRoot(), r.abi.UnpackStateRoot)
	if err != nil {
		return Status{}, [32]byte{}, err
	}
	bs, err := callAt(opts, r.contract, r.abi.PackBatchState(), r.abi.UnpackBatchState)
	if err != nil {
		return Status{}, [32]byte{}, err
	}
	qs, err := callAt(opts, r.contract, r.abi.PackQueueState(), r.abi.UnpackQueueState)
	if err != nil {
		return Status{}, [32]byte{}, err
	}
	cfg, err := callAt(opts, r.contract, r.abi.PackConfigHash(), r.abi.UnpackConfigHash)
	if err != nil {
		return Status{}, [32]byte{}, err
	}
	s := Status{
		BatchNumber:    bs.BatchNumber,
		Timestamp:      bs.Timestamp,
		QueueHead:      bs.QueueHead,
		FrozenAt:       bs.FrozenAt,
		QueueCount:     qs.QueueCount,
		AccountCount:   qs.AccountCount,
		DepositsPaused: qs.DepositsPaused,
	}
	s.StateRoot.SetBigInt(root) // the contract keeps roots below the modulus
	return s, cfg, nil
}

// NextHeader returns the header the contract will hash with a batch committed now: the stored root, the next
// batch number and the contract's configuration hash, with newRoot and timestamp. state.PublicInput of it and
// the pubdata is the public input commitBatch passes to the verifier.
func (r *Rollup) NextHeader(ctx context.Context, newRoot fr.Element, timestamp uint64) (state.BatchHeader, error) {
	s, cfg, err := r.statusAndConfig(ctx)
	if err != nil {
		return state.BatchHeader{}, err
	}
	return state.BatchHeader{
		OldRoot:          s.StateRoot,
		NewRoot:          newRoot,
		BatchNumber:      s.BatchNumber + 1,
		TimestampSeconds: timestamp,
		ConfigHash:       cfg,
	}, nil
}

// Deposit creates an account owned by auth.From with key pubKey (compressed) and deposits amount quote
// quantums into it. The token allowance must cover amount. It returns the new account's id.
func (r *Rollup) Deposit(ctx context.Context, auth *bind.TransactOpts, pubKey [32]byte, amount uint64) (uint32, *types.Receipt, error) {
	receipt, err := transact(ctx, r.backend, r.contract, auth, r.abi.PackDeposit(pubKey, new(big.Int).SetUint64(amount)))
	if err != nil {
		return 0, receipt, fmt.Errorf("l1: deposit: %w", err)
	}
	for _, l := range receipt.Logs {
		if ev, err := r.abi.UnpackDepositQueuedEvent(l); err == nil && l.Address == r.Address() {
			return ev.AccountId, receipt, nil
		}
	}
	return 0, receipt, fmt.Errorf("%w: DepositQueued in %s", ErrNoEvent, receipt.TxHash)
}

// DepositTo deposits amount quote quantums into an existing account, paid by auth.From. The token allowance
// must cover amount.
func (r *Rollup) DepositTo(ctx context.Context, auth *bind.TransactOpts, accountID uint32, amount uint64) (*types.Receipt, error) {
	receipt, err := transact(ctx, r.backend, r.contract, auth, r.abi.PackDepositTo(accountID, new(big.Int).SetUint64(amount)))
	if err != nil {
		return receipt, fmt.Errorf("l1: deposit to %d: %w", accountID, err)
	}
	return receipt, nil
}

// PendingWithdrawal returns the amount credited to owner and not yet withdrawn.
func (r *Rollup) PendingWithdrawal(ctx context.Context, owner common.Address) (*big.Int, error) {
	return call(ctx, r.contract, r.abi.PackPendingWithdrawals(owner), r.abi.UnpackPendingWithdrawals)
}

// Withdraw pays auth.From its pending withdrawals.
func (r *Rollup) Withdraw(ctx context.Context, auth *bind.TransactOpts) (*types.Receipt, error) {
	receipt, err := transact(ctx, r.backend, r.contract, auth, r.abi.PackWithdraw())
	if err != nil {
		return receipt, fmt.Errorf("l1: withdraw: %w", err)
	}
	return receipt, nil
}

// ForcedWithdrawal queues a forced withdrawal of amount quote quantums from accountID, which auth.From must
// own. It returns the request's queue index, which Freeze names if no batch serves it within the grace period.
func (r *Rollup) ForcedWithdrawal(ctx context.Context, auth *bind.TransactOpts, accountID uint32, amount uint64) (uint64, *types.Receipt, error) {
	receipt, err := transact(ctx, r.backend, r.contract, auth, r.abi.PackForcedWithdrawal(accountID, new(big.Int).SetUint64(amount)))
	if err != nil {
		return 0, receipt, fmt.Errorf("l1: forced withdrawal from %d: %w", accountID, err)
	}
	for _, l := range receipt.Logs {
		if ev, err := r.abi.UnpackForcedWithdrawalQueuedEvent(l); err == nil && l.Address == r.Address() {
			return ev.QueueIndex, receipt, nil
		}
	}
	return 0, receipt, fmt.Errorf("%w: ForcedWithdrawalQueued in %s", ErrNoEvent, receipt.TxHash)
}

// Freeze freezes the rollup, naming the overdue forced request at queueIndex.
func (r *Rollup) Freeze(ctx context.Context, auth *bind.TransactOpts, queueIndex uint64) (*types.Receipt, error) {
	receipt, err := transact(ctx, r.backend, r.contract, auth, r.abi.PackFreeze(queueIndex))
	if err != nil {
		return receipt, fmt.Errorf("l1: freeze: %w", err)
	}
	return receipt, nil
}

// ReclaimDeposit pays the deposit at queueIndex back to its payer, auth.From; record is the deposit's record.
func (r *Rollup) ReclaimDeposit(ctx context.Context, auth *bind.TransactOpts, queueIndex uint64, record state.DepositRecord) (*types.Receipt, error) {
	b, err := state.Record{Deposit: &record}.Encode()
	if err != nil {
		return nil, fmt.Errorf("l1: reclaim deposit %d: %w", queueIndex, err)
	}
	receipt, err := transact(ctx, r.backend, r.contract, auth, r.abi.PackReclaimDeposit(queueIndex, b[:]))
	if err != nil {
		return receipt, fmt.Errorf("l1: reclaim deposit %d: %w", queueIndex, err)
	}
	return receipt, nil
}

// Escape sends escape(p) from auth (anyone may; the value goes to the leaf's L1 address).
func (r *Rollup) Escape(ctx context.Context, auth *bind.TransactOpts, p *EscapeProof) (*types.Receipt, error) {
	leaf, siblings, markets, globals := p.args()
	receipt, err := transact(ctx, r.backend, r.contract, auth, r.abi.PackEscape(p.AccountID, leaf, siblings, markets, globals))
	if err != nil {
		return receipt, fmt.Errorf("l1: escape account %d: %w", p.AccountID, err)
	}
	return receipt, nil
}

// Escaped reports whether accountID has escaped.
func (r *Rollup) Escaped(ctx context.Context, accountID uint32) (bool, error) {
	w, err := call(ctx, r.contract, r.abi.PackEscaped(big.NewInt(int64(accountID>>8))), r.abi.UnpackEscaped)
	if err != nil {
		return false, err
	}
	return w.Bit(int(accountID&0xff)) == 1, nil
}

// Change is a kind of governance change (Rollup.Change).
type Change uint8

// The governance changes; see Rollup.sol for each one's key and value.
const (
	ChangeConfigHash Change = iota
	ChangeVerifier
	ChangeOperator
	ChangeGovernor
	ChangeGuardian
	ChangeUnpauseDeposits
)

// ProposeChange proposes a change as the governor; it can be applied GOVERNANCE_DELAY later.
func (r *Rollup) ProposeChange(ctx context.Context, auth *bind.TransactOpts, kind Change, key, value [32]byte) (*types.Receipt, error) {
	receipt, err := transact(ctx, r.backend, r.contract, auth, r.abi.PackProposeChange(uint8(kind), key, value))
	if err != nil {
		return receipt, fmt.Errorf("l1: propose change %d: %w", kind, err)
	}
	return receipt, nil
}

// ApplyChange applies a proposed change whose timelock has passed, at most GOVERNANCE_EXPIRY after it did, as
// the governor.
func (r *Rollup) ApplyChange(ctx context.Context, auth *bind.TransactOpts, kind Change, key, value [32]byte) (*types.Receipt, error) {
	receipt, err := transact(ctx, r.backend, r.contract, auth, r.abi.PackApplyChange(uint8(kind), key, value))
	if err != nil {
		return receipt, fmt.Errorf("l1: apply change %d: %w", kind, err)
	}
	return receipt, nil
}

// CancelChange cancels a pending change, as the governor, or as the guardian unless it is a governor or guardian
// change.
func (r *Rollup) CancelChange(ctx context.Context, auth *bind.TransactOpts, kind Change, key, value [32]byte) (*types.Receipt, error) {
	receipt, err := transact(ctx, r.backend, r.contract, auth, r.abi.PackCancelChange(uint8(kind), key, value))
	if err != nil {
		return receipt, fmt.Errorf("l1: cancel change %d: %w", kind, err)
	}
	return receipt, nil
}

// PauseDeposits pauses deposits, as the guardian.
func (r *Rollup) PauseDeposits(ctx context.Context, auth *bind.TransactOpts) (*types.Receipt, error) {
	receipt, err := transact(ctx, r.backend, r.contract, auth, r.abi.PackPauseDeposits())
	if err != nil {
		return receipt, fmt.Errorf("l1: pause deposits: %w", err)
	}
	return receipt, nil
}

// AddressWord returns an address as a change key or value: left-padded to 32 bytes.
func AddressWord(a common.Address) [32]byte { return common.BytesToHash(a[:]) }

package l1

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

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
	// QueueCount is the number of queue entries ever made (deposits, forced withdrawals, forced trades and
	// market-params changes); the entries from QueueHead to QueueCount − 1 are pending, less any reclaimed
	// deposit.
	QueueCount uint64
	// LastServiceTime is the service time of the last entry queued (Rollup.QUEUE_SERVICE_INTERVAL): an entry
	// queued now gets the later of the block's time and LastServiceTime + QUEUE_SERVICE_INTERVAL, and is due
	// FREEZE_GRACE_PERIOD after it.
	LastServiceTime uint64
	AccountCount    uint32
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
		BatchNumber:     bs.BatchNumber,
		Timestamp:       bs.Timestamp,
		QueueHead:       bs.QueueHead,
		FrozenAt:        bs.FrozenAt,
		QueueCount:      qs.QueueCount,
		LastServiceTime: qs.LastServiceTime,
		AccountCount:    qs.AccountCount,
		DepositsPaused:  qs.DepositsPaused,
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

// Withdraw pays auth.From its pending withdrawals and, once the escape claim window has closed, its escape
// claims' share (Rollup.withdraw).
func (r *Rollup) Withdraw(ctx context.Context, auth *bind.TransactOpts) (*types.Receipt, error) {
	receipt, err := transact(ctx, r.backend, r.contract, auth, r.abi.PackWithdraw())
	if err != nil {
		return receipt, fmt.Errorf("l1: withdraw: %w", err)
	}
	return receipt, nil
}

// ForcedRequestBond is Rollup.FORCED_REQUEST_BOND: the token units (quote quantums) each forced request takes
// from its requester, credited back when the request is served valid.
const ForcedRequestBond = 10_000_000

// ForcedRequestBond returns FORCED_REQUEST_BOND, the token units each forced request takes from its requester
// (credited back when it is served valid).
func (r *Rollup) ForcedRequestBond(ctx context.Context) (*big.Int, error) {
	return call(ctx, r.contract, r.abi.PackFORCEDREQUESTBOND(), r.abi.UnpackFORCEDREQUESTBOND)
}

// ForcedBonds returns the bonds the contract holds for forced requests not yet served or reclaimed.
func (r *Rollup) ForcedBonds(ctx context.Context) (*big.Int, error) {
	return call(ctx, r.contract, r.abi.PackForcedBonds(), r.abi.UnpackForcedBonds)
}

// approveBond raises auth.From's token allowance to the rollup by FORCED_REQUEST_BOND unless it already covers
// the bond, so that a forced request can take it. auth.From must hold the bond.
func (r *Rollup) approveBond(ctx context.Context, auth *bind.TransactOpts) error {
	bond := big.NewInt(ForcedRequestBond) // TestConstantsMatch holds it to the contract's
	tokenAddr, err := r.Token(ctx)
	if err != nil {
		return fmt.Errorf("l1: collateral token: %w", err)
	}
	token := NewToken(r.backend, tokenAddr)
	allowance, err := token.Allowance(ctx, auth.From, r.Address())
	if err != nil {
		return fmt.Errorf("l1: allowance: %w", err)
	}
	if allowance.Cmp(bond) >= 0 {
		return nil
	}
	_, err = token.Approve(ctx, auth, r.Address(), allowance.Add(allowance, bond))
	return err
}

// WithdrawPartial pays auth.From amount of what Withdraw would pay it and leaves the rest credited
// (Rollup.withdrawPartial).
func (r *Rollup) WithdrawPartial(ctx context.Context, auth *bind.TransactOpts, amount *big.Int) (*types.Receipt, error) {
	receipt, err := transact(ctx, r.backend, r.contract, auth, r.abi.PackWithdrawPartial(amount))
	if err != nil {
		return receipt, fmt.Errorf("l1: withdraw %s: %w", amount, err)
	}
	return receipt, nil
}

// Withdrawable returns what Withdraw would pay owner now: its credited withdrawals, and its escape claims'
// share once the claim window has closed.
func (r *Rollup) Withdrawable(ctx context.Context, owner common.Address) (*big.Int, error) {
	return call(ctx, r.contract, r.abi.PackWithdrawable(owner), r.abi.UnpackWithdrawable)
}

// ForcedWithdrawal queues a forced withdrawal of amount quote quantums from accountID, which auth.From must
// own (below state.L2AccountBase the contract checks it; for a sub-account the batch serving it does). The
// request takes FORCED_REQUEST_BOND tokens from auth.From, which must hold them (it approves them first if the
// allowance does not cover them); a batch that serves the request valid credits them back. It returns the
// request's queue index, which Freeze names if no batch serves it within the grace period.
func (r *Rollup) ForcedWithdrawal(ctx context.Context, auth *bind.TransactOpts, accountID uint32, amount uint64) (uint64, *types.Receipt, error) {
	if err := r.approveBond(ctx, auth); err != nil {
		return 0, nil, fmt.Errorf("l1: forced withdrawal from %d: %w", accountID, err)
	}
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

// ForcedTradeRequest is a forced trade (Rollup.ForcedTradeRequest, docs/PROTOCOL.md §8): account A, owned by
// Requester (who must send it), trades SizeQuantums at Price with account B, A on side AIsBuy. B's owner consents
// by signing it (SignForcedTradeConsent); the consent names the requester, Expiry (unix seconds) bounds it and
// Nonce tells consents apart.
type ForcedTradeRequest struct {
	Requester          common.Address
	AccountA, AccountB uint32
	Market             uint8
	AIsBuy             bool
	SizeQuantums       uint64
	Price              uint64
	Expiry, Nonce      uint64
}

func (q ForcedTradeRequest) abi() bindings.RollupForcedTradeRequest {
	return bindings.RollupForcedTradeRequest{Requester: q.Requester, AccountA: q.AccountA, AccountB: q.AccountB, Market: q.Market, AIsBuy: q.AIsBuy,
		Size: q.SizeQuantums, Price: q.Price, Expiry: q.Expiry, Nonce: q.Nonce}
}

// forcedTradeTypehash is keccak256("perpx.ForcedTrade.v1"), the consent's domain tag.
var forcedTradeTypehash = crypto.Keccak256Hash([]byte("perpx.ForcedTrade.v1"))

// consentArgs is the ABI tuple a consent hashes: the tag, the chain id, the rollup, then the request's fields.
var consentArgs = func() abi.Arguments {
	var args abi.Arguments
	for _, t := range []string{"bytes32", "uint256", "address", "address", "uint32", "uint32", "uint8", "bool", "uint64", "uint64", "uint64", "uint64"} {
		typ, err := abi.NewType(t, "", nil)
		if err != nil {
			panic(err) // the type names above are valid
		}
		args = append(args, abi.Argument{Type: typ})
	}
	return args
}()

// ForcedTradeConsent returns the consent B's owner signs for req on the rollup at address rollup of chain
// chainID (docs/PROTOCOL.md §8): keccak256(abi.encode(keccak256("perpx.ForcedTrade.v1"), chainID, rollup,
// requester, accountA, accountB, market, aIsBuy, size, price, expiry, nonce)). It equals the contract's
// forcedTradeConsent(req).
func ForcedTradeConsent(chainID *big.Int, rollup common.Address, req ForcedTradeRequest) [32]byte {
	b, err := consentArgs.Pack(forcedTradeTypehash, chainID, rollup, req.Requester, req.AccountA, req.AccountB, req.Market, req.AIsBuy,
		req.SizeQuantums, req.Price, req.Expiry, req.Nonce)
	if err != nil {
		panic(fmt.Sprintf("l1: pack consent: %v", err)) // every argument has its declared type
	}
	return crypto.Keccak256Hash(b)
}

// SignForcedTradeConsent signs req's consent (ForcedTradeConsent) with B's owner's L1 key: a 65-byte r ‖ s ‖ v
// signature, v ∈ {27, 28} and s in the lower half, over the EIP-191 personal-message hash of the consent, as
// Rollup.forcedTrade takes it.
func SignForcedTradeConsent(key *ecdsa.PrivateKey, chainID *big.Int, rollup common.Address, req ForcedTradeRequest) ([]byte, error) {
	consent := ForcedTradeConsent(chainID, rollup, req)
	sig, err := crypto.Sign(accounts.TextHash(consent[:]), key)
	if err != nil {
		return nil, fmt.Errorf("l1: sign forced-trade consent: %w", err)
	}
	sig[crypto.RecoveryIDOffset] += 27
	return sig, nil
}

// ForcedTrade queues req, from auth.From (the owner of account A), with B's owner's consent signature
// (SignForcedTradeConsent). Like ForcedWithdrawal it takes FORCED_REQUEST_BOND tokens from auth.From, approving
// them first if needed, credited back if the trade is served valid. It returns the request's queue index, which
// Freeze names if no batch serves it within the grace period.
func (r *Rollup) ForcedTrade(ctx context.Context, auth *bind.TransactOpts, req ForcedTradeRequest, signature []byte) (uint64, *types.Receipt, error) {
	if err := r.approveBond(ctx, auth); err != nil {
		return 0, nil, fmt.Errorf("l1: forced trade of %d with %d: %w", req.AccountA, req.AccountB, err)
	}
	receipt, err := transact(ctx, r.backend, r.contract, auth, r.abi.PackForcedTrade(req.abi(), signature))
	if err != nil {
		return 0, receipt, fmt.Errorf("l1: forced trade of %d with %d: %w", req.AccountA, req.AccountB, err)
	}
	for _, l := range receipt.Logs {
		if ev, err := r.abi.UnpackForcedTradeQueuedEvent(l); err == nil && l.Address == r.Address() {
			return ev.QueueIndex, receipt, nil
		}
	}
	return 0, receipt, fmt.Errorf("%w: ForcedTradeQueued in %s", ErrNoEvent, receipt.TxHash)
}

// ConsentUsed reports whether consent (ForcedTradeConsent) has queued a forced trade.
func (r *Rollup) ConsentUsed(ctx context.Context, consent [32]byte) (bool, error) {
	return call(ctx, r.contract, r.abi.PackConsentUsed(consent), r.abi.UnpackConsentUsed)
}

// MarketRow is the contract's tracked row of a market: its status and margin fractions as of the last change it
// queued (from the genesis table), and its tier size.
type MarketRow struct {
	Status                                 uint8
	ImfPpm, MmfPpm, TierImfPpm, TierMmfPpm uint32
	TierSizeQuantums                       uint64
}

// MarketRow reads market's tracked row.
func (r *Rollup) MarketRow(ctx context.Context, market uint8) (MarketRow, error) {
	o, err := call(ctx, r.contract, r.abi.PackMarketRows(big.NewInt(int64(market))), r.abi.UnpackMarketRows)
	if err != nil {
		return MarketRow{}, err
	}
	return MarketRow{Status: o.Status, ImfPpm: uint32(o.Imf.Uint64()), MmfPpm: uint32(o.Mmf.Uint64()),
		TierImfPpm: uint32(o.TierImf.Uint64()), TierMmfPpm: uint32(o.TierMmf.Uint64()), TierSizeQuantums: o.TierSize.Uint64()}, nil
}

// SetReduceOnly makes an active market reduce-only at once, as the guardian, and returns the MarketParams
// entry's queue index.
func (r *Rollup) SetReduceOnly(ctx context.Context, auth *bind.TransactOpts, market uint8) (uint64, *types.Receipt, error) {
	receipt, err := transact(ctx, r.backend, r.contract, auth, r.abi.PackSetReduceOnly(market))
	if err != nil {
		return 0, receipt, fmt.Errorf("l1: set market %d reduce-only: %w", market, err)
	}
	return r.marketParamsQueued(receipt)
}

// RaiseMarginFractions raises market's margin fractions (ppm) at once, its status unchanged, as the guardian,
// and returns the MarketParams entry's queue index. No fraction may fall, none may rise by more than
// GUARDIAN_MAX_RAISE_PPM or past GUARDIAN_MAX_FRACTION_PPM, something must change, and the market's last entry
// must be MARKET_PARAMS_COOLDOWN old (the contract's custom errors otherwise).
func (r *Rollup) RaiseMarginFractions(ctx context.Context, auth *bind.TransactOpts, market uint8, imf, mmf, tierImf, tierMmf uint32) (uint64, *types.Receipt, error) {
	receipt, err := transact(ctx, r.backend, r.contract, auth, r.abi.PackRaiseMarginFractions(market,
		big.NewInt(int64(imf)), big.NewInt(int64(mmf)), big.NewInt(int64(tierImf)), big.NewInt(int64(tierMmf))))
	if err != nil {
		return 0, receipt, fmt.Errorf("l1: raise market %d's margin fractions: %w", market, err)
	}
	return r.marketParamsQueued(receipt)
}

// marketParamsQueued returns the queue index of the MarketParamsQueued log in receipt.
func (r *Rollup) marketParamsQueued(receipt *types.Receipt) (uint64, *types.Receipt, error) {
	for _, l := range receipt.Logs {
		if ev, err := r.abi.UnpackMarketParamsQueuedEvent(l); err == nil && l.Address == r.Address() {
			return ev.QueueIndex, receipt, nil
		}
	}
	return 0, receipt, fmt.Errorf("%w: MarketParamsQueued in %s", ErrNoEvent, receipt.TxHash)
}

// MarketParamsChange returns the key and value of the governance change that sets p's market to p's status and
// fractions: key = market, value = status | imf << 8 | mmf << 32 | tierImf << 56 | tierMmf << 80.
func MarketParamsChange(p state.MarketParamsRecord) (key, value [32]byte) {
	key[31] = p.Market
	v := new(big.Int)
	for _, f := range []struct {
		v     uint32
		shift uint
	}{{uint32(p.Status), 0}, {p.ImfPpm, 8}, {p.MmfPpm, 32}, {p.TierImfPpm, 56}, {p.TierMmfPpm, 80}} {
		v.Or(v, new(big.Int).Lsh(new(big.Int).SetUint64(uint64(f.v)), f.shift))
	}
	v.FillBytes(value[:])
	return key, value
}

// ProposeMarketParams proposes, as the governor, to set p's market to p's status and fractions; ApplyMarketParams
// applies it GOVERNANCE_DELAY later.
func (r *Rollup) ProposeMarketParams(ctx context.Context, auth *bind.TransactOpts, p state.MarketParamsRecord) (*types.Receipt, error) {
	key, value := MarketParamsChange(p)
	return r.ProposeChange(ctx, auth, ChangeMarketParams, key, value)
}

// ApplyMarketParams applies, as the governor, a proposed MarketParams change whose timelock has passed, and
// returns the MarketParams entry's queue index.
func (r *Rollup) ApplyMarketParams(ctx context.Context, auth *bind.TransactOpts, p state.MarketParamsRecord) (uint64, *types.Receipt, error) {
	key, value := MarketParamsChange(p)
	receipt, err := r.ApplyChange(ctx, auth, ChangeMarketParams, key, value)
	if err != nil {
		return 0, receipt, err
	}
	return r.marketParamsQueued(receipt)
}

// Freeze freezes the rollup, naming the overdue forced request or market-params change at queueIndex.
func (r *Rollup) Freeze(ctx context.Context, auth *bind.TransactOpts, queueIndex uint64) (*types.Receipt, error) {
	receipt, err := transact(ctx, r.backend, r.contract, auth, r.abi.PackFreeze(queueIndex))
	if err != nil {
		return receipt, fmt.Errorf("l1: freeze: %w", err)
	}
	return receipt, nil
}

// ReclaimDeposit pays the deposit at queueIndex back to its payer, auth.From; record is the deposit's record.
func (r *Rollup) ReclaimDeposit(ctx context.Context, auth *bind.TransactOpts, queueIndex uint64, record state.DepositRecord) (*types.Receipt, error) {
	b, err := state.Record{Deposit: &record}.EncodeCompact()
	if err != nil {
		return nil, fmt.Errorf("l1: reclaim deposit %d: %w", queueIndex, err)
	}
	receipt, err := transact(ctx, r.backend, r.contract, auth, r.abi.PackReclaimDeposit(queueIndex, b))
	if err != nil {
		return receipt, fmt.Errorf("l1: reclaim deposit %d: %w", queueIndex, err)
	}
	return receipt, nil
}

// ReclaimBond pays the bond of the forced withdrawal or forced trade at queueIndex, which the rollup froze
// before serving, back to its requester; record is the request's record (its Valid is ignored). Anyone may send
// it.
func (r *Rollup) ReclaimBond(ctx context.Context, auth *bind.TransactOpts, queueIndex uint64, record state.Record) (*types.Receipt, error) {
	b, err := record.EncodeCompact()
	if err != nil {
		return nil, fmt.Errorf("l1: reclaim bond %d: %w", queueIndex, err)
	}
	receipt, err := transact(ctx, r.backend, r.contract, auth, r.abi.PackReclaimBond(queueIndex, b))
	if err != nil {
		return receipt, fmt.Errorf("l1: reclaim bond %d: %w", queueIndex, err)
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
	ChangeMarketParams
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

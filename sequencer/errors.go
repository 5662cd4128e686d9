package sequencer

import (
	"errors"
	"fmt"
)

// Rule violations of docs/PROTOCOL.md §5 and the slot rule of §3.2. The engine wraps them in a *RuleError
// that names the party at fault.
var (
	ErrBadSignature      = errors.New("sequencer: bad signature")
	ErrUnknownMarket     = errors.New("sequencer: unknown market")
	ErrMarketNotActive   = errors.New("sequencer: market not active")
	ErrReduceOnlyMarket  = errors.New("sequencer: reduce-only market: both sides must reduce their positions")
	ErrMarketMismatch    = errors.New("sequencer: orders are for different markets")
	ErrSameSide          = errors.New("sequencer: orders are on the same side")
	ErrSelfTrade         = errors.New("sequencer: taker and maker are the same account")
	ErrExpired           = errors.New("sequencer: message expired")
	ErrZeroSize          = errors.New("sequencer: zero fill size")
	ErrSizeOffStep       = errors.New("sequencer: size not a multiple of step")
	ErrPriceOffTick      = errors.New("sequencer: price not a multiple of tick")
	ErrPriceNotCrossing  = errors.New("sequencer: execution price worse than the taker's limit")
	ErrNonceReused       = errors.New("sequencer: nonce not larger than the slot's")
	ErrZeroNonce         = errors.New("sequencer: nonce must be at least 1")
	ErrOverfill          = errors.New("sequencer: fill exceeds the order's remaining size")
	ErrQuoteNotExact     = errors.New("sequencer: size·price is not a multiple of the price scale")
	ErrFeeAboveCap       = errors.New("sequencer: fee above the order's cap")
	ErrIsolatedMarket    = errors.New("sequencer: isolated account cannot trade this market")
	ErrUndercollateral   = errors.New("sequencer: account neither healthy nor reducing")
	ErrCollateralBounds  = errors.New("sequencer: collateral out of bounds")
	ErrPositionBounds    = errors.New("sequencer: position size out of bounds")
	ErrFeePoolOverflow   = errors.New("sequencer: fee pool overflow")
	ErrAmount            = errors.New("sequencer: amount out of range")
	ErrOwnerMismatch     = errors.New("sequencer: deposit key or address differs from the account's")
	ErrL1AddressMismatch = errors.New("sequencer: withdrawal address differs from the account's")
	ErrInsufficientFunds = errors.New("sequencer: collateral below the withdrawal amount")
	ErrMessageField      = errors.New("sequencer: message field out of range")
)

// Errors that leave no trace because the attempted transition cannot be represented.
var (
	ErrAccountID      = errors.New("sequencer: account id out of range")
	ErrSlotID         = errors.New("sequencer: slot out of range")
	ErrNoPositionSlot = errors.New("sequencer: no free position slot")
	ErrBadPubKey      = errors.New("sequencer: invalid public key")
	ErrFeeBounds      = errors.New("sequencer: fee does not fit the record")
)

// Errors of the decimal edge.
var (
	ErrDecimalSyntax  = errors.New("sequencer: malformed decimal")
	ErrNonPositive    = errors.New("sequencer: value must be positive")
	ErrTooManyDecimal = errors.New("sequencer: too many decimals")
	ErrOutOfRange     = errors.New("sequencer: value out of range")
)

// Errors of the service and the order book.
var (
	ErrUnknownAccount   = errors.New("sequencer: unknown account")
	ErrOrderNotFound    = errors.New("sequencer: order not found")
	ErrSlotInUse        = errors.New("sequencer: slot used by a resting order")
	ErrOrderFilled      = errors.New("sequencer: order already filled") // its slot holds its nonce filled to its size
	ErrWouldCross       = errors.New("sequencer: post-only order would cross")
	ErrFeeRate          = errors.New("sequencer: max fee below the market's fee rate")
	ErrReduceOnly       = errors.New("sequencer: reduce-only order would not reduce the position")
	ErrMarketSettled    = errors.New("sequencer: market is settled")
	ErrBatchNotFound    = errors.New("sequencer: batch not found")
	ErrClockBehind      = errors.New("sequencer: clock behind the system time")
	ErrStopped          = errors.New("sequencer: stopped after a fatal error")
	ErrStateMismatch    = errors.New("sequencer: tree root matches no sealed batch")
	ErrStatusRegression = errors.New("sequencer: a verified batch's L1 status is final")
)

// Errors of the verified state (verified.go).
var (
	// ErrNotVerified reports that the L1 contract has verified no batch yet, or that the follower has not
	// caught up with the first one.
	ErrNotVerified = errors.New("sequencer: no batch verified on L1 yet")
	// ErrVerifiedUnavailable reports a follower stopped by a failure; it wraps the failure.
	ErrVerifiedUnavailable = errors.New("sequencer: verified state unavailable")
	// ErrVerifiedDiverged reports a verified tree that disagrees with the stored batches: a replay that does
	// not reach a header's root, a tree whose root is no verified batch's, or a genesis it cannot rebuild.
	ErrVerifiedDiverged = errors.New("sequencer: verified state diverged from the stored batches")
)

// Party names the side of a transaction a rule violation is attributed to.
type Party uint8

// Parties. A deposit or withdrawal has only PartyA; in a trade PartyA is the taker and PartyB the maker.
const (
	PartyNone Party = iota
	PartyA
	PartyB
)

func (p Party) String() string {
	switch p {
	case PartyA:
		return "taker/A"
	case PartyB:
		return "maker/B"
	}
	return "none"
}

// RuleError is a rejected transition: the violated rule (a sentinel above, reachable with errors.Is) and the
// party at fault.
type RuleError struct {
	Party Party
	Err   error
}

func (e *RuleError) Error() string { return fmt.Sprintf("%v (%v)", e.Err, e.Party) }

func (e *RuleError) Unwrap() error { return e.Err }

func ruleErr(p Party, sentinel error, format string, args ...any) *RuleError {
	return &RuleError{Party: p, Err: fmt.Errorf("%w: "+format, append([]any{sentinel}, args...)...)}
}

// FatalError is a failure that leaves the tree or the batch store in an unknown state (a failed durable write,
// a tree that disagrees with the engine). The process must stop; nothing is retried.
type FatalError struct{ Err error }

func (e *FatalError) Error() string { return "sequencer: fatal: " + e.Err.Error() }

func (e *FatalError) Unwrap() error { return e.Err }

func fatal(format string, args ...any) error { return &FatalError{Err: fmt.Errorf(format, args...)} }

// IsFatal reports whether err is or wraps a *FatalError.
func IsFatal(err error) bool {
	var f *FatalError
	return errors.As(err, &f)
}

package wire

import (
	"errors"
	"fmt"
	"net/http"
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

// Errors of the verified state (package verified).
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

func NewRuleError(p Party, sentinel error, format string, args ...any) *RuleError {
	return &RuleError{Party: p, Err: fmt.Errorf("%w: "+format, append([]any{sentinel}, args...)...)}
}

// FatalError is a failure that leaves the tree or the batch store in an unknown state (a failed durable write,
// a tree that disagrees with the engine). The process must stop; nothing is retried.
type FatalError struct{ Err error }

func (e *FatalError) Error() string { return "sequencer: fatal: " + e.Err.Error() }

func (e *FatalError) Unwrap() error { return e.Err }

func Fatalf(format string, args ...any) error { return &FatalError{Err: fmt.Errorf(format, args...)} }

// IsFatal reports whether err is or wraps a *FatalError.
func IsFatal(err error) bool {
	var f *FatalError
	return errors.As(err, &f)
}

var ErrNoRoute = errors.New("sequencer: no such endpoint")

var ErrNoMethod = errors.New("sequencer: method not allowed")

var ErrBadParams = errors.New("sequencer: invalid path or query parameter")

var ErrClosed = errors.New("sequencer: service closed")

var ErrNotOwner = errors.New("sequencer: order belongs to another account")

var ErrSelfTransfer = errors.New("sequencer: transfer to the sending account")

var ErrTransferTarget = errors.New("sequencer: transfer creates an account below the L2 account base")

var ErrMarginMode = errors.New("sequencer: margin mode out of range")

// ErrOracleReports reports a set of oracle reports that is not a quorum the configuration accepts: not
// OracleQuorum reports, signers not strictly ascending below state.OracleKeys, a price or timestamp out
// of range, or a bad signature.
var ErrOracleReports = errors.New("sequencer: invalid oracle reports")

// ErrOracleTime reports an oracle report dated after the sequencer's clock or older than
// OracleMaxAgeSeconds.
var ErrOracleTime = errors.New("sequencer: oracle report from the future or stale")

// ErrOracleNotNewer reports a quorum with a report dated at or before a report of the last quorum the service
// admitted or the last oracle time of an active or reduce-only market (docs/PROTOCOL.md §5): oracle prices only
// move forward. The same quorum again is no error: it is answered as it was the first time.
var ErrOracleNotNewer = errors.New("sequencer: oracle report not newer than the last quorum")

// ErrOracleDisabled reports oracle reports sent to a service without a protocol configuration.
var ErrOracleDisabled = errors.New("sequencer: no oracle configured")

var ErrBelowMinSize = errors.New("sequencer: order size below the market's minimum")

var ErrTooManyOrders = errors.New("sequencer: too many open orders in this market")

var ErrFOKUnfilled = errors.New("sequencer: fill-or-kill order cannot be filled in full")

var ErrTooManyFills = errors.New("sequencer: fill-or-kill order needs more fills than a batch holds")

var ErrReplaceMismatch = errors.New("sequencer: a replacement must keep the account, market and side")

// ErrRateLimited reports a request over its rate limit.
var ErrRateLimited = errors.New("sequencer: rate limit exceeded")

// ErrTooManyStreams refuses a subscription to an account stream beyond Config.MaxAccountStreams.
var ErrTooManyStreams = errors.New("sequencer: too many accounts streamed")

// ErrContentType reports a request body declared as something other than JSON.
var ErrContentType = errors.New("sequencer: request body must be application/json")

// ErrOrderRetired refuses an order whose (account, slot, nonce) already left the book unfilled (cancelled,
// replaced, expired, dropped) or was taken without resting: re-sending its signed body must not place it again.
var ErrOrderRetired = errors.New("sequencer: order cancelled or already taken; sign it again with a higher nonce")

// ErrUpToOrderID refuses a cancel-all naming an order id not assigned yet: replayed later, it would cancel
// orders placed after it was signed.
var ErrUpToOrderID = errors.New("sequencer: cancel-all names an order id not assigned yet")

var ErrTooManyConns = errors.New("sequencer: too many WebSocket connections")

var ErrTooManyAddressConns = errors.New("sequencer: too many WebSocket connections from this address")

var ErrTooManyAddressAccountStreams = errors.New("sequencer: too many unsigned account streams from this address; sign the subscription with the account's key")

// ErrorCodes maps every error the API can return to its HTTP status and code. The first match wins; anything
// else is a 500 "internal". The verified state's errors come first: a stopped follower's wraps its cause.
var ErrorCodes = []struct {
	Err    error
	Status int
	Code   string
}{
	{ErrVerifiedUnavailable, http.StatusServiceUnavailable, "verified_state_unavailable"},
	{ErrNotVerified, http.StatusServiceUnavailable, "not_verified"},
	{ErrRateLimited, http.StatusTooManyRequests, "rate_limited"},
	{ErrTooManyStreams, http.StatusServiceUnavailable, "too_many_account_streams"},
	{ErrTooManyConns, http.StatusServiceUnavailable, "too_many_connections"},
	{ErrTooManyAddressConns, http.StatusTooManyRequests, "too_many_connections_from_address"},
	{ErrTooManyAddressAccountStreams, http.StatusTooManyRequests, "too_many_account_streams_from_address"},
	{ErrContentType, http.StatusUnsupportedMediaType, "unsupported_media_type"},
	{ErrBodyTooLarge, http.StatusRequestEntityTooLarge, "body_too_large"},
	{ErrBadJSON, http.StatusBadRequest, "bad_json"},
	{ErrUnknownField, http.StatusBadRequest, "unknown_field"},
	{ErrBadField, http.StatusBadRequest, "bad_field"},
	{ErrMessageField, http.StatusBadRequest, "bad_field"},
	{ErrBadParams, http.StatusBadRequest, "bad_param"},
	{ErrDecimalSyntax, http.StatusBadRequest, "bad_decimal"},
	{ErrTooManyDecimal, http.StatusBadRequest, "too_many_decimals"},
	{ErrNonPositive, http.StatusBadRequest, "non_positive"},
	{ErrOutOfRange, http.StatusBadRequest, "out_of_range"},
	{ErrSizeOffStep, http.StatusBadRequest, "size_off_step"},
	{ErrPriceOffTick, http.StatusBadRequest, "price_off_tick"},
	{ErrBelowMinSize, http.StatusBadRequest, "size_below_minimum"},
	{ErrAccountID, http.StatusBadRequest, "bad_account_id"},
	{ErrSlotID, http.StatusBadRequest, "bad_slot"},
	{ErrBadSignature, http.StatusUnauthorized, "bad_signature"},
	{ErrUnsigned, http.StatusUnauthorized, "unsigned"},
	{ErrNotOwner, http.StatusForbidden, "not_owner"},
	{ErrNoRoute, http.StatusNotFound, "not_found"},
	{ErrUnknownMarket, http.StatusNotFound, "unknown_market"},
	{ErrUnknownAccount, http.StatusNotFound, "unknown_account"},
	{ErrOrderNotFound, http.StatusNotFound, "order_not_found"},
	{ErrBatchNotFound, http.StatusNotFound, "batch_not_found"},
	{ErrNoMethod, http.StatusMethodNotAllowed, "method_not_allowed"},
	{ErrSlotInUse, http.StatusConflict, "slot_in_use"},
	{ErrWouldCross, http.StatusConflict, "would_cross"},
	{ErrTooManyOrders, http.StatusConflict, "too_many_open_orders"},
	{ErrReduceOnlyMarket, http.StatusUnprocessableEntity, "market_reduce_only"},
	{ErrMarketSettled, http.StatusUnprocessableEntity, "market_settled"},
	{ErrMarketNotActive, http.StatusUnprocessableEntity, "market_not_active"},
	{ErrExpired, http.StatusUnprocessableEntity, "expired"},
	{ErrZeroNonce, http.StatusUnprocessableEntity, "zero_nonce"},
	{ErrNonceReused, http.StatusUnprocessableEntity, "nonce_reused"},
	{ErrOrderFilled, http.StatusConflict, "order_filled"},
	{ErrOrderRetired, http.StatusConflict, "order_retired"},
	{ErrUpToOrderID, http.StatusUnprocessableEntity, "up_to_order_id_ahead"},
	{ErrOverfill, http.StatusUnprocessableEntity, "overfilled"},
	{ErrFeeRate, http.StatusUnprocessableEntity, "max_fee_too_low"},
	{ErrFeeAboveCap, http.StatusUnprocessableEntity, "max_fee_too_low"},
	{ErrReduceOnly, http.StatusUnprocessableEntity, "reduce_only"},
	{ErrReplaceMismatch, http.StatusUnprocessableEntity, "replace_mismatch"},
	{ErrIsolatedMarket, http.StatusUnprocessableEntity, "isolated_market"},
	{ErrUndercollateral, http.StatusUnprocessableEntity, "insufficient_margin"},
	{ErrInsufficientFunds, http.StatusUnprocessableEntity, "insufficient_funds"},
	{ErrL1AddressMismatch, http.StatusUnprocessableEntity, "l1_address_mismatch"},
	{ErrAmount, http.StatusUnprocessableEntity, "bad_amount"},
	{ErrSelfTransfer, http.StatusUnprocessableEntity, "self_transfer"},
	{ErrTransferTarget, http.StatusUnprocessableEntity, "no_such_target_account"},
	{ErrMarginMode, http.StatusBadRequest, "bad_margin_mode"},
	{ErrOracleReports, http.StatusBadRequest, "bad_oracle_reports"},
	{ErrOracleTime, http.StatusUnprocessableEntity, "oracle_report_time"},
	{ErrOracleNotNewer, http.StatusConflict, "oracle_report_not_newer"},
	{ErrOracleDisabled, http.StatusConflict, "oracle_not_configured"},
	{ErrCollateralBounds, http.StatusUnprocessableEntity, "collateral_bounds"},
	{ErrPositionBounds, http.StatusUnprocessableEntity, "position_bounds"},
	{ErrNoPositionSlot, http.StatusUnprocessableEntity, "no_position_slot"},
	{ErrFOKUnfilled, http.StatusUnprocessableEntity, "fill_or_kill_unfilled"},
	{ErrTooManyFills, http.StatusUnprocessableEntity, "fill_or_kill_too_large"},
	{ErrStopped, http.StatusServiceUnavailable, "stopped"},
	{ErrClosed, http.StatusServiceUnavailable, "closed"},
	{ErrClockBehind, http.StatusServiceUnavailable, "clock_behind"},
}

// ErrorCode returns the HTTP status and API code of err.
func ErrorCode(err error) (int, string) {
	for _, c := range ErrorCodes {
		if errors.Is(err, c.Err) {
			return c.Status, c.Code
		}
	}
	return http.StatusInternalServerError, "internal"
}

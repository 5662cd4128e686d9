package wire

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/perpx/perpx/state"
)

// MaxBodyBytes bounds the body of every API request.
const MaxBodyBytes = 4 << 10

// MaxTrades is the number of recent trades the Service keeps per market for GET /v1/trades: the most its
// limit parameter takes.
const MaxTrades = 1000

// Errors of the API edge.
var (
	ErrBodyTooLarge = errors.New("sequencer: request body too large")
	ErrBadJSON      = errors.New("sequencer: malformed JSON")
	ErrUnknownField = errors.New("sequencer: unknown JSON field")
	ErrBadField     = errors.New("sequencer: invalid field")
)

// Order flag names of the API, in flag-bit order.
var FlagNames = [...]string{"post_only", "reduce_only", "ioc", "fok"}

// OrderRequest is the body of POST /v1/orders. Size and price are decimal strings in the market's base asset
// and in USDC per base unit; expiry is in unix seconds; signature is the 64-byte signature of the order
// message in hex (docs/PROTOCOL.md §4).
type OrderRequest struct {
	Account   uint32   `json:"account"`
	Market    uint8    `json:"market"`
	Side      string   `json:"side" enum:"buy,sell"`
	Size      string   `json:"size"`
	Price     string   `json:"price"`
	Flags     []string `json:"flags,omitempty" enum:"post_only,reduce_only,ioc,fok"`
	Expiry    uint64   `json:"expiry"`
	Slot      uint16   `json:"slot"`
	Nonce     uint32   `json:"nonce"`
	MaxFeePpm uint32   `json:"maxFeePpm"`
	Signature string   `json:"signature"`
}

// Msg converts the request's fields to the signed order message, checking the decimals against the market.
func (r *OrderRequest) Msg(markets *state.Markets) (state.OrderMsg, error) {
	mk := markets.Get(r.Market)
	if mk == nil || mk.Status == state.MarketUnlisted {
		return state.OrderMsg{}, fmt.Errorf("%w: %d", ErrUnknownMarket, r.Market)
	}
	m := state.OrderMsg{AccountID: r.Account, Market: r.Market, Slot: r.Slot, Nonce: r.Nonce, ExpirySeconds: r.Expiry, MaxFeePpm: r.MaxFeePpm}
	switch r.Side {
	case "buy":
		m.IsBuy = true
	case "sell":
	default:
		return m, fmt.Errorf("%w: side %q", ErrBadField, r.Side)
	}
	for _, f := range r.Flags {
		i := indexOf(FlagNames[:], f)
		if i < 0 || m.Flags&(1<<i) != 0 {
			return m, fmt.Errorf("%w: flag %q", ErrBadField, f)
		}
		m.Flags |= 1 << i
	}
	var err error
	if m.SizeQuantums, err = ParseSize(r.Size, mk); err != nil {
		return m, err
	}
	if m.LimitPrice, err = ParsePrice(r.Price, mk); err != nil {
		return m, err
	}
	return m, CheckMsgFields(r.Account, r.Slot, r.Expiry, r.MaxFeePpm)
}

func indexOf(names []string, s string) int {
	for i, n := range names {
		if n == s {
			return i
		}
	}
	return -1
}

// CheckMsgFields checks the integer fields of a signed message against their widths in the message word.
func CheckMsgFields(account uint32, slot uint16, expiry uint64, maxFeePpm uint32) error {
	switch {
	case uint64(account) >= 1<<state.AccountTreeDepth:
		return fmt.Errorf("%w: account %d", ErrAccountID, account)
	case uint64(slot) >= 1<<state.SlotTreeDepth:
		return fmt.Errorf("%w: slot %d", ErrSlotID, slot)
	case expiry >= state.MaxExpirySeconds:
		return fmt.Errorf("%w: expiry %d ≥ 2^40", ErrBadField, expiry)
	case maxFeePpm > state.MaxFeePpm:
		return fmt.Errorf("%w: maxFeePpm %d > %d", ErrBadField, maxFeePpm, state.MaxFeePpm)
	}
	return nil
}

// NewOrderRequest renders a signed order of market mk as a request body.
func NewOrderRequest(so *state.SignedOrder, mk *state.Market) OrderRequest {
	m := &so.Msg
	r := OrderRequest{
		Account: m.AccountID, Market: m.Market, Side: "sell", Size: FormatSize(int64(m.SizeQuantums), mk),
		Price: FormatPrice(m.LimitPrice, mk), Expiry: m.ExpirySeconds, Slot: m.Slot, Nonce: m.Nonce,
		MaxFeePpm: m.MaxFeePpm, Signature: hex.EncodeToString(so.Sig[:]),
	}
	if m.IsBuy {
		r.Side = "buy"
	}
	for i, n := range FlagNames {
		if m.Flags&(1<<i) != 0 {
			r.Flags = append(r.Flags, n)
		}
	}
	return r
}

// WithdrawalRequest is the body of POST /v1/withdrawals. Amount is in USDC; l1Address is the account's L1
// address in hex; signature signs the withdrawal message.
type WithdrawalRequest struct {
	Account   uint32 `json:"account"`
	Amount    string `json:"amount"`
	L1Address string `json:"l1Address"`
	Slot      uint16 `json:"slot"`
	Nonce     uint32 `json:"nonce"`
	Expiry    uint64 `json:"expiry"`
	Signature string `json:"signature"`
}

// Msg converts the request's fields to the signed withdrawal message.
func (r *WithdrawalRequest) Msg() (state.WithdrawalMsg, error) {
	m := state.WithdrawalMsg{AccountID: r.Account, Slot: r.Slot, Nonce: r.Nonce, ExpirySeconds: r.Expiry}
	var err error
	if m.AmountQuantums, err = ParseAmount(r.Amount); err != nil {
		return m, err
	}
	if err := decodeHex(r.L1Address, m.L1Address[:]); err != nil {
		return m, fmt.Errorf("%w: l1Address: %v", ErrBadField, err)
	}
	return m, CheckMsgFields(r.Account, r.Slot, r.Expiry, 0)
}

// NewWithdrawalRequest renders a signed withdrawal as a request body.
func NewWithdrawalRequest(sw *state.SignedWithdrawal) WithdrawalRequest {
	m := &sw.Msg
	return WithdrawalRequest{
		Account: m.AccountID, Amount: FormatAmount(int64(m.AmountQuantums)), L1Address: "0x" + hex.EncodeToString(m.L1Address[:]),
		Slot: m.Slot, Nonce: m.Nonce, Expiry: m.ExpirySeconds, Signature: hex.EncodeToString(sw.Sig[:]),
	}
}

// decodeHex decodes s, with or without a 0x prefix, into exactly len(dst) bytes.
func decodeHex(s string, dst []byte) error {
	s = strings.TrimPrefix(s, "0x")
	if len(s) != 2*len(dst) {
		return fmt.Errorf("want %d hex digits, got %d", 2*len(dst), len(s))
	}
	_, err := hex.Decode(dst, []byte(s))
	return err
}

// decodeJSON decodes exactly one JSON value from r into v, rejecting unknown fields and trailing data.
func decodeJSON(r io.Reader, v any) error {
	d := json.NewDecoder(r)
	d.DisallowUnknownFields()
	err := d.Decode(v)
	if err == nil {
		if _, tail := d.Token(); tail != io.EOF {
			err = tail
			if err == nil {
				err = errors.New("data after the JSON value")
			}
		}
	}
	var tooLarge *http.MaxBytesError
	var typeErr *json.UnmarshalTypeError
	switch {
	case err == nil:
		return nil
	case err == io.EOF:
		return fmt.Errorf("%w: %w", ErrBadJSON, errEmptyBody)
	case errors.As(err, &tooLarge):
		return fmt.Errorf("%w: limit %d bytes", ErrBodyTooLarge, tooLarge.Limit)
	case errors.As(err, &typeErr) && typeErr.Field == "":
		return fmt.Errorf("%w: the body is a JSON %s, want an object", ErrBadField, typeErr.Value)
	case errors.As(err, &typeErr):
		return fmt.Errorf("%w: %s: %s is not a valid %s", ErrBadField, typeErr.Field, typeErr.Value, typeErr.Type)
	case strings.HasPrefix(err.Error(), "json: unknown field"):
		return fmt.Errorf("%w: %s", ErrUnknownField, strings.TrimPrefix(err.Error(), "json: unknown field "))
	}
	return fmt.Errorf("%w: %v", ErrBadJSON, err)
}

// DecodeOrder reads an OrderRequest body and returns the signed order it carries. The signature is parsed but
// not verified (the service verifies it against the account's key).
func DecodeOrder(r io.Reader, markets *state.Markets) (state.SignedOrder, error) {
	var req OrderRequest
	if err := decodeJSON(r, &req); err != nil {
		return state.SignedOrder{}, err
	}
	return req.Signed(markets)
}

// Signed returns the signed order the request carries, its decimals checked against the market and its
// signature parsed but not verified.
func (r *OrderRequest) Signed(markets *state.Markets) (state.SignedOrder, error) {
	m, err := r.Msg(markets)
	if err != nil {
		return state.SignedOrder{}, err
	}
	so := state.SignedOrder{Msg: m}
	if err := DecodeSignature(r.Signature, &so.Sig); err != nil {
		return state.SignedOrder{}, err
	}
	return so, nil
}

// DecodeWithdrawal reads a WithdrawalRequest body and returns the signed withdrawal it carries.
func DecodeWithdrawal(r io.Reader) (state.SignedWithdrawal, error) {
	var req WithdrawalRequest
	if err := decodeJSON(r, &req); err != nil {
		return state.SignedWithdrawal{}, err
	}
	m, err := req.Msg()
	if err != nil {
		return state.SignedWithdrawal{}, err
	}
	sw := state.SignedWithdrawal{Msg: m}
	if err := DecodeSignature(req.Signature, &sw.Sig); err != nil {
		return state.SignedWithdrawal{}, err
	}
	return sw, nil
}

// OrderResponse is the reply to POST /v1/orders. Status is "resting", "filled", or "cancelled" (an IOC
// remainder, or matching stopped: then Reason says why).
//
// Seq is the order's input log sequence number: stream messages caused by the order carry the same number.
type OrderResponse struct {
	ID        uint64     `json:"id"`
	Status    string     `json:"status" enum:"resting,filled,cancelled"`
	Remaining string     `json:"remaining"`
	Fills     []FillJSON `json:"fills"`
	Reason    *ErrorJSON `json:"reason,omitempty"`
	Seq       uint64     `json:"seq"`
	// SelfTradeCancelled lists the taker's own resting orders that self-trade prevention cancelled.
	SelfTradeCancelled []uint64 `json:"selfTradeCancelled,omitempty"`
}

// FillJSON is one fill of an order; fees are in USDC.
type FillJSON struct {
	MakerOrderID uint64 `json:"makerOrderId"`
	MakerAccount uint32 `json:"makerAccount"`
	Size         string `json:"size"`
	Price        string `json:"price"`
	TakerFee     string `json:"takerFee"`
	MakerFee     string `json:"makerFee"`
	Batch        uint64 `json:"batch"`
}

// CancelResponse is the reply to DELETE /v1/orders/{id}.
type CancelResponse struct {
	ID        uint64 `json:"id"`
	Status    string `json:"status" enum:"cancelled"`
	Remaining string `json:"remaining"`
	Seq       uint64 `json:"seq"`
}

// ErrorJSON is the body of every error reply.
type ErrorJSON struct {
	Code  string `json:"code"`
	Error string `json:"error"`
}

// MarketJSON describes a market. Prices are in USDC per base unit, sizes in base units; the integer fields
// are the protocol's units, which clients need to build signed orders.
type MarketJSON struct {
	ID               uint8  `json:"id"`
	Name             string `json:"name"`
	Status           string `json:"status" enum:"unlisted,active,reduce_only,settled"`
	BaseDecimals     int32  `json:"baseDecimals"`
	OraclePrice      string `json:"oraclePrice"`
	TickSize         string `json:"tickSize"`
	StepSize         string `json:"stepSize"`
	TickSizeUnits    uint64 `json:"tickSizeUnits"`
	StepSizeQuantums uint64 `json:"stepSizeQuantums"`
	OraclePriceUnits uint64 `json:"oraclePriceUnits"`
	ImfPpm           uint32 `json:"imfPpm"`
	MmfPpm           uint32 `json:"mmfPpm"`
	MakerFeePpm      uint32 `json:"makerFeePpm"`
	TakerFeePpm      uint32 `json:"takerFeePpm"`
	FundingIndex     int64  `json:"fundingIndex"`
}

var StatusNames = [...]string{"unlisted", "active", "reduce_only", "settled"}

// NewMarketJSON renders market id.
func NewMarketJSON(id uint8, m *state.Market) MarketJSON {
	st := "unknown"
	if int(m.Status) < len(StatusNames) {
		st = StatusNames[m.Status]
	}
	return MarketJSON{
		ID: id, Name: m.Name, Status: st, BaseDecimals: m.BaseDecimals, OraclePrice: FormatPrice(m.OraclePrice, m),
		TickSize: FormatPrice(m.TickSize, m), StepSize: FormatSize(int64(m.StepSize), m), TickSizeUnits: m.TickSize,
		StepSizeQuantums: m.StepSize, OraclePriceUnits: m.OraclePrice, ImfPpm: m.ImfPpm, MmfPpm: m.MmfPpm,
		MakerFeePpm: m.MakerFeePpm, TakerFeePpm: m.TakerFeePpm, FundingIndex: m.FundingIndex,
	}
}

// Market returns the market table row described by m.
func (m *MarketJSON) Market() state.Market {
	st := uint8(state.MarketUnlisted)
	if i := indexOf(StatusNames[:], m.Status); i >= 0 {
		st = uint8(i)
	}
	return state.Market{
		Name: m.Name, OraclePrice: m.OraclePriceUnits, FundingIndex: m.FundingIndex, ImfPpm: m.ImfPpm, MmfPpm: m.MmfPpm,
		Status: st, TickSize: m.TickSizeUnits, StepSize: m.StepSizeQuantums, BaseDecimals: m.BaseDecimals,
		MakerFeePpm: m.MakerFeePpm, TakerFeePpm: m.TakerFeePpm,
	}
}

// LevelJSON is an aggregated price level.
type LevelJSON struct {
	Price  string `json:"price"`
	Size   string `json:"size"`
	Orders int    `json:"orders"`
}

// BookJSON is the reply to GET /v1/orderbook/{market}: levels best first.
type BookJSON struct {
	Market uint8       `json:"market"`
	Bids   []LevelJSON `json:"bids"`
	Asks   []LevelJSON `json:"asks"`
}

// SlotJSON is the reply to GET /v1/accounts/{id}/slots/{slot}; filled is in base quantums as a decimal
// string (a withdrawal stores 2^64 − 1). RestingOrder is the id of the order resting on the slot, 0 if none.
type SlotJSON struct {
	Account      uint32 `json:"account"`
	Slot         uint16 `json:"slot"`
	Nonce        uint32 `json:"nonce"`
	Filled       string `json:"filled"`
	RestingOrder uint64 `json:"restingOrder"`
}

// BatchJSON is the reply to GET /v1/batches/{n}. Roots, hashes and data are 0x-prefixed hex.
type BatchJSON struct {
	Number      uint64 `json:"number"`
	Timestamp   uint64 `json:"timestamp"`
	BatchSize   int    `json:"batchSize"`
	TxCount     int    `json:"txCount"`
	OldRoot     string `json:"oldRoot"`
	NewRoot     string `json:"newRoot"`
	ConfigHash  string `json:"configHash"`
	PublicInput string `json:"publicInput"`
	Pubdata     string `json:"pubdata"`
	BatchStatus
}

// WithdrawalResponse is the reply to POST /v1/withdrawals: the batch holding the withdrawal.
type WithdrawalResponse struct {
	Batch uint64 `json:"batch"`
}

// Proof and L1 statuses of a batch, set through Service.SetBatchStatus by the prover and the L1 submitter.
const (
	ProofPending = "pending"
	ProofProving = "proving"
	ProofDone    = "proved"
	ProofFailed  = "failed"

	L1Pending   = "pending"
	L1Submitted = "submitted"
	L1Verified  = "verified"
	L1Failed    = "failed"
)

// BatchStatus is what happened to a sealed batch after the sequencer: its proof and its L1 commitment.
type BatchStatus struct {
	Proof    string `json:"proof" enum:"pending,proving,proved,failed"`
	ProofHex string `json:"proofHex,omitempty"`
	L1       string `json:"l1" enum:"pending,submitted,verified,failed"`
	L1Tx     string `json:"l1Tx,omitempty"`
	Error    string `json:"error,omitempty"`
	// ProofMillis and L1GasUsed, when the prover and the submitter report them, feed the proof-time and L1-gas
	// metrics.
	ProofMillis int64  `json:"proofMillis,omitempty"`
	L1GasUsed   uint64 `json:"l1GasUsed,omitempty"`
}

package wire

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/state"
)

// CancelAllDomain is the domain tag of an off-chain cancel-all message, far from the protocol's tags like
// CancelDomain.
const CancelAllDomain = 0x636e636c616c6c // "cnclall"

// CancelAllMsg asks the sequencer to take every resting order of an account in a market (0: in every market)
// out of the books, up to order id UpToOrderID. It is signed by the account and expires. Order ids only grow,
// so a replayed cancel-all can only hit orders that existed when it was signed: a client names the last
// order it placed.
type CancelAllMsg struct {
	AccountID     uint32
	Market        uint8
	UpToOrderID   uint64
	ExpirySeconds uint64
}

// Hash returns the signed word: H(CancelAllDomain, account | market << 32 | upTo << 40 | expiry << 104).
func (m *CancelAllMsg) Hash() fr.Element {
	var b [32]byte
	binary.BigEndian.PutUint64(b[11:], m.ExpirySeconds) // bits 104..167 (the expiry is below 2^40)
	binary.BigEndian.PutUint64(b[19:], m.UpToOrderID)
	b[27] = m.Market
	binary.BigEndian.PutUint32(b[28:], m.AccountID)
	var w fr.Element
	w.SetBytes(b[:])
	return state.Hash(state.Uint(CancelAllDomain), w)
}

// SignCancelAll returns k's signature of m.
func (k *Key) SignCancelAll(m CancelAllMsg) state.Signature { return k.Sign(m.Hash()) }

// CancelAllRequest is the body of DELETE /v1/orders: the account, the market (0: every market), the last
// order id to cancel, an expiry (unix seconds) and the signature of CancelAllMsg in hex.
type CancelAllRequest struct {
	Account     uint32 `json:"account"`
	Market      uint8  `json:"market"`
	UpToOrderID uint64 `json:"upToOrderId"`
	Expiry      uint64 `json:"expiry"`
	Signature   string `json:"signature"`
}

// NewCancelAllRequest renders a signed cancel-all as a request body.
func NewCancelAllRequest(m CancelAllMsg, sig state.Signature) CancelAllRequest {
	return CancelAllRequest{Account: m.AccountID, Market: m.Market, UpToOrderID: m.UpToOrderID, Expiry: m.ExpirySeconds, Signature: hex.EncodeToString(sig[:])}
}

// DecodeCancelAll reads a CancelAllRequest body.
func DecodeCancelAll(r io.Reader) (CancelAllMsg, state.Signature, error) {
	var req CancelAllRequest
	var sig state.Signature
	if err := decodeJSON(r, &req); err != nil {
		return CancelAllMsg{}, sig, err
	}
	m := CancelAllMsg{AccountID: req.Account, Market: req.Market, UpToOrderID: req.UpToOrderID, ExpirySeconds: req.Expiry}
	if err := CheckMsgFields(req.Account, 0, req.Expiry, 0); err != nil {
		return m, sig, err
	}
	if int(req.Market) > state.MarketCount {
		return m, sig, fmt.Errorf("%w: %d", ErrUnknownMarket, req.Market)
	}
	if err := decodeHex(req.Signature, sig[:]); err != nil {
		return m, sig, fmt.Errorf("%w: signature: %v", ErrBadField, err)
	}
	return m, sig, nil
}

// CancelAllResponse is the reply to DELETE /v1/orders: the ids of the cancelled orders.
type CancelAllResponse struct {
	Cancelled []uint64 `json:"cancelled"`
	Seq       uint64   `json:"seq"`
}

// ReplaceRequest is the body of PUT /v1/orders/{id}: the new order, and the signed cancel of order id by the
// same account.
type ReplaceRequest struct {
	Order  OrderRequest  `json:"order"`
	Cancel CancelRequest `json:"cancel"`
}

// NewReplaceRequest renders a signed replacement as a request body.
func NewReplaceRequest(so *state.SignedOrder, mk *state.Market, cancel CancelMsg, sig state.Signature) ReplaceRequest {
	return ReplaceRequest{Order: NewOrderRequest(so, mk), Cancel: NewCancelRequest(cancel, sig)}
}

// DecodeReplace reads a ReplaceRequest body for order id and returns the signed order and the signed cancel.
// The signatures are parsed but not verified.
func DecodeReplace(r io.Reader, id uint64, markets *state.Markets) (state.SignedOrder, CancelMsg, state.Signature, error) {
	var req ReplaceRequest
	var sig state.Signature
	if err := decodeJSON(r, &req); err != nil {
		return state.SignedOrder{}, CancelMsg{}, sig, err
	}
	m, err := req.Order.Msg(markets)
	if err != nil {
		return state.SignedOrder{}, CancelMsg{}, sig, err
	}
	so := state.SignedOrder{Msg: m}
	if err := decodeHex(req.Order.Signature, so.Sig[:]); err != nil {
		return so, CancelMsg{}, sig, fmt.Errorf("%w: signature: %v", ErrBadField, err)
	}
	c := CancelMsg{AccountID: req.Cancel.Account, OrderID: id, ExpirySeconds: req.Cancel.Expiry}
	if err := CheckMsgFields(c.AccountID, 0, c.ExpirySeconds, 0); err != nil {
		return so, c, sig, err
	}
	if err := decodeHex(req.Cancel.Signature, sig[:]); err != nil {
		return so, c, sig, fmt.Errorf("%w: cancel signature: %v", ErrBadField, err)
	}
	return so, c, sig, nil
}

// TradeJSON is one trade of GET /v1/trades/{market}: id is its number in the market's event sequence, side
// the taker's, size in base units, price in USDC per base unit, fees in USDC, time in unix seconds.
type TradeJSON struct {
	ID           uint64 `json:"id"`
	Side         string `json:"side" enum:"buy,sell"`
	Size         string `json:"size"`
	Price        string `json:"price"`
	TakerOrderID uint64 `json:"takerOrderId"`
	MakerOrderID uint64 `json:"makerOrderId"`
	TakerAccount uint32 `json:"takerAccount"`
	MakerAccount uint32 `json:"makerAccount"`
	TakerFee     string `json:"takerFee"`
	MakerFee     string `json:"makerFee"`
	Batch        uint64 `json:"batch"`
	Time         uint64 `json:"time"`
}

// TradesJSON is the reply to GET /v1/trades/{market}?limit=n: the most recent trades, newest first.
type TradesJSON struct {
	Market uint8       `json:"market"`
	Trades []TradeJSON `json:"trades"`
}

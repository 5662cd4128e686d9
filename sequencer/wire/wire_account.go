package wire

import (
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/state"
)

// Errors of signed requests.
var (
	// ErrUnsigned reports a request that must be signed and carries no signature.
	ErrUnsigned  = errors.New("sequencer: request is not signed")
	errEmptyBody = errors.New("empty body")
)

// DecodeSignature decodes a hex signature (with or without 0x).
func DecodeSignature(s string, sig *state.Signature) error {
	if s == "" {
		return fmt.Errorf("%w: no signature", ErrUnsigned)
	}
	if err := decodeHex(s, sig[:]); err != nil {
		return fmt.Errorf("%w: signature: %v", ErrBadField, err)
	}
	return nil
}

// CancelDomain is the domain tag of an off-chain cancel message. It is far from the protocol's message tags
// (docs/PROTOCOL.md §4: 1 order, 2 withdrawal), so a cancel signature never verifies as anything else.
const CancelDomain = 0x63616e63656c // "cancel"

// CancelMsg asks the sequencer to take a resting order out of its book. It is signed by the order's account
// and expires; an order id is never reused, so a replayed cancel can only hit the order it named.
type CancelMsg struct {
	AccountID     uint32
	OrderID       uint64
	ExpirySeconds uint64
}

// Hash returns the signed word: H(CancelDomain, account | orderId << 64 | expiry << 128).
func (m *CancelMsg) Hash() fr.Element {
	var b [32]byte
	binary.BigEndian.PutUint64(b[8:], m.ExpirySeconds)
	binary.BigEndian.PutUint64(b[16:], m.OrderID)
	binary.BigEndian.PutUint32(b[28:], m.AccountID)
	var w fr.Element
	w.SetBytes(b[4:])
	return state.Hash(state.Uint(CancelDomain), w)
}

// SignCancel returns k's signature of m.
func (k *Key) SignCancel(m CancelMsg) state.Signature { return k.Sign(m.Hash()) }

// CancelRequest is the body of DELETE /v1/orders/{id}: the order's account, an expiry (unix seconds) and the
// signature of CancelMsg in hex.
type CancelRequest struct {
	Account   uint32 `json:"account"`
	Expiry    uint64 `json:"expiry"`
	Signature string `json:"signature"`
}

// NewCancelRequest renders a signed cancel as a request body.
func NewCancelRequest(m CancelMsg, sig state.Signature) CancelRequest {
	return CancelRequest{Account: m.AccountID, Expiry: m.ExpirySeconds, Signature: hex.EncodeToString(sig[:])}
}

// DecodeCancel reads a CancelRequest body for order id.
func DecodeCancel(r io.Reader, id uint64) (CancelMsg, state.Signature, error) {
	var req CancelRequest
	var sig state.Signature
	if err := decodeJSON(r, &req); errors.Is(err, errEmptyBody) {
		return CancelMsg{}, sig, fmt.Errorf("%w: a cancel needs a signed body", ErrUnsigned)
	} else if err != nil {
		return CancelMsg{}, sig, err
	}
	return req.Signed(id)
}

// Signed returns the cancel of order id the request carries, with its signature parsed but not verified.
func (r *CancelRequest) Signed(id uint64) (CancelMsg, state.Signature, error) {
	var sig state.Signature
	m := CancelMsg{AccountID: r.Account, OrderID: id, ExpirySeconds: r.Expiry}
	if err := CheckMsgFields(r.Account, 0, r.Expiry, 0); err != nil {
		return m, sig, err
	}
	if err := DecodeSignature(r.Signature, &sig); err != nil {
		return m, sig, err
	}
	return m, sig, nil
}

// PositionJSON is one position at oracle prices; sizes in base units, amounts in USDC, prices in USDC per
// base unit. EntryPrice is the average entry price ("" when the sequencer has not seen the position open);
// UnrealizedPnl is rounded toward −∞; FundingOwed is the funding the position owes since its account's last
// settlement, rounded up against the account (negative: owed to the account); LiquidationPrice is the oracle
// price of this market at which the account becomes liquidatable, the other prices held, rounded toward the
// current price (null: none, or a position in a settled market).
type PositionJSON struct {
	Market           uint8   `json:"market"`
	Size             string  `json:"size"`
	FundingIndex     int64   `json:"fundingIndex"`
	Exposure         string  `json:"exposure"`
	EntryPrice       string  `json:"entryPrice"`
	UnrealizedPnl    string  `json:"unrealizedPnl"`
	FundingOwed      string  `json:"fundingOwed"`
	LiquidationPrice *string `json:"liquidationPrice"`
}

// AccountJSON is the reply to GET /v1/accounts/{id}; amounts in USDC at oracle prices. It includes
// transactions not yet sealed into a batch. Collateral is the leaf's; SettlementOwed is what the account's
// next touch moves from it to the insurance fund (docs/PROTOCOL.md §5 Settlement: the funding owed and, with
// the opposite sign, the value of positions in settled markets at their final prices; rounded up, negative
// when paid to the account). The margin figures are those of the account after that settlement, which is
// what the engine checks: MarginRatio is MMR/TV rounded up to 6 decimals (null when TV ≤ 0 with open
// positions); FreeCollateral is TV − IMR rounded toward −∞; Liquidatable is TV < MMR; HealthLevel counts the
// health thresholds the margin ratio has reached.
type AccountJSON struct {
	ID                uint32         `json:"id"`
	PubKey            string         `json:"pubKey"`
	L1Address         string         `json:"l1Address"`
	Collateral        string         `json:"collateral"`
	SettlementOwed    string         `json:"settlementOwed"`
	MarginMode        uint16         `json:"marginMode"`
	Positions         []PositionJSON `json:"positions"`
	TotalValue        string         `json:"totalValue"`
	InitialMargin     string         `json:"initialMargin"`
	MaintenanceMargin string         `json:"maintenanceMargin"`
	FreeCollateral    string         `json:"freeCollateral"`
	MarginRatio       *string        `json:"marginRatio"`
	Healthy           bool           `json:"healthy"`
	Liquidatable      bool           `json:"liquidatable"`
	HealthLevel       int            `json:"healthLevel"`
	// Liquidations lists the account's latest liquidation and deleveraging events, newest first (GET
	// /v1/accounts/{id} only).
	Liquidations []RiskEventJSON `json:"liquidations,omitempty"`
}

// AccountFillJSON is one fill of an account (GET /v1/accounts/{id}/fills, the account stream): side and fee
// are the account's, liquidity "maker" or "taker".
type AccountFillJSON struct {
	Seq          uint64 `json:"seq"`
	Time         uint64 `json:"time"`
	Batch        uint64 `json:"batch"`
	Account      uint32 `json:"account"`
	Market       uint8  `json:"market"`
	Side         string `json:"side" enum:"buy,sell"`
	Liquidity    string `json:"liquidity" enum:"maker,taker"`
	Size         string `json:"size"`
	Price        string `json:"price"`
	Fee          string `json:"fee"`
	OrderID      uint64 `json:"orderId"`
	Slot         uint16 `json:"slot"`
	Nonce        uint32 `json:"nonce"`
	Counterparty uint32 `json:"counterparty"`
}

// OpenOrderJSON is a resting order (GET /v1/accounts/{id}/orders).
type OpenOrderJSON struct {
	ID        uint64   `json:"id"`
	Market    uint8    `json:"market"`
	Side      string   `json:"side" enum:"buy,sell"`
	Price     string   `json:"price"`
	Size      string   `json:"size"`
	Remaining string   `json:"remaining"`
	Flags     []string `json:"flags,omitempty" enum:"post_only,reduce_only,ioc,fok"`
	Slot      uint16   `json:"slot"`
	Nonce     uint32   `json:"nonce"`
	Expiry    uint64   `json:"expiry"`
}

// HealthJSON is the reply to GET /v1/health. Status is "ok", or "stopped" (with the error) once a durability
// failure stopped the service.
type HealthJSON struct {
	Status      string `json:"status" enum:"ok,stopped"`
	Error       string `json:"error,omitempty"`
	LogSeq      uint64 `json:"logSeq"`
	DurableSeq  uint64 `json:"durableSeq"`
	NextBatch   uint64 `json:"nextBatch"`
	LastBatch   uint64 `json:"lastBatch"`
	Root        string `json:"root"`
	SystemTime  uint64 `json:"systemTime"`
	RestingOrds int    `json:"restingOrders"`
	// VerifiedBatch is the last batch the verified state applied (GET /v1/accounts/{id}/proof serves paths
	// against its root); VerifiedError says why that state stopped, if it did.
	VerifiedBatch uint64 `json:"verifiedBatch"`
	VerifiedError string `json:"verifiedError,omitempty"`
}

// RiskEventJSON renders a RiskEvent (the account view's "liquidations", the stream's "liquidation" message).
type RiskEventJSON struct {
	Seq           uint64 `json:"seq"`
	Time          uint64 `json:"time"`
	Batch         uint64 `json:"batch"`
	Account       uint32 `json:"account"`
	Kind          string `json:"kind"`
	Market        uint8  `json:"market"`
	Side          string `json:"side"`
	Size          string `json:"size"`
	Price         string `json:"price"`
	Fee           string `json:"fee"`
	InsurancePaid string `json:"insurancePaid"`
	Counterparty  uint32 `json:"counterparty"`
}

// TotalsJSON is GET /v1/totals: what conservation needs, in USDC. Σ collateral over every account + insuranceFund
// + feePool = genesis value + deposited − withdrawn, where the genesis value is Σ collateral at the start +
// genesisInsuranceFund + genesisFeePool; collateralChange is Σ collateral now minus at the start. sinceSeq is
// the input-log entry the totals start after (0: the data directory's genesis); seq the last entry applied.
type TotalsJSON struct {
	InsuranceFund        string `json:"insuranceFund"`
	FeePool              string `json:"feePool"`
	Deposited            string `json:"deposited"`
	Withdrawn            string `json:"withdrawn"`
	CollateralChange     string `json:"collateralChange"`
	GenesisInsuranceFund string `json:"genesisInsuranceFund"`
	GenesisFeePool       string `json:"genesisFeePool"`
	SinceSeq             uint64 `json:"sinceSeq"`
	Seq                  uint64 `json:"seq"`
}

// StressLatestJSON is the latest published stress report (package sequencer/stress): the state it ran on,
// named by its root and the batch it is at, so that anyone can rebuild that state from L1 (perpx escape
// --dry-run --state-dir) and re-run the same scenario file to compare, byte for byte.
type StressLatestJSON struct {
	// StateRoot is the root of the state the suite ran on; Batch the batch whose new root it is (the last
	// batch the L1 contract verified, when Source is "verified").
	StateRoot string `json:"stateRoot"`
	Batch     uint64 `json:"batch"`
	// Source is "verified" (the state as of the last L1-verified batch) or "live" (the sequencer's last
	// checkpoint, before any batch was verified).
	Source string `json:"source"`
	// RanAtSeconds is when the suite ran (Unix seconds); the report itself holds no time.
	RanAtSeconds int64 `json:"ranAtSeconds"`
	// Report is the stress report (stress.Report) as JSON.
	Report json.RawMessage `json:"report"`
}

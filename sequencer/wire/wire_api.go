package wire

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"strconv"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/state"
)

// WSRequest is a client message on GET /v1/ws. Op is "subscribe", "unsubscribe" or "ping"; Topic is
// "book:<market>" (a snapshot, then the levels each command changes), "trades:<market>", "account:<id>" (the
// account's state, its fills and health warnings) or "batches" (sealed batches and proof/L1 status).
//
// Op "order" places Order (the body of POST /v1/orders) and op "cancel" cancels order OrderID with Cancel (the
// body of DELETE /v1/orders/{id}): order entry on the connection (httpapi/ws_orders.go). ID is the client's
// name for the request, at most MaxWSRequestID bytes, echoed in its reply.
type WSRequest struct {
	Op      string         `json:"op"`
	Topic   string         `json:"topic,omitempty"`
	ID      string         `json:"id,omitempty"`
	Order   *OrderRequest  `json:"order,omitempty"`
	OrderID uint64         `json:"orderId,omitempty"`
	Cancel  *CancelRequest `json:"cancel,omitempty"`
	// Expiry and Signature sign a subscription to an account stream with the account's key (StreamMsg).
	Expiry    uint64 `json:"expiry,omitempty"`
	Signature string `json:"signature,omitempty"`
}

// WSReply answers a client message: type "subscribed", "unsubscribed", "pong" or "error" (with code and
// error as in ErrorJSON). The server also sends {"type":"heartbeat","seq":n} every heartbeat interval, where
// seq is the last durable log entry. An order or cancel is answered, in the order the connection sent them,
// by type "ack" with ID and Order (as POST /v1/orders answers) or Cancel (as DELETE /v1/orders/{id}), once
// durable, or by type "error" with ID, Status (the HTTP status the REST API would give) and the code.
type WSReply struct {
	Type   string          `json:"type"`
	Topic  string          `json:"topic,omitempty"`
	ID     string          `json:"id,omitempty"`
	Seq    uint64          `json:"seq,omitempty"`
	Status int             `json:"status,omitempty"`
	Code   string          `json:"code,omitempty"`
	Error  string          `json:"error,omitempty"`
	Order  *OrderResponse  `json:"order,omitempty"`
	Cancel *CancelResponse `json:"cancel,omitempty"`
}

// MaxWSInflight bounds the orders and cancels of one connection that were read but not yet answered; while
// that many are outstanding the connection is not read (the client's writes back up in TCP).
const MaxWSInflight = 256

// BatchSummaryJSON is one entry of GET /v1/batches.
type BatchSummaryJSON struct {
	Number    uint64 `json:"number"`
	Timestamp uint64 `json:"timestamp"`
	BatchSize int    `json:"batchSize"`
	TxCount   int    `json:"txCount"`
	NewRoot   string `json:"newRoot"`
	BatchStatus
}

// AccountProofJSON is the reply to GET /v1/accounts/{id}/proof: account id's leaf in the state as of the last
// batch the L1 contract verified, and its Merkle path. Words are 0x-prefixed 32-byte big-endian hex. Hashing
// leafWords with H4 (state.Hash4) gives leafHash (docs/PROTOCOL.md §3.1); leafHash hashed up the 4-ary path
// (36 siblings, three a level, leaf level first; bits 2i, 2i+1 of the id give the node's position at level i,
// the siblings fill the other positions in order: state.RootFromPath) gives accountsRoot; H(accountsRoot,
// H(marketWords), globals) gives root, the state root the contract stores. These are the arguments of escape()
// (§8).
type AccountProofJSON struct {
	ID           uint32   `json:"id"`
	Batch        uint64   `json:"batch"`
	Root         string   `json:"root"`
	AccountsRoot string   `json:"accountsRoot"`
	MarketWords  []string `json:"marketWords"`
	Globals      string   `json:"globals"`
	Leaf         LeafJSON `json:"leaf"`
	LeafWords    []string `json:"leafWords"`
	LeafHash     string   `json:"leafHash"`
	Siblings     []string `json:"siblings"`
}

// LeafJSON is the content of an account leaf, raw: collateral in quote quantums, sizes in base quantums, every
// position slot in leaf order (an empty one is all zero).
type LeafJSON struct {
	PubKey             string             `json:"pubKey"`
	L1Address          string             `json:"l1Address"`
	CollateralQuantums string             `json:"collateralQuantums"`
	MarginMode         uint16             `json:"marginMode"`
	Positions          []LeafPositionJSON `json:"positions"`
	SlotRoot           string             `json:"slotRoot"`
}

// LeafPositionJSON is one position slot of a leaf.
type LeafPositionJSON struct {
	Market       uint8  `json:"market"`
	SizeQuantums string `json:"sizeQuantums"`
	FundingIndex int64  `json:"fundingIndex"`
}

// WordHex renders a field element as the API does: 0x-prefixed 32-byte big-endian hex.
func WordHex(e fr.Element) string {
	b := e.Bytes()
	return "0x" + hex.EncodeToString(b[:])
}

// WordsHex renders field elements as WordHex does.
func WordsHex(ws []fr.Element) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = WordHex(w)
	}
	return out
}

// NewLeafJSON renders account a's leaf.
func NewLeafJSON(a *state.Account) LeafJSON {
	pk := a.PubKey.Compressed()
	out := LeafJSON{
		PubKey: "0x" + hex.EncodeToString(pk[:]), L1Address: "0x" + hex.EncodeToString(a.L1Address[:]),
		CollateralQuantums: strconv.FormatInt(a.CollateralQuantums, 10), MarginMode: a.MarginMode,
		Positions: make([]LeafPositionJSON, len(a.Positions)), SlotRoot: WordHex(a.SlotRoot),
	}
	for i, p := range a.Positions {
		out.Positions[i] = LeafPositionJSON{Market: p.Market, SizeQuantums: strconv.FormatInt(p.SizeQuantums, 10), FundingIndex: p.FundingIndex}
	}
	return out
}

// StreamDomain is the domain tag of a signed account-stream subscription, far from the protocol's message tags.
const StreamDomain = 0x73747265616d // "stream"

// StreamMsg lets an account's owner follow its own account stream whatever the limits on unsigned ones: a
// signed subscription counts neither against the address's limit nor against Config.MaxAccountStreams. It
// expires; until then anyone holding it can follow the account, as the owner chose to.
type StreamMsg struct {
	AccountID     uint32
	ExpirySeconds uint64
}

// Hash returns the signed word: H(StreamDomain, account | expiry << 32).
func (m *StreamMsg) Hash() fr.Element {
	var b [32]byte
	binary.BigEndian.PutUint64(b[20:], m.ExpirySeconds)
	binary.BigEndian.PutUint32(b[28:], m.AccountID)
	var w fr.Element
	w.SetBytes(b[:])
	return state.Hash(state.Uint(StreamDomain), w)
}

// SignStream signs a stream subscription.
func (k *Key) SignStream(m StreamMsg) state.Signature { return k.Sign(m.Hash()) }

// DecodeWSRequest decodes one client message, refusing unknown fields.
func DecodeWSRequest(msg []byte) (WSRequest, error) {
	var req WSRequest
	d := json.NewDecoder(bytes.NewReader(msg))
	d.DisallowUnknownFields()
	return req, d.Decode(&req)
}

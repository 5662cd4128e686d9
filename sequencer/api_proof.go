package sequencer

import (
	"encoding/hex"
	"net/http"
	"strconv"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/state"
)

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

// NewAccountProofJSON renders a verified proof.
func NewAccountProofJSON(p *VerifiedProof) AccountProofJSON {
	markets := make([]fr.Element, 0, 2*state.MarketCount)
	for i := range p.Markets {
		w := p.Markets[i].Words()
		markets = append(markets, w[0], w[1])
	}
	return AccountProofJSON{
		ID: p.ID, Batch: p.Batch, Root: WordHex(p.Root), AccountsRoot: WordHex(p.AccountsRoot()),
		MarketWords: WordsHex(markets), Globals: WordHex(p.Globals.Word()), Leaf: NewLeafJSON(&p.Account),
		LeafWords: WordsHex(p.Account.Words()), LeafHash: WordHex(p.Account.Hash()), Siblings: WordsHex(p.Siblings[:]),
	}
}

func (a *API) accountProof(w http.ResponseWriter, r *http.Request) {
	id, err := pathUint(r, "id", 32)
	if err != nil {
		a.fail(w, err)
		return
	}
	p, err := a.svc.VerifiedAccountProof(uint32(id))
	if err != nil {
		a.fail(w, err)
		return
	}
	a.reply(w, http.StatusOK, NewAccountProofJSON(p))
}

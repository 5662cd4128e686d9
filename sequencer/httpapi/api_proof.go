package httpapi

import (
	"net/http"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/sequencer/verified"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// NewAccountProofJSON renders a verified proof.
func NewAccountProofJSON(p *verified.Proof) wire.AccountProofJSON {
	markets := make([]fr.Element, 0, 2*state.MarketCount)
	for i := range p.Markets {
		w := p.Markets[i].Words()
		markets = append(markets, w[0], w[1])
	}
	return wire.AccountProofJSON{
		ID: p.ID, Batch: p.Batch, Root: wire.WordHex(p.Root), AccountsRoot: wire.WordHex(p.AccountsRoot()),
		MarketWords: wire.WordsHex(markets), Globals: wire.WordHex(p.Globals.Word()), Leaf: wire.NewLeafJSON(&p.Account),
		LeafWords: wire.WordsHex(p.Account.Words()), LeafHash: wire.WordHex(p.Account.Hash()), Siblings: wire.WordsHex(p.Siblings[:]),
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

package sequencer

import (
	"net/http"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/state"
)

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

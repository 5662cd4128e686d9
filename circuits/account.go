package circuits

import (
	"github.com/consensys/gnark/frontend"
)

// PositionVars is one position slot of an account leaf (docs/PROTOCOL.md §3.1).
type PositionVars struct {
	Market frontend.Variable
	// Size is the signed size in base quantums, as a field element (negative values are r − |v|).
	Size frontend.Variable
	// FundingIndex is the signed cached funding index.
	FundingIndex frontend.Variable
}

// AccountVars is the content of an account leaf.
type AccountVars struct {
	PubKeyX, PubKeyY frontend.Variable
	L1Address        frontend.Variable
	// Collateral is the signed collateral in quote quantums, as a field element.
	Collateral frontend.Variable
	MarginMode frontend.Variable
	Positions  [positionSlots]PositionVars
	SlotRoot   frontend.Variable
}

// leafWords are the words an account leaf hashes, except the key and the slot root.
type leafWords struct {
	w0  frontend.Variable
	pos [positionSlots]frontend.Variable
}

// w0 packs l1Address | (collateral + 2^63) << 160 | marginMode << 224.
func (b *builder) w0(address, collateral, mode frontend.Variable) frontend.Variable {
	return pack(b.api,
		field{address, addressBits},
		field{b.bias(collateral, signedBits), signedBits},
		field{mode, marginBits})
}

// positionWord packs market | (size + 2^63) << 8 | (fundingIndex + 2^63) << 72.
func (b *builder) positionWord(market, size, funding frontend.Variable) frontend.Variable {
	return pack(b.api,
		field{market, marketBits},
		field{b.bias(size, signedBits), signedBits},
		field{b.bias(funding, signedBits), signedBits})
}

// accountWords range checks every field of a to its packed width (so the packing is injective; collateral to
// the open interval of docs/PROTOCOL.md §1, the margin mode to 0..M) and returns the packed words.
func (b *builder) accountWords(a *AccountVars) leafWords {
	b.check(a.L1Address, addressBits)
	b.checkOpen(a.Collateral, collateralBits)
	b.checkAtMost(a.MarginMode, marketCount, marginBits)
	var w leafWords
	w.w0 = b.w0(a.L1Address, a.Collateral, a.MarginMode)
	for k := range a.Positions {
		p := &a.Positions[k]
		b.check(p.Market, marketBits)
		b.checkSigned(p.Size, signedBits)
		b.checkSigned(p.FundingIndex, signedBits)
		w.pos[k] = b.positionWord(p.Market, p.Size, p.FundingIndex)
	}
	return w
}

// leafHash is H4(pubKeyX, pubKeyY, w0, pos[0], …, pos[K−1], slotRoot): four width-4 compressions.
func (b *builder) leafHash(pkX, pkY frontend.Variable, w leafWords, slotRoot frontend.Variable) frontend.Variable {
	words := make([]frontend.Variable, 0, 4+positionSlots)
	words = append(words, pkX, pkY, w.w0)
	words = append(words, w.pos[:]...)
	return b.hash4(append(words, slotRoot)...)
}

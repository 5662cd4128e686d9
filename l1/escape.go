package l1

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/state"
)

// ErrEscapeMarket reports an account with a position in a market outside the markets table (a market byte
// above state.MarketCount): escape() reverts on it (an array index out of bounds), so it has no escape value.
// No committed state holds such a position: the circuits only open positions in markets 1..MarketCount.
var ErrEscapeMarket = errors.New("l1: position in a market outside the markets table")

// LeafWords is the number of words of an account leaf's preimage (docs/PROTOCOL.md §3.1).
const LeafWords = 4 + state.PositionSlots

// EscapeProof is what escape() takes for one account of a frozen rollup: the account's leaf preimage and
// Merkle path in the last committed state, and that state's markets table and globals.
type EscapeProof struct {
	AccountID uint32
	Leaf      [LeafWords]fr.Element
	Siblings  [state.AccountTreeDepth]fr.Element
	Markets   [2 * state.MarketCount]fr.Element
	Globals   fr.Element
}

// NewEscapeProof returns the escape proof of account id holding a, with the siblings of its path, in a state
// with markets m and globals g.
func NewEscapeProof(id uint32, a *state.Account, siblings [state.AccountTreeDepth]fr.Element, m *state.Markets, g state.Globals) *EscapeProof {
	p := &EscapeProof{AccountID: id, Siblings: siblings, Markets: MarketWords(m), Globals: g.Word()}
	copy(p.Leaf[:], a.Words())
	return p
}

// Root returns the state root the proof hashes to.
func (p *EscapeProof) Root() fr.Element {
	accounts := state.RootFromPath(state.Hash(p.Leaf[:]...), uint64(p.AccountID), p.Siblings[:])
	return state.Hash(accounts, state.Hash(p.Markets[:]...), p.Globals)
}

func (p *EscapeProof) args() (leaf [LeafWords]*big.Int, siblings [state.AccountTreeDepth]*big.Int, markets [2 * state.MarketCount]*big.Int, globals *big.Int) {
	for i, w := range p.Leaf {
		leaf[i] = state.BigOf(w)
	}
	for i, w := range p.Siblings {
		siblings[i] = state.BigOf(w)
	}
	for i, w := range p.Markets {
		markets[i] = state.BigOf(w)
	}
	return leaf, siblings, markets, state.BigOf(p.Globals)
}

// EscapeValue returns what escape() pays for an account a in a state with markets table m
// (docs/PROTOCOL.md §8): every position is closed at its market's oracle price and settles its unsettled
// funding, size · (index − cachedIndex) / S paid by longs when the index rose. With
//
//	TVs = collateral · S + Σ size · (price − (index − cachedIndex)),
//
// the value is ⌊TVs / S⌋ quote quantums when TVs > 0, and 0 otherwise (escape() then reverts with
// NothingToEscape). Like escape(), it skips a slot whose market byte is 0 (empty); a position in a market
// outside the table, where escape() reverts, returns ErrEscapeMarket.
func EscapeValue(a *state.Account, m *state.Markets) (*big.Int, error) {
	scale := big.NewInt(state.PriceScale)
	tv := new(big.Int).Mul(big.NewInt(a.CollateralQuantums), scale)
	var t big.Int
	for k, p := range a.Positions {
		if p.Market == 0 {
			continue
		}
		mk := m.Get(p.Market)
		if mk == nil {
			return nil, fmt.Errorf("%w: position slot %d holds market %d, the table has %d", ErrEscapeMarket, k, p.Market, state.MarketCount)
		}
		t.Sub(big.NewInt(mk.FundingIndex), big.NewInt(p.FundingIndex))
		t.Sub(new(big.Int).SetUint64(mk.OraclePrice), &t)
		t.Mul(&t, big.NewInt(p.SizeQuantums))
		tv.Add(tv, &t)
	}
	if tv.Sign() <= 0 {
		return new(big.Int), nil
	}
	return tv.Quo(tv, scale), nil
}

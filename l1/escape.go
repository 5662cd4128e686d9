package l1

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

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
	Siblings  [state.AccountProofLen]fr.Element
	Markets   [2 * state.MarketCount]fr.Element
	Globals   fr.Element
}

// NewEscapeProof returns the escape proof of account id holding a, with the siblings of its path, in a state
// with markets m and globals g.
func NewEscapeProof(id uint32, a *state.Account, siblings [state.AccountProofLen]fr.Element, m *state.Markets, g state.Globals) *EscapeProof {
	p := &EscapeProof{AccountID: id, Siblings: siblings, Markets: MarketWords(m), Globals: g.Word()}
	copy(p.Leaf[:], a.Words())
	return p
}

// Root returns the state root the proof hashes to.
func (p *EscapeProof) Root() fr.Element {
	accounts := state.RootFromPath(state.Hash4(p.Leaf[:]...), uint64(p.AccountID), p.Siblings[:])
	return state.Hash(accounts, state.Hash(p.Markets[:]...), p.Globals)
}

func (p *EscapeProof) args() (leaf [LeafWords]*big.Int, siblings [state.AccountProofLen]*big.Int, markets [2 * state.MarketCount]*big.Int, globals *big.Int) {
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

// EscapeClaimWindow is Rollup.ESCAPE_CLAIM_WINDOW in seconds: escapes within it of the freeze are claims paid
// pro rata once it closes (docs/PROTOCOL.md §8 "Escape settlement").
const EscapeClaimWindow = 30 * 24 * 3600

// EscapeSettlement is the state of a frozen rollup's escape settlement (docs/PROTOCOL.md §8).
type EscapeSettlement struct {
	// WindowEnd is when the claim window closes (unix seconds); 0 while the rollup is not frozen.
	WindowEnd uint64
	// Pool is what the state's accounts, insurance fund and fee pool hold in tokens: the escapes share it.
	Pool *big.Int
	// Claims is the sum of the values escaped within the window; LateCredited what escapes after it were
	// credited.
	Claims, LateCredited *big.Int
}

// Insolvent reports whether the window's claims exceed the pool, so that each is paid ⌊claim · Pool / Claims⌋.
func (s EscapeSettlement) Insolvent() bool { return s.Claims.Cmp(s.Pool) > 0 }

// Share returns what a claim of claim within the window is paid once the window closes: all of it when the
// pool covers every claim, else ⌊claim · Pool / Claims⌋.
func (s EscapeSettlement) Share(claim *big.Int) *big.Int {
	if !s.Insolvent() {
		return new(big.Int).Set(claim)
	}
	v := new(big.Int).Mul(claim, s.Pool)
	return v.Quo(v, s.Claims)
}

// EscapeSettlement reads the rollup's escape settlement.
func (r *Rollup) EscapeSettlement(ctx context.Context) (EscapeSettlement, error) {
	end, err := call(ctx, r.contract, r.abi.PackEscapeWindowEnd(), r.abi.UnpackEscapeWindowEnd)
	if err != nil {
		return EscapeSettlement{}, err
	}
	pool, err := call(ctx, r.contract, r.abi.PackEscapePool(), r.abi.UnpackEscapePool)
	if err != nil {
		return EscapeSettlement{}, err
	}
	t, err := call(ctx, r.contract, r.abi.PackEscapeTotals(), r.abi.UnpackEscapeTotals)
	if err != nil {
		return EscapeSettlement{}, err
	}
	return EscapeSettlement{WindowEnd: end.Uint64(), Pool: pool, Claims: t.Claims, LateCredited: t.LateCredited}, nil
}

// EscapeClaim returns the values owner's accounts escaped with within the claim window and that withdraw has
// not yet turned into credit.
func (r *Rollup) EscapeClaim(ctx context.Context, owner common.Address) (*big.Int, error) {
	return call(ctx, r.contract, r.abi.PackEscapeClaims(owner), r.abi.UnpackEscapeClaims)
}

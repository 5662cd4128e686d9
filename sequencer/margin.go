package sequencer

import (
	"math/big"

	"github.com/perpx/perpx/state"
)

// Risk is an account's margin state at oracle prices (docs/PROTOCOL.md §5). Every value is an exact integer:
//
//	N_k = s_k · P(m_k)                 signed notional, scaled by PriceScale
//	TV  = collateral · PriceScale + Σ N_k
//	IMR = Σ |N_k| · imf(m_k)           scaled by PriceScale · PpmScale
//	MMR = Σ |N_k| · mmf(m_k)
type Risk struct {
	TV, IMR, MMR big.Int
}

var ppmScale = big.NewInt(state.PpmScale)

// ComputeRisk returns the risk of a at the prices and fractions of markets. Positions in markets outside the
// table count for nothing.
func ComputeRisk(a *state.Account, markets *state.Markets) *Risk {
	r := new(Risk)
	r.TV.SetInt64(a.CollateralQuantums)
	r.TV.Mul(&r.TV, big.NewInt(state.PriceScale))
	var n, t big.Int
	for _, p := range a.Positions {
		m := markets.Get(p.Market)
		if m == nil {
			continue
		}
		n.SetInt64(p.SizeQuantums)
		n.Mul(&n, t.SetUint64(m.OraclePrice))
		r.TV.Add(&r.TV, &n)
		n.Abs(&n)
		r.IMR.Add(&r.IMR, t.Mul(&n, t.SetUint64(uint64(m.ImfPpm))))
		r.MMR.Add(&r.MMR, t.Mul(&n, t.SetUint64(uint64(m.MmfPpm))))
	}
	return r
}

// Healthy reports TV · 10^6 ≥ IMR.
func (r *Risk) Healthy() bool {
	var l big.Int
	return l.Mul(&r.TV, ppmScale).Cmp(&r.IMR) >= 0
}

// PositionSize returns a's signed size in market m, 0 when it holds none.
func PositionSize(a *state.Account, m uint8) int64 {
	if i := a.PositionIndex(m); i >= 0 && m != 0 {
		return a.Positions[i].SizeQuantums
	}
	return 0
}

// Reducing reports whether going from r0 (position s0 in the traded market) to r1 (position s1) only reduces
// risk: s1 keeps the sign of s0 or is 0, |s1| < |s0|, and TV1 · MMR0 ≥ TV0 · MMR1.
func Reducing(s0, s1 int64, r0, r1 *Risk) bool {
	switch {
	case s0 > 0 && (s1 < 0 || s1 >= s0):
		return false
	case s0 < 0 && (s1 > 0 || s1 <= s0):
		return false
	case s0 == 0:
		return false
	}
	var l, r big.Int
	l.Mul(&r1.TV, &r0.MMR)
	r.Mul(&r0.TV, &r1.MMR)
	return l.Cmp(&r) >= 0
}

package engine

import (
	"math/big"

	"github.com/perpx/perpx/state"
)

var PpmScale = big.NewInt(state.PpmScale)

// PositionSize returns a's signed size in market m, 0 when it holds none.
func PositionSize(a *state.Account, m uint8) int64 {
	if i := a.PositionIndex(m); i >= 0 && m != 0 {
		return a.Positions[i].SizeQuantums
	}
	return 0
}

// ReducesSize reports whether a position going from s0 to s1 only shrinks: s1 keeps the sign of s0 or is 0, and
// |s1| < |s0| (the size conditions of docs/PROTOCOL.md §5 "reducing", which a reduce-only market requires of
// both sides of a trade).
func ReducesSize(s0, s1 int64) bool {
	switch {
	case s0 > 0:
		return s1 >= 0 && s1 < s0
	case s0 < 0:
		return s1 <= 0 && s1 > s0
	}
	return false
}

// Reducing reports whether going from r0 (position s0 in the traded market) to r1 (position s1) only reduces
// risk: s1 keeps the sign of s0 or is 0, |s1| < |s0|, and TV1 · MMR0 ≥ TV0 · MMR1.
func Reducing(s0, s1 int64, r0, r1 *state.Risk) bool {
	return ReducesSize(s0, s1) && state.RatioKept(r0, r1)
}

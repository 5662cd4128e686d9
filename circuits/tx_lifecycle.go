package circuits

import (
	"math/big"

	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/state"
)

// forcedTradeValid returns 1 when the slot is a forced trade and every rule of docs/PROTOCOL.md §5 "Forced
// trade" holds, and 0 otherwise: both owners match, marketOK (active, or reduce-only with both sides
// reducing), q and p on the market's step and tick, both margin modes allow the market, both sides fit and
// stay below 2^48, both tentative collaterals lie in (−2^63, 2^63), and each side is healthy or reducing.
func (b *builder) forcedTradeValid(isFT, ownsA, ownsB, marketOK frontend.Variable, mkt marketSel, q, p,
	isoA, isoB frontend.Variable, sideA, sideB sideOut, collA, collB, healthyA, crossA, healthyB, crossB frontend.Variable) frontend.Variable {
	api := b.api
	conds := []frontend.Variable{
		ownsA, ownsB, marketOK,
		b.divides(mkt.step, q, sizeBits), b.divides(mkt.tick, p, priceBits),
		isoA, isoB, sideA.fits, sideB.fits, sideA.sizeOK, sideB.sizeOK,
		b.inOpenRange(isFT, collA), b.inOpenRange(isFT, collB),
		b.marginOK(healthyA, sideA.reducing, crossA), b.marginOK(healthyB, sideB.reducing, crossB),
	}
	valid := isFT
	for _, c := range conds {
		valid = api.Mul(valid, c)
	}
	return valid
}

// marginOK is the margin rule of a trade as a boolean: healthy, or reducing with TV/MMR not falling.
func (b *builder) marginOK(healthy, reducing, cross frontend.Variable) frontend.Variable {
	api := b.api
	return api.Sub(1, api.Mul(api.Sub(1, healthy), api.Sub(1, api.Mul(reducing, cross))))
}

// divides returns 1 when d > 0 divides v, and 0 otherwise (d = 0 included), for v < 2^vBits and d < 2^64.
func (b *builder) divides(d, v frontend.Variable, vBits int) frontend.Variable {
	api := b.api
	dz := api.IsZero(d)
	d1 := api.Add(d, dz)
	out, err := api.Compiler().NewHint(quotientHint, 1, d1, v)
	if err != nil {
		panic(err)
	}
	k := out[0]
	b.check(k, vBits)
	r := api.Sub(v, api.Mul(k, d1))
	b.check(r, u64Bits)
	b.check(api.Sub(d1, 1, r), u64Bits)
	return api.Mul(api.IsZero(r), api.Sub(1, dz))
}

// inOpenRange returns 1 when x ∈ (−2^63, 2^63) or cond is 0, for |x| < 2^63 + 2^77 (a collateral plus or minus
// a quote) when cond is 1.
func (b *builder) inOpenRange(cond, x frontend.Variable) frontend.Variable {
	api := b.api
	half := new(big.Int).Sub(pow2(collateralBits-1), big.NewInt(1))
	below := b.nonNeg(api.Mul(cond, api.Sub(half, x)), quoteBits+1)
	above := b.nonNeg(api.Mul(cond, api.Add(x, half)), quoteBits+1)
	return api.Mul(below, above)
}

// marketParams asserts the rules of a MarketParams slot (docs/PROTOCOL.md §5 "Market params") when isMP is 1,
// writes its record fields into cf, and returns the table after the slot: mk with market hm's row changed
// when isMP is 1, mk's values otherwise.
func (b *builder) marketParams(isMP frontend.Variable, hm []frontend.Variable, mkt marketSel, v *MarketParamsVars,
	mk *marketTable, cf *compactFields) *marketTable {
	api := b.api
	b.zeroWhen(isMP, hm[0])
	old, st := mkt.status, v.Status
	b.zeroWhen(isMP, api.IsZero(old))
	same := api.IsZero(api.Sub(st, old))
	oldLive := api.IsZero(api.Mul(api.Sub(old, state.MarketActive), api.Sub(old, state.MarketReduceOnly)))
	newLive := api.IsZero(api.Mul(api.Sub(st, state.MarketActive), api.Sub(st, state.MarketReduceOnly),
		api.Sub(st, state.MarketSettled)))
	legal := api.Add(same, api.Mul(api.Sub(1, same), api.Mul(oldLive, newLive)))
	b.zeroWhen(isMP, api.Sub(1, legal))

	fracs := []frontend.Variable{v.ImfPpm, v.MmfPpm, v.TierImfPpm, v.TierMmfPpm}
	cf.params = b.bytesBE(st, 1)
	for _, x := range fracs {
		b.checkAtMost(x, ppmScale, ppmBits)
		cf.params = append(cf.params, b.bytesBE(x, fracBytes)...)
	}
	b.checkWhen(isMP, api.Sub(v.MmfPpm, 1), ppmBits)
	b.checkWhen(isMP, api.Sub(v.ImfPpm, v.MmfPpm), ppmBits)
	tiered := api.Mul(isMP, api.Sub(1, api.IsZero(mkt.tierSize)))
	b.checkWhen(tiered, api.Sub(v.TierImfPpm, v.ImfPpm), ppmBits)
	b.checkWhen(tiered, api.Sub(v.TierMmfPpm, v.MmfPpm), ppmBits)
	b.checkWhen(tiered, api.Sub(v.TierImfPpm, v.TierMmfPpm), ppmBits)
	flat := api.Sub(isMP, tiered)
	b.zeroWhen(flat, v.TierImfPpm)
	b.zeroWhen(flat, v.TierMmfPpm)
	return b.withParams(mk, isMP, hm, st, v.ImfPpm, v.MmfPpm, v.TierImfPpm, v.TierMmfPpm)
}

package circuits

import (
	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/state"
)

// riskRules asserts the rules of a liquidation and of a deleveraging (docs/PROTOCOL.md §5) on the settled
// state of A before (rA) and after (tvA1, mmrA1, crossA = RatioKept), its and B's position changes, the
// insurance fund after A's settlement (ins0) and after the liquidation's fee and payment (ins1); B settles
// after both, as in package sequencer.
//
// Liquidate: the market is active or reduce-only; A is liquidatable before (TVs0 · 10^6 < MMRs0); A reduces;
// RatioKept; an insurance payment I > 0 needs a zero liquidation fee, a fund ≥ 0 after paying and RatioTight
// (the least payment). Deleverage: the market is active or reduce-only; A is bankrupt (TVs0 < 0) and the fund cannot cover it
// (insuranceFund · S + TVs0 < 0); both reduce; RatioKept and RatioTight (the least cash).
func (b *builder) riskRules(f txFlags, t *TxVars, status frontend.Variable, rA *risk, sideA, sideB sideOut,
	tvA1, mmrA1, crossA, ins0, ins1 frontend.Variable) {
	api := b.api
	isLiq, isDel := f.liq, f.del
	forced := api.Add(isLiq, isDel)

	b.zeroWhen(isLiq, api.Mul(api.Sub(status, state.MarketActive), api.Sub(status, state.MarketReduceOnly)))
	b.zeroWhen(isDel, api.Mul(api.Sub(status, state.MarketActive), api.Sub(status, state.MarketReduceOnly)))

	liquidatable := api.Sub(1, b.nonNeg(api.Sub(api.Mul(rA.tv, ppmScale), rA.mmr), healthBits))
	b.zeroWhen(isLiq, api.Sub(1, liquidatable))
	b.zeroWhen(forced, api.Sub(1, sideA.reducing))
	b.zeroWhen(forced, api.Sub(1, crossA))

	// RatioTight: (TVs1 − S) · MMRs0 < TVs0 · MMRs1.
	tight := api.Sub(1, b.nonNeg(api.Sub(api.Mul(api.Sub(tvA1, priceScale), rA.mmr), api.Mul(rA.tv, mmrA1)), crossBits+1))
	pays := api.Mul(isLiq, api.Sub(1, api.IsZero(t.InsurancePay)))
	b.zeroWhen(pays, t.TakerFee)
	b.checkWhen(pays, ins1, collateralBits-1)
	b.zeroWhen(api.Add(pays, isDel), api.Sub(1, tight))

	b.zeroWhen(isDel, b.nonNeg(rA.tv, tvBits))
	b.zeroWhen(isDel, b.nonNeg(api.Add(api.Mul(ins0, priceScale), rA.tv), tvBits+1))
	b.zeroWhen(isDel, api.Sub(1, sideB.reducing))
}

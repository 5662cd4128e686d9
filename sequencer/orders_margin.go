package sequencer

import (
	"fmt"
	"math/big"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// openOrderMargin returns an account's free collateral with its open orders, scaled by PriceScale · 10^6 —
// the initial-margin check of dYdX's order placement. In each market the account's orders are assumed to
// fill on the side that leaves it worse off: with position s, open bids B (notional BN) and asks A (AN) at
// oracle price P and initial margin fraction imf,
//
//	bids fill: f_b = ((s + B)·P − BN)·10^6 − |s + B|·P·imf
//	asks fill: f_a = ((s − A)·P + AN)·10^6 − |s − A|·P·imf
//	free = collateral·S·10^6 + Σ_markets min(f_b, f_a)
//
// A fill's value at the oracle is (P − price)·size for a buy, so an order above the oracle costs margin at
// once. Each f is concave along the fills of its side, so filling part of an order is never worse than both
// ends; with no orders, free = TV·10^6 − IMR. Fees are not counted: the engine checks them at each fill.
func openOrderMargin(a *state.Account, markets *state.Markets, exp *[state.MarketCount]book.Exposure) *big.Int {
	free := big.NewInt(a.CollateralQuantums)
	free.Mul(free, big.NewInt(state.PriceScale*state.PpmScale))
	for i := range markets {
		mk := &markets[i]
		m := uint8(i + 1)
		e := &exp[i]
		s := big.NewInt(engine.PositionSize(a, m))
		if s.Sign() == 0 && e.Empty() {
			continue
		}
		price := new(big.Int).SetUint64(mk.OraclePrice)
		imf := big.NewInt(int64(mk.ImfPpm))
		side := func(size, cash *big.Int, buy bool) *big.Int {
			pos := new(big.Int).Set(s)
			if buy {
				pos.Add(pos, size)
			} else {
				pos.Sub(pos, size)
			}
			n := new(big.Int).Mul(pos, price)
			f := new(big.Int).Add(n, cash)
			f.Mul(f, engine.PpmScale)
			n.Abs(n)
			return f.Sub(f, n.Mul(n, imf))
		}
		fb := side(e.BidSize.Big(), new(big.Int).Neg(e.BidNotional.Big()), true)
		fa := side(e.AskSize.Big(), e.AskNotional.Big(), false)
		if fa.Cmp(fb) < 0 {
			fb = fa
		}
		free.Add(free, fb)
	}
	return free
}

// checkOpenOrderMargin checks that account a can fund order o (remaining size open) together with its other
// open orders, skipping order exclude (the one o replaces): openOrderMargin must stay non-negative. A
// reduce-only order, or one on the other side of the position and no larger than it, reduces risk and is
// always admitted; the engine still checks each of its fills.
func (s *Service) checkOpenOrderMargin(a *state.Account, markets *state.Markets, o *state.OrderMsg, remaining, exclude uint64) error {
	pos := engine.PositionSize(a, o.Market)
	switch {
	case o.Flags&state.FlagReduceOnly != 0:
		return nil
	case o.IsBuy && pos < 0 && remaining <= uint64(-pos), !o.IsBuy && pos > 0 && remaining <= uint64(pos):
		return nil
	}
	var exp [state.MarketCount]book.Exposure
	for i, b := range s.books {
		exp[i] = b.AccountExposure(o.AccountID)
	}
	if r := s.findOrder(exclude); exclude != 0 && r != nil && r.Account() == o.AccountID {
		exp[r.Signed.Msg.Market-1].Sub(r.IsBuy(), r.Remaining, r.Price())
	}
	exp[o.Market-1].Add(o.IsBuy, remaining, o.LimitPrice)
	if free := openOrderMargin(a, markets, &exp); free.Sign() < 0 {
		return fmt.Errorf("%w: free collateral with open orders %s (quote quantums·10^12)", wire.ErrUndercollateral, free)
	}
	return nil
}

package sequencer

import (
	"fmt"
	"math/big"
	"math/bits"

	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// exposure is an account's open orders in one market: the size and the notional (Σ size · limit price,
// scaled by PriceScale) of each side, summed exactly without allocating (admission sums every open order of
// the account under the service lock).
type exposure struct {
	bidSize, askSize         u128
	bidNotional, askNotional u192
}

// u128 and u192 are unsigned integers, little-endian words: exact for sums of up to 2^64 terms below 2^64
// (sizes) and 2^128 (notionals).
type (
	u128 [2]uint64
	u192 [3]uint64
)

func (x *u128) add(v uint64) {
	var c uint64
	x[0], c = bits.Add64(x[0], v, 0)
	x[1] += c
}

func (x *u128) sub(v uint64) {
	var b uint64
	x[0], b = bits.Sub64(x[0], v, 0)
	x[1] -= b
}

func (x *u192) subMul(a, b uint64) {
	hi, lo := bits.Mul64(a, b)
	var c uint64
	x[0], c = bits.Sub64(x[0], lo, 0)
	x[1], c = bits.Sub64(x[1], hi, c)
	x[2] -= c
}

func (x *u192) addMul(a, b uint64) {
	hi, lo := bits.Mul64(a, b)
	var c uint64
	x[0], c = bits.Add64(x[0], lo, 0)
	x[1], c = bits.Add64(x[1], hi, c)
	x[2] += c
}

func (x *u128) big() *big.Int { return new(big.Int).SetBits(words(x[:])) }
func (x *u192) big() *big.Int { return new(big.Int).SetBits(words(x[:])) }

// words converts little-endian 64-bit words to big.Word digits.
func words(ws []uint64) []big.Word {
	out := make([]big.Word, 0, 2*len(ws))
	for _, w := range ws {
		if bits.UintSize == 64 {
			out = append(out, big.Word(w))
		} else {
			out = append(out, big.Word(uint32(w)), big.Word(w>>32))
		}
	}
	return out
}

func (e *exposure) add(buy bool, size, price uint64) {
	if buy {
		e.bidSize.add(size)
		e.bidNotional.addMul(size, price)
		return
	}
	e.askSize.add(size)
	e.askNotional.addMul(size, price)
}

// sub takes an order of size at price out of e; e must hold it.
func (e *exposure) sub(buy bool, size, price uint64) {
	if buy {
		e.bidSize.sub(size)
		e.bidNotional.subMul(size, price)
		return
	}
	e.askSize.sub(size)
	e.askNotional.subMul(size, price)
}

func (e *exposure) empty() bool { return e.bidSize == u128{} && e.askSize == u128{} }

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
func openOrderMargin(a *state.Account, markets *state.Markets, exp *[state.MarketCount]exposure) *big.Int {
	free := big.NewInt(a.CollateralQuantums)
	free.Mul(free, big.NewInt(state.PriceScale*state.PpmScale))
	for i := range markets {
		mk := &markets[i]
		m := uint8(i + 1)
		e := &exp[i]
		s := big.NewInt(PositionSize(a, m))
		if s.Sign() == 0 && e.empty() {
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
			f.Mul(f, ppmScale)
			n.Abs(n)
			return f.Sub(f, n.Mul(n, imf))
		}
		fb := side(e.bidSize.big(), new(big.Int).Neg(e.bidNotional.big()), true)
		fa := side(e.askSize.big(), e.askNotional.big(), false)
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
	pos := PositionSize(a, o.Market)
	switch {
	case o.Flags&state.FlagReduceOnly != 0:
		return nil
	case o.IsBuy && pos < 0 && remaining <= uint64(-pos), !o.IsBuy && pos > 0 && remaining <= uint64(pos):
		return nil
	}
	var exp [state.MarketCount]exposure
	for i, b := range s.books {
		exp[i] = b.AccountExposure(o.AccountID)
	}
	if r := s.findOrder(exclude); exclude != 0 && r != nil && r.Account() == o.AccountID {
		exp[r.Signed.Msg.Market-1].sub(r.IsBuy(), r.Remaining, r.Price())
	}
	exp[o.Market-1].add(o.IsBuy, remaining, o.LimitPrice)
	if free := openOrderMargin(a, markets, &exp); free.Sign() < 0 {
		return fmt.Errorf("%w: free collateral with open orders %s (quote quantums·10^12)", wire.ErrUndercollateral, free)
	}
	return nil
}

package circuits

import (
	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/state"
)

// risk is an account's margin state at oracle prices (docs/PROTOCOL.md §5), with each position's terms:
//
//	N_k = s_k · P(m_k),  TVs = collateral · S + Σ N_k,  IMRs = Σ |N_k| · imf(m_k, s_k),  MMRs = Σ |N_k| · mmf(m_k, s_k)
//
// with the tiered fractions of docs/PROTOCOL.md §3.3.
type risk struct {
	tv, imr, mmr frontend.Variable
	// empty[k] is 1 when position k is empty (market 0).
	empty   [positionSlots]frontend.Variable
	n, i, m [positionSlots]frontend.Variable
}

// fractions returns P·imf and P·mmf of a position of |size| abs in a market row: the tier's (tierImfN,
// tierMmfN) when tierSize > 0 and abs > tierSize, else the base ones. abs is below 2^49 and tierSize below 2^48.
func (b *builder) fractions(abs, tierSize, imfN, mmfN, tierImfN, tierMmfN frontend.Variable) (frontend.Variable, frontend.Variable) {
	api := b.api
	over := b.nonNeg(api.Sub(abs, tierSize, 1), sizeBits+2)
	tiered := api.Mul(over, api.Sub(1, api.IsZero(tierSize)))
	return b.pick(tiered, tierImfN, imfN), b.pick(tiered, tierMmfN, mmfN)
}

// settled is an account after its settlement (docs/PROTOCOL.md §5): the settlement, the collateral and
// position words after it, its positions as they then are, and its risk.
type settled struct {
	// settle is ⌈owed / S⌉ when active, else 0; the insurance fund receives it.
	settle     frontend.Variable
	collateral frontend.Variable
	// pos are the position words with every cached index set to its market's index and every position in a
	// settled market emptied.
	pos [positionSlots]frontend.Variable
	// market and size are the positions after the settlement (0 where a settled market's position was).
	market, size [positionSlots]frontend.Variable
	r            *risk
}

// settle settles a when active is 1 (and changes nothing when it is 0): funding at the indices of table t, and
// every position in a settled market closed at its price. It asserts the settled collateral lies in
// (−2^63, 2^63) and returns the settled account with its risk. It asserts, for every position, market ≤ M and
// |size| < 2^48, and, when active, that an empty position (market 0) has size 0 and funding index 0.
func (b *builder) settle(active frontend.Variable, a *AccountVars, t *marketTable) *settled {
	api := b.api
	s := &settled{r: new(risk)}
	var owed frontend.Variable = 0
	var hs [positionSlots][]frontend.Variable
	var empty [positionSlots]frontend.Variable
	for k := range a.Positions {
		p := &a.Positions[k]
		h := b.oneHot(p.Market, marketCount+1)
		hs[k] = h
		b.zeroWhen(api.Mul(active, h[0]), p.Size)
		b.zeroWhen(api.Mul(active, h[0]), p.FundingIndex)
		idx := b.dot(h, t.funding[:])
		closed := b.dot(h, t.settled[:])
		keep := api.Sub(1, closed)
		// owed += s · (I − f) − closed · s · P.
		owed = api.Add(owed, api.Mul(p.Size, api.Sub(idx, p.FundingIndex)),
			api.Neg(api.Mul(api.Mul(closed, p.Size), b.dot(h, t.price[:]))))
		s.market[k] = api.Mul(keep, p.Market)
		s.size[k] = api.Mul(keep, p.Size)
		empty[k] = api.Add(h[0], closed)
		s.pos[k] = b.positionWord(s.market[k], s.size[k], api.Mul(keep, idx))
	}
	// ⌈owed / S⌉ = −⌊−owed / S⌋.
	q := b.floorDiv(api.Neg(owed), priceScale, scaleBits, settleBits+1)
	s.settle = api.Neg(api.Mul(active, q))
	s.collateral = api.Sub(a.Collateral, s.settle)
	b.checkOpen(s.collateral, collateralBits)
	s.r = b.riskOf(s.collateral, s.size, hs, empty, t)
	return s
}

// riskOf computes the risk of an account with the given collateral and position sizes, whose markets'
// one-hot selectors are hs and whose empty flags are empty.
func (b *builder) riskOf(collateral frontend.Variable, size [positionSlots]frontend.Variable, hs [positionSlots][]frontend.Variable,
	empty [positionSlots]frontend.Variable, t *marketTable) *risk {
	api := b.api
	r := new(risk)
	r.tv = api.Mul(collateral, priceScale)
	r.imr, r.mmr = 0, 0
	for k := range size {
		h := hs[k]
		r.empty[k] = empty[k]
		abs, _ := b.abs(size[k], sizeBits)
		imfN, mmfN := b.fractions(abs, b.dot(h, t.tierSize[:]), b.dot(h, t.imfN[:]), b.dot(h, t.mmfN[:]),
			b.dot(h, t.tierImfN[:]), b.dot(h, t.tierMmfN[:]))
		r.n[k] = api.Mul(size[k], b.dot(h, t.price[:]))
		r.i[k] = api.Mul(abs, imfN)
		r.m[k] = api.Mul(abs, mmfN)
		r.tv = api.Add(r.tv, r.n[k])
		r.imr = api.Add(r.imr, r.i[k])
		r.mmr = api.Add(r.mmr, r.m[k])
	}
	return r
}

// marginAfter compares the state after a transaction (tv1, imr1, mmr1) with r0 and returns
// healthy = [TVs1 · 10^6 ≥ IMRs1] and cross = [TVs1 · MMRs0 ≥ TVs0 · MMRs1]. The caller must have bounded
// the after-state fields (collateral, sizes) as for r0.
func (b *builder) marginAfter(r0 *risk, tv1, imr1, mmr1 frontend.Variable) (healthy, cross frontend.Variable) {
	api := b.api
	healthy = b.nonNeg(api.Sub(api.Mul(tv1, ppmScale), imr1), healthBits)
	cross = b.nonNeg(api.Sub(api.Mul(tv1, r0.mmr), api.Mul(r0.tv, mmr1)), crossBits)
	return healthy, cross
}

// marketSel is the traded market's row, read from the table by a one-hot selector.
type marketSel struct {
	price, imfN, mmfN, tierImfN, tierMmfN, tierSize, funding, status, tick, step frontend.Variable
}

func (b *builder) selectMarket(h []frontend.Variable, t *marketTable) marketSel {
	return marketSel{
		price: b.dot(h, t.price[:]), imfN: b.dot(h, t.imfN[:]), mmfN: b.dot(h, t.mmfN[:]),
		tierImfN: b.dot(h, t.tierImfN[:]), tierMmfN: b.dot(h, t.tierMmfN[:]), tierSize: b.dot(h, t.tierSize[:]),
		funding: b.dot(h, t.funding[:]), status: b.dot(h, t.status[:]),
		tick: b.dot(h, t.tick[:]), step: b.dot(h, t.step[:]),
	}
}

// sideOut is one account's position change in a trade.
type sideOut struct {
	// pos are the position words after the trade (the settled words when the slot is not a trade).
	pos [positionSlots]frontend.Variable
	// dTV, dIMR, dMMR are the changes of the position terms (0 when the slot is not a trade).
	dTV, dIMR, dMMR frontend.Variable
	// reducing is 1 when the traded position keeps its sign or becomes 0 and shrinks.
	reducing frontend.Variable
	// fits is 1 when the account holds the market or has an empty position slot; sizeOK when |new size| < 2^48.
	fits, sizeOK frontend.Variable
}

// tradeSide applies a size change delta (signed, non-zero in a trade) in market m to the settled account s.
// isBuy is 1 when the account buys. isTrade and isForced are exclusive booleans: a trade must fit, a forced
// trade applies only if it fits (fits reports it; the caller decides validity).
//
// Rules (asserted when the change applies): the trade uses the position slot holding m; if none does, m is in
// no slot and the trade takes the first empty slot, which gets m. Either way the position's cached index is the
// market's current index (the account is settled). A position whose size returns to 0 is reset to the empty
// position. |new size| < 2^48 is asserted for a trade and reported in sizeOK.
func (b *builder) tradeSide(isTrade, isForced frontend.Variable, s *settled, m frontend.Variable, mkt marketSel,
	delta, isBuy frontend.Variable) sideOut {
	api := b.api
	r := s.r
	in := make([]frontend.Variable, 0, positionSlots+1)
	in = append(in, m)
	in = append(in, s.market[:]...)
	sel, err := api.Compiler().NewHint(positionSlotHint, positionSlots, in...)
	if err != nil {
		panic(err)
	}
	var sum, anyM, anyEmpty, after frontend.Variable = 0, 0, 0, 0
	var hasM [positionSlots]frontend.Variable
	for k := range sel {
		api.AssertIsBoolean(sel[k])
		sum = api.Add(sum, sel[k])
		hasM[k] = api.IsZero(api.Sub(s.market[k], m))
		anyM = api.Add(anyM, hasM[k])
		anyEmpty = api.Add(anyEmpty, r.empty[k])
	}
	api.AssertIsEqual(sum, 1)
	var out sideOut
	out.fits = api.Add(anyM, api.Mul(api.Sub(1, anyM), api.Sub(1, api.IsZero(anyEmpty))))
	apply := api.Add(isTrade, api.Mul(isForced, out.fits))

	var mj, sj frontend.Variable = 0, 0
	hasMj := b.dot(sel, hasM[:])
	for k := range sel {
		mj = api.Add(mj, api.Mul(sel[k], s.market[k]))
		sj = api.Add(sj, api.Mul(sel[k], s.size[k]))
	}
	// Opening (the selected slot does not hold m): m is in no slot, the selected slot is empty and every slot
	// before it is taken.
	opening := api.Mul(apply, api.Sub(1, hasMj))
	b.zeroWhen(opening, anyM)
	b.zeroWhen(opening, mj)
	for k := positionSlots - 1; k >= 0; k-- {
		// after = Σ_{k' > k} sel[k'] is 1 when slot k comes before the selected one.
		b.zeroWhen(api.Mul(opening, after), r.empty[k])
		after = api.Add(after, sel[k])
	}

	s1 := api.Add(sj, delta)
	abs1, nonNeg1 := b.abs(s1, sizeBits+1)
	out.sizeOK = b.nonNeg(api.Sub(state.MaxSize-1, abs1), sizeBits+1)
	b.zeroWhen(isTrade, api.Sub(1, out.sizeOK))
	nz := api.Sub(1, api.IsZero(s1))
	w1 := b.positionWord(api.Mul(m, nz), s1, api.Mul(mkt.funding, nz))
	imfN1, mmfN1 := b.fractions(abs1, mkt.tierSize, mkt.imfN, mkt.mmfN, mkt.tierImfN, mkt.tierMmfN)

	for k := range s.pos {
		out.pos[k] = b.pick(api.Mul(apply, sel[k]), w1, s.pos[k])
	}
	n0, i0, m0 := b.dot(sel, r.n[:]), b.dot(sel, r.i[:]), b.dot(sel, r.m[:])
	out.dTV = api.Mul(apply, api.Sub(api.Mul(s1, mkt.price), n0))
	out.dIMR = api.Mul(apply, api.Sub(api.Mul(abs1, imfN1), i0))
	out.dMMR = api.Mul(apply, api.Sub(api.Mul(abs1, mmfN1), m0))
	// A buyer reduces iff s1 ≤ 0 (then s0 = s1 − q < 0); a seller iff s1 ≥ 0.
	le0 := api.Sub(1, api.Mul(nonNeg1, nz))
	ge0 := api.Sub(1, api.Mul(api.Sub(1, nonNeg1), nz))
	out.reducing = b.pick(isBuy, le0, ge0)
	return out
}

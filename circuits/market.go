package circuits

import (
	"github.com/consensys/gnark/frontend"
)

// MarketVars is one row of the markets table (docs/PROTOCOL.md §3.3).
type MarketVars struct {
	OraclePrice  frontend.Variable
	FundingIndex frontend.Variable
	ImfPpm       frontend.Variable
	MmfPpm       frontend.Variable
	Status       frontend.Variable
	TickSize     frontend.Variable
	StepSize     frontend.Variable
	// TierSize, when not 0, is the |size| above which a position uses TierImfPpm and TierMmfPpm.
	TierSize   frontend.Variable
	TierImfPpm frontend.Variable
	TierMmfPpm frontend.Variable
}

// GlobalsVars are the scalar parts of the state root.
type GlobalsVars struct {
	InsuranceFund   frontend.Variable
	FeePool         frontend.Variable
	SystemTime      frontend.Variable
	LastFundingTime frontend.Variable
}

// marketTable holds the range-checked market parameters indexed by market number; index 0 ("no market") is
// all zeros, so a one-hot selector over 0..M reads a zero row for an empty position.
type marketTable struct {
	price, imfN, mmfN, tierImfN, tierMmfN [marketCount + 1]frontend.Variable // P, P·imf, P·mmf, P·tierImf, P·tierMmf
	funding, status, tick, step, tierSize [marketCount + 1]frontend.Variable
	words                                 [2 * marketCount]frontend.Variable // mw0[1], mw1[1], …
}

// markets range checks the table (oracle price < 2^48 as in docs/PROTOCOL.md §1, fractions < 2^20, the other
// fields to their packed widths) and returns it with its words.
func (b *builder) markets(ms *[marketCount]MarketVars) *marketTable {
	var price, funding [marketCount]frontend.Variable
	for i := range ms {
		m := &ms[i]
		b.check(m.OraclePrice, priceBits)
		b.checkSigned(m.FundingIndex, signedBits)
		b.check(m.ImfPpm, ppmBits)
		b.check(m.MmfPpm, ppmBits)
		b.check(m.Status, statusBits)
		b.check(m.TickSize, u64Bits)
		b.check(m.StepSize, u64Bits)
		b.check(m.TierSize, sizeBits)
		b.check(m.TierImfPpm, ppmBits)
		b.check(m.TierMmfPpm, ppmBits)
		price[i], funding[i] = m.OraclePrice, m.FundingIndex
	}
	return b.table(ms, price, funding)
}

// table returns the table of the range-checked rows ms with the given prices and funding indices (which the
// caller has range checked).
func (b *builder) table(ms *[marketCount]MarketVars, price, funding [marketCount]frontend.Variable) *marketTable {
	t := new(marketTable)
	for _, row := range []*[marketCount + 1]frontend.Variable{&t.price, &t.imfN, &t.mmfN, &t.tierImfN, &t.tierMmfN,
		&t.funding, &t.status, &t.tick, &t.step, &t.tierSize} {
		row[0] = 0
	}
	api := b.api
	for i := range ms {
		m := &ms[i]
		j := i + 1
		p := price[i]
		t.price[j] = p
		t.imfN[j] = api.Mul(p, m.ImfPpm)
		t.mmfN[j] = api.Mul(p, m.MmfPpm)
		t.tierImfN[j] = api.Mul(p, m.TierImfPpm)
		t.tierMmfN[j] = api.Mul(p, m.TierMmfPpm)
		t.funding[j], t.status[j], t.tick[j], t.step[j], t.tierSize[j] = funding[i], m.Status, m.TickSize, m.StepSize, m.TierSize
		t.words[2*i] = pack(api,
			field{p, u64Bits},
			field{b.bias(funding[i], signedBits), signedBits},
			field{m.ImfPpm, fracFieldBits},
			field{m.MmfPpm, fracFieldBits},
			field{m.Status, statusBits})
		t.words[2*i+1] = pack(api,
			field{m.TickSize, u64Bits}, field{m.StepSize, u64Bits},
			field{m.TierSize, sizeBits}, field{m.TierImfPpm, ppmBits}, field{m.TierMmfPpm, ppmBits})
	}
	return t
}

// marketsHash is H(mw0[1], mw1[1], …, mw0[M], mw1[M]).
func (b *builder) marketsHash(t *marketTable) frontend.Variable {
	return b.hash(t.words[:]...)
}

// checkGlobals range checks the globals: insurance fund in the open collateral interval, fee pool and system
// time unsigned 64-bit, last funding time 40-bit.
func (b *builder) checkGlobals(g *GlobalsVars) {
	b.checkOpen(g.InsuranceFund, collateralBits)
	b.check(g.FeePool, u64Bits)
	b.check(g.SystemTime, u64Bits)
	b.check(g.LastFundingTime, fundingTimeBits)
}

// globalsWord packs (insuranceFund + 2^63) | feePool << 64 | systemTime << 128 | lastFundingTime << 192.
func (b *builder) globalsWord(insurance, feePool, systemTime, lastFunding frontend.Variable) frontend.Variable {
	return pack(b.api,
		field{b.bias(insurance, signedBits), signedBits},
		field{feePool, u64Bits},
		field{systemTime, u64Bits},
		field{lastFunding, fundingTimeBits})
}

// stateRoot is H(accountsRoot, marketsHash, globals).
func (b *builder) stateRoot(accountsRoot, marketsHash, globals frontend.Variable) frontend.Variable {
	return b.hash(accountsRoot, marketsHash, globals)
}

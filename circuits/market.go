package circuits

import (
	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/state"
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
	// LastOracleTime is the timestamp of the last batch that moved a listed price while the market was live.
	LastOracleTime frontend.Variable
}

// GlobalsVars are the scalar parts of the state root.
type GlobalsVars struct {
	InsuranceFund   frontend.Variable
	FeePool         frontend.Variable
	SystemTime      frontend.Variable
	LastFundingTime frontend.Variable
}

// marketTable holds the range-checked market parameters indexed by market number; index 0 ("no market") is
// all zeros, so a one-hot selector over 0..M reads a zero row for an empty position. A MarketParams slot
// changes a row (withParams); every later slot reads the changed table.
type marketTable struct {
	price, imf, mmf, tierImf, tierMmf     [marketCount + 1]frontend.Variable
	imfN, mmfN, tierImfN, tierMmfN        [marketCount + 1]frontend.Variable // P·imf, P·mmf, P·tierImf, P·tierMmf
	funding, status, tick, step, tierSize [marketCount + 1]frontend.Variable
	// lastOracle is each market's last oracle time (docs/PROTOCOL.md §3.3).
	lastOracle [marketCount + 1]frontend.Variable
	// settled[j] is 1 when market j is settled (docs/PROTOCOL.md §3.3); settled[0] = 0.
	settled [marketCount + 1]frontend.Variable
}

// markets range checks the table (oracle price < 2^48 as in docs/PROTOCOL.md §1, fractions < 2^20, the other
// fields to their packed widths) and returns it.
func (b *builder) markets(ms *[marketCount]MarketVars) *marketTable {
	var price, funding, last [marketCount]frontend.Variable
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
		b.check(m.LastOracleTime, oracleTimeBits)
		price[i], funding[i], last[i] = m.OraclePrice, m.FundingIndex, m.LastOracleTime
	}
	return b.table(ms, price, funding, last)
}

// table returns the table of the range-checked rows ms with the given prices, funding indices and last oracle
// times (which the caller has range checked).
func (b *builder) table(ms *[marketCount]MarketVars, price, funding, last [marketCount]frontend.Variable) *marketTable {
	t := new(marketTable)
	for _, row := range t.rows() {
		row[0] = 0
	}
	for i := range ms {
		m := &ms[i]
		j := i + 1
		t.price[j], t.funding[j], t.lastOracle[j] = price[i], funding[i], last[i]
		t.imf[j], t.mmf[j], t.tierImf[j], t.tierMmf[j] = m.ImfPpm, m.MmfPpm, m.TierImfPpm, m.TierMmfPpm
		t.status[j], t.tick[j], t.step[j], t.tierSize[j] = m.Status, m.TickSize, m.StepSize, m.TierSize
	}
	b.derive(t)
	return t
}

func (t *marketTable) rows() []*[marketCount + 1]frontend.Variable {
	return []*[marketCount + 1]frontend.Variable{&t.price, &t.imf, &t.mmf, &t.tierImf, &t.tierMmf,
		&t.imfN, &t.mmfN, &t.tierImfN, &t.tierMmfN, &t.funding, &t.status, &t.tick, &t.step, &t.tierSize, &t.settled, &t.lastOracle}
}

// derive sets the rows computed from the others: the price-weighted fractions and the settled flags.
func (b *builder) derive(t *marketTable) {
	api := b.api
	for j := 1; j <= marketCount; j++ {
		p := t.price[j]
		t.imfN[j] = api.Mul(p, t.imf[j])
		t.mmfN[j] = api.Mul(p, t.mmf[j])
		t.tierImfN[j] = api.Mul(p, t.tierImf[j])
		t.tierMmfN[j] = api.Mul(p, t.tierMmf[j])
		t.settled[j] = api.IsZero(api.Sub(t.status[j], state.MarketSettled))
	}
}

// withParams returns the table with market row h (one-hot over 0..M) given status and fractions when apply
// is 1, and t's values when it is 0.
func (b *builder) withParams(t *marketTable, apply frontend.Variable, h []frontend.Variable, status, imf, mmf, tierImf, tierMmf frontend.Variable) *marketTable {
	api := b.api
	out := *t
	for j := 1; j <= marketCount; j++ {
		s := api.Mul(apply, h[j])
		out.status[j] = b.pick(s, status, t.status[j])
		out.imf[j] = b.pick(s, imf, t.imf[j])
		out.mmf[j] = b.pick(s, mmf, t.mmf[j])
		out.tierImf[j] = b.pick(s, tierImf, t.tierImf[j])
		out.tierMmf[j] = b.pick(s, tierMmf, t.tierMmf[j])
	}
	b.derive(&out)
	return &out
}

// marketsHash is H(mw0[1], mw1[1], …, mw0[M], mw1[M]) of docs/PROTOCOL.md §3.3.
func (b *builder) marketsHash(t *marketTable) frontend.Variable {
	api := b.api
	words := make([]frontend.Variable, 0, 2*marketCount)
	for j := 1; j <= marketCount; j++ {
		words = append(words,
			pack(api,
				field{t.price[j], u64Bits},
				field{b.bias(t.funding[j], signedBits), signedBits},
				field{t.imf[j], fracFieldBits},
				field{t.mmf[j], fracFieldBits},
				field{t.status[j], statusBits},
				field{t.lastOracle[j], oracleTimeBits}),
			pack(api,
				field{t.tick[j], u64Bits}, field{t.step[j], u64Bits},
				field{t.tierSize[j], sizeBits}, field{t.tierImf[j], ppmBits}, field{t.tierMmf[j], ppmBits}))
	}
	return b.hash(words...)
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

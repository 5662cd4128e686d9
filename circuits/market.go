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
}

// GlobalsVars are the scalar parts of the state root.
type GlobalsVars struct {
	InsuranceFund frontend.Variable
	FeePool       frontend.Variable
	SystemTime    frontend.Variable
}

// marketTable holds the range-checked market parameters indexed by market number; index 0 ("no market") is
// all zeros, so a one-hot selector over 0..M reads a zero row for an empty position.
type marketTable struct {
	price, imfN, mmfN           [marketCount + 1]frontend.Variable // P, P·imf, P·mmf
	funding, status, tick, step [marketCount + 1]frontend.Variable
	words                       [2 * marketCount]frontend.Variable // mw0[1], mw1[1], …
}

// markets range checks the table (oracle price < 2^48 as in docs/PROTOCOL.md §1, fractions < 2^20, the other
// fields to their packed widths) and returns it with its words.
func (b *builder) markets(ms *[marketCount]MarketVars) *marketTable {
	t := new(marketTable)
	for _, row := range []*[marketCount + 1]frontend.Variable{&t.price, &t.imfN, &t.mmfN, &t.funding, &t.status, &t.tick, &t.step} {
		row[0] = 0
	}
	for i := range ms {
		m := &ms[i]
		b.check(m.OraclePrice, priceBits)
		b.checkSigned(m.FundingIndex, signedBits)
		b.check(m.ImfPpm, ppmBits)
		b.check(m.MmfPpm, ppmBits)
		b.check(m.Status, statusBits)
		b.check(m.TickSize, u64Bits)
		b.check(m.StepSize, u64Bits)
		j := i + 1
		t.price[j] = m.OraclePrice
		t.imfN[j] = b.api.Mul(m.OraclePrice, m.ImfPpm)
		t.mmfN[j] = b.api.Mul(m.OraclePrice, m.MmfPpm)
		t.funding[j], t.status[j], t.tick[j], t.step[j] = m.FundingIndex, m.Status, m.TickSize, m.StepSize
		t.words[2*i] = pack(b.api,
			field{m.OraclePrice, u64Bits},
			field{b.bias(m.FundingIndex, signedBits), signedBits},
			field{m.ImfPpm, fracFieldBits},
			field{m.MmfPpm, fracFieldBits},
			field{m.Status, statusBits})
		t.words[2*i+1] = pack(b.api, field{m.TickSize, u64Bits}, field{m.StepSize, u64Bits})
	}
	return t
}

// marketsHash is H(mw0[1], mw1[1], …, mw0[M], mw1[M]).
func (b *builder) marketsHash(t *marketTable) frontend.Variable {
	return b.hash(t.words[:]...)
}

// checkGlobals range checks the globals: insurance fund in the open collateral interval, fee pool and system
// time unsigned 64-bit.
func (b *builder) checkGlobals(g *GlobalsVars) {
	b.checkOpen(g.InsuranceFund, collateralBits)
	b.check(g.FeePool, u64Bits)
	b.check(g.SystemTime, u64Bits)
}

// globalsWord packs (insuranceFund + 2^63) | feePool << 64 | systemTime << 128.
func (b *builder) globalsWord(insurance, feePool, systemTime frontend.Variable) frontend.Variable {
	return pack(b.api,
		field{b.bias(insurance, signedBits), signedBits},
		field{feePool, u64Bits},
		field{systemTime, u64Bits})
}

// stateRoot is H(accountsRoot, marketsHash, globals).
func (b *builder) stateRoot(accountsRoot, marketsHash, globals frontend.Variable) frontend.Variable {
	return b.hash(accountsRoot, marketsHash, globals)
}

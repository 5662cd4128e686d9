package circuits

import (
	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/state"
)

// KeyVars is a public key.
type KeyVars struct {
	X, Y frontend.Variable
}

// ConfigVars is the configuration the batch enforces (docs/PROTOCOL.md §3.4); the circuit hashes it into the
// header's config hash.
type ConfigVars struct {
	OracleKeys             [oracleKeys]KeyVars
	MaxFundingRatePpm      frontend.Variable
	FundingIntervalSeconds frontend.Variable
	OracleMaxAgeSeconds    frontend.Variable
	LiquidationFeePpm      frontend.Variable
}

// OracleReportVars is one signed oracle report: the index of the configuration key that signed it, its
// timestamp, a price per market and the signature.
type OracleReportVars struct {
	Signer    frontend.Variable
	Timestamp frontend.Variable
	Prices    [marketCount]frontend.Variable
	Sig       SignatureVars
}

// MarketUpdateVars witnesses a batch's market update (docs/PROTOCOL.md §5): the record's prices and funding
// rates, and the oracle reports. Update is a private flag chosen by the prover: 0 skips the reports (their
// checks verify DummySignature under DevPubKey) and is only satisfiable when every price is unchanged.
type MarketUpdateVars struct {
	Update   frontend.Variable
	Prices   [marketCount]frontend.Variable
	RatesPpm [marketCount]frontend.Variable
	Reports  [oracleQuorum]OracleReportVars
}

// configHash range checks the configuration (each params field to its width, maxFundingRatePpm ≤
// MaxFundingRatePpm, fundingIntervalSeconds > 0, liquidationFeePpm ≤ 10^6) and returns
// H(DomainConfig, key[0].X, key[0].Y, …, key[4].X, key[4].Y, params).
func (b *builder) configHash(c *ConfigVars) frontend.Variable {
	b.checkAtMost(c.MaxFundingRatePpm, state.MaxFundingRatePpm, maxRateBits)
	b.check(c.FundingIntervalSeconds, intervalBits)
	b.check(b.api.Sub(c.FundingIntervalSeconds, 1), intervalBits)
	b.check(c.OracleMaxAgeSeconds, maxAgeBits)
	b.checkAtMost(c.LiquidationFeePpm, ppmScale, ppmBits)
	params := pack(b.api,
		field{c.MaxFundingRatePpm, maxRateBits}, field{c.FundingIntervalSeconds, intervalBits},
		field{c.OracleMaxAgeSeconds, maxAgeBits}, field{c.LiquidationFeePpm, ppmBits})
	words := []frontend.Variable{state.DomainConfig}
	for _, k := range c.OracleKeys {
		words = append(words, k.X, k.Y)
	}
	return b.hash(append(words, params)...)
}

// marketUpdateOut is what the market update gives the batch.
type marketUpdateOut struct {
	// table is the markets table after the update, which every slot reads.
	table *marketTable
	// lastFunding is the globals' last funding time after the update.
	lastFunding frontend.Variable
	// record is the market record, the first record of the pubdata.
	record [marketRecordSize]frontend.Variable
}

// marketUpdate applies a market update to the range-checked table ms at the batch timestamp ts (docs/PROTOCOL.md
// §5 "Market update"), with lastFunding the old globals' last funding time:
//   - an unlisted market's record price and rate are 0 and its table row is unchanged;
//   - every listed market's record price is in [1, 2^48); without an update, and for a settled market, it
//     equals the old price; otherwise it is the median of the three reports' prices, and the reports are signed
//     by configuration keys with strictly increasing indices, at timestamps t with t ≤ ts, ts − t ≤
//     oracleMaxAgeSeconds and t > every active or reduce-only market's last oracle time (oracleTimes);
//   - when a listed price moves, every active or reduce-only market's last oracle time becomes ts;
//   - a funding tick happens iff ts ≥ lastFunding + fundingIntervalSeconds; then lastFunding := ts and each
//     active or reduce-only market's index moves by ⌊ρ · P / 10^6⌋ (P the new price, |ρ| ≤ maxFundingRatePpm, the index stays in
//     (−2^63, 2^63)); otherwise every rate is 0.
func (b *builder) marketUpdate(ms *[marketCount]MarketVars, cfg *ConfigVars, lastFunding, ts frontend.Variable,
	u *MarketUpdateVars) (marketUpdateOut, error) {
	api := b.api
	upd := u.Update
	api.AssertIsBoolean(upd)

	if err := b.checkReports(cfg, ts, u); err != nil {
		return marketUpdateOut{}, err
	}

	// Funding tick: |ts − last − interval| < 2^65.
	tick := b.nonNeg(api.Sub(ts, lastFunding, cfg.FundingIntervalSeconds), u64Bits+1)
	var out marketUpdateOut
	out.lastFunding = b.pick(tick, ts, lastFunding)
	b.check(out.lastFunding, fundingTimeBits)

	var price, funding [marketCount]frontend.Variable
	for i := range ms {
		m := &ms[i]
		listed := api.Sub(1, api.IsZero(m.Status))
		settled := api.IsZero(api.Sub(m.Status, state.MarketSettled))
		live := api.Sub(listed, settled)
		p := u.Prices[i]
		// Record price: 0 when unlisted, else in [1, 2^48); a settled market's is its old price.
		pBytes := b.bytesBE(p, priceBits/8)
		b.zeroWhen(api.Sub(1, listed), p)
		b.checkWhen(listed, api.Sub(p, 1), priceBits)
		b.zeroWhen(api.Add(api.Mul(listed, api.Sub(1, upd)), api.Mul(settled, upd)), api.Sub(p, m.OraclePrice))
		med := b.median3(u.Reports[0].Prices[i], u.Reports[1].Prices[i], u.Reports[2].Prices[i])
		b.zeroWhen(api.Mul(live, upd), api.Sub(p, med))
		price[i] = b.pick(listed, p, m.OraclePrice)

		// Rate: |ρ| ≤ maxFundingRatePpm, 0 without a tick or when unlisted or settled.
		rho := u.RatesPpm[i]
		absRho, pos := b.abs(rho, rateBits-1)
		b.check(api.Sub(cfg.MaxFundingRatePpm, absRho), maxRateBits)
		b.zeroWhen(api.Sub(1, api.Mul(tick, live)), rho)
		// Two's complement: ρ + 2^16 when ρ < 0 (the sign of 0 is pinned by the byte range).
		rhoBytes := b.bytesBE(api.Add(rho, api.Mul(api.Sub(1, pos), pow2(rateBits))), rateBits/8)

		// Index: I += ⌊ρ · P / 10^6⌋, |ρ · P| < 2^63.
		d := b.floorDiv(api.Mul(rho, price[i]), ppmScale, ppmBits, signedBits)
		funding[i] = api.Add(m.FundingIndex, d)
		b.checkOpen(funding[i], signedBits)

		copy(out.record[8*i:], pBytes)
		copy(out.record[8*i+priceBits/8:], rhoBytes)
	}
	out.table = b.table(ms, price, funding, b.oracleTimes(ms, ts, u))
	return out, nil
}

// median3 returns the median of three values below 2^48, by a sorting network of three comparisons.
func (b *builder) median3(x, y, z frontend.Variable) frontend.Variable {
	le := b.nonNeg(b.api.Sub(y, x), priceBits) // x ≤ y
	lo, hi := b.pick(le, x, y), b.pick(le, y, x)
	hz := b.nonNeg(b.api.Sub(z, hi), priceBits) // hi ≤ z
	m := b.pick(hz, hi, z)                      // min(hi, z)
	ml := b.nonNeg(b.api.Sub(m, lo), priceBits) // lo ≤ m
	return b.pick(ml, m, lo)                    // max(lo, min(hi, z))
}

// floorDiv returns ⌊x / d⌋ (toward −∞) for a constant d < 2^dBits and a signed x whose quotient has
// |⌊x/d⌋| < 2^(qBits−1): the hinted quotient q satisfies 0 ≤ x − d·q < d.
func (b *builder) floorDiv(x frontend.Variable, d uint64, dBits, qBits int) frontend.Variable {
	out, err := b.api.Compiler().NewHint(floorDivHint, 1, d, x)
	if err != nil {
		panic(err)
	}
	q := out[0]
	b.checkSigned(q, qBits)
	b.checkAtMost(b.api.Sub(x, b.api.Mul(q, d)), d-1, dBits)
	return q
}

// checkReports checks a market update's reports at the batch timestamp ts when u.Update is 1: signer one-hot
// over the configuration keys, indices strictly increasing, each report fresh (t ≤ ts, ts − t ≤
// oracleMaxAgeSeconds) and signed by its key. When u.Update is 0 the signatures verify DummySignature under
// DevPubKey.
func (b *builder) checkReports(cfg *ConfigVars, ts frontend.Variable, u *MarketUpdateVars) error {
	api, upd := b.api, u.Update
	dev := DevPubKey()
	devX, devY := state.BigOf(dev.X), state.BigOf(dev.Y)
	for j := range u.Reports {
		r := &u.Reports[j]
		h := b.oneHot(r.Signer, oracleKeys)
		if j > 0 {
			b.checkWhen(upd, api.Sub(r.Signer, u.Reports[j-1].Signer, 1), signerBits)
		}
		var kx, ky frontend.Variable = 0, 0
		for i, k := range cfg.OracleKeys {
			kx = api.Add(kx, api.Mul(h[i], k.X))
			ky = api.Add(ky, api.Mul(h[i], k.Y))
		}
		b.check(r.Timestamp, fundingTimeBits)
		age := api.Sub(ts, r.Timestamp)
		b.checkWhen(upd, age, u64Bits)
		b.checkWhen(upd, api.Sub(cfg.OracleMaxAgeSeconds, age), u64Bits)
		var words [2]frontend.Variable
		for w := range words {
			fs := make([]field, 0, marketCount/2)
			for i := 0; i < marketCount/2; i++ {
				p := r.Prices[w*marketCount/2+i]
				b.check(p, priceBits)
				fs = append(fs, field{p, priceBits})
			}
			words[w] = pack(api, fs...)
		}
		msg := b.hash(state.DomainOracle, r.Timestamp, words[0], words[1])
		if err := b.verifySig(b.pick(upd, kx, devX), b.pick(upd, ky, devY), b.pick(upd, msg, DummyMessage), r.Sig); err != nil {
			return err
		}
	}
	return nil
}

// oracleTimes returns each market's last oracle time after the update (docs/PROTOCOL.md §5 "Market update"):
// when the update has reports, each report must be strictly newer than the last oracle time of every active or
// reduce-only market; when the record moves a listed price, every active or reduce-only market's last oracle
// time becomes ts (< 2^40), which the pubdata shows; otherwise it is unchanged.
func (b *builder) oracleTimes(ms *[marketCount]MarketVars, ts frontend.Variable, u *MarketUpdateVars) [marketCount]frontend.Variable {
	api := b.api
	var live [marketCount]frontend.Variable
	var still frontend.Variable = 1
	for i := range ms {
		m := &ms[i]
		listed := api.Sub(1, api.IsZero(m.Status))
		live[i] = api.Sub(listed, api.IsZero(api.Sub(m.Status, state.MarketSettled)))
		moved := api.Mul(listed, api.Sub(1, api.IsZero(api.Sub(u.Prices[i], m.OraclePrice))))
		still = api.Mul(still, api.Sub(1, moved))
	}
	moved := api.Sub(1, still)
	b.check(api.Mul(moved, ts), oracleTimeBits)
	var out [marketCount]frontend.Variable
	for i := range ms {
		last := ms[i].LastOracleTime
		newer := api.Mul(u.Update, live[i])
		for j := range u.Reports {
			b.checkWhen(newer, api.Sub(u.Reports[j].Timestamp, last, 1), oracleTimeBits)
		}
		out[i] = b.pick(api.Mul(moved, live[i]), ts, last)
	}
	return out
}

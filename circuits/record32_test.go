package circuits

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/test"

	"github.com/perpx/perpx/state"
)

// compactRecordCircuit computes a slot's compact record from its fields and asserts it equals Record: the
// differential check of the circuit's layouts against state.Record.EncodeCompact (docs/PROTOCOL.md §6.1).
type compactRecordCircuit struct {
	Flags [9]frontend.Variable // deposit, trade, withdrawal, forced withdrawal, transfer, liquidate, deleverage, forced trade, market params

	Market, Buy, Mode, Valid, TradeValid                frontend.Variable
	IDA, IDB, Amount, Address, AddressB, KeyX, KeyY     frontend.Variable
	Fill, Price, Quote, SlotA, SlotB, NonceA, NonceB    frontend.Variable
	TakerFeePpm, MakerFeePpm, LiquidationFee, InsurePay frontend.Variable
	Status, ImfPpm, MmfPpm, TierImfPpm, TierMmfPpm      frontend.Variable
	Record                                              [compactRecordSize]frontend.Variable `gnark:",public"`
}

func (c *compactRecordCircuit) Define(api frontend.API) error {
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	t := &TxVars{IsDeposit: c.Flags[0], IsTrade: c.Flags[1], IsWithdrawal: c.Flags[2], IsForcedWithdrawal: c.Flags[3],
		IsTransfer: c.Flags[4], IsLiquidate: c.Flags[5], IsDeleverage: c.Flags[6], IsForcedTrade: c.Flags[7], IsMarketParams: c.Flags[8]}
	f := b.flags(t)
	b.check(c.SlotA, slotDepth)
	b.check(c.SlotB, slotDepth)
	xOdd := b.lowBit(b.fieldBytes(c.KeyX)[wordBytes-1])
	l, r := b.tagWords(f, c.KeyY, xOdd, c.Address, c.AddressB)
	fields := compactFields{
		market: c.Market, buy: c.Buy, mode: c.Mode, valid: c.Valid, tradeValid: c.TradeValid,
		idA: b.bytesBE(c.IDA, 3), idB: b.bytesBE(c.IDB, 3), amount: b.bytesBE(c.Amount, amountBits/8),
		address: b.bytesBE(c.Address, addressBits/8), fill: b.bytesBE(c.Fill, sizeBits/8), price: b.bytesBE(c.Price, priceBits/8),
		quote: b.bytesBE(c.Quote, quoteBytes),
		params: concat([]frontend.Variable{c.Status}, b.bytesBE(c.ImfPpm, 3), b.bytesBE(c.MmfPpm, 3),
			b.bytesBE(c.TierImfPpm, 3), b.bytesBE(c.TierMmfPpm, 3)),
		slotA: c.SlotA, slotB: c.SlotB, nonceA: c.NonceA, nonceB: c.NonceB,
		takerFeePpm: c.TakerFeePpm, makerFeePpm: c.MakerFeePpm, liquidationFee: c.LiquidationFee, insurancePay: c.InsurePay,
		tagL: l, tagR: r,
	}
	out := b.compactRecord(f, &fields)
	for i := range out {
		api.AssertIsEqual(out[i], c.Record[i])
	}
	return nil
}

func addrVar(a state.L1Address) *big.Int { return new(big.Int).SetBytes(a[:]) }

// assignCompact returns the assignment of r's fields (everything else zero) and its encoding.
func assignCompact(t *testing.T, r state.Record) *compactRecordCircuit {
	t.Helper()
	enc, err := r.EncodeCompact()
	if err != nil {
		t.Fatalf("%+v: %v", r, err)
	}
	c := &compactRecordCircuit{}
	for _, p := range []*frontend.Variable{&c.Market, &c.Buy, &c.Mode, &c.Valid, &c.TradeValid, &c.IDA, &c.IDB, &c.Amount,
		&c.Address, &c.AddressB, &c.KeyX, &c.KeyY, &c.Fill, &c.Price, &c.Quote, &c.SlotA, &c.SlotB, &c.NonceA, &c.NonceB,
		&c.TakerFeePpm, &c.MakerFeePpm, &c.LiquidationFee, &c.InsurePay, &c.Status, &c.ImfPpm, &c.MmfPpm, &c.TierImfPpm, &c.TierMmfPpm} {
		*p = 0
	}
	for i := range c.Flags {
		c.Flags[i] = 0
	}
	for i := range enc {
		c.Record[i] = enc[i]
	}
	switch {
	case r.Deposit != nil:
		d := r.Deposit
		key, err := state.DecompressPubKey(d.PubKey)
		if err != nil {
			t.Fatal(err)
		}
		c.Flags[0], c.IDA, c.Amount, c.Address = 1, d.AccountID, d.AmountQuantums, addrVar(d.L1Address)
		c.KeyX, c.KeyY = state.BigOf(key.X), state.BigOf(key.Y)
	case r.Trade != nil:
		x := r.Trade
		c.Flags[1], c.Market, c.Buy, c.IDA, c.IDB = 1, x.Market, boolVar(x.TakerIsBuy), x.TakerAccount, x.MakerAccount
		c.Fill, c.Price, c.TakerFeePpm, c.MakerFeePpm = x.SizeQuantums, x.Price, x.TakerFeePpm, x.MakerFeePpm
		c.SlotA, c.NonceA, c.SlotB, c.NonceB = x.TakerSlot, x.TakerNonce, x.MakerSlot, x.MakerNonce
	case r.Withdrawal != nil:
		w := r.Withdrawal
		c.Flags[2], c.IDA, c.Amount, c.Address, c.SlotA, c.NonceA = 1, w.AccountID, w.AmountQuantums, addrVar(w.L1Address), w.Slot, w.Nonce
	case r.ForcedWithdrawal != nil:
		w := r.ForcedWithdrawal
		c.Flags[3], c.IDA, c.Amount, c.Address, c.Valid = 1, w.AccountID, w.AmountQuantums, addrVar(w.L1Address), boolVar(w.Valid)
	case r.Transfer != nil:
		x := r.Transfer
		c.Flags[4], c.IDA, c.IDB, c.Amount, c.SlotA, c.NonceA, c.Mode = 1, x.FromAccount, x.ToAccount, x.AmountQuantums, x.Slot, x.Nonce, x.MarginMode
	case r.Liquidate != nil:
		l := r.Liquidate
		c.Flags[5], c.Market, c.Buy, c.IDA, c.IDB = 1, l.Market, boolVar(l.LiquidatedIsBuy), l.Liquidated, l.Liquidator
		c.Fill, c.Price, c.MakerFeePpm, c.SlotB, c.NonceB = l.SizeQuantums, l.Price, l.LiquidatorFeePpm, l.LiquidatorSlot, l.LiquidatorNonce
		c.LiquidationFee, c.InsurePay = l.LiquidationFee, l.InsurancePayQuant
	case r.Deleverage != nil:
		d := r.Deleverage
		c.Flags[6], c.Market, c.Buy, c.IDA, c.IDB = 1, d.Market, boolVar(d.DeleveragedIsBuy), d.Deleveraged, d.Counterparty
		c.Fill, c.Quote = d.SizeQuantums, d.QuoteQuantums
	case r.ForcedTrade != nil:
		x := r.ForcedTrade
		c.Flags[7], c.Market, c.Buy, c.IDA, c.IDB = 1, x.Market, boolVar(x.AIsBuy), x.AccountA, x.AccountB
		c.Fill, c.Price, c.Address, c.AddressB, c.TradeValid = x.SizeQuantums, x.Price, addrVar(x.AddrA), addrVar(x.AddrB), boolVar(x.Valid)
	case r.MarketParams != nil:
		m := r.MarketParams
		c.Flags[8], c.Market, c.Status = 1, m.Market, m.Status
		c.ImfPpm, c.MmfPpm, c.TierImfPpm, c.TierMmfPpm = m.ImfPpm, m.MmfPpm, m.TierImfPpm, m.TierMmfPpm
	}
	return c
}

// compactCases returns records of every type, fields at their compact limits or random within them.
func compactCases(rng *rand.Rand) []state.Record {
	var a, b state.L1Address
	for i := range a {
		a[i], b[i] = byte(rng.Uint32()), byte(rng.Uint32())
	}
	top := uint32(1<<state.AccountTreeDepth - 1)
	maxSlot := uint16(1<<state.SlotTreeDepth - 1)
	size, price := uint64(1<<48-1), uint64(7*state.PriceScale)
	fee := func(r uint32) uint64 { f, _ := state.TradeFee(size, price, r); return f }
	key := DevPubKey().Compressed()
	return []state.Record{
		{},
		{Deposit: &state.DepositRecord{AccountID: rng.Uint32N(1 << 23), AmountQuantums: state.MaxAmount - 1, L1Address: a, PubKey: key}},
		{Trade: &state.TradeRecord{Market: state.MarketCount, TakerIsBuy: true, TakerAccount: top, MakerAccount: rng.Uint32N(1 << 24),
			SizeQuantums: size, Price: price, TakerFeePpm: state.MaxFeeRatePpm, MakerFeePpm: 200, TakerFee: fee(state.MaxFeeRatePpm),
			MakerFee: fee(200), TakerSlot: maxSlot, TakerNonce: state.MaxRecordNonce, MakerSlot: 3, MakerNonce: rng.Uint32N(1 << 24)}},
		{Withdrawal: &state.WithdrawalRecord{AccountID: top, AmountQuantums: 1, L1Address: b, Slot: maxSlot, Nonce: state.MaxRecordNonce}},
		{ForcedWithdrawal: &state.ForcedWithdrawalRecord{AccountID: 9, AmountQuantums: state.MaxAmount - 1, L1Address: a, Valid: true}},
		{Transfer: &state.TransferRecord{FromAccount: 1, ToAccount: top, AmountQuantums: 77, Slot: 5, Nonce: state.MaxRecordNonce,
			MarginMode: state.MarketCount}},
		{Liquidate: &state.LiquidateRecord{Market: 2, LiquidatedIsBuy: true, Liquidated: 6, Liquidator: top, SizeQuantums: size,
			Price: price, LiquidatorFeePpm: 500, LiquidatorFee: fee(500), LiquidatorSlot: maxSlot, LiquidatorNonce: state.MaxRecordNonce,
			InsurancePayQuant: state.MaxInsurancePay - 1}},
		{Liquidate: &state.LiquidateRecord{Market: 1, Liquidated: 6, Liquidator: 7, SizeQuantums: size, Price: price,
			LiquidatorFeePpm: state.MaxFeeRatePpm, LiquidatorFee: fee(state.MaxFeeRatePpm), LiquidatorSlot: 1, LiquidatorNonce: 2,
			LiquidationFee: 1<<48 - 1}},
		{Deleverage: &state.DeleverageRecord{Market: 3, DeleveragedIsBuy: true, Deleveraged: top, Counterparty: 4, SizeQuantums: size,
			QuoteQuantums: 1<<64 - 1}},
		{ForcedTrade: &state.ForcedTradeRecord{Market: 4, AIsBuy: true, AccountA: 4, AccountB: top, SizeQuantums: size,
			Price: 1<<48 - 1, AddrA: a, AddrB: b, Valid: true}},
		{ForcedTrade: &state.ForcedTradeRecord{Market: 5, AccountA: 4, AccountB: 5, SizeQuantums: 1, Price: 1, AddrA: b, AddrB: a}},
		{MarketParams: &state.MarketParamsRecord{Market: state.MarketCount, Status: state.MarketReduceOnly, ImfPpm: 1<<24 - 1,
			MmfPpm: 1, TierImfPpm: 500_000, TierMmfPpm: 250_000}},
		randomTrade(rng),
		randomTrade(rng),
	}
}

// randomTrade returns a trade with random fields within the compact limits and fees derived from its rates.
func randomTrade(rng *rand.Rand) state.Record {
	size, price := rng.Uint64N(1<<40), state.PriceScale*(1+rng.Uint64N(1<<20))
	tr, mr := rng.Uint32N(state.MaxFeeRatePpm+1), rng.Uint32N(state.MaxFeeRatePpm+1)
	tf, _ := state.TradeFee(size, price, tr)
	mf, _ := state.TradeFee(size, price, mr)
	return state.Record{Trade: &state.TradeRecord{Market: uint8(1 + rng.IntN(state.MarketCount)), TakerIsBuy: rng.IntN(2) == 0,
		TakerAccount: rng.Uint32N(1 << 24), MakerAccount: rng.Uint32N(1 << 24), SizeQuantums: size, Price: price,
		TakerFeePpm: tr, MakerFeePpm: mr, TakerFee: tf, MakerFee: mf, TakerSlot: uint16(rng.Uint32N(1 << 12)),
		TakerNonce: rng.Uint32N(1 << 24), MakerSlot: uint16(rng.Uint32N(1 << 12)), MakerNonce: rng.Uint32N(1 << 24)}}
}

// TestCompactRecordCircuit checks the circuit's compact layouts byte for byte against state.EncodeCompact for
// every record type, and rejects a record with one byte changed, a nonce or a fee rate beyond its compact width,
// and a wrong tag input.
func TestCompactRecordCircuit(t *testing.T) {
	rng := rand.New(rand.NewPCG(32, 33))
	for i, r := range compactCases(rng) {
		valid := func() *compactRecordCircuit { return assignCompact(t, r) }
		mutations := map[string]func(c *compactRecordCircuit){
			"byte flipped": func(c *compactRecordCircuit) { c.Record[i%compactRecordSize] = 1 + rng.Uint32N(200) },
			"last byte + 1": func(c *compactRecordCircuit) {
				c.Record[compactRecordSize-1] = new(big.Int).Add(big.NewInt(0).SetUint64(uint64(valid().Record[compactRecordSize-1].(byte))), big.NewInt(1))
			},
			"nonce 2^24":    func(c *compactRecordCircuit) { c.NonceA = 1 << state.RecordNonceBits },
			"fee rate 2^15": func(c *compactRecordCircuit) { c.TakerFeePpm = 1 << state.FeeRateBits },
			"address + 1":   func(c *compactRecordCircuit) { c.Address = new(big.Int).Add(c.Address.(*big.Int), big.NewInt(1)) },
		}
		opts := []test.TestingOption{test.WithValidAssignment(valid())}
		for name, m := range mutations {
			if name == "address + 1" && r.Deposit == nil && r.Withdrawal == nil && r.ForcedWithdrawal == nil && r.ForcedTrade == nil {
				continue
			}
			if name == "byte flipped" && valid().Record[i%compactRecordSize].(byte) != 0 {
				continue
			}
			c := valid()
			m(c)
			opts = append(opts, test.WithInvalidAssignment(c))
		}
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			test.NewAssert(t).CheckCircuit(&compactRecordCircuit{}, append(opts, gadgetOptions()...)...)
		})
	}
}

// blankCompactFields returns compact record fields that are all zero, of the widths compactRecord expects, for
// the vector circuits to fill in.
func blankCompactFields() compactFields {
	zeros := func(n int) []frontend.Variable {
		z := make([]frontend.Variable, n)
		for i := range z {
			z[i] = 0
		}
		return z
	}
	return compactFields{market: 0, buy: 0, mode: 0, valid: 0, tradeValid: 0,
		idA: zeros(recordIDBytes), idB: zeros(recordIDBytes), amount: zeros(amountBits / 8), address: zeros(addressBits / 8),
		fill: zeros(sizeBits / 8), price: zeros(priceBits / 8), quote: zeros(quoteBytes), params: zeros(1 + 4*fracBytes),
		slotA: 0, slotB: 0, nonceA: 0, nonceB: 0, takerFeePpm: 0, makerFeePpm: 0, liquidationFee: 0, insurancePay: 0,
		tagL: 0, tagR: 0}
}

// TestCompactRecordCost logs the R1CS of the compact record gadget (its tag hash, the tag's canonical bytes, the
// packed fields' decompositions and the layouts' sums), the figure PROTOCOL §6.1 weighs against the half
// SHA-256 block a 32-byte record saves (the former 64-byte gadget from the same inputs measured 1,173).
func TestCompactRecordCost(t *testing.T) {
	full, err := frontend.Compile(scalarField, r1cs.NewBuilder, &compactRecordCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("compact record circuit: %d R1CS (inputs' decompositions included)", full.GetNbConstraints())
}

// TestCompactCommitmentCost logs the R1CS of the batch commitment (SHA-256 over header ‖ market record ‖ slot
// records) with the former 64-byte and with today's 32-byte slot records, for batches of 2 and 128 slots: what
// the compact records save per slot (docs/PROTOCOL.md §6.1).
func TestCompactCommitmentCost(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles four SHA-256 circuits")
	}
	const formerRecordSize = 64
	cost := func(n, size int) int {
		c := &commitmentCircuit{Msg: make([]frontend.Variable, headerSize+marketRecordSize+n*size)}
		ccs, err := frontend.Compile(scalarField, r1cs.NewBuilder, c)
		if err != nil {
			t.Fatal(err)
		}
		return ccs.GetNbConstraints()
	}
	for _, n := range []int{2, 128} {
		wide, compact := cost(n, formerRecordSize), cost(n, compactRecordSize)
		t.Logf("batch of %d: SHA-256 commitment %d R1CS with 64-byte records, %d with 32-byte records: %d less per slot",
			n, wide, compact, (wide-compact)/n)
	}
}

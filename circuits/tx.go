package circuits

import (
	"math/big"

	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/state"
)

// AccountUpdateVars witnesses one account-leaf update: the account id, the leaf before the update and the
// siblings of its 4-ary path, leaf level first, three a level, in the tree as it is at the moment of the update.
// The leaf after the update is computed in-circuit.
type AccountUpdateVars struct {
	ID       frontend.Variable
	Before   AccountVars
	Siblings [accountProofLen]frontend.Variable
}

// SlotVars witnesses one order-slot update: the slot index, the slot's nonce and filled amount before the
// update, and the siblings of its 4-ary path in the account's slot tree, leaf level first, three a level.
type SlotVars struct {
	Slot     frontend.Variable
	Nonce    frontend.Variable
	Filled   frontend.Variable
	Siblings [slotProofLen]frontend.Variable
}

// MessageVars are the fields of a signed message that the slot does not take from elsewhere: the account id,
// slot, market and side come from the account update, the slot update and the trade. In a withdrawal or a
// transfer only Nonce and Expiry are used (amount, address and mode are TxVars fields).
type MessageVars struct {
	Nonce      frontend.Variable
	Expiry     frontend.Variable
	Flags      frontend.Variable
	MaxFeePpm  frontend.Variable
	Size       frontend.Variable
	LimitPrice frontend.Variable
}

// MarketParamsVars are a MarketParams slot's new status and fractions (docs/PROTOCOL.md §5).
type MarketParamsVars struct {
	Status, ImfPpm, MmfPpm, TierImfPpm, TierMmfPpm frontend.Variable
}

// TxVars is the witness of one batch slot, chosen by nine boolean flags (all zero for a no-op).
//
// Deposit: A is the account. Trade: A is the taker, B the maker; SlotA/MsgA/SigA are the taker's order,
// SlotB/MsgB/SigB the maker's. Withdrawal: A, SlotA, MsgA (nonce, expiry), SigA. Forced withdrawal: A, Amount
// and L1Address (the requester's); the circuit computes whether it is valid. Transfer: A the sender with SlotA,
// MsgA (nonce, expiry) and SigA, B the receiver, Amount and MarginMode. Liquidate: A the liquidated account, B
// the liquidator with its maker order SlotB/MsgB/SigB, TakerIsBuy the liquidated side, TakerFee the liquidation
// fee, MakerFee the liquidator's fee at the rate MakerFeePpm, InsurancePay the fund's payment to A. Deleverage: A the bankrupt account,
// B the counterparty, TakerIsBuy A's side, Quote the cash. Forced trade: A the requester's account, B the
// counterparty's, TakerIsBuy A's side, FillSize and MsgB.LimitPrice the size and price, L1Address and
// L1AddressB the two owners' addresses; the circuit computes whether it is valid. Market params: Market and
// Params. Fields a type does not use are zero, except the signatures, which are DummySignature.
type TxVars struct {
	IsDeposit, IsTrade, IsWithdrawal, IsForcedWithdrawal frontend.Variable
	IsTransfer, IsLiquidate, IsDeleverage                frontend.Variable
	IsForcedTrade, IsMarketParams                        frontend.Variable

	A, B         AccountUpdateVars
	SlotA, SlotB SlotVars

	// Market and TakerIsBuy are the traded market and A's side; B's side is the opposite.
	Market, TakerIsBuy frontend.Variable
	MsgA, MsgB         MessageVars
	SigA, SigB         SignatureVars
	// FillSize is the fill q; the price of a trade or a liquidation is the maker's limit price.
	FillSize, TakerFee, MakerFee frontend.Variable
	// TakerFeePpm and MakerFeePpm are a trade's fee rates (a liquidation's liquidator rate is MakerFeePpm): the
	// compact record carries them, and each fee is ceil(quote · rate / 10^6) (docs/PROTOCOL.md §6.1).
	TakerFeePpm, MakerFeePpm frontend.Variable
	// InsurancePay is what the insurance fund pays a liquidated account (below 2^48, the compact record's width).
	InsurancePay frontend.Variable
	// Quote is a deleveraging's cash (u64).
	Quote frontend.Variable

	// Amount and L1Address belong to a deposit, a withdrawal, a forced withdrawal or (Amount) a transfer.
	Amount, L1Address frontend.Variable
	// DepositKeyX, DepositKeyY are a deposit's public key.
	DepositKeyX, DepositKeyY frontend.Variable
	// MarginMode is a transfer's signed margin mode of a created receiver.
	MarginMode frontend.Variable
	// L1AddressB is a forced trade's consenting address (B's owner).
	L1AddressB frontend.Variable
	// Params are a MarketParams slot's new values.
	Params MarketParamsVars
}

// txOut is what a slot contributes to the batch.
type txOut struct {
	root frontend.Variable
	// table is the markets table after the slot (changed only by a MarketParams slot).
	table     *marketTable
	fees      frontend.Variable
	insurance frontend.Variable
	record    [compactRecordSize]frontend.Variable
	// l1 is 1 when L1 acts on the record (BatchBody.L1).
	l1 frontend.Variable
}

// slotUpdate applies the order-slot rule of docs/PROTOCOL.md §3.2 to slot s of a slot tree with root root and
// returns the new root. fill (a trade) and consume (a withdrawal) are exclusive booleans; when both are 0 the
// slot is untouched and root is returned. A fill of q under an order of the given size and nonce needs
// nonce ≥ slot nonce and filled + q ≤ size, where filled restarts at 0 for a larger nonce, and stores
// (nonce, filled + q); a withdrawal needs nonce > slot nonce and stores (nonce, 2^64 − 1).
func (b *builder) slotUpdate(s *SlotVars, bits []frontend.Variable, root, fill, consume, nonce, size, q frontend.Variable) frontend.Variable {
	api := b.api
	active := api.Add(fill, consume)
	b.check(s.Nonce, nonceBits)
	b.check(s.Filled, u64Bits)
	b.checkWhen(active, api.Sub(nonce, 1), nonceBits)
	d := api.Sub(nonce, s.Nonce)
	ge := b.nonNeg(d, nonceBits)
	eq := api.IsZero(d)
	b.zeroWhen(fill, api.Sub(1, ge))
	b.zeroWhen(consume, api.Sub(api.Add(1, eq), ge))
	filled := api.Add(api.Mul(eq, s.Filled), q)
	b.checkWhen(fill, api.Sub(size, filled), sizeBits)
	consumed := new(big.Int).SetUint64(state.SlotConsumed)
	after := api.Add(api.Mul(fill, filled), api.Mul(consume, consumed))
	oldLeaf := api.Add(s.Filled, api.Mul(s.Nonce, pow2(u64Bits)))
	newLeaf := api.Add(after, api.Mul(nonce, pow2(u64Bits)))
	return b.pathUpdate(active, root, oldLeaf, newLeaf, bits, s.Siblings[:])
}

// checkMessage range checks a message's fields to their packed widths and bounds: expiry < 2^40, flags < 2^8,
// maxFeePpm ≤ MaxFeePpm, size < 2^48.
func (b *builder) checkMessage(m *MessageVars) {
	b.check(m.Expiry, expiryBits)
	b.check(m.Flags, flagsBits)
	b.checkAtMost(m.MaxFeePpm, state.MaxFeePpm, ppmBits)
	b.check(m.Size, sizeBits)
}

// orderWords packs o1 and o2 of docs/PROTOCOL.md §4.
func (b *builder) orderWords(id, market, isBuy, slot frontend.Variable, m *MessageVars) (o1, o2 frontend.Variable) {
	o1 = pack(b.api,
		field{id, accountIDBits}, field{market, marketBits}, field{isBuy, 1}, field{m.Flags, flagsBits},
		field{slot, msgSlotBits}, field{m.Nonce, nonceBits}, field{m.Expiry, expiryBits}, field{m.MaxFeePpm, ppmBits})
	o2 = pack(b.api, field{m.Size, u64Bits}, field{m.LimitPrice, u64Bits})
	return o1, o2
}

// withdrawalWords packs w1 and w2 of docs/PROTOCOL.md §4.
func (b *builder) withdrawalWords(id, slot, nonce, expiry, amount, address frontend.Variable) (w1, w2 frontend.Variable) {
	w1 = pack(b.api, field{id, accountIDBits}, field{slot, msgSlotBits}, field{nonce, nonceBits}, field{expiry, expiryBits})
	w2 = pack(b.api, field{amount, u64Bits}, field{address, addressBits})
	return w1, w2
}

// transferWords packs t1 and t2 of docs/PROTOCOL.md §4.
func (b *builder) transferWords(from, to, slot, nonce, expiry, amount, mode frontend.Variable) (t1, t2 frontend.Variable) {
	t1 = pack(b.api, field{from, accountIDBits}, field{to, accountIDBits}, field{slot, msgSlotBits},
		field{nonce, nonceBits}, field{expiry, expiryBits})
	t2 = pack(b.api, field{amount, u64Bits}, field{mode, marketBits})
	return t1, t2
}

// txFlags are a slot's type flags and the unions the rules are gated by.
type txFlags struct {
	dep, trade, w, fw, transfer, liq, del, ft, mp frontend.Variable
	// signA: A signs (trade, withdrawal, transfer); signB: B signs a maker order (trade, liquidate).
	signA, signB frontend.Variable
	// activeA, activeB: the slot updates A, B (a forced trade updates both, valid or not).
	activeA, activeB frontend.Variable
	// moves: positions change (trade, liquidate, deleverage).
	moves frontend.Variable
}

func (b *builder) flags(t *TxVars) txFlags {
	api := b.api
	f := txFlags{dep: t.IsDeposit, trade: t.IsTrade, w: t.IsWithdrawal, fw: t.IsForcedWithdrawal,
		transfer: t.IsTransfer, liq: t.IsLiquidate, del: t.IsDeleverage, ft: t.IsForcedTrade, mp: t.IsMarketParams}
	all := []frontend.Variable{f.dep, f.trade, f.w, f.fw, f.transfer, f.liq, f.del, f.ft, f.mp}
	for _, x := range all {
		api.AssertIsBoolean(x)
	}
	api.AssertIsBoolean(api.Add(all[0], all[1], all[2:]...))
	f.signA = api.Add(f.trade, f.w, f.transfer)
	f.signB = api.Add(f.trade, f.liq)
	f.moves = api.Add(f.trade, f.liq, f.del)
	f.activeB = api.Add(f.moves, f.transfer, f.ft)
	f.activeA = api.Add(f.activeB, f.dep, f.w, f.fw)
	return f
}

// tx applies slot t to the accounts tree with root root and the markets table mk, with the insurance fund at
// insurance, and returns the new root, the table after the slot, the fees it adds to the fee pool, the
// insurance fund after it and its 32-byte compact pubdata record (docs/PROTOCOL.md §6.1). Every constraint is present whatever the type; the
// type flags gate which ones must hold. Its steps (tx_steps.go) are named after the clauses of
// docs/PROTOCOL.md §5, as the engine's are, and run in a fixed order: the order fixes the constraint system,
// hence the proving keys.
func (b *builder) tx(t *TxVars, root frontend.Variable, mk *marketTable, timestamp, insurance, liqFeePpm frontend.Variable) (txOut, error) {
	api := b.api
	c := b.beginTx(t)
	f, idA, idB := c.f, c.idA, c.idB

	// Range checks of the fields the record carries, by their byte decomposition.
	cf := compactFields{
		amount: b.bytesBE(t.Amount, amountBits/8), address: b.bytesBE(t.L1Address, addressBits/8),
		fill: b.bytesBE(t.FillSize, sizeBits/8), price: b.bytesBE(t.MsgB.LimitPrice, priceBits/8),
		quote: b.bytesBE(t.Quote, quoteBytes),
		idA:   bitsToBytes(api, idA, recordIDBytes), idB: bitsToBytes(api, idB, recordIDBytes),
		market: t.Market, buy: t.TakerIsBuy, mode: t.MarginMode,
		slotA: t.SlotA.Slot, slotB: t.SlotB.Slot, nonceA: t.MsgA.Nonce, nonceB: t.MsgB.Nonce,
		takerFeePpm: t.TakerFeePpm, makerFeePpm: t.MakerFeePpm,
		liquidationFee: api.Mul(f.liq, t.TakerFee), insurancePay: api.Mul(f.liq, t.InsurancePay),
	}
	b.checkBounds(c)
	b.readMarket(c, mk)
	b.settleAccounts(c, mk)
	if err := b.checkSignatures(c); err != nil {
		return txOut{}, err
	}
	b.checkTradeTerms(c)
	if err := b.exactQuote(c); err != nil {
		return txOut{}, err
	}
	b.chargeFees(c, liqFeePpm)
	b.checkExpiry(c, timestamp)
	b.checkDistinctAccounts(c)
	b.checkMarginMode(c)
	b.checkOwner(c)
	b.checkAmount(c)
	b.updateSlots(c)
	b.applyFill(c)
	b.checkReduceOnlyMarket(c)
	b.moveCash(c)
	b.marginAfterSlot(c)
	b.forcedVerdicts(c)
	b.applyCash(c)
	b.checkMargin(c)
	ins1 := b.payInsurance(c, insurance)
	b.riskRules(f, t, c.mkt.status, c.sA.r, c.sideA, c.sideB, c.tvA1, c.mmrA1, c.crossA, c.insA0, c.insA1)
	b.createReceiver(c)
	root = b.writeLeaves(c, root)

	var out txOut
	out.root = root
	out.table = b.marketParams(f.mp, c.hm, c.mkt, &t.Params, mk, &cf)
	out.fees = b.payFees(c)
	out.insurance = ins1
	cf.valid = c.forcedValid
	cf.tradeValid = c.tradeValid
	xOdd := b.lowBit(b.fieldBytes(t.DepositKeyX)[wordBytes-1])
	cf.tagL, cf.tagR = b.tagWords(f, t.DepositKeyY, xOdd, t.L1Address, t.L1AddressB)
	out.record = b.compactRecord(f, &cf)
	out.l1 = api.Add(f.dep, f.w, f.fw, f.ft, f.mp)
	return out, nil
}

// weight returns flag · v, without a constraint when v is the constant 0.
func (b *builder) weight(flag, v frontend.Variable) frontend.Variable {
	if c, ok := b.api.Compiler().ConstantValue(v); ok && c.Sign() == 0 {
		return 0
	}
	return b.api.Mul(flag, v)
}

// bitsToBytes returns the n big-endian bytes of a little-endian bit decomposition (missing bits are 0).
func bitsToBytes(api frontend.API, bits []frontend.Variable, n int) []frontend.Variable {
	out := make([]frontend.Variable, n)
	for i := range out {
		var acc frontend.Variable = 0
		for j := 0; j < 8; j++ {
			k := 8*(n-1-i) + j
			if k < len(bits) {
				acc = api.Add(acc, api.Mul(bits[k], 1<<j))
			}
		}
		out[i] = acc
	}
	return out
}

func concat(parts ...[]frontend.Variable) []frontend.Variable {
	var out []frontend.Variable
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

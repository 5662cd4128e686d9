package circuits

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"

	"github.com/perpx/perpx/state"
)

// ErrTrace reports a transaction trace that cannot be turned into a witness.
var ErrTrace = errors.New("circuits: trace cannot be assigned")

// AssignAccount returns the witness of an account leaf.
func AssignAccount(a *state.Account) AccountVars {
	v := AccountVars{
		PubKeyX:    state.BigOf(a.PubKey.X),
		PubKeyY:    state.BigOf(a.PubKey.Y),
		L1Address:  new(big.Int).SetBytes(a.L1Address[:]),
		Collateral: big.NewInt(a.CollateralQuantums),
		MarginMode: uint64(a.MarginMode),
		SlotRoot:   state.BigOf(a.SlotRoot),
	}
	for k, p := range a.Positions {
		v.Positions[k] = PositionVars{Market: uint64(p.Market), Size: big.NewInt(p.SizeQuantums), FundingIndex: big.NewInt(p.FundingIndex)}
	}
	return v
}

// AssignMarkets returns the witness of the markets table.
func AssignMarkets(t *state.Markets) [marketCount]MarketVars {
	var out [marketCount]MarketVars
	for i := range t {
		m := &t[i]
		out[i] = MarketVars{
			OraclePrice: m.OraclePrice, FundingIndex: big.NewInt(m.FundingIndex),
			ImfPpm: uint64(m.ImfPpm), MmfPpm: uint64(m.MmfPpm), Status: uint64(m.Status),
			TickSize: m.TickSize, StepSize: m.StepSize,
			TierSize: m.TierSizeQuantums, TierImfPpm: uint64(m.TierImfPpm), TierMmfPpm: uint64(m.TierMmfPpm),
			LastOracleTime: m.LastOracleTimeSeconds,
		}
	}
	return out
}

// AssignGlobals returns the witness of the globals.
func AssignGlobals(g state.Globals) GlobalsVars {
	return GlobalsVars{InsuranceFund: big.NewInt(g.InsuranceFundQuantums), FeePool: g.FeePoolQuantums,
		SystemTime: g.SystemTimeSeconds, LastFundingTime: g.LastFundingTimeSeconds}
}

// AssignConfig returns the witness of a configuration.
func AssignConfig(c *state.Config) ConfigVars {
	v := ConfigVars{
		MaxFundingRatePpm: uint64(c.MaxFundingRatePpm), FundingIntervalSeconds: uint64(c.FundingIntervalSeconds),
		OracleMaxAgeSeconds: uint64(c.OracleMaxAgeSeconds), LiquidationFeePpm: uint64(c.LiquidationFeePpm),
	}
	for i, k := range c.OracleKeys {
		v.OracleKeys[i] = KeyVars{X: state.BigOf(k.X), Y: state.BigOf(k.Y)}
	}
	return v
}

// AssignMarketUpdate returns the witness of a market update. Without reports (no price changed) the update
// flag is 0 and the report checks carry DummySignature; otherwise it needs exactly OracleQuorum reports.
func AssignMarketUpdate(u *state.MarketUpdate) (MarketUpdateVars, error) {
	var v MarketUpdateVars
	v.Update = 0
	for i := range u.Record.Prices {
		v.Prices[i] = u.Record.Prices[i]
		v.RatesPpm[i] = big.NewInt(int64(u.Record.RatesPpm[i]))
	}
	dummy, err := AssignSignature(DummySignature())
	if err != nil {
		return v, err
	}
	for j := range v.Reports {
		r := &v.Reports[j]
		r.Signer, r.Timestamp, r.Sig = 0, 0, dummy
		for i := range r.Prices {
			r.Prices[i] = 0
		}
	}
	if len(u.Reports) == 0 {
		return v, nil
	}
	if len(u.Reports) != len(v.Reports) {
		return v, fmt.Errorf("%w: %d oracle reports, want %d", ErrTrace, len(u.Reports), len(v.Reports))
	}
	v.Update = 1
	for j, sr := range u.Reports {
		r := &v.Reports[j]
		r.Signer, r.Timestamp = uint64(sr.Signer), sr.Report.TimestampSeconds
		for i, p := range sr.Report.Prices {
			r.Prices[i] = p
		}
		if r.Sig, err = AssignSignature(sr.Sig); err != nil {
			return v, err
		}
	}
	return v, nil
}

// AssignSignature returns the witness of a signature: R decompressed and S.
func AssignSignature(s state.Signature) (SignatureVars, error) {
	var sig eddsa.Signature
	if _, err := sig.SetBytes(s[:]); err != nil {
		return SignatureVars{}, fmt.Errorf("%w: signature: %v", ErrTrace, err)
	}
	var v SignatureVars
	v.R.X = state.BigOf(sig.R.X)
	v.R.Y = state.BigOf(sig.R.Y)
	v.S = new(big.Int).SetBytes(sig.S[:])
	return v, nil
}

func zeroAccountUpdate() AccountUpdateVars {
	var u AccountUpdateVars
	u.ID = 0
	u.Before = AssignAccount(&state.Account{})
	for i := range u.Siblings {
		u.Siblings[i] = 0
	}
	return u
}

func assignAccountUpdate(u *state.AccountUpdate) AccountUpdateVars {
	v := AccountUpdateVars{ID: uint64(u.ID), Before: AssignAccount(&u.Before)}
	for i, s := range u.Siblings {
		v.Siblings[i] = state.BigOf(s)
	}
	return v
}

func zeroSlot() SlotVars {
	v := SlotVars{Slot: 0, Nonce: 0, Filled: 0}
	for i := range v.Siblings {
		v.Siblings[i] = 0
	}
	return v
}

func assignSlot(u *state.SlotUpdate) SlotVars {
	v := SlotVars{Slot: uint64(u.Slot), Nonce: uint64(u.Before.Nonce), Filled: u.Before.Filled}
	for i, s := range u.Siblings {
		v.Siblings[i] = state.BigOf(s)
	}
	return v
}

func zeroMessage() MessageVars {
	return MessageVars{Nonce: 0, Expiry: 0, Flags: 0, MaxFeePpm: 0, Size: 0, LimitPrice: 0}
}

func assignOrder(o *state.OrderMsg) MessageVars {
	return MessageVars{
		Nonce: uint64(o.Nonce), Expiry: o.ExpirySeconds, Flags: uint64(o.Flags),
		MaxFeePpm: uint64(o.MaxFeePpm), Size: o.SizeQuantums, LimitPrice: o.LimitPrice,
	}
}

// AssignTx returns the witness of one slot from the trace of a transaction. The trace may be that of a
// rejected transaction: the witness is then one the circuit rejects. A trace that lacks a part its type needs,
// or whose signature or deposit key bytes do not decode, returns an error wrapping ErrTrace. Each type's fields
// are assigned by the function named after its docs/PROTOCOL.md §5 clause (assignDeposit, assignTrade, …).
func AssignTx(tx *state.TxTrace) (TxVars, error) {
	if tx == nil {
		return TxVars{}, fmt.Errorf("%w: no trace", ErrTrace)
	}
	v, err := noOpTx()
	if err != nil {
		return TxVars{}, err
	}
	r := &tx.Record
	switch {
	case r.Deposit != nil:
		err = assignDeposit(&v, tx)
	case r.Trade != nil:
		err = assignTrade(&v, tx)
	case r.Withdrawal != nil:
		err = assignWithdrawal(&v, tx)
	case r.ForcedWithdrawal != nil:
		err = assignForcedWithdrawal(&v, tx)
	case r.Transfer != nil:
		err = assignTransfer(&v, tx)
	case r.Liquidate != nil:
		err = assignLiquidate(&v, tx)
	case r.Deleverage != nil:
		err = assignDeleverage(&v, tx)
	case r.ForcedTrade != nil:
		err = assignForcedTrade(&v, tx)
	case r.MarketParams != nil:
		assignMarketParams(&v, r.MarketParams)
	}
	return v, err
}

// noOpTx returns the witness of a no-op slot: every flag and field 0, both signatures DummySignature.
func noOpTx() (TxVars, error) {
	dummy, err := AssignSignature(DummySignature())
	if err != nil {
		return TxVars{}, err
	}
	return TxVars{
		IsDeposit: 0, IsTrade: 0, IsWithdrawal: 0, IsForcedWithdrawal: 0,
		IsTransfer: 0, IsLiquidate: 0, IsDeleverage: 0, IsForcedTrade: 0, IsMarketParams: 0,
		A: zeroAccountUpdate(), B: zeroAccountUpdate(),
		SlotA: zeroSlot(), SlotB: zeroSlot(),
		Market: 0, TakerIsBuy: 0,
		MsgA: zeroMessage(), MsgB: zeroMessage(),
		SigA: dummy, SigB: dummy,
		FillSize: 0, TakerFee: 0, MakerFee: 0, TakerFeePpm: 0, MakerFeePpm: 0, InsurancePay: 0, Quote: 0,
		Amount: 0, L1Address: 0, DepositKeyX: 0, DepositKeyY: 0, MarginMode: 0, L1AddressB: 0,
		Params: MarketParamsVars{Status: 0, ImfPpm: 0, MmfPpm: 0, TierImfPpm: 0, TierMmfPpm: 0},
	}, nil
}

// assignDeposit assigns a deposit (docs/PROTOCOL.md §5 "Deposit"): A, the amount, the L1 address and the key.
func assignDeposit(v *TxVars, tx *state.TxTrace) error {
	if tx.A == nil {
		return fmt.Errorf("%w: deposit without an account update", ErrTrace)
	}
	d := tx.Record.Deposit
	key, err := state.DecompressPubKey(d.PubKey)
	if err != nil {
		return fmt.Errorf("%w: deposit key: %v", ErrTrace, err)
	}
	v.IsDeposit = 1
	v.A = assignAccountUpdate(tx.A)
	v.Amount = d.AmountQuantums
	v.L1Address = new(big.Int).SetBytes(d.L1Address[:])
	v.DepositKeyX, v.DepositKeyY = state.BigOf(key.X), state.BigOf(key.Y)
	return nil
}

// assignTrade assigns a trade (docs/PROTOCOL.md §5 "Trade"): both accounts, slots, orders and signatures, the
// fill and the fees.
func assignTrade(v *TxVars, tx *state.TxTrace) error {
	if tx.A == nil || tx.B == nil || tx.SlotA == nil || tx.SlotB == nil || tx.Taker == nil || tx.Maker == nil {
		return fmt.Errorf("%w: trade without both accounts, slots and orders", ErrTrace)
	}
	t := tx.Record.Trade
	v.IsTrade = 1
	v.A, v.B = assignAccountUpdate(tx.A), assignAccountUpdate(tx.B)
	v.SlotA, v.SlotB = assignSlot(tx.SlotA), assignSlot(tx.SlotB)
	v.Market = uint64(t.Market)
	v.TakerIsBuy = boolVar(t.TakerIsBuy)
	v.MsgA, v.MsgB = assignOrder(&tx.Taker.Msg), assignOrder(&tx.Maker.Msg)
	var err error
	if v.SigA, err = AssignSignature(tx.Taker.Sig); err != nil {
		return err
	}
	if v.SigB, err = AssignSignature(tx.Maker.Sig); err != nil {
		return err
	}
	v.FillSize, v.TakerFee, v.MakerFee = t.SizeQuantums, t.TakerFee, t.MakerFee
	v.TakerFeePpm, v.MakerFeePpm = uint64(t.TakerFeePpm), uint64(t.MakerFeePpm)
	return nil
}

// assignWithdrawal assigns a withdrawal (docs/PROTOCOL.md §5 "Withdrawal"): A, its slot, the message's nonce,
// expiry, amount and address, and its signature.
func assignWithdrawal(v *TxVars, tx *state.TxTrace) error {
	if tx.A == nil || tx.SlotA == nil || tx.Withdrawal == nil {
		return fmt.Errorf("%w: withdrawal without account, slot and message", ErrTrace)
	}
	m := &tx.Withdrawal.Msg
	v.IsWithdrawal = 1
	v.A = assignAccountUpdate(tx.A)
	v.SlotA = assignSlot(tx.SlotA)
	v.MsgA.Nonce, v.MsgA.Expiry = uint64(m.Nonce), m.ExpirySeconds
	v.Amount = m.AmountQuantums
	v.L1Address = new(big.Int).SetBytes(m.L1Address[:])
	var err error
	v.SigA, err = AssignSignature(tx.Withdrawal.Sig)
	return err
}

// assignForcedWithdrawal assigns a forced withdrawal (docs/PROTOCOL.md §5 "Forced withdrawal"): A, the amount
// and the requester's address; the circuit computes the verdict.
func assignForcedWithdrawal(v *TxVars, tx *state.TxTrace) error {
	if tx.A == nil {
		return fmt.Errorf("%w: forced withdrawal without an account update", ErrTrace)
	}
	v.IsForcedWithdrawal = 1
	v.A = assignAccountUpdate(tx.A)
	v.Amount = tx.Record.ForcedWithdrawal.AmountQuantums
	v.L1Address = new(big.Int).SetBytes(tx.Record.ForcedWithdrawal.L1Address[:])
	return nil
}

// assignTransfer assigns a transfer (docs/PROTOCOL.md §5 "Transfer"): both accounts, the sender's slot, the
// message's nonce, expiry, amount and margin mode, and its signature.
func assignTransfer(v *TxVars, tx *state.TxTrace) error {
	if tx.A == nil || tx.B == nil || tx.SlotA == nil || tx.Transfer == nil {
		return fmt.Errorf("%w: transfer without both accounts, slot and message", ErrTrace)
	}
	m := &tx.Transfer.Msg
	v.IsTransfer = 1
	v.A, v.B = assignAccountUpdate(tx.A), assignAccountUpdate(tx.B)
	v.SlotA = assignSlot(tx.SlotA)
	v.MsgA.Nonce, v.MsgA.Expiry = uint64(m.Nonce), m.ExpirySeconds
	v.Amount = m.AmountQuantums
	v.MarginMode = uint64(m.MarginMode)
	var err error
	v.SigA, err = AssignSignature(tx.Transfer.Sig)
	return err
}

// assignLiquidate assigns a liquidation (docs/PROTOCOL.md §5 "Liquidate"): both accounts, the liquidator's slot,
// order and signature, the fill, the liquidation and liquidator fees and the insurance payment.
func assignLiquidate(v *TxVars, tx *state.TxTrace) error {
	if tx.A == nil || tx.B == nil || tx.SlotB == nil || tx.Maker == nil {
		return fmt.Errorf("%w: liquidation without both accounts, the liquidator's slot and order", ErrTrace)
	}
	l := tx.Record.Liquidate
	v.IsLiquidate = 1
	v.A, v.B = assignAccountUpdate(tx.A), assignAccountUpdate(tx.B)
	v.SlotB = assignSlot(tx.SlotB)
	v.Market = uint64(l.Market)
	v.TakerIsBuy = boolVar(l.LiquidatedIsBuy)
	v.MsgB = assignOrder(&tx.Maker.Msg)
	var err error
	if v.SigB, err = AssignSignature(tx.Maker.Sig); err != nil {
		return err
	}
	v.FillSize, v.TakerFee, v.MakerFee, v.InsurancePay = l.SizeQuantums, l.LiquidationFee, l.LiquidatorFee, l.InsurancePayQuant
	v.MakerFeePpm = uint64(l.LiquidatorFeePpm)
	return nil
}

// assignDeleverage assigns a deleveraging (docs/PROTOCOL.md §5 "Deleverage"): both accounts, A's side, the size
// and the quote.
func assignDeleverage(v *TxVars, tx *state.TxTrace) error {
	if tx.A == nil || tx.B == nil {
		return fmt.Errorf("%w: deleveraging without both accounts", ErrTrace)
	}
	d := tx.Record.Deleverage
	v.IsDeleverage = 1
	v.A, v.B = assignAccountUpdate(tx.A), assignAccountUpdate(tx.B)
	v.Market = uint64(d.Market)
	v.TakerIsBuy = boolVar(d.DeleveragedIsBuy)
	v.FillSize, v.Quote = d.SizeQuantums, d.QuoteQuantums
	return nil
}

// assignForcedTrade assigns a forced trade (docs/PROTOCOL.md §5 "Forced trade"): both accounts, A's side, the size
// and price, and both owners' addresses; the circuit computes the verdict.
func assignForcedTrade(v *TxVars, tx *state.TxTrace) error {
	if tx.A == nil || tx.B == nil {
		return fmt.Errorf("%w: forced trade without both accounts", ErrTrace)
	}
	t := tx.Record.ForcedTrade
	v.IsForcedTrade = 1
	v.A, v.B = assignAccountUpdate(tx.A), assignAccountUpdate(tx.B)
	v.Market = uint64(t.Market)
	v.TakerIsBuy = boolVar(t.AIsBuy)
	v.FillSize, v.MsgB.LimitPrice = t.SizeQuantums, t.Price
	v.L1Address = new(big.Int).SetBytes(t.AddrA[:])
	v.L1AddressB = new(big.Int).SetBytes(t.AddrB[:])
	return nil
}

// assignMarketParams assigns a MarketParams slot (docs/PROTOCOL.md §5 "Market params"): the market and its new
// status and fractions.
func assignMarketParams(v *TxVars, m *state.MarketParamsRecord) {
	v.IsMarketParams = 1
	v.Market = uint64(m.Market)
	v.Params = MarketParamsVars{Status: uint64(m.Status), ImfPpm: uint64(m.ImfPpm), MmfPpm: uint64(m.MmfPpm),
		TierImfPpm: uint64(m.TierImfPpm), TierMmfPpm: uint64(m.TierMmfPpm)}
}

func boolVar(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

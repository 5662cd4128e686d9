package testkit

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"

	"github.com/perpx/perpx/circuits"
	"github.com/perpx/perpx/state"
)

// OracleKey returns the signing key of configuration oracle i.
func OracleKey(i int) *eddsa.PrivateKey { return Key(1_000_000 + uint64(i)) }

// DefaultConfig returns a configuration with oracle keys OracleKey(0..4), funding rates up to 1,000 ppm per
// hourly tick, reports up to 60 s old and a 1% liquidation fee.
func DefaultConfig() state.Config {
	c := state.Config{MaxFundingRatePpm: 1_000, FundingIntervalSeconds: 3_600, OracleMaxAgeSeconds: 60, LiquidationFeePpm: 10_000}
	for i := range c.OracleKeys {
		c.OracleKeys[i] = PubKey(OracleKey(i))
	}
	return c
}

// settle returns account id and the account after its funding settlement, which the insurance fund receives.
func (w *World) settle(id uint32) (before, after state.Account) {
	before = w.Account(id)
	after = before
	s, err := state.SettleFunding(&after, &w.Markets)
	if err != nil {
		panic(fmt.Sprintf("testkit: settle %d: %v", id, err))
	}
	w.Globals.InsuranceFundQuantums += s
	return before, after
}

// fill changes a's position in market m by delta (opening it in the first empty slot at the market's index, or
// resetting it when it returns to 0) and its collateral by cash.
func (w *World) fill(a *state.Account, m uint8, delta, cash int64) {
	j := a.PositionIndex(m)
	if j < 0 {
		j = a.FreePositionIndex()
		a.Positions[j] = state.Position{Market: m, FundingIndex: w.Markets.Get(m).FundingIndex}
	}
	a.Positions[j].SizeQuantums += delta
	if a.Positions[j].SizeQuantums == 0 {
		a.Positions[j] = state.Position{}
	}
	a.CollateralQuantums += cash
}

// Quote returns q · p / S (truncated).
func Quote(q, p uint64) uint64 {
	x := new(big.Int).Mul(new(big.Int).SetUint64(q), new(big.Int).SetUint64(p))
	return x.Quo(x, big.NewInt(state.PriceScale)).Uint64()
}

func sign64(buy bool, v uint64) int64 {
	if buy {
		return int64(v)
	}
	return -int64(v)
}

// SignTransfer signs m with the key of its sender.
func (w *World) SignTransfer(m state.TransferMsg) state.SignedTransfer {
	return state.SignedTransfer{Msg: m, Sig: w.sign(m.FromAccount, m.Hash())}
}

// Transfer signs m and applies it.
func (w *World) Transfer(m state.TransferMsg) *state.TxTrace {
	return w.TransferSigned(w.SignTransfer(m))
}

// TransferSigned applies a signed transfer: the sender's slot is consumed, the amount moves and the sender pays
// state.TransferFeeQuantums to the fee pool; an empty
// receiver is created with the sender's key and address and the signed margin mode (and the sender's signing
// key in w.Keys).
func (w *World) TransferSigned(st state.SignedTransfer) *state.TxTrace {
	m := &st.Msg
	beforeA, afterA := w.settle(m.FromAccount)
	su, root := w.updateSlot(m.FromAccount, m.Slot, state.Slot{Nonce: m.Nonce, Filled: state.SlotConsumed})
	afterA.SlotRoot = root
	afterA.CollateralQuantums -= int64(m.AmountQuantums) + state.TransferFeeQuantums
	w.Globals.FeePoolQuantums += state.TransferFeeQuantums
	uA := w.updateAccount(m.FromAccount, beforeA, afterA)
	beforeB, afterB := w.settle(m.ToAccount)
	if beforeB.IsEmpty() {
		afterB.PubKey, afterB.L1Address, afterB.MarginMode = afterA.PubKey, afterA.L1Address, uint16(m.MarginMode)
		if k, ok := w.Keys[m.FromAccount]; ok {
			w.Keys[m.ToAccount] = k
		}
	}
	afterB.CollateralQuantums += int64(m.AmountQuantums)
	uB := w.updateAccount(m.ToAccount, beforeB, afterB)
	return &state.TxTrace{
		Record: state.Record{Transfer: &state.TransferRecord{FromAccount: m.FromAccount, ToAccount: m.ToAccount,
			AmountQuantums: m.AmountQuantums, Slot: m.Slot, Nonce: m.Nonce, MarginMode: m.MarginMode}},
		A: uA, B: uB, SlotA: su, Transfer: &st,
	}
}

// Liquidate signs the liquidator's maker order and closes q of account a's position against it at the
// order's limit price: a pays fee to the insurance fund and receives pay from it; the liquidator pays makerFee
// to the fee pool. The terms are the caller's, so a test can also build traces that break the rules.
func (w *World) Liquidate(a uint32, maker state.OrderMsg, q, fee, makerFee, pay uint64) *state.TxTrace {
	return w.LiquidateSigned(a, w.SignOrder(maker), q, fee, makerFee, pay)
}

// LiquidateSigned is Liquidate with a signed order.
func (w *World) LiquidateSigned(a uint32, maker state.SignedOrder, q, fee, makerFee, pay uint64) *state.TxTrace {
	mk := &maker.Msg
	m, buyA := mk.Market, !mk.IsBuy
	quote := Quote(q, mk.LimitPrice)
	beforeA, afterA := w.settle(a)
	w.fill(&afterA, m, sign64(buyA, q), -sign64(buyA, quote)-int64(fee)+int64(pay))
	uA := w.updateAccount(a, beforeA, afterA)
	w.Globals.InsuranceFundQuantums += int64(fee) - int64(pay)
	id := mk.AccountID
	beforeB, afterB := w.settle(id)
	s := w.Slot(id, mk.Slot)
	filled := uint64(0)
	if mk.Nonce == s.Nonce {
		filled = s.Filled
	}
	su, root := w.updateSlot(id, mk.Slot, state.Slot{Nonce: mk.Nonce, Filled: filled + q})
	afterB.SlotRoot = root
	w.fill(&afterB, m, sign64(mk.IsBuy, q), -sign64(mk.IsBuy, quote)-int64(makerFee))
	uB := w.updateAccount(id, beforeB, afterB)
	w.Globals.FeePoolQuantums += makerFee
	return &state.TxTrace{
		Record: state.Record{Liquidate: &state.LiquidateRecord{Market: m, LiquidatedIsBuy: buyA, Liquidated: a, Liquidator: id,
			SizeQuantums: q, Price: mk.LimitPrice, LiquidationFee: fee, LiquidatorFee: makerFee,
			LiquidatorFeePpm: RateOf(q, mk.LimitPrice, makerFee),
			LiquidatorSlot:   mk.Slot, LiquidatorNonce: mk.Nonce, InsurancePayQuant: pay}},
		A: uA, B: uB, SlotB: su, Maker: &maker,
	}
}

// Deleverage closes q of bankrupt account a's position in market m against account b's opposite position: a
// buys when aIsBuy, and receives cash quote when it sells (pays it when it buys); b the opposite.
func (w *World) Deleverage(a, b uint32, m uint8, aIsBuy bool, q, quote uint64) *state.TxTrace {
	beforeA, afterA := w.settle(a)
	w.fill(&afterA, m, sign64(aIsBuy, q), -sign64(aIsBuy, quote))
	uA := w.updateAccount(a, beforeA, afterA)
	beforeB, afterB := w.settle(b)
	w.fill(&afterB, m, -sign64(aIsBuy, q), sign64(aIsBuy, quote))
	uB := w.updateAccount(b, beforeB, afterB)
	return &state.TxTrace{
		Record: state.Record{Deleverage: &state.DeleverageRecord{Market: m, DeleveragedIsBuy: aIsBuy, Deleveraged: a,
			Counterparty: b, SizeQuantums: q, QuoteQuantums: quote}},
		A: uA, B: uB,
	}
}

// SignReport signs an oracle report with configuration key signer.
func SignReport(signer uint8, r state.OracleReport) state.SignedOracleReport {
	s, err := circuits.SignWord(OracleKey(int(signer)), r.Hash())
	if err != nil {
		panic(err)
	}
	return state.SignedOracleReport{Signer: signer, Report: r, Sig: s}
}

// UpdateMarkets applies the batch's market update at timestamp ts, before any transaction: with reports,
// every listed market's price becomes the median of theirs; without, prices stay. rates are the funding rates
// (which need a due tick). It fails when the update breaks a rule package state checks.
func (b *Batch) UpdateMarkets(ts uint64, reports []state.SignedOracleReport, rates [state.MarketCount]int16) error {
	if b.update != nil || len(b.txs) > 0 {
		return fmt.Errorf("testkit: the market update comes first, once")
	}
	return b.applyUpdate(ts, reports, rates)
}

func (b *Batch) applyUpdate(ts uint64, reports []state.SignedOracleReport, rates [state.MarketCount]int16) error {
	w := b.w
	var rec state.MarketRecord
	rec.RatesPpm = rates
	for i := range w.Markets {
		if w.Markets[i].Status == state.MarketUnlisted {
			continue
		}
		rec.Prices[i] = w.Markets[i].OraclePrice
		if len(reports) == state.OracleQuorum {
			rec.Prices[i] = state.Median3(reports[0].Report.Prices[i], reports[1].Report.Prices[i], reports[2].Report.Prices[i])
		}
	}
	tick, err := state.ApplyMarketRecord(&w.Config, &w.Markets, &w.Globals, ts, &rec)
	if err != nil {
		return err
	}
	b.update = &state.MarketUpdate{Record: rec, Reports: reports, Tick: tick}
	return nil
}

// SetUpdate replaces the sealed market update's record and reports without applying them, for tests that
// build a batch breaking a market update rule. It must follow UpdateMarkets.
func (b *Batch) SetUpdate(u state.MarketUpdate) { b.update = &u }

// ForcedTrade serves a forced trade with the verdict r.Valid: both accounts are settled (A, then B) and, when
// valid, A trades r.SizeQuantums at r.Price on side r.AIsBuy against B without fees. The verdict is the
// caller's, so a test can also build traces that claim the wrong one.
func (w *World) ForcedTrade(r state.ForcedTradeRecord) *state.TxTrace {
	quote := Quote(r.SizeQuantums, r.Price)
	beforeA, afterA := w.settle(r.AccountA)
	if r.Valid {
		w.fill(&afterA, r.Market, sign64(r.AIsBuy, r.SizeQuantums), -sign64(r.AIsBuy, quote))
	}
	uA := w.updateAccount(r.AccountA, beforeA, afterA)
	beforeB, afterB := w.settle(r.AccountB)
	if r.Valid {
		w.fill(&afterB, r.Market, -sign64(r.AIsBuy, r.SizeQuantums), sign64(r.AIsBuy, quote))
	}
	uB := w.updateAccount(r.AccountB, beforeB, afterB)
	return &state.TxTrace{Record: state.Record{ForcedTrade: &r}, A: uA, B: uB}
}

// MarketParams applies a market-params change to the table without checking its rules.
func (w *World) MarketParams(r state.MarketParamsRecord) *state.TxTrace {
	if m := w.Markets.Get(r.Market); m != nil {
		m.SetParams(r)
	}
	return &state.TxTrace{Record: state.Record{MarketParams: &r}}
}

package statedb

import (
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/perpx/perpx/state"
)

// ErrBadReplay reports a record that cannot apply to a tree: an account or slot id out of range, a market
// that does not exist, no free position slot, or a value that leaves its bounds. A proven batch never carries
// one.
var ErrBadReplay = errors.New("statedb: record does not apply")

// bigScale is PriceScale, the divisor of a fill's quote amount.
var bigScale = big.NewInt(state.PriceScale)

// inOpen64 reports −2^63 < v < 2^63, the range of a signed 64-bit leaf field.
func inOpen64(v *big.Int) bool { return v.IsInt64() && v.Int64() != math.MinInt64 }

// ReplayBatch applies the effects of a committed batch at timestamp ts to t (docs/PROTOCOL.md §5): the market
// record (ApplyMarketRecord with cfg), the system time, then every slot record in order (ApplyRecord). It
// checks no rule a batch proof checks — signatures, oracle reports, margins, fee caps, slot nonces — only
// what the effects need. It does not commit; on error t holds part of the batch and the caller discards it.
func ReplayBatch(t *Tree, cfg *state.Config, ts uint64, mr *state.MarketRecord, records []state.Record) error {
	markets, g := t.Markets(), t.Globals()
	if _, err := state.ApplyMarketRecord(cfg, &markets, &g, ts, mr); err != nil {
		return fmt.Errorf("%w: market record: %w", ErrBadReplay, err)
	}
	if err := t.SetMarkets(markets); err != nil {
		return fmt.Errorf("%w: market record: %w", ErrBadReplay, err)
	}
	g.SystemTimeSeconds = ts
	t.SetGlobals(g)
	for i, r := range records {
		if err := ApplyRecord(t, r); err != nil {
			return fmt.Errorf("record %d: %w", i, err)
		}
	}
	return nil
}

// ApplyRecord applies the effects of one slot record to t at its current markets table (docs/PROTOCOL.md §5).
// Every account the record updates is first settled (SettleFunding; the insurance fund receives the
// settlement), in the record's order: a trade's taker then maker, a transfer's sender then receiver, a
// liquidation's liquidated account then liquidator, a deleveraging's bankrupt account then counterparty, a
// forced trade's A then B (valid or not). A MarketParams record writes its row into t's markets table, which
// every later record reads. Like ReplayBatch it checks no rule a proof checks; on error t holds part of the
// record.
func ApplyRecord(t *Tree, r state.Record) error {
	rp := &replayer{t: t, markets: t.Markets()}
	switch {
	case r.Deposit != nil:
		return rp.deposit(r.Deposit)
	case r.Trade != nil:
		return rp.trade(r.Trade)
	case r.Withdrawal != nil:
		w := r.Withdrawal
		return rp.update(w.AccountID, &replaySlotWrite{w.Slot, func(state.Slot) (state.Slot, error) {
			return state.Slot{Nonce: w.Nonce, Filled: state.SlotConsumed}, nil
		}},
			replayCash(new(big.Int).Neg(new(big.Int).SetUint64(w.AmountQuantums))))
	case r.ForcedWithdrawal != nil:
		f := r.ForcedWithdrawal
		d := new(big.Int)
		if f.Valid {
			d.SetUint64(f.AmountQuantums).Neg(d)
		}
		return rp.update(f.AccountID, nil, replayCash(d)) // invalid: the settlement only
	case r.Transfer != nil:
		return rp.transfer(r.Transfer)
	case r.Liquidate != nil:
		return rp.liquidate(r.Liquidate)
	case r.Deleverage != nil:
		return rp.deleverage(r.Deleverage)
	case r.ForcedTrade != nil:
		return rp.forcedTrade(r.ForcedTrade)
	case r.MarketParams != nil:
		return rp.marketParams(r.MarketParams)
	}
	return nil
}

// replayer applies one record at a fixed markets table.
type replayer struct {
	t       *Tree
	markets state.Markets
}

// replaySlotWrite is the order-slot write that goes with an account update: next maps the slot's value to its
// new one.
type replaySlotWrite struct {
	slot uint16
	next func(state.Slot) (state.Slot, error)
}

// replayFillSlot returns the slot write of a fill of q under nonce n (docs/PROTOCOL.md §3.2): n continues the
// slot's filled amount when it is the slot's nonce, and starts afresh otherwise.
func replayFillSlot(slot uint16, n uint32, q uint64) *replaySlotWrite {
	return &replaySlotWrite{slot, func(s state.Slot) (state.Slot, error) {
		var filled uint64
		if s.Nonce == n {
			filled = s.Filled
		}
		if filled+q < filled {
			return s, fmt.Errorf("%w: slot %d filled amount overflows", ErrBadReplay, slot)
		}
		return state.Slot{Nonce: n, Filled: filled + q}, nil
	}}
}

// replayChange is what a record does to one settled account.
type replayChange func(a *state.Account, markets *state.Markets) error

// replayCash changes the collateral by d.
func replayCash(d *big.Int) replayChange {
	return func(a *state.Account, _ *state.Markets) error { return replayAddCash(a, d) }
}

func replayAddCash(a *state.Account, d *big.Int) error {
	c := new(big.Int).Add(big.NewInt(a.CollateralQuantums), d)
	if !inOpen64(c) {
		return fmt.Errorf("%w: collateral %d%+d", ErrBadReplay, a.CollateralQuantums, d)
	}
	a.CollateralQuantums = c.Int64()
	return nil
}

// replayPosition changes the position in market m by dSize — in the slot already holding m, else the first empty
// one, opened at the market's funding index, and emptied when it returns to 0 — and the collateral by dCash.
func replayPosition(m uint8, dSize int64, dCash *big.Int) replayChange {
	return func(a *state.Account, markets *state.Markets) error {
		mk := markets.Get(m)
		if mk == nil || mk.Status == state.MarketUnlisted {
			return fmt.Errorf("%w: market %d", ErrBadReplay, m)
		}
		i := a.PositionIndex(m)
		if i < 0 {
			if i = a.FreePositionIndex(); i < 0 {
				return fmt.Errorf("%w: no free position slot for market %d", ErrBadReplay, m)
			}
			a.Positions[i] = state.Position{Market: m, FundingIndex: mk.FundingIndex}
		}
		s := a.Positions[i].SizeQuantums + dSize // both below 2^48 in magnitude
		if s <= -state.MaxSize || s >= state.MaxSize {
			return fmt.Errorf("%w: market %d size %d", ErrBadReplay, m, s)
		}
		a.Positions[i].SizeQuantums = s
		if s == 0 {
			a.Positions[i] = state.Position{}
		}
		return replayAddCash(a, dCash)
	}
}

// update reads account id, settles its funding into the insurance fund, writes its order slot if w is set,
// applies ch and writes the account back.
func (rp *replayer) update(id uint32, w *replaySlotWrite, ch replayChange) error {
	if err := state.CheckAccountID(id); err != nil {
		return fmt.Errorf("%w: %w", ErrBadReplay, err)
	}
	a, err := rp.t.Account(id)
	if err != nil {
		return err
	}
	settle, err := state.SettleFunding(&a, &rp.markets)
	if err != nil {
		return fmt.Errorf("%w: account %d: %w", ErrBadReplay, id, err)
	}
	if err := rp.globals(func(g *state.Globals) error { return replayAddInsurance(g, big.NewInt(settle)) }); err != nil {
		return err
	}
	if w != nil {
		if err := state.CheckSlotIndex(w.slot); err != nil {
			return fmt.Errorf("%w: account %d: %w", ErrBadReplay, id, err)
		}
		cur, err := rp.t.Slot(id, w.slot)
		if err != nil {
			return err
		}
		next, err := w.next(cur)
		if err != nil {
			return fmt.Errorf("account %d: %w", id, err)
		}
		if a.SlotRoot, err = rp.t.SetSlot(id, w.slot, next); err != nil {
			return err
		}
	}
	if err := ch(&a, &rp.markets); err != nil {
		return fmt.Errorf("account %d: %w", id, err)
	}
	if err := a.Validate(); err != nil {
		return fmt.Errorf("%w: account %d: %w", ErrBadReplay, id, err)
	}
	return rp.t.SetAccount(id, a)
}

// globals applies f to the tree's globals.
func (rp *replayer) globals(f func(g *state.Globals) error) error {
	g := rp.t.Globals()
	if err := f(&g); err != nil {
		return err
	}
	rp.t.SetGlobals(g)
	return nil
}

func replayAddInsurance(g *state.Globals, d *big.Int) error {
	v := new(big.Int).Add(big.NewInt(g.InsuranceFundQuantums), d)
	if !inOpen64(v) {
		return fmt.Errorf("%w: insurance fund %d%+d", ErrBadReplay, g.InsuranceFundQuantums, d)
	}
	g.InsuranceFundQuantums = v.Int64()
	return nil
}

func replayAddFees(g *state.Globals, fees ...uint64) error {
	for _, f := range fees {
		if g.FeePoolQuantums+f < g.FeePoolQuantums {
			return fmt.Errorf("%w: fee pool overflows", ErrBadReplay)
		}
		g.FeePoolQuantums += f
	}
	return nil
}

// deposit credits the account; an empty one takes the deposit's key and address.
func (rp *replayer) deposit(d *state.DepositRecord) error {
	return rp.update(d.AccountID, nil, func(a *state.Account, _ *state.Markets) error {
		if a.IsEmpty() {
			key, err := state.DecompressPubKey(d.PubKey)
			if err != nil {
				return fmt.Errorf("%w: deposit key: %w", ErrBadReplay, err)
			}
			a.PubKey, a.L1Address = key, d.L1Address
		}
		return replayAddCash(a, new(big.Int).SetUint64(d.AmountQuantums))
	})
}

// replayQuote returns q · p / S, the quote amount of a fill (exact in a proven batch).
func replayQuote(q, p uint64) (*big.Int, error) {
	if q >= uint64(state.MaxSize) {
		return nil, fmt.Errorf("%w: fill size %d", ErrBadReplay, q)
	}
	v := new(big.Int).Mul(new(big.Int).SetUint64(q), new(big.Int).SetUint64(p))
	return v.Quo(v, bigScale), nil
}

// replaySides returns the size and cash changes of the buyer and seller of q at quote amount c.
func replaySides(buys bool, q uint64, c *big.Int) (dSize int64, dCash *big.Int) {
	if buys {
		return int64(q), new(big.Int).Neg(c)
	}
	return -int64(q), new(big.Int).Set(c)
}

func replayMinus(x *big.Int, fee uint64) *big.Int {
	return new(big.Int).Sub(x, new(big.Int).SetUint64(fee))
}

func (rp *replayer) trade(t *state.TradeRecord) error {
	c, err := replayQuote(t.SizeQuantums, t.Price)
	if err != nil {
		return err
	}
	ts, tc := replaySides(t.TakerIsBuy, t.SizeQuantums, c)
	ms, mc := replaySides(!t.TakerIsBuy, t.SizeQuantums, c)
	if err := rp.update(t.TakerAccount, replayFillSlot(t.TakerSlot, t.TakerNonce, t.SizeQuantums), replayPosition(t.Market, ts, replayMinus(tc, t.TakerFee))); err != nil {
		return err
	}
	if err := rp.update(t.MakerAccount, replayFillSlot(t.MakerSlot, t.MakerNonce, t.SizeQuantums), replayPosition(t.Market, ms, replayMinus(mc, t.MakerFee))); err != nil {
		return err
	}
	return rp.globals(func(g *state.Globals) error { return replayAddFees(g, t.TakerFee, t.MakerFee) })
}

// transfer debits the sender the amount and TransferFeeQuantums (consuming its slot like a withdrawal), pays
// the fee to the fee pool and credits the receiver, creating it with the sender's key and address and the
// record's margin mode when it is empty.
func (rp *replayer) transfer(t *state.TransferRecord) error {
	amount := new(big.Int).SetUint64(t.AmountQuantums)
	consume := &replaySlotWrite{t.Slot, func(state.Slot) (state.Slot, error) {
		return state.Slot{Nonce: t.Nonce, Filled: state.SlotConsumed}, nil
	}}
	debit := new(big.Int).Add(amount, big.NewInt(state.TransferFeeQuantums))
	if err := rp.update(t.FromAccount, consume, replayCash(debit.Neg(debit))); err != nil {
		return err
	}
	if err := rp.globals(func(g *state.Globals) error { return replayAddFees(g, state.TransferFeeQuantums) }); err != nil {
		return err
	}
	from, err := rp.t.Account(t.FromAccount)
	if err != nil {
		return err
	}
	return rp.update(t.ToAccount, nil, func(a *state.Account, _ *state.Markets) error {
		if a.IsEmpty() {
			a.PubKey, a.L1Address, a.MarginMode = from.PubKey, from.L1Address, uint16(t.MarginMode)
		}
		return replayAddCash(a, amount)
	})
}

// liquidate trades the liquidated account A against the liquidator B's order: A's cash is ±quote − fee + pay,
// the insurance fund receives fee − pay, B fills its order slot like a maker and pays its fee to the fee pool.
func (rp *replayer) liquidate(l *state.LiquidateRecord) error {
	c, err := replayQuote(l.SizeQuantums, l.Price)
	if err != nil {
		return err
	}
	as, ac := replaySides(l.LiquidatedIsBuy, l.SizeQuantums, c)
	bs, bc := replaySides(!l.LiquidatedIsBuy, l.SizeQuantums, c)
	ac = replayMinus(ac, l.LiquidationFee)
	ac.Add(ac, new(big.Int).SetUint64(l.InsurancePayQuant))
	if err := rp.update(l.Liquidated, nil, replayPosition(l.Market, as, ac)); err != nil {
		return err
	}
	fund := new(big.Int).SetUint64(l.LiquidationFee)
	fund.Sub(fund, new(big.Int).SetUint64(l.InsurancePayQuant))
	if err := rp.globals(func(g *state.Globals) error { return replayAddInsurance(g, fund) }); err != nil {
		return err
	}
	if err := rp.update(l.Liquidator, replayFillSlot(l.LiquidatorSlot, l.LiquidatorNonce, l.SizeQuantums), replayPosition(l.Market, bs, replayMinus(bc, l.LiquidatorFee))); err != nil {
		return err
	}
	return rp.globals(func(g *state.Globals) error { return replayAddFees(g, l.LiquidatorFee) })
}

// deleverage trades the bankrupt account A against B at the record's quote: A receives +quote when it sells
// and pays it when it buys, B the opposite; no fees and no order slots.
func (rp *replayer) deleverage(d *state.DeleverageRecord) error {
	if d.SizeQuantums >= uint64(state.MaxSize) {
		return fmt.Errorf("%w: deleverage size %d", ErrBadReplay, d.SizeQuantums)
	}
	c := new(big.Int).SetUint64(d.QuoteQuantums)
	as, ac := replaySides(d.DeleveragedIsBuy, d.SizeQuantums, c)
	bs, bc := replaySides(!d.DeleveragedIsBuy, d.SizeQuantums, c)
	if err := rp.update(d.Deleveraged, nil, replayPosition(d.Market, as, ac)); err != nil {
		return err
	}
	return rp.update(d.Counterparty, nil, replayPosition(d.Market, bs, bc))
}

// forcedTrade settles A then B and, when the record is valid, trades its size at its price, A on side AIsBuy:
// quote = size · price / S, no fees and no order slots.
func (rp *replayer) forcedTrade(f *state.ForcedTradeRecord) error {
	if !f.Valid {
		if err := rp.update(f.AccountA, nil, replayCash(new(big.Int))); err != nil {
			return err
		}
		return rp.update(f.AccountB, nil, replayCash(new(big.Int)))
	}
	c, err := replayQuote(f.SizeQuantums, f.Price)
	if err != nil {
		return err
	}
	as, ac := replaySides(f.AIsBuy, f.SizeQuantums, c)
	bs, bc := replaySides(!f.AIsBuy, f.SizeQuantums, c)
	if err := rp.update(f.AccountA, nil, replayPosition(f.Market, as, ac)); err != nil {
		return err
	}
	return rp.update(f.AccountB, nil, replayPosition(f.Market, bs, bc))
}

// marketParams writes the record's status and fractions into its market's row of the tree's table.
func (rp *replayer) marketParams(r *state.MarketParamsRecord) error {
	m := rp.markets.Get(r.Market)
	if m == nil {
		return fmt.Errorf("%w: market params for market %d", ErrBadReplay, r.Market)
	}
	m.SetParams(*r)
	if err := rp.t.SetMarkets(rp.markets); err != nil {
		return fmt.Errorf("%w: market params for market %d: %w", ErrBadReplay, r.Market, err)
	}
	return nil
}

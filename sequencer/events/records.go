package events

import (
	"math/big"

	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/internal/risk"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/state"
)

// Fills derives the fills of both sides of every trade, liquidation, valid forced trade and deleveraging
// among the transactions txs of log entry seq at time. placed is the command's result (a *book.PlaceResult
// names the taker's and makers' order ids of its trades) and liqOrders the resting order each liquidation
// filled.
func Fills(seq, time uint64, txs []Tx, placed any, liqOrders map[*state.TxTrace]uint64) []wal.FillRecord {
	var out []wal.FillRecord
	pr, _ := placed.(*book.PlaceResult)
	trade, n := 0, 0
	add := func(base, taker, maker wal.FillRecord) {
		taker.Index, maker.Index, maker.Maker = 2*n, 2*n+1, true
		out = append(out, taker, maker)
		n++
	}
	for _, t := range txs {
		base := wal.FillRecord{Seq: seq, Time: time, Batch: t.Batch}
		switch r := &t.Trace.Record; {
		case r.Trade != nil:
			tr := r.Trade
			var takerID, makerID uint64
			if pr != nil && len(pr.Fills) > trade && pr.Fills[trade].SizeQuantums == tr.SizeQuantums {
				takerID, makerID = pr.OrderID, pr.Fills[trade].MakerOrderID
			}
			base.Market, base.Size, base.Price = tr.Market, tr.SizeQuantums, tr.Price
			taker, maker := base, base
			taker.Account, taker.IsBuy, taker.Fee, taker.OrderID = tr.TakerAccount, tr.TakerIsBuy, tr.TakerFee, takerID
			taker.Slot, taker.Nonce, taker.Counter = tr.TakerSlot, tr.TakerNonce, tr.MakerAccount
			maker.Account, maker.IsBuy, maker.Fee, maker.OrderID = tr.MakerAccount, !tr.TakerIsBuy, tr.MakerFee, makerID
			maker.Slot, maker.Nonce, maker.Counter = tr.MakerSlot, tr.MakerNonce, tr.TakerAccount
			add(base, taker, maker)
			trade++
		case r.Liquidate != nil:
			l := r.Liquidate
			base.Market, base.Size, base.Price = l.Market, l.SizeQuantums, l.Price
			taker, maker := base, base
			taker.Account, taker.IsBuy, taker.Fee, taker.Counter = l.Liquidated, l.LiquidatedIsBuy, l.LiquidationFee, l.Liquidator
			maker.Account, maker.IsBuy, maker.Fee, maker.OrderID = l.Liquidator, !l.LiquidatedIsBuy, l.LiquidatorFee, liqOrders[t.Trace]
			maker.Slot, maker.Nonce, maker.Counter = l.LiquidatorSlot, l.LiquidatorNonce, l.Liquidated
			add(base, taker, maker)
		case r.ForcedTrade != nil && r.ForcedTrade.Valid:
			f := r.ForcedTrade
			base.Market, base.Size, base.Price = f.Market, f.SizeQuantums, f.Price
			taker, maker := base, base
			taker.Account, taker.IsBuy, taker.Counter = f.AccountA, f.AIsBuy, f.AccountB
			maker.Account, maker.IsBuy, maker.Counter = f.AccountB, !f.AIsBuy, f.AccountA
			add(base, taker, maker)
		case r.Deleverage != nil:
			d := r.Deleverage
			base.Market, base.Size, base.Price = d.Market, d.SizeQuantums, DeleveragePrice(d)
			taker, maker := base, base
			taker.Account, taker.IsBuy, taker.Counter = d.Deleveraged, d.DeleveragedIsBuy, d.Counterparty
			maker.Account, maker.IsBuy, maker.Counter = d.Counterparty, !d.DeleveragedIsBuy, d.Deleveraged
			add(base, taker, maker)
		}
	}
	return out
}

// RiskEvents returns the events of the liquidations and deleveragings among the transactions txs of log entry
// seq at time, in order.
func RiskEvents(seq, time uint64, txs []Tx) []risk.RiskEvent {
	var out []risk.RiskEvent
	for _, t := range txs {
		base := risk.RiskEvent{Seq: seq, Time: time, Batch: t.Batch}
		switch r := &t.Trace.Record; {
		case r.Liquidate != nil:
			l := r.Liquidate
			e := base
			e.Account, e.Kind, e.Market, e.IsBuy, e.Size, e.Price = l.Liquidated, risk.RiskLiquidated, l.Market, l.LiquidatedIsBuy, l.SizeQuantums, l.Price
			e.Fee, e.InsurancePaid, e.Counterparty = l.LiquidationFee, l.InsurancePayQuant, l.Liquidator
			out = append(out, e)
		case r.Deleverage != nil:
			d := r.Deleverage
			a, b := base, base
			a.Account, a.Kind, a.IsBuy, a.Counterparty = d.Deleveraged, risk.RiskDeleveraged, d.DeleveragedIsBuy, d.Counterparty
			b.Account, b.Kind, b.IsBuy, b.Counterparty = d.Counterparty, risk.RiskDeleveragedAgainst, !d.DeleveragedIsBuy, d.Deleveraged
			for _, e := range []*risk.RiskEvent{&a, &b} {
				e.Market, e.Size, e.Price = d.Market, d.SizeQuantums, DeleveragePrice(d)
				out = append(out, *e)
			}
		}
	}
	for i := range out {
		out[i].Index = i
	}
	return out
}

// DeleveragePrice returns a deleverage's price in price units, ⌊quote · PriceScale / size⌋.
func DeleveragePrice(d *state.DeleverageRecord) uint64 {
	if d.SizeQuantums == 0 {
		return 0
	}
	p := new(big.Int).Mul(new(big.Int).SetUint64(d.QuoteQuantums), big.NewInt(state.PriceScale))
	return p.Div(p, new(big.Int).SetUint64(d.SizeQuantums)).Uint64()
}

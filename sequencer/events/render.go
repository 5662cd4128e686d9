package events

import (
	"encoding/hex"
	"strconv"

	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/internal/risk"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// NewAccountJSON renders account id with its risk view.
func NewAccountJSON(id uint32, a *state.Account, r *risk.AccountRisk, markets *state.Markets) wire.AccountJSON {
	pk := a.PubKey.Compressed()
	out := wire.AccountJSON{
		ID: id, PubKey: "0x" + hex.EncodeToString(pk[:]), L1Address: "0x" + hex.EncodeToString(a.L1Address[:]),
		Collateral: wire.FormatAmount(a.CollateralQuantums), SettlementOwed: wire.FormatScaled(r.SettlementOwed, 0), MarginMode: a.MarginMode, Positions: []wire.PositionJSON{},
		TotalValue: wire.FormatScaled(&r.TV, 6), InitialMargin: wire.FormatScaled(&r.IMR, 12), MaintenanceMargin: wire.FormatScaled(&r.MMR, 12),
		FreeCollateral: wire.FormatScaled(r.FreeCollateral, 0), Healthy: r.Healthy(), Liquidatable: r.Liquidatable, HealthLevel: r.HealthLevel,
	}
	if !r.Infinite {
		v := risk.FormatPpm(r.MarginRatioPpm)
		out.MarginRatio = &v
	}
	for i := range r.History {
		out.Liquidations = append(out.Liquidations, risk.NewRiskEventJSON(&r.History[i], markets.Get(r.History[i].Market)))
	}
	risks := map[uint8]*risk.PositionRisk{}
	for i := range r.Positions {
		risks[r.Positions[i].Market] = &r.Positions[i]
	}
	for _, p := range a.Positions {
		if p.IsEmpty() {
			continue
		}
		pj := wire.PositionJSON{Market: p.Market, Size: strconv.FormatInt(p.SizeQuantums, 10), FundingIndex: p.FundingIndex, FundingOwed: "0"}
		mk := markets.Get(p.Market)
		if pr := risks[p.Market]; pr != nil && mk != nil {
			pj.Size = wire.FormatSize(p.SizeQuantums, mk)
			pj.Exposure = wire.FormatScaled(pr.Notional, 6)
			pj.UnrealizedPnl = wire.FormatScaled(pr.UnrealizedPnL, 0)
			pj.FundingOwed = wire.FormatScaled(pr.FundingOwed, 0)
			if pr.HasEntry {
				pj.EntryPrice = risk.FormatEntryPrice(pr.EntryPrice, mk)
			}
			if pr.LiquidationPrice != nil {
				v := risk.FormatBigPrice(pr.LiquidationPrice, mk)
				pj.LiquidationPrice = &v
			}
		}
		out.Positions = append(out.Positions, pj)
	}
	return out
}

// NewFillJSON renders a fill of market mk.
func NewFillJSON(f *wal.FillRecord, mk *state.Market) wire.AccountFillJSON {
	out := wire.AccountFillJSON{
		Seq: f.Seq, Time: f.Time, Batch: f.Batch, Account: f.Account, Market: f.Market, Side: "sell", Liquidity: "taker",
		Size: strconv.FormatUint(f.Size, 10), Price: strconv.FormatUint(f.Price, 10), Fee: wire.FormatAmount(int64(f.Fee)),
		OrderID: f.OrderID, Slot: f.Slot, Nonce: f.Nonce, Counterparty: f.Counter,
	}
	if f.IsBuy {
		out.Side = "buy"
	}
	if f.Maker {
		out.Liquidity = "maker"
	}
	if mk != nil {
		out.Size, out.Price = wire.FormatSize(int64(f.Size), mk), wire.FormatPrice(f.Price, mk)
	}
	return out
}

// NewOpenOrderJSON renders a resting order of market mk.
func NewOpenOrderJSON(o *book.Order, mk *state.Market) wire.OpenOrderJSON {
	m := &o.Signed.Msg
	r := wire.NewOrderRequest(&o.Signed, mk)
	return wire.OpenOrderJSON{ID: o.ID, Market: m.Market, Side: r.Side, Price: r.Price, Size: r.Size,
		Remaining: wire.FormatSize(int64(o.Remaining), mk), Flags: r.Flags, Slot: m.Slot, Nonce: m.Nonce, Expiry: m.ExpirySeconds}
}

// LevelsJSON renders price levels of market mk.
func LevelsJSON(ls []book.PriceLevel, mk *state.Market) []wire.LevelJSON {
	out := make([]wire.LevelJSON, len(ls))
	for i, l := range ls {
		out[i] = wire.LevelJSON{Price: wire.FormatPrice(l.Price, mk), Size: wire.FormatSize(int64(l.Size), mk), Orders: l.Orders}
	}
	return out
}

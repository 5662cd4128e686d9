package httpapi

import (
	"net/http"
	"slices"

	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// NewOrderResponse renders the result of a placed order of market mk.
func NewOrderResponse(res *book.PlaceResult, mk *state.Market) wire.OrderResponse {
	out := wire.OrderResponse{ID: res.OrderID, Remaining: wire.FormatSize(int64(res.Remaining), mk), Fills: make([]wire.FillJSON, 0, len(res.Fills)), Seq: res.Seq,
		SelfTradeCancelled: slices.Clone(res.SelfTradeCancelled)}
	for _, f := range res.Fills {
		out.Fills = append(out.Fills, wire.FillJSON{
			MakerOrderID: f.MakerOrderID, MakerAccount: f.MakerAccount, Size: wire.FormatSize(int64(f.SizeQuantums), mk),
			Price: wire.FormatPrice(f.Price, mk), TakerFee: wire.FormatAmount(int64(f.TakerFee)), MakerFee: wire.FormatAmount(int64(f.MakerFee)), Batch: f.Batch,
		})
	}
	switch {
	case res.Resting:
		out.Status = "resting"
	case res.Remaining == 0:
		out.Status = "filled"
	default:
		out.Status = "cancelled"
	}
	if res.Stopped != nil {
		_, code := wire.ErrorCode(res.Stopped)
		out.Reason = &wire.ErrorJSON{Code: code, Error: res.Stopped.Error()}
	}
	return out
}

// DefaultTrades is the number of trades GET /v1/trades/{market} returns without a limit.
const DefaultTrades = 100

// trades serves GET /v1/trades/{market}?limit=n.
func (a *API) trades(w http.ResponseWriter, r *http.Request) {
	m, mk, limit, err := a.marketQuery(r, "limit", DefaultTrades, wire.MaxTrades)
	if err != nil {
		a.fail(w, err)
		return
	}
	ts, err := a.svc.Trades(m, limit)
	if err != nil {
		a.fail(w, err)
		return
	}
	out := wire.TradesJSON{Market: uint8(m), Trades: make([]wire.TradeJSON, len(ts))}
	for i, t := range ts {
		side := "sell"
		if t.TakerIsBuy {
			side = "buy"
		}
		out.Trades[i] = wire.TradeJSON{
			ID: t.Seq, Side: side, Size: wire.FormatSize(int64(t.Size), mk), Price: wire.FormatPrice(t.Price, mk),
			TakerOrderID: t.TakerOrderID, MakerOrderID: t.MakerOrderID, TakerAccount: t.TakerAccount, MakerAccount: t.MakerAccount,
			TakerFee: wire.FormatAmount(int64(t.TakerFee)), MakerFee: wire.FormatAmount(int64(t.MakerFee)), Batch: t.Batch, Time: t.Time,
		}
	}
	a.reply(w, http.StatusOK, out)
}

// replaceOrder serves PUT /v1/orders/{id}.
func (a *API) replaceOrder(w http.ResponseWriter, r *http.Request) {
	id, err := pathUint(r, "id", 64)
	if err != nil {
		a.fail(w, err)
		return
	}
	markets := a.svc.Markets()
	so, cancel, sig, err := wire.DecodeReplace(r.Body, id, &markets)
	if err != nil {
		a.fail(w, err)
		return
	}
	if err := a.authorize(cancel.AccountID, cancel.Hash(), &sig); err != nil {
		a.fail(w, err)
		return
	}
	if err := a.authorize(so.Msg.AccountID, so.Msg.Hash(), &so.Sig); err != nil {
		a.fail(w, err)
		return
	}
	res, err := a.svc.SubmitReplace(cancel, so)
	if err != nil {
		a.fail(w, err)
		return
	}
	a.reply(w, http.StatusOK, NewOrderResponse(res, markets.Get(so.Msg.Market)))
}

// cancelAll serves DELETE /v1/orders.
func (a *API) cancelAll(w http.ResponseWriter, r *http.Request) {
	m, sig, err := wire.DecodeCancelAll(r.Body)
	if err != nil {
		a.fail(w, err)
		return
	}
	if err := a.authorize(m.AccountID, m.Hash(), &sig); err != nil {
		a.fail(w, err)
		return
	}
	ids, seq, err := a.svc.CancelAllOf(m)
	if err != nil {
		a.fail(w, err)
		return
	}
	a.reply(w, http.StatusOK, wire.CancelAllResponse{Cancelled: ids, Seq: seq})
}

package risk

import (
	"encoding/binary"
	"fmt"

	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// An account's liquidation and deleveraging events are persisted under keyRiskEvent (inputlog.go): 'q', the
// account, the command's sequence number and the event's index in it. They are side writes of the input log,
// like fills, so they are durable with the command that made them.

// MaxRiskHistory is how many of an account's latest liquidation and deleveraging events its view lists.
const MaxRiskHistory = 20

// Kinds of RiskEvent.
const (
	// RiskLiquidated: the account's position was reduced against the counterparty's resting order.
	RiskLiquidated = "liquidated"
	// RiskDeleveraged: the bankrupt account's position was closed against the counterparty's opposite
	// position at the account's bankruptcy price.
	RiskDeleveraged = "deleveraged"
	// RiskDeleveragedAgainst: the account's position was closed by the counterparty's deleveraging.
	RiskDeleveragedAgainst = "deleveragedAgainst"
)

// RiskEvent is what one liquidation or deleveraging did to one account. Size is in base quantums and Price
// in price units (a deleveraging's quote per unit, rounded down); Fee is the liquidation fee the account paid
// to the insurance fund and InsurancePaid what the fund paid it, in quote quantums.
type RiskEvent struct {
	Seq           uint64 `json:"seq"`
	Index         int    `json:"index"`
	Time          uint64 `json:"time"`
	Batch         uint64 `json:"batch"`
	Account       uint32 `json:"account"`
	Kind          string `json:"kind"`
	Market        uint8  `json:"market"`
	IsBuy         bool   `json:"isBuy"`
	Size          uint64 `json:"size"`
	Price         uint64 `json:"price"`
	Fee           uint64 `json:"fee"`
	InsurancePaid uint64 `json:"insurancePaid"`
	Counterparty  uint32 `json:"counterparty"`
}

// NewRiskEventJSON renders e, of market mk (nil: raw units).
func NewRiskEventJSON(e *RiskEvent, mk *state.Market) wire.RiskEventJSON {
	out := wire.RiskEventJSON{Seq: e.Seq, Time: e.Time, Batch: e.Batch, Account: e.Account, Kind: e.Kind, Market: e.Market,
		Side: "sell", Size: fmt.Sprint(e.Size), Price: fmt.Sprint(e.Price), Fee: wire.FormatAmount(int64(e.Fee)),
		InsurancePaid: wire.FormatAmount(int64(e.InsurancePaid)), Counterparty: e.Counterparty}
	if e.IsBuy {
		out.Side = "buy"
	}
	if mk != nil {
		out.Size, out.Price = wire.FormatSize(int64(e.Size), mk), wire.FormatPrice(e.Price, mk)
	}
	return out
}

func RiskEventKey(account uint32, seq uint64, index int) []byte {
	b := binary.BigEndian.AppendUint32([]byte{wal.KeyRiskEvent}, account)
	b = binary.BigEndian.AppendUint64(b, seq)
	return binary.BigEndian.AppendUint16(b, uint16(index))
}

// HealthStatusOf names an account's health: "liquidatable" when it is (TV < MMR), whatever the thresholds;
// otherwise "ok" below the first threshold, "danger" at or above the last threshold below a margin ratio of
// 1 (the level just before liquidation), "warning" in between.
func HealthStatusOf(r *AccountRisk, thresholds []uint64) string {
	if r.Liquidatable {
		return "liquidatable"
	}
	below := 0 // thresholds below a margin ratio of 1
	for _, t := range thresholds {
		if t < state.PpmScale {
			below++
		}
	}
	switch {
	case r.HealthLevel == 0:
		return "ok"
	case r.HealthLevel >= below:
		return "danger"
	}
	return "warning"
}

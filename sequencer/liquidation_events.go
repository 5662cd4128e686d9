package sequencer

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"slices"

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

// LiquidationMsg is the account stream's message naming a liquidation or deleveraging of the account
// ("liquidation"); it comes after the account's fills of the command and before its account message.
type LiquidationMsg struct {
	Type string `json:"type"`
	wire.RiskEventJSON
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

func riskEventKey(account uint32, seq uint64, index int) []byte {
	b := binary.BigEndian.AppendUint32([]byte{wal.KeyRiskEvent}, account)
	b = binary.BigEndian.AppendUint64(b, seq)
	return binary.BigEndian.AppendUint16(b, uint16(index))
}

// riskEvents returns the events of the liquidations and deleveragings of c, in order.
func riskEvents(c *command) []RiskEvent {
	var out []RiskEvent
	for _, t := range c.txs {
		base := RiskEvent{Seq: c.entry.Seq, Time: c.entry.Time, Batch: t.batch}
		switch r := &t.tx.Record; {
		case r.Liquidate != nil:
			l := r.Liquidate
			e := base
			e.Account, e.Kind, e.Market, e.IsBuy, e.Size, e.Price = l.Liquidated, RiskLiquidated, l.Market, l.LiquidatedIsBuy, l.SizeQuantums, l.Price
			e.Fee, e.InsurancePaid, e.Counterparty = l.LiquidationFee, l.InsurancePayQuant, l.Liquidator
			out = append(out, e)
		case r.Deleverage != nil:
			d := r.Deleverage
			a, b := base, base
			a.Account, a.Kind, a.IsBuy, a.Counterparty = d.Deleveraged, RiskDeleveraged, d.DeleveragedIsBuy, d.Counterparty
			b.Account, b.Kind, b.IsBuy, b.Counterparty = d.Counterparty, RiskDeleveragedAgainst, !d.DeleveragedIsBuy, d.Deleveraged
			for _, e := range []*RiskEvent{&a, &b} {
				e.Market, e.Size, e.Price = d.Market, d.SizeQuantums, deleveragePrice(d)
				out = append(out, *e)
			}
		}
	}
	for i := range out {
		out[i].Index = i
	}
	return out
}

// recordRiskEvents writes the liquidation and deleveraging events of c to the input log's side writes (they
// become durable with the entry, like its fills) and keeps them in c for the stream.
func (s *Service) recordRiskEvents(c *command) {
	c.risk = riskEvents(c)
	for i := range c.risk {
		e := &c.risk[i]
		v, _ := json.Marshal(e) // integers, bools and strings cannot fail
		if err := s.ilog.Put(riskEventKey(e.Account, e.Seq, e.Index), v); err != nil {
			s.fail(err)
			return
		}
	}
}

// publishRiskEvents publishes to the account's stream topic the "liquidation" messages of c's events of
// account id. The caller holds mu.
func (s *Service) publishRiskEvents(c *command, id uint32, topic string, markets *state.Markets) {
	for i := range c.risk {
		if e := &c.risk[i]; e.Account == id {
			s.bus.publish(c.entry.Seq, topic, LiquidationMsg{Type: "liquidation", RiskEventJSON: NewRiskEventJSON(e, markets.Get(e.Market))}, nil)
		}
	}
}

// RiskHistory returns up to limit of account id's liquidation and deleveraging events, newest first.
func (s *Service) RiskHistory(id uint32, limit int) ([]RiskEvent, error) {
	lower := binary.BigEndian.AppendUint32([]byte{wal.KeyRiskEvent}, id)
	upper := binary.BigEndian.AppendUint32([]byte{wal.KeyRiskEvent}, id+1)
	return wal.NewestJSON[RiskEvent](s.store, lower, upper, limit, "risk event")
}

// warnLiquidatable tells the subscribed accounts that the command made liquidatable, before the liquidator
// runs on them: the subscribed holders of the moved markets and the accounts of check, each at most once, in
// increasing id order, that are liquidatable now get their "health" message at the liquidatable level (the
// final one follows the liquidation). The caller holds mu.
func (s *Service) warnLiquidatable(moved []uint8, check []uint32) {
	if s.replaying || s.cmd == nil || s.risk == nil {
		return
	}
	var ids []uint32
	for id := range s.health {
		if s.bus.has(accountTopic(id)) && (s.risk.Holds(id, moved) || slices.Contains(check, id)) {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	markets := s.tree.Markets()
	for _, id := range ids {
		a, err := s.liveAccount(id)
		if err != nil {
			continue
		}
		if r := computeAccountRisk(&a, &markets, &s.entries, id, s.cfg.HealthThresholdsPpm); r.Liquidatable {
			s.publishHealth(s.cmd.entry.Seq, id, r)
		}
	}
}

// healthStatusOf names an account's health: "liquidatable" when it is (TV < MMR), whatever the thresholds;
// otherwise "ok" below the first threshold, "danger" at or above the last threshold below a margin ratio of
// 1 (the level just before liquidation), "warning" in between.
func healthStatusOf(r *AccountRisk, thresholds []uint64) string {
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

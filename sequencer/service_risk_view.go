package sequencer

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/perpx/perpx/sequencer/events"
	"github.com/perpx/perpx/sequencer/internal/risk"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// AccountRisk returns account id and its risk view (including transactions not yet sealed) with its latest
// liquidation and deleveraging events. The events are read after the service lock is released, like fills (they
// are only appended); a closed service answers without them.
func (s *Service) AccountRisk(id uint32) (state.Account, *risk.AccountRisk, error) {
	s.mu.Lock()
	a, err := s.liveAccount(id)
	if err != nil {
		s.mu.Unlock()
		return a, nil, err
	}
	markets := s.tree.Markets()
	r := risk.ComputeAccountRisk(&a, &markets, &s.entries, id, s.cfg.HealthThresholdsPpm)
	s.mu.Unlock()
	if r.History, err = s.RiskHistory(id, risk.MaxRiskHistory); err != nil && !errors.Is(err, wal.ErrStoreClosed) {
		return a, nil, err
	}
	return a, r, nil
}

// liveAccount reads an existing account; the caller holds mu.
func (s *Service) liveAccount(id uint32) (state.Account, error) {
	if uint64(id) >= 1<<state.AccountTreeDepth {
		return state.Account{}, fmt.Errorf("%w: %d", wire.ErrAccountID, id)
	}
	a, err := s.readAccount(id)
	if err != nil {
		return a, err
	}
	if a.IsEmpty() {
		return a, fmt.Errorf("%w: %d", wire.ErrUnknownAccount, id)
	}
	return a, nil
}

// RiskHistory returns up to limit of account id's liquidation and deleveraging events, newest first.
func (s *Service) RiskHistory(id uint32, limit int) ([]risk.RiskEvent, error) {
	lower := binary.BigEndian.AppendUint32([]byte{wal.KeyRiskEvent}, id)
	upper := binary.BigEndian.AppendUint32([]byte{wal.KeyRiskEvent}, id+1)
	return wal.NewestJSON[risk.RiskEvent](s.store, lower, upper, limit, "risk event")
}

// publishRiskEvents publishes to the account's stream topic the "liquidation" messages of c's events of
// account id. The caller holds mu.
func (s *Service) publishRiskEvents(c *command, id uint32, topic string, markets *state.Markets) {
	for i := range c.risk {
		if e := &c.risk[i]; e.Account == id {
			s.bus.Publish(c.entry.Seq, topic, LiquidationMsg{Type: "liquidation", RiskEventJSON: risk.NewRiskEventJSON(e, markets.Get(e.Market))}, nil)
		}
	}
}

// recordRiskEvents writes the liquidation and deleveraging events of c to the input log's side writes (they
// become durable with the entry, like its fills) and keeps them in c for the stream.
func (s *Service) recordRiskEvents(c *command) {
	c.risk = riskEvents(c)
	for i := range c.risk {
		e := &c.risk[i]
		v, _ := json.Marshal(e) // integers, bools and strings cannot fail
		if err := s.ilog.Put(risk.RiskEventKey(e.Account, e.Seq, e.Index), v); err != nil {
			s.fail(err)
			return
		}
	}
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
		if s.bus.Has(events.AccountTopic(id)) && (s.risk.Holds(id, moved) || slices.Contains(check, id)) {
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
		if r := risk.ComputeAccountRisk(&a, &markets, &s.entries, id, s.cfg.HealthThresholdsPpm); r.Liquidatable {
			s.publishHealth(s.cmd.entry.Seq, id, r)
		}
	}
}

// riskEvents returns the events of the liquidations and deleveragings of c, in order.
func riskEvents(c *command) []risk.RiskEvent {
	var out []risk.RiskEvent
	for _, t := range c.txs {
		base := risk.RiskEvent{Seq: c.entry.Seq, Time: c.entry.Time, Batch: t.batch}
		switch r := &t.tx.Record; {
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

// LiquidationMsg is the account stream's message naming a liquidation or deleveraging of the account
// ("liquidation"); it comes after the account's fills of the command and before its account message.
type LiquidationMsg struct {
	Type string `json:"type"`
	wire.RiskEventJSON
}

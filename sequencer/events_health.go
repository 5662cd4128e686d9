package sequencer

import (
	"math/big"
	"slices"

	"github.com/perpx/perpx/sequencer/events"
	"github.com/perpx/perpx/sequencer/internal/risk"
)

// publishHealth publishes a "health" message for account id when its health level moved from the last one
// its stream was told, and remembers the new level. The caller holds mu.
func (s *Service) publishHealth(seq uint64, id uint32, ar *risk.AccountRisk) {
	prev, ok := s.health[id]
	s.health[id] = ar.HealthLevel
	if !ok || prev == ar.HealthLevel {
		return
	}
	th := s.cfg.HealthThresholdsPpm
	var crossed uint64
	if ar.HealthLevel > prev {
		crossed = th[ar.HealthLevel-1] // reached it
	} else {
		crossed = th[ar.HealthLevel] // fell below it
	}
	var mr *string
	if !ar.Infinite {
		v := risk.FormatPpm(ar.MarginRatioPpm)
		mr = &v
	}
	s.bus.Publish(seq, events.AccountTopic(id), events.HealthMsg{Type: "health", Seq: seq, Account: id, Level: ar.HealthLevel, Previous: prev,
		Status: risk.HealthStatusOf(ar, th), MarginRatio: mr, Threshold: risk.FormatPpm(new(big.Int).SetUint64(crossed))}, nil)
}

// publishMovedHealth warns the subscribed accounts whose health a price move or a funding tick of the command
// changed, although the command did not touch them: the accounts with a stream subscriber (the health map)
// that hold a position in a moved market. Its cost per market update is, for each subscribed account, one
// subscription lookup and a scan of its markets in the risk index (at most PositionSlots), then a sort of the
// subscribed holders of the moved markets and, for each, one leaf read and one risk computation (K positions,
// settlement included). Accounts without a subscriber cost nothing: an oracle update never scans the
// accounts, and subscribe bounds the subscribed ones by Config.MaxAccountStreams. Holders are visited in increasing id order and the health map changes only with the logged
// commands and the subscriptions, so the events follow from the log. The caller holds mu.
func (s *Service) publishMovedHealth(c *command) {
	if len(c.moved) == 0 || s.risk == nil {
		return
	}
	var ids []uint32
	for id := range s.health {
		switch {
		case !s.bus.Has(events.AccountTopic(id)):
			delete(s.health, id)
		case s.risk.Holds(id, c.moved):
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
		s.publishHealth(c.entry.Seq, id, risk.ComputeAccountRisk(&a, &markets, &s.entries, id, s.cfg.HealthThresholdsPpm))
	}
}

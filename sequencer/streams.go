package sequencer

import (
	"github.com/perpx/perpx/sequencer/events"
	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/internal/risk"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// streamView is the Service as the event streams read it (events.View); its methods run under mu.
type streamView struct{ s *Service }

func (v streamView) Markets() state.Markets { return v.s.tree.Markets() }

func (v streamView) Account(id uint32) (state.Account, *risk.AccountRisk, error) {
	a, err := v.s.liveAccount(id)
	if err != nil {
		return a, nil, err
	}
	markets := v.s.tree.Markets()
	return a, risk.ComputeAccountRisk(&a, &markets, &v.s.entries, id, v.s.cfg.HealthThresholdsPpm), nil
}

func (v streamView) Depth(m uint8) (bids, asks []book.PriceLevel) { return v.s.books[m-1].Depth(0) }

func (v streamView) Risk() *risk.RiskIndex { return v.s.risk }

// Subscribe adds sub to topic and queues the topic's snapshot for it (events.Streams.Subscribe). The caller
// does not hold mu.
//
// A signed subscription (its account's key) is not bounded by Config.MaxAccountStreams: the API bounds it per
// account instead, so an account's owner can always follow its own account.
func (s *Service) Subscribe(sub *events.Subscriber, topic string, signed bool, confirmed func()) error {
	kind, id, err := events.ParseTopic(topic)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(); err != nil {
		return err
	}
	return s.streams.Subscribe(streamView{s}, sub, topic, kind, id, s.ilog.LastSeq(), signed, confirmed)
}

// Unsubscribe removes sub from topic ("": from every topic).
func (s *Service) Unsubscribe(sub *events.Subscriber, topic string) {
	s.bus.Remove(sub, topic)
}

// publish turns the effects of a command into stream events. The caller holds mu.
func (s *Service) publish(c *command, fills []wal.FillRecord) {
	s.streams.Publish(streamView{s}, &events.Command{Seq: c.entry.Seq, Time: c.entry.Time, Txs: c.txs, Touched: c.touched,
		Moved: c.moved, Sealed: c.sealed, Fills: fills, Risk: c.risk})
}

// warnLiquidatable tells the subscribed accounts the command made liquidatable before the liquidator runs
// (events.Streams.WarnLiquidatable); not during a replay. The caller holds mu.
func (s *Service) warnLiquidatable(moved []uint8, check []uint32) {
	if s.replaying || s.cmd == nil {
		return
	}
	s.streams.WarnLiquidatable(streamView{s}, s.cmd.entry.Seq, moved, check)
}

// batchStatusChanged publishes a batch's new proof or L1 status. The caller holds mu.
func (s *Service) batchStatusChanged(n uint64, st wire.BatchStatus) {
	s.streams.BatchStatus(s.ilog.LastSeq(), n, st)
	s.metrics.BatchStatus(st)
}

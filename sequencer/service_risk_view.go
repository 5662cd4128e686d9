package sequencer

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

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

// recordRiskEvents writes the liquidation and deleveraging events of c to the input log's side writes (they
// become durable with the entry, like its fills) and keeps them in c for the stream.
func (s *Service) recordRiskEvents(c *command) {
	c.risk = events.RiskEvents(c.entry.Seq, c.entry.Time, c.txs)
	for i := range c.risk {
		e := &c.risk[i]
		v, _ := json.Marshal(e) // integers, bools and strings cannot fail
		if err := s.ilog.Put(risk.RiskEventKey(e.Account, e.Seq, e.Index), v); err != nil {
			s.fail(err)
			return
		}
	}
}

package sequencer

import (
	"fmt"

	"github.com/perpx/perpx/state"
)

// ForcedWithdraw serves a forced withdrawal from the L1 queue (docs/PROTOCOL.md §8). It is valid when the
// requester r.L1Address owns the account, the collateral covers the amount and the account is healthy after
// the debit; a valid one debits the account, an invalid one only settles its funding (docs/PROTOCOL.md §5).
// Either way the returned trace serves the request, with the verdict in its record's Valid (r.Valid is
// ignored), and the circuit proves the verdict. Only a request the circuit cannot serve returns an error: an account id outside the tree or an
// amount ≥ 2^56 (no trace), or a zero amount (ErrAmount, with the trace) — the contract queues none of these.
func (e *Engine) ForcedWithdraw(r state.ForcedWithdrawalRecord) (*state.TxTrace, error) {
	t, err := e.forcedWithdraw(r)
	if err != nil {
		return t, fmt.Errorf("forced withdrawal from account %d: %w", r.AccountID, err)
	}
	return t, nil
}

func (e *Engine) forcedWithdraw(r state.ForcedWithdrawalRecord) (*state.TxTrace, error) {
	if err := checkAccountID(PartyA, r.AccountID); err != nil {
		return nil, err
	}
	if err := checkAmount(r.AmountQuantums); err != nil {
		return nil, err
	}
	before, err := e.tree.Account(r.AccountID)
	if err != nil {
		return nil, readFailed(err)
	}
	var v verdict
	if r.AmountQuantums == 0 {
		v.fail(PartyA, ErrAmount, "zero amount")
	}
	markets := e.tree.Markets()
	g := e.tree.Globals()
	settled, err := e.settle(&v, PartyA, before, &markets, &g)
	if err != nil {
		return nil, err
	}
	after := settled
	r.Valid = settled.L1Address == r.L1Address && settled.CollateralQuantums >= int64(r.AmountQuantums)
	if r.Valid {
		after.CollateralQuantums -= int64(r.AmountQuantums)
		r.Valid = ComputeRisk(&after, &markets).Healthy()
	}
	if !r.Valid {
		after = settled
	}
	u, last, err := e.accountUpdate(r.AccountID, before, after, nil)
	if err != nil {
		return nil, err
	}
	t := &state.TxTrace{Record: state.Record{ForcedWithdrawal: &r}, A: u}
	if v.err != nil {
		return t, v.err
	}
	return t, e.apply([]write{{account: u}}, &g, last)
}

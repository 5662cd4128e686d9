package checkpoint

import (
	"github.com/perpx/perpx/state"
)

// FlowTotals follows the value that entered and left the exchange since this data directory's genesis (or
// since SinceSeq, for a directory whose checkpoints predate it), so that conservation — Σ collateral +
// insurance fund + fee pool = what was deposited − what was withdrawn — can be checked from outside
// (GET /v1/totals) and after every command (the invariants build tag). It follows from the input log: a
// replay rebuilds it, and checkpoints persist it.
type FlowTotals struct {
	SinceSeq uint64 // the log entry the totals start after (0: genesis)
	// GenesisInsuranceFund and GenesisFeePool are the globals when the totals started.
	GenesisInsuranceFund int64
	GenesisFeePool       uint64
	// Deposited and Withdrawn sum the deposits credited and the withdrawals (forced ones included) debited.
	Deposited, Withdrawn uint64
	// CollateralChange is Σ collateral now minus Σ collateral when the totals started.
	CollateralChange int64
}

// NewFlowTotals starts totals after log entry seq at globals g.
func NewFlowTotals(seq uint64, g state.Globals) FlowTotals {
	return FlowTotals{SinceSeq: seq, GenesisInsuranceFund: g.InsuranceFundQuantums, GenesisFeePool: g.FeePoolQuantums}
}

// Observe adds an executed transaction's flows: the deposit or withdrawal it records and the collateral change
// of the accounts it updated.
func (f *FlowTotals) Observe(tx *state.TxTrace) {
	switch r := &tx.Record; {
	case r.Deposit != nil:
		f.Deposited += r.Deposit.AmountQuantums
	case r.Withdrawal != nil:
		f.Withdrawn += r.Withdrawal.AmountQuantums
	case r.ForcedWithdrawal != nil && r.ForcedWithdrawal.Valid:
		f.Withdrawn += r.ForcedWithdrawal.AmountQuantums
	}
	for _, u := range []*state.AccountUpdate{tx.A, tx.B} {
		if u != nil {
			f.CollateralChange += u.After.CollateralQuantums - u.Before.CollateralQuantums
		}
	}
}

// Imbalance returns (Σ collateral + fund + fee pool) − (value at the start + deposited − withdrawn) for the
// globals g: zero while value is conserved.
func (f *FlowTotals) Imbalance(g state.Globals) int64 {
	in := f.CollateralChange + (g.InsuranceFundQuantums - f.GenesisInsuranceFund) + int64(g.FeePoolQuantums-f.GenesisFeePool)
	return in - (int64(f.Deposited) - int64(f.Withdrawn))
}

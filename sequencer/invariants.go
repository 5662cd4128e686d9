package sequencer

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/sequencer/internal/invariants"
	"github.com/perpx/perpx/state"
)

// The invariants build tag (pebble's pattern) checks, after every command the service applies, what must hold
// whatever the command was; a violation panics with what broke. The checks cost a scan of the accounts with
// positions, so they run in tests only:
//
//   - conservation: Σ collateral + insurance fund + fee pool changed exactly by deposits − withdrawals;
//   - open interest: Σ long = Σ short in every market that is not settled;
//   - the books are not crossed: every market's best bid is below its best ask;
//   - a refused command leaves the state root as it was.

// checkInvariants runs the checks after an applied command. The caller holds mu.
func (s *Service) checkInvariants() {
	if !invariants.Enabled || s.fatal != nil {
		return
	}
	if d := s.flows.Imbalance(s.tree.Globals()); d != 0 {
		panic(fmt.Sprintf("sequencer invariant: value not conserved: off by %d quantums (%+v, %+v)", d, s.flows, s.tree.Globals()))
	}
	markets := s.tree.Markets()
	var long, short [state.MarketCount]int64
	for _, id := range s.risk.IDs() {
		a, err := s.tree.Account(id)
		if err != nil {
			return // a read failure is the service's to report
		}
		for _, p := range a.Positions {
			switch {
			case p.Market == 0:
			case p.SizeQuantums > 0:
				long[p.Market-1] += p.SizeQuantums
			default:
				short[p.Market-1] -= p.SizeQuantums
			}
		}
	}
	for m := range long {
		if markets[m].Status != state.MarketSettled && long[m] != short[m] {
			panic(fmt.Sprintf("sequencer invariant: market %d: Σ long %d ≠ Σ short %d", m+1, long[m], short[m]))
		}
	}
	for _, b := range s.books {
		bid, okb := b.BestBid()
		ask, oka := b.BestAsk()
		if okb && oka && bid.Price >= ask.Price {
			panic(fmt.Sprintf("sequencer invariant: market %d crossed: bid %d ≥ ask %d", b.Market(), bid.Price, ask.Price))
		}
	}
}

// checkRefused checks that a command refused before it was logged left the root as it was. The caller holds
// mu.
func (s *Service) checkRefused(before fr.Element, err error) {
	if !invariants.Enabled {
		return
	}
	if after := s.tree.Root(); after != before {
		panic(fmt.Sprintf("sequencer invariant: a refused command (%v) changed the root", err))
	}
}

// rootForInvariants returns the root the refused-command check compares with, or nothing when the checks are
// off (a root read is not free).
func (s *Service) rootForInvariants() fr.Element {
	if !invariants.Enabled {
		return fr.Element{}
	}
	return s.tree.Root()
}

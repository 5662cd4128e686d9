package stress

import (
	"fmt"
	"math/big"
	"slices"

	"github.com/perpx/perpx/state"
)

// adopt applies a proposal to the run before its first step: the liquidation fee in the run's configuration,
// the margin fractions through the engine's MarketParams transition (the one the L1 queue's records take,
// with its checks; a market the state does not list is skipped), then compliance: every account below the new initial margin is reduced to it at the
// oracle price by forced trades against the backstop — a proposal is adopted after a notice period in which
// traders deleverage — and finally the liquidator runs over every market for what remains liquidatable.
func (r *run) adopt(p *Proposal) error {
	if p.LiquidationFeePpm != nil {
		r.cfg.LiquidationFeePpm = *p.LiquidationFeePpm
	}
	markets := r.tree.Markets()
	for _, mp := range p.Markets {
		if markets.Get(mp.Market).Status == state.MarketUnlisted {
			continue // a market the state does not list: the proposal has nothing to change there
		}
		rec := state.MarketParamsRecord{Market: mp.Market, Status: markets.Get(mp.Market).Status, ImfPpm: mp.ImfPpm,
			MmfPpm: mp.MmfPpm, TierImfPpm: mp.TierImfPpm, TierMmfPpm: mp.TierMmfPpm}
		if _, err := r.e.MarketParams(rec); err != nil {
			return fmt.Errorf("%w: proposal for market %d: %w", ErrScenario, mp.Market, err)
		}
	}
	var live []uint8
	markets = r.tree.Markets()
	for i := range markets {
		if markets[i].Live() {
			live = append(live, uint8(i+1))
		}
	}
	if err := r.idx.Rebuild(r.tree, live); err != nil {
		return err
	}
	ad := &Adoption{}
	for _, id := range r.ids {
		if err := r.comply(id, ad); err != nil {
			return err
		}
	}
	r.adopting = true
	before := len(r.liquidated)
	if err := r.liquidate(live); err != nil {
		return err
	}
	ad.AccountsLiquidated = len(r.liquidated) - before
	r.adopting = false
	clear(r.liquidated)
	clear(r.deleveraged)
	clear(r.hit)
	r.res = &Result{FirstUnpaidStep: -1, Adoption: ad}
	return nil
}

// comply reduces account id's positions, largest maintenance margin first, each by the least multiple of the
// step that makes the account healthy (TV ≥ IMR) at the oracle price, or wholly when that is not enough.
func (r *run) comply(id uint32, ad *Adoption) error {
	markets := r.tree.Markets()
	a, err := r.tree.Account(id)
	if err != nil {
		return err
	}
	if _, err := state.SettleFunding(&a, &markets); err != nil {
		return err
	}
	if state.ComputeRisk(&a, &markets).Healthy() {
		return nil
	}
	order := positionsByMargin(&a, &markets)
	reduced := false
	for _, k := range order {
		pos := a.Positions[k]
		mk := markets.Get(pos.Market)
		p := mk.OraclePrice / mk.TickSize * mk.TickSize
		q := complianceSize(a, k, p, &markets)
		if q == 0 || p == 0 {
			continue
		}
		rec := state.ForcedTradeRecord{Market: pos.Market, AIsBuy: pos.SizeQuantums < 0, AccountA: id, AccountB: r.bs.id,
			SizeQuantums: q, Price: p, AddrA: a.L1Address, AddrB: backstopAddress()}
		tx, err := r.e.ForcedTrade(rec)
		if err != nil {
			return fmt.Errorf("stress: compliance trade of account %d: %w", id, err)
		}
		if !tx.Record.ForcedTrade.Valid {
			break
		}
		reduced = true
		ad.ReducedVolume += int64(new(big.Int).Quo(new(big.Int).Mul(new(big.Int).SetUint64(q), new(big.Int).SetUint64(p)), big.NewInt(state.PriceScale)).Uint64())
		if a, err = r.tree.Account(id); err != nil {
			return err
		}
		if state.ComputeRisk(&a, &markets).Healthy() {
			break
		}
	}
	if reduced {
		ad.AccountsReduced++
	}
	return nil
}

// positionsByMargin returns the indexes of a's positions in decreasing order of maintenance margin, then slot.
func positionsByMargin(a *state.Account, markets *state.Markets) []int {
	var ks []int
	mmr := make(map[int]*big.Int)
	for k, p := range a.Positions {
		mk := markets.Get(p.Market)
		if p.Market == 0 || mk == nil || !mk.Live() {
			continue
		}
		_, mmf := mk.Fractions(p.SizeQuantums)
		n := new(big.Int).Mul(new(big.Int).SetUint64(state.AbsSize(p.SizeQuantums)), new(big.Int).SetUint64(mk.OraclePrice))
		mmr[k] = n.Mul(n, big.NewInt(int64(mmf)))
		ks = append(ks, k)
	}
	slices.SortStableFunc(ks, func(x, y int) int { return mmr[y].Cmp(mmr[x]) })
	return ks
}

// complianceSize returns the least multiple of the step, up to the whole position k of settled account a,
// whose sale (or purchase) at price p leaves a healthy at oracle prices; the whole position when none does.
func complianceSize(a state.Account, k int, p uint64, markets *state.Markets) uint64 {
	pos := a.Positions[k]
	step := markets.Get(pos.Market).StepSize
	total := state.AbsSize(pos.SizeQuantums) / step
	healthy := func(n uint64) bool {
		b := a
		q := int64(n * step)
		quote := new(big.Int).Quo(new(big.Int).Mul(big.NewInt(q), new(big.Int).SetUint64(p)), big.NewInt(state.PriceScale))
		if pos.SizeQuantums > 0 {
			b.Positions[k].SizeQuantums -= q
			b.CollateralQuantums += quote.Int64()
		} else {
			b.Positions[k].SizeQuantums += q
			b.CollateralQuantums -= quote.Int64()
		}
		return state.ComputeRisk(&b, markets).Healthy()
	}
	lo, hi := uint64(1), total
	if hi == 0 || !healthy(hi) {
		return hi * step
	}
	for lo < hi {
		mid := lo + (hi-lo)/2
		if healthy(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo * step
}

// backstopAddress is the backstop's L1 address.
func backstopAddress() state.L1Address {
	var addr state.L1Address
	copy(addr[:], "perpx stress backstop")
	return addr
}

package risk

import (
	"math/big"
	"slices"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/state"
)

// rankSide names the ranked opposite positions of one market: the holders of longs (long) or of shorts.
type rankSide struct {
	market uint8
	long   bool
}

// deleverageRanks keeps, for one Liquidator.Run, the deleveraging candidates of each market and side in rank
// order, so that a crash that deleverages thousands of accounts ranks every holder once per run instead of once
// per deleveraging (which grew with the square of the accounts). Within a run the market table is fixed and an
// account changes only through a transaction the liquidator records; record marks both its accounts dirty, and
// the next lookup re-ranks just those. The ranking is RankDeleveraging's total order, so a lookup returns exactly
// what a fresh scan of the holders would.
type deleverageRanks struct {
	markets state.Markets
	lists   map[rankSide][]DeleverageCandidate
	dirty   map[uint32]bool
}

func newDeleverageRanks(markets *state.Markets) *deleverageRanks {
	return &deleverageRanks{markets: *markets, lists: make(map[rankSide][]DeleverageCandidate), dirty: make(map[uint32]bool)}
}

// markDirty records that tx changed its accounts.
func (d *deleverageRanks) markDirty(tx *state.TxTrace) {
	if d == nil || tx == nil {
		return
	}
	for _, u := range []*state.AccountUpdate{tx.A, tx.B} {
		if u != nil {
			d.dirty[u.ID] = true
		}
	}
}

// deleverageCandidates returns the opposite positions in market m that a deleveraging of id may close, in rank
// order: the holders of longs when long, of shorts otherwise, other than id and not liquidatable themselves.
func (l *Liquidator) deleverageCandidates(id uint32, m uint8, long bool, markets *state.Markets) ([]DeleverageCandidate, error) {
	d := l.ranks
	if d == nil || d.markets != *markets {
		return l.scanCandidates(m, long, markets)
	}
	if err := l.rerankDirty(markets); err != nil {
		return nil, err
	}
	key := rankSide{m, long}
	cs, ok := d.lists[key]
	if !ok {
		var err error
		if cs, err = l.scanCandidates(m, long, markets); err != nil {
			return nil, err
		}
		d.lists[key] = cs
	}
	return slices.DeleteFunc(slices.Clone(cs), func(c DeleverageCandidate) bool { return c.ID == id }), nil
}

// scanCandidates ranks every holder of market m on the given side that is not liquidatable.
func (l *Liquidator) scanCandidates(m uint8, long bool, markets *state.Markets) ([]DeleverageCandidate, error) {
	var cs []DeleverageCandidate
	for _, b := range l.Index.Holders(m) {
		c, ok, err := l.candidate(b, m, long, markets)
		if err != nil {
			return nil, err
		}
		if ok {
			cs = append(cs, c)
		}
	}
	RankDeleveraging(cs)
	return cs, nil
}

// candidate returns b as a deleveraging candidate in market m on the given side, or false when b holds no
// position on that side or is liquidatable (a liquidatable counterparty is liquidated itself, never
// deleveraged against).
func (l *Liquidator) candidate(b uint32, m uint8, long bool, markets *state.Markets) (DeleverageCandidate, bool, error) {
	ab, rb, err := l.SettledRisk(b, markets)
	if err != nil {
		return DeleverageCandidate{}, false, err
	}
	sb := engine.PositionSize(&ab, m)
	if (long && sb <= 0) || (!long && sb >= 0) || rb.Liquidatable() {
		return DeleverageCandidate{}, false, nil
	}
	c := DeleverageCandidate{ID: b, Size: state.AbsSize(sb), Profit: new(big.Int), Leverage: AccountLeverage(&ab, rb, markets)}
	if l.Profit != nil {
		c.Profit = l.Profit(b, m)
	}
	return c, true, nil
}

// rerankDirty takes every dirty account out of every kept list and puts it back where it now ranks, if it still
// qualifies.
func (l *Liquidator) rerankDirty(markets *state.Markets) error {
	d := l.ranks
	if len(d.dirty) == 0 {
		return nil
	}
	ids := make([]uint32, 0, len(d.dirty))
	for b := range d.dirty {
		ids = append(ids, b)
	}
	slices.Sort(ids)
	clear(d.dirty)
	for key, cs := range d.lists {
		cs = slices.DeleteFunc(cs, func(c DeleverageCandidate) bool { return slices.Contains(ids, c.ID) })
		for _, b := range ids {
			if !l.Index.Holds(b, []uint8{key.market}) {
				continue
			}
			c, ok, err := l.candidate(b, key.market, key.long, markets)
			if err != nil {
				return err
			}
			if ok {
				i, _ := slices.BinarySearchFunc(cs, c, compareDeleverage)
				cs = slices.Insert(cs, i, c)
			}
		}
		d.lists[key] = cs
	}
	return nil
}

package checkpoint

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/perpx/perpx/sequencer/feed"
	"github.com/perpx/perpx/state"
)

// TestRecordStoredFields pins the JSON keys of a stored checkpoint, of its feed state and of its value totals:
// they are a stored format (docs/SEQUENCER.md, Compatibility), which moving the types between packages must
// not change.
func TestRecordStoredFields(t *testing.T) {
	m := state.Markets{}
	ck := Record{Prev: &Pos{}, Markets: &m, Open: &state.SealedBatch{}, Feed: &feed.State{}, Stuck: []uint32{1}, Flows: &FlowTotals{}}
	for _, c := range []struct {
		v    any
		want []string
	}{
		{ck, []string{"BatchTime", "Deposits", "Feed", "Flows", "Globals", "Indexed", "Markets", "NextOrderID", "Open", "Orders", "Pos", "Prev", "Seq", "Stuck", "Time", "Version"}},
		{Pos{}, []string{"NextBatch", "OpenTxs", "Root"}},
		{feed.State{}, []string{"Batch", "N", "Reports", "Sum", "TickN", "TickSum"}},
		{FlowTotals{}, []string{"CollateralChange", "Deposited", "GenesisFeePool", "GenesisInsuranceFund", "SinceSeq", "Withdrawn"}},
	} {
		b, err := json.Marshal(c.v)
		if err != nil {
			t.Fatal(err)
		}
		var fields map[string]json.RawMessage
		if err := json.Unmarshal(b, &fields); err != nil {
			t.Fatal(err)
		}
		var got []string
		for k := range fields {
			got = append(got, k)
		}
		slices.Sort(got)
		if !slices.Equal(got, c.want) {
			t.Errorf("%T: keys %v, want %v", c.v, got, c.want)
		}
	}
}

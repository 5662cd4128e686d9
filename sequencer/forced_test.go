package sequencer

import (
	"reflect"
	"testing"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// TestEngineForcedWithdraw checks the engine serves a valid forced withdrawal by debiting the account and an
// invalid one — another requester, more than the collateral, unhealthy after — by leaving it unchanged, each
// with a consistent trace.
func TestEngineForcedWithdraw(t *testing.T) {
	tree := newTree(t)
	e := engine.NewEngine(tree)
	// Account 1 sells 1,000 base quantums at 60,000: collateral 159,970,000, TV 99,970,000, IMR 3,000,000.
	fund(t, e, 100_000_000, 1, 2)
	if _, err := e.Trade(sign(order(1, mBTC, false, 1_000, btcPrice, 0, 1)), sign(order(2, mBTC, true, 1_000, btcPrice, 0, 1)), 1_000); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name  string
		req   state.ForcedWithdrawalRecord
		valid bool
	}{
		{"valid", state.ForcedWithdrawalRecord{AccountID: 2, AmountQuantums: 1_000, L1Address: l1(2)}, true},
		{"another requester", state.ForcedWithdrawalRecord{AccountID: 2, AmountQuantums: 1_000, L1Address: l1(1)}, false},
		{"more than the collateral", state.ForcedWithdrawalRecord{AccountID: 2, AmountQuantums: 1 << 40, L1Address: l1(2)}, false},
		{"healthy at the limit", state.ForcedWithdrawalRecord{AccountID: 1, AmountQuantums: 96_970_000, L1Address: l1(1)}, true},
		{"unhealthy after", state.ForcedWithdrawalRecord{AccountID: 1, AmountQuantums: 1, L1Address: l1(1)}, false},
		{"empty account", state.ForcedWithdrawalRecord{AccountID: 7, AmountQuantums: 1, L1Address: l1(7)}, false},
	} {
		before, err := tree.Account(c.req.AccountID)
		if err != nil {
			t.Fatal(err)
		}
		r0 := tree.AccountsRoot()
		tr, err := e.ForcedWithdraw(c.req)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := tr.Record.ForcedWithdrawal; got.Valid != c.valid || got.AccountID != c.req.AccountID || got.AmountQuantums != c.req.AmountQuantums || got.L1Address != c.req.L1Address {
			t.Fatalf("%s: record %+v", c.name, got)
		}
		if checkTrace(t, tr, r0) != tree.AccountsRoot() {
			t.Fatalf("%s: trace does not lead to the tree's root", c.name)
		}
		after, _ := tree.Account(c.req.AccountID)
		want := before
		if c.valid {
			want.CollateralQuantums -= int64(c.req.AmountQuantums)
		}
		if after != want {
			t.Fatalf("%s: account %+v, want %+v", c.name, after, want)
		}
	}
	_, err := e.ForcedWithdraw(state.ForcedWithdrawalRecord{AccountID: 2, L1Address: l1(2)})
	wantRule(t, err, wire.ErrAmount, wire.PartyA)
}

// TestForcedWithdrawLogged checks a forced withdrawal goes through the input log (its entry round-trips) and
// lands in a sealed batch as a ForcedWithdrawal record with the engine's verdict.
func TestForcedWithdrawLogged(t *testing.T) {
	e := wal.LogEntry{Seq: 9, Kind: wal.EntryForced, Time: 77, Forced: state.ForcedWithdrawalRecord{AccountID: 1<<24 - 1, AmountQuantums: state.MaxAmount - 1, L1Address: l1(3)}}
	got, err := wal.DecodeEntry(9, e.Encode(nil))
	if err != nil || !reflect.DeepEqual(got, e) {
		t.Fatalf("round trip: %+v %v, want %+v", got, err, e)
	}
	if e.Kind.String() != "forced withdrawal" {
		t.Fatalf("kind %q", e.Kind)
	}
	s := newService(t, 2, nil)
	s.deposit(t, 5_000, 1)
	before := s.DepositsApplied()
	if _, err := s.ForcedWithdraw(state.ForcedWithdrawalRecord{AccountID: 1, AmountQuantums: 4_000, L1Address: l1(1)}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ForcedWithdraw(state.ForcedWithdrawalRecord{AccountID: 1, AmountQuantums: 4_000, L1Address: l1(1)}); err != nil {
		t.Fatal(err)
	}
	if s.DepositsApplied() != before+2 {
		t.Fatalf("queue entries applied %d, want %d", s.DepositsApplied(), before+2)
	}
	if _, err := s.Seal(); err != nil {
		t.Fatal(err)
	}
	var verdicts []bool
	for _, b := range s.batches {
		for _, tx := range b.Txs {
			if f := tx.Record.ForcedWithdrawal; f != nil {
				verdicts = append(verdicts, f.Valid)
			}
		}
	}
	if !reflect.DeepEqual(verdicts, []bool{true, false}) {
		t.Fatalf("verdicts %v, want [true false]", verdicts)
	}
	a, _, err := s.Account(1)
	if err != nil || a.CollateralQuantums != 1_000 {
		t.Fatalf("collateral %d %v, want 1000", a.CollateralQuantums, err)
	}
}

package l1

import (
	"errors"
	"reflect"
	"testing"

	"github.com/perpx/perpx/state"
)

// TestWatcher checks deposits come back in queue order only once confirmed, that a saved cursor resumes where
// the last poll stopped, that small log ranges give the same result, and that a cursor not matching the
// queue is detected.
func TestWatcher(t *testing.T) {
	e := newEnv(t)
	start, err := e.b.BlockNumber(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	var all []state.DepositRecord
	deposit := func(u int, amount uint64) {
		key := newKey(t)
		id, _, err := e.rollup.Deposit(e.ctx, e.sim.Transactor(u), key, amount)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, state.DepositRecord{AccountID: id, AmountQuantums: amount, L1Address: state.L1Address(e.sim.Address(u)), PubKey: key})
	}
	for i, u := range []int{1, 2, 3} {
		deposit(u, uint64(i+1)) // one block each
	}
	if _, err := e.rollup.DepositTo(e.ctx, e.sim.Transactor(4), 1, 9); err != nil {
		t.Fatal(err)
	}
	top := all[1]
	top.AmountQuantums = 9
	all = append(all, top)

	const confirmations = 2
	deep := NewWatcher(e.b, WatcherConfig{Rollup: e.rollup.Address(), Start: Cursor{Block: start}, Confirmations: 1 << 40})
	if got, err := deep.Poll(e.ctx); err != nil || len(got) != 0 || deep.Cursor() != (Cursor{Block: start}) {
		t.Fatalf("poll with more confirmations than blocks: %v %v %+v", got, err, deep.Cursor())
	}
	w := NewWatcher(e.b, WatcherConfig{Rollup: e.rollup.Address(), Start: Cursor{Block: start}, Confirmations: confirmations})
	got, err := w.Poll(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The last two deposits' blocks have fewer than two confirmations.
	if !reflect.DeepEqual(got, all[:2]) {
		t.Fatalf("first poll %+v, want %+v", got, all[:2])
	}
	saved := w.Cursor()
	if saved.QueueIndex != 2 {
		t.Fatalf("cursor %+v", saved)
	}
	if again, err := w.Poll(e.ctx); err != nil || len(again) != 0 {
		t.Fatalf("poll without new blocks: %v %v", again, err)
	}
	e.sim.Commit()
	e.sim.Commit()
	rest, err := w.Poll(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rest, all[2:]) {
		t.Fatalf("second poll %+v, want %+v", rest, all[2:])
	}

	// A new watcher from the saved cursor, asking one block at a time, sees the same deposits.
	resumed := NewWatcher(e.b, WatcherConfig{Rollup: e.rollup.Address(), Start: saved, Confirmations: confirmations, MaxLogRange: 1})
	if got, err := resumed.Poll(e.ctx); err != nil || !reflect.DeepEqual(got, all[2:]) {
		t.Fatalf("resumed poll %+v %v, want %+v", got, err, all[2:])
	}
	if resumed.Cursor() != w.Cursor() {
		t.Fatalf("cursors differ: %+v %+v", resumed.Cursor(), w.Cursor())
	}
	// With zero confirmations the head block counts.
	deposit(5, 77)
	head := NewWatcher(e.b, WatcherConfig{Rollup: e.rollup.Address(), Start: w.Cursor()})
	if got, err := head.Poll(e.ctx); err != nil || !reflect.DeepEqual(got, all[4:]) {
		t.Fatalf("zero-confirmation poll %+v %v, want %+v", got, err, all[4:])
	}

	// A cursor whose queue index disagrees with the logs fails and stays put.
	bad := NewWatcher(e.b, WatcherConfig{Rollup: e.rollup.Address(), Start: Cursor{Block: start, QueueIndex: 1}})
	if _, err := bad.Poll(e.ctx); !errors.Is(err, ErrQueueGap) {
		t.Fatalf("got %v, want ErrQueueGap", err)
	}
	if bad.Cursor() != (Cursor{Block: start, QueueIndex: 1}) {
		t.Fatalf("cursor moved on error: %+v", bad.Cursor())
	}
}

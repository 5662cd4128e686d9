package l1

import (
	"errors"
	"math/big"
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

// TestWatcherQueue checks PollQueue returns deposits, forced withdrawals, forced trades and market-params
// changes in queue order, decoded from their logs into the records that serve them (forced requests with Valid
// false), and that Poll, which returns deposits only, refuses another entry without moving its cursor.
func TestWatcherQueue(t *testing.T) {
	e := newEnv(t)
	id, dep := e.account(1, 100)
	idx, req := e.forced(1, id, 40)
	id2, dep2 := e.account(2, 7)
	trade := e.request(id, id2, 9)
	trade.AIsBuy, trade.Market = false, 2
	tradeIdx, err := e.forcedTrade(1, trade, e.sign(2, trade))
	if err != nil {
		t.Fatal(err)
	}
	ft := tradeRecord(trade, e.sim.Address(1), e.sim.Address(2), false).ForcedTrade
	mpIdx, _, err := e.rollup.RaiseMarginFractions(e.ctx, e.sim.Transactor(guardianIdx), 2, 100_001, 50_002, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	mp := &state.MarketParamsRecord{Market: 2, Status: state.MarketActive, ImfPpm: 100_001, MmfPpm: 50_002}
	w := NewWatcher(e.b, WatcherConfig{Rollup: e.rollup.Address()})
	items, err := w.PollQueue(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []QueueItem{{Index: 0, Deposit: &dep}, {Index: idx, ForcedWithdrawal: &req}, {Index: 2, Deposit: &dep2},
		{Index: tradeIdx, ForcedTrade: ft}, {Index: mpIdx, MarketParams: mp}}
	if !reflect.DeepEqual(items, want) {
		t.Fatalf("queue %+v, want %+v", items, want)
	}
	deposits := NewWatcher(e.b, WatcherConfig{Rollup: e.rollup.Address()})
	if _, err := deposits.Poll(e.ctx); !errors.Is(err, ErrUnhandledEntry) {
		t.Fatalf("Poll over a forced withdrawal: %v", err)
	}
	if deposits.Cursor() != (Cursor{}) {
		t.Fatalf("cursor moved: %+v", deposits.Cursor())
	}
}

// TestWatcherReorg checks the watcher does not read a block that is reorganized away before it is confirmed,
// returns the queue of the chain that replaced it (the same entries a fresh watcher reads from that chain),
// and reports ErrReorg, without moving its cursor, when a block it already read is replaced.
func TestWatcherReorg(t *testing.T) {
	e := newEnv(t)
	const confirmations = 2
	w := NewWatcher(e.b, WatcherConfig{Rollup: e.rollup.Address(), Confirmations: confirmations})
	if _, err := w.PollQueue(e.ctx); err != nil {
		t.Fatal(err)
	}
	fork, err := e.b.HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Deposit A lands in the next block, unconfirmed: the watcher does not return it.
	_, rcpt, err := e.rollup.Deposit(e.ctx, e.sim.Transactor(1), newKey(t), 111)
	if err != nil {
		t.Fatal(err)
	}
	if items, err := w.PollQueue(e.ctx); err != nil || len(items) != 0 {
		t.Fatalf("unconfirmed deposit returned: %+v %v", items, err)
	}
	// A longer side chain from the fork point replaces A's block (A is mined again, in another block, with
	// deposit B).
	if err := e.sim.backend.Fork(fork.Hash()); err != nil {
		t.Fatal(err)
	}
	keyB := newKey(t)
	idB, _, err := e.rollup.Deposit(e.ctx, e.sim.Transactor(2), keyB, 222)
	if err != nil {
		t.Fatal(err)
	}
	for range confirmations + 1 {
		e.sim.Commit()
	}
	if h, err := e.b.HeaderByNumber(e.ctx, rcpt.BlockNumber); err != nil || h.Hash() == rcpt.BlockHash {
		t.Fatalf("deposit A's block is still canonical: %v", err)
	}
	items, err := w.PollQueue(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := NewWatcher(e.b, WatcherConfig{Rollup: e.rollup.Address(), Confirmations: confirmations}).PollQueue(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	wantB := state.DepositRecord{AccountID: idB, AmountQuantums: 222, L1Address: state.L1Address(e.sim.Address(2)), PubKey: keyB}
	if !reflect.DeepEqual(items, fresh) || len(items) == 0 || *items[len(items)-1].Deposit != wantB {
		t.Fatalf("after the reorg: %+v, a fresh watcher reads %+v (want deposit B last)", items, fresh)
	}
	// A reorganization deeper than the confirmations replaces a block the watcher read.
	cur := w.Cursor()
	read, err := e.b.HeaderByNumber(e.ctx, new(big.Int).SetUint64(cur.Block-1))
	if err != nil {
		t.Fatal(err)
	}
	if err := e.sim.backend.Fork(read.ParentHash); err != nil {
		t.Fatal(err)
	}
	for range 4 {
		e.sim.Commit()
	}
	if _, err := w.PollQueue(e.ctx); !errors.Is(err, ErrReorg) {
		t.Fatalf("deep reorg: %v, want ErrReorg", err)
	}
	if w.Cursor() != cur {
		t.Fatalf("cursor moved on error: %+v", w.Cursor())
	}
}

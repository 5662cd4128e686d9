package sequencer

import (
	"errors"
	"testing"
	"time"

	"github.com/perpx/perpx/sequencer/httpapi"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
)

// storeReadWait bounds how long a batch read may take while the writer holds the service's lock. A read that
// waits for the lock never finishes within it; one that does not finishes in microseconds, so the bound is
// generous for a loaded machine.
const storeReadWait = 30 * time.Second

// TestBatchReadsTakeNoServiceLock holds the writer's lock and requires GET /v1/batches's and GET
// /v1/batches/{n}'s reads to answer anyway: a flood of batch reads decoding JSON under the service's lock delayed
// every order (issue 16, item 3).
func TestBatchReadsTakeNoServiceLock(t *testing.T) {
	s := newService(t, 2, nil)
	s.deposit(t, hundredK, 1, 2, 3, 4, 5, 6) // a batch holds 2 transactions: three batches
	s.mu.Lock()
	done := make(chan error, 1)
	go func() {
		sums, err := s.BatchSummaries(0, httpapi.MaxBatchesLimit)
		if err == nil && len(sums) < 3 {
			err = errors.New("fewer than 3 batches listed")
		}
		if err == nil {
			_, _, err = s.Batch(1)
		}
		done <- err
	}()
	select {
	case err := <-done:
		s.mu.Unlock()
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(storeReadWait):
		s.mu.Unlock()
		t.Fatalf("batch reads waited %v for the service's lock", storeReadWait)
	}
}

// TestBatchStoreClosed requires reads after Close to fail with ErrStoreClosed instead of reaching a closed
// Pebble database, now that they no longer serialize with Close through the service's lock.
func TestBatchStoreClosed(t *testing.T) {
	st, err := wal.OpenBatchStore(t.TempDir(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Last(); !errors.Is(err, wal.ErrStoreClosed) {
		t.Fatalf("Last after Close: %v", err)
	}
	if _, err := st.Get(1); !errors.Is(err, wal.ErrStoreClosed) {
		t.Fatalf("Get after Close: %v", err)
	}
	if err := st.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
}

// TestBatchListing checks GET /v1/batches's listing, read from the stored summaries, against the batches
// themselves, also for a batch stored before summaries existed (its summary key deleted), and the limit and
// before bounds.
func TestBatchListing(t *testing.T) {
	s := newService(t, 2, nil)
	s.deposit(t, hundredK, 1, 2, 3, 4, 5, 6, 7, 8)
	if err := s.store.DB.Delete(wal.StoreKey('h', 2), nil); err != nil {
		t.Fatal(err)
	}
	got, err := s.BatchSummaries(0, 3)
	if err != nil {
		t.Fatal(err)
	}
	for i, n := range []uint64{4, 3, 2} {
		b, st, err := s.Batch(n)
		if err != nil {
			t.Fatal(err)
		}
		want := wire.BatchSummaryJSON{Number: n, Timestamp: b.Header.TimestampSeconds, BatchSize: b.BatchSize, TxCount: wal.TxCount(b),
			NewRoot: wire.WordHex(b.Header.NewRoot), BatchStatus: st}
		if i >= len(got) || got[i] != want {
			t.Fatalf("listing %+v, want entry %d = %+v", got, i, want)
		}
	}
	if len(got) != 3 {
		t.Fatalf("%d entries for limit 3", len(got))
	}
	if got, err := s.BatchSummaries(2, 100); err != nil || len(got) != 1 || got[0].Number != 1 {
		t.Fatalf("before 2: %+v %v", got, err)
	}
}

// TestGuardPebbleRecoversErrorPanics: Pebble panics with a bare error when it cannot close the WAL it rotates
// away from (an injected sync failure did it under load, and the process died instead of stopping fatally);
// guardPebble returns it as an error, and still re-panics anything that is not Pebble's.
func TestGuardPebbleRecoversErrorPanics(t *testing.T) {
	errWAL := errors.New("injected WAL close failure")
	if err := wal.GuardPebble(func() error { panic(errWAL) }); !errors.Is(err, errWAL) {
		t.Fatalf("error panic: %v", err)
	}
	if err := wal.GuardPebble(func() error { panic(wal.StoreFatal{Msg: "fatal"}) }); err == nil {
		t.Fatal("storeFatal panic: no error")
	}
	defer func() {
		if r := recover(); r != "not pebble's" {
			t.Fatalf("a foreign panic was not re-raised: %v", r)
		}
	}()
	_ = wal.GuardPebble(func() error { panic("not pebble's") })
}

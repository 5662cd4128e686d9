package sequencer

import (
	"errors"
	"testing"
	"time"
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
		sums, err := s.BatchSummaries(0, MaxBatchesLimit)
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
	st, err := OpenBatchStore(t.TempDir(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Last(); !errors.Is(err, ErrStoreClosed) {
		t.Fatalf("Last after Close: %v", err)
	}
	if _, err := st.Get(1); !errors.Is(err, ErrStoreClosed) {
		t.Fatalf("Get after Close: %v", err)
	}
	if err := st.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
}

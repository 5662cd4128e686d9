package statedb

import (
	"sync"
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/perpx/perpx/state"
)

func openMem(tb testing.TB) *Tree {
	tb.Helper()
	tr, err := Open("db", WithFS(vfs.NewMem()), WithLogger(quietLogger()))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { tr.Close() })
	return tr
}

// BenchmarkTreeTrade measures the tree work of one side of a trade: read the account and both proofs, write
// its order slot and its leaf; a Commit every 64 sides, as a batch would.
func BenchmarkTreeTrade(b *testing.B) {
	tr := openMem(b)
	for i := range b.N {
		id := uint32(i*7919) % 100_000
		slot := uint16(i % 64)
		a, err := tr.Account(id)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := tr.AccountProof(id); err != nil {
			b.Fatal(err)
		}
		if _, err := tr.SlotProof(id, slot); err != nil {
			b.Fatal(err)
		}
		if a.SlotRoot, err = tr.SetSlot(id, slot, state.Slot{Nonce: uint32(i) + 1, Filled: 1}); err != nil {
			b.Fatal(err)
		}
		a.CollateralQuantums++
		if err := tr.SetAccount(id, a); err != nil {
			b.Fatal(err)
		}
		if i%64 == 63 {
			if err := tr.Commit(); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestTreeConcurrentReads runs readers alongside the writer; with -race it checks the tree's locking.
func TestTreeConcurrentReads(t *testing.T) {
	tr := openMem(t)
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for r := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := uint32(0); ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				if _, err := tr.Account(i % 8); err != nil {
					t.Error(err)
					return
				}
				if _, err := tr.SlotProof(i%8, uint16(r)); err != nil {
					t.Error(err)
					return
				}
				_ = tr.Root()
			}
		}()
	}
	for i := range 40 {
		id := uint32(i % 8)
		a, err := tr.Account(id)
		if err != nil {
			t.Fatal(err)
		}
		if a.SlotRoot, err = tr.SetSlot(id, uint16(i%2), state.Slot{Nonce: uint32(i) + 1}); err != nil {
			t.Fatal(err)
		}
		if err := tr.SetAccount(id, a); err != nil {
			t.Fatal(err)
		}
		if i%10 == 9 {
			if err := tr.Commit(); err != nil {
				t.Fatal(err)
			}
		}
	}
	close(stop)
	wg.Wait()
}

package l1

import (
	"context"
	"errors"
	"math/big"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// TestSimCommitAfterClose holds the teardown contract a test's mining goroutine relies on: Commit racing with or
// following Close neither panics nor mines, and a transaction sent after Close is refused with ErrSimClosed.
func TestSimCommitAfterClose(t *testing.T) {
	sim, err := NewSim(1)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	stop := make(chan struct{})
	wg.Add(1)
	go func() { // a miner that outlives the chain, as a test's deferred teardown may leave it
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			default:
				sim.Commit()
			}
		}
	}()
	if err := sim.Close(); err != nil {
		t.Fatal(err)
	}
	if h := sim.Commit(); h != (common.Hash{}) {
		t.Fatalf("Commit after Close mined %s", h)
	}
	close(stop)
	wg.Wait()
	if err := sim.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	tx := types.NewTx(&types.LegacyTx{Nonce: 0, GasPrice: big.NewInt(1), Gas: 21_000, Value: big.NewInt(0)})
	if err := sim.Client().SendTransaction(context.Background(), tx); !errors.Is(err, ErrSimClosed) {
		t.Fatalf("send after Close: %v, want ErrSimClosed", err)
	}
}

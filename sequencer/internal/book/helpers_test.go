package book

import (
	"flag"
	"os"
	"strconv"
	"testing"
	"time"
)

// Markets of the tests.
const (
	mBTC uint8 = 1
	mETH uint8 = 2
)

var seedFlag = flag.Uint64("seed", 0, "seed of the randomized tests (0: from the clock)")

// testSeed returns the seed of a randomized test and logs it so that a failure can be rerun.
func testSeed(t testing.TB) uint64 {
	s := *seedFlag
	if s == 0 {
		s = uint64(time.Now().UnixNano())
	}
	t.Logf("seed: %d (rerun with -seed=%d)", s, s)
	return s
}

// envSeed returns the seed of a model test from PERPX_SEED, or from the clock, and logs it.
func envSeed(t testing.TB) uint64 {
	if v := os.Getenv("PERPX_SEED"); v != "" {
		s, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("PERPX_SEED=%q: %v", v, err)
		}
		t.Logf("seed %d (from PERPX_SEED)", s)
		return s
	}
	s := uint64(time.Now().UnixNano())
	t.Logf("seed %d (replay with PERPX_SEED=%d)", s, s)
	return s
}

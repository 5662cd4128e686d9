package provertest

import (
	"flag"
	"fmt"
	"os"
	"testing"

	"github.com/perpx/perpx/prover"
)

// RunWithKeys makes the development keys of batchSize in prover.DefaultKeyDir (loading them when cached), then
// runs the tests and exits with their status. Under -short it only runs the tests, which then skip real proofs.
//
// Making the keys first keeps the setup (minutes from an empty key directory on a loaded machine) out of every
// test's own deadline: a test that waits for a proof then waits for proving alone.
func RunWithKeys(m *testing.M, batchSize int) {
	flag.Parse()
	if testing.Short() {
		os.Exit(m.Run())
	}
	if _, err := prover.LoadOrSetup(prover.DefaultKeyDir(), batchSize, nil); err != nil {
		fmt.Fprintf(os.Stderr, "batch-%d keys: %v\n", batchSize, err)
		os.Exit(1)
	}
	os.Exit(m.Run())
}

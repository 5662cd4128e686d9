package l1

import (
	"flag"
	"fmt"
	"os"
	"testing"

	"github.com/perpx/perpx/l1/internal/submissioncircuit"
	"github.com/perpx/perpx/prover"
)

// submissionKeys are the development keys of the submission stand-in circuit (submissioncircuit), made by
// TestMain; nil in -short runs, whose submission tests skip.
var submissionKeys *prover.Keys

// TestMain makes the submission stand-in circuit's development keys before any test starts (in PERPX_KEY_DIR,
// by circuit hash). prover.DevSetup derives them from a beacon by replacing crypto/rand.Reader for the length of
// the setup, so no other goroutine of the process may read crypto/rand meanwhile: here nothing else runs yet.
func TestMain(m *testing.M) {
	flag.Parse()
	if !testing.Short() {
		k, err := prover.LoadOrSetupCircuit(prover.DefaultKeyDir(), submissioncircuit.Name,
			&submissioncircuit.SubmissionStatementCircuit{}, nil)
		if err != nil {
			fmt.Fprintln(os.Stderr, "submission keys:", err)
			os.Exit(1)
		}
		submissionKeys = k
	}
	os.Exit(m.Run())
}

package circuits

import (
	"flag"
	"testing"

	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/profile"
)

var profileOut = flag.String("profile", "", "write the slot circuit's constraint profile (gnark profile, pprof format) to this file")

// TestSlotProfile compiles the slot circuit under gnark's constraint profiler when -profile names an output
// file, and logs the top of the profile; read it whole with
// go tool pprof -sample_index=constraints -lines -top -cum -nodefraction=0 FILE.
func TestSlotProfile(t *testing.T) {
	if *profileOut == "" {
		t.Skip("run with -profile FILE")
	}
	p := profile.Start(profile.WithPath(*profileOut))
	if _, err := frontend.Compile(scalarField, r1cs.NewBuilder, &SlotCircuit{}); err != nil {
		t.Fatal(err)
	}
	p.Stop()
	t.Logf("%d constraints\n%s", p.NbConstraints(), p.Top())
}

package prover

import (
	"errors"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"

	"github.com/perpx/perpx/circuits/testkit"
	"github.com/perpx/perpx/state"
)

// verifyOracleReport verifies a report signature the way package sequencer does (gnark-crypto EdDSA over the
// 32-byte message word, Poseidon2 inside).
func verifyOracleReport(k state.PubKey, msg []byte, sig state.Signature) bool {
	var pub eddsa.PublicKey
	pub.A.X, pub.A.Y = k.X, k.Y
	ok, err := pub.Verify(sig[:], msg, poseidon2.NewMerkleDamgardHasher())
	return err == nil && ok
}

// TestDifferentialOracleTime runs whole batches of 2 whose market update carries a quorum at the boundary of
// the rule that oracle prices only move forward (docs/PROTOCOL.md §5): every report strictly newer than each
// active or reduce-only market's last oracle time. Package state (CheckOracleReports, what the engine runs) and
// the batch circuit must agree: older and equal refused, newer accepted, and an accepted batch's new markets
// carry the batch time as their last oracle time.
func TestDifferentialOracleTime(t *testing.T) {
	const last = batchTime - 20
	cases := []struct {
		name  string
		times [3]uint64
		valid bool
	}{
		{"older: one report before the last oracle time", [3]uint64{last + 1, last - 1, last + 1}, false},
		{"equal: one report at the last oracle time", [3]uint64{last + 1, last + 1, last}, false},
		{"equal: every report at the last oracle time", [3]uint64{last, last, last}, false},
		{"newer: every report one second after", [3]uint64{last + 1, last + 1, last + 1}, true},
		{"newer: reports up to the batch time", [3]uint64{last + 1, last + 5, batchTime}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := testkit.NewWorld()
			w.Open(0, 1_000_000_000)
			for i := range w.Markets {
				if w.Markets[i].Live() {
					w.Markets[i].LastOracleTimeSeconds = last
				}
			}
			old := w.Markets
			var reports []state.SignedOracleReport
			for j, ts := range c.times {
				r := state.OracleReport{TimestampSeconds: ts}
				for i := range old {
					if old[i].Status != state.MarketUnlisted {
						r.Prices[i] = old[i].OraclePrice + uint64(j+1)*old[i].TickSize
					}
				}
				reports = append(reports, testkit.SignReport(uint8(j), r))
			}
			b := w.Begin()
			if err := b.UpdateMarkets(batchTime, reports, [state.MarketCount]int16{}); err != nil {
				t.Fatal(err)
			}
			sealed := b.Seal(2, 3, batchTime, w.Config.Hash())
			goErr := state.CheckOracleReports(&w.Config, &old, batchTime, &sealed.Market.Record, reports, verifyOracleReport)
			if goErr != nil && !errors.Is(goErr, state.ErrOracleNotNewer) {
				t.Fatalf("state refuses for another reason: %v", goErr)
			}
			a, err := Assign(sealed)
			if err == nil {
				err = solveBatch(t, a)
			}
			if (err == nil) != (goErr == nil) || (err == nil) != c.valid {
				t.Fatalf("state: %v; circuit: %v; want valid=%v", goErr, err, c.valid)
			}
			if c.valid {
				if m := sealed.NewMarkets[0]; m.LastOracleTimeSeconds != batchTime {
					t.Fatalf("last oracle time %d after the update, want the batch time %d", m.LastOracleTimeSeconds, batchTime)
				}
			}
			t.Logf("state: %v; circuit: %v", goErr, err)
		})
	}
}

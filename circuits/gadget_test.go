package circuits

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/test"

	"github.com/perpx/perpx/state"
)

// Gadgets tested alone with gnark's test harness: each gadget circuit of parts_test.go gets valid assignments
// computed by the Go rule it mirrors and mutated assignments that must fail, checked by the test engine and the
// R1CS solver (the proving round trip is covered by the whole-batch tests). The Merkle path and leaf hash
// gadgets have their own tests beside the tree code.

// gadgetOptions runs the test engine and the BN254 R1CS solver, without proving or serialization round trips.
func gadgetOptions() []test.TestingOption {
	return []test.TestingOption{
		test.WithCurves(ecc.BN254), test.WithBackends(backend.GROTH16), test.NoProverChecks(),
		test.NoSerializationChecks(), test.NoFuzzing(), test.NoSolidityChecks(),
	}
}

// TestGadgetMargin checks the margin gadget (riskOf, marginAfter) against state.ComputeRisk and the health and
// cross rules of docs/PROTOCOL.md §5, including tiered fractions, and rejects a flipped verdict or a risk term
// off by one.
func TestGadgetMargin(t *testing.T) {
	assert := test.NewAssert(t)
	r := rand.New(rand.NewPCG(21, 22))
	for i := 0; i < 4; i++ {
		ms := randMarkets(r)
		if i%2 == 1 { // a tier on every market, crossed by some positions
			for k := range ms {
				ms[k].TierSizeQuantums = 1 << 40
				ms[k].TierImfPpm, ms[k].TierMmfPpm = state.PpmScale, ms[k].MmfPpm
			}
		}
		a := randAccount(r)
		a.CollateralQuantums = randInt(r, 62)
		r0 := state.ComputeRisk(&a, &ms)
		tv1 := new(big.Int).Add(&r0.TV, new(big.Int).Lsh(big.NewInt(randInt(r, 62)), 28))
		imr1 := new(big.Int).Add(&r0.IMR, big.NewInt(r.Int64N(1<<62)))
		mmr1 := new(big.Int).Add(&r0.MMR, big.NewInt(r.Int64N(1<<62)))
		healthy := new(big.Int).Mul(tv1, big.NewInt(state.PpmScale)).Cmp(imr1) >= 0
		cross := new(big.Int).Mul(tv1, &r0.MMR).Cmp(new(big.Int).Mul(&r0.TV, mmr1)) >= 0
		valid := func() *marginCircuit {
			return &marginCircuit{
				Markets: AssignMarkets(&ms), Account: AssignAccount(&a), TV: &r0.TV, IMR: &r0.IMR, MMR: &r0.MMR,
				TV1: tv1, IMR1: imr1, MMR1: mmr1, Healthy: boolVar(healthy), Reducing: boolVar(cross),
			}
		}
		mutations := map[string]func(c *marginCircuit){
			"healthy flipped": func(c *marginCircuit) { c.Healthy = boolVar(!healthy) },
			"cross flipped":   func(c *marginCircuit) { c.Reducing = boolVar(!cross) },
			"TV + 1":          func(c *marginCircuit) { c.TV = new(big.Int).Add(&r0.TV, big.NewInt(1)) },
			"IMR − 1":         func(c *marginCircuit) { c.IMR = new(big.Int).Sub(&r0.IMR, big.NewInt(1)) },
		}
		opts := []test.TestingOption{test.WithValidAssignment(valid())}
		for _, m := range mutations {
			c := valid()
			m(c)
			opts = append(opts, test.WithInvalidAssignment(c))
		}
		assert.CheckCircuit(&marginCircuit{}, append(opts, gadgetOptions()...)...)
	}
}

// TestGadgetSettlement checks the settlement gadget against state.SettleFunding: funding at the table's indices,
// positions in settled markets closed at their price, settle = ⌈owed / S⌉. Rounding the settlement the other
// way (in the account's favour) or moving the collateral by one quantum is rejected.
func TestGadgetSettlement(t *testing.T) {
	assert := test.NewAssert(t)
	r := rand.New(rand.NewPCG(23, 24))
	checked := 0
	for checked < 4 {
		ms := randMarkets(r)
		for k := range ms {
			ms[k].FundingIndex = randInt(r, 40)
			ms[k].OraclePrice = r.Uint64N(1 << 40)
		}
		a := randAccount(r)
		a.CollateralQuantums = randInt(r, 60)
		for k := range a.Positions {
			if a.Positions[k].Market != 0 {
				a.Positions[k].FundingIndex = randInt(r, 40)
			}
		}
		after := a
		settle, err := state.SettleFunding(&after, &ms)
		if err != nil {
			continue // out of range for this draw; the gadget's range checks are tested by the slot tests
		}
		owed := state.SettlementOwed(&a, &ms)
		if new(big.Int).Mod(owed, big.NewInt(state.PriceScale)).Sign() == 0 {
			continue // exact division: no rounding to check
		}
		checked++
		tv := state.ComputeRisk(&after, &ms).TV
		valid := func() *settleCircuit {
			return &settleCircuit{Markets: AssignMarkets(&ms), Account: AssignAccount(&a), Settle: settle,
				Collateral: after.CollateralQuantums, TV: &tv}
		}
		down := valid()
		down.Settle, down.Collateral = settle-1, after.CollateralQuantums+1
		richer := valid()
		richer.Collateral = after.CollateralQuantums + 1
		otherTV := valid()
		otherTV.TV = new(big.Int).Add(&tv, big.NewInt(state.PriceScale))
		assert.CheckCircuit(&settleCircuit{}, append([]test.TestingOption{test.WithValidAssignment(valid()),
			test.WithInvalidAssignment(down), test.WithInvalidAssignment(richer), test.WithInvalidAssignment(otherTV)},
			gadgetOptions()...)...)
	}
}

// TestGadgetSignature checks the signature gadget: a signature of the dev key verifies; another message,
// another key, a scalar S + 1 and a point R off the curve are rejected.
func TestGadgetSignature(t *testing.T) {
	assert := test.NewAssert(t)
	msg := state.Hash(state.Uint(4), state.Uint(5), state.Uint(6))
	sig, err := SignWord(DevKey(), msg)
	if err != nil {
		t.Fatal(err)
	}
	pk := DevPubKey()
	valid := func() *eddsaCircuit {
		sv, err := AssignSignature(sig)
		if err != nil {
			t.Fatal(err)
		}
		return &eddsaCircuit{PubKeyX: state.BigOf(pk.X), PubKeyY: state.BigOf(pk.Y), Msg: state.BigOf(msg), Sig: sv}
	}
	otherMsg := valid()
	otherMsg.Msg = state.BigOf(state.Uint(7))
	otherKey := valid()
	otherKey.PubKeyX, otherKey.PubKeyY = otherKey.Sig.R.X, otherKey.Sig.R.Y
	sPlus := valid()
	sPlus.Sig.S = new(big.Int).Add(toBig(sPlus.Sig.S), big.NewInt(1))
	rOff := valid()
	rOff.Sig.R.Y = new(big.Int).Add(toBig(rOff.Sig.R.Y), big.NewInt(1))
	assert.CheckCircuit(&eddsaCircuit{}, append([]test.TestingOption{test.WithValidAssignment(valid()),
		test.WithInvalidAssignment(otherMsg), test.WithInvalidAssignment(otherKey), test.WithInvalidAssignment(sPlus),
		test.WithInvalidAssignment(rOff)}, gadgetOptions()...)...)
}

// toBig returns the integer a witness value assigned by AssignSignature holds.
func toBig(v any) *big.Int {
	switch x := v.(type) {
	case *big.Int:
		return x
	case big.Int:
		return &x
	}
	panic("circuits: unexpected witness value type")
}

package poseidon2sol

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/ethereum/go-ethereum/common"
	evm "github.com/ethereum/go-ethereum/core/vm/runtime"

	"github.com/perpx/perpx/state"
)

// run4 executes the width-4 hasher's runtime on four words and returns its output, or an error on a revert.
func run4(t *testing.T, code []byte, in [4]*big.Int) ([]byte, error) {
	t.Helper()
	var data []byte
	for _, x := range in {
		var w [32]byte
		x.FillBytes(w[:])
		data = append(data, w[:]...)
	}
	out, _, err := evm.Execute(code, data, &evm.Config{GasLimit: 10_000_000})
	return out, err
}

// TestRuntime4MatchesGnark checks the width-4 hasher bytecode against state.Compress4 on random and extreme
// words, and that it reverts on a word equal to the modulus.
func TestRuntime4MatchesGnark(t *testing.T) {
	code := runtime4(poseidon2.NewParameters(width4, fullRounds4, partialRounds4))
	rng := rand.New(rand.NewPCG(4, 4))
	var rm1 fr.Element
	rm1.SetOne().Neg(&rm1)
	cases := [][4]fr.Element{{}, {rm1, rm1, rm1, rm1}, {state.Uint(1), state.Uint(2), state.Uint(3), state.Uint(4)}}
	for range 200 {
		var c [4]fr.Element
		for i := range c {
			c[i].SetRandom()
			if rng.IntN(4) == 0 {
				c[i] = rm1
			}
		}
		cases = append(cases, c)
	}
	for _, c := range cases {
		var in [4]*big.Int
		for i := range c {
			in[i] = state.BigOf(c[i])
		}
		out, err := run4(t, code, in)
		if err != nil {
			t.Fatal(err)
		}
		want := state.Compress4(c)
		if wb := want.Bytes(); string(out) != string(wb[:]) {
			t.Fatalf("C4(%v) = %x, want %x", in, out, wb)
		}
	}
	for i := range 4 {
		in := [4]*big.Int{big.NewInt(0), big.NewInt(0), big.NewInt(0), big.NewInt(0)}
		in[i] = fr.Modulus()
		if _, err := run4(t, code, in); err == nil {
			t.Fatalf("word %d = p accepted", i)
		}
	}
}

// TestRuntime4Gas reports the width-4 hasher's execution gas beside the width-2 one's (two width-2
// compressions do the work of one width-4 compression in a Merkle path).
func TestRuntime4Gas(t *testing.T) {
	gas := func(code []byte, words int) uint64 {
		data := make([]byte, 32*words)
		data[31] = 1
		cfg := &evm.Config{GasLimit: 10_000_000}
		_, st, err := evm.Execute(code, data, cfg)
		if err != nil {
			t.Fatal(err)
		}
		cfg.State = st
		_, left, err := evm.Call(common.BytesToAddress([]byte("contract")), data, cfg)
		if err != nil {
			t.Fatal(err)
		}
		return cfg.GasLimit - left
	}
	g2 := gas(runtime(poseidon2.NewParameters(width, fullRounds, partialRounds).RoundKeys), 2)
	g4 := gas(runtime4(poseidon2.NewParameters(width4, fullRounds4, partialRounds4)), 4)
	t.Logf("execution gas (warm, no call overhead): width 2 %d, width 4 %d, code %d bytes", g2, g4, len(runtime4(poseidon2.NewParameters(width4, fullRounds4, partialRounds4))))
}

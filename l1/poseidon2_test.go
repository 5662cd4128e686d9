package l1

import (
	"encoding/json"
	"errors"
	"math/big"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/perpx/perpx/l1/testbindings"
	"github.com/perpx/perpx/state"
)

// poseidon2Env deploys a Poseidon2Harness on a fresh Sim.
func poseidon2Env(t *testing.T) (*env, *testbindings.Poseidon2Harness, common.Address) {
	t.Helper()
	sim, err := NewSim(1)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	e := &env{t: t, ctx: t.Context(), sim: sim, b: sim.Client()}
	addr, err := deploy(e.ctx, e.b, e.op(), common.FromHex(testbindings.Poseidon2HarnessMetaData.Bin), nil)
	if err != nil {
		t.Fatal(err)
	}
	return e, testbindings.NewPoseidon2Harness(), addr
}

// randomWord returns a random field element, often an extreme one (0, 1, r−1, small, 2^k − 1).
func randomWord(rng *rand.Rand) fr.Element {
	var e fr.Element
	switch rng.IntN(8) {
	case 0:
		return e
	case 1:
		e.SetOne()
		return e
	case 2:
		e.SetBigInt(new(big.Int).Sub(fr.Modulus(), big.NewInt(int64(1+rng.IntN(3)))))
		return e
	case 3:
		e.SetUint64(rng.Uint64())
		return e
	case 4:
		e.SetBigInt(new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(1+rng.IntN(253))), big.NewInt(1)))
		return e
	}
	var b [32]byte
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	e.SetBytes(b[:]) // reduced mod r
	return e
}

// TestPoseidon2MatchesGnark checks the Solidity compression against gnark-crypto's (state.Compress) on 1,200
// random pairs of words, including the extremes 0, 1 and r − 1, and the Merkle–Damgård hash on random arities.
func TestPoseidon2MatchesGnark(t *testing.T) {
	e, h, addr := poseidon2Env(t)
	c := h.Instance(e.b, addr)
	seed := testSeed(t)
	rng := rand.New(rand.NewPCG(seed, 2))
	const calls, perCall = 6, 200
	for range calls {
		ls, rs := make([]*big.Int, perCall), make([]*big.Int, perCall)
		want := make([]fr.Element, perCall)
		for i := range ls {
			l, r := randomWord(rng), randomWord(rng)
			ls[i], rs[i] = state.BigOf(l), state.BigOf(r)
			want[i] = state.Compress(l, r)
		}
		got, err := call(e.ctx, c, h.PackCompressMany(ls, rs), h.UnpackCompressMany)
		if err != nil {
			t.Fatal(err)
		}
		for i := range got {
			if w := state.BigOf(want[i]); got[i].Cmp(w) != 0 {
				t.Fatalf("compress(%x, %x): solidity %x, gnark-crypto %x", ls[i], rs[i], got[i], w)
			}
		}
	}
	for n := range 20 {
		words := make([]fr.Element, n)
		in := make([]*big.Int, n)
		for i := range words {
			words[i] = randomWord(rng)
			in[i] = state.BigOf(words[i])
		}
		got, err := call(e.ctx, c, h.PackHash(in), h.UnpackHash)
		if err != nil {
			t.Fatal(err)
		}
		if w := state.BigOf(state.Hash(words...)); got.Cmp(w) != 0 {
			t.Fatalf("hash of %d words: solidity %x, gnark-crypto %x", n, got, w)
		}
	}
}

// TestPoseidon2Width4MatchesGnark checks the Solidity width-4 compression against state.Compress4 on 400
// random quadruples (extremes included), H4 against state.Hash4 and the golden vectors, and that a word equal
// to the modulus makes the hasher fail.
func TestPoseidon2Width4MatchesGnark(t *testing.T) {
	e, h, addr := poseidon2Env(t)
	c := h.Instance(e.b, addr)
	rng := rand.New(rand.NewPCG(testSeed(t), 4))
	in := make([][4]*big.Int, 400)
	want := make([]fr.Element, len(in))
	for i := range in {
		var x [state.TreeArity]fr.Element
		for j := range x {
			x[j] = randomWord(rng)
			in[i][j] = state.BigOf(x[j])
		}
		want[i] = state.Compress4(x)
	}
	got, err := call(e.ctx, c, h.PackCompress4Many(in), h.UnpackCompress4Many)
	if err != nil {
		t.Fatal(err)
	}
	for i := range got {
		if w := state.BigOf(want[i]); got[i].Cmp(w) != 0 {
			t.Fatalf("compress4(%x): solidity %x, gnark-crypto %x", in[i], got[i], w)
		}
	}
	raw, err := os.ReadFile(filepath.Join("..", "state", "testdata", "vectors.json"))
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Compress4, Hash4 []struct {
			Inputs []string
			Out    string
		}
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Compress4) == 0 || len(v.Hash4) == 0 {
		t.Fatal("no width-4 vectors")
	}
	for _, cv := range v.Compress4 {
		var x [4]*big.Int
		for i, w := range cv.Inputs {
			x[i] = hexBig(t, w)
		}
		got, err := call(e.ctx, c, h.PackCompress4Many([][4]*big.Int{x}), h.UnpackCompress4Many)
		if err != nil {
			t.Fatal(err)
		}
		if got[0].Cmp(hexBig(t, cv.Out)) != 0 {
			t.Fatalf("compress4(%v) = %x, want %s", cv.Inputs, got[0], cv.Out)
		}
	}
	for _, hv := range v.Hash4 {
		words := make([]*big.Int, len(hv.Inputs))
		for i, w := range hv.Inputs {
			words[i] = hexBig(t, w)
		}
		got, err := call(e.ctx, c, h.PackHash4(words), h.UnpackHash4)
		if err != nil {
			t.Fatal(err)
		}
		if got.Cmp(hexBig(t, hv.Out)) != 0 {
			t.Fatalf("hash4(%v) = %x, want %s", hv.Inputs, got, hv.Out)
		}
	}
	bad := [4]*big.Int{big.NewInt(1), fr.Modulus(), big.NewInt(2), big.NewInt(3)}
	_, err = call(e.ctx, c, h.PackCompress4Many([][4]*big.Int{bad}), h.UnpackCompress4Many)
	wantRevert(t, err, "HasherFailed")
	res, err := call(e.ctx, c, h.PackCompress4Gas(), h.UnpackCompress4Gas)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("one width-4 compression: %d gas", res.GasUsed)
}

// TestPoseidon2Vectors checks the Solidity hash against the golden vectors of state/testdata/vectors.json,
// which bind the Go and circuit implementations.
func TestPoseidon2Vectors(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "state", "testdata", "vectors.json"))
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		Compress []struct{ Left, Right, Out string }
		Hash     []struct {
			Inputs []string
			Out    string
		}
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Compress) == 0 || len(v.Hash) == 0 {
		t.Fatal("no Poseidon2 vectors")
	}
	e, h, addr := poseidon2Env(t)
	c := h.Instance(e.b, addr)
	for _, cv := range v.Compress {
		got, err := call(e.ctx, c, h.PackCompressMany([]*big.Int{hexBig(t, cv.Left)}, []*big.Int{hexBig(t, cv.Right)}), h.UnpackCompressMany)
		if err != nil {
			t.Fatal(err)
		}
		if got[0].Cmp(hexBig(t, cv.Out)) != 0 {
			t.Fatalf("compress(%s, %s) = %x, want %s", cv.Left, cv.Right, got[0], cv.Out)
		}
	}
	for _, hv := range v.Hash {
		in := make([]*big.Int, len(hv.Inputs))
		for i, s := range hv.Inputs {
			in[i] = hexBig(t, s)
		}
		got, err := call(e.ctx, c, h.PackHash(in), h.UnpackHash)
		if err != nil {
			t.Fatal(err)
		}
		if got.Cmp(hexBig(t, hv.Out)) != 0 {
			t.Fatalf("hash(%v) = %x, want %s", hv.Inputs, got, hv.Out)
		}
	}
	res, err := call(e.ctx, c, h.PackCompressGas(big.NewInt(1), big.NewInt(2)), h.UnpackCompressGas)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("one compression: %d gas", res.GasUsed)
}

func hexBig(t *testing.T, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 0)
	if !ok {
		t.Fatalf("bad hex %q", s)
	}
	return v
}

// edgeWords are the canonical words TestPoseidon2Canonical pairs exhaustively: 0, 1, 2, 2^128, r−3, r−2, r−1.
func edgeWords() []*big.Int {
	r := fr.Modulus()
	return []*big.Int{big.NewInt(0), big.NewInt(1), big.NewInt(2), new(big.Int).Lsh(big.NewInt(1), 128),
		new(big.Int).Sub(r, big.NewInt(3)), new(big.Int).Sub(r, big.NewInt(2)), new(big.Int).Sub(r, big.NewInt(1))}
}

// TestPoseidon2Canonical checks the hasher is defined on every input: a word ≥ r — r, r + 1, 2r or 2^256 − 1 —
// in either argument, against 0, 1 and r − 1, makes the hasher contract itself revert with no data and
// Poseidon2.compress revert with HasherFailed, where before the check r aliased 0 and larger words wrapped;
// compress at an address without code reverts with HasherFailed (the returndatasize check) instead of
// returning its left input; and every pair of the edge words below r, and 200 random pairs, still match
// gnark-crypto.
func TestPoseidon2Canonical(t *testing.T) {
	e, h, addr := poseidon2Env(t)
	c := h.Instance(e.b, addr)
	hasher, err := call(e.ctx, c, h.PackHasher(), h.UnpackHasher)
	if err != nil {
		t.Fatal(err)
	}
	r := fr.Modulus()
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	bad := []*big.Int{r, new(big.Int).Add(r, big.NewInt(1)), new(big.Int).Lsh(r, 1), max}
	good := []*big.Int{big.NewInt(0), big.NewInt(1), new(big.Int).Sub(r, big.NewInt(1))}
	for _, x := range bad {
		for _, y := range good {
			for _, pair := range [][2]*big.Int{{x, y}, {y, x}} {
				var in [64]byte
				pair[0].FillBytes(in[:32])
				pair[1].FillBytes(in[32:])
				if out, err := e.b.CallContract(e.ctx, ethereum.CallMsg{To: &hasher, Data: in[:]}, nil); err == nil {
					t.Fatalf("hasher(%x, %x) = %x, want a revert", pair[0], pair[1], out)
				}
				_, err := call(e.ctx, c, h.PackCompressMany([]*big.Int{pair[0]}, []*big.Int{pair[1]}), h.UnpackCompressMany)
				if re := (*RevertError)(nil); !errors.As(err, &re) || re.Name != "HasherFailed" {
					t.Fatalf("compress(%x, %x): %v, want HasherFailed", pair[0], pair[1], err)
				}
			}
		}
	}
	_, err = call(e.ctx, c, h.PackCompressAt(common.Address{0xde, 0xad}, big.NewInt(7), big.NewInt(8)), h.UnpackCompressAt)
	if re := (*RevertError)(nil); !errors.As(err, &re) || re.Name != "HasherFailed" {
		t.Fatalf("compress at an address without code: %v, want HasherFailed", err)
	}

	var ls, rs []*big.Int
	for _, l := range edgeWords() {
		for _, rr := range edgeWords() {
			ls, rs = append(ls, l), append(rs, rr)
		}
	}
	rng := rand.New(rand.NewPCG(testSeed(t), 3))
	for range 200 {
		l, rr := randomWord(rng), randomWord(rng)
		ls, rs = append(ls, state.BigOf(l)), append(rs, state.BigOf(rr))
	}
	got, err := call(e.ctx, c, h.PackCompressMany(ls, rs), h.UnpackCompressMany)
	if err != nil {
		t.Fatal(err)
	}
	for i := range got {
		var l, rr fr.Element
		l.SetBigInt(ls[i])
		rr.SetBigInt(rs[i])
		if w := state.BigOf(state.Compress(l, rr)); got[i].Cmp(w) != 0 {
			t.Fatalf("compress(%x, %x): solidity %x, gnark-crypto %x", ls[i], rs[i], got[i], w)
		}
	}
}

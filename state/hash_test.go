package state

import (
	"math/big"
	"slices"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// TestHashIsGnarkMerkleDamgard checks docs/PROTOCOL.md §2: H equals gnark-crypto's Merkle–Damgård hasher fed
// 32-byte big-endian words, and C is P(l, r)[1] + r.
func TestHashIsGnarkMerkleDamgard(t *testing.T) {
	for n := range 6 {
		words := make([]fr.Element, n)
		md := poseidon2.NewMerkleDamgardHasher()
		for i := range words {
			words[i] = Hash(Uint(uint64(100*n + i)))
			b := words[i].Bytes()
			md.Write(b[:])
		}
		got := Hash(words...)
		if gb := got.Bytes(); string(md.Sum(nil)) != string(gb[:]) {
			t.Fatalf("H of %d words differs from gnark-crypto's Merkle–Damgård hasher", n)
		}
	}
	l, r := Uint(3), Uint(4)
	x := []fr.Element{l, r}
	if err := poseidon2.NewPermutation(2, 6, 50).Permutation(x); err != nil {
		t.Fatal(err)
	}
	var want fr.Element
	want.Add(&x[1], &r)
	if Compress(l, r) != want {
		t.Fatal("Compress is not P(l, r)[1] + r")
	}
	if Compress(l, r) == Compress(r, l) {
		t.Fatal("Compress is symmetric")
	}
	if w := Hash(); !w.IsZero() {
		t.Fatal("H() is not the zero IV")
	}
}

func TestWordHelpers(t *testing.T) {
	v := new(big.Int).Lsh(big.NewInt(1), 200)
	if BigOf(Word(v)).Cmp(v) != 0 {
		t.Fatal("Word/BigOf round trip")
	}
	b := Bytes32(Uint(0x0102))
	if b[30] != 1 || b[31] != 2 || b[0] != 0 {
		t.Fatalf("Bytes32 is not big-endian: %x", b)
	}
}

// TestRootFromPath pins the child order of the 4-ary path: at level l the node sits at position
// index>>(2l) & 3 and the level's three siblings fill the other positions in increasing order.
func TestRootFromPath(t *testing.T) {
	leaf := Uint(1)
	s := []fr.Element{Uint(2), Uint(3), Uint(4), Uint(5), Uint(6), Uint(7)}
	// index 0b10_01: position 1 at level 0, position 2 at level 1.
	n1 := Compress4([TreeArity]fr.Element{s[0], leaf, s[1], s[2]})
	want := Compress4([TreeArity]fr.Element{s[3], s[4], n1, s[5]})
	if got := RootFromPath(leaf, 0b1001, s); got != want {
		t.Fatal("RootFromPath child order")
	}
}

// TestPatchPath checks PatchPath against the path of the tree with both writes, for pairs of leaves that meet
// at every level and position.
func TestPatchPath(t *testing.T) {
	tr := newNaiveTree()
	pairs := [][2]uint32{{0, 1}, {1, 0}, {3, 2}, {5, 6}, {0, 4}, {7, 13}, {63, 0}, {1 << 22, 1<<24 - 1}, {1<<24 - 1, 1 << 22}}
	for _, p := range pairs {
		idx, other := p[0], p[1]
		b := tr.account(other)
		b.CollateralQuantums = 9
		sib := tr.accountProof(idx)
		PatchPath(sib, uint64(idx), uint64(other), b.Hash(), tr.accountProof(other))
		tr2 := newNaiveTree()
		if err := tr2.setAccount(other, b); err != nil {
			t.Fatal(err)
		}
		if want := tr2.accountProof(idx); !slices.Equal(sib, want) {
			t.Fatalf("PatchPath(%d, %d) differs from the tree's path after the write", idx, other)
		}
	}
}

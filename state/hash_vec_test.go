package state

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// laneWord returns a field element from r: mostly uniform, sometimes 0, 1 or −1.
func laneWord(r *rand.Rand) fr.Element {
	var e fr.Element
	switch r.IntN(8) {
	case 0:
	case 1:
		e.SetOne()
	case 2:
		e.SetOne()
		e.Neg(&e)
	default:
		e = randomWord(r)
	}
	return e
}

// TestCompressVec: CompressVec and HashVec give Compress's and Hash's values lane by lane for every length
// around the vector block size and the chunk size, with the output aliasing either input or neither.
func TestCompressVec(t *testing.T) {
	r := rand.New(rand.NewPCG(testSeed(t), 1))
	for _, n := range []int{0, 1, 7, 8, 9, 15, 16, 17, 33, 63, 64, 65, 100, 129} {
		for alias := range 3 {
			l, rr := make(fr.Vector, n), make(fr.Vector, n)
			for i := range l {
				l[i], rr[i] = laneWord(r), laneWord(r)
			}
			if n > 1 {
				l[1] = l[0] // equal lanes
				rr[1] = rr[0]
			}
			want := make(fr.Vector, n)
			for i := range l {
				want[i] = Compress(l[i], rr[i])
			}
			out := make(fr.Vector, n)
			switch alias {
			case 1:
				out = l
			case 2:
				out = rr
			}
			CompressVec(out, l, rr)
			for i := range want {
				if out[i] != want[i] {
					t.Fatalf("n=%d alias %d lane %d: %v, want %v", n, alias, i, out[i].String(), want[i].String())
				}
			}
		}
		words := make([]fr.Vector, 5)
		for k := range words {
			words[k] = make(fr.Vector, n)
			for i := range words[k] {
				words[k][i] = laneWord(r)
			}
		}
		out := make(fr.Vector, n)
		HashVec(out, words...)
		for i := range out {
			if want := Hash(words[0][i], words[1][i], words[2][i], words[3][i], words[4][i]); out[i] != want {
				t.Fatalf("HashVec n=%d lane %d", n, i)
			}
		}
	}
}

// FuzzCompressVec compares CompressVec with Compress on arbitrary lanes (each 64 bytes of input, reduced).
func FuzzCompressVec(f *testing.F) {
	f.Add(make([]byte, 64*9))
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		n := len(data) / 64
		l, r := make(fr.Vector, n), make(fr.Vector, n)
		for i := range n {
			l[i].SetBytes(data[64*i : 64*i+32])
			r[i].SetBytes(data[64*i+32 : 64*i+64])
		}
		out := make(fr.Vector, n)
		CompressVec(out, l, r)
		for i := range n {
			if want := Compress(l[i], r[i]); out[i] != want {
				t.Fatalf("lane %d of %d", i, n)
			}
		}
	})
}

func BenchmarkCompressVec(b *testing.B) {
	for _, n := range []int{1, 8, 16, 32, 64} {
		b.Run("n="+strconv.Itoa(n), func(b *testing.B) {
			l, r := make(fr.Vector, n), make(fr.Vector, n)
			for i := range l {
				l[i].SetUint64(uint64(i))
				r[i].SetUint64(uint64(2 * i))
			}
			for b.Loop() {
				CompressVec(l, l, r)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/perm")
		})
	}
}

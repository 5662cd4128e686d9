package sigverify

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"runtime"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"

	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// TestSigVerdicts: a verdict vouches for its exact (key, message, signature) triple only, and the cache stays
// bounded.
func TestSigVerdicts(t *testing.T) {
	k1, k2 := wire.DevKey("verdict 1"), wire.DevKey("verdict 2")
	var w, w2 fr.Element
	w.SetUint64(7)
	w2.SetUint64(8)
	sig := k1.Sign(w)
	v := NewVerdicts(4)
	if v.Has(k1.PubKey(), w, &sig) {
		t.Fatal("empty cache vouches")
	}
	v.Add(k1.PubKey(), w, &sig)
	if !v.Has(k1.PubKey(), w, &sig) {
		t.Fatal("recorded verdict missing")
	}
	if v.Has(k2.PubKey(), w, &sig) || v.Has(k1.PubKey(), w2, &sig) {
		t.Fatal("verdict vouches for another key or message")
	}
	other := sig
	other[40] ^= 1
	if v.Has(k1.PubKey(), w, &other) {
		t.Fatal("verdict vouches for another signature")
	}
	for i := range 20 {
		var m fr.Element
		m.SetUint64(uint64(100 + i))
		s := k2.Sign(m)
		v.Add(k2.PubKey(), m, &s)
	}
	if len(v.cur)+len(v.old) > 8 {
		t.Fatalf("cache holds %d verdicts, bound 8", len(v.cur)+len(v.old))
	}
	if v.Has(k1.PubKey(), w, &sig) {
		t.Fatal("dropped verdict still vouches")
	}
	var nilCache *Verdicts
	nilCache.Add(k1.PubKey(), w, &sig)
	if nilCache.Has(k1.PubKey(), w, &sig) {
		t.Fatal("nil cache vouches")
	}
}

// verifyCase builds a key, a message word and a signature from a seed, then mutates them by kind, so that the
// differential and fuzz tests cover valid signatures and every way one can be wrong.
func verifyCase(seed uint64, kind uint8, noise []byte) (state.PubKey, fr.Element, state.Signature) {
	k := wire.DevKey(fmt.Sprint("verify ", seed%64)) // few keys: the key tables get reused, as in production
	var w fr.Element
	w.SetUint64(seed)
	sig := k.Sign(w)
	pk := k.PubKey()
	curve := twistededwards.GetEdwardsCurve()
	order := curve.Order
	var t2, t4 twistededwards.PointAffine // torsion points of order 2 and 4
	t2.X.SetZero()
	t2.Y.SetOne()
	t2.Y.Neg(&t2.Y)
	t4.X.SetOne()
	t4.X.Neg(&t4.X)
	t4.X.Sqrt(&t4.X)
	t4.Y.SetZero()
	setR := func(r twistededwards.PointAffine) {
		b := r.Bytes()
		copy(sig[:32], b[:])
	}
	getR := func() twistededwards.PointAffine {
		var r twistededwards.PointAffine
		r.SetBytes(sig[:32])
		return r
	}
	switch kind % 16 {
	case 0: // valid
	case 1: // another message
		w.SetUint64(seed + 1)
	case 2: // another key
		pk = wire.DevKey(fmt.Sprint("verify other ", seed%7)).PubKey()
	case 3: // noise flips bits
		for i, b := range noise {
			sig[i%64] ^= b
		}
	case 4: // S + order: non-canonical
		var s big.Int
		s.SetBytes(sig[32:])
		s.Add(&s, &order)
		s.FillBytes(sig[32:])
	case 5: // S = 0
		clear(sig[32:])
	case 6: // R with a torsion component
		r := getR()
		r.Add(&r, &t2)
		setR(r)
	case 7:
		r := getR()
		r.Add(&r, &t4)
		setR(r)
	case 8: // key with a torsion component
		a := twistededwards.PointAffine{X: pk.X, Y: pk.Y}
		a.Add(&a, &t4)
		pk = state.PubKey{X: a.X, Y: a.Y}
	case 9: // identity key, or a key off the curve
		if seed%2 == 0 {
			pk = state.PubKey{}
			pk.Y.SetOne()
		} else {
			pk.X.SetUint64(seed)
		}
	case 10: // R + B: a valid point, a wrong signature
		r := getR()
		b := twistededwards.GetEdwardsCurve().Base
		r.Add(&r, &b)
		setR(r)
	case 11: // random bytes
		for i := range sig {
			if len(noise) > 0 {
				sig[i] = noise[i%len(noise)] ^ byte(i)
			}
		}
	case 12: // R's sign bit flipped (−R.x)
		sig[31] ^= 0x80
	case 13: // R = identity
		var id twistededwards.PointAffine
		id.Y.SetOne()
		setR(id)
	case 14: // S = S + 1
		var s big.Int
		s.SetBytes(sig[32:])
		s.Add(&s, big.NewInt(1))
		if s.Cmp(&order) < 0 {
			s.FillBytes(sig[32:])
		}
	case 15: // R's y ≥ modulus
		for i := range 31 {
			sig[i] = 0xff
		}
		sig[31] = 0x7f
	}
	return pk, w, sig
}

// TestVerifyDifferential: fastVerify accepts exactly what gnark-crypto's eddsa Verify accepts, on valid
// signatures and on every kind of invalid one.
func TestVerifyDifferential(t *testing.T) {
	d := twistededwards.GetEdwardsCurve().D
	if d.Legendre() != -1 {
		t.Fatal("d is a square: the addition formulas are not complete")
	}
	r := rand.New(rand.NewPCG(testSeed(t), 1))
	n := 2000
	if testing.Short() {
		n = 300
	}
	accepted := 0
	for i := range n {
		noise := make([]byte, 1+r.IntN(8))
		for j := range noise {
			noise[j] = byte(r.Uint32())
		}
		pk, w, sig := verifyCase(r.Uint64(), uint8(i), noise)
		want, got := gnarkVerify(pk, w, &sig), fastVerify(pk, w, &sig)
		if got != want {
			t.Fatalf("case %d (kind %d): fastVerify %v, gnark-crypto %v; key %v, sig %x", i, i%16, got, want, pk, sig)
		}
		if want {
			accepted++
		}
	}
	if accepted < n/16 || accepted == n {
		t.Fatalf("%d of %d accepted: the cases do not cover both verdicts", accepted, n)
	}
}

// FuzzVerify compares fastVerify with gnark-crypto's eddsa Verify on fuzzed signatures.
func FuzzVerify(f *testing.F) {
	for k := range 16 {
		f.Add(uint64(k), uint8(k), []byte{byte(k), 1})
	}
	f.Fuzz(func(t *testing.T, seed uint64, kind uint8, noise []byte) {
		pk, w, sig := verifyCase(seed, kind, noise)
		if want, got := gnarkVerify(pk, w, &sig), fastVerify(pk, w, &sig); got != want {
			t.Fatalf("fastVerify %v, gnark-crypto %v; key %v, sig %x", got, want, pk, sig)
		}
	})
}

func BenchmarkVerify(b *testing.B) {
	k := wire.DevKey("bench verify")
	var w fr.Element
	w.SetUint64(42)
	sig := k.Sign(w)
	pk := k.PubKey()
	b.Run("gnark", func(b *testing.B) {
		for b.Loop() {
			if !gnarkVerify(pk, w, &sig) {
				b.Fatal("rejected")
			}
		}
	})
	b.Run("fast", func(b *testing.B) {
		fastVerify(pk, w, &sig) // first use of the key, and the base table
		fastVerify(pk, w, &sig) // the key's table
		for b.Loop() {
			if !fastVerify(pk, w, &sig) {
				b.Fatal("rejected")
			}
		}
	})
	for _, n := range []int{16, sigBatchMax} {
		items := make([]verifyItem, n)
		for i := range items {
			items[i] = verifyItem{pk: pk, w: w, sig: &sig}
		}
		b.Run(fmt.Sprintf("batch/n=%d", n), func(b *testing.B) { benchBatch(b, items) })
	}
	// The combining verifier: a lone caller, and many callers at once that each do other work per check as
	// the API's handlers do (the time per check overall, against fastVerify called by the same callers).
	b.Run("batcher/lone", func(b *testing.B) {
		var sb sigBatcher
		for b.Loop() {
			if !sb.Verify(pk, w, &sig) {
				b.Fatal("rejected")
			}
		}
	})
	for _, work := range benchCallerWork {
		b.Run(fmt.Sprintf("batcher/callers=32/work=%d", work), func(b *testing.B) {
			benchParallel(b, work, func(sb *sigBatcher) bool { return sb.Verify(pk, w, &sig) })
		})
		b.Run(fmt.Sprintf("fast/callers=32/work=%d", work), func(b *testing.B) {
			benchParallel(b, work, func(*sigBatcher) bool { return fastVerify(pk, w, &sig) })
		})
	}
	// Keys cycling: each check's key table (≈ 126 KiB) is out of the private caches, as under load.
	const keys, perKey = 256, 4
	cycle := make([]verifyItem, keys*perKey)
	sigs := make([]state.Signature, len(cycle))
	for i := range cycle {
		k := wire.DevKey(fmt.Sprint("bench verify ", i%keys))
		var m fr.Element
		m.SetUint64(uint64(i))
		sigs[i] = k.Sign(m)
		cycle[i] = verifyItem{pk: k.PubKey(), w: m, sig: &sigs[i]}
		if i < 2*keys {
			fastVerify(cycle[i].pk, m, &sigs[i]) // the key's first use, then its table
		}
	}
	b.Run(fmt.Sprintf("keys=%d/fast", keys), func(b *testing.B) {
		i := 0
		for b.Loop() {
			it := &cycle[i%len(cycle)]
			if !fastVerify(it.pk, it.w, it.sig) {
				b.Fatal("rejected")
			}
			i++
		}
	})
	b.Run(fmt.Sprintf("keys=%d/batch/n=%d", keys, sigBatchMax), func(b *testing.B) {
		batch := make([]verifyItem, sigBatchMax)
		i := 0
		for b.Loop() {
			for j := range batch {
				batch[j] = cycle[i%len(cycle)]
				i++
			}
			verifyBatchChecked(b, batch)
		}
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(i), "ns/sig")
	})
}

// benchCallerWork is the other work of a benchmark caller per check, in field products (≈ 17 ns each): less
// than a check, and about what the exchange's budget leaves per order for HTTP, JSON, matching and logging.
var benchCallerWork = []int{1000, 3500}

// benchParallel measures verify called by 32 goroutines at once, each doing work field products per call.
func benchParallel(b *testing.B, work int, verify func(*sigBatcher) bool) {
	var sb sigBatcher
	b.SetParallelism(32 / runtime.GOMAXPROCS(0))
	b.RunParallel(func(pb *testing.PB) {
		var x fr.Element
		x.SetUint64(3)
		for pb.Next() {
			for range work {
				x.Mul(&x, &x)
			}
			if x.IsZero() || !verify(&sb) {
				b.Error("rejected")
				return
			}
		}
	})
}

// benchBatch measures verifyBatch on items, all valid, and reports the time per signature.
func benchBatch(b *testing.B, items []verifyItem) {
	verifyBatchChecked(b, items) // the tables
	n := 0
	for b.Loop() {
		verifyBatchChecked(b, items)
		n += len(items)
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(n), "ns/sig")
}

func verifyBatchChecked(b *testing.B, items []verifyItem) {
	verifyBatch(items)
	for i := range items {
		if !items[i].ok {
			b.Fatal("rejected")
		}
	}
}

// TestKeyTableCache: a key gets a table on its second use, the cache stays bounded, and a busy key survives a
// stream of one-off keys.
func TestKeyTableCache(t *testing.T) {
	keyTables.Lock()
	saved := keyTables.m
	keyTables.m = make(map[state.PubKey]*keyEntry)
	keyTables.Unlock()
	defer func() {
		keyTables.Lock()
		keyTables.m = saved
		keyTables.Unlock()
	}()
	busy := wire.DevKey("busy").PubKey()
	if _, ok := keyTable(busy); ok {
		t.Fatal("table on first use")
	}
	for range 20 {
		if tb, ok := keyTable(busy); !ok || tb == nil {
			t.Fatal("no table on later uses")
		}
	}
	var bad state.PubKey
	bad.Y.SetOne()
	keyTable(bad)
	if tb, ok := keyTable(bad); !ok || tb != nil {
		t.Fatal("the identity got a table")
	}
	for i := range 3 * keyTableMax {
		var x fr.Element
		x.SetUint64(uint64(i) + 10)
		keyTable(state.PubKey{X: x, Y: x}) // not a point: never gets past the first use
		if i%8 == 0 {
			keyTable(busy)
		}
		keyTables.Lock()
		n := len(keyTables.m)
		keyTables.Unlock()
		if n > keyTableMax {
			t.Fatalf("%d keys cached, bound %d", n, keyTableMax)
		}
	}
	if _, ok := keyTable(busy); !ok {
		t.Fatal("the busy key was evicted by one-off keys")
	}
}

// TestOrderHash: orderHash is OrderMsg.Hash.
func TestOrderHash(t *testing.T) {
	r := rand.New(rand.NewPCG(testSeed(t), 4))
	for range 200 {
		m := state.OrderMsg{AccountID: r.Uint32() >> 8, Market: uint8(r.Uint32()), IsBuy: r.IntN(2) == 0, Flags: uint8(r.Uint32()),
			Slot: uint16(r.Uint32() >> 20), Nonce: r.Uint32(), ExpirySeconds: r.Uint64() >> 24, MaxFeePpm: r.Uint32() >> 12,
			SizeQuantums: r.Uint64(), LimitPrice: r.Uint64()}
		if got, want := OrderHash(&m), m.Hash(); got != want {
			t.Fatalf("%+v: %v, want %v", m, got, want)
		}
	}
}

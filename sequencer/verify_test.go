package sequencer

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// TestSigVerdicts: a verdict vouches for its exact (key, message, signature) triple only, and the cache stays
// bounded.
func TestSigVerdicts(t *testing.T) {
	k1, k2 := DevKey("verdict 1"), DevKey("verdict 2")
	var w, w2 fr.Element
	w.SetUint64(7)
	w2.SetUint64(8)
	sig := k1.Sign(w)
	v := newSigVerdicts(4)
	if v.has(k1.PubKey(), w, &sig) {
		t.Fatal("empty cache vouches")
	}
	v.add(k1.PubKey(), w, &sig)
	if !v.has(k1.PubKey(), w, &sig) {
		t.Fatal("recorded verdict missing")
	}
	if v.has(k2.PubKey(), w, &sig) || v.has(k1.PubKey(), w2, &sig) {
		t.Fatal("verdict vouches for another key or message")
	}
	other := sig
	other[40] ^= 1
	if v.has(k1.PubKey(), w, &other) {
		t.Fatal("verdict vouches for another signature")
	}
	for i := range 20 {
		var m fr.Element
		m.SetUint64(uint64(100 + i))
		s := k2.Sign(m)
		v.add(k2.PubKey(), m, &s)
	}
	if len(v.cur)+len(v.old) > 8 {
		t.Fatalf("cache holds %d verdicts, bound 8", len(v.cur)+len(v.old))
	}
	if v.has(k1.PubKey(), w, &sig) {
		t.Fatal("dropped verdict still vouches")
	}
	var nilCache *sigVerdicts
	nilCache.add(k1.PubKey(), w, &sig)
	if nilCache.has(k1.PubKey(), w, &sig) {
		t.Fatal("nil cache vouches")
	}
}

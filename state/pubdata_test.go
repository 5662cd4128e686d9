package state

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"testing"
)

// FuzzDecodeBatchPubdata checks that splitting pubdata never panics, fails only with ErrBadRecord, and that
// what it decodes encodes back to the same bytes: the 64-byte market record, then the 32-byte compact slot records.
func FuzzDecodeBatchPubdata(f *testing.F) {
	rng := rand.New(rand.NewPCG(7, 8))
	for n := range 4 {
		mr := MarketRecord{}
		for i := range mr.Prices {
			mr.Prices[i] = rng.Uint64N(MaxPrice)
			mr.RatesPpm[i] = int16(rng.Uint32())
		}
		b, err := mr.Encode()
		if err != nil {
			f.Fatal(err)
		}
		p := b[:]
		for range n {
			r, err := randomCompactable(rng, rng.IntN(10)).EncodeCompact()
			if err != nil {
				f.Fatal(err)
			}
			p = append(p, r[:]...)
		}
		f.Add(p)
	}
	f.Add([]byte{})
	f.Add(make([]byte, MarketRecordSize+1))
	f.Add(make([]byte, MarketRecordSize+CompactRecordSize))
	f.Fuzz(func(t *testing.T, p []byte) {
		mr, records, err := DecodeBatchPubdata(p)
		if err != nil {
			if !errors.Is(err, ErrBadRecord) {
				t.Fatalf("error %v does not wrap ErrBadRecord", err)
			}
			return
		}
		if len(p) != MarketRecordSize+len(records)*CompactRecordSize {
			t.Fatalf("%d bytes decode to %d slot records", len(p), len(records))
		}
		b, err := mr.Encode()
		if err != nil {
			t.Fatal(err)
		}
		out := b[:]
		for _, r := range records {
			e, err := r.Encode()
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, e[:]...)
		}
		if !bytes.Equal(out, p) {
			t.Fatalf("decode∘encode of %x gives %x", p, out)
		}
	})
}

package blob

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/crypto/kzg4844"
)

// testRecords returns n deterministic record bytes, none zero.
func testRecords(n int, seed byte) []byte {
	out := make([]byte, n)
	for i := range out {
		out[i] = byte(i*31+int(seed)) | 1
	}
	return out
}

// TestEvaluateMatchesKZG checks the Go twin against go-ethereum's crypto/kzg4844: for the records' blob and the
// derived challenge, ComputeProof returns the same y, and VerifyProof accepts (commitment, z, y, proof).
func TestEvaluateMatchesKZG(t *testing.T) {
	for _, n := range []int{1, 64, MaxRecordsBytes} {
		records := testRecords(n, 7)
		b, err := Pack(records)
		if err != nil {
			t.Fatal(err)
		}
		commit, err := kzg4844.BlobToCommitment(b)
		if err != nil {
			t.Fatal(err)
		}
		vh := kzg4844.CalcBlobHashV1(sha256.New(), &commit)
		words, err := Words(records, FieldElements)
		if err != nil {
			t.Fatal(err)
		}
		h, err := RecordsHash(words, []int{FieldElements})
		if err != nil {
			t.Fatal(err)
		}
		z := Challenge(h, vh)
		y, err := Evaluate(b, z)
		if err != nil {
			t.Fatal(err)
		}
		proof, claim, err := kzg4844.ComputeProof(b, z)
		if err != nil {
			t.Fatal(err)
		}
		if claim != y {
			t.Fatalf("%d bytes: Evaluate %x, kzg4844 %x", n, y, claim)
		}
		if err := kzg4844.VerifyProof(commit, z, y, proof); err != nil {
			t.Fatalf("%d bytes: VerifyProof: %v", n, err)
		}
		y[31] ^= 1
		if err := kzg4844.VerifyProof(commit, z, y, proof); err == nil {
			t.Fatalf("%d bytes: VerifyProof accepted a wrong y", n)
		}
	}
}

// TestPackLimit checks the blob's capacity: MaxRecordsBytes fit, one byte more is refused.
func TestPackLimit(t *testing.T) {
	if _, err := Pack(make([]byte, MaxRecordsBytes)); err != nil {
		t.Fatal(err)
	}
	if _, err := Pack(make([]byte, MaxRecordsBytes+1)); !errors.Is(err, ErrRecordsTooLong) {
		t.Fatalf("MaxRecordsBytes+1: %v, want ErrRecordsTooLong", err)
	}
	if _, err := Words(make([]byte, 2*BytesPerWord+1), 2); !errors.Is(err, ErrRecordsTooLong) {
		t.Fatalf("Words over capacity: %v, want ErrRecordsTooLong", err)
	}
	if _, err := Words(nil, FieldElements+1); !errors.Is(err, ErrRecordsTooLong) {
		t.Fatalf("FieldElements+1 words: %v, want ErrRecordsTooLong", err)
	}
	b, _ := Pack(testRecords(40, 1))
	if b[0] != 0 || b[32] != 0 || !bytes.Equal(b[1:32], testRecords(40, 1)[:31]) {
		t.Fatal("layout: want 0x00 ‖ 31 record bytes per word")
	}
}

// TestRecordsHashSegments checks the segment chaining: segments that do not cover the words are refused, and
// hashing in two segments differs from one.
func TestRecordsHashSegments(t *testing.T) {
	words, _ := Words(testRecords(100, 3), 8)
	for _, bad := range [][]int{{3}, {4, 5}, {8, 0}, nil} {
		if _, err := RecordsHash(words, bad); !errors.Is(err, ErrSegment) {
			t.Fatalf("segments %v of 8 words: %v, want ErrSegment", bad, err)
		}
	}
	one, _ := RecordsHash(words, []int{8})
	two, _ := RecordsHash(words, []int{4, 4})
	if one == two {
		t.Fatal("one and two segments hash alike")
	}
	want := Chain(Chain(zero(), Sponge(TagRecords, words[:4]...)), Sponge(TagRecords, words[4:]...))
	if two != want {
		t.Fatal("two segments: not the chain of the segment hashes")
	}
}

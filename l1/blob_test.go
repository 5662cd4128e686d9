package l1

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/perpx/perpx/circuits/blob"
	"github.com/perpx/perpx/l1/testbindings"
)

// testBlob packs distinct records (seed) into a blob.
func testBlob(t *testing.T, seed byte) kzg4844.Blob {
	t.Helper()
	rec := make([]byte, 1000)
	for i := range rec {
		rec[i] = byte(i) ^ seed
	}
	b, err := blob.Pack(rec)
	if err != nil {
		t.Fatal(err)
	}
	return *b
}

// TestBlobCheck sends a type-3 transaction with two blobs (version-1 sidecar) on the simulated chain to
// BlobCheck (blobhash and the point-evaluation precompile) and measures the check's gas; a claim for a blob
// the transaction does not carry, the two blobs swapped, a wrong point, a wrong value, a missing index and a
// short commitment are rejected with BlobCheck's custom errors.
func TestBlobCheck(t *testing.T) {
	ctx := context.Background()
	sim, err := NewSim(1)
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	addr, err := deploy(ctx, sim.Client(), sim.Transactor(0), common.FromHex(testbindings.BlobCheckHarnessMetaData.Bin), nil)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := NewBlobSidecar([]kzg4844.Blob{testBlob(t, 1), testBlob(t, 2)})
	if err != nil {
		t.Fatal(err)
	}
	z := kzg4844.Point(blob.Challenge(blob.Sponge(blob.TagRecords), sc.BlobHashes()[0]))
	open0, err := OpenBlob(sc, 0, z)
	if err != nil {
		t.Fatal(err)
	}
	open1, _ := OpenBlob(sc, 1, z)
	h := testbindings.NewBlobCheckHarness()
	pack := func(i int64, o BlobOpening) []byte {
		return h.PackCheck(big.NewInt(i), o.Z, o.Y, o.Commitment[:], o.Proof[:])
	}
	for i, o := range []BlobOpening{open0, open1} {
		r, err := sim.SendBlob(ctx, 0, BlobTx{To: addr, Data: pack(int64(i), o), Sidecar: sc, Gas: 200_000})
		if err != nil {
			t.Fatalf("blob %d: %v", i, err)
		}
		ev, err := h.UnpackCheckedEvent(r.Logs[0])
		if err != nil {
			t.Fatal(err)
		}
		if ev.VersionedHash != sc.BlobHashes()[i] {
			t.Fatalf("blob %d: versioned hash %x, want %x", i, ev.VersionedHash, sc.BlobHashes()[i])
		}
		t.Logf("blob %d of 2: BlobCheck.check %d gas; transaction %d gas, %d blob gas", i, ev.GasUsed, r.GasUsed, r.BlobGasUsed)
	}

	other, _ := NewBlobSidecar([]kzg4844.Blob{testBlob(t, 3)})
	openOther, _ := OpenBlob(other, 0, z)
	wrongZ := open0
	wrongZ.Z[31] ^= 1
	wrongY := open0
	wrongY.Y[31] ^= 1
	short := h.PackCheck(big.NewInt(0), open0.Z, open0.Y, open0.Commitment[:47], open0.Proof[:])
	cases := []struct {
		name string
		data []byte
		err  string
	}{
		{"a blob the transaction does not carry", pack(0, openOther), "PointEvaluationFailed"},
		{"the two blobs swapped", pack(0, open1), "PointEvaluationFailed"},
		{"a wrong point", pack(0, wrongZ), "PointEvaluationFailed"},
		{"a wrong value", pack(0, wrongY), "PointEvaluationFailed"},
		{"no blob at index 2", pack(2, open0), "NoBlob"},
		{"a 47-byte commitment", short, "BadKzgLength"},
	}
	for _, c := range cases {
		_, err := CallWithBlobs(ctx, sim.Client(), sim.Address(0), addr, c.data, sc)
		t.Logf("%s: %v", c.name, err)
		wantRevert(t, err, c.err)
	}
	if _, err := sim.SendBlob(ctx, 0, BlobTx{To: addr, Data: pack(0, open1), Sidecar: sc, Gas: 200_000}); !errors.Is(err, ErrTxFailed) {
		t.Fatalf("swapped blobs mined: %v, want ErrTxFailed", err)
	}
}

// TestBlobSidecarLimit checks MaxBlobsPerTx: a sidecar of MaxBlobsPerTx blobs builds, MaxBlobsPerTx+1 and none
// are refused.
func TestBlobSidecarLimit(t *testing.T) {
	blobs := make([]kzg4844.Blob, MaxBlobsPerTx+1)
	if _, err := NewBlobSidecar(blobs[:MaxBlobsPerTx]); err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, MaxBlobsPerTx + 1} {
		if _, err := NewBlobSidecar(blobs[:n]); !errors.Is(err, ErrBlobCount) {
			t.Fatalf("%d blobs: %v, want ErrBlobCount", n, err)
		}
	}
}

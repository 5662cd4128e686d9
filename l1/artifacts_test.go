package l1

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"

	"github.com/perpx/perpx/l1/bindings"
	"github.com/perpx/perpx/l1/internal/poseidon2sol"
	"github.com/perpx/perpx/l1/testbindings"
)

// TestPoseidon2SourceUpToDate checks the committed contracts/Poseidon2.sol is what its generator writes.
func TestPoseidon2SourceUpToDate(t *testing.T) {
	got, err := os.ReadFile(filepath.Join("contracts", "Poseidon2.sol"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, poseidon2sol.Source()) {
		t.Fatal("contracts/Poseidon2.sol is stale: run go generate ./l1/...")
	}
}

// TestArtifactsUpToDate checks the committed artifacts were compiled from the committed contracts (their
// SHA-256 list matches) and the committed bindings from the committed artifacts. Run go generate ./l1/...
// when it fails.
func TestArtifactsUpToDate(t *testing.T) {
	var want strings.Builder
	err := filepath.WalkDir("contracts", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".sol") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(src)
		want.WriteString(hex.EncodeToString(sum[:]) + "  " + filepath.ToSlash(path) + "\n")
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	got, err := artifacts.ReadFile("artifacts/sources.sha256")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want.String() {
		t.Fatalf("artifacts are stale: run go generate ./l1/...\ncompiled:\n%s\ncontracts:\n%s", got, want.String())
	}

	for artifact, md := range map[string]*bind.MetaData{
		"Rollup":                     &bindings.RollupMetaData,
		"TestUSDC":                   &bindings.TestUSDCMetaData,
		"IVerifier":                  &bindings.IVerifierMetaData,
		"test/RollupHarness":         &testbindings.RollupHarnessMetaData,
		"test/MockVerifier":          &testbindings.MockVerifierMetaData,
		"test/ReentrantToken":        &testbindings.ReentrantTokenMetaData,
		"test/Poseidon2Harness":      &testbindings.Poseidon2HarnessMetaData,
		"test/CompactRecordsHarness": &testbindings.CompactRecordsHarnessMetaData,
	} {
		abiJSON, err := artifacts.ReadFile("artifacts/" + artifact + ".abi")
		if err != nil {
			t.Fatal(err)
		}
		// abigen strips whitespace, even inside strings ("contract IERC20" becomes "contractIERC20").
		var compact bytes.Buffer
		if err := json.Compact(&compact, abiJSON); err != nil {
			t.Fatal(err)
		}
		if strings.ReplaceAll(compact.String(), " ", "") != md.ABI {
			t.Errorf("%s: binding ABI differs from the artifact: run go generate ./l1/...", artifact)
		}
		bin, err := artifacts.ReadFile("artifacts/" + artifact + ".bin")
		if err != nil && md.Bin != "" {
			t.Fatal(err)
		}
		if strings.TrimPrefix(md.Bin, "0x") != strings.TrimSpace(string(bin)) {
			t.Errorf("%s: binding bytecode differs from the artifact: run go generate ./l1/...", artifact)
		}
	}
}

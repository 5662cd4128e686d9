package l1

import (
	"embed"
	"fmt"
	"io/fs"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// artifacts holds the compiled contracts: <Name>.abi and <Name>.bin (hex), test contracts under test/.
//
//go:embed artifacts
var artifacts embed.FS

var verifierArtifact = regexp.MustCompile(`^artifacts/Verifier([1-9][0-9]*)\.bin$`)

// VerifierBatchSizes returns, ascending, the batch sizes that have a compiled verifier (contracts/VerifierN.sol).
func VerifierBatchSizes() []int {
	var sizes []int
	entries, err := fs.ReadDir(artifacts, "artifacts")
	if err != nil {
		panic(fmt.Sprintf("l1: embedded artifacts: %v", err)) // the directory is embedded at build
	}
	for _, e := range entries {
		m := verifierArtifact.FindStringSubmatch("artifacts/" + e.Name())
		if m == nil {
			continue
		}
		n, err := strconv.Atoi(m[1])
		if err != nil {
			continue // more digits than an int holds: not a batch size
		}
		sizes = append(sizes, n)
	}
	slices.Sort(sizes)
	return sizes
}

// verifierBytecode returns the creation code of the verifier for batchSize.
func verifierBytecode(batchSize int) ([]byte, error) {
	raw, err := artifacts.ReadFile(fmt.Sprintf("artifacts/Verifier%d.bin", batchSize))
	if err != nil {
		return nil, fmt.Errorf("%w for batch size %d", ErrNoVerifier, batchSize)
	}
	return common.FromHex(strings.TrimSpace(string(raw))), nil
}

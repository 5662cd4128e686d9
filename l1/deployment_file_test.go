package l1

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/perpx/perpx/state"
)

// TestDeploymentFileRoundTrip: the file of a deployment names its chain, contracts, Genesis block and root and
// configuration hash, reads back equal, verifies against the chain, and a changed field is refused with its
// typed error; a malformed or incomplete file is ErrBadDeploymentFile.
func TestDeploymentFileRoundTrip(t *testing.T) {
	sim, err := NewSim(1)
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	op := sim.Transactor(0)
	var markets state.Markets
	d, err := Deploy(t.Context(), sim.Client(), op, DeployConfig{Governor: op.From, Operators: []common.Address{op.From},
		Genesis: EmptyGenesis(markets), ConfigHash: [32]byte{7}})
	if err != nil {
		t.Fatal(err)
	}
	f, err := NewDeploymentFile(t.Context(), sim.Client(), d, 0)
	if err != nil {
		t.Fatal(err)
	}
	g := EmptyGenesis(markets)
	root := g.Root()
	if f.ChainID != SimChainID || f.ConfigHash != ([32]byte{7}) || f.GenesisRoot != common.Hash(root.Bytes()) || f.DeploymentBlock == 0 ||
		f.Hasher == (common.Address{}) || len(f.BatchSizes) != len(d.Verifiers) {
		t.Fatalf("deployment file %+v", f)
	}
	path := filepath.Join(t.TempDir(), "d.json")
	if err := f.Write(path); err != nil {
		t.Fatal(err)
	}
	back, err := ReadDeploymentFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := back.Verify(t.Context(), sim.Client()); err != nil {
		t.Fatal(err)
	}
	if back.Deployment().Rollup != d.Rollup || len(back.Deployment().Verifiers) != len(d.Verifiers) {
		t.Fatalf("Deployment() %+v", back.Deployment())
	}
	for name, change := range map[string]func(*DeploymentFile){
		"config hash": func(f *DeploymentFile) { f.ConfigHash[0] ^= 1 },
		"block":       func(f *DeploymentFile) { f.DeploymentBlock++ },
		"rollup":      func(f *DeploymentFile) { f.Rollup = f.Token },
	} {
		bad := *back
		change(&bad)
		if err := bad.Verify(t.Context(), sim.Client()); !errors.Is(err, ErrDeploymentMismatch) {
			t.Errorf("%s changed: %v, want %v", name, err, ErrDeploymentMismatch)
		}
	}
	for _, body := range []string{"{", `{"chainId":1}`, `{"chainId":1,"rollup":"0x0000000000000000000000000000000000000001","extra":1}`} {
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := ReadDeploymentFile(path); !errors.Is(err, ErrBadDeploymentFile) {
			t.Errorf("file %s: %v, want %v", body, err, ErrBadDeploymentFile)
		}
	}
}

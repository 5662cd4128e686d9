package prover

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// LoadOrSetupCircuit compiles any BN254 circuit (an aggregation node, a test leaf) and returns its keys from
// dir under <name>-<first 16 hex digits of the circuit hash>.{pk,vk}, running DevSetup and storing them first
// when they are missing. It holds dir/<name>.lock meanwhile, as LoadOrSetup does for batch circuits.
func LoadOrSetupCircuit(dir, name string, circuit frontend.Circuit, progress Progress) (*Keys, error) {
	if progress == nil {
		progress = func(string, ...any) {}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("prover: key dir: %w", err)
	}
	progress("keys: compiling %s…", name)
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, circuit)
	if err != nil {
		return nil, fmt.Errorf("prover: compile %s: %w", name, err)
	}
	h := sha256.New()
	if _, err := ccs.WriteTo(h); err != nil {
		return nil, fmt.Errorf("prover: hash constraint system: %w", err)
	}
	k := &Keys{CCS: ccs, CircuitHash: hex.EncodeToString(h.Sum(nil))}
	progress("keys: %s: %d constraints, circuit %s", name, ccs.GetNbConstraints(), k.CircuitHash[:16])
	unlock, err := lockFile(filepath.Join(dir, name+".lock"))
	if err != nil {
		return nil, err
	}
	defer unlock()
	base := filepath.Join(dir, fmt.Sprintf("%s-%s", name, k.CircuitHash[:16]))
	if k.PK, k.VK, err = readKeys(base); err == nil {
		progress("keys: loaded %s.{pk,vk}", base)
		return k, nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, err
	}
	if k.PK, k.VK, err = DevSetup(ccs, progress); err != nil {
		return nil, err
	}
	if err := writeKeys(base, k.PK, k.VK); err != nil {
		return nil, err
	}
	progress("keys: stored %s.{pk,vk}", base)
	return k, nil
}

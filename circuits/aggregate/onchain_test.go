package aggregate

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto/kzg4844"

	"github.com/perpx/perpx/circuits/blob"
	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/l1/testbindings"
)

// verifierSource is the Root's exported Solidity verifier, committed and compiled with the other contracts.
const verifierSource = "../../l1/contracts/test/AggregateVerifier.sol"

// verifierBin is the verifier's bytecode, compiled by l1/solc/compile.js.
const verifierBin = "../../l1/artifacts/test/AggregateVerifier.bin"

// exportVerifier returns vk's Solidity verifier with its contract named AggregateVerifier.
func exportVerifier(t *testing.T, vk groth16.VerifyingKey) string {
	t.Helper()
	var buf bytes.Buffer
	if err := vk.ExportSolidity(&buf); err != nil {
		t.Fatal(err)
	}
	return strings.Replace(buf.String(), "contract Verifier ", "contract AggregateVerifier ", 1)
}

// TestExportRootVerifier writes the Root's verifier from a stored verifying key (PERPX_ROOT_VK names the .vk file
// LoadOrSetupCircuit wrote) to l1/contracts/test/AggregateVerifier.sol; then compile it (l1: node
// solc/compile.js). It is skipped without PERPX_ROOT_VK.
func TestExportRootVerifier(t *testing.T) {
	path := os.Getenv("PERPX_ROOT_VK")
	if path == "" {
		t.Skip("set PERPX_ROOT_VK to the Root's .vk file")
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	vk := groth16.NewVerifyingKey(ecc.BN254)
	if _, err := vk.ReadFrom(f); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(verifierSource, []byte(exportVerifier(t, vk)), 0o644); err != nil {
		t.Fatal(err)
	}
}

// checkVerifierSource reports whether the Root's verifier is committed (l1/contracts/test/AggregateVerifier.sol,
// compiled to l1/artifacts/test/AggregateVerifier.bin) and fails if it is not the export of vk (the test Root's
// development key): TestExportRootVerifier regenerates it.
func checkVerifierSource(t *testing.T, vk groth16.VerifyingKey) bool {
	t.Helper()
	committed, err := os.ReadFile(verifierSource)
	if errors.Is(err, os.ErrNotExist) {
		t.Logf("%s is not committed: the on-chain submission is not run (TestExportRootVerifier writes it)", verifierSource)
		return false
	}
	if err != nil || string(committed) != exportVerifier(t, vk) {
		t.Fatalf("%s is not the export of the Root's verifying key (%v): regenerate it with TestExportRootVerifier", verifierSource, err)
	}
	return true
}

// submitOnChain commits the submission on the simulated chain: a type-3 transaction with the records' blob to
// SubmissionHarness, which checks the blob claim, recomputes the commitment and verifies the Root's proof. A wrong
// value and another state are rejected.
func submitOnChain(t *testing.T, s submission, proof groth16.Proof, commitment *big.Int) {
	ctx := context.Background()
	sim, err := l1.NewSim(1)
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	bin, err := os.ReadFile(verifierBin)
	if err != nil {
		t.Fatal(err)
	}
	verifier := deployBin(t, sim, strings.TrimSpace(string(bin)), nil)
	h := testbindings.NewSubmissionHarness()
	harness := deployBin(t, sim, testbindings.SubmissionHarnessMetaData.Bin, h.PackConstructor(verifier))
	b, err := blob.Pack(s.records)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := l1.NewBlobSidecar([]kzg4844.Blob{*b})
	if err != nil {
		t.Fatal(err)
	}
	open, err := l1.OpenBlob(sc, 0, s.claim.Z)
	if err != nil {
		t.Fatal(err)
	}
	if sc.BlobHashes()[0] != s.claim.VersionedHash || open.Y != s.claim.Y {
		t.Fatal("the sidecar's blob is not the one the Root bound")
	}
	var pairs [6][32]byte
	for i, j := range []int{ChainState, ChainBatch, ChainCalldata} {
		pairs[2*i], pairs[2*i+1] = s.joined.In[j].Bytes(), s.joined.Out[j].Bytes()
	}
	sol := proof.(*groth16bn254.Proof).MarshalSolidity()
	pack := func(pairs [6][32]byte, y [32]byte) []byte {
		return h.PackSubmit(pairs, big.NewInt(0), open.Z, y, open.Commitment[:], open.Proof[:], sol)
	}
	r, err := sim.SendBlob(ctx, 0, l1.BlobTx{To: harness, Data: pack(pairs, open.Y), Sidecar: sc, Gas: 2_000_000})
	if err != nil {
		t.Fatal(err)
	}
	ev, err := h.UnpackSubmittedEvent(r.Logs[len(r.Logs)-1])
	if err != nil {
		t.Fatal(err)
	}
	if ev.Commitment.Cmp(commitment) != 0 {
		t.Fatalf("contract commitment %x, Go %x", ev.Commitment, commitment)
	}
	t.Logf("submission on L1: %d gas (verification %d, blob check %d), %d calldata bytes, %d blob gas",
		r.GasUsed, ev.VerifyGas, ev.BlobCheckGas, len(pack(pairs, open.Y)), r.BlobGasUsed)
	wrongY := open.Y
	wrongY[31] ^= 1
	otherState := pairs
	otherState[1][31] ^= 1
	for name, data := range map[string][]byte{"a wrong value": pack(pairs, wrongY), "another new state": pack(otherState, open.Y)} {
		_, err := l1.CallWithBlobs(ctx, sim.Client(), sim.Address(0), harness, data, sc)
		var re *l1.RevertError
		if !errors.As(err, &re) {
			t.Fatalf("%s: %v, want a revert", name, err)
		}
		t.Logf("%s: %v", name, err)
	}
}

// deployBin deploys code with constructor input from account 0.
func deployBin(t *testing.T, sim *l1.Sim, bin string, input []byte) common.Address {
	t.Helper()
	addr, tx, err := bind.DeployContract(sim.Transactor(0), common.FromHex(bin), sim.Client(), input)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitDeployed(context.Background(), sim.Client(), tx.Hash()); err != nil {
		t.Fatal(err)
	}
	return addr
}

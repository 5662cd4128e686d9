package l1

import (
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
)

// TestDeploy deploys a TestUSDC and a Rollup over a given verifier and reads the configuration back.
func TestDeploy(t *testing.T) {
	e := newEnv(t)
	var genesis fr.Element
	genesis.SetUint64(12345)
	cfg := DeployConfig{
		Operator:    e.sim.Address(5),
		GenesisRoot: genesis,
		ConfigHash:  [32]byte{1, 2, 3},
		Verifiers:   map[int]common.Address{2: e.verifier, 32: e.verifier},
	}
	d, err := Deploy(e.ctx, e.b, e.op(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	r := NewRollup(e.b, d.Rollup)
	if tok, err := r.Token(e.ctx); err != nil || tok != d.Token {
		t.Fatalf("token %s %v, want %s", tok, err, d.Token)
	}
	s, err := r.Status(e.ctx)
	if err != nil || s.StateRoot != genesis || s.BatchNumber != 0 || s.AccountCount != 0 {
		t.Fatalf("status %+v %v", s, err)
	}
	h, err := r.NextHeader(e.ctx, genesis, 7)
	if err != nil || h.ConfigHash != cfg.ConfigHash || h.BatchNumber != 1 || h.OldRoot != genesis {
		t.Fatalf("next header %+v %v", h, err)
	}
	for n, want := range map[int64]common.Address{2: e.verifier, 32: e.verifier, 8: {}} {
		got, err := call(e.ctx, r.contract, r.abi.PackVerifiers(big.NewInt(n)), r.abi.UnpackVerifiers)
		if err != nil || got != want {
			t.Fatalf("verifier for %d = %s %v, want %s", n, got, err, want)
		}
	}
	op, err := call(e.ctx, r.contract, r.abi.PackOperator(), r.abi.UnpackOperator)
	if err != nil || op != cfg.Operator {
		t.Fatalf("operator %s %v", op, err)
	}
}

// TestDeployCompiledVerifiers deploys the compiled verifier of every batch size (contracts/VerifierN.sol), or
// checks Deploy refuses to deploy a Rollup without verifiers when none is compiled.
func TestDeployCompiledVerifiers(t *testing.T) {
	e := newEnv(t)
	d, err := Deploy(e.ctx, e.b, e.op(), DeployConfig{Token: e.token.Address(), Operator: e.sim.Address(0)})
	sizes := VerifierBatchSizes()
	if len(sizes) == 0 {
		if !errors.Is(err, ErrNoVerifier) {
			t.Fatalf("got %v, want ErrNoVerifier", err)
		}
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range sizes {
		code, err := e.b.CodeAt(e.ctx, d.Verifiers[n], nil)
		if err != nil || len(code) == 0 {
			t.Fatalf("verifier %d at %s: %d bytes, %v", n, d.Verifiers[n], len(code), err)
		}
	}
	if _, err := DeployVerifier(e.ctx, e.b, e.op(), 3); !errors.Is(err, ErrNoVerifier) {
		t.Fatalf("batch size 3: got %v, want ErrNoVerifier", err)
	}
}

// TestConstructorRejects checks every constructor precondition.
func TestConstructorRejects(t *testing.T) {
	e := newEnv(t)
	tok, op, v := e.token.Address(), e.sim.Address(0), e.verifier
	eoa := e.sim.Address(3)
	genesis := big.NewInt(1)
	rMinus1 := new(big.Int).Sub(fr.Modulus(), big.NewInt(1))
	cases := []struct {
		name       string
		token, op  common.Address
		genesis    *big.Int
		batchSizes []*big.Int
		verifiers  []common.Address
		want       string
	}{
		{"zero operator", tok, common.Address{}, genesis, sizes(2), []common.Address{v}, "ZeroAddress"},
		{"token without code", eoa, op, genesis, sizes(2), []common.Address{v}, "NotAContract"},
		{"genesis root r", tok, op, fr.Modulus(), sizes(2), []common.Address{v}, "RootNotInField"},
		{"length mismatch", tok, op, genesis, sizes(2, 8), []common.Address{v}, "LengthMismatch"},
		{"batch size 0", tok, op, genesis, sizes(0), []common.Address{v}, "InvalidBatchSize"},
		{"duplicate batch size", tok, op, genesis, sizes(2, 2), []common.Address{v, v}, "InvalidBatchSize"},
		{"verifier without code", tok, op, genesis, sizes(2), []common.Address{eoa}, "NotAContract"},
		{"genesis root r − 1", tok, op, rMinus1, sizes(2, 8, 32), []common.Address{v, v, v}, ""},
		{"no batch sizes", tok, op, genesis, nil, nil, "NoBatchSizes"},
	}
	for _, c := range cases {
		_, err := e.tryDeployHarness(c.token, c.op, c.genesis, c.batchSizes, c.verifiers)
		if c.want == "" {
			if err != nil {
				t.Errorf("%s: %v", c.name, err)
			}
			continue
		}
		wantRevert(t, err, c.want)
	}
}

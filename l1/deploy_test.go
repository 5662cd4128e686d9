package l1

import (
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/perpx/perpx/l1/bindings"
	"github.com/perpx/perpx/l1/testbindings"
	"github.com/perpx/perpx/state"
)

// TestDeploy deploys a TestUSDC and a Rollup over a given verifier and reads the configuration back: the
// contract computes the genesis root from the genesis state and logs the state in its Genesis event.
func TestDeploy(t *testing.T) {
	e := newEnv(t)
	g := Genesis{Markets: testMarkets(), Globals: state.Globals{InsuranceFundQuantums: -3, FeePoolQuantums: 4, SystemTimeSeconds: 5}}
	g.AccountsRoot.SetUint64(12345)
	cfg := DeployConfig{
		Governor:   e.sim.Address(governorIdx),
		Operators:  []common.Address{e.sim.Address(4), e.sim.Address(5)},
		Genesis:    g,
		ConfigHash: [32]byte{1, 2, 3},
		Verifiers:  map[int]common.Address{2: e.verifier, 32: e.verifier},
	}
	d, err := Deploy(e.ctx, e.b, e.op(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	r := NewRollup(e.b, d.Rollup)
	if tok, err := r.Token(e.ctx); err != nil || tok != d.Token {
		t.Fatalf("token %s %v, want %s", tok, err, d.Token)
	}
	root := g.Root()
	s, err := r.Status(e.ctx)
	if err != nil || s.StateRoot != root || s.BatchNumber != 0 || s.AccountCount != 0 || s.Frozen() {
		t.Fatalf("status %+v %v, want root %s", s, err, root.String())
	}
	h, err := r.NextHeader(e.ctx, root, 7)
	if err != nil || h.ConfigHash != cfg.ConfigHash || h.BatchNumber != 1 || h.OldRoot != root {
		t.Fatalf("next header %+v %v", h, err)
	}
	for n, want := range map[int64]common.Address{2: e.verifier, 32: e.verifier, 8: {}} {
		got, err := call(e.ctx, r.contract, r.abi.PackVerifiers(big.NewInt(n)), r.abi.UnpackVerifiers)
		if err != nil || got != want {
			t.Fatalf("verifier for %d = %s %v, want %s", n, got, err, want)
		}
	}
	for _, a := range []common.Address{e.sim.Address(4), e.sim.Address(5), e.sim.Address(0)} {
		isOp, err := call(e.ctx, r.contract, r.abi.PackOperators(a), r.abi.UnpackOperators)
		if err != nil || isOp != (a != e.sim.Address(0)) {
			t.Fatalf("operator %s: %v %v", a, isOp, err)
		}
	}
	gov, err := call(e.ctx, r.contract, r.abi.PackGovernor(), r.abi.UnpackGovernor)
	if err != nil || gov != cfg.Governor {
		t.Fatalf("governor %s %v", gov, err)
	}
	got, err := ReadGenesis(e.ctx, e.b, d.Rollup, 0)
	if err != nil {
		t.Fatal(err)
	}
	if got.AccountsRoot != g.AccountsRoot || got.MarketWords != MarketWords(&g.Markets) || got.Globals != g.Globals.Word() || got.Root != root {
		t.Fatalf("Genesis event %+v", got)
	}
}

// TestDeployCompiledVerifiers deploys the compiled verifier of every batch size (contracts/VerifierN.sol), or
// checks Deploy refuses to deploy a Rollup without verifiers when none is compiled.
func TestDeployCompiledVerifiers(t *testing.T) {
	e := newEnv(t)
	d, err := Deploy(e.ctx, e.b, e.op(), DeployConfig{Token: e.token.Address(), Governor: e.sim.Address(0), Operators: []common.Address{e.sim.Address(0)}, Genesis: EmptyGenesis(testMarkets())})
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

// TestConstructorRejectsInvalidMarkets checks the constructor refuses a genesis table with a listed market whose
// row breaks docs/PROTOCOL.md §3.3 (InvalidMarketParams), and tracks every market's row, a settled one's too.
func TestConstructorRejectsInvalidMarkets(t *testing.T) {
	e := newEnv(t)
	good := e.genesis
	defer func() { e.genesis = good }()
	for name, c := range map[string]struct {
		edit func(m *state.Market)
		want string
	}{
		"mmf > imf":              {func(m *state.Market) { m.MmfPpm = m.ImfPpm + 1 }, "InvalidMarketParams"},
		"mmf 0":                  {func(m *state.Market) { m.MmfPpm = 0 }, "InvalidMarketParams"},
		"imf > 10^6":             {func(m *state.Market) { m.ImfPpm, m.MmfPpm = 1<<24+1, 1 }, "InvalidMarketParams"},
		"status 4":               {func(m *state.Market) { m.Status = 4 }, "InvalidMarketParams"},
		"tier fraction, no tier": {func(m *state.Market) { m.TierMmfPpm = 1 }, "InvalidMarketParams"},
		"tier imf below imf":     {func(m *state.Market) { m.TierSizeQuantums, m.TierImfPpm, m.TierMmfPpm = 5, m.ImfPpm-1, m.MmfPpm }, "InvalidMarketParams"},
		"settled":                {func(m *state.Market) { m.Status = state.MarketSettled }, ""},
		"tiered at the limits": {func(m *state.Market) {
			m.TierSizeQuantums, m.TierImfPpm, m.TierMmfPpm = 1<<48-1, state.PpmScale, state.PpmScale
		}, ""},
		"unlisted with junk rows": {func(m *state.Market) { m.Status, m.MmfPpm = 0, m.ImfPpm+1 }, ""},
	} {
		markets := testMarkets()
		c.edit(&markets[1])
		e.genesis = EmptyGenesis(markets)
		addr, err := e.tryDeployHarness(e.token.Address(), e.roles(e.sim.Address(0)), sizes(2), []common.Address{e.verifier})
		if c.want != "" {
			if args := wantRevert(t, err, c.want); args[0].(uint8) != 2 {
				t.Fatalf("%s: %s%v", name, c.want, args)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		row, err := NewRollup(e.b, addr).MarketRow(e.ctx, 2)
		m := markets[1]
		want := MarketRow{Status: m.Status, ImfPpm: m.ImfPpm, MmfPpm: m.MmfPpm, TierImfPpm: m.TierImfPpm, TierMmfPpm: m.TierMmfPpm, TierSizeQuantums: m.TierSizeQuantums}
		if err != nil || row != want {
			t.Fatalf("%s: row %+v %v, want %+v", name, row, err, want)
		}
	}
}

// TestConstructorRejects checks every constructor precondition, with each word of the genesis state at r − 1
// (accepted) and r (rejected).
func TestConstructorRejects(t *testing.T) {
	e := newEnv(t)
	tok, op, v := e.token.Address(), e.sim.Address(0), e.verifier
	eoa := e.sim.Address(3)
	roles := e.roles(op)
	zeroGov := e.roles(op)
	zeroGov.Governor = common.Address{}
	noOps := e.roles(op)
	noOps.Operators = nil
	zeroOp := e.roles(op)
	zeroOp.Operators = []common.Address{op, {}}
	cases := []struct {
		name       string
		token      common.Address
		roles      testbindings.RollupRoles
		batchSizes []*big.Int
		verifiers  []common.Address
		want       string
	}{
		{"zero governor", tok, zeroGov, sizes(2), []common.Address{v}, "ZeroAddress"},
		{"no operators", tok, noOps, sizes(2), []common.Address{v}, "NoOperators"},
		{"zero operator", tok, zeroOp, sizes(2), []common.Address{v}, "ZeroAddress"},
		{"token without code", eoa, roles, sizes(2), []common.Address{v}, "NotAContract"},
		{"length mismatch", tok, roles, sizes(2, 8), []common.Address{v}, "LengthMismatch"},
		{"batch size 0", tok, roles, sizes(0), []common.Address{v}, "InvalidBatchSize"},
		{"duplicate batch size", tok, roles, sizes(2, 2), []common.Address{v, v}, "InvalidBatchSize"},
		{"verifier without code", tok, roles, sizes(2), []common.Address{eoa}, "NotAContract"},
		{"three batch sizes", tok, roles, sizes(2, 8, 32), []common.Address{v, v, v}, ""},
		{"no batch sizes", tok, roles, nil, nil, "NoBatchSizes"},
	}
	for _, c := range cases {
		_, err := e.tryDeployHarness(c.token, c.roles, c.batchSizes, c.verifiers)
		if c.want == "" {
			if err != nil {
				t.Errorf("%s: %v", c.name, err)
			}
			continue
		}
		wantRevert(t, err, c.want)
	}

	var top fr.Element
	top.SetBigInt(new(big.Int).Sub(fr.Modulus(), big.NewInt(1)))
	good := e.genesis
	defer func() { e.genesis = good }()
	setWord := func(g *bindings.RollupGenesisState, i int, w *big.Int) {
		switch {
		case i == 0:
			g.AccountsRoot = w
		case i == 1:
			g.Globals = w
		default:
			g.Markets[i-2] = w
		}
	}
	for i := range 2 + 2*state.MarketCount {
		for _, w := range []*big.Int{state.BigOf(top), fr.Modulus()} {
			g := good.abi()
			setWord(&g, i, w)
			input := testbindings.NewRollupHarness().PackConstructor(tok, roles, testbindings.RollupGenesisState(g), e.configHash, sizes(2), []common.Address{v}, e.checks)
			_, err := deploy(e.ctx, e.b, e.op(), common.FromHex(testbindings.RollupHarnessMetaData.Bin), input)
			if w.Cmp(fr.Modulus()) < 0 {
				// r − 1 passes the field check; as a market word it is mostly no valid market row (§3.3).
				var re *RevertError
				if err != nil && (i < 2 || !errors.As(err, &re) || re.Name != "InvalidMarketParams") {
					t.Fatalf("genesis word %d = r − 1: %v", i, err)
				}
				continue
			}
			if args := wantRevert(t, err, "NotInField"); args[0].(*big.Int).Cmp(fr.Modulus()) != 0 {
				t.Fatalf("genesis word %d = r: NotInField%v", i, args)
			}
		}
	}
}

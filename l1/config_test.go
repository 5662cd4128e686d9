package l1

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/perpx/perpx/state"
)

// testConfig returns a valid configuration with fresh oracle keys and the fields drawn from rng.
func testConfig(t *testing.T, rng *rand.Rand) state.Config {
	t.Helper()
	c := state.Config{
		MaxFundingRatePpm:      uint16(rng.IntN(state.MaxFundingRatePpm + 1)),
		FundingIntervalSeconds: 1 + rng.Uint32N(1<<32-1),
		OracleMaxAgeSeconds:    rng.Uint32(),
		LiquidationFeePpm:      rng.Uint32N(state.PpmScale + 1),
	}
	for i := range c.OracleKeys {
		k, err := state.DecompressPubKey(newKey(t))
		if err != nil {
			t.Fatal(err)
		}
		c.OracleKeys[i] = k
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	return c
}

// hashConfigOnChain calls the contract's hashConfig on the words.
func (e *env) hashConfigOnChain(keys state.ConfigKeyWords, params fr.Element) [32]byte {
	e.t.Helper()
	var k [2 * state.OracleKeys]*big.Int
	for i, w := range keys {
		k[i] = state.BigOf(w)
	}
	a := e.rollup.abi
	h, err := call(e.ctx, e.rollup.contract, a.PackHashConfig(k, state.BigOf(params)), a.UnpackHashConfig)
	if err != nil {
		e.t.Fatal(err)
	}
	return h
}

// TestPoseidon2ConfigHashMatchesGnark checks the contract's hashConfig against state.Config.HashWord on valid
// configurations (the extreme fields included), and against H(DomainConfig, words…) of state.Hash on random
// words, extremes 0, 1 and r − 1 among them.
func TestPoseidon2ConfigHashMatchesGnark(t *testing.T) {
	e := newEnv(t)
	seed := testSeed(t)
	rng := rand.New(rand.NewPCG(seed, 3))
	extreme := testConfig(t, rng)
	extreme.MaxFundingRatePpm, extreme.FundingIntervalSeconds = state.MaxFundingRatePpm, 1<<32-1
	extreme.OracleMaxAgeSeconds, extreme.LiquidationFeePpm = 1<<32-1, state.PpmScale
	for i, c := range []state.Config{extreme, testConfig(t, rng), testConfig(t, rng), testConfig(t, rng)} {
		if got, want := e.hashConfigOnChain(c.KeyWords(), c.ParamsWord()), c.Hash(); got != want {
			t.Fatalf("config %d: hashConfig = %x, HashWord = %x", i, got, want)
		}
	}
	for i := range 8 {
		var keys state.ConfigKeyWords
		for j := range keys {
			keys[j] = randomWord(rng)
		}
		params := randomWord(rng)
		words := append([]fr.Element{state.Uint(state.DomainConfig)}, keys[:]...)
		if got, want := e.hashConfigOnChain(keys, params), state.Hash(append(words, params)...); got != want.Bytes() {
			t.Fatalf("random words %d: hashConfig = %x, H = %x", i, got, want.Bytes())
		}
	}
}

// TestSecurityPublishConfig checks who may publish which configuration: anyone may publish the preimage of a
// pending ConfigHash change, then of the applied one, also once frozen; a configuration that is neither
// (another one, a wrong word, an expired change's) reverts with ConfigNotGoverned, a word not below r with
// NotInField. ReadConfig returns the published configuration, and ErrConfigNotPublished for a hash nobody
// published.
func TestSecurityPublishConfig(t *testing.T) {
	e := newEnv(t)
	rng := rand.New(rand.NewPCG(7, 8))
	next, expired := testConfig(t, rng), testConfig(t, rng)
	stranger := e.sim.Transactor(3)
	_, err := e.rollup.PublishConfig(e.ctx, stranger, &next)
	if args := wantRevert(t, err, "ConfigNotGoverned"); args[0].([32]byte) != next.Hash() {
		t.Fatalf("ConfigNotGoverned%v, want the configuration's hash %x", args, next.Hash())
	}
	if _, err := ReadConfig(e.ctx, e.b, e.rollup.Address(), next.Hash(), 0, 0); !errors.Is(err, ErrConfigNotPublished) {
		t.Fatalf("ReadConfig before publishing: %v, want ErrConfigNotPublished", err)
	}

	gov := e.sim.Transactor(governorIdx)
	e.must(e.rollup.ProposeChange(e.ctx, gov, ChangeConfigHash, [32]byte{}, next.Hash()))
	e.must(e.rollup.PublishConfig(e.ctx, stranger, &next))
	got, err := ReadConfig(e.ctx, e.b, e.rollup.Address(), next.Hash(), 0, 1)
	if err != nil || *got != next {
		t.Fatalf("ReadConfig = %+v, %v, want %+v", got, err, next)
	}
	keys, params := configArgs(&next)
	wrong := [][]byte{
		e.rollup.abi.PackPublishConfig(keys, new(big.Int).Add(params, big.NewInt(1))),
		e.rollup.abi.PackPublishConfig([2 * state.OracleKeys]*big.Int(append([]*big.Int{big.NewInt(1)}, keys[1:]...)), params),
	}
	for _, data := range wrong {
		_, err := transact(e.ctx, e.b, e.rollup.contract, stranger, data)
		wantRevert(t, err, "ConfigNotGoverned")
	}
	_, err = transact(e.ctx, e.b, e.rollup.contract, stranger, e.rollup.abi.PackPublishConfig(keys, fr.Modulus()))
	wantRevert(t, err, "NotInField")

	// The pending change is applied; the expired one's configuration can no longer be published.
	e.must(e.rollup.ProposeChange(e.ctx, gov, ChangeConfigHash, [32]byte{}, expired.Hash()))
	if err := e.sim.AdjustTime(governanceDelay * time.Second); err != nil {
		t.Fatal(err)
	}
	e.must(e.rollup.ApplyChange(e.ctx, gov, ChangeConfigHash, [32]byte{}, next.Hash()))
	if err := e.sim.AdjustTime((governanceExpiry + 1) * time.Second); err != nil {
		t.Fatal(err)
	}
	_, err = e.rollup.PublishConfig(e.ctx, stranger, &expired)
	wantRevert(t, err, "ConfigNotGoverned")
	e.must(e.harnessTx(e.harness.PackFreezeNow()))
	e.must(e.rollup.PublishConfig(e.ctx, e.sim.Transactor(4), &next))
}

// TestDeployPublishesConfig checks Deploy publishes the given configuration, whose hash becomes the contract's
// config hash and DeployedConfigHash's (ErrNotDeployment for the harness, another bytecode), and refuses a
// config hash that is not the configuration's.
func TestDeployPublishesConfig(t *testing.T) {
	e := newEnv(t)
	c := testConfig(t, rand.New(rand.NewPCG(9, 10)))
	dc := DeployConfig{Token: e.token.Address(), Governor: e.sim.Address(governorIdx), Operators: []common.Address{e.sim.Address(0)},
		Genesis: EmptyGenesis(testMarkets()), Verifiers: map[int]common.Address{2: e.verifier}, Config: &c}
	d, err := Deploy(e.ctx, e.b, e.op(), dc)
	if err != nil {
		t.Fatal(err)
	}
	r := NewRollup(e.b, d.Rollup)
	if h, err := r.ConfigHash(e.ctx); err != nil || h != c.Hash() {
		t.Fatalf("config hash %x %v, want %x", h, err, c.Hash())
	}
	if got, err := ReadConfig(e.ctx, e.b, d.Rollup, c.Hash(), 0, 0); err != nil || *got != c {
		t.Fatalf("ReadConfig = %+v, %v, want %+v", got, err, c)
	}
	g, err := ReadGenesis(e.ctx, e.b, d.Rollup, 0)
	if err != nil {
		t.Fatal(err)
	}
	if h, err := DeployedConfigHash(e.ctx, e.sim.Client(), g); err != nil || h != c.Hash() {
		t.Fatalf("DeployedConfigHash = %x, %v, want %x", h, err, c.Hash())
	}
	if g, err = ReadGenesis(e.ctx, e.b, e.rollup.Address(), 0); err != nil {
		t.Fatal(err)
	}
	if _, err := DeployedConfigHash(e.ctx, e.sim.Client(), g); !errors.Is(err, ErrNotDeployment) {
		t.Fatalf("DeployedConfigHash of the harness (other bytecode): %v, want ErrNotDeployment", err)
	}
	dc.ConfigHash = [32]byte{1}
	if _, err := Deploy(e.ctx, e.b, e.op(), dc); err == nil {
		t.Fatal("Deploy with a config hash that is not the configuration's succeeded")
	}
}

// cappedLogs is a Backend whose FilterLogs fails, as a node provider's eth_getLogs does, for a query over more
// than maxSpan blocks or with more than maxLogs results; it counts the queries.
type cappedLogs struct {
	Backend
	maxSpan, maxLogs int
	queries          int
}

// errTooMany is cappedLogs' error for a query over its limits.
var errTooMany = errors.New("query returned more than the provider's limit")

// FilterLogs answers q from the embedded backend, or fails when q is over the limits.
func (c *cappedLogs) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	c.queries++
	if span := new(big.Int).Sub(q.ToBlock, q.FromBlock).Int64() + 1; span > int64(c.maxSpan) {
		return nil, fmt.Errorf("%w: %d blocks", errTooMany, span)
	}
	logs, err := c.Backend.FilterLogs(ctx, q)
	if err != nil || len(logs) > c.maxLogs {
		return nil, fmt.Errorf("%w: %d logs (%v)", errTooMany, len(logs), err)
	}
	return logs, nil
}

// TestReadConfigHalvesWindow spams publishConfig with the pending configuration and checks ReadConfig still
// finds it through a node that refuses queries with more than two logs or over more than four blocks: it
// halves its window until the node answers. A node that refuses every query fails ReadConfig with its error
// once the window is down to one block, after one query per halving.
func TestReadConfigHalvesWindow(t *testing.T) {
	const spam = 8
	e := newEnv(t)
	next := testConfig(t, rand.New(rand.NewPCG(11, 12)))
	e.must(e.rollup.ProposeChange(e.ctx, e.sim.Transactor(governorIdx), ChangeConfigHash, [32]byte{}, next.Hash()))
	for range 3 {
		e.sim.Commit()
	}
	for i := range spam {
		e.must(e.rollup.PublishConfig(e.ctx, e.sim.Transactor(3+i%2), &next))
	}
	for _, capped := range []*cappedLogs{{Backend: e.b, maxSpan: 1 << 20, maxLogs: 2}, {Backend: e.b, maxSpan: 4, maxLogs: spam}} {
		got, err := ReadConfig(e.ctx, capped, e.rollup.Address(), next.Hash(), 0, 0)
		if err != nil || *got != next {
			t.Fatalf("ReadConfig through a node capped at %d blocks, %d logs = %+v, %v, want %+v", capped.maxSpan, capped.maxLogs, got, err, next)
		}
		if capped.queries < 2 {
			t.Fatalf("node capped at %d blocks, %d logs: %d queries, want a failed one and a narrower one", capped.maxSpan, capped.maxLogs, capped.queries)
		}
	}
	refusing := &cappedLogs{Backend: e.b, maxSpan: 0}
	const window = 8 // 8, 4, 2, 1 blocks: four queries (the chain is longer than the window)
	_, err := ReadConfig(e.ctx, refusing, e.rollup.Address(), next.Hash(), 0, window)
	if !errors.Is(err, errTooMany) || refusing.queries != 4 {
		t.Fatalf("node refusing every query: %v after %d queries, want errTooMany after 4", err, refusing.queries)
	}
}

// newEnvConfig is newEnv with a rollup deployed with config hash configHash.
func newEnvConfig(t *testing.T, configHash [32]byte) *env {
	t.Helper()
	e := newEnv(t)
	e.configHash = configHash
	addr := e.deployHarness(e.token.Address(), e.sim.Address(operatorIdx), []common.Address{e.verifier, e.verifier})
	e.rollup = NewRollup(e.b, addr)
	e.harnessC = e.harness.Instance(e.b, addr)
	return e
}

// TestSecurityConfigAlwaysPublishable reproduces issue 20 item 3: a configuration the batches were proven for
// must never become unpublishable, or the L1-only rebuild stops with ErrConfigNotPublished for every user. A
// ConfigHash change applies only once its preimage is published (ConfigNotPublished otherwise), and every
// config hash that was ever current, the genesis one included, stays publishable after two rotations and once
// frozen; a configuration that never was current nor pending still reverts ConfigNotGoverned.
func TestSecurityConfigAlwaysPublishable(t *testing.T) {
	rng := rand.New(rand.NewPCG(20, 3))
	c1, c2, c3, never := testConfig(t, rng), testConfig(t, rng), testConfig(t, rng), testConfig(t, rng)
	e := newEnvConfig(t, c1.Hash()) // deployed without publishing c1
	gov, stranger := e.sim.Transactor(governorIdx), e.sim.Transactor(3)
	rotate := func(next *state.Config) {
		t.Helper()
		e.must(e.rollup.ProposeChange(e.ctx, gov, ChangeConfigHash, [32]byte{}, next.Hash()))
		if err := e.sim.AdjustTime(governanceDelay * time.Second); err != nil {
			t.Fatal(err)
		}
		_, err := e.rollup.ApplyChange(e.ctx, gov, ChangeConfigHash, [32]byte{}, next.Hash())
		if args := wantRevert(t, err, "ConfigNotPublished"); args[0].([32]byte) != next.Hash() {
			t.Fatalf("ConfigNotPublished%v, want %x", args, next.Hash())
		}
		e.must(e.rollup.PublishConfig(e.ctx, stranger, next))
		e.must(e.rollup.ApplyChange(e.ctx, gov, ChangeConfigHash, [32]byte{}, next.Hash()))
	}
	rotate(&c2)
	rotate(&c3)
	for i, c := range []*state.Config{&c1, &c2, &c3} {
		if _, err := e.rollup.PublishConfig(e.ctx, stranger, c); err != nil {
			t.Fatalf("config %d after two rotations: %v", i+1, err)
		}
	}
	_, err := e.rollup.PublishConfig(e.ctx, stranger, &never)
	wantRevert(t, err, "ConfigNotGoverned")
	e.must(e.harnessTx(e.harness.PackFreezeNow()))
	e.must(e.rollup.PublishConfig(e.ctx, stranger, &c1))
	for i, c := range []*state.Config{&c1, &c2, &c3} {
		if got, err := ReadConfig(e.ctx, e.b, e.rollup.Address(), c.Hash(), 0, 0); err != nil || *got != *c {
			t.Fatalf("ReadConfig(config %d) = %+v, %v", i+1, got, err)
		}
	}
}

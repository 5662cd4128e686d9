package l1

import (
	"context"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/perpx/perpx/l1/bindings"
	"github.com/perpx/perpx/state"
)

// Genesis is the state a rollup starts from. The contract computes the genesis root from it and logs it in its
// Genesis event, so the state can be rebuilt from L1 data alone.
type Genesis struct {
	AccountsRoot fr.Element
	Markets      state.Markets
	Globals      state.Globals
}

// EmptyGenesis returns the genesis with every account empty, the given markets table and zero globals.
func EmptyGenesis(markets state.Markets) Genesis {
	return Genesis{AccountsRoot: state.EmptyAccountNodes()[state.AccountTreeLevels], Markets: markets}
}

// Root returns the genesis state root, H(accountsRoot, marketsHash, globals).
func (g *Genesis) Root() fr.Element { return state.StateRoot(g.AccountsRoot, &g.Markets, g.Globals) }

// abi returns the constructor's GenesisState argument.
func (g *Genesis) abi() bindings.RollupGenesisState {
	out := bindings.RollupGenesisState{AccountsRoot: state.BigOf(g.AccountsRoot), Globals: state.BigOf(g.Globals.Word())}
	for i, w := range MarketWords(&g.Markets) {
		out.Markets[i] = state.BigOf(w)
	}
	return out
}

// MarketWords returns the markets table as the contract takes it: mw0[1], mw1[1], …, mw0[M], mw1[M].
func MarketWords(m *state.Markets) [2 * state.MarketCount]fr.Element {
	var out [2 * state.MarketCount]fr.Element
	for i := range m {
		w := m[i].Words()
		out[2*i], out[2*i+1] = w[0], w[1]
	}
	return out
}

// DeployConfig says what Deploy deploys.
type DeployConfig struct {
	// Token is the collateral token; the zero address deploys a TestUSDC.
	Token common.Address
	// Governor proposes and applies timelocked changes; Guardian (optional) may pause deposits and cancel
	// pending changes.
	Governor, Guardian common.Address
	// Operators may commit batches; at least one.
	Operators []common.Address
	// Genesis is the state before the first batch.
	Genesis Genesis
	// ConfigHash is the configuration hash the circuits commit to; when Config is given it may be left zero
	// and is then Config's hash.
	ConfigHash [32]byte
	// Config, when given, is the configuration of ConfigHash: it must be valid, and Deploy publishes it
	// (publishConfig) right after deploying the Rollup, so the escape hatch can read it from L1.
	Config *state.Config
	// Verifiers maps batch sizes to deployed verifiers. When it is empty, the compiled verifier of every size
	// in VerifierBatchSizes is deployed.
	Verifiers map[int]common.Address
	// SubmissionVerifier, when given, is the deployed verifier of aggregated submissions (the aggregation Root's,
	// Rollup.commitSubmission), registered under SubmissionVerifierKey; without it submissions are disabled until
	// governance sets one.
	SubmissionVerifier common.Address
	// Checks is a deployed RollupChecks (contracts/RollupChecks.sol); the zero address deploys one.
	Checks common.Address
}

// Deployment is the set of deployed contracts.
type Deployment struct {
	Token     common.Address
	Rollup    common.Address
	Verifiers map[int]common.Address
	// Checks is the RollupChecks the Rollup was given.
	Checks common.Address
}

// SubmissionVerifierKey is Rollup.SUBMISSION_VERIFIER_KEY, 2^256 − 1: the key of the Rollup's verifiers that
// holds the submission verifier, which the constructor and Change.Verifier set like a batch size's.
var SubmissionVerifierKey = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// Deploy deploys the token (unless given), the verifiers (unless given) and the Rollup, and publishes the
// configuration (when given), each transaction signed by deployer and waited for.
func Deploy(ctx context.Context, b Backend, deployer *bind.TransactOpts, cfg DeployConfig) (*Deployment, error) {
	if err := cfg.resolveConfigHash(); err != nil {
		return nil, err
	}
	d := &Deployment{Token: cfg.Token, Verifiers: maps.Clone(cfg.Verifiers)}
	if d.Token == (common.Address{}) {
		token, err := DeployTestUSDC(ctx, b, deployer)
		if err != nil {
			return nil, err
		}
		d.Token = token
	}
	if len(d.Verifiers) == 0 {
		sizes := VerifierBatchSizes()
		if len(sizes) == 0 {
			return nil, fmt.Errorf("%w: none given and none compiled", ErrNoVerifier)
		}
		d.Verifiers = make(map[int]common.Address, len(sizes))
		for _, n := range sizes {
			v, err := DeployVerifier(ctx, b, deployer, n)
			if err != nil {
				return nil, err
			}
			d.Verifiers[n] = v
		}
	}
	sizes := slices.Sorted(maps.Keys(d.Verifiers))
	batchSizes := make([]*big.Int, len(sizes))
	verifiers := make([]common.Address, len(sizes))
	for i, n := range sizes {
		batchSizes[i] = big.NewInt(int64(n))
		verifiers[i] = d.Verifiers[n]
	}
	if cfg.SubmissionVerifier != (common.Address{}) {
		batchSizes = append(batchSizes, SubmissionVerifierKey)
		verifiers = append(verifiers, cfg.SubmissionVerifier)
	}
	d.Checks = cfg.Checks
	if d.Checks == (common.Address{}) {
		checks, err := DeployRollupChecks(ctx, b, deployer)
		if err != nil {
			return nil, err
		}
		d.Checks = checks
	}
	a := bindings.NewRollup()
	roles := bindings.RollupRoles{Governor: cfg.Governor, Guardian: cfg.Guardian, Operators: cfg.Operators}
	input := a.PackConstructor(d.Token, roles, cfg.Genesis.abi(), cfg.ConfigHash, batchSizes, verifiers, d.Checks)
	rollup, err := deploy(ctx, b, deployer, common.FromHex(bindings.RollupMetaData.Bin), input)
	if err != nil {
		return nil, fmt.Errorf("l1: deploy Rollup: %w", err)
	}
	d.Rollup = rollup
	if cfg.Config != nil {
		if _, err := NewRollup(b, rollup).PublishConfig(ctx, deployer, cfg.Config); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// resolveConfigHash checks Config, when given, is valid and is the configuration of ConfigHash, which it sets
// when zero.
func (c *DeployConfig) resolveConfigHash() error {
	if c.Config == nil {
		return nil
	}
	if err := c.Config.Validate(); err != nil {
		return fmt.Errorf("l1: deploy: %w", err)
	}
	h := c.Config.Hash()
	if c.ConfigHash != ([32]byte{}) && c.ConfigHash != h {
		return fmt.Errorf("l1: deploy: config hash %x is not the configuration's, %x", c.ConfigHash, h)
	}
	c.ConfigHash = h
	return nil
}

// DeployTestUSDC deploys a TestUSDC token.
func DeployTestUSDC(ctx context.Context, b Backend, deployer *bind.TransactOpts) (common.Address, error) {
	addr, err := deploy(ctx, b, deployer, common.FromHex(bindings.TestUSDCMetaData.Bin), nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("l1: deploy TestUSDC: %w", err)
	}
	return addr, nil
}

// DeployRollupChecks deploys a RollupChecks (contracts/RollupChecks.sol), the stateless checks a Rollup is given
// at construction.
func DeployRollupChecks(ctx context.Context, b Backend, deployer *bind.TransactOpts) (common.Address, error) {
	raw, err := artifacts.ReadFile("artifacts/RollupChecks.bin")
	if err != nil {
		return common.Address{}, fmt.Errorf("l1: RollupChecks artifact: %w", err)
	}
	addr, err := deploy(ctx, b, deployer, common.FromHex(strings.TrimSpace(string(raw))), nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("l1: deploy RollupChecks: %w", err)
	}
	return addr, nil
}

// DeployVerifier deploys the compiled gnark verifier for batchSize (contracts/Verifier<batchSize>.sol).
func DeployVerifier(ctx context.Context, b Backend, deployer *bind.TransactOpts, batchSize int) (common.Address, error) {
	code, err := verifierBytecode(batchSize)
	if err != nil {
		return common.Address{}, err
	}
	addr, err := deploy(ctx, b, deployer, code, nil)
	if err != nil {
		return common.Address{}, fmt.Errorf("l1: deploy Verifier%d: %w", batchSize, err)
	}
	return addr, nil
}

// deploy sends a creation transaction and waits for it to succeed.
func deploy(ctx context.Context, b Backend, deployer *bind.TransactOpts, code, input []byte) (common.Address, error) {
	opts := *deployer
	opts.Context = ctx
	addr, tx, err := bind.DeployContract(&opts, code, b, input)
	if err != nil {
		return common.Address{}, decodeRevert(err)
	}
	if _, err := waitSuccess(ctx, b, tx); err != nil {
		return common.Address{}, err
	}
	return addr, nil
}

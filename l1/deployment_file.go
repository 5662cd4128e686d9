package l1

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"os"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
)

// Errors of deployment files and of the chain they are checked against.
var (
	// ErrL1Unreachable reports an L1 JSON-RPC endpoint that does not answer.
	ErrL1Unreachable = errors.New("l1: endpoint unreachable")
	// ErrWrongChain reports a chain whose id is not the one expected (a deployment file's, or --chain-id).
	ErrWrongChain = errors.New("l1: wrong chain")
	// ErrDeploymentMismatch reports a deployment file, or an operator's own configuration, that does not
	// describe the contract found at its Rollup address.
	ErrDeploymentMismatch = errors.New("l1: deployment mismatch")
	// ErrBadDeploymentFile reports a deployment file that cannot be read or misses a field.
	ErrBadDeploymentFile = errors.New("l1: bad deployment file")
)

// DeploymentFile is what perpx deploy and perpx devnet write and what every command that talks to L1 reads
// (--deployment FILE): the chain, the contracts, the first block to follow and the rollup's genesis.
type DeploymentFile struct {
	ChainID uint64         `json:"chainId"`
	Rollup  common.Address `json:"rollup"`
	Token   common.Address `json:"token"`
	Hasher  common.Address `json:"hasher"`
	// Verifiers maps each batch size (decimal) to its verifier.
	Verifiers map[string]common.Address `json:"verifiers"`
	// BatchSizes are the batch sizes the Rollup accepts, ascending.
	BatchSizes []int `json:"batchSizes"`
	// DeploymentBlock is the block of the Rollup's Genesis log: the first block a follower must read.
	DeploymentBlock uint64      `json:"deploymentBlock"`
	ConfigHash      common.Hash `json:"configHash"`
	GenesisRoot     common.Hash `json:"genesisRoot"`
	// RPC, when set, is a JSON-RPC endpoint of the chain (the devnet writes its own); --rpc overrides it.
	RPC string `json:"rpc,omitempty"`
}

// NewDeploymentFile describes deployment d on the chain b, reading the chain id, the hasher, the Genesis log
// and the configuration hash from the chain. fromBlock bounds the search for the Genesis log from below.
func NewDeploymentFile(ctx context.Context, b ChainBackend, d *Deployment, fromBlock uint64) (*DeploymentFile, error) {
	chainID, err := ChainID(ctx, b)
	if err != nil {
		return nil, err
	}
	g, err := ReadGenesis(ctx, b, d.Rollup, fromBlock)
	if err != nil {
		return nil, err
	}
	r := NewRollup(b, d.Rollup)
	hasher, err := call(ctx, r.contract, r.abi.PackHasher(), r.abi.UnpackHasher)
	if err != nil {
		return nil, err
	}
	cfg, err := r.ConfigHash(ctx)
	if err != nil {
		return nil, err
	}
	f := &DeploymentFile{ChainID: chainID, Rollup: d.Rollup, Token: d.Token, Hasher: hasher,
		Verifiers: make(map[string]common.Address, len(d.Verifiers)), DeploymentBlock: g.Block, ConfigHash: cfg,
		GenesisRoot: common.Hash(g.Root.Bytes())}
	for _, n := range slices.Sorted(maps.Keys(d.Verifiers)) {
		f.Verifiers[strconv.Itoa(n)] = d.Verifiers[n]
		f.BatchSizes = append(f.BatchSizes, n)
	}
	return f, nil
}

// chainIDReader is the part of a node ChainID needs.
type chainIDReader interface {
	ChainID(ctx context.Context) (*big.Int, error)
}

// ChainID returns b's chain id; a node that does not answer is ErrL1Unreachable.
func ChainID(ctx context.Context, b any) (uint64, error) {
	r, ok := b.(chainIDReader)
	if !ok {
		return 0, fmt.Errorf("%w: %T reads no chain id", ErrL1Unreachable, b)
	}
	id, err := r.ChainID(ctx)
	if err != nil {
		return 0, fmt.Errorf("%w: chain id: %w", ErrL1Unreachable, err)
	}
	return id.Uint64(), nil
}

// Deployment returns the contracts the file names.
func (f *DeploymentFile) Deployment() *Deployment {
	d := &Deployment{Token: f.Token, Rollup: f.Rollup, Verifiers: make(map[int]common.Address, len(f.Verifiers))}
	for k, v := range f.Verifiers {
		if n, err := strconv.Atoi(k); err == nil {
			d.Verifiers[n] = v
		}
	}
	return d
}

// Write writes the file as indented JSON.
func (f *DeploymentFile) Write(path string) error {
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("l1: write deployment file: %w", err)
	}
	return nil
}

// ReadDeploymentFile reads a deployment file; unknown fields, a zero chain id or a zero Rollup address are
// ErrBadDeploymentFile.
func ReadDeploymentFile(path string) (*DeploymentFile, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrBadDeploymentFile, err)
	}
	var f DeploymentFile
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%w: %s: %w", ErrBadDeploymentFile, path, err)
	}
	if f.ChainID == 0 || f.Rollup == (common.Address{}) {
		return nil, fmt.Errorf("%w: %s: no chain id or no rollup address", ErrBadDeploymentFile, path)
	}
	return &f, nil
}

// CheckChain requires b to be the file's chain: ErrL1Unreachable when it does not answer, ErrWrongChain when
// its chain id differs.
func (f *DeploymentFile) CheckChain(ctx context.Context, b any) error {
	id, err := ChainID(ctx, b)
	if err != nil {
		return err
	}
	if id != f.ChainID {
		return fmt.Errorf("%w: the node serves chain %d, the deployment file is for chain %d", ErrWrongChain, id, f.ChainID)
	}
	return nil
}

// Verify checks the chain b holds the deployment the file describes: the same chain, code at the Rollup
// address, and the Rollup's Genesis log (at DeploymentBlock) and configuration hash equal to the file's. A
// difference is ErrDeploymentMismatch.
func (f *DeploymentFile) Verify(ctx context.Context, b ChainBackend) error {
	if err := f.CheckChain(ctx, b); err != nil {
		return err
	}
	code, err := b.CodeAt(ctx, f.Rollup, nil)
	if err != nil {
		return fmt.Errorf("%w: code of %s: %w", ErrL1Unreachable, f.Rollup, err)
	}
	if len(code) == 0 {
		return fmt.Errorf("%w: no contract at %s on chain %d", ErrDeploymentMismatch, f.Rollup, f.ChainID)
	}
	g, err := ReadGenesis(ctx, b, f.Rollup, f.DeploymentBlock)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrDeploymentMismatch, err)
	}
	if root := common.Hash(g.Root.Bytes()); root != f.GenesisRoot || g.Block != f.DeploymentBlock {
		return fmt.Errorf("%w: the Rollup at %s has genesis root %s at block %d, the file says %s at block %d",
			ErrDeploymentMismatch, f.Rollup, root, g.Block, f.GenesisRoot, f.DeploymentBlock)
	}
	cfg, err := NewRollup(b, f.Rollup).ConfigHash(ctx)
	if err != nil {
		return err
	}
	if cfg != f.ConfigHash {
		return fmt.Errorf("%w: the Rollup at %s has config hash %x, the file says %x", ErrDeploymentMismatch, f.Rollup, cfg, f.ConfigHash)
	}
	return nil
}

// CheckOperator checks the Rollup the file names is the one an operator with genesis root genesisRoot and
// configuration hash configHash can serve: ErrDeploymentMismatch otherwise.
func (f *DeploymentFile) CheckOperator(genesisRoot, configHash [32]byte) error {
	if f.GenesisRoot != genesisRoot {
		return fmt.Errorf("%w: the Rollup's genesis root is %s, this sequencer's %s", ErrDeploymentMismatch,
			f.GenesisRoot, common.Hash(genesisRoot))
	}
	if f.ConfigHash != configHash {
		return fmt.Errorf("%w: the Rollup's config hash is %s, this sequencer's %s", ErrDeploymentMismatch,
			f.ConfigHash, common.Hash(configHash))
	}
	return nil
}

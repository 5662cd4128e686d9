package l1

import (
	"context"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/perpx/perpx/l1/bindings"
	"github.com/perpx/perpx/state"
)

// configArgs returns a configuration as publishConfig and hashConfig take it: the oracle keys' coordinates
// x0, y0, …, x4, y4 and the params word.
func configArgs(cfg *state.Config) (keys [2 * state.OracleKeys]*big.Int, params *big.Int) {
	for i, w := range cfg.KeyWords() {
		keys[i] = state.BigOf(w)
	}
	return keys, state.BigOf(cfg.ParamsWord())
}

// PublishConfig logs cfg's words in a ConfigPublished event, so the escape hatch can read the configuration
// from L1. Anyone may publish; cfg must hash to a config hash that was ever the contract's or to the value of a
// pending, unexpired ConfigHash change (the contract reverts with ConfigNotGoverned otherwise). A ConfigHash
// change applies only once its configuration is published (ConfigNotPublished).
func (r *Rollup) PublishConfig(ctx context.Context, auth *bind.TransactOpts, cfg *state.Config) (*types.Receipt, error) {
	keys, params := configArgs(cfg)
	receipt, err := transact(ctx, r.backend, r.contract, auth, r.abi.PackPublishConfig(keys, params))
	if err != nil {
		return receipt, fmt.Errorf("l1: publish config: %w", err)
	}
	return receipt, nil
}

// ConfigHash returns the contract's current config hash.
func (r *Rollup) ConfigHash(ctx context.Context) ([32]byte, error) {
	return call(ctx, r.contract, r.abi.PackConfigHash(), r.abi.UnpackConfigHash)
}

// minLogWindow is the fewest blocks ReadConfig asks logs for in one request: a window of that many blocks
// whose query still fails ends the search with the node's error.
const minLogWindow = 1

// ReadConfig returns the configuration published (ConfigPublished) for config hash hash by the rollup at
// address, from the first such log in blocks from fromBlock to the head, read in windows of at most
// maxLogRange blocks (0 means DefaultMaxLogRange). Anyone may publish a configuration again and again, so a
// window may hold more logs than a node returns for one request: when a window's query fails, ReadConfig
// halves the window and asks again, down to minLogWindow blocks, and doubles it back after each answer. It
// returns ErrConfigNotPublished when there is none, the node's error when a window of minLogWindow blocks
// fails, and an error wrapping ErrBadWord, ErrBadLog or state.ErrBadConfig when the logged words are not a
// valid configuration hashing to hash.
func ReadConfig(ctx context.Context, b Backend, rollup common.Address, hash [32]byte, fromBlock, maxLogRange uint64) (*state.Config, error) {
	if maxLogRange == 0 {
		maxLogRange = DefaultMaxLogRange
	}
	a := bindings.NewRollup()
	head, err := b.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("l1: head: %w", err)
	}
	q := ethereum.FilterQuery{
		Addresses: []common.Address{rollup},
		Topics:    [][]common.Hash{{a.GetABI().Events[bindings.RollupConfigPublishedEventName].ID}, {hash}},
	}
	window := maxLogRange
	for from := fromBlock; from <= head; {
		to := min(from+window-1, head)
		q.FromBlock, q.ToBlock = new(big.Int).SetUint64(from), new(big.Int).SetUint64(to)
		logs, err := b.FilterLogs(ctx, q)
		if err != nil {
			if window = narrower(window, to-from+1); window == 0 || ctx.Err() != nil {
				return nil, fmt.Errorf("l1: ConfigPublished logs of blocks %d..%d: %w", from, to, err)
			}
			continue
		}
		if len(logs) > 0 {
			return configOfLog(a, &logs[0], hash)
		}
		from, window = to+1, min(2*window, maxLogRange)
	}
	return nil, fmt.Errorf("%w: config hash %x of %s from block %d", ErrConfigNotPublished, hash, rollup, fromBlock)
}

// narrower returns the window to retry with after a query of span blocks failed: half of the span, or 0
// when span is already minLogWindow blocks.
func narrower(window, span uint64) uint64 {
	if span <= minLogWindow {
		return 0
	}
	return max(min(window, span)/2, minLogWindow)
}

// configOfLog decodes a ConfigPublished log and checks its configuration hashes to hash.
func configOfLog(a *bindings.Rollup, log *types.Log, hash [32]byte) (*state.Config, error) {
	ev, err := a.UnpackConfigPublishedEvent(log)
	if err != nil {
		return nil, fmt.Errorf("%w: ConfigPublished in block %d: %w", ErrBadLog, log.BlockNumber, err)
	}
	var keys state.ConfigKeyWords
	var params fr.Element
	dst := make([]*fr.Element, 0, len(keys)+1)
	for i := range keys {
		dst = append(dst, &keys[i])
	}
	if err := setWords(append(dst, &params), append(ev.OracleKeys[:], ev.Params)...); err != nil {
		return nil, err
	}
	cfg, err := state.ConfigFromWords(keys, params)
	if err != nil {
		return nil, fmt.Errorf("l1: ConfigPublished in block %d: %w", log.BlockNumber, err)
	}
	if cfg.Hash() != hash || ev.ConfigHash != hash {
		return nil, fmt.Errorf("%w: ConfigPublished in block %d does not hash to %x", ErrBadLog, log.BlockNumber, hash)
	}
	return &cfg, nil
}

package l1

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/perpx/perpx/l1/bindings"
	"github.com/perpx/perpx/state"
)

// DefaultMaxLogRange is the number of blocks a Watcher asks logs for in one request when its config sets none
// (node providers commonly cap eth_getLogs ranges).
const DefaultMaxLogRange = 5000

// Cursor is where a Watcher resumes: the first block it has not scanned and the queue index of the next
// deposit it will return. Persist it together with the deposits a Poll returned.
type Cursor struct {
	Block      uint64
	QueueIndex uint64
}

// WatcherConfig configures a Watcher.
type WatcherConfig struct {
	// Rollup is the Rollup contract's address.
	Rollup common.Address
	// Start is where to begin: the deployment block and queue index 0, or a cursor saved earlier.
	Start Cursor
	// Confirmations is how many blocks must follow a block before its deposits are returned; 0 returns
	// deposits from the head block.
	Confirmations uint64
	// MaxLogRange bounds the blocks of one log request; 0 means DefaultMaxLogRange.
	MaxLogRange uint64
}

// Watcher reads the Rollup's DepositQueued logs and returns the deposits in queue order.
type Watcher struct {
	backend Backend
	abi     *bindings.Rollup
	cfg     WatcherConfig
	cursor  Cursor
}

// NewWatcher returns a Watcher positioned at cfg.Start.
func NewWatcher(b Backend, cfg WatcherConfig) *Watcher {
	if cfg.MaxLogRange == 0 {
		cfg.MaxLogRange = DefaultMaxLogRange
	}
	return &Watcher{backend: b, abi: bindings.NewRollup(), cfg: cfg, cursor: cfg.Start}
}

// Cursor returns the position after the deposits returned so far.
func (w *Watcher) Cursor() Cursor { return w.cursor }

// Poll returns the deposits queued in blocks from the cursor up to the head less the confirmations, in queue
// order, and advances the cursor past them. The i-th record has queue index Cursor().QueueIndex − len + i. On
// error the cursor does not move; logs whose queue indices do not continue it return ErrQueueGap.
func (w *Watcher) Poll(ctx context.Context) ([]state.DepositRecord, error) {
	head, err := w.backend.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("l1: watcher: head: %w", err)
	}
	if head < w.cfg.Confirmations || head-w.cfg.Confirmations < w.cursor.Block {
		return nil, nil
	}
	last := head - w.cfg.Confirmations
	next := w.cursor.QueueIndex
	var out []state.DepositRecord
	topic := w.abi.GetABI().Events[bindings.RollupDepositQueuedEventName].ID
	for from := w.cursor.Block; from <= last; {
		to := min(from+w.cfg.MaxLogRange-1, last)
		logs, err := w.backend.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from),
			ToBlock:   new(big.Int).SetUint64(to),
			Addresses: []common.Address{w.cfg.Rollup},
			Topics:    [][]common.Hash{{topic}},
		})
		if err != nil {
			return nil, fmt.Errorf("l1: watcher: logs of blocks %d..%d: %w", from, to, err)
		}
		for i := range logs {
			ev, err := w.abi.UnpackDepositQueuedEvent(&logs[i])
			if err != nil {
				return nil, fmt.Errorf("l1: watcher: log %d of block %d: %w", logs[i].Index, logs[i].BlockNumber, err)
			}
			if ev.QueueIndex != next {
				return nil, fmt.Errorf("%w: block %d has queue index %d, want %d", ErrQueueGap, logs[i].BlockNumber, ev.QueueIndex, next)
			}
			out = append(out, state.DepositRecord{
				AccountID:      ev.AccountId,
				AmountQuantums: ev.Amount,
				L1Address:      state.L1Address(ev.Owner),
				PubKey:         ev.PubKey,
			})
			next++
		}
		from = to + 1
	}
	w.cursor = Cursor{Block: last + 1, QueueIndex: next}
	return out, nil
}

package l1

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/perpx/perpx/l1/bindings"
	"github.com/perpx/perpx/state"
)

// DefaultMaxLogRange is the number of blocks a Watcher asks logs for in one request when its config sets none
// (node providers commonly cap eth_getLogs ranges).
const DefaultMaxLogRange = 5000

// Cursor is where a Watcher resumes: the first block it has not scanned, the hash of the block before it (the
// last one scanned; zero before the first scan) and the queue index of the next entry it will return. Persist
// it together with the entries a poll returned.
type Cursor struct {
	Block      uint64
	BlockHash  common.Hash
	QueueIndex uint64
}

// WatcherConfig configures a Watcher.
type WatcherConfig struct {
	// Rollup is the Rollup contract's address.
	Rollup common.Address
	// Start is where to begin: the deployment block and queue index 0, or a cursor saved earlier.
	Start Cursor
	// Confirmations is how many blocks must follow a block before its queue entries are returned; 0 returns
	// entries from the head block. Blocks that are not yet confirmed are never read, so a reorganization of
	// them goes unnoticed; one that replaces a block already read returns ErrReorg.
	Confirmations uint64
	// MaxLogRange bounds the blocks of one log request; 0 means DefaultMaxLogRange.
	MaxLogRange uint64
}

// QueueItem is one entry of the rollup's queue: exactly one of Deposit, ForcedWithdrawal, ForcedTrade and
// MarketParams is set. A ForcedWithdrawal or ForcedTrade is the request, with Valid false: the sequencer decides
// validity when it serves it.
type QueueItem struct {
	Index            uint64
	Deposit          *state.DepositRecord
	ForcedWithdrawal *state.ForcedWithdrawalRecord
	ForcedTrade      *state.ForcedTradeRecord
	MarketParams     *state.MarketParamsRecord
}

// queueEvents are the logs of queue entries, one per entry.
var queueEvents = []string{
	bindings.RollupDepositQueuedEventName, bindings.RollupForcedWithdrawalQueuedEventName,
	bindings.RollupForcedTradeQueuedEventName, bindings.RollupMarketParamsQueuedEventName,
}

// Watcher reads the Rollup's queue logs (DepositQueued, ForcedWithdrawalQueued, ForcedTradeQueued and
// MarketParamsQueued) and returns the queue in order.
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

// Cursor returns the position after the entries returned so far.
func (w *Watcher) Cursor() Cursor { return w.cursor }

// Poll returns the deposits queued in blocks from the cursor up to the head less the confirmations, in queue
// order, and advances the cursor past them; it is PollQueue for a consumer that handles deposits only. Any
// other entry in that range returns ErrUnhandledEntry and leaves the cursor where it was.
func (w *Watcher) Poll(ctx context.Context) ([]state.DepositRecord, error) {
	items, next, err := w.scan(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]state.DepositRecord, 0, len(items))
	for _, it := range items {
		if it.Deposit == nil {
			return nil, fmt.Errorf("%w: queue index %d", ErrUnhandledEntry, it.Index)
		}
		out = append(out, *it.Deposit)
	}
	w.cursor = next
	return out, nil
}

// PollQueue returns the queue entries made in blocks from the cursor up to the head less the confirmations,
// in queue order, and advances the cursor past them. On error the cursor does not move: logs whose queue
// indices do not continue it return ErrQueueGap, and a cursor block that is no longer canonical ErrReorg.
func (w *Watcher) PollQueue(ctx context.Context) ([]QueueItem, error) {
	items, next, err := w.scan(ctx)
	if err != nil {
		return nil, err
	}
	w.cursor = next
	return items, nil
}

// scan reads the entries after the cursor and returns them with the cursor after them.
func (w *Watcher) scan(ctx context.Context) ([]QueueItem, Cursor, error) {
	head, err := w.backend.BlockNumber(ctx)
	if err != nil {
		return nil, w.cursor, fmt.Errorf("l1: watcher: head: %w", err)
	}
	if err := w.checkCanonical(ctx); err != nil {
		return nil, w.cursor, err
	}
	if head < w.cfg.Confirmations || head-w.cfg.Confirmations < w.cursor.Block {
		return nil, w.cursor, nil
	}
	last := head - w.cfg.Confirmations
	lastHeader, err := w.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(last))
	if err != nil {
		return nil, w.cursor, fmt.Errorf("l1: watcher: header %d: %w", last, err)
	}
	events := w.abi.GetABI().Events
	topics := make([]common.Hash, len(queueEvents))
	for i, name := range queueEvents {
		topics[i] = events[name].ID
	}
	next := w.cursor.QueueIndex
	var out []QueueItem
	for from := w.cursor.Block; from <= last; {
		to := min(from+w.cfg.MaxLogRange-1, last)
		logs, err := w.backend.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from),
			ToBlock:   new(big.Int).SetUint64(to),
			Addresses: []common.Address{w.cfg.Rollup},
			Topics:    [][]common.Hash{topics},
		})
		if err != nil {
			return nil, w.cursor, fmt.Errorf("l1: watcher: logs of blocks %d..%d: %w", from, to, err)
		}
		for i := range logs {
			l := &logs[i]
			it, err := w.item(l)
			if err != nil {
				return nil, w.cursor, fmt.Errorf("l1: watcher: log %d of block %d: %w", l.Index, l.BlockNumber, err)
			}
			if it.Index != next {
				return nil, w.cursor, fmt.Errorf("%w: block %d has queue index %d, want %d", ErrQueueGap, l.BlockNumber, it.Index, next)
			}
			out = append(out, it)
			next++
		}
		from = to + 1
	}
	return out, Cursor{Block: last + 1, BlockHash: lastHeader.Hash(), QueueIndex: next}, nil
}

// checkCanonical returns ErrReorg if the last block the cursor scanned is no longer the canonical one.
func (w *Watcher) checkCanonical(ctx context.Context) error {
	if w.cursor.BlockHash == (common.Hash{}) || w.cursor.Block == 0 {
		return nil
	}
	h, err := w.backend.HeaderByNumber(ctx, new(big.Int).SetUint64(w.cursor.Block-1))
	if err != nil {
		return fmt.Errorf("l1: watcher: header %d: %w", w.cursor.Block-1, err)
	}
	if h.Hash() != w.cursor.BlockHash {
		return fmt.Errorf("%w: block %d is now %s, the watcher read %s", ErrReorg, w.cursor.Block-1, h.Hash(), w.cursor.BlockHash)
	}
	return nil
}

// item decodes a queue log.
func (w *Watcher) item(l *types.Log) (QueueItem, error) {
	if len(l.Topics) == 0 {
		return QueueItem{}, fmt.Errorf("%w: log without topics", ErrBadLog)
	}
	events := w.abi.GetABI().Events
	switch l.Topics[0] {
	case events[bindings.RollupDepositQueuedEventName].ID:
		ev, err := w.abi.UnpackDepositQueuedEvent(l)
		if err != nil {
			return QueueItem{}, fmt.Errorf("%w: %w", ErrBadLog, err)
		}
		return QueueItem{Index: ev.QueueIndex, Deposit: &state.DepositRecord{
			AccountID: ev.AccountId, AmountQuantums: ev.Amount, L1Address: state.L1Address(ev.Owner), PubKey: ev.PubKey,
		}}, nil
	case events[bindings.RollupForcedWithdrawalQueuedEventName].ID:
		ev, err := w.abi.UnpackForcedWithdrawalQueuedEvent(l)
		if err != nil {
			return QueueItem{}, fmt.Errorf("%w: %w", ErrBadLog, err)
		}
		return QueueItem{Index: ev.QueueIndex, ForcedWithdrawal: &state.ForcedWithdrawalRecord{
			AccountID: ev.AccountId, AmountQuantums: ev.Amount, L1Address: state.L1Address(ev.Owner),
		}}, nil
	case events[bindings.RollupForcedTradeQueuedEventName].ID:
		ev, err := w.abi.UnpackForcedTradeQueuedEvent(l)
		if err != nil {
			return QueueItem{}, fmt.Errorf("%w: %w", ErrBadLog, err)
		}
		return QueueItem{Index: ev.QueueIndex, ForcedTrade: &state.ForcedTradeRecord{
			Market: ev.Market, AIsBuy: ev.AIsBuy, AccountA: ev.AccountA, AccountB: ev.AccountB,
			SizeQuantums: ev.Size, Price: ev.Price, AddrA: state.L1Address(ev.Requester), AddrB: state.L1Address(ev.Counterparty),
		}}, nil
	case events[bindings.RollupMarketParamsQueuedEventName].ID:
		ev, err := w.abi.UnpackMarketParamsQueuedEvent(l)
		if err != nil {
			return QueueItem{}, fmt.Errorf("%w: %w", ErrBadLog, err)
		}
		return QueueItem{Index: ev.QueueIndex, MarketParams: &state.MarketParamsRecord{
			Market: ev.Market, Status: ev.Status, ImfPpm: uint32(ev.Imf.Uint64()), MmfPpm: uint32(ev.Mmf.Uint64()),
			TierImfPpm: uint32(ev.TierImf.Uint64()), TierMmfPpm: uint32(ev.TierMmf.Uint64()),
		}}, nil
	}
	return QueueItem{}, fmt.Errorf("%w: topic %s", ErrBadLog, l.Topics[0])
}

package wal

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// BatchStore persists sealed batches and their statuses in a Pebble database of its own (the tree's database
// belongs to package state), which the input log and the recovery state share (layout in schema.go). Keys are a one-byte kind and the batch number big-endian ('h' holds its summary, see Summary): 'b' holds the batch as
// JSON (state.SealedBatch's fields; words as decimal strings), 's' its BatchStatus as JSON. Every write is
// synced. Batches are numbered from 1 without gaps.
//
// Concurrency: every method may be called from any goroutine. Reads take no lock of the service (the API's batch
// reads must not wait behind the writer); mu only keeps Close from closing Pebble under a read in progress.
type BatchStore struct {
	DB     *pebble.DB
	mu     sync.RWMutex // Close holds it exclusively; every other method shares it
	closed bool
}

// ErrStoreClosed is returned by a BatchStore method called after Close.
var ErrStoreClosed = errors.New("sequencer: batch store closed")

// open shares mu for the duration of a method and fails once the store is closed. The caller defers the
// returned release.
func (s *BatchStore) open() (release func(), err error) {
	s.mu.RLock()
	if s.closed {
		s.mu.RUnlock()
		return func() {}, ErrStoreClosed
	}
	return s.mu.RUnlock, nil
}

// OpenBatchStore opens or creates the store in dir of fs (nil: the operating system's), logging Pebble's
// messages to log (nil: slog.Default()).
func OpenBatchStore(dir string, fs vfs.FS, log *slog.Logger) (*BatchStore, error) {
	if fs == nil {
		fs = vfs.Default
	}
	if log == nil {
		log = slog.Default()
	}
	db, err := pebble.Open(dir, &pebble.Options{FS: fs, Logger: pebbleLog{log}})
	if err != nil {
		return nil, fmt.Errorf("sequencer: open batch store %q: %w", dir, err)
	}
	return &BatchStore{DB: db}, nil
}

// pebbleLog routes Pebble's messages to slog: information at debug level. Pebble calls Fatalf when it cannot go
// on (a failed WAL write or sync); the store cannot vouch for any batch after that, so it panics, which stops
// the process.
type pebbleLog struct{ l *slog.Logger }

func (p pebbleLog) Infof(format string, args ...any) {
	p.l.Debug(fmt.Sprintf(format, args...), "component", "batchstore")
}

func (p pebbleLog) Errorf(format string, args ...any) {
	p.l.Error(fmt.Sprintf(format, args...), "component", "batchstore")
}

func (p pebbleLog) Fatalf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	p.l.Error(msg, "component", "batchstore", "fatal", true)
	panic(StoreFatal{Msg: msg})
}

// StoreFatal is the panic value of pebbleLog.Fatalf. guardPebble recovers it on the calling goroutine and
// returns it as an error; raised on one of Pebble's own goroutines, it ends the process.
type StoreFatal struct{ Msg string }

// GuardPebble runs f, a call into Pebble, and turns a panic raised during it into an error: a storeFatal, or
// an error value, which Pebble panics with where it cannot go on (it cannot close a WAL it rotates away from,
// for instance). Either way the store can vouch for nothing more, and the caller stops the service.
func GuardPebble(f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			switch v := r.(type) {
			case StoreFatal:
				err = fmt.Errorf("sequencer: batch store: fatal pebble error: %s", v.Msg)
			case error:
				err = fmt.Errorf("sequencer: batch store: pebble panicked: %w", v)
			default:
				panic(r)
			}
		}
	}()
	return f()
}

// Close closes the store; closing it again does nothing.
func (s *BatchStore) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	return s.DB.Close()
}

func StoreKey(kind byte, n uint64) []byte {
	return binary.BigEndian.AppendUint64([]byte{kind}, n)
}

// Put writes batch b and a pending status in one synced Pebble batch. b must be the batch after Last, or a
// batch already stored: putting it again (a replay of the input log re-seals batches sealed before a crash)
// writes nothing and fails with ErrStateMismatch unless it is byte for byte the stored batch.
func (s *BatchStore) Put(b *state.SealedBatch) error {
	release, err := s.open()
	defer release()
	if err != nil {
		return err
	}
	last, err := s.last()
	if err != nil {
		return err
	}
	n := b.Header.BatchNumber
	if n == 0 || n > last+1 {
		return fmt.Errorf("sequencer: batch store: put batch %d after %d", n, last)
	}
	v, err := json.Marshal(b)
	if err != nil {
		return fmt.Errorf("sequencer: encode batch %d: %w", n, err)
	}
	if n <= last {
		stored, closer, err := s.DB.Get(StoreKey(keyBatch, n))
		if err != nil {
			return fmt.Errorf("sequencer: batch store: batch %d: %w", n, err)
		}
		same := bytes.Equal(stored, v)
		closer.Close()
		if !same {
			return fmt.Errorf("%w: batch %d differs from the stored batch", wire.ErrStateMismatch, n)
		}
		return nil
	}
	st, err := json.Marshal(wire.BatchStatus{Proof: wire.ProofPending, L1: wire.L1Pending})
	if err != nil {
		return err
	}
	wb := s.DB.NewBatch()
	defer wb.Close()
	sum, err := json.Marshal(summarize(b))
	if err != nil {
		return err
	}
	if err := errors.Join(wb.Set(StoreKey(keyBatch, b.Header.BatchNumber), v, nil),
		wb.Set(StoreKey(keyBatchStatus, b.Header.BatchNumber), st, nil), wb.Set(StoreKey(keyBatchSummary, b.Header.BatchNumber), sum, nil)); err != nil {
		return fmt.Errorf("sequencer: batch store: %w", err)
	}
	if err := GuardPebble(func() error { return wb.Commit(pebble.Sync) }); err != nil {
		return fmt.Errorf("sequencer: batch store: write batch %d: %w", b.Header.BatchNumber, err)
	}
	return nil
}

func (s *BatchStore) get(key []byte, v any) error {
	release, err := s.open()
	defer release()
	if err != nil {
		return err
	}
	return s.getLocked(key, v)
}

// getLocked is get for a caller that holds mu.
func (s *BatchStore) getLocked(key []byte, v any) error {
	b, closer, err := s.DB.Get(key)
	if errors.Is(err, pebble.ErrNotFound) {
		return wire.ErrBatchNotFound
	}
	if err != nil {
		return fmt.Errorf("sequencer: batch store: %w", err)
	}
	defer closer.Close()
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("sequencer: batch store: decode %x: %w", key, err)
	}
	return nil
}

// Get returns batch n, or ErrBatchNotFound.
func (s *BatchStore) Get(n uint64) (*state.SealedBatch, error) {
	b := new(state.SealedBatch)
	if err := s.get(StoreKey(keyBatch, n), b); err != nil {
		return nil, fmt.Errorf("batch %d: %w", n, err)
	}
	return b, nil
}

// batchSummary is what GET /v1/batches lists of a batch, stored under 'h' beside it so that a listing decodes
// a few bytes per batch instead of the batch with its Merkle paths.
type batchSummary struct {
	Timestamp uint64 `json:"timestamp"`
	BatchSize int    `json:"batchSize"`
	TxCount   int    `json:"txCount"`
	NewRoot   string `json:"newRoot"`
}

func summarize(b *state.SealedBatch) batchSummary {
	return batchSummary{Timestamp: b.Header.TimestampSeconds, BatchSize: b.BatchSize, TxCount: TxCount(b), NewRoot: wire.WordHex(b.Header.NewRoot)}
}

// Listing returns the summaries and statuses of batches last, last − 1, … down to 1, at most limit of them, with
// one iterator per key kind rather than a point read per batch.
func (s *BatchStore) Listing(last uint64, limit int) ([]wire.BatchSummaryJSON, error) {
	release, err := s.open()
	defer release()
	if err != nil {
		return nil, err
	}
	out := []wire.BatchSummaryJSON{}
	if last == 0 || limit <= 0 {
		return out, nil
	}
	first := uint64(1)
	if last > uint64(limit) {
		first = last - uint64(limit) + 1
	}
	sums, err := s.scan(keyBatchSummary, first, last)
	if err != nil {
		return nil, err
	}
	sts, err := s.scan(keyBatchStatus, first, last)
	if err != nil {
		return nil, err
	}
	for n := last; n >= first; n-- {
		e := wire.BatchSummaryJSON{Number: n}
		var sum batchSummary
		if v, ok := sums[n]; ok {
			err = json.Unmarshal(v, &sum)
		} else { // a store written before summaries existed
			var b state.SealedBatch
			if err = s.getLocked(StoreKey(keyBatch, n), &b); err == nil {
				sum = summarize(&b)
			}
		}
		if err == nil {
			err = json.Unmarshal(sts[n], &e.BatchStatus)
		}
		if err != nil {
			return nil, fmt.Errorf("sequencer: batch store: batch %d: %w", n, err)
		}
		e.Timestamp, e.BatchSize, e.TxCount, e.NewRoot = sum.Timestamp, sum.BatchSize, sum.TxCount, sum.NewRoot
		out = append(out, e)
	}
	return out, nil
}

// NewestJSON decodes up to limit JSON values of the keys in [lower, upper), last key first: an account's fills
// or its liquidation events, which the input log appends in key order. what names a value in errors.
func NewestJSON[T any](s *BatchStore, lower, upper []byte, limit int, what string) ([]T, error) {
	release, err := s.open()
	defer release()
	if err != nil {
		return nil, err
	}
	it, err := s.DB.NewIter(&pebble.IterOptions{LowerBound: lower, UpperBound: upper})
	if err != nil {
		return nil, fmt.Errorf("sequencer: %ss: %w", what, err)
	}
	defer it.Close()
	out := []T{}
	for it.Last(); it.Valid() && len(out) < limit; it.Prev() {
		var v T
		if err := json.Unmarshal(it.Value(), &v); err != nil {
			return nil, fmt.Errorf("%w: %s %x: %v", ErrLogCorrupt, what, it.Key(), err)
		}
		out = append(out, v)
	}
	return out, it.Error()
}

// scan returns the values of kind for batches first..last. The caller holds mu.
func (s *BatchStore) scan(kind byte, first, last uint64) (map[uint64][]byte, error) {
	it, err := s.DB.NewIter(&pebble.IterOptions{LowerBound: StoreKey(kind, first), UpperBound: StoreKey(kind, last+1)})
	if err != nil {
		return nil, fmt.Errorf("sequencer: batch store: %w", err)
	}
	out := make(map[uint64][]byte, last-first+1)
	for it.First(); it.Valid(); it.Next() {
		out[binary.BigEndian.Uint64(it.Key()[1:])] = slices.Clone(it.Value())
	}
	return out, errors.Join(it.Error(), it.Close())
}

// Status returns the status of batch n, or ErrBatchNotFound.
func (s *BatchStore) Status(n uint64) (wire.BatchStatus, error) {
	var st wire.BatchStatus
	if err := s.get(StoreKey(keyBatchStatus, n), &st); err != nil {
		return st, fmt.Errorf("batch %d: %w", n, err)
	}
	return st, nil
}

// SetStatus replaces the status of an existing batch n.
func (s *BatchStore) SetStatus(n uint64, st wire.BatchStatus) error {
	if _, err := s.Status(n); err != nil {
		return err
	}
	v, err := json.Marshal(st)
	if err != nil {
		return err
	}
	release, err := s.open()
	defer release()
	if err != nil {
		return err
	}
	if err := GuardPebble(func() error { return s.DB.Set(StoreKey(keyBatchStatus, n), v, pebble.Sync) }); err != nil {
		return fmt.Errorf("sequencer: batch store: status of batch %d: %w", n, err)
	}
	return nil
}

// Last returns the number of the last stored batch, 0 if there is none.
func (s *BatchStore) Last() (uint64, error) {
	release, err := s.open()
	defer release()
	if err != nil {
		return 0, err
	}
	return s.last()
}

// last is Last for a caller that holds mu.
func (s *BatchStore) last() (uint64, error) {
	it, err := s.DB.NewIter(&pebble.IterOptions{LowerBound: []byte{keyBatch}, UpperBound: []byte{keyBatch + 1}})
	if err != nil {
		return 0, fmt.Errorf("sequencer: batch store: %w", err)
	}
	var n uint64
	if it.Last() {
		n = binary.BigEndian.Uint64(it.Key()[1:])
	}
	if err := errors.Join(it.Error(), it.Close()); err != nil {
		return 0, fmt.Errorf("sequencer: batch store: %w", err)
	}
	return n, nil
}

// TxCount returns the number of transactions of a batch that are not padding.
func TxCount(b *state.SealedBatch) int {
	n := 0
	for i := range b.Txs {
		if b.Txs[i].A != nil {
			n++
		}
	}
	return n
}

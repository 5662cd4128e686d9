package verified

import (
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"sync/atomic"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// verifiedCacheEntries is the capacity of each generation of the verified tree's read caches: the tree serves
// proofs, not the engine, so it keeps few nodes in memory.
const verifiedCacheEntries = 1 << 12

// Follower follows the state the L1 contract verified. It keeps a second state tree in DataDir/verified
// (like the batch store, an empty data directory means the working directory of its file system) that starts
// at the genesis record and replays, in batch order, each stored batch whose L1 status is L1Verified: the
// batch's market record and slot records from its pubdata (statedb.ReplayBatch with the protocol configuration
// at the header's timestamp), checking that the tree's root is the header's old root before and its new root after, then
// commits. It advances only contiguously: a batch verified while an earlier one is not waits for it, and a
// batch already applied is never applied again. A status that goes back from L1Verified does not undo an
// applied batch.
//
// The tree is created when batch 1 is first seen verified; a reopened tree finds its batch by its root (the
// latest verified batch whose header's new root it holds, or the genesis) and catches up with the batches
// marked verified since. All of it runs on the follower's goroutine under its own lock, never the service's:
// the Service only wakes it (Notify). A failure — a replay that does not reach the header's root
// (ErrVerifiedDiverged), a tree that matches no batch, a failed read or commit — is logged and stops the
// follower for good: it serves nothing rather than a wrong path (ErrVerifiedUnavailable).
type Follower struct {
	store *wal.BatchStore
	cfg   *state.Config
	dir   string
	fs    vfs.FS
	log   *slog.Logger

	wake  chan struct{}      // a batch was marked verified; capacity 1
	syncs chan chan struct{} // sync requests, each answered by closing its channel
	quit  chan struct{}
	done  chan struct{}

	// mu guards the fields below, which the follower's goroutine writes (closed: close, once it has ended).
	mu     sync.Mutex
	tree   *statedb.Tree // nil until batch 1 is verified
	batch  uint64        // the last applied batch; 0: the genesis
	err    error         // why the follower stopped
	closed bool

	// applied and failure mirror batch and err for status, which must not wait while a batch is replayed.
	applied atomic.Uint64
	failure atomic.Pointer[error]
}

// New starts the follower of the batches in store, replaying them with the protocol configuration cfg into
// the tree in dataDir/verified of fs (nil: the operating system's), and logging to log.
func New(store *wal.BatchStore, cfg *state.Config, dataDir string, fs vfs.FS, log *slog.Logger) *Follower {
	v := &Follower{
		store: store, cfg: cfg, dir: filepath.Join(dataDir, "verified"), fs: fs, log: log,
		wake: make(chan struct{}, 1), syncs: make(chan chan struct{}), quit: make(chan struct{}), done: make(chan struct{}),
	}
	go v.run()
	return v
}

// run catches up with the batches already verified, then with each one marked verified, until close.
func (v *Follower) run() {
	defer close(v.done)
	v.advance()
	for {
		select {
		case <-v.quit:
			return
		case <-v.wake:
			v.advance()
		case ack := <-v.syncs:
			v.advance()
			close(ack)
		}
	}
}

// Notify tells the follower that a batch was marked verified; it never blocks.
func (v *Follower) Notify() {
	select {
	case v.wake <- struct{}{}:
	default:
	}
}

// Sync waits until the follower has applied every batch marked verified before the call, and returns the last
// batch it applied, or why it stopped.
func (v *Follower) Sync() (uint64, error) {
	ack := make(chan struct{})
	select {
	case v.syncs <- ack:
		<-ack
	case <-v.done:
		return 0, wire.ErrClosed
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.batch, v.stopped()
}

// stopped returns the error the follower serves once it failed or was closed, or nil. Callers hold mu.
func (v *Follower) stopped() error {
	if v.closed {
		return wire.ErrClosed
	}
	if v.err == nil {
		return nil
	}
	return fmt.Errorf("%w: %w", wire.ErrVerifiedUnavailable, v.err)
}

// Close stops the follower's goroutine and closes its tree.
func (v *Follower) Close() error {
	close(v.quit)
	<-v.done
	v.mu.Lock()
	defer v.mu.Unlock()
	v.closed = true
	if v.tree == nil {
		return nil
	}
	if err := v.tree.Close(); err != nil {
		return fmt.Errorf("sequencer: close verified tree: %w", err)
	}
	return nil
}

// stop records the failure that stops the follower.
func (v *Follower) stop(err error) {
	v.log.Error("verified state stopped", "batch", v.batch, "err", err)
	v.mu.Lock()
	defer v.mu.Unlock()
	v.err = err
	v.failure.Store(&err)
}

// advance catches up, and stops the follower if that fails.
func (v *Follower) advance() {
	if v.err != nil {
		return
	}
	if err := v.catchUp(); err != nil {
		v.stop(err)
	}
}

// catchUp applies the stored batches after the last applied one as long as each is verified, opening the tree
// once batch 1 is; it returns early when the follower is closed.
func (v *Follower) catchUp() error {
	for {
		ok, err := v.verified(v.batch + 1)
		if err != nil || !ok {
			return err
		}
		select {
		case <-v.quit:
			return nil
		default:
		}
		if v.tree == nil {
			if err := v.open(); err != nil {
				return err
			}
			continue // a reopened tree may be past batch 1
		}
		if err := v.apply(v.batch + 1); err != nil {
			return err
		}
	}
}

// verified reports whether batch n is stored with L1 status L1Verified.
func (v *Follower) verified(n uint64) (bool, error) {
	st, err := v.store.Status(n)
	if errors.Is(err, wire.ErrBatchNotFound) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("sequencer: verified state: %w", err)
	}
	return st.L1 == wire.L1Verified, nil
}

// open opens the verified tree, writing the genesis into a new one, and finds the batch it is at.
func (v *Follower) open() error {
	opts := []statedb.Option{statedb.WithLogger(v.log), statedb.WithCacheEntries(verifiedCacheEntries)}
	if v.fs != nil {
		opts = append(opts, statedb.WithFS(v.fs))
	}
	tree, err := statedb.Open(v.dir, opts...)
	if err != nil {
		return fmt.Errorf("sequencer: verified state: %w", err)
	}
	n, err := v.locate(tree)
	if err != nil {
		return errors.Join(err, tree.Close())
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	v.tree, v.batch = tree, n
	v.applied.Store(n)
	v.log.Info("verified state opened", "batch", n)
	return nil
}

// locate returns the batch tree is at: the latest verified batch whose header's new root is the tree's root,
// or 0 when it holds the genesis. A new tree (no account, markets or globals) is given the genesis markets and
// globals, which must hash to the genesis root.
func (v *Follower) locate(tree *statedb.Tree) (uint64, error) {
	g, err := wal.LoadGenesis(v.store.DB)
	if err != nil {
		return 0, fmt.Errorf("sequencer: verified state: %w", err)
	}
	if g == nil {
		return 0, fmt.Errorf("%w: the batch store has no genesis record", wire.ErrVerifiedDiverged)
	}
	if tree.NumAccounts() != 0 || tree.Markets() != (state.Markets{}) || tree.Globals() != (state.Globals{}) {
		return v.batchWithRoot(tree.Root(), g.Root)
	}
	if err := tree.SetMarkets(g.Markets); err != nil {
		return 0, fmt.Errorf("sequencer: verified state: genesis markets: %w", err)
	}
	tree.SetGlobals(g.Globals)
	if got := tree.Root(); got != g.Root {
		return 0, fmt.Errorf("%w: the genesis markets and globals hash to %s, the genesis root is %s (a genesis with accounts)",
			wire.ErrVerifiedDiverged, got.String(), g.Root.String())
	}
	if err := tree.Commit(); err != nil {
		return 0, fmt.Errorf("sequencer: verified state: commit genesis: %w", err)
	}
	return 0, nil
}

// batchWithRoot returns the latest verified batch whose header's new root is root, or 0 if root is the
// genesis root.
func (v *Follower) batchWithRoot(root, genesis fr.Element) (uint64, error) {
	last, err := v.store.Last()
	if err != nil {
		return 0, err
	}
	for n := last; n >= 1; n-- {
		ok, err := v.verified(n)
		if err != nil {
			return 0, err
		}
		if !ok {
			continue
		}
		b, err := v.store.Get(n)
		if err != nil {
			return 0, fmt.Errorf("sequencer: verified state: %w", err)
		}
		if b.Header.NewRoot == root {
			return n, nil
		}
	}
	if root != genesis {
		return 0, fmt.Errorf("%w: the tree's root %s is neither a verified batch's nor the genesis'", wire.ErrVerifiedDiverged, root.String())
	}
	return 0, nil
}

// apply replays batch n on the tree under mu, checks its roots and commits it.
func (v *Follower) apply(n uint64) error {
	b, err := v.store.Get(n)
	if err != nil {
		return fmt.Errorf("sequencer: verified state: %w", err)
	}
	// The sealed batch's full records: its compact pubdata leaves out the deposits' owners and keys, which the
	// sequencer has (docs/PROTOCOL.md §6.1); Pubdata still checks that every record encodes.
	if _, err := b.Pubdata(); err != nil {
		return fmt.Errorf("sequencer: verified state: batch %d pubdata: %w", n, err)
	}
	mr := b.Market.Record
	records := make([]state.Record, len(b.Txs))
	for i := range b.Txs {
		records[i] = b.Txs[i].Record
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if old := v.tree.Root(); old != b.Header.OldRoot {
		return fmt.Errorf("%w: batch %d starts at %s, the tree is at %s", wire.ErrVerifiedDiverged, n, b.Header.OldRoot.String(), old.String())
	}
	if err := statedb.ReplayBatch(v.tree, v.cfg, b.Header.TimestampSeconds, &mr, records); err != nil {
		v.tree.Discard()
		return fmt.Errorf("%w: batch %d: %w", wire.ErrVerifiedDiverged, n, err)
	}
	if got := v.tree.Root(); got != b.Header.NewRoot {
		v.tree.Discard()
		return fmt.Errorf("%w: batch %d replays to %s, its header's new root is %s", wire.ErrVerifiedDiverged, n, got.String(), b.Header.NewRoot.String())
	}
	if err := v.tree.Commit(); err != nil {
		return fmt.Errorf("sequencer: verified state: commit batch %d: %w", n, err)
	}
	v.batch = n
	v.applied.Store(n)
	return nil
}

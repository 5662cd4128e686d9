package sequencer

import (
	"fmt"
	"log/slog"

	"github.com/cockroachdb/pebble/v2"
	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// replayFromGenesis replays entries 1..upTo (0: all) of the input log in db from the log's genesis, into a
// fresh in-memory tree and service, and returns the resulting root and BookState: what any recovery from the
// same log must reach.
func replayFromGenesis(db *pebble.DB, upTo uint64, log *slog.Logger) (fr.Element, []byte, error) {
	r, err := newReplayer(db, log)
	if err != nil {
		return fr.Element{}, nil, err
	}
	defer r.close()
	if err := r.advance(db, upTo); err != nil {
		return fr.Element{}, nil, err
	}
	root, book := r.svc.StateDigest()
	return root, book, nil
}

// replayer replays an input log from its genesis into a fresh in-memory tree and service, one stretch of
// entries at a time (a log only grows at its end, so replaying it in stretches equals replaying it at once).
type replayer struct {
	tree *statedb.Tree
	svc  *Service
	last uint64 // last entry applied
}

// newReplayer returns a replayer at the genesis of the log in db.
func newReplayer(db *pebble.DB, log *slog.Logger) (*replayer, error) {
	g, err := wal.LoadGenesis(db)
	if err != nil {
		return nil, err
	}
	if g == nil {
		return nil, ErrNoGenesis
	}
	fs := vfs.NewMem()
	tree, err := statedb.Open("replay-tree", statedb.WithFS(fs), statedb.WithLogger(log))
	if err != nil {
		return nil, err
	}
	if err := tree.SetMarkets(g.Markets); err != nil {
		tree.Close()
		return nil, err
	}
	tree.SetGlobals(g.Globals)
	if err := tree.Commit(); err != nil {
		tree.Close()
		return nil, err
	}
	if tree.Root() != g.Root {
		tree.Close()
		return nil, fmt.Errorf("%w: genesis root does not follow from its markets and globals", ErrNoGenesis)
	}
	var protocol state.Config
	if g.Protocol != nil {
		protocol = *g.Protocol
	}
	s, err := NewService(tree, Config{DataDir: "replay", FS: fs, ConfigHash: g.ConfigHash, Protocol: protocol, MaxBatchSize: g.MaxBatchSize,
		Logger: log, CheckpointInterval: 1 << 62, CheckpointBatches: 1 << 30})
	if err != nil {
		tree.Close()
		return nil, err
	}
	return &replayer{tree: tree, svc: s}, nil
}

// advance applies the entries after the last one applied, up to upTo (0: the log's last).
func (r *replayer) advance(db *pebble.DB, upTo uint64) error {
	s := r.svc
	s.mu.Lock()
	defer s.mu.Unlock()
	s.replaying = true
	defer func() { s.replaying = false }()
	return wal.ReadEntries(db, r.last+1, upTo, func(e *wal.LogEntry) error {
		if err := s.replayEntry(e); err != nil {
			return err
		}
		r.last = e.Seq
		return nil
	})
}

func (r *replayer) close() {
	r.svc.Close()
	r.tree.Close()
}

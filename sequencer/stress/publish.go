package stress

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/perpx/perpx/sequencer"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// MinPublishInterval bounds how often a Publisher runs its suite: each run copies the state and replays every
// scenario, which takes seconds to a minute.
const MinPublishInterval = time.Minute

// ErrPublishInterval reports an interval below MinPublishInterval.
var ErrPublishInterval = errors.New("stress: publish interval too short")

// Publisher runs a suite on a schedule against a copy of a running sequencer's state and publishes the
// report at GET /v1/stress/latest. The copy is a Pebble checkpoint of the state as of the last batch the L1
// contract verified (before the first, of the live tree's last checkpoint), kept in Dir/checkpoint until the
// next run, so that anyone can re-run the suite on it (perpx stress --state Dir/checkpoint) or on the same
// state rebuilt from L1, and compare. Dir also holds latest.json and latest.html.
type Publisher struct {
	Service *sequencer.Service
	// Config is the protocol configuration the state runs under.
	Config state.Config
	Suite  *Suite
	Dir    string
	// Workers is State.Workers of each run.
	Workers int
	Log     *slog.Logger
	// Now gives the run's time for the publication (default time.Now); the report holds no time.
	Now func() time.Time
}

// RunOnce copies the state, runs the suite and publishes the report, which it returns.
func (p *Publisher) RunOnce() (*wire.StressLatestJSON, error) {
	if err := os.MkdirAll(p.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("stress: publish: %w", err)
	}
	final, fresh := filepath.Join(p.Dir, "checkpoint"), filepath.Join(p.Dir, "checkpoint.new")
	if err := os.RemoveAll(fresh); err != nil {
		return nil, fmt.Errorf("stress: publish: %w", err)
	}
	source := "verified"
	batch, err := p.Service.VerifiedCheckpoint(fresh)
	if errors.Is(err, wire.ErrNotVerified) {
		source = "live"
		batch, err = p.Service.LiveCheckpoint(fresh)
	}
	if err != nil {
		return nil, fmt.Errorf("stress: publish: checkpoint: %w", err)
	}
	st, err := Load(fresh, p.Config)
	if err != nil {
		return nil, err
	}
	st.Batch, st.Workers = batch, p.Workers
	rep, err := Run(st, p.Suite)
	st.Tree.Close()
	if err != nil {
		return nil, err
	}
	return p.publish(rep, source, final, fresh)
}

// publish keeps the checkpoint the report ran on, writes the report's files and hands it to the service.
func (p *Publisher) publish(rep *Report, source, final, fresh string) (*wire.StressLatestJSON, error) {
	js, err := rep.JSON()
	if err != nil {
		return nil, err
	}
	page, err := HTML(rep)
	if err != nil {
		return nil, err
	}
	if err := os.RemoveAll(final); err != nil {
		return nil, err
	}
	if err := os.Rename(fresh, final); err != nil {
		return nil, err
	}
	for name, b := range map[string][]byte{"latest.json": js, "latest.html": page} {
		if err := os.WriteFile(filepath.Join(p.Dir, name), b, 0o644); err != nil {
			return nil, err
		}
	}
	now := time.Now
	if p.Now != nil {
		now = p.Now
	}
	latest := wire.StressLatestJSON{StateRoot: rep.StateRoot, Batch: rep.Batch, Source: source, RanAtSeconds: now().Unix(), Report: js}
	p.Service.PublishStressReport(latest, page)
	return &latest, nil
}

// Run runs the suite at once and then every interval until ctx ends; a failed run is logged and the previous
// report stays published.
func (p *Publisher) Run(ctx context.Context, every time.Duration) error {
	if every < MinPublishInterval {
		return fmt.Errorf("%w: %v, at least %v", ErrPublishInterval, every, MinPublishInterval)
	}
	log := p.Log
	if log == nil {
		log = slog.Default()
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		if latest, err := p.RunOnce(); err != nil {
			log.Error("stress suite failed", "err", err)
		} else {
			log.Info("stress report published", "batch", latest.Batch, "root", latest.StateRoot, "source", latest.Source)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/perpx/perpx/sequencer"
	"github.com/perpx/perpx/sequencer/stress"
	"github.com/perpx/perpx/state"
)

// stressFlags are the flags of perpx stress.
type stressFlags struct {
	stateDir, dataDir, scenarios, configFile, out, html string
	generate                                            int
	seed, batch                                         uint64
}

func parseStressFlags(args []string) (*stressFlags, error) {
	fs := flag.NewFlagSet("stress", flag.ContinueOnError)
	f := &stressFlags{}
	fs.StringVar(&f.stateDir, "state", "", "a state directory to copy: a Pebble checkpoint of a sequencer's tree "+
		"(DataDir/stress/checkpoint, written with each scheduled report) or a state rebuilt from L1 (perpx escape --dry-run --state-dir)")
	fs.StringVar(&f.dataDir, "data-dir", "", "a STOPPED sequencer's data directory: its state is copied (never opened in place)")
	fs.IntVar(&f.generate, "generate", 0, "instead: a generated state of this many accounts with positions")
	fs.Uint64Var(&f.seed, "seed", 1, "with --generate: the generator's seed")
	fs.StringVar(&f.scenarios, "scenarios", "", "scenario file (JSON; default: the seed suite, printed by --scenarios=seed --out -)")
	fs.StringVar(&f.configFile, "config", "", "JSON file of the protocol configuration (default: the devnet's; ignored with --generate)")
	fs.Uint64Var(&f.batch, "batch", 0, "the batch the state is at, for the report")
	fs.StringVar(&f.out, "out", "-", "where to write the JSON report (- for stdout)")
	fs.StringVar(&f.html, "html", "", "also write the report as a self-contained HTML page to this file")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	sources := 0
	for _, set := range []bool{f.stateDir != "", f.dataDir != "", f.generate > 0} {
		if set {
			sources++
		}
	}
	if sources != 1 {
		return nil, fmt.Errorf("stress: %w: exactly one of --state, --data-dir, --generate", errUsage)
	}
	return f, nil
}

// runStress runs a scenario file against a copy of a state and writes the report.
func runStress(args []string, stdout io.Writer) error {
	f, err := parseStressFlags(args)
	if err != nil {
		return err
	}
	suite := stress.SeedSuite()
	if f.scenarios != "" && f.scenarios != "seed" {
		raw, err := os.ReadFile(f.scenarios)
		if err != nil {
			return fmt.Errorf("stress: %w", err)
		}
		if suite, err = stress.ParseSuite(raw); err != nil {
			return err
		}
	}
	st, err := loadStressState(f)
	if err != nil {
		return err
	}
	defer st.Tree.Close()
	st.Batch = f.batch
	rep, err := stress.Run(st, suite)
	if err != nil {
		return err
	}
	js, err := rep.JSON()
	if err != nil {
		return err
	}
	if f.out == "-" {
		_, err = stdout.Write(js)
	} else {
		err = os.WriteFile(f.out, js, 0o644)
	}
	if err != nil || f.html == "" {
		return err
	}
	page, err := stress.HTML(rep)
	if err != nil {
		return err
	}
	return os.WriteFile(f.html, page, 0o644)
}

// loadStressState loads the state the flags name: always a copy.
func loadStressState(f *stressFlags) (*stress.State, error) {
	if f.generate > 0 {
		return stress.Generate(f.seed, f.generate)
	}
	cfg, err := loadProtocolConfig(f.configFile)
	if err != nil {
		return nil, err
	}
	dir := f.stateDir
	if f.dataDir != "" {
		dir = filepath.Join(f.dataDir, "state")
	}
	return stress.Load(dir, cfg)
}

// stressSchedule is the sequencer's stress suite schedule: off unless --stress-every is set.
type stressSchedule struct {
	every     time.Duration
	scenarios string
}

// addStressScheduleFlags adds perpx sequencer's stress flags to fs.
func addStressScheduleFlags(fs *flag.FlagSet) *stressSchedule {
	s := &stressSchedule{}
	fs.DurationVar(&s.every, "stress-every", 0, fmt.Sprintf("run the stress suite this often (at least %v; 0: never) and publish it at "+
		"GET /v1/stress/latest, keeping its state copy in DATA-DIR/stress/checkpoint", stress.MinPublishInterval))
	fs.StringVar(&s.scenarios, "stress-scenarios", "", "scenario file of the scheduled suite (default: the seed suite)")
	return s
}

// run publishes the suite on the schedule until ctx ends; a bad schedule or scenario file is logged.
func (s *stressSchedule) run(ctx context.Context, svc *sequencer.Service, cfg state.Config, dataDir string, log *slog.Logger) {
	if s == nil || s.every == 0 {
		return
	}
	suite := stress.SeedSuite()
	if s.scenarios != "" {
		raw, err := os.ReadFile(s.scenarios)
		if err == nil {
			suite, err = stress.ParseSuite(raw)
		}
		if err != nil {
			log.Error("stress schedule off", "err", err)
			return
		}
	}
	p := &stress.Publisher{Service: svc, Config: cfg, Suite: suite, Dir: filepath.Join(dataDir, "stress"), Workers: 1, Log: log}
	if err := p.Run(ctx, s.every); err != nil {
		log.Error("stress schedule off", "err", err)
	}
}

package sequencer

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// oracleStep is one command of the oracle script, at a clock time.
type oracleStep struct {
	at  int64
	run func(t *testing.T, s *Service)
}

func btcReports(ts uint64, btc uint64) []state.SignedOracleReport {
	// The three signers report around btc; the median is btc.
	out := make([]state.SignedOracleReport, 3)
	for j, k := range []uint8{0, 2, 4} {
		p := [state.MarketCount]uint64{btc - btcTick + uint64(j)*btcTick, ethPrice}
		out[j] = testOracleKey(int(k)).SignOracleReport(k, state.OracleReport{TimestampSeconds: ts, Prices: p})
	}
	return out
}

// oracleScript deposits, rests orders whose impact mid is above the oracle price (a positive premium), trades,
// submits oracle reports that move the BTC price and lets funding ticks fall due.
func oracleScript() []oracleStep {
	must := func(t *testing.T, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	place := func(m state.OrderMsg) func(*testing.T, *Service) {
		return func(t *testing.T, s *Service) { _, err := s.PlaceOrder(sign(m)); must(t, err) }
	}
	oracle := func(ts uint64, p uint64) func(*testing.T, *Service) {
		return func(t *testing.T, s *Service) { _, err := s.SubmitOracleReports(btcReports(ts, p)); must(t, err) }
	}
	seal := func(t *testing.T, s *Service) { _, err := s.Seal(); must(t, err) }
	var steps []oracleStep
	for id := uint32(1); id <= 3; id++ {
		steps = append(steps, oracleStep{2_000, func(t *testing.T, s *Service) { _, err := s.Deposit(depositRec(id, hundredK*100)); must(t, err) }})
	}
	steps = append(steps,
		oracleStep{2_001, place(order(2, mBTC, true, 20*btcStep, price(60_030), 0, 1))},
		oracleStep{2_001, place(order(3, mBTC, false, 20*btcStep, price(60_090), 0, 1))},
		oracleStep{2_002, place(order(1, mBTC, true, 2*btcStep, price(60_090), 0, 1))},
		oracleStep{2_010, oracle(2_009, price(60_050))},
		oracleStep{2_011, place(order(1, mBTC, false, btcStep, price(60_030), 1, 2))},
		oracleStep{2_012, seal},
		oracleStep{2_040, place(order(3, mBTC, false, btcStep, price(60_030), 1, 2))},
		oracleStep{2_075, oracle(2_070, price(59_950))},
		oracleStep{2_076, place(order(1, mBTC, true, btcStep, price(60_090), 2, 3))},
		oracleStep{2_077, seal},
		oracleStep{2_140, oracle(2_139, price(60_010))},
		oracleStep{2_141, place(order(3, mBTC, false, btcStep, price(60_030), 2, 3))},
		oracleStep{2_142, seal},
		oracleStep{2_210, place(order(1, mBTC, true, btcStep, price(60_090), 3, 4))},
		oracleStep{2_211, seal},
	)
	return steps
}

// TestOracleRecovery runs the oracle script without interruption and, for every crash point, crashes (a crash
// image of the file system), recovers and finishes the script: every run reaches the same root and markets,
// and a replay of the log from genesis agrees with the recovered service.
func TestOracleRecovery(t *testing.T) {
	steps := oracleScript()
	open := func(fs *vfs.MemFS, clock *fakeClock) *crashEnv {
		env, err := openCrashEnv(t, fs, clock, Config{Protocol: testProtocol(), MaxBatchSize: 2, CheckpointBatches: 1})
		if err != nil {
			t.Fatal(err)
		}
		return env
	}
	runFrom := func(env *crashEnv, from, to int) {
		for i := from; i < to; i++ {
			env.clock.Set(steps[i].at)
			steps[i].run(t, env.svc)
		}
	}
	fs := vfs.NewCrashableMem()
	env := open(fs, newClock(2_000))
	runFrom(env, 0, len(steps))
	wantRoot, wantBook := env.svc.StateDigest()
	markets := env.svc.Markets()
	mk := markets[mBTC-1]
	if mk.OraclePrice != price(60_010) {
		t.Fatalf("BTC oracle price %d, want %d", mk.OraclePrice, price(60_010))
	}
	if g := env.tree.Globals(); g.LastFundingTimeSeconds < 2_140 {
		t.Fatalf("last funding at %d: no tick after the interval", g.LastFundingTimeSeconds)
	}
	if mk.FundingIndex == testMarkets()[mBTC-1].FundingIndex {
		t.Fatal("BTC funding index did not move with a positive premium")
	}
	checkRecovered(t, env.svc, nil)
	env.close()

	for k := 1; k < len(steps); k++ {
		fs := vfs.NewCrashableMem()
		clock := newClock(2_000)
		env := open(fs, clock)
		runFrom(env, 0, k)
		img := fs.CrashClone(vfs.CrashCloneCfg{UnsyncedDataPercent: 0, RNG: rand.New(rand.NewPCG(uint64(k), 1))})
		env.close()
		rec := open(img, newClock(steps[k-1].at))
		checkRecovered(t, rec.svc, nil)
		runFrom(rec, k, len(steps))
		root, book := rec.svc.StateDigest()
		if root != wantRoot || string(book) != string(wantBook) {
			t.Fatalf("crash after step %d: root %s, want %s (books equal %v)", k, root.String(), wantRoot.String(), string(book) == string(wantBook))
		}
		rec.close()
	}
}

// TestOracleReportsAdmission: malformed, badly signed, future and stale reports are refused and not logged.
func TestOracleReportsAdmission(t *testing.T) {
	clock := newClock(2_000)
	env, err := openCrashEnv(t, vfs.NewMem(), clock, Config{Protocol: testProtocol()})
	if err != nil {
		t.Fatal(err)
	}
	defer env.close()
	s := env.svc
	good := btcReports(1_990, price(60_100))
	bad := func(f func(r []state.SignedOracleReport) []state.SignedOracleReport) []state.SignedOracleReport {
		r := append([]state.SignedOracleReport(nil), good...)
		return f(r)
	}
	for name, c := range map[string]struct {
		r    []state.SignedOracleReport
		want error
	}{
		"two reports":      {good[:2], wire.ErrOracleReports},
		"signers unsorted": {bad(func(r []state.SignedOracleReport) []state.SignedOracleReport { r[0], r[1] = r[1], r[0]; return r }), wire.ErrOracleReports},
		"bad signature":    {bad(func(r []state.SignedOracleReport) []state.SignedOracleReport { r[1].Signer = 1; return r }), wire.ErrBadSignature},
		"future":           {btcReports(2_001, price(60_100)), wire.ErrOracleTime},
		"stale":            {btcReports(2_000-121, price(60_100)), wire.ErrOracleTime},
		"price range": {bad(func(r []state.SignedOracleReport) []state.SignedOracleReport {
			r[2].Report.Prices[0] = state.MaxPrice
			return r
		}), wire.ErrOracleReports},
	} {
		if _, err := s.SubmitOracleReports(c.r); !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", name, err, c.want)
		}
	}
	if n := s.ilog.LastSeq(); n != 0 {
		t.Fatalf("%d entries logged by refused reports", n)
	}
	if _, err := s.SubmitOracleReports(good); err != nil {
		t.Fatal(err)
	}
	if p := s.Markets()[mBTC-1].OraclePrice; p != price(60_100) {
		t.Fatalf("BTC price %d after the reports, want %d", p, price(60_100))
	}
	// Without oracle keys, reports are refused.
	env2, err := openCrashEnv(t, vfs.NewMem(), clock, Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer env2.close()
	if _, err := env2.svc.SubmitOracleReports(good); !errors.Is(err, wire.ErrOracleDisabled) {
		t.Fatalf("no oracle configured: %v", err)
	}
}

// TestOracleNoRollback (issue 16 item 1): a quorum older than the last one admitted is refused with
// ErrOracleNotNewer (HTTP 409 oracle_report_not_newer) and does not move the price back: q1 → q2 → q1 leaves
// q2's price. A quorum dated at the batch that applied q2 is refused as well (the market's last oracle time).
func TestOracleNoRollback(t *testing.T) {
	clock := newClock(2_000)
	env, err := openCrashEnv(t, vfs.NewMem(), clock, Config{Protocol: testProtocol()})
	if err != nil {
		t.Fatal(err)
	}
	defer env.close()
	s := env.svc
	q1, q2 := btcReports(1_970, price(60_500)), btcReports(2_009, price(61_000))
	if _, err := s.SubmitOracleReports(q1); err != nil {
		t.Fatal(err)
	}
	clock.Set(2_010)
	if _, err := s.SubmitOracleReports(q2); err != nil {
		t.Fatal(err)
	}
	logged := s.ilog.LastSeq()
	for name, q := range map[string][]state.SignedOracleReport{
		"q1 again":                       q1,
		"between q1 and q2":              btcReports(1_990, price(60_700)),
		"as old as q2":                   btcReports(2_009, price(60_900)),
		"at the batch that applied q2":   btcReports(2_010, price(60_800)),
		"one report older than q2 in q3": append(btcReports(2_010, price(60_800))[:2:2], btcReports(2_008, price(60_800))[2]),
	} {
		_, err := s.SubmitOracleReports(q)
		if !errors.Is(err, wire.ErrOracleNotNewer) {
			t.Errorf("%s: %v, want ErrOracleNotNewer", name, err)
		}
		if st, code := wire.ErrorCode(err); st != 409 || code != "oracle_report_not_newer" {
			t.Errorf("%s: HTTP %d %s", name, st, code)
		}
	}
	if p := s.Markets()[mBTC-1].OraclePrice; p != price(61_000) {
		t.Fatalf("BTC price %d after q1 again, want q2's %d", p, price(61_000))
	}
	if n := s.ilog.LastSeq(); n != logged {
		t.Fatalf("refused quorums logged %d entries", n-logged)
	}
	clock.Set(2_011)
	if _, err := s.SubmitOracleReports(btcReports(2_011, price(60_900))); err != nil {
		t.Fatalf("a quorum newer than the batch that applied q2: %v", err)
	}
}

// TestOracleDuplicateIdempotent (issue 16 item 1): the same quorum posted 200 times is logged once and every
// answer is the batch it opened.
func TestOracleDuplicateIdempotent(t *testing.T) {
	clock := newClock(2_000)
	env, err := openCrashEnv(t, vfs.NewMem(), clock, Config{Protocol: testProtocol()})
	if err != nil {
		t.Fatal(err)
	}
	defer env.close()
	s := env.svc
	q := btcReports(1_995, price(60_300))
	first, err := s.SubmitOracleReports(q)
	if err != nil {
		t.Fatal(err)
	}
	logged := s.ilog.LastSeq()
	for i := 1; i < 200; i++ {
		clock.Set(2_000 + int64(i%50))
		n, err := s.SubmitOracleReports(q)
		if err != nil || n != first {
			t.Fatalf("post %d: batch %d, %v; want %d as the first time", i+1, n, err, first)
		}
	}
	if n := s.ilog.LastSeq(); n != logged {
		t.Fatalf("the same quorum 200 times logged %d entries, want 1", n-logged+1)
	}
	// Each repeat is durable before its answer and counted as a duplicate, not as an internal error.
	if d := s.ilog.Durable.Load(); d < logged {
		t.Fatalf("answered with the quorum's entry %d not durable (durable %d)", logged, d)
	}
	kind := wal.EntryOracle.String()
	if n := testutil.ToFloat64(s.metrics.Rejected.WithLabelValues(kind, duplicateQuorumLabel)); n != 199 {
		t.Fatalf("%v repeats counted as %s, want 199", n, duplicateQuorumLabel)
	}
	if n := testutil.ToFloat64(s.metrics.Rejected.WithLabelValues(kind, "internal")); n != 0 {
		t.Fatalf("%v repeats counted as internal errors", n)
	}
	// Even once stale, the quorum sent again gets the answer it had.
	clock.Set(2_000 + 600)
	if n, err := s.SubmitOracleReports(q); err != nil || n != first {
		t.Fatalf("the quorum again once stale: batch %d, %v; want %d", n, err, first)
	}
}

// TestConfigHashDerived: the service commits its protocol configuration's hash and refuses another.
func TestConfigHashDerived(t *testing.T) {
	cfg := testProtocol()
	if _, err := openCrashEnv(t, vfs.NewMem(), newClock(2_000), Config{Protocol: cfg, ConfigHash: testConfigHash}); !errors.Is(err, ErrConfigHash) {
		t.Fatalf("mismatched config hash: %v", err)
	}
	env, err := openCrashEnv(t, vfs.NewMem(), newClock(2_000), Config{Protocol: cfg, ConfigHash: cfg.Hash()})
	if err != nil {
		t.Fatal(err)
	}
	defer env.close()
	if env.svc.cfg.ConfigHash != cfg.Hash() {
		t.Fatal("config hash not the protocol's")
	}
}

package sequencer

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/cockroachdb/pebble/v2/vfs/errorfs"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

func TestLogEntryEncoding(t *testing.T) {
	o := sign(order(3, mBTC, true, 5_000, price(60_000), 7, 9))
	o.Msg.Flags = state.FlagIOC | state.FlagReduceOnly
	entries := []wal.LogEntry{
		{Kind: wal.EntryOrder, Time: 1_234, Order: o},
		{Kind: wal.EntryCancel, Time: 1, Cancel: wal.CancelCmd{Account: 5, OrderID: 1 << 40, Expiry: 99}},
		{Kind: wal.EntryWithdrawal, Time: 2, Withdrawal: devKey(4).SignWithdrawal(state.WithdrawalMsg{AccountID: 4, Slot: 3, Nonce: 2, ExpirySeconds: 1 << 39, AmountQuantums: 77, L1Address: l1(4)})},
		{Kind: wal.EntryDeposit, Time: 3, Deposit: depositRec(8, 1_000)},
		{Kind: wal.EntrySeal, Time: 1<<64 - 1},
		{Kind: wal.EntryTransfer, Time: 4, Transfer: devKey(4).SignTransfer(state.TransferMsg{FromAccount: 4, ToAccount: state.L2AccountBase + 1,
			Slot: 5, Nonce: 6, ExpirySeconds: 1 << 39, AmountQuantums: 1 << 55, MarginMode: 2})},
		{Kind: wal.EntryOracle, Time: 5, Oracle: testReports(1_000, [state.MarketCount]uint64{1, 2, state.MaxPrice - 1}, 0, 2, 4)},
	}
	for i, e := range entries {
		b := e.Encode(nil)
		got, err := wal.DecodeEntry(uint64(i), b)
		e.Seq = uint64(i)
		if err != nil || !reflect.DeepEqual(got, e) {
			t.Fatalf("%v: round trip %+v, %v", e.Kind, got, err)
		}
		// Every single-bit flip is caught by the checksum (or the version and length checks).
		for bit := range len(b) * 8 {
			c := bytes.Clone(b)
			c[bit/8] ^= 1 << (bit % 8)
			if _, err := wal.DecodeEntry(uint64(i), c); !errors.Is(err, wal.ErrLogCorrupt) {
				t.Fatalf("%v: flip of bit %d not detected: %v", e.Kind, bit, err)
			}
		}
		for n := range len(b) {
			if _, err := wal.DecodeEntry(uint64(i), b[:n]); !errors.Is(err, wal.ErrLogCorrupt) {
				t.Fatalf("%v: truncation to %d bytes not detected: %v", e.Kind, n, err)
			}
		}
	}
}

// testOracleKey is the oracle key of configuration index i in testProtocol.
func testOracleKey(i int) *wire.Key { return wire.DevKey("test oracle " + strconv.Itoa(i)) }

// testProtocol is a protocol configuration with the test oracle keys.
func testProtocol() state.Config {
	c := state.Config{MaxFundingRatePpm: 1_000, FundingIntervalSeconds: 60, OracleMaxAgeSeconds: 120, LiquidationFeePpm: 10_000}
	for i := range c.OracleKeys {
		c.OracleKeys[i] = testOracleKey(i).PubKey()
	}
	return c
}

// testReports returns reports of prices at ts by the given signers (ascending), each signer's prices offset by
// its index so that the medians are the middle signer's.
func testReports(ts uint64, prices [state.MarketCount]uint64, signers ...uint8) []state.SignedOracleReport {
	out := make([]state.SignedOracleReport, len(signers))
	for j, k := range signers {
		r := state.OracleReport{TimestampSeconds: ts, Prices: prices}
		out[j] = testOracleKey(int(k)).SignOracleReport(k, r)
	}
	return out
}

// FuzzDecodeEntry: decoding arbitrary bytes never panics, and what decodes survives a re-encoding.
func FuzzDecodeEntry(f *testing.F) {
	for _, e := range []wal.LogEntry{
		{Kind: wal.EntrySeal, Time: 3},
		{Kind: wal.EntryCancel, Time: 1, Cancel: wal.CancelCmd{Account: 5, OrderID: 1 << 40, Expiry: 99}},
		{Kind: wal.EntryOracle, Time: 5, Oracle: testReports(4, [state.MarketCount]uint64{7, 9}, 0, 1, 2)},
		{Kind: wal.EntryForcedTrade, Time: 6, ForcedTrade: state.ForcedTradeRecord{Market: 2, AIsBuy: true, AccountA: 1, AccountB: 1 << 23,
			SizeQuantums: 1_000, Price: 1 << 47, AddrA: l1(1), AddrB: l1(2)}},
		{Kind: wal.EntryMarketParams, Time: 7, MarketParams: state.MarketParamsRecord{Market: 1, Status: state.MarketSettled, ImfPpm: 50_000,
			MmfPpm: 30_000, TierImfPpm: 60_000, TierMmfPpm: 40_000}},
	} {
		f.Add(e.Encode(nil))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		e, err := wal.DecodeEntry(1, b)
		if err != nil {
			return
		}
		got, err := wal.DecodeEntry(1, e.Encode(nil))
		if err != nil || !reflect.DeepEqual(got, e) {
			t.Fatalf("re-encoding of %+v decodes to %+v, %v", e, got, err)
		}
	})
}

// crashEnv is a sequencer whose tree and data directory share one crashable in-memory file system, so that
// CrashClone captures both at one instant, as a machine crash would.
type crashEnv struct {
	fs    *vfs.MemFS
	tree  *statedb.Tree
	svc   *Service
	clock *fakeClock
}

func openCrashEnv(t testing.TB, fs *vfs.MemFS, clock *fakeClock, cfg Config) (*crashEnv, error) {
	t.Helper()
	tree, err := statedb.Open("tree", statedb.WithFS(fs), statedb.WithLogger(quiet))
	if err != nil {
		return nil, err
	}
	if tree.Markets() == (state.Markets{}) { // a fresh tree (a recovered one may have moved prices)
		if err := tree.SetMarkets(testMarkets()); err != nil {
			return nil, err
		}
		tree.SetGlobals(state.Globals{SystemTimeSeconds: 1_000})
		if err := tree.Commit(); err != nil {
			return nil, err
		}
	}
	cfg.DataDir, cfg.FS, cfg.Clock, cfg.Logger = "data", fs, clock, quiet
	if cfg.MaxBatchSize == 0 {
		cfg.MaxBatchSize = 8
	}
	svc, err := NewService(tree, cfg)
	if err != nil {
		tree.Close()
		return nil, err
	}
	return &crashEnv{fs: fs, tree: tree, svc: svc, clock: clock}, nil
}

func (e *crashEnv) close() {
	e.svc.Close()
	e.tree.Close()
}

// workload drives random orders, cancels, withdrawals, deposits and seals at a service and records what was
// acknowledged.
type workload struct {
	r        *rand.Rand
	accounts uint32
	mu       sync.Mutex
	nonces   map[uint32]uint32
	resting  []restingRef
	acked    []wal.LogEntry // acknowledged inputs, in acknowledgement order
}

type restingRef struct {
	account uint32
	id      uint64
}

func newWorkload(seed uint64, accounts uint32) *workload {
	return &workload{r: rand.New(rand.NewPCG(seed, 1)), accounts: accounts, nonces: map[uint32]uint32{}}
}

// next returns a random command, not yet submitted.
func (w *workload) next() (wal.LogEntry, func(*Service) error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	r := w.r
	id := 1 + uint32(r.IntN(int(w.accounts)))
	w.nonces[id]++
	n := w.nonces[id]
	slot := uint16(n % 512)
	switch op := r.IntN(40); {
	case op < 30:
		buy := r.IntN(2) == 0
		p := price(59_990 + r.Uint64N(20))
		m := order(id, mBTC, buy, btcStep*(1+r.Uint64N(10)), p, slot, n)
		m.Flags = []uint8{0, 0, 0, 0, state.FlagIOC, state.FlagPostOnly}[r.IntN(6)]
		so := sign(m)
		return wal.LogEntry{Kind: wal.EntryOrder, Order: so}, func(s *Service) error {
			res, err := s.PlaceOrder(so)
			if err == nil && res.Resting {
				w.mu.Lock()
				w.resting = append(w.resting, restingRef{id, res.OrderID})
				w.mu.Unlock()
			}
			return err
		}
	case op < 34 && len(w.resting) > 0:
		i := r.IntN(len(w.resting))
		ref := w.resting[i]
		w.resting[i] = w.resting[len(w.resting)-1]
		w.resting = w.resting[:len(w.resting)-1]
		return wal.LogEntry{Kind: wal.EntryCancel, Cancel: wal.CancelCmd{Account: ref.account, OrderID: ref.id}}, func(s *Service) error {
			_, err := s.CancelOrderOf(ref.account, ref.id)
			return err
		}
	case op < 36:
		wd := devKey(id).SignWithdrawal(state.WithdrawalMsg{AccountID: id, Slot: 4000 + slot%64, Nonce: n, ExpirySeconds: 1 << 32,
			AmountQuantums: 1 + r.Uint64N(1_000_000), L1Address: l1(id)})
		return wal.LogEntry{Kind: wal.EntryWithdrawal, Withdrawal: wd}, func(s *Service) error {
			_, err := s.Withdraw(wd)
			return err
		}
	case op < 38:
		d := depositRec(id, 1+r.Uint64N(1_000_000_000))
		return wal.LogEntry{Kind: wal.EntryDeposit, Deposit: d}, func(s *Service) error {
			_, err := s.Deposit(d)
			return err
		}
	}
	return wal.LogEntry{Kind: wal.EntrySeal}, func(s *Service) error {
		_, err := s.Seal()
		return err
	}
}

// ack records an acknowledged input.
func (w *workload) ack(e wal.LogEntry) {
	w.mu.Lock()
	w.acked = append(w.acked, e)
	w.mu.Unlock()
}

// inputKey identifies an input by its content (not its sequence number or time).
func inputKey(e *wal.LogEntry) string {
	c := *e
	c.Seq, c.Time = 0, 0
	if c.Kind == wal.EntrySeal {
		return ""
	}
	return string(c.Encode(nil))
}

// checkRecovered checks a recovered service: every acknowledged input is in its log, and its root and books
// equal a replay of its log from genesis.
func checkRecovered(t testing.TB, s *Service, acked []wal.LogEntry) (entries int) {
	t.Helper()
	var logged []wal.LogEntry
	if err := wal.ReadEntries(s.store.DB, 1, 0, func(e *wal.LogEntry) error {
		logged = append(logged, *e)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	// Every acknowledged input is in the log (seals and inputs that were not acknowledged may be there too).
	count := map[string]int{}
	for i := range logged {
		count[inputKey(&logged[i])]++
	}
	for k := range acked {
		key := inputKey(&acked[k])
		if count[key] == 0 {
			t.Fatalf("acknowledged %v input %d of %d is not in the recovered log (%d entries)", acked[k].Kind, k, len(acked), len(logged))
		}
		count[key]--
	}
	root, book := s.StateDigest()
	rep, err := newReplayer(s.store.DB, quiet)
	if err != nil {
		t.Fatal(err)
	}
	defer rep.close()
	if err := rep.advance(s.store.DB, 0); err != nil {
		t.Fatal(err)
	}
	wantRoot, wantBook := rep.svc.StateDigest()
	if root != wantRoot || !bytes.Equal(book, wantBook) {
		t.Fatalf("recovered state differs from a replay of the log from scratch: root %s vs %s, books equal %v",
			root.String(), wantRoot.String(), bytes.Equal(book, wantBook))
	}
	// The off-chain entry prices recover too.
	if !reflect.DeepEqual(s.entries.M, rep.svc.entries.M) {
		t.Fatalf("recovered entry prices differ from a replay: %v vs %v", s.entries.M, rep.svc.entries.M)
	}
	return len(logged)
}

// TestRecoveryCrashClone runs a random workload and, at random instants while commands are in flight, takes
// a crash image of the file system with a random share of the unsynced writes kept (pebble's CrashClone), then
// recovers a sequencer from it: every input acknowledged before the image was taken must be in the recovered
// log, and the recovered root and books must equal a replay of that log from scratch.
func TestRecoveryCrashClone(t *testing.T) {
	seed := testSeed(t)
	r := rand.New(rand.NewPCG(seed, 2))
	fs := vfs.NewCrashableMem()
	clock := newClock(2_000)
	env, err := openCrashEnv(t, fs, clock, Config{MaxBatchSize: 2, CheckpointBatches: 3, CheckpointInterval: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	defer env.close()
	w := newWorkload(seed, 6)
	for id := uint32(1); id <= w.accounts; id++ {
		d := depositRec(id, 50_000_000_000)
		if _, err := env.svc.Deposit(d); err != nil {
			t.Fatal(err)
		}
		w.ack(wal.LogEntry{Kind: wal.EntryDeposit, Deposit: d})
	}
	const clones, maxOps = 12, 600
	var stop atomic.Bool
	var ops atomic.Int64
	var wg sync.WaitGroup
	for c := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for !stop.Load() && ops.Add(1) <= maxOps {
				e, run := w.next()
				err := run(env.svc)
				switch {
				case err == nil && e.Kind != wal.EntrySeal: // a seal with no open batch is not logged
					w.ack(e)
				case wire.IsFatal(err) || errors.Is(err, wire.ErrStopped):
					t.Errorf("client %d: %v", c, err)
					return
				}
				if r := rand.IntN(50); r == 0 {
					clock.Set(clock.Now().Unix() + 1)
				}
			}
		}()
	}
	for i := range clones {
		time.Sleep(time.Duration(5+r.IntN(30)) * time.Millisecond)
		w.mu.Lock()
		acked := append([]wal.LogEntry(nil), w.acked...)
		w.mu.Unlock()
		keep := []int{0, 100, r.IntN(100)}[i%3]
		img := fs.CrashClone(vfs.CrashCloneCfg{UnsyncedDataPercent: keep, RNG: rand.New(rand.NewPCG(seed, uint64(i)))})
		rec, err := openCrashEnv(t, img, newClock(clock.Now().Unix()), Config{MaxBatchSize: 2})
		if err != nil {
			t.Fatalf("image %d (%d%% unsynced kept): recovery: %v", i, keep, err)
		}
		n := checkRecovered(t, rec.svc, acked)
		t.Logf("image %d: %d%% unsynced kept, %d acknowledged, %d logged", i, keep, len(acked), n)
		rec.close()
	}
	stop.Store(true)
	wg.Wait()
}

// failOnce is a tree whose Commit fails once armed: the state of a process that stopped between writing a
// checkpoint and committing the tree.
type failOnce struct {
	*statedb.Tree
	armed atomic.Bool
}

func (f *failOnce) Commit() error {
	if f.armed.Load() {
		return errDisk
	}
	return f.Tree.Commit()
}

// TestRecoveryRollForward stops the service between a checkpoint and its tree commit: the restart finds the
// tree at the previous checkpoint, rolls it forward from the stored batches and the open batch, and replays
// the rest.
func TestRecoveryRollForward(t *testing.T) {
	fs := vfs.NewMem()
	clock := newClock(2_000)
	open := func(wrap bool) (*statedb.Tree, *failOnce, *Service) {
		tree, err := openTestTree(fs, "tree")
		if err != nil {
			t.Fatal(err)
		}
		f := &failOnce{Tree: tree}
		var tr engine.Tree = tree
		if wrap {
			tr = f
		}
		s, err := NewService(tr, Config{DataDir: "data", FS: fs, Clock: clock, MaxBatchSize: 2,
			CheckpointBatches: 1, Logger: quiet})
		if err != nil {
			t.Fatal(err)
		}
		return tree, f, s
	}
	tree, f, s := open(true)
	for id := uint32(1); id <= 3; id++ {
		if _, err := s.Deposit(depositRec(id, hundredK)); err != nil {
			t.Fatal(err)
		}
	}
	// Resting orders, a trade that seals a batch mid-sweep, and an open batch at the checkpoint.
	for i, m := range []state.OrderMsg{
		order(2, mBTC, false, 2_000, price(60_000), 0, 1),
		order(3, mBTC, false, 2_000, price(60_001), 0, 1),
		order(2, mBTC, false, 2_000, price(60_002), 1, 1),
	} {
		if _, err := s.PlaceOrder(sign(m)); err != nil {
			t.Fatalf("maker %d: %v", i, err)
		}
	}
	f.armed.Store(true)
	if _, err := s.PlaceOrder(sign(order(1, mBTC, true, 5_000, price(60_002), 0, 1))); !errors.Is(err, errDisk) {
		t.Fatalf("sweep with the tree commit failing: %v", err)
	}
	s.Close()
	tree.Close()
	tree, _, s = open(false)
	defer tree.Close()
	defer s.Close()
	checkRecovered(t, s, nil)
	if _, asks, _ := s.Depth(mBTC, 0); len(asks) != 1 || asks[0].Size != 1_000 {
		t.Fatalf("asks after recovery: %v", asks)
	}
}

// TestGroupCommit places orders from many goroutines and checks that they share syncs. It does not rely on
// timing: the first sync of the input log is held until every goroutine has appended an order, so the entries
// appended meanwhile must go out together in the next sync (on a loaded machine, or under -race, goroutines
// that merely happen not to overlap used to give each order its own sync).
func TestGroupCommit(t *testing.T) {
	mem := vfs.NewMem()
	const accounts, per = 16, 20
	var svc atomic.Pointer[Service]
	var held atomic.Bool
	inj := errorfs.InjectorFunc(func(op errorfs.Op) error {
		s := svc.Load()
		if s == nil || !strings.HasSuffix(op.Path, ".log") || held.Swap(true) {
			return nil
		}
		switch op.Kind {
		case errorfs.OpFileSync, errorfs.OpFileSyncData, errorfs.OpFileSyncTo:
		default:
			held.Store(false)
			return nil
		}
		// Hold this sync until every goroutine has an order appended and waiting, or give up after a while.
		for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(time.Millisecond) {
			if s.ilog.LastSeq() >= accounts+accounts { // the deposits, then one order per goroutine
				break
			}
		}
		return nil
	})
	tree, err := openTestTree(mem, "tree")
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Close()
	s, err := NewService(tree, Config{DataDir: "data", FS: errorfs.Wrap(mem, inj), Clock: newClock(2_000), MaxBatchSize: 32, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for id := uint32(1); id <= accounts; id++ {
		if _, err := s.Deposit(depositRec(id, hundredK)); err != nil {
			t.Fatal(err)
		}
	}
	orders := make([][]state.SignedOrder, accounts)
	for id := range orders {
		for i := range per { // bids below asks: no order trades, so every sync is an order's
			p := price(49_000 + uint64(i))
			if id%2 == 1 {
				p = price(51_000 + uint64(i))
			}
			orders[id] = append(orders[id], sign(order(uint32(id+1), mBTC, id%2 == 0, btcStep, p, uint16(i), 1)))
		}
	}
	syncs := func() uint64 { return s.ilog.Groups.Load() }
	before := syncs()
	svc.Store(s)
	var wg sync.WaitGroup
	for id := range orders {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, so := range orders[id] {
				if _, err := s.PlaceOrder(so); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	n := syncs() - before
	t.Logf("%d orders in %d syncs", accounts*per, n)
	if n > accounts*per-accounts+2 {
		t.Fatalf("%d orders took %d syncs: the %d orders appended during the held sync did not share one", accounts*per, n, accounts)
	}
}

// TestRecoveryCheckpointWithoutTrades rests orders that never trade, so that no batch is sealed: Run still
// checkpoints the changed book (every entry covered, no order left to write), and a restart from what was
// synced finds the orders resting.
func TestRecoveryCheckpointWithoutTrades(t *testing.T) {
	fs := vfs.NewCrashableMem()
	clock := newClock(2_000)
	open := func() (*statedb.Tree, *Service) {
		tree, err := openTestTree(fs, "tree")
		if err != nil {
			t.Fatal(err)
		}
		s, err := NewService(tree, Config{DataDir: "data", FS: fs, Clock: clock, MaxBatchSize: 2, Logger: quiet,
			CheckpointInterval: 10 * time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		return tree, s
	}
	tree, s := open()
	if _, err := s.Deposit(depositRec(1, hundredK)); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	for i := range uint16(3) {
		if _, err := s.PlaceOrder(sign(order(1, mBTC, true, btcStep, price(50_000+uint64(i)), i, 1))); err != nil {
			t.Fatal(err)
		}
	}
	last := s.ilog.LastSeq()
	deadline := time.Now().Add(10 * time.Second)
	for {
		s.mu.Lock()
		seq, dirty := s.ckpt.seq, len(s.ckpt.dirty)
		s.mu.Unlock()
		if seq >= last && dirty == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no checkpoint of the book: checkpoint at entry %d of %d, %d orders changed since", seq, last, dirty)
		}
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatal(err)
	}
	// A crash now: the clone keeps only what was synced; recovery loads the checkpointed book.
	img := fs.CrashClone(vfs.CrashCloneCfg{UnsyncedDataPercent: 0})
	s.Close()
	tree.Close()
	fs = img
	tree, s = open()
	defer tree.Close()
	defer s.Close()
	if orders, err := s.OpenOrders(1); err != nil || len(orders) != 3 {
		t.Fatalf("%d orders resting after recovery (%v), want 3", len(orders), err)
	}
}

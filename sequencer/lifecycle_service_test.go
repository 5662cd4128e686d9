package sequencer

import (
	"errors"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// TestLifecycleLogEntries checks the forced-trade and market-params entries round-trip through the input log
// encoding at their extremes.
func TestLifecycleLogEntries(t *testing.T) {
	var a, b state.L1Address
	for i := range a {
		a[i], b[i] = byte(i+1), byte(0xff-i)
	}
	for _, c := range []struct {
		e    wal.LogEntry
		name string
	}{
		{wal.LogEntry{Seq: 3, Kind: wal.EntryForcedTrade, Time: 1 << 40, ForcedTrade: state.ForcedTradeRecord{Market: state.MarketCount, AIsBuy: true,
			AccountA: 1<<24 - 1, AccountB: 1 << 31, SizeQuantums: 1<<64 - 1, Price: 1 << 47, AddrA: a, AddrB: b}}, "forced trade"},
		{wal.LogEntry{Seq: 4, Kind: wal.EntryForcedTrade, Time: 0, ForcedTrade: state.ForcedTradeRecord{Market: 1, AccountA: 1, AccountB: 2}}, "forced trade"},
		{wal.LogEntry{Seq: 5, Kind: wal.EntryMarketParams, Time: 7, MarketParams: state.MarketParamsRecord{Market: 255, Status: 3,
			ImfPpm: 1<<32 - 1, MmfPpm: 1, TierImfPpm: 1 << 24, TierMmfPpm: 999_999}}, "market params"},
	} {
		got, err := wal.DecodeEntry(c.e.Seq, c.e.Encode(nil))
		if err != nil || !reflect.DeepEqual(got, c.e) {
			t.Fatalf("round trip: %+v %v, want %+v", got, err, c.e)
		}
		if c.e.Kind.String() != c.name {
			t.Fatalf("kind %q, want %q", c.e.Kind, c.name)
		}
	}
	bad := (&wal.LogEntry{Kind: wal.EntryForcedTrade, ForcedTrade: state.ForcedTradeRecord{AIsBuy: true}}).Encode(nil)
	bad[10+9] = 2 // the side byte
	if _, err := wal.DecodeEntry(1, bad); !errors.Is(err, wal.ErrLogCorrupt) {
		t.Fatalf("side byte 2: %v", err)
	}
}

// lifecycleMarkets adds market 3, a copy of BTC-USD, to the test markets.
func lifecycleMarkets(t testing.TB, tree *statedb.Tree) {
	t.Helper()
	ms := tree.Markets()
	ms[2] = ms[mBTC-1]
	ms[2].Name = "M3-USD"
	if err := tree.SetMarkets(ms); err != nil {
		t.Fatal(err)
	}
	if err := tree.Commit(); err != nil {
		t.Fatal(err)
	}
}

const m3 uint8 = 3

func mp3(status uint8) state.MarketParamsRecord {
	return state.MarketParamsRecord{Market: m3, Status: status, ImfPpm: 50_000, MmfPpm: 30_000}
}

func ft3(a, b uint32, aBuys bool, q uint64) state.ForcedTradeRecord {
	return state.ForcedTradeRecord{Market: m3, AIsBuy: aBuys, AccountA: a, AccountB: b, SizeQuantums: q, Price: price(60_000),
		AddrA: l1(a), AddrB: l1(b)}
}

// TestServiceMarketLifecycle drives market 3 through reduce-only and settlement at a Service: resting orders
// without the reduce-only flag are cancelled when it becomes reduce-only and new ones are refused; a settled
// market cancels and refuses everything and its positions are closed at the next settlement; forced trades
// and market-params changes land in the sealed batches, count as L1 queue entries, and the batches replay
// from their pubdata alone (statedb.ReplayBatch, the escape rebuild) to the service's root.
func TestServiceMarketLifecycle(t *testing.T) {
	s := newService(t, 2, func(tree *statedb.Tree) engine.Tree { lifecycleMarkets(t, tree); return tree })
	genesis, g0 := s.tree.Markets(), s.tree.Globals()
	s.deposit(t, hundredK, 1, 2, 3)
	q0 := s.DepositsApplied()
	if _, err := s.ForcedTrade(ft3(1, 2, true, 10_000)); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ForcedTrade(ft3(1, 2, true, 1_500)); err != nil { // off the step: served, invalid
		t.Fatal(err)
	}
	if _, err := s.ForcedTrade(ft3(1, 1, true, 1_000)); !errors.Is(err, engine.ErrNotQueued) {
		t.Fatalf("A = B: %v", err)
	}
	plain := s.place(t, order(3, m3, true, 1_000, price(59_000), 1, 1))
	ro := order(1, m3, false, 5_000, price(61_000), 1, 1)
	ro.Flags = state.FlagReduceOnly
	reduce := s.place(t, ro)
	if !plain.Resting || !reduce.Resting {
		t.Fatal("orders do not rest")
	}
	if _, err := s.MarketParams(mp3(state.MarketUnlisted)); !errors.Is(err, engine.ErrMarketParams) || !errors.Is(err, state.ErrStatusChange) {
		t.Fatalf("illegal change: %v", err)
	}
	if _, err := s.MarketParams(mp3(state.MarketReduceOnly)); err != nil {
		t.Fatal(err)
	}
	bk := s.books[m3-1]
	if bk.Get(plain.OrderID) != nil || bk.Get(reduce.OrderID) == nil {
		t.Fatal("reduce-only market: the plain order must go and the reduce-only one stay")
	}
	if _, err := s.PlaceOrder(sign(order(3, m3, true, 1_000, price(59_000), 2, 1))); !errors.Is(err, wire.ErrReduceOnlyMarket) {
		t.Fatalf("plain order in a reduce-only market: %v", err)
	}
	// Account 2 (short 10,000) buys back 2,000 from account 1's reduce-only order: both reduce.
	closing := order(2, m3, true, 2_000, price(61_000), 1, 1)
	closing.Flags = state.FlagReduceOnly
	if r := s.place(t, closing); len(r.Fills) != 1 {
		t.Fatalf("reduce-only fill: %+v", r)
	}
	if _, err := s.MarketParams(mp3(state.MarketSettled)); err != nil {
		t.Fatal(err)
	}
	if bk.Len() != 0 {
		t.Fatalf("%d orders rest in a settled market", bk.Len())
	}
	ro2 := order(1, m3, false, 1_000, price(61_000), 2, 1)
	ro2.Flags = state.FlagReduceOnly
	if _, err := s.PlaceOrder(sign(ro2)); !errors.Is(err, wire.ErrMarketSettled) {
		t.Fatalf("order in a settled market: %v", err)
	}
	if _, err := s.ForcedTrade(ft3(1, 2, false, 1_000)); err != nil { // served, invalid: settles both
		t.Fatal(err)
	}
	if got := s.DepositsApplied() - q0; got != 5 {
		t.Fatalf("%d L1 queue entries applied, want 5 (three forced trades, two market-params changes)", got)
	}
	for _, id := range []uint32{1, 2} {
		a, _, err := s.Account(id)
		if err != nil || engine.PositionSize(&a, m3) != 0 {
			t.Fatalf("account %d still holds market 3 after its settlement: %+v %v", id, a.Positions, err)
		}
	}
	if _, err := s.Seal(); err != nil {
		t.Fatal(err)
	}

	var verdicts []bool
	params := 0
	replay := newTree(t)
	lifecycleMarkets(t, replay)
	if replay.Markets() != genesis || replay.Globals() != g0 {
		t.Fatal("replay tree differs from the genesis")
	}
	for _, b := range s.batches {
		for _, tx := range b.Txs {
			if f := tx.Record.ForcedTrade; f != nil {
				verdicts = append(verdicts, f.Valid)
			}
			if tx.Record.MarketParams != nil {
				params++
			}
		}
		p, err := b.Pubdata()
		if err != nil {
			t.Fatal(err)
		}
		mr, compact, err := state.DecodeBatchPubdata(p)
		if err != nil || len(compact) != len(b.Txs) {
			t.Fatalf("pubdata: %d records, %v", len(compact), err)
		}
		// The compact records leave out the deposits' owners and keys: complete them from the sealed records.
		recs := make([]state.Record, len(compact))
		for i, c := range compact {
			var owner state.L1Address
			var key [32]byte
			if d := b.Txs[i].Record.Deposit; d != nil {
				owner, key = d.L1Address, d.PubKey
			}
			if recs[i], err = c.WithDeposit(owner, key); err != nil {
				t.Fatal(err)
			}
		}
		if err := statedb.ReplayBatch(replay, &b.Config, b.Header.TimestampSeconds, &mr, recs); err != nil {
			t.Fatalf("batch %d: %v", b.Header.BatchNumber, err)
		}
		if replay.Root() != b.Header.NewRoot || replay.Markets() != b.NewMarkets {
			t.Fatalf("batch %d replays to another root or table", b.Header.BatchNumber)
		}
		if err := replay.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	if !reflect.DeepEqual(verdicts, []bool{true, false, false}) || params != 2 {
		t.Fatalf("forced trade verdicts %v, market-params records %d", verdicts, params)
	}
	if root, _ := s.StateDigest(); replay.Root() != root {
		t.Fatal("the replay from pubdata differs from the service's root")
	}
}

// TestLifecycleRecovery checks that a log holding forced trades and market-params changes replays to the same
// root and books after a crash at every step.
func TestLifecycleRecovery(t *testing.T) {
	type step func(t *testing.T, s *Service)
	must := func(t *testing.T) func(any, error) {
		return func(_ any, err error) {
			t.Helper()
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	roOrder := func(id uint32, buy bool, q, p uint64, slot uint16) state.SignedOrder {
		o := order(id, m3, buy, q, p, slot, 1)
		o.Flags = state.FlagReduceOnly
		return sign(o)
	}
	steps := []step{
		func(t *testing.T, s *Service) {
			for _, id := range []uint32{1, 2, 3} {
				must(t)(s.Deposit(depositRec(id, hundredK)))
			}
		},
		func(t *testing.T, s *Service) { must(t)(s.ForcedTrade(ft3(1, 2, true, 10_000))) },
		func(t *testing.T, s *Service) {
			must(t)(s.PlaceOrder(sign(order(3, m3, true, 1_000, price(59_000), 1, 1))))
		},
		func(t *testing.T, s *Service) { must(t)(s.PlaceOrder(roOrder(1, false, 4_000, price(61_000), 1))) },
		func(t *testing.T, s *Service) { must(t)(s.MarketParams(mp3(state.MarketReduceOnly))) },
		func(t *testing.T, s *Service) { must(t)(s.PlaceOrder(roOrder(2, true, 1_000, price(61_000), 1))) },
		func(t *testing.T, s *Service) { must(t)(s.ForcedTrade(ft3(2, 1, true, 3_000))) },
		func(t *testing.T, s *Service) { must(t)(s.MarketParams(mp3(state.MarketSettled))) },
		func(t *testing.T, s *Service) { must(t)(s.ForcedTrade(ft3(1, 2, false, 1_000))) },
		func(t *testing.T, s *Service) { must(t)(s.Seal()) },
	}
	open := func(fs *vfs.MemFS, clock *fakeClock) *crashEnv {
		if tr, err := statedb.Open("tree", statedb.WithFS(fs), statedb.WithLogger(quiet)); err != nil {
			t.Fatal(err)
		} else {
			if tr.Markets() == (state.Markets{}) {
				if err := tr.SetMarkets(testMarkets()); err != nil {
					t.Fatal(err)
				}
				tr.SetGlobals(state.Globals{SystemTimeSeconds: 1_000})
				lifecycleMarkets(t, tr)
			}
			tr.Close()
		}
		env, err := openCrashEnv(t, fs, clock, Config{MaxBatchSize: 2, CheckpointBatches: 1})
		if err != nil {
			t.Fatal(err)
		}
		return env
	}
	run := func(env *crashEnv, from, to int) {
		for i := from; i < to; i++ {
			env.clock.Set(2_000 + int64(i))
			steps[i](t, env.svc)
		}
	}
	fs := vfs.NewCrashableMem()
	env := open(fs, newClock(2_000))
	run(env, 0, len(steps))
	wantRoot, wantBook := env.svc.StateDigest()
	if got := env.svc.Markets()[m3-1].Status; got != state.MarketSettled {
		t.Fatalf("market 3 status %d", got)
	}
	checkRecovered(t, env.svc, nil)
	env.close()
	for k := 1; k < len(steps); k++ {
		fs := vfs.NewCrashableMem()
		env := open(fs, newClock(2_000))
		run(env, 0, k)
		img := fs.CrashClone(vfs.CrashCloneCfg{UnsyncedDataPercent: 0, RNG: rand.New(rand.NewPCG(uint64(k), 2))})
		env.close()
		rec := open(img, newClock(2_000+int64(k-1)))
		checkRecovered(t, rec.svc, nil)
		run(rec, k, len(steps))
		root, book := rec.svc.StateDigest()
		if root != wantRoot || string(book) != string(wantBook) {
			t.Fatalf("crash after step %d: root %s, want %s (books equal %v)", k, root.String(), wantRoot.String(), string(book) == string(wantBook))
		}
		rec.close()
	}
}

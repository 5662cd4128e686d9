package sequencer

import (
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/state"
)

// TestServiceLiquidatesOnOracleMove: an oracle update that makes a leveraged long liquidatable liquidates it
// in the same command against the best resting bid: the bid is filled in the book, the trade is on the tape,
// both accounts' fill histories hold it, and a restart and a replay of the log from genesis reach the same
// state.
func TestServiceLiquidatesOnOracleMove(t *testing.T) {
	fs := vfs.NewMem()
	clock := newClock(2_000)
	cfg := Config{Protocol: testProtocol(), MaxBatchSize: 8}
	env, err := openCrashEnv(t, fs, clock, cfg)
	if err != nil {
		t.Fatal(err)
	}
	s := env.svc
	for id, amount := range map[uint32]uint64{1: 4_000_000_000, 2: hundredK, 3: hundredK} {
		if _, err := s.Deposit(depositRec(id, amount)); err != nil {
			t.Fatal(err)
		}
	}
	const btc = 1_000_000 // one BTC in base quantums
	clock.Set(2_001)
	if _, err := s.PlaceOrder(sign(order(3, mBTC, false, btc, price(60_000), 0, 1))); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PlaceOrder(sign(order(1, mBTC, true, btc, price(60_000), 0, 1))); err != nil {
		t.Fatal(err)
	}
	bid, err := s.PlaceOrder(sign(order(2, mBTC, true, 2*btc, price(57_400), 0, 1)))
	if err != nil || !bid.Resting {
		t.Fatalf("bid: %+v %v", bid, err)
	}
	if _, r, _ := s.Account(1); r.Liquidatable() {
		t.Fatal("account 1 liquidatable before the move")
	}
	clock.Set(2_010)
	if _, err := s.SubmitOracleReports(btcReports(2_009, price(57_500))); err != nil {
		t.Fatal(err)
	}
	a, r, err := s.Account(1)
	if err != nil {
		t.Fatal(err)
	}
	if r.Liquidatable() {
		t.Fatalf("account 1 still liquidatable after the oracle move: %+v", a)
	}
	if engine.PositionSize(&a, mBTC) >= btc {
		t.Fatalf("account 1 position %d not reduced", engine.PositionSize(&a, mBTC))
	}
	trades, err := s.Trades(mBTC, 1)
	if err != nil || len(trades) != 1 || trades[0].MakerAccount != 2 || trades[0].TakerAccount != 1 || trades[0].MakerOrderID != bid.OrderID {
		t.Fatalf("last trade %+v, %v", trades, err)
	}
	bids, _, _ := s.Depth(mBTC, 1)
	if len(bids) != 1 || bids[0].Size != 2*btc-trades[0].Size {
		t.Fatalf("bids after the liquidation: %+v (liquidated %d)", bids, trades[0].Size)
	}
	fills, err := s.Fills(2, 0, 10)
	if err != nil || len(fills) == 0 || fills[0].OrderID != bid.OrderID || !fills[0].Maker || fills[0].Counter != 1 {
		t.Fatalf("account 2 fills %+v, %v", fills, err)
	}
	if _, err := s.Seal(); err != nil {
		t.Fatal(err)
	}
	checkRecovered(t, s, nil)
	root, book := s.StateDigest()
	env.close()
	env, err = openCrashEnv(t, fs, clock, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer env.close()
	if r2, b2 := env.svc.StateDigest(); r2 != root || string(b2) != string(book) {
		t.Fatal("restart changed the state")
	}
	if got := env.svc.risk.IDs(); len(got) != 3 {
		t.Fatalf("risk index after restart: %v", got)
	}
	_ = state.OracleQuorum
}

// TestServiceLiquidatesWhenLiquidityArrives: an oracle move makes a long liquidatable while no bid rests, so
// it stays liquidatable; the next order that rests a bid lets the liquidator close it, and a restart in between
// keeps the account on the liquidator's list.
func TestServiceLiquidatesWhenLiquidityArrives(t *testing.T) {
	fs := vfs.NewMem()
	clock := newClock(2_000)
	cfg := Config{Protocol: testProtocol(), MaxBatchSize: 8}
	env, err := openCrashEnv(t, fs, clock, cfg)
	if err != nil {
		t.Fatal(err)
	}
	s := env.svc
	for id, amount := range map[uint32]uint64{1: 4_000_000_000, 2: hundredK, 3: hundredK} {
		if _, err := s.Deposit(depositRec(id, amount)); err != nil {
			t.Fatal(err)
		}
	}
	const btc = 1_000_000
	clock.Set(2_001)
	for _, m := range []state.OrderMsg{order(3, mBTC, false, btc, price(60_000), 0, 1), order(1, mBTC, true, btc, price(60_000), 0, 1)} {
		if _, err := s.PlaceOrder(sign(m)); err != nil {
			t.Fatal(err)
		}
	}
	clock.Set(2_010)
	if _, err := s.SubmitOracleReports(btcReports(2_009, price(57_500))); err != nil {
		t.Fatal(err)
	}
	if _, r, _ := s.Account(1); !r.Liquidatable() {
		t.Fatal("account 1 not liquidatable after the move")
	}
	if len(s.stuck) != 1 || s.stuck[0] != 1 {
		t.Fatalf("accounts left liquidatable: %v", s.stuck)
	}
	env.close()
	if env, err = openCrashEnv(t, fs, clock, cfg); err != nil {
		t.Fatal(err)
	}
	defer env.close()
	s = env.svc
	if len(s.stuck) != 1 || s.stuck[0] != 1 {
		t.Fatalf("accounts left liquidatable after a restart: %v", s.stuck)
	}
	bid, err := s.PlaceOrder(sign(order(2, mBTC, true, 2*btc, price(57_400), 0, 1)))
	if err != nil {
		t.Fatal(err)
	}
	if _, r, _ := s.Account(1); r.Liquidatable() {
		t.Fatal("account 1 still liquidatable after a bid arrived")
	}
	trades, _ := s.Trades(mBTC, 1)
	if len(trades) != 1 || trades[0].MakerOrderID != bid.OrderID || trades[0].TakerAccount != 1 {
		t.Fatalf("last trade %+v, want the liquidation against order %d", trades, bid.OrderID)
	}
	if len(s.stuck) != 0 {
		t.Fatalf("accounts left liquidatable: %v", s.stuck)
	}
	checkRecovered(t, s, nil)
}

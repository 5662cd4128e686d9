package engine_test

import (
	"errors"
	"log/slog"
	"math/big"
	"strconv"
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

const (
	btc      uint8 = 1
	btcPrice       = 60_000_000_000
)

// compactEnv is an engine on an in-memory tree with one market (BTC-USD, taker 500 ppm, maker 200 ppm) and
// accounts 1, 2 and 3 funded with 10^12 quote quantums.
func compactEnv(t *testing.T) *engine.Engine {
	t.Helper()
	tree, err := statedb.Open("tree", statedb.WithFS(vfs.NewMem()), statedb.WithLogger(slog.New(slog.DiscardHandler)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { tree.Close() })
	var m state.Markets
	m[btc-1] = state.Market{Name: "BTC-USD", OraclePrice: btcPrice, ImfPpm: 50_000, MmfPpm: 30_000, Status: state.MarketActive,
		TickSize: 1_000_000, StepSize: 1_000, BaseDecimals: 6, MakerFeePpm: 200, TakerFeePpm: 500}
	if err := tree.SetMarkets(m); err != nil {
		t.Fatal(err)
	}
	tree.SetGlobals(state.Globals{SystemTimeSeconds: 1_000})
	if err := tree.Commit(); err != nil {
		t.Fatal(err)
	}
	e := engine.NewEngine(tree)
	for id := uint32(1); id <= 3; id++ {
		d := state.DepositRecord{AccountID: id, AmountQuantums: 1e12, L1Address: state.L1Address{0xaa, byte(id)},
			PubKey: key(id).PubKey().Compressed()}
		if _, err := e.Deposit(d); err != nil {
			t.Fatal(err)
		}
	}
	return e
}

func key(id uint32) *wire.Key { return wire.DevKey(strconv.FormatUint(uint64(id), 10)) }

func order(id uint32, buy bool, size uint64, slot uint16, nonce uint32) state.SignedOrder {
	return key(id).SignOrder(state.OrderMsg{AccountID: id, Market: btc, IsBuy: buy, Slot: slot, Nonce: nonce,
		ExpirySeconds: 1 << 32, MaxFeePpm: 1_000, SizeQuantums: size, LimitPrice: btcPrice})
}

// TestTradeRecordCompact checks that the engine's trade records carry the market's fee rates and encode as
// compact records (docs/PROTOCOL.md §6.1) that decode to the same fees, at the largest nonce the encoding holds.
func TestTradeRecordCompact(t *testing.T) {
	e := compactEnv(t)
	tr, err := e.Trade(order(1, true, 2_000, 4095, state.MaxRecordNonce), order(2, false, 2_000, 7, 1), 2_000)
	if err != nil {
		t.Fatal(err)
	}
	rec := tr.Record.Trade
	if rec.TakerFeePpm != 500 || rec.MakerFeePpm != 200 {
		t.Fatalf("trade record rates %d, %d; want 500, 200", rec.TakerFeePpm, rec.MakerFeePpm)
	}
	b, err := tr.Record.EncodeCompact()
	if err != nil {
		t.Fatalf("the engine's trade record does not encode compactly: %v", err)
	}
	c, err := state.DecodeCompactRecord(b[:])
	if err != nil || *c.Trade != *rec {
		t.Fatalf("compact trade decodes to %+v, %v; want %+v", c.Trade, err, rec)
	}
}

// TestNonceLimit checks that the engine refuses an order, a withdrawal and a transfer whose nonce is above
// state.MaxRecordNonce (ErrMessageField), which no compact record could carry.
func TestNonceLimit(t *testing.T) {
	e := compactEnv(t)
	_, err := e.Trade(order(1, true, 1_000, 1, state.MaxRecordNonce+1), order(2, false, 1_000, 1, 1), 1_000)
	if !errors.Is(err, wire.ErrMessageField) {
		t.Fatalf("taker nonce 2^24: %v, want ErrMessageField", err)
	}
	_, err = e.Trade(order(1, true, 1_000, 2, 1), order(2, false, 1_000, 2, state.MaxRecordNonce+1), 1_000)
	if !errors.Is(err, wire.ErrMessageField) {
		t.Fatalf("maker nonce 2^24: %v, want ErrMessageField", err)
	}
	w := key(1).SignWithdrawal(state.WithdrawalMsg{AccountID: 1, Slot: 3, Nonce: state.MaxRecordNonce + 1, ExpirySeconds: 1 << 32,
		AmountQuantums: 1, L1Address: state.L1Address{0xaa, 1}})
	if _, err := e.Withdraw(w); !errors.Is(err, wire.ErrMessageField) {
		t.Fatalf("withdrawal nonce 2^24: %v, want ErrMessageField", err)
	}
	tm := key(1).SignTransfer(state.TransferMsg{FromAccount: 1, ToAccount: 2, Slot: 4, Nonce: state.MaxRecordNonce + 1,
		ExpirySeconds: 1 << 32, AmountQuantums: 1})
	if _, err := e.Transfer(tm); !errors.Is(err, wire.ErrMessageField) {
		t.Fatalf("transfer nonce 2^24: %v, want ErrMessageField", err)
	}
	w.Msg.Nonce = state.MaxRecordNonce
	w = key(1).SignWithdrawal(w.Msg)
	if _, err := e.Withdraw(w); err != nil {
		t.Fatalf("withdrawal nonce 2^24 − 1: %v", err)
	}
}

// TestInsurancePayLimit checks that ChooseLiquidationAmounts refuses (ok false) an insurance payment of
// state.MaxInsurancePay, which the compact Liquidate record cannot carry, and accepts one less.
func TestInsurancePayLimit(t *testing.T) {
	// LeastCash = ceil((TV0·MMRb − TVb·MMR0) / (MMR0 · S)): with MMR0 = MMRb = 1 and TV0 = 0 it is ceil(−TVb / S).
	risk := func(tv int64) *state.Risk {
		var r state.Risk
		r.TV.SetInt64(tv)
		r.MMR.SetInt64(1)
		return &r
	}
	r0 := risk(0)
	for _, c := range []struct {
		pay uint64
		ok  bool
	}{{state.MaxInsurancePay - 1, true}, {state.MaxInsurancePay, false}} {
		tvb := new(big.Int).Mul(new(big.Int).SetUint64(c.pay), big.NewInt(-state.PriceScale))
		rb := risk(0)
		rb.TV.Set(tvb)
		a, ok := engine.ChooseLiquidationAmounts(r0, rb, big.NewInt(0))
		if ok != c.ok || ok && a.InsurancePay != c.pay {
			t.Fatalf("payment %d: %+v, ok %v; want ok %v", c.pay, a, ok, c.ok)
		}
	}
}

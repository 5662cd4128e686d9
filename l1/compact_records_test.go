package l1

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/perpx/perpx/l1/testbindings"
	"github.com/perpx/perpx/state"
)

// compactRecordsEnv deploys a CompactRecordsHarness on a fresh Sim.
func compactRecordsEnv(t *testing.T) (*env, *testbindings.CompactRecordsHarness, common.Address) {
	t.Helper()
	sim, err := NewSim(1)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	e := &env{t: t, ctx: t.Context(), sim: sim, b: sim.Client()}
	addr, err := deploy(e.ctx, e.b, e.op(), common.FromHex(testbindings.CompactRecordsHarnessMetaData.Bin), nil)
	if err != nil {
		t.Fatal(err)
	}
	return e, testbindings.NewCompactRecordsHarness(), addr
}

func tagInt(b []byte) *big.Int { return new(big.Int).SetBytes(b) }

// TestCompactRecordsSolidity is the Go ↔ Solidity differential of the compact records L1 acts on
// (docs/PROTOCOL.md §6.1): for random Deposit, Withdrawal, ForcedWithdrawal, ForcedTrade and MarketParams
// records at and inside their limits, the contract's deposit record (with its Poseidon2 tag) equals
// state.EncodeCompact's, its withdrawal and forced trade tags equal Go's, and it decodes every field Go encoded.
func TestCompactRecordsSolidity(t *testing.T) {
	e, h, addr := compactRecordsEnv(t)
	c := h.Instance(e.b, addr)
	rng := rand.New(rand.NewPCG(testSeed(t), 32))
	randAddr := func() (a state.L1Address) {
		for i := range a {
			a[i] = byte(rng.Uint32())
		}
		return a
	}
	for i := range 40 {
		top := i%2 == 0 // the extremes of every field, or random values within them
		pick := func(max uint64) uint64 {
			if top {
				return max
			}
			return rng.Uint64N(max + 1)
		}
		id, amount := uint32(pick(1<<state.AccountTreeDepth-1)), pick(state.MaxAmount-1)
		a, b := randAddr(), randAddr()

		var key [32]byte
		for j := range key {
			key[j] = byte(rng.Uint32())
		}
		key[0] &= 0x9f // below r with either parity bit
		dep := state.Record{Deposit: &state.DepositRecord{AccountID: id, AmountQuantums: amount, L1Address: a, PubKey: key}}
		want, err := dep.EncodeCompact()
		if err != nil {
			t.Fatal(err)
		}
		got, err := call(e.ctx, c, h.PackDepositRecord(id, new(big.Int).SetUint64(amount), common.Address(a), key), h.UnpackDepositRecord)
		if err != nil || got != want {
			t.Fatalf("deposit record %x, %v; Go %x", got, err, want)
		}
		d, err := call(e.ctx, c, h.PackDeposit(want), h.UnpackDeposit)
		if tag := state.DepositTag(a, key); err != nil || d.Arg0 != id || d.Arg1 != amount || d.Arg2.Cmp(tagInt(tag[:])) != 0 {
			t.Fatalf("deposit decodes to %+v, %v", d, err)
		}

		slot, nonce := uint16(pick(1<<state.SlotTreeDepth-1)), uint32(pick(state.MaxRecordNonce))
		wr, err := state.Record{Withdrawal: &state.WithdrawalRecord{AccountID: id, AmountQuantums: amount, L1Address: b,
			Slot: slot, Nonce: nonce}}.EncodeCompact()
		if err != nil {
			t.Fatal(err)
		}
		w, err := call(e.ctx, c, h.PackWithdrawal(wr), h.UnpackWithdrawal)
		wtag := state.WithdrawalTag(b)
		if err != nil || w.Arg0 != id || w.Arg1 != amount || w.Arg2 != slot || w.Arg3 != nonce || w.Arg4.Cmp(tagInt(wtag[:])) != 0 {
			t.Fatalf("withdrawal decodes to %+v, %v", w, err)
		}
		if tag, err := call(e.ctx, c, h.PackWithdrawalTag(common.Address(b)), h.UnpackWithdrawalTag); err != nil || tag.Cmp(tagInt(wtag[:])) != 0 {
			t.Fatalf("withdrawal tag %x, %v; Go %x", tag, err, wtag)
		}

		valid := rng.IntN(2) == 0
		fw, err := state.Record{ForcedWithdrawal: &state.ForcedWithdrawalRecord{AccountID: id, AmountQuantums: amount, L1Address: a,
			Valid: valid}}.EncodeCompact()
		if err != nil {
			t.Fatal(err)
		}
		f, err := call(e.ctx, c, h.PackForcedWithdrawal(fw), h.UnpackForcedWithdrawal)
		if err != nil || f.Arg0 != id || f.Arg1 != amount || f.Arg2 != common.Address(a) || f.Arg3 != valid {
			t.Fatalf("forced withdrawal decodes to %+v, %v", f, err)
		}

		market := uint8(1 + rng.IntN(state.MarketCount))
		size, price, aIsBuy := pick(1<<48-1), pick(1<<48-1), rng.IntN(2) == 0
		ftRec := state.Record{ForcedTrade: &state.ForcedTradeRecord{Market: market, AIsBuy: aIsBuy, AccountA: id, AccountB: id / 2,
			SizeQuantums: size, Price: price, AddrA: a, AddrB: b, Valid: valid}}
		ft, err := ftRec.EncodeCompact()
		if err != nil {
			t.Fatal(err)
		}
		x, err := call(e.ctx, c, h.PackForcedTrade(ft), h.UnpackForcedTrade)
		ftag := state.ForcedTradeTag(a, b)
		if err != nil || x.Arg0 != id || x.Arg1 != id/2 || x.Arg2 != size || x.Arg3 != price || x.Arg4 != aIsBuy || x.Arg5 != valid ||
			x.Arg6.Cmp(tagInt(ftag[:])) != 0 {
			t.Fatalf("forced trade decodes to %+v, %v", x, err)
		}
		if tag, err := call(e.ctx, c, h.PackForcedTradeTag(common.Address(a), common.Address(b)), h.UnpackForcedTradeTag); err != nil ||
			tag.Cmp(tagInt(ftag[:])) != 0 {
			t.Fatalf("forced trade tag %x, %v; Go %x", tag, err, ftag)
		}
		ftRec.ForcedTrade.Valid = false
		queued, _ := ftRec.EncodeCompact()
		if cleared, err := call(e.ctx, c, h.PackWithoutForcedTradeValid(ft), h.UnpackWithoutForcedTradeValid); err != nil || cleared != queued {
			t.Fatalf("valid bit cleared: %x, %v; want %x", cleared, err, queued)
		}

		mp := &state.MarketParamsRecord{Market: market, Status: uint8(rng.IntN(4)), ImfPpm: uint32(pick(1<<24 - 1)),
			MmfPpm: uint32(pick(1<<24 - 1)), TierImfPpm: uint32(pick(1<<24 - 1)), TierMmfPpm: uint32(pick(1<<24 - 1))}
		mr, err := state.Record{MarketParams: mp}.EncodeCompact()
		if err != nil {
			t.Fatal(err)
		}
		m, err := call(e.ctx, c, h.PackMarketParams(mr), h.UnpackMarketParams)
		if err != nil || m.Arg0 != mp.Status || m.Arg1 != mp.ImfPpm || m.Arg2 != mp.MmfPpm || m.Arg3 != mp.TierImfPpm || m.Arg4 != mp.TierMmfPpm {
			t.Fatalf("market params decode to %+v, %v", m, err)
		}
		for _, r := range []struct {
			rec    [32]byte
			typ, m uint8
		}{{want, state.RecordDeposit, 0}, {wr, state.RecordWithdrawal, 0}, {fw, state.RecordForcedWithdrawal, 0},
			{ft, state.RecordForcedTrade, market}, {mr, state.RecordMarketParams, market}} {
			if got, err := call(e.ctx, c, h.PackTypeOf(r.rec), h.UnpackTypeOf); err != nil || got.Arg0 != r.typ || got.Arg1 != r.m {
				t.Fatalf("type of %x: %+v, %v; want %d, %d", r.rec, got, err, r.typ, r.m)
			}
		}
	}
	gas, err := call(e.ctx, c, h.PackDepositTagGas(), h.UnpackDepositTagGas)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("deposit tag: %v gas (one Poseidon2 compression, warm)", gas)
}

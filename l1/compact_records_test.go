package l1

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
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

// compactCheck is one round of TestCompactRecordsSolidity: the harness, and the fields of its records.
type compactCheck struct {
	e         *env
	h         *testbindings.CompactRecordsHarness
	c         *bind.BoundContract
	id        uint32
	amount    uint64
	a, b      state.L1Address
	market    uint8
	valid     bool
	typeCheck []typedRecord
}

// typedRecord is an encoded record and the type and market its first byte must decode to.
type typedRecord struct {
	rec    [32]byte
	typ, m uint8
}

func (k *compactCheck) encode(r state.Record) [32]byte {
	b, err := r.EncodeCompact()
	if err != nil {
		k.e.t.Fatal(err)
	}
	return b
}

// deposit checks the contract's Deposit record, tag included, and its decoding.
func (k *compactCheck) deposit(key [32]byte) {
	t, h := k.e.t, k.h
	want := k.encode(state.Record{Deposit: &state.DepositRecord{AccountID: k.id, AmountQuantums: k.amount, L1Address: k.a, PubKey: key}})
	got, err := call(k.e.ctx, k.c, h.PackDepositRecord(k.id, new(big.Int).SetUint64(k.amount), common.Address(k.a), key), h.UnpackDepositRecord)
	if err != nil || got != want {
		t.Fatalf("deposit record %x, %v; Go %x", got, err, want)
	}
	d, err := call(k.e.ctx, k.c, h.PackDeposit(want), h.UnpackDeposit)
	if tag := state.DepositTag(k.a, key); err != nil || d.Arg0 != k.id || d.Arg1 != k.amount || d.Arg2.Cmp(tagInt(tag[:])) != 0 {
		t.Fatalf("deposit decodes to %+v, %v", d, err)
	}
	k.typeCheck = append(k.typeCheck, typedRecord{want, state.RecordDeposit, 0})
}

// withdrawals checks the decoding of a Withdrawal and a ForcedWithdrawal record and the withdrawal tag.
func (k *compactCheck) withdrawals(slot uint16, nonce uint32) {
	t, h := k.e.t, k.h
	wr := k.encode(state.Record{Withdrawal: &state.WithdrawalRecord{AccountID: k.id, AmountQuantums: k.amount, L1Address: k.b,
		Slot: slot, Nonce: nonce}})
	w, err := call(k.e.ctx, k.c, h.PackWithdrawal(wr), h.UnpackWithdrawal)
	wtag := state.WithdrawalTag(k.b)
	if err != nil || w.Arg0 != k.id || w.Arg1 != k.amount || w.Arg2 != slot || w.Arg3 != nonce || w.Arg4.Cmp(tagInt(wtag[:])) != 0 {
		t.Fatalf("withdrawal decodes to %+v, %v", w, err)
	}
	if tag, err := call(k.e.ctx, k.c, h.PackWithdrawalTag(common.Address(k.b)), h.UnpackWithdrawalTag); err != nil || tag.Cmp(tagInt(wtag[:])) != 0 {
		t.Fatalf("withdrawal tag %x, %v; Go %x", tag, err, wtag)
	}
	noOutput := func([]byte) (struct{}, error) { return struct{}{}, nil }
	if _, err := call(k.e.ctx, k.c, h.PackCheckWithdrawalAddress(wr, common.Address(k.b)), noOutput); err != nil {
		t.Fatalf("the withdrawal's own address: %v", err)
	}
	other := k.b
	other[0] ^= 1
	args := wantRevert(t, func() error {
		_, err := call(k.e.ctx, k.c, h.PackCheckWithdrawalAddress(wr, common.Address(other)), noOutput)
		return err
	}(), "WithdrawalTagMismatch")
	if args[0].(common.Address) != common.Address(other) || args[1].(*big.Int).Cmp(tagInt(wtag[:])) != 0 {
		t.Fatalf("WithdrawalTagMismatch%v", args)
	}
	fw := k.encode(state.Record{ForcedWithdrawal: &state.ForcedWithdrawalRecord{AccountID: k.id, AmountQuantums: k.amount,
		L1Address: k.a, Valid: k.valid}})
	f, err := call(k.e.ctx, k.c, h.PackForcedWithdrawal(fw), h.UnpackForcedWithdrawal)
	if err != nil || f.Arg0 != k.id || f.Arg1 != k.amount || f.Arg2 != common.Address(k.a) || f.Arg3 != k.valid {
		t.Fatalf("forced withdrawal decodes to %+v, %v", f, err)
	}
	k.typeCheck = append(k.typeCheck, typedRecord{wr, state.RecordWithdrawal, 0}, typedRecord{fw, state.RecordForcedWithdrawal, 0})
}

// forcedTrade checks the decoding of a ForcedTrade record, its tag and the record its queue entry hashes.
func (k *compactCheck) forcedTrade(size, price uint64, aIsBuy bool) {
	t, h := k.e.t, k.h
	rec := state.Record{ForcedTrade: &state.ForcedTradeRecord{Market: k.market, AIsBuy: aIsBuy, AccountA: k.id, AccountB: k.id / 2,
		SizeQuantums: size, Price: price, AddrA: k.a, AddrB: k.b, Valid: k.valid}}
	ft := k.encode(rec)
	x, err := call(k.e.ctx, k.c, h.PackForcedTrade(ft), h.UnpackForcedTrade)
	ftag := state.ForcedTradeTag(k.a, k.b)
	if err != nil || x.Arg0 != k.id || x.Arg1 != k.id/2 || x.Arg2 != size || x.Arg3 != price || x.Arg4 != aIsBuy || x.Arg5 != k.valid ||
		x.Arg6.Cmp(tagInt(ftag[:])) != 0 {
		t.Fatalf("forced trade decodes to %+v, %v", x, err)
	}
	tag, err := call(k.e.ctx, k.c, h.PackForcedTradeTag(common.Address(k.a), common.Address(k.b)), h.UnpackForcedTradeTag)
	if err != nil || tag.Cmp(tagInt(ftag[:])) != 0 {
		t.Fatalf("forced trade tag %x, %v; Go %x", tag, err, ftag)
	}
	rec.ForcedTrade.Valid = false
	queued := k.encode(rec)
	if cleared, err := call(k.e.ctx, k.c, h.PackWithoutForcedTradeValid(ft), h.UnpackWithoutForcedTradeValid); err != nil || cleared != queued {
		t.Fatalf("valid bit cleared: %x, %v; want %x", cleared, err, queued)
	}
	k.typeCheck = append(k.typeCheck, typedRecord{ft, state.RecordForcedTrade, k.market})
}

// marketParams checks the decoding of a MarketParams record.
func (k *compactCheck) marketParams(mp *state.MarketParamsRecord) {
	mp.Market = k.market
	mr := k.encode(state.Record{MarketParams: mp})
	m, err := call(k.e.ctx, k.c, k.h.PackMarketParams(mr), k.h.UnpackMarketParams)
	if err != nil || m.Arg0 != mp.Status || m.Arg1 != mp.ImfPpm || m.Arg2 != mp.MmfPpm || m.Arg3 != mp.TierImfPpm || m.Arg4 != mp.TierMmfPpm {
		k.e.t.Fatalf("market params decode to %+v, %v", m, err)
	}
	k.typeCheck = append(k.typeCheck, typedRecord{mr, state.RecordMarketParams, k.market})
}

// types checks the type and market the contract reads from every record checked so far.
func (k *compactCheck) types() {
	for _, r := range k.typeCheck {
		if got, err := call(k.e.ctx, k.c, k.h.PackTypeOf(r.rec), k.h.UnpackTypeOf); err != nil || got.Arg0 != r.typ || got.Arg1 != r.m {
			k.e.t.Fatalf("type of %x: %+v, %v; want %d, %d", r.rec, got, err, r.typ, r.m)
		}
	}
}

// TestCompactRecordsSolidity is the Go ↔ Solidity differential of the compact records L1 acts on
// (docs/PROTOCOL.md §6.1): for random Deposit, Withdrawal, ForcedWithdrawal, ForcedTrade and MarketParams
// records at and inside their limits, the contract's deposit record (with its Poseidon2 tag) equals
// state.EncodeCompact's, its withdrawal and forced trade tags equal Go's, it decodes every field Go encoded, and
// it refuses a withdrawal address its record's tag does not bind (WithdrawalTagMismatch).
func TestCompactRecordsSolidity(t *testing.T) {
	e, h, addr := compactRecordsEnv(t)
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
		k := &compactCheck{e: e, h: h, c: h.Instance(e.b, addr), id: uint32(pick(1<<state.AccountTreeDepth - 1)),
			amount: pick(state.MaxAmount - 1), a: randAddr(), b: randAddr(), market: uint8(1 + rng.IntN(state.MarketCount)),
			valid: rng.IntN(2) == 0}
		var key [32]byte
		for j := range key {
			key[j] = byte(rng.Uint32())
		}
		key[0] &= 0x9f // y below r, with either parity bit
		k.deposit(key)
		k.withdrawals(uint16(pick(1<<state.SlotTreeDepth-1)), uint32(pick(state.MaxRecordNonce)))
		k.forcedTrade(pick(1<<48-1), pick(1<<48-1), rng.IntN(2) == 0)
		k.marketParams(&state.MarketParamsRecord{Status: uint8(rng.IntN(4)), ImfPpm: uint32(pick(1<<24 - 1)),
			MmfPpm: uint32(pick(1<<24 - 1)), TierImfPpm: uint32(pick(1<<24 - 1)), TierMmfPpm: uint32(pick(1<<24 - 1))})
		k.types()
	}
	gas, err := call(e.ctx, h.Instance(e.b, addr), h.PackDepositTagGas(), h.UnpackDepositTagGas)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("deposit tag: %v gas (one Poseidon2 compression, warm)", gas)
}

package l1

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/state"
)

// secp256k1N is the order of secp256k1's group.
var secp256k1N = crypto.S256().Params().N

// sign returns user u's consent signature for req on the test rollup.
func (e *env) sign(u int, req ForcedTradeRequest) []byte {
	e.t.Helper()
	sig, err := SignForcedTradeConsent(e.sim.keys[u], big.NewInt(SimChainID), e.rollup.Address(), req)
	if err != nil {
		e.t.Fatal(err)
	}
	return sig
}

// forcedTrade sends req from user u with signature sig.
func (e *env) forcedTrade(u int, req ForcedTradeRequest, sig []byte) (uint64, error) {
	idx, _, err := e.rollup.ForcedTrade(e.ctx, e.sim.Transactor(u), req, sig)
	return idx, err
}

// tradeRecord is the ForcedTrade record serving req, requested by addrA with addrB's consent.
func tradeRecord(req ForcedTradeRequest, addrA, addrB common.Address, valid bool) state.Record {
	return state.Record{ForcedTrade: &state.ForcedTradeRecord{Market: req.Market, AIsBuy: req.AIsBuy, AccountA: req.AccountA,
		AccountB: req.AccountB, SizeQuantums: req.SizeQuantums, Price: req.Price, AddrA: state.L1Address(addrA),
		AddrB: state.L1Address(addrB), Valid: valid}}
}

// tradeEnv is a test rollup with account a owned by user 1 and account b owned by user 2.
func tradeEnv(t *testing.T) (e *env, a, b uint32, deps []state.DepositRecord) {
	e = newEnv(t)
	a, depA := e.account(1, 1_000)
	b, depB := e.account(2, 1_000)
	return e, a, b, []state.DepositRecord{depA, depB}
}

// request returns a valid forced trade of a with b requested by user 1, A buying 2 base quantums at 3 · 10^6,
// consent valid for a day.
func (e *env) request(a, b uint32, nonce uint64) ForcedTradeRequest {
	return ForcedTradeRequest{Requester: e.sim.Address(1), AccountA: a, AccountB: b, Market: 1, AIsBuy: true, SizeQuantums: 2, Price: 3_000_000,
		Expiry: e.blockTime() + 86400, Nonce: nonce}
}

// TestForcedTradeQueue checks a forced trade with a valid consent queues its entry (the ForcedTrade record with
// valid 0) and logs every field; that the Go consent is the contract's; that a consent queues once; that only
// A's owner may file it for an account L1 knows; and that a batch consumes the entry as a valid or an invalid
// record, crediting nothing, and only as the record it is.
func TestForcedTradeQueue(t *testing.T) {
	e, a, b, deps := tradeEnv(t)
	req := e.request(a, b, 1)
	consent := ForcedTradeConsent(big.NewInt(SimChainID), e.rollup.Address(), req)
	onChain, err := call(e.ctx, e.rollup.contract, e.rollup.abi.PackForcedTradeConsent(req.abi()), e.rollup.abi.UnpackForcedTradeConsent)
	if err != nil || onChain != consent {
		t.Fatalf("contract consent %x %v, Go %x", onChain, err, consent)
	}
	sig := e.sign(2, req)
	idx, receipt, err := e.rollup.ForcedTrade(e.ctx, e.sim.Transactor(1), req, sig)
	if err != nil {
		t.Fatal(err)
	}
	if idx != 2 {
		t.Fatalf("queue index %d, want 2", idx)
	}
	rec := tradeRecord(req, e.sim.Address(1), e.sim.Address(2), false)
	checkEntry(t, e.queueEntry(idx), encode(t, rec), e.serviceTime())
	ev, err := e.rollup.abi.UnpackForcedTradeQueuedEvent(receipt.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	if ev.QueueIndex != idx || ev.AccountA != a || ev.AccountB != b || ev.Market != 1 || !ev.AIsBuy || ev.Size != 2 ||
		ev.Price != 3_000_000 || ev.Requester != e.sim.Address(1) || ev.Counterparty != e.sim.Address(2) {
		t.Fatalf("ForcedTradeQueued %+v", ev)
	}
	if used, err := e.rollup.ConsentUsed(e.ctx, consent); err != nil || !used {
		t.Fatalf("consent used %v %v", used, err)
	}
	_, err = e.forcedTrade(1, req, sig)
	if args := wantRevert(t, err, "ConsentUsed"); args[0].([32]byte) != consent {
		t.Fatalf("ConsentUsed%v", args)
	}
	// Only the requester B's consent names may use it: nobody else can use it up.
	other := e.request(a, b, 2)
	_, err = e.forcedTrade(2, other, e.sign(2, other))
	if args := wantRevert(t, err, "NotRequester"); args[0].(common.Address) != e.sim.Address(1) || args[1].(common.Address) != e.sim.Address(2) {
		t.Fatalf("NotRequester%v", args)
	}
	// A requester that does not own A (an account L1 knows) is refused too.
	other.Requester = e.sim.Address(2)
	_, err = e.forcedTrade(2, other, e.sign(2, other))
	if args := wantRevert(t, err, "NotAccountOwner"); args[0].(uint32) != a || args[1].(common.Address) != e.sim.Address(2) {
		t.Fatalf("NotAccountOwner%v", args)
	}
	// The other side, A selling: a second entry.
	sell := e.request(a, b, 3)
	sell.AIsBuy = false
	idx2, err := e.forcedTrade(1, sell, e.sign(2, sell))
	if err != nil {
		t.Fatal(err)
	}
	sellRec := tradeRecord(sell, e.sim.Address(1), e.sim.Address(2), false)
	checkEntry(t, e.queueEntry(idx2), encode(t, sellRec), e.serviceTime())

	mismatch := func(name string, records ...state.Record) {
		t.Helper()
		if err := e.applyRecords(records...); err == nil {
			t.Fatalf("%s: accepted", name)
		} else {
			wantRevert(t, err, "QueueMismatch")
		}
	}
	d0, d1 := depositRec(deps[0]), depositRec(deps[1])
	for name, edit := range map[string]func(f *state.ForcedTradeRecord){
		"market":    func(f *state.ForcedTradeRecord) { f.Market = 2 },
		"side":      func(f *state.ForcedTradeRecord) { f.AIsBuy = false },
		"account A": func(f *state.ForcedTradeRecord) { f.AccountA = b },
		"account B": func(f *state.ForcedTradeRecord) { f.AccountB++ },
		"size":      func(f *state.ForcedTradeRecord) { f.SizeQuantums++ },
		"price":     func(f *state.ForcedTradeRecord) { f.Price-- },
		"addrA":     func(f *state.ForcedTradeRecord) { f.AddrA[19] ^= 1 },
		"addrB":     func(f *state.ForcedTradeRecord) { f.AddrB = f.AddrA },
	} {
		f := *rec.ForcedTrade
		edit(&f)
		mismatch(name, d0, d1, state.Record{ForcedTrade: &f})
	}
	fw := state.Record{ForcedWithdrawal: &state.ForcedWithdrawalRecord{AccountID: a, AmountQuantums: 2, L1Address: state.L1Address(e.sim.Address(1))}}
	mismatch("a forced withdrawal for a forced trade", d0, d1, fw)
	mismatch("a deposit for a forced trade", d0, d1, d0)
	mismatch("the forced trades swapped", d0, d1, tradeRecord(sell, e.sim.Address(1), e.sim.Address(2), true))

	// Served, valid and invalid: the valid byte is not hashed, and nothing but the bonds is credited: the valid
	// trade's back to its requester, the invalid one's to the operator.
	ts := e.blockTime()
	root, pubdata, proof := e.batch(5, ts, d0, d1)
	if _, err := NewSubmitter(e.rollup, e.op()).CommitBatch(e.ctx, root, ts, pubdata, withdrawalsOf(pubdata), proof); err != nil {
		t.Fatal(err)
	}
	root, pubdata, proof = e.batch(6, ts, tradeRecord(req, e.sim.Address(1), e.sim.Address(2), true), tradeRecord(sell, e.sim.Address(1), e.sim.Address(2), false))
	if _, err := NewSubmitter(e.rollup, e.op()).CommitBatch(e.ctx, root, ts, pubdata, withdrawalsOf(pubdata), proof); err != nil {
		t.Fatal(err)
	}
	if s := e.status(); s.QueueHead != 4 || s.QueueCount != 4 {
		t.Fatalf("status %+v", s)
	}
	for u, want := range map[int]uint64{1: forcedBond, 2: 0, operatorIdx: forcedBond} {
		if p, _ := e.rollup.PendingWithdrawal(e.ctx, e.sim.Address(u)); p.Uint64() != want {
			t.Fatalf("user %d credited %d, want %d", u, p, want)
		}
	}
	for i := range uint64(4) {
		if e.queueEntry(i).Sign() != 0 {
			t.Fatalf("queue entry %d not deleted", i)
		}
	}
}

// TestForcedTradeConsent checks the consent's expiry at its limit and the signature rules: 65 bytes, v 27 or 28,
// s in the lower half (the high-s twin of a valid signature is refused), a signer that recovers, and — for an
// account L1 created — B's owner. For an L2 sub-account B, whoever signs is the record's addrB.
func TestForcedTradeConsent(t *testing.T) {
	e, a, b, _ := tradeEnv(t)
	req := e.request(a, b, 1)
	req.Expiry = e.blockTime() + 100
	sig := e.sign(2, req)
	err := e.txAt(req.Expiry+1, 1, e.rollup.abi.PackForcedTrade(req.abi(), sig))
	if args := wantRevert(t, err, "ConsentExpired"); args[0].(uint64) != req.Expiry {
		t.Fatalf("ConsentExpired%v", args)
	}
	req.Expiry = e.blockTime() + 100
	sig = e.sign(2, req)
	if err := e.txAt(req.Expiry, 1, e.rollup.abi.PackForcedTrade(req.abi(), sig)); err != nil {
		t.Fatalf("at expiry: %v", err)
	}

	req = e.request(a, b, 2)
	sig = e.sign(2, req)
	with := func(edit func(s []byte) []byte) []byte { return edit(append([]byte(nil), sig...)) }
	highS := with(func(s []byte) []byte {
		v := new(big.Int).Sub(secp256k1N, new(big.Int).SetBytes(s[32:64]))
		v.FillBytes(s[32:64])
		s[64] = 27 + 28 - s[64] // 27 ↔ 28: the same signer
		return s
	})
	if pub, err := crypto.SigToPub(accountsTextHash(ForcedTradeConsent(big.NewInt(SimChainID), e.rollup.Address(), req)), append(highS[:64:64], highS[64]-27)); err != nil ||
		crypto.PubkeyToAddress(*pub) != e.sim.Address(2) {
		t.Fatalf("the high-s twin does not recover B's owner: %v", err)
	}
	for name, bad := range map[string][]byte{
		"64 bytes":     sig[:64],
		"66 bytes":     append(append([]byte(nil), sig...), 0),
		"v 0":          with(func(s []byte) []byte { s[64] -= 27; return s }),
		"v 1":          with(func(s []byte) []byte { s[64] = 1; return s }),
		"v 29":         with(func(s []byte) []byte { s[64] = 29; return s }),
		"high s":       highS,
		"r zero":       with(func(s []byte) []byte { clear(s[:32]); return s }),
		"r flipped":    with(func(s []byte) []byte { s[5] ^= 1; return s }), // recovers another address
		"wrong signer": e.sign(3, req),
		"A's owner":    e.sign(1, req),
		"other nonce":  e.sign(2, e.request(a, b, 3)),
	} {
		_, err := e.forcedTrade(1, req, bad)
		if err == nil {
			t.Fatalf("%s: accepted", name)
		}
		wantRevert(t, err, "InvalidSignature")
	}
	if _, err := e.forcedTrade(1, req, sig); err != nil {
		t.Fatalf("the valid signature after the bad ones: %v", err)
	}

	// L2 sub-accounts: no owner on L1, so the caller and the signer are the record's addresses as they are.
	sub := e.request(state.L2AccountBase+7, state.L2AccountBase, 4)
	sub.Requester = e.sim.Address(4)
	idx, err := e.forcedTrade(4, sub, e.sign(3, sub))
	if err != nil {
		t.Fatal(err)
	}
	checkEntry(t, e.queueEntry(idx), encode(t, tradeRecord(sub, e.sim.Address(4), e.sim.Address(3), false)), e.serviceTime())
	// An id L1 has not assigned yet has no owner either side.
	unknown := e.request(a, b+1, 5)
	_, err = e.forcedTrade(1, unknown, e.sign(2, unknown))
	wantRevert(t, err, "InvalidSignature")
	unknown = e.request(b+1, b, 6)
	_, err = e.forcedTrade(1, unknown, e.sign(2, unknown))
	wantRevert(t, err, "NotAccountOwner")
}

// accountsTextHash is the EIP-191 personal-message hash of a 32-byte message.
func accountsTextHash(m [32]byte) []byte {
	return crypto.Keccak256([]byte("\x19Ethereum Signed Message:\n32"), m[:])
}

// TestForcedTradeBounds checks each InvalidForcedTrade bound at its limit (queued) and one past it (refused),
// and that the sequencer holds a queued record to the same bounds (engine.CheckQueuedForcedTrade).
func TestForcedTradeBounds(t *testing.T) {
	e, a, b, _ := tradeEnv(t)
	const top = 1<<state.AccountTreeDepth - 1
	var nonce uint64
	cases := []struct {
		name string
		edit func(q *ForcedTradeRequest)
		ok   bool
	}{
		{"A = B", func(q *ForcedTradeRequest) { q.AccountB = q.AccountA }, false},
		{"A = 2^24 − 1", func(q *ForcedTradeRequest) { q.AccountA = top }, true},
		{"A = 2^24", func(q *ForcedTradeRequest) { q.AccountA = top + 1 }, false},
		{"B = 2^24 − 1", func(q *ForcedTradeRequest) { q.AccountB = top }, true},
		{"B = 2^24", func(q *ForcedTradeRequest) { q.AccountB = top + 1 }, false},
		{"market 1", func(q *ForcedTradeRequest) { q.Market = 1 }, true},
		{"market 8", func(q *ForcedTradeRequest) { q.Market = state.MarketCount }, true},
		{"market 0", func(q *ForcedTradeRequest) { q.Market = 0 }, false},
		{"market 9", func(q *ForcedTradeRequest) { q.Market = state.MarketCount + 1 }, false},
		{"size 1", func(q *ForcedTradeRequest) { q.SizeQuantums, q.Price = 1, 1_000_000 }, true},
		{"size 0", func(q *ForcedTradeRequest) { q.SizeQuantums, q.Price = 0, 1_000_000 }, false},
		{"size 2^48 − 1", func(q *ForcedTradeRequest) { q.SizeQuantums, q.Price = 1<<48-1, 1_000_000 }, true},
		{"size 2^48", func(q *ForcedTradeRequest) { q.SizeQuantums, q.Price = 1<<48, 1_000_000 }, false},
		{"price 1", func(q *ForcedTradeRequest) { q.SizeQuantums, q.Price = 1_000_000, 1 }, true},
		{"price 0", func(q *ForcedTradeRequest) { q.SizeQuantums, q.Price = 1_000_000, 0 }, false},
		{"price 2^48 − 1", func(q *ForcedTradeRequest) { q.SizeQuantums, q.Price = 1_000_000, 1<<48-1 }, true},
		{"price 2^48", func(q *ForcedTradeRequest) { q.SizeQuantums, q.Price = 1_000_000, 1<<48 }, false},
		{"size · price ≡ 0 mod S", func(q *ForcedTradeRequest) { q.SizeQuantums, q.Price = 8, 125_000 }, true},
		{"size · price ≡ 1 mod S", func(q *ForcedTradeRequest) { q.SizeQuantums, q.Price = 1, 1_000_001 }, false},
		// 2^56 − 1 = (2^28 − 1)(2^28 + 1).
		{"quote 2^56 − 1", func(q *ForcedTradeRequest) { q.SizeQuantums, q.Price = 1<<28-1, 1_000_000*(1<<28+1) }, true},
		{"quote 2^56", func(q *ForcedTradeRequest) { q.SizeQuantums, q.Price = 1<<28, 1_000_000<<28 }, false},
	}
	for _, c := range cases {
		nonce++
		req := e.request(a, b, nonce)
		c.edit(&req)
		r := tradeRecord(req, e.sim.Address(1), e.sim.Address(2), false).ForcedTrade
		if _, goErr := engine.CheckQueuedForcedTrade(r); (goErr == nil) != c.ok {
			t.Fatalf("%s: the sequencer's bounds say %v, want accepted %v", c.name, goErr, c.ok)
		}
		_, err := e.forcedTrade(1, req, e.sign(2, req))
		if c.ok {
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			continue
		}
		if err == nil {
			t.Fatalf("%s: accepted", c.name)
		}
		wantRevert(t, err, "InvalidForcedTrade")
	}
}

// TestForcedWithdrawalSubAccount checks anyone may force a withdrawal from an L2 sub-account (ids from
// L2AccountBase: L1 knows no owner, the batch's proof decides), that an id L1 has not assigned below it still
// needs its owner, and that ids from 2^24 are refused.
func TestForcedWithdrawalSubAccount(t *testing.T) {
	e := newEnv(t)
	e.account(1, 10)
	for _, id := range []uint32{state.L2AccountBase, 1<<state.AccountTreeDepth - 1} {
		for _, u := range []int{1, 5} {
			idx, _, err := e.rollup.ForcedWithdrawal(e.ctx, e.sim.Transactor(u), id, 9)
			if err != nil {
				t.Fatalf("account %d from user %d: %v", id, u, err)
			}
			req := state.ForcedWithdrawalRecord{AccountID: id, AmountQuantums: 9, L1Address: state.L1Address(e.sim.Address(u))}
			checkEntry(t, e.queueEntry(idx), encode(t, forcedRec(req, false)), e.serviceTime())
		}
	}
	_, _, err := e.rollup.ForcedWithdrawal(e.ctx, e.sim.Transactor(1), state.L2AccountBase-1, 9)
	wantRevert(t, err, "NotAccountOwner")
	_, _, err = e.rollup.ForcedWithdrawal(e.ctx, e.sim.Transactor(1), 1<<state.AccountTreeDepth, 9)
	if args := wantRevert(t, err, "AccountOutOfRange"); args[0].(uint32) != 1<<state.AccountTreeDepth {
		t.Fatalf("AccountOutOfRange%v", args)
	}
}

// TestSecurityFreezeForcedTrade checks an unserved forced trade freezes the rollup exactly FREEZE_GRACE_PERIOD
// after it was queued and not a second earlier, and that a frozen rollup refuses forced trades and market
// changes.
func TestSecurityFreezeForcedTrade(t *testing.T) {
	e, a, b, _ := tradeEnv(t)
	req := e.request(a, b, 1)
	req.Expiry = e.blockTime() + 30*86400
	idx, err := e.forcedTrade(1, req, e.sign(2, req))
	if err != nil {
		t.Fatal(err)
	}
	e.freezeAtDue(idx)
	next := e.request(a, b, 2)
	_, err = e.forcedTrade(1, next, e.sign(2, next))
	wantRevert(t, err, "RollupFrozen")
	guard := e.sim.Transactor(guardianIdx)
	_, _, err = e.rollup.SetReduceOnly(e.ctx, guard, 1)
	wantRevert(t, err, "RollupFrozen")
	_, _, err = e.rollup.RaiseMarginFractions(e.ctx, guard, 1, 60_000, 30_000, 0, 0)
	wantRevert(t, err, "RollupFrozen")
	_, err = e.rollup.ProposeMarketParams(e.ctx, e.sim.Transactor(governorIdx), state.MarketParamsRecord{Market: 1, Status: state.MarketSettled, ImfPpm: 50_000, MmfPpm: 30_000})
	wantRevert(t, err, "RollupFrozen")
}

// freezeAtDue checks freeze(idx) is NotOverdue one second before FREEZE_GRACE_PERIOD has passed since the entry
// was queued and freezes at that second.
func (e *env) freezeAtDue(idx uint64) {
	e.t.Helper()
	due := e.entryTime(idx) + freezeGrace
	err := e.txAt(due-1, 5, e.rollup.abi.PackFreeze(idx))
	if args := wantRevert(e.t, err, "NotOverdue"); args[0].(uint64) != idx || args[1].(*big.Int).Uint64() != due {
		e.t.Fatalf("NotOverdue%v, want due %d", args, due)
	}
	if err := e.txAt(due, 5, e.rollup.abi.PackFreeze(idx)); err != nil {
		e.t.Fatalf("freeze when due: %v", err)
	}
	if s := e.status(); !s.Frozen() || s.FrozenAt != due {
		e.t.Fatalf("status %+v", s)
	}
}

// blockCall is one transaction of oneBlock: data sent to the rollup from user u.
type blockCall struct {
	u    int
	data []byte
}

// oneBlock sends every call from user u into one block; see oneBlockOf.
func (e *env) oneBlock(u int, calls [][]byte) (*big.Int, []bool) {
	e.t.Helper()
	bc := make([]blockCall, len(calls))
	for i, data := range calls {
		bc[i] = blockCall{u, data}
	}
	return e.oneBlockOf(bc)
}

// oneBlockOf sends the calls, in order, into one block, through the backend's own client, which does not mine,
// and returns the block and whether each transaction succeeded.
func (e *env) oneBlockOf(calls []blockCall) (*big.Int, []bool) {
	e.t.Helper()
	receipts := e.oneBlockReceipts(calls, fixedGasLimit)
	ok := make([]bool, len(receipts))
	for i, r := range receipts {
		ok[i] = r.Status == types.ReceiptStatusSuccessful
	}
	return receipts[0].BlockNumber, ok
}

// poolWait bounds oneBlockReceipts' wait for the pool to admit its transactions and for their receipts.
const poolWait = 2 * time.Minute

// oneBlockReceipts sends the calls, in order and each with gas limit gas, into one block, through the backend's
// own client, which does not mine, mines the block and returns the calls' receipts.
func (e *env) oneBlockReceipts(calls []blockCall, gas uint64) []*types.Receipt {
	e.t.Helper()
	client := e.sim.backend.Client()
	next := map[int]uint64{}
	for _, c := range calls {
		if _, ok := next[c.u]; ok {
			continue
		}
		nonce, err := client.PendingNonceAt(e.ctx, e.sim.Address(c.u))
		if err != nil {
			e.t.Fatal(err)
		}
		next[c.u] = nonce
	}
	var hashes []common.Hash
	for _, c := range calls {
		opts := *e.sim.Transactor(c.u)
		opts.Context, opts.Nonce, opts.GasLimit = e.ctx, new(big.Int).SetUint64(next[c.u]), gas
		next[c.u]++
		tx, err := bind.Transact(e.rollup.abi.Instance(client, e.rollup.Address()), &opts, c.data)
		if err != nil {
			e.t.Fatal(err)
		}
		hashes = append(hashes, tx.Hash())
	}
	// The pool admits transactions and the chain indexes receipts asynchronously: wait for both, bounded by
	// poolWait, which only turns a pool that lost a transaction into a failure (the rehearsal ci8, on a
	// saturated 2-core machine, needed more than the 5 s this wait once allowed).
	deadline := time.Now().Add(poolWait)
	for u, want := range next {
		for {
			n, err := client.PendingNonceAt(e.ctx, e.sim.Address(u))
			if err != nil {
				e.t.Fatal(err)
			}
			if n == want {
				break
			}
			if time.Now().After(deadline) {
				e.t.Fatalf("pool holds %d of user %d's transactions", n, u)
			}
			time.Sleep(time.Millisecond)
		}
	}
	e.sim.Commit()
	var block *big.Int
	receipts := make([]*types.Receipt, len(hashes))
	for i, h := range hashes {
		r, err := client.TransactionReceipt(e.ctx, h)
		for err != nil && time.Now().Before(deadline) {
			time.Sleep(time.Millisecond)
			r, err = client.TransactionReceipt(e.ctx, h)
		}
		if err != nil {
			e.t.Fatal(err)
		}
		if block == nil {
			block = r.BlockNumber
		} else if r.BlockNumber.Cmp(block) != 0 {
			e.t.Fatalf("transaction %d mined in block %d, not %d", i, r.BlockNumber, block)
		}
		receipts[i] = r
	}
	return receipts
}

// callAt replays data from user u with eth_call at the end of block and returns its revert.
func (e *env) callAt(u int, data []byte, block *big.Int) error {
	addr := e.rollup.Address()
	_, err := e.b.CallContract(e.ctx, ethereum.CallMsg{From: e.sim.Address(u), To: &addr, Data: data, Gas: fixedGasLimit}, block)
	return decodeRevert(err)
}

package devnet

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/l1/bindings"
	"github.com/perpx/perpx/l1/escape"
	"github.com/perpx/perpx/l1/testbindings"
	"github.com/perpx/perpx/prover"
	"github.com/perpx/perpx/sequencer/client"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// freezeGrace is Rollup.FREEZE_GRACE_PERIOD.
const freezeGrace = 7 * 24 * time.Hour

// TestEscapeEndToEnd runs the escape hatch on the simulated chain with real proofs. Three traders deposit and
// trade (a partial fill, its completion by another trader, a trade in a second market) and one withdraws,
// through several proven batches; then the operator stops. A trader files a forced withdrawal that nobody
// serves; past the grace period a stranger freezes the rollup. The whole state is rebuilt from L1 data alone,
// the configuration included (the deployment published it; a rollup where nobody did returns
// escape.ErrConfigNotPublished), and must equal the sequencer's, account by account. Every account with value escapes and, once
// the claim window has closed, receives exactly the value the Go code computes from the sequencer's own state; a second escape reverts; an account with no
// leaf gets nothing; a deposit the operator never consumed is reclaimed while frozen. Before it escapes, each
// account's leaf and Merkle path as the sequencer serves them against the last verified root
// (GET /v1/accounts/{id}/proof) must be those of the rebuilt tree. The operator commits every third batch
// through a CommitForwarder contract that governance registered as an operator before the first batch, and
// the other even ones through an EIP-7702 delegation of its key to ScrambledOperator (routedCommit), so the
// rebuild must follow batches whose transactions call another contract, or neither call the rollup nor carry
// readable calldata.
func TestEscapeEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end proving is slow")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	sc := &routedCommit{}
	node, err := Start(ctx, Config{
		DataDir: t.TempDir(), KeyDir: prover.DefaultKeyDir(), APIAddr: "127.0.0.1:0",
		SealInterval: 300 * time.Millisecond, Progress: t.Logf, Commit: sc.commit, Setup: sc.registerForwarder,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer node.Close()

	alice := &Trader{Name: "alice", L1Index: 1, Key: wire.DevKey("escape alice")}
	bob := &Trader{Name: "bob", L1Index: 2, Key: wire.DevKey("escape bob")}
	carol := &Trader{Name: "carol", L1Index: 3, Key: wire.DevKey("escape carol")}
	traders := []*Trader{alice, bob, carol}
	for _, tr := range traders {
		if _, err := depositOnL1(ctx, node, tr, demoDepositQuantums); err != nil {
			t.Fatal(err)
		}
	}
	c := client.New(node.URL, nil)
	for _, tr := range traders {
		if err := waitCollateral(ctx, c, tr.Account, demoDepositQuantums); err != nil {
			t.Fatal(err)
		}
	}
	expiry := uint64(node.Sim.Now().Add(time.Hour).Unix()) // the chain's clock, past the governance delay
	var last uint64
	place := func(tr *Trader, o client.Order, wantFills int) {
		t.Helper()
		o.Account, o.Expiry, o.MaxFeePpm = tr.Account, expiry, 1000
		res, err := c.PlaceOrder(ctx, tr.Key, o)
		if err != nil {
			t.Fatalf("%s's order: %v", tr.Name, err)
		}
		if len(res.Fills) != wantFills {
			t.Fatalf("%s's order: %d fills, want %d (%+v)", tr.Name, len(res.Fills), wantFills, res)
		}
		for _, f := range res.Fills {
			last = max(last, f.Batch)
		}
	}
	// Alice bids 0.02 BTC; Bob fills half, Carol the rest; Bob buys 1 ETH from Carol.
	place(alice, client.Order{Market: 1, Buy: true, Size: "0.02", Price: "100000", Flags: []string{"post_only"}, Slot: 0, Nonce: 1}, 0)
	place(bob, client.Order{Market: 1, Buy: false, Size: "0.01", Price: "99990", Slot: 0, Nonce: 1}, 1)
	place(carol, client.Order{Market: 1, Buy: false, Size: "0.01", Price: "100000", Slot: 0, Nonce: 1}, 1)
	place(bob, client.Order{Market: 2, Buy: true, Size: "1", Price: "3000", Flags: []string{"post_only"}, Slot: 1, Nonce: 1}, 0)
	place(carol, client.Order{Market: 2, Buy: false, Size: "1", Price: "2990", Slot: 1, Nonce: 1}, 1)
	w, err := c.Withdraw(ctx, carol.Key, client.Withdrawal{
		Account: carol.Account, Amount: "500", L1Address: state.L1Address(node.Sim.Address(carol.L1Index)),
		Slot: 2, Nonce: 1, Expiry: expiry,
	})
	if err != nil {
		t.Fatal(err)
	}
	last = max(last, w.Batch)
	for num := uint64(1); num <= last; num++ {
		cb, err := node.WaitCommitted(ctx, num)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("batch %d: %d txs, committed %s, gas %d", num, wal.TxCount(cb.Batch), sc.route(int(num)), cb.GasUsed)
	}
	if last < 3 || sc.scrambled.Load() == 0 || sc.forwarded.Load() == 0 {
		t.Fatalf("only %d batches, %d through the delegation, %d through the forwarder", last, sc.scrambled.Load(), sc.forwarded.Load())
	}
	if _, err := node.Rollup.Withdraw(ctx, node.Sim.Transactor(carol.L1Index)); err != nil {
		t.Fatal(err)
	}

	// The operator disappears. Dave's deposit and Bob's forced withdrawal are never served.
	node.StopOperator()
	if err := node.Err(); err != nil {
		t.Fatal(err)
	}
	// Users escape from the last batch L1 committed. The sequencer may have sealed later batches that the stopped
	// operator never committed (an oracle move alone seals one), so the root and prices to compare with are that
	// batch's, not the sequencer's latest; those later batches move no account.
	committed, err := node.Rollup.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	last = committed.BatchNumber
	frozenBatch, _, err := node.Service.Batch(last)
	if err != nil {
		t.Fatal(err)
	}
	frozenRoot := frozenBatch.Header.NewRoot
	dave := &Trader{Name: "dave", L1Index: 4, Key: wire.DevKey("escape dave")}
	if _, err := depositOnL1(ctx, node, dave, 1_000_000); err != nil {
		t.Fatal(err)
	}
	st, err := node.Rollup.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	daveQueueIndex := st.QueueCount - 1
	idx, rcpt, err := node.Rollup.ForcedWithdrawal(ctx, node.Sim.Transactor(bob.L1Index), bob.Account, 1_000_000_000)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("gas: forced withdrawal request %d", rcpt.GasUsed)
	stranger := node.Sim.Transactor(4)
	if _, err := escape.FindOverdue(ctx, node.Sim.Client(), node.Deployment.Rollup); !errors.Is(err, escape.ErrNoOverdueRequest) {
		t.Fatalf("overdue before the grace period: %v", err)
	}
	_, err = node.Rollup.Freeze(ctx, stranger, idx)
	wantRevert(t, err, "NotOverdue")
	if err := node.Sim.AdjustTime(freezeGrace + time.Minute); err != nil {
		t.Fatal(err)
	}
	overdue, err := escape.FindOverdue(ctx, node.Sim.Client(), node.Deployment.Rollup)
	if err != nil || overdue != idx {
		t.Fatalf("overdue request %d %v, want %d", overdue, err, idx)
	}
	rcpt, err = node.Rollup.Freeze(ctx, stranger, overdue)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("gas: freeze %d", rcpt.GasUsed)

	// Rebuild from L1 data alone, the configuration from the ConfigPublished log of the deployment, and compare
	// with the sequencer's state. A rollup without batches needs no configuration: one whose configuration
	// nobody published rebuilds to its genesis.
	unpublished, err := freshRollup(ctx, node, ConfigHash)
	if err != nil {
		t.Fatal(err)
	}
	empty, err := escape.Rebuild(ctx, node.Sim.Client(), unpublished.Address(), escape.Options{Config: nil})
	if err != nil || empty.Batches != 0 {
		t.Fatalf("rebuild of a rollup without batches or a published configuration: %v", err)
	}
	if err := empty.Close(); err != nil {
		t.Fatal(err)
	}
	rebuilt, err := escape.Rebuild(ctx, node.Sim.Client(), node.Deployment.Rollup, escape.Options{Progress: t.Logf, Config: nil})
	if err != nil {
		t.Fatal(err)
	}
	defer rebuilt.Close()
	if rebuilt.Root != frozenRoot || rebuilt.Batches != last || !rebuilt.Status.Frozen() {
		t.Fatalf("rebuilt %d batches to %s (frozen %v), sequencer root %s after %d", rebuilt.Batches, rebuilt.Root.String(), rebuilt.Status.Frozen(), frozenRoot.String(), last)
	}
	markets := frozenBatch.NewMarkets
	escrowBefore, err := node.Token.BalanceOf(ctx, node.Deployment.Rollup)
	if err != nil {
		t.Fatal(err)
	}
	paid := new(big.Int)
	values := map[string]*big.Int{}
	for _, tr := range traders {
		want, err := node.Tree.Account(tr.Account)
		if err != nil {
			t.Fatal(err)
		}
		got, err := rebuilt.Tree.Account(tr.Account)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Fatalf("%s: rebuilt account %+v, sequencer's %+v", tr.Name, got, want)
		}
		checkServedProof(ctx, t, c, rebuilt, tr.Account, last)
		for slot := range uint16(3) {
			ws, _ := node.Tree.Slot(tr.Account, slot)
			gs, _ := rebuilt.Tree.Slot(tr.Account, slot)
			if ws != gs {
				t.Fatalf("%s slot %d: rebuilt %+v, sequencer's %+v", tr.Name, slot, gs, ws)
			}
		}
		value, err := l1.EscapeValue(&want, &markets) // the Go value, from the sequencer's own state
		if err != nil || value.Sign() <= 0 {
			t.Fatalf("%s has no value: %+v", tr.Name, want)
		}
		res, err := escape.Run(ctx, node.Sim.Client(), rebuilt, tr.Account, node.Sim.Transactor(tr.L1Index))
		if err != nil {
			t.Fatalf("%s escapes: %v", tr.Name, err)
		}
		if res.Claim.Value.Cmp(value) != 0 || res.Withdraw != nil {
			t.Fatalf("%s claimed %s (withdrawn %v within the claim window), Go value %s", tr.Name, res.Claim.Value, res.Withdraw != nil, value)
		}
		values[tr.Name] = value
		paid.Add(paid, value)
		t.Logf("%s escaped with %s USDC (collateral %d); gas: escape %d", tr.Name,
			wire.FormatAmount(value.Int64()), want.CollateralQuantums, res.Escape.GasUsed)
		_, err = escape.Run(ctx, node.Sim.Client(), rebuilt, tr.Account, stranger)
		if !errors.Is(err, escape.ErrAlreadyEscaped) {
			t.Fatalf("%s's second escape: %v", tr.Name, err)
		}
		claim, err := rebuilt.Claim(tr.Account)
		if err != nil {
			t.Fatal(err)
		}
		_, err = node.Rollup.Escape(ctx, stranger, claim.Proof)
		wantRevert(t, err, "AlreadyEscaped")
	}
	// Dave's deposit never reached the state: his account has no leaf and nothing to escape, and his deposit
	// comes back while frozen.
	if _, err := escape.Run(ctx, node.Sim.Client(), rebuilt, dave.Account, stranger); !errors.Is(err, escape.ErrNothingToEscape) {
		t.Fatalf("dave escapes: %v", err)
	}
	daveBefore, err := node.Token.BalanceOf(ctx, node.Sim.Address(dave.L1Index))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := node.Rollup.ReclaimDeposit(ctx, node.Sim.Transactor(dave.L1Index), daveQueueIndex, state.DepositRecord{
		AccountID: dave.Account, AmountQuantums: 1_000_000, L1Address: state.L1Address(node.Sim.Address(dave.L1Index)), PubKey: dave.Key.PubKey().Compressed(),
	}); err != nil {
		t.Fatal(err)
	}
	daveAfter, err := node.Token.BalanceOf(ctx, node.Sim.Address(dave.L1Index))
	if err != nil || new(big.Int).Sub(daveAfter, daveBefore).Int64() != 1_000_000 {
		t.Fatalf("dave reclaimed %v %v, want 1000000", new(big.Int).Sub(daveAfter, daveBefore), err)
	}
	// Bob's forced withdrawal was never served: its bond comes back while frozen.
	bobReq := state.ForcedWithdrawalRecord{AccountID: bob.Account, AmountQuantums: 1_000_000_000, L1Address: state.L1Address(node.Sim.Address(bob.L1Index))}
	if _, err := node.Rollup.ReclaimBond(ctx, stranger, idx, state.Record{ForcedWithdrawal: &bobReq}); err != nil {
		t.Fatal(err)
	}
	// The claims are paid once the claim window has closed, in full: the book is solvent.
	if _, _, err := escape.Withdraw(ctx, node.Sim.Client(), node.Deployment.Rollup, node.Sim.Transactor(alice.L1Index), nil); !errors.Is(err, escape.ErrClaimWindowOpen) {
		t.Fatalf("withdraw within the claim window: %v, want ErrClaimWindowOpen", err)
	}
	if err := node.Sim.AdjustTime(l1.EscapeClaimWindow * time.Second); err != nil {
		t.Fatal(err)
	}
	for _, tr := range traders {
		owner := node.Sim.Address(tr.L1Index)
		before, err := node.Token.BalanceOf(ctx, owner)
		if err != nil {
			t.Fatal(err)
		}
		_, rcpt, err := escape.Withdraw(ctx, node.Sim.Client(), node.Deployment.Rollup, node.Sim.Transactor(tr.L1Index), nil)
		if err != nil {
			t.Fatalf("%s withdraws: %v", tr.Name, err)
		}
		after, err := node.Token.BalanceOf(ctx, owner)
		if err != nil {
			t.Fatal(err)
		}
		if got := new(big.Int).Sub(after, before); got.Cmp(values[tr.Name]) != 0 {
			t.Fatalf("%s received %s, Go value %s", tr.Name, got, values[tr.Name])
		}
		t.Logf("%s withdrew %s; gas %d", tr.Name, values[tr.Name], rcpt.GasUsed)
	}
	// What is left in escrow is exactly the fee pool: every quantum deposited went to a trader or the fees.
	escrowAfter, err := node.Token.BalanceOf(ctx, node.Deployment.Rollup)
	if err != nil {
		t.Fatal(err)
	}
	left := new(big.Int).Sub(escrowBefore, paid)
	left.Sub(left, big.NewInt(1_000_000+l1.ForcedRequestBond))
	if g := node.Tree.Globals(); left.Cmp(escrowAfter) != 0 || escrowAfter.Uint64() != g.FeePoolQuantums {
		t.Fatalf("escrow %s after escapes, want %s = fee pool %d", escrowAfter, left, g.FeePoolQuantums)
	}
}

// checkServedProof waits until the sequencer serves account's proof against batch last and requires its root,
// leaf hash and siblings to be those of the tree rebuilt from L1.
func checkServedProof(ctx context.Context, t *testing.T, c *client.Client, rebuilt *escape.State, account uint32, last uint64) {
	t.Helper()
	var p *wire.AccountProofJSON
	for p == nil || p.Batch < last {
		var err error
		var ae *client.APIError
		if p, err = c.AccountProof(ctx, account); err != nil && !(errors.As(err, &ae) && ae.Code == "not_verified") {
			t.Fatalf("account %d's proof: %v", account, err)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("account %d's proof still at batch %+v: %v", account, p, ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
	a, err := rebuilt.Tree.Account(account)
	if err != nil {
		t.Fatal(err)
	}
	sib, err := rebuilt.Tree.AccountProof(account)
	if err != nil {
		t.Fatal(err)
	}
	if p.Batch != last || p.Root != wire.WordHex(rebuilt.Root) || p.LeafHash != wire.WordHex(a.Hash()) || !slices.Equal(p.Siblings, wire.WordsHex(sib[:])) {
		t.Fatalf("account %d: served proof %+v; rebuilt root %s, leaf hash %s after batch %d", account, p, wire.WordHex(rebuilt.Root), wire.WordHex(a.Hash()), last)
	}
}

// wantRevert fails unless err is a revert with the named custom error.
func wantRevert(t *testing.T, err error, name string) {
	t.Helper()
	var re *l1.RevertError
	if !errors.As(err, &re) || re.Name != name {
		t.Fatalf("got %v, want revert %s", err, name)
	}
}

// TestSecurityHonestOperatorServesForcedWithdrawals files a valid and an invalid forced withdrawal against a
// running devnet: the operator serves both in proven batches (the valid one credited on L1, the invalid one
// proven invalid and credited nothing), and long after the grace period neither can freeze the rollup.
func TestSecurityHonestOperatorServesForcedWithdrawals(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end proving is slow")
	}
	ctx, node := startServing(t)
	alice := &Trader{Name: "alice", L1Index: 1, Key: wire.DevKey("forced alice")}
	if _, err := depositOnL1(ctx, node, alice, demoDepositQuantums); err != nil {
		t.Fatal(err)
	}
	auth := node.Sim.Transactor(alice.L1Index)
	const amount = 1_000_000_000
	valid, _, err := node.Rollup.ForcedWithdrawal(ctx, auth, alice.Account, amount)
	if err != nil {
		t.Fatal(err)
	}
	invalid, _, err := node.Rollup.ForcedWithdrawal(ctx, auth, alice.Account, demoDepositQuantums) // more than is left
	if err != nil {
		t.Fatal(err)
	}
	waitServed(t, ctx, node, invalid)
	if err := node.Sim.AdjustTime(3 * freezeGrace); err != nil {
		t.Fatal(err)
	}
	for _, idx := range []uint64{valid, invalid} {
		_, err := node.Rollup.Freeze(ctx, node.Sim.Transactor(4), idx)
		wantRevert(t, err, "NotPending")
	}
	if _, err := escape.FindOverdue(ctx, node.Sim.Client(), node.Deployment.Rollup); !errors.Is(err, escape.ErrNoOverdueRequest) {
		t.Fatalf("overdue request: %v", err)
	}
	// The valid request's amount and bond; the invalid one's bond goes to the operator.
	if p, err := node.Rollup.PendingWithdrawal(ctx, auth.From); err != nil || p.Int64() != amount+l1.ForcedRequestBond {
		t.Fatalf("credited %v %v, want %d and the bond", p, err, amount)
	}
	a, err := node.Tree.Account(alice.Account)
	if err != nil || a.CollateralQuantums != demoDepositQuantums-amount {
		t.Fatalf("collateral %d %v, want %d", a.CollateralQuantums, err, demoDepositQuantums-amount)
	}
}

// TestSecurityHonestOperatorServesForcedTradesAndMarketParams queues a valid and an invalid forced trade (each
// with the counterparty's L1 consent) and a guardian's reduce-only change on the devnet: the operator serves
// all three in proven batches, so none can freeze the rollup, the valid trade moves both positions and the
// market is reduce-only in the state the proofs commit to; after a later freeze the state rebuilt from L1 alone
// agrees.
func TestSecurityHonestOperatorServesForcedTradesAndMarketParams(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end proving is slow")
	}
	ctx, node := startServing(t)
	alice := &Trader{Name: "alice", L1Index: 1, Key: wire.DevKey("forced-trade alice")}
	bob := &Trader{Name: "bob", L1Index: 2, Key: wire.DevKey("forced-trade bob")}
	for _, tr := range []*Trader{alice, bob} {
		if _, err := depositOnL1(ctx, node, tr, demoDepositQuantums); err != nil {
			t.Fatal(err)
		}
	}
	m := GenesisMarkets()[0] // BTC-USD
	request := func(size uint64, nonce uint64) (l1.ForcedTradeRequest, []byte) {
		req := l1.ForcedTradeRequest{Requester: node.Sim.Address(alice.L1Index), AccountA: alice.Account, AccountB: bob.Account,
			Market: 1, AIsBuy: true, SizeQuantums: size, Price: m.OraclePrice, Expiry: uint64(node.Sim.Now().Add(time.Hour).Unix()), Nonce: nonce}
		sig, err := l1.SignForcedTradeConsent(node.Sim.Key(bob.L1Index), big.NewInt(l1.SimChainID), node.Deployment.Rollup, req)
		if err != nil {
			t.Fatal(err)
		}
		return req, sig
	}
	auth := node.Sim.Transactor(alice.L1Index)
	req, sig := request(m.StepSize, 1)
	valid, _, err := node.Rollup.ForcedTrade(ctx, auth, req, sig)
	if err != nil {
		t.Fatal(err)
	}
	req, sig = request(m.StepSize+m.StepSize/2, 2) // off the step: served as invalid
	invalid, _, err := node.Rollup.ForcedTrade(ctx, auth, req, sig)
	if err != nil {
		t.Fatal(err)
	}
	params, _, err := node.Rollup.SetReduceOnly(ctx, node.Sim.Transactor(node.Operator()), 2)
	if err != nil {
		t.Fatal(err)
	}
	waitServed(t, ctx, node, params)
	if err := node.Sim.AdjustTime(3 * freezeGrace); err != nil {
		t.Fatal(err)
	}
	for _, idx := range []uint64{valid, invalid, params} {
		_, err := node.Rollup.Freeze(ctx, node.Sim.Transactor(4), idx)
		wantRevert(t, err, "NotPending")
	}
	for _, c := range []struct {
		tr   *Trader
		size int64
	}{{alice, int64(m.StepSize)}, {bob, -int64(m.StepSize)}} {
		a, err := node.Tree.Account(c.tr.Account)
		if err != nil {
			t.Fatal(err)
		}
		if j := a.PositionIndex(1); j < 0 || a.Positions[j].SizeQuantums != c.size {
			t.Fatalf("%s's BTC-USD position %+v, want size %d (one forced trade served as valid)", c.tr.Name, a.Positions, c.size)
		}
	}
	ms := node.Tree.Markets()
	if got := ms.Get(2).Status; got != state.MarketReduceOnly {
		t.Fatalf("market 2 status %d, want reduce-only", got)
	}

	// The operator stops; an unserved forced withdrawal freezes the rollup; the state rebuilt from L1 alone
	// (every root checked against the contract's) replays the forced trades and the market change.
	node.StopOperator()
	idx, _, err := node.Rollup.ForcedWithdrawal(ctx, auth, alice.Account, 1)
	if err != nil {
		t.Fatal(err)
	}
	if err := node.Sim.AdjustTime(freezeGrace + time.Minute); err != nil {
		t.Fatal(err)
	}
	if _, err := node.Rollup.Freeze(ctx, node.Sim.Transactor(4), idx); err != nil {
		t.Fatal(err)
	}
	cfg := ProtocolConfig()
	rebuilt, err := escape.Rebuild(ctx, node.Sim.Client(), node.Deployment.Rollup, escape.Options{Config: &cfg})
	if err != nil {
		t.Fatal(err)
	}
	defer rebuilt.Close()
	for _, tr := range []*Trader{alice, bob} {
		want, _ := node.Tree.Account(tr.Account)
		got, err := rebuilt.Tree.Account(tr.Account)
		if err != nil || got.Positions != want.Positions {
			t.Fatalf("%s: rebuilt positions %+v %v, sequencer's %+v", tr.Name, got.Positions, err, want.Positions)
		}
	}
	if rm := rebuilt.Tree.Markets(); rm.Get(2).Status != state.MarketReduceOnly {
		t.Fatalf("rebuilt market 2 status %d, want reduce-only", rm.Get(2).Status)
	}
}

// startServing starts a devnet node that seals every 300 ms, closed when the test ends, with a context that
// bounds the test.
func startServing(t *testing.T) (context.Context, *Node) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	t.Cleanup(cancel)
	node, err := Start(ctx, Config{
		DataDir: t.TempDir(), KeyDir: prover.DefaultKeyDir(), APIAddr: "127.0.0.1:0",
		SealInterval: 300 * time.Millisecond, Progress: t.Logf,
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { node.Close() })
	return ctx, node
}

// waitServed waits until a committed batch has consumed the queue entry at index idx.
func waitServed(t *testing.T, ctx context.Context, node *Node, idx uint64) {
	t.Helper()
	for {
		st, err := node.Rollup.Status(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.QueueHead > idx {
			t.Logf("queue entry %d served by batch %d", idx, st.BatchNumber)
			return
		}
		if err := node.Err(); err != nil {
			t.Fatal(err)
		}
		select {
		case <-ctx.Done():
			t.Fatal(ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}

// scrambledGas is the gas limit of a commit through the operator key's delegation or the forwarder.
const scrambledGas = 3_000_000

// governanceDelay is Rollup.GOVERNANCE_DELAY.
const governanceDelay = freezeGrace + 7*24*time.Hour

// Routes of a batch commit.
const (
	routeDirect    = "direct"
	routeScrambled = "7702"
	routeForwarder = "forwarder"
)

// routedCommit commits a devnet's batches by three routes: every third one through a CommitForwarder that
// governance registered as an operator (registerForwarder), as a multisig would; the other odd ones directly
// from the operator key; the other even ones as a type-4 transaction from the operator key to itself,
// delegating its code to ScrambledOperator, with scrambled calldata.
type routedCommit struct {
	delegate  *common.Address
	forwarder common.Address
	batches   int
	scrambled atomic.Int64 // read by the test while the operator commits
	forwarded atomic.Int64
}

// registerForwarder is a devnet Config.Setup: before any batch is stamped, the operator key deploys a
// CommitForwarder, which it owns, and as the governor registers it as an operator: it proposes the change,
// waits out GOVERNANCE_DELAY on the chain's clock and applies it.
func (s *routedCommit) registerForwarder(ctx context.Context, n *Node) error {
	op := n.Sim.Transactor(n.Operator())
	addr, tx, err := bind.DeployContract(op, common.FromHex(testbindings.CommitForwarderMetaData.Bin), n.Sim.Client(),
		testbindings.NewCommitForwarder().PackConstructor(n.Deployment.Rollup))
	if err != nil {
		return err
	}
	if _, err := bind.WaitMined(ctx, n.Sim.Client(), tx.Hash()); err != nil {
		return err
	}
	key, on := common.BytesToHash(addr.Bytes()), common.BigToHash(big.NewInt(1))
	if _, err := n.Rollup.ProposeChange(ctx, op, l1.ChangeOperator, key, on); err != nil {
		return err
	}
	if err := n.Sim.AdjustTime(governanceDelay + time.Minute); err != nil {
		return err
	}
	if _, err := n.Rollup.ApplyChange(ctx, op, l1.ChangeOperator, key, on); err != nil {
		return err
	}
	s.forwarder = addr
	return nil
}

// route returns how batch num is committed.
func (s *routedCommit) route(num int) string {
	switch {
	case num%3 == 0:
		return routeForwarder
	case num%2 == 1:
		return routeDirect
	default:
		return routeScrambled
	}
}

func (s *routedCommit) commit(ctx context.Context, n *Node, root fr.Element, ts uint64, pubdata []byte, withdrawals []common.Address, proof []byte) (*types.Receipt, error) {
	s.batches++
	op := n.Sim.Transactor(n.Operator())
	call := bindings.NewRollup().PackCommitBatch(root.BigInt(new(big.Int)), ts, pubdata, withdrawals, proof)
	switch s.route(s.batches) {
	case routeDirect:
		return l1.NewSubmitter(n.Rollup, op).CommitBatch(ctx, root, ts, pubdata, withdrawals, proof)
	case routeForwarder:
		r, err := n.Sim.Send(ctx, n.Operator(), s.forwarder, testbindings.NewCommitForwarder().PackForward([][]byte{call}), scrambledGas, nil)
		if err == nil {
			s.forwarded.Add(1)
		}
		return r, err
	}
	if s.delegate == nil {
		addr, tx, err := bind.DeployContract(op, common.FromHex(testbindings.ScrambledOperatorMetaData.Bin), n.Sim.Client(), nil)
		if err != nil {
			return nil, err
		}
		if _, err := bind.WaitMined(ctx, n.Sim.Client(), tx.Hash()); err != nil {
			return nil, err
		}
		s.delegate = &addr
	}
	data, err := testbindings.ScrambledCalls(n.Deployment.Rollup, [][]byte{call})
	if err != nil {
		return nil, err
	}
	r, err := n.Sim.Send(ctx, n.Operator(), op.From, data, scrambledGas, s.delegate)
	if err == nil {
		s.scrambled.Add(1)
	}
	return r, err
}

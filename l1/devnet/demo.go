package devnet

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/sequencer/client"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// Trader is a demo participant: an L1 account of the simulated chain and an L2 key.
type Trader struct {
	Name    string
	L1Index int
	Key     *wire.Key
	Account uint32
}

// DemoResult is what the scripted flow measured.
type DemoResult struct {
	Batches                 []Committed
	WithdrawnQuantums       uint64
	BalanceBefore           *big.Int
	BalanceAfter            *big.Int
	DepositGas, WithdrawGas uint64
	// FundingBefore and FundingAfter are BTC-USD's funding index before and after the demo's funding tick.
	FundingBefore, FundingAfter int64
}

const (
	demoDepositQuantums    = 10_000_000_000 // 10,000 USDC
	demoWithdrawalQuantums = 1_000_000_000  // 1,000 USDC
	demoTimeout            = 30 * time.Minute
)

// Demo runs the scripted flow against a running node, through the HTTP API and the contracts: two traders
// deposit on L1, trade BTC-USD against each other (alice's bid stays partly resting, so the book's premium over
// the oracle is not zero), the development oracle moves the prices, the chain's clock jumps a funding interval
// so that the next batch carries a funding tick, one trader withdraws; it stops the oracle, waits for every
// batch to be proven and committed and prints what a user wants to see.
func Demo(ctx context.Context, n *Node, out io.Writer) (*DemoResult, error) {
	if n.Sim == nil {
		return nil, fmt.Errorf("%w: the demo moves the simulated chain's clock", ErrExternalConfig)
	}
	ctx, cancel := context.WithTimeout(ctx, demoTimeout)
	defer cancel()
	p := func(format string, args ...any) { fmt.Fprintf(out, format+"\n", args...) }
	res := &DemoResult{}
	p("perpx devnet demo")
	p("  L1      simulated chain, Rollup %s, USDC %s, verifier(batch size %d) %s",
		n.Deployment.Rollup.Hex(), n.Deployment.Token.Hex(), n.cfg.BatchSize, n.Deployment.Verifiers[n.cfg.BatchSize].Hex())
	p("  API     %s", n.URL)
	p("  genesis root %s", wire.WordHex(n.Tree.Root()))

	alice := &Trader{Name: "alice", L1Index: 1, Key: wire.DevKey("demo alice")}
	bob := &Trader{Name: "bob", L1Index: 2, Key: wire.DevKey("demo bob")}
	for _, t := range []*Trader{alice, bob} {
		gas, err := depositOnL1(ctx, n, t, demoDepositQuantums)
		if err != nil {
			return nil, err
		}
		res.DepositGas = gas
		p("1. %s deposits %s USDC on L1 → account %d (deposit gas %d)", t.Name, wire.FormatAmount(demoDepositQuantums), t.Account, gas)
	}
	c := client.New(n.URL, nil)
	for _, t := range []*Trader{alice, bob} {
		if err := waitCollateral(ctx, c, t.Account, demoDepositQuantums); err != nil {
			return nil, err
		}
	}
	p("2. the sequencer saw both deposits (GET /v1/accounts/{id})")

	expiry := uint64(time.Now().Add(time.Hour).Unix())
	maker, err := c.PlaceOrder(ctx, alice.Key, client.Order{
		Account: alice.Account, Market: 1, Buy: true, Size: "0.02", Price: "100000",
		Flags: []string{"post_only"}, Expiry: expiry, Slot: 0, Nonce: 1, MaxFeePpm: 1000,
	})
	if err != nil {
		return nil, fmt.Errorf("devnet: alice's order: %w", err)
	}
	p("3. alice bids 0.02 BTC at 100000 USDC (post-only) → order %d %s", maker.ID, maker.Status)
	taker, err := c.PlaceOrder(ctx, bob.Key, client.Order{
		Account: bob.Account, Market: 1, Buy: false, Size: "0.01", Price: "99990",
		Expiry: expiry, Slot: 0, Nonce: 1, MaxFeePpm: 1000,
	})
	if err != nil {
		return nil, fmt.Errorf("devnet: bob's order: %w", err)
	}
	if taker.Status != "filled" || len(taker.Fills) != 1 {
		return nil, fmt.Errorf("devnet: bob's order was %s with %d fills, want one fill", taker.Status, len(taker.Fills))
	}
	f := taker.Fills[0]
	p("4. bob sells 0.01 BTC at 99990 → filled %s at %s (taker fee %s, maker fee %s USDC), batch %d",
		f.Size, f.Price, f.TakerFee, f.MakerFee, f.Batch)

	markets := n.Tree.Markets()
	btc, eth := &markets[0], &markets[1]
	if n.oracle != nil {
		_, count := n.LastOracleUpdate()
		for range 2 {
			u, c, err := n.WaitOracleUpdates(ctx, count)
			if err != nil {
				return nil, err
			}
			count = c
			p("   oracle: %s %s, %s %s USDC (median of the reports of keys %v at %d) → batch %d",
				btc.Name, wire.FormatPrice(u.Prices[0], btc), eth.Name, wire.FormatPrice(u.Prices[1], eth), u.Signers, u.Time, u.Batch)
		}
		before := n.Service.Markets()[0].FundingIndex
		if err := n.Sim.AdjustTime(FundingIntervalSeconds * time.Second); err != nil {
			return nil, err
		}
		if _, err := n.Service.Seal(); err != nil { // the next batch opens after the jump, with a funding tick
			return nil, err
		}
		p("   the chain's clock jumps %d s (a funding interval): the next batch carries a funding tick", FundingIntervalSeconds)
		res.FundingBefore = before
	}

	bobAddr := n.Sim.Address(bob.L1Index)
	var l1addr state.L1Address
	copy(l1addr[:], bobAddr[:])
	w, err := c.Withdraw(ctx, bob.Key, client.Withdrawal{
		Account: bob.Account, Amount: wire.FormatAmount(demoWithdrawalQuantums), L1Address: l1addr,
		Slot: 1, Nonce: 1, Expiry: expiry,
	})
	if err != nil {
		return nil, fmt.Errorf("devnet: bob's withdrawal: %w", err)
	}
	p("5. bob withdraws %s USDC (POST /v1/withdrawals) → batch %d", wire.FormatAmount(demoWithdrawalQuantums), w.Batch)
	last := w.Batch
	if n.oracle != nil {
		ms := n.Service.Markets()
		res.FundingAfter = ms[0].FundingIndex
		p("   funding: %s funding index %d → %d (oracle %s USDC, alice's resting bid 100000)", btc.Name, res.FundingBefore,
			res.FundingAfter, wire.FormatPrice(ms[0].OraclePrice, btc))
		// Stop the oracle and seal what is open, so that the last batch holds everything the tree does.
		n.StopOracle()
		b, err := n.Service.Seal()
		if err != nil {
			return nil, err
		}
		if b != nil {
			last = b.Header.BatchNumber
		}
		last = max(last, n.Service.Health().LastBatch)
	}

	for num := uint64(1); num <= last; num++ {
		cb, err := n.WaitCommitted(ctx, num)
		if err != nil {
			return nil, err
		}
		res.Batches = append(res.Batches, cb)
		p("   batch %d: %d txs, new root %s, proved in %s, commitBatch gas %d (tx %s)",
			num, wal.TxCount(cb.Batch), wire.WordHex(cb.Batch.Header.NewRoot), cb.Proof.Duration.Round(time.Millisecond),
			cb.GasUsed, cb.TxHash.Hex())
	}
	st, err := n.Rollup.Status(ctx)
	if err != nil {
		return nil, err
	}
	sb, _, err := n.Service.Batch(st.BatchNumber)
	if err != nil {
		return nil, err
	}
	if root := sb.Header.NewRoot; !root.Equal(&st.StateRoot) {
		return nil, fmt.Errorf("devnet: L1 root %s, sequencer root %s of batch %d", wire.WordHex(st.StateRoot), wire.WordHex(root), st.BatchNumber)
	}
	p("6. L1 root %s = sequencer root of batch %d", wire.WordHex(st.StateRoot), st.BatchNumber)
	if err := showVerifiedProof(ctx, n, c, bob, st.StateRoot, p); err != nil {
		return nil, err
	}

	if res.BalanceBefore, err = n.Token.BalanceOf(ctx, bobAddr); err != nil {
		return nil, err
	}
	rcpt, err := n.Rollup.Withdraw(ctx, n.Sim.Transactor(bob.L1Index))
	if err != nil {
		return nil, fmt.Errorf("devnet: withdraw on L1: %w", err)
	}
	res.WithdrawGas = rcpt.GasUsed
	if res.BalanceAfter, err = n.Token.BalanceOf(ctx, bobAddr); err != nil {
		return nil, err
	}
	res.WithdrawnQuantums = demoWithdrawalQuantums
	p("8. bob calls withdraw() on L1 (gas %d): USDC balance %s → %s",
		rcpt.GasUsed, wire.FormatAmount(res.BalanceBefore.Int64()), wire.FormatAmount(res.BalanceAfter.Int64()))
	return res, nil
}

// traderBonds is how many forced requests a trader funded by depositOnL1 can pay the bonds of.
const traderBonds = 4

// depositOnL1 mints test USDC to the trader, approves the rollup and deposits, creating the trader's account.
// It mints traderBonds forced-request bonds (l1.ForcedRequestBond each) more than it deposits, so that the
// trader can force withdrawals or trades later.
func depositOnL1(ctx context.Context, n *Node, t *Trader, amount uint64) (uint64, error) {
	auth := n.Sim.Transactor(t.L1Index)
	amt := new(big.Int).SetUint64(amount)
	if _, err := n.Token.Mint(ctx, auth, auth.From, new(big.Int).Add(amt, big.NewInt(traderBonds*l1.ForcedRequestBond))); err != nil {
		return 0, fmt.Errorf("devnet: mint for %s: %w", t.Name, err)
	}
	if _, err := n.Token.Approve(ctx, auth, n.Deployment.Rollup, amt); err != nil {
		return 0, fmt.Errorf("devnet: approve for %s: %w", t.Name, err)
	}
	id, rcpt, err := n.Rollup.Deposit(ctx, auth, t.Key.PubKey().Compressed(), amount)
	if err != nil {
		return 0, fmt.Errorf("devnet: deposit for %s: %w", t.Name, err)
	}
	t.Account = id
	return rcpt.GasUsed, nil
}

// waitCollateral polls the API until the account holds at least want quantums of collateral.
func waitCollateral(ctx context.Context, c *client.Client, id uint32, want uint64) error {
	for {
		a, err := c.Account(ctx, id)
		if err == nil {
			q, perr := wire.ParseAmount(a.Collateral)
			if perr == nil && q >= want {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("devnet: waiting for account %d's deposit: %w", id, ctx.Err())
		case <-time.After(pollInterval):
		}
	}
}

// showVerifiedProof fetches t's leaf and Merkle path against the last verified root (GET
// /v1/accounts/{id}/proof) once the sequencer has applied every verified batch, and checks its root is root,
// the contract's.
func showVerifiedProof(ctx context.Context, n *Node, c *client.Client, t *Trader, root fr.Element, p func(string, ...any)) error {
	if _, err := n.Service.SyncVerified(); err != nil {
		return err
	}
	proof, err := c.AccountProof(ctx, t.Account)
	if err != nil {
		return err
	}
	if proof.Root != wire.WordHex(root) {
		return fmt.Errorf("devnet: %s's proof is against root %s of batch %d, L1 holds %s", t.Name, proof.Root, proof.Batch, wire.WordHex(root))
	}
	p("7. %s's leaf (collateral %s quantums) and %d-sibling Merkle path against the root L1 verified, batch %d (GET /v1/accounts/%d/proof)",
		t.Name, proof.Leaf.CollateralQuantums, len(proof.Siblings), proof.Batch, t.Account)
	return nil
}

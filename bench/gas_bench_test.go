package bench

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/l1/bindings"
	"github.com/perpx/perpx/l1/devnet"
	"github.com/perpx/perpx/l1/escape"
	"github.com/perpx/perpx/prover"
	"github.com/perpx/perpx/sequencer/client"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// gasFigure is one L1 gas figure of BenchmarkGas.
type gasFigure struct {
	name string
	gas  uint64
}

// gasFigures runs the L1 paths once per process, on a devnet (the simulated chain with Osaka's gas rules, the
// real Verifier2 and real proofs) and returns the gas each transaction used.
var gasFigures = sync.OnceValues(func() ([]gasFigure, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	dir, err := os.MkdirTemp("", "perpx-gas-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	// Only full batches seal, so every committed batch holds two transactions.
	node, err := devnet.Start(ctx, devnet.Config{DataDir: dir, KeyDir: prover.DefaultKeyDir(), APIAddr: "127.0.0.1:0", SealInterval: time.Hour,
		OracleInterval: -1})
	if err != nil {
		return nil, err
	}
	defer node.Close()
	return measureGas(ctx, node)
})

func measureGas(ctx context.Context, n *devnet.Node) ([]gasFigure, error) {
	var out []gasFigure
	add := func(name string, gas uint64) { out = append(out, gasFigure{name, gas}) }
	const funds = 10_000_000_000
	keys := []*wire.Key{wire.DevKey("gas alice"), wire.DevKey("gas bob")}
	ids := make([]uint32, len(keys))
	for i, k := range keys {
		auth := n.Sim.Transactor(i + 1)
		amt := big.NewInt(2 * funds)
		if _, err := n.Token.Mint(ctx, auth, auth.From, amt); err != nil {
			return nil, err
		}
		if _, err := n.Token.Approve(ctx, auth, n.Deployment.Rollup, amt); err != nil {
			return nil, err
		}
		id, r, err := n.Rollup.Deposit(ctx, auth, k.PubKey().Compressed(), funds)
		if err != nil {
			return nil, err
		}
		ids[i] = id
		add([]string{"deposit (new account, the rollup's first)", "deposit (new account)"}[i], r.GasUsed)
	}
	if err := waitBatch(ctx, n, 1); err != nil {
		return nil, err
	}
	r, err := n.Rollup.DepositTo(ctx, n.Sim.Transactor(1), ids[0], 1_000_000)
	if err != nil {
		return nil, err
	}
	add("depositTo", r.GasUsed)
	c := client.New(n.URL, nil)
	if err := waitCollateral(ctx, c, ids[0], funds+1_000_000); err != nil { // the top-up opens batch 2
		return nil, err
	}
	expiry := uint64(time.Now().Add(time.Hour).Unix())
	if _, err := c.PlaceOrder(ctx, keys[0], client.Order{Account: ids[0], Market: 1, Buy: true, Size: "0.02", Price: "100000",
		Flags: []string{"post_only"}, Expiry: expiry, Slot: 0, Nonce: 1, MaxFeePpm: 1000}); err != nil {
		return nil, err
	}
	if _, err := c.PlaceOrder(ctx, keys[1], client.Order{Account: ids[1], Market: 1, Buy: false, Size: "0.02", Price: "100000",
		Expiry: expiry, Slot: 0, Nonce: 1, MaxFeePpm: 1000}); err != nil {
		return nil, err
	}
	// Batch 2: the top-up and the trade. Batch 3: a withdrawal and a (valid) forced withdrawal, in either order.
	if _, err := c.Withdraw(ctx, keys[1], client.Withdrawal{Account: ids[1], Amount: "100",
		L1Address: state.L1Address(n.Sim.Address(2)), Slot: 1, Nonce: 1, Expiry: expiry}); err != nil {
		return nil, err
	}
	_, r, err = n.Rollup.ForcedWithdrawal(ctx, n.Sim.Transactor(1), ids[0], 1_000_000)
	if err != nil {
		return nil, err
	}
	add("forcedWithdrawal (request)", r.GasUsed)
	if err := waitBatch(ctx, n, 3); err != nil {
		return nil, err
	}
	for num := uint64(1); num <= 3; num++ {
		cb, err := n.WaitCommitted(ctx, num)
		if err != nil {
			return nil, err
		}
		kinds := ""
		for _, tx := range cb.Batch.Txs {
			kinds += recordKind(&tx.Record)
		}
		add(fmt.Sprintf("commitBatch size 2 (%s)", kinds), cb.GasUsed)
		add(fmt.Sprintf("commitBatch per tx (%s)", kinds), cb.GasUsed/2)
		logGas, err := pubdataLogGas(ctx, n, cb.TxHash)
		if err != nil {
			return nil, err
		}
		add(fmt.Sprintf("commitBatch size 2 (%s): of which the pubdata's bytes in BatchCommitted", kinds), logGas)
	}
	r, err = n.Rollup.Withdraw(ctx, n.Sim.Transactor(2))
	if err != nil {
		return nil, err
	}
	add("withdraw", r.GasUsed)
	cfg := devnet.ProtocolConfig()
	r, err = n.Rollup.PublishConfig(ctx, n.Sim.Transactor(4), &cfg) // again: the deployment published it
	if err != nil {
		return nil, err
	}
	add("publishConfig (anyone)", r.GasUsed)

	// The operator stops; a forced trade and a market change are queued (not served); an unserved forced request
	// freezes the rollup; both traders escape.
	n.StopOperator()
	trade := l1.ForcedTradeRequest{Requester: n.Sim.Transactor(1).From, AccountA: ids[0], AccountB: ids[1], Market: 1, AIsBuy: false, SizeQuantums: 20_000,
		Price: 100_000_000_000, Expiry: uint64(n.Sim.Now().Add(time.Hour).Unix()), Nonce: 1}
	sig, err := l1.SignForcedTradeConsent(n.Sim.Key(2), big.NewInt(l1.SimChainID), n.Deployment.Rollup, trade)
	if err != nil {
		return nil, err
	}
	_, r, err = n.Rollup.ForcedTrade(ctx, n.Sim.Transactor(1), trade, sig)
	if err != nil {
		return nil, err
	}
	add("forcedTrade (request, with ECDSA consent)", r.GasUsed)
	_, r, err = n.Rollup.SetReduceOnly(ctx, n.Sim.Transactor(n.Operator()), 2) // the devnet's operator guards
	if err != nil {
		return nil, err
	}
	add("setReduceOnly (guardian)", r.GasUsed)
	idx, _, err := n.Rollup.ForcedWithdrawal(ctx, n.Sim.Transactor(2), ids[1], 1_000_000)
	if err != nil {
		return nil, err
	}
	if err := n.Sim.AdjustTime(8 * 24 * time.Hour); err != nil {
		return nil, err
	}
	r, err = n.Rollup.Freeze(ctx, n.Sim.Transactor(4), idx)
	if err != nil {
		return nil, err
	}
	add("freeze", r.GasUsed)
	s, err := escape.Rebuild(ctx, n.Sim.Client(), n.Deployment.Rollup, escape.Options{Config: &cfg})
	if err != nil {
		return nil, err
	}
	defer s.Close()
	for i, id := range ids {
		claim, err := s.Claim(id)
		if err != nil {
			return nil, err
		}
		r, err := n.Rollup.Escape(ctx, n.Sim.Transactor(4), claim.Proof)
		if err != nil {
			return nil, err
		}
		add(fmt.Sprintf("escape (account with 1 position, %s)", []string{"first", "second"}[i]), r.GasUsed)
	}
	return out, nil
}

// logDataGas is the gas of one byte of log data (LOG's data cost).
const logDataGas = 8

// batchCommittedStatic is the length of BatchCommitted's data without the pubdata: batchNumber is a topic; newRoot,
// timestamp, queueHead and the pubdata's offset and length are one word each.
const batchCommittedStatic = 5 * 32

// pubdataLogGas returns what the pubdata adds to the data of the BatchCommitted log of commit transaction tx, at
// logDataGas per byte (the pubdata, padded to words, and its offset and length words). Copying it to memory adds
// a few hundred gas more: with the mock verifier the whole change measured +2,329 gas for a batch of 2 and
// +5,426 for a batch of 8 (docs/PROTOCOL.md §8).
func pubdataLogGas(ctx context.Context, n *devnet.Node, tx common.Hash) (uint64, error) {
	r, err := n.Sim.Client().TransactionReceipt(ctx, tx)
	if err != nil {
		return 0, err
	}
	parsed := bindings.NewRollup()
	for _, l := range r.Logs {
		if _, err := parsed.UnpackBatchCommittedEvent(l); err == nil {
			return logDataGas * uint64(len(l.Data)-batchCommittedStatic+2*32), nil
		}
	}
	return 0, fmt.Errorf("bench: transaction %s logs no BatchCommitted", tx)
}

// recordKind abbreviates a record's type: D(eposit), T(rade), W(ithdrawal), F(orced withdrawal), -(no-op).
func recordKind(r *state.Record) string {
	switch {
	case r.Deposit != nil:
		return "D"
	case r.Trade != nil:
		return "T"
	case r.Withdrawal != nil:
		return "W"
	case r.ForcedWithdrawal != nil:
		return "F"
	}
	return "-"
}

// waitCollateral polls the API until account id holds want quantums of collateral.
func waitCollateral(ctx context.Context, c *client.Client, id uint32, want uint64) error {
	for {
		if a, err := c.Account(ctx, id); err == nil {
			if q, err := wire.ParseAmount(a.Collateral); err == nil && q == want {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("bench: waiting for account %d's top-up: %w", id, ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// waitBatch waits until batch num is committed.
func waitBatch(ctx context.Context, n *devnet.Node, num uint64) error {
	_, err := n.WaitCommitted(ctx, num)
	return err
}

// BenchmarkGas reports the L1 gas of every Rollup path, measured once on the devnet with real proofs:
//
//	go test ./bench/... -run '^$' -bench Gas
//
// The figures are deterministic; the benchmark loop does nothing.
func BenchmarkGas(b *testing.B) {
	figures, err := gasFigures()
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range figures {
		b.Run(f.name, func(b *testing.B) {
			for b.Loop() {
			}
			b.ReportMetric(float64(f.gas), "gas")
		})
	}
}

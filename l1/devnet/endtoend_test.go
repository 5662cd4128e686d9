package devnet

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/prover"
	"github.com/perpx/perpx/sequencer/client"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// TestEndToEnd runs the demo flow on the simulated chain: deposits, a trade and a withdrawal are sealed into
// batches, proven with real Groth16 proofs and committed on L1, and the withdrawer is paid exactly. Before each
// real submission it tries tampered ones — every field of the public input, one pubdata byte per record, one
// proof byte — and requires the contract to reject each.
func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end proving is slow")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 40*time.Minute)
	defer cancel()

	var node *Node
	var tampered int
	cfg := Config{
		DataDir: t.TempDir(), KeyDir: prover.DefaultKeyDir(), APIAddr: "127.0.0.1:0",
		SealInterval: 500 * time.Millisecond, Progress: t.Logf,
		BeforeSubmit: func(ctx context.Context, b *state.SealedBatch, p *prover.Proof) error {
			n, err := tryTampered(ctx, node, b, p)
			tampered += n
			return err
		},
	}
	node, err := Start(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	defer node.Close()

	var out bytes.Buffer
	res, err := Demo(ctx, node, &out)
	t.Log("\n" + out.String())
	if err != nil {
		t.Fatal(err)
	}
	gain := new(big.Int).Sub(res.BalanceAfter, res.BalanceBefore)
	if gain.Cmp(new(big.Int).SetUint64(res.WithdrawnQuantums)) != 0 {
		t.Fatalf("withdrawer received %s, want %d", gain, res.WithdrawnQuantums)
	}
	st, err := node.Rollup.Status(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// The sequencer may have sealed later batches than L1 holds (an oracle move alone seals one): compare with
	// its batch of the number L1 committed.
	b, _, err := node.Service.Batch(st.BatchNumber)
	if err != nil {
		t.Fatal(err)
	}
	if root := b.Header.NewRoot; !st.StateRoot.Equal(&root) {
		t.Fatalf("L1 root %s, sequencer root %s of batch %d", st.StateRoot.String(), root.String(), st.BatchNumber)
	}
	if len(res.Batches) < 2 || tampered < 5*len(res.Batches) {
		t.Fatalf("%d batches, %d tampered submissions rejected", len(res.Batches), tampered)
	}
	// The development oracle's prices and a funding tick went through the proven batches, and at each proven tick
	// BTC-USD's funding index moved by exactly what its rate gives (state.FundingDelta at the tick's price). The
	// rate itself is the sampled premium of the books over the oracle's random walk, whose average may truncate
	// to 0 on a slow machine (more oracle moves of both signs between samples): the index must then stay.
	var priced, ticked bool
	for _, c := range res.Batches {
		b := c.Batch
		priced = priced || len(b.Market.Reports) == state.OracleQuorum
		if !b.Market.Tick {
			continue
		}
		ticked = true
		rec := &b.Market.Record
		want := b.Markets[0].FundingIndex + state.FundingDelta(rec.RatesPpm[0], rec.Prices[0])
		t.Logf("batch %d: funding tick, BTC-USD rate %d ppm at price %d: index %d → %d", b.Header.BatchNumber,
			rec.RatesPpm[0], rec.Prices[0], b.Markets[0].FundingIndex, b.NewMarkets[0].FundingIndex)
		if got := b.NewMarkets[0].FundingIndex; got != want {
			t.Errorf("batch %d: BTC-USD funding index %d after its tick, want %d", b.Header.BatchNumber, got, want)
		}
	}
	if !priced || !ticked {
		t.Fatalf("oracle price update in a batch %v, funding tick %v (funding index %d → %d)", priced, ticked,
			res.FundingBefore, res.FundingAfter)
	}
	api := client.New(node.URL, nil)
	for _, c := range res.Batches {
		num := c.Batch.Header.BatchNumber
		t.Logf("batch %d: commitBatch gas %d, proof %s", num, c.GasUsed, c.Proof.Duration)
		got, err := api.Batch(ctx, num)
		if err != nil {
			t.Fatal(err)
		}
		if got.Proof != wire.ProofDone || got.L1 != wire.L1Verified || got.L1GasUsed != c.GasUsed ||
			got.ProofMillis <= 0 || got.L1Tx != c.TxHash.Hex() {
			t.Fatalf("GET /v1/batches/%d reports %+v, want proved and verified in %s with gas %d", num, got.BatchStatus, c.TxHash.Hex(), c.GasUsed)
		}
	}
	t.Logf("deposit gas %d, withdraw gas %d", res.DepositGas, res.WithdrawGas)
}

// tamperCase is one altered submission of a proven batch.
type tamperCase struct {
	name    string
	sub     *l1.Submitter
	root    fr.Element
	ts      uint64
	pubdata []byte
	proof   []byte
}

// tryTampered submits altered versions of a proven batch and returns how many the contract rejected; any
// accepted one is an error.
func tryTampered(ctx context.Context, n *Node, b *state.SealedBatch, p *prover.Proof) (int, error) {
	pubdata, err := b.Pubdata()
	if err != nil {
		return 0, err
	}
	sub := l1.NewSubmitter(n.Rollup, n.Sim.Transactor(n.Operator()))
	root, ts := b.Header.NewRoot, b.Header.TimestampSeconds
	var one fr.Element
	one.SetOne()
	var otherRoot fr.Element
	otherRoot.Add(&root, &one)
	cases := []tamperCase{
		{name: "new root", sub: sub, root: otherRoot, ts: ts, pubdata: pubdata, proof: p.Solidity},
		{name: "timestamp", sub: sub, root: root, ts: ts - 1, pubdata: pubdata, proof: p.Solidity},
		{name: "proof byte", sub: sub, root: root, ts: ts, pubdata: pubdata, proof: flip(p.Solidity, 40)},
	}
	for off := 10; off < len(pubdata); off += state.CompactRecordSize {
		cases = append(cases, tamperCase{name: "pubdata byte", sub: sub, root: root, ts: ts, pubdata: flip(pubdata, off), proof: p.Solidity})
	}
	// A rollup with another config hash, and one still at batch 0 (other old root and batch number).
	other := ConfigHash
	other[0] ^= 1
	for _, ch := range [][32]byte{other, ConfigHash} {
		if ch == ConfigHash && b.Header.BatchNumber == 1 {
			continue // a fresh rollup expects exactly batch 1
		}
		r, err := freshRollup(ctx, n, ch)
		if err != nil {
			return 0, err
		}
		cases = append(cases, tamperCase{name: "old root, batch number or config hash", sub: l1.NewSubmitter(r, n.Sim.Transactor(n.Operator())), root: root, ts: ts, pubdata: pubdata, proof: p.Solidity})
	}
	for _, c := range cases {
		_, err := c.sub.CommitBatch(ctx, c.root, c.ts, c.pubdata, l1.WithdrawalAddresses(b), c.proof)
		if !errors.Is(err, l1.ErrReverted) {
			return 0, errors.New("tampered submission (" + c.name + ") was not rejected: " + errString(err))
		}
	}
	return len(cases), nil
}

// freshRollup deploys another Rollup at the same genesis root, with the devnet's verifiers and the given
// config hash.
func freshRollup(ctx context.Context, n *Node, configHash [32]byte) (*l1.Rollup, error) {
	op := n.Sim.Address(n.Operator())
	d, err := l1.Deploy(ctx, n.Sim.Client(), n.Sim.Transactor(n.Operator()), l1.DeployConfig{
		Token: n.Deployment.Token, Governor: op, Operators: []common.Address{op},
		Genesis: l1.EmptyGenesis(GenesisMarkets()), ConfigHash: configHash, Verifiers: n.Deployment.Verifiers,
	})
	if err != nil {
		return nil, err
	}
	return l1.NewRollup(n.Sim.Client(), d.Rollup), nil
}

func flip(b []byte, i int) []byte {
	c := bytes.Clone(b)
	c[i] ^= 1
	return c
}

func errString(err error) string {
	if err == nil {
		return "accepted"
	}
	return err.Error()
}

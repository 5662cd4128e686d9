package escape

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/l1/testbindings"
)

// innerCallGas is the gas limit of a transaction that commits batches through inner calls.
const innerCallGas = 10_000_000

// TestRebuildContractOperator registers a contract (CommitForwarder, as a multisig would be) as an operator
// through governance and commits every batch through it — the first two in one transaction — then runs
// TestRebuildRisk's rebuild, freeze and escapes: the rebuild reads the batches from the contract's logs, not
// from the transactions, which call the forwarder.
func TestRebuildContractOperator(t *testing.T) {
	c := newChain(t)
	op := c.sim.Transactor(0)
	fwd, tx, err := bind.DeployContract(op, common.FromHex(testbindings.CommitForwarderMetaData.Bin), c.sim.Client(),
		testbindings.NewCommitForwarder().PackConstructor(c.rollup.Address()))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(c.ctx, c.sim.Client(), tx.Hash()); err != nil {
		t.Fatal(err)
	}
	key := common.BytesToHash(fwd.Bytes())
	if _, err := c.rollup.ProposeChange(c.ctx, op, l1.ChangeOperator, key, common.BigToHash(big.NewInt(1))); err != nil {
		t.Fatal(err)
	}
	c.advance(15 * 24 * time.Hour)
	if _, err := c.rollup.ApplyChange(c.ctx, op, l1.ChangeOperator, key, common.BigToHash(big.NewInt(1))); err != nil {
		t.Fatal(err)
	}
	c.via = func(calls [][]byte) error {
		_, err := c.sim.Send(c.ctx, 0, fwd, testbindings.NewCommitForwarder().PackForward(calls), innerCallGas, nil)
		return err
	}
	rebuildRiskAndEscape(t, c)
}

// TestRebuild7702Operator gives the operator key (sim account 0) an EIP-7702 delegation to ScrambledOperator
// and commits every batch by a type-4 transaction the key sends to itself — the first two in one transaction —
// whose calldata is scrambled: the transaction is neither addressed to the rollup nor a commitBatch call. Then
// it runs TestRebuildRisk's rebuild, freeze and escapes.
func TestRebuild7702Operator(t *testing.T) {
	c := newChain(t)
	op := c.sim.Transactor(0)
	code, tx, err := bind.DeployContract(op, common.FromHex(testbindings.ScrambledOperatorMetaData.Bin), c.sim.Client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(c.ctx, c.sim.Client(), tx.Hash()); err != nil {
		t.Fatal(err)
	}
	c.via = func(calls [][]byte) error {
		data, err := testbindings.ScrambledCalls(c.rollup.Address(), calls)
		if err != nil {
			return err
		}
		_, err = c.sim.Send(c.ctx, 0, op.From, data, innerCallGas, &code)
		return err
	}
	rebuildRiskAndEscape(t, c)
}

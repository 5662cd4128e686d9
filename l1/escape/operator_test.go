package escape

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

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
		return c.sendTx(c.sim.Key(0), fwd, testbindings.NewCommitForwarder().PackForward(calls), nil)
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
		data, err := scramble(c.rollup.Address(), calls)
		if err != nil {
			return err
		}
		return c.sendTx(c.sim.Key(0), op.From, data, &code)
	}
	rebuildRiskAndEscape(t, c)
}

// scramble encodes abi.encode(rollup, calls) and XORs each 32-byte word i with keccak256(i), as
// ScrambledOperator undoes.
func scramble(rollup common.Address, calls [][]byte) ([]byte, error) {
	addrT, err := abi.NewType("address", "", nil)
	if err != nil {
		return nil, err
	}
	callsT, err := abi.NewType("bytes[]", "", nil)
	if err != nil {
		return nil, err
	}
	data, err := abi.Arguments{{Type: addrT}, {Type: callsT}}.Pack(rollup, calls)
	if err != nil {
		return nil, err
	}
	for o := 0; o < len(data); o += 32 {
		ks := crypto.Keccak256(common.BigToHash(big.NewInt(int64(o / 32))).Bytes())
		for i := range 32 {
			data[o+i] ^= ks[i]
		}
	}
	return data, nil
}

// sendTx sends data to `to` from key's account and requires success: a type-4 transaction that first delegates
// the account's code to *delegate (self-sponsored, so the authorization's nonce is the transaction's + 1), or a
// type-2 one when delegate is nil.
func (c *chain) sendTx(key *ecdsa.PrivateKey, to common.Address, data []byte, delegate *common.Address) error {
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.sim.Client().PendingNonceAt(c.ctx, from)
	if err != nil {
		return err
	}
	h, err := c.sim.Client().HeaderByNumber(c.ctx, nil)
	if err != nil {
		return err
	}
	tip := big.NewInt(1_000_000_000)
	feeCap := new(big.Int).Add(new(big.Int).Mul(h.BaseFee, big.NewInt(2)), tip)
	chainID := big.NewInt(l1.SimChainID)
	var inner types.TxData = &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: innerCallGas, To: &to, Data: data}
	if delegate != nil {
		auth, err := types.SignSetCode(key, types.SetCodeAuthorization{ChainID: *uint256.MustFromBig(chainID),
			Address: *delegate, Nonce: nonce + 1})
		if err != nil {
			return err
		}
		inner = &types.SetCodeTx{ChainID: uint256.MustFromBig(chainID), Nonce: nonce, GasTipCap: uint256.MustFromBig(tip),
			GasFeeCap: uint256.MustFromBig(feeCap), Gas: innerCallGas, To: to, Data: data, AuthList: []types.SetCodeAuthorization{auth}}
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), inner)
	if err != nil {
		return err
	}
	if err := c.sim.Client().SendTransaction(c.ctx, tx); err != nil {
		return err
	}
	r, err := bind.WaitMined(c.ctx, c.sim.Client(), tx.Hash())
	if err != nil {
		return err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("transaction %s to %s reverted", tx.Hash(), to)
	}
	return nil
}

package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/l1/bindings"
)

// A devnet against an external node (Config.External): the node's chain instead of the simulated one, the
// same sequencer, proving and oracle in this process.
const (
	// ExternalTraderWei is the ether the operator's key sends each generated trader on an external chain: 10
	// ether, for deposits, approvals and claims at a dev chain's gas prices.
	ExternalTraderWei = 10_000_000_000_000_000_000
	// externalDialTimeout bounds the first exchange with the node (its chain id).
	externalDialTimeout = 10 * time.Second
	// externalFundTimeout bounds the funding of one trader: a transaction that is never mined (another
	// process took the key's nonce) fails the start instead of hanging it.
	externalFundTimeout = 2 * time.Minute
)

// Errors of a devnet against an external node.
var (
	// ErrNotDevChain reports an external node of a chain other than the dev chain (l1.SimChainID, the chain
	// id of geth --dev): the devnet's configuration signs oracle prices with public keys.
	ErrNotDevChain = errors.New("devnet: the devnet's configuration (public oracle keys) runs only on a dev chain")
	// ErrNoOperatorKey reports an external chain given without the funded key that deploys and commits.
	ErrNoOperatorKey = errors.New("devnet: an external chain needs the operator's funded key")
)

// ExternalL1 is an Ethereum node a devnet runs against instead of its simulated chain.
type ExternalL1 struct {
	// RPC is the node's JSON-RPC URL.
	RPC string
	// Key is a funded key of the chain: it deploys the contracts (unless Deployment is set), funds the
	// generated traders, and commits the batches as the Rollup's operator.
	Key *ecdsa.PrivateKey
	// Deployment, when set, is a deployment of the devnet's configuration and genesis (perpx deploy --config
	// devnet) to run against instead of deploying anew; Key must be one of its operators. The Rollup must hold
	// no batch yet: a devnet starts from genesis.
	Deployment *l1.DeploymentFile
}

// external is the state of a devnet on an external node.
type external struct {
	ec      *ethclient.Client
	chainID *big.Int
}

// dialExternal connects to the external node and checks it before anything else starts: it answers
// (l1.ErrL1Unreachable), serves the dev chain (ErrNotDevChain) and, with a deployment file, the file's chain
// (l1.ErrWrongChain), and that the deployment, if any, is one the devnet can operate (useDeployment).
func (n *Node) dialExternal(ctx context.Context) error {
	x := n.cfg.External
	if x.Key == nil {
		return ErrNoOperatorKey
	}
	dctx, cancel := context.WithTimeout(ctx, externalDialTimeout)
	defer cancel()
	ec, err := ethclient.DialContext(dctx, x.RPC)
	if err != nil {
		return fmt.Errorf("%w: %s: %w", l1.ErrL1Unreachable, x.RPC, err)
	}
	id, err := l1.ChainID(dctx, ec)
	if err != nil {
		ec.Close()
		return fmt.Errorf("devnet: %s: %w", x.RPC, err)
	}
	if x.Deployment != nil {
		if err := x.Deployment.CheckChain(dctx, ec); err != nil {
			ec.Close()
			return fmt.Errorf("devnet: %s: %w", x.RPC, err)
		}
	}
	if id != l1.SimChainID {
		ec.Close()
		return fmt.Errorf("%w: %s serves chain %d, a dev chain is %d", ErrNotDevChain, x.RPC, id, l1.SimChainID)
	}
	n.ext = &external{ec: ec, chainID: new(big.Int).SetUint64(id)}
	n.client = ec
	n.opAuth = bind.NewKeyedTransactor(x.Key, n.ext.chainID)
	if x.Deployment != nil {
		return n.useDeployment(ctx, x.Deployment)
	}
	return nil
}

// startExternal deploys the contracts on the external chain, unless dialExternal took a deployment, and
// generates the traders' keys.
func (n *Node) startExternal(ctx context.Context) error {
	x := n.cfg.External
	if x.Deployment == nil {
		start, err := n.client.BlockNumber(ctx)
		if err != nil {
			return fmt.Errorf("%w: %w", l1.ErrL1Unreachable, err)
		}
		if n.Deployment, err = l1.Deploy(ctx, n.client, n.opAuth, n.deployConfig()); err != nil {
			return err
		}
		n.fromBlock = start
	}
	n.keys = []*ecdsa.PrivateKey{x.Key}
	for range n.cfg.Traders {
		k, err := crypto.GenerateKey()
		if err != nil {
			return err
		}
		n.keys = append(n.keys, k)
	}
	return nil
}

// useDeployment checks that the deployment file describes a Rollup this devnet can operate: the contract on
// the chain is the file's, it has the devnet's genesis root and configuration hash, a verifier of the batch
// size, no batch committed yet, and the operator's key among its operators (l1.ErrDeploymentMismatch
// otherwise).
func (n *Node) useDeployment(ctx context.Context, f *l1.DeploymentFile) error {
	if err := f.Verify(ctx, n.client); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	g := l1.EmptyGenesis(GenesisMarkets())
	genesis := g.Root()
	if err := f.CheckOperator(genesis.Bytes(), ConfigHash); err != nil {
		return fmt.Errorf("devnet: %w", err)
	}
	d := f.Deployment()
	if _, ok := d.Verifiers[n.cfg.BatchSize]; !ok {
		return fmt.Errorf("devnet: %w: no verifier for batch size %d in the deployment", l1.ErrDeploymentMismatch, n.cfg.BatchSize)
	}
	st, err := l1.NewRollup(n.client, f.Rollup).Status(ctx)
	if err != nil {
		return fmt.Errorf("%w: %w", l1.ErrL1Unreachable, err)
	}
	if st.BatchNumber != 0 {
		return fmt.Errorf("devnet: %w: the Rollup at %s holds batch %d; a devnet starts from genesis", l1.ErrDeploymentMismatch,
			f.Rollup, st.BatchNumber)
	}
	a := bindings.NewRollup()
	isOp, err := bind.Call(a.Instance(n.client, f.Rollup), &bind.CallOpts{Context: ctx}, a.PackOperators(n.opAuth.From), a.UnpackOperators)
	if err != nil {
		return fmt.Errorf("%w: %w", l1.ErrL1Unreachable, err)
	}
	if !isOp {
		return fmt.Errorf("devnet: %w: %s is not an operator of the Rollup at %s: it could not commit the batches",
			l1.ErrDeploymentMismatch, n.opAuth.From, f.Rollup)
	}
	n.Deployment, n.fromBlock = d, f.DeploymentBlock
	return nil
}

// fundExternal sends each generated trader ExternalTraderWei and TraderUSDCQuantums of test USDC from the
// operator's key, within externalFundTimeout each.
func (n *Node) fundExternal(ctx context.Context) error {
	for i := 1; i <= n.cfg.Traders; i++ {
		if err := n.fundTrader(ctx, i); err != nil {
			return err
		}
	}
	return nil
}

// fundTrader funds trader i.
func (n *Node) fundTrader(ctx context.Context, i int) error {
	ctx, cancel := context.WithTimeout(ctx, externalFundTimeout)
	defer cancel()
	to := crypto.PubkeyToAddress(n.keys[i].PublicKey)
	if err := n.sendEther(ctx, to, new(big.Int).SetUint64(ExternalTraderWei)); err != nil {
		return fmt.Errorf("devnet: fund trader %d with ether: %w", i, err)
	}
	if _, err := n.Token.Mint(ctx, n.opAuth, to, big.NewInt(TraderUSDCQuantums)); err != nil {
		return fmt.Errorf("devnet: fund trader %d with test USDC (is the deployment's token a test USDC?): %w", i, err)
	}
	return nil
}

// transferGas is the gas of a plain ether transfer.
const transferGas = 21_000

// sendEther sends value wei from the operator's key to `to` and waits for the transfer to succeed.
func (n *Node) sendEther(ctx context.Context, to common.Address, value *big.Int) error {
	nonce, err := n.ext.ec.PendingNonceAt(ctx, n.opAuth.From)
	if err != nil {
		return fmt.Errorf("%w: %w", l1.ErrL1Unreachable, err)
	}
	tip, err := n.ext.ec.SuggestGasTipCap(ctx)
	if err != nil {
		return fmt.Errorf("%w: %w", l1.ErrL1Unreachable, err)
	}
	head, err := n.ext.ec.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("%w: %w", l1.ErrL1Unreachable, err)
	}
	base := new(big.Int)
	if head.BaseFee != nil {
		base.Set(head.BaseFee)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(base, big.NewInt(2)))
	tx, err := n.opAuth.Signer(n.opAuth.From, types.NewTx(&types.DynamicFeeTx{ChainID: n.ext.chainID, Nonce: nonce,
		GasTipCap: tip, GasFeeCap: feeCap, Gas: transferGas, To: &to, Value: value}))
	if err != nil {
		return err
	}
	if err := n.ext.ec.SendTransaction(ctx, tx); err != nil {
		return err
	}
	rcpt, err := bind.WaitMined(ctx, n.ext.ec, tx.Hash())
	if err != nil {
		return err
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return fmt.Errorf("%w: %s", l1.ErrTxFailed, tx.Hash())
	}
	return nil
}

// closeExternal closes the connection to the external node.
func (n *Node) closeExternal() {
	if n.ext != nil {
		n.ext.ec.Close()
	}
}

package devnet

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"net"
	"strconv"

	"github.com/perpx/perpx/l1"
)

// The devnet's chain as a user reaches it: its JSON-RPC API (Config.L1HTTP), auto-mined, and funded traders.
const (
	// DefaultL1HTTP is where perpx devnet serves its chain's JSON-RPC API, as local chains such as anvil do.
	DefaultL1HTTP = "127.0.0.1:8545"
	// TraderUSDCQuantums is the test USDC minted to each trader when the devnet serves its chain: 1,000,000 USDC.
	TraderUSDCQuantums = 1_000_000_000_000
)

// ErrL1AddrInUse reports a Config.L1HTTP address another process listens on.
var ErrL1AddrInUse = errors.New("devnet: L1 JSON-RPC address in use")

// rpcState is the auto-miner of a served chain.
type rpcState struct {
	cancel context.CancelFunc
	done   chan struct{}
}

// simOptions returns the options of the simulated chain: its HTTP server when Config.L1HTTP is set. A bad
// address is reported by serveRPC's check, which runs first (checkL1HTTP).
func (n *Node) simOptions() []l1.SimOption {
	host, port, err := splitHostPort(n.cfg.L1HTTP)
	if n.cfg.L1HTTP == "" || err != nil {
		return nil
	}
	return []l1.SimOption{l1.WithHTTP(host, port)}
}

// splitHostPort splits host:port and requires a port above 0 (the chain's URL must name its port).
func splitHostPort(addr string) (string, int, error) {
	host, p, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, fmt.Errorf("devnet: L1 JSON-RPC address %q: %w", addr, err)
	}
	port, err := strconv.Atoi(p)
	if err != nil || port <= 0 || port > 65535 {
		return "", 0, fmt.Errorf("devnet: L1 JSON-RPC address %q: want a port in 1..65535", addr)
	}
	return host, port, nil
}

// checkL1HTTP checks Config.L1HTTP is a free host:port before the chain starts: go-ethereum's node panics on
// an HTTP address it cannot listen on.
func checkL1HTTP(addr string) error {
	if addr == "" {
		return nil
	}
	if _, _, err := splitHostPort(addr); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrL1AddrInUse, err)
	}
	return ln.Close()
}

// serveRPC starts the auto-miner of a chain served over HTTP and funds every trader with test USDC.
func (n *Node) serveRPC(ctx context.Context) error {
	if n.cfg.L1HTTP == "" {
		return nil
	}
	mctx, cancel := context.WithCancel(context.Background())
	n.rpc = rpcState{cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(n.rpc.done)
		n.Sim.AutoMine(mctx, l1.DefaultMineInterval)
	}()
	auth := n.Sim.Transactor(n.Operator())
	for i := 1; i <= n.cfg.Traders; i++ {
		if _, err := n.Token.Mint(ctx, auth, n.Sim.Address(i), big.NewInt(TraderUSDCQuantums)); err != nil {
			return fmt.Errorf("devnet: fund trader %d: %w", i, err)
		}
	}
	return nil
}

// stopMining stops the auto-miner, if any, and waits for it.
func (n *Node) stopMining() {
	if n.rpc.cancel != nil {
		n.rpc.cancel()
		<-n.rpc.done
		n.rpc.cancel = nil
	}
}

// RPCURL returns the URL of the chain's JSON-RPC API, or "" when the devnet serves none.
func (n *Node) RPCURL() string {
	if n.ext != nil {
		return n.cfg.External.RPC
	}
	return n.Sim.HTTPURL()
}

// TraderKey returns the L1 key of trader i (1..Config.Traders), funded with ether and, when the chain is
// served or external, TraderUSDCQuantums of test USDC; 0 is the operator's key.
func (n *Node) TraderKey(i int) *ecdsa.PrivateKey { return n.keys[i] }

// Traders returns the number of funded traders.
func (n *Node) Traders() int { return n.cfg.Traders }

// DeploymentFile describes the devnet's deployment as perpx deploy would, with the chain's URL when it is
// served or external.
func (n *Node) DeploymentFile(ctx context.Context) (*l1.DeploymentFile, error) {
	f, err := l1.NewDeploymentFile(ctx, n.client, n.Deployment, n.fromBlock)
	if err != nil {
		return nil, err
	}
	f.RPC = n.RPCURL()
	return f, nil
}

package l1

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// SimChainID is the chain id of go-ethereum's simulated backend.
const SimChainID = 1337

// simBalance is each Sim account's starting balance: one million ether.
var simBalance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))

// simChainConfig is the simulated backend's all-forks dev config stopped at Osaka: the later forks in
// go-ethereum v1.17 (Amsterdam, Bogota) turn on EIP-8037 state-gas metering, which roughly triples the cost of
// new storage, so gas measured on them says little about the chains the rollup is deployed on today.
var simChainConfig = func() *params.ChainConfig {
	c := *params.AllDevChainProtocolChanges
	c.AmsterdamTime, c.BogotaTime = nil, nil
	return &c
}()

// Sim is an in-process Ethereum chain (go-ethereum's simulated backend, a real EVM, with Osaka's rules) with
// funded accounts whose keys are derived deterministically from their index. Its Client mines a block after
// every transaction it sends, so waiting for a receipt returns at once.
type Sim struct {
	backend   *simulated.Backend
	client    *simClient
	keys      []*ecdsa.PrivateKey
	httpURL   string
	chainTime atomic.Int64 // the time of the latest block this Sim mined, unix seconds
	closed    bool         // set by Close under client.mu: Commit after Close mines nothing
}

// ErrSimClosed is returned for a transaction sent to a simulated chain after its Close.
var ErrSimClosed = errors.New("l1: simulated chain closed")

// SimOption configures NewSim.
type SimOption func(*simOptions)

type simOptions struct {
	httpHost string
	httpPort int
}

// WithHTTP serves the chain's JSON-RPC API over HTTP at host:port, for tools that dial a node (perpx escape).
// Transactions sent through it are mined by the next Commit, or the next transaction sent through Client.
func WithHTTP(host string, port int) SimOption {
	return func(o *simOptions) { o.httpHost, o.httpPort = host, port }
}

// NewSim starts a chain whose genesis funds accounts accounts with one million ether each.
func NewSim(accounts int, opts ...SimOption) (*Sim, error) {
	var o simOptions
	for _, f := range opts {
		f(&o)
	}
	s := &Sim{keys: make([]*ecdsa.PrivateKey, accounts)}
	alloc := make(types.GenesisAlloc, accounts)
	for i := range s.keys {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("perpx sim account %d", i))))
		if err != nil {
			return nil, fmt.Errorf("l1: sim key %d: %w", i, err)
		}
		s.keys[i] = k
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: simBalance}
	}
	s.backend = simulated.NewBackend(alloc, func(n *node.Config, c *ethconfig.Config) {
		c.Genesis.Config = simChainConfig
		if o.httpHost != "" {
			n.HTTPHost, n.HTTPPort, n.HTTPModules = o.httpHost, o.httpPort, []string{"eth", "net", "web3"}
		}
	})
	if o.httpHost != "" {
		s.httpURL = fmt.Sprintf("http://%s:%d", o.httpHost, o.httpPort)
	}
	s.client = &simClient{Client: s.backend.Client(), sim: s}
	return s, nil
}

// HTTPURL returns the URL of the chain's JSON-RPC server (WithHTTP), or "" if it serves none.
func (s *Sim) HTTPURL() string { return s.httpURL }

// Client returns the chain's client; every transaction sent through it is mined into its own block.
func (s *Sim) Client() ChainBackend { return s.client }

// Address returns account i's address.
func (s *Sim) Address(i int) common.Address { return crypto.PubkeyToAddress(s.keys[i].PublicKey) }

// Key returns account i's private key, for signing off chain (a forced-trade consent).
func (s *Sim) Key(i int) *ecdsa.PrivateKey { return s.keys[i] }

// Transactor returns a signer for account i.
func (s *Sim) Transactor(i int) *bind.TransactOpts {
	return bind.NewKeyedTransactor(s.keys[i], big.NewInt(SimChainID))
}

// Commit mines the pending transactions, if any, into a new block and returns its hash. After Close it mines
// nothing and returns the zero hash, so a mining goroutine that outlives its test's chain cannot panic.
func (s *Sim) Commit() common.Hash {
	s.client.mu.Lock()
	defer s.client.mu.Unlock()
	if s.closed {
		return common.Hash{}
	}
	h := s.backend.Commit()
	s.noteBlock()
	return h
}

// Now returns the chain's clock: the wall clock, or the latest block's time once AdjustTime has moved the chain
// ahead of it (the simulated beacon stamps a block with the wall clock, or its parent's time + 1 when that is
// later). It is a sequencer.Clock: a batch stamped with it is never ahead of the block that commits it and lags
// it only by the time the batch takes to be proven, also across AdjustTime, as the Rollup's MAX_TIMESTAMP_LAG
// and MAX_TIMESTAMP_AHEAD require.
func (s *Sim) Now() time.Time {
	now := time.Now()
	if t := time.Unix(s.chainTime.Load(), 0); t.After(now) {
		return t
	}
	return now
}

// noteBlock records the latest block's time for Now. The caller has just mined a block.
func (s *Sim) noteBlock() {
	if h, err := s.backend.Client().HeaderByNumber(context.Background(), nil); err == nil {
		s.chainTime.Store(int64(h.Time))
	}
}

// poolSettleTimeout bounds how long AdjustTime waits for the transaction pool to drop mined transactions.
const poolSettleTimeout = 5 * time.Second

// AdjustTime moves the chain's clock forward by d and mines an empty block with the new time.
//
// Every transaction this Sim sends is mined at once, but go-ethereum's pool drops mined transactions
// asynchronously after each block, and the simulated beacon refuses to move time while the pool still lists
// one. AdjustTime therefore waits, up to poolSettleTimeout, until the pool is empty.
func (s *Sim) AdjustTime(d time.Duration) error {
	s.client.mu.Lock()
	defer s.client.mu.Unlock()
	deadline := time.Now().Add(poolSettleTimeout)
	for {
		err := s.backend.AdjustTime(d)
		if err == nil {
			s.noteBlock()
			return nil
		}
		// The beacon's only word for this condition is its message.
		if !strings.Contains(err.Error(), "non-empty block") || time.Now().After(deadline) {
			return fmt.Errorf("l1: sim: adjust time: %w", err)
		}
		time.Sleep(time.Millisecond)
	}
}

// Close stops the chain. It waits for a Commit or a send in progress; later ones mine nothing.
func (s *Sim) Close() error {
	s.client.mu.Lock()
	defer s.client.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	return s.backend.Close()
}

// simClient mines a block after each transaction it sends.
type simClient struct {
	simulated.Client
	sim *Sim
	mu  sync.Mutex // serializes sending with mining
}

// SendTransaction sends tx and mines it.
func (c *simClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.sim.closed {
		return ErrSimClosed
	}
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	c.sim.backend.Commit()
	c.sim.noteBlock()
	return nil
}

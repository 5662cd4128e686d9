package escape

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"strings"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/l1/bindings"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// Errors of rebuilding.
var (
	// ErrRootMismatch reports a replayed batch whose state root is not the one the contract logged: the
	// replay and the circuits disagree, or the L1 data is not what it claims to be.
	ErrRootMismatch = errors.New("escape: rebuilt root differs from the root on L1")
	// ErrUnsupportedGenesis reports a genesis with accounts: only an empty accounts tree can be rebuilt from
	// the Genesis event alone.
	ErrUnsupportedGenesis = errors.New("escape: genesis has accounts")
	// ErrBadCommit reports a BatchCommitted log that cannot be decoded, whose pubdata is not a batch's, or
	// whose batch does not follow the one before it.
	ErrBadCommit = errors.New("escape: batch commit cannot be decoded")
	// ErrBadReplay reports a record that cannot apply to the rebuilt state (a slot or position that does not
	// exist, a value out of range): the proof would have rejected it. It is statedb.ErrBadReplay.
	ErrBadReplay = statedb.ErrBadReplay
	// ErrConfigMismatch reports a configuration (Options.Config) that is invalid or whose hash is not the config
	// hash in force for the first batch; config hash changes that do not end at the contract's config hash;
	// or a config hash change after a replayed batch of a rollup whose deployment transaction does not give
	// the config hash it started with (l1.ErrNotDeployment), so the batches before the change cannot be
	// matched to a configuration.
	ErrConfigMismatch = errors.New("escape: configuration does not match the config hash on L1")
	// ErrConfigNotPublished reports a config hash in force for a batch whose configuration is neither
	// Options.Config nor published on L1 (publishConfig): give it when it is the first batch's, or publish it,
	// which anyone may do for any hash that was ever the contract's (a change applies only once published, so
	// only the genesis hash can be missing). The error names the hash.
	ErrConfigNotPublished = errors.New("escape: the configuration a batch was proven for is not published on L1; " +
		"give the first batch's (Options.Config, perpx escape --config FILE) or publish it (publishConfig)")
	// ErrHistoryUnavailable reports a node that refused part of the rollup's history as data it no longer
	// keeps (history expiry, EIP-4444: go-ethereum answers JSON-RPC error 4444, "pruned history unavailable").
	// The rebuild needs every log of the rollup, and its deployment transaction, from the deployment block to
	// the head. The error names the refused blocks and the kind of node that serves them (historyNodes).
	ErrHistoryUnavailable = errors.New("escape: the node does not serve the rollup's history")
)

// prunedHistoryCode is the JSON-RPC error code go-ethereum answers for history it no longer keeps.
const prunedHistoryCode = 4444

// historyNodes says what the rebuild needs from a node and which nodes serve it.
const historyNodes = "the rebuild needs every log of the rollup from its deployment block to the head (and the deployment " +
	"transaction): use a node that keeps the chain's full history — an archive node, a full node without history expiry " +
	"(geth --history.chain all), or a provider's archive endpoint — and Options.FromBlock (perpx escape --from-block) at or before the deployment block"

// refusedHistory reports whether err is a node's refusal to serve history it no longer keeps.
func refusedHistory(err error) bool {
	var re rpc.Error
	if errors.As(err, &re) && re.ErrorCode() == prunedHistoryCode {
		return true
	}
	// go-ethereum's message (core/history.PrunedHistoryError), for a node that drops the error code.
	return strings.Contains(strings.ToLower(err.Error()), "pruned history unavailable")
}

// historyError returns err, a failed read whose message names the blocks it asked for, as ErrHistoryUnavailable
// when the node refused them as history it does not keep, and as it is otherwise.
func historyError(err error) error {
	if err == nil || !refusedHistory(err) {
		return err
	}
	return fmt.Errorf("%w: %w; %s", ErrHistoryUnavailable, err, historyNodes)
}

// Backend is what rebuilding needs from an Ethereum node: the l1 calls, the rollup's logs and the transaction
// that deployed it. *ethclient.Client and the simulated backend's client satisfy it.
type Backend interface {
	l1.Backend
	ethereum.TransactionReader
}

// Options configures Rebuild.
type Options struct {
	// FromBlock is where to look for the rollup's Genesis log: its deployment block or any earlier one.
	FromBlock uint64
	// Dir holds the rebuilt state tree; empty keeps it in memory.
	Dir string
	// MaxLogRange bounds the blocks of one log request; 0 means l1.DefaultMaxLogRange.
	MaxLogRange uint64
	// Progress receives a line per replayed batch; nil discards them.
	Progress func(format string, args ...any)
	// Config is the configuration the first batch was proven for (docs/PROTOCOL.md §3.4): the market records
	// replay with its funding interval. Its hash must be the config hash in force for the first batch (the
	// contract's when no batch was committed), and every batch proven for that hash replays with it. The
	// batches proven for any other hash, and all of them when Config is nil, replay with the configuration
	// published on L1 for their hash (the ConfigPublished log of publishConfig).
	Config *state.Config
}

// State is a rollup state rebuilt from L1 data alone: the Genesis log, then the pubdata of every committed
// batch, read from the contract's BatchCommitted logs.
type State struct {
	// Tree holds every account, its order-slot tree, the markets table and the globals.
	Tree *statedb.Tree
	// Rollup is the contract the state was read from.
	Rollup common.Address
	// Batches is the number of batches replayed; Root the state root after the last one, which equals the
	// contract's stored root.
	Batches uint64
	Root    fr.Element
	// Status is the contract's status read after the replay.
	Status l1.Status
}

// Close closes the state's tree.
func (s *State) Close() error { return s.Tree.Close() }

// Rebuild reads the rollup's Genesis log and every BatchCommitted log after it, takes each batch's root,
// timestamp and pubdata from the log (whoever called commitBatch, and however: several batches may share a
// transaction) and replays the records on a fresh tree, checking
// the state root after every batch against the root the contract logged, and the final root against the
// contract's stored root. Each batch replays with the configuration of the config hash in force when it was
// committed: the hash the rollup was deployed with, then the value of each ChangeApplied(ConfigHash) log, in
// log order. It asks the sequencer for nothing.
func Rebuild(ctx context.Context, b Backend, rollup common.Address, opts Options) (*State, error) {
	if opts.MaxLogRange == 0 {
		opts.MaxLogRange = l1.DefaultMaxLogRange
	}
	if opts.Progress == nil {
		opts.Progress = func(string, ...any) {}
	}
	g, err := l1.ReadGenesis(ctx, b, rollup, opts.FromBlock)
	if err != nil {
		return nil, historyError(err)
	}
	cfgs, err := newConfigs(ctx, b, rollup, g, opts)
	if err != nil {
		return nil, err
	}
	if g.AccountsRoot != state.EmptyAccountNodes()[state.AccountTreeLevels] {
		return nil, ErrUnsupportedGenesis
	}
	markets, err := g.Markets()
	if err != nil {
		return nil, err
	}
	globals, err := l1.GlobalsOf(g.Globals)
	if err != nil {
		return nil, err
	}
	tree, err := openTree(opts.Dir)
	if err != nil {
		return nil, err
	}
	s := &State{Tree: tree, Rollup: rollup}
	if err := s.start(markets, globals, g); err != nil {
		return nil, errors.Join(err, tree.Close())
	}
	if err := s.replayAll(ctx, b, g.Block, opts, cfgs); err != nil {
		return nil, errors.Join(err, tree.Close())
	}
	if s.Status, err = l1.NewRollup(b, rollup).Status(ctx); err != nil {
		return nil, errors.Join(err, tree.Close())
	}
	if s.Status.BatchNumber != s.Batches || s.Status.StateRoot != s.Root {
		return nil, errors.Join(fmt.Errorf("%w: replayed %d batches to %s, the contract holds batch %d root %s",
			ErrRootMismatch, s.Batches, s.Root.String(), s.Status.BatchNumber, s.Status.StateRoot.String()), tree.Close())
	}
	if err := cfgs.finish(ctx); err != nil {
		return nil, errors.Join(err, tree.Close())
	}
	return s, nil
}

// configs finds the configuration each batch replays with: it follows the config hash in force through the
// ChangeApplied(ConfigHash) logs and reads each hash's configuration once.
type configs struct {
	b           Backend
	rollup      common.Address
	from        uint64
	maxLogRange uint64
	given       *state.Config
	byHash      map[[32]byte]*state.Config
	// inForce is the config hash in force; known reports it came from the deployment transaction or a
	// change, not from the contract's current hash.
	inForce [32]byte
	known   bool
	// checked reports given was checked against the hash in force for the first batch.
	checked bool
}

// newConfigs starts at the config hash the rollup was deployed with (l1.DeployedConfigHash), or, when the
// deployment transaction does not give it, at the contract's current config hash; opts.Config, when given,
// must be valid.
func newConfigs(ctx context.Context, b Backend, rollup common.Address, g *l1.GenesisEvent, opts Options) (*configs, error) {
	c := &configs{b: b, rollup: rollup, from: g.Block, maxLogRange: opts.MaxLogRange, given: opts.Config,
		byHash: map[[32]byte]*state.Config{}}
	if c.given != nil {
		if err := c.given.Validate(); err != nil {
			return nil, fmt.Errorf("%w: %w", ErrConfigMismatch, err)
		}
		c.byHash[c.given.Hash()] = c.given
	}
	h, err := l1.DeployedConfigHash(ctx, b, g)
	if err == nil {
		c.inForce, c.known = h, true
		return c, nil
	}
	if !errors.Is(err, l1.ErrNotDeployment) {
		return nil, historyError(fmt.Errorf("escape: deployed config hash, from the deployment transaction %s in block %d: %w", g.Tx, g.Block, err))
	}
	if c.inForce, err = l1.NewRollup(b, rollup).ConfigHash(ctx); err != nil {
		return nil, fmt.Errorf("escape: config hash: %w", err)
	}
	return c, nil
}

// change makes hash, which governance set in block after `batches` replayed batches, the hash in force.
func (c *configs) change(hash [32]byte, block, batches uint64) error {
	if !c.known && batches > 0 {
		return fmt.Errorf("%w: governance set the config hash to %x in block %d, after batch %d, and the deployment "+
			"transaction does not give the hash before it", ErrConfigMismatch, hash, block, batches)
	}
	c.inForce, c.known = hash, true
	return nil
}

// forBatch returns the configuration of the hash in force for batch num: the given one when it hashes to it,
// else the one published on L1. The first call checks the given configuration hashes to the hash in force.
func (c *configs) forBatch(ctx context.Context, num uint64) (*state.Config, error) {
	if err := c.checkGiven(); err != nil {
		return nil, err
	}
	if cfg, ok := c.byHash[c.inForce]; ok {
		return cfg, nil
	}
	cfg, err := l1.ReadConfig(ctx, c.b, c.rollup, c.inForce, c.from, c.maxLogRange)
	if errors.Is(err, l1.ErrConfigNotPublished) {
		return nil, fmt.Errorf("%w: config hash %x, in force for batch %d: %w", ErrConfigNotPublished, c.inForce, num, err)
	}
	if err != nil {
		return nil, historyError(err)
	}
	c.byHash[c.inForce] = cfg
	return cfg, nil
}

// checkGiven checks, once, that the given configuration hashes to the hash in force.
func (c *configs) checkGiven() error {
	if c.checked || c.given == nil {
		return nil
	}
	c.checked = true
	if h := c.given.Hash(); h != c.inForce {
		return fmt.Errorf("%w: the configuration hashes to %x, the first batch was proven for %x", ErrConfigMismatch, h, c.inForce)
	}
	return nil
}

// finish checks the hash in force after the last log is the contract's config hash, and the given
// configuration against it when no batch was replayed.
func (c *configs) finish(ctx context.Context) error {
	onL1, err := l1.NewRollup(c.b, c.rollup).ConfigHash(ctx)
	if err != nil {
		return fmt.Errorf("escape: config hash: %w", err)
	}
	if c.inForce != onL1 {
		return fmt.Errorf("%w: the config hash changes logged end at %x, the contract holds %x", ErrConfigMismatch, c.inForce, onL1)
	}
	return c.checkGiven()
}

func openTree(dir string) (*statedb.Tree, error) {
	quiet := statedb.WithLogger(slog.New(slog.DiscardHandler))
	if dir == "" {
		return statedb.Open("rebuilt", statedb.WithFS(vfs.NewMem()), quiet)
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return nil, fmt.Errorf("escape: state directory %s is not empty", dir)
	}
	return statedb.Open(dir, quiet)
}

// start writes the genesis state and checks it hashes to the genesis root.
func (s *State) start(markets state.Markets, globals state.Globals, g *l1.GenesisEvent) error {
	if err := s.Tree.SetMarkets(markets); err != nil {
		return fmt.Errorf("escape: genesis markets: %w", err)
	}
	s.Tree.SetGlobals(globals)
	if s.Root = s.Tree.Root(); s.Root != g.Root {
		return fmt.Errorf("%w: genesis hashes to %s, the contract logged %s", ErrRootMismatch, s.Root.String(), g.Root.String())
	}
	return s.Tree.Commit()
}

// replayAll replays the batches committed in blocks from `from` to the head, each with its configuration in
// cfgs, completing their Deposit records from the DepositQueued logs before them (depositors).
func (s *State) replayAll(ctx context.Context, b Backend, from uint64, opts Options, cfgs *configs) error {
	a := bindings.NewRollup()
	parsed := a.GetABI()
	topic := parsed.Events[bindings.RollupBatchCommittedEventName].ID
	changeTopic := parsed.Events[bindings.RollupChangeAppliedEventName].ID
	depositTopic := parsed.Events[bindings.RollupDepositQueuedEventName].ID
	head, err := b.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("escape: head: %w", err)
	}
	deps := depositors{}
	for lo := from; lo <= head; lo += opts.MaxLogRange {
		hi := min(lo+opts.MaxLogRange-1, head)
		logs, err := b.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(lo), ToBlock: new(big.Int).SetUint64(hi),
			Addresses: []common.Address{s.Rollup}, Topics: [][]common.Hash{{topic, changeTopic, depositTopic}},
		})
		if err != nil {
			return historyError(fmt.Errorf("escape: BatchCommitted logs of blocks %d..%d: %w", lo, hi, err))
		}
		for i := range logs {
			switch logs[i].Topics[0] {
			case changeTopic:
				err = s.configChange(a, &logs[i], cfgs)
			case depositTopic:
				err = deps.add(a, &logs[i], s.Rollup)
			default:
				err = s.batchCommitted(ctx, a, &logs[i], opts, cfgs, deps)
			}
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// batchCommitted replays the batch of a BatchCommitted log.
func (s *State) batchCommitted(ctx context.Context, a *bindings.Rollup, log *types.Log, opts Options, cfgs *configs, deps depositors) error {
	ev, err := a.UnpackBatchCommittedEvent(log)
	if err == nil && log.Address != s.Rollup {
		err = fmt.Errorf("the log is %s's", log.Address)
	}
	if err != nil {
		return fmt.Errorf("%w: log in block %d: %w", ErrBadCommit, log.BlockNumber, err)
	}
	if ev.BatchNumber != s.Batches+1 {
		return fmt.Errorf("%w: batch %d follows batch %d", ErrBadCommit, ev.BatchNumber, s.Batches)
	}
	c := &commitCall{newRoot: ev.NewRoot, timestamp: ev.Timestamp, pubdata: ev.Pubdata}
	cfg, err := cfgs.forBatch(ctx, ev.BatchNumber)
	if err != nil {
		return err
	}
	if err := s.replay(ev.BatchNumber, c, cfg, deps); err != nil {
		return err
	}
	records := (len(c.pubdata) - state.MarketRecordSize) / state.CompactRecordSize
	opts.Progress("batch %d: %d records, root %s", ev.BatchNumber, records, s.Root.String())
	return nil
}

// depositor is an account's owner and key, as its DepositQueued logs give them.
type depositor struct {
	owner  state.L1Address
	pubKey [32]byte
}

// depositors maps an account id to its depositor. Every deposit to an account names the owner and key the
// account was created with (Rollup.deposit, depositTo), so the logs of one account all agree, and a compact
// Deposit record's tag binds them (docs/PROTOCOL.md §6.1).
type depositors map[uint32]depositor

// add records the depositor of a DepositQueued log.
func (d depositors) add(a *bindings.Rollup, log *types.Log, rollup common.Address) error {
	ev, err := a.UnpackDepositQueuedEvent(log)
	if err == nil && log.Address != rollup {
		err = fmt.Errorf("the log is %s's", log.Address)
	}
	if err != nil {
		return fmt.Errorf("%w: DepositQueued log in block %d: %w", ErrBadCommit, log.BlockNumber, err)
	}
	d[ev.AccountId] = depositor{owner: state.L1Address(ev.Owner), pubKey: ev.PubKey}
	return nil
}

// complete returns the full records of a batch's compact records: each Deposit record completed with its
// account's depositor (ErrBadCommit when there is none or the record's tag does not bind it). The other records
// replay as they are: a Withdrawal's address and a ForcedTrade's addresses do not enter the state.
func (d depositors) complete(num uint64, cs []state.CompactRecord) ([]state.Record, error) {
	out := make([]state.Record, len(cs))
	for i, c := range cs {
		var who depositor
		if c.Deposit != nil {
			var ok bool
			if who, ok = d[c.Deposit.AccountID]; !ok {
				return nil, fmt.Errorf("%w: batch %d record %d deposits to account %d, which no DepositQueued log names",
					ErrBadCommit, num, i, c.Deposit.AccountID)
			}
		}
		r, err := c.WithDeposit(who.owner, who.pubKey)
		if err != nil {
			return nil, fmt.Errorf("%w: batch %d record %d: %w", ErrBadCommit, num, i, err)
		}
		out[i] = r
	}
	return out, nil
}

// configChange follows an applied governance change: a config hash change makes its value the hash in force
// for the batches committed after it.
func (s *State) configChange(a *bindings.Rollup, log *types.Log, cfgs *configs) error {
	ev, err := a.UnpackChangeAppliedEvent(log)
	if err != nil {
		return fmt.Errorf("%w: log in block %d: %w", ErrBadCommit, log.BlockNumber, err)
	}
	if l1.Change(ev.Kind) != l1.ChangeConfigHash {
		return nil
	}
	return cfgs.change(ev.Value, log.BlockNumber, s.Batches)
}

// commitCall is a batch as its BatchCommitted log gives it.
type commitCall struct {
	newRoot   *big.Int
	timestamp uint64
	pubdata   []byte
}

// replay applies one batch — its market record, then its slot records completed by deps (statedb.ReplayBatch)
// — and checks the new root.
func (s *State) replay(num uint64, c *commitCall, cfg *state.Config, deps depositors) error {
	mr, compact, err := state.DecodeBatchPubdata(c.pubdata)
	if err != nil {
		return fmt.Errorf("%w: batch %d: %w", ErrBadCommit, num, err)
	}
	records, err := deps.complete(num, compact)
	if err != nil {
		return err
	}
	if err := statedb.ReplayBatch(s.Tree, cfg, c.timestamp, &mr, records); err != nil {
		s.Tree.Discard()
		return fmt.Errorf("batch %d: %w", num, err)
	}
	var want fr.Element
	want.SetBigInt(c.newRoot)
	if got := s.Tree.Root(); got != want {
		s.Tree.Discard()
		return fmt.Errorf("%w: batch %d replays to %s, the contract logged %s", ErrRootMismatch, num, got.String(), want.String())
	}
	if err := s.Tree.Commit(); err != nil {
		return err
	}
	s.Batches, s.Root = num, want
	return nil
}

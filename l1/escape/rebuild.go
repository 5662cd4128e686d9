package escape

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"os"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/perpx/perpx/l1"
	"github.com/perpx/perpx/l1/bindings"
	"github.com/perpx/perpx/state"
)

// Errors of rebuilding.
var (
	// ErrRootMismatch reports a replayed batch whose state root is not the one the contract logged: the
	// replay and the circuits disagree, or the L1 data is not what it claims to be.
	ErrRootMismatch = errors.New("escape: rebuilt root differs from the root on L1")
	// ErrUnsupportedGenesis reports a genesis with accounts: only an empty accounts tree can be rebuilt from
	// the Genesis event alone.
	ErrUnsupportedGenesis = errors.New("escape: genesis has accounts")
	// ErrBadCommit reports a BatchCommitted log whose transaction is not a direct commitBatch call to the
	// rollup with the logged root and timestamp, or whose batches do not follow each other.
	ErrBadCommit = errors.New("escape: batch commit cannot be decoded")
	// ErrBadReplay reports a record that cannot apply to the rebuilt state (a slot or position that does not
	// exist, a value out of range): the proof would have rejected it.
	ErrBadReplay = errors.New("escape: record does not apply")
)

// Backend is what rebuilding needs from an Ethereum node: the l1 calls, logs and the transactions that
// committed batches. *ethclient.Client and the simulated backend's client satisfy it.
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
}

// State is a rollup state rebuilt from L1 data alone: the Genesis log, then the pubdata of every committed
// batch, read from the calldata of the transactions that committed them.
type State struct {
	// Tree holds every account, its order-slot tree, the markets table and the globals.
	Tree *state.Tree
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

// Rebuild reads the rollup's Genesis log and every BatchCommitted log after it, fetches each commitBatch
// transaction, decodes its pubdata with the contract's ABI and replays the records on a fresh tree, checking
// the state root after every batch against the root the contract logged, and the final root against the
// contract's stored root. It asks the sequencer for nothing.
func Rebuild(ctx context.Context, b Backend, rollup common.Address, opts Options) (*State, error) {
	if opts.MaxLogRange == 0 {
		opts.MaxLogRange = l1.DefaultMaxLogRange
	}
	if opts.Progress == nil {
		opts.Progress = func(string, ...any) {}
	}
	g, err := l1.ReadGenesis(ctx, b, rollup, opts.FromBlock)
	if err != nil {
		return nil, err
	}
	if g.AccountsRoot != state.EmptyAccountNodes()[state.AccountTreeDepth] {
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
	if err := s.replayAll(ctx, b, g.Block, opts); err != nil {
		return nil, errors.Join(err, tree.Close())
	}
	if s.Status, err = l1.NewRollup(b, rollup).Status(ctx); err != nil {
		return nil, errors.Join(err, tree.Close())
	}
	if s.Status.BatchNumber != s.Batches || s.Status.StateRoot != s.Root {
		return nil, errors.Join(fmt.Errorf("%w: replayed %d batches to %s, the contract holds batch %d root %s",
			ErrRootMismatch, s.Batches, s.Root.String(), s.Status.BatchNumber, s.Status.StateRoot.String()), tree.Close())
	}
	return s, nil
}

func openTree(dir string) (*state.Tree, error) {
	quiet := state.WithLogger(slog.New(slog.DiscardHandler))
	if dir == "" {
		return state.Open("rebuilt", state.WithFS(vfs.NewMem()), quiet)
	}
	if entries, err := os.ReadDir(dir); err == nil && len(entries) > 0 {
		return nil, fmt.Errorf("escape: state directory %s is not empty", dir)
	}
	return state.Open(dir, quiet)
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

// replayAll replays the batches committed in blocks from `from` to the head.
func (s *State) replayAll(ctx context.Context, b Backend, from uint64, opts Options) error {
	a := bindings.NewRollup()
	parsed := a.GetABI()
	topic := parsed.Events[bindings.RollupBatchCommittedEventName].ID
	head, err := b.BlockNumber(ctx)
	if err != nil {
		return fmt.Errorf("escape: head: %w", err)
	}
	for lo := from; lo <= head; lo += opts.MaxLogRange {
		hi := min(lo+opts.MaxLogRange-1, head)
		logs, err := b.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(lo), ToBlock: new(big.Int).SetUint64(hi),
			Addresses: []common.Address{s.Rollup}, Topics: [][]common.Hash{{topic}},
		})
		if err != nil {
			return fmt.Errorf("escape: BatchCommitted logs of blocks %d..%d: %w", lo, hi, err)
		}
		for i := range logs {
			ev, err := a.UnpackBatchCommittedEvent(&logs[i])
			if err != nil {
				return fmt.Errorf("%w: log in block %d: %w", ErrBadCommit, logs[i].BlockNumber, err)
			}
			if ev.BatchNumber != s.Batches+1 {
				return fmt.Errorf("%w: batch %d follows batch %d", ErrBadCommit, ev.BatchNumber, s.Batches)
			}
			c, err := s.commit(ctx, b, &parsed, logs[i].TxHash)
			if err != nil {
				return err
			}
			if c.newRoot.Cmp(ev.NewRoot) != 0 || c.timestamp != ev.Timestamp {
				return fmt.Errorf("%w: transaction %s does not carry batch %d's root and time", ErrBadCommit, logs[i].TxHash, ev.BatchNumber)
			}
			if err := s.replay(ev.BatchNumber, c); err != nil {
				return err
			}
			opts.Progress("batch %d: %d records, root %s", ev.BatchNumber, len(c.pubdata)/state.RecordSize, s.Root.String())
		}
	}
	return nil
}

// commitCall is a decoded commitBatch call.
type commitCall struct {
	newRoot   *big.Int
	timestamp uint64
	pubdata   []byte
}

// commit fetches a commitBatch transaction and decodes its arguments.
func (s *State) commit(ctx context.Context, b Backend, parsed *abi.ABI, hash common.Hash) (*commitCall, error) {
	tx, _, err := b.TransactionByHash(ctx, hash)
	if err != nil {
		return nil, fmt.Errorf("escape: transaction %s: %w", hash, err)
	}
	if tx.To() == nil || *tx.To() != s.Rollup {
		return nil, fmt.Errorf("%w: transaction %s does not call the rollup directly", ErrBadCommit, hash)
	}
	data := tx.Data()
	m := parsed.Methods["commitBatch"]
	if len(data) < 4 || string(data[:4]) != string(m.ID) {
		return nil, fmt.Errorf("%w: transaction %s is not a commitBatch call", ErrBadCommit, hash)
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil || len(args) != 4 {
		return nil, fmt.Errorf("%w: transaction %s: %v", ErrBadCommit, hash, err)
	}
	c := &commitCall{}
	var ok1, ok2, ok3 bool
	c.newRoot, ok1 = args[0].(*big.Int)
	c.timestamp, ok2 = args[1].(uint64)
	c.pubdata, ok3 = args[2].([]byte)
	if !ok1 || !ok2 || !ok3 {
		return nil, fmt.Errorf("%w: transaction %s: argument types", ErrBadCommit, hash)
	}
	return c, nil
}

// replay applies one batch's records and checks the new root.
func (s *State) replay(num uint64, c *commitCall) error {
	records, err := state.DecodePubdata(c.pubdata)
	if err != nil {
		return fmt.Errorf("%w: batch %d: %w", ErrBadCommit, num, err)
	}
	for i, r := range records {
		if err := s.apply(r); err != nil {
			s.Tree.Discard()
			return fmt.Errorf("batch %d record %d: %w", num, i, err)
		}
	}
	g := s.Tree.Globals()
	g.SystemTimeSeconds = c.timestamp
	s.Tree.SetGlobals(g)
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

// apply applies the effects of one record (docs/PROTOCOL.md §5). It checks no rule: the batch's proof did.
func (s *State) apply(r state.Record) error {
	switch {
	case r.Deposit != nil:
		return s.deposit(r.Deposit)
	case r.Trade != nil:
		return s.trade(r.Trade)
	case r.Withdrawal != nil:
		w := r.Withdrawal
		return s.debit(w.AccountID, w.AmountQuantums, &slotWrite{slot: w.Slot, value: state.Slot{Nonce: w.Nonce, Filled: state.SlotConsumed}})
	case r.ForcedWithdrawal != nil:
		if f := r.ForcedWithdrawal; f.Valid {
			return s.debit(f.AccountID, f.AmountQuantums, nil)
		}
	}
	return nil
}

func (s *State) deposit(d *state.DepositRecord) error {
	a, err := s.Tree.Account(d.AccountID)
	if err != nil {
		return err
	}
	if a.IsEmpty() {
		if a.PubKey, err = state.DecompressPubKey(d.PubKey); err != nil {
			return fmt.Errorf("%w: deposit key: %w", ErrBadReplay, err)
		}
		a.L1Address = d.L1Address
	}
	if a.CollateralQuantums > math.MaxInt64-int64(d.AmountQuantums) {
		return fmt.Errorf("%w: collateral overflow", ErrBadReplay)
	}
	a.CollateralQuantums += int64(d.AmountQuantums)
	return s.Tree.SetAccount(d.AccountID, a)
}

// slotWrite is an order-slot write that goes with an account update.
type slotWrite struct {
	slot  uint16
	value state.Slot
}

// debit subtracts amount from an account's collateral, after writing its order slot if w is set.
func (s *State) debit(id uint32, amount uint64, w *slotWrite) error {
	a, err := s.Tree.Account(id)
	if err != nil {
		return err
	}
	if w != nil {
		if a.SlotRoot, err = s.Tree.SetSlot(id, w.slot, w.value); err != nil {
			return fmt.Errorf("%w: %w", ErrBadReplay, err)
		}
	}
	if a.CollateralQuantums < math.MinInt64+int64(amount) {
		return fmt.Errorf("%w: collateral underflow", ErrBadReplay)
	}
	a.CollateralQuantums -= int64(amount)
	return s.Tree.SetAccount(id, a)
}

// trade applies a fill: the taker's slot and account, then the maker's (docs/PROTOCOL.md §5).
func (s *State) trade(t *state.TradeRecord) error {
	markets := s.Tree.Markets()
	mk := markets.Get(t.Market)
	if mk == nil {
		return fmt.Errorf("%w: market %d", ErrBadReplay, t.Market)
	}
	var quote big.Int
	quote.Mul(new(big.Int).SetUint64(t.SizeQuantums), new(big.Int).SetUint64(t.Price))
	quote.Quo(&quote, big.NewInt(state.PriceScale))
	if !quote.IsInt64() || t.SizeQuantums >= uint64(state.MaxSize) {
		return fmt.Errorf("%w: fill of %d at %d", ErrBadReplay, t.SizeQuantums, t.Price)
	}
	q, cash := int64(t.SizeQuantums), quote.Int64()
	taker, maker := q, -q // the taker buys
	takerCash, makerCash := -cash, cash
	if !t.TakerIsBuy {
		taker, maker, takerCash, makerCash = -q, q, cash, -cash
	}
	if err := s.fill(t.TakerAccount, t.TakerSlot, t.TakerNonce, t.SizeQuantums, mk, t.Market, taker, takerCash-int64(t.TakerFee)); err != nil {
		return err
	}
	if err := s.fill(t.MakerAccount, t.MakerSlot, t.MakerNonce, t.SizeQuantums, mk, t.Market, maker, makerCash-int64(t.MakerFee)); err != nil {
		return err
	}
	g := s.Tree.Globals()
	g.FeePoolQuantums += t.TakerFee + t.MakerFee
	s.Tree.SetGlobals(g)
	return nil
}

// fill applies one side of a fill to account id: the order slot records (nonce, filled + q), the position in
// market m changes by dSize (opening the first empty slot at the market's funding index, emptied at 0) and
// the collateral by dCash.
func (s *State) fill(id uint32, slot uint16, nonce uint32, q uint64, mk *state.Market, m uint8, dSize, dCash int64) error {
	a, err := s.Tree.Account(id)
	if err != nil {
		return err
	}
	cur, err := s.Tree.Slot(id, slot)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrBadReplay, err)
	}
	var filled uint64
	if cur.Nonce == nonce {
		filled = cur.Filled
	}
	if a.SlotRoot, err = s.Tree.SetSlot(id, slot, state.Slot{Nonce: nonce, Filled: filled + q}); err != nil {
		return fmt.Errorf("%w: %w", ErrBadReplay, err)
	}
	i := a.PositionIndex(m)
	if i < 0 {
		if i = a.FreePositionIndex(); i < 0 {
			return fmt.Errorf("%w: account %d has no free position slot", ErrBadReplay, id)
		}
		a.Positions[i] = state.Position{Market: m, FundingIndex: mk.FundingIndex}
	}
	a.Positions[i].SizeQuantums += dSize
	if a.Positions[i].SizeQuantums == 0 {
		a.Positions[i] = state.Position{}
	}
	a.CollateralQuantums += dCash
	return s.Tree.SetAccount(id, a)
}

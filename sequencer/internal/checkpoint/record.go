package checkpoint

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"log/slog"
	"slices"

	"github.com/cockroachdb/pebble/v2"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/feed"
	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// Version is the version of the checkpoint record.
const Version = 1

// Pos is where the tree stood at a checkpoint: its root, and how far into the batch sequence its
// transactions go (batch NextBatch holds OpenTxs of them; earlier batches are sealed).
type Pos struct {
	Root      fr.Element
	NextBatch uint64
	OpenTxs   int
}

// Record is the service state at a command boundary, stored under 'c' as JSON together with the
// resting orders ('o' keys) and entry prices ('p' keys) it refers to. The tree is committed right after it,
// so the durable tree is at Pos, or still at Prev if the process stopped in between.
type Record struct {
	Version     int
	Seq         uint64 // last applied log entry
	Time        uint64 // time of that entry
	Pos         Pos
	Prev        *Pos
	Globals     state.Globals
	Markets     *state.Markets `json:",omitempty"` // the markets table (an open batch's market update included)
	NextOrderID uint64
	BatchTime   uint64
	Deposits    uint64
	Orders      int                // resting orders, a consistency check of the 'o' keys
	Open        *state.SealedBatch // the open batch so far, nil if none
	Feed        *feed.State        `json:",omitempty"` // the market feed's reports and funding samples
	Indexed     []uint32           // accounts with positions (the risk index's); null in older checkpoints
	Stuck       []uint32           `json:",omitempty"` // accounts the liquidator left liquidatable
	Flows       *FlowTotals        `json:",omitempty"` // value in and out; nil in older checkpoints
}

// Load returns the checkpoint stored in db, or nil if there is none.
func Load(db *pebble.DB) (*Record, error) {
	ck := new(Record)
	ok, err := wal.GetJSON(db, []byte{wal.KeyCheckpoint}, ck)
	if !ok {
		return nil, err
	}
	return ck, nil
}

// OrderKey is the key of resting order id: 'o' | id u64.
func OrderKey(id uint64) []byte { return binary.BigEndian.AppendUint64([]byte{wal.KeyBookOrder}, id) }

// EncodeRestingOrder returns the stored form of a resting order: remaining u64 followed by the order as a
// log entry (so it shares the entry's layout and checksum).
func EncodeRestingOrder(o *book.Order) []byte {
	b := binary.BigEndian.AppendUint64(nil, o.Remaining)
	e := wal.LogEntry{Kind: wal.EntryOrder, Order: o.Signed}
	return e.Encode(b)
}

// LoadOrders decodes the resting orders stored under 'o' and hands them to rest in id order, which is each
// price level's time priority.
func LoadOrders(db *pebble.DB, rest func(*book.Order) error) error {
	it, err := db.NewIter(&pebble.IterOptions{LowerBound: []byte{wal.KeyBookOrder}, UpperBound: []byte{wal.KeyBookOrder + 1}})
	if err != nil {
		return fmt.Errorf("sequencer: load book: %w", err)
	}
	defer it.Close()
	for it.First(); it.Valid(); it.Next() {
		id := binary.BigEndian.Uint64(it.Key()[1:])
		v := it.Value()
		if len(v) < 8 {
			return fmt.Errorf("%w: resting order %d", wal.ErrLogCorrupt, id)
		}
		e, err := wal.DecodeEntry(id, v[8:])
		if err != nil || e.Kind != wal.EntryOrder {
			return fmt.Errorf("%w: resting order %d: %v", wal.ErrLogCorrupt, id, err)
		}
		if err := rest(&book.Order{ID: id, Signed: e.Order, Remaining: binary.BigEndian.Uint64(v)}); err != nil {
			return err
		}
	}
	if err := it.Error(); err != nil {
		return fmt.Errorf("sequencer: load book: %w", err)
	}
	return nil
}

// BookState returns a canonical encoding of the matching state: nextID, the next order id, and, per market,
// bids then asks, every level best first (price, size, order count) followed by its orders in time priority
// (id, remaining, signed order). Two services agree on their books iff their BookStates are equal.
func BookState(nextID uint64, books *[state.MarketCount]*book.Book) []byte {
	b := binary.BigEndian.AppendUint64(nil, nextID)
	for _, bk := range books {
		bids, asks := bk.Depth(0)
		byLevel := map[[2]uint64][]*book.Order{}
		bk.Each(func(o *book.Order) bool {
			k := [2]uint64{boolUint(o.IsBuy()), o.Price()}
			byLevel[k] = append(byLevel[k], o)
			return true
		})
		for side, levels := range [2][]book.PriceLevel{bids, asks} {
			b = binary.BigEndian.AppendUint32(b, uint32(len(levels)))
			for _, l := range levels {
				b = binary.BigEndian.AppendUint64(b, l.Price)
				b = binary.BigEndian.AppendUint64(b, l.Size)
				b = binary.BigEndian.AppendUint32(b, uint32(l.Orders))
				os := byLevel[[2]uint64{uint64(1 - side), l.Price}]
				slices.SortFunc(os, func(x, y *book.Order) int { return cmp.Compare(x.ID, y.ID) })
				b = binary.BigEndian.AppendUint32(b, uint32(len(os)))
				for _, o := range os {
					b = binary.BigEndian.AppendUint64(b, o.ID)
					b = append(b, EncodeRestingOrder(o)...)
				}
			}
		}
	}
	return b
}

func boolUint(v bool) uint64 {
	if v {
		return 1
	}
	return 0
}

// RollForward brings tree to ck's position when the process stopped between writing ck and committing
// the tree: the transactions between the previous checkpoint and ck are in the stored batches and in ck's open
// batch, with their after-values.
func RollForward(tree engine.Tree, store *wal.BatchStore, ck *Record, log *slog.Logger) error {
	root := tree.Root()
	if root == ck.Pos.Root {
		return nil
	}
	if ck.Prev == nil || root != ck.Prev.Root {
		return fmt.Errorf("%w: tree root matches neither checkpoint %d nor the one before", wire.ErrStateMismatch, ck.Seq)
	}
	for n := ck.Prev.NextBatch; n <= ck.Pos.NextBatch; n++ {
		var txs []state.TxTrace
		switch {
		case n < ck.Pos.NextBatch:
			b, err := store.Get(n)
			if err != nil {
				return err
			}
			txs = b.Txs[:wal.TxCount(b)]
		case ck.Open != nil:
			txs = ck.Open.Txs
		}
		from := 0
		if n == ck.Prev.NextBatch {
			from = ck.Prev.OpenTxs
		}
		for i := from; i < len(txs); i++ {
			if err := applyTrace(tree, &txs[i]); err != nil {
				return wire.Fatalf("roll forward batch %d tx %d: %w", n, i, err)
			}
		}
	}
	if ck.Markets != nil {
		if err := tree.SetMarkets(*ck.Markets); err != nil {
			return wire.Fatalf("roll forward to checkpoint %d: markets: %w", ck.Seq, err)
		}
	}
	tree.SetGlobals(ck.Globals)
	if tree.Root() != ck.Pos.Root {
		return wire.Fatalf("roll forward to checkpoint %d: %w", ck.Seq, wire.ErrStateMismatch)
	}
	if err := tree.Commit(); err != nil {
		return wire.Fatalf("roll forward to checkpoint %d: commit: %w", ck.Seq, err)
	}
	log.Info("tree rolled forward to the last checkpoint", "checkpoint", ck.Seq)
	return nil
}

// applyTrace writes the after-values of a transaction's trace to the tree.
func applyTrace(t engine.Tree, tx *state.TxTrace) error {
	for _, u := range []struct {
		slot *state.SlotUpdate
		acc  *state.AccountUpdate
	}{{tx.SlotA, tx.A}, {tx.SlotB, tx.B}} {
		if u.acc == nil {
			continue
		}
		if u.slot != nil {
			if _, err := t.SetSlot(u.acc.ID, u.slot.Slot, u.slot.After); err != nil {
				return err
			}
		}
		if err := t.SetAccount(u.acc.ID, u.acc.After); err != nil {
			return err
		}
	}
	return nil
}

package wal

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/cockroachdb/pebble/v2"

	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// Errors of the input log.
var (
	// ErrLogCorrupt reports an input log entry that does not decode or fails its checksum.
	ErrLogCorrupt = errors.New("sequencer: input log corrupt")
	// ErrLogFailed reports that a write or sync of the input log failed: the service stops and acknowledges
	// nothing after it.
	ErrLogFailed = errors.New("sequencer: input log write failed")
	// ErrReplayDiverged reports a logged input that replays differently from how it was first applied.
	ErrReplayDiverged = errors.New("sequencer: replay diverged from the log")
)

// logVersion is the version byte of every input log entry; see doc.go for the layout.
const logVersion = 1

// EntryKind is the kind of a logged input.
type EntryKind uint8

// Kinds of logged inputs. Values are stored: never renumber.
const (
	EntryOrder        EntryKind = 1
	EntryCancel       EntryKind = 2
	EntryWithdrawal   EntryKind = 3
	EntryDeposit      EntryKind = 4
	EntrySeal         EntryKind = 5
	EntryForced       EntryKind = 6 // a forced withdrawal from the L1 queue
	EntryReplace      EntryKind = 7
	EntryCancelAll    EntryKind = 8
	EntryExpire       EntryKind = 9
	EntryTransfer     EntryKind = 10 // a signed transfer between accounts (docs/PROTOCOL.md §5)
	EntryOracle       EntryKind = 11 // a quorum of signed oracle reports (oracle.go)
	EntryForcedTrade  EntryKind = 12 // a forced trade from the L1 queue
	EntryMarketParams EntryKind = 13 // a market-params change from the L1 queue
)

func (k EntryKind) String() string {
	switch k {
	case EntryOrder:
		return "order"
	case EntryCancel:
		return "cancel"
	case EntryWithdrawal:
		return "withdrawal"
	case EntryDeposit:
		return "deposit"
	case EntrySeal:
		return "seal"
	case EntryForced:
		return "forced withdrawal"
	case EntryReplace:
		return "replace"
	case EntryCancelAll:
		return "cancel_all"
	case EntryExpire:
		return "expire"
	case EntryOracle:
		return "oracle"
	case EntryTransfer:
		return "transfer"
	case EntryForcedTrade:
		return "forced trade"
	case EntryMarketParams:
		return "market params"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// LogEntry is one accepted input: what it is, and the time (unix seconds) the sequencer applied it at. Every
// batch a command opens takes this time as its timestamp, and admission checks expiries against it, so the
// time is all a replay needs of the clock.
type LogEntry struct {
	Seq        uint64
	Kind       EntryKind
	Time       uint64
	Order      state.SignedOrder
	Withdrawal state.SignedWithdrawal
	Deposit    state.DepositRecord
	Forced     state.ForcedWithdrawalRecord
	Cancel     CancelCmd // for a replacement: the order it replaces
	CancelAll  wire.CancelAllMsg
	Transfer   state.SignedTransfer
	Oracle     []state.SignedOracleReport // state.OracleQuorum reports
	// ForcedTrade is a forced trade as queued on L1 (its Valid is not logged: the engine decides it).
	ForcedTrade  state.ForcedTradeRecord
	MarketParams state.MarketParamsRecord
}

// CancelCmd takes a resting order out of the book. Account is the owner the request was signed by; anyOwner
// (not logged) lets the operator cancel any order, and admission then logs the order's owner.
type CancelCmd struct {
	Account  uint32
	OrderID  uint64
	Expiry   uint64 // unix seconds; 0: none
	AnyOwner bool
}

var crcTable = crc32.MakeTable(crc32.Castagnoli)

func logKey(seq uint64) []byte { return binary.BigEndian.AppendUint64([]byte{keyLogEntry}, seq) }

// Encode appends the stored value of e to b: version u8 | kind u8 | time u64 | payload | crc32c u32 of the bytes
// before it. Payloads (integers big-endian):
//
//	order       account u32 | market u8 | isBuy u8 | flags u8 | slot u16 | nonce u32 | expiry u64
//	            | maxFeePpm u32 | size u64 | limitPrice u64 | signature [64]
//	cancel      account u32 | orderID u64 | expiry u64
//	withdrawal  account u32 | slot u16 | nonce u32 | expiry u64 | amount u64 | l1Address [20] | signature [64]
//	deposit     account u32 | amount u64 | l1Address [20] | pubKey [32]
//	seal        (empty)
//	forced      account u32 | amount u64 | l1Address [20]
//	replace     order payload | replaced orderID u64 | cancel expiry u64
//	cancel_all  account u32 | market u8 | upToOrderID u64 | expiry u64
//	expire      (empty)
//	transfer    from u32 | to u32 | slot u16 | nonce u32 | expiry u64 | amount u64 | marginMode u8 | signature [64]
//	oracle      OracleQuorum × (signer u8 | timestamp u64 | MarketCount × price u64 | signature [64])
//	forced trade  accountA u32 | accountB u32 | market u8 | aIsBuy u8 | size u64 | price u64 | addrA [20]
//	            | addrB [20]
//	market params market u8 | status u8 | imfPpm u32 | mmfPpm u32 | tierImfPpm u32 | tierMmfPpm u32
func (e *LogEntry) Encode(b []byte) []byte {
	start := len(b)
	b = append(b, logVersion, byte(e.Kind))
	b = binary.BigEndian.AppendUint64(b, e.Time)
	switch e.Kind {
	case EntryOrder, EntryReplace:
		m := &e.Order.Msg
		b = binary.BigEndian.AppendUint32(b, m.AccountID)
		b = append(b, m.Market, boolByte(m.IsBuy), m.Flags)
		b = binary.BigEndian.AppendUint16(b, m.Slot)
		b = binary.BigEndian.AppendUint32(b, m.Nonce)
		b = binary.BigEndian.AppendUint64(b, m.ExpirySeconds)
		b = binary.BigEndian.AppendUint32(b, m.MaxFeePpm)
		b = binary.BigEndian.AppendUint64(b, m.SizeQuantums)
		b = binary.BigEndian.AppendUint64(b, m.LimitPrice)
		b = append(b, e.Order.Sig[:]...)
		if e.Kind == EntryReplace {
			b = binary.BigEndian.AppendUint64(b, e.Cancel.OrderID)
			b = binary.BigEndian.AppendUint64(b, e.Cancel.Expiry)
		}
	case EntryCancelAll:
		c := &e.CancelAll
		b = binary.BigEndian.AppendUint32(b, c.AccountID)
		b = append(b, c.Market)
		b = binary.BigEndian.AppendUint64(b, c.UpToOrderID)
		b = binary.BigEndian.AppendUint64(b, c.ExpirySeconds)
	case EntryCancel:
		b = binary.BigEndian.AppendUint32(b, e.Cancel.Account)
		b = binary.BigEndian.AppendUint64(b, e.Cancel.OrderID)
		b = binary.BigEndian.AppendUint64(b, e.Cancel.Expiry)
	case EntryWithdrawal:
		m := &e.Withdrawal.Msg
		b = binary.BigEndian.AppendUint32(b, m.AccountID)
		b = binary.BigEndian.AppendUint16(b, m.Slot)
		b = binary.BigEndian.AppendUint32(b, m.Nonce)
		b = binary.BigEndian.AppendUint64(b, m.ExpirySeconds)
		b = binary.BigEndian.AppendUint64(b, m.AmountQuantums)
		b = append(b, m.L1Address[:]...)
		b = append(b, e.Withdrawal.Sig[:]...)
	case EntryDeposit:
		d := &e.Deposit
		b = binary.BigEndian.AppendUint32(b, d.AccountID)
		b = binary.BigEndian.AppendUint64(b, d.AmountQuantums)
		b = append(b, d.L1Address[:]...)
		b = append(b, d.PubKey[:]...)
	case EntryForced:
		f := &e.Forced
		b = binary.BigEndian.AppendUint32(b, f.AccountID)
		b = binary.BigEndian.AppendUint64(b, f.AmountQuantums)
		b = append(b, f.L1Address[:]...)
	case EntryTransfer:
		m := &e.Transfer.Msg
		b = binary.BigEndian.AppendUint32(b, m.FromAccount)
		b = binary.BigEndian.AppendUint32(b, m.ToAccount)
		b = binary.BigEndian.AppendUint16(b, m.Slot)
		b = binary.BigEndian.AppendUint32(b, m.Nonce)
		b = binary.BigEndian.AppendUint64(b, m.ExpirySeconds)
		b = binary.BigEndian.AppendUint64(b, m.AmountQuantums)
		b = append(b, m.MarginMode)
		b = append(b, e.Transfer.Sig[:]...)
	case EntryForcedTrade:
		f := &e.ForcedTrade
		b = binary.BigEndian.AppendUint32(b, f.AccountA)
		b = binary.BigEndian.AppendUint32(b, f.AccountB)
		b = append(b, f.Market, boolByte(f.AIsBuy))
		b = binary.BigEndian.AppendUint64(b, f.SizeQuantums)
		b = binary.BigEndian.AppendUint64(b, f.Price)
		b = append(b, f.AddrA[:]...)
		b = append(b, f.AddrB[:]...)
	case EntryMarketParams:
		m := &e.MarketParams
		b = append(b, m.Market, m.Status)
		for _, x := range []uint32{m.ImfPpm, m.MmfPpm, m.TierImfPpm, m.TierMmfPpm} {
			b = binary.BigEndian.AppendUint32(b, x)
		}
	case EntryOracle:
		for j := range state.OracleQuorum {
			var r state.SignedOracleReport
			if j < len(e.Oracle) {
				r = e.Oracle[j]
			}
			b = append(b, r.Signer)
			b = binary.BigEndian.AppendUint64(b, r.Report.TimestampSeconds)
			for _, p := range r.Report.Prices {
				b = binary.BigEndian.AppendUint64(b, p)
			}
			b = append(b, r.Sig[:]...)
		}
	}
	return binary.BigEndian.AppendUint32(b, crc32.Checksum(b[start:], crcTable))
}

func boolByte(v bool) byte {
	if v {
		return 1
	}
	return 0
}

// payloadSize is the payload length of each kind.
var payloadSize = map[EntryKind]int{
	EntryOrder:        4 + 3 + 2 + 4 + 8 + 4 + 8 + 8 + 64,
	EntryCancel:       4 + 8 + 8,
	EntryWithdrawal:   4 + 2 + 4 + 8 + 8 + 20 + 64,
	EntryDeposit:      4 + 8 + 20 + 32,
	EntrySeal:         0,
	EntryForced:       4 + 8 + 20,
	EntryReplace:      4 + 3 + 2 + 4 + 8 + 4 + 8 + 8 + 64 + 8 + 8,
	EntryCancelAll:    4 + 1 + 8 + 8,
	EntryExpire:       0,
	EntryTransfer:     4 + 4 + 2 + 4 + 8 + 8 + 1 + 64,
	EntryOracle:       state.OracleQuorum * (1 + 8 + 8*state.MarketCount + 64),
	EntryForcedTrade:  4 + 4 + 1 + 1 + 8 + 8 + 20 + 20,
	EntryMarketParams: 1 + 1 + 4*4,
}

// DecodeEntry decodes the value of log entry seq.
func DecodeEntry(seq uint64, v []byte) (LogEntry, error) {
	e := LogEntry{Seq: seq}
	if len(v) < 14 {
		return e, fmt.Errorf("%w: entry %d: %d bytes", ErrLogCorrupt, seq, len(v))
	}
	body, sum := v[:len(v)-4], binary.BigEndian.Uint32(v[len(v)-4:])
	if crc32.Checksum(body, crcTable) != sum {
		return e, fmt.Errorf("%w: entry %d: checksum", ErrLogCorrupt, seq)
	}
	if body[0] != logVersion {
		return e, fmt.Errorf("%w: entry %d: version %d", ErrLogCorrupt, seq, body[0])
	}
	e.Kind = EntryKind(body[1])
	e.Time = binary.BigEndian.Uint64(body[2:10])
	p := body[10:]
	n, ok := payloadSize[e.Kind]
	if !ok || len(p) != n {
		return e, fmt.Errorf("%w: entry %d: %v with %d payload bytes", ErrLogCorrupt, seq, e.Kind, len(p))
	}
	r := reader{b: p}
	switch e.Kind {
	case EntryOrder, EntryReplace:
		m := &e.Order.Msg
		m.AccountID, m.Market, m.IsBuy, m.Flags = r.u32(), r.u8(), r.u8() == 1, r.u8()
		m.Slot, m.Nonce, m.ExpirySeconds, m.MaxFeePpm = r.u16(), r.u32(), r.u64(), r.u32()
		m.SizeQuantums, m.LimitPrice = r.u64(), r.u64()
		r.bytes(e.Order.Sig[:])
		if e.Kind == EntryReplace {
			e.Cancel.Account, e.Cancel.OrderID, e.Cancel.Expiry = m.AccountID, r.u64(), r.u64()
		}
	case EntryCancelAll:
		c := &e.CancelAll
		c.AccountID, c.Market, c.UpToOrderID, c.ExpirySeconds = r.u32(), r.u8(), r.u64(), r.u64()
	case EntryCancel:
		e.Cancel.Account, e.Cancel.OrderID, e.Cancel.Expiry = r.u32(), r.u64(), r.u64()
	case EntryWithdrawal:
		m := &e.Withdrawal.Msg
		m.AccountID, m.Slot, m.Nonce, m.ExpirySeconds, m.AmountQuantums = r.u32(), r.u16(), r.u32(), r.u64(), r.u64()
		r.bytes(m.L1Address[:])
		r.bytes(e.Withdrawal.Sig[:])
	case EntryDeposit:
		d := &e.Deposit
		d.AccountID, d.AmountQuantums = r.u32(), r.u64()
		r.bytes(d.L1Address[:])
		r.bytes(d.PubKey[:])
	case EntryForced:
		f := &e.Forced
		f.AccountID, f.AmountQuantums = r.u32(), r.u64()
		r.bytes(f.L1Address[:])
	case EntryTransfer:
		m := &e.Transfer.Msg
		m.FromAccount, m.ToAccount, m.Slot, m.Nonce = r.u32(), r.u32(), r.u16(), r.u32()
		m.ExpirySeconds, m.AmountQuantums, m.MarginMode = r.u64(), r.u64(), r.u8()
		r.bytes(e.Transfer.Sig[:])
	case EntryForcedTrade:
		f := &e.ForcedTrade
		f.AccountA, f.AccountB, f.Market = r.u32(), r.u32(), r.u8()
		side := r.u8()
		if side > 1 {
			return e, fmt.Errorf("%w: entry %d: forced trade side byte %d", ErrLogCorrupt, seq, side)
		}
		f.AIsBuy, f.SizeQuantums, f.Price = side == 1, r.u64(), r.u64()
		r.bytes(f.AddrA[:])
		r.bytes(f.AddrB[:])
	case EntryMarketParams:
		m := &e.MarketParams
		m.Market, m.Status = r.u8(), r.u8()
		m.ImfPpm, m.MmfPpm, m.TierImfPpm, m.TierMmfPpm = r.u32(), r.u32(), r.u32(), r.u32()
	case EntryOracle:
		e.Oracle = make([]state.SignedOracleReport, state.OracleQuorum)
		for j := range e.Oracle {
			o := &e.Oracle[j]
			o.Signer, o.Report.TimestampSeconds = r.u8(), r.u64()
			for i := range o.Report.Prices {
				o.Report.Prices[i] = r.u64()
			}
			r.bytes(o.Sig[:])
		}
	}
	return e, nil
}

// reader reads big-endian integers from a buffer whose length the caller has checked.
type reader struct {
	b []byte
	i int
}

func (r *reader) u8() uint8 { r.i++; return r.b[r.i-1] }
func (r *reader) u16() uint16 {
	r.i += 2
	return binary.BigEndian.Uint16(r.b[r.i-2:])
}
func (r *reader) u32() uint32 {
	r.i += 4
	return binary.BigEndian.Uint32(r.b[r.i-4:])
}
func (r *reader) u64() uint64 {
	r.i += 8
	return binary.BigEndian.Uint64(r.b[r.i-8:])
}
func (r *reader) bytes(dst []byte) { r.i += copy(dst, r.b[r.i:]) }

// LogGroup is a set of appended entries and side writes that reach Pebble in one synced batch.
type LogGroup struct {
	batch       *pebble.Batch
	first, last uint64 // sequence numbers of the entries in it; last < first when it holds none
	done        chan struct{}
}

// InputLog is the sequencer's write-ahead log of accepted inputs, kept in the batch store's Pebble database.
//
// The single writer (the Service, under its mutex) appends an entry and applies it at once; the caller then
// waits for the entry to be durable before acknowledging it. A committer goroutine writes whatever is pending
// as one Pebble batch with Sync (group commit: every entry appended while the previous sync ran shares the
// next one) and then releases the waiters. A write or sync failure fails the log for good: no waiter is
// released as durable, every later append fails, and the service stops.
//
// Writes to the database that must follow log entries (sealed batches, checkpoints) go through flush, which
// takes the write lock, so that Pebble's WAL holds every entry before anything derived from it.
type InputLog struct {
	db  *pebble.DB
	log *slog.Logger
	// onSync observes each group write: entries, duration.
	OnSync func(entries int, d time.Duration)
	// onDurable is called, outside every lock, with the last durable sequence number after each group.
	OnDurable func(seq uint64)

	mu      sync.Mutex // guards next, pending, err
	next    uint64
	pending *LogGroup
	err     error

	wmu     sync.Mutex // held while a group is written; orders writes to db
	Durable atomic.Uint64
	Groups  atomic.Uint64 // groups written
	Failed  chan struct{} // closed on failure

	kick chan struct{}
	Quit chan struct{}
	Done chan struct{}
}

// OpenInputLog returns the log of db; its next entry follows the last stored one. The committer runs until
// close.
func OpenInputLog(db *pebble.DB, log *slog.Logger) (*InputLog, error) {
	l := &InputLog{
		db: db, log: log, Failed: make(chan struct{}),
		kick: make(chan struct{}, 1), Quit: make(chan struct{}), Done: make(chan struct{}),
		OnSync: func(int, time.Duration) {}, OnDurable: func(uint64) {},
	}
	last, err := lastLogSeq(db)
	if err != nil {
		return nil, err
	}
	l.next = last + 1
	l.Durable.Store(last)
	l.pending = l.newGroup()
	go l.commitLoop()
	return l, nil
}

// lastLogSeq returns the sequence number of the last stored entry, 0 if there is none.
func lastLogSeq(db *pebble.DB) (uint64, error) {
	it, err := db.NewIter(&pebble.IterOptions{LowerBound: []byte{keyLogEntry}, UpperBound: []byte{keyLogEntry + 1}})
	if err != nil {
		return 0, fmt.Errorf("sequencer: input log: %w", err)
	}
	var n uint64
	if it.Last() {
		n = binary.BigEndian.Uint64(it.Key()[1:])
	}
	if err := errors.Join(it.Error(), it.Close()); err != nil {
		return 0, fmt.Errorf("sequencer: input log: %w", err)
	}
	return n, nil
}

func (l *InputLog) newGroup() *LogGroup {
	return &LogGroup{batch: l.db.NewBatch(), first: l.next, last: l.next - 1, done: make(chan struct{})}
}

// Err returns the failure that stopped the log, or nil.
func (l *InputLog) Err() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.err
}

// Append adds e to the pending group, assigning e.Seq, and returns the group to wait on. It fails only once the
// log has failed.
func (l *InputLog) Append(e *LogEntry) (*LogGroup, error) {
	var buf [256]byte
	l.mu.Lock()
	if l.err != nil {
		l.mu.Unlock()
		return nil, l.err
	}
	e.Seq = l.next
	l.next++
	g := l.pending
	err := g.batch.Set(logKey(e.Seq), e.Encode(buf[:0]), nil)
	g.last = e.Seq
	l.mu.Unlock()
	if err != nil {
		return nil, l.fail(fmt.Errorf("append entry %d: %w", e.Seq, err))
	}
	l.kickCommitter()
	return g, nil
}

// Put adds a side write (a fill, for instance) to the pending group: it becomes durable with the entries
// around it.
func (l *InputLog) Put(key, value []byte) error {
	l.mu.Lock()
	if l.err != nil {
		l.mu.Unlock()
		return l.err
	}
	err := l.pending.batch.Set(key, value, nil)
	l.mu.Unlock()
	l.kickCommitter()
	return err
}

// Tail returns the pending group: waiting for it waits for every entry and side write made so far. It kicks the
// committer, since the group may be empty: when the committer flushed the last side write between put and
// tail, the pending group is a new one that nothing else would flush until the next append.
func (l *InputLog) Tail() *LogGroup {
	l.mu.Lock()
	g := l.pending
	l.mu.Unlock()
	l.kickCommitter()
	return g
}

// kickCommitter wakes the committer; it never blocks.
func (l *InputLog) kickCommitter() {
	select {
	case l.kick <- struct{}{}:
	default:
	}
}

// WaitAll waits until every entry appended before the call is durable, and fails if the log failed first. It
// may be called after close, which leaves every entry durable or the log failed.
func (l *InputLog) WaitAll() error {
	l.mu.Lock()
	seq, g := l.next-1, l.pending
	l.mu.Unlock()
	if g == nil {
		if l.Durable.Load() < seq {
			return fmt.Errorf("%w: entry %d not durable", wire.ErrClosed, seq)
		}
		return nil
	}
	l.kickCommitter()
	return l.Wait(g, seq)
}

// PendingCount returns the number of appended entries not yet durable.
func (l *InputLog) PendingCount() uint64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.next - 1 - l.Durable.Load()
}

// LastSeq returns the sequence number of the last appended entry.
func (l *InputLog) LastSeq() uint64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.next - 1
}

// setNext makes the next appended entry seq (recovery sets it past the replayed entries).
func (l *InputLog) setNext(seq uint64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.next = seq
	l.pending.first, l.pending.last = seq, seq-1
}

// Wait blocks until the entry seq of group g is durable, and fails if the log failed first.
func (l *InputLog) Wait(g *LogGroup, seq uint64) error {
	<-g.done
	if l.Durable.Load() < seq {
		if err := l.Err(); err != nil {
			return fmt.Errorf("%w: %w", wire.ErrStopped, err)
		}
		return fmt.Errorf("%w: entry %d not durable", wire.ErrStopped, seq)
	}
	return nil
}

// commitLoop writes pending groups until close.
func (l *InputLog) commitLoop() {
	defer close(l.Done)
	for {
		select {
		case <-l.Quit:
			return
		case <-l.kick:
		}
		if err := l.Flush(nil); err != nil {
			return
		}
	}
}

// Flush writes the pending group, with the side writes extra adds to it (nil: none), in one synced batch,
// and releases its waiters. It is the only path to the database for log entries; callers that write
// something derived from the log call it first (or pass the write as extra) so that Pebble's WAL orders it
// after every entry it depends on.
func (l *InputLog) Flush(extra func(*pebble.Batch) error) error {
	l.wmu.Lock()
	defer l.wmu.Unlock()
	l.mu.Lock()
	if l.err != nil {
		l.mu.Unlock()
		return l.err
	}
	g := l.pending
	l.pending = l.newGroup()
	l.mu.Unlock()
	defer g.batch.Close()
	var err error
	if extra != nil {
		err = extra(g.batch)
	}
	if err == nil && !g.batch.Empty() {
		start := time.Now()
		err = GuardPebble(func() error { return g.batch.Commit(pebble.Sync) })
		l.Groups.Add(1)
		l.OnSync(int(g.last+1-g.first), time.Since(start))
	}
	if err != nil {
		err = l.fail(fmt.Errorf("write entries %d..%d: %w", g.first, g.last, err))
		close(g.done)
		return err
	}
	if g.last >= g.first {
		l.Durable.Store(g.last)
	}
	l.OnDurable(l.Durable.Load()) // stream events go out before the acknowledgements
	close(g.done)
	return nil
}

// fail records the log's failure: every later append and flush returns it, and waiters of the pending group
// are woken without their entries becoming durable.
func (l *InputLog) fail(err error) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.err == nil {
		l.err = &wire.FatalError{Err: fmt.Errorf("%w: %w", ErrLogFailed, err)}
		l.log.Error("input log failed", "err", err)
		close(l.Failed)
		close(l.pending.done) // the pending group is never written
	}
	return l.err
}

// Close stops the committer after a last flush of the pending entries. The group the flush leaves pending,
// empty, is never written: its waiters are released (a failed log has released them already).
func (l *InputLog) Close() error {
	close(l.Quit)
	<-l.Done
	err := l.Flush(nil)
	l.mu.Lock()
	if l.pending != nil {
		l.pending.batch.Close()
		if l.err == nil {
			close(l.pending.done)
		}
		l.pending = nil
	}
	l.mu.Unlock()
	return err
}

// ReadEntries calls f on every entry with sequence number from..to (to 0: the last), in order.
func ReadEntries(db *pebble.DB, from, to uint64, f func(*LogEntry) error) error {
	upper := []byte{keyLogEntry + 1}
	if to != 0 {
		upper = logKey(to + 1)
	}
	it, err := db.NewIter(&pebble.IterOptions{LowerBound: logKey(from), UpperBound: upper})
	if err != nil {
		return fmt.Errorf("sequencer: input log: %w", err)
	}
	want := from
	for it.First(); it.Valid(); it.Next() {
		seq := binary.BigEndian.Uint64(it.Key()[1:])
		if seq != want {
			it.Close()
			return fmt.Errorf("%w: entry %d follows %d", ErrLogCorrupt, seq, want-1)
		}
		want++
		e, err := DecodeEntry(seq, it.Value())
		if err == nil {
			err = f(&e)
		}
		if err != nil {
			it.Close()
			return err
		}
	}
	if err := errors.Join(it.Error(), it.Close()); err != nil {
		return fmt.Errorf("sequencer: input log: %w", err)
	}
	return nil
}

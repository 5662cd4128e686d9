package httpapi

import (
	"log/slog"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/sequencer/events"
	"github.com/perpx/perpx/sequencer/internal/book"
	"github.com/perpx/perpx/sequencer/internal/metrics"
	"github.com/perpx/perpx/sequencer/internal/risk"
	"github.com/perpx/perpx/sequencer/verified"
	"github.com/perpx/perpx/sequencer/wal"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// Backend is what the API needs of the sequencer's Service (which implements it): the handlers decode and
// check a request, call one of these methods and render the result. Every method is safe for concurrent use.
type Backend interface {
	// Logger and Metrics are the service's logger and metrics.
	Logger() *slog.Logger
	Metrics() *metrics.Metrics

	// VerifySig checks sig on msg against account's key; VerifyOrderSig checks a signed order's. They run in
	// the handler's goroutine, before any Submit.
	VerifySig(account uint32, msg fr.Element, sig *state.Signature) error
	VerifyOrderSig(so *state.SignedOrder) error

	// The Submit methods enter a command whose signatures were checked and return once it is durable.
	SubmitOrder(so state.SignedOrder) (*book.PlaceResult, error)
	SubmitReplace(cancel wire.CancelMsg, so state.SignedOrder) (*book.PlaceResult, error)
	SubmitCancel(m wire.CancelMsg) (*book.Order, uint64, error)
	CancelAllOf(m wire.CancelAllMsg) ([]uint64, uint64, error)
	SubmitWithdrawal(w state.SignedWithdrawal) (uint64, error)
	SubmitTransfer(t state.SignedTransfer) (uint64, error)
	SubmitOracleReports(r []state.SignedOracleReport) (uint64, error)
	// Enter enters a command whose signatures were checked without waiting for its durability; wait does
	// (WebSocket order entry).
	Enter(e *wal.LogEntry) (wait func() (any, error), err error)

	// Reads. Markets and the batch reads never wait for the service's lock.
	Markets() state.Markets
	Depth(m uint8, n int) (bids, asks []book.PriceLevel, err error)
	Trades(m uint8, n int) ([]book.TradeEvent, error)
	AccountRisk(id uint32) (state.Account, *risk.AccountRisk, error)
	OpenOrders(id uint32) ([]book.Order, error)
	Fills(id uint32, before uint64, limit int) ([]wal.FillRecord, error)
	Slot(id uint32, slot uint16) (state.Slot, uint64, error)
	Batch(n uint64) (*state.SealedBatch, wire.BatchStatus, error)
	BatchSummaries(before uint64, limit int) ([]wire.BatchSummaryJSON, error)
	VerifiedAccountProof(id uint32) (*verified.Proof, error)
	Health() wire.HealthJSON
	Totals() (wire.TotalsJSON, error)
	LatestStressReport() (wire.StressLatestJSON, []byte, bool)

	// WaitDurable waits until every command entered so far is durable (durable reads); DurableSeq is the
	// last durable log entry.
	WaitDurable() error
	DurableSeq() uint64

	// Subscribe adds sub to a stream topic and queues its snapshot, calling confirmed first; Unsubscribe
	// removes it ("": from every topic).
	Subscribe(sub *events.Subscriber, topic string, signed bool, confirmed func()) error
	Unsubscribe(sub *events.Subscriber, topic string)
}

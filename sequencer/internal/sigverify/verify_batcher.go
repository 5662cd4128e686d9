package sigverify

import (
	"runtime"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/state"
)

// sigBatchLeaders is how many batches a sigBatcher runs at once whatever its queue. A batch holds its
// goroutine's P until it ends, so callers can only queue on the other Ps: with as many leaders as Ps nobody
// would ever queue, and the checks would all run alone. One leader on the exchange's 2 cores leaves the
// other core to the rest of the work (HTTP, JSON, matching, logging), whose callers queue behind the running
// batch. When a block of lanes (sigLaneBlock) is queued even so, the checks are the bottleneck: a caller that
// arrives then leads another batch, up to one per P.
const sigBatchLeaders = 1

// sigBatcher combines the signature checks of concurrent callers into batches (verifyBatch). A caller that
// finds fewer than sigBatchLeaders batches running, or a block of lanes queued and fewer batches running
// than Ps, leads one at once: its own check and whatever is queued (up to sigBatchMax in all; a lone check is
// fastVerify). Any other caller queues, and when a batch ends the first in the queue leads the next one with
// what is queued, while the batch's other callers wake with their verdicts.
//
// A leader that finds the queue empty yields its P once (runtime.Gosched) before taking the queue: the
// callers already readied on that P, such as the checks a WebSocket reader starts for the several orders of
// one read, run first, queue, and join its batch instead of each leading a lone check at twice a lane's cost
// (without the yield, a third of the load benchmark's orders were checked alone). Nobody waits for arrivals
// beyond that: at low load every check is a lone one, a few microseconds later for the yield, and under load
// the batches grow with the queue. The zero value is ready for use; safe for concurrent use.
//
// The Service calls the package's one, sigBatch.
type sigBatcher struct {
	mu      sync.Mutex
	running int           // the batches running, or handed to the head of the queue
	queue   []*sigRequest // the callers waiting for a batch
}

// sigBatch is the combining verifier of the API's checks (one per process, like keyTables). Service.verifySig
// is meant to call it in place of Verify, keeping the rest as it is, sigVerdicts.add of an accepted triple
// included:
//
//	ok := sigBatch.Verify(pk, msg, sig)
//
// An order's check can also carry the order itself (VerifyOrder), so that its hash is computed with the
// batch's; the caller then feeds sigVerdicts with the returned word.
var Shared sigBatcher

// sigRequest is a queued check. Its owner waits on wake: true hands it the next batch to lead, false tells it
// that item holds the verdict.
type sigRequest struct {
	item verifyItem
	wake chan bool
}

var sigRequests = sync.Pool{New: func() any { return &sigRequest{wake: make(chan bool, 1)} }}

// Verify reports whether sig is pk's signature of the message word w, as Verify does.
func (b *sigBatcher) Verify(pk state.PubKey, w fr.Element, sig *state.Signature) bool {
	return b.verify(verifyItem{pk: pk, w: w, sig: sig}).ok
}

// VerifyOrder reports whether sig is pk's signature of the order m, as Verify(pk, orderHash(m), sig) does,
// and returns orderHash(m).
func (b *sigBatcher) VerifyOrder(pk state.PubKey, m *state.OrderMsg, sig *state.Signature) (fr.Element, bool) {
	it := b.verify(verifyItem{pk: pk, order: m, sig: sig})
	return it.w, it.ok
}

func (b *sigBatcher) verify(it verifyItem) verifyItem {
	b.mu.Lock()
	if b.running < sigBatchLeaders || len(b.queue) >= sigLaneBlock && b.running < runtime.GOMAXPROCS(0) {
		b.running++
		if len(b.queue) == 0 {
			b.mu.Unlock()
			runtime.Gosched()
			b.mu.Lock()
		}
		b.lead(&it)
		return it
	}
	r := sigRequests.Get().(*sigRequest)
	r.item = it
	b.queue = append(b.queue, r)
	b.mu.Unlock()
	if <-r.wake {
		b.mu.Lock()
		b.lead(&r.item)
	}
	it = r.item
	r.item = verifyItem{}
	sigRequests.Put(r)
	return it
}

// lead runs a batch of first and the requests queued, wakes the batch's other callers and hands the next
// batch on. The caller holds b.mu, which lead releases, and counts in b.running.
func (b *sigBatcher) lead(first *verifyItem) {
	var reqs [sigBatchMax - 1]*sigRequest
	n := copy(reqs[:], b.queue)
	rest := copy(b.queue, b.queue[n:])
	clear(b.queue[rest:])
	b.queue = b.queue[:rest]
	b.mu.Unlock()
	var items [sigBatchMax]verifyItem
	items[0] = *first
	for i, q := range reqs[:n] {
		items[1+i] = q.item
	}
	verifyBatch(items[:1+n])
	*first = items[0]
	for i, q := range reqs[:n] {
		q.item = items[1+i]
	}
	for _, q := range reqs[:n] {
		q.wake <- false
	}
	b.handOff() // last: the scheduler runs the goroutine readied last first
}

// handOff ends a batch: the head of the queue, if any, leads the next one.
func (b *sigBatcher) handOff() {
	b.mu.Lock()
	if len(b.queue) == 0 {
		b.running--
		b.mu.Unlock()
		return
	}
	next := b.queue[0]
	rest := copy(b.queue, b.queue[1:])
	b.queue[rest] = nil
	b.queue = b.queue[:rest]
	b.mu.Unlock()
	next.wake <- true
}

package sequencer

import (
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/state"
)

// sigBatcher combines the signature checks of concurrent callers into batches (verifyBatch). A caller that
// finds no batch running verifies its signature alone, at once (fastVerify); one that arrives while a batch
// runs queues, and when the batch ends the first in the queue takes what is queued (itself and up to
// sigBatchMax − 1 more) as the next batch, then wakes the others with their verdicts. Nobody waits for more
// arrivals: at low load every check is a lone one, and under load the batches grow with the queue. One batch
// runs at a time. The zero value is ready for use; safe for concurrent use.
//
// The Service is meant to own one (a field sigBatch sigBatcher) and call it from Service.verifySig in place
// of Verify, keeping the rest of verifySig as it is, sigVerdicts.add of an accepted triple included:
//
//	ok := s.sigBatch.Verify(pk, msg, sig)
//
// An order's signature can also carry the order itself (VerifyOrder), so that its hash is computed with the
// batch's; the caller then feeds sigVerdicts with the returned word.
type sigBatcher struct {
	mu      sync.Mutex
	running bool          // a batch runs, or is handed to the head of the queue
	queue   []*sigRequest // the callers waiting for the next batch
}

// sigRequest is a queued check. Its owner waits on wake: true hands it the next batch to run, false tells it
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
	if !b.running {
		b.running = true
		b.mu.Unlock()
		one := [1]verifyItem{it}
		verifyBatch(one[:])
		b.handOff()
		return one[0]
	}
	r := sigRequests.Get().(*sigRequest)
	r.item = it
	b.queue = append(b.queue, r)
	b.mu.Unlock()
	if <-r.wake {
		b.lead(r)
	}
	it = r.item
	r.item = verifyItem{}
	sigRequests.Put(r)
	return it
}

// lead runs a batch of r and the requests queued after it, hands the next batch on, and wakes the batch's
// other callers.
func (b *sigBatcher) lead(r *sigRequest) {
	var reqs [sigBatchMax]*sigRequest
	var items [sigBatchMax]verifyItem
	reqs[0] = r
	b.mu.Lock()
	n := 1 + copy(reqs[1:], b.queue)
	rest := copy(b.queue, b.queue[n-1:])
	clear(b.queue[rest:])
	b.queue = b.queue[:rest]
	b.mu.Unlock()
	for i, q := range reqs[:n] {
		items[i] = q.item
	}
	verifyBatch(items[:n])
	for i, q := range reqs[:n] {
		q.item = items[i]
	}
	b.handOff()
	for _, q := range reqs[1:n] {
		q.wake <- false
	}
}

// handOff ends a batch: the head of the queue, if any, runs the next one.
func (b *sigBatcher) handOff() {
	b.mu.Lock()
	if len(b.queue) == 0 {
		b.running = false
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

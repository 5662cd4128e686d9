package sequencer

import (
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/state"
)

// sigVerdictGeneration bounds the verdicts the Service keeps: two generations of at most this many entries
// (≈ 200 bytes each). An order whose verdict was dropped (it rested longer than two generations of admitted
// signatures) is verified again by the engine when it fills: slower, same result.
const sigVerdictGeneration = 1 << 16

// sigVerdicts remembers the signatures admission verified, so that the engine does not verify them again at
// every fill. An entry vouches for exactly one (public key, message word, signature) triple: a lookup that
// differs in any of them misses, and a miss means the engine verifies. The verdicts are not persisted: a
// replay of the input log (whose entries were verified before they were logged) starts with none, verifies
// in the engine, and reaches the same state. Safe for concurrent use (admission runs outside the service
// lock).
type sigVerdicts struct {
	mu       sync.Mutex
	max      int
	cur, old map[state.Signature]sigVerdict
}

type sigVerdict struct {
	pk  state.PubKey
	msg fr.Element
}

func newSigVerdicts(generation int) *sigVerdicts {
	return &sigVerdicts{max: generation, cur: make(map[state.Signature]sigVerdict)}
}

// add records that sig is pk's valid signature of msg.
func (v *sigVerdicts) add(pk state.PubKey, msg fr.Element, sig *state.Signature) {
	if v == nil {
		return
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if len(v.cur) >= v.max {
		v.old, v.cur = v.cur, make(map[state.Signature]sigVerdict, v.max)
	}
	v.cur[*sig] = sigVerdict{pk: pk, msg: msg}
}

// has reports whether add recorded exactly this triple (and has not dropped it since).
func (v *sigVerdicts) has(pk state.PubKey, msg fr.Element, sig *state.Signature) bool {
	if v == nil {
		return false
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	e, ok := v.cur[*sig]
	if !ok {
		if e, ok = v.old[*sig]; ok && len(v.cur) < v.max {
			v.cur[*sig] = e // keep a resting order's verdict in the current generation
		}
	}
	return ok && e.pk == pk && e.msg == msg
}

// verify checks pk's signature of w, unless admission already verified this very triple.
func (e *Engine) verify(pk state.PubKey, w fr.Element, sig *state.Signature) bool {
	return e.sigs.has(pk, w, sig) || Verify(pk, w, sig)
}

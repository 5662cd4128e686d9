package sigverify

import (
	"fmt"
	"math/big"
	"math/rand/v2"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"

	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// batchCase is a check with gnark-crypto's verdict.
type batchCase struct {
	item verifyItem
	sig  state.Signature
	want bool
}

// freshKeys counts the keys made for a first use.
var freshKeys atomic.Uint64

// slowKey is a key whose table is marked slow, as a key whose order check failed would be.
var slowKey = sync.OnceValue(func() *wire.Key {
	k := wire.DevKey("verify batch slow")
	keyTable(k.PubKey())
	if kt, ok := keyTable(k.PubKey()); !ok || kt == nil {
		panic("no table for the slow key")
	}
	keyTables.Lock()
	keyTables.m[k.PubKey()].t.slow = true
	keyTables.Unlock()
	return k
})

// scalarKey is the secret scalar of the key chosenR signs with.
var scalarKey = sync.OnceValue(func() *big.Int {
	a := big.NewInt(0x5eed)
	a.Lsh(a, 200)
	a.Add(a, big.NewInt(12345))
	return a
})

// chosenR signs w under scalarKey with nonce 0, so that R is the identity, or the point (0, −1) of order 2 if
// order2, and the equation [8]([S]B) = [8](R + [h]A) holds; flip sets R's sign bit (x = 0: the same point,
// as gnark-crypto decodes it).
func chosenR(w fr.Element, order2, flip bool) (state.PubKey, state.Signature) {
	curve := twistededwards.GetEdwardsCurve()
	var a twistededwards.PointAffine
	a.ScalarMultiplication(&curve.Base, scalarKey())
	var r twistededwards.PointAffine
	r.Y.SetOne()
	if order2 {
		r.Y.Neg(&r.Y)
	}
	h := state.Hash(r.X, r.Y, a.X, a.Y, w)
	var hi, s big.Int
	h.BigInt(&hi)
	s.Mul(&hi, scalarKey())
	s.Mod(&s, &curve.Order)
	var sig state.Signature
	rb := r.Bytes()
	copy(sig[:32], rb[:])
	if flip {
		sig[31] ^= 0x80
	}
	s.FillBytes(sig[32:])
	return state.PubKey{X: a.X, Y: a.Y}, sig
}

// randomOrder returns a random order message.
func randomOrder(r *rand.Rand) state.OrderMsg {
	return state.OrderMsg{AccountID: r.Uint32() >> 8, Market: uint8(r.Uint32()), IsBuy: r.IntN(2) == 0, Flags: uint8(r.Uint32()),
		Slot: uint16(r.Uint32() >> 20), Nonce: r.Uint32(), ExpirySeconds: r.Uint64() >> 24, MaxFeePpm: r.Uint32() >> 12,
		SizeQuantums: r.Uint64(), LimitPrice: r.Uint64()}
}

// randomCase returns a check of one of the kinds the batch tests mix: verifyCase's valid and invalid
// signatures, signed orders (valid or not), first uses of keys, the slow key, and R of small order or with a
// flipped sign bit on x = 0.
func randomCase(r *rand.Rand) batchCase {
	var c batchCase
	switch k := r.IntN(24); {
	case k < 16:
		noise := make([]byte, 1+r.IntN(8))
		for j := range noise {
			noise[j] = byte(r.Uint32())
		}
		c.item.pk, c.item.w, c.sig = verifyCase(r.Uint64(), uint8(k), noise)
	case k < 19: // an order, its signature intact, or one bit of it flipped, or the order changed
		key := wire.DevKey(fmt.Sprint("verify ", r.IntN(64)))
		m := randomOrder(r)
		so := key.SignOrder(m)
		c.sig = so.Sig
		switch r.IntN(3) {
		case 1:
			c.sig[r.IntN(64)] ^= 1 << r.IntN(8)
		case 2:
			so.Msg.Nonce++
		}
		c.item.pk, c.item.order, c.item.w = key.PubKey(), &so.Msg, so.Msg.Hash()
	case k < 21: // a key's first use, valid or not
		key := wire.DevKey(fmt.Sprint("verify batch fresh ", freshKeys.Add(1)))
		c.item.w.SetUint64(r.Uint64())
		c.sig = key.Sign(c.item.w)
		if r.IntN(2) == 0 {
			c.sig[40] ^= 1
		}
		c.item.pk = key.PubKey()
	case k < 22:
		key := slowKey()
		c.item.w.SetUint64(r.Uint64())
		c.sig = key.Sign(c.item.w)
		if r.IntN(2) == 0 {
			c.item.w.SetUint64(r.Uint64())
		}
		c.item.pk = key.PubKey()
	default:
		c.item.w.SetUint64(r.Uint64())
		c.item.pk, c.sig = chosenR(c.item.w, r.IntN(2) == 0, r.IntN(2) == 0)
	}
	c.want = gnarkVerify(c.item.pk, c.item.w, &c.sig)
	if c.item.order != nil {
		c.item.w = fr.Element{} // verifyBatch computes it
	}
	return c
}

// checkBatch runs verifyBatch on the cases and compares its verdicts, and the order words, with gnark-crypto's.
func checkBatch(t *testing.T, cases []batchCase) {
	t.Helper()
	items := make([]verifyItem, len(cases))
	for i := range cases {
		items[i] = cases[i].item
		items[i].sig = &cases[i].sig
		items[i].ok = !cases[i].want // verifyBatch must set every verdict
	}
	verifyBatch(items)
	for i, c := range cases {
		if items[i].ok != c.want {
			t.Fatalf("item %d of %d: verifyBatch %v, gnark-crypto %v; key %v, w %v, sig %x", i, len(cases), items[i].ok, c.want,
				c.item.pk, items[i].w, c.sig)
		}
		if m := c.item.order; m != nil && items[i].w != m.Hash() {
			t.Fatalf("item %d: order word %v, want %v", i, items[i].w, m.Hash())
		}
	}
}

// TestVerifyChosenR: the signatures with R of order 1 or 2 are the cases they should be for gnark-crypto: R = the
// identity verifies, with either sign bit (x = 0 decodes either way), and R of order 2 does not (its
// subgroup check fails although the equation holds).
func TestVerifyChosenR(t *testing.T) {
	var w fr.Element
	w.SetUint64(99)
	for _, c := range []struct {
		order2, flip, want bool
	}{{false, false, true}, {false, true, true}, {true, false, false}, {true, true, false}} {
		pk, sig := chosenR(w, c.order2, c.flip)
		keyTable(pk) // past the key's first use: fastVerify runs its own path
		if got := gnarkVerify(pk, w, &sig); got != c.want {
			t.Fatalf("order 2 %v, sign bit %v: gnark-crypto %v, want %v", c.order2, c.flip, got, c.want)
		}
		if got := fastVerify(pk, w, &sig); got != c.want {
			t.Fatalf("order 2 %v, sign bit %v: fastVerify %v, want %v", c.order2, c.flip, got, c.want)
		}
	}
}

// batchSizes are the batch sizes of the differential test: empty, the lone item, and both sides of the
// vector block (8) and of sigBatchMax.
var batchSizes = []int{0, 1, 2, 7, 8, 15, 16, 17, 32, 33}

// TestVerifyBatchDifferential: verifyBatch's verdicts are gnark-crypto's, on random batches of every kind of
// check, with duplicates.
func TestVerifyBatchDifferential(t *testing.T) {
	r := rand.New(rand.NewPCG(testSeed(t), 6))
	rounds := 8
	if testing.Short() {
		rounds = 2
	}
	accepted, total := 0, 0
	for range rounds {
		for _, n := range batchSizes {
			cases := make([]batchCase, n)
			for i := range cases {
				if i > 0 && r.IntN(8) == 0 {
					cases[i] = cases[r.IntN(i)] // a duplicate
					continue
				}
				cases[i] = randomCase(r)
			}
			checkBatch(t, cases)
			for _, c := range cases {
				if c.want {
					accepted++
				}
			}
			total += n
		}
	}
	if accepted < total/8 || accepted == total {
		t.Fatalf("%d of %d accepted: the cases do not cover both verdicts", accepted, total)
	}
}

// FuzzVerifyBatch compares verifyBatch with gnark-crypto on batches of fuzzed verifyCase checks.
func FuzzVerifyBatch(f *testing.F) {
	for k := range 4 {
		f.Add(uint64(k), uint8(5*k+1), []byte{byte(k), 3, 7}, []byte{byte(k), 1})
	}
	f.Fuzz(func(t *testing.T, seed uint64, n uint8, kinds, noise []byte) {
		if len(kinds) == 0 {
			kinds = []byte{0}
		}
		cases := make([]batchCase, int(n)%(sigBatchMax+2))
		for i := range cases {
			c := &cases[i]
			c.item.pk, c.item.w, c.sig = verifyCase(seed+uint64(i), kinds[i%len(kinds)], noise)
			c.want = gnarkVerify(c.item.pk, c.item.w, &c.sig)
		}
		checkBatch(t, cases)
	})
}

// TestSigBatcher: the combining verifier gives every caller gnark-crypto's verdict, with many callers at once
// and with batches formed of queued callers, and its verdicts feed sigVerdicts as verifySig feeds them.
func TestSigBatcher(t *testing.T) {
	r := rand.New(rand.NewPCG(testSeed(t), 7))
	cases := make([]batchCase, 200)
	for i := range cases {
		cases[i] = randomCase(r)
	}
	// check verifies c with b and records an accepted triple in verdicts, as Service.verifySig does.
	verdicts := NewVerdicts(VerdictGeneration)
	check := func(b *sigBatcher, c *batchCase) error {
		var ok bool
		w := c.item.w
		if m := c.item.order; m != nil {
			if w, ok = b.VerifyOrder(c.item.pk, m, &c.sig); w != m.Hash() {
				return fmt.Errorf("order word %v, want %v", w, m.Hash())
			}
		} else {
			ok = b.Verify(c.item.pk, w, &c.sig)
		}
		if ok != c.want {
			return fmt.Errorf("sigBatcher %v, gnark-crypto %v; key %v, sig %x", ok, c.want, c.item.pk, c.sig)
		}
		if ok {
			verdicts.Add(c.item.pk, w, &c.sig)
		}
		return nil
	}
	t.Run("queued", func(t *testing.T) {
		var b sigBatcher
		leaders := runtime.GOMAXPROCS(0)
		b.running = leaders // as if batches ran on every P: the callers queue
		n := sigBatchMax + 5
		errs := make(chan error, n)
		for i := range n {
			go func() { errs <- check(&b, &cases[i]) }()
		}
		for {
			b.mu.Lock()
			queued := len(b.queue)
			b.mu.Unlock()
			if queued == n {
				break
			}
			runtime.Gosched()
		}
		for range leaders {
			b.handOff() // the head leads a batch of what is queued (at most sigBatchMax), then hands the rest on
		}
		for range n {
			if err := <-errs; err != nil {
				t.Fatal(err)
			}
		}
		if b.running != 0 || len(b.queue) != 0 {
			t.Fatal("the batcher did not come to rest")
		}
	})
	t.Run("concurrent", func(t *testing.T) {
		b := &Shared
		var wg sync.WaitGroup
		errs := make(chan error, len(cases))
		const callers = 32
		for g := range callers {
			wg.Go(func() {
				for i := g; i < len(cases); i += callers {
					if err := check(b, &cases[i]); err != nil {
						errs <- err
						return
					}
				}
			})
		}
		wg.Wait()
		close(errs)
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	})
	// The engine finds the accepted checks, and only those, among the verdicts.
	for _, c := range cases {
		w := c.item.w
		if c.item.order != nil {
			w = c.item.order.Hash()
		}
		if verdicts.Has(c.item.pk, w, &c.sig) != c.want {
			t.Fatalf("verdict recorded %v, gnark-crypto %v; key %v, sig %x", !c.want, c.want, c.item.pk, c.sig)
		}
	}
}

// Package conformance_test is a client of perpx written from docs/PROTOCOL.md alone: it imports no perpx
// package, only the standard library and gnark-crypto. It checks the signed-message vectors
// (sequencer/testdata/vectors/signed_messages.json) with its own encodings, then builds cmd/perpx, runs a
// sequencer fed by a stand-in L1 node and signs and submits every message type over HTTP, checking the replies
// and conservation from the outside (GET /v1/totals). Where it needed more than PROTOCOL.md says, PROTOCOL.md
// was fixed.
package conformance_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math/big"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
)

// Domain tags of docs/PROTOCOL.md §4.
const (
	domainOrder      = 1
	domainWithdrawal = 2
	domainTransfer   = 3
	domainOracle     = 4
	domainCancel     = 0x63616e63656c   // "cancel"
	domainCancelAll  = 0x636e636c616c6c // "cnclall"
	domainStream     = 0x73747265616d   // "stream"
)

// Flag bits of an order (§4).
const (
	flagPostOnly   = 1 << 0
	flagReduceOnly = 1 << 1
	flagIOC        = 1 << 2
	flagFOK        = 1 << 3
)

// word packs fields, least significant first: each value v is shifted to its offset and the widths add up.
type word struct {
	v     big.Int
	shift uint
}

func (w *word) put(v uint64, bits uint) *word {
	w.v.Or(&w.v, new(big.Int).Lsh(new(big.Int).SetUint64(v), w.shift))
	w.shift += bits
	return w
}

func (w *word) putBig(v *big.Int, bits uint) *word {
	w.v.Or(&w.v, new(big.Int).Lsh(v, w.shift))
	w.shift += bits
	return w
}

func (w *word) elem() fr.Element {
	var e fr.Element
	e.SetBigInt(&w.v)
	return e
}

// hash is H of §2: Poseidon2 Merkle–Damgård over 32-byte big-endian words.
func hash(ws ...fr.Element) fr.Element {
	h := poseidon2.NewMerkleDamgardHasher()
	for _, w := range ws {
		b := w.Bytes()
		h.Write(b[:])
	}
	var out fr.Element
	out.SetBytes(h.Sum(nil))
	return out
}

func u(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}

func flag(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

// orderFields are the signed fields of an order (§4 orderMsg).
type orderFields struct {
	AccountID     uint32
	Market        uint8
	IsBuy         bool
	Flags         uint8
	Slot          uint16
	Nonce         uint32
	ExpirySeconds uint64
	MaxFeePpm     uint32
	SizeQuantums  uint64
	LimitPrice    uint64
}

func (o *orderFields) hash() fr.Element {
	var o1, o2 word
	o1.put(uint64(o.AccountID), 32).put(uint64(o.Market), 8).put(flag(o.IsBuy), 1).put(uint64(o.Flags), 8).
		put(uint64(o.Slot), 16).put(uint64(o.Nonce), 32).put(o.ExpirySeconds, 40).put(uint64(o.MaxFeePpm), 20)
	o2.put(o.SizeQuantums, 64).put(o.LimitPrice, 64)
	return hash(u(domainOrder), o1.elem(), o2.elem())
}

type cancelFields struct {
	AccountID     uint32
	OrderID       uint64
	ExpirySeconds uint64
}

func (c *cancelFields) hash() fr.Element {
	var w word
	w.put(uint64(c.AccountID), 64).put(c.OrderID, 64).put(c.ExpirySeconds, 64)
	return hash(u(domainCancel), w.elem())
}

type cancelAllFields struct {
	AccountID     uint32
	Market        uint8
	UpToOrderID   uint64
	ExpirySeconds uint64
}

func (c *cancelAllFields) hash() fr.Element {
	var w word
	w.put(uint64(c.AccountID), 32).put(uint64(c.Market), 8).put(c.UpToOrderID, 64).put(c.ExpirySeconds, 64)
	return hash(u(domainCancelAll), w.elem())
}

type withdrawalFields struct {
	AccountID      uint32
	Slot           uint16
	Nonce          uint32
	ExpirySeconds  uint64
	AmountQuantums uint64
	L1Address      [20]byte
}

func (m *withdrawalFields) hash() fr.Element {
	var w1, w2 word
	w1.put(uint64(m.AccountID), 32).put(uint64(m.Slot), 16).put(uint64(m.Nonce), 32).put(m.ExpirySeconds, 40)
	w2.put(m.AmountQuantums, 64).putBig(new(big.Int).SetBytes(m.L1Address[:]), 160)
	return hash(u(domainWithdrawal), w1.elem(), w2.elem())
}

type transferFields struct {
	FromAccount    uint32
	ToAccount      uint32
	Slot           uint16
	Nonce          uint32
	ExpirySeconds  uint64
	AmountQuantums uint64
	MarginMode     uint8
}

func (m *transferFields) hash() fr.Element {
	var t1, t2 word
	t1.put(uint64(m.FromAccount), 32).put(uint64(m.ToAccount), 32).put(uint64(m.Slot), 16).put(uint64(m.Nonce), 32).
		put(m.ExpirySeconds, 40)
	t2.put(m.AmountQuantums, 64).put(uint64(m.MarginMode), 8)
	return hash(u(domainTransfer), t1.elem(), t2.elem())
}

type oracleFields struct {
	TimestampSeconds uint64
	Prices           [8]uint64
}

func (r *oracleFields) hash() fr.Element {
	var r1, r2 word
	for i := range 4 {
		r1.put(r.Prices[i], 48)
		r2.put(r.Prices[4+i], 48)
	}
	return hash(u(domainOracle), u(r.TimestampSeconds), r1.elem(), r2.elem())
}

type streamFields struct {
	AccountID     uint32
	ExpirySeconds uint64
}

func (s *streamFields) hash() fr.Element {
	var w word
	w.put(uint64(s.AccountID), 32).put(s.ExpirySeconds, 40)
	return hash(u(domainStream), w.elem())
}

// key is an EdDSA key of the BN254 twisted Edwards curve.
type key struct{ priv *eddsa.PrivateKey }

// devKey derives the devnet's key of a seed (the devnet's oracle keys are devKey("perpx devnet oracle i")):
// gnark-crypto's eddsa.GenerateKey reading SHA-256("perpx dev key\x00" + seed).
func devKey(seed string) key {
	h := sha256.Sum256([]byte("perpx dev key\x00" + seed))
	p, err := eddsa.GenerateKey(bytes.NewReader(h[:]))
	if err != nil {
		panic(err)
	}
	return key{p}
}

// pubKey returns the §4 compression of the public key: y big-endian, bit 255 set iff x is odd.
func (k key) pubKey() [32]byte {
	a := &k.priv.PublicKey.A
	out := a.Y.Bytes()
	var x big.Int
	a.X.BigInt(&x)
	if x.Bit(0) == 1 {
		out[0] |= 0x80
	}
	return out
}

// sign signs a message word (its 32-byte big-endian encoding) and returns the signature string of §4.
func (k key) sign(w fr.Element) string {
	b := w.Bytes()
	s, err := k.priv.Sign(b[:], poseidon2.NewMerkleDamgardHasher())
	if err != nil {
		panic(err)
	}
	return hex.EncodeToString(s)
}

// verify checks a §4 signature string over w under k.
func (k key) verify(w fr.Element, sig string) error {
	b := w.Bytes()
	s, err := hex.DecodeString(strings.TrimPrefix(sig, "0x"))
	if err != nil {
		return err
	}
	ok, err := k.priv.PublicKey.Verify(s, b[:], poseidon2.NewMerkleDamgardHasher())
	if err != nil || !ok {
		return fmt.Errorf("signature does not verify (%v)", err)
	}
	return nil
}

// decimal renders v · 10^-exp as a plain decimal string (the API's sizes, prices and amounts).
func decimal(v uint64, exp int) string {
	s := fmt.Sprintf("%0*d", exp+1, v)
	if exp == 0 {
		return s
	}
	i, f := s[:len(s)-exp], strings.TrimRight(s[len(s)-exp:], "0")
	if f == "" {
		return i
	}
	return i + "." + f
}

// parseDecimal reads a decimal string (optionally negative) as an integer of 10^-exp units.
func parseDecimal(s string, exp int) (int64, error) {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	i, f, _ := strings.Cut(s, ".")
	if len(f) > exp {
		return 0, fmt.Errorf("%q has more than %d decimals", s, exp)
	}
	var v big.Int
	if _, ok := v.SetString(i+f+strings.Repeat("0", exp-len(f)), 10); !ok || !v.IsInt64() {
		return 0, fmt.Errorf("bad decimal %q", s)
	}
	if neg {
		return -v.Int64(), nil
	}
	return v.Int64(), nil
}

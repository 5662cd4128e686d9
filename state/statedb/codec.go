package statedb

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// ErrBadEncoding reports stored bytes that do not decode to a valid value in its one canonical encoding.
var ErrBadEncoding = errors.New("statedb: malformed stored value")

// decoder reads the fields of a stored value; the first failure sticks and later reads return zero values.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: "+format, append([]any{ErrBadEncoding}, args...)...)
	}
}

// take returns the next n bytes, or nil after a failure.
func (d *decoder) take(n int) []byte {
	if d.err != nil {
		return nil
	}
	if len(d.b) < n {
		d.fail("truncated: need %d bytes, have %d", n, len(d.b))
		return nil
	}
	out := d.b[:n]
	d.b = d.b[n:]
	return out
}

func (d *decoder) byte() byte {
	if b := d.take(1); b != nil {
		return b[0]
	}
	return 0
}

func (d *decoder) uint64() uint64 {
	if b := d.take(8); b != nil {
		return binary.BigEndian.Uint64(b)
	}
	return 0
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.fail("bad uvarint")
		return 0
	}
	d.b = d.b[n:]
	return v
}

// bounded reads a uvarint that must not exceed max.
func (d *decoder) bounded(max uint64) uint64 {
	v := d.uvarint()
	if v > max {
		d.fail("value %d above %d", v, max)
		return 0
	}
	return v
}

func (d *decoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.fail("bad varint")
		return 0
	}
	d.b = d.b[n:]
	return v
}

// word reads a 32-byte big-endian field element, which must be smaller than the modulus.
func (d *decoder) word() fr.Element {
	var e fr.Element
	if b := d.take(fr.Bytes); b != nil {
		if err := e.SetBytesCanonical(b); err != nil {
			d.fail("word: %v", err)
		}
	}
	return e
}

// finish returns the first failure, or an error if bytes are left over.
func (d *decoder) finish() error {
	if d.err == nil && len(d.b) != 0 {
		d.fail("%d trailing bytes", len(d.b))
	}
	return d.err
}

func appendWord(b []byte, e fr.Element) []byte {
	w := e.Bytes()
	return append(b, w[:]...)
}

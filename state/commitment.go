package state

import (
	"crypto/sha256"
	"encoding/binary"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// HeaderSize is the size of the batch header hashed before the pubdata.
const HeaderSize = 112

// BatchHeader is the part of the public-input commitment that is not pubdata (docs/PROTOCOL.md §7).
type BatchHeader struct {
	OldRoot, NewRoot fr.Element
	BatchNumber      uint64
	TimestampSeconds uint64
	ConfigHash       [32]byte
}

// Encode returns the header's 112 bytes.
func (h *BatchHeader) Encode() [HeaderSize]byte {
	var b [HeaderSize]byte
	o, n := h.OldRoot.Bytes(), h.NewRoot.Bytes()
	copy(b[0:32], o[:])
	copy(b[32:64], n[:])
	binary.BigEndian.PutUint64(b[64:72], h.BatchNumber)
	binary.BigEndian.PutUint64(b[72:80], h.TimestampSeconds)
	copy(b[80:112], h.ConfigHash[:])
	return b
}

// PublicInput returns uint256(SHA-256(header ‖ pubdata)) mod 2^253, the proof's one public input.
func PublicInput(h *BatchHeader, pubdata []byte) *big.Int {
	hb := h.Encode()
	d := sha256.New()
	d.Write(hb[:])
	d.Write(pubdata)
	v := new(big.Int).SetBytes(d.Sum(nil))
	return v.And(v, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 253), big.NewInt(1)))
}

package state

import (
	"bytes"
	"encoding/hex"
	"math/big"
	"testing"
)

// TestPublicInput checks the header layout and the public input against a digest computed outside Go (Python's
// hashlib over the bytes spelled out below).
func TestPublicInput(t *testing.T) {
	var cfg [32]byte
	for i := range cfg {
		cfg[i] = 0x05
	}
	h := BatchHeader{OldRoot: Uint(1), NewRoot: Uint(2), BatchNumber: 3, TimestampSeconds: 1_700_000_000, ConfigHash: cfg}
	wantHeader := "0000000000000000000000000000000000000000000000000000000000000001" +
		"0000000000000000000000000000000000000000000000000000000000000002" +
		"0000000000000003" + "000000006553f100" +
		"0505050505050505050505050505050505050505050505050505050505050505"
	hb := h.Encode()
	if got := hex.EncodeToString(hb[:]); got != wantHeader {
		t.Fatalf("header\n got %s\nwant %s", got, wantHeader)
	}
	// 128 bytes of pubdata: 01 | 00000007 | 000000000f4240 | 11 × 20 | 22 × 32, then 64 zero bytes (the digest
	// covers any bytes; these were a 64-byte deposit record before the compact records).
	pubdata := []byte{0x01, 0, 0, 0, 7, 0, 0, 0, 0, 0x0f, 0x42, 0x40}
	pubdata = append(pubdata, bytes.Repeat([]byte{0x11}, 20)...)
	pubdata = append(pubdata, bytes.Repeat([]byte{0x22}, 32)...)
	pubdata = append(pubdata, make([]byte, 64)...)
	// SHA-256 of header ‖ pubdata is 8b07400e…cb9a; its top three bits are cleared.
	want, _ := new(big.Int).SetString("0b07400edc94f99681313f50a1345830359d43440d55b0f487bd8c52f340cb9a", 16)
	if got := PublicInput(&h, pubdata); got.Cmp(want) != 0 {
		t.Fatalf("public input %x, want %x", got, want)
	}
	if PublicInput(&h, pubdata).BitLen() > 253 {
		t.Fatal("public input above 2^253")
	}
}

// Package poseidon2sol generates contracts/Poseidon2.sol: gnark-crypto's Poseidon2 permutation over the BN254
// scalar field (width 2, 6 full and 50 partial rounds, S-box x^5) as the two-to-one compression
// C(l, r) = P(l, r)[1] + r of docs/PROTOCOL.md §2, and its width-4 instance (8 full and 56 partial rounds) as
// the four-to-one compression C4(x) = P4(x)[3] + x3 of the 4-ary trees, with the round keys taken from
// gnark-crypto itself.
//
// The compression is hand-scheduled EVM bytecode (no Solidity): a contract whose runtime reads l and r as the
// two 32-byte words of its calldata and returns C(l, r). Solidity's inline assembly spends about a third of its
// gas on stack shuffling around the round arithmetic; the hand-scheduled rounds keep the state on the stack in
// place. The generated library holds the creation code, deploys it, and calls it.
//
// Command poseidon2gen writes the file; TestPoseidon2SourceUpToDate checks the committed copy.
package poseidon2sol

import (
	"bytes"
	"encoding/hex"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// The permutation's shape (docs/PROTOCOL.md §2).
const (
	width         = 2
	fullRounds    = 6
	partialRounds = 50
)

// EVM opcodes used by the generated code.
const (
	opADD          = 0x01
	opMUL          = 0x02
	opADDMOD       = 0x08
	opMULMOD       = 0x09
	opLT           = 0x10
	opAND          = 0x16
	opCALLDATALOAD = 0x35
	opCODECOPY     = 0x39
	opPOP          = 0x50
	opMSTORE       = 0x52
	opJUMPI        = 0x57
	opJUMPDEST     = 0x5b
	opPUSH0        = 0x5f
	opPUSH1        = 0x60
	opPUSH2        = 0x61
	opPUSH32       = 0x7f
	opDUP1         = 0x80
	opSWAP1        = 0x90
	opRETURN       = 0xf3
	opREVERT       = 0xfd
)

func dup(n int) byte  { return opDUP1 + byte(n-1) }
func swap(n int) byte { return opSWAP1 + byte(n-1) }

// asm accumulates bytecode.
type asm struct{ code []byte }

func (a *asm) op(ops ...byte) { a.code = append(a.code, ops...) }

func (a *asm) push32(e fr.Element) {
	b := e.Bytes()
	a.op(opPUSH32)
	a.op(b[:]...)
}

// sbox replaces y on top of [y, o, p] by y^5 mod p, for any y < 2^256: [s, o, p].
func (a *asm) sbox() {
	a.op(dup(3), dup(2), dup(1), opMULMOD)  // [y², y, o, p]
	a.op(dup(4), swap(1), dup(1), opMULMOD) // [y⁴, y, o, p]
	a.op(dup(4), swap(2), opMULMOD)         // [y⁵, o, p]
}

// checkInputs, on [l, r, p], reverts with no data unless l < p and r < p, so the hasher is defined on every
// input: a word ≥ p would otherwise alias its reduction (C(p, y) = C(0, y)) or wrap the unreduced sums below.
func (a *asm) checkInputs() {
	a.op(dup(3), dup(3), opLT)         // [r<p, l, r, p]
	a.op(dup(4), dup(3), opLT, opAND)  // [ok, l, r, p]
	dest := len(a.code) + 2 + 1 + 3    // after PUSH1 dest, JUMPI and PUSH0 PUSH0 REVERT
	a.op(opPUSH1, byte(dest), opJUMPI) // [l, r, p]
	a.op(opPUSH0, opPUSH0, opREVERT)   // not canonical
	a.op(opJUMPDEST)
	if dest >= 1<<8 || a.code[dest] != opJUMPDEST {
		panic("poseidon2gen: input check jump")
	}
}

// runtime returns the hasher's runtime code. It reverts unless both inputs are below p (checkInputs). The stack
// holds [x0, x1, p] between rounds (top first). Bounds, in multiples of p: inputs < 1; after the initial matrix and every full round x0, x1 < 3; in the partial
// rounds x0 < 3 and x1 < 1 (reduced each round); a round key adds < 1, so every sum stays below 4p < 2^256.
func runtime(keys [][]fr.Element) []byte {
	var a asm
	mod := fr.Modulus()
	var mb [32]byte
	mod.FillBytes(mb[:])
	a.op(opPUSH32)
	a.op(mb[:]...)                      // [p]
	a.op(opPUSH1, 0x20, opCALLDATALOAD) // [r, p]
	a.op(opPUSH0, opCALLDATALOAD)       // [l, r, p]
	a.checkInputs()
	a.op(dup(2), dup(2), opADD)  // [t, l, r, p]      t = l + r
	a.op(swap(2), dup(3), opADD) // [x1, l, t, p]     x1 = r + t
	a.op(swap(2), opADD)         // [x0, x1, p]       x0 = t + l
	round := 0
	full := func(reduceX1 bool) {
		k := keys[round]
		a.push32(k[0])
		a.op(opADD)
		a.sbox()      // [s0, x1, p]
		a.op(swap(1)) // [x1, s0, p]
		a.push32(k[1])
		a.op(opADD)
		a.sbox()                    // [s1, s0, p]
		a.op(dup(2), dup(2), opADD) // [t, s1, s0, p]
		if reduceX1 {
			a.op(swap(1), dup(4), swap(1), dup(3), opADDMOD) // [x1 = t + s1 mod p, t, s0, p]
		} else {
			a.op(swap(1), dup(2), opADD) // [x1 = t + s1, t, s0, p]
		}
		a.op(swap(2), opADD) // [x0 = s0 + t, x1, p]
		round++
	}
	for i := range fullRounds / 2 {
		full(i == fullRounds/2-1)
	}
	for range partialRounds {
		a.push32(keys[round][0])
		a.op(opADD)
		a.sbox()                                // [s, x1, p]
		a.op(dup(3), dup(3), opPUSH1, 3, opMUL) // [3·x1, p, s, x1, p]
		a.op(dup(3), opADDMOD)                  // [x1' = s + 3·x1 mod p, s, x1, p]
		a.op(swap(2), dup(2), opADD, opADD)     // [x0' = 2s + x1, x1', p]
		round++
	}
	for range fullRounds / 2 {
		full(false)
	}
	if round != fullRounds+partialRounds {
		panic("poseidon2gen: round count")
	}
	a.op(opPOP)                                   // [x1, p]
	a.op(opPUSH1, 0x20, opCALLDATALOAD, opADDMOD) // [out = r + x1 mod p]
	a.op(opPUSH0, opMSTORE)
	a.op(opPUSH1, 0x20, opPUSH0, opRETURN)
	return a.code
}

// creation returns code that deploys runtime: it copies the runtime after itself into memory and returns it.
func creation(runtime []byte) []byte {
	const prefix = 11
	n := len(runtime)
	code := []byte{opPUSH2, byte(n >> 8), byte(n), dup(1), opPUSH1, prefix, opPUSH0, opCODECOPY, opPUSH0, opRETURN}
	code = append(code, 0) // padding to the prefix length, never executed
	if len(code) != prefix {
		panic("poseidon2gen: creation prefix length")
	}
	return append(code, runtime...)
}

// Source returns the Solidity source of contracts/Poseidon2.sol.
func Source() []byte {
	keys := poseidon2.NewParameters(width, fullRounds, partialRounds).RoundKeys
	rt := runtime(keys)
	code := hex.EncodeToString(creation(rt))
	rt4 := runtime4(poseidon2.NewParameters(width4, fullRounds4, partialRounds4))
	code4 := hex.EncodeToString(creation(rt4))
	var b bytes.Buffer
	w := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	hexLines := func(code string) {
		for i := 0; i < len(code); i += 96 {
			end := min(i+96, len(code))
			sep := ""
			if end == len(code) {
				sep = ";"
			}
			w("        hex\"%s\"%s", code[i:end], sep)
		}
	}
	w("// SPDX-License-Identifier: MIT")
	w("// Code generated by l1/internal/poseidon2gen from gnark-crypto's round keys; DO NOT EDIT.")
	w("pragma solidity 0.8.28;")
	w("")
	w("/// @title Poseidon2")
	w("/// @notice The hash of docs/PROTOCOL.md §2: gnark-crypto's Poseidon2 permutation over the BN254 scalar field")
	w("/// (`poseidon2.NewPermutation(%d, %d, %d)`: width %d, %d full and %d partial rounds, S-box x^5) as the", width, fullRounds, partialRounds, width, fullRounds, partialRounds)
	w("/// compression C(l, r) = P(l, r)[1] + r and the Merkle–Damgård hash H(x1, …, xn) = C(…C(C(0, x1), x2)…, xn),")
	w("/// and its width-4 instance as the compression C4 of the 4-ary trees' nodes.")
	w("/// @dev The compression runs in a hasher contract of hand-scheduled bytecode (%d bytes, generated with the", len(rt))
	w("/// round keys inline): its calldata is l and r as two 32-byte words and it returns C(l, r) as one word. It")
	w("/// reverts unless both words are below MODULUS, so no word has two encodings; callers that take words from")
	w("/// calldata should still check them first, to report which one is out of the field. It has no selector.")
	w("/// `deploy` creates it; the contract that deploys it knows its code. `deploy4` and `compress4` do the same")
	w("/// for the width-4 hasher.")
	w("library Poseidon2 {")
	w("    /// @notice The BN254 scalar field modulus.")
	w("    uint256 internal constant MODULUS =")
	w("        21888242871839275222246405745257275088548364400416034343698204186575808495617;")
	w("")
	w("    /// @notice The hasher's creation code.")
	w("    bytes internal constant CREATION_CODE =")
	hexLines(code)
	w("")
	w("    /// @notice The width-4 hasher's creation code: C4(x0, x1, x2, x3) = P4(x)[3] + x3 with gnark-crypto's")
	w("    /// width-4 BN254 instance (`poseidon2.NewPermutation(%d, %d, %d)`), the node of the 4-ary trees.", width4, fullRounds4, partialRounds4)
	w("    /// @dev Its runtime (%d bytes) reads four words and returns one, and reverts unless all are below MODULUS.", len(rt4))
	w("    bytes internal constant CREATION_CODE4 =")
	hexLines(code4)
	w("")
	w("    /// @notice The hasher could not be created.")
	w("    error HasherNotDeployed();")
	w("    /// @notice The hasher refused a word (one is not below MODULUS), ran out of gas, or returned no word.")
	w("    error HasherFailed();")
	w("")
	w("    /// @notice Creates a hasher and returns its address.")
	w("    function deploy() internal returns (address hasher) {")
	w("        bytes memory code = CREATION_CODE;")
	w("        assembly (\"memory-safe\") {")
	w("            hasher := create(0, add(code, 0x20), mload(code))")
	w("        }")
	w("        if (hasher == address(0)) revert HasherNotDeployed();")
	w("    }")
	w("")
	w("    /// @notice Creates a width-4 hasher and returns its address.")
	w("    function deploy4() internal returns (address hasher4) {")
	w("        bytes memory code = CREATION_CODE4;")
	w("        assembly (\"memory-safe\") {")
	w("            hasher4 := create(0, add(code, 0x20), mload(code))")
	w("        }")
	w("        if (hasher4 == address(0)) revert HasherNotDeployed();")
	w("    }")
	w("")
	w("    /// @notice C4(x0, x1, x2, x3), computed by `hasher4`; reverts with HasherFailed unless every word is below")
	w("    /// MODULUS.")
	w("    /// @dev Uses the free memory pointer's area as scratch without moving it (nothing is kept there).")
	w("    function compress4(address hasher4, uint256 x0, uint256 x1, uint256 x2, uint256 x3)")
	w("        internal")
	w("        view")
	w("        returns (uint256 out)")
	w("    {")
	w("        bool ok;")
	w("        assembly (\"memory-safe\") {")
	w("            let m := mload(0x40)")
	w("            mstore(m, x0)")
	w("            mstore(add(m, 0x20), x1)")
	w("            mstore(add(m, 0x40), x2)")
	w("            mstore(add(m, 0x60), x3)")
	w("            let success := staticcall(gas(), hasher4, m, 0x80, m, 0x20)")
	w("            ok := and(success, eq(returndatasize(), 0x20))")
	w("            out := mload(m)")
	w("        }")
	w("        if (!ok) revert HasherFailed();")
	w("    }")
	w("")
	w("    /// @notice C(l, r), computed by `hasher`; reverts with HasherFailed unless l and r are below MODULUS.")
	w("    /// @dev Uses the scratch space at 0x00..0x3f. A call that fails, or returns anything but one word (an")
	w("    /// address without code returns nothing), reverts.")
	w("    function compress(address hasher, uint256 l, uint256 r) internal view returns (uint256 out) {")
	w("        bool ok;")
	w("        assembly (\"memory-safe\") {")
	w("            mstore(0x00, l)")
	w("            mstore(0x20, r)")
	w("            let success := staticcall(gas(), hasher, 0x00, 0x40, 0x00, 0x20)")
	w("            ok := and(success, eq(returndatasize(), 0x20))")
	w("            out := mload(0x00)")
	w("        }")
	w("        if (!ok) revert HasherFailed();")
	w("    }")
	w("}")
	return b.Bytes()
}

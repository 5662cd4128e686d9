package poseidon2sol

import (
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// The width-4 permutation's shape (docs/PROTOCOL.md §2): gnark-crypto's BN254 instance, whose round count it
// fixes.
const (
	width4         = 4
	fullRounds4    = 8
	partialRounds4 = 56
)

// maxBound is the largest multiple of p a stack value may reach: 5p < 2^256 < 6p.
const maxBound = 5

// entry is a value on the modelled stack: its name and an upper bound on it, in multiples of p.
type entry struct {
	name  string
	bound int
}

// stackAsm emits bytecode while modelling the stack (top first), so that values are addressed by name and every
// DUP and SWAP depth, and every sum's bound below 2^256, is computed and checked by the generator.
type stackAsm struct {
	asm
	st []entry
}

func (s *stackAsm) depth(name string) int {
	for i, e := range s.st {
		if e.name == name {
			return i + 1
		}
	}
	panic(fmt.Sprintf("poseidon2gen: no stack value %s in %v", name, s.st))
}

func (s *stackAsm) push(name string, bound int) { s.st = append([]entry{{name, bound}}, s.st...) }

func (s *stackAsm) pop() entry {
	e := s.st[0]
	s.st = s.st[1:]
	return e
}

// dup copies a named value to the top under a new name.
func (s *stackAsm) dup(name, as string) {
	d := s.depth(name)
	if d > 16 {
		panic(fmt.Sprintf("poseidon2gen: %s at depth %d", name, d))
	}
	s.op(dup(d))
	s.push(as, s.st[d-1].bound)
}

// constant pushes a field element (< p).
func (s *stackAsm) constant(e fr.Element, as string) {
	s.push32(e)
	s.push(as, 1)
}

// binop replaces the two top values by their sum (ADD, checked against maxBound), product mod p (MULMOD) or
// sum mod p (ADDMOD); the mod forms take p from the stack, which they need a copy of below the operands.
func (s *stackAsm) add(as string) {
	a, b := s.pop(), s.pop()
	if a.bound+b.bound > maxBound {
		panic(fmt.Sprintf("poseidon2gen: %s = %s + %s may wrap", as, a.name, b.name))
	}
	s.op(opADD)
	s.push(as, a.bound+b.bound)
}

// modop applies MULMOD or ADDMOD to the two top values; p must be the third value.
func (s *stackAsm) modop(code byte, as string) {
	s.pop()
	s.pop()
	if s.st[0].name != "p" {
		panic("poseidon2gen: modop without p")
	}
	s.pop()
	s.op(code)
	s.push(as, 1)
}

// kill removes a named value from the stack.
func (s *stackAsm) kill(name string) {
	d := s.depth(name)
	if d > 17 {
		panic(fmt.Sprintf("poseidon2gen: kill %s at depth %d", name, d))
	}
	if d > 1 {
		s.op(swap(d - 1))
		s.st[0], s.st[d-1] = s.st[d-1], s.st[0]
	}
	s.op(opPOP)
	s.pop()
}

// mulmod pushes a·b mod p under a new name.
func (s *stackAsm) mulmod(a, b, as string) {
	s.dup("p", "p")
	s.dup(b, "_b")
	s.dup(a, "_a")
	s.modop(opMULMOD, as)
}

// swapTop brings a named value to the top (SWAP), moving the top value into its place.
func (s *stackAsm) swapTop(name string) {
	s.swapWith(s.depth(name) - 1)
}

// swapWith emits SWAPn (n ≥ 1) and swaps the model's top with the value n below it.
func (s *stackAsm) swapWith(n int) {
	if n == 0 {
		return
	}
	if n > 16 {
		panic(fmt.Sprintf("poseidon2gen: SWAP%d", n))
	}
	s.op(swap(n))
	s.st[0], s.st[n] = s.st[n], s.st[0]
}

// keySbox replaces x by (x + k)^5 mod p in place on the stack (x + k below 2^256 is checked): x is brought to
// the top and consumed, so no copy of it is left to remove.
func (s *stackAsm) keySbox(x string, k fr.Element) {
	s.swapTop(x)
	s.constant(k, "_k")
	s.add(x)                 // [y]
	s.dup("p", "p")          // [p, y]
	s.dup(x, "_a")           // [y, p, y]
	s.dup("_a", "_b")        // [y, y, p, y]
	s.modop(opMULMOD, "_x2") // [y², y]
	s.dup("p", "p")          // [p, y², y]
	s.swapWith(1)            // [y², p, y]
	s.dup("_x2", "_c")       // [y², y², p, y]
	s.modop(opMULMOD, "_x4") // [y⁴, y]
	s.dup("p", "p")          // [p, y⁴, y]
	s.swapWith(2)            // [y, y⁴, p]
	s.modop(opMULMOD, x)     // [y⁵]
}

// sum pushes a + b under a new name, reduced mod p if the plain sum could reach maxBound·p.
func (s *stackAsm) sum(a, b, as string) { s.sumAtMost(a, b, as, maxBound) }

// sumAtMost pushes a + b under a new name, reduced mod p (ADDMOD) if the plain sum's bound would exceed max.
func (s *stackAsm) sumAtMost(a, b, as string, max int) {
	d := s.st[s.depth(a)-1].bound + s.st[s.depth(b)-1].bound
	if d > max {
		s.dup("p", "p")
		s.dup(b, "_b")
		s.dup(a, "_a")
		s.modop(opADDMOD, as)
		return
	}
	s.dup(b, "_b")
	s.dup(a, "_a")
	s.add(as)
}

// replace moves the top value into x's place (SWAP, then POP of the old x) and names it x.
func (s *stackAsm) replace(x string) {
	d := s.depth(x)
	if d < 2 || d > 17 {
		panic(fmt.Sprintf("poseidon2gen: replace %s at depth %d", x, d))
	}
	s.op(swap(d-1), opPOP)
	s.st[0], s.st[d-1] = s.st[d-1], s.st[0]
	s.pop()
	s.st[d-2].name = x
}

// name renames a value in the model only (no code).
func (s *stackAsm) name(old, as string) { s.st[s.depth(old)-1].name = as }

// external4 applies gnark-crypto's M4 (matMulM4InPlace) to x0..x3, each below p on entry, consuming every input
// and temporary so that no value is left to remove: t0 = x0 + x1, t1 = x2 + x3, t2 = 2·x1 + t1 and
// t3 = 2·x3 + t0 are plain sums (below 4p); t4 = 4·t1 + t3 and t5 = 4·t0 + t2 could reach 12p, so 2·t1 and 2·t0
// are doubled by ADDMOD and the sums taken by ADDMOD; t6 = t3 + t5 and t7 = t2 + t4 by ADDMOD. The outputs
// x0 = t6, x1 = t5, x2 = t7, x3 = t4 are below p, the values matMulM4InPlace computes. With onlyX3 (the last
// round, whose only output read is x3) it computes t4 alone and leaves the other values on the stack.
func (s *stackAsm) external4(onlyX3 bool) {
	s.consumeAdd("x0", "x1", "t0")
	s.consumeAdd("x2", "x3", "t1")
	if !onlyX3 {
		s.double("x1", "_2x1")
		s.dup("t1", "_t1")
		s.add("t2")
	}
	s.double("x3", "_2x3")
	s.dup("t0", "_t0")
	s.add("t3")
	s.double("t1", "_2t1")
	s.addModTop("", "_4t1")
	s.addModTop("t3", "t4")
	if onlyX3 {
		s.name("t4", "x3")
		return
	}
	s.double("t0", "_2t0")
	s.addModTop("", "_4t0")
	s.addModTop("t2", "t5")
	s.swapTop("t3")
	s.addModTop("t5", "t6")
	s.swapTop("t2")
	s.addModTop("t4", "t7")
	for _, r := range [][2]string{{"t6", "x0"}, {"t5", "x1"}, {"t7", "x2"}, {"t4", "x3"}} {
		s.name(r[0], r[1])
	}
}

// consumeAdd replaces a by a + b (b is kept) under a new name on top of the stack; a + b must stay below
// maxBound·p (add checks it).
func (s *stackAsm) consumeAdd(a, b, as string) {
	s.swapTop(a)
	s.dup(b, "_b")
	s.add(as)
}

// double replaces a by 2·a under a new name on top of the stack.
func (s *stackAsm) double(a, as string) {
	s.swapTop(a)
	s.dup(a, "_c")
	s.add(as)
}

// addModTop replaces the top value v by v + w mod p under a new name, w a copy of the named value, or v itself
// if other is "".
func (s *stackAsm) addModTop(other, as string) {
	v := s.st[0].name
	s.dup("p", "p")
	s.swapWith(1) // [v, p]
	if other == "" {
		other = v
	}
	s.dup(other, "_w")
	s.modop(opADDMOD, as)
}

// runtime4 returns the width-4 hasher's runtime: calldata x0..x3 as four words, output C4(x) = P4(x)[3] + x3
// mod p, reverting unless every word is below p.
func runtime4(params *poseidon2.Parameters) []byte {
	var s stackAsm
	mod := fr.Modulus()
	var mb [32]byte
	mod.FillBytes(mb[:])
	s.op(opPUSH32)
	s.op(mb[:]...)
	s.push("p", 1)
	for i := 3; i >= 0; i-- {
		s.op(opPUSH1, byte(32*i), opCALLDATALOAD)
		s.push(fmt.Sprintf("x%d", i), 1)
	}
	s.checkInputs4()
	s.external4(false)
	round := 0
	full := func() {
		for i, x := range []string{"x0", "x1", "x2", "x3"} {
			s.keySbox(x, params.RoundKeys[round][i])
		}
		s.external4(round == fullRounds4+partialRounds4-1)
		round++
	}
	for range fullRounds4 / 2 {
		full()
	}
	for range partialRounds4 {
		s.keySbox("x0", params.RoundKeys[round][0])
		s.internal4(params.DiagM1)
		round++
	}
	for range fullRounds4 / 2 {
		full()
	}
	if round != fullRounds4+partialRounds4 {
		panic("poseidon2gen: width-4 round count")
	}
	// out = x3 + input x3 mod p.
	s.dup("p", "p")
	s.op(opPUSH1, 0x60, opCALLDATALOAD)
	s.push("_in3", 1)
	s.dup("x3", "_x3")
	s.modop(opADDMOD, "out")
	s.op(opPUSH0, opMSTORE)
	s.op(opPUSH1, 0x20, opPUSH0, opRETURN)
	return s.code
}

// internal4 applies the internal matrix: x_i = x_i·diagM1_i + Σx.
func (s *stackAsm) internal4(diag []fr.Element) {
	// Σx reduced once (x0 < p after the S-box, the others < 2p), then each x_i·d_i mod p + Σx < 2p unreduced:
	// the next round's sums and S-box input stay below 5p.
	s.dup("p", "p")
	s.dup("x2", "_a")
	s.dup("x3", "_b")
	s.add("_s23")
	s.dup("x0", "_a")
	s.dup("x1", "_b")
	s.add("_s01")
	s.modop(opADDMOD, "sum")
	// x1..x3 in place, the top [sum, x0] left as it is: x_i·d_i mod p + Σ is built on top, then moved into x_i's
	// slot over the old x_i.
	for i, x := range []string{"x1", "x2", "x3"} {
		s.dup("p", "p")
		s.constant(diag[i+1], "_d")
		s.dup(x, "_x")
		s.modop(opMULMOD, "_m") // [x·d mod p]
		s.dup("sum", "_sum")
		s.add("_n")  // [x·d mod p + Σ]
		s.replace(x) // the new x in the old one's slot
	}
	// x0 last, consuming Σ: its new value stays on top, where the next round's S-box takes it without a SWAP.
	if s.st[0].name != "sum" || s.st[1].name != "x0" {
		panic(fmt.Sprintf("poseidon2gen: internal matrix expects [sum, x0] on top, has %v", s.st[:2]))
	}
	s.swapWith(1)             // [x0, Σ]
	s.dup("p", "p")           // [p, x0, Σ]
	s.swapWith(1)             // [x0, p, Σ]
	s.constant(diag[0], "_d") // [d, x0, p, Σ]
	s.modop(opMULMOD, "_m")   // [x0·d mod p, Σ]
	s.add("x0")               // [x0·d mod p + Σ]
}

// checkInputs4 reverts with no data unless x0..x3 < p.
func (s *stackAsm) checkInputs4() {
	for i, x := range []string{"x0", "x1", "x2", "x3"} {
		s.dup("p", "_p")
		s.dup(x, "_x")
		s.op(opLT) // x < p
		s.pop()
		s.pop()
		s.push("_ok", 1)
		if i > 0 {
			s.op(opAND)
			s.pop()
			s.pop()
			s.push("_ok", 1)
		}
	}
	dest := len(s.code) + 3 + 1 + 3 // PUSH2 dest, JUMPI, PUSH0 PUSH0 REVERT
	s.op(opPUSH2, byte(dest>>8), byte(dest), opJUMPI)
	s.pop()
	s.op(opPUSH0, opPUSH0, opREVERT)
	s.op(opJUMPDEST)
	if s.code[dest] != opJUMPDEST {
		panic("poseidon2gen: width-4 input check jump")
	}
}

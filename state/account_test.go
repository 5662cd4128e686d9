package state

import (
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

func TestAccountValidate(t *testing.T) {
	withPos := func(p Position) Account {
		a := EmptyAccount()
		a.Positions[PositionSlots-1] = p
		return a
	}
	with := func(f func(*Account)) Account {
		a := EmptyAccount()
		f(&a)
		return a
	}
	for _, tc := range []struct {
		name string
		a    Account
		ok   bool
	}{
		{"empty", EmptyAccount(), true},
		{"size 2^48-1", withPos(Position{Market: 1, SizeQuantums: MaxSize - 1}), true},
		{"size -(2^48-1)", withPos(Position{Market: 1, SizeQuantums: -(MaxSize - 1)}), true},
		{"size 2^48", withPos(Position{Market: 1, SizeQuantums: MaxSize}), false},
		{"size -2^48", withPos(Position{Market: 1, SizeQuantums: -MaxSize}), false},
		{"size max int64", withPos(Position{Market: 1, SizeQuantums: math.MaxInt64}), false},
		{"size min int64", withPos(Position{Market: 1, SizeQuantums: math.MinInt64}), false},
		{"market MarketCount", withPos(Position{Market: MarketCount, SizeQuantums: 1}), true},
		{"market MarketCount+1", withPos(Position{Market: MarketCount + 1, SizeQuantums: 1}), false},
		{"market 255", withPos(Position{Market: 255}), false},
		{"funding index extremes", withPos(Position{Market: 1, SizeQuantums: 1, FundingIndex: math.MinInt64}), true},
		{"funding index max", withPos(Position{Market: 1, SizeQuantums: 1, FundingIndex: math.MaxInt64}), true},
		{"margin mode MarketCount", with(func(a *Account) { a.MarginMode = MarketCount }), true},
		{"margin mode MarketCount+1", with(func(a *Account) { a.MarginMode = MarketCount + 1 }), false},
		{"margin mode max", with(func(a *Account) { a.MarginMode = math.MaxUint16 }), false},
		{"collateral max", with(func(a *Account) { a.CollateralQuantums = math.MaxInt64 }), true},
		{"collateral -2^63+1", with(func(a *Account) { a.CollateralQuantums = math.MinInt64 + 1 }), true},
		{"collateral -2^63", with(func(a *Account) { a.CollateralQuantums = math.MinInt64 }), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.a.Validate()
			if tc.ok && err != nil {
				t.Fatalf("rejected: %v", err)
			}
			if !tc.ok && !errors.Is(err, ErrOutOfRange) {
				t.Fatalf("got %v, want ErrOutOfRange", err)
			}
		})
	}
}

// bigField returns v << shift as a big integer, for hand-packing words.
func bigField(v *big.Int, shift uint) *big.Int { return new(big.Int).Lsh(v, shift) }

func biased(v int64) *big.Int {
	return new(big.Int).Add(big.NewInt(v), new(big.Int).Lsh(big.NewInt(1), 63))
}

func TestAccountWords(t *testing.T) {
	var a Account
	for i := range a.L1Address {
		a.L1Address[i] = 0xF0 | byte(i)
	}
	a.CollateralQuantums = -2
	a.MarginMode = 7
	a.PubKey = PubKey{X: Uint(11), Y: Uint(12)}
	a.Positions[0] = Position{Market: 3, SizeQuantums: -(MaxSize - 1), FundingIndex: math.MinInt64}
	a.SlotRoot = Uint(99)

	w0 := new(big.Int).SetBytes(a.L1Address[:])
	w0.Or(w0, bigField(biased(-2), 160))
	w0.Or(w0, bigField(big.NewInt(7), 224))
	if got := BigOf(a.W0()); got.Cmp(w0) != 0 {
		t.Fatalf("w0 = %x, want %x", got, w0)
	}
	p := big.NewInt(3)
	p.Or(p, bigField(biased(-(MaxSize-1)), 8))
	p.Or(p, bigField(biased(math.MinInt64), 72))
	if got := BigOf(a.Positions[0].Word()); got.Cmp(p) != 0 {
		t.Fatalf("position word = %x, want %x", got, p)
	}
	emptyPos := new(big.Int).Or(bigField(biased(0), 8), bigField(biased(0), 72))
	if got := BigOf(a.Positions[1].Word()); got.Cmp(emptyPos) != 0 {
		t.Fatalf("empty position word = %x, want 2^63<<8 | 2^63<<72", got)
	}
	// Extreme fields stay inside their bit ranges.
	b := a
	b.CollateralQuantums, b.MarginMode = math.MaxInt64, math.MaxUint16
	if n := BigOf(b.W0()).BitLen(); n != 240 {
		t.Fatalf("w0 of extreme account has %d bits, want 240", n)
	}
	if n := BigOf(Position{Market: 255, SizeQuantums: math.MaxInt64, FundingIndex: math.MaxInt64}.Word()).BitLen(); n != 136 {
		t.Fatalf("extreme position word has %d bits, want 136", n)
	}

	words := a.Words()
	if len(words) != 4+PositionSlots || words[0] != a.PubKey.X || words[1] != a.PubKey.Y ||
		words[2] != a.W0() || words[3+PositionSlots] != a.SlotRoot {
		t.Fatal("leaf preimage layout")
	}
	var h fr.Element
	for i := 0; i < len(words); i += 3 {
		h = Compress4([TreeArity]fr.Element{h, words[i], words[i+1], words[i+2]})
	}
	if a.Hash() != h || a.Hash() != Hash4(words...) {
		t.Fatal("Hash is not H4(Words), four C4 steps")
	}
}

// TestHash4Arity checks that Hash4 refuses an arity that is not a multiple of three.
func TestHash4Arity(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Fatal("Hash4 of 4 words did not panic")
		}
	}()
	Hash4(Uint(1), Uint(2), Uint(3), Uint(4))
}

// TestAccountHashFields checks that changing any one field changes the leaf.
func TestAccountHashFields(t *testing.T) {
	base := EmptyAccount()
	variants := []func(*Account){
		func(a *Account) { a.PubKey.X = Uint(1) },
		func(a *Account) { a.PubKey.Y = Uint(1) },
		func(a *Account) { a.L1Address[0] = 1 },
		func(a *Account) { a.L1Address[19] = 1 },
		func(a *Account) { a.CollateralQuantums = 1 },
		func(a *Account) { a.CollateralQuantums = -1 },
		func(a *Account) { a.MarginMode = 1 },
		func(a *Account) { a.Positions[0].Market = 1 },
		func(a *Account) { a.Positions[PositionSlots-1].Market = 1 },
		func(a *Account) { a.Positions[0].SizeQuantums = 1 },
		func(a *Account) { a.Positions[0].FundingIndex = 1 },
		func(a *Account) { a.SlotRoot = Uint(0) },
	}
	seen := map[fr.Element]int{base.Hash(): -1}
	for i, f := range variants {
		a := base
		f(&a)
		h := a.Hash()
		if j, dup := seen[h]; dup {
			t.Fatalf("variants %d and %d hash alike", i, j)
		}
		seen[h] = i
	}
}

func TestEmptyAccount(t *testing.T) {
	e := EmptyAccount()
	if !e.IsEmpty() || e.SlotRoot != EmptySlotRoot() {
		t.Fatal("EmptyAccount is not empty")
	}
	e.CollateralQuantums = 1
	if e.IsEmpty() {
		t.Fatal("non-empty account reported empty")
	}
	n := EmptyAccountNodes()
	if len(n) != AccountTreeLevels+1 || n[0] != EmptyLeaf() {
		t.Fatal("EmptyAccountNodes")
	}
	for i := 1; i < len(n); i++ {
		if n[i] != Compress4([TreeArity]fr.Element{n[i-1], n[i-1], n[i-1], n[i-1]}) {
			t.Fatalf("EmptyAccountNodes[%d]", i)
		}
	}
	s := EmptySlotNodes()
	if len(s) != SlotTreeLevels+1 || !s[0].IsZero() || s[SlotTreeLevels] != EmptySlotRoot() {
		t.Fatal("EmptySlotNodes")
	}
	var a Account
	a.Positions[2] = Position{Market: 4}
	if a.PositionIndex(4) != 2 || a.PositionIndex(5) != -1 || a.FreePositionIndex() != 0 {
		t.Fatal("PositionIndex / FreePositionIndex")
	}
	for i := range a.Positions {
		a.Positions[i].Market = 1
	}
	if a.FreePositionIndex() != -1 {
		t.Fatal("FreePositionIndex of a full account")
	}
}

func randomWord(rng *rand.Rand) fr.Element {
	var b [32]byte
	for i := range b {
		b[i] = byte(rng.Uint32())
	}
	var e fr.Element
	e.SetBytes(b[:])
	return e
}

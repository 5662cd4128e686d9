package state

import (
	"errors"
	"math"
	"math/big"
	"testing"
)

func TestSlotFilledBefore(t *testing.T) {
	used := Slot{Nonce: 5, Filled: 10}
	for _, tc := range []struct {
		name   string
		s      Slot
		n      uint32
		strict bool
		want   uint64
		err    error
	}{
		{"nonce 0 on an empty slot", Slot{}, 0, false, 0, ErrZeroNonce},
		{"nonce 0 strict", Slot{}, 0, true, 0, ErrZeroNonce},
		{"nonce 1 on an empty slot", Slot{}, 1, false, 0, nil},
		{"older nonce", used, 4, false, 0, ErrNonceReused},
		{"older nonce strict", used, 4, true, 0, ErrNonceReused},
		{"same nonce continues", used, 5, false, 10, nil},
		{"same nonce strict is a replay", used, 5, true, 0, ErrNonceReused},
		{"newer nonce starts fresh", used, 6, false, 0, nil},
		{"newer nonce strict", used, 6, true, 0, nil},
		{"max nonce", used, math.MaxUint32, true, 0, nil},
		{"consumed by a withdrawal", Slot{Nonce: 5, Filled: SlotConsumed}, 5, false, SlotConsumed, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.s.FilledBefore(tc.n, tc.strict)
			if !errors.Is(err, tc.err) || (tc.err == nil && err != nil) {
				t.Fatalf("error %v, want %v", err, tc.err)
			}
			if got != tc.want {
				t.Fatalf("filled %d, want %d", got, tc.want)
			}
		})
	}
}

func TestSlotFill(t *testing.T) {
	used := Slot{Nonce: 5, Filled: 10}
	for _, tc := range []struct {
		name    string
		s       Slot
		n       uint32
		q, size uint64
		want    Slot
		err     error
	}{
		{"first fill", Slot{}, 1, 4, 10, Slot{Nonce: 1, Filled: 4}, nil},
		{"continue to the size", used, 5, 5, 15, Slot{Nonce: 5, Filled: 15}, nil},
		{"overfill by one", used, 5, 6, 15, used, ErrOverfill},
		{"fresh nonce full size", used, 6, 15, 15, Slot{Nonce: 6, Filled: 15}, nil},
		{"fresh nonce overfill", used, 6, 16, 15, used, ErrOverfill},
		{"fill larger than the order", used, 5, math.MaxUint64, 10, used, ErrOverfill},
		{"no overflow at the top", used, 5, math.MaxUint64 - 10, math.MaxUint64, Slot{Nonce: 5, Filled: math.MaxUint64}, nil},
		{"overflow rejected", used, 5, math.MaxUint64 - 9, math.MaxUint64, used, ErrOverfill},
		{"replay of an older order", used, 4, 1, 100, used, ErrNonceReused},
		{"nonce 0", Slot{}, 0, 1, 100, Slot{}, ErrZeroNonce},
		{"continue a consumed slot", Slot{Nonce: 5, Filled: SlotConsumed}, 5, 1, math.MaxUint64, Slot{Nonce: 5, Filled: SlotConsumed}, ErrOverfill},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.s.Fill(tc.n, tc.q, tc.size)
			if !errors.Is(err, tc.err) || (tc.err == nil && err != nil) {
				t.Fatalf("error %v, want %v", err, tc.err)
			}
			if got != tc.want {
				t.Fatalf("slot %+v, want %+v", got, tc.want)
			}
		})
	}
	// A filled order cannot be replayed: the slot moves on, and the old nonce is rejected.
	s, err := Slot{}.Fill(7, 10, 10)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Fill(7, 1, 10); !errors.Is(err, ErrOverfill) {
		t.Fatalf("refill of a full order: %v", err)
	}
	s, err = s.Fill(8, 1, 10)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Fill(7, 1, 10); !errors.Is(err, ErrNonceReused) {
		t.Fatalf("replay after a newer order: %v", err)
	}
}

func TestSlotWord(t *testing.T) {
	for _, s := range []Slot{{}, {Nonce: 1}, {Filled: 1}, {Nonce: math.MaxUint32, Filled: math.MaxUint64}, {Nonce: 3, Filled: SlotConsumed}} {
		w := s.Word()
		want := new(big.Int).Lsh(big.NewInt(int64(s.Nonce)), 64)
		want.Or(want, new(big.Int).SetUint64(s.Filled))
		if BigOf(w).Cmp(want) != 0 {
			t.Fatalf("word of %+v = %s, want %s", s, BigOf(w), want)
		}
		got, err := SlotFromWord(w)
		if err != nil || got != s {
			t.Fatalf("SlotFromWord(%+v.Word()) = %+v, %v", s, got, err)
		}
	}
	if w := (Slot{}).Word(); !w.IsZero() {
		t.Fatal("empty slot word is not 0")
	}
	if _, err := SlotFromWord(Word(new(big.Int).Lsh(big.NewInt(1), 96))); !errors.Is(err, ErrOutOfRange) {
		t.Fatalf("97-bit slot word: %v", err)
	}
}

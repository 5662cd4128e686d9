package state

import (
	"errors"
	"math"
	"math/big"
	"testing"
)

func sampleOrder() OrderMsg {
	return OrderMsg{AccountID: 0xA1B2C3D4, Market: 3, IsBuy: true, Flags: FlagPostOnly | FlagFOK, Slot: 0x0FED,
		Nonce: 0x12345678, ExpirySeconds: 1<<40 - 1, MaxFeePpm: MaxFeePpm, SizeQuantums: uint64(MaxSize - 1),
		LimitPrice: MaxPrice - 1}
}

func TestOrderMsgWords(t *testing.T) {
	o := sampleOrder()
	o1 := big.NewInt(int64(o.AccountID))
	o1.Or(o1, bigField(big.NewInt(int64(o.Market)), 32))
	o1.Or(o1, bigField(big.NewInt(1), 40))
	o1.Or(o1, bigField(big.NewInt(int64(o.Flags)), 41))
	o1.Or(o1, bigField(big.NewInt(int64(o.Slot)), 49))
	o1.Or(o1, bigField(big.NewInt(int64(o.Nonce)), 65))
	o1.Or(o1, bigField(new(big.Int).SetUint64(o.ExpirySeconds), 97))
	o1.Or(o1, bigField(big.NewInt(int64(o.MaxFeePpm)), 137))
	o2 := new(big.Int).SetUint64(o.SizeQuantums)
	o2.Or(o2, bigField(new(big.Int).SetUint64(o.LimitPrice), 64))
	w := o.Words()
	if BigOf(w[0]).Cmp(o1) != 0 || BigOf(w[1]).Cmp(o2) != 0 {
		t.Fatalf("order words %x %x, want %x %x", BigOf(w[0]), BigOf(w[1]), o1, o2)
	}
	if o.Hash() != Hash(Uint(DomainOrder), w[0], w[1]) {
		t.Fatal("order hash")
	}
	s := o
	s.IsBuy = false
	if s.Hash() == o.Hash() {
		t.Fatal("side is not signed")
	}
}

func TestWithdrawalMsgWords(t *testing.T) {
	m := WithdrawalMsg{AccountID: 9, Slot: 0x0ABC, Nonce: math.MaxUint32, ExpirySeconds: 1<<40 - 1, AmountQuantums: MaxAmount - 1}
	m.L1Address[0], m.L1Address[19] = 0xFF, 0x01
	w1 := big.NewInt(9)
	w1.Or(w1, bigField(big.NewInt(0x0ABC), 32))
	w1.Or(w1, bigField(big.NewInt(math.MaxUint32), 48))
	w1.Or(w1, bigField(new(big.Int).SetUint64(1<<40-1), 80))
	w2 := new(big.Int).SetUint64(MaxAmount - 1)
	w2.Or(w2, bigField(new(big.Int).SetBytes(m.L1Address[:]), 64))
	w := m.Words()
	if BigOf(w[0]).Cmp(w1) != 0 || BigOf(w[1]).Cmp(w2) != 0 {
		t.Fatalf("withdrawal words %x %x, want %x %x", BigOf(w[0]), BigOf(w[1]), w1, w2)
	}
	if m.Hash() != Hash(Uint(DomainWithdrawal), w[0], w[1]) {
		t.Fatal("withdrawal hash")
	}
	o := OrderMsg{AccountID: 9}
	if (&WithdrawalMsg{AccountID: 9}).Hash() == o.Hash() {
		t.Fatal("order and withdrawal domains collide")
	}
}

func TestMessageValidate(t *testing.T) {
	order := func(f func(*OrderMsg)) OrderMsg {
		o := sampleOrder()
		f(&o)
		return o
	}
	for _, tc := range []struct {
		name string
		o    OrderMsg
		ok   bool
	}{
		{"limits", sampleOrder(), true},
		{"expiry 2^40", order(func(o *OrderMsg) { o.ExpirySeconds = MaxExpirySeconds }), false},
		{"max fee 10^6+1", order(func(o *OrderMsg) { o.MaxFeePpm = MaxFeePpm + 1 }), false},
		{"size 2^48", order(func(o *OrderMsg) { o.SizeQuantums = uint64(MaxSize) }), false},
		{"price 2^48", order(func(o *OrderMsg) { o.LimitPrice = MaxPrice }), false},
	} {
		err := tc.o.Validate()
		if tc.ok != (err == nil) || (!tc.ok && !errors.Is(err, ErrOutOfRange)) {
			t.Fatalf("%s: %v", tc.name, err)
		}
	}
	// Without Validate, an expiry overflowing its 40 bits would alias the fee cap.
	a := OrderMsg{ExpirySeconds: MaxExpirySeconds}
	b := OrderMsg{MaxFeePpm: 1}
	if a.Hash() != b.Hash() || a.Validate() == nil {
		t.Fatal("expected the aliasing that Validate prevents")
	}
	for _, tc := range []struct {
		name string
		w    WithdrawalMsg
		ok   bool
	}{
		{"limits", WithdrawalMsg{AmountQuantums: MaxAmount - 1, ExpirySeconds: MaxExpirySeconds - 1}, true},
		{"amount 2^56", WithdrawalMsg{AmountQuantums: MaxAmount}, false},
		{"expiry 2^40", WithdrawalMsg{ExpirySeconds: MaxExpirySeconds}, false},
	} {
		err := tc.w.Validate()
		if tc.ok != (err == nil) || (!tc.ok && !errors.Is(err, ErrOutOfRange)) {
			t.Fatalf("withdrawal %s: %v", tc.name, err)
		}
	}
}

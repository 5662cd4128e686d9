package statedb

import (
	"errors"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/state"
)

// randomValidAccount returns an account with random, often extreme, valid fields.
func randomValidAccount(rng *rand.Rand) state.Account {
	pick := func(v ...int64) int64 { return v[rng.IntN(len(v))] }
	a := state.EmptyAccount()
	if rng.IntN(2) == 0 {
		a.PubKey = state.PubKey{X: randomWord(rng), Y: randomWord(rng)}
	}
	if rng.IntN(2) == 0 {
		for i := range a.L1Address {
			a.L1Address[i] = byte(rng.Uint32())
		}
	}
	a.CollateralQuantums = pick(0, 1, -1, math.MaxInt64, math.MinInt64+1, rng.Int64(), -rng.Int64())
	a.MarginMode = uint16(rng.IntN(state.MarketCount + 1))
	for k := range a.Positions {
		if rng.IntN(2) == 0 {
			a.Positions[k] = state.Position{
				Market:       uint8(rng.IntN(state.MarketCount + 1)),
				SizeQuantums: pick(0, 1, -1, state.MaxSize-1, -(state.MaxSize - 1), rng.Int64N(state.MaxSize)),
				FundingIndex: pick(0, math.MinInt64, math.MaxInt64, rng.Int64()),
			}
		}
	}
	if rng.IntN(2) == 0 {
		a.SlotRoot = randomWord(rng)
	}
	return a
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

func validMarket() state.Market {
	return state.Market{Name: "BTC-USD", OraclePrice: 60_000_000_000, ImfPpm: 50_000, MmfPpm: 30_000, Status: state.MarketActive,
		TickSize: 1_000_000, StepSize: 1, BaseDecimals: 8, MakerFeePpm: 100, TakerFeePpm: 500}
}

func validMarkets() state.Markets {
	var m state.Markets
	m[0] = validMarket()
	return m
}

func TestAccountCodecRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(testSeed(t), 1))
	empty := state.EmptyAccount()
	if n := len(EncodeAccount(&empty)); n != 5 {
		t.Fatalf("empty account encodes to %d bytes, want 5", n)
	}
	for range 500 {
		a := randomValidAccount(rng)
		b := EncodeAccount(&a)
		got, err := DecodeAccount(b)
		if err != nil || got != a {
			t.Fatalf("round trip of %+v: %+v, %v", a, got, err)
		}
	}
}

func TestAccountCodecRejects(t *testing.T) {
	a := state.EmptyAccount()
	a.PubKey = state.PubKey{X: state.Uint(1), Y: state.Uint(2)}
	a.Positions[1] = state.Position{Market: 2, SizeQuantums: -5, FundingIndex: 3}
	a.SlotRoot = state.Uint(8)
	good := EncodeAccount(&a)
	mutate := func(f func([]byte) []byte) []byte { return f(append([]byte(nil), good...)) }
	invalid := state.EmptyAccount()
	invalid.MarginMode = state.MarketCount + 1
	var modulus [32]byte
	fr.Modulus().FillBytes(modulus[:])
	for _, tc := range []struct {
		name string
		b    []byte
	}{
		{"nil", nil},
		{"version 0", mutate(func(b []byte) []byte { b[0] = 0; return b })},
		{"version 2", mutate(func(b []byte) []byte { b[0] = 2; return b })},
		{"unknown flag", mutate(func(b []byte) []byte { b[1] |= 0x08; return b })},
		{"truncated", good[:len(good)-1]},
		{"trailing byte", append(append([]byte(nil), good...), 0)},
		{"invalid account", EncodeAccount(&invalid)},
		{"zero key flagged", []byte{1, accountHasKey, 0, 0, 0}},
		{"zero key flagged with words", append(append([]byte{1, accountHasKey, 0}, make([]byte, 64)...), 0, 0)},
		{"zero address flagged", append(append([]byte{1, accountHasAddress, 0}, make([]byte, 20)...), 0, 0)},
		{"empty slot root flagged", func() []byte {
			e := state.EmptySlotRoot()
			r := e.Bytes()
			return append([]byte{1, accountHasSlotRoot, 0, 0, 0}, r[:]...)
		}()},
		{"empty position flagged", []byte{1, 0, 1, 0, 0, 0, 0, 0}},
		{"non-minimal varint", []byte{1, 0, 0, 0x80, 0x00, 0}},
		{"margin mode above u16", []byte{1, 0, 0, 0, 0x80, 0x80, 0x04}},
		{"key at the modulus", append(append(append([]byte{1, accountHasKey, 0}, modulus[:]...), make([]byte, 32)...), 0, 0)},
		{"varint overflow", []byte{1, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := DecodeAccount(tc.b); !errors.Is(err, ErrBadEncoding) {
				t.Fatalf("decode %x: %v, want ErrBadEncoding", tc.b, err)
			}
		})
	}
}

// FuzzDecodeAccount checks that decoding never panics and accepts only canonical encodings of valid accounts.
func FuzzDecodeAccount(f *testing.F) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 8 {
		a := randomValidAccount(rng)
		f.Add(EncodeAccount(&a))
	}
	f.Add([]byte{})
	f.Add([]byte{1, 7, 0xff})
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := DecodeAccount(b)
		if err != nil {
			if !errors.Is(err, ErrBadEncoding) {
				t.Fatalf("error %v does not wrap ErrBadEncoding", err)
			}
			return
		}
		if err := a.Validate(); err != nil {
			t.Fatalf("decoded an invalid account: %v", err)
		}
		if got := EncodeAccount(&a); string(got) != string(b) {
			t.Fatalf("decode accepted a non-canonical encoding %x of %x", b, got)
		}
	})
}

func TestTableCodec(t *testing.T) {
	rng := rand.New(rand.NewPCG(testSeed(t), 2))
	for range 100 {
		var m state.Markets
		for i := range m {
			if rng.IntN(2) == 0 {
				continue
			}
			k := uint64(rng.IntN(7))
			imf := uint32(rng.IntN(state.PpmScale) + 1)
			name := make([]byte, rng.IntN(20))
			for j := range name {
				name[j] = byte(rng.Uint32())
			}
			m[i] = state.Market{Name: string(name), OraclePrice: rng.Uint64N(state.MaxPrice-1) + 1, FundingIndex: rng.Int64() - rng.Int64(),
				ImfPpm: imf, MmfPpm: uint32(rng.IntN(int(imf))) + 1, Status: uint8(rng.IntN(3)) + 1,
				TickSize: pow10(k), StepSize: pow10(6 - k), BaseDecimals: rng.Int32() - rng.Int32(),
				MakerFeePpm: uint32(rng.IntN(state.MaxFeeRatePpm + 1)), TakerFeePpm: uint32(rng.IntN(state.MaxFeeRatePpm + 1))}
		}
		got, err := decodeMarkets(encodeMarkets(&m))
		if err != nil || got != m {
			t.Fatalf("markets round trip: %+v, %v", got, err)
		}
		g := state.Globals{InsuranceFundQuantums: rng.Int64() - rng.Int64(), FeePoolQuantums: rng.Uint64(), SystemTimeSeconds: rng.Uint64()}
		if got, err := decodeGlobals(encodeGlobals(g)); err != nil || got != g {
			t.Fatalf("globals round trip: %+v, %v", got, err)
		}
	}
	bad := validMarkets()
	bad[1] = state.Market{Status: state.MarketActive}
	good := validMarkets()
	enc := encodeMarkets(&good)
	for name, b := range map[string][]byte{
		"invalid market": encodeMarkets(&bad),
		"truncated":      enc[:len(enc)-1],
		"trailing":       append(append([]byte(nil), enc...), 0),
		"version":        append([]byte{1}, enc[1:]...),
		"name too long":  append([]byte{marketsEncodingVersion, 0xff, 0x01}, enc[2:]...),
	} {
		if _, err := decodeMarkets(b); !errors.Is(err, ErrBadEncoding) {
			t.Fatalf("%s: %v, want ErrBadEncoding", name, err)
		}
	}
	// A last oracle time at its limit round-trips.
	top := validMarkets()
	top[0].LastOracleTimeSeconds = state.MaxOracleTime
	if got, err := decodeMarkets(encodeMarkets(&top)); err != nil || got != top {
		t.Fatalf("last oracle time MaxOracleTime: %v", err)
	}
	// A version-2 table (before last oracle times) still decodes, with last oracle times 0.
	if got, err := decodeMarkets(encodeMarketsVersion(&good, 2)); err != nil || got != good {
		t.Fatalf("version 2: %v", err)
	}
	genc := encodeGlobals(state.Globals{})
	for name, b := range map[string][]byte{"truncated": genc[:24], "trailing": append(genc, 0), "version": append([]byte{0}, genc[1:]...)} {
		if _, err := decodeGlobals(b); !errors.Is(err, ErrBadEncoding) {
			t.Fatalf("globals %s: %v, want ErrBadEncoding", name, err)
		}
	}
}

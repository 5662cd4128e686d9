package sequencer

import (
	"errors"
	"math/big"
	"testing"

	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

func TestParseSizePrice(t *testing.T) {
	markets := testMarkets()
	btc, eth := &markets[mBTC-1], &markets[mETH-1]
	var fine state.Market // 18 base decimals: prices have negative exponent −6
	fine.BaseDecimals, fine.StepSize, fine.TickSize = 18, 1_000_000_000_000, 1
	cases := []struct {
		name  string
		price bool
		m     *state.Market
		in    string
		want  uint64
		err   error
	}{
		{name: "size", m: btc, in: "0.5", want: 500_000},
		{name: "size integer", m: btc, in: "2", want: 2_000_000},
		{name: "size trailing zeros", m: btc, in: "0.001000", want: 1_000},
		{name: "size one step", m: btc, in: "0.001", want: 1_000},
		{name: "size off step", m: btc, in: "0.0015", err: wire.ErrSizeOffStep},
		{name: "size below one quantum", m: btc, in: "0.0000001", err: wire.ErrTooManyDecimal},
		{name: "size zero", m: btc, in: "0", err: wire.ErrNonPositive},
		{name: "size zero decimals", m: btc, in: "0.000", err: wire.ErrNonPositive},
		{name: "size negative", m: btc, in: "-1", err: wire.ErrDecimalSyntax},
		{name: "size plus", m: btc, in: "+1", err: wire.ErrDecimalSyntax},
		{name: "size exponent", m: btc, in: "1e3", err: wire.ErrDecimalSyntax},
		{name: "size leading dot", m: btc, in: ".5", err: wire.ErrDecimalSyntax},
		{name: "size trailing dot", m: btc, in: "5.", err: wire.ErrDecimalSyntax},
		{name: "size two dots", m: btc, in: "1.2.3", err: wire.ErrDecimalSyntax},
		{name: "size space", m: btc, in: " 1", err: wire.ErrDecimalSyntax},
		{name: "size empty", m: btc, in: "", err: wire.ErrDecimalSyntax},
		{name: "size too long", m: btc, in: "0.0000000000000000000000000000000000000000000000001", err: wire.ErrDecimalSyntax},
		{name: "size largest", m: btc, in: "281474976.71", want: 281_474_976_710_000},
		{name: "size 2^48 quantums", m: btc, in: "281474976.710656", err: wire.ErrOutOfRange},
		{name: "size huge", m: btc, in: "99999999999999999999999999999", err: wire.ErrOutOfRange},
		{name: "price", price: true, m: btc, in: "60000", want: 60_000_000_000},
		{name: "price off tick", price: true, m: btc, in: "60000.5", err: wire.ErrPriceOffTick},
		{name: "price too many decimals", price: true, m: btc, in: "60000.0000001", err: wire.ErrTooManyDecimal},
		{name: "price eth cents", price: true, m: eth, in: "3000.01", want: 300_001_000_000},
		{name: "price eth off tick", price: true, m: eth, in: "3000.001", err: wire.ErrPriceOffTick},
		{name: "price 2^48", price: true, m: btc, in: "281474976.710656", err: wire.ErrOutOfRange},
		{name: "price zero", price: true, m: btc, in: "0.0", err: wire.ErrNonPositive},
		{name: "price negative exponent", price: true, m: &fine, in: "3000000", want: 3},
		{name: "price below a unit", price: true, m: &fine, in: "1500000", err: wire.ErrTooManyDecimal},
		{name: "size unlisted market", m: &state.Market{}, in: "1", err: wire.ErrSizeOffStep},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			parse := wire.ParseSize
			if c.price {
				parse = wire.ParsePrice
			}
			got, err := parse(c.in, c.m)
			if c.err != nil {
				if !errors.Is(err, c.err) {
					t.Fatalf("error %v, want %v", err, c.err)
				}
				return
			}
			if err != nil || got != c.want {
				t.Fatalf("got %d, %v, want %d", got, err, c.want)
			}
			format := func(v uint64) string { return wire.FormatSize(int64(v), c.m) }
			if c.price {
				format = func(v uint64) string { return wire.FormatPrice(v, c.m) }
			}
			if back, err := parse(format(got), c.m); err != nil || back != got {
				t.Fatalf("round trip through %q: %d, %v", format(got), back, err)
			}
		})
	}
}

func TestParseAmount(t *testing.T) {
	cases := []struct {
		in   string
		want uint64
		err  error
	}{
		{in: "1", want: 1_000_000},
		{in: "0.000001", want: 1},
		{in: "0.0000001", err: wire.ErrTooManyDecimal},
		{in: "72057594037.927935", want: state.MaxAmount - 1},
		{in: "72057594037.927936", err: wire.ErrOutOfRange},
		{in: "0", err: wire.ErrNonPositive},
		{in: "1,5", err: wire.ErrDecimalSyntax},
	}
	for _, c := range cases {
		got, err := wire.ParseAmount(c.in)
		if !errors.Is(err, c.err) || got != c.want {
			t.Errorf("ParseAmount(%q) = %d, %v; want %d, %v", c.in, got, err, c.want, c.err)
		}
	}
}

func TestFormat(t *testing.T) {
	markets := testMarkets()
	btc := &markets[mBTC-1]
	cases := []struct{ got, want string }{
		{wire.FormatSize(-1_500_000, btc), "-1.5"},
		{wire.FormatSize(0, btc), "0"},
		{wire.FormatPrice(60_000_500_000, btc), "60000.5"},
		{wire.FormatAmount(-1), "-0.000001"},
		{wire.FormatScaled(big.NewInt(3_000_000_000_000_000), 6), "3000"},
		{wire.FormatScaled(big.NewInt(1), 12), "0.000000000000000001"},
	}
	for _, c := range cases {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

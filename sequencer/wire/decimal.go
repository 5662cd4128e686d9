package wire

import (
	"fmt"
	"math/big"

	"github.com/shopspring/decimal"

	"github.com/perpx/perpx/state"
)

// QuoteDecimals is the number of decimals of the quote asset (USDC): one quote quantum is 10^-6 USDC.
const QuoteDecimals = 6

// maxDecimalLen bounds the length of a decimal string accepted at the edge.
const maxDecimalLen = 48

// PriceExponent returns e such that price units = human price · 10^e. A price is quote quantums per base
// quantum times PriceScale: human · 10^QuoteDecimals / 10^BaseDecimals · 10^6 (docs/PROTOCOL.md §3.3).
func PriceExponent(m *state.Market) int32 { return QuoteDecimals + 6 - m.BaseDecimals }

// parseDecimal accepts only plain non-negative decimals: digits, optionally a dot and more digits. No sign,
// exponent, spaces or leading dot.
func parseDecimal(s string) (decimal.Decimal, error) {
	if len(s) == 0 || len(s) > maxDecimalLen {
		return decimal.Decimal{}, fmt.Errorf("%w: %q", ErrDecimalSyntax, s)
	}
	dot, digits := false, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot && digits > 0 && i+1 < len(s):
			dot = true
		default:
			return decimal.Decimal{}, fmt.Errorf("%w: %q", ErrDecimalSyntax, s)
		}
	}
	d, err := decimal.NewFromString(s)
	if err != nil {
		return decimal.Decimal{}, fmt.Errorf("%w: %q", ErrDecimalSyntax, s)
	}
	return d, nil
}

// toUnits converts the decimal s to an integer number of units of 10^-exp, requiring 0 < value < limit.
func toUnits(s string, exp int32, limit uint64) (uint64, error) {
	d, err := parseDecimal(s)
	if err != nil {
		return 0, err
	}
	u := d.Shift(exp)
	if !u.IsInteger() {
		return 0, fmt.Errorf("%w: %s has more than %d decimals", ErrTooManyDecimal, s, exp)
	}
	if u.Sign() <= 0 {
		return 0, fmt.Errorf("%w: %s", ErrNonPositive, s)
	}
	b := u.BigInt()
	if !b.IsUint64() || b.Uint64() >= limit {
		return 0, fmt.Errorf("%w: %s", ErrOutOfRange, s)
	}
	return b.Uint64(), nil
}

// ParseSize converts a human base-asset size to base quantums of market m: it must be positive, a whole
// number of quantums, below 2^48 quantums and a multiple of the market's step.
func ParseSize(s string, m *state.Market) (uint64, error) {
	q, err := toUnits(s, m.BaseDecimals, uint64(state.MaxSize))
	if err != nil {
		return 0, fmt.Errorf("size: %w", err)
	}
	if m.StepSize == 0 || q%m.StepSize != 0 {
		return 0, fmt.Errorf("%w: size %s, step %s", ErrSizeOffStep, s, FormatSize(int64(m.StepSize), m))
	}
	return q, nil
}

// ParsePrice converts a human price (quote per base unit) to price units of market m: positive, exact, below
// 2^48 and a multiple of the market's tick.
func ParsePrice(s string, m *state.Market) (uint64, error) {
	p, err := toUnits(s, PriceExponent(m), state.MaxPrice)
	if err != nil {
		return 0, fmt.Errorf("price: %w", err)
	}
	if m.TickSize == 0 || p%m.TickSize != 0 {
		return 0, fmt.Errorf("%w: price %s, tick %s", ErrPriceOffTick, s, FormatPrice(m.TickSize, m))
	}
	return p, nil
}

// ParseAmount converts a human USDC amount to quote quantums: positive, exact, below 2^56.
func ParseAmount(s string) (uint64, error) {
	a, err := toUnits(s, QuoteDecimals, state.MaxAmount)
	if err != nil {
		return 0, fmt.Errorf("amount: %w", err)
	}
	return a, nil
}

// FormatSize renders signed base quantums of market m as a human decimal.
func FormatSize(q int64, m *state.Market) string { return decimal.New(q, -m.BaseDecimals).String() }

// FormatPrice renders price units of market m as a human price.
func FormatPrice(p uint64, m *state.Market) string {
	return decimal.NewFromBigInt(new(big.Int).SetUint64(p), -PriceExponent(m)).String()
}

// FormatAmount renders signed quote quantums as USDC.
func FormatAmount(q int64) string { return decimal.New(q, -QuoteDecimals).String() }

// FormatScaled renders v · 10^-exp quote quantums as USDC: exp is 6 for values scaled by PriceScale (TVs) and
// 12 for values scaled by PriceScale · PpmScale (IMRs, MMRs).
func FormatScaled(v *big.Int, exp int32) string {
	return decimal.NewFromBigInt(v, -(exp + QuoteDecimals)).String()
}

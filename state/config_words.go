package state

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// The widths of the params word's fields, low bits first (docs/PROTOCOL.md §3.4), and of them together.
const (
	maxFundingRateBits   = 16
	fundingIntervalBits  = 32
	oracleMaxAgeBits     = 32
	liquidationFeeBits   = 20
	configParamsBits     = maxFundingRateBits + fundingIntervalBits + oracleMaxAgeBits + liquidationFeeBits
	fundingIntervalShift = maxFundingRateBits
	oracleMaxAgeShift    = fundingIntervalShift + fundingIntervalBits
	liquidationFeeShift  = oracleMaxAgeShift + oracleMaxAgeBits
)

// ConfigKeyWords are the oracle keys' coordinates as the config hash takes them: x0, y0, …, x4, y4.
type ConfigKeyWords [2 * OracleKeys]fr.Element

// KeyWords returns the oracle keys' coordinates x0, y0, …, x4, y4.
func (c *Config) KeyWords() ConfigKeyWords {
	var w ConfigKeyWords
	for i, k := range c.OracleKeys {
		w[2*i], w[2*i+1] = k.X, k.Y
	}
	return w
}

// ConfigFromWords is the inverse of KeyWords and ParamsWord: it returns the configuration of the oracle keys'
// coordinates and the params word, which must have no bit set above its fields, and checks it with Validate.
// The configuration's HashWord is H(DomainConfig, keys…, params) of the same words.
func ConfigFromWords(keys ConfigKeyWords, params fr.Element) (Config, error) {
	var c Config
	for i := range c.OracleKeys {
		c.OracleKeys[i] = PubKey{X: keys[2*i], Y: keys[2*i+1]}
	}
	v := BigOf(params)
	if v.BitLen() > configParamsBits {
		return Config{}, fmt.Errorf("%w: params word %s has bits above bit %d", ErrBadConfig, v.String(), configParamsBits-1)
	}
	c.MaxFundingRatePpm = uint16(bitField(v, 0, maxFundingRateBits))
	c.FundingIntervalSeconds = uint32(bitField(v, fundingIntervalShift, fundingIntervalBits))
	c.OracleMaxAgeSeconds = uint32(bitField(v, oracleMaxAgeShift, oracleMaxAgeBits))
	c.LiquidationFeePpm = uint32(bitField(v, liquidationFeeShift, liquidationFeeBits))
	if err := c.Validate(); err != nil {
		return Config{}, err
	}
	return c, nil
}

// bitField returns bits shift..shift+bits−1 of v (bits ≤ 64).
func bitField(v *big.Int, shift, bits uint) uint64 {
	var t big.Int
	t.Rsh(v, shift)
	return t.And(&t, new(big.Int).SetUint64(1<<bits-1)).Uint64()
}

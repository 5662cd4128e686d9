package state

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
)

// ErrBadConfig reports a configuration that breaks a rule of docs/PROTOCOL.md §3.4.
var ErrBadConfig = errors.New("state: invalid configuration")

// Config is the configuration every batch proves it enforces; its hash is the header's config hash
// (docs/PROTOCOL.md §3.4). Changing it on L1 goes through the governance timelock.
type Config struct {
	OracleKeys             [OracleKeys]PubKey
	MaxFundingRatePpm      uint16
	FundingIntervalSeconds uint32
	OracleMaxAgeSeconds    uint32
	LiquidationFeePpm      uint32
}

// Validate checks the bounds of the configuration and that the oracle keys are distinct curve points.
func (c *Config) Validate() error {
	switch {
	case c.MaxFundingRatePpm > MaxFundingRatePpm:
		return fmt.Errorf("%w: max funding rate %d ppm", ErrBadConfig, c.MaxFundingRatePpm)
	case c.FundingIntervalSeconds == 0:
		return fmt.Errorf("%w: zero funding interval", ErrBadConfig)
	case c.LiquidationFeePpm > PpmScale:
		return fmt.Errorf("%w: liquidation fee %d ppm", ErrBadConfig, c.LiquidationFeePpm)
	}
	for i, k := range c.OracleKeys {
		var p twistededwards.PointAffine
		p.X, p.Y = k.X, k.Y
		if k.IsZero() || !p.IsOnCurve() {
			return fmt.Errorf("%w: oracle key %d is not a curve point", ErrBadConfig, i)
		}
		for j := range i {
			if c.OracleKeys[j] == k {
				return fmt.Errorf("%w: oracle keys %d and %d are equal", ErrBadConfig, j, i)
			}
		}
	}
	return nil
}

// ParamsWord returns the packed params word.
func (c *Config) ParamsWord() fr.Element {
	var p packer
	p.putUint(uint64(c.MaxFundingRatePpm), maxFundingRateBits)
	p.putUint(uint64(c.FundingIntervalSeconds), fundingIntervalBits)
	p.putUint(uint64(c.OracleMaxAgeSeconds), oracleMaxAgeBits)
	p.putUint(uint64(c.LiquidationFeePpm), liquidationFeeBits)
	return p.word()
}

// HashWord returns H(DomainConfig, keys…, params).
func (c *Config) HashWord() fr.Element {
	w := make([]fr.Element, 0, 2+2*OracleKeys)
	w = append(w, Uint(DomainConfig))
	for _, k := range c.OracleKeys {
		w = append(w, k.X, k.Y)
	}
	return Hash(append(w, c.ParamsWord())...)
}

// Hash returns the 32-byte config hash of batch headers.
func (c *Config) Hash() [32]byte {
	h := c.HashWord()
	return h.Bytes()
}

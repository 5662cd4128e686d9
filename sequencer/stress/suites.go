package stress

import (
	_ "embed"
)

// seedSuite is the seed scenario file: six scenarios (shocks of −10, −30 over ten ticks and −50 %, an oracle
// hiccup, funding at twice the cap, a liquidity drought) and a proposal cutting the maximum leverage to 5×
// (initial margin 20 %, maintenance margin doubled, a 1.5 % liquidation fee).
//
//go:embed suites/seed.json
var seedSuite []byte

// SeedSuite returns the seed scenario file, parsed.
func SeedSuite() *Suite {
	s, err := ParseSuite(seedSuite)
	if err != nil {
		panic(err) // the embedded file is tested
	}
	return s
}

// SeedSuiteJSON returns the seed scenario file as written.
func SeedSuiteJSON() []byte { return append([]byte(nil), seedSuite...) }

package state

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"math/big"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
)

// configOfSeed returns a valid configuration with oracle keys from fixed seeds and fields drawn from rng within
// their bounds.
func configOfSeed(t testing.TB, rng *rand.Rand) Config {
	t.Helper()
	c := Config{
		MaxFundingRatePpm:      uint16(rng.IntN(MaxFundingRatePpm + 1)),
		FundingIntervalSeconds: 1 + rng.Uint32N(1<<32-1),
		OracleMaxAgeSeconds:    rng.Uint32(),
		LiquidationFeePpm:      rng.Uint32N(PpmScale + 1),
	}
	for i := range c.OracleKeys {
		seed := sha256.Sum256([]byte("perpx/config words key " + strconv.Itoa(i) + " " + strconv.FormatUint(rng.Uint64(), 10)))
		k, err := eddsa.GenerateKey(bytes.NewReader(seed[:]))
		if err != nil {
			t.Fatal(err)
		}
		c.OracleKeys[i] = PubKey{X: k.PublicKey.A.X, Y: k.PublicKey.A.Y}
	}
	return c
}

// TestConfigFromWordsRoundTrip checks that ConfigFromWords inverts KeyWords and ParamsWord, on the extreme
// field values and random ones, and that HashWord hashes exactly those words after the domain tag.
func TestConfigFromWordsRoundTrip(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	extreme := configOfSeed(t, rng)
	extreme.MaxFundingRatePpm, extreme.FundingIntervalSeconds = MaxFundingRatePpm, 1<<32-1
	extreme.OracleMaxAgeSeconds, extreme.LiquidationFeePpm = 1<<32-1, PpmScale
	configs := []Config{extreme}
	for range 8 {
		configs = append(configs, configOfSeed(t, rng))
	}
	for i, c := range configs {
		keys := c.KeyWords()
		got, err := ConfigFromWords(keys, c.ParamsWord())
		if err != nil || got != c {
			t.Fatalf("config %d: ConfigFromWords = %+v, %v, want %+v", i, got, err, c)
		}
		words := append([]fr.Element{Uint(DomainConfig)}, keys[:]...)
		if c.HashWord() != Hash(append(words, c.ParamsWord())...) {
			t.Fatalf("config %d: HashWord is not H(DomainConfig, KeyWords…, ParamsWord)", i)
		}
	}
}

// TestConfigFromWordsRejects checks that a params word with a bit above its fields, and words of an invalid
// configuration, are refused with ErrBadConfig.
func TestConfigFromWordsRejects(t *testing.T) {
	c := configOfSeed(t, rand.New(rand.NewPCG(3, 4)))
	keys := c.KeyWords()
	params := BigOf(c.ParamsWord())
	high := Word(new(big.Int).SetBit(params, configParamsBits, 1))
	dup := keys
	dup[2], dup[3] = dup[0], dup[1]
	offCurve := keys
	offCurve[9].SetUint64(7)
	zeroInterval := c
	zeroInterval.FundingIntervalSeconds = 0
	fee := c
	fee.LiquidationFeePpm = PpmScale + 1
	for name, in := range map[string]struct {
		keys   ConfigKeyWords
		params fr.Element
	}{
		"bit 100 of params":   {keys, high},
		"equal keys":          {dup, c.ParamsWord()},
		"key off the curve":   {offCurve, c.ParamsWord()},
		"zero funding period": {keys, zeroInterval.ParamsWord()},
		"liquidation fee":     {keys, fee.ParamsWord()},
	} {
		if _, err := ConfigFromWords(in.keys, in.params); !errors.Is(err, ErrBadConfig) {
			t.Errorf("%s: err = %v, want ErrBadConfig", name, err)
		}
	}
}

// FuzzConfigFromWords checks that decoding arbitrary words never panics, and that whatever decodes is a valid
// configuration whose words are the input's.
func FuzzConfigFromWords(f *testing.F) {
	c := configOfSeed(f, rand.New(rand.NewPCG(5, 6)))
	f.Add(configBytes(c.KeyWords(), c.ParamsWord()))
	f.Add(make([]byte, 11*fr.Bytes))
	f.Fuzz(func(t *testing.T, b []byte) {
		b = append(b, make([]byte, 11*fr.Bytes)...)
		var keys ConfigKeyWords
		for i := range keys {
			keys[i].SetBytes(b[i*fr.Bytes : (i+1)*fr.Bytes])
		}
		var params fr.Element
		params.SetBytes(b[10*fr.Bytes : 11*fr.Bytes])
		got, err := ConfigFromWords(keys, params)
		if err != nil {
			if !errors.Is(err, ErrBadConfig) {
				t.Fatalf("err = %v, want ErrBadConfig", err)
			}
			return
		}
		if got.Validate() != nil || got.KeyWords() != keys || got.ParamsWord() != params {
			t.Fatalf("decoded %+v does not encode back to its words", got)
		}
	})
}

// configBytes returns the 32-byte big-endian words x0, y0, …, x4, y4, params.
func configBytes(keys ConfigKeyWords, params fr.Element) []byte {
	var out []byte
	for _, k := range append(keys[:], params) {
		b := k.Bytes()
		out = append(out, b[:]...)
	}
	return out
}

package stress

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"math/rand/v2"

	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
	"github.com/perpx/perpx/state/statedb"
)

// Limits and defaults of the generator.
const (
	// MaxGeneratedAccounts bounds Generate's account count (L1 account ids 1..n).
	MaxGeneratedAccounts = 1 << 20
	// genStartTime is the generated state's system time.
	genStartTime = 1_700_000_000
	// genFundPpm is the generated insurance fund, in ppm of the accounts' total collateral.
	genFundPpm = 20_000
	// genMaxLeveragePpm is the highest leverage the generator aims for (15×, below the markets' 20×); the
	// leverage is 1 + 14·u³ for u uniform in [0, 1): a median near 2.7×, one account in ten above 10×.
	genMaxLeveragePpm = 15_000_000
	// genCommitEvery commits the generated tree every so many accounts.
	genCommitEvery = 2_000
)

// GenMarkets is the generated state's markets table: BTC and ETH as on the devnet, and a third, tiered
// market.
func GenMarkets() state.Markets {
	var m state.Markets
	m[0] = state.Market{Name: "BTC-USD", BaseDecimals: 8, Status: state.MarketActive, OraclePrice: 100_000 * 10_000,
		TickSize: 10_000, StepSize: 10_000, ImfPpm: 50_000, MmfPpm: 30_000, MakerFeePpm: 200, TakerFeePpm: 500}
	m[1] = state.Market{Name: "ETH-USD", BaseDecimals: 8, Status: state.MarketActive, OraclePrice: 3_000 * 10_000,
		TickSize: 1_000, StepSize: 100_000, ImfPpm: 50_000, MmfPpm: 30_000, MakerFeePpm: 200, TakerFeePpm: 500}
	m[2] = state.Market{Name: "SOL-USD", BaseDecimals: 6, Status: state.MarketActive, OraclePrice: 150 * 1_000_000,
		TickSize: 10_000, StepSize: 100_000, ImfPpm: 100_000, MmfPpm: 50_000, TierSizeQuantums: 1_000_000_000,
		TierImfPpm: 200_000, TierMmfPpm: 100_000, MakerFeePpm: 200, TakerFeePpm: 500}
	return m
}

// GenConfig is the generated state's configuration: hourly funding capped at 0.1 % per hour and a 1 %
// liquidation fee; the oracle keys are the ones a run signs with.
func GenConfig() state.Config {
	c := state.Config{MaxFundingRatePpm: 1_000, FundingIntervalSeconds: 3_600, OracleMaxAgeSeconds: 120, LiquidationFeePpm: 10_000}
	for i := range c.OracleKeys {
		c.OracleKeys[i] = oracleKey(i).PubKey()
	}
	return c
}

// Generate makes a state of n accounts (ids 1..n) with positions, from seed, in memory: each deposits
// 1,000–100,000 USDC, and pairs of accounts open opposite positions at the oracle price by forced trades
// (engine transitions, no signatures), most at low leverage and a tail up to 15×; every third account also
// holds a second market. The same seed and n give the same state (same root).
func Generate(seed uint64, n int) (*State, error) {
	if n < 2 || n > MaxGeneratedAccounts {
		return nil, fmt.Errorf("stress: generate %d accounts, want 2..%d", n, MaxGeneratedAccounts)
	}
	fs := vfs.NewMem()
	tree, err := statedb.Open("generated", statedb.WithFS(fs), quietLogger())
	if err != nil {
		return nil, err
	}
	if err := tree.SetMarkets(GenMarkets()); err != nil {
		return nil, err
	}
	tree.SetGlobals(state.Globals{SystemTimeSeconds: genStartTime, LastFundingTimeSeconds: genStartTime})
	g := &generator{tree: tree, e: engine.NewEngine(tree), rng: rand.New(rand.NewPCG(seed, seed^0x5eed)), n: uint32(n),
		total: new(big.Int), key: wire.DevKey("perpx stress generated").PubKey().Compressed()}
	if err := g.accounts(); err != nil {
		return nil, err
	}
	for _, shift := range []uint32{1, 3} {
		if err := g.positions(shift); err != nil {
			return nil, err
		}
	}
	gl := tree.Globals()
	gl.InsuranceFundQuantums = new(big.Int).Quo(g.total.Mul(g.total, big.NewInt(genFundPpm)), big.NewInt(state.PpmScale)).Int64()
	tree.SetGlobals(gl)
	if err := tree.Commit(); err != nil {
		return nil, err
	}
	return &State{Tree: tree, Config: GenConfig(), fs: fs, dir: "generated"}, nil
}

// generator holds Generate's progress.
type generator struct {
	tree  *statedb.Tree
	e     *engine.Engine
	rng   *rand.Rand
	n     uint32
	total *big.Int
	key   [32]byte
}

func genAddress(id uint32) state.L1Address {
	var a state.L1Address
	copy(a[:], "perpx stress gen")
	binary.BigEndian.PutUint32(a[16:], id)
	return a
}

// accounts deposits every account's collateral.
func (g *generator) accounts() error {
	for id := uint32(1); id <= g.n; id++ {
		amount := uint64(1_000+g.rng.IntN(99_000)) * 1_000_000
		r := state.DepositRecord{AccountID: id, AmountQuantums: amount, L1Address: genAddress(id), PubKey: g.key}
		if _, err := g.e.Deposit(r); err != nil {
			return fmt.Errorf("stress: generate: %w", err)
		}
		g.total.Add(g.total, new(big.Int).SetUint64(amount))
		if id%genCommitEvery == 0 {
			if err := g.tree.Commit(); err != nil {
				return err
			}
		}
	}
	return nil
}

// positions pairs account a with a+shift (wrapping) for every other a (every third for shift 3) and opens
// opposite positions at the oracle price: the size is a's collateral times a leverage drawn for it, halved
// until the forced trade is valid (both healthy) or given up.
func (g *generator) positions(shift uint32) error {
	markets := g.tree.Markets()
	every := uint32(2)
	if shift > 1 {
		every = 3
	}
	for a := uint32(1); a <= g.n; a += every {
		b := (a+shift-1)%g.n + 1
		m := uint8(1 + g.rng.IntN(3))
		mk := markets.Get(m)
		acc, err := g.tree.Account(a)
		if err != nil {
			return err
		}
		u := g.rng.Float64()
		lev := int64(state.PpmScale) + int64(u*u*u*float64(genMaxLeveragePpm-state.PpmScale))
		notional := new(big.Int).Mul(big.NewInt(acc.CollateralQuantums), big.NewInt(lev))
		q := notional.Mul(notional, big.NewInt(state.PriceScale)).Quo(notional, big.NewInt(state.PpmScale)).Quo(notional, new(big.Int).SetUint64(mk.OraclePrice)).Uint64()
		rec := state.ForcedTradeRecord{Market: m, AIsBuy: g.rng.IntN(2) == 0, AccountA: a, AccountB: b, Price: mk.OraclePrice,
			AddrA: genAddress(a), AddrB: genAddress(b)}
		for q = q / mk.StepSize * mk.StepSize; q >= mk.StepSize; q = q / 2 / mk.StepSize * mk.StepSize {
			rec.SizeQuantums = q
			tx, err := g.e.ForcedTrade(rec)
			if err != nil {
				return fmt.Errorf("stress: generate: %w", err)
			}
			if tx.Record.ForcedTrade.Valid {
				break
			}
		}
	}
	return g.tree.Commit()
}

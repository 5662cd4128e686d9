package stress

import (
	"fmt"
	"math/big"
	"strconv"
	"sync"

	"github.com/perpx/perpx/sequencer/engine"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

const (
	// backstopDeposits and backstopDeposit make the backstop's collateral, 16 · (2^56 − 1) quote quantums: far
	// beyond what any state's liquidations need, and well inside int64.
	backstopDeposits = 16
	backstopDeposit  = state.MaxAmount - 1
	// backstopOrderSize bounds one backstop order, in base quantums (rounded down to the market's step).
	backstopOrderSize = uint64(1) << 40
)

// backstopKey signs the backstop's orders; oracleKeys are the keys that sign a run's oracle reports. A
// run replaces the configuration's oracle keys with these in its own copy of the configuration: the copy of
// the state is hypothetical, and nobody else can sign for it.
var backstopKey = wire.DevKey("perpx stress backstop")

// oracleKeys derives the run's oracle keys once: a derivation costs a scalar multiplication.
var oracleKeys = sync.OnceValue(func() (ks [state.OracleKeys]*wire.Key) {
	for i := range ks {
		ks[i] = wire.DevKey("perpx stress oracle " + strconv.Itoa(i))
	}
	return ks
})

func oracleKey(i int) *wire.Key { return oracleKeys()[i] }

// backstop is the liquidity source of a run (Liquidity): one account, funded on the copy of the state, that
// quotes any size at the oracle price moved slippagePpm against the liquidated account, rounded to the tick in
// the liquidated account's disfavour (in its favour when the slippage is 0, so that a solvent account never
// needs the insurance fund). Each offer is a new signed order in the next slot.
type backstop struct {
	id          uint32
	slippagePpm int64
	nonce       uint32
}

// Filled implements risk.LiquiditySource; every offer is a new order, so there is nothing to track.
func (b *backstop) Filled(uint64) {}

// Offer implements risk.LiquiditySource.
func (b *backstop) Offer(m uint8, isBuy bool, _ uint32, markets *state.Markets) (state.SignedOrder, uint64, bool) {
	mk := markets.Get(m)
	if mk == nil || mk.TickSize == 0 || mk.StepSize == 0 {
		return state.SignedOrder{}, 0, false
	}
	p := backstopPrice(mk.OraclePrice, mk.TickSize, b.slippagePpm, isBuy)
	if p == 0 || p >= state.MaxPrice {
		return state.SignedOrder{}, 0, false
	}
	b.nonce++
	size := backstopOrderSize / mk.StepSize * mk.StepSize
	o := state.OrderMsg{AccountID: b.id, Market: m, IsBuy: isBuy, Slot: uint16(b.nonce % (1 << state.SlotTreeDepth)),
		Nonce: b.nonce, ExpirySeconds: state.MaxExpirySeconds - 1, MaxFeePpm: state.MaxFeePpm, SizeQuantums: size, LimitPrice: p}
	return backstopKey.SignOrder(o), size, true
}

// backstopPrice is the backstop's limit price: a buy (the liquidated account sells) at the oracle price less the
// slippage, rounded down to the tick; a sell at the oracle price plus the slippage, rounded up. With no slippage
// the rounding goes the other way, in the liquidated account's favour. It returns 0 when no price fits.
func backstopPrice(oracle, tick uint64, slippagePpm int64, isBuy bool) uint64 {
	x := new(big.Int).SetUint64(oracle)
	scale := big.NewInt(state.PpmScale)
	if isBuy {
		x.Mul(x, big.NewInt(state.PpmScale-slippagePpm))
	} else {
		x.Mul(x, big.NewInt(state.PpmScale+slippagePpm))
	}
	x.Quo(x, scale)
	if !x.IsUint64() {
		return 0
	}
	p := x.Uint64() / tick * tick
	favour := slippagePpm == 0
	if isBuy == favour && p < x.Uint64() {
		p += tick
	}
	return p
}

// fund deposits the backstop's collateral on the copy and returns the total deposited.
func (b *backstop) fund(e *engine.Engine) (*big.Int, error) {
	total := new(big.Int)
	addr := backstopAddress()
	for range backstopDeposits {
		r := state.DepositRecord{AccountID: b.id, AmountQuantums: backstopDeposit, L1Address: addr, PubKey: backstopKey.PubKey().Compressed()}
		if _, err := e.Deposit(r); err != nil {
			return nil, fmt.Errorf("stress: backstop deposit: %w", err)
		}
		total.Add(total, new(big.Int).SetUint64(backstopDeposit))
	}
	return total, nil
}

// backstopID returns the first account id after the highest L1 account of ids: empty, and one a deposit may
// create.
func backstopID(ids []uint32) (uint32, error) {
	var next uint32 = 1
	for _, id := range ids {
		if id < state.L2AccountBase && id >= next {
			next = id + 1
		}
	}
	if next >= state.L2AccountBase {
		return 0, fmt.Errorf("stress: no free L1 account id for the backstop")
	}
	return next, nil
}

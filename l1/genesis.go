package l1

import (
	"bytes"
	"context"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/perpx/perpx/l1/bindings"
	"github.com/perpx/perpx/state"
)

// GenesisEvent is a rollup's Genesis log: the state it starts from, as words, and where it was logged.
type GenesisEvent struct {
	Root, AccountsRoot fr.Element
	MarketWords        [2 * state.MarketCount]fr.Element
	Globals            fr.Element
	// Block and Tx are the block and the transaction of the log: the rollup's deployment.
	Block uint64
	Tx    common.Hash
}

// ReadGenesis finds the Genesis log of the rollup at address in blocks from fromBlock to the head, in ranges
// of DefaultMaxLogRange blocks.
func ReadGenesis(ctx context.Context, b Backend, rollup common.Address, fromBlock uint64) (*GenesisEvent, error) {
	a := bindings.NewRollup()
	head, err := b.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("l1: head: %w", err)
	}
	topic := a.GetABI().Events[bindings.RollupGenesisEventName].ID
	for from := fromBlock; from <= head; from += DefaultMaxLogRange {
		to := min(from+DefaultMaxLogRange-1, head)
		logs, err := b.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{rollup}, Topics: [][]common.Hash{{topic}},
		})
		if err != nil {
			return nil, fmt.Errorf("l1: Genesis logs of blocks %d..%d: %w", from, to, err)
		}
		if len(logs) == 0 {
			continue
		}
		ev, err := a.UnpackGenesisEvent(&logs[0])
		if err != nil {
			return nil, fmt.Errorf("l1: Genesis log: %w", err)
		}
		g := &GenesisEvent{Block: logs[0].BlockNumber, Tx: logs[0].TxHash}
		if err := setWords([]*fr.Element{&g.Root, &g.AccountsRoot, &g.Globals}, ev.StateRoot, ev.AccountsRoot, ev.Globals); err != nil {
			return nil, err
		}
		for i, w := range ev.Markets {
			if err := setWords([]*fr.Element{&g.MarketWords[i]}, w); err != nil {
				return nil, err
			}
		}
		return g, nil
	}
	return nil, fmt.Errorf("%w: Genesis of %s from block %d", ErrNoEvent, rollup, fromBlock)
}

// constructorConfigHashArg is the index of configHash_ among the Rollup constructor's arguments.
const constructorConfigHashArg = 3

// DeployedConfigHash returns the config hash the rollup was deployed with: the configHash_ argument of the
// transaction that emitted its Genesis log, g.Tx. It returns ErrNotDeployment when that transaction is not a
// contract creation with this build's Rollup bytecode (a factory's call, another build), whose arguments
// cannot be decoded.
func DeployedConfigHash(ctx context.Context, b ChainBackend, g *GenesisEvent) ([32]byte, error) {
	tx, _, err := b.TransactionByHash(ctx, g.Tx)
	if err != nil {
		return [32]byte{}, fmt.Errorf("l1: deployment transaction %s: %w", g.Tx, err)
	}
	code := common.FromHex(bindings.RollupMetaData.Bin)
	if tx.To() != nil || !bytes.HasPrefix(tx.Data(), code) {
		return [32]byte{}, fmt.Errorf("%w: transaction %s", ErrNotDeployment, g.Tx)
	}
	args, err := bindings.NewRollup().GetABI().Constructor.Inputs.Unpack(tx.Data()[len(code):])
	if err != nil || len(args) <= constructorConfigHashArg {
		return [32]byte{}, fmt.Errorf("%w: transaction %s: %v", ErrNotDeployment, g.Tx, err)
	}
	h, ok := args[constructorConfigHashArg].([32]byte)
	if !ok {
		return [32]byte{}, fmt.Errorf("%w: transaction %s: configHash_ is a %T", ErrNotDeployment, g.Tx, args[constructorConfigHashArg])
	}
	return h, nil
}

// setWords sets each element to its value, which must be below the modulus.
func setWords(dst []*fr.Element, vals ...*big.Int) error {
	for i, v := range vals {
		if v.Sign() < 0 || v.Cmp(fr.Modulus()) >= 0 {
			return fmt.Errorf("%w: %x is not a field element", ErrBadWord, v)
		}
		dst[i].SetBigInt(v)
	}
	return nil
}

// Markets decodes the markets table of the event's words (its hashed fields: names, decimals and fee rates
// are not on L1). Words that are not the encoding of a market return ErrBadWord.
func (g *GenesisEvent) Markets() (state.Markets, error) {
	var m state.Markets
	for i := range m {
		w0, w1 := state.BigOf(g.MarketWords[2*i]), state.BigOf(g.MarketWords[2*i+1])
		mk := state.Market{
			OraclePrice:  field(w0, 0, 64).Uint64(),
			FundingIndex: signed(field(w0, 64, 64)),
			ImfPpm:       uint32(field(w0, 128, 32).Uint64()),
			MmfPpm:       uint32(field(w0, 160, 32).Uint64()),
			Status:       uint8(field(w0, 192, 8).Uint64()),
			// lastOracleTime, bits 200..239: 0 in any genesis so far, decoded for completeness.
			LastOracleTimeSeconds: field(w0, 200, state.OracleTimeBits).Uint64(),
			TickSize:              field(w1, 0, 64).Uint64(),
			StepSize:              field(w1, 64, 64).Uint64(),
			TierSizeQuantums:      field(w1, 128, 48).Uint64(),
			TierImfPpm:            uint32(field(w1, 176, 20).Uint64()),
			TierMmfPpm:            uint32(field(w1, 196, 20).Uint64()),
		}
		if got := mk.Words(); got[0] != g.MarketWords[2*i] || got[1] != g.MarketWords[2*i+1] {
			return m, fmt.Errorf("%w: market %d words", ErrBadWord, i+1)
		}
		m[i] = mk
	}
	return m, nil
}

// GlobalsOf decodes a globals word; a word that is not the encoding of globals returns ErrBadWord.
func GlobalsOf(w fr.Element) (state.Globals, error) {
	v := state.BigOf(w)
	g := state.Globals{
		InsuranceFundQuantums:  signed(field(v, 0, 64)),
		FeePoolQuantums:        field(v, 64, 64).Uint64(),
		SystemTimeSeconds:      field(v, 128, 64).Uint64(),
		LastFundingTimeSeconds: field(v, 192, 40).Uint64(),
	}
	if g.Word() != w {
		return g, fmt.Errorf("%w: globals", ErrBadWord)
	}
	return g, nil
}

// field returns bits [shift, shift+bits) of v.
func field(v *big.Int, shift, bits uint) *big.Int {
	f := new(big.Int).Rsh(v, shift)
	return f.And(f, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits), big.NewInt(1)))
}

// signed returns the value of a biased signed 64-bit field, v − 2^63.
func signed(v *big.Int) int64 { return int64(v.Uint64() - 1<<63) }

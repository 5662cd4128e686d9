package testkit

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/circuits"
	"github.com/perpx/perpx/state"
)

// AccountsRootAfter returns the accounts root after tx, from the trace's leaves after each update and their
// siblings: A's update, then B's.
func AccountsRootAfter(tx *state.TxTrace, root fr.Element) fr.Element {
	for _, u := range []*state.AccountUpdate{tx.A, tx.B} {
		if u != nil {
			root = state.RootFromPath(u.After.Hash(), uint64(u.ID), u.Siblings[:])
		}
	}
	return root
}

// Fees returns the fees tx adds to the fee pool.
func Fees(tx *state.TxTrace) uint64 {
	if t := tx.Record.Trade; t != nil {
		return t.TakerFee + t.MakerFee
	}
	if l := tx.Record.Liquidate; l != nil {
		return l.LiquidatorFee
	}
	if tx.Record.Transfer != nil {
		return state.TransferFeeQuantums
	}
	return 0
}

// InsuranceDelta returns what tx adds to the insurance fund at the markets table the slot reads: the
// settlements of the accounts it updates (state.SettleFunding), and a liquidation's fee less its insurance
// payment. A settlement out of range counts as 0 (the circuit rejects such a slot anyway).
func InsuranceDelta(tx *state.TxTrace, markets *state.Markets) *big.Int {
	d := new(big.Int)
	for _, u := range []*state.AccountUpdate{tx.A, tx.B} {
		if u != nil {
			a := u.Before
			s, _ := state.SettleFunding(&a, markets)
			d.Add(d, big.NewInt(s))
		}
	}
	if l := tx.Record.Liquidate; l != nil {
		d.Add(d, new(big.Int).SetUint64(l.LiquidationFee))
		d.Sub(d, new(big.Int).SetUint64(l.InsurancePayQuant))
	}
	return d
}

// SlotEnv is what a slot reads besides the accounts tree: the markets table after the batch's market update,
// the batch timestamp, the insurance fund before the slot and the configuration's liquidation fee.
type SlotEnv struct {
	Markets           *state.Markets
	Timestamp         uint64
	InsuranceFund     int64
	LiquidationFeePpm uint32
}

// AssignSlot returns the full SlotCircuit assignment of tx applied to an accounts tree with root
// oldAccountsRoot, with an insurance fund of 0 and no liquidation fee: the new root from the trace's leaves
// after each update, the fees, the insurance fund after and the record.
func AssignSlot(tx *state.TxTrace, oldAccountsRoot fr.Element, markets *state.Markets, timestamp uint64) (*circuits.SlotCircuit, error) {
	return AssignSlotEnv(tx, oldAccountsRoot, SlotEnv{Markets: markets, Timestamp: timestamp})
}

// AssignSlotEnv is AssignSlot in a given environment.
func AssignSlotEnv(tx *state.TxTrace, oldAccountsRoot fr.Element, env SlotEnv) (*circuits.SlotCircuit, error) {
	markets, timestamp := env.Markets, env.Timestamp
	v, err := circuits.AssignTx(tx)
	if err != nil {
		return nil, err
	}
	rec, err := tx.Record.EncodeCompact()
	if err != nil {
		// state.ErrUnencodable: a record no pubdata can carry (the rules refuse it before it exists).
		return nil, fmt.Errorf("%w: record: %w", circuits.ErrTrace, err)
	}
	after := *markets
	if mp := tx.Record.MarketParams; mp != nil {
		// Unchecked (the circuit checks the rules); a market out of range changes nothing.
		if m := after.Get(mp.Market); m != nil {
			m.SetParams(*mp)
		}
	}
	c := &circuits.SlotCircuit{
		OldAccountsRoot:   state.BigOf(oldAccountsRoot),
		NewAccountsRoot:   state.BigOf(AccountsRootAfter(tx, oldAccountsRoot)),
		Markets:           circuits.AssignMarkets(markets),
		Timestamp:         timestamp,
		InsuranceFund:     big.NewInt(env.InsuranceFund),
		LiquidationFeePpm: uint64(env.LiquidationFeePpm),
		Fees:              Fees(tx),
		NewMarkets:        circuits.AssignMarkets(&after),
		NewInsuranceFund:  new(big.Int).Add(big.NewInt(env.InsuranceFund), InsuranceDelta(tx, markets)),
		Tx:                v,
	}
	for i, x := range rec {
		c.Record[i] = x
	}
	return c, nil
}

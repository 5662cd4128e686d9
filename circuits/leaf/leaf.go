package leaf

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/circuits"
	"github.com/perpx/perpx/circuits/blob"
	"github.com/perpx/perpx/state"
)

// The four chained pairs of a leaf's statement (docs/PROTOCOL.md §11.2, §11.6), in the order they are hashed:
// package aggregate's chains.
const (
	// PairState is C(state root, config hash word) before and after the batch.
	PairState = iota
	// PairBatch is batchNumber·2^64 + system time: of the batch before (number − 1, the old system time) and of
	// this batch (its number, its timestamp).
	PairBatch
	// PairRecords is the blob records accumulator: Out = Sponge(TagChain, In, Sponge(TagRecords, words)).
	PairRecords
	// PairCalldata is the chain of the records L1 acts on: c ← C4(c, hi(r), lo(r), 0) for each.
	PairCalldata
	// Pairs is the number of chained pairs.
	Pairs
)

// BatchShift places the batch number above the u64 system time in the batch pair's words.
const BatchShift = 64

// recordHalf is the width of the two halves of a record in the calldata chain: bytes 0..15 and 16..31.
const recordHalf = state.CompactRecordSize / 2

// Circuit proves one batch of len(Txs) slots as an aggregation leaf (docs/PROTOCOL.md §11.6). It runs the
// rules of circuits.BatchCircuit (circuits.DefineBatchBody) but has no SHA-256: its one public input is the
// statement hash Sponge(TagLeaf, In_0, Out_0, …, In_3, Out_3) of §11.2. Everything else is private, including
// the records and calldata accumulators before the leaf.
type Circuit struct {
	Statement frontend.Variable `gnark:",public"`
	// RecordsIn is the blob records accumulator before the leaf (In of the records pair).
	RecordsIn frontend.Variable
	// CalldataIn is the calldata chain before the leaf (In of the calldata pair).
	CalldataIn frontend.Variable
	Batch      circuits.BatchWitness
}

// NewCircuit returns a leaf circuit (or an empty assignment) for batches of n slots.
func NewCircuit(n int) *Circuit {
	return &Circuit{Batch: circuits.BatchWitness{Txs: make([]circuits.TxVars, n)}}
}

// Define implements frontend.Circuit.
func (c *Circuit) Define(api frontend.API) error {
	w := &c.Batch
	body, err := circuits.DefineBatchBody(api, w)
	if err != nil {
		return err
	}
	var st [2 * Pairs]frontend.Variable
	st[2*PairState] = body.Compress(body.OldRoot, body.ConfigHash)
	st[2*PairState+1] = body.Compress(body.NewRoot, body.ConfigHash)
	shift := new(big.Int).Lsh(big.NewInt(1), BatchShift)
	st[2*PairBatch] = api.Add(api.Mul(api.Sub(w.BatchNumber, 1), shift), w.OldGlobals.SystemTime)
	st[2*PairBatch+1] = api.Add(api.Mul(w.BatchNumber, shift), w.Timestamp)
	st[2*PairRecords] = c.RecordsIn
	if st[2*PairRecords+1], err = recordsOut(api, &body, c.RecordsIn); err != nil {
		return err
	}
	st[2*PairCalldata] = c.CalldataIn
	st[2*PairCalldata+1] = calldataChain(api, &body, c.CalldataIn, body.Pubdata[state.MarketRecordSize:])
	h, err := blob.SpongeCircuit(api, blob.TagLeaf, st[:]...)
	if err != nil {
		return fmt.Errorf("leaf: statement: %w", err)
	}
	api.AssertIsEqual(c.Statement, h)
	return nil
}

// fromBytesBE recomposes big-endian bytes.
func fromBytesBE(api frontend.API, bs []frontend.Variable) frontend.Variable {
	var acc frontend.Variable = 0
	for _, x := range bs {
		acc = api.Add(api.Mul(acc, 256), x)
	}
	return acc
}

// recordsOut returns Sponge(TagChain, in, Sponge(TagRecords, words)), the words being the body's pubdata
// packed as blob.Words packs it: 31 bytes a word, big-endian, the last word zero-padded. Every pubdata byte is
// range checked to 8 bits, so the words are the bytes' one packing.
func recordsOut(api frontend.API, body *circuits.BatchBody, in frontend.Variable) (frontend.Variable, error) {
	pubdata := body.Pubdata
	for _, x := range pubdata {
		body.Check(x, 8)
	}
	words := make([]frontend.Variable, 0, (len(pubdata)+blob.BytesPerWord-1)/blob.BytesPerWord)
	for lo := 0; lo < len(pubdata); lo += blob.BytesPerWord {
		hi := min(lo+blob.BytesPerWord, len(pubdata))
		w := fromBytesBE(api, pubdata[lo:hi])
		if pad := blob.BytesPerWord - (hi - lo); pad > 0 {
			w = api.Mul(w, new(big.Int).Lsh(big.NewInt(1), uint(8*pad)))
		}
		words = append(words, w)
	}
	s, err := blob.SpongeCircuit(api, blob.TagRecords, words...)
	if err != nil {
		return nil, fmt.Errorf("leaf: records: %w", err)
	}
	out, err := blob.SpongeCircuit(api, blob.TagChain, in, s)
	if err != nil {
		return nil, fmt.Errorf("leaf: records chain: %w", err)
	}
	return out, nil
}

// calldataChain returns the chain c of the slot records L1 acts on (Deposit, Withdrawal, ForcedWithdrawal,
// ForcedTrade, MarketParams: Rollup.sol's _applyRecords), from c = in, in slot order: c ← C4(c, hi, lo, 0)
// with hi, lo the record's bytes 0..15 and 16..31 as big-endian integers. The body's L1 flags select the
// records (the slot type flags that write the type into the record); other records leave c unchanged.
func calldataChain(api frontend.API, body *circuits.BatchBody, in frontend.Variable, records []frontend.Variable) frontend.Variable {
	c := in
	for i, l1 := range body.L1 {
		r := records[i*state.CompactRecordSize : (i+1)*state.CompactRecordSize]
		next := body.Compress4([state.TreeArity]frontend.Variable{c, fromBytesBE(api, r[:recordHalf]), fromBytesBE(api, r[recordHalf:]), 0})
		c = api.Add(c, api.Mul(l1, api.Sub(next, c)))
	}
	return c
}

// SlotCircuit is circuits.SlotCircuit with a leaf's hashing of the slot's record: one step of the calldata
// chain (CalldataOut = CalldataIn extended by the record when L1 acts on its type) and the records pair of a
// leaf whose pubdata is the record alone (RecordsOut = Sponge(TagChain, RecordsIn, Sponge(TagRecords, its two
// words))). It exists for the differential tests of the Go twin (package prover); its inputs are public.
type SlotCircuit struct {
	Slot        circuits.SlotCircuit
	CalldataIn  frontend.Variable `gnark:",public"`
	CalldataOut frontend.Variable `gnark:",public"`
	RecordsIn   frontend.Variable `gnark:",public"`
	RecordsOut  frontend.Variable `gnark:",public"`
}

// Define implements frontend.Circuit.
func (c *SlotCircuit) Define(api frontend.API) error {
	body, err := c.Slot.DefineBody(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(calldataChain(api, &body, c.CalldataIn, body.Pubdata), c.CalldataOut)
	records, err := recordsOut(api, &body, c.RecordsIn)
	if err != nil {
		return err
	}
	api.AssertIsEqual(records, c.RecordsOut)
	return nil
}

package circuits

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/circuits/blob"
)

// The four chained pairs of a leaf's statement (docs/PROTOCOL.md §11.2, §11.6), in the order they are hashed;
// the same order as package aggregate's chains.
const (
	// LeafPairState is C(state root, config hash word) before and after the batch.
	LeafPairState = iota
	// LeafPairBatch is batchNumber·2^64 + system time: of the batch before (batch number − 1, the old system
	// time) and of this batch (its number, its timestamp).
	LeafPairBatch
	// LeafPairRecords is the blob records accumulator: Out = Sponge(TagChain, In, Sponge(TagRecords, words)).
	LeafPairRecords
	// LeafPairCalldata is the chain of the records L1 acts on: c ← C4(c, hi(r), lo(r), 0) for each.
	LeafPairCalldata
	// LeafPairs is the number of chained pairs.
	LeafPairs
)

// leafBatchShift places the batch number above the u64 system time in the batch pair's words.
const leafBatchShift = u64Bits

// recordHalfBytes is the width of the two halves of a record in the calldata chain: bytes 0..15 and 16..31.
const recordHalfBytes = compactRecordSize / 2

// LeafCircuit proves one batch of len(Txs) slots as an aggregation leaf (docs/PROTOCOL.md §11.6). It runs the
// same rules as BatchCircuit (the shared batchBody) but has no SHA-256: its one public input is the statement
// hash Sponge(TagLeaf, In_0, Out_0, …, In_3, Out_3) of §11.2. Everything else is private, including the records
// and calldata accumulators before the leaf.
type LeafCircuit struct {
	Statement frontend.Variable `gnark:",public"`

	// RecordsIn is the blob records accumulator before the leaf (In of the records pair).
	RecordsIn frontend.Variable
	// CalldataIn is the calldata chain before the leaf (In of the calldata pair).
	CalldataIn frontend.Variable

	OldAccountsRoot frontend.Variable
	// Markets is the table before the market update.
	Markets     [marketCount]MarketVars
	OldGlobals  GlobalsVars
	BatchNumber frontend.Variable
	Timestamp   frontend.Variable
	// Config is the configuration whose hash the state pair binds.
	Config       ConfigVars
	MarketUpdate MarketUpdateVars
	Txs          []TxVars
}

// NewLeafCircuit returns a leaf circuit (or an empty assignment) for batches of n slots.
func NewLeafCircuit(n int) *LeafCircuit {
	return &LeafCircuit{Txs: make([]TxVars, n)}
}

// Define implements frontend.Circuit.
func (c *LeafCircuit) Define(api frontend.API) error {
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	in := batchInputs{oldAccountsRoot: c.OldAccountsRoot, markets: &c.Markets, oldGlobals: &c.OldGlobals,
		timestamp: c.Timestamp, config: &c.Config, marketUpdate: &c.MarketUpdate, txs: c.Txs}
	mk0 := b.batchPre(&in)
	// 1 ≤ batchNumber < 2^64 and timestamp < 2^64: the batch pair's words are then injective.
	b.check(c.BatchNumber, u64Bits)
	b.check(api.Sub(c.BatchNumber, 1), u64Bits)
	b.check(c.Timestamp, u64Bits)
	body, err := b.batchBody(&in, mk0)
	if err != nil {
		return err
	}
	var st [2 * LeafPairs]frontend.Variable
	st[2*LeafPairState] = b.compress(body.oldRoot, body.configHash)
	st[2*LeafPairState+1] = b.compress(body.newRoot, body.configHash)
	shift := new(big.Int).Lsh(big.NewInt(1), leafBatchShift)
	st[2*LeafPairBatch] = api.Add(api.Mul(api.Sub(c.BatchNumber, 1), shift), c.OldGlobals.SystemTime)
	st[2*LeafPairBatch+1] = api.Add(api.Mul(c.BatchNumber, shift), c.Timestamp)
	st[2*LeafPairRecords] = c.RecordsIn
	if st[2*LeafPairRecords+1], err = b.recordsOut(c.RecordsIn, body.pubdata); err != nil {
		return err
	}
	st[2*LeafPairCalldata] = c.CalldataIn
	st[2*LeafPairCalldata+1] = b.calldataChain(c.CalldataIn, body.slots)
	h, err := blob.SpongeCircuit(api, blob.TagLeaf, st[:]...)
	if err != nil {
		return fmt.Errorf("circuits: leaf statement: %w", err)
	}
	api.AssertIsEqual(c.Statement, h)
	return nil
}

// recordsOut returns Sponge(TagChain, in, Sponge(TagRecords, words)), the words being the pubdata packed as
// blob.Words packs it: 31 bytes a word, big-endian, the last word zero-padded. Every pubdata byte is range
// checked to 8 bits, so the words are the bytes' one packing.
func (b *builder) recordsOut(in frontend.Variable, pubdata []frontend.Variable) (frontend.Variable, error) {
	for _, x := range pubdata {
		b.check(x, 8)
	}
	words := make([]frontend.Variable, 0, (len(pubdata)+blob.BytesPerWord-1)/blob.BytesPerWord)
	for lo := 0; lo < len(pubdata); lo += blob.BytesPerWord {
		hi := min(lo+blob.BytesPerWord, len(pubdata))
		w := b.fromBytesBE(pubdata[lo:hi])
		if pad := blob.BytesPerWord - (hi - lo); pad > 0 {
			w = b.api.Mul(w, new(big.Int).Lsh(big.NewInt(1), uint(8*pad)))
		}
		words = append(words, w)
	}
	s, err := blob.SpongeCircuit(b.api, blob.TagRecords, words...)
	if err != nil {
		return nil, fmt.Errorf("circuits: leaf records: %w", err)
	}
	out, err := blob.SpongeCircuit(b.api, blob.TagChain, in, s)
	if err != nil {
		return nil, fmt.Errorf("circuits: leaf records chain: %w", err)
	}
	return out, nil
}

// calldataChain returns the chain c of the slot records L1 acts on (Deposit, Withdrawal, ForcedWithdrawal,
// ForcedTrade, MarketParams: Rollup.sol's _applyRecords), from c = in, in slot order: c ← C4(c, hi, lo, 0)
// with hi, lo the record's bytes 0..15 and 16..31 as big-endian integers. The slot's type flags select the
// records: they are exclusive, and each type's flag writes that type into the record's high nibble (market
// ≤ 8 in the low one), so they agree with the type L1 reads. Other records leave c unchanged.
func (b *builder) calldataChain(in frontend.Variable, slots []txOut) frontend.Variable {
	api := b.api
	c := in
	for i := range slots {
		f, r := slots[i].flags, slots[i].record[:]
		l1 := api.Add(f.dep, f.w, f.fw, f.ft, f.mp)
		next := b.compress4([treeArity]frontend.Variable{c, b.fromBytesBE(r[:recordHalfBytes]), b.fromBytesBE(r[recordHalfBytes:]), 0})
		c = api.Add(c, api.Mul(l1, api.Sub(next, c)))
	}
	return c
}

// LeafSlotCircuit is SlotCircuit with a leaf's hashing of the slot's record: one step of the calldata chain
// (CalldataOut = CalldataIn extended by the record when L1 acts on its type) and the records pair of a leaf
// whose pubdata is the record alone (RecordsOut = Sponge(TagChain, RecordsIn, Sponge(TagRecords, its two
// words))). It exists for the differential tests of the Go twin; its inputs are public.
type LeafSlotCircuit struct {
	Slot        SlotCircuit
	CalldataIn  frontend.Variable `gnark:",public"`
	CalldataOut frontend.Variable `gnark:",public"`
	RecordsIn   frontend.Variable `gnark:",public"`
	RecordsOut  frontend.Variable `gnark:",public"`
}

// Define implements frontend.Circuit.
func (c *LeafSlotCircuit) Define(api frontend.API) error {
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	out, err := c.Slot.constrain(b)
	if err != nil {
		return err
	}
	api.AssertIsEqual(b.calldataChain(c.CalldataIn, []txOut{out}), c.CalldataOut)
	records, err := b.recordsOut(c.RecordsIn, out.record[:])
	if err != nil {
		return err
	}
	api.AssertIsEqual(records, c.RecordsOut)
	return nil
}

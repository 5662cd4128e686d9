package prover

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/circuits/blob"
	"github.com/perpx/perpx/circuits/leaf"
	"github.com/perpx/perpx/state"
)

// LeafStatement is the native statement of a leaf (docs/PROTOCOL.md §11.2, §11.6): In and Out of the four
// chained pairs, indexed by leaf.PairState … leaf.PairCalldata. It has the layout of
// aggregate.Statement, to which it converts: aggregate.Statement(s).
type LeafStatement struct {
	In, Out [leaf.Pairs]fr.Element
}

// Hash returns the leaf's public input: Sponge(TagLeaf, In_0, Out_0, …, In_3, Out_3).
func (s LeafStatement) Hash() fr.Element {
	flat := make([]fr.Element, 0, 2*leaf.Pairs)
	for j := range leaf.Pairs {
		flat = append(flat, s.In[j], s.Out[j])
	}
	return blob.Sponge(blob.TagLeaf, flat...)
}

// IsL1Record reports whether L1 acts on slot records of a type (Rollup.sol's _applyRecords): Deposit,
// Withdrawal, ForcedWithdrawal, ForcedTrade and MarketParams records enter the leaf's calldata chain.
func IsL1Record(typ int) bool {
	switch typ {
	case state.RecordDeposit, state.RecordWithdrawal, state.RecordForcedWithdrawal, state.RecordForcedTrade,
		state.RecordMarketParams:
		return true
	}
	return false
}

// CalldataChain extends the calldata chain c over compact slot records (32 bytes each, in slot order): for
// each record r of a type L1 acts on (IsL1Record of its high nibble), c ← C4(c, hi(r), lo(r), 0), hi and lo its
// bytes 0..15 and 16..31 as big-endian integers. It fails on records that are not a whole number of records.
func CalldataChain(c fr.Element, records []byte) (fr.Element, error) {
	if len(records)%state.CompactRecordSize != 0 {
		return fr.Element{}, fmt.Errorf("%w: %d record bytes", ErrBatch, len(records))
	}
	const half = state.CompactRecordSize / 2
	for off := 0; off < len(records); off += state.CompactRecordSize {
		r := records[off : off+state.CompactRecordSize]
		if !IsL1Record(int(r[0] >> 4)) {
			continue
		}
		var hi, lo fr.Element
		hi.SetBigInt(new(big.Int).SetBytes(r[:half]))
		lo.SetBigInt(new(big.Int).SetBytes(r[half:]))
		c = state.Compress4([state.TreeArity]fr.Element{c, hi, lo, {}})
	}
	return c, nil
}

// LeafWords packs a leaf's pubdata into blob words (blob.Words with as many words as it needs): the leaf's one
// segment of docs/PROTOCOL.md §11.1.
func LeafWords(pubdata []byte) ([]fr.Element, error) {
	return blob.Words(pubdata, (len(pubdata)+blob.BytesPerWord-1)/blob.BytesPerWord)
}

// RecordsOut returns Sponge(TagChain, in, Sponge(TagRecords, LeafWords(pubdata))).
func RecordsOut(in fr.Element, pubdata []byte) (fr.Element, error) {
	words, err := LeafWords(pubdata)
	if err != nil {
		return fr.Element{}, fmt.Errorf("%w: %v", ErrBatch, err)
	}
	return blob.Chain(in, blob.Sponge(blob.TagRecords, words...)), nil
}

// batchWord returns batchNumber·2^64 + t.
func batchWord(batchNumber, t uint64) fr.Element {
	v := new(big.Int).Lsh(new(big.Int).SetUint64(batchNumber), leaf.BatchShift)
	var e fr.Element
	e.SetBigInt(v.Add(v, new(big.Int).SetUint64(t)))
	return e
}

// NewLeafStatement computes the statement of a leaf proving sealed batch b after the records accumulator
// recordsIn and the calldata chain calldataIn: state C(root, config hash word) before and after, batch
// (number − 1, old system time) and (number, timestamp), records and calldata from the batch's pubdata. It
// fails for batch number 0, which has no batch before it.
func NewLeafStatement(b *state.SealedBatch, recordsIn, calldataIn fr.Element) (LeafStatement, error) {
	if b.Header.BatchNumber == 0 {
		return LeafStatement{}, fmt.Errorf("%w: batch number 0", ErrBatch)
	}
	pubdata, err := b.Pubdata()
	if err != nil {
		return LeafStatement{}, fmt.Errorf("%w: %v", ErrBatch, err)
	}
	cfg := b.Config.HashWord()
	var s LeafStatement
	s.In[leaf.PairState] = state.Compress(b.Header.OldRoot, cfg)
	s.Out[leaf.PairState] = state.Compress(b.Header.NewRoot, cfg)
	s.In[leaf.PairBatch] = batchWord(b.Header.BatchNumber-1, b.OldGlobals.SystemTimeSeconds)
	s.Out[leaf.PairBatch] = batchWord(b.Header.BatchNumber, b.Header.TimestampSeconds)
	s.In[leaf.PairRecords] = recordsIn
	if s.Out[leaf.PairRecords], err = RecordsOut(recordsIn, pubdata); err != nil {
		return LeafStatement{}, err
	}
	s.In[leaf.PairCalldata] = calldataIn
	if s.Out[leaf.PairCalldata], err = CalldataChain(calldataIn, pubdata[state.MarketRecordSize:]); err != nil {
		return LeafStatement{}, err
	}
	return s, nil
}

// AssignLeaf maps a sealed batch to a full assignment of leaf.Circuit after the records accumulator
// recordsIn and the calldata chain calldataIn, and returns the leaf's statement with it. The slot logic's
// witness is Assign's (which checks the batch's consistency); the public input is the statement's hash.
func AssignLeaf(b *state.SealedBatch, recordsIn, calldataIn fr.Element) (*leaf.Circuit, LeafStatement, error) {
	bc, err := Assign(b)
	if err != nil {
		return nil, LeafStatement{}, err
	}
	s, err := NewLeafStatement(b, recordsIn, calldataIn)
	if err != nil {
		return nil, LeafStatement{}, err
	}
	h := s.Hash()
	c := &leaf.Circuit{Statement: state.BigOf(h), RecordsIn: state.BigOf(recordsIn), CalldataIn: state.BigOf(calldataIn),
		Batch: bc.BatchWitness}
	return c, s, nil
}

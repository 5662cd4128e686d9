package circuits

import (
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/state"
)

// vectorsPath holds the test vectors package state generates for the circuit and the Solidity code.
const vectorsPath = "../state/testdata/vectors.json"

type hexWord string

func (h hexWord) big() *big.Int {
	v, ok := new(big.Int).SetString(strings.TrimPrefix(string(h), "0x"), 16)
	if !ok {
		panic(fmt.Sprintf("bad hex %q", h))
	}
	return v
}

func (h hexWord) bytes() []byte {
	b, err := hex.DecodeString(strings.TrimPrefix(string(h), "0x"))
	if err != nil {
		panic(err)
	}
	return b
}

type dec string

func (d dec) big() *big.Int {
	v, ok := new(big.Int).SetString(string(d), 10)
	if !ok {
		panic(fmt.Sprintf("bad decimal %q", d))
	}
	return v
}

type vectors struct {
	Compress []struct{ Left, Right, Out hexWord }
	Hash     []struct {
		Inputs []hexWord
		Out    hexWord
	}
	EmptyLeaf         hexWord
	EmptySlotRoot     hexWord
	EmptyAccountsRoot hexWord
	Account           struct {
		PubKeyX, PubKeyY, PubKeyCompressed, L1Address hexWord
		CollateralQuantums, MarginMode                dec
		Positions                                     []struct{ Market, SizeQuantums, FundingIndex dec }
		SlotRoot, Leaf                                hexWord
	}
	Markets struct {
		Listed []struct {
			Market, OraclePrice, FundingIndex, ImfPpm, MmfPpm, Status, TickSize, StepSize dec
		}
		Hash hexWord
	}
	Globals struct {
		InsuranceFundQuantums, FeePoolQuantums, SystemTimeSeconds dec
		Word                                                      hexWord
	}
	State struct {
		AccountID, Slot, SlotNonce, SlotFilled dec
		SlotSiblings, AccountSiblings          []hexWord
		AccountsRoot, MarketsHash, Root        hexWord
	}
	Order struct {
		AccountID, Market, Flags, Slot, Nonce, ExpirySeconds, MaxFeePpm, SizeQuantums, LimitPrice dec
		IsBuy                                                                                     bool
		Hash                                                                                      hexWord
	}
	Withdrawal struct {
		AccountID, Slot, Nonce, ExpirySeconds, AmountQuantums dec
		L1Address, Hash                                       hexWord
	}
	PublicInput struct {
		Header, Pubdata, PublicInput hexWord
	}
}

// vectorsCircuit recomputes, in-circuit, every encoding of the state vectors.
type vectorsCircuit struct {
	Account           AccountVars
	Leaf              frontend.Variable
	AccountID         frontend.Variable
	AccountSiblings   [accountDepth]frontend.Variable
	AccountsRoot      frontend.Variable
	Slot              SlotVars
	Markets           [marketCount]MarketVars
	MarketsHash       frontend.Variable
	Globals           GlobalsVars
	Root              frontend.Variable
	EmptyLeaf         frontend.Variable
	EmptySlotRoot     frontend.Variable
	EmptyAccountsRoot frontend.Variable
	Order             orderFields
	OrderHash         frontend.Variable
	Withdrawal        withdrawalFields
	WithdrawalHash    frontend.Variable
	KeyCompressed     [32]frontend.Variable
	Commitment        frontend.Variable
	Msg               [commitmentBatch2]frontend.Variable
}

func (c *vectorsCircuit) Define(api frontend.API) error {
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	w := b.accountWords(&c.Account)
	leaf := b.leafHash(c.Account.PubKeyX, c.Account.PubKeyY, w, c.Account.SlotRoot)
	api.AssertIsEqual(leaf, c.Leaf)
	api.AssertIsEqual(b.pathUpdate(1, c.AccountsRoot, leaf, leaf, api.ToBinary(c.AccountID, accountDepth), c.AccountSiblings[:]), c.AccountsRoot)
	slotLeaf := api.Add(c.Slot.Filled, api.Mul(c.Slot.Nonce, pow2(u64Bits)))
	api.AssertIsEqual(b.pathUpdate(1, c.Account.SlotRoot, slotLeaf, slotLeaf, api.ToBinary(c.Slot.Slot, slotDepth), c.Slot.Siblings[:]), c.Account.SlotRoot)
	t := b.markets(&c.Markets)
	mh := b.marketsHash(t)
	api.AssertIsEqual(mh, c.MarketsHash)
	b.checkGlobals(&c.Globals)
	api.AssertIsEqual(b.stateRoot(c.AccountsRoot, mh, b.globalsWord(c.Globals.InsuranceFund, c.Globals.FeePool, c.Globals.SystemTime, c.Globals.LastFundingTime)), c.Root)

	var empty AccountVars
	empty.L1Address, empty.Collateral, empty.MarginMode, empty.PubKeyX, empty.PubKeyY = 0, 0, 0, 0, 0
	for k := range empty.Positions {
		empty.Positions[k] = PositionVars{Market: 0, Size: 0, FundingIndex: 0}
	}
	var emptySlot frontend.Variable = 0
	for i := 0; i < slotDepth; i++ {
		emptySlot = b.compress(emptySlot, emptySlot)
	}
	api.AssertIsEqual(emptySlot, c.EmptySlotRoot)
	emptyLeaf := b.leafHash(0, 0, b.accountWords(&empty), emptySlot)
	api.AssertIsEqual(emptyLeaf, c.EmptyLeaf)
	node := emptyLeaf
	for i := 0; i < accountDepth; i++ {
		node = b.compress(node, node)
	}
	api.AssertIsEqual(node, c.EmptyAccountsRoot)

	o := &c.Order
	b.checkMessage(&o.Msg)
	o1, o2 := b.orderWords(o.ID, o.Market, o.IsBuy, o.Slot, &o.Msg)
	api.AssertIsEqual(b.hash(1, o1, o2), c.OrderHash)
	wd := &c.Withdrawal
	w1, w2 := b.withdrawalWords(wd.ID, wd.Slot, wd.Nonce, wd.Expiry, wd.Amount, wd.Address)
	api.AssertIsEqual(b.hash(2, w1, w2), c.WithdrawalHash)

	yb := b.fieldBytes(c.Account.PubKeyY)
	xb := b.fieldBytes(c.Account.PubKeyX)
	api.AssertIsEqual(api.Add(yb[0], api.Mul(b.lowBit(xb[31]), keyXOddBit)), c.KeyCompressed[0])
	for i := 1; i < 32; i++ {
		api.AssertIsEqual(yb[i], c.KeyCompressed[i])
	}
	return b.assertCommitment(c.Commitment, c.Msg[:])
}

// hashCircuit checks H over a fixed number of words.
type hashCircuit struct {
	Words []frontend.Variable
	Out   frontend.Variable
}

func (c *hashCircuit) Define(api frontend.API) error {
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(b.hash(c.Words...), c.Out)
	return nil
}

func loadVectors(t *testing.T) *vectors {
	t.Helper()
	raw, err := os.ReadFile(vectorsPath)
	if err != nil {
		t.Skipf("no state vectors: %v", err)
	}
	var v vectors
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	return &v
}

// TestVectors recomputes state/testdata/vectors.json in-circuit: Poseidon2, H, the empty leaf and roots, the
// account leaf and its compressed key, the account and slot paths, the markets hash, globals word and state
// root, both message hashes and the public input.
func TestVectors(t *testing.T) {
	v := loadVectors(t)
	for i, c := range v.Compress {
		// The hash part of the circuit hashes five zero words; only the compression is under test here.
		a := compressCircuit{L: c.Left.big(), R: c.Right.big(), Out: c.Out.big(), HashOut: state.BigOf(state.Hash(make([]fr.Element, 5)...))}
		for j := range a.Words {
			a.Words[j] = 0
		}
		if err := solveWith(t, compileOnce(t, "compressCircuit", func() frontend.Circuit { return &compressCircuit{} }), &a); err != nil {
			t.Fatalf("compress %d: %v", i, err)
		}
	}
	for i, h := range v.Hash {
		n := len(h.Inputs)
		a := hashCircuit{Words: make([]frontend.Variable, n), Out: h.Out.big()}
		for j, x := range h.Inputs {
			a.Words[j] = x.big()
		}
		ccs := compileOnce(t, fmt.Sprintf("hash%d", n), func() frontend.Circuit { return &hashCircuit{Words: make([]frontend.Variable, n)} })
		if err := solveWith(t, ccs, &a); err != nil {
			t.Fatalf("hash %d: %v", i, err)
		}
	}

	var c vectorsCircuit
	acc := &v.Account
	c.Account = AccountVars{
		PubKeyX: acc.PubKeyX.big(), PubKeyY: acc.PubKeyY.big(), L1Address: acc.L1Address.big(),
		Collateral: acc.CollateralQuantums.big(), MarginMode: acc.MarginMode.big(), SlotRoot: acc.SlotRoot.big(),
	}
	for k, p := range acc.Positions {
		c.Account.Positions[k] = PositionVars{Market: p.Market.big(), Size: p.SizeQuantums.big(), FundingIndex: p.FundingIndex.big()}
	}
	c.Leaf = acc.Leaf.big()
	st := &v.State
	c.AccountID, c.AccountsRoot = st.AccountID.big(), st.AccountsRoot.big()
	for i, s := range st.AccountSiblings {
		c.AccountSiblings[i] = s.big()
	}
	c.Slot = SlotVars{Slot: st.Slot.big(), Nonce: st.SlotNonce.big(), Filled: st.SlotFilled.big()}
	for i, s := range st.SlotSiblings {
		c.Slot.Siblings[i] = s.big()
	}
	for i := range c.Markets {
		c.Markets[i] = MarketVars{OraclePrice: 0, FundingIndex: 0, ImfPpm: 0, MmfPpm: 0, Status: 0, TickSize: 0, StepSize: 0,
			TierSize: 0, TierImfPpm: 0, TierMmfPpm: 0}
	}
	for _, m := range v.Markets.Listed {
		c.Markets[m.Market.big().Int64()-1] = MarketVars{
			OraclePrice: m.OraclePrice.big(), FundingIndex: m.FundingIndex.big(), ImfPpm: m.ImfPpm.big(), MmfPpm: m.MmfPpm.big(),
			Status: m.Status.big(), TickSize: m.TickSize.big(), StepSize: m.StepSize.big(),
			TierSize: 0, TierImfPpm: 0, TierMmfPpm: 0,
		}
	}
	c.MarketsHash = v.Markets.Hash.big()
	if st.MarketsHash != v.Markets.Hash {
		t.Fatal("vectors: state markets hash differs from the markets vector")
	}
	g := &v.Globals
	c.Globals = GlobalsVars{InsuranceFund: g.InsuranceFundQuantums.big(), FeePool: g.FeePoolQuantums.big(), SystemTime: g.SystemTimeSeconds.big(), LastFundingTime: 0}
	c.Root = st.Root.big()
	c.EmptyLeaf, c.EmptySlotRoot, c.EmptyAccountsRoot = v.EmptyLeaf.big(), v.EmptySlotRoot.big(), v.EmptyAccountsRoot.big()
	o := &v.Order
	c.Order = orderFields{ID: o.AccountID.big(), Market: o.Market.big(), IsBuy: boolVar(o.IsBuy), Slot: o.Slot.big(),
		Msg: MessageVars{Nonce: o.Nonce.big(), Expiry: o.ExpirySeconds.big(), Flags: o.Flags.big(), MaxFeePpm: o.MaxFeePpm.big(),
			Size: o.SizeQuantums.big(), LimitPrice: o.LimitPrice.big()}}
	c.OrderHash = o.Hash.big()
	wd := &v.Withdrawal
	c.Withdrawal = withdrawalFields{ID: wd.AccountID.big(), Slot: wd.Slot.big(), Nonce: wd.Nonce.big(), Expiry: wd.ExpirySeconds.big(),
		Amount: wd.AmountQuantums.big(), Address: wd.L1Address.big()}
	c.WithdrawalHash = wd.Hash.big()
	for i, x := range acc.PubKeyCompressed.bytes() {
		c.KeyCompressed[i] = x
	}
	msg := append(v.PublicInput.Header.bytes(), v.PublicInput.Pubdata.bytes()...)
	if len(msg) != commitmentBatch2 {
		t.Fatalf("vectors: header and pubdata have %d bytes, want %d", len(msg), commitmentBatch2)
	}
	for i, x := range msg {
		c.Msg[i] = x
	}
	c.Commitment = v.PublicInput.PublicInput.big()
	ccs := compileOnce(t, "vectors", func() frontend.Circuit { return &vectorsCircuit{} })
	if err := solveWith(t, ccs, &c); err != nil {
		t.Fatal(err)
	}
	c.Commitment = new(big.Int).Add(v.PublicInput.PublicInput.big(), big.NewInt(1))
	if solveWith(t, ccs, &c) == nil {
		t.Fatal("wrong public input accepted")
	}
}

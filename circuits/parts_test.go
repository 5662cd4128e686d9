package circuits

import (
	"github.com/consensys/gnark/frontend"
)

// Parts of the slot circuit, compiled alone for the constraint-count golden file and tested natively.

// compressCircuit checks C(L, R) and H(Words...).
type compressCircuit struct {
	L, R, Out frontend.Variable
	Words     [5]frontend.Variable
	HashOut   frontend.Variable
}

func (c *compressCircuit) Define(api frontend.API) error {
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(b.compress(c.L, c.R), c.Out)
	api.AssertIsEqual(b.hash(c.Words[:]...), c.HashOut)
	return nil
}

// compress4Circuit checks the width-4 compression of the 4-ary trees.
type compress4Circuit struct {
	In  [treeArity]frontend.Variable
	Out frontend.Variable
}

func (c *compress4Circuit) Define(api frontend.API) error {
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(b.compress4(c.In), c.Out)
	return nil
}

// hash4Circuit checks H4 of a fixed number of words.
type hash4Circuit struct {
	Words []frontend.Variable
	Out   frontend.Variable
}

func (c *hash4Circuit) Define(api frontend.API) error {
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	api.AssertIsEqual(b.hash4(c.Words...), c.Out)
	return nil
}

// leafCircuit checks the leaf hash of an account from its fields, with the range checks.
type leafCircuit struct {
	Account AccountVars
	Leaf    frontend.Variable
}

func (c *leafCircuit) Define(api frontend.API) error {
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	w := b.accountWords(&c.Account)
	api.AssertIsEqual(b.leafHash(c.Account.PubKeyX, c.Account.PubKeyY, w, c.Account.SlotRoot), c.Leaf)
	return nil
}

// pathCircuit checks an account path update: OldLeaf at Index under Root, NewRoot with NewLeaf.
type pathCircuit struct {
	Root, NewRoot, OldLeaf, NewLeaf, Index frontend.Variable
	Siblings                               [accountProofLen]frontend.Variable
}

func (c *pathCircuit) Define(api frontend.API) error {
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	bits := api.ToBinary(c.Index, accountDepth)
	api.AssertIsEqual(b.pathUpdate(1, c.Root, c.OldLeaf, c.NewLeaf, bits, c.Siblings[:]), c.NewRoot)
	return nil
}

// slotUpdateCircuit checks an order-slot update with the nonce rule.
type slotUpdateCircuit struct {
	Slot                 SlotVars
	Root, NewRoot        frontend.Variable
	Fill, Consume        frontend.Variable
	Nonce, Size, FillQty frontend.Variable
}

func (c *slotUpdateCircuit) Define(api frontend.API) error {
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	bits := api.ToBinary(c.Slot.Slot, slotDepth)
	api.AssertIsEqual(b.slotUpdate(&c.Slot, bits, c.Root, c.Fill, c.Consume, c.Nonce, c.Size, c.FillQty), c.NewRoot)
	return nil
}

// eddsaCircuit checks one signature.
type eddsaCircuit struct {
	PubKeyX, PubKeyY, Msg frontend.Variable
	Sig                   SignatureVars
}

func (c *eddsaCircuit) Define(api frontend.API) error {
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	return b.verifySig(c.PubKeyX, c.PubKeyY, c.Msg, c.Sig)
}

// marginCircuit computes an account's risk at the table's prices and its healthy and cross bits after a
// change (TV1, IMR1, MMR1).
type marginCircuit struct {
	Markets           [marketCount]MarketVars
	Account           AccountVars
	TV, IMR, MMR      frontend.Variable
	TV1, IMR1, MMR1   frontend.Variable
	Healthy, Reducing frontend.Variable
}

func (c *marginCircuit) Define(api frontend.API) error {
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	var size, empty [positionSlots]frontend.Variable
	var hs [positionSlots][]frontend.Variable
	for k, p := range c.Account.Positions {
		hs[k] = b.oneHot(p.Market, marketCount+1)
		b.zeroWhen(hs[k][0], p.Size)
		b.zeroWhen(hs[k][0], p.FundingIndex)
		size[k], empty[k] = p.Size, hs[k][0]
	}
	r := b.riskOf(c.Account.Collateral, size, hs, empty, b.markets(&c.Markets))
	api.AssertIsEqual(r.tv, c.TV)
	api.AssertIsEqual(r.imr, c.IMR)
	api.AssertIsEqual(r.mmr, c.MMR)
	h, x := b.marginAfter(r, c.TV1, c.IMR1, c.MMR1)
	api.AssertIsEqual(h, c.Healthy)
	api.AssertIsEqual(x, c.Reducing)
	return nil
}

// commitmentCircuit checks the public input over a header and pubdata of Msg bytes.
type commitmentCircuit struct {
	Commitment frontend.Variable
	Msg        []frontend.Variable
}

func (c *commitmentCircuit) Define(api frontend.API) error {
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	return b.assertCommitment(c.Commitment, c.Msg)
}

// stateCircuit checks the markets hash, globals word and state root, and the two message hashes.
type stateCircuit struct {
	Markets             [marketCount]MarketVars
	Globals             GlobalsVars
	AccountsRoot        frontend.Variable
	MarketsHash, Root   frontend.Variable
	Order               orderFields
	OrderHash           frontend.Variable
	Withdrawal          withdrawalFields
	WithdrawalHash      frontend.Variable
	Bytes               [32]frontend.Variable
	BytesOf, Odd, OddOf frontend.Variable
}

type orderFields struct {
	ID, Market, IsBuy, Slot frontend.Variable
	Msg                     MessageVars
}

type withdrawalFields struct {
	ID, Slot, Nonce, Expiry, Amount, Address frontend.Variable
}

func (c *stateCircuit) Define(api frontend.API) error {
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	t := b.markets(&c.Markets)
	b.checkGlobals(&c.Globals)
	mh := b.marketsHash(t)
	api.AssertIsEqual(mh, c.MarketsHash)
	g := b.globalsWord(c.Globals.InsuranceFund, c.Globals.FeePool, c.Globals.SystemTime, c.Globals.LastFundingTime)
	api.AssertIsEqual(b.stateRoot(c.AccountsRoot, mh, g), c.Root)
	o := &c.Order
	b.checkMessage(&o.Msg)
	o1, o2 := b.orderWords(o.ID, o.Market, o.IsBuy, o.Slot, &o.Msg)
	api.AssertIsEqual(b.hash(1, o1, o2), c.OrderHash)
	w := &c.Withdrawal
	w1, w2 := b.withdrawalWords(w.ID, w.Slot, w.Nonce, w.Expiry, w.Amount, w.Address)
	api.AssertIsEqual(b.hash(2, w1, w2), c.WithdrawalHash)
	bs := b.fieldBytes(c.BytesOf)
	for i := range bs {
		api.AssertIsEqual(bs[i], c.Bytes[i])
	}
	ob := b.fieldBytes(c.OddOf)
	api.AssertIsEqual(b.lowBit(ob[31]), c.Odd)
	return nil
}

// settleCircuit settles an account's funding at the table's indices and computes its risk after.
type settleCircuit struct {
	Markets    [marketCount]MarketVars
	Account    AccountVars
	Settle     frontend.Variable
	Collateral frontend.Variable
	TV         frontend.Variable
}

func (c *settleCircuit) Define(api frontend.API) error {
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	s := b.settle(1, &c.Account, b.markets(&c.Markets))
	api.AssertIsEqual(s.settle, c.Settle)
	api.AssertIsEqual(s.collateral, c.Collateral)
	api.AssertIsEqual(s.r.tv, c.TV)
	return nil
}

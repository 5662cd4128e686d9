package circuits

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark/frontend"
)

// v3Account is an account leaf of the v3 vectors.
type v3Account struct {
	PubKeyX, PubKeyY, L1Address hexWord
	CollateralQuantums          dec
	MarginMode                  dec
	Positions                   []struct{ Market, SizeQuantums, FundingIndex dec }
	SlotRoot, Leaf              hexWord
}

func (a *v3Account) vars() AccountVars {
	out := AccountVars{PubKeyX: a.PubKeyX.big(), PubKeyY: a.PubKeyY.big(), L1Address: a.L1Address.big(),
		Collateral: a.CollateralQuantums.big(), MarginMode: a.MarginMode.big(), SlotRoot: a.SlotRoot.big()}
	for k, p := range a.Positions {
		out.Positions[k] = PositionVars{Market: p.Market.big(), Size: p.SizeQuantums.big(), FundingIndex: p.FundingIndex.big()}
	}
	return out
}

// v3File is the part of state/testdata/vectors.json that protocol v3 added.
type v3File struct {
	V3 struct {
		ForcedTrade struct {
			Market, AccountA, AccountB, SizeQuantums, Price dec
			AIsBuy, Valid                                   bool
			AddrA, AddrB, Bytes                             hexWord
		}
		MarketParams struct {
			Market, Status, ImfPpm, MmfPpm, TierImfPpm, TierMmfPpm dec
			Bytes                                                  hexWord
		}
		Settlement struct {
			Markets       marketsVector
			Before, After v3Account
			Settle        dec
		}
	}
}

// vectorsV3Circuit recomputes the v3 vectors in-circuit: the ForcedTrade and MarketParams records through the
// slot's record gadget, and an account's settlement (funding, and positions in a settled market closed) through
// the slot's settlement gadget.
type vectorsV3Circuit struct {
	FT struct {
		Market, IsBuy, A, B, Size, Price, AddrA, AddrB, Valid frontend.Variable
		Bytes                                                 [compactRecordSize]frontend.Variable
	}
	MP struct {
		Market frontend.Variable
		Params MarketParamsVars
		Bytes  [compactRecordSize]frontend.Variable
	}
	Markets   [marketCount]MarketVars
	Before    AccountVars
	Settle    frontend.Variable
	LeafAfter frontend.Variable
}

func (c *vectorsV3Circuit) Define(api frontend.API) error {
	b, err := newBuilder(api)
	if err != nil {
		return err
	}
	noFlags := txFlags{dep: 0, trade: 0, w: 0, fw: 0, transfer: 0, liq: 0, del: 0, ft: 0, mp: 0}
	f := noFlags
	f.ft = 1
	ft := &c.FT
	cf := blankCompactFields()
	cf.idA, cf.idB = b.bytesBE(ft.A, recordIDBytes), b.bytesBE(ft.B, recordIDBytes)
	cf.fill, cf.price, cf.address = b.bytesBE(ft.Size, sizeBits/8), b.bytesBE(ft.Price, priceBits/8), b.bytesBE(ft.AddrA, addressBits/8)
	cf.market, cf.buy, cf.tradeValid = ft.Market, ft.IsBuy, ft.Valid
	cf.tagL, cf.tagR = b.tagWords(f, 0, 0, ft.AddrA, ft.AddrB)
	rec := b.compactRecord(f, &cf)
	assertBytes(api, rec[:], ft.Bytes[:])

	mk := b.markets(&c.Markets)
	f = noFlags
	f.mp = 1
	by := blankCompactFields()
	by.market = c.MP.Market
	b.marketParams(1, b.oneHot(c.MP.Market, marketCount+1), b.selectMarket(b.oneHot(c.MP.Market, marketCount+1), mk), &c.MP.Params, mk, &by)
	rec = b.compactRecord(f, &by)
	assertBytes(api, rec[:], c.MP.Bytes[:])

	b.accountWords(&c.Before)
	s := b.settle(1, &c.Before, mk)
	api.AssertIsEqual(s.settle, c.Settle)
	w := leafWords{w0: b.w0(c.Before.L1Address, s.collateral, c.Before.MarginMode), pos: s.pos}
	api.AssertIsEqual(b.leafHash(c.Before.PubKeyX, c.Before.PubKeyY, w, c.Before.SlotRoot), c.LeafAfter)
	return nil
}

// TestVectorsV3 checks the v3 vectors of package state in-circuit, and rejects a settlement off by one.
func TestVectorsV3(t *testing.T) {
	var file v3File
	readVectors(t, &file)
	v := &file.V3
	var c vectorsV3Circuit
	ft := &v.ForcedTrade
	c.FT.Market, c.FT.IsBuy, c.FT.A, c.FT.B = ft.Market.big(), boolVar(ft.AIsBuy), ft.AccountA.big(), ft.AccountB.big()
	c.FT.Size, c.FT.Price, c.FT.AddrA, c.FT.AddrB, c.FT.Valid = ft.SizeQuantums.big(), ft.Price.big(), ft.AddrA.big(), ft.AddrB.big(), boolVar(ft.Valid)
	setBytes(t, c.FT.Bytes[:], ft.Bytes)
	mp := &v.MarketParams
	c.MP.Market = mp.Market.big()
	c.MP.Params = MarketParamsVars{Status: mp.Status.big(), ImfPpm: mp.ImfPpm.big(), MmfPpm: mp.MmfPpm.big(),
		TierImfPpm: mp.TierImfPpm.big(), TierMmfPpm: mp.TierMmfPpm.big()}
	setBytes(t, c.MP.Bytes[:], mp.Bytes)
	st := &v.Settlement
	c.Markets = st.Markets.vars()
	c.Before = st.Before.vars()
	c.Settle = st.Settle.big()
	c.LeafAfter = st.After.Leaf.big()
	if st.After.Leaf == "" {
		t.Fatal("vectors: v3 settlement has no leaf after")
	}
	ccs := compileOnce(t, "vectorsV3", func() frontend.Circuit { return &vectorsV3Circuit{} })
	if err := solveWith(t, ccs, &c); err != nil {
		t.Fatal(err)
	}
	c.Settle = new(big.Int).Add(st.Settle.big(), big.NewInt(1))
	if solveWith(t, ccs, &c) == nil {
		t.Fatal("settlement off by one accepted")
	}
}

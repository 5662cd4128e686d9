package state

import (
	"testing"
)

// v3Vectors are the encodings protocol v3 added (docs/PROTOCOL.md §3.3, §5, §6): a ForcedTrade record (type 8)
// at its extremes, with the bytes the L1 queue hashes (valid byte cleared); a MarketParams record (type 9); and
// the settlement of an account holding positions in a settled and in an active market.
type v3Vectors struct {
	ForcedTrade  forcedTradeRecordVector  `json:"forcedTrade"`
	MarketParams marketParamsRecordVector `json:"marketParams"`
	Settlement   settlementVector         `json:"settlement"`
}

type forcedTradeRecordVector struct {
	Market       string `json:"market"`
	AIsBuy       bool   `json:"aIsBuy"`
	AccountA     string `json:"accountA"`
	AccountB     string `json:"accountB"`
	SizeQuantums string `json:"sizeQuantums"`
	Price        string `json:"price"`
	AddrA        string `json:"addrA"`
	AddrB        string `json:"addrB"`
	Valid        bool   `json:"valid"`
	Bytes        string `json:"bytes"`
	QueueBytes   string `json:"queueBytes"`
}

type marketParamsRecordVector struct {
	Market     string `json:"market"`
	Status     string `json:"status"`
	ImfPpm     string `json:"imfPpm"`
	MmfPpm     string `json:"mmfPpm"`
	TierImfPpm string `json:"tierImfPpm"`
	TierMmfPpm string `json:"tierMmfPpm"`
	Bytes      string `json:"bytes"`
}

// settlementVector is one account's settlement at a markets table (docs/PROTOCOL.md §5): owed (scaled by S),
// settle = ⌈owed / S⌉, and the leaf before and after.
type settlementVector struct {
	Markets     marketsVector `json:"markets"`
	MarketsHash string        `json:"marketsHash"`
	Before      accountVector `json:"before"`
	Owed        string        `json:"owed"`
	Settle      string        `json:"settle"`
	After       accountVector `json:"after"`
}

func buildV3(t *testing.T) v3Vectors {
	var v v3Vectors
	var addrA, addrB L1Address
	for i := range addrA {
		addrA[i], addrB[i] = byte(0x10+i), byte(0xE0+i)
	}
	ft := ForcedTradeRecord{Market: MarketCount, AIsBuy: true, AccountA: 1<<AccountTreeDepth - 1, AccountB: L2AccountBase,
		SizeQuantums: maxU48, Price: maxU48, AddrA: addrA, AddrB: addrB, Valid: true}
	ftb := encodeRecord(t, Record{ForcedTrade: &ft})
	queued := ftb
	queued[CompactForcedTradeFlagsOffset] &^= 1
	v.ForcedTrade = forcedTradeRecordVector{dec(ft.Market), ft.AIsBuy, dec(ft.AccountA), dec(ft.AccountB), dec(ft.SizeQuantums),
		dec(ft.Price), hexBytes(addrA[:]), hexBytes(addrB[:]), ft.Valid, hexBytes(ftb[:]), hexBytes(queued[:])}

	mp := MarketParamsRecord{Market: 2, Status: MarketSettled, ImfPpm: PpmScale, MmfPpm: 1, TierImfPpm: PpmScale, TierMmfPpm: 999_999}
	markets := v2Markets()
	if err := ApplyMarketParams(&markets, mp); err != nil {
		t.Fatal(err)
	}
	mpb := encodeRecord(t, Record{MarketParams: &mp})
	v.MarketParams = marketParamsRecordVector{dec(mp.Market), dec(mp.Status), dec(mp.ImfPpm), dec(mp.MmfPpm), dec(mp.TierImfPpm),
		dec(mp.TierMmfPpm), hexBytes(mpb[:])}

	// The sample account (market 1 short 2^48 − 1, market 2 long 5,000) settled after market 2 was settled by
	// the record above: market 2's position closes at its price, market 1's caches its index.
	a := sampleAccount()
	a.SlotRoot = EmptySlotRoot()
	before := a
	owed := SettlementOwed(&a, &markets)
	settle, err := SettleFunding(&a, &markets)
	if err != nil {
		t.Fatal(err)
	}
	if !a.Positions[3].IsEmpty() || a.Positions[0].FundingIndex != markets[0].FundingIndex {
		t.Fatalf("settled positions %+v", a.Positions)
	}
	v.Settlement = settlementVector{marketsOf(&markets), hexWord(markets.Hash()), accountOf(&before), owed.String(), dec(settle), accountOf(&a)}
	return v
}

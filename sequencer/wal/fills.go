package wal

import (
	"encoding/binary"
	"encoding/json"
)

// FillKey is the key of fill index of log entry seq for account: 'f' | account u32 | seq u64 | index u16.
func FillKey(account uint32, seq uint64, index int) []byte {
	b := binary.BigEndian.AppendUint32([]byte{KeyFill}, account)
	b = binary.BigEndian.AppendUint64(b, seq)
	return binary.BigEndian.AppendUint16(b, uint16(index))
}

// EncodeFill returns the stored form of a fill (JSON).
func EncodeFill(f *FillRecord) []byte {
	b, _ := json.Marshal(f) // a struct of integers and bools cannot fail
	return b
}

// FillRecord is one fill of an account as the sequencer keeps it (GET /v1/accounts/{id}/fills and the account
// stream): the account's side of a trade. Sizes are base quantums, Price is in price units, Fee in quote
// quantums; OrderID is the id of the account's order (0 when unknown).
type FillRecord struct {
	Seq     uint64 `json:"seq"`
	Index   int    `json:"index"`
	Time    uint64 `json:"time"`
	Batch   uint64 `json:"batch"`
	Account uint32 `json:"account"`
	Market  uint8  `json:"market"`
	IsBuy   bool   `json:"isBuy"`
	Maker   bool   `json:"maker"`
	Size    uint64 `json:"size"`
	Price   uint64 `json:"price"`
	Fee     uint64 `json:"fee"`
	OrderID uint64 `json:"orderId"`
	Slot    uint16 `json:"slot"`
	Nonce   uint32 `json:"nonce"`
	Counter uint32 `json:"counterparty"`
}

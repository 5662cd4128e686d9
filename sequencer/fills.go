package sequencer

import (
	"encoding/binary"
	"encoding/json"
	"github.com/perpx/perpx/sequencer/wal"
)

// fillKey is the key of fill index of log entry seq for account: 'f' | account u32 | seq u64 | index u16.
func fillKey(account uint32, seq uint64, index int) []byte {
	b := binary.BigEndian.AppendUint32([]byte{wal.KeyFill}, account)
	b = binary.BigEndian.AppendUint64(b, seq)
	return binary.BigEndian.AppendUint16(b, uint16(index))
}

func encodeFill(f *FillRecord) []byte {
	b, _ := json.Marshal(f) // a struct of integers and bools cannot fail
	return b
}

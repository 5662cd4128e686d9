package statedb

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"

	"github.com/perpx/perpx/state"
)

// tableEncodingVersion is the first byte of the stored globals.
const tableEncodingVersion = 2

// marketsEncodingVersion is the first byte of the stored markets table: 3 appends each market's last oracle
// time to version 2, which still decodes (with last oracle times 0, what a version-2 table had).
const marketsEncodingVersion = 3

// encodeMarkets returns the storage encoding of the markets table, version 3: version u8, then for each market
// in order: len(name) uvarint | name | oraclePrice uvarint | fundingIndex varint | imfPpm uvarint
// | mmfPpm uvarint | status u8 | tickSize uvarint | stepSize uvarint | baseDecimals varint
// | makerFeePpm uvarint | takerFeePpm uvarint | tierSize uvarint | tierImfPpm uvarint | tierMmfPpm uvarint | lastOracleTime uvarint.
func encodeMarkets(t *state.Markets) []byte { return encodeMarketsVersion(t, marketsEncodingVersion) }

// encodeMarketsVersion is encodeMarkets in version v (2 or 3).
func encodeMarketsVersion(t *state.Markets, v byte) []byte {
	b := []byte{v}
	for i := range t {
		m := &t[i]
		b = binary.AppendUvarint(b, uint64(len(m.Name)))
		b = append(b, m.Name...)
		b = binary.AppendUvarint(b, m.OraclePrice)
		b = binary.AppendVarint(b, m.FundingIndex)
		b = binary.AppendUvarint(b, uint64(m.ImfPpm))
		b = binary.AppendUvarint(b, uint64(m.MmfPpm))
		b = append(b, m.Status)
		b = binary.AppendUvarint(b, m.TickSize)
		b = binary.AppendUvarint(b, m.StepSize)
		b = binary.AppendVarint(b, int64(m.BaseDecimals))
		b = binary.AppendUvarint(b, uint64(m.MakerFeePpm))
		b = binary.AppendUvarint(b, uint64(m.TakerFeePpm))
		b = binary.AppendUvarint(b, m.TierSizeQuantums)
		b = binary.AppendUvarint(b, uint64(m.TierImfPpm))
		b = binary.AppendUvarint(b, uint64(m.TierMmfPpm))
		if v >= 3 {
			b = binary.AppendUvarint(b, m.LastOracleTimeSeconds)
		}
	}
	return b
}

// decodeMarkets decodes the canonical output of encodeMarkets for a valid table.
func decodeMarkets(b []byte) (state.Markets, error) {
	d := decoder{b: b}
	v := d.byte()
	if d.err == nil && v != marketsEncodingVersion && v != 2 {
		d.fail("markets encoding version %d", v)
	}
	var t state.Markets
	for i := range t {
		m := &t[i]
		m.Name = string(d.take(int(d.bounded(uint64(len(d.b))))))
		m.OraclePrice = d.uvarint()
		m.FundingIndex = d.varint()
		m.ImfPpm = uint32(d.bounded(math.MaxUint32))
		m.MmfPpm = uint32(d.bounded(math.MaxUint32))
		m.Status = d.byte()
		m.TickSize = d.uvarint()
		m.StepSize = d.uvarint()
		if v := d.varint(); v < math.MinInt32 || v > math.MaxInt32 {
			d.fail("base decimals %d", v)
		} else {
			m.BaseDecimals = int32(v)
		}
		m.MakerFeePpm = uint32(d.bounded(math.MaxUint32))
		m.TakerFeePpm = uint32(d.bounded(math.MaxUint32))
		m.TierSizeQuantums = d.uvarint()
		m.TierImfPpm = uint32(d.bounded(math.MaxUint32))
		m.TierMmfPpm = uint32(d.bounded(math.MaxUint32))
		if v >= 3 {
			m.LastOracleTimeSeconds = d.uvarint()
		}
	}
	if err := d.finish(); err != nil {
		return state.Markets{}, err
	}
	if err := t.Validate(); err != nil {
		return state.Markets{}, fmt.Errorf("%w: %w", ErrBadEncoding, err)
	}
	if !bytes.Equal(encodeMarketsVersion(&t, v), b) {
		return state.Markets{}, fmt.Errorf("%w: markets encoding is not canonical", ErrBadEncoding)
	}
	return t, nil
}

// encodeGlobals returns version u8 (= 2) | insuranceFund i64 | feePool u64 | systemTime u64
// | lastFundingTime u64, big-endian.
func encodeGlobals(g state.Globals) []byte {
	b := []byte{tableEncodingVersion}
	b = binary.BigEndian.AppendUint64(b, uint64(g.InsuranceFundQuantums))
	b = binary.BigEndian.AppendUint64(b, g.FeePoolQuantums)
	b = binary.BigEndian.AppendUint64(b, g.SystemTimeSeconds)
	return binary.BigEndian.AppendUint64(b, g.LastFundingTimeSeconds)
}

// decodeGlobals decodes the output of encodeGlobals.
func decodeGlobals(b []byte) (state.Globals, error) {
	d := decoder{b: b}
	if v := d.byte(); d.err == nil && v != tableEncodingVersion {
		d.fail("globals encoding version %d", v)
	}
	g := state.Globals{InsuranceFundQuantums: int64(d.uint64()), FeePoolQuantums: d.uint64(), SystemTimeSeconds: d.uint64(),
		LastFundingTimeSeconds: d.uint64()}
	return g, d.finish()
}

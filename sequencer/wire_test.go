package sequencer

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// FuzzDecodeOrder checks that the order decoder never panics, that every rejection maps to a specific 4xx, and
// that every accepted order is within the protocol's bounds and survives a round trip through its JSON form.
func FuzzDecodeOrder(f *testing.F) {
	markets := testMarkets()
	for _, o := range []state.OrderMsg{
		order(1, mBTC, true, 1_000, price(60_000), 0, 1),
		{AccountID: 7, Market: mETH, Flags: state.FlagIOC | state.FlagReduceOnly, Slot: 4095, Nonce: 1<<32 - 1, ExpirySeconds: 1<<40 - 1,
			MaxFeePpm: state.MaxFeePpm, SizeQuantums: 100, LimitPrice: 300_001_000_000},
	} {
		so := devKey(o.AccountID).SignOrder(o)
		b, _ := json.Marshal(wire.NewOrderRequest(&so, markets.Get(o.Market)))
		f.Add(b)
	}
	for _, s := range []string{``, `{}`, `[]`, `null`, `{"size":"1e3"}`, `{"market":1,"side":"buy","size":"0.001","price":"1"}{`,
		`{"account":1,"market":1,"side":"sell","size":"0.0010","price":"60000.000","flags":["fok"],"expiry":1,"slot":1,"nonce":1,"maxFeePpm":1,"signature":"0x` +
			strings.Repeat("ab", 64) + `"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		so, err := wire.DecodeOrder(bytes.NewReader(data), &markets)
		if err != nil {
			if status, code := wire.ErrorCode(err); status < 400 || status >= 500 {
				t.Fatalf("error %v maps to %d %s", err, status, code)
			}
			return
		}
		m := &so.Msg
		mk := markets.Get(m.Market)
		switch {
		case mk == nil || mk.Status == state.MarketUnlisted:
			t.Fatalf("accepted market %d", m.Market)
		case m.SizeQuantums == 0 || m.SizeQuantums >= uint64(state.MaxSize) || m.SizeQuantums%mk.StepSize != 0:
			t.Fatalf("accepted size %d", m.SizeQuantums)
		case m.LimitPrice == 0 || m.LimitPrice >= state.MaxPrice || m.LimitPrice%mk.TickSize != 0:
			t.Fatalf("accepted price %d", m.LimitPrice)
		case m.ExpirySeconds >= 1<<40 || m.MaxFeePpm > state.MaxFeePpm || m.Slot >= 1<<state.SlotTreeDepth ||
			m.AccountID >= 1<<state.AccountTreeDepth || m.Flags >= 1<<len(wire.FlagNames):
			t.Fatalf("accepted fields %+v", m)
		}
		b, err := json.Marshal(wire.NewOrderRequest(&so, mk))
		if err != nil {
			t.Fatal(err)
		}
		back, err := wire.DecodeOrder(bytes.NewReader(b), &markets)
		if err != nil || back != so {
			t.Fatalf("round trip through %s: %+v, %v", b, back, err)
		}
	})
}

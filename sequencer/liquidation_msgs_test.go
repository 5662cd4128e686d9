package sequencer

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/perpx/perpx/sequencer/events"
	"github.com/perpx/perpx/sequencer/internal/risk"
	"github.com/perpx/perpx/state"
)

// streamTap is an in-process subscriber of one account's stream.
type streamTap struct {
	sub *events.Subscriber
	id  uint32
}

// tapAccount subscribes to account id's stream and drains the subscription's first messages.
func tapAccount(t *testing.T, s *Service, id uint32) *streamTap {
	t.Helper()
	tap := &streamTap{sub: events.NewSubscriber(), id: id}
	if err := s.Subscribe(tap.sub, events.AccountTopic(id), false, func() {}); err != nil {
		t.Fatal(err)
	}
	tap.until(t, func(m map[string]json.RawMessage) bool { return msgType(m) == "account" })
	return tap
}

// until returns the messages received up to and including the first for which stop reports true; it fails
// the test when none arrives within a generous deadline (messages are delivered once their command is
// durable, which a loaded machine may delay).
func (tap *streamTap) until(t *testing.T, stop func(map[string]json.RawMessage) bool) []map[string]json.RawMessage {
	t.Helper()
	var out []map[string]json.RawMessage
	deadline := time.After(60 * time.Second)
	for {
		select {
		case b := <-tap.sub.C:
			var m map[string]json.RawMessage
			if err := json.Unmarshal(b, &m); err != nil {
				t.Fatal(err)
			}
			out = append(out, m)
			if stop(m) {
				return out
			}
		case <-deadline:
			t.Fatalf("account %d: no awaited message; received %s", tap.id, describe(out))
		}
	}
}

// untilAccount returns the messages up to and including the next account message.
func (tap *streamTap) untilAccount(t *testing.T) []map[string]json.RawMessage {
	t.Helper()
	return tap.until(t, func(m map[string]json.RawMessage) bool { return msgType(m) == "account" })
}

// describe renders message types (with health statuses and liquidation kinds) for failure messages.
func describe(ms []map[string]json.RawMessage) string {
	var out []string
	for _, m := range ms {
		out = append(out, summary(m))
	}
	return strings.Join(out, " ")
}

// summary is a message's type, with a health message's status or a liquidation's kind and counterparty.
func summary(m map[string]json.RawMessage) string {
	var v struct {
		Status, Kind string
		Counterparty uint32
	}
	b, _ := json.Marshal(m)
	json.Unmarshal(b, &v)
	switch msgType(m) {
	case "health":
		return "health:" + v.Status
	case "liquidation":
		return "liquidation:" + v.Kind + ":" + itoa(uint64(v.Counterparty))
	}
	return msgType(m)
}

// TestLiquidationMessages (issue 18, item 4): an account stream hears "danger" before its account can be
// liquidated, then, in the command that liquidates it, "liquidatable", its fill, a "liquidation" message
// naming the price, fee and liquidator, its account and its final health; the account view lists the
// liquidation. A deleveraging names the counterparty to both accounts.
func TestLiquidationMessages(t *testing.T) {
	const btc = 1_000_000
	env, clock := liqEnv(t, map[uint32]uint64{1: 4_000_000_000, 2: hundredK, 3: hundredK})
	s := env.svc
	mustPlace(t, s, order(3, mBTC, false, btc, price(60_000), 0, 1))
	mustPlace(t, s, order(1, mBTC, true, btc, price(60_000), 0, 1))
	mustPlace(t, s, order(2, mBTC, true, btc, price(57_400), 0, 1))
	tap := tapAccount(t, s, 1)
	clock.Set(2_010)
	if _, err := s.SubmitOracleReports(btcReports(2_009, price(58_100))); err != nil { // MMR/TV ≈ 0.83
		t.Fatal(err)
	}
	got := tap.until(t, func(m map[string]json.RawMessage) bool { return msgType(m) == "health" })
	if h := decodeMsg[events.HealthMsg](t, got[len(got)-1]); h.Status != "danger" || h.Level != 2 {
		t.Fatalf("health before liquidation %+v, want danger at level 2", h)
	}
	clock.Set(2_020)
	if _, err := s.SubmitOracleReports(btcReports(2_019, price(57_500))); err != nil {
		t.Fatal(err)
	}
	got = tap.untilAccount(t)
	got = append(got, tap.until(t, func(m map[string]json.RawMessage) bool { return msgType(m) == "health" })...)
	want := []string{"health:liquidatable", "fill", "liquidation:liquidated:2", "account", "health:warning"}
	var kinds []string
	for _, m := range got {
		kinds = append(kinds, summary(m))
	}
	if !slices.Equal(kinds, want) {
		t.Fatalf("messages %v, want %v", kinds, want)
	}
	l := decodeMsg[events.LiquidationMsg](t, got[2])
	if l.Price != "57400" || l.Fee == "0" || l.Market != mBTC || l.Side != "sell" {
		t.Fatalf("liquidation message %+v", l)
	}
	acc, r, err := s.AccountRisk(1)
	if err != nil {
		t.Fatal(err)
	}
	markets := s.Markets()
	view := events.NewAccountJSON(1, &acc, r, &markets)
	if len(view.Liquidations) != 1 || view.Liquidations[0] != l.RiskEventJSON {
		t.Fatalf("account view liquidations %+v, want %+v", view.Liquidations, l.RiskEventJSON)
	}
}

// TestDeleverageMessages: a deleveraging names the counterparty to the deleveraged account and the account
// to the counterparty, and both account views list it.
func TestDeleverageMessages(t *testing.T) {
	const btc = 1_000_000
	env, clock := liqEnv(t, map[uint32]uint64{1: 4_000_000_000, 7: 5_000_000_000})
	s := env.svc
	mustPlace(t, s, order(7, mBTC, false, btc, price(60_000), 0, 1))
	mustPlace(t, s, order(1, mBTC, true, btc, price(60_000), 0, 1))
	tap1, tap7 := tapAccount(t, s, 1), tapAccount(t, s, 7)
	clock.Set(2_010)
	if _, err := s.SubmitOracleReports(btcReports(2_009, price(55_000))); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		tap  *streamTap
		want string
	}{{tap1, "liquidation:deleveraged:7"}, {tap7, "liquidation:deleveragedAgainst:1"}} {
		got := c.tap.untilAccount(t)
		if !slices.ContainsFunc(got, func(m map[string]json.RawMessage) bool { return summary(m) == c.want }) {
			t.Fatalf("account %d heard %s, want %s", c.tap.id, describe(got), c.want)
		}
		_, r, err := s.AccountRisk(c.tap.id)
		if err != nil || len(r.History) != 1 || r.History[0].Kind == risk.RiskLiquidated {
			t.Fatalf("account %d history %+v, %v", c.tap.id, r.History, err)
		}
	}
	_ = state.PriceScale
}

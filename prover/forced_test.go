package prover

import (
	"math"
	"testing"

	"github.com/perpx/perpx/circuits/testkit"
	"github.com/perpx/perpx/state"
)

// forcedCase is a forced withdrawal after a setup. valid is the verdict docs/PROTOCOL.md gives to a request the
// contract can queue; refused marks a request it never queues (zero amount, amount ≥ 2^56, account ≥ 2^24),
// which the engine refuses and the circuit must reject.
type forcedCase struct {
	name    string
	setup   func(*env)
	req     state.ForcedWithdrawalRecord
	valid   bool
	refused bool
}

func fw(id uint32, amount uint64, from uint32) state.ForcedWithdrawalRecord {
	return state.ForcedWithdrawalRecord{AccountID: id, AmountQuantums: amount, L1Address: addr(from)}
}

func forcedCases() []forcedCase {
	one := func(v *env) { v.fund(1_000_000, 1) }
	// positioned: account 1 short 10,000 in market 1 (notional 600,000, IMR 30,000), collateral 1,599,700,
	// TV 999,700.
	positionedShort := func(v *env) {
		v.fund(1_000_000, 1)
		v.fund(bigFunds, 2)
		v.must(v.trade(ord(1, false, 1, 1, 10_000, 60_000_000), ord(2, true, 1, 1, 10_000, 60_000_000), 10_000))
	}
	// fundingShort moves market 1's index by d after positionedShort: the short settles ⌈−10,000·d/S⌉.
	fundingShort := func(d int64) func(*env) {
		return func(v *env) { positionedShort(v); v.setMarket1(60_000_000, d) }
	}
	last := uint32(1<<state.AccountTreeDepth - 1)
	return []forcedCase{
		{name: "basic", setup: one, req: fw(1, 1_000, 1), valid: true},
		{name: "all collateral", setup: one, req: fw(1, 1_000_000, 1), valid: true},
		{name: "one quantum", setup: one, req: fw(1, 1, 1), valid: true},
		{name: "max amount", setup: func(v *env) { v.fund(state.MaxAmount-1, 1) }, req: fw(1, state.MaxAmount-1, 1), valid: true},
		{name: "healthy with a position", setup: positionedShort, req: fw(1, 900_000, 1), valid: true},
		{name: "account 0", setup: func(v *env) { v.fund(5, 0) }, req: fw(0, 5, 0), valid: true},
		{name: "last account id", setup: func(v *env) { v.fund(5, last) }, req: fw(last, 5, last), valid: true},
		{name: "last account id, another requester", setup: func(v *env) { v.fund(5, last) }, req: fw(last, 5, 1), valid: false},
		{name: "collateral short by one", setup: one, req: fw(1, 1_000_001, 1), valid: false},
		{name: "max amount on a small account", setup: one, req: fw(1, state.MaxAmount-1, 1), valid: false},
		{name: "unhealthy after", setup: positionedShort, req: fw(1, 980_000, 1), valid: false},
		{name: "TV = IMR after", setup: positionedShort, req: fw(1, 969_700, 1), valid: true},
		{name: "one quantum under IMR", setup: positionedShort, req: fw(1, 969_701, 1), valid: false},
		{name: "negative funding (short pays), TV = IMR", setup: fundingShort(-1_234), req: fw(1, 969_687, 1), valid: true},
		{name: "negative funding (short pays), one over", setup: fundingShort(-1_234), req: fw(1, 969_688, 1), valid: false},
		{name: "positive funding (short receives), TV = IMR", setup: fundingShort(1_234), req: fw(1, 969_712, 1), valid: true},
		{name: "positive funding (short receives), one over", setup: fundingShort(1_234), req: fw(1, 969_713, 1), valid: false},
		{name: "invalid request still settles funding", setup: fundingShort(-1_234), req: fw(1, 10, 2), valid: false},
		{name: "another requester", setup: one, req: fw(1, 10, 2), valid: false},
		{name: "empty account", req: fw(1, 10, 1), valid: false},
		{name: "empty account, zero address", req: state.ForcedWithdrawalRecord{AccountID: 1, AmountQuantums: 10}, valid: false},
		{name: "isolated account", setup: func(v *env) {
			one(v)
			v.edit(1, func(a *state.Account) { a.MarginMode = 3 })
		}, req: fw(1, 1_000, 1), valid: true},
		{name: "used slot tree", setup: func(v *env) { one(v); v.must(v.withdraw(wd(1, 5, 1, 10))) }, req: fw(1, 1_000, 1), valid: true},
		{name: "liquidatable account", setup: positioned(300_000, 58_500_000, 0), req: fw(1, 1, 1), valid: false},
		{name: "bankrupt account", setup: positioned(300_000, 56_000_000, 0), req: fw(1, 1, 1), valid: false},
		{name: "negative collateral", setup: func(v *env) {
			one(v)
			v.edit(1, func(a *state.Account) { a.CollateralQuantums = -5 })
		}, req: fw(1, 1, 1), valid: false},
		{name: "collateral near −2^63", setup: func(v *env) {
			one(v)
			v.edit(1, func(a *state.Account) { a.CollateralQuantums = math.MinInt64 + 1 })
		}, req: fw(1, state.MaxAmount-1, 1), valid: false},
		{name: "collateral near 2^63", setup: func(v *env) {
			one(v)
			v.edit(1, func(a *state.Account) { a.CollateralQuantums = math.MaxInt64 })
		}, req: fw(1, state.MaxAmount-1, 1), valid: true},
		{name: "zero amount", setup: one, req: fw(1, 0, 1), refused: true},
		{name: "zero amount on the empty account", req: fw(1, 0, 1), refused: true},
		{name: "amount 2^56", setup: one, req: fw(1, state.MaxAmount, 1), refused: true},
		{name: "account 2^24", setup: one, req: fw(1<<state.AccountTreeDepth, 1, 1), refused: true},
	}
}

// TestDifferentialForcedWithdrawal runs forced withdrawals through the engine and the circuit. Every request
// the contract can queue is served: the engine's trace carries its verdict (valid or not) and the circuit
// must accept exactly that trace, and reject it with the verdict flipped. A request the contract never queues
// is refused by the engine and rejected by the circuit.
func TestDifferentialForcedWithdrawal(t *testing.T) {
	cases := forcedCases()
	if len(cases) < minCases {
		t.Errorf("%d cases, want at least %d", len(cases), minCases)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			v := newEnv(t)
			if c.setup != nil {
				c.setup(v)
			}
			root0, senv := v.tree.AccountsRoot(), v.slotEnv()
			tr, err := runEngine(t, v, func(v *env) (*state.TxTrace, error) { return v.e.ForcedWithdraw(c.req) })
			if c.refused {
				if err == nil {
					t.Fatal("engine serves a request the contract never queues")
				}
				if cErr := riskVerdict(t, tr, root0, senv); cErr == nil {
					t.Fatalf("circuit accepts a request the engine refuses (%v)", err)
				}
				t.Logf("both reject; engine: %v", err)
				return
			}
			if err != nil {
				t.Fatalf("engine: %v", err)
			}
			after, err := v.tree.Account(c.req.AccountID)
			if err != nil {
				t.Fatal(err)
			}
			if got := tr.Record.ForcedWithdrawal.Valid; got != c.valid {
				t.Fatalf("engine verdict %v, want %v", got, c.valid)
			}
			// The account after: settled, and debited when valid.
			settled := tr.A.Before
			if _, err := state.SettleFunding(&settled, senv.Markets); err != nil {
				t.Fatal(err)
			}
			want := settled
			if c.valid {
				want.CollateralQuantums -= int64(c.req.AmountQuantums)
			}
			if after != want {
				t.Fatalf("account after %+v, want %+v", after, want)
			}
			if err := riskVerdict(t, tr, root0, senv); err != nil {
				t.Fatalf("circuit rejects the engine's trace: %v", err)
			}
			want2 := senv.InsuranceFund + testkit.InsuranceDelta(tr, senv.Markets).Int64()
			if got := v.tree.Globals().InsuranceFundQuantums; got != want2 {
				t.Fatalf("insurance fund: engine %d, circuit %d", got, want2)
			}
			// The same trace with the verdict flipped: the record, and the leaf when the request is valid.
			lie := *tr
			rec := *tr.Record.ForcedWithdrawal
			rec.Valid = !rec.Valid
			lie.Record = state.Record{ForcedWithdrawal: &rec}
			if err := riskVerdict(t, &lie, root0, senv); err == nil {
				t.Fatal("circuit accepts the flipped verdict")
			}
			if c.valid {
				u := *tr.A
				u.After = settled
				lie.A = &u
				if err := riskVerdict(t, &lie, root0, senv); err == nil {
					t.Fatal("circuit accepts a valid request served as invalid")
				}
			}
			t.Logf("both %s", map[bool]string{true: "valid", false: "invalid"}[c.valid])
		})
	}
}

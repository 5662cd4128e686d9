package circuits_test

import (
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"testing"

	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/circuits"
	"github.com/perpx/perpx/circuits/testkit"
	"github.com/perpx/perpx/state"
)

// leaf is one variable of an assignment, addressed by its path.
type leaf struct {
	path string
	v    reflect.Value
}

// leaves lists every variable under v (a struct, array or slice of variables), depth first.
func leaves(v reflect.Value, path string, out *[]leaf) {
	switch v.Kind() {
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			leaves(v.Field(i), join(path, f.Name), out)
		}
	case reflect.Array, reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			leaves(v.Index(i), fmt.Sprintf("%s[%d]", path, i), out)
		}
	case reflect.Interface:
		*out = append(*out, leaf{path, v})
	}
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + "." + b
}

// toBig returns the integer value of an assigned variable.
func toBig(x any) *big.Int {
	switch v := x.(type) {
	case *big.Int:
		return new(big.Int).Set(v)
	case uint64:
		return new(big.Int).SetUint64(v)
	case uint8:
		return big.NewInt(int64(v))
	case int:
		return big.NewInt(int64(v))
	case int64:
		return big.NewInt(v)
	}
	panic(fmt.Sprintf("unexpected variable type %T", x))
}

// freeFields are, per transaction type, the witness fields the type does not use: changing one changes neither
// the validity of the slot nor its outputs. Every other field of the slot, and every public input that carries
// an output (new root, fees, record), must be bound: changing it must make the witness unsatisfiable.
var freeFields = map[string][]string{
	"noop": {"Tx.Params.", "Tx.L1AddressB", "Tx.A.", "Tx.B.", "Tx.SlotA.", "Tx.SlotB.", "Tx.Market", "Tx.TakerIsBuy", "Tx.MsgA.", "Tx.MsgB.",
		"Tx.FillSize", "Tx.TakerFee", "Tx.MakerFee", "Tx.Amount", "Tx.L1Address", "Tx.DepositKeyX", "Tx.DepositKeyY",
		"Tx.InsurancePay", "Tx.Quote", "Tx.MarginMode"},
	"deposit": {"Tx.Params.", "Tx.L1AddressB", "Tx.B.", "Tx.SlotA.", "Tx.SlotB.", "Tx.Market", "Tx.TakerIsBuy", "Tx.MsgA.", "Tx.MsgB.",
		"Tx.FillSize", "Tx.TakerFee", "Tx.MakerFee", "Tx.InsurancePay", "Tx.Quote", "Tx.MarginMode"},
	"trade": {"Tx.Params.", "Tx.L1AddressB", "Tx.Amount", "Tx.L1Address", "Tx.DepositKeyX", "Tx.DepositKeyY", "Tx.InsurancePay", "Tx.Quote", "Tx.MarginMode"},
	"withdrawal": {"Tx.Params.", "Tx.L1AddressB", "Tx.B.", "Tx.SlotB.", "Tx.Market", "Tx.TakerIsBuy", "Tx.MsgA.Flags", "Tx.MsgA.MaxFeePpm",
		"Tx.MsgA.Size", "Tx.MsgA.LimitPrice", "Tx.MsgB.", "Tx.FillSize", "Tx.TakerFee", "Tx.MakerFee",
		"Tx.DepositKeyX", "Tx.DepositKeyY", "Tx.InsurancePay", "Tx.Quote", "Tx.MarginMode"},
	"forced withdrawal": {"Tx.Params.", "Tx.L1AddressB", "Tx.B.", "Tx.SlotA.", "Tx.SlotB.", "Tx.Market", "Tx.TakerIsBuy", "Tx.MsgA.", "Tx.MsgB.",
		"Tx.FillSize", "Tx.TakerFee", "Tx.MakerFee", "Tx.DepositKeyX", "Tx.DepositKeyY", "Tx.InsurancePay", "Tx.Quote",
		"Tx.MarginMode"},
	"transfer": {"Tx.Params.", "Tx.L1AddressB", "Tx.SlotB.", "Tx.Market", "Tx.TakerIsBuy", "Tx.MsgA.Flags", "Tx.MsgA.MaxFeePpm", "Tx.MsgA.Size",
		"Tx.MsgA.LimitPrice", "Tx.MsgB.", "Tx.FillSize", "Tx.TakerFee", "Tx.MakerFee", "Tx.InsurancePay", "Tx.Quote",
		"Tx.L1Address", "Tx.DepositKeyX", "Tx.DepositKeyY"},
	"liquidate": {"Tx.Params.", "Tx.L1AddressB", "Tx.SlotA.", "Tx.MsgA.", "Tx.Amount", "Tx.L1Address", "Tx.DepositKeyX", "Tx.DepositKeyY",
		"Tx.MarginMode", "Tx.Quote"},
	"deleverage": {"Tx.Params.", "Tx.L1AddressB", "Tx.SlotA.", "Tx.SlotB.", "Tx.MsgA.", "Tx.MsgB.", "Tx.TakerFee", "Tx.MakerFee", "Tx.InsurancePay",
		"Tx.Amount", "Tx.L1Address", "Tx.DepositKeyX", "Tx.DepositKeyY", "Tx.MarginMode"},
	"forced trade": {"Tx.Params.", "Tx.SlotA.", "Tx.SlotB.", "Tx.MsgA.", "Tx.MsgB.Nonce", "Tx.MsgB.Expiry",
		"Tx.MsgB.Flags", "Tx.MsgB.MaxFeePpm", "Tx.MsgB.Size", "Tx.TakerFee", "Tx.MakerFee", "Tx.InsurancePay",
		"Tx.Quote", "Tx.Amount", "Tx.DepositKeyX", "Tx.DepositKeyY", "Tx.MarginMode"},
	"market params": {"Tx.A.", "Tx.B.", "Tx.SlotA.", "Tx.SlotB.", "Tx.TakerIsBuy", "Tx.MsgA.", "Tx.MsgB.",
		"Tx.FillSize", "Tx.TakerFee", "Tx.MakerFee", "Tx.Amount", "Tx.L1Address", "Tx.L1AddressB", "Tx.DepositKeyX",
		"Tx.DepositKeyY", "Tx.InsurancePay", "Tx.Quote", "Tx.MarginMode"},
}

func isFree(kind, path string) bool {
	for _, p := range freeFields[kind] {
		// A name ending in "." frees a whole struct; any other names one field (Tx.TakerFee does not free
		// Tx.TakerFeePpm, which every type binds: 0 unless a fee uses it).
		if path == p || strings.HasSuffix(p, ".") && strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}

// mutateAll changes every variable of a valid assignment by +1, one at a time, and requires rejection for
// every bound field and acceptance for every free one. Markets and the timestamp are inputs of the slot
// circuit that the batch circuit binds (markets hash, header); they are not mutated here.
func mutateAll(t *testing.T, kind string, a *circuits.SlotCircuit) {
	t.Helper()
	if err := solve(t, slotCircuit, a); err != nil {
		t.Fatalf("%s: valid witness rejected: %v", kind, err)
	}
	var ls []leaf
	root := reflect.ValueOf(a).Elem()
	for _, name := range []string{"OldAccountsRoot", "NewAccountsRoot", "InsuranceFund", "Fees", "NewMarkets", "NewInsuranceFund", "Record", "Tx"} {
		leaves(root.FieldByName(name), name, &ls)
	}
	bound := 0
	for _, l := range ls {
		orig := l.v.Interface()
		l.v.Set(reflect.ValueOf(frontend.Variable(new(big.Int).Add(toBig(orig), big.NewInt(1)))))
		err := solve(t, slotCircuit, a)
		l.v.Set(reflect.ValueOf(frontend.Variable(orig)))
		switch free := isFree(kind, l.path); {
		case free && err != nil:
			t.Errorf("%s: free field %s +1 rejected: %v", kind, l.path, err)
		case !free && err == nil:
			t.Errorf("%s: %s +1 accepted", kind, l.path)
		case !free:
			bound++
		}
	}
	t.Logf("%s: %d bound fields rejected when changed, %d variables in all", kind, bound, len(ls))
}

func TestAdversarialNoop(t *testing.T) {
	w := funded(t, 2, 1_000_000)
	mutateAll(t, "noop", step(t, w, testkit.Noop))
}

func TestAdversarialDeposit(t *testing.T) {
	w := testkit.NewWorld()
	mutateAll(t, "deposit", step(t, w, func() *state.TxTrace { return w.Open(5, 1_000_000) }))
	a := w.Account(5)
	mutateAll(t, "deposit", step(t, w, func() *state.TxTrace { return w.Deposit(5, a.PubKey, a.L1Address, 77) }))
}

func TestAdversarialTrade(t *testing.T) {
	w := funded(t, 3, 1_000_000_000)
	// Opening: fresh slots, empty positions.
	mutateAll(t, "trade", step(t, w, func() *state.TxTrace {
		return w.Trade(order(0, true, 3, 1, 10_000, 61_000_000), order(1, false, 7, 1, 20_000, 60_000_000), 10_000, 300, 120)
	}))
	// Closing the taker's long (its position slot resets to empty while it holds market 2 in a later slot)
	// against a maker buy order that continues a partly filled slot.
	tk := order(2, true, 1, 4, 10_000, 3_000_000)
	tk.Market = 2
	mk := order(0, false, 2, 9, 10_000, 3_000_000)
	mk.Market = 2
	w.Trade(tk, mk, 10_000, 30, 30)
	w.Trade(order(2, false, 5, 1, 5_000, 59_000_000), order(1, true, 8, 1, 20_000, 60_000_000), 5_000, 150, 60)
	mutateAll(t, "trade", step(t, w, func() *state.TxTrace {
		return w.Trade(order(0, false, 4, 2, 10_000, 59_000_000), order(1, true, 8, 1, 20_000, 60_000_000), 10_000, 300, 120)
	}))
}

func TestAdversarialWithdrawal(t *testing.T) {
	w := funded(t, 1, 1_000_000)
	a := w.Account(0)
	mutateAll(t, "withdrawal", step(t, w, func() *state.TxTrace {
		return w.Withdraw(state.WithdrawalMsg{AccountID: 0, Slot: 11, Nonce: 3, ExpirySeconds: testTime, AmountQuantums: 1_000, L1Address: a.L1Address})
	}))
}

// TestAdversarialForcedWithdrawal mutates a forced withdrawal served as valid and one served as invalid (another
// address requested it): the verdict, the account, the amount and the requester are all bound.
func TestAdversarialForcedWithdrawal(t *testing.T) {
	w := funded(t, 1, 1_000_000)
	owner := w.Account(0).L1Address
	mutateAll(t, "forced withdrawal", step(t, w, func() *state.TxTrace { return w.ForcedWithdraw(0, 400_000, owner, true) }))
	mutateAll(t, "forced withdrawal", step(t, w, func() *state.TxTrace {
		return w.ForcedWithdraw(0, 10, testkit.Address(77), false)
	}))
}

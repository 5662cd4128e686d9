package sequencer

import (
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"

	"github.com/perpx/perpx/state"
)

// TestTransferPingPongPaysFees (issue 16 item 6): 1-quantum transfers ping-ponged between one key's two
// accounts cost the key state.TransferFeeQuantums each, which the fee pool receives (value is conserved), and
// they seal batches only when one is full: no transfer seals a batch of its own, so every sealed batch of
// transfers cost the key MaxBatchSize fees.
func TestTransferPingPongPaysFees(t *testing.T) {
	clock := newClock(2_000)
	env, err := openCrashEnv(t, vfs.NewMem(), clock, Config{MaxBatchSize: 8})
	if err != nil {
		t.Fatal(err)
	}
	defer env.close()
	s := env.svc
	const deposit = 1_000_000_000
	if _, err := s.Deposit(depositRec(1, deposit)); err != nil {
		t.Fatal(err)
	}
	sub := state.L2AccountBase + 1
	transfer := func(from, to uint32, slot uint16, amount uint64) {
		t.Helper()
		m := state.TransferMsg{FromAccount: from, ToAccount: to, Slot: slot, Nonce: 1, ExpirySeconds: 1 << 39, AmountQuantums: amount}
		if _, err := s.Transfer(devKey(1).SignTransfer(m)); err != nil {
			t.Fatalf("transfer %d → %d: %v", from, to, err)
		}
	}
	transfer(1, sub, 1, deposit/2)
	first := s.sealer.Number()
	const n = 64
	for i := range n {
		if i%2 == 0 {
			transfer(1, sub, uint16(100+i), 1)
		} else {
			transfer(sub, 1, uint16(100+i), 1)
		}
	}
	a, _, err := s.Account(1)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := s.Account(sub)
	if err != nil {
		t.Fatal(err)
	}
	paid := int64(n+1) * state.TransferFeeQuantums
	if got := a.CollateralQuantums + b.CollateralQuantums; got != deposit-paid {
		t.Fatalf("the key holds %d after %d transfers, want %d (each pays %d)", got, n+1, deposit-paid, state.TransferFeeQuantums)
	}
	if g := env.tree.Globals(); g.FeePoolQuantums != uint64(paid) {
		t.Fatalf("fee pool %d, want %d", g.FeePoolQuantums, paid)
	}
	if sealed := s.sealer.Number() - first; sealed > n/8 {
		t.Fatalf("%d transfers sealed %d batches, want at most %d (full batches of 8)", n, sealed, n/8)
	}
}

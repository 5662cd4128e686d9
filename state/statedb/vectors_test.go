package statedb

import (
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"

	"github.com/perpx/perpx/state"
)

// vectorAccount is the sample account of state's vectors (sampleAccount in state/vectors_test.go).
func vectorAccount() state.Account {
	var p twistededwards.PointAffine
	base := twistededwards.GetEdwardsCurve().Base
	p.ScalarMultiplication(&base, big.NewInt(123456791))
	a := state.Account{PubKey: state.PubKey{X: p.X, Y: p.Y}, CollateralQuantums: -1_234_567}
	for i := range a.L1Address {
		a.L1Address[i] = byte(0xA0 + i)
	}
	a.Positions[0] = state.Position{Market: 1, SizeQuantums: -(state.MaxSize - 1), FundingIndex: -42}
	a.Positions[3] = state.Position{Market: 2, SizeQuantums: 5_000, FundingIndex: 1 << 40}
	return a
}

// treeVector is the part of state/testdata/vectors.json that a Tree must reproduce.
type treeVector struct {
	State struct {
		SlotSiblings    []string `json:"slotSiblings"`
		AccountSiblings []string `json:"accountSiblings"`
		AccountsRoot    string   `json:"accountsRoot"`
		Root            string   `json:"root"`
	} `json:"state"`
}

// TestTreeVectors builds the state of state's golden vectors (account 5 with slot 3, account 6, the sample
// markets and globals) with a Tree, commits it, and checks its proofs and roots against the vectors, which
// state's tests build with their reference tree.
func TestTreeVectors(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "vectors.json"))
	if err != nil {
		t.Fatal(err)
	}
	var want treeVector
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	tr, err := Open("vectors", WithFS(vfs.NewMem()), WithLogger(quietLogger()))
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	const id, slot = 5, 3
	a := vectorAccount()
	if a.SlotRoot, err = tr.SetSlot(id, slot, state.Slot{Nonce: 2, Filled: 1_000}); err != nil {
		t.Fatal(err)
	}
	other := state.EmptyAccount()
	other.CollateralQuantums = 1
	must(t, tr.SetAccount(id, a))
	must(t, tr.SetAccount(6, other))
	must(t, tr.SetMarkets(sampleMarkets()))
	tr.SetGlobals(state.Globals{InsuranceFundQuantums: -5, FeePoolQuantums: 77, SystemTimeSeconds: 1_700_000_000})
	must(t, tr.Commit())
	accountSib, err := tr.AccountProof(id)
	must(t, err)
	slotSib, err := tr.SlotProof(id, slot)
	must(t, err)
	for _, c := range []struct {
		name      string
		got, want []string
	}{
		{"accountSiblings", hexWords(accountSib[:]), want.State.AccountSiblings},
		{"slotSiblings", hexWords(slotSib[:]), want.State.SlotSiblings},
		{"accountsRoot", hexWords([]fr.Element{tr.AccountsRoot()}), []string{want.State.AccountsRoot}},
		{"root", hexWords([]fr.Element{tr.Root()}), []string{want.State.Root}},
	} {
		if len(c.got) != len(c.want) {
			t.Fatalf("%s: %d words, the vectors hold %d", c.name, len(c.got), len(c.want))
		}
		for i := range c.got {
			if c.got[i] != c.want[i] {
				t.Errorf("%s[%d] = %s, the vectors hold %s", c.name, i, c.got[i], c.want[i])
			}
		}
	}
}

func hexWords(es []fr.Element) []string {
	out := make([]string, len(es))
	for i, e := range es {
		w := e.Bytes()
		out[i] = "0x" + hex.EncodeToString(w[:])
	}
	return out
}

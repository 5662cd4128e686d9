package sequencer

import (
	"crypto/rand"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/perpx/perpx/sequencer/internal/sigverify"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

func TestSignVerify(t *testing.T) {
	k := wire.DevKey("alice")
	o := order(1, mBTC, true, 1_000, btcPrice, 0, 1)
	so := k.SignOrder(o)
	w := state.WithdrawalMsg{AccountID: 1, Nonce: 1, AmountQuantums: 5, L1Address: l1(1)}
	sw := k.SignWithdrawal(w)
	tampered := o
	tampered.SizeQuantums++
	badSig := so.Sig
	badSig[40] ^= 1
	cases := []struct {
		name string
		pk   state.PubKey
		msg  state.OrderMsg
		sig  state.Signature
		want bool
	}{
		{name: "valid", pk: k.PubKey(), msg: o, sig: so.Sig, want: true},
		{name: "tampered message", pk: k.PubKey(), msg: tampered, sig: so.Sig},
		{name: "other key", pk: wire.DevKey("bob").PubKey(), msg: o, sig: so.Sig},
		{name: "flipped signature bit", pk: k.PubKey(), msg: o, sig: badSig},
		{name: "zero key", pk: state.PubKey{}, msg: o, sig: so.Sig},
		{name: "zero signature", pk: k.PubKey(), msg: o},
		{name: "withdrawal signature on an order", pk: k.PubKey(), msg: o, sig: sw.Sig},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := sigverify.Verify(c.pk, c.msg.Hash(), &c.sig); got != c.want {
				t.Fatalf("Verify = %v", got)
			}
		})
	}
	if !sigverify.Verify(k.PubKey(), w.Hash(), &sw.Sig) {
		t.Fatal("withdrawal signature does not verify")
	}
	if k.SignOrder(o).Sig != so.Sig {
		t.Fatal("signing is not deterministic")
	}
	if wire.DevKey("alice").PubKey() != k.PubKey() || wire.DevKey("bob").PubKey() == k.PubKey() {
		t.Fatal("DevKey is not a function of its seed")
	}
	// The compressed key decodes to the same point (the form deposits carry).
	if pk, err := state.DecompressPubKey(k.PubKey().Compressed()); err != nil || pk != k.PubKey() {
		t.Fatalf("compressed key round trip: %v", err)
	}
}

func TestKeyFile(t *testing.T) {
	dir := t.TempDir()
	k, err := wire.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "key.json")
	if err := wire.SaveKey(path, k); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(path); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode: %v %v", fi.Mode(), err)
	}
	if err := wire.SaveKey(path, k); err == nil {
		t.Fatal("SaveKey overwrote an existing file")
	}
	back, err := wire.LoadKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if back.PubKey() != k.PubKey() {
		t.Fatal("loaded key differs")
	}
	msg := state.Uint(42)
	if sig := back.Sign(msg); !sigverify.Verify(k.PubKey(), msg, &sig) {
		t.Fatal("loaded key does not sign for the saved public key")
	}

	good, _ := json.Marshal(k)
	var f map[string]string
	if err := json.Unmarshal(good, &f); err != nil {
		t.Fatal(err)
	}
	other, _ := json.Marshal(wire.DevKey("x"))
	var g map[string]string
	json.Unmarshal(other, &g)
	bad := []struct {
		name string
		json string
	}{
		{name: "public of another key", json: `{"scheme":"` + wire.KeyScheme + `","public":"` + g["public"] + `","private":"` + f["private"] + `"}`},
		{name: "scheme", json: `{"scheme":"ed25519","public":"` + f["public"] + `","private":"` + f["private"] + `"}`},
		{name: "private not hex", json: `{"scheme":"` + wire.KeyScheme + `","public":"` + f["public"] + `","private":"zz"}`},
		{name: "private truncated", json: `{"scheme":"` + wire.KeyScheme + `","public":"` + f["public"] + `","private":"` + f["private"][:64] + `"}`},
		{name: "unknown field", json: strings.Replace(string(good), `{`, `{"extra":1,`, 1)},
	}
	for _, c := range bad {
		t.Run(c.name, func(t *testing.T) {
			p := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "_"))
			if err := os.WriteFile(p, []byte(c.json), 0o600); err != nil {
				t.Fatal(err)
			}
			if _, err := wire.LoadKey(p); !errors.Is(err, wire.ErrKeyFile) {
				t.Fatalf("LoadKey: %v, want ErrKeyFile", err)
			}
		})
	}
}

package sequencer

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/perpx/perpx/sequencer/internal/sigverify"
	"github.com/perpx/perpx/sequencer/wire"
	"github.com/perpx/perpx/state"
)

// signedVector is one test vector of docs/PROTOCOL.md §4: a key, a message's fields, the word the key signs
// and the signature, and the request body that carries them. A client written from the documents alone checks
// its encoding against these.
type signedVector struct {
	Message    string          `json:"message"`
	PrivateKey string          `json:"privateKey"` // gnark-crypto eddsa.PrivateKey.Bytes(), hex
	PublicKey  string          `json:"publicKey"`  // compressed as §4 says, hex
	Fields     any             `json:"fields"`
	Hash       string          `json:"hash"`      // the signed word, 32 bytes big-endian, hex
	Signature  string          `json:"signature"` // R compressed as gnark-crypto does (§4), then S big-endian
	Request    json.RawMessage `json:"request"`   // the API body carrying it
}

// signedVectors builds the vectors from a fixed development key; signing is deterministic, so they are stable.
func signedVectors(t *testing.T) []signedVector {
	t.Helper()
	k := wire.DevKey("protocol vectors")
	priv, err := json.Marshal(k)
	if err != nil {
		t.Fatal(err)
	}
	var kf wire.KeyFile
	if err := json.Unmarshal(priv, &kf); err != nil {
		t.Fatal(err)
	}
	markets := testMarkets()
	mk := markets.Get(mBTC)
	hexWord := func(w fr.Element) string { b := w.Bytes(); return hex.EncodeToString(b[:]) }
	vec := func(name string, fields any, hash fr.Element, sig state.Signature, request any) signedVector {
		body, err := json.Marshal(request)
		if err != nil {
			t.Fatal(err)
		}
		if !sigverify.Verify(k.PubKey(), hash, &sig) {
			t.Fatalf("%s: signature does not verify", name)
		}
		return signedVector{Message: name, PrivateKey: kf.Private, PublicKey: kf.Public, Fields: fields, Hash: hexWord(hash),
			Signature: hex.EncodeToString(sig[:]), Request: body}
	}
	o := state.OrderMsg{AccountID: 7, Market: mBTC, IsBuy: true, Flags: state.FlagPostOnly, Slot: 3, Nonce: 9,
		ExpirySeconds: 1_900_000_000, MaxFeePpm: 1_000, SizeQuantums: 25 * btcStep, LimitPrice: price(60_000)}
	so := k.SignOrder(o)
	c := wire.CancelMsg{AccountID: 7, OrderID: 42, ExpirySeconds: 1_900_000_000}
	csig := k.SignCancel(c)
	ca := wire.CancelAllMsg{AccountID: 7, Market: mBTC, UpToOrderID: 42, ExpirySeconds: 1_900_000_000}
	w := state.WithdrawalMsg{AccountID: 7, Slot: 4, Nonce: 2, ExpirySeconds: 1_900_000_000, AmountQuantums: 5_000_000, L1Address: l1(7)}
	sw := k.SignWithdrawal(w)
	tr := state.TransferMsg{FromAccount: 7, ToAccount: 1 << 23, Slot: 5, Nonce: 1, ExpirySeconds: 1_900_000_000, AmountQuantums: 1_000_000, MarginMode: mBTC}
	st := k.SignTransfer(tr)
	rep := state.OracleReport{TimestampSeconds: 1_800_000_000}
	rep.Prices[0], rep.Prices[1] = price(60_000), price(3_000)
	sr := k.SignOracleReport(0, rep)
	sm := wire.StreamMsg{AccountID: 7, ExpirySeconds: 1_900_000_000}
	ssig := k.SignStream(sm)
	return []signedVector{
		vec("order", o, o.Hash(), so.Sig, wire.NewOrderRequest(&so, mk)),
		vec("cancel", c, c.Hash(), csig, wire.NewCancelRequest(c, csig)),
		vec("cancelAll", ca, ca.Hash(), k.SignCancelAll(ca), wire.NewCancelAllRequest(ca, k.SignCancelAll(ca))),
		vec("replace", map[string]any{"cancel": c, "order": o}, c.Hash(), csig, wire.NewReplaceRequest(&so, mk, c, csig)),
		vec("withdrawal", w, w.Hash(), sw.Sig, wire.NewWithdrawalRequest(&sw)),
		vec("transfer", tr, tr.Hash(), st.Sig, wire.NewTransferRequest(&st)),
		vec("oracleReport", rep, rep.Hash(), sr.Sig, wire.NewOracleReportsRequest([]state.SignedOracleReport{sr})),
		vec("stream", sm, sm.Hash(), ssig, wire.WSRequest{Op: "subscribe", Topic: "account:7", Expiry: sm.ExpirySeconds, Signature: hex.EncodeToString(ssig[:])}),
	}
}

// TestSignedMessageVectors holds testdata/vectors/signed_messages.json, which docs/PROTOCOL.md §4 points clients
// to, equal to what the code computes (-update rewrites it): every signed message's word, signature and body.
func TestSignedMessageVectors(t *testing.T) {
	got, err := json.MarshalIndent(signedVectors(t), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "vectors", "signed_messages.json")
	if *updateGolden {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s differs from the code (-update rewrites it)", path)
	}
}

package conformance_test

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
)

// vector is one entry of sequencer/testdata/vectors/signed_messages.json.
type vector struct {
	Message    string          `json:"message"`
	PrivateKey string          `json:"privateKey"`
	PublicKey  string          `json:"publicKey"`
	Fields     json.RawMessage `json:"fields"`
	Hash       string          `json:"hash"`
	Signature  string          `json:"signature"`
	Request    json.RawMessage `json:"request"`
}

// vectorHash returns the message word of a vector's fields, encoded as PROTOCOL.md §4 says.
func vectorHash(t *testing.T, v *vector) fr.Element {
	t.Helper()
	decode := func(x any) {
		if err := json.Unmarshal(v.Fields, x); err != nil {
			t.Fatalf("%s: fields: %v", v.Message, err)
		}
	}
	switch v.Message {
	case "order":
		var f orderFields
		decode(&f)
		return f.hash()
	case "cancel":
		var f cancelFields
		decode(&f)
		return f.hash()
	case "replace": // the vector's hash and signature are the cancel's; the order is signed on its own
		var f struct{ Cancel cancelFields }
		decode(&f)
		return f.Cancel.hash()
	case "cancelAll":
		var f cancelAllFields
		decode(&f)
		return f.hash()
	case "withdrawal":
		var f struct {
			withdrawalFields
			L1Address []byte
		}
		decode(&f)
		copy(f.withdrawalFields.L1Address[:], f.L1Address)
		return f.withdrawalFields.hash()
	case "transfer":
		var f transferFields
		decode(&f)
		return f.hash()
	case "oracleReport":
		var f oracleFields
		decode(&f)
		return f.hash()
	case "stream":
		var f streamFields
		decode(&f)
		return f.hash()
	}
	t.Fatalf("unknown message %q", v.Message)
	return fr.Element{}
}

// TestVectorsFromProtocol checks every signed-message vector with this package's own encodings: the public key's
// §4 compression, the message word of the fields, the signature (verified, and equal to a fresh one: gnark-crypto
// signs deterministically) and the signature string inside the API body.
func TestVectorsFromProtocol(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "testdata", "vectors", "signed_messages.json"))
	if err != nil {
		t.Fatal(err)
	}
	var vs []vector
	if err := json.Unmarshal(raw, &vs); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for i := range vs {
		v := &vs[i]
		seen[v.Message] = true
		b, err := hex.DecodeString(v.PrivateKey)
		if err != nil {
			t.Fatal(err)
		}
		var p eddsa.PrivateKey
		if _, err := p.SetBytes(b); err != nil {
			t.Fatalf("%s: private key: %v", v.Message, err)
		}
		k := key{&p}
		if pk := k.pubKey(); hex.EncodeToString(pk[:]) != v.PublicKey {
			t.Errorf("%s: public key %x, vector %s", v.Message, pk, v.PublicKey)
		}
		w := vectorHash(t, v)
		if got := hex.EncodeToString(w.Marshal()); got != v.Hash {
			t.Errorf("%s: message word %s, vector %s", v.Message, got, v.Hash)
		}
		if err := k.verify(w, v.Signature); err != nil {
			t.Errorf("%s: %v", v.Message, err)
		}
		if got := k.sign(w); got != v.Signature {
			t.Errorf("%s: signature %s, vector %s", v.Message, got, v.Signature)
		}
		if !json.Valid(v.Request) || !containsString(v.Request, v.Signature) {
			t.Errorf("%s: the API body does not carry the signature string", v.Message)
		}
	}
	for _, m := range []string{"order", "cancel", "cancelAll", "replace", "withdrawal", "transfer", "oracleReport", "stream"} {
		if !seen[m] {
			t.Errorf("no vector for %s", m)
		}
	}
}

func containsString(body json.RawMessage, s string) bool {
	return len(s) > 0 && bytes.Contains(body, []byte(`"`+s+`"`))
}

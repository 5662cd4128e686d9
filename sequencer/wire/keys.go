package wire

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"

	"github.com/perpx/perpx/state"
)

// KeyScheme names the signature scheme in key files.
const KeyScheme = "eddsa-bn254-poseidon2"

// ErrKeyFile reports a key file that does not decode or whose public key does not match its private key.
var ErrKeyFile = errors.New("sequencer: invalid key file")

// Key is an L2 signing key: EdDSA on the BN254 twisted Edwards curve with Poseidon2 (docs/PROTOCOL.md §4).
type Key struct {
	priv *eddsa.PrivateKey
}

// GenerateKey returns a new key drawn from r (crypto/rand.Reader in production).
func GenerateKey(r io.Reader) (*Key, error) {
	p, err := eddsa.GenerateKey(r)
	if err != nil {
		return nil, fmt.Errorf("sequencer: generate key: %w", err)
	}
	return &Key{priv: p}, nil
}

// DevKey returns the key derived from seed. It is for tests and the devnet only: anyone who knows the seed
// knows the key.
func DevKey(seed string) *Key {
	h := sha256.Sum256([]byte("perpx dev key\x00" + seed))
	k, err := GenerateKey(bytes.NewReader(h[:]))
	if err != nil {
		panic(err) // a 32-byte reader cannot fail
	}
	return k
}

// PubKey returns the key's public key as stored in account leaves.
func (k *Key) PubKey() state.PubKey {
	return state.PubKey{X: k.priv.PublicKey.A.X, Y: k.priv.PublicKey.A.Y}
}

// Sign signs a message word: the 32-byte big-endian encoding of w, hashed with Poseidon2.
func (k *Key) Sign(w fr.Element) state.Signature {
	b := w.Bytes()
	s, err := k.priv.Sign(b[:], poseidon2.NewMerkleDamgardHasher())
	if err != nil {
		panic(err) // signing a 32-byte message with a valid key and a hash cannot fail
	}
	var sig state.Signature
	copy(sig[:], s)
	return sig
}

// SignOrder returns m signed.
func (k *Key) SignOrder(m state.OrderMsg) state.SignedOrder {
	return state.SignedOrder{Msg: m, Sig: k.Sign(m.Hash())}
}

// SignWithdrawal returns m signed.
func (k *Key) SignWithdrawal(m state.WithdrawalMsg) state.SignedWithdrawal {
	return state.SignedWithdrawal{Msg: m, Sig: k.Sign(m.Hash())}
}

// KeyFile is the JSON form of a key file.
type KeyFile struct {
	Scheme  string `json:"scheme"`
	Public  string `json:"public"`  // compressed, docs/PROTOCOL.md §4, hex
	Private string `json:"private"` // gnark-crypto PrivateKey.Bytes, hex
}

// MarshalJSON encodes the key, private part included.
func (k *Key) MarshalJSON() ([]byte, error) {
	pub := k.PubKey().Compressed()
	return json.Marshal(KeyFile{Scheme: KeyScheme, Public: hex.EncodeToString(pub[:]), Private: hex.EncodeToString(k.priv.Bytes())})
}

// UnmarshalJSON decodes a key and checks that its public key matches the private key.
func (k *Key) UnmarshalJSON(b []byte) error {
	var f KeyFile
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(&f); err != nil {
		return fmt.Errorf("%w: %v", ErrKeyFile, err)
	}
	if f.Scheme != KeyScheme {
		return fmt.Errorf("%w: scheme %q", ErrKeyFile, f.Scheme)
	}
	raw, err := hex.DecodeString(f.Private)
	if err != nil {
		return fmt.Errorf("%w: private: %v", ErrKeyFile, err)
	}
	p := new(eddsa.PrivateKey)
	if n, err := p.SetBytes(raw); err != nil || n != len(raw) {
		return fmt.Errorf("%w: private key bytes", ErrKeyFile)
	}
	nk := Key{priv: p}
	pub := nk.PubKey().Compressed()
	if f.Public != hex.EncodeToString(pub[:]) {
		return fmt.Errorf("%w: public key does not match the private key", ErrKeyFile)
	}
	*k = nk
	return nil
}

// SaveKey writes k to path (mode 0600), failing if the file exists.
func SaveKey(path string, k *Key) error {
	b, err := json.MarshalIndent(k, "", "  ")
	if err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return fmt.Errorf("sequencer: save key: %w", err)
	}
	if _, err := f.Write(append(b, '\n')); err != nil {
		f.Close()
		return fmt.Errorf("sequencer: save key: %w", err)
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("sequencer: save key: %w", err)
	}
	return f.Close()
}

// LoadKey reads a key written by SaveKey.
func LoadKey(path string) (*Key, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("sequencer: load key: %w", err)
	}
	k := new(Key)
	if err := json.Unmarshal(b, k); err != nil {
		return nil, fmt.Errorf("sequencer: load key %s: %w", path, err)
	}
	return k, nil
}

// SignTransfer returns m signed.
func (k *Key) SignTransfer(m state.TransferMsg) state.SignedTransfer {
	return state.SignedTransfer{Msg: m, Sig: k.Sign(m.Hash())}
}

// SignOracleReport returns r signed as the report of configuration key signer.
func (k *Key) SignOracleReport(signer uint8, r state.OracleReport) state.SignedOracleReport {
	return state.SignedOracleReport{Signer: signer, Report: r, Sig: k.Sign(r.Hash())}
}

package state

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/cockroachdb/pebble/v2/vfs"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// The test vectors bind the Go, circuit and Solidity implementations. Words and hashes are 0x-prefixed
// 32-byte big-endian hex; byte strings are 0x-prefixed hex; integers are decimal strings (signed where the
// field is signed).
type vectors struct {
	Description       string            `json:"description"`
	Compress          []compressVector  `json:"compress"`
	Hash              []hashVector      `json:"hash"`
	EmptyLeaf         string            `json:"emptyLeaf"`
	EmptySlotRoot     string            `json:"emptySlotRoot"`
	EmptyAccountsRoot string            `json:"emptyAccountsRoot"`
	EmptyAccountNodes []string          `json:"emptyAccountNodes"`
	EmptySlotNodes    []string          `json:"emptySlotNodes"`
	Account           accountVector     `json:"account"`
	Markets           marketsVector     `json:"markets"`
	Globals           globalsVector     `json:"globals"`
	State             stateVector       `json:"state"`
	Order             orderVector       `json:"order"`
	Withdrawal        withdrawalVector  `json:"withdrawal"`
	PublicInput       publicInputVector `json:"publicInput"`
}

type compressVector struct {
	Left  string `json:"left"`
	Right string `json:"right"`
	Out   string `json:"out"`
}

type hashVector struct {
	Inputs []string `json:"inputs"`
	Out    string   `json:"out"`
}

type positionVector struct {
	Market       string `json:"market"`
	SizeQuantums string `json:"sizeQuantums"`
	FundingIndex string `json:"fundingIndex"`
	Word         string `json:"word"`
}

type accountVector struct {
	PubKeyX            string           `json:"pubKeyX"`
	PubKeyY            string           `json:"pubKeyY"`
	PubKeyCompressed   string           `json:"pubKeyCompressed"`
	L1Address          string           `json:"l1Address"`
	CollateralQuantums string           `json:"collateralQuantums"`
	MarginMode         string           `json:"marginMode"`
	Positions          []positionVector `json:"positions"`
	SlotRoot           string           `json:"slotRoot"`
	W0                 string           `json:"w0"`
	Words              []string         `json:"words"`
	Leaf               string           `json:"leaf"`
}

type marketVector struct {
	Market       string `json:"market"`
	OraclePrice  string `json:"oraclePrice"`
	FundingIndex string `json:"fundingIndex"`
	ImfPpm       string `json:"imfPpm"`
	MmfPpm       string `json:"mmfPpm"`
	Status       string `json:"status"`
	TickSize     string `json:"tickSize"`
	StepSize     string `json:"stepSize"`
	Mw0          string `json:"mw0"`
	Mw1          string `json:"mw1"`
}

type marketsVector struct {
	Listed []marketVector `json:"listed"`
	Hash   string         `json:"hash"`
}

type globalsVector struct {
	InsuranceFundQuantums string `json:"insuranceFundQuantums"`
	FeePoolQuantums       string `json:"feePoolQuantums"`
	SystemTimeSeconds     string `json:"systemTimeSeconds"`
	Word                  string `json:"word"`
}

// stateVector is a small state built with the Tree: the sample account at AccountID with one order slot, and
// one more account, with the sample markets and globals.
type stateVector struct {
	AccountID       string   `json:"accountId"`
	Slot            string   `json:"slot"`
	SlotNonce       string   `json:"slotNonce"`
	SlotFilled      string   `json:"slotFilled"`
	SlotWord        string   `json:"slotWord"`
	SlotSiblings    []string `json:"slotSiblings"`
	AccountSiblings []string `json:"accountSiblings"`
	AccountsRoot    string   `json:"accountsRoot"`
	MarketsHash     string   `json:"marketsHash"`
	Globals         string   `json:"globals"`
	Root            string   `json:"root"`
}

type orderVector struct {
	AccountID     string `json:"accountId"`
	Market        string `json:"market"`
	IsBuy         bool   `json:"isBuy"`
	Flags         string `json:"flags"`
	Slot          string `json:"slot"`
	Nonce         string `json:"nonce"`
	ExpirySeconds string `json:"expirySeconds"`
	MaxFeePpm     string `json:"maxFeePpm"`
	SizeQuantums  string `json:"sizeQuantums"`
	LimitPrice    string `json:"limitPrice"`
	O1            string `json:"o1"`
	O2            string `json:"o2"`
	Hash          string `json:"hash"`
}

type withdrawalVector struct {
	AccountID      string `json:"accountId"`
	Slot           string `json:"slot"`
	Nonce          string `json:"nonce"`
	ExpirySeconds  string `json:"expirySeconds"`
	AmountQuantums string `json:"amountQuantums"`
	L1Address      string `json:"l1Address"`
	W1             string `json:"w1"`
	W2             string `json:"w2"`
	Hash           string `json:"hash"`
}

type publicInputVector struct {
	OldRoot     string `json:"oldRoot"`
	NewRoot     string `json:"newRoot"`
	BatchNumber string `json:"batchNumber"`
	Timestamp   string `json:"timestamp"`
	ConfigHash  string `json:"configHash"`
	Header      string `json:"header"`
	Pubdata     string `json:"pubdata"`
	PublicInput string `json:"publicInput"`
}

func hexWord(e fr.Element) string {
	b := e.Bytes()
	return "0x" + hex.EncodeToString(b[:])
}

func hexWords(es []fr.Element) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = hexWord(e)
	}
	return out
}

func hexBytes(b []byte) string { return "0x" + hex.EncodeToString(b) }

func dec[T ~int64 | ~int32 | ~uint64 | ~uint32 | ~uint16 | ~uint8](v T) string {
	if v < 0 {
		return strconv.FormatInt(int64(v), 10)
	}
	return strconv.FormatUint(uint64(v), 10)
}

// sampleAccount is the account of the vectors: a real curve key, extreme signed fields, two positions.
func sampleAccount() Account {
	var p twistededwards.PointAffine
	base := twistededwards.GetEdwardsCurve().Base
	p.ScalarMultiplication(&base, big.NewInt(123456791)) // X is odd, so the compressed key has its flag bit set
	a := Account{PubKey: PubKey{X: p.X, Y: p.Y}, CollateralQuantums: -1_234_567, MarginMode: 0}
	for i := range a.L1Address {
		a.L1Address[i] = byte(0xA0 + i)
	}
	a.Positions[0] = Position{Market: 1, SizeQuantums: -(MaxSize - 1), FundingIndex: -42}
	a.Positions[3] = Position{Market: 2, SizeQuantums: 5_000, FundingIndex: 1 << 40}
	return a
}

func buildVectors(t *testing.T) vectors {
	v := vectors{Description: "perpx state test vectors; see docs/PROTOCOL.md. Words are 32-byte big-endian; " +
		"integers are decimal strings. Regenerate with: go test ./state -run TestVectors -update"}
	var rMinus1 fr.Element
	rMinus1.SetOne().Neg(&rMinus1)
	for _, pair := range [][2]fr.Element{{Uint(0), Uint(0)}, {Uint(1), Uint(2)}, {Uint(2), Uint(1)}, {rMinus1, rMinus1},
		{Hash(Uint(7)), Hash(Uint(8))}} {
		v.Compress = append(v.Compress, compressVector{hexWord(pair[0]), hexWord(pair[1]), hexWord(Compress(pair[0], pair[1]))})
	}
	for n := 1; n <= 5; n++ {
		in := make([]fr.Element, n)
		for i := range in {
			in[i] = Uint(uint64(i + 1))
		}
		v.Hash = append(v.Hash, hashVector{Inputs: hexWords(in), Out: hexWord(Hash(in...))})
	}
	v.EmptyLeaf = hexWord(EmptyLeaf())
	v.EmptySlotRoot = hexWord(EmptySlotRoot())
	v.EmptyAccountsRoot = hexWord(EmptyAccountNodes()[AccountTreeDepth])
	v.EmptyAccountNodes = hexWords(EmptyAccountNodes())
	v.EmptySlotNodes = hexWords(EmptySlotNodes())

	// A state built with the tree.
	tr, err := Open("vectors", WithFS(vfs.NewMem()), WithLogger(quietLogger()))
	if err != nil {
		t.Fatal(err)
	}
	defer tr.Close()
	const id, slot = 5, 3
	s := Slot{Nonce: 2, Filled: 1_000}
	a := sampleAccount()
	if a.SlotRoot, err = tr.SetSlot(id, slot, s); err != nil {
		t.Fatal(err)
	}
	if err := tr.SetAccount(id, a); err != nil {
		t.Fatal(err)
	}
	other := EmptyAccount()
	other.CollateralQuantums = 1
	if err := tr.SetAccount(6, other); err != nil {
		t.Fatal(err)
	}
	markets := sampleMarkets()
	if err := tr.SetMarkets(markets); err != nil {
		t.Fatal(err)
	}
	g := Globals{InsuranceFundQuantums: -5, FeePoolQuantums: 77, SystemTimeSeconds: 1_700_000_000}
	tr.SetGlobals(g)
	if err := tr.Commit(); err != nil {
		t.Fatal(err)
	}
	accountSib, err := tr.AccountProof(id)
	if err != nil {
		t.Fatal(err)
	}
	slotSib, err := tr.SlotProof(id, slot)
	if err != nil {
		t.Fatal(err)
	}
	if !VerifyAccountProof(tr.AccountsRoot(), id, a, accountSib) || !VerifySlotProof(a.SlotRoot, slot, s, slotSib) {
		t.Fatal("vector proofs do not verify")
	}

	pc := a.PubKey.Compressed()
	av := accountVector{PubKeyX: hexWord(a.PubKey.X), PubKeyY: hexWord(a.PubKey.Y), PubKeyCompressed: hexBytes(pc[:]),
		L1Address: hexBytes(a.L1Address[:]), CollateralQuantums: dec(a.CollateralQuantums), MarginMode: dec(a.MarginMode),
		SlotRoot: hexWord(a.SlotRoot), W0: hexWord(a.W0()), Words: hexWords(a.Words()), Leaf: hexWord(a.Hash())}
	for _, p := range a.Positions {
		av.Positions = append(av.Positions, positionVector{dec(p.Market), dec(p.SizeQuantums), dec(p.FundingIndex), hexWord(p.Word())})
	}
	v.Account = av

	for i := range markets {
		m := &markets[i]
		if m.Status == MarketUnlisted {
			continue
		}
		w := m.Words()
		v.Markets.Listed = append(v.Markets.Listed, marketVector{dec(uint8(i + 1)), dec(m.OraclePrice), dec(m.FundingIndex),
			dec(m.ImfPpm), dec(m.MmfPpm), dec(m.Status), dec(m.TickSize), dec(m.StepSize), hexWord(w[0]), hexWord(w[1])})
	}
	v.Markets.Hash = hexWord(markets.Hash())
	v.Globals = globalsVector{dec(g.InsuranceFundQuantums), dec(g.FeePoolQuantums), dec(g.SystemTimeSeconds), hexWord(g.Word())}
	v.State = stateVector{AccountID: dec(uint32(id)), Slot: dec(uint16(slot)), SlotNonce: dec(s.Nonce), SlotFilled: dec(s.Filled),
		SlotWord: hexWord(s.Word()), SlotSiblings: hexWords(slotSib[:]), AccountSiblings: hexWords(accountSib[:]),
		AccountsRoot: hexWord(tr.AccountsRoot()), MarketsHash: hexWord(markets.Hash()), Globals: hexWord(g.Word()),
		Root: hexWord(tr.Root())}
	if tr.Root() != StateRoot(tr.AccountsRoot(), &markets, g) {
		t.Fatal("tree root differs from StateRoot")
	}

	o := sampleOrder()
	ow := o.Words()
	v.Order = orderVector{dec(o.AccountID), dec(o.Market), o.IsBuy, dec(o.Flags), dec(o.Slot), dec(o.Nonce),
		dec(o.ExpirySeconds), dec(o.MaxFeePpm), dec(o.SizeQuantums), dec(o.LimitPrice), hexWord(ow[0]), hexWord(ow[1]), hexWord(o.Hash())}
	w := WithdrawalMsg{AccountID: 5, Slot: 4, Nonce: 3, ExpirySeconds: 1_700_003_600, AmountQuantums: 250_000_000, L1Address: a.L1Address}
	ww := w.Words()
	v.Withdrawal = withdrawalVector{dec(w.AccountID), dec(w.Slot), dec(w.Nonce), dec(w.ExpirySeconds), dec(w.AmountQuantums),
		hexBytes(w.L1Address[:]), hexWord(ww[0]), hexWord(ww[1]), hexWord(w.Hash())}

	h := BatchHeader{OldRoot: EmptyAccountNodes()[AccountTreeDepth], NewRoot: tr.Root(), BatchNumber: 1, TimestampSeconds: g.SystemTimeSeconds}
	for i := range h.ConfigHash {
		h.ConfigHash[i] = byte(i)
	}
	dep, err := Record{Deposit: &DepositRecord{AccountID: id, AmountQuantums: 1_000_000, L1Address: a.L1Address, PubKey: pc}}.Encode()
	if err != nil {
		t.Fatal(err)
	}
	wr, err := Record{Withdrawal: &WithdrawalRecord{AccountID: id, AmountQuantums: 5, L1Address: a.L1Address, Slot: 4, Nonce: 3}}.Encode()
	if err != nil {
		t.Fatal(err)
	}
	pubdata := append(dep[:], wr[:]...)
	hb := h.Encode()
	pi := PublicInput(&h, pubdata)
	var pib [32]byte
	pi.FillBytes(pib[:])
	v.PublicInput = publicInputVector{hexWord(h.OldRoot), hexWord(h.NewRoot), dec(h.BatchNumber), dec(h.TimestampSeconds),
		hexBytes(h.ConfigHash[:]), hexBytes(hb[:]), hexBytes(pubdata), hexBytes(pib[:])}
	return v
}

// TestVectors checks testdata/vectors.json against the implementation; -update rewrites it.
func TestVectors(t *testing.T) {
	got, err := json.MarshalIndent(buildVectors(t), "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	path := filepath.Join("testdata", "vectors.json")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (create it with go test ./state -run TestVectors -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is out of date: the encodings changed, which breaks compatibility (docs/PROTOCOL.md). "+
			"If the change is intended, rerun with -update and update the circuit and Solidity", path)
	}
}

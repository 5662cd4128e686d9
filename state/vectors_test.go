package state

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// The test vectors bind the Go, circuit and Solidity implementations. Words and hashes are 0x-prefixed
// 32-byte big-endian hex; byte strings are 0x-prefixed hex; integers are decimal strings (signed where the
// field is signed).
type vectors struct {
	Description       string            `json:"description"`
	Compress          []compressVector  `json:"compress"`
	Compress4         []compress4Vector `json:"compress4"`
	Hash4             []hashVector      `json:"hash4"`
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
	V2                v2Vectors         `json:"v2"`
	V3                v3Vectors         `json:"v3"`
}

type compressVector struct {
	Left  string `json:"left"`
	Right string `json:"right"`
	Out   string `json:"out"`
}

// compress4Vector is one width-4 compression C4(inputs) of the 4-ary trees (docs/PROTOCOL.md §2).
type compress4Vector struct {
	Inputs []string `json:"inputs"`
	Out    string   `json:"out"`
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
	TierSize     string `json:"tierSizeQuantums"`
	TierImfPpm   string `json:"tierImfPpm"`
	TierMmfPpm   string `json:"tierMmfPpm"`
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
	LastFundingTime       string `json:"lastFundingTimeSeconds"`
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
	for _, in := range [][TreeArity]fr.Element{{}, {Uint(1), Uint(2), Uint(3), Uint(4)}, {Uint(4), Uint(3), Uint(2), Uint(1)},
		{rMinus1, rMinus1, rMinus1, rMinus1}, {Hash(Uint(7)), Hash(Uint(8)), Hash(Uint(9)), Hash(Uint(10))}} {
		v.Compress4 = append(v.Compress4, compress4Vector{hexWords(in[:]), hexWord(Compress4(in))})
	}
	for _, n := range []int{3, 6, 12} {
		in := make([]fr.Element, n)
		for i := range in {
			in[i] = Uint(uint64(i + 1))
		}
		v.Hash4 = append(v.Hash4, hashVector{Inputs: hexWords(in), Out: hexWord(Hash4(in...))})
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
	v.EmptyAccountsRoot = hexWord(EmptyAccountNodes()[AccountTreeLevels])
	v.EmptyAccountNodes = hexWords(EmptyAccountNodes())
	v.EmptySlotNodes = hexWords(EmptySlotNodes())

	// A state built with the reference tree; statedb's TestTreeVectors checks that its Tree builds the same.
	tr := newNaiveTree()
	const id, slot = 5, 3
	s := Slot{Nonce: 2, Filled: 1_000}
	a := sampleAccount()
	var err error
	if a.SlotRoot, err = tr.setSlot(id, slot, s); err != nil {
		t.Fatal(err)
	}
	if err := tr.setAccount(id, a); err != nil {
		t.Fatal(err)
	}
	other := EmptyAccount()
	other.CollateralQuantums = 1
	if err := tr.setAccount(6, other); err != nil {
		t.Fatal(err)
	}
	markets := sampleMarkets()
	if err := markets.Validate(); err != nil {
		t.Fatal(err)
	}
	g := Globals{InsuranceFundQuantums: -5, FeePoolQuantums: 77, SystemTimeSeconds: 1_700_000_000}
	tr.pending.markets, tr.pending.globals = markets, g
	accountSib := [AccountProofLen]fr.Element(tr.accountProof(id))
	slotSib := [SlotProofLen]fr.Element(tr.slotProof(id, slot))
	if !VerifyAccountProof(tr.accountsRoot(), id, a, accountSib) || !VerifySlotProof(a.SlotRoot, slot, s, slotSib) {
		t.Fatal("vector proofs do not verify")
	}

	v.Account = accountOf(&a)

	v.Markets = marketsOf(&markets)
	v.Globals = globalsOf(g)
	v.State = stateVector{AccountID: dec(uint32(id)), Slot: dec(uint16(slot)), SlotNonce: dec(s.Nonce), SlotFilled: dec(s.Filled),
		SlotWord: hexWord(s.Word()), SlotSiblings: hexWords(slotSib[:]), AccountSiblings: hexWords(accountSib[:]),
		AccountsRoot: hexWord(tr.accountsRoot()), MarketsHash: hexWord(markets.Hash()), Globals: hexWord(g.Word()),
		Root: hexWord(tr.root())}
	if tr.root() != StateRoot(tr.accountsRoot(), &markets, g) {
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

	h := BatchHeader{OldRoot: EmptyAccountNodes()[AccountTreeLevels], NewRoot: tr.root(), BatchNumber: 1, TimestampSeconds: g.SystemTimeSeconds}
	for i := range h.ConfigHash {
		h.ConfigHash[i] = byte(i)
	}
	dep := encodeRecord(t, Record{Deposit: &DepositRecord{AccountID: id, AmountQuantums: 1_000_000, L1Address: a.L1Address, PubKey: a.PubKey.Compressed()}})
	wr := encodeRecord(t, Record{Withdrawal: &WithdrawalRecord{AccountID: id, AmountQuantums: 5, L1Address: a.L1Address, Slot: 4, Nonce: 3}})
	// A batch of 2: an empty market record, then the deposit and the withdrawal.
	pubdata := append(append(make([]byte, MarketRecordSize), dep[:]...), wr[:]...)
	v.PublicInput = publicInputOf(&h, pubdata)
	v.V2 = buildV2(t, tr.accountsRoot())
	v.V3 = buildV3(t)
	return v
}

func accountOf(a *Account) accountVector {
	pc := a.PubKey.Compressed()
	av := accountVector{PubKeyX: hexWord(a.PubKey.X), PubKeyY: hexWord(a.PubKey.Y), PubKeyCompressed: hexBytes(pc[:]),
		L1Address: hexBytes(a.L1Address[:]), CollateralQuantums: dec(a.CollateralQuantums), MarginMode: dec(a.MarginMode),
		SlotRoot: hexWord(a.SlotRoot), W0: hexWord(a.W0()), Words: hexWords(a.Words()), Leaf: hexWord(a.Hash())}
	for _, p := range a.Positions {
		av.Positions = append(av.Positions, positionVector{dec(p.Market), dec(p.SizeQuantums), dec(p.FundingIndex), hexWord(p.Word())})
	}
	return av
}

func marketsOf(markets *Markets) marketsVector {
	var out marketsVector
	for i := range markets {
		m := &markets[i]
		if m.Status == MarketUnlisted {
			continue
		}
		w := m.Words()
		out.Listed = append(out.Listed, marketVector{dec(uint8(i + 1)), dec(m.OraclePrice), dec(m.FundingIndex),
			dec(m.ImfPpm), dec(m.MmfPpm), dec(m.Status), dec(m.TickSize), dec(m.StepSize),
			dec(m.TierSizeQuantums), dec(m.TierImfPpm), dec(m.TierMmfPpm), hexWord(w[0]), hexWord(w[1])})
	}
	out.Hash = hexWord(markets.Hash())
	return out
}

func globalsOf(g Globals) globalsVector {
	return globalsVector{dec(g.InsuranceFundQuantums), dec(g.FeePoolQuantums), dec(g.SystemTimeSeconds),
		dec(g.LastFundingTimeSeconds), hexWord(g.Word())}
}

func publicInputOf(h *BatchHeader, pubdata []byte) publicInputVector {
	hb := h.Encode()
	var pib [32]byte
	PublicInput(h, pubdata).FillBytes(pib[:])
	return publicInputVector{hexWord(h.OldRoot), hexWord(h.NewRoot), dec(h.BatchNumber), dec(h.TimestampSeconds),
		hexBytes(h.ConfigHash[:]), hexBytes(hb[:]), hexBytes(pubdata), hexBytes(pib[:])}
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

// v2Vectors are the encodings protocol v2 added (docs/PROTOCOL.md §3–§7): a tiered markets table, globals with
// a last funding time, a configuration and its hash, transfer and oracle messages, a market update and its
// market record, records of types 5–7 and the public input of a batch of 2 (header ‖ market record ‖ 2
// records). The top-level entries above remain valid v2 values (zero tiers, lastFundingTime 0), except
// publicInput, which keeps the v1 shape header ‖ 2 records as a plain SHA-256 vector.
type v2Vectors struct {
	Markets       marketsVector        `json:"markets"`
	Globals       globalsVector        `json:"globals"`
	State         v2StateVector        `json:"state"`
	Config        configVector         `json:"config"`
	Transfer      transferVector       `json:"transfer"`
	OracleReports []oracleReportVector `json:"oracleReports"`
	MarketUpdate  marketUpdateVector   `json:"marketUpdate"`
	Records       v2RecordsVector      `json:"records"`
	PublicInput   publicInputVector    `json:"publicInput"`
}

// v2StateVector is the state root H(accountsRoot, marketsHash, globals) of the v1 state's accounts with the
// v2 markets and globals.
type v2StateVector struct {
	AccountsRoot string `json:"accountsRoot"`
	MarketsHash  string `json:"marketsHash"`
	Globals      string `json:"globals"`
	Root         string `json:"root"`
}

type keyVector struct {
	Seed       string `json:"seed"`
	X          string `json:"x"`
	Y          string `json:"y"`
	Compressed string `json:"compressed"`
}

type configVector struct {
	OracleKeys             []keyVector `json:"oracleKeys"`
	MaxFundingRatePpm      string      `json:"maxFundingRatePpm"`
	FundingIntervalSeconds string      `json:"fundingIntervalSeconds"`
	OracleMaxAgeSeconds    string      `json:"oracleMaxAgeSeconds"`
	LiquidationFeePpm      string      `json:"liquidationFeePpm"`
	Params                 string      `json:"params"`
	Words                  []string    `json:"words"`
	Hash                   string      `json:"hash"`
}

type transferVector struct {
	FromAccount    string `json:"fromAccount"`
	ToAccount      string `json:"toAccount"`
	Slot           string `json:"slot"`
	Nonce          string `json:"nonce"`
	ExpirySeconds  string `json:"expirySeconds"`
	AmountQuantums string `json:"amountQuantums"`
	MarginMode     string `json:"marginMode"`
	T1             string `json:"t1"`
	T2             string `json:"t2"`
	Hash           string `json:"hash"`
}

type oracleReportVector struct {
	Signer           string   `json:"signer"`
	TimestampSeconds string   `json:"timestampSeconds"`
	Prices           []string `json:"prices"`
	R1               string   `json:"r1"`
	R2               string   `json:"r2"`
	Hash             string   `json:"hash"`
	Signature        string   `json:"signature"`
}

// marketUpdateVector is a batch's market update of the v2 markets under the v2 config at TimestampSeconds,
// from the v2 globals' last funding time: the reports above justify the record's prices (medians) and a
// funding tick happens.
type marketUpdateVector struct {
	TimestampSeconds   string   `json:"timestampSeconds"`
	Prices             []string `json:"prices"`
	RatesPpm           []string `json:"ratesPpm"`
	Tick               bool     `json:"tick"`
	Record             string   `json:"record"`
	NewMarketsHash     string   `json:"newMarketsHash"`
	NewLastFundingTime string   `json:"newLastFundingTimeSeconds"`
}

type transferRecordVector struct {
	FromAccount    string `json:"fromAccount"`
	ToAccount      string `json:"toAccount"`
	AmountQuantums string `json:"amountQuantums"`
	Slot           string `json:"slot"`
	Nonce          string `json:"nonce"`
	MarginMode     string `json:"marginMode"`
	Bytes          string `json:"bytes"`
}

type liquidateRecordVector struct {
	Market          string `json:"market"`
	LiquidatedIsBuy bool   `json:"liquidatedIsBuy"`
	Liquidated      string `json:"liquidated"`
	Liquidator      string `json:"liquidator"`
	SizeQuantums    string `json:"sizeQuantums"`
	Price           string `json:"price"`
	LiquidationFee  string `json:"liquidationFee"`
	LiquidatorFee   string `json:"liquidatorFee"`
	LiquidatorRate  string `json:"liquidatorFeePpm"`
	LiquidatorSlot  string `json:"liquidatorSlot"`
	LiquidatorNonce string `json:"liquidatorNonce"`
	InsurancePay    string `json:"insurancePay"`
	Bytes           string `json:"bytes"`
}

type deleverageRecordVector struct {
	Market           string `json:"market"`
	DeleveragedIsBuy bool   `json:"deleveragedIsBuy"`
	Deleveraged      string `json:"deleveraged"`
	Counterparty     string `json:"counterparty"`
	SizeQuantums     string `json:"sizeQuantums"`
	QuoteQuantums    string `json:"quoteQuantums"`
	Bytes            string `json:"bytes"`
}

type v2RecordsVector struct {
	Transfer   transferRecordVector   `json:"transfer"`
	Liquidate  liquidateRecordVector  `json:"liquidate"`
	Deleverage deleverageRecordVector `json:"deleverage"`
}

// v2Markets is the tiered table of the v2 vectors: a tier above 1 BTC, an extreme tier (size 2^48 − 1,
// fractions 10^6) and a market without tiers.
func v2Markets() Markets {
	var m Markets
	m[0] = Market{OraclePrice: 60_000_000_000, FundingIndex: -12, ImfPpm: 50_000, MmfPpm: 30_000, Status: MarketActive,
		TickSize: 1_000_000, StepSize: 1, TierSizeQuantums: 100_000_000, TierImfPpm: 100_000, TierMmfPpm: 60_000}
	m[1] = Market{OraclePrice: 3_000_000_000, FundingIndex: 7, ImfPpm: 100_000, MmfPpm: 50_000, Status: MarketReduceOnly,
		TickSize: 100, StepSize: 10_000, TierSizeQuantums: uint64(MaxSize - 1), TierImfPpm: PpmScale, TierMmfPpm: PpmScale}
	m[2] = Market{OraclePrice: 150_000_000, FundingIndex: -(1 << 40), ImfPpm: 200_000, MmfPpm: 100_000, Status: MarketActive,
		TickSize: 10_000, StepSize: 100}
	return m
}

// vectorKey returns the signing key of a seed: eddsa.GenerateKey reading the 32-byte seed.
func vectorKey(t *testing.T, seed [32]byte) *eddsa.PrivateKey {
	k, err := eddsa.GenerateKey(bytes.NewReader(seed[:]))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func vectorSign(t *testing.T, k *eddsa.PrivateKey, msg fr.Element) Signature {
	b := msg.Bytes()
	sig, err := k.Sign(b[:], poseidon2.NewMerkleDamgardHasher())
	if err != nil {
		t.Fatal(err)
	}
	var out Signature
	if copy(out[:], sig) != SignatureSize {
		t.Fatalf("signature of %d bytes", len(sig))
	}
	return out
}

func vectorVerify(k PubKey, msg []byte, sig Signature) bool {
	var pk eddsa.PublicKey
	pk.A.X, pk.A.Y = k.X, k.Y
	ok, err := pk.Verify(sig[:], msg, poseidon2.NewMerkleDamgardHasher())
	return err == nil && ok
}

func decs[T ~int64 | ~int32 | ~uint64 | ~uint32 | ~uint16 | ~uint8 | ~int16](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = strconv.FormatInt(int64(v), 10)
		if v > 0 {
			out[i] = strconv.FormatUint(uint64(v), 10)
		}
	}
	return out
}

// encodeRecord returns r's compact encoding (docs/PROTOCOL.md §6.1) and checks that it decodes to r, with the
// fields the tag stands for taken from r.
func encodeRecord(t *testing.T, r Record) [CompactRecordSize]byte {
	b, err := r.EncodeCompact()
	if err != nil {
		t.Fatal(err)
	}
	c, err := DecodeCompactRecord(b[:])
	if err != nil {
		t.Fatal(err)
	}
	if again, err := c.Encode(); err != nil || again != b {
		t.Fatalf("record %x re-encodes to %x (%v)", b, again, err)
	}
	var owner L1Address
	var key [32]byte
	if r.Deposit != nil {
		owner, key = r.Deposit.L1Address, r.Deposit.PubKey
	}
	got, err := c.WithDeposit(owner, key)
	if err != nil {
		t.Fatal(err)
	}
	if got.Withdrawal != nil {
		got.Withdrawal.L1Address = r.Withdrawal.L1Address
	}
	if got.ForcedTrade != nil {
		got.ForcedTrade.AddrA, got.ForcedTrade.AddrB = r.ForcedTrade.AddrA, r.ForcedTrade.AddrB
	}
	if !reflect.DeepEqual(got, r) {
		t.Fatalf("record %x decodes to %+v, want %+v", b, got, r)
	}
	return b
}

func buildV2(t *testing.T, accountsRoot fr.Element) v2Vectors {
	var v v2Vectors
	markets := v2Markets()
	if err := markets.Validate(); err != nil {
		t.Fatal(err)
	}
	g := Globals{InsuranceFundQuantums: -5, FeePoolQuantums: 77, SystemTimeSeconds: 1_700_000_000,
		LastFundingTimeSeconds: 1_699_996_400}
	v.Markets = marketsOf(&markets)
	v.Globals = globalsOf(g)
	root := StateRoot(accountsRoot, &markets, g)
	v.State = v2StateVector{hexWord(accountsRoot), hexWord(markets.Hash()), hexWord(g.Word()), hexWord(root)}

	// Configuration: five oracle keys from fixed seeds, the largest funding rate cap.
	cfg := Config{MaxFundingRatePpm: MaxFundingRatePpm, FundingIntervalSeconds: 3_600, OracleMaxAgeSeconds: 120,
		LiquidationFeePpm: 15_000}
	var keys [OracleKeys]*eddsa.PrivateKey
	for i := range keys {
		seed := sha256.Sum256([]byte("perpx/vectors oracle key " + strconv.Itoa(i)))
		keys[i] = vectorKey(t, seed)
		a := keys[i].PublicKey.A
		cfg.OracleKeys[i] = PubKey{X: a.X, Y: a.Y}
		c := cfg.OracleKeys[i].Compressed()
		if k, err := DecompressPubKey(c); err != nil || k != cfg.OracleKeys[i] {
			t.Fatalf("oracle key %d does not round-trip: %v", i, err)
		}
		v.Config.OracleKeys = append(v.Config.OracleKeys, keyVector{hexBytes(seed[:]), hexWord(a.X), hexWord(a.Y), hexBytes(c[:])})
	}
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	words := []fr.Element{Uint(DomainConfig)}
	for _, k := range cfg.OracleKeys {
		words = append(words, k.X, k.Y)
	}
	words = append(words, cfg.ParamsWord())
	ch := cfg.Hash()
	if hw := cfg.HashWord(); hw != Hash(words...) || ch != hw.Bytes() {
		t.Fatal("config hash differs from H(5, keys…, params)")
	}
	v.Config.MaxFundingRatePpm, v.Config.FundingIntervalSeconds = dec(cfg.MaxFundingRatePpm), dec(cfg.FundingIntervalSeconds)
	v.Config.OracleMaxAgeSeconds, v.Config.LiquidationFeePpm = dec(cfg.OracleMaxAgeSeconds), dec(cfg.LiquidationFeePpm)
	v.Config.Params, v.Config.Words, v.Config.Hash = hexWord(cfg.ParamsWord()), hexWords(words), hexBytes(ch[:])

	// A transfer that creates an isolated sub-account, with extreme amount and expiry.
	tm := TransferMsg{FromAccount: 5, ToAccount: L2AccountBase + 7, Slot: 9, Nonce: 4, ExpirySeconds: MaxExpirySeconds - 1,
		AmountQuantums: MaxAmount - 1, MarginMode: 2}
	if err := tm.Validate(); err != nil {
		t.Fatal(err)
	}
	tw := tm.Words()
	v.Transfer = transferVector{dec(tm.FromAccount), dec(tm.ToAccount), dec(tm.Slot), dec(tm.Nonce), dec(tm.ExpirySeconds),
		dec(tm.AmountQuantums), dec(tm.MarginMode), hexWord(tw[0]), hexWord(tw[1]), hexWord(tm.Hash())}

	// The market update: three reports by keys 0, 2 and 4, a funding tick.
	const ts = 1_700_000_060
	reports := []SignedOracleReport{
		{Signer: 0, Report: OracleReport{TimestampSeconds: ts - 10, Prices: [MarketCount]uint64{60_100_000_000, 3_010_000_000, 150_000_001}}},
		{Signer: 2, Report: OracleReport{TimestampSeconds: ts - uint64(cfg.OracleMaxAgeSeconds), Prices: [MarketCount]uint64{60_050_000_000, 2_990_000_000, MaxPrice - 1}}},
		{Signer: 4, Report: OracleReport{TimestampSeconds: ts, Prices: [MarketCount]uint64{59_990_000_000, 3_000_500_000, 1}}},
	}
	for i := range reports {
		r := &reports[i]
		if err := r.Report.Validate(); err != nil {
			t.Fatal(err)
		}
		r.Sig = vectorSign(t, keys[r.Signer], r.Report.Hash())
		rw := r.Report.Words()
		v.OracleReports = append(v.OracleReports, oracleReportVector{dec(r.Signer), dec(r.Report.TimestampSeconds),
			decs(r.Report.Prices[:]), hexWord(rw[0]), hexWord(rw[1]), hexWord(r.Report.Hash()), hexBytes(r.Sig[:])})
	}
	rec := MarketRecord{Prices: [MarketCount]uint64{60_050_000_000, 3_000_500_000, 150_000_001},
		RatesPpm: [MarketCount]int16{100, -MaxFundingRatePpm, -1}}
	if err := CheckOracleReports(&cfg, &markets, ts, &rec, reports, vectorVerify); err != nil {
		t.Fatal(err)
	}
	next, g1 := markets, g
	tick, err := ApplyMarketRecord(&cfg, &next, &g1, ts, &rec)
	if err != nil || !tick {
		t.Fatalf("market update: tick %v, %v", tick, err)
	}
	if next[2].FundingIndex != markets[2].FundingIndex-151 {
		t.Fatalf("market 3 index moved to %d: the floor of −1 · 150000001 / 10^6 is −151", next[2].FundingIndex)
	}
	mrec, err := rec.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if got, err := DecodeMarketRecord(mrec[:]); err != nil || got != rec {
		t.Fatalf("market record does not round-trip: %v", err)
	}
	v.MarketUpdate = marketUpdateVector{dec(uint64(ts)), decs(rec.Prices[:]), decs(rec.RatesPpm[:]), tick, hexBytes(mrec[:]),
		hexWord(next.Hash()), dec(g1.LastFundingTimeSeconds)}

	// Records 5–7, at their extremes.
	tr := TransferRecord{FromAccount: tm.FromAccount, ToAccount: tm.ToAccount, AmountQuantums: tm.AmountQuantums, Slot: tm.Slot,
		Nonce: tm.Nonce, MarginMode: tm.MarginMode}
	// The liquidation pays the largest insurance payment a compact record holds (so its fee is 0), at the
	// largest liquidator fee rate.
	lfee, _ := TradeFee(1_000, 60_050_000_000, MaxFeeRatePpm)
	lr := LiquidateRecord{Market: 1, LiquidatedIsBuy: true, Liquidated: 6, Liquidator: 5, SizeQuantums: 1_000,
		Price: 60_050_000_000, LiquidationFee: 0, LiquidatorFee: lfee, LiquidatorFeePpm: MaxFeeRatePpm,
		LiquidatorSlot: 1<<SlotTreeDepth - 1, LiquidatorNonce: MaxRecordNonce, InsurancePayQuant: MaxInsurancePay - 1}
	dr := DeleverageRecord{Market: 2, DeleveragedIsBuy: false, Deleveraged: 1<<AccountTreeDepth - 1, Counterparty: 6,
		SizeQuantums: uint64(MaxSize - 1), QuoteQuantums: 1<<64 - 1}
	trb := encodeRecord(t, Record{Transfer: &tr})
	lrb := encodeRecord(t, Record{Liquidate: &lr})
	drb := encodeRecord(t, Record{Deleverage: &dr})
	v.Records.Transfer = transferRecordVector{dec(tr.FromAccount), dec(tr.ToAccount), dec(tr.AmountQuantums), dec(tr.Slot),
		dec(tr.Nonce), dec(tr.MarginMode), hexBytes(trb[:])}
	v.Records.Liquidate = liquidateRecordVector{dec(lr.Market), lr.LiquidatedIsBuy, dec(lr.Liquidated), dec(lr.Liquidator),
		dec(lr.SizeQuantums), dec(lr.Price), dec(lr.LiquidationFee), dec(lr.LiquidatorFee), dec(lr.LiquidatorFeePpm), dec(lr.LiquidatorSlot),
		dec(lr.LiquidatorNonce), dec(lr.InsurancePayQuant), hexBytes(lrb[:])}
	v.Records.Deleverage = deleverageRecordVector{dec(dr.Market), dr.DeleveragedIsBuy, dec(dr.Deleveraged), dec(dr.Counterparty),
		dec(dr.SizeQuantums), dec(dr.QuoteQuantums), hexBytes(drb[:])}

	// The public input of a batch of 2: header ‖ market record ‖ transfer record ‖ liquidate record. The new
	// root is the state after the market update alone (the records are encoding samples, not applied).
	g1.SystemTimeSeconds = ts
	h := BatchHeader{OldRoot: root, NewRoot: StateRoot(accountsRoot, &next, g1), BatchNumber: 2, TimestampSeconds: ts, ConfigHash: ch}
	pubdata := append(append(append([]byte{}, mrec[:]...), trb[:]...), lrb[:]...)
	if len(pubdata) != MarketRecordSize+2*CompactRecordSize {
		t.Fatalf("pubdata of %d bytes", len(pubdata))
	}
	gotRec, gotRecs, err := DecodeBatchPubdata(pubdata)
	if err != nil || gotRec != rec || len(gotRecs) != 2 || !reflect.DeepEqual(gotRecs[0].Record, Record{Transfer: &tr}) ||
		!reflect.DeepEqual(gotRecs[1].Record, Record{Liquidate: &lr}) {
		t.Fatalf("batch pubdata does not round-trip: %v", err)
	}
	v.PublicInput = publicInputOf(&h, pubdata)
	return v
}

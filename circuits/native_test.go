package circuits

import (
	"crypto/sha256"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/frontend"

	"github.com/perpx/perpx/state"
)

var scalarField = ecc.BN254.ScalarField()

func randFr(r *rand.Rand) fr.Element {
	var b [32]byte
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	var e fr.Element
	e.SetBytes(b[:])
	return e
}

func randInt(r *rand.Rand, bits uint) int64 {
	return r.Int64N(int64(1)<<bits) - int64(1)<<bits/2
}

func randAccount(r *rand.Rand) state.Account {
	a := state.Account{
		PubKey:             state.PubKey{X: randFr(r), Y: randFr(r)},
		CollateralQuantums: int64(r.Uint64()>>1) * (1 - 2*int64(r.IntN(2))),
		MarginMode:         uint16(r.IntN(state.MarketCount + 1)),
		SlotRoot:           randFr(r),
	}
	for i := range a.L1Address {
		a.L1Address[i] = byte(r.Uint32())
	}
	for k := range a.Positions {
		if r.IntN(3) == 0 {
			continue
		}
		a.Positions[k] = state.Position{
			Market:       uint8(1 + r.IntN(state.MarketCount)),
			SizeQuantums: randInt(r, state.MaxSizeBits+1) / 2,
			FundingIndex: int64(r.Uint64()),
		}
	}
	return a
}

func randMarkets(r *rand.Rand) state.Markets {
	var t state.Markets
	for i := range t {
		t[i] = state.Market{
			OraclePrice:  r.Uint64N(state.MaxPrice),
			FundingIndex: int64(r.Uint64()),
			ImfPpm:       uint32(r.IntN(state.PpmScale + 1)),
			MmfPpm:       uint32(r.IntN(state.PpmScale + 1)),
			Status:       uint8(r.IntN(4)),
			TickSize:     r.Uint64(),
			StepSize:     r.Uint64(),
		}
	}
	return t
}

func TestPoseidon2Native(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 5; i++ {
		l, rr := randFr(r), randFr(r)
		var c compressCircuit
		c.L, c.R = state.BigOf(l), state.BigOf(rr)
		c.Out = state.BigOf(state.Compress(l, rr))
		ws := make([]fr.Element, len(c.Words))
		for j := range ws {
			ws[j] = randFr(r)
			c.Words[j] = state.BigOf(ws[j])
		}
		c.HashOut = state.BigOf(state.Hash(ws...))
		if err := solveWith(t, compileOnce(t, "compressCircuit", func() frontend.Circuit { return &compressCircuit{} }), &c); err != nil {
			t.Fatal(err)
		}
		c.Out = state.BigOf(state.Compress(rr, l))
		if solveWith(t, compileOnce(t, "compressCircuit", func() frontend.Circuit { return &compressCircuit{} }), &c) == nil {
			t.Fatal("swapped compression accepted")
		}
	}
}

func TestLeafHashNative(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	accounts := []state.Account{state.EmptyAccount()}
	for i := 0; i < 6; i++ {
		accounts = append(accounts, randAccount(r))
	}
	extreme := randAccount(r)
	extreme.CollateralQuantums = -1<<63 + 1
	extreme.Positions[0] = state.Position{Market: state.MarketCount, SizeQuantums: state.MaxSize - 1, FundingIndex: -1 << 63}
	extreme.Positions[1] = state.Position{Market: 1, SizeQuantums: -(state.MaxSize - 1), FundingIndex: 1<<63 - 1}
	accounts = append(accounts, extreme)
	for i := range accounts {
		a := &accounts[i]
		if err := a.Validate(); err != nil {
			t.Fatal(err)
		}
		c := leafCircuit{Account: AssignAccount(a), Leaf: state.BigOf(a.Hash())}
		if err := solveWith(t, compileOnce(t, "leafCircuit", func() frontend.Circuit { return &leafCircuit{} }), &c); err != nil {
			t.Fatalf("account %d: %v", i, err)
		}
	}
	// Out-of-range fields would make the packing ambiguous: each is rejected even with a matching leaf.
	base := accounts[1]
	bad := map[string]func(v *AccountVars) *big.Int{
		"address 2^160": func(v *AccountVars) *big.Int {
			v.L1Address = pow2(addressBits)
			return new(big.Int).Add(state.BigOf(base.W0()), pow2(addressBits))
		},
		"collateral -2^63": func(v *AccountVars) *big.Int { v.Collateral = new(big.Int).Neg(pow2(63)); return nil },
		"collateral 2^63":  func(v *AccountVars) *big.Int { v.Collateral = pow2(63); return nil },
		"mode M+1":         func(v *AccountVars) *big.Int { v.MarginMode = marketCount + 1; return nil },
		"market 256":       func(v *AccountVars) *big.Int { v.Positions[0].Market = 256; return nil },
		"size 2^63":        func(v *AccountVars) *big.Int { v.Positions[0].Size = pow2(63); return nil },
		"funding -2^63-1": func(v *AccountVars) *big.Int {
			v.Positions[0].FundingIndex = new(big.Int).Sub(new(big.Int).Neg(pow2(63)), big.NewInt(1))
			return nil
		},
	}
	for name, mutate := range bad {
		v := AssignAccount(&base)
		mutate(&v)
		c := leafCircuit{Account: v, Leaf: state.BigOf(base.Hash())}
		if solveWith(t, compileOnce(t, "leafCircuit", func() frontend.Circuit { return &leafCircuit{} }), &c) == nil {
			t.Errorf("%s accepted", name)
		}
	}
}

func TestMerklePathNative(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 4; i++ {
		var c pathCircuit
		sib := make([]fr.Element, accountProofLen)
		for j := range sib {
			sib[j] = randFr(r)
			c.Siblings[j] = state.BigOf(sib[j])
		}
		idx := r.Uint64N(1 << accountDepth)
		oldLeaf, newLeaf := randFr(r), randFr(r)
		c.Index, c.OldLeaf, c.NewLeaf = idx, state.BigOf(oldLeaf), state.BigOf(newLeaf)
		c.Root = state.BigOf(state.RootFromPath(oldLeaf, idx, sib))
		c.NewRoot = state.BigOf(state.RootFromPath(newLeaf, idx, sib))
		if err := solveWith(t, compileOnce(t, "pathCircuit", func() frontend.Circuit { return &pathCircuit{} }), &c); err != nil {
			t.Fatal(err)
		}
		c.Index = idx ^ 1
		if solveWith(t, compileOnce(t, "pathCircuit", func() frontend.Circuit { return &pathCircuit{} }), &c) == nil {
			t.Fatal("wrong index accepted")
		}
		c.Index = idx + 1<<accountDepth
		if solveWith(t, compileOnce(t, "pathCircuit", func() frontend.Circuit { return &pathCircuit{} }), &c) == nil {
			t.Fatal("index ≥ 2^depth accepted")
		}
	}
}

func TestStateEncodingsNative(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < 4; i++ {
		ms := randMarkets(r)
		g := state.Globals{InsuranceFundQuantums: int64(r.Uint64()), FeePoolQuantums: r.Uint64(), SystemTimeSeconds: r.Uint64()}
		if g.InsuranceFundQuantums == -1<<63 {
			g.InsuranceFundQuantums++
		}
		ar := randFr(r)
		o := state.OrderMsg{
			AccountID: r.Uint32(), Market: uint8(r.IntN(256)), IsBuy: r.IntN(2) == 1, Flags: uint8(r.IntN(256)),
			Slot: uint16(r.IntN(1 << 16)), Nonce: r.Uint32(), ExpirySeconds: r.Uint64N(1 << expiryBits),
			MaxFeePpm: uint32(r.IntN(1 << ppmBits)), SizeQuantums: r.Uint64N(uint64(state.MaxSize)), LimitPrice: r.Uint64(),
		}
		wm := state.WithdrawalMsg{
			AccountID: r.Uint32(), Slot: uint16(r.IntN(1 << 16)), Nonce: r.Uint32(), ExpirySeconds: r.Uint64N(1 << expiryBits),
			AmountQuantums: r.Uint64N(state.MaxAmount),
		}
		for j := range wm.L1Address {
			wm.L1Address[j] = byte(r.Uint32())
		}
		word, odd := randFr(r), randFr(r)
		c := stateCircuit{
			Markets: AssignMarkets(&ms), Globals: AssignGlobals(g), AccountsRoot: state.BigOf(ar),
			MarketsHash: state.BigOf(ms.Hash()), Root: state.BigOf(state.StateRoot(ar, &ms, g)),
			Order: orderFields{ID: uint64(o.AccountID), Market: uint64(o.Market), IsBuy: boolVar(o.IsBuy), Slot: uint64(o.Slot),
				Msg: MessageVars{Nonce: uint64(o.Nonce), Expiry: o.ExpirySeconds, Flags: uint64(o.Flags), MaxFeePpm: uint64(o.MaxFeePpm),
					Size: o.SizeQuantums, LimitPrice: o.LimitPrice}},
			OrderHash: state.BigOf(o.Hash()),
			Withdrawal: withdrawalFields{ID: uint64(wm.AccountID), Slot: uint64(wm.Slot), Nonce: uint64(wm.Nonce),
				Expiry: wm.ExpirySeconds, Amount: wm.AmountQuantums, Address: new(big.Int).SetBytes(wm.L1Address[:])},
			WithdrawalHash: state.BigOf(wm.Hash()),
			BytesOf:        state.BigOf(word), OddOf: state.BigOf(odd), Odd: uint64(odd.Bytes()[31] & 1),
		}
		wb := word.Bytes()
		for j := range wb {
			c.Bytes[j] = wb[j]
		}
		if err := solveWith(t, compileOnce(t, "stateCircuit", func() frontend.Circuit { return &stateCircuit{} }), &c); err != nil {
			t.Fatal(err)
		}
	}
}

func TestMarginNative(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for i := 0; i < 6; i++ {
		ms := randMarkets(r)
		a := randAccount(r)
		a.CollateralQuantums = randInt(r, 62)
		tv, imr, mmr := nativeRisk(&a, &ms)
		tv1 := new(big.Int).Add(tv, new(big.Int).Lsh(big.NewInt(randInt(r, 62)), 28))
		mmr1 := new(big.Int).Add(mmr, big.NewInt(r.Int64N(1<<62)))
		imr1 := new(big.Int).Add(imr, big.NewInt(r.Int64N(1<<62)))
		healthy := new(big.Int).Mul(tv1, big.NewInt(ppmScale)).Cmp(imr1) >= 0
		cross := new(big.Int).Mul(tv1, mmr).Cmp(new(big.Int).Mul(tv, mmr1)) >= 0
		c := marginCircuit{
			Markets: AssignMarkets(&ms), Account: AssignAccount(&a), TV: tv, IMR: imr, MMR: mmr,
			TV1: tv1, IMR1: imr1, MMR1: mmr1, Healthy: boolVar(healthy), Reducing: boolVar(cross),
		}
		if err := solveWith(t, compileOnce(t, "marginCircuit", func() frontend.Circuit { return &marginCircuit{} }), &c); err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		c.Healthy = boolVar(!healthy)
		if solveWith(t, compileOnce(t, "marginCircuit", func() frontend.Circuit { return &marginCircuit{} }), &c) == nil {
			t.Fatalf("case %d: flipped healthy accepted", i)
		}
	}
}

// nativeRisk is docs/PROTOCOL.md §5 in big integers.
func nativeRisk(a *state.Account, ms *state.Markets) (tv, imr, mmr *big.Int) {
	tv = new(big.Int).Mul(big.NewInt(a.CollateralQuantums), big.NewInt(priceScale))
	imr, mmr = new(big.Int), new(big.Int)
	for _, p := range a.Positions {
		m := ms.Get(p.Market)
		if m == nil {
			continue
		}
		n := new(big.Int).Mul(big.NewInt(p.SizeQuantums), new(big.Int).SetUint64(m.OraclePrice))
		tv.Add(tv, n)
		n.Abs(n)
		imr.Add(imr, new(big.Int).Mul(n, big.NewInt(int64(m.ImfPpm))))
		mmr.Add(mmr, new(big.Int).Mul(n, big.NewInt(int64(m.MmfPpm))))
	}
	return tv, imr, mmr
}

func TestEdDSANative(t *testing.T) {
	msg := state.Hash(state.Uint(1), state.Uint(2), state.Uint(3))
	sig, err := SignWord(DevKey(), msg)
	if err != nil {
		t.Fatal(err)
	}
	sv, err := AssignSignature(sig)
	if err != nil {
		t.Fatal(err)
	}
	pk := DevPubKey()
	c := eddsaCircuit{PubKeyX: state.BigOf(pk.X), PubKeyY: state.BigOf(pk.Y), Msg: state.BigOf(msg), Sig: sv}
	if err := solveWith(t, compileOnce(t, "eddsaCircuit", func() frontend.Circuit { return &eddsaCircuit{} }), &c); err != nil {
		t.Fatal(err)
	}
	c.Msg = state.BigOf(state.Uint(7))
	if solveWith(t, compileOnce(t, "eddsaCircuit", func() frontend.Circuit { return &eddsaCircuit{} }), &c) == nil {
		t.Fatal("signature accepted for another message")
	}
}

// commitmentBatch2 is the size of the SHA-256 input of a batch of 2: header, the market record and two compact
// records.
const commitmentBatch2 = headerSize + marketRecordSize + 2*compactRecordSize

func newCommitmentCircuit() *commitmentCircuit {
	return &commitmentCircuit{Msg: make([]frontend.Variable, commitmentBatch2)}
}

func TestCommitmentNative(t *testing.T) {
	ccs := compileOnce(t, "commitment", func() frontend.Circuit { return newCommitmentCircuit() })
	r := rand.New(rand.NewPCG(11, 12))
	for i := 0; i < 3; i++ {
		h := state.BatchHeader{OldRoot: randFr(r), NewRoot: randFr(r), BatchNumber: r.Uint64(), TimestampSeconds: r.Uint64()}
		for j := range h.ConfigHash {
			h.ConfigHash[j] = byte(r.Uint32())
		}
		pub := make([]byte, marketRecordSize+2*compactRecordSize)
		for j := range pub {
			pub[j] = byte(r.Uint32())
		}
		enc := h.Encode()
		msg := append(enc[:], pub...)
		c := newCommitmentCircuit()
		c.Commitment = state.PublicInput(&h, pub)
		for j, x := range msg {
			c.Msg[j] = x
		}
		if err := solveWith(t, ccs, c); err != nil {
			t.Fatal(err)
		}
		d := sha256.Sum256(msg)
		// The dropped top bits must not matter, any other bit must.
		c.Commitment = new(big.Int).SetBytes(d[:])
		if d[0]>>5 != 0 && solveWith(t, ccs, c) == nil {
			t.Fatal("unreduced digest accepted")
		}
		c.Commitment = new(big.Int).Add(state.PublicInput(&h, pub), big.NewInt(1))
		if solveWith(t, ccs, c) == nil {
			t.Fatal("wrong commitment accepted")
		}
	}
}

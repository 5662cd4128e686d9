package l1

import (
	"bytes"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/perpx/perpx/state"
)

// escapeHasher binds the EscapeHasher the env's Rollup created.
func escapeHasher(t *testing.T, e *env) (*bind.BoundContract, abi.ABI) {
	t.Helper()
	raw, err := artifacts.ReadFile("artifacts/EscapeHasher.abi")
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := abi.JSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	addr, err := call(e.ctx, e.rollup.contract, e.rollup.abi.PackEscapeHasher(), e.rollup.abi.UnpackEscapeHasher)
	if err != nil {
		t.Fatal(err)
	}
	return bind.NewBoundContract(common.Address(addr), parsed, e.b, e.b, e.b), parsed
}

// hasherCall calls method of the escape hasher and returns its one word.
func hasherCall(e *env, c *bind.BoundContract, a abi.ABI, method string, args ...any) (*big.Int, error) {
	data, err := a.Pack(method, args...)
	if err != nil {
		return nil, err
	}
	return call(e.ctx, c, data, func(b []byte) (*big.Int, error) {
		out, err := a.Unpack(method, b)
		if err != nil {
			return nil, err
		}
		return out[0].(*big.Int), nil
	})
}

// TestEscapeHasherMatchesGo checks the EscapeHasher's entry points against the Go hashing of state/: node at
// every height 0..AccountTreeLevels against RootFromPath over the leaf's hash and the path's first 3·height
// siblings, pathNode from each height to each higher one, and stateRoot against Hash(accountsRoot,
// Hash(markets), globals), on random words and ids (every position at every level). It also checks the limits:
// a height of AccountTreeLevels + 1 is refused (HeightOutOfRange), and a word at r — a leaf word, a sibling above
// the height asked for, a markets word — is refused with NotInField.
func TestEscapeHasherMatchesGo(t *testing.T) {
	e := newEnv(t)
	c, a := escapeHasher(t, e)
	rng := rand.New(rand.NewPCG(13, 4))
	random := func() fr.Element {
		var x fr.Element
		x.SetUint64(rng.Uint64())
		x.Mul(&x, &x).Mul(&x, &x) // spread over the field
		return x
	}
	const levels = state.AccountProofLen / 3
	for round := range 3 {
		id := uint32(rng.Uint64N(1 << state.AccountTreeDepth))
		if round == 0 {
			id = 0b11_10_01_00_11_10_01_00_11_10_01_00 // every position, at every level
		}
		var leaf [LeafWords]fr.Element
		var sib [state.AccountProofLen]fr.Element
		var leafBig [LeafWords]*big.Int
		var sibBig [state.AccountProofLen]*big.Int
		for i := range leaf {
			leaf[i] = random()
			leafBig[i] = state.BigOf(leaf[i])
		}
		for i := range sib {
			sib[i] = random()
			sibBig[i] = state.BigOf(sib[i])
		}
		leafHash := state.Hash4(leaf[:]...)
		nodes := make([]fr.Element, levels+1)
		for h := 0; h <= levels; h++ {
			nodes[h] = state.RootFromPath(leafHash, uint64(id), sib[:3*h])
			got, err := hasherCall(e, c, a, "node", id, leafBig, sibBig, big.NewInt(int64(h)))
			if err != nil {
				t.Fatal(err)
			}
			if got.Cmp(state.BigOf(nodes[h])) != 0 {
				t.Fatalf("id %d: node at height %d = %x, want %x", id, h, got, state.BigOf(nodes[h]))
			}
		}
		for from := 0; from <= levels; from += 3 {
			for to := from; to <= levels; to += 2 {
				got, err := hasherCall(e, c, a, "pathNode", id, state.BigOf(nodes[from]), sibBig, big.NewInt(int64(from)), big.NewInt(int64(to)))
				if err != nil {
					t.Fatal(err)
				}
				if got.Cmp(state.BigOf(nodes[to])) != 0 {
					t.Fatalf("id %d: pathNode %d → %d = %x, want %x", id, from, to, got, state.BigOf(nodes[to]))
				}
			}
		}
		var markets [2 * state.MarketCount]fr.Element
		var marketsBig [2 * state.MarketCount]*big.Int
		for i := range markets {
			markets[i] = random()
			marketsBig[i] = state.BigOf(markets[i])
		}
		globals := random()
		got, err := hasherCall(e, c, a, "stateRoot", state.BigOf(nodes[levels]), marketsBig, state.BigOf(globals))
		if err != nil {
			t.Fatal(err)
		}
		if want := state.Hash(nodes[levels], state.Hash(markets[:]...), globals); got.Cmp(state.BigOf(want)) != 0 {
			t.Fatalf("stateRoot = %x, want %x", got, state.BigOf(want))
		}

		_, err = hasherCall(e, c, a, "node", id, leafBig, sibBig, big.NewInt(levels+1))
		wantRevert(t, err, "HeightOutOfRange")
		_, err = hasherCall(e, c, a, "pathNode", id, state.BigOf(nodes[0]), sibBig, big.NewInt(0), big.NewInt(levels+1))
		wantRevert(t, err, "HeightOutOfRange")
		for _, at := range []struct {
			what string
			w    **big.Int
			call func() error
		}{
			{"leaf word 5", &leafBig[5], func() error {
				_, err := hasherCall(e, c, a, "node", id, leafBig, sibBig, big.NewInt(4))
				return err
			}},
			{"sibling 30, above height 4", &sibBig[30], func() error {
				_, err := hasherCall(e, c, a, "node", id, leafBig, sibBig, big.NewInt(4))
				return err
			}},
			{"markets word 7", &marketsBig[7], func() error {
				_, err := hasherCall(e, c, a, "stateRoot", state.BigOf(nodes[levels]), marketsBig, state.BigOf(globals))
				return err
			}},
		} {
			old := *at.w
			*at.w = fr.Modulus()
			err := at.call()
			*at.w = old
			if args := wantRevert(t, err, "NotInField"); args[0].(*big.Int).Cmp(fr.Modulus()) != 0 {
				t.Fatalf("%s at r: NotInField%v", at.what, args)
			}
		}
	}
}

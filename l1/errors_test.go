package l1

import (
	"errors"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/perpx/perpx/l1/bindings"
)

// dataError is a node error carrying revert data, as rpc.DataError.
type dataError struct{ data any }

func (e dataError) Error() string  { return "execution reverted" }
func (e dataError) ErrorData() any { return e.data }

// TestDecodeRevert checks custom errors, Solidity's built-in errors, unknown selectors and errors without data.
func TestDecodeRevert(t *testing.T) {
	mismatch := append(bindings.RollupQueueMismatchErrorID().Bytes()[:4], make([]byte, 32)...)
	mismatch[len(mismatch)-1] = 7
	str, _ := abi.NewType("string", "", nil)
	reason, err := abi.Arguments{{Type: str}}.Pack("boom")
	if err != nil {
		t.Fatal(err)
	}
	u256, _ := abi.NewType("uint256", "", nil)
	panicCode, err := abi.Arguments{{Type: u256}}.Pack(big.NewInt(0x11))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"custom error", mismatch, "reverted with QueueMismatch(7)"},
		{"Error(string)", append([]byte{0x08, 0xc3, 0x79, 0xa0}, reason...), "reverted with Revert(boom)"},
		{"Panic(uint256)", append([]byte{0x4e, 0x48, 0x7b, 0x71}, panicCode...), "reverted with Revert(arithmetic underflow or overflow)"},
		{"unknown selector", []byte{1, 2, 3, 4, 5}, "reverted with data 0x0102030405"},
		{"short data", []byte{1, 2}, "reverted with data 0x0102"},
	}
	for _, c := range cases {
		cause := dataError{hexutil.Encode(c.data)}
		err := decodeRevert(fmt.Errorf("estimate: %w", cause))
		if err.Error() != c.want || !errors.Is(err, ErrReverted) || !errors.Is(err, cause) {
			t.Errorf("%s: %v", c.name, err)
		}
	}
	plain := errors.New("connection refused")
	if err := decodeRevert(plain); err != plain {
		t.Errorf("error without data became %v", err)
	}
	if err := decodeRevert(dataError{42}); errors.Is(err, ErrReverted) {
		t.Errorf("non-hex data decoded as a revert: %v", err)
	}
}

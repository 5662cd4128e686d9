package testbindings

import (
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ScrambledCalls returns the calldata ScrambledOperator takes to make calls to rollup: abi.encode(rollup,
// calls) with each 32-byte word i XORed with keccak256(i).
func ScrambledCalls(rollup common.Address, calls [][]byte) ([]byte, error) {
	addrT, err := abi.NewType("address", "", nil)
	if err != nil {
		return nil, err
	}
	callsT, err := abi.NewType("bytes[]", "", nil)
	if err != nil {
		return nil, err
	}
	data, err := abi.Arguments{{Type: addrT}, {Type: callsT}}.Pack(rollup, calls)
	if err != nil {
		return nil, err
	}
	for o := 0; o < len(data); o += 32 { // the ABI encoding is whole words
		ks := crypto.Keccak256(common.BigToHash(big.NewInt(int64(o / 32))).Bytes())
		for i := range 32 {
			data[o+i] ^= ks[i]
		}
	}
	return data, nil
}

// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package testbindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// ScrambledOperatorMetaData contains all meta data concerning the ScrambledOperator contract.
var ScrambledOperatorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"CallFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotSelf\",\"type\":\"error\"},{\"stateMutability\":\"nonpayable\",\"type\":\"fallback\"}]",
	ID:  "ScrambledOperator",
	Bin: "0x6080604052348015600e575f5ffd5b506103948061001c5f395ff3fe608060405234801561000f575f5ffd5b50333014610037576040516307d116ed60e41b81523360048201526024015b60405180910390fd5b5f5f368080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509394505050505b81518110156100a357602081045f5280602083010160205f2081511881525060208161009c919061016e565b9050610070565b505f5f828060200190518101906100ba91906101d8565b90925090505f5b815181101561016c575f5f846001600160a01b03168484815181106100e8576100e8610321565b60200260200101516040516100fd9190610335565b5f604051808303815f865af19150503d805f8114610136576040519150601f19603f3d011682016040523d82523d5f602084013e61013b565b606091505b509150915081610162578281604051635c0dee5d60e01b815260040161002e92919061034b565b50506001016100c1565b005b8082018082111561018d57634e487b7160e01b5f52601160045260245ffd5b92915050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f1916810167ffffffffffffffff811182821017156101d0576101d0610193565b604052919050565b5f5f604083850312156101e9575f5ffd5b82516001600160a01b03811681146101ff575f5ffd5b602084015190925067ffffffffffffffff81111561021b575f5ffd5b8301601f8101851361022b575f5ffd5b805167ffffffffffffffff81111561024557610245610193565b8060051b610255602082016101a7565b91825260208184018101929081019088841115610270575f5ffd5b6020850192505b8383101561031257825167ffffffffffffffff811115610295575f5ffd5b8501603f81018a136102a5575f5ffd5b602081015167ffffffffffffffff8111156102c2576102c2610193565b6102d5601f8201601f19166020016101a7565b8181526040838301018c10156102e9575f5ffd5b8160408401602083015e5f60208383010152808552505050602082019150602083019250610277565b80955050505050509250929050565b634e487b7160e01b5f52603260045260245ffd5b5f82518060208501845e5f920191825250919050565b828152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f830116840101915050939250505056fea164736f6c634300081c000a",
}

// ScrambledOperator is an auto generated Go binding around an Ethereum contract.
type ScrambledOperator struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ScrambledOperator) GetABI() abi.ABI {
	return c.abi
}

// NewScrambledOperator creates a new instance of ScrambledOperator.
func NewScrambledOperator() *ScrambledOperator {
	parsed, err := ScrambledOperatorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ScrambledOperator{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ScrambledOperator) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (scrambledOperator *ScrambledOperator) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], scrambledOperator.abi.Errors["CallFailed"].ID.Bytes()[:4]) {
		return scrambledOperator.UnpackCallFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], scrambledOperator.abi.Errors["NotSelf"].ID.Bytes()[:4]) {
		return scrambledOperator.UnpackNotSelfError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ScrambledOperatorCallFailed represents a CallFailed error raised by the ScrambledOperator contract.
type ScrambledOperatorCallFailed struct {
	Index  *big.Int
	Reason []byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallFailed(uint256 index, bytes reason)
func ScrambledOperatorCallFailedErrorID() common.Hash {
	return common.HexToHash("0x5c0dee5d32a1e145396705da49c1e64a2b1d63387f78c2697100f655567f5de9")
}

// UnpackCallFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallFailed(uint256 index, bytes reason)
func (scrambledOperator *ScrambledOperator) UnpackCallFailedError(raw []byte) (*ScrambledOperatorCallFailed, error) {
	out := new(ScrambledOperatorCallFailed)
	if err := scrambledOperator.abi.UnpackIntoInterface(out, "CallFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ScrambledOperatorNotSelf represents a NotSelf error raised by the ScrambledOperator contract.
type ScrambledOperatorNotSelf struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSelf(address caller)
func ScrambledOperatorNotSelfErrorID() common.Hash {
	return common.HexToHash("0x7d116ed0034b60cbd7ac51123250ba1987156a6d5a5dac7d1b740c1202a31722")
}

// UnpackNotSelfError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSelf(address caller)
func (scrambledOperator *ScrambledOperator) UnpackNotSelfError(raw []byte) (*ScrambledOperatorNotSelf, error) {
	out := new(ScrambledOperatorNotSelf)
	if err := scrambledOperator.abi.UnpackIntoInterface(out, "NotSelf", raw); err != nil {
		return nil, err
	}
	return out, nil
}

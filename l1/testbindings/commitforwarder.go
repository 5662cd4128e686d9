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

// CommitForwarderMetaData contains all meta data concerning the CommitForwarder contract.
var CommitForwarderMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"rollup_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"reason\",\"type\":\"bytes\"}],\"name\":\"CallFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes[]\",\"name\":\"calls\",\"type\":\"bytes[]\"}],\"name\":\"forward\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollup\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "CommitForwarder",
	Bin: "0x60c060405234801561000f575f5ffd5b506040516103b13803806103b183398101604081905261002e91610043565b336080526001600160a01b031660a052610070565b5f60208284031215610053575f5ffd5b81516001600160a01b0381168114610069575f5ffd5b9392505050565b60805160a05161031561009c5f395f818160a0015261012001525f8181605d015260cd01526103155ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806381e8e3a2146100435780638da5cb5b14610058578063cb23bcb51461009b575b5f5ffd5b6100566100513660046101ee565b6100c2565b005b61007f7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200160405180910390f35b61007f7f000000000000000000000000000000000000000000000000000000000000000081565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146101125760405163245aecd360e01b81523360048201526024015b60405180910390fd5b5f5b818110156101e9575f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031685858581811061015a5761015a61025f565b905060200281019061016c9190610273565b60405161017a9291906102bd565b5f604051808303815f865af19150503d805f81146101b3576040519150601f19603f3d011682016040523d82523d5f602084013e6101b8565b606091505b5091509150816101df578281604051635c0dee5d60e01b81526004016101099291906102cc565b5050600101610114565b505050565b5f5f602083850312156101ff575f5ffd5b823567ffffffffffffffff811115610215575f5ffd5b8301601f81018513610225575f5ffd5b803567ffffffffffffffff81111561023b575f5ffd5b8560208260051b840101111561024f575f5ffd5b6020919091019590945092505050565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112610288575f5ffd5b83018035915067ffffffffffffffff8211156102a2575f5ffd5b6020019150368190038213156102b6575f5ffd5b9250929050565b818382375f9101908152919050565b828152604060208201525f82518060408401528060208501606085015e5f606082850101526060601f19601f830116840101915050939250505056fea164736f6c634300081c000a",
}

// CommitForwarder is an auto generated Go binding around an Ethereum contract.
type CommitForwarder struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CommitForwarder) GetABI() abi.ABI {
	return c.abi
}

// NewCommitForwarder creates a new instance of CommitForwarder.
func NewCommitForwarder() *CommitForwarder {
	parsed, err := CommitForwarderMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CommitForwarder{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CommitForwarder) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address rollup_) returns()
func (commitForwarder *CommitForwarder) PackConstructor(rollup_ common.Address) []byte {
	enc, err := commitForwarder.abi.Pack("", rollup_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackForward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81e8e3a2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forward(bytes[] calls) returns()
func (commitForwarder *CommitForwarder) PackForward(calls [][]byte) []byte {
	enc, err := commitForwarder.abi.Pack("forward", calls)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForward is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81e8e3a2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forward(bytes[] calls) returns()
func (commitForwarder *CommitForwarder) TryPackForward(calls [][]byte) ([]byte, error) {
	return commitForwarder.abi.Pack("forward", calls)
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (commitForwarder *CommitForwarder) PackOwner() []byte {
	enc, err := commitForwarder.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (commitForwarder *CommitForwarder) TryPackOwner() ([]byte, error) {
	return commitForwarder.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (commitForwarder *CommitForwarder) UnpackOwner(data []byte) (common.Address, error) {
	out, err := commitForwarder.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollup() view returns(address)
func (commitForwarder *CommitForwarder) PackRollup() []byte {
	enc, err := commitForwarder.abi.Pack("rollup")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollup() view returns(address)
func (commitForwarder *CommitForwarder) TryPackRollup() ([]byte, error) {
	return commitForwarder.abi.Pack("rollup")
}

// UnpackRollup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (commitForwarder *CommitForwarder) UnpackRollup(data []byte) (common.Address, error) {
	out, err := commitForwarder.abi.Unpack("rollup", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (commitForwarder *CommitForwarder) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], commitForwarder.abi.Errors["CallFailed"].ID.Bytes()[:4]) {
		return commitForwarder.UnpackCallFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], commitForwarder.abi.Errors["NotOwner"].ID.Bytes()[:4]) {
		return commitForwarder.UnpackNotOwnerError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CommitForwarderCallFailed represents a CallFailed error raised by the CommitForwarder contract.
type CommitForwarderCallFailed struct {
	Index  *big.Int
	Reason []byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CallFailed(uint256 index, bytes reason)
func CommitForwarderCallFailedErrorID() common.Hash {
	return common.HexToHash("0x5c0dee5d32a1e145396705da49c1e64a2b1d63387f78c2697100f655567f5de9")
}

// UnpackCallFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CallFailed(uint256 index, bytes reason)
func (commitForwarder *CommitForwarder) UnpackCallFailedError(raw []byte) (*CommitForwarderCallFailed, error) {
	out := new(CommitForwarderCallFailed)
	if err := commitForwarder.abi.UnpackIntoInterface(out, "CallFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CommitForwarderNotOwner represents a NotOwner error raised by the CommitForwarder contract.
type CommitForwarderNotOwner struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwner(address caller)
func CommitForwarderNotOwnerErrorID() common.Hash {
	return common.HexToHash("0x245aecd3fabbd17d6c3c92dc7f0ab916ea8cbf6fc1862c8b56893090ac3fff4c")
}

// UnpackNotOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwner(address caller)
func (commitForwarder *CommitForwarder) UnpackNotOwnerError(raw []byte) (*CommitForwarderNotOwner, error) {
	out := new(CommitForwarderNotOwner)
	if err := commitForwarder.abi.UnpackIntoInterface(out, "NotOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

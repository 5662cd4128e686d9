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

// ReentrantTokenMetaData contains all meta data concerning the ReentrantToken contract.
var ReentrantTokenMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIWithdraw\",\"name\":\"rollup\",\"type\":\"address\"}],\"name\":\"attack\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nestedRevert\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nestedSucceeded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentered\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"contractIWithdraw\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ReentrantToken",
	Bin: "0x6080604052348015600e575f5ffd5b506106ca8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610090575f3560e01c8063928604e511610063578063928604e514610112578063a9059cbb14610126578063c8cc849414610139578063d018db3e1461014e578063d4b8399214610161575f5ffd5b806323b872dd146100945780633f09775e146100bc57806340c10f19146100d057806370a08231146100e5575b5f5ffd5b6100a76100a2366004610474565b61018c565b60405190151581526020015b60405180910390f35b6001546100a790600160a01b900460ff1681565b6100e36100de3660046104b2565b6101f0565b005b6101046100f33660046104dc565b5f6020819052908152604090205481565b6040519081526020016100b3565b6001546100a790600160a81b900460ff1681565b6100a76101343660046104b2565b610220565b610141610365565b6040516100b391906104fe565b6100e361015c3660046104dc565b6103f1565b600154610174906001600160a01b031681565b6040516001600160a01b0390911681526020016100b3565b6001600160a01b0383165f908152602081905260408120805483919083906101b5908490610547565b90915550506001600160a01b0383165f90815260208190526040812080548492906101e190849061055a565b90915550600195945050505050565b6001600160a01b0382165f908152602081905260408120805483929061021790849061055a565b90915550505050565b335f90815260208190526040812080548391908390610240908490610547565b90915550506001600160a01b0383165f908152602081905260408120805484929061026c90849061055a565b90915550506001546001600160a01b0316158015906102955750600154600160a01b900460ff16155b1561035b576001805460ff60a01b198116600160a01b1790915560408051633ccfd60b60e01b815290516001600160a01b0390921691633ccfd60b916004808201925f9290919082900301818387803b1580156102f0575f5ffd5b505af1925050508015610301575060015b610347573d80801561032e576040519150601f19603f3d011682016040523d82523d5f602084013e610333565b606091505b5060026103408282610602565b505061035b565b6001805460ff60a81b1916600160a81b1790555b5060015b92915050565b6002805461037290610581565b80601f016020809104026020016040519081016040528092919081815260200182805461039e90610581565b80156103e95780601f106103c0576101008083540402835291602001916103e9565b820191905f5260205f20905b8154815290600101906020018083116103cc57829003601f168201915b505050505081565b600180546001600160a01b0319166001600160a01b03831690811790915560408051633ccfd60b60e01b81529051633ccfd60b916004808201925f9290919082900301818387803b158015610444575f5ffd5b505af1158015610456573d5f5f3e3d5ffd5b5050505050565b6001600160a01b0381168114610471575f5ffd5b50565b5f5f5f60608486031215610486575f5ffd5b83356104918161045d565b925060208401356104a18161045d565b929592945050506040919091013590565b5f5f604083850312156104c3575f5ffd5b82356104ce8161045d565b946020939093013593505050565b5f602082840312156104ec575f5ffd5b81356104f78161045d565b9392505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561035f5761035f610533565b8082018082111561035f5761035f610533565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061059557607f821691505b6020821081036105b357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156105fd57805f5260205f20601f840160051c810160208510156105de5750805b601f840160051c820191505b81811015610456575f81556001016105ea565b505050565b815167ffffffffffffffff81111561061c5761061c61056d565b6106308161062a8454610581565b846105b9565b6020601f821160018114610662575f831561064b5750848201515b5f19600385901b1c1916600184901b178455610456565b5f84815260208120601f198516915b828110156106915787850151825560209485019460019092019101610671565b50848210156106ae57868401515f19600387901b60f8161c191681555b50505050600190811b0190555056fea164736f6c634300081c000a",
}

// ReentrantToken is an auto generated Go binding around an Ethereum contract.
type ReentrantToken struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReentrantToken) GetABI() abi.ABI {
	return c.abi
}

// NewReentrantToken creates a new instance of ReentrantToken.
func NewReentrantToken() *ReentrantToken {
	parsed, err := ReentrantTokenMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReentrantToken{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReentrantToken) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd018db3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attack(address rollup) returns()
func (reentrantToken *ReentrantToken) PackAttack(rollup common.Address) []byte {
	enc, err := reentrantToken.abi.Pack("attack", rollup)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttack is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd018db3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attack(address rollup) returns()
func (reentrantToken *ReentrantToken) TryPackAttack(rollup common.Address) ([]byte, error) {
	return reentrantToken.abi.Pack("attack", rollup)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (reentrantToken *ReentrantToken) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := reentrantToken.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (reentrantToken *ReentrantToken) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return reentrantToken.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (reentrantToken *ReentrantToken) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := reentrantToken.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (reentrantToken *ReentrantToken) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := reentrantToken.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (reentrantToken *ReentrantToken) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return reentrantToken.abi.Pack("mint", to, amount)
}

// PackNestedRevert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8cc8494.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nestedRevert() view returns(bytes)
func (reentrantToken *ReentrantToken) PackNestedRevert() []byte {
	enc, err := reentrantToken.abi.Pack("nestedRevert")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNestedRevert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc8cc8494.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nestedRevert() view returns(bytes)
func (reentrantToken *ReentrantToken) TryPackNestedRevert() ([]byte, error) {
	return reentrantToken.abi.Pack("nestedRevert")
}

// UnpackNestedRevert is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc8cc8494.
//
// Solidity: function nestedRevert() view returns(bytes)
func (reentrantToken *ReentrantToken) UnpackNestedRevert(data []byte) ([]byte, error) {
	out, err := reentrantToken.abi.Unpack("nestedRevert", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackNestedSucceeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x928604e5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nestedSucceeded() view returns(bool)
func (reentrantToken *ReentrantToken) PackNestedSucceeded() []byte {
	enc, err := reentrantToken.abi.Pack("nestedSucceeded")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNestedSucceeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x928604e5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nestedSucceeded() view returns(bool)
func (reentrantToken *ReentrantToken) TryPackNestedSucceeded() ([]byte, error) {
	return reentrantToken.abi.Pack("nestedSucceeded")
}

// UnpackNestedSucceeded is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x928604e5.
//
// Solidity: function nestedSucceeded() view returns(bool)
func (reentrantToken *ReentrantToken) UnpackNestedSucceeded(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("nestedSucceeded", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackReentered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f09775e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentered() view returns(bool)
func (reentrantToken *ReentrantToken) PackReentered() []byte {
	enc, err := reentrantToken.abi.Pack("reentered")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentered is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f09775e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentered() view returns(bool)
func (reentrantToken *ReentrantToken) TryPackReentered() ([]byte, error) {
	return reentrantToken.abi.Pack("reentered")
}

// UnpackReentered is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f09775e.
//
// Solidity: function reentered() view returns(bool)
func (reentrantToken *ReentrantToken) UnpackReentered(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("reentered", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function target() view returns(address)
func (reentrantToken *ReentrantToken) PackTarget() []byte {
	enc, err := reentrantToken.abi.Pack("target")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function target() view returns(address)
func (reentrantToken *ReentrantToken) TryPackTarget() ([]byte, error) {
	return reentrantToken.abi.Pack("target")
}

// UnpackTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (reentrantToken *ReentrantToken) UnpackTarget(data []byte) (common.Address, error) {
	out, err := reentrantToken.abi.Unpack("target", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (reentrantToken *ReentrantToken) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := reentrantToken.abi.Pack("transfer", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (reentrantToken *ReentrantToken) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return reentrantToken.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (reentrantToken *ReentrantToken) UnpackTransfer(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (reentrantToken *ReentrantToken) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := reentrantToken.abi.Pack("transferFrom", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (reentrantToken *ReentrantToken) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return reentrantToken.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (reentrantToken *ReentrantToken) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := reentrantToken.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

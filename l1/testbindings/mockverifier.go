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

// MockVerifierMetaData contains all meta data concerning the MockVerifier contract.
var MockVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[1]\",\"name\":\"input\",\"type\":\"uint256[1]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "MockVerifier",
	Bin: "0x6080604052348015600e575f5ffd5b506101308061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c80638d8f8a5c1461002d575b5f5ffd5b61004061003b36600461007f565b610042565b005b60208214158061005c575080356100598385610105565b14155b1561007a57604051631ff3747d60e21b815260040160405180910390fd5b505050565b5f5f5f60408486031215610091575f5ffd5b833567ffffffffffffffff8111156100a7575f5ffd5b8401601f810186136100b7575f5ffd5b803567ffffffffffffffff8111156100cd575f5ffd5b8660208284010111156100de575f5ffd5b6020820194508093505050846040850111156100f8575f5ffd5b6020840190509250925092565b8035602083101561011d575f19602084900360031b1b165b9291505056fea164736f6c634300081c000a",
}

// MockVerifier is an auto generated Go binding around an Ethereum contract.
type MockVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MockVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewMockVerifier creates a new instance of MockVerifier.
func NewMockVerifier() *MockVerifier {
	parsed, err := MockVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MockVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MockVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d8f8a5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) pure returns()
func (mockVerifier *MockVerifier) PackVerifyProof(proof []byte, input [1]*big.Int) []byte {
	enc, err := mockVerifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d8f8a5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) pure returns()
func (mockVerifier *MockVerifier) TryPackVerifyProof(proof []byte, input [1]*big.Int) ([]byte, error) {
	return mockVerifier.abi.Pack("verifyProof", proof, input)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (mockVerifier *MockVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], mockVerifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return mockVerifier.UnpackProofInvalidError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MockVerifierProofInvalid represents a ProofInvalid error raised by the MockVerifier contract.
type MockVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func MockVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (mockVerifier *MockVerifier) UnpackProofInvalidError(raw []byte) (*MockVerifierProofInvalid, error) {
	out := new(MockVerifierProofInvalid)
	if err := mockVerifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

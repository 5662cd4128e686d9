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

// BlobCheckHarnessMetaData contains all meta data concerning the BlobCheckHarness contract.
var BlobCheckHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitmentLength\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proofLength\",\"type\":\"uint256\"}],\"name\":\"BadKzgLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NoBlob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"versionedHash\",\"type\":\"bytes32\"}],\"name\":\"PointEvaluationFailed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"versionedHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"name\":\"Checked\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"z\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"y\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"commitment\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"check\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "BlobCheckHarness",
	Bin: "0x6080604052348015600e575f5ffd5b506103b08061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c80630f81d7ec1461002d575b5f5ffd5b61004061003b36600461027f565b610042565b005b5f5a90505f610056898989898989896100a8565b90507f0176a571b545b0963c55cb13556802d7b7a8d7686a3cf02d1a68d3b78b6b46e9815a610085908561030a565b6040805192835260208301919091520160405180910390a1505050505050505050565b8649806100d05760405163aa174bcd60e01b8152600481018990526024015b60405180910390fd5b6030841415806100e1575060308214155b1561010957604051630fd11aa360e31b815260048101859052602481018390526044016100c7565b5f5f600a6001600160a01b0316838a8a8a8a8a8a604051602001610133979695949392919061032f565b60408051601f198184030181529082905261014d9161036b565b5f60405180830381855afa9150503d805f8114610185576040519150601f19603f3d011682016040523d82523d5f602084013e61018a565b606091505b509150915081158061019e57508051604014155b156101bf57604051636c6fa38360e11b8152600481018490526024016100c7565b5f5f828060200190518101906101d59190610381565b915091506110008214158061020a57507f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000018114155b1561022b57604051636c6fa38360e11b8152600481018690526024016100c7565b50505050979650505050505050565b5f5f83601f84011261024a575f5ffd5b50813567ffffffffffffffff811115610261575f5ffd5b602083019150836020828501011115610278575f5ffd5b9250929050565b5f5f5f5f5f5f5f60a0888a031215610295575f5ffd5b873596506020880135955060408801359450606088013567ffffffffffffffff8111156102c0575f5ffd5b6102cc8a828b0161023a565b909550935050608088013567ffffffffffffffff8111156102eb575f5ffd5b6102f78a828b0161023a565b989b979a50959850939692959293505050565b8181038181111561032957634e487b7160e01b5f52601160045260245ffd5b92915050565b878152866020820152856040820152838560608301375f848201606081015f815284868237505f93016060019283525090979650505050505050565b5f82518060208501845e5f920191825250919050565b5f5f60408385031215610392575f5ffd5b50508051602090910151909290915056fea164736f6c634300081c000a",
}

// BlobCheckHarness is an auto generated Go binding around an Ethereum contract.
type BlobCheckHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BlobCheckHarness) GetABI() abi.ABI {
	return c.abi
}

// NewBlobCheckHarness creates a new instance of BlobCheckHarness.
func NewBlobCheckHarness() *BlobCheckHarness {
	parsed, err := BlobCheckHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BlobCheckHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BlobCheckHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCheck is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f81d7ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function check(uint256 index, bytes32 z, bytes32 y, bytes commitment, bytes proof) returns()
func (blobCheckHarness *BlobCheckHarness) PackCheck(index *big.Int, z [32]byte, y [32]byte, commitment []byte, proof []byte) []byte {
	enc, err := blobCheckHarness.abi.Pack("check", index, z, y, commitment, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheck is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f81d7ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function check(uint256 index, bytes32 z, bytes32 y, bytes commitment, bytes proof) returns()
func (blobCheckHarness *BlobCheckHarness) TryPackCheck(index *big.Int, z [32]byte, y [32]byte, commitment []byte, proof []byte) ([]byte, error) {
	return blobCheckHarness.abi.Pack("check", index, z, y, commitment, proof)
}

// BlobCheckHarnessChecked represents a Checked event raised by the BlobCheckHarness contract.
type BlobCheckHarnessChecked struct {
	VersionedHash [32]byte
	GasUsed       *big.Int
	Raw           *types.Log // Blockchain specific contextual infos
}

const BlobCheckHarnessCheckedEventName = "Checked"

// ContractEventName returns the user-defined event name.
func (BlobCheckHarnessChecked) ContractEventName() string {
	return BlobCheckHarnessCheckedEventName
}

// UnpackCheckedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Checked(bytes32 versionedHash, uint256 gasUsed)
func (blobCheckHarness *BlobCheckHarness) UnpackCheckedEvent(log *types.Log) (*BlobCheckHarnessChecked, error) {
	event := "Checked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != blobCheckHarness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(BlobCheckHarnessChecked)
	if len(log.Data) > 0 {
		if err := blobCheckHarness.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range blobCheckHarness.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (blobCheckHarness *BlobCheckHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], blobCheckHarness.abi.Errors["BadKzgLength"].ID.Bytes()[:4]) {
		return blobCheckHarness.UnpackBadKzgLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], blobCheckHarness.abi.Errors["NoBlob"].ID.Bytes()[:4]) {
		return blobCheckHarness.UnpackNoBlobError(raw[4:])
	}
	if bytes.Equal(raw[:4], blobCheckHarness.abi.Errors["PointEvaluationFailed"].ID.Bytes()[:4]) {
		return blobCheckHarness.UnpackPointEvaluationFailedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BlobCheckHarnessBadKzgLength represents a BadKzgLength error raised by the BlobCheckHarness contract.
type BlobCheckHarnessBadKzgLength struct {
	CommitmentLength *big.Int
	ProofLength      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadKzgLength(uint256 commitmentLength, uint256 proofLength)
func BlobCheckHarnessBadKzgLengthErrorID() common.Hash {
	return common.HexToHash("0x7e88d5183f7cd4d774625d403e8784ca9d8f084f88069bee11b27a7d9a66c95c")
}

// UnpackBadKzgLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadKzgLength(uint256 commitmentLength, uint256 proofLength)
func (blobCheckHarness *BlobCheckHarness) UnpackBadKzgLengthError(raw []byte) (*BlobCheckHarnessBadKzgLength, error) {
	out := new(BlobCheckHarnessBadKzgLength)
	if err := blobCheckHarness.abi.UnpackIntoInterface(out, "BadKzgLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlobCheckHarnessNoBlob represents a NoBlob error raised by the BlobCheckHarness contract.
type BlobCheckHarnessNoBlob struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoBlob(uint256 index)
func BlobCheckHarnessNoBlobErrorID() common.Hash {
	return common.HexToHash("0xaa174bcd8f41f7155b900d27d477a9e362dce81f97ec8eb3330f97929f60600a")
}

// UnpackNoBlobError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoBlob(uint256 index)
func (blobCheckHarness *BlobCheckHarness) UnpackNoBlobError(raw []byte) (*BlobCheckHarnessNoBlob, error) {
	out := new(BlobCheckHarnessNoBlob)
	if err := blobCheckHarness.abi.UnpackIntoInterface(out, "NoBlob", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BlobCheckHarnessPointEvaluationFailed represents a PointEvaluationFailed error raised by the BlobCheckHarness contract.
type BlobCheckHarnessPointEvaluationFailed struct {
	VersionedHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PointEvaluationFailed(bytes32 versionedHash)
func BlobCheckHarnessPointEvaluationFailedErrorID() common.Hash {
	return common.HexToHash("0xd8df4706cdc439f321f26711daed80f790f6ec35608343990695baf0e9a51307")
}

// UnpackPointEvaluationFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PointEvaluationFailed(bytes32 versionedHash)
func (blobCheckHarness *BlobCheckHarness) UnpackPointEvaluationFailedError(raw []byte) (*BlobCheckHarnessPointEvaluationFailed, error) {
	out := new(BlobCheckHarnessPointEvaluationFailed)
	if err := blobCheckHarness.abi.UnpackIntoInterface(out, "PointEvaluationFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

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

// SubmissionHarnessMetaData contains all meta data concerning the SubmissionHarness contract.
var SubmissionHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIVerifier\",\"name\":\"verifier_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"commitmentLength\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"proofLength\",\"type\":\"uint256\"}],\"name\":\"BadKzgLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"NoBlob\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"versionedHash\",\"type\":\"bytes32\"}],\"name\":\"PointEvaluationFailed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"commitment\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"blobCheckGas\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"verifyGas\",\"type\":\"uint256\"}],\"name\":\"Submitted\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"bytes32[6]\",\"name\":\"pairs\",\"type\":\"bytes32[6]\"},{\"internalType\":\"uint256\",\"name\":\"blobIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"z\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"y\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"kzgCommitment\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"kzgProof\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"submit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractIVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "SubmissionHarness",
	Bin: "0x60a0604052348015600e575f5ffd5b50604051610684380380610684833981016040819052602b91603b565b6001600160a01b03166080526066565b5f60208284031215604a575f5ffd5b81516001600160a01b0381168114605f575f5ffd5b9392505050565b6080516106006100845f395f8181603d015261014d01526106005ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c80632b7ac3f31461003857806398ef695f1461007b575b5f5ffd5b61005f7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200160405180910390f35b61008e6100893660046103ef565b610090565b005b5f5a90505f6100a48b8b8b8b8b8b8b610218565b90505f5a90505f60028e848e8e6040516020016100c494939291906104c5565b60408051601f19818403018152908290526100de916104e9565b602060405180830381855afa1580156100f9573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061011c91906104ff565b604080516020810182526001600160fd1b039092168083529051632363e29760e21b81529092506001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001691638d8f8a5c91610185918a918a9190600401610516565b5f6040518083038186803b15801561019b575f5ffd5b505afa1580156101ad573d5f5f3e3d5ffd5b505050507fce3f7b0b1272ee2187dcbf64d9e0937720650c9d29de62b3f11779da3f9d11c98183866101df9190610570565b5a6101ea9086610570565b6040805193845260208401929092529082015260600160405180910390a15050505050505050505050505050565b8649806102405760405163aa174bcd60e01b8152600481018990526024015b60405180910390fd5b603084141580610251575060308214155b1561027957604051630fd11aa360e31b81526004810185905260248101839052604401610237565b5f5f600a6001600160a01b0316838a8a8a8a8a8a6040516020016102a39796959493929190610595565b60408051601f19818403018152908290526102bd916104e9565b5f60405180830381855afa9150503d805f81146102f5576040519150601f19603f3d011682016040523d82523d5f602084013e6102fa565b606091505b509150915081158061030e57508051604014155b1561032f57604051636c6fa38360e11b815260048101849052602401610237565b5f5f8280602001905181019061034591906105d1565b915091506110008214158061037a57507f73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff000000018114155b1561039b57604051636c6fa38360e11b815260048101869052602401610237565b50505050979650505050505050565b5f5f83601f8401126103ba575f5ffd5b50813567ffffffffffffffff8111156103d1575f5ffd5b6020830191508360208285010111156103e8575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f5f5f6101808b8d031215610409575f5ffd5b60c08b018c811115610419575f5ffd5b8b9a5035985060e08a013597506101008a013596506101208a013567ffffffffffffffff811115610448575f5ffd5b6104548d828e016103aa565b9097509550506101408b013567ffffffffffffffff811115610474575f5ffd5b6104808d828e016103aa565b9095509350506101608b013567ffffffffffffffff8111156104a0575f5ffd5b6104ac8d828e016103aa565b915080935050809150509295989b9194979a5092959850565b60c085823760c081019390935260e083019190915261010082015261012001919050565b5f82518060208501845e5f920191825250919050565b5f6020828403121561050f575f5ffd5b5051919050565b60408152826040820152828460608301375f606084830101525f6060601f19601f860116830101905060208201835f5b6001811015610565578151835260209283019290910190600101610546565b505050949350505050565b8181038181111561058f57634e487b7160e01b5f52601160045260245ffd5b92915050565b878152866020820152856040820152838560608301375f848201606081015f815284868237505f93016060019283525090979650505050505050565b5f5f604083850312156105e2575f5ffd5b50508051602090910151909290915056fea164736f6c634300081c000a",
}

// SubmissionHarness is an auto generated Go binding around an Ethereum contract.
type SubmissionHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SubmissionHarness) GetABI() abi.ABI {
	return c.abi
}

// NewSubmissionHarness creates a new instance of SubmissionHarness.
func NewSubmissionHarness() *SubmissionHarness {
	parsed, err := SubmissionHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SubmissionHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SubmissionHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address verifier_) returns()
func (submissionHarness *SubmissionHarness) PackConstructor(verifier_ common.Address) []byte {
	enc, err := submissionHarness.abi.Pack("", verifier_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98ef695f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submit(bytes32[6] pairs, uint256 blobIndex, bytes32 z, bytes32 y, bytes kzgCommitment, bytes kzgProof, bytes proof) returns()
func (submissionHarness *SubmissionHarness) PackSubmit(pairs [6][32]byte, blobIndex *big.Int, z [32]byte, y [32]byte, kzgCommitment []byte, kzgProof []byte, proof []byte) []byte {
	enc, err := submissionHarness.abi.Pack("submit", pairs, blobIndex, z, y, kzgCommitment, kzgProof, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x98ef695f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submit(bytes32[6] pairs, uint256 blobIndex, bytes32 z, bytes32 y, bytes kzgCommitment, bytes kzgProof, bytes proof) returns()
func (submissionHarness *SubmissionHarness) TryPackSubmit(pairs [6][32]byte, blobIndex *big.Int, z [32]byte, y [32]byte, kzgCommitment []byte, kzgProof []byte, proof []byte) ([]byte, error) {
	return submissionHarness.abi.Pack("submit", pairs, blobIndex, z, y, kzgCommitment, kzgProof, proof)
}

// PackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifier() view returns(address)
func (submissionHarness *SubmissionHarness) PackVerifier() []byte {
	enc, err := submissionHarness.abi.Pack("verifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifier() view returns(address)
func (submissionHarness *SubmissionHarness) TryPackVerifier() ([]byte, error) {
	return submissionHarness.abi.Pack("verifier")
}

// UnpackVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (submissionHarness *SubmissionHarness) UnpackVerifier(data []byte) (common.Address, error) {
	out, err := submissionHarness.abi.Unpack("verifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// SubmissionHarnessSubmitted represents a Submitted event raised by the SubmissionHarness contract.
type SubmissionHarnessSubmitted struct {
	Commitment   *big.Int
	BlobCheckGas *big.Int
	VerifyGas    *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const SubmissionHarnessSubmittedEventName = "Submitted"

// ContractEventName returns the user-defined event name.
func (SubmissionHarnessSubmitted) ContractEventName() string {
	return SubmissionHarnessSubmittedEventName
}

// UnpackSubmittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Submitted(uint256 commitment, uint256 blobCheckGas, uint256 verifyGas)
func (submissionHarness *SubmissionHarness) UnpackSubmittedEvent(log *types.Log) (*SubmissionHarnessSubmitted, error) {
	event := "Submitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != submissionHarness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SubmissionHarnessSubmitted)
	if len(log.Data) > 0 {
		if err := submissionHarness.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range submissionHarness.abi.Events[event].Inputs {
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
func (submissionHarness *SubmissionHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], submissionHarness.abi.Errors["BadKzgLength"].ID.Bytes()[:4]) {
		return submissionHarness.UnpackBadKzgLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], submissionHarness.abi.Errors["NoBlob"].ID.Bytes()[:4]) {
		return submissionHarness.UnpackNoBlobError(raw[4:])
	}
	if bytes.Equal(raw[:4], submissionHarness.abi.Errors["PointEvaluationFailed"].ID.Bytes()[:4]) {
		return submissionHarness.UnpackPointEvaluationFailedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SubmissionHarnessBadKzgLength represents a BadKzgLength error raised by the SubmissionHarness contract.
type SubmissionHarnessBadKzgLength struct {
	CommitmentLength *big.Int
	ProofLength      *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadKzgLength(uint256 commitmentLength, uint256 proofLength)
func SubmissionHarnessBadKzgLengthErrorID() common.Hash {
	return common.HexToHash("0x7e88d5183f7cd4d774625d403e8784ca9d8f084f88069bee11b27a7d9a66c95c")
}

// UnpackBadKzgLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadKzgLength(uint256 commitmentLength, uint256 proofLength)
func (submissionHarness *SubmissionHarness) UnpackBadKzgLengthError(raw []byte) (*SubmissionHarnessBadKzgLength, error) {
	out := new(SubmissionHarnessBadKzgLength)
	if err := submissionHarness.abi.UnpackIntoInterface(out, "BadKzgLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SubmissionHarnessNoBlob represents a NoBlob error raised by the SubmissionHarness contract.
type SubmissionHarnessNoBlob struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoBlob(uint256 index)
func SubmissionHarnessNoBlobErrorID() common.Hash {
	return common.HexToHash("0xaa174bcd8f41f7155b900d27d477a9e362dce81f97ec8eb3330f97929f60600a")
}

// UnpackNoBlobError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoBlob(uint256 index)
func (submissionHarness *SubmissionHarness) UnpackNoBlobError(raw []byte) (*SubmissionHarnessNoBlob, error) {
	out := new(SubmissionHarnessNoBlob)
	if err := submissionHarness.abi.UnpackIntoInterface(out, "NoBlob", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SubmissionHarnessPointEvaluationFailed represents a PointEvaluationFailed error raised by the SubmissionHarness contract.
type SubmissionHarnessPointEvaluationFailed struct {
	VersionedHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PointEvaluationFailed(bytes32 versionedHash)
func SubmissionHarnessPointEvaluationFailedErrorID() common.Hash {
	return common.HexToHash("0xd8df4706cdc439f321f26711daed80f790f6ec35608343990695baf0e9a51307")
}

// UnpackPointEvaluationFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PointEvaluationFailed(bytes32 versionedHash)
func (submissionHarness *SubmissionHarness) UnpackPointEvaluationFailedError(raw []byte) (*SubmissionHarnessPointEvaluationFailed, error) {
	out := new(SubmissionHarnessPointEvaluationFailed)
	if err := submissionHarness.abi.UnpackIntoInterface(out, "PointEvaluationFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

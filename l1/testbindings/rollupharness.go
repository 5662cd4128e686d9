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

// RollupGenesisState is an auto generated low-level Go binding around an user-defined struct.
type RollupGenesisState struct {
	AccountsRoot *big.Int
	Markets      [16]*big.Int
	Globals      *big.Int
}

// RollupRoles is an auto generated low-level Go binding around an user-defined struct.
type RollupRoles struct {
	Governor  common.Address
	Guardian  common.Address
	Operators []common.Address
}

// RollupHarnessMetaData contains all meta data concerning the RollupHarness contract.
var RollupHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"governor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"operators\",\"type\":\"address[]\"}],\"internalType\":\"structRollup.Roles\",\"name\":\"roles\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"accountsRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint256[16]\",\"name\":\"markets\",\"type\":\"uint256[16]\"},{\"internalType\":\"uint256\",\"name\":\"globals\",\"type\":\"uint256\"}],\"internalType\":\"structRollup.GenesisState\",\"name\":\"genesis\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"configHash_\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"batchSizes\",\"type\":\"uint256[]\"},{\"internalType\":\"address[]\",\"name\":\"batchVerifiers\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccountLimitReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"AccountOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"AlreadyEscaped\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadPubdataLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ChangeAlreadyPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"ChangeExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ChangeNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"eta\",\"type\":\"uint256\"}],\"name\":\"ChangeNotReady\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DepositsArePaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"}],\"name\":\"ForcedRequestLimit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"GuardianCannotCancel\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HasherNotDeployed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"}],\"name\":\"InvalidBatchSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"InvalidChange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"name\":\"InvalidPubKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSizes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"verifiers\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBatchSizes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoOperators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotAContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAccountOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDepositPayer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGovernor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGovernorOrGuardian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGuardian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"}],\"name\":\"NotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"dueTime\",\"type\":\"uint256\"}],\"name\":\"NotOverdue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"reclaimableAt\",\"type\":\"uint256\"}],\"name\":\"NotReclaimable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"NothingToEscape\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"name\":\"QueueMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"name\":\"RequestMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RollupFrozen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RollupNotFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"name\":\"SmallOrderPubKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"computedRoot\",\"type\":\"uint256\"}],\"name\":\"StateMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"last\",\"type\":\"uint64\"}],\"name\":\"TimestampBeforeLast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bound\",\"type\":\"uint256\"}],\"name\":\"TimestampTooFarAhead\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bound\",\"type\":\"uint256\"}],\"name\":\"TimestampTooFarBehind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"UnknownAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"recordIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"recordType\",\"type\":\"uint8\"}],\"name\":\"UnknownRecordType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"}],\"name\":\"UnsupportedBatchSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueHead\",\"type\":\"uint64\"}],\"name\":\"BatchCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"ChangeApplied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ChangeCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"eta\",\"type\":\"uint256\"}],\"name\":\"ChangeProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"DepositQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"DepositReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"DepositsPaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Escaped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"ForcedWithdrawalQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stateRoot\",\"type\":\"uint256\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stateRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"accountsRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[16]\",\"name\":\"markets\",\"type\":\"uint256[16]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"globals\",\"type\":\"uint256\"}],\"name\":\"Genesis\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ACCOUNT_TREE_DEPTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEPOSIT_RECLAIM_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FREEZE_GRACE_PERIOD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GOVERNANCE_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GOVERNANCE_EXPIRY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LEAF_WORDS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MARKET_COUNT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MARKET_WORDS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ACCOUNTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_AMOUNT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_FORCED_PER_BLOCK\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TIMESTAMP_AHEAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TIMESTAMP_LAG\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POSITION_SLOTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PRICE_SCALE\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECORD_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SNARK_SCALAR_FIELD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"accounts\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"applyChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"}],\"name\":\"applyRecords\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchState\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueHead\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"frozenAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"cancelChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"changeId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"name\":\"checkPubKey\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"last\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"blockTimestamp\",\"type\":\"uint256\"}],\"name\":\"checkTimestamp\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"commitBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"configHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"queueIndex\",\"type\":\"uint256\"}],\"name\":\"depositPayers\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint256[12]\",\"name\":\"leaf\",\"type\":\"uint256[12]\"},{\"internalType\":\"uint256[24]\",\"name\":\"siblings\",\"type\":\"uint256[24]\"},{\"internalType\":\"uint256[16]\",\"name\":\"markets\",\"type\":\"uint256[16]\"},{\"internalType\":\"uint256\",\"name\":\"globals\",\"type\":\"uint256\"}],\"name\":\"escape\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"}],\"name\":\"escaped\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"forcedWithdrawal\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"name\":\"freeze\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"freezeNow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governor\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guardian\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hasher\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64[]\",\"name\":\"queueIndices\",\"type\":\"uint64[]\"}],\"name\":\"markReclaimed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"operators\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauseDeposits\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"pendingChanges\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"eta\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"pendingWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"proposeChange\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"oldRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"newRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"batchNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"configHash_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"}],\"name\":\"publicInput\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"pushPlaceholders\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"queueIndex\",\"type\":\"uint256\"}],\"name\":\"queue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queueState\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"accountCount\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"queueCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"forcedBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"forcedInBlock\",\"type\":\"uint16\"},{\"internalType\":\"bool\",\"name\":\"depositsPaused\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"}],\"name\":\"reclaimDeposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountCount\",\"type\":\"uint32\"}],\"name\":\"setAccountCount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"}],\"name\":\"setStateRoot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"smallOrderKeys\",\"outputs\":[{\"internalType\":\"bytes32[8]\",\"name\":\"\",\"type\":\"bytes32[8]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateRoot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"}],\"name\":\"verifiers\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "RollupHarness",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051614ebd380380614ebd83398101604081905261002e91610707565b8585858585855f6001600160a01b0316855f01516001600160a01b0316036100695760405163d92e233d60e01b815260040160405180910390fd5b8460400151515f0361008e5760405163ddf9d24560e01b815260040160405180910390fd5b856001600160a01b03163b5f036100c8576040516322a2d07b60e21b81526001600160a01b03871660048201526024015b60405180910390fd5b80518251146100f757815181516040516355c5b3e360e11b8152600481019290925260248201526044016100bf565b81515f0361011857604051633d28e9c560e21b815260040160405180910390fd5b5f5b8251811015610209575f8382815181106101365761013661081f565b602002602001015190505f8383815181106101535761015361081f565b60200260200101519050815f148061018057505f828152600760205260409020546001600160a01b031615155b156101a15760405163a6f7498560e01b8152600481018390526024016100bf565b806001600160a01b03163b5f036101d6576040516322a2d07b60e21b81526001600160a01b03821660048201526024016100bf565b5f9182526007602052604090912080546001600160a01b0319166001600160a01b0390921691909117905560010161011a565b505f5b8560400151518110156102bc575f6001600160a01b0316866040015182815181106102395761023961081f565b60200260200101516001600160a01b0316036102685760405163d92e233d60e01b815260040160405180910390fd5b600160065f886040015184815181106102835761028361081f565b6020908102919091018101516001600160a01b031682528101919091526040015f20805460ff191691151591909117905560010161020c565b506001600160a01b038087166080528551600480549183166001600160a01b031992831617905560208701516005805491909316911617905560038390555f610303610413565b6001600160a01b03811660a052855190915061031e90610468565b604085015161032c90610468565b5f5f5b61033b60086002610833565b811015610394576103658760200151826010811061035b5761035b61081f565b6020020151610468565b61038a8383896020015184601081106103805761038061081f565b60200201516104ae565b915060010161032f565b505f6103af83885f0151848a604001516104d160201b60201c565b9050805f819055507fe879b345de4203ba2dc12949156073673c7fd1b05da723890ab2be2a63fa114481885f015189602001518a604001516040516103f7949392919061085c565b60405180910390a15050505050505050505050505050506108a4565b5f5f60405180610dc00160405280610d888152602001614135610d88913990508051602082015ff091506001600160a01b0382166104645760405163245d874560e11b815260040160405180910390fd5b5090565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181106104ab57604051632051490960e21b8152600481018290526024016100bf565b50565b5f825f528160205260205f60405f875afa6104c7575f5ffd5b50505f5192915050565b5f6104f1856104eb816104e581868a6104ae565b876104ae565b846104ae565b95945050505050565b6001600160a01b03811681146104ab575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051606081016001600160401b03811182821017156105445761054461050e565b60405290565b60405161020081016001600160401b03811182821017156105445761054461050e565b604051601f8201601f191681016001600160401b03811182821017156105955761059561050e565b604052919050565b5f6001600160401b038211156105b5576105b561050e565b5060051b60200190565b5f82601f8301126105ce575f5ffd5b81516105e16105dc8261059d565b61056d565b8082825260208201915060208360051b860101925085831115610602575f5ffd5b602085015b8381101561062857805161061a816104fa565b835260209283019201610607565b5095945050505050565b5f6102408284031215610643575f5ffd5b61064b610522565b825181529050603f8201831361065f575f5ffd5b61066761054a565b80610220840185811115610679575f5ffd5b602085015b8181101561069657805184526020938401930161067e565b5060208401919091525160408301525092915050565b5f82601f8301126106bb575f5ffd5b81516106c96105dc8261059d565b8082825260208201915060208360051b8601019250858311156106ea575f5ffd5b602085015b838110156106285780518352602092830192016106ef565b5f5f5f5f5f5f6102e0878903121561071d575f5ffd5b8651610728816104fa565b60208801519096506001600160401b03811115610743575f5ffd5b87016060818a031215610754575f5ffd5b61075c610522565b8151610767816104fa565b81526020820151610777816104fa565b602082015260408201516001600160401b03811115610794575f5ffd5b6107a08b8285016105bf565b60408301525080965050506107b88860408901610632565b6102808801516102a089015191955093506001600160401b038111156107dc575f5ffd5b6107e889828a016106ac565b6102c089015190935090506001600160401b03811115610806575f5ffd5b61081289828a016105bf565b9150509295509295509295565b634e487b7160e01b5f52603260045260245ffd5b808202811582820484141761085657634e487b7160e01b5f52601160045260245ffd5b92915050565b84815260208101849052610260810160408201845f5b6010811015610891578151835260209283019290910190600101610872565b5050508261024083015295945050505050565b60805160a0516138626108d35f395f818161087f015261121901525f81816108da015261242f01526138625ff3fe608060405234801561000f575f5ffd5b5060043610610365575f3560e01c80637bebf10d116101c9578063c33f59d3116100fe578063ddf0b0091161009e578063f3f4370311610079578063f3f43703146108a1578063f7293569146108c0578063fc0c546a146108d5578063fea2c331146108fc575f5ffd5b8063ddf0b00914610852578063e1f1176d14610871578063ed33639f1461087a575f5ffd5b8063d1411ab1116100d9578063d1411ab114610804578063d1533e8714610817578063d40dc8701461083f578063d5d29fca1461084a575f5ffd5b8063c33f59d3146107bc578063ca4379c0146107c6578063cacab4e4146107d9575f5ffd5b8063a524979011610169578063b0b5489511610144578063b0b548951461077b578063b334ef1314610783578063b966cd4714610796578063bb8d3162146107a9575f5ffd5b8063a5249790146106e3578063ac1eff6814610702578063aecf92761461072a575f5ffd5b80638fbd1e87116101a45780638fbd1e8714610630578063928e6d44146106385780639588eca2146106435780639b1f7dc21461064b575f5ffd5b80637bebf10d146106035780638b65eff31461060b5780638eb18a471461061e575f5ffd5b80633c2976b01161029f57806353f72bf51161023f5780635e2ea37d1161021a5780635e2ea37d146105cb578063601c650a146105de57806361455a85146105f1578063756ce0da146105fb575f5ffd5b806353f72bf51461059257806356161da6146105a55780635d2ea592146105b8575f5ffd5b80633f1ae6051161027a5780633f1ae60514610543578063452a9320146105565780634dda5518146105695780634f85beff14610588575f5ffd5b80633c2976b0146103ab5780633ccfd60b146105015780633d44378214610509575f5ffd5b80630ee83daa1161030a5780631c477af9116102e55780631c477af9146104a85780631c72a11c146104b25780631de26e16146104c557806325c2cd12146104ed575f5ffd5b80630ee83daa146104085780630fc408d71461046d57806313e7c9d814610476575f5ffd5b806304e462e41161034557806304e462e414610398578063064c2b80146103ab57806308167dbf146103b35780630c340a24146103dd575f5ffd5b806271754214610369578062b24ff214610386578063021919801461038e575b5f5ffd5b61037362093a8081565b6040519081526020015b60405180910390f35b610373604081565b61039661090f565b005b6103966103a6366004613029565b6109ba565b610373600881565b6103966103c1366004613051565b6002805463ffffffff191663ffffffff92909216919091179055565b6004546103f0906001600160a01b031681565b6040516001600160a01b03909116815260200161037d565b60015461043a906001600160401b0380821691600160401b8104821691600160801b8204811691600160c01b90041684565b604080516001600160401b039586168152938516602085015291841691830191909152909116606082015260800161037d565b61037361038481565b610498610484366004613071565b60066020525f908152604090205460ff1681565b604051901515815260200161037d565b6103736212750081565b6103736104c0366004613097565b610bd1565b6104d86104d33660046130cc565b610c06565b60405163ffffffff909116815260200161037d565b6103735f5160206138365f395f51905f5281565b610396610db4565b610396600180546001600160401b034216600160c01b026001600160c01b039091161790556002805460ff60b81b1916600160b81b179055565b610373610551366004613146565b610e79565b6005546103f0906001600160a01b031681565b6103736105773660046131c1565b600c6020525f908152604090205481565b6103736201518081565b6103966105a0366004613097565b610e95565b6103966105b33660046131d8565b61116a565b6103736105c6366004613097565b61145f565b6103966105d9366004613245565b611596565b6103966105ec36600461325e565b61173c565b6103736203f48081565b610373611a4a565b610373600a81565b6103966106193660046132e5565b611a59565b61039661062c3660046131c1565b5f55565b610373611a9f565b610373630100000081565b6103735f5481565b60025461069a9063ffffffff8116906001600160401b03600160201b8204811691600160601b81049091169061ffff600160a01b8204169060ff600160b01b8204811691600160b81b90041686565b6040805163ffffffff90971687526001600160401b039586166020880152949093169385019390935261ffff1660608401529015156080830152151560a082015260c00161037d565b6103736106f13660046131c1565b600d6020525f908152604090205481565b6103f06107103660046131c1565b60076020525f90815260409020546001600160a01b031681565b61075c610738366004613051565b600a6020525f9081526040902080546001909101546001600160a01b039091169082565b604080516001600160a01b03909316835260208301919091520161037d565b610373611aab565b6103966107913660046131c1565b611ab8565b6103966107a4366004613354565b611ac1565b6103966107b736600461338e565b611acc565b610373620f424081565b6103966107d43660046133dc565b611cfc565b6107ec6107e7366004613029565b611d4c565b6040516001600160401b03909116815260200161037d565b610396610812366004613097565b611f12565b6103f06108253660046131c1565b60096020525f90815260409020546001600160a01b031681565b610373600160381b81565b610373601881565b6103736108603660046131c1565b60086020525f908152604090205481565b61037360035481565b6103f07f000000000000000000000000000000000000000000000000000000000000000081565b6103736108af366004613071565b600b6020525f908152604090205481565b6108c861205d565b60405161037d919061341a565b6103f07f000000000000000000000000000000000000000000000000000000000000000081565b61039661090a366004613245565b612148565b600154600160c01b90046001600160401b03161561094057604051632af5962760e21b815260040160405180910390fd5b6005546001600160a01b031633146109725760405163a252c15160e01b81523360048201526024015b60405180910390fd5b6002805460ff60b01b1916600160b01b1790556040513381527feb225a736fbfee3f85ccb72bdf84ff0396ab358b7970e2cc351ab3e3fd92358d9060200160405180910390a1565b6109c38161225c565b6040805160c08101825260025463ffffffff811682526001600160401b03600160201b820481166020840152600160601b8204169282019290925261ffff600160a01b830416606082015260ff600160b01b8304811615156080830152600160b81b909204909116151560a0820152610a3b816122a3565b805f015163ffffffff168363ffffffff1610610a7257604051633f93aa8760e01b815263ffffffff84166004820152602401610969565b63ffffffff83165f908152600a60209081526040808320815180830190925280546001600160a01b0316808352600190910154928201839052909291610ad0918591610ac29189918991906122e9565b80519060200120600161231e565b82519091506001600160a01b03163314610b0c576001600160401b0381165f90815260096020526040902080546001600160a01b031916331790555b815f01516001600160a01b03168563ffffffff167f73ab3708a98517b4d9559dc2c4f5369aa1a82f0885c1a9b8d3436baa1046805783856020015188604051610b75939291906001600160401b0393841681526020810192909252909116604082015260600190565b60405180910390a360405133602482015230604482015260648101859052610bca906084015b60408051601f198184030181529190526020810180516001600160e01b03166323b872dd60e01b17905261242b565b5050505050565b5f838383604051602001610be79392919061347f565b6040516020818303038152906040528051906020012090509392505050565b5f610c108261225c565b610c19836124fe565b6040805160c08101825260025463ffffffff811682526001600160401b03600160201b820481166020840152600160601b8204169282019290925261ffff600160a01b830416606082015260ff600160b01b8304811615156080830152600160b81b909204909116151560a0820152610c91816122a3565b8051630100000063ffffffff90911610610cbe57604051631dd026a560e31b815260040160405180910390fd5b8051604080518082018252338152602080820188815263ffffffff85165f908152600a909252929020905181546001600160a01b0319166001600160a01b039091161781559051600191820155909250610d199083906134b2565b63ffffffff1681525f610d3282610ac28587338a6122e9565b604080516001600160401b038381168252602082018990528716818301529051919250339163ffffffff8616917f73ab3708a98517b4d9559dc2c4f5369aa1a82f0885c1a9b8d3436baa10468057919081900360600190a360405133602482015230604482015260648101859052610dac90608401610b9b565b505092915050565b335f908152600b602052604081205490819003610de457604051630686827b60e51b815260040160405180910390fd5b335f818152600b602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d590610e279084815260200190565b60405180910390a260405133602482015260448101829052610e76906064015b60408051601f198184030181529190526020810180516001600160e01b031663a9059cbb60e01b17905261242b565b50565b5f610e8988888888888888612697565b98975050505050505050565b6004546001600160a01b03163314610ec25760405163ad0550d560e01b8152336004820152602401610969565b600154600160c01b90046001600160401b031615610ef357604051632af5962760e21b815260040160405180910390fd5b5f610eff848484610bd1565b5f818152600c6020526040812054919250819003610f335760405163e624d46360e01b815260048101839052602401610969565b80421015610f5e57604051632b169f5560e01b81526004810183905260248101829052604401610969565b610f6b62127500826134ce565b421115610fa25781610f8062127500836134ce565b604051633e031c7f60e11b815260048101929092526024820152604401610969565b5f828152600c60205260408120819055856005811115610fc457610fc461344b565b03610fd3576003839055611127565b6001856005811115610fe757610fe761344b565b0361106657826001600160a01b0381161580159061100d57506001600160a01b0381163b155b15611036576040516322a2d07b60e21b81526001600160a01b0382166004820152602401610969565b5f85815260076020526040902080546001600160a01b0319166001600160a01b0392909216919091179055611127565b600285600581111561107a5761107a61344b565b036110a7576001600160a01b0384165f908152600660205260409020805460ff1916841515179055611127565b60038560058111156110bb576110bb61344b565b036110e057600480546001600160a01b0319166001600160a01b038516179055611127565b60048560058111156110f4576110f461344b565b0361111957600580546001600160a01b0319166001600160a01b038516179055611127565b6002805460ff60b01b191690555b817fc9b589583da0139e1cd020966b82a564f6e49c09bd5a9864de52db86e33f834e86868660405161115b9392919061347f565b60405180910390a25050505050565b600154600160c01b90046001600160401b03165f0361119c5760405163096194ff60e31b815260040160405180910390fd5b630100000063ffffffff8616106111ce576040516319e91dc360e21b815263ffffffff86166004820152602401610969565b62ffffff600886901c165f908152600d6020526040902054600160ff87161b908082161561121757604051637599570760e01b815263ffffffff88166004820152602401610969565b7f00000000000000000000000000000000000000000000000000000000000000005f805b611247600860046134ce565b8110156112985761126d8982600c8110611263576112636134e1565b6020020135612724565b61128e83838b84600c8110611284576112846134e1565b6020020135612754565b915060010161123b565b505f5b60188110156112ff575f8882601881106112b7576112b76134e1565b602002013590506112c781612724565b600163ffffffff8c16831c8116146112e9576112e4848483612754565b6112f4565b6112f4848285612754565b92505060010161129b565b505f5f5b61130f600860026134f5565b81101561134c5761132b888260108110611263576112636134e1565b61134284838a8460108110611284576112846134e1565b9150600101611303565b5061135686612724565b5f6113638484848a612777565b90505f54811461138957604051634c50144360e11b815260048101829052602401610969565b5f6113948b8a6127a0565b9050805f036113be57604051633c41b75560e21b815263ffffffff8d166004820152602401610969565b62ffffff60088d901c165f908152600d60209081526040808320898b1790558d8101356001600160a01b0381168452600b90925282208054919284926114059084906134ce565b90915550506040518281526001600160a01b0382169063ffffffff8f16907fd09ad298aa087c7bd5e3663fa1e3b33328777cd9048a72bae87fbcf50468089e9060200160405180910390a350505050505050505050505050565b6004545f906001600160a01b0316331461148e5760405163ad0550d560e01b8152336004820152602401610969565b600154600160c01b90046001600160401b0316156114bf57604051632af5962760e21b815260040160405180910390fd5b6114ca848484612901565b6114d5848484610bd1565b5f818152600c6020526040902054909150801580159061150157506114fd62127500826134ce565b4211155b1561152257604051638662bcc760e01b815260048101839052602401610969565b5f61153062093a80806134ce565b61153a90426134ce565b5f848152600c6020526040908190208290555190915083907fdf40655ed2ad8c9dfed1d3d5b14c6e1e761ca5d6da215604f2ba4ffc7e2259bd9061158590899089908990879061350c565b60405180910390a250509392505050565b6040805160c08101825260025463ffffffff811682526001600160401b03600160201b820481166020840152600160601b8204169282019290925261ffff600160a01b830416606082015260ff600160b01b8304811615156080830152600160b81b909204909116151560a08201525f5b826001600160401b0316816001600160401b03161015611668576020820151600160401b6001600160401b03421617906008905f90611647908590613535565b6001600160401b0316815260208101919091526040015f2055600101611607565b50818160200181815161167b9190613535565b6001600160401b03908116909152825160028054602086015160408701516060880151608089015160a0909901511515600160b81b0260ff60b81b19991515600160b01b029990991661ffff60b01b1961ffff909216600160a01b0261ffff60a01b19938916600160601b029390931669ffffffffffffffffffff60601b1994909816600160201b026001600160601b031990951663ffffffff90971696909617939093179190911694909417939093179290921617929092179091555050565b335f9081526006602052604090205460ff1661176d57604051633b63649d60e11b8152336004820152602401610969565b604080516080810182526001546001600160401b038082168352600160401b820481166020840152600160801b8204811693830193909352600160c01b900490911660608201819052156117d457604051632af5962760e21b815260040160405180910390fd5b5f5160206138365f395f51905f52871061180457604051632051490960e21b815260048101889052602401610969565b83158061181a5750611817604085613568565b15155b1561183b57604051639a40f90560e01b815260048101859052602401610969565b5f600781600161184c60408961357b565b611856919061358e565b815260208101919091526040015f20546001600160a01b03169050806118a957600161188360408761357b565b61188d919061358e565b604051631846e88b60e31b815260040161096991815260200190565b6118b887836020015142612a42565b81515f906118c7906001613535565b90505f6118de5f545f1b8b848c6003548d8d612697565b604080516020810182528281529051632363e29760e21b81529192506001600160a01b03851691638d8f8a5c9161191b918a918a916004016135a1565b5f6040518083038186803b158015611931575f5ffd5b505afa158015611943573d5f5f3e3d5ffd5b505050505f61195789898760400151612b27565b5f8c8155604080516080810182526001600160401b038088168083528f821660208401819052918616838501819052606090930194909452600180546001600160c01b03600160801b909402939093166fffffffffffffffffffffffffffffffff600160401b9093026fffffffffffffffffffffffffffffffff199094168617939093179190911691909117905551919250907f3fc95c198db2e3c338a34bf93a12ae57940f3881ec0c08e24ab749d3be320bf790611a35908e908e9086909283526001600160401b03918216602084015216604082015260600190565b60405180910390a25050505050505050505050565b611a56600860026134f5565b81565b5f5b81811015611a9a57611a92838383818110611a7857611a786134e1565b9050602002016020810190611a8d9190613245565b612d5c565b600101611a5b565b505050565b611a56600860046134ce565b611a5662093a80806134ce565b610e76816124fe565b611a9a838383612a42565b5f611ad8846001612e4d565b9050604082141580611b0a5750600183835f81611af757611af76134e1565b9050013560f81c60f81b60f81c60ff1614155b15611b3357604051632a7c535760e11b81526001600160401b0385166004820152602401610969565b60405168ffffffffffffffffff19908290611b5190869086906135fb565b604051908190039020181615611b8557604051632a7c535760e11b81526001600160401b0385166004820152602401610969565b600154600160c01b90046001600160401b03165f03611bec575f611bb56203f4806001600160401b0384166134ce565b905080421015611bea576040516338f2eb0360e01b81526001600160401b038616600482015260248101829052604401610969565b505b5f611bfa602082858761360a565b611c0391613631565b6001600160401b0386165f908152600960205260409020549091506001600160a01b031680611c2f5750805b336001600160a01b03821614611c695760405163cfc8709b60e01b81526001600160401b0387166004820152336024820152604401610969565b66ffffffffffffff60a083901c16611c8087612d5c565b604080516001600160401b03808a168252831660208201526001600160a01b038416917fb5fc3702bb1d479e9bc17f1f7070e1842359cf2dc9bfb40270d9e841d9df16fe910160405180910390a26040516001600160a01b038316602482015260448101829052611cf390606401610e47565b50505050505050565b600154611d1c9083908390600160801b90046001600160401b0316612b27565b600180546001600160401b0392909216600160801b0267ffffffffffffffff60801b199092169190911790555050565b5f611d568261225c565b6040805160c08101825260025463ffffffff811682526001600160401b03600160201b820481166020840152600160601b8204169282019290925261ffff600160a01b830416606082015260ff600160b01b8304811615156080830152600160b81b90920490911615801560a0830152611de357604051632af5962760e21b815260040160405180910390fd5b63ffffffff84165f908152600a60205260409020546001600160a01b03163314611e2e57604051636f54197160e11b815263ffffffff85166004820152336024820152604401610969565b4381604001516001600160401b031603611e8757600a816060015161ffff1610611e6d5760405163cc2085d360e01b8152436004820152602401610969565b806060018051611e7c9061364e565b61ffff169052611e9e565b6001600160401b0343166040820152600160608201525b611ebb81611ead868633612eea565b80519060200120600461231e565b604080516001600160401b03808416825286166020820152919350339163ffffffff8716917ffa5b5836412a0a021c80e44de78acedf3b40faca832b4a85639e277d129f2585910160405180910390a35092915050565b600154600160c01b90046001600160401b031615611f4357604051632af5962760e21b815260040160405180910390fd5b6004546001600160a01b03163314611fd3576005546001600160a01b03163314611f8257604051633647553d60e11b8152336004820152602401610969565b6003836005811115611f9657611f9661344b565b1480611fb357506004836005811115611fb157611fb161344b565b145b15611fd35782604051633fea59cd60e11b8152600401610969919061366e565b5f611fdf848484610bd1565b5f818152600c6020526040812054919250036120115760405163e624d46360e01b815260048101829052602401610969565b5f818152600c6020908152604080832092909255905133815282917f7a085c57876bc87bfd5039351f8ef885bd8e9d85c94c003685be4a64c308753f910160405180910390a250505050565b612065612ff2565b506040805161010081018252600181527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000060208201525f91810191909152600160ff1b60608201527f0aabb7211172d31463c1127d4ba6942cb791c56d8234b5a0abfd1e81afd0d67760808201527f8aabb7211172d31463c1127d4ba6942cb791c56d8234b5a0abfd1e81afd0d67760a08201527f25b89751cfbecd15548f333935dac43070a222daf784baf097e4d712402f298a60c08201527fa5b89751cfbecd15548f333935dac43070a222daf784baf097e4d712402f298a60e082015290565b600154600160c01b90046001600160401b03161561217957604051632af5962760e21b815260040160405180910390fd5b5f612185826004612e4d565b90505f61219e62093a806001600160401b0384166134ce565b9050804210156121d35760405163ceacb50360e01b81526001600160401b038416600482015260248101829052604401610969565b600180546001600160401b034216600160c01b026001600160c01b039091161790556002805460ff60b81b1916600160b81b1790555f546040517f47294c10acf75a45d6decdda76990cb21324340ebd91cfcabc0b2844007e15d99161224f918691906001600160401b03929092168252602082015260400190565b60405180910390a1505050565b805f0361227c57604051631f2a200560e01b815260040160405180910390fd5b600160381b8110610e76576040516304041d9560e11b815260048101829052602401610969565b8060a00151156122c657604051632af5962760e21b815260040160405180910390fd5b806080015115610e7657604051630b4cba3160e31b815260040160405180910390fd5b606060018585858560405160200161230595949392919061367c565b6040516020818303038152906040529050949350505050565b6020838101516001600160401b038082165f9081526008909352604092839020429091169284901b60ff60401b1668ffffffffffffffffff198616179290921790915561236c816001613535565b6001600160401b0390811660208601819052855160028054604089015160608a015160808b015160a0909b01511515600160b81b0260ff60b81b199b1515600160b01b029b909b1661ffff60b01b1961ffff909216600160a01b0261ffff60a01b1993909816600160601b029290921669ffffffffffffffffffff60601b19600160201b9097026001600160601b031990941663ffffffff90961695909517929092179490941692909217939093171617949094179093555090919050565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168360405161246591906136d5565b5f604051808303815f865af19150503d805f811461249e576040519150601f19603f3d011682016040523d82523d5f602084013e6124a3565b606091505b50915091508115806124e057508051158015906124e05750805160201415806124e05750808060200190518101906124db91906136eb565b600114155b15611a9a576040516312171d8360e31b815260040160405180910390fd5b5f61250761205d565b90505f5b600881101561255557818160088110612526576125266134e1565b6020020151830361254d5760405163cec28a7760e01b815260048101849052602401610969565b60010161250b565b506001600160ff1b038216600160ff1b831615155f5160206138365f395f51905f5282106125995760405163067af97360e01b815260048101859052602401610969565b5f5f5160206138365f395f51905f5283840990505f5f5160206138365f395f51905f526125d460015f5160206138365f395f51905f5261358e565b830890505f5f5160206138365f395f51905f5260015f5160206138365f395f51905f52857f1aee90f15f2189693df072d799fd11fc039b2959ebb7c867d075ca8cf4d7eb8e090890508015806126305750811580156126305750835b156126515760405163067af97360e01b815260048101889052602401610969565b811580159061267657506126745f5160206138365f395f51905f52828409612f1f565b155b15611cf35760405163067af97360e01b815260048101889052602401610969565b5f6001600160fd1b036002898989898989896040516020016126bf9796959493929190613702565b60408051601f19818403018152908290526126d9916136d5565b602060405180830381855afa1580156126f4573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061271791906136eb565b1698975050505050505050565b5f5160206138365f395f51905f528110610e7657604051632051490960e21b815260048101829052602401610969565b5f825f528160205260205f60405f875afa61276d575f5ffd5b50505f5192915050565b5f612797856127918761278b895f8a612754565b87612754565b84612754565b95945050505050565b5f80620f42406127c46001603f1b6001600160401b03604088013560a01c16613755565b6127ce919061377b565b90505f5b60088110156128dc575f856127e88360036134ce565b600c81106127f8576127f86134e1565b6020020135905060ff81165f8190036128125750506128d4565b5f61282e6001603f1b6001600160401b03600886901c16613755565b90505f61284c6001603f1b6001600160401b03604887901c16613755565b90505f8861285b60018661358e565b6128669060026134f5565b60108110612876576128766134e1565b602002013590506001600160401b03808216905f906128a0906001603f1b90604086901c16613755565b90506128ac8482613755565b6128b69083613755565b6128c0908661377b565b6128ca908a6137aa565b9850505050505050505b6001016127d2565b505f81136128ea575f6128f7565b6128f7620f4240826137c9565b9150505b92915050565b5f808460058111156129155761291561344b565b0361292257508115612a18565b60018460058111156129365761293661344b565b0361295757821580159061295057506129508260a01c1590565b9050612a18565b600284600581111561296b5761296b61344b565b0361299f5761297b8360a01c1590565b801561298657508215155b8015612950575081158061295057505060018114612a18565b60038460058111156129b3576129b361344b565b036129dc57821580156129cc57506129cc8260a01c1590565b8015612950575050801515612a18565b60048460058111156129f0576129f061344b565b03612a09578215801561295057506129508260a01c1590565b82158015612a15575081155b90505b80612a3c57838383604051630353af4360e11b81526004016109699392919061347f565b50505050565b816001600160401b0316836001600160401b03161015612a885760405163057ec3d360e21b81526001600160401b03808516600483015283166024820152604401610969565b80612a9f620151806001600160401b0386166134ce565b1015612add5782612ab3620151808361358e565b6040516335a6d4b360e21b81526001600160401b0390921660048301526024820152604401610969565b5f612aea610384836134ce565b905080846001600160401b03161115612a3c576040516238fe5360e31b81526001600160401b038516600482015260248101829052604401610969565b5f60405b83811015612d53575f858583818110612b4657612b466134e1565b919091013560f81c9150506001811480612b63575060ff81166004145b15612cbc576001600160401b0384165f9081526008602052604090819020549060fe199082901c60ff1601612be2576001600160401b038086165f9081526008602052604080822082905591831681529081205580612bc3816001613535565b6001600160401b0381165f908152600860205260409020549096509150505b5f60408489015f3760048303612bf7575f6020535b5060405f2081811868ffffffffffffffffff1916151580612c2257508260ff16604083901c60ff1614155b15612c4b57604051630b7efa8360e21b81526001600160401b0387166004820152602401610969565b6001600160401b0386165f90815260086020526040812055612c6c866137f5565b955060ff83166004148015612ca557508787612c896020876134ce565b818110612c9857612c986134e1565b9091013560f81c60011490505b15612cb557612cb5888886612f89565b5050612d40565b60021960ff821601612cd857612cd3868684612f89565b612d40565b60ff8116600214801590612cee575060ff811615155b8015612d0a5750600560ff82161080612d0a5750600760ff8216115b15612d4057612d1a60408361357b565b60405163a04eeeb160e01b8152600481019190915260ff82166024820152604401610969565b50612d4c6040826134ce565b9050612b2b565b50909392505050565b600154819081906001600160401b03600160801b90910481169082161115612dc1575f600881612d8d600187613816565b6001600160401b031681526020019081526020015f2054905060ff8016604082901c60ff1603612dbf57604881901c92505b505b5f600881612dd96001600160401b03871660016134ce565b81526020019081526020015f2054905060ff8016604082901c60ff1603612dfe578091505b506001600160401b038281165f9081526008602052604080822070ffffffffffffffff00000000000000000060489690961b959095169290931691821760ff60401b1793849055908152205550565b6001545f906001600160401b03600160801b90910481169084161015612e9157604051630229b9d560e11b81526001600160401b0384166004820152602401610969565b506001600160401b0382165f90815260086020526040902054801580612ec157508160ff16604082901c60ff1614155b156128fb57604051630229b9d560e11b81526001600160401b0384166004820152602401610969565b604051606090612f07906004908690869086905f9060200161367c565b60405160208183030381529060405290509392505050565b5f60405160208152602080820152602060408201528260608201527f183227397098d014dc2822db40c0ac2e9419f4243cdcb848a1f0fac9f800000060808201525f5160206138365f395f51905f5260a082015260208160c08360055afa90516001141692915050565b5f838284612f988260206134ce565b92612fa59392919061360a565b612fae91613631565b6001600160a01b0381165f908152600b60205260408120805492935066ffffffffffffff60a085901c1692909190612fe79084906134ce565b909155505050505050565b6040518061010001604052806008906020820280368337509192915050565b803563ffffffff81168114613024575f5ffd5b919050565b5f5f6040838503121561303a575f5ffd5b61304383613011565b946020939093013593505050565b5f60208284031215613061575f5ffd5b61306a82613011565b9392505050565b5f60208284031215613081575f5ffd5b81356001600160a01b038116811461306a575f5ffd5b5f5f5f606084860312156130a9575f5ffd5b8335600681106130b7575f5ffd5b95602085013595506040909401359392505050565b5f5f604083850312156130dd575f5ffd5b50508035926020909101359150565b80356001600160401b0381168114613024575f5ffd5b5f5f83601f840112613112575f5ffd5b5081356001600160401b03811115613128575f5ffd5b60208301915083602082850101111561313f575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a03121561315c575f5ffd5b8735965060208801359550613173604089016130ec565b9450613181606089016130ec565b93506080880135925060a08801356001600160401b038111156131a2575f5ffd5b6131ae8a828b01613102565b989b979a50959850939692959293505050565b5f602082840312156131d1575f5ffd5b5035919050565b5f5f5f5f5f6106c086880312156131ed575f5ffd5b6131f686613011565b94506101a0860187811115613209575f5ffd5b6020870194506104a0870188811115613220575f5ffd5b9093506106a087019088821115613235575f5ffd5b9598949750929550509035919050565b5f60208284031215613255575f5ffd5b61306a826130ec565b5f5f5f5f5f5f60808789031215613273575f5ffd5b86359550613283602088016130ec565b945060408701356001600160401b0381111561329d575f5ffd5b6132a989828a01613102565b90955093505060608701356001600160401b038111156132c7575f5ffd5b6132d389828a01613102565b979a9699509497509295939492505050565b5f5f602083850312156132f6575f5ffd5b82356001600160401b0381111561330b575f5ffd5b8301601f8101851361331b575f5ffd5b80356001600160401b03811115613330575f5ffd5b8560208260051b8401011115613344575f5ffd5b6020919091019590945092505050565b5f5f5f60608486031215613366575f5ffd5b61336f846130ec565b925061337d602085016130ec565b929592945050506040919091013590565b5f5f5f604084860312156133a0575f5ffd5b6133a9846130ec565b925060208401356001600160401b038111156133c3575f5ffd5b6133cf86828701613102565b9497909650939450505050565b5f5f602083850312156133ed575f5ffd5b82356001600160401b03811115613402575f5ffd5b61340e85828601613102565b90969095509350505050565b610100810181835f5b6008811015613442578151835260209283019290910190600101613423565b50505092915050565b634e487b7160e01b5f52602160045260245ffd5b6006811061347b57634e487b7160e01b5f52602160045260245ffd5b9052565b6060810161348d828661345f565b602082019390935260400152919050565b634e487b7160e01b5f52601160045260245ffd5b63ffffffff81811683821601908111156128fb576128fb61349e565b808201808211156128fb576128fb61349e565b634e487b7160e01b5f52603260045260245ffd5b80820281158282048414176128fb576128fb61349e565b6080810161351a828761345f565b84602083015283604083015282606083015295945050505050565b6001600160401b0381811683821601908111156128fb576128fb61349e565b634e487b7160e01b5f52601260045260245ffd5b5f8261357657613576613554565b500690565b5f8261358957613589613554565b500490565b818103818111156128fb576128fb61349e565b60408152826040820152828460608301375f606084830101525f6060601f19601f860116830101905060208201835f5b60018110156135f05781518352602092830192909101906001016135d1565b505050949350505050565b818382375f9101908152919050565b5f5f85851115613618575f5ffd5b83861115613624575f5ffd5b5050820193919092039150565b803560208310156128fb575f19602084900360031b1b1692915050565b5f61ffff821661ffff81036136655761366561349e565b60010192915050565b602081016128fb828461345f565b60f89590951b6001600160f81b031916855260e09390931b6001600160e01b031916600185015260c89190911b6001600160c81b031916600584015260601b6001600160601b031916600c830152602082015260400190565b5f82518060208501845e5f920191825250919050565b5f602082840312156136fb575f5ffd5b5051919050565b8781528660208201526001600160401b0360c01b8660c01b1660408201526001600160401b0360c01b8560c01b166048820152836050820152818360708301375f91016070019081529695505050505050565b8181035f8312801583831316838312821617156137745761377461349e565b5092915050565b8082025f8212600160ff1b841416156137965761379661349e565b81810583148215176128fb576128fb61349e565b8082018281125f831280158216821582161715610dac57610dac61349e565b5f826137d7576137d7613554565b600160ff1b82145f19841416156137f0576137f061349e565b500590565b5f6001600160401b0382166001600160401b0381036136655761366561349e565b6001600160401b0382811682821603908111156128fb576128fb61349e56fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001a164736f6c634300081c000a610d7d80600b5f395ff3007f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016020355f3581810191820191017f1da4d6adfb0d0b494584f763db50a81908580a5f5e295e168b9b8d31770fac4f018281800983908009839109907f0946129a2e33b4e819707a56a3b3790eab80d0a0c7a0c63451fab2a59acc074c01828180098390800983910981810190810191017f2a39b9d5376afd35580abd6952986570867b87303b07140268794dad4b8f82ea018281800983908009839109907f27605717d1245c20c546b3c7014e5fa3e4a70e66ecd6de5d32448eea5e3069b201828180098390800983910981810190810191017f24c896cb2594e17b973653193a470ed7e771ebb09a228d638e50809c03773632018281800983908009839109907f0911096c45dd9cda0d61d783957003db6d8701c7869a919ad8042e1b7d597a49018281800983908009839109818101908390820891017f26ff6166f1e4b99e27eee6d352a8ce26f1daba01aad28021f11f38a70603afdc01828180098390800983910982826003028208918101017f008e2faedcf76d08ad6591ff90e50fea79bcb5e18cfb7d954d5b89437bf64b7e01828180098390800983910982826003028208918101017f19c9da2379b598ace3ad4d1872470830f6184a3cec71eeb632f98820eb353d7801828180098390800983910982826003028208918101017f0f7c4eb15d8b0b62a8f6a090ec9610a2ab3dfcdb57e2539aa459a40583dfe96b01828180098390800983910982826003028208918101017f18b99417dc26b5e079750eba282362d1d46900b47dd5ff809171588b08ac398301828180098390800983910982826003028208918101017f1ee044081160b3eee2d4493feab82141c73f1c054b76320a8848af08a8d91a2601828180098390800983910982826003028208918101017f29bb95c8763efd3e0e87f5df12ee8a150455b6d7a14780d19122220366c258dc01828180098390800983910982826003028208918101017f22c23eec9cb13ff8a3ee9a363d740653215e8991f7f9ec12067b4705e9a5c9fb01828180098390800983910982826003028208918101017f23589e033a31a667680c8b18926c3be09115c7644c4f905cc7deefc1690b42dc01828180098390800983910982826003028208918101017f304e99b887f2e1e92c9c0cde5f2bdd4764f60b98a219f1f0dd64ec938a6a247c01828180098390800983910982826003028208918101017f22e817865236ad3a76fbe88bbdf31fcae792f326271d53a3a493b2de7f7d8b4c01828180098390800983910982826003028208918101017f10c9efe573e86fa5b238a3f5c70a00bf02bc7dcfcc4878e026b77c881dc8b1c901828180098390800983910982826003028208918101017f0a94f16be920d85f4d6f80e745c6bddbc084f309edffef023ea283c72b89bbb601828180098390800983910982826003028208918101017f23ed72b4d01d14e3c7888fedb770494abc2c1ea81d6465b5df3da0ebcd69101a01828180098390800983910982826003028208918101017f17c5115640e4cebeed0e6cbb511ac38498df815a77cb162de8d8f1022eb6bb7401828180098390800983910982826003028208918101017f2e507fcca290d0d9cf765245750eb04773e09e1fc813959fb99680a82772e4fc01828180098390800983910982826003028208918101017f0d4a98999f5b39176af6cce65c8d12162433f055cb71d70dfc8803013292bbbf01828180098390800983910982826003028208918101017f238d8022cc09c21ab3c01261a03dc125321d829e22a7a3b7a1bd3c335eccfa2101828180098390800983910982826003028208918101017f010cd8e4c2b7051cb81dc8292e35d8e943ce365613d5b39770e454ed9f4ae16501828180098390800983910982826003028208918101017f088027e54f2a3604b11178cf0ea3c6aa861173a90fb231238e03539590ecc02701828180098390800983910982826003028208918101017f1b840f5311a2b1d4b4cd7aa7e5a9a6d161165468daa938108302b73e464819db01828180098390800983910982826003028208918101017f2bf51a5da1828a1cf9b764b1e16c15929a3a346e44198ea0cb366fcd8db78dc101828180098390800983910982826003028208918101017f206ad089d8d296ffe68a6a86767a7fe726b8872f9c7beef9d56a3a50f6f2382701828180098390800983910982826003028208918101017f24d19193171494fa1a54e0a99ac16d05eaec4b6d617c7c199fc07ff88eac550c01828180098390800983910982826003028208918101017f1dd654a2ca9d9f24f33d88246a40dfb32c40662278b9c0b995d9f9fbaf15213801828180098390800983910982826003028208918101017f0d171025c925f6e259d20ecbd3a601108c85f05b0fe7793b8acf57f3789785e401828180098390800983910982826003028208918101017f055bef435a43aec245cd99ccb0f7c8791d9e8cf2b80d95dd98b9908fed877d5501828180098390800983910982826003028208918101017f10d2ac8c61c8a2e88a2a3f42d9359a14be63d0ad4cfd9f203b75765d0e595f0e01828180098390800983910982826003028208918101017f103479710e70996982a84057ec3ba6b2254d7966ddc41e85296e3d0790dcfa5601828180098390800983910982826003028208918101017f2a366f0448fda3c05914ffb48c765da8de96f9aa340db1638225f8372921807b01828180098390800983910982826003028208918101017f16be0fb8ef62da17919b6e0378d00594153bb8899aeb686c04626b63285837a401828180098390800983910982826003028208918101017f0417038500e9d06c60abbc7f0d0d24c32dec8a0b2aa5a4d52cfd8c78a15bc37001828180098390800983910982826003028208918101017f26a6873b43ffd2ccf66ec6f4493ff9b54f4d76480bc486a3e5a0308fdd01381201828180098390800983910982826003028208918101017f0a3314a838f32630a96251914fe5ad262f3db9b2aa8aa9f7391922d36278c49801828180098390800983910982826003028208918101017f0fde0c5429a6beb07f462d4821f48f86aeadb46a090b15a044f4b59399027da401828180098390800983910982826003028208918101017f0abc2d5049972a6b9b357e4163793b0bb517e1eb535a984df11a1c89cda2c8a901828180098390800983910982826003028208918101017f0dab51d6e3ebfa661d21722fb21e55051b427a5f173f7f17735205dbb77c464e01828180098390800983910982826003028208918101017f29c36622598b511d51af6cc37123652fb21be5c2d68fb8efe9b92e70a8c1ae0301828180098390800983910982826003028208918101017f2c03ec80adac2a33ae846bc0b700d0bcc41c4096e53ac6990d6bbe7ea2fbc85c01828180098390800983910982826003028208918101017f0918fdbe9cf3a59fbdb4c6852d065105317303116017d893b8b521e3cebe1e0d01828180098390800983910982826003028208918101017f1f19ec22e69ca33f599dd13cd7e495a8176a79df4f7acf79a9d2135acabe235901828180098390800983910982826003028208918101017f1c4b037c8ae85ee1eb32b872eb7f76928c4c76b29ceb001346447b291108070401828180098390800983910982826003028208918101017f2b68900ed906616d6c826d0bde341766ba3131e04d420de5af0a69c534efd8db01828180098390800983910982826003028208918101017f20ca92aa222fcc69448f8dac653c8daaa180ff6dfb397cef723d4f0c782bc7f001828180098390800983910982826003028208918101017f10d22d05bdff6bb375276fc82057db337045a5ab7ac053941f6186289b66b2b601828180098390800983910982826003028208918101017f0b1ffdbb529367bb98f32ba45784cb435aa910b4a00636d1e5ca79e88bdd6cd901828180098390800983910982826003028208918101017f2da32b38e7984bc2ed757ec705eccf8282c7b4f82e5e515f6f89bcc33022ce9f01828180098390800983910982826003028208918101017f042593ad87403f6d2674b8b55a886725b87eb33958031e94d292cecc6abed1bb01828180098390800983910982826003028208918101017f181fa1b4d067783a19d7367bf49b3f01051faedab463a6de9308fbd6e7d419f101828180098390800983910982826003028208918101017f15aaa6cc9b7900b15683c95515c26028a8e35b00ed8a815c34927188c60de66001828180098390800983910982826003028208918101017f1bf28a93209084bbbc63234f057254c280b1a636f5a0eced6787320212f75a7a018281800983908009839109907f1cdb8c8bee5426f02cd9e229776118f156273b312f805c8e6f8c9d81a620cb6f01828180098390800983910981810190810191017f08299c0abf196d53162e0facb5f1876f516df2505cc387a0f8ea0e8760d5ca7e018281800983908009839109907f221643d205fe82778a7b7b58cb65c4962d76c0072cabd1124117269d7c710b8a01828180098390800983910981810190810191017f2d036a95f81cf49bb7a0143a28c88767f6bd10c3f74b22db487920d43343dbff018281800983908009839109907f08a50897c06aafe6ea414fb1bceca2267cd4a39486729fbc6d5d1bb7a172ebd2018281800983908009839109818101908101910150602035085f5260205ff3",
}

// RollupHarness is an auto generated Go binding around an Ethereum contract.
type RollupHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RollupHarness) GetABI() abi.ABI {
	return c.abi
}

// NewRollupHarness creates a new instance of RollupHarness.
func NewRollupHarness() *RollupHarness {
	parsed, err := RollupHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RollupHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RollupHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, (address,address,address[]) roles, (uint256,uint256[16],uint256) genesis, bytes32 configHash_, uint256[] batchSizes, address[] batchVerifiers) returns()
func (rollupHarness *RollupHarness) PackConstructor(token_ common.Address, roles RollupRoles, genesis RollupGenesisState, configHash_ [32]byte, batchSizes []*big.Int, batchVerifiers []common.Address) []byte {
	enc, err := rollupHarness.abi.Pack("", token_, roles, genesis, configHash_, batchSizes, batchVerifiers)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackACCOUNTTREEDEPTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d29fca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ACCOUNT_TREE_DEPTH() view returns(uint256)
func (rollupHarness *RollupHarness) PackACCOUNTTREEDEPTH() []byte {
	enc, err := rollupHarness.abi.Pack("ACCOUNT_TREE_DEPTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackACCOUNTTREEDEPTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5d29fca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ACCOUNT_TREE_DEPTH() view returns(uint256)
func (rollupHarness *RollupHarness) TryPackACCOUNTTREEDEPTH() ([]byte, error) {
	return rollupHarness.abi.Pack("ACCOUNT_TREE_DEPTH")
}

// UnpackACCOUNTTREEDEPTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d29fca.
//
// Solidity: function ACCOUNT_TREE_DEPTH() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackACCOUNTTREEDEPTH(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("ACCOUNT_TREE_DEPTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDEPOSITRECLAIMDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61455a85.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DEPOSIT_RECLAIM_DELAY() view returns(uint256)
func (rollupHarness *RollupHarness) PackDEPOSITRECLAIMDELAY() []byte {
	enc, err := rollupHarness.abi.Pack("DEPOSIT_RECLAIM_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDEPOSITRECLAIMDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61455a85.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DEPOSIT_RECLAIM_DELAY() view returns(uint256)
func (rollupHarness *RollupHarness) TryPackDEPOSITRECLAIMDELAY() ([]byte, error) {
	return rollupHarness.abi.Pack("DEPOSIT_RECLAIM_DELAY")
}

// UnpackDEPOSITRECLAIMDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61455a85.
//
// Solidity: function DEPOSIT_RECLAIM_DELAY() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackDEPOSITRECLAIMDELAY(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("DEPOSIT_RECLAIM_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFREEZEGRACEPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00717542.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FREEZE_GRACE_PERIOD() view returns(uint256)
func (rollupHarness *RollupHarness) PackFREEZEGRACEPERIOD() []byte {
	enc, err := rollupHarness.abi.Pack("FREEZE_GRACE_PERIOD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFREEZEGRACEPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00717542.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FREEZE_GRACE_PERIOD() view returns(uint256)
func (rollupHarness *RollupHarness) TryPackFREEZEGRACEPERIOD() ([]byte, error) {
	return rollupHarness.abi.Pack("FREEZE_GRACE_PERIOD")
}

// UnpackFREEZEGRACEPERIOD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00717542.
//
// Solidity: function FREEZE_GRACE_PERIOD() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackFREEZEGRACEPERIOD(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("FREEZE_GRACE_PERIOD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGOVERNANCEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0b54895.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GOVERNANCE_DELAY() view returns(uint256)
func (rollupHarness *RollupHarness) PackGOVERNANCEDELAY() []byte {
	enc, err := rollupHarness.abi.Pack("GOVERNANCE_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGOVERNANCEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0b54895.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GOVERNANCE_DELAY() view returns(uint256)
func (rollupHarness *RollupHarness) TryPackGOVERNANCEDELAY() ([]byte, error) {
	return rollupHarness.abi.Pack("GOVERNANCE_DELAY")
}

// UnpackGOVERNANCEDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb0b54895.
//
// Solidity: function GOVERNANCE_DELAY() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackGOVERNANCEDELAY(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("GOVERNANCE_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGOVERNANCEEXPIRY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c477af9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GOVERNANCE_EXPIRY() view returns(uint256)
func (rollupHarness *RollupHarness) PackGOVERNANCEEXPIRY() []byte {
	enc, err := rollupHarness.abi.Pack("GOVERNANCE_EXPIRY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGOVERNANCEEXPIRY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c477af9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GOVERNANCE_EXPIRY() view returns(uint256)
func (rollupHarness *RollupHarness) TryPackGOVERNANCEEXPIRY() ([]byte, error) {
	return rollupHarness.abi.Pack("GOVERNANCE_EXPIRY")
}

// UnpackGOVERNANCEEXPIRY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1c477af9.
//
// Solidity: function GOVERNANCE_EXPIRY() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackGOVERNANCEEXPIRY(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("GOVERNANCE_EXPIRY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackLEAFWORDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fbd1e87.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function LEAF_WORDS() view returns(uint256)
func (rollupHarness *RollupHarness) PackLEAFWORDS() []byte {
	enc, err := rollupHarness.abi.Pack("LEAF_WORDS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLEAFWORDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8fbd1e87.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function LEAF_WORDS() view returns(uint256)
func (rollupHarness *RollupHarness) TryPackLEAFWORDS() ([]byte, error) {
	return rollupHarness.abi.Pack("LEAF_WORDS")
}

// UnpackLEAFWORDS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8fbd1e87.
//
// Solidity: function LEAF_WORDS() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackLEAFWORDS(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("LEAF_WORDS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMARKETCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x064c2b80.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MARKET_COUNT() view returns(uint256)
func (rollupHarness *RollupHarness) PackMARKETCOUNT() []byte {
	enc, err := rollupHarness.abi.Pack("MARKET_COUNT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMARKETCOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x064c2b80.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MARKET_COUNT() view returns(uint256)
func (rollupHarness *RollupHarness) TryPackMARKETCOUNT() ([]byte, error) {
	return rollupHarness.abi.Pack("MARKET_COUNT")
}

// UnpackMARKETCOUNT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x064c2b80.
//
// Solidity: function MARKET_COUNT() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackMARKETCOUNT(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("MARKET_COUNT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMARKETWORDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x756ce0da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MARKET_WORDS() view returns(uint256)
func (rollupHarness *RollupHarness) PackMARKETWORDS() []byte {
	enc, err := rollupHarness.abi.Pack("MARKET_WORDS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMARKETWORDS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x756ce0da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MARKET_WORDS() view returns(uint256)
func (rollupHarness *RollupHarness) TryPackMARKETWORDS() ([]byte, error) {
	return rollupHarness.abi.Pack("MARKET_WORDS")
}

// UnpackMARKETWORDS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x756ce0da.
//
// Solidity: function MARKET_WORDS() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackMARKETWORDS(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("MARKET_WORDS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXACCOUNTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x928e6d44.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ACCOUNTS() view returns(uint256)
func (rollupHarness *RollupHarness) PackMAXACCOUNTS() []byte {
	enc, err := rollupHarness.abi.Pack("MAX_ACCOUNTS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXACCOUNTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x928e6d44.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ACCOUNTS() view returns(uint256)
func (rollupHarness *RollupHarness) TryPackMAXACCOUNTS() ([]byte, error) {
	return rollupHarness.abi.Pack("MAX_ACCOUNTS")
}

// UnpackMAXACCOUNTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x928e6d44.
//
// Solidity: function MAX_ACCOUNTS() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackMAXACCOUNTS(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("MAX_ACCOUNTS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXAMOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd40dc870.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_AMOUNT() view returns(uint256)
func (rollupHarness *RollupHarness) PackMAXAMOUNT() []byte {
	enc, err := rollupHarness.abi.Pack("MAX_AMOUNT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXAMOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd40dc870.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_AMOUNT() view returns(uint256)
func (rollupHarness *RollupHarness) TryPackMAXAMOUNT() ([]byte, error) {
	return rollupHarness.abi.Pack("MAX_AMOUNT")
}

// UnpackMAXAMOUNT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd40dc870.
//
// Solidity: function MAX_AMOUNT() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackMAXAMOUNT(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("MAX_AMOUNT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXFORCEDPERBLOCK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bebf10d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_FORCED_PER_BLOCK() view returns(uint256)
func (rollupHarness *RollupHarness) PackMAXFORCEDPERBLOCK() []byte {
	enc, err := rollupHarness.abi.Pack("MAX_FORCED_PER_BLOCK")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXFORCEDPERBLOCK is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7bebf10d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_FORCED_PER_BLOCK() view returns(uint256)
func (rollupHarness *RollupHarness) TryPackMAXFORCEDPERBLOCK() ([]byte, error) {
	return rollupHarness.abi.Pack("MAX_FORCED_PER_BLOCK")
}

// UnpackMAXFORCEDPERBLOCK is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7bebf10d.
//
// Solidity: function MAX_FORCED_PER_BLOCK() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackMAXFORCEDPERBLOCK(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("MAX_FORCED_PER_BLOCK", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTIMESTAMPAHEAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fc408d7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TIMESTAMP_AHEAD() view returns(uint256)
func (rollupHarness *RollupHarness) PackMAXTIMESTAMPAHEAD() []byte {
	enc, err := rollupHarness.abi.Pack("MAX_TIMESTAMP_AHEAD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTIMESTAMPAHEAD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0fc408d7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TIMESTAMP_AHEAD() view returns(uint256)
func (rollupHarness *RollupHarness) TryPackMAXTIMESTAMPAHEAD() ([]byte, error) {
	return rollupHarness.abi.Pack("MAX_TIMESTAMP_AHEAD")
}

// UnpackMAXTIMESTAMPAHEAD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0fc408d7.
//
// Solidity: function MAX_TIMESTAMP_AHEAD() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackMAXTIMESTAMPAHEAD(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("MAX_TIMESTAMP_AHEAD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTIMESTAMPLAG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f85beff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TIMESTAMP_LAG() view returns(uint256)
func (rollupHarness *RollupHarness) PackMAXTIMESTAMPLAG() []byte {
	enc, err := rollupHarness.abi.Pack("MAX_TIMESTAMP_LAG")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTIMESTAMPLAG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4f85beff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TIMESTAMP_LAG() view returns(uint256)
func (rollupHarness *RollupHarness) TryPackMAXTIMESTAMPLAG() ([]byte, error) {
	return rollupHarness.abi.Pack("MAX_TIMESTAMP_LAG")
}

// UnpackMAXTIMESTAMPLAG is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f85beff.
//
// Solidity: function MAX_TIMESTAMP_LAG() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackMAXTIMESTAMPLAG(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("MAX_TIMESTAMP_LAG", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPOSITIONSLOTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c2976b0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function POSITION_SLOTS() view returns(uint256)
func (rollupHarness *RollupHarness) PackPOSITIONSLOTS() []byte {
	enc, err := rollupHarness.abi.Pack("POSITION_SLOTS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPOSITIONSLOTS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c2976b0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function POSITION_SLOTS() view returns(uint256)
func (rollupHarness *RollupHarness) TryPackPOSITIONSLOTS() ([]byte, error) {
	return rollupHarness.abi.Pack("POSITION_SLOTS")
}

// UnpackPOSITIONSLOTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3c2976b0.
//
// Solidity: function POSITION_SLOTS() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackPOSITIONSLOTS(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("POSITION_SLOTS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPRICESCALE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc33f59d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PRICE_SCALE() view returns(int256)
func (rollupHarness *RollupHarness) PackPRICESCALE() []byte {
	enc, err := rollupHarness.abi.Pack("PRICE_SCALE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPRICESCALE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc33f59d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PRICE_SCALE() view returns(int256)
func (rollupHarness *RollupHarness) TryPackPRICESCALE() ([]byte, error) {
	return rollupHarness.abi.Pack("PRICE_SCALE")
}

// UnpackPRICESCALE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc33f59d3.
//
// Solidity: function PRICE_SCALE() view returns(int256)
func (rollupHarness *RollupHarness) UnpackPRICESCALE(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("PRICE_SCALE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRECORDSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00b24ff2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function RECORD_SIZE() view returns(uint256)
func (rollupHarness *RollupHarness) PackRECORDSIZE() []byte {
	enc, err := rollupHarness.abi.Pack("RECORD_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRECORDSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00b24ff2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function RECORD_SIZE() view returns(uint256)
func (rollupHarness *RollupHarness) TryPackRECORDSIZE() ([]byte, error) {
	return rollupHarness.abi.Pack("RECORD_SIZE")
}

// UnpackRECORDSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00b24ff2.
//
// Solidity: function RECORD_SIZE() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackRECORDSIZE(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("RECORD_SIZE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSNARKSCALARFIELD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25c2cd12.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SNARK_SCALAR_FIELD() view returns(uint256)
func (rollupHarness *RollupHarness) PackSNARKSCALARFIELD() []byte {
	enc, err := rollupHarness.abi.Pack("SNARK_SCALAR_FIELD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSNARKSCALARFIELD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x25c2cd12.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SNARK_SCALAR_FIELD() view returns(uint256)
func (rollupHarness *RollupHarness) TryPackSNARKSCALARFIELD() ([]byte, error) {
	return rollupHarness.abi.Pack("SNARK_SCALAR_FIELD")
}

// UnpackSNARKSCALARFIELD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25c2cd12.
//
// Solidity: function SNARK_SCALAR_FIELD() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackSNARKSCALARFIELD(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("SNARK_SCALAR_FIELD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAccounts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaecf9276.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accounts(uint32 accountId) view returns(address owner, bytes32 pubKey)
func (rollupHarness *RollupHarness) PackAccounts(accountId uint32) []byte {
	enc, err := rollupHarness.abi.Pack("accounts", accountId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccounts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaecf9276.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accounts(uint32 accountId) view returns(address owner, bytes32 pubKey)
func (rollupHarness *RollupHarness) TryPackAccounts(accountId uint32) ([]byte, error) {
	return rollupHarness.abi.Pack("accounts", accountId)
}

// AccountsOutput serves as a container for the return parameters of contract
// method Accounts.
type AccountsOutput struct {
	Owner  common.Address
	PubKey [32]byte
}

// UnpackAccounts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaecf9276.
//
// Solidity: function accounts(uint32 accountId) view returns(address owner, bytes32 pubKey)
func (rollupHarness *RollupHarness) UnpackAccounts(data []byte) (AccountsOutput, error) {
	out, err := rollupHarness.abi.Unpack("accounts", data)
	outstruct := new(AccountsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Owner = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.PubKey = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackApplyChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53f72bf5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function applyChange(uint8 kind, bytes32 key, bytes32 value) returns()
func (rollupHarness *RollupHarness) PackApplyChange(kind uint8, key [32]byte, value [32]byte) []byte {
	enc, err := rollupHarness.abi.Pack("applyChange", kind, key, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApplyChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53f72bf5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function applyChange(uint8 kind, bytes32 key, bytes32 value) returns()
func (rollupHarness *RollupHarness) TryPackApplyChange(kind uint8, key [32]byte, value [32]byte) ([]byte, error) {
	return rollupHarness.abi.Pack("applyChange", kind, key, value)
}

// PackApplyRecords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca4379c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function applyRecords(bytes pubdata) returns()
func (rollupHarness *RollupHarness) PackApplyRecords(pubdata []byte) []byte {
	enc, err := rollupHarness.abi.Pack("applyRecords", pubdata)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApplyRecords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca4379c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function applyRecords(bytes pubdata) returns()
func (rollupHarness *RollupHarness) TryPackApplyRecords(pubdata []byte) ([]byte, error) {
	return rollupHarness.abi.Pack("applyRecords", pubdata)
}

// PackBatchState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ee83daa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchState() view returns(uint64 batchNumber, uint64 timestamp, uint64 queueHead, uint64 frozenAt)
func (rollupHarness *RollupHarness) PackBatchState() []byte {
	enc, err := rollupHarness.abi.Pack("batchState")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ee83daa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchState() view returns(uint64 batchNumber, uint64 timestamp, uint64 queueHead, uint64 frozenAt)
func (rollupHarness *RollupHarness) TryPackBatchState() ([]byte, error) {
	return rollupHarness.abi.Pack("batchState")
}

// BatchStateOutput serves as a container for the return parameters of contract
// method BatchState.
type BatchStateOutput struct {
	BatchNumber uint64
	Timestamp   uint64
	QueueHead   uint64
	FrozenAt    uint64
}

// UnpackBatchState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ee83daa.
//
// Solidity: function batchState() view returns(uint64 batchNumber, uint64 timestamp, uint64 queueHead, uint64 frozenAt)
func (rollupHarness *RollupHarness) UnpackBatchState(data []byte) (BatchStateOutput, error) {
	out, err := rollupHarness.abi.Unpack("batchState", data)
	outstruct := new(BatchStateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.BatchNumber = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Timestamp = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.QueueHead = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.FrozenAt = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackCancelChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1411ab1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancelChange(uint8 kind, bytes32 key, bytes32 value) returns()
func (rollupHarness *RollupHarness) PackCancelChange(kind uint8, key [32]byte, value [32]byte) []byte {
	enc, err := rollupHarness.abi.Pack("cancelChange", kind, key, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancelChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1411ab1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancelChange(uint8 kind, bytes32 key, bytes32 value) returns()
func (rollupHarness *RollupHarness) TryPackCancelChange(kind uint8, key [32]byte, value [32]byte) ([]byte, error) {
	return rollupHarness.abi.Pack("cancelChange", kind, key, value)
}

// PackChangeId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c72a11c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeId(uint8 kind, bytes32 key, bytes32 value) pure returns(bytes32)
func (rollupHarness *RollupHarness) PackChangeId(kind uint8, key [32]byte, value [32]byte) []byte {
	enc, err := rollupHarness.abi.Pack("changeId", kind, key, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChangeId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c72a11c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function changeId(uint8 kind, bytes32 key, bytes32 value) pure returns(bytes32)
func (rollupHarness *RollupHarness) TryPackChangeId(kind uint8, key [32]byte, value [32]byte) ([]byte, error) {
	return rollupHarness.abi.Pack("changeId", kind, key, value)
}

// UnpackChangeId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1c72a11c.
//
// Solidity: function changeId(uint8 kind, bytes32 key, bytes32 value) pure returns(bytes32)
func (rollupHarness *RollupHarness) UnpackChangeId(data []byte) ([32]byte, error) {
	out, err := rollupHarness.abi.Unpack("changeId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCheckPubKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb334ef13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkPubKey(bytes32 pubKey) view returns()
func (rollupHarness *RollupHarness) PackCheckPubKey(pubKey [32]byte) []byte {
	enc, err := rollupHarness.abi.Pack("checkPubKey", pubKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckPubKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb334ef13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkPubKey(bytes32 pubKey) view returns()
func (rollupHarness *RollupHarness) TryPackCheckPubKey(pubKey [32]byte) ([]byte, error) {
	return rollupHarness.abi.Pack("checkPubKey", pubKey)
}

// PackCheckTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb966cd47.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkTimestamp(uint64 timestamp, uint64 last, uint256 blockTimestamp) pure returns()
func (rollupHarness *RollupHarness) PackCheckTimestamp(timestamp uint64, last uint64, blockTimestamp *big.Int) []byte {
	enc, err := rollupHarness.abi.Pack("checkTimestamp", timestamp, last, blockTimestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb966cd47.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkTimestamp(uint64 timestamp, uint64 last, uint256 blockTimestamp) pure returns()
func (rollupHarness *RollupHarness) TryPackCheckTimestamp(timestamp uint64, last uint64, blockTimestamp *big.Int) ([]byte, error) {
	return rollupHarness.abi.Pack("checkTimestamp", timestamp, last, blockTimestamp)
}

// PackCommitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x601c650a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitBatch(uint256 newRoot, uint64 timestamp, bytes pubdata, bytes proof) returns()
func (rollupHarness *RollupHarness) PackCommitBatch(newRoot *big.Int, timestamp uint64, pubdata []byte, proof []byte) []byte {
	enc, err := rollupHarness.abi.Pack("commitBatch", newRoot, timestamp, pubdata, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x601c650a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitBatch(uint256 newRoot, uint64 timestamp, bytes pubdata, bytes proof) returns()
func (rollupHarness *RollupHarness) TryPackCommitBatch(newRoot *big.Int, timestamp uint64, pubdata []byte, proof []byte) ([]byte, error) {
	return rollupHarness.abi.Pack("commitBatch", newRoot, timestamp, pubdata, proof)
}

// PackConfigHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1f1176d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configHash() view returns(bytes32)
func (rollupHarness *RollupHarness) PackConfigHash() []byte {
	enc, err := rollupHarness.abi.Pack("configHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1f1176d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configHash() view returns(bytes32)
func (rollupHarness *RollupHarness) TryPackConfigHash() ([]byte, error) {
	return rollupHarness.abi.Pack("configHash")
}

// UnpackConfigHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe1f1176d.
//
// Solidity: function configHash() view returns(bytes32)
func (rollupHarness *RollupHarness) UnpackConfigHash(data []byte) ([32]byte, error) {
	out, err := rollupHarness.abi.Unpack("configHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1de26e16.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(bytes32 pubKey, uint256 amount) returns(uint32 accountId)
func (rollupHarness *RollupHarness) PackDeposit(pubKey [32]byte, amount *big.Int) []byte {
	enc, err := rollupHarness.abi.Pack("deposit", pubKey, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1de26e16.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(bytes32 pubKey, uint256 amount) returns(uint32 accountId)
func (rollupHarness *RollupHarness) TryPackDeposit(pubKey [32]byte, amount *big.Int) ([]byte, error) {
	return rollupHarness.abi.Pack("deposit", pubKey, amount)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1de26e16.
//
// Solidity: function deposit(bytes32 pubKey, uint256 amount) returns(uint32 accountId)
func (rollupHarness *RollupHarness) UnpackDeposit(data []byte) (uint32, error) {
	out, err := rollupHarness.abi.Unpack("deposit", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackDepositPayers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1533e87.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositPayers(uint256 queueIndex) view returns(address)
func (rollupHarness *RollupHarness) PackDepositPayers(queueIndex *big.Int) []byte {
	enc, err := rollupHarness.abi.Pack("depositPayers", queueIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositPayers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1533e87.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositPayers(uint256 queueIndex) view returns(address)
func (rollupHarness *RollupHarness) TryPackDepositPayers(queueIndex *big.Int) ([]byte, error) {
	return rollupHarness.abi.Pack("depositPayers", queueIndex)
}

// UnpackDepositPayers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd1533e87.
//
// Solidity: function depositPayers(uint256 queueIndex) view returns(address)
func (rollupHarness *RollupHarness) UnpackDepositPayers(data []byte) (common.Address, error) {
	out, err := rollupHarness.abi.Unpack("depositPayers", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackDepositTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04e462e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositTo(uint32 accountId, uint256 amount) returns()
func (rollupHarness *RollupHarness) PackDepositTo(accountId uint32, amount *big.Int) []byte {
	enc, err := rollupHarness.abi.Pack("depositTo", accountId, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositTo is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04e462e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositTo(uint32 accountId, uint256 amount) returns()
func (rollupHarness *RollupHarness) TryPackDepositTo(accountId uint32, amount *big.Int) ([]byte, error) {
	return rollupHarness.abi.Pack("depositTo", accountId, amount)
}

// PackEscape is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56161da6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escape(uint32 accountId, uint256[12] leaf, uint256[24] siblings, uint256[16] markets, uint256 globals) returns()
func (rollupHarness *RollupHarness) PackEscape(accountId uint32, leaf [12]*big.Int, siblings [24]*big.Int, markets [16]*big.Int, globals *big.Int) []byte {
	enc, err := rollupHarness.abi.Pack("escape", accountId, leaf, siblings, markets, globals)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscape is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56161da6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escape(uint32 accountId, uint256[12] leaf, uint256[24] siblings, uint256[16] markets, uint256 globals) returns()
func (rollupHarness *RollupHarness) TryPackEscape(accountId uint32, leaf [12]*big.Int, siblings [24]*big.Int, markets [16]*big.Int, globals *big.Int) ([]byte, error) {
	return rollupHarness.abi.Pack("escape", accountId, leaf, siblings, markets, globals)
}

// PackEscaped is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5249790.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escaped(uint256 word) view returns(uint256)
func (rollupHarness *RollupHarness) PackEscaped(word *big.Int) []byte {
	enc, err := rollupHarness.abi.Pack("escaped", word)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscaped is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5249790.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escaped(uint256 word) view returns(uint256)
func (rollupHarness *RollupHarness) TryPackEscaped(word *big.Int) ([]byte, error) {
	return rollupHarness.abi.Pack("escaped", word)
}

// UnpackEscaped is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa5249790.
//
// Solidity: function escaped(uint256 word) view returns(uint256)
func (rollupHarness *RollupHarness) UnpackEscaped(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("escaped", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackForcedWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcacab4e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedWithdrawal(uint32 accountId, uint256 amount) returns(uint64 queueIndex)
func (rollupHarness *RollupHarness) PackForcedWithdrawal(accountId uint32, amount *big.Int) []byte {
	enc, err := rollupHarness.abi.Pack("forcedWithdrawal", accountId, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcacab4e4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedWithdrawal(uint32 accountId, uint256 amount) returns(uint64 queueIndex)
func (rollupHarness *RollupHarness) TryPackForcedWithdrawal(accountId uint32, amount *big.Int) ([]byte, error) {
	return rollupHarness.abi.Pack("forcedWithdrawal", accountId, amount)
}

// UnpackForcedWithdrawal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcacab4e4.
//
// Solidity: function forcedWithdrawal(uint32 accountId, uint256 amount) returns(uint64 queueIndex)
func (rollupHarness *RollupHarness) UnpackForcedWithdrawal(data []byte) (uint64, error) {
	out, err := rollupHarness.abi.Unpack("forcedWithdrawal", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackFreeze is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfea2c331.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function freeze(uint64 queueIndex) returns()
func (rollupHarness *RollupHarness) PackFreeze(queueIndex uint64) []byte {
	enc, err := rollupHarness.abi.Pack("freeze", queueIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFreeze is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfea2c331.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function freeze(uint64 queueIndex) returns()
func (rollupHarness *RollupHarness) TryPackFreeze(queueIndex uint64) ([]byte, error) {
	return rollupHarness.abi.Pack("freeze", queueIndex)
}

// PackFreezeNow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d443782.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function freezeNow() returns()
func (rollupHarness *RollupHarness) PackFreezeNow() []byte {
	enc, err := rollupHarness.abi.Pack("freezeNow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFreezeNow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3d443782.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function freezeNow() returns()
func (rollupHarness *RollupHarness) TryPackFreezeNow() ([]byte, error) {
	return rollupHarness.abi.Pack("freezeNow")
}

// PackGovernor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c340a24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function governor() view returns(address)
func (rollupHarness *RollupHarness) PackGovernor() []byte {
	enc, err := rollupHarness.abi.Pack("governor")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGovernor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c340a24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function governor() view returns(address)
func (rollupHarness *RollupHarness) TryPackGovernor() ([]byte, error) {
	return rollupHarness.abi.Pack("governor")
}

// UnpackGovernor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0c340a24.
//
// Solidity: function governor() view returns(address)
func (rollupHarness *RollupHarness) UnpackGovernor(data []byte) (common.Address, error) {
	out, err := rollupHarness.abi.Unpack("governor", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452a9320.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function guardian() view returns(address)
func (rollupHarness *RollupHarness) PackGuardian() []byte {
	enc, err := rollupHarness.abi.Pack("guardian")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452a9320.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function guardian() view returns(address)
func (rollupHarness *RollupHarness) TryPackGuardian() ([]byte, error) {
	return rollupHarness.abi.Pack("guardian")
}

// UnpackGuardian is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x452a9320.
//
// Solidity: function guardian() view returns(address)
func (rollupHarness *RollupHarness) UnpackGuardian(data []byte) (common.Address, error) {
	out, err := rollupHarness.abi.Unpack("guardian", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackHasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed33639f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasher() view returns(address)
func (rollupHarness *RollupHarness) PackHasher() []byte {
	enc, err := rollupHarness.abi.Pack("hasher")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed33639f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasher() view returns(address)
func (rollupHarness *RollupHarness) TryPackHasher() ([]byte, error) {
	return rollupHarness.abi.Pack("hasher")
}

// UnpackHasher is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xed33639f.
//
// Solidity: function hasher() view returns(address)
func (rollupHarness *RollupHarness) UnpackHasher(data []byte) (common.Address, error) {
	out, err := rollupHarness.abi.Unpack("hasher", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMarkReclaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b65eff3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function markReclaimed(uint64[] queueIndices) returns()
func (rollupHarness *RollupHarness) PackMarkReclaimed(queueIndices []uint64) []byte {
	enc, err := rollupHarness.abi.Pack("markReclaimed", queueIndices)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarkReclaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b65eff3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function markReclaimed(uint64[] queueIndices) returns()
func (rollupHarness *RollupHarness) TryPackMarkReclaimed(queueIndices []uint64) ([]byte, error) {
	return rollupHarness.abi.Pack("markReclaimed", queueIndices)
}

// PackOperators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13e7c9d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operators(address ) view returns(bool)
func (rollupHarness *RollupHarness) PackOperators(arg0 common.Address) []byte {
	enc, err := rollupHarness.abi.Pack("operators", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13e7c9d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operators(address ) view returns(bool)
func (rollupHarness *RollupHarness) TryPackOperators(arg0 common.Address) ([]byte, error) {
	return rollupHarness.abi.Pack("operators", arg0)
}

// UnpackOperators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13e7c9d8.
//
// Solidity: function operators(address ) view returns(bool)
func (rollupHarness *RollupHarness) UnpackOperators(data []byte) (bool, error) {
	out, err := rollupHarness.abi.Unpack("operators", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPauseDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02191980.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pauseDeposits() returns()
func (rollupHarness *RollupHarness) PackPauseDeposits() []byte {
	enc, err := rollupHarness.abi.Pack("pauseDeposits")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPauseDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x02191980.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pauseDeposits() returns()
func (rollupHarness *RollupHarness) TryPackPauseDeposits() ([]byte, error) {
	return rollupHarness.abi.Pack("pauseDeposits")
}

// PackPendingChanges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4dda5518.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingChanges(bytes32 id) view returns(uint256 eta)
func (rollupHarness *RollupHarness) PackPendingChanges(id [32]byte) []byte {
	enc, err := rollupHarness.abi.Pack("pendingChanges", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingChanges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4dda5518.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingChanges(bytes32 id) view returns(uint256 eta)
func (rollupHarness *RollupHarness) TryPackPendingChanges(id [32]byte) ([]byte, error) {
	return rollupHarness.abi.Pack("pendingChanges", id)
}

// UnpackPendingChanges is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4dda5518.
//
// Solidity: function pendingChanges(bytes32 id) view returns(uint256 eta)
func (rollupHarness *RollupHarness) UnpackPendingChanges(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("pendingChanges", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPendingWithdrawals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3f43703.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingWithdrawals(address ) view returns(uint256)
func (rollupHarness *RollupHarness) PackPendingWithdrawals(arg0 common.Address) []byte {
	enc, err := rollupHarness.abi.Pack("pendingWithdrawals", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingWithdrawals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf3f43703.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingWithdrawals(address ) view returns(uint256)
func (rollupHarness *RollupHarness) TryPackPendingWithdrawals(arg0 common.Address) ([]byte, error) {
	return rollupHarness.abi.Pack("pendingWithdrawals", arg0)
}

// UnpackPendingWithdrawals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf3f43703.
//
// Solidity: function pendingWithdrawals(address ) view returns(uint256)
func (rollupHarness *RollupHarness) UnpackPendingWithdrawals(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("pendingWithdrawals", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackProposeChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d2ea592.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proposeChange(uint8 kind, bytes32 key, bytes32 value) returns(bytes32 id)
func (rollupHarness *RollupHarness) PackProposeChange(kind uint8, key [32]byte, value [32]byte) []byte {
	enc, err := rollupHarness.abi.Pack("proposeChange", kind, key, value)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProposeChange is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d2ea592.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proposeChange(uint8 kind, bytes32 key, bytes32 value) returns(bytes32 id)
func (rollupHarness *RollupHarness) TryPackProposeChange(kind uint8, key [32]byte, value [32]byte) ([]byte, error) {
	return rollupHarness.abi.Pack("proposeChange", kind, key, value)
}

// UnpackProposeChange is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5d2ea592.
//
// Solidity: function proposeChange(uint8 kind, bytes32 key, bytes32 value) returns(bytes32 id)
func (rollupHarness *RollupHarness) UnpackProposeChange(data []byte) ([32]byte, error) {
	out, err := rollupHarness.abi.Unpack("proposeChange", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPublicInput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f1ae605.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicInput(bytes32 oldRoot, uint256 newRoot, uint64 batchNumber, uint64 timestamp, bytes32 configHash_, bytes pubdata) pure returns(uint256)
func (rollupHarness *RollupHarness) PackPublicInput(oldRoot [32]byte, newRoot *big.Int, batchNumber uint64, timestamp uint64, configHash [32]byte, pubdata []byte) []byte {
	enc, err := rollupHarness.abi.Pack("publicInput", oldRoot, newRoot, batchNumber, timestamp, configHash, pubdata)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublicInput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f1ae605.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publicInput(bytes32 oldRoot, uint256 newRoot, uint64 batchNumber, uint64 timestamp, bytes32 configHash_, bytes pubdata) pure returns(uint256)
func (rollupHarness *RollupHarness) TryPackPublicInput(oldRoot [32]byte, newRoot *big.Int, batchNumber uint64, timestamp uint64, configHash [32]byte, pubdata []byte) ([]byte, error) {
	return rollupHarness.abi.Pack("publicInput", oldRoot, newRoot, batchNumber, timestamp, configHash, pubdata)
}

// UnpackPublicInput is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3f1ae605.
//
// Solidity: function publicInput(bytes32 oldRoot, uint256 newRoot, uint64 batchNumber, uint64 timestamp, bytes32 configHash_, bytes pubdata) pure returns(uint256)
func (rollupHarness *RollupHarness) UnpackPublicInput(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("publicInput", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPushPlaceholders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e2ea37d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pushPlaceholders(uint64 n) returns()
func (rollupHarness *RollupHarness) PackPushPlaceholders(n uint64) []byte {
	enc, err := rollupHarness.abi.Pack("pushPlaceholders", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPushPlaceholders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e2ea37d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pushPlaceholders(uint64 n) returns()
func (rollupHarness *RollupHarness) TryPackPushPlaceholders(n uint64) ([]byte, error) {
	return rollupHarness.abi.Pack("pushPlaceholders", n)
}

// PackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddf0b009.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queue(uint256 queueIndex) view returns(uint256)
func (rollupHarness *RollupHarness) PackQueue(queueIndex *big.Int) []byte {
	enc, err := rollupHarness.abi.Pack("queue", queueIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddf0b009.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queue(uint256 queueIndex) view returns(uint256)
func (rollupHarness *RollupHarness) TryPackQueue(queueIndex *big.Int) ([]byte, error) {
	return rollupHarness.abi.Pack("queue", queueIndex)
}

// UnpackQueue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xddf0b009.
//
// Solidity: function queue(uint256 queueIndex) view returns(uint256)
func (rollupHarness *RollupHarness) UnpackQueue(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("queue", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQueueState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b1f7dc2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueState() view returns(uint32 accountCount, uint64 queueCount, uint64 forcedBlock, uint16 forcedInBlock, bool depositsPaused, bool frozen)
func (rollupHarness *RollupHarness) PackQueueState() []byte {
	enc, err := rollupHarness.abi.Pack("queueState")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b1f7dc2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueState() view returns(uint32 accountCount, uint64 queueCount, uint64 forcedBlock, uint16 forcedInBlock, bool depositsPaused, bool frozen)
func (rollupHarness *RollupHarness) TryPackQueueState() ([]byte, error) {
	return rollupHarness.abi.Pack("queueState")
}

// QueueStateOutput serves as a container for the return parameters of contract
// method QueueState.
type QueueStateOutput struct {
	AccountCount   uint32
	QueueCount     uint64
	ForcedBlock    uint64
	ForcedInBlock  uint16
	DepositsPaused bool
	Frozen         bool
}

// UnpackQueueState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b1f7dc2.
//
// Solidity: function queueState() view returns(uint32 accountCount, uint64 queueCount, uint64 forcedBlock, uint16 forcedInBlock, bool depositsPaused, bool frozen)
func (rollupHarness *RollupHarness) UnpackQueueState(data []byte) (QueueStateOutput, error) {
	out, err := rollupHarness.abi.Unpack("queueState", data)
	outstruct := new(QueueStateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.AccountCount = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.QueueCount = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.ForcedBlock = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.ForcedInBlock = *abi.ConvertType(out[3], new(uint16)).(*uint16)
	outstruct.DepositsPaused = *abi.ConvertType(out[4], new(bool)).(*bool)
	outstruct.Frozen = *abi.ConvertType(out[5], new(bool)).(*bool)
	return *outstruct, nil
}

// PackReclaimDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb8d3162.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaimDeposit(uint64 queueIndex, bytes record) returns()
func (rollupHarness *RollupHarness) PackReclaimDeposit(queueIndex uint64, record []byte) []byte {
	enc, err := rollupHarness.abi.Pack("reclaimDeposit", queueIndex, record)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaimDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb8d3162.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaimDeposit(uint64 queueIndex, bytes record) returns()
func (rollupHarness *RollupHarness) TryPackReclaimDeposit(queueIndex uint64, record []byte) ([]byte, error) {
	return rollupHarness.abi.Pack("reclaimDeposit", queueIndex, record)
}

// PackSetAccountCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08167dbf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAccountCount(uint32 accountCount) returns()
func (rollupHarness *RollupHarness) PackSetAccountCount(accountCount uint32) []byte {
	enc, err := rollupHarness.abi.Pack("setAccountCount", accountCount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAccountCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x08167dbf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAccountCount(uint32 accountCount) returns()
func (rollupHarness *RollupHarness) TryPackSetAccountCount(accountCount uint32) ([]byte, error) {
	return rollupHarness.abi.Pack("setAccountCount", accountCount)
}

// PackSetStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8eb18a47.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setStateRoot(uint256 root) returns()
func (rollupHarness *RollupHarness) PackSetStateRoot(root *big.Int) []byte {
	enc, err := rollupHarness.abi.Pack("setStateRoot", root)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8eb18a47.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setStateRoot(uint256 root) returns()
func (rollupHarness *RollupHarness) TryPackSetStateRoot(root *big.Int) ([]byte, error) {
	return rollupHarness.abi.Pack("setStateRoot", root)
}

// PackSmallOrderKeys is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7293569.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function smallOrderKeys() pure returns(bytes32[8])
func (rollupHarness *RollupHarness) PackSmallOrderKeys() []byte {
	enc, err := rollupHarness.abi.Pack("smallOrderKeys")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSmallOrderKeys is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7293569.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function smallOrderKeys() pure returns(bytes32[8])
func (rollupHarness *RollupHarness) TryPackSmallOrderKeys() ([]byte, error) {
	return rollupHarness.abi.Pack("smallOrderKeys")
}

// UnpackSmallOrderKeys is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7293569.
//
// Solidity: function smallOrderKeys() pure returns(bytes32[8])
func (rollupHarness *RollupHarness) UnpackSmallOrderKeys(data []byte) ([8][32]byte, error) {
	out, err := rollupHarness.abi.Unpack("smallOrderKeys", data)
	if err != nil {
		return *new([8][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([8][32]byte)).(*[8][32]byte)
	return out0, nil
}

// PackStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9588eca2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stateRoot() view returns(uint256)
func (rollupHarness *RollupHarness) PackStateRoot() []byte {
	enc, err := rollupHarness.abi.Pack("stateRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStateRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9588eca2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stateRoot() view returns(uint256)
func (rollupHarness *RollupHarness) TryPackStateRoot() ([]byte, error) {
	return rollupHarness.abi.Pack("stateRoot")
}

// UnpackStateRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9588eca2.
//
// Solidity: function stateRoot() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackStateRoot(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("stateRoot", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function token() view returns(address)
func (rollupHarness *RollupHarness) PackToken() []byte {
	enc, err := rollupHarness.abi.Pack("token")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfc0c546a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function token() view returns(address)
func (rollupHarness *RollupHarness) TryPackToken() ([]byte, error) {
	return rollupHarness.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (rollupHarness *RollupHarness) UnpackToken(data []byte) (common.Address, error) {
	out, err := rollupHarness.abi.Unpack("token", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackVerifiers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac1eff68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifiers(uint256 batchSize) view returns(address)
func (rollupHarness *RollupHarness) PackVerifiers(batchSize *big.Int) []byte {
	enc, err := rollupHarness.abi.Pack("verifiers", batchSize)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifiers is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac1eff68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifiers(uint256 batchSize) view returns(address)
func (rollupHarness *RollupHarness) TryPackVerifiers(batchSize *big.Int) ([]byte, error) {
	return rollupHarness.abi.Pack("verifiers", batchSize)
}

// UnpackVerifiers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac1eff68.
//
// Solidity: function verifiers(uint256 batchSize) view returns(address)
func (rollupHarness *RollupHarness) UnpackVerifiers(data []byte) (common.Address, error) {
	out, err := rollupHarness.abi.Unpack("verifiers", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (rollupHarness *RollupHarness) PackWithdraw() []byte {
	enc, err := rollupHarness.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (rollupHarness *RollupHarness) TryPackWithdraw() ([]byte, error) {
	return rollupHarness.abi.Pack("withdraw")
}

// RollupHarnessBatchCommitted represents a BatchCommitted event raised by the RollupHarness contract.
type RollupHarnessBatchCommitted struct {
	BatchNumber uint64
	NewRoot     *big.Int
	Timestamp   uint64
	QueueHead   uint64
	Raw         *types.Log // Blockchain specific contextual infos
}

const RollupHarnessBatchCommittedEventName = "BatchCommitted"

// ContractEventName returns the user-defined event name.
func (RollupHarnessBatchCommitted) ContractEventName() string {
	return RollupHarnessBatchCommittedEventName
}

// UnpackBatchCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchCommitted(uint64 indexed batchNumber, uint256 newRoot, uint64 timestamp, uint64 queueHead)
func (rollupHarness *RollupHarness) UnpackBatchCommittedEvent(log *types.Log) (*RollupHarnessBatchCommitted, error) {
	event := "BatchCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupHarness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupHarnessBatchCommitted)
	if len(log.Data) > 0 {
		if err := rollupHarness.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupHarness.abi.Events[event].Inputs {
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

// RollupHarnessChangeApplied represents a ChangeApplied event raised by the RollupHarness contract.
type RollupHarnessChangeApplied struct {
	Id    [32]byte
	Kind  uint8
	Key   [32]byte
	Value [32]byte
	Raw   *types.Log // Blockchain specific contextual infos
}

const RollupHarnessChangeAppliedEventName = "ChangeApplied"

// ContractEventName returns the user-defined event name.
func (RollupHarnessChangeApplied) ContractEventName() string {
	return RollupHarnessChangeAppliedEventName
}

// UnpackChangeAppliedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChangeApplied(bytes32 indexed id, uint8 kind, bytes32 key, bytes32 value)
func (rollupHarness *RollupHarness) UnpackChangeAppliedEvent(log *types.Log) (*RollupHarnessChangeApplied, error) {
	event := "ChangeApplied"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupHarness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupHarnessChangeApplied)
	if len(log.Data) > 0 {
		if err := rollupHarness.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupHarness.abi.Events[event].Inputs {
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

// RollupHarnessChangeCancelled represents a ChangeCancelled event raised by the RollupHarness contract.
type RollupHarnessChangeCancelled struct {
	Id  [32]byte
	By  common.Address
	Raw *types.Log // Blockchain specific contextual infos
}

const RollupHarnessChangeCancelledEventName = "ChangeCancelled"

// ContractEventName returns the user-defined event name.
func (RollupHarnessChangeCancelled) ContractEventName() string {
	return RollupHarnessChangeCancelledEventName
}

// UnpackChangeCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChangeCancelled(bytes32 indexed id, address by)
func (rollupHarness *RollupHarness) UnpackChangeCancelledEvent(log *types.Log) (*RollupHarnessChangeCancelled, error) {
	event := "ChangeCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupHarness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupHarnessChangeCancelled)
	if len(log.Data) > 0 {
		if err := rollupHarness.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupHarness.abi.Events[event].Inputs {
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

// RollupHarnessChangeProposed represents a ChangeProposed event raised by the RollupHarness contract.
type RollupHarnessChangeProposed struct {
	Id    [32]byte
	Kind  uint8
	Key   [32]byte
	Value [32]byte
	Eta   *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const RollupHarnessChangeProposedEventName = "ChangeProposed"

// ContractEventName returns the user-defined event name.
func (RollupHarnessChangeProposed) ContractEventName() string {
	return RollupHarnessChangeProposedEventName
}

// UnpackChangeProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChangeProposed(bytes32 indexed id, uint8 kind, bytes32 key, bytes32 value, uint256 eta)
func (rollupHarness *RollupHarness) UnpackChangeProposedEvent(log *types.Log) (*RollupHarnessChangeProposed, error) {
	event := "ChangeProposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupHarness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupHarnessChangeProposed)
	if len(log.Data) > 0 {
		if err := rollupHarness.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupHarness.abi.Events[event].Inputs {
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

// RollupHarnessDepositQueued represents a DepositQueued event raised by the RollupHarness contract.
type RollupHarnessDepositQueued struct {
	QueueIndex uint64
	AccountId  uint32
	Owner      common.Address
	PubKey     [32]byte
	Amount     uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupHarnessDepositQueuedEventName = "DepositQueued"

// ContractEventName returns the user-defined event name.
func (RollupHarnessDepositQueued) ContractEventName() string {
	return RollupHarnessDepositQueuedEventName
}

// UnpackDepositQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositQueued(uint64 queueIndex, uint32 indexed accountId, address indexed owner, bytes32 pubKey, uint64 amount)
func (rollupHarness *RollupHarness) UnpackDepositQueuedEvent(log *types.Log) (*RollupHarnessDepositQueued, error) {
	event := "DepositQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupHarness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupHarnessDepositQueued)
	if len(log.Data) > 0 {
		if err := rollupHarness.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupHarness.abi.Events[event].Inputs {
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

// RollupHarnessDepositReclaimed represents a DepositReclaimed event raised by the RollupHarness contract.
type RollupHarnessDepositReclaimed struct {
	QueueIndex uint64
	Payer      common.Address
	Amount     uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupHarnessDepositReclaimedEventName = "DepositReclaimed"

// ContractEventName returns the user-defined event name.
func (RollupHarnessDepositReclaimed) ContractEventName() string {
	return RollupHarnessDepositReclaimedEventName
}

// UnpackDepositReclaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositReclaimed(uint64 queueIndex, address indexed payer, uint64 amount)
func (rollupHarness *RollupHarness) UnpackDepositReclaimedEvent(log *types.Log) (*RollupHarnessDepositReclaimed, error) {
	event := "DepositReclaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupHarness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupHarnessDepositReclaimed)
	if len(log.Data) > 0 {
		if err := rollupHarness.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupHarness.abi.Events[event].Inputs {
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

// RollupHarnessDepositsPaused represents a DepositsPaused event raised by the RollupHarness contract.
type RollupHarnessDepositsPaused struct {
	Guardian common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const RollupHarnessDepositsPausedEventName = "DepositsPaused"

// ContractEventName returns the user-defined event name.
func (RollupHarnessDepositsPaused) ContractEventName() string {
	return RollupHarnessDepositsPausedEventName
}

// UnpackDepositsPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositsPaused(address guardian)
func (rollupHarness *RollupHarness) UnpackDepositsPausedEvent(log *types.Log) (*RollupHarnessDepositsPaused, error) {
	event := "DepositsPaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupHarness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupHarnessDepositsPaused)
	if len(log.Data) > 0 {
		if err := rollupHarness.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupHarness.abi.Events[event].Inputs {
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

// RollupHarnessEscaped represents a Escaped event raised by the RollupHarness contract.
type RollupHarnessEscaped struct {
	AccountId uint32
	Owner     common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const RollupHarnessEscapedEventName = "Escaped"

// ContractEventName returns the user-defined event name.
func (RollupHarnessEscaped) ContractEventName() string {
	return RollupHarnessEscapedEventName
}

// UnpackEscapedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Escaped(uint32 indexed accountId, address indexed owner, uint256 amount)
func (rollupHarness *RollupHarness) UnpackEscapedEvent(log *types.Log) (*RollupHarnessEscaped, error) {
	event := "Escaped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupHarness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupHarnessEscaped)
	if len(log.Data) > 0 {
		if err := rollupHarness.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupHarness.abi.Events[event].Inputs {
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

// RollupHarnessForcedWithdrawalQueued represents a ForcedWithdrawalQueued event raised by the RollupHarness contract.
type RollupHarnessForcedWithdrawalQueued struct {
	QueueIndex uint64
	AccountId  uint32
	Owner      common.Address
	Amount     uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupHarnessForcedWithdrawalQueuedEventName = "ForcedWithdrawalQueued"

// ContractEventName returns the user-defined event name.
func (RollupHarnessForcedWithdrawalQueued) ContractEventName() string {
	return RollupHarnessForcedWithdrawalQueuedEventName
}

// UnpackForcedWithdrawalQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForcedWithdrawalQueued(uint64 queueIndex, uint32 indexed accountId, address indexed owner, uint64 amount)
func (rollupHarness *RollupHarness) UnpackForcedWithdrawalQueuedEvent(log *types.Log) (*RollupHarnessForcedWithdrawalQueued, error) {
	event := "ForcedWithdrawalQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupHarness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupHarnessForcedWithdrawalQueued)
	if len(log.Data) > 0 {
		if err := rollupHarness.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupHarness.abi.Events[event].Inputs {
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

// RollupHarnessFrozen represents a Frozen event raised by the RollupHarness contract.
type RollupHarnessFrozen struct {
	QueueIndex uint64
	StateRoot  *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupHarnessFrozenEventName = "Frozen"

// ContractEventName returns the user-defined event name.
func (RollupHarnessFrozen) ContractEventName() string {
	return RollupHarnessFrozenEventName
}

// UnpackFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Frozen(uint64 queueIndex, uint256 stateRoot)
func (rollupHarness *RollupHarness) UnpackFrozenEvent(log *types.Log) (*RollupHarnessFrozen, error) {
	event := "Frozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupHarness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupHarnessFrozen)
	if len(log.Data) > 0 {
		if err := rollupHarness.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupHarness.abi.Events[event].Inputs {
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

// RollupHarnessGenesis represents a Genesis event raised by the RollupHarness contract.
type RollupHarnessGenesis struct {
	StateRoot    *big.Int
	AccountsRoot *big.Int
	Markets      [16]*big.Int
	Globals      *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const RollupHarnessGenesisEventName = "Genesis"

// ContractEventName returns the user-defined event name.
func (RollupHarnessGenesis) ContractEventName() string {
	return RollupHarnessGenesisEventName
}

// UnpackGenesisEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Genesis(uint256 stateRoot, uint256 accountsRoot, uint256[16] markets, uint256 globals)
func (rollupHarness *RollupHarness) UnpackGenesisEvent(log *types.Log) (*RollupHarnessGenesis, error) {
	event := "Genesis"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupHarness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupHarnessGenesis)
	if len(log.Data) > 0 {
		if err := rollupHarness.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupHarness.abi.Events[event].Inputs {
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

// RollupHarnessWithdrawn represents a Withdrawn event raised by the RollupHarness contract.
type RollupHarnessWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const RollupHarnessWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (RollupHarnessWithdrawn) ContractEventName() string {
	return RollupHarnessWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (rollupHarness *RollupHarness) UnpackWithdrawnEvent(log *types.Log) (*RollupHarnessWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupHarness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupHarnessWithdrawn)
	if len(log.Data) > 0 {
		if err := rollupHarness.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollupHarness.abi.Events[event].Inputs {
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
func (rollupHarness *RollupHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["AccountLimitReached"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackAccountLimitReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["AccountOutOfRange"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackAccountOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["AlreadyEscaped"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackAlreadyEscapedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["AmountTooLarge"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackAmountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["BadPubdataLength"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackBadPubdataLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["ChangeAlreadyPending"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackChangeAlreadyPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["ChangeExpired"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackChangeExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["ChangeNotPending"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackChangeNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["ChangeNotReady"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackChangeNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["DepositsArePaused"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackDepositsArePausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["ForcedRequestLimit"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackForcedRequestLimitError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["GuardianCannotCancel"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackGuardianCannotCancelError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["HasherNotDeployed"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackHasherNotDeployedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["InvalidBatchSize"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackInvalidBatchSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["InvalidChange"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackInvalidChangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["InvalidPubKey"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackInvalidPubKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["NoBatchSizes"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackNoBatchSizesError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["NoOperators"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackNoOperatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["NotAContract"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackNotAContractError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["NotAccountOwner"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackNotAccountOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["NotDepositPayer"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackNotDepositPayerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["NotGovernor"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackNotGovernorError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["NotGovernorOrGuardian"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackNotGovernorOrGuardianError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["NotGuardian"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackNotGuardianError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["NotInField"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackNotInFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["NotOperator"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackNotOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["NotOverdue"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackNotOverdueError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["NotReclaimable"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackNotReclaimableError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["NothingToEscape"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackNothingToEscapeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["QueueMismatch"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackQueueMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["RequestMismatch"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackRequestMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["RollupFrozen"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackRollupFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["RollupNotFrozen"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackRollupNotFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["SmallOrderPubKey"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackSmallOrderPubKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["StateMismatch"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackStateMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["TimestampBeforeLast"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackTimestampBeforeLastError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["TimestampTooFarAhead"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackTimestampTooFarAheadError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["TimestampTooFarBehind"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackTimestampTooFarBehindError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["UnknownAccount"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackUnknownAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["UnknownRecordType"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackUnknownRecordTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["UnsupportedBatchSize"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackUnsupportedBatchSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RollupHarnessAccountLimitReached represents a AccountLimitReached error raised by the RollupHarness contract.
type RollupHarnessAccountLimitReached struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccountLimitReached()
func RollupHarnessAccountLimitReachedErrorID() common.Hash {
	return common.HexToHash("0xee81352843c913f8ac3b6851656fefd99798bd4ddc4c6bcdea276f07c922e558")
}

// UnpackAccountLimitReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccountLimitReached()
func (rollupHarness *RollupHarness) UnpackAccountLimitReachedError(raw []byte) (*RollupHarnessAccountLimitReached, error) {
	out := new(RollupHarnessAccountLimitReached)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "AccountLimitReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessAccountOutOfRange represents a AccountOutOfRange error raised by the RollupHarness contract.
type RollupHarnessAccountOutOfRange struct {
	AccountId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccountOutOfRange(uint32 accountId)
func RollupHarnessAccountOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x67a4770ca6360343b995dee5b5444bf90cbb2805c551c9d3da601565648acd56")
}

// UnpackAccountOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccountOutOfRange(uint32 accountId)
func (rollupHarness *RollupHarness) UnpackAccountOutOfRangeError(raw []byte) (*RollupHarnessAccountOutOfRange, error) {
	out := new(RollupHarnessAccountOutOfRange)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "AccountOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessAlreadyEscaped represents a AlreadyEscaped error raised by the RollupHarness contract.
type RollupHarnessAlreadyEscaped struct {
	AccountId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyEscaped(uint32 accountId)
func RollupHarnessAlreadyEscapedErrorID() common.Hash {
	return common.HexToHash("0x759957073eb3b0667b4f534d3df6da16c3a0932bee3ed3e72c4e7412ceed6b30")
}

// UnpackAlreadyEscapedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyEscaped(uint32 accountId)
func (rollupHarness *RollupHarness) UnpackAlreadyEscapedError(raw []byte) (*RollupHarnessAlreadyEscaped, error) {
	out := new(RollupHarnessAlreadyEscaped)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "AlreadyEscaped", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessAmountTooLarge represents a AmountTooLarge error raised by the RollupHarness contract.
type RollupHarnessAmountTooLarge struct {
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountTooLarge(uint256 amount)
func RollupHarnessAmountTooLargeErrorID() common.Hash {
	return common.HexToHash("0x08083b2a16b607736bde3b2f81a2e47b6cddd068539243b1d8b47462dd533e58")
}

// UnpackAmountTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountTooLarge(uint256 amount)
func (rollupHarness *RollupHarness) UnpackAmountTooLargeError(raw []byte) (*RollupHarnessAmountTooLarge, error) {
	out := new(RollupHarnessAmountTooLarge)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "AmountTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessBadPubdataLength represents a BadPubdataLength error raised by the RollupHarness contract.
type RollupHarnessBadPubdataLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPubdataLength(uint256 length)
func RollupHarnessBadPubdataLengthErrorID() common.Hash {
	return common.HexToHash("0x9a40f90557457523c8cb580c3319b745475e059f45acff29db8aee3ce46da729")
}

// UnpackBadPubdataLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPubdataLength(uint256 length)
func (rollupHarness *RollupHarness) UnpackBadPubdataLengthError(raw []byte) (*RollupHarnessBadPubdataLength, error) {
	out := new(RollupHarnessBadPubdataLength)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "BadPubdataLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessChangeAlreadyPending represents a ChangeAlreadyPending error raised by the RollupHarness contract.
type RollupHarnessChangeAlreadyPending struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChangeAlreadyPending(bytes32 id)
func RollupHarnessChangeAlreadyPendingErrorID() common.Hash {
	return common.HexToHash("0x8662bcc7e8eeb53e69f09a7cf363b35c98f634d73858da085e980a04f7ff8705")
}

// UnpackChangeAlreadyPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChangeAlreadyPending(bytes32 id)
func (rollupHarness *RollupHarness) UnpackChangeAlreadyPendingError(raw []byte) (*RollupHarnessChangeAlreadyPending, error) {
	out := new(RollupHarnessChangeAlreadyPending)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "ChangeAlreadyPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessChangeExpired represents a ChangeExpired error raised by the RollupHarness contract.
type RollupHarnessChangeExpired struct {
	Id     [32]byte
	Expiry *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChangeExpired(bytes32 id, uint256 expiry)
func RollupHarnessChangeExpiredErrorID() common.Hash {
	return common.HexToHash("0x7c0638fea949d5fb73cfdd819f0d7dc1c9bac3a05cfcb6127b9a656f14a1c505")
}

// UnpackChangeExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChangeExpired(bytes32 id, uint256 expiry)
func (rollupHarness *RollupHarness) UnpackChangeExpiredError(raw []byte) (*RollupHarnessChangeExpired, error) {
	out := new(RollupHarnessChangeExpired)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "ChangeExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessChangeNotPending represents a ChangeNotPending error raised by the RollupHarness contract.
type RollupHarnessChangeNotPending struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChangeNotPending(bytes32 id)
func RollupHarnessChangeNotPendingErrorID() common.Hash {
	return common.HexToHash("0xe624d463aae5e9bc3618c990692c7ceddd2157b3088ef01f945c835160d605d7")
}

// UnpackChangeNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChangeNotPending(bytes32 id)
func (rollupHarness *RollupHarness) UnpackChangeNotPendingError(raw []byte) (*RollupHarnessChangeNotPending, error) {
	out := new(RollupHarnessChangeNotPending)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "ChangeNotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessChangeNotReady represents a ChangeNotReady error raised by the RollupHarness contract.
type RollupHarnessChangeNotReady struct {
	Id  [32]byte
	Eta *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChangeNotReady(bytes32 id, uint256 eta)
func RollupHarnessChangeNotReadyErrorID() common.Hash {
	return common.HexToHash("0x2b169f559ff98b4c5036ff73a939a579d0f45f1c929b5759d920d9808c9cd249")
}

// UnpackChangeNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChangeNotReady(bytes32 id, uint256 eta)
func (rollupHarness *RollupHarness) UnpackChangeNotReadyError(raw []byte) (*RollupHarnessChangeNotReady, error) {
	out := new(RollupHarnessChangeNotReady)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "ChangeNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessDepositsArePaused represents a DepositsArePaused error raised by the RollupHarness contract.
type RollupHarnessDepositsArePaused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositsArePaused()
func RollupHarnessDepositsArePausedErrorID() common.Hash {
	return common.HexToHash("0x5a65d188d4dc126891c9d889be208c9a08afc55c650bde9d41ba3a3fac8999e5")
}

// UnpackDepositsArePausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositsArePaused()
func (rollupHarness *RollupHarness) UnpackDepositsArePausedError(raw []byte) (*RollupHarnessDepositsArePaused, error) {
	out := new(RollupHarnessDepositsArePaused)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "DepositsArePaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessForcedRequestLimit represents a ForcedRequestLimit error raised by the RollupHarness contract.
type RollupHarnessForcedRequestLimit struct {
	BlockNumber *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForcedRequestLimit(uint256 blockNumber)
func RollupHarnessForcedRequestLimitErrorID() common.Hash {
	return common.HexToHash("0xcc2085d3e214decc4184daaa44f49445517580355725a6feb066f88adc2d4dc6")
}

// UnpackForcedRequestLimitError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForcedRequestLimit(uint256 blockNumber)
func (rollupHarness *RollupHarness) UnpackForcedRequestLimitError(raw []byte) (*RollupHarnessForcedRequestLimit, error) {
	out := new(RollupHarnessForcedRequestLimit)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "ForcedRequestLimit", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessGuardianCannotCancel represents a GuardianCannotCancel error raised by the RollupHarness contract.
type RollupHarnessGuardianCannotCancel struct {
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GuardianCannotCancel(uint8 kind)
func RollupHarnessGuardianCannotCancelErrorID() common.Hash {
	return common.HexToHash("0x7fd4b39ae71cfe70e7289c9ee096ccfb9cb3901e38e6b2a5fcb53cce806866b6")
}

// UnpackGuardianCannotCancelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GuardianCannotCancel(uint8 kind)
func (rollupHarness *RollupHarness) UnpackGuardianCannotCancelError(raw []byte) (*RollupHarnessGuardianCannotCancel, error) {
	out := new(RollupHarnessGuardianCannotCancel)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "GuardianCannotCancel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessHasherNotDeployed represents a HasherNotDeployed error raised by the RollupHarness contract.
type RollupHarnessHasherNotDeployed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HasherNotDeployed()
func RollupHarnessHasherNotDeployedErrorID() common.Hash {
	return common.HexToHash("0x48bb0e8a185b920c2a198471224b0b94d6fb9b104f0d1bb96a23c83cb3a7c105")
}

// UnpackHasherNotDeployedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HasherNotDeployed()
func (rollupHarness *RollupHarness) UnpackHasherNotDeployedError(raw []byte) (*RollupHarnessHasherNotDeployed, error) {
	out := new(RollupHarnessHasherNotDeployed)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "HasherNotDeployed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessInvalidBatchSize represents a InvalidBatchSize error raised by the RollupHarness contract.
type RollupHarnessInvalidBatchSize struct {
	BatchSize *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidBatchSize(uint256 batchSize)
func RollupHarnessInvalidBatchSizeErrorID() common.Hash {
	return common.HexToHash("0xa6f7498550a31b8c7274d1722871e3cb23f5b8c01d44780190be594eaaeb4965")
}

// UnpackInvalidBatchSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidBatchSize(uint256 batchSize)
func (rollupHarness *RollupHarness) UnpackInvalidBatchSizeError(raw []byte) (*RollupHarnessInvalidBatchSize, error) {
	out := new(RollupHarnessInvalidBatchSize)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "InvalidBatchSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessInvalidChange represents a InvalidChange error raised by the RollupHarness contract.
type RollupHarnessInvalidChange struct {
	Kind  uint8
	Key   [32]byte
	Value [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidChange(uint8 kind, bytes32 key, bytes32 value)
func RollupHarnessInvalidChangeErrorID() common.Hash {
	return common.HexToHash("0x06a75e86ded58d5a51a021ea85f59627fbb34d61ade09d6b3d8497afada97e0e")
}

// UnpackInvalidChangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidChange(uint8 kind, bytes32 key, bytes32 value)
func (rollupHarness *RollupHarness) UnpackInvalidChangeError(raw []byte) (*RollupHarnessInvalidChange, error) {
	out := new(RollupHarnessInvalidChange)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "InvalidChange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessInvalidPubKey represents a InvalidPubKey error raised by the RollupHarness contract.
type RollupHarnessInvalidPubKey struct {
	PubKey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPubKey(bytes32 pubKey)
func RollupHarnessInvalidPubKeyErrorID() common.Hash {
	return common.HexToHash("0x067af973f52ac1b0cc6a2f09b4443cd56528a0078b78f6a92b4f6a6cf25bca30")
}

// UnpackInvalidPubKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPubKey(bytes32 pubKey)
func (rollupHarness *RollupHarness) UnpackInvalidPubKeyError(raw []byte) (*RollupHarnessInvalidPubKey, error) {
	out := new(RollupHarnessInvalidPubKey)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "InvalidPubKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessLengthMismatch represents a LengthMismatch error raised by the RollupHarness contract.
type RollupHarnessLengthMismatch struct {
	BatchSizes *big.Int
	Verifiers  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 batchSizes, uint256 verifiers)
func RollupHarnessLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 batchSizes, uint256 verifiers)
func (rollupHarness *RollupHarness) UnpackLengthMismatchError(raw []byte) (*RollupHarnessLengthMismatch, error) {
	out := new(RollupHarnessLengthMismatch)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessNoBatchSizes represents a NoBatchSizes error raised by the RollupHarness contract.
type RollupHarnessNoBatchSizes struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoBatchSizes()
func RollupHarnessNoBatchSizesErrorID() common.Hash {
	return common.HexToHash("0xf4a3a71438f7696c6620c13db635f05e59472c4339bcca25daa132390c37815c")
}

// UnpackNoBatchSizesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoBatchSizes()
func (rollupHarness *RollupHarness) UnpackNoBatchSizesError(raw []byte) (*RollupHarnessNoBatchSizes, error) {
	out := new(RollupHarnessNoBatchSizes)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "NoBatchSizes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessNoOperators represents a NoOperators error raised by the RollupHarness contract.
type RollupHarnessNoOperators struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoOperators()
func RollupHarnessNoOperatorsErrorID() common.Hash {
	return common.HexToHash("0xddf9d245203cbcf1bc6205dc39572cde84437e8ec9e2fbe85e00c6c92c24a458")
}

// UnpackNoOperatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoOperators()
func (rollupHarness *RollupHarness) UnpackNoOperatorsError(raw []byte) (*RollupHarnessNoOperators, error) {
	out := new(RollupHarnessNoOperators)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "NoOperators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessNotAContract represents a NotAContract error raised by the RollupHarness contract.
type RollupHarnessNotAContract struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAContract(address account)
func RollupHarnessNotAContractErrorID() common.Hash {
	return common.HexToHash("0x8a8b41ec6b8382733436ac0321a506b0d1e41dc29c8650d1fd1ff17e726ab809")
}

// UnpackNotAContractError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAContract(address account)
func (rollupHarness *RollupHarness) UnpackNotAContractError(raw []byte) (*RollupHarnessNotAContract, error) {
	out := new(RollupHarnessNotAContract)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "NotAContract", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessNotAccountOwner represents a NotAccountOwner error raised by the RollupHarness contract.
type RollupHarnessNotAccountOwner struct {
	AccountId uint32
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAccountOwner(uint32 accountId, address caller)
func RollupHarnessNotAccountOwnerErrorID() common.Hash {
	return common.HexToHash("0xdea832e256fc45d4439db9c3e449c94577c3d290a13ebb839deb68347ae4edc5")
}

// UnpackNotAccountOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAccountOwner(uint32 accountId, address caller)
func (rollupHarness *RollupHarness) UnpackNotAccountOwnerError(raw []byte) (*RollupHarnessNotAccountOwner, error) {
	out := new(RollupHarnessNotAccountOwner)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "NotAccountOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessNotDepositPayer represents a NotDepositPayer error raised by the RollupHarness contract.
type RollupHarnessNotDepositPayer struct {
	QueueIndex uint64
	Caller     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDepositPayer(uint64 queueIndex, address caller)
func RollupHarnessNotDepositPayerErrorID() common.Hash {
	return common.HexToHash("0xcfc8709be8b0533296a339ecbed9b0a587891a0a51563f62e56dcf6af23a2a47")
}

// UnpackNotDepositPayerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDepositPayer(uint64 queueIndex, address caller)
func (rollupHarness *RollupHarness) UnpackNotDepositPayerError(raw []byte) (*RollupHarnessNotDepositPayer, error) {
	out := new(RollupHarnessNotDepositPayer)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "NotDepositPayer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessNotGovernor represents a NotGovernor error raised by the RollupHarness contract.
type RollupHarnessNotGovernor struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGovernor(address caller)
func RollupHarnessNotGovernorErrorID() common.Hash {
	return common.HexToHash("0xad0550d5f64f904d6845e2da1145f7625e411009b26be2bd68f5c8a432c0b075")
}

// UnpackNotGovernorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGovernor(address caller)
func (rollupHarness *RollupHarness) UnpackNotGovernorError(raw []byte) (*RollupHarnessNotGovernor, error) {
	out := new(RollupHarnessNotGovernor)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "NotGovernor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessNotGovernorOrGuardian represents a NotGovernorOrGuardian error raised by the RollupHarness contract.
type RollupHarnessNotGovernorOrGuardian struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGovernorOrGuardian(address caller)
func RollupHarnessNotGovernorOrGuardianErrorID() common.Hash {
	return common.HexToHash("0x6c8eaa7a390241acd5d658405ceaaed3330066603f2fa29e1c00be8ced4b1888")
}

// UnpackNotGovernorOrGuardianError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGovernorOrGuardian(address caller)
func (rollupHarness *RollupHarness) UnpackNotGovernorOrGuardianError(raw []byte) (*RollupHarnessNotGovernorOrGuardian, error) {
	out := new(RollupHarnessNotGovernorOrGuardian)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "NotGovernorOrGuardian", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessNotGuardian represents a NotGuardian error raised by the RollupHarness contract.
type RollupHarnessNotGuardian struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGuardian(address caller)
func RollupHarnessNotGuardianErrorID() common.Hash {
	return common.HexToHash("0xa252c151cd1ee155ad6a596fd962f839a8b963fd05f5e863eca095de2e0b08a4")
}

// UnpackNotGuardianError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGuardian(address caller)
func (rollupHarness *RollupHarness) UnpackNotGuardianError(raw []byte) (*RollupHarnessNotGuardian, error) {
	out := new(RollupHarnessNotGuardian)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "NotGuardian", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessNotInField represents a NotInField error raised by the RollupHarness contract.
type RollupHarnessNotInField struct {
	Word *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInField(uint256 word)
func RollupHarnessNotInFieldErrorID() common.Hash {
	return common.HexToHash("0x81452424a5ecc8f087db8603e93ef219e8a1d59f781e33573a10d2a59fa29a1f")
}

// UnpackNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInField(uint256 word)
func (rollupHarness *RollupHarness) UnpackNotInFieldError(raw []byte) (*RollupHarnessNotInField, error) {
	out := new(RollupHarnessNotInField)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "NotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessNotOperator represents a NotOperator error raised by the RollupHarness contract.
type RollupHarnessNotOperator struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOperator(address caller)
func RollupHarnessNotOperatorErrorID() common.Hash {
	return common.HexToHash("0x76c6c93a6423c7e2cef5f93921b1d4d1a5ffb795cd7cfed2df95566b7c7f7c40")
}

// UnpackNotOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOperator(address caller)
func (rollupHarness *RollupHarness) UnpackNotOperatorError(raw []byte) (*RollupHarnessNotOperator, error) {
	out := new(RollupHarnessNotOperator)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "NotOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessNotOverdue represents a NotOverdue error raised by the RollupHarness contract.
type RollupHarnessNotOverdue struct {
	QueueIndex uint64
	DueTime    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOverdue(uint64 queueIndex, uint256 dueTime)
func RollupHarnessNotOverdueErrorID() common.Hash {
	return common.HexToHash("0xceacb503fcd7a73c2fae52b49c8323f9835588cb745144a8a120717b88d4019f")
}

// UnpackNotOverdueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOverdue(uint64 queueIndex, uint256 dueTime)
func (rollupHarness *RollupHarness) UnpackNotOverdueError(raw []byte) (*RollupHarnessNotOverdue, error) {
	out := new(RollupHarnessNotOverdue)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "NotOverdue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessNotPending represents a NotPending error raised by the RollupHarness contract.
type RollupHarnessNotPending struct {
	QueueIndex uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(uint64 queueIndex)
func RollupHarnessNotPendingErrorID() common.Hash {
	return common.HexToHash("0x045373aaa166658558552df94473de14a4fa9a5616f06f68334e6725e596fd32")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(uint64 queueIndex)
func (rollupHarness *RollupHarness) UnpackNotPendingError(raw []byte) (*RollupHarnessNotPending, error) {
	out := new(RollupHarnessNotPending)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessNotReclaimable represents a NotReclaimable error raised by the RollupHarness contract.
type RollupHarnessNotReclaimable struct {
	QueueIndex    uint64
	ReclaimableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotReclaimable(uint64 queueIndex, uint256 reclaimableAt)
func RollupHarnessNotReclaimableErrorID() common.Hash {
	return common.HexToHash("0x38f2eb030ddb07a27651967ce1d5283964c715a9643d4a9afa6c9c8fc4993903")
}

// UnpackNotReclaimableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotReclaimable(uint64 queueIndex, uint256 reclaimableAt)
func (rollupHarness *RollupHarness) UnpackNotReclaimableError(raw []byte) (*RollupHarnessNotReclaimable, error) {
	out := new(RollupHarnessNotReclaimable)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "NotReclaimable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessNothingToEscape represents a NothingToEscape error raised by the RollupHarness contract.
type RollupHarnessNothingToEscape struct {
	AccountId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToEscape(uint32 accountId)
func RollupHarnessNothingToEscapeErrorID() common.Hash {
	return common.HexToHash("0xf106dd545cb25f15e8bbf437cc0634dae2c41efff48bc9807eff1eefdbba309f")
}

// UnpackNothingToEscapeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToEscape(uint32 accountId)
func (rollupHarness *RollupHarness) UnpackNothingToEscapeError(raw []byte) (*RollupHarnessNothingToEscape, error) {
	out := new(RollupHarnessNothingToEscape)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "NothingToEscape", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessNothingToWithdraw represents a NothingToWithdraw error raised by the RollupHarness contract.
type RollupHarnessNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func RollupHarnessNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (rollupHarness *RollupHarness) UnpackNothingToWithdrawError(raw []byte) (*RollupHarnessNothingToWithdraw, error) {
	out := new(RollupHarnessNothingToWithdraw)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessQueueMismatch represents a QueueMismatch error raised by the RollupHarness contract.
type RollupHarnessQueueMismatch struct {
	QueueIndex uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QueueMismatch(uint64 queueIndex)
func RollupHarnessQueueMismatchErrorID() common.Hash {
	return common.HexToHash("0x2dfbea0cd599032b623eddce6f5a2286b65a65225a695abcc32e58a0272cc290")
}

// UnpackQueueMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QueueMismatch(uint64 queueIndex)
func (rollupHarness *RollupHarness) UnpackQueueMismatchError(raw []byte) (*RollupHarnessQueueMismatch, error) {
	out := new(RollupHarnessQueueMismatch)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "QueueMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessRequestMismatch represents a RequestMismatch error raised by the RollupHarness contract.
type RollupHarnessRequestMismatch struct {
	QueueIndex uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestMismatch(uint64 queueIndex)
func RollupHarnessRequestMismatchErrorID() common.Hash {
	return common.HexToHash("0x54f8a6ae4f3faaa6e93ef9c27223ef1b371325fb23650db993a4264ccac74b67")
}

// UnpackRequestMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestMismatch(uint64 queueIndex)
func (rollupHarness *RollupHarness) UnpackRequestMismatchError(raw []byte) (*RollupHarnessRequestMismatch, error) {
	out := new(RollupHarnessRequestMismatch)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "RequestMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessRollupFrozen represents a RollupFrozen error raised by the RollupHarness contract.
type RollupHarnessRollupFrozen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RollupFrozen()
func RollupHarnessRollupFrozenErrorID() common.Hash {
	return common.HexToHash("0xabd6589c1831ca4f8baf56259c2bc6e37e2cb4ee0944554be9edd341156869e5")
}

// UnpackRollupFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RollupFrozen()
func (rollupHarness *RollupHarness) UnpackRollupFrozenError(raw []byte) (*RollupHarnessRollupFrozen, error) {
	out := new(RollupHarnessRollupFrozen)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "RollupFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessRollupNotFrozen represents a RollupNotFrozen error raised by the RollupHarness contract.
type RollupHarnessRollupNotFrozen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RollupNotFrozen()
func RollupHarnessRollupNotFrozenErrorID() common.Hash {
	return common.HexToHash("0x4b0ca7f863a28e900154ded2fc577914b5220a32cdac0ed3d31f8c85aa5b05da")
}

// UnpackRollupNotFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RollupNotFrozen()
func (rollupHarness *RollupHarness) UnpackRollupNotFrozenError(raw []byte) (*RollupHarnessRollupNotFrozen, error) {
	out := new(RollupHarnessRollupNotFrozen)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "RollupNotFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessSmallOrderPubKey represents a SmallOrderPubKey error raised by the RollupHarness contract.
type RollupHarnessSmallOrderPubKey struct {
	PubKey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SmallOrderPubKey(bytes32 pubKey)
func RollupHarnessSmallOrderPubKeyErrorID() common.Hash {
	return common.HexToHash("0xcec28a779d6516c6af58dd0c0fe1434521e614e7de84a206a2961eb8ec6d5b48")
}

// UnpackSmallOrderPubKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SmallOrderPubKey(bytes32 pubKey)
func (rollupHarness *RollupHarness) UnpackSmallOrderPubKeyError(raw []byte) (*RollupHarnessSmallOrderPubKey, error) {
	out := new(RollupHarnessSmallOrderPubKey)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "SmallOrderPubKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessStateMismatch represents a StateMismatch error raised by the RollupHarness contract.
type RollupHarnessStateMismatch struct {
	ComputedRoot *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StateMismatch(uint256 computedRoot)
func RollupHarnessStateMismatchErrorID() common.Hash {
	return common.HexToHash("0x98a028866a527bc956e56ca1560cb63a90aa01edf69de28b94f360f3cf0564e6")
}

// UnpackStateMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StateMismatch(uint256 computedRoot)
func (rollupHarness *RollupHarness) UnpackStateMismatchError(raw []byte) (*RollupHarnessStateMismatch, error) {
	out := new(RollupHarnessStateMismatch)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "StateMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessTimestampBeforeLast represents a TimestampBeforeLast error raised by the RollupHarness contract.
type RollupHarnessTimestampBeforeLast struct {
	Timestamp uint64
	Last      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimestampBeforeLast(uint64 timestamp, uint64 last)
func RollupHarnessTimestampBeforeLastErrorID() common.Hash {
	return common.HexToHash("0x15fb0f4cdcec10696201cc962bdfb53839839daacca89829e8529b1003af4686")
}

// UnpackTimestampBeforeLastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimestampBeforeLast(uint64 timestamp, uint64 last)
func (rollupHarness *RollupHarness) UnpackTimestampBeforeLastError(raw []byte) (*RollupHarnessTimestampBeforeLast, error) {
	out := new(RollupHarnessTimestampBeforeLast)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "TimestampBeforeLast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessTimestampTooFarAhead represents a TimestampTooFarAhead error raised by the RollupHarness contract.
type RollupHarnessTimestampTooFarAhead struct {
	Timestamp uint64
	Bound     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimestampTooFarAhead(uint64 timestamp, uint256 bound)
func RollupHarnessTimestampTooFarAheadErrorID() common.Hash {
	return common.HexToHash("0x01c7f2985e3707c6e84c3834aa5bf07248cb868babad6012fa84646f6fdb747b")
}

// UnpackTimestampTooFarAheadError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimestampTooFarAhead(uint64 timestamp, uint256 bound)
func (rollupHarness *RollupHarness) UnpackTimestampTooFarAheadError(raw []byte) (*RollupHarnessTimestampTooFarAhead, error) {
	out := new(RollupHarnessTimestampTooFarAhead)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "TimestampTooFarAhead", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessTimestampTooFarBehind represents a TimestampTooFarBehind error raised by the RollupHarness contract.
type RollupHarnessTimestampTooFarBehind struct {
	Timestamp uint64
	Bound     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimestampTooFarBehind(uint64 timestamp, uint256 bound)
func RollupHarnessTimestampTooFarBehindErrorID() common.Hash {
	return common.HexToHash("0xd69b52cc9d49fc9010fd017df8a563a4cfab43c326ccaa2c9f31efc1e06cd646")
}

// UnpackTimestampTooFarBehindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimestampTooFarBehind(uint64 timestamp, uint256 bound)
func (rollupHarness *RollupHarness) UnpackTimestampTooFarBehindError(raw []byte) (*RollupHarnessTimestampTooFarBehind, error) {
	out := new(RollupHarnessTimestampTooFarBehind)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "TimestampTooFarBehind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessTransferFailed represents a TransferFailed error raised by the RollupHarness contract.
type RollupHarnessTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func RollupHarnessTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (rollupHarness *RollupHarness) UnpackTransferFailedError(raw []byte) (*RollupHarnessTransferFailed, error) {
	out := new(RollupHarnessTransferFailed)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessUnknownAccount represents a UnknownAccount error raised by the RollupHarness contract.
type RollupHarnessUnknownAccount struct {
	AccountId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownAccount(uint32 accountId)
func RollupHarnessUnknownAccountErrorID() common.Hash {
	return common.HexToHash("0x3f93aa87d6a3a53c7d56549052f44b791c3cec620617cab2ce0fff319ead0fe6")
}

// UnpackUnknownAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownAccount(uint32 accountId)
func (rollupHarness *RollupHarness) UnpackUnknownAccountError(raw []byte) (*RollupHarnessUnknownAccount, error) {
	out := new(RollupHarnessUnknownAccount)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "UnknownAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessUnknownRecordType represents a UnknownRecordType error raised by the RollupHarness contract.
type RollupHarnessUnknownRecordType struct {
	RecordIndex *big.Int
	RecordType  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRecordType(uint256 recordIndex, uint8 recordType)
func RollupHarnessUnknownRecordTypeErrorID() common.Hash {
	return common.HexToHash("0xa04eeeb1de8feb37c6c5b5ba2843b57600243f4c8e1244b0930123baf24685cf")
}

// UnpackUnknownRecordTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRecordType(uint256 recordIndex, uint8 recordType)
func (rollupHarness *RollupHarness) UnpackUnknownRecordTypeError(raw []byte) (*RollupHarnessUnknownRecordType, error) {
	out := new(RollupHarnessUnknownRecordType)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "UnknownRecordType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessUnsupportedBatchSize represents a UnsupportedBatchSize error raised by the RollupHarness contract.
type RollupHarnessUnsupportedBatchSize struct {
	BatchSize *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedBatchSize(uint256 batchSize)
func RollupHarnessUnsupportedBatchSizeErrorID() common.Hash {
	return common.HexToHash("0xc23744589bc1d3d2044df4cb5d7485da696022c3d50001b9da43b23dc4aec773")
}

// UnpackUnsupportedBatchSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedBatchSize(uint256 batchSize)
func (rollupHarness *RollupHarness) UnpackUnsupportedBatchSizeError(raw []byte) (*RollupHarnessUnsupportedBatchSize, error) {
	out := new(RollupHarnessUnsupportedBatchSize)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "UnsupportedBatchSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessZeroAddress represents a ZeroAddress error raised by the RollupHarness contract.
type RollupHarnessZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func RollupHarnessZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (rollupHarness *RollupHarness) UnpackZeroAddressError(raw []byte) (*RollupHarnessZeroAddress, error) {
	out := new(RollupHarnessZeroAddress)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessZeroAmount represents a ZeroAmount error raised by the RollupHarness contract.
type RollupHarnessZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func RollupHarnessZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (rollupHarness *RollupHarness) UnpackZeroAmountError(raw []byte) (*RollupHarnessZeroAmount, error) {
	out := new(RollupHarnessZeroAmount)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

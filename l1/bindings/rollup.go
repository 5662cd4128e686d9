// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

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

// RollupForcedTradeRequest is an auto generated low-level Go binding around an user-defined struct.
type RollupForcedTradeRequest struct {
	Requester common.Address
	AccountA  uint32
	AccountB  uint32
	Market    uint8
	AIsBuy    bool
	Size      uint64
	Price     uint64
	Expiry    uint64
	Nonce     uint64
}

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

// RollupMetaData contains all meta data concerning the Rollup contract.
var RollupMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"governor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"operators\",\"type\":\"address[]\"}],\"internalType\":\"structRollup.Roles\",\"name\":\"roles\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"accountsRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint256[16]\",\"name\":\"markets\",\"type\":\"uint256[16]\"},{\"internalType\":\"uint256\",\"name\":\"globals\",\"type\":\"uint256\"}],\"internalType\":\"structRollup.GenesisState\",\"name\":\"genesis\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"configHash_\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"batchSizes\",\"type\":\"uint256[]\"},{\"internalType\":\"address[]\",\"name\":\"batchVerifiers\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccountLimitReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"AccountOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"AlreadyEscaped\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadPubdataLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ChangeAlreadyPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"ChangeExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ChangeNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"eta\",\"type\":\"uint256\"}],\"name\":\"ChangeNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"ConfigNotGoverned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"ConsentExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"consent\",\"type\":\"bytes32\"}],\"name\":\"ConsentUsed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DepositsArePaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"GuardianCannotCancel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"}],\"name\":\"GuardianCannotLower\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HasherFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HasherNotDeployed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"}],\"name\":\"InvalidBatchSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"InvalidChange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidForcedTrade\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"}],\"name\":\"InvalidMarketParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"name\":\"InvalidPubKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSizes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"verifiers\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBatchSizes\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoOperators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotAContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAccountOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDepositPayer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGovernor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGovernorOrGuardian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGuardian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"}],\"name\":\"NotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"dueTime\",\"type\":\"uint256\"}],\"name\":\"NotOverdue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"reclaimableAt\",\"type\":\"uint256\"}],\"name\":\"NotReclaimable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"NothingToEscape\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"name\":\"QueueMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"name\":\"RequestMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RollupFrozen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RollupNotFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"name\":\"SmallOrderPubKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"computedRoot\",\"type\":\"uint256\"}],\"name\":\"StateMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"last\",\"type\":\"uint64\"}],\"name\":\"TimestampBeforeLast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bound\",\"type\":\"uint256\"}],\"name\":\"TimestampTooFarAhead\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bound\",\"type\":\"uint256\"}],\"name\":\"TimestampTooFarBehind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"UnknownAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"recordIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"recordType\",\"type\":\"uint8\"}],\"name\":\"UnknownRecordType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"}],\"name\":\"UnsupportedBatchSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueHead\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"}],\"name\":\"BatchCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"ChangeApplied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ChangeCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"eta\",\"type\":\"uint256\"}],\"name\":\"ChangeProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256[10]\",\"name\":\"oracleKeys\",\"type\":\"uint256[10]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"params\",\"type\":\"uint256\"}],\"name\":\"ConfigPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"DepositQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"DepositReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"DepositsPaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Escaped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountA\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountB\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"aIsBuy\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"counterparty\",\"type\":\"address\"}],\"name\":\"ForcedTradeQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"ForcedWithdrawalQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stateRoot\",\"type\":\"uint256\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stateRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"accountsRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[16]\",\"name\":\"markets\",\"type\":\"uint256[16]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"globals\",\"type\":\"uint256\"}],\"name\":\"Genesis\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"imf\",\"type\":\"uint24\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"mmf\",\"type\":\"uint24\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"tierImf\",\"type\":\"uint24\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"tierMmf\",\"type\":\"uint24\"}],\"name\":\"MarketParamsQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ACCOUNT_TREE_DEPTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEPOSIT_RECLAIM_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_CONFIG\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FORCED_REQUEST_BOND\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FORCED_TRADE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FREEZE_GRACE_PERIOD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GOVERNANCE_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GOVERNANCE_EXPIRY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"L2_ACCOUNT_BASE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LEAF_WORDS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MARKET_COUNT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MARKET_WORDS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ACCOUNTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_AMOUNT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TIMESTAMP_AHEAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TIMESTAMP_LAG\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ORACLE_KEYS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POSITION_SLOTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PPM_SCALE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PRICE_SCALE\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"QUEUE_SERVICE_INTERVAL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECORD_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SNARK_SCALAR_FIELD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"accounts\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"applyChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchState\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueHead\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"frozenAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"cancelChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"changeId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"commitBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"configHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"consent\",\"type\":\"bytes32\"}],\"name\":\"consentUsed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"queueIndex\",\"type\":\"uint256\"}],\"name\":\"depositPayers\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint256[12]\",\"name\":\"leaf\",\"type\":\"uint256[12]\"},{\"internalType\":\"uint256[24]\",\"name\":\"siblings\",\"type\":\"uint256[24]\"},{\"internalType\":\"uint256[16]\",\"name\":\"markets\",\"type\":\"uint256[16]\"},{\"internalType\":\"uint256\",\"name\":\"globals\",\"type\":\"uint256\"}],\"name\":\"escape\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"}],\"name\":\"escaped\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedBonds\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"accountA\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"accountB\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"aIsBuy\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structRollup.ForcedTradeRequest\",\"name\":\"req\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"forcedTrade\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"accountA\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"accountB\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"aIsBuy\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structRollup.ForcedTradeRequest\",\"name\":\"req\",\"type\":\"tuple\"}],\"name\":\"forcedTradeConsent\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"forcedWithdrawal\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"name\":\"freeze\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governor\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guardian\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[10]\",\"name\":\"oracleKeys\",\"type\":\"uint256[10]\"},{\"internalType\":\"uint256\",\"name\":\"params\",\"type\":\"uint256\"}],\"name\":\"hashConfig\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hasher\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"market\",\"type\":\"uint256\"}],\"name\":\"marketRows\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint24\",\"name\":\"imf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"mmf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"tierImf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"tierMmf\",\"type\":\"uint24\"},{\"internalType\":\"uint48\",\"name\":\"tierSize\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"operators\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauseDeposits\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"pendingChanges\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"eta\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"pendingWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"proposeChange\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[10]\",\"name\":\"oracleKeys\",\"type\":\"uint256[10]\"},{\"internalType\":\"uint256\",\"name\":\"params\",\"type\":\"uint256\"}],\"name\":\"publishConfig\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"queueIndex\",\"type\":\"uint256\"}],\"name\":\"queue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queueState\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"accountCount\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"queueCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastServiceTime\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"depositsPaused\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"},{\"internalType\":\"uint24\",\"name\":\"imf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"mmf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"tierImf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"tierMmf\",\"type\":\"uint24\"}],\"name\":\"raiseMarginFractions\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"}],\"name\":\"reclaimBond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"}],\"name\":\"reclaimDeposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"}],\"name\":\"setReduceOnly\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"smallOrderKeys\",\"outputs\":[{\"internalType\":\"bytes32[8]\",\"name\":\"\",\"type\":\"bytes32[8]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateRoot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"}],\"name\":\"verifiers\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Rollup",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161680138038061680183398101604081905261002e91610a37565b84516001600160a01b03166100565760405163d92e233d60e01b815260040160405180910390fd5b8460400151515f0361007b5760405163ddf9d24560e01b815260040160405180910390fd5b856001600160a01b03163b5f036100b5576040516322a2d07b60e21b81526001600160a01b03871660048201526024015b60405180910390fd5b80518251146100e457815181516040516355c5b3e360e11b8152600481019290925260248201526044016100ac565b81515f0361010557604051633d28e9c560e21b815260040160405180910390fd5b5f5b82518110156101f6575f83828151811061012357610123610b4f565b602002602001015190505f83838151811061014057610140610b4f565b60200260200101519050815f148061016d57505f828152600860205260409020546001600160a01b031615155b1561018e5760405163a6f7498560e01b8152600481018390526024016100ac565b806001600160a01b03163b5f036101c3576040516322a2d07b60e21b81526001600160a01b03821660048201526024016100ac565b5f9182526008602052604090912080546001600160a01b0319166001600160a01b03909216919091179055600101610107565b505f5b8560400151518110156102a9575f6001600160a01b03168660400151828151811061022657610226610b4f565b60200260200101516001600160a01b0316036102555760405163d92e233d60e01b815260040160405180910390fd5b600160075f8860400151848151811061027057610270610b4f565b6020908102919091018101516001600160a01b031682528101919091526040015f20805460ff19169115159190911790556001016101f9565b506001600160a01b038087166080528551600580549183166001600160a01b031992831617905560208701516006805491909316911617905560048390555f6102f0610485565b6001600160a01b03811660a052855190915061030b906104da565b6040850151610319906104da565b5f5f5b61032860086002610b77565b811015610381576103528760200151826010811061034857610348610b4f565b60200201516104da565b61037783838960200151846010811061036d5761036d610b4f565b6020020151610520565b915060010161031c565b5060015b6008811161040c576103fc81886020015160028460026103a59190610b77565b6103af9190610b8e565b601081106103bf576103bf610b4f565b6020020151896020015160018560026103d89190610b77565b6103e29190610b8e565b601081106103f2576103f2610b4f565b6020020151610563565b61040581610ba1565b9050610385565b505f61042783885f0151848a6040015161071060201b60201c565b9050805f819055507fe879b345de4203ba2dc12949156073673c7fd1b05da723890ab2be2a63fa114481885f015189602001518a6040015160405161046f9493929190610bb9565b60405180910390a1505050505050505050610c01565b5f5f60405180610dc00160405280610d968152602001615a6b610d96913990508051602082015ff091506001600160a01b0382166104d65760405163245d874560e11b815260040160405180910390fd5b5090565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001811061051d57604051632051490960e21b8152600481018290526024016100ac565b50565b5f5f835f528260205260205f60405f885afa5f5192503d6020141690508061055b57604051631b690d2360e21b815260040160405180910390fd5b509392505050565b6040805160c0808201835284901c60ff8116808352608086811c62ffffff818116602087015260a089811c9182169787019790975260b088901c620fffff908116606088015260c489901c16838701529187901c65ffffffffffff169585019590955263ffffffff948516941692901580159061060d5750600360ff831611806105ef5750620f424084115b806105fc5750620f424083115b8061060d575061060b81610739565b155b156106305760405163435c219f60e11b815260ff881660048201526024016100ac565b60ff9687165f908152600f60209081526040918290208351815492850151938501516060860151608087015160a09097015165ffffffffffff166d01000000000000000000000000000265ffffffffffff60681b1962ffffff9889166a01000000000000000000000216600160501b600160981b03199289166701000000000000000262ffffff60381b19948a16640100000000029490941665ffffffffffff60201b19999098166101000263ffffffff1990971694909e1693909317949094179590951693909317939093171697909717969096179095555050505050565b5f6107308561072a8161072481868a610520565b87610520565b84610520565b95945050505050565b5f816040015162ffffff165f14806107625750816020015162ffffff16826040015162ffffff16115b806107785750620f4240826020015162ffffff16115b1561078457505f919050565b8160a0015165ffffffffffff165f036107bb57606082015162ffffff161580156107b55750608082015162ffffff16155b92915050565b816060015162ffffff16826020015162ffffff16111580156107e95750620f4240826060015162ffffff1611155b80156108075750816080015162ffffff16826040015162ffffff1611155b80156107b55750816060015162ffffff16826080015162ffffff16111592915050565b6001600160a01b038116811461051d575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051606081016001600160401b03811182821017156108745761087461083e565b60405290565b60405161020081016001600160401b03811182821017156108745761087461083e565b604051601f8201601f191681016001600160401b03811182821017156108c5576108c561083e565b604052919050565b5f6001600160401b038211156108e5576108e561083e565b5060051b60200190565b5f82601f8301126108fe575f5ffd5b815161091161090c826108cd565b61089d565b8082825260208201915060208360051b860101925085831115610932575f5ffd5b602085015b8381101561095857805161094a8161082a565b835260209283019201610937565b5095945050505050565b5f6102408284031215610973575f5ffd5b61097b610852565b825181529050603f8201831361098f575f5ffd5b61099761087a565b806102208401858111156109a9575f5ffd5b602085015b818110156109c65780518452602093840193016109ae565b5060208401919091525160408301525092915050565b5f82601f8301126109eb575f5ffd5b81516109f961090c826108cd565b8082825260208201915060208360051b860101925085831115610a1a575f5ffd5b602085015b83811015610958578051835260209283019201610a1f565b5f5f5f5f5f5f6102e08789031215610a4d575f5ffd5b8651610a588161082a565b60208801519096506001600160401b03811115610a73575f5ffd5b87016060818a031215610a84575f5ffd5b610a8c610852565b8151610a978161082a565b81526020820151610aa78161082a565b602082015260408201516001600160401b03811115610ac4575f5ffd5b610ad08b8285016108ef565b6040830152508096505050610ae88860408901610962565b6102808801516102a089015191955093506001600160401b03811115610b0c575f5ffd5b610b1889828a016109dc565b6102c089015190935090506001600160401b03811115610b36575f5ffd5b610b4289828a016108ef565b9150509295509295509295565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176107b5576107b5610b63565b818103818111156107b5576107b5610b63565b5f60018201610bb257610bb2610b63565b5060010190565b84815260208101849052610260810160408201845f5b6010811015610bee578151835260209283019290910190600101610bcf565b5050508261024083015295945050505050565b60805160a051614e34610c375f395f818161097e01528181610fa501526114d501525f81816109d90152612c490152614e345ff3fe608060405234801561000f575f5ffd5b50600436106103bd575f3560e01c806374303fc1116101f5578063bb8d316211610114578063d5d29fca116100a9578063f3f4370311610079578063f3f43703146109a0578063f7293569146109bf578063fc0c546a146109d4578063fea2c331146109fb575f5ffd5b8063d5d29fca14610949578063ddf0b00914610951578063e1f1176d14610970578063ed33639f14610979575f5ffd5b8063d1411ab1116100e4578063d1411ab1146108fb578063d1533e871461090e578063d40dc87014610936578063d48efcd114610941575f5ffd5b8063bb8d3162146108c2578063c33f59d3146106e5578063c564f4fa146108d5578063cacab4e4146108e8575f5ffd5b8063928e6d441161018a578063a64ffc461161015a578063a64ffc46146104e0578063ac1eff6814610841578063aecf927614610869578063b0b54895146108ba575f5ffd5b8063928e6d441461078c5780639588eca2146107975780639b1f7dc21461079f578063a524979014610822575f5ffd5b8063859bd3f8116101c5578063859bd3f81461073b5780638d67799e146107665780638f0f3b40146107715780638fbd1e8714610784575f5ffd5b806374303fc1146106ef578063756ce0da1461070257806379a71b241461070a5780638031d58814610731575f5ffd5b80632c389fc4116102e15780634f85beff11610276578063601c650a11610246578063601c650a146106b557806360fad8de146106c857806361455a85146106db57806364cc51ff146106e5575f5ffd5b80634f85beff1461067257806353f72bf51461067c57806356161da61461068f5780635d2ea592146106a2575f5ffd5b80634100eb0e116102b15780634100eb0e14610591578063452a9320146106375780634c0ac4d21461064a5780634dda551814610653575f5ffd5b80632c389fc4146105545780633c2976b0146104035780633ccfd60b14610567578063403e2fd71461056f575f5ffd5b80631339054b116103575780631c72a11c116103275780631c72a11c146104f25780631de26e161461050557806325c2cd121461052d57806327f34de414610541575f5ffd5b80631339054b146104a457806313e7c9d8146104ae578063155bd52c146104e05780631c477af9146104e8575f5ffd5b8063064c2b8011610392578063064c2b80146104035780630c340a241461040b5780630ee83daa146104365780630fc408d71461049b575f5ffd5b8062717542146103c1578062b24ff2146103de57806302191980146103e657806304e462e4146103f0575b5f5ffd5b6103cb62093a8081565b6040519081526020015b60405180910390f35b6103cb604081565b6103ee610a0e565b005b6103ee6103fe366004614320565b610ab9565b6103cb600881565b60055461041e906001600160a01b031681565b6040516001600160a01b0390911681526020016103d5565b600154610468906001600160401b0380821691600160401b8104821691600160801b8204811691600160c01b90041684565b604080516001600160401b03958616815293851660208501529184169183019190915290911660608201526080016103d5565b6103cb61038481565b6103cb6298968081565b6104d06104bc36600461435e565b60076020525f908152604090205460ff1681565b60405190151581526020016103d5565b6103cb600581565b6103cb6212750081565b6103cb610500366004614377565b610cc0565b6105186105133660046143ac565b610cf5565b60405163ffffffff90911681526020016103d5565b6103cb5f516020614e085f395f51905f5281565b6103ee61054f3660046143dc565b610e92565b6103cb6105623660046143f5565b610fa2565b6103ee611052565b6104d061057d366004614422565b60106020525f908152604090205460ff1681565b6105f061059f366004614422565b600f6020525f908152604090205460ff81169062ffffff6101008204811691600160201b8104821691600160381b8204811691600160501b81049091169065ffffffffffff600160681b9091041686565b6040805160ff909716875262ffffff958616602088015293851693860193909352908316606085015291909116608083015265ffffffffffff1660a082015260c0016103d5565b60065461041e906001600160a01b031681565b6103cb60035481565b6103cb610661366004614422565b600d6020525f908152604090205481565b6103cb6201518081565b6103ee61068a366004614377565b611117565b6103ee61069d366004614439565b611426565b6103cb6106b0366004614377565b611707565b6103ee6106c3366004614500565b61183e565b6103cb6106d63660046143f5565b611b2e565b6103cb6203f48081565b6103cb620f424081565b6103ee6106fd366004614599565b611bb4565b6103cb611d3c565b6103cb7f597b7c9c548e31dc87bdde7d91a3d08d9045a279be01e9a41164508c99198ab381565b6103cb6280000081565b61074e610749366004614611565b611d4b565b6040516001600160401b0390911681526020016103d5565b6103cb600160301b81565b6103ee61077f366004614662565b6120d8565b6103cb6122f2565b6103cb630100000081565b6103cb5f5481565b6002546107e29063ffffffff8116906001600160401b03600160201b8204811691600160601b81049091169060ff600160a01b8204811691600160a81b90041685565b6040805163ffffffff90961686526001600160401b039485166020870152939092169284019290925290151560608301521515608082015260a0016103d5565b6103cb610830366004614422565b600e6020525f908152604090205481565b61041e61084f366004614422565b60086020525f90815260409020546001600160a01b031681565b61089b610877366004614697565b600b6020525f9081526040902080546001909101546001600160a01b039091169082565b604080516001600160a01b0390931683526020830191909152016103d5565b6103cb6122fe565b6103ee6108d0366004614662565b61230b565b6103cb6108e33660046146b0565b61253b565b61074e6108f6366004614320565b612590565b6103ee610909366004614377565b612726565b61041e61091c366004614422565b600a6020525f90815260409020546001600160a01b031681565b6103cb600160381b81565b6103cb600281565b6103cb601881565b6103cb61095f366004614422565b60096020525f908152604090205481565b6103cb60045481565b61041e7f000000000000000000000000000000000000000000000000000000000000000081565b6103cb6109ae36600461435e565b600c6020525f908152604090205481565b6109c7612872565b6040516103d591906146cb565b61041e7f000000000000000000000000000000000000000000000000000000000000000081565b6103ee610a093660046146fc565b61295d565b600154600160c01b90046001600160401b031615610a3f57604051632af5962760e21b815260040160405180910390fd5b6006546001600160a01b03163314610a715760405163a252c15160e01b81523360048201526024015b60405180910390fd5b6002805460ff60a01b1916600160a01b1790556040513381527feb225a736fbfee3f85ccb72bdf84ff0396ab358b7970e2cc351ab3e3fd92358d9060200160405180910390a1565b610ac281612a72565b6040805160a08101825260025463ffffffff811682526001600160401b03600160201b820481166020840152600160601b8204169282019290925260ff600160a01b8304811615156060830152600160a81b90920490911615156080820152610b2a81612ab9565b805f015163ffffffff168363ffffffff1610610b6157604051633f93aa8760e01b815263ffffffff84166004820152602401610a68565b63ffffffff83165f908152600b60209081526040808320815180830190925280546001600160a01b0316808352600190910154928201839052909291610bbf918591610bb1918991899190612aff565b805190602001206001612b34565b82519091506001600160a01b03163314610bfb576001600160401b0381165f908152600a6020526040902080546001600160a01b031916331790555b815f01516001600160a01b03168563ffffffff167f73ab3708a98517b4d9559dc2c4f5369aa1a82f0885c1a9b8d3436baa1046805783856020015188604051610c64939291906001600160401b0393841681526020810192909252909116604082015260600190565b60405180910390a360405133602482015230604482015260648101859052610cb9906084015b60408051601f198184030181529190526020810180516001600160e01b03166323b872dd60e01b179052612c45565b5050505050565b5f838383604051602001610cd693929190614749565b6040516020818303038152906040528051906020012090509392505050565b5f610cff82612a72565b610d0883612d1d565b6040805160a08101825260025463ffffffff811682526001600160401b03600160201b820481166020840152600160601b8204169282019290925260ff600160a01b8304811615156060830152600160a81b90920490911615156080820152610d7081612ab9565b62800000815f015163ffffffff1610610d9c57604051631dd026a560e31b815260040160405180910390fd5b8051604080518082018252338152602080820188815263ffffffff85165f908152600b909252929020905181546001600160a01b0319166001600160a01b039091161781559051600191820155909250610df790839061477c565b63ffffffff1681525f610e1082610bb18587338a612aff565b604080516001600160401b038381168252602082018990528716818301529051919250339163ffffffff8616917f73ab3708a98517b4d9559dc2c4f5369aa1a82f0885c1a9b8d3436baa10468057919081900360600190a360405133602482015230604482015260648101859052610e8a90608401610c8a565b505092915050565b600154600160c01b90046001600160401b031615610ec357604051632af5962760e21b815260040160405180910390fd5b6006546001600160a01b03163314610ef05760405163a252c15160e01b8152336004820152602401610a68565b60ff8181165f908152600f6020908152604091829020825160c0810184529054938416808252610100850462ffffff90811693830193909352600160201b8504831693820193909352600160381b840482166060820152600160501b84049091166080820152600160681b90920465ffffffffffff1660a0830152600114610f905760405163435c219f60e11b815260ff83166004820152602401610a68565b60028152610f9e8282612eb6565b5050565b5f7f000000000000000000000000000000000000000000000000000000000000000081610fd1828260056130f3565b90505f5b610fe160056002614798565b811015611032576110078682600a8110610ffd57610ffd6147af565b6020020135613136565b61102883838884600a811061101e5761101e6147af565b60200201356130f3565b9150600101610fd5565b5061103c84613136565b6110478282866130f3565b925050505b92915050565b335f908152600c60205260408120549081900361108257604051630686827b60e51b815260040160405180910390fd5b335f818152600c602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906110c59084815260200190565b60405180910390a260405133602482015260448101829052611114906064015b60408051601f198184030181529190526020810180516001600160e01b031663a9059cbb60e01b179052612c45565b50565b6005546001600160a01b031633146111445760405163ad0550d560e01b8152336004820152602401610a68565b600154600160c01b90046001600160401b03161561117557604051632af5962760e21b815260040160405180910390fd5b5f611181848484610cc0565b5f818152600d60205260408120549192508190036111b55760405163e624d46360e01b815260048101839052602401610a68565b804210156111e057604051632b169f5560e01b81526004810183905260248101829052604401610a68565b6111ed62127500826147c3565b421115611224578161120262127500836147c3565b604051633e031c7f60e11b815260048101929092526024820152604401610a68565b5f828152600d6020526040812081905585600681111561124657611246614715565b036112555760048390556113e3565b600185600681111561126957611269614715565b036112e857826001600160a01b0381161580159061128f57506001600160a01b0381163b155b156112b8576040516322a2d07b60e21b81526001600160a01b0382166004820152602401610a68565b5f85815260086020526040902080546001600160a01b0319166001600160a01b03929092169190911790556113e3565b60028560068111156112fc576112fc614715565b03611329576001600160a01b0384165f908152600760205260409020805460ff19168415151790556113e3565b600385600681111561133d5761133d614715565b0361136257600580546001600160a01b0319166001600160a01b0385161790556113e3565b600485600681111561137657611376614715565b0361139b57600680546001600160a01b0319166001600160a01b0385161790556113e3565b60058560068111156113af576113af614715565b036113c6576002805460ff60a01b191690556113e3565b5f5f6113d28686613166565b915091506113e08282612eb6565b50505b817fc9b589583da0139e1cd020966b82a564f6e49c09bd5a9864de52db86e33f834e86868660405161141793929190614749565b60405180910390a25050505050565b600154600160c01b90046001600160401b03165f036114585760405163096194ff60e31b815260040160405180910390fd5b630100000063ffffffff86161061148a576040516319e91dc360e21b815263ffffffff86166004820152602401610a68565b62ffffff600886901c165f908152600e6020526040902054600160ff87161b90808216156114d357604051637599570760e01b815263ffffffff88166004820152602401610a68565b7f00000000000000000000000000000000000000000000000000000000000000005f805b611503600860046147c3565b8110156115405761151f8982600c8110610ffd57610ffd6147af565b61153683838b84600c811061101e5761101e6147af565b91506001016114f7565b505f5b60188110156115a7575f88826018811061155f5761155f6147af565b6020020135905061156f81613136565b600163ffffffff8c16831c8116146115915761158c8484836130f3565b61159c565b61159c8482856130f3565b925050600101611543565b505f5f5b6115b760086002614798565b8110156115f4576115d3888260108110610ffd57610ffd6147af565b6115ea84838a846010811061101e5761101e6147af565b91506001016115ab565b506115fe86613136565b5f61160b8484848a613223565b90505f54811461163157604051634c50144360e11b815260048101829052602401610a68565b5f61163c8b8a61324c565b9050805f0361166657604051633c41b75560e21b815263ffffffff8d166004820152602401610a68565b62ffffff60088d901c165f908152600e60209081526040808320898b1790558d8101356001600160a01b0381168452600c90925282208054919284926116ad9084906147c3565b90915550506040518281526001600160a01b0382169063ffffffff8f16907fd09ad298aa087c7bd5e3663fa1e3b33328777cd9048a72bae87fbcf50468089e9060200160405180910390a350505050505050505050505050565b6005545f906001600160a01b031633146117365760405163ad0550d560e01b8152336004820152602401610a68565b600154600160c01b90046001600160401b03161561176757604051632af5962760e21b815260040160405180910390fd5b6117728484846133ab565b61177d848484610cc0565b5f818152600d602052604090205490915080158015906117a957506117a562127500826147c3565b4211155b156117ca57604051638662bcc760e01b815260048101839052602401610a68565b5f6117d862093a80806147c3565b6117e290426147c3565b5f848152600d6020526040908190208290555190915083907fdf40655ed2ad8c9dfed1d3d5b14c6e1e761ca5d6da215604f2ba4ffc7e2259bd9061182d9089908990899087906147d6565b60405180910390a250509392505050565b335f9081526007602052604090205460ff1661186f57604051633b63649d60e11b8152336004820152602401610a68565b604080516080810182526001546001600160401b038082168352600160401b820481166020840152600160801b8204811693830193909352600160c01b900490911660608201819052156118d657604051632af5962760e21b815260040160405180910390fd5b5f516020614e085f395f51905f52871061190657604051632051490960e21b815260048101889052602401610a68565b83158061191c5750611919604085614813565b15155b1561193d57604051639a40f90560e01b815260048101859052602401610a68565b5f600881600161194e604089614826565b6119589190614839565b815260208101919091526040015f20546001600160a01b03169050806119ab576001611985604087614826565b61198f9190614839565b604051631846e88b60e31b8152600401610a6891815260200190565b6119ba8783602001514261353a565b81515f906119c990600161484c565b90505f6119e05f545f1b8b848c6004548d8d61361f565b604080516020810182528281529051632363e29760e21b81529192506001600160a01b03851691638d8f8a5c91611a1d918a918a91600401614893565b5f6040518083038186803b158015611a33575f5ffd5b505afa158015611a45573d5f5f3e3d5ffd5b505050505f611a59898987604001516136ac565b5f8c8155604080516080810182526001600160401b038781168083528f821660208401819052918616838501819052606090930194909452600180546fffffffffffffffffffffffffffffffff19168517600160401b909202919091176fffffffffffffffffffffffffffffffff16600160801b9092026001600160c01b031691909117905551919250907ff086cfcae4cbcfc6b99ff91ebf1d987f91016f9531d41c5f146b02e47677cd6090611b19908e908e9086908f908f906148d9565b60405180910390a25050505050505050505050565b5f611b398383610fa2565b90506004548114158015611b535750611b51816138d0565b155b15611b7457604051630c52d5ef60e11b815260048101829052602401610a68565b807f4c997e65a18d9d4f783fa702006b9d68b8952e75e08bc6a20d80efdf015561dc8484604051611ba692919061491b565b60405180910390a292915050565b600154600160c01b90046001600160401b031615611be557604051632af5962760e21b815260040160405180910390fd5b6006546001600160a01b03163314611c125760405163a252c15160e01b8152336004820152602401610a68565b60ff8581165f908152600f6020908152604091829020825160c08101845290549384168152610100840462ffffff908116928201839052600160201b8504811693820193909352600160381b840483166060820152600160501b840483166080820152600160681b90930465ffffffffffff1660a08401529086161080611ca65750806040015162ffffff168462ffffff16105b80611cbe5750806060015162ffffff168362ffffff16105b80611cd65750806080015162ffffff168262ffffff16105b15611cf957604051633536bddd60e21b815260ff87166004820152602401610a68565b62ffffff808316608083015280841660608301528085166040830152851660208201528051611d2a90879083613913565b611d348682612eb6565b505050505050565b611d4860086002614798565b81565b6040805160a08101825260025463ffffffff811682526001600160401b03600160201b820481166020840152600160601b8204169282019290925260ff600160a01b8304811615156060830152600160a81b90920490911615801560808301525f9190611dcb57604051632af5962760e21b815260040160405180910390fd5b611dd48561397d565b611de5610100860160e087016146fc565b6001600160401b0316421115611e2b57611e06610100860160e087016146fc565b604051631d11e00760e01b81526001600160401b039091166004820152602401610a68565b33611e39602087018761435e565b6001600160a01b031614611e7f57611e54602086018661435e565b604051630348d81960e11b81526001600160a01b039091166004820152336024820152604401610a68565b5f611e906040870160208801614697565b9050628000008163ffffffff16108015611ec7575063ffffffff81165f908152600b60205260409020546001600160a01b03163314155b15611ef357604051636f54197160e11b815263ffffffff82166004820152336024820152604401610a68565b5f611efd8761253b565b5f8181526010602052604090205490915060ff1615611f3257604051630ca4c94d60e41b815260048101829052602401610a68565b5f611f3e828888613aec565b905062800000611f5460608a0160408b01614697565b63ffffffff16108015611fa157506001600160a01b038116600b5f611f7f60608c0160408d01614697565b63ffffffff16815260208101919091526040015f20546001600160a01b031614155b15611fbf57604051638baa579f60e01b815260040160405180910390fd5b5f828152601060205260409020805460ff19166001179055611fed84611fe68a3385613c6d565b6008612b34565b9450611fff6060890160408a01614697565b63ffffffff9081169084167f5ec68f6d8a9579a0b1f5b8b3fe9ba35f7fcb7ff3fed55cf47a7c7a6cffef2c118761203c60808d0160608e016143dc565b61204c60a08e0160808f01614943565b8d60a001602081019061205f91906146fc565b8e60c001602081019061207291906146fc565b604080516001600160401b03968716815260ff95909516602086015292151584840152908416606084015290921660808201523360a08201526001600160a01b03861660c082015290519081900360e00190a36120cd613cec565b505050509392505050565b600154600160c01b90046001600160401b03165f0361210a5760405163096194ff60e31b815260040160405180910390fd5b5f61211784610110613d2b565b90506040821415806121515750604081901c60ff1683835f81811061213e5761213e6147af565b9050013560f81c60f81b60f81c60ff1614155b1561217a57604051632a7c535760e11b81526001600160401b0385166004820152602401610a68565b5f83838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920182905250939450849250600491508790508684816121c8576121c86147af565b9050013560f81c60f81b60f81c60ff16146121e457603f6121e7565b60205b815181106121f7576121f76147af565b60200101906001600160f81b03191690815f1a90535080516020820120821868ffffffffffffffffff19161561224b57604051632a7c535760e11b81526001600160401b0386166004820152602401610a68565b5f61225785855f613dc9565b50905061226386613eac565b6298968060035f8282546122779190614839565b9091555050604080516001600160401b03881681526298968060208201526001600160a01b038316917fa815dbaa66370212d6e108980477ca1b8f58215330e94362175a71b3f616b2c8910160405180910390a26040516001600160a01b0382166024820152629896806044820152611d34906064016110e5565b611d48600860046147c3565b611d4862093a80806147c3565b5f612317846002613d2b565b90506040821415806123495750600183835f81612336576123366147af565b9050013560f81c60f81b60f81c60ff1614155b1561237257604051632a7c535760e11b81526001600160401b0385166004820152602401610a68565b60405168ffffffffffffffffff19908290612390908690869061495c565b6040519081900390201816156123c457604051632a7c535760e11b81526001600160401b0385166004820152602401610a68565b600154600160c01b90046001600160401b03165f0361242b575f6123f46203f4806001600160401b0384166147c3565b905080421015612429576040516338f2eb0360e01b81526001600160401b038616600482015260248101829052604401610a68565b505b5f612439602082858761496b565b61244291614992565b6001600160401b0386165f908152600a60205260409020549091506001600160a01b03168061246e5750805b336001600160a01b038216146124a85760405163cfc8709b60e01b81526001600160401b0387166004820152336024820152604401610a68565b66ffffffffffffff60a083901c166124bf87613eac565b604080516001600160401b03808a168252831660208201526001600160a01b038416917fb5fc3702bb1d479e9bc17f1f7070e1842359cf2dc9bfb40270d9e841d9df16fe910160405180910390a26040516001600160a01b038316602482015260448101829052612532906064016110e5565b50505050505050565b5f7f597b7c9c548e31dc87bdde7d91a3d08d9045a279be01e9a41164508c99198ab346308460405160200161257394939291906149af565b604051602081830303815290604052805190602001209050919050565b5f61259a82612a72565b6040805160a08101825260025463ffffffff811682526001600160401b03600160201b820481166020840152600160601b8204169282019290925260ff600160a01b8304811615156060830152600160a81b909204909116158015608083015261261757604051632af5962760e21b815260040160405180910390fd5b630100000063ffffffff851610612649576040516319e91dc360e21b815263ffffffff85166004820152602401610a68565b628000008463ffffffff1610801561267e575063ffffffff84165f908152600b60205260409020546001600160a01b03163314155b156126aa57604051636f54197160e11b815263ffffffff85166004820152336024820152604401610a68565b6126c7816126b9868633613fdf565b805190602001206004612b34565b604080516001600160401b03808416825286166020820152919350339163ffffffff8716917ffa5b5836412a0a021c80e44de78acedf3b40faca832b4a85639e277d129f2585910160405180910390a361271f613cec565b5092915050565b600154600160c01b90046001600160401b03161561275757604051632af5962760e21b815260040160405180910390fd5b6005546001600160a01b031633146127e7576006546001600160a01b0316331461279657604051633647553d60e11b8152336004820152602401610a68565b60038360068111156127aa576127aa614715565b14806127c7575060048360068111156127c5576127c5614715565b145b156127e75782604051633fea59cd60e11b8152600401610a689190614aab565b5f6127f3848484610cc0565b5f818152600d6020526040812054919250036128255760405163e624d46360e01b815260048101829052602401610a68565b5f818152600d6020908152604080832092909255905133815282917f7a085c57876bc87bfd5039351f8ef885bd8e9d85c94c003685be4a64c308753f91015b60405180910390a250505050565b61287a6142e9565b506040805161010081018252600181527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000060208201525f91810191909152600160ff1b60608201527f0aabb7211172d31463c1127d4ba6942cb791c56d8234b5a0abfd1e81afd0d67760808201527f8aabb7211172d31463c1127d4ba6942cb791c56d8234b5a0abfd1e81afd0d67760a08201527f25b89751cfbecd15548f333935dac43070a222daf784baf097e4d712402f298a60c08201527fa5b89751cfbecd15548f333935dac43070a222daf784baf097e4d712402f298a60e082015290565b600154600160c01b90046001600160401b03161561298e57604051632af5962760e21b815260040160405180910390fd5b5f61299b82610310613d2b565b90505f6129b462093a806001600160401b0384166147c3565b9050804210156129e95760405163ceacb50360e01b81526001600160401b038416600482015260248101829052604401610a68565b600180546001600160401b034216600160c01b026001600160c01b039091161790556002805460ff60a81b1916600160a81b1790555f546040517f47294c10acf75a45d6decdda76990cb21324340ebd91cfcabc0b2844007e15d991612a65918691906001600160401b03929092168252602082015260400190565b60405180910390a1505050565b805f03612a9257604051631f2a200560e01b815260040160405180910390fd5b600160381b8110611114576040516304041d9560e11b815260048101829052602401610a68565b806080015115612adc57604051632af5962760e21b815260040160405180910390fd5b80606001511561111457604051630b4cba3160e31b815260040160405180910390fd5b6060600185858585604051602001612b1b959493929190614ab9565b6040516020818303038152906040529050949350505050565b602083015160408401515f90612b4c9060029061484c565b905042816001600160401b03161015612b625750425b6001600160401b038281165f90815260096020526040908190209183169085901b60ff60401b1668ffffffffffffffffff19871617179055612ba582600161484c565b6001600160401b0390811660208701819052911660408601819052855160028054606089015160809099015163ffffffff9093166001600160601b031990911617600160201b9094029390931768ffffffffffffffffff60601b1916600160601b90920260ff60a01b191691909117600160a01b961515969096029590951760ff60a81b1916600160a81b95151595909502949094179093555090919050565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031683604051612c7f9190614b12565b5f604051808303815f865af19150503d805f8114612cb8576040519150601f19603f3d011682016040523d82523d5f602084013e612cbd565b606091505b5091509150811580612cfa5750805115801590612cfa575080516020141580612cfa575080806020019051810190612cf59190614b28565b600114155b15612d18576040516312171d8360e31b815260040160405180910390fd5b505050565b5f612d26612872565b90505f5b6008811015612d7457818160088110612d4557612d456147af565b60200201518303612d6c5760405163cec28a7760e01b815260048101849052602401610a68565b600101612d2a565b506001600160ff1b038216600160ff1b831615155f516020614e085f395f51905f528210612db85760405163067af97360e01b815260048101859052602401610a68565b5f5f516020614e085f395f51905f5283840990505f5f516020614e085f395f51905f52612df360015f516020614e085f395f51905f52614839565b830890505f5f516020614e085f395f51905f5260015f516020614e085f395f51905f52857f1aee90f15f2189693df072d799fd11fc039b2959ebb7c867d075ca8cf4d7eb8e09089050801580612e4f575081158015612e4f5750835b15612e705760405163067af97360e01b815260048101889052602401610a68565b8115801590612e955750612e935f516020614e085f395f51905f52828409614014565b155b156125325760405163067af97360e01b815260048101889052602401610a68565b80600f5f8460ff1681526020019081526020015f205f820151815f015f6101000a81548160ff021916908360ff1602179055506020820151815f0160016101000a81548162ffffff021916908362ffffff1602179055506040820151815f0160046101000a81548162ffffff021916908362ffffff1602179055506060820151815f0160076101000a81548162ffffff021916908362ffffff1602179055506080820151815f01600a6101000a81548162ffffff021916908362ffffff16021790555060a0820151815f01600d6101000a81548165ffffffffffff021916908365ffffffffffff1602179055509050505f600983835f015184602001518560400151866060015187608001515f5f1b5f60781b604051602001612fe199989796959493929190614b3f565b60408051601f19818403018152828252805160209182012060a08401835260025463ffffffff811685526001600160401b03600160201b8204811693860193909352600160601b81049092169284019290925260ff600160a01b8204811615156060850152600160a81b909104161515608083015291505f9061306690836009612b34565b90508360ff167f753af417ebe4cf86c2b4f94531151cd2ce298cd1b534ef95826fe52c1a08af1e82855f01518660200151876040015188606001518960800151604051612864969594939291906001600160401b0396909616865260ff94909416602086015262ffffff92831660408601529082166060850152811660808401521660a082015260c00190565b5f5f835f528260205260205f60405f885afa5f5192503d6020141690508061312e57604051631b690d2360e21b815260040160405180910390fd5b509392505050565b5f516020614e085f395f51905f52811061111457604051632051490960e21b815260048101829052602401610a68565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a08101829052505060ff8281165f908152600f6020908152604091829020825160c0810184529054600160681b810465ffffffffffff1660a083015262ffffff605087901c81166080840152603887901c8116606084015286841c811694830194909452600886901c9093169181019190915283831681528492909184911661321a848285613913565b50509250929050565b5f6132438561323d87613237895f8a6130f3565b876130f3565b846130f3565b95945050505050565b5f80620f42406132706001603f1b6001600160401b03604088013560a01c16614bd9565b61327a9190614bf8565b90505f5b6008811015613388575f856132948360036147c3565b600c81106132a4576132a46147af565b6020020135905060ff81165f8190036132be575050613380565b5f6132da6001603f1b6001600160401b03600886901c16614bd9565b90505f6132f86001603f1b6001600160401b03604887901c16614bd9565b90505f88613307600186614839565b613312906002614798565b60108110613322576133226147af565b602002013590506001600160401b03808216905f9061334c906001603f1b90604086901c16614bd9565b90506133588482614bd9565b6133629083614bd9565b61336c9086614bf8565b613376908a614c27565b9850505050505050505b60010161327e565b505f8113613396575f6133a3565b6133a3620f424082614c46565b949350505050565b5f808460068111156133bf576133bf614715565b036133cc57508115613510565b60018460068111156133e0576133e0614715565b036134015782158015906133fa57506133fa8260a01c1590565b9050613510565b600284600681111561341557613415614715565b03613449576134258360a01c1590565b801561343057508215155b80156133fa57508115806133fa57505060018114613510565b600384600681111561345d5761345d614715565b03613486578215801561347657506134768260a01c1590565b80156133fa575050801515613510565b600484600681111561349a5761349a614715565b036134b357821580156133fa57506133fa8260a01c1590565b60058460068111156134c7576134c7614715565b036134dd57821580156133fa5750508015613510565b82158015906134ed575060088311155b80156134fb5750606882901c155b905080156135105761350d8383613166565b50505b8061353457838383604051630353af4360e11b8152600401610a6893929190614749565b50505050565b816001600160401b0316836001600160401b031610156135805760405163057ec3d360e21b81526001600160401b03808516600483015283166024820152604401610a68565b80613597620151806001600160401b0386166147c3565b10156135d557826135ab6201518083614839565b6040516335a6d4b360e21b81526001600160401b0390921660048301526024820152604401610a68565b5f6135e2610384836147c3565b905080846001600160401b03161115613534576040516238fe5360e31b81526001600160401b038516600482015260248101829052604401610a68565b5f6001600160fd1b036002898989898989896040516020016136479796959493929190614c72565b60408051601f198184030181529082905261366191614b12565b602060405180830381855afa15801561367c573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061369f9190614b28565b1698975050505050505050565b5f8060405b8481101561389d575f8686838181106136cc576136cc6147af565b919091013560f81c9150506001610312821c81169003613831576001600160401b0385165f9081526009602052604090819020549060fe199082901c60ff1601613760576001600160401b038087165f908152600960205260408082208290559183168152908120558061374181600161484c565b6001600160401b0381165f908152600960205260409020549097509150505b5f6040848a015f3760048303613775575f6020535b60088303613782575f603f535b5060405f2081811868ffffffffffffffffff19161515806137ad57508260ff16604083901c60ff1614155b156137d657604051630b7efa8360e21b81526001600160401b0388166004820152602401610a68565b6001600160401b0387165f908152600960205260408120556137f787614cc5565b965060ff83166004148061380e575060ff83166008145b1561382a5761381e89898661407e565b61382785614cef565b94505b505061388a565b60021960ff82160161384d57613848878784614193565b61388a565b600960ff8216111561388a57613864604083614826565b60405163a04eeeb160e01b8152600481019190915260ff82166024820152604401610a68565b506138966040826147c3565b90506136b1565b5080156138c7576138b16298968082614798565b60035f8282546138c19190614839565b90915550505b50909392505050565b5f80600d816138e0818087610cc0565b81526020019081526020015f20549050805f1415801561390c575061390862127500826147c3565b4211155b9392505050565b60ff821660011480159061392b575060ff8216600214155b806139385750805160ff16155b8061394957508051600360ff909116115b8061395a5750613958816141fc565b155b15612d185760405163435c219f60e11b815260ff84166004820152602401610a68565b5f61398e60c0830160a084016146fc565b6001600160401b031690505f6139aa60e0840160c085016146fc565b6001600160401b031690505f6139c08284614798565b9050620f42406139d66060860160408701614697565b63ffffffff166139ec6040870160208801614697565b63ffffffff161480613a1757506301000000613a0e6040870160208801614697565b63ffffffff1610155b80613a3b57506301000000613a326060870160408801614697565b63ffffffff1610155b80613a565750613a5160808601606087016143dc565b60ff16155b80613a7357506008613a6e60808701606088016143dc565b60ff16115b80613a7c575083155b80613a8b5750600160301b8410155b80613a94575082155b80613aa35750600160301b8310155b80613ab65750613ab38183614813565b15155b80613ace5750600160381b613acb8284614826565b10155b15610cb957604051632e96669760e21b815260040160405180910390fd5b5f60418214613b0e57604051638baa579f60e01b815260040160405180910390fd5b5f613b1c602082858761496b565b613b2591614992565b90505f613b3660406020868861496b565b613b3f91614992565b90505f85856040818110613b5557613b556147af565b919091013560f81c915050601b8114801590613b7557508060ff16601c14155b80613b9f57507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a082115b15613bbd57604051638baa579f60e01b815260040160405180910390fd5b7f19457468657265756d205369676e6564204d6573736167653a0a3332000000005f908152601c889052603c8120604080519283526020830180825282905260ff84169083015260608201859052608082018490529060019060a0016020604051602081039080840390855afa158015613c39573d5f5f3e3d5ffd5b5050604051601f1901519550506001600160a01b0385166120cd57604051638baa579f60e01b815260040160405180910390fd5b5f6008613c8060808601606087016143dc565b613c9060a0870160808801614943565b613ca06040880160208901614697565b613cb06060890160408a01614697565b613cc060c08a0160a08b016146fc565b613cd060e08b0160c08c016146fc565b89895f604051602001610cd69a99989796959493929190614d07565b6298968060035f828254613d0091906147c3565b9091555050604051336024820152306044820152629896806064820152613d2990608401610c8a565b565b6001545f906001600160401b03600160801b90910481169084161015613d6f57604051630229b9d560e11b81526001600160401b0384166004820152602401610a68565b506001600160401b0382165f90815260096020526040902054801580613da05750600160ff604083901c1683901c16155b1561104c57604051630229b9d560e11b81526001600160401b0384166004820152602401610a68565b5f806004858585818110613ddf57613ddf6147af565b9050013560f81c60f81b60f81c60ff1603613e4957848385613e028260206147c3565b92613e0f9392919061496b565b613e1891614992565b91508484613e276020866147c3565b818110613e3657613e366147af565b9091013560f81c6001149150613ea49050565b8484613e5685600b6147c3565b90613e6286602b6147c3565b92613e6f9392919061496b565b613e7891614992565b91508484613e87603f866147c3565b818110613e9657613e966147af565b9091013560f81c6001149150505b935093915050565b600154819081906001600160401b03600160801b90910481169082161115613f11575f600981613edd600187614de8565b6001600160401b031681526020019081526020015f2054905060ff8016604082901c60ff1603613f0f57604881901c92505b505b5f600981613f296001600160401b03871660016147c3565b81526020019081526020015f2054905060ff8016604082901c60ff1603613f4e578091505b6001600160401b038381165f8181526009602052604080822070ffffffffffffffff000000000000000000604889901b1685881690811760ff60401b17918290558352912081905591861614801590613fb95750826001600160401b0316856001600160401b031614155b15610cb9576001600160401b0385165f9081526009602052604090208190555050505050565b604051606090613ffc906004908690869086905f90602001614ab9565b60405160208183030381529060405290509392505050565b5f60405160208152602080820152602060408201528260608201527f183227397098d014dc2822db40c0ac2e9419f4243cdcb848a1f0fac9f800000060808201525f516020614e085f395f51905f5260a082015260208160c08360055afa90516001141692915050565b5f5f61408b858585613dc9565b91509150806140c057335f908152600c6020526040812080546298968092906140b59084906147c3565b90915550610cb99050565b60048585858181106140d4576140d46147af565b9050013560f81c60f81b60f81c60ff160361415d575f60a08685876140fa8260206147c3565b926141079392919061496b565b61411091614992565b66ffffffffffffff911c16905061412a62989680826147c3565b6001600160a01b0384165f908152600c6020526040812080549091906141519084906147c3565b90915550610cb9915050565b6001600160a01b0382165f908152600c6020526040812080546298968092906141879084906147c3565b90915550505050505050565b5f8382846141a28260206147c3565b926141af9392919061496b565b6141b891614992565b6001600160a01b0381165f908152600c60205260408120805492935066ffffffffffffff60a085901c16929091906141f19084906147c3565b909155505050505050565b5f816040015162ffffff165f14806142255750816020015162ffffff16826040015162ffffff16115b8061423b5750620f4240826020015162ffffff16115b1561424757505f919050565b8160a0015165ffffffffffff165f0361427a57606082015162ffffff1615801561104c5750506080015162ffffff161590565b816060015162ffffff16826020015162ffffff16111580156142a85750620f4240826060015162ffffff1611155b80156142c65750816080015162ffffff16826040015162ffffff1611155b801561104c5750816060015162ffffff16826080015162ffffff16111592915050565b6040518061010001604052806008906020820280368337509192915050565b803563ffffffff8116811461431b575f5ffd5b919050565b5f5f60408385031215614331575f5ffd5b61433a83614308565b946020939093013593505050565b80356001600160a01b038116811461431b575f5ffd5b5f6020828403121561436e575f5ffd5b61390c82614348565b5f5f5f60608486031215614389575f5ffd5b833560078110614397575f5ffd5b95602085013595506040909401359392505050565b5f5f604083850312156143bd575f5ffd5b50508035926020909101359150565b803560ff8116811461431b575f5ffd5b5f602082840312156143ec575f5ffd5b61390c826143cc565b5f5f6101608385031215614407575f5ffd5b610140830184811115614418575f5ffd5b9294923593505050565b5f60208284031215614432575f5ffd5b5035919050565b5f5f5f5f5f6106c0868803121561444e575f5ffd5b61445786614308565b94506101a086018781111561446a575f5ffd5b6020870194506104a0870188811115614481575f5ffd5b9093506106a087019088821115614496575f5ffd5b9598949750929550509035919050565b80356001600160401b038116811461431b575f5ffd5b5f5f83601f8401126144cc575f5ffd5b5081356001600160401b038111156144e2575f5ffd5b6020830191508360208285010111156144f9575f5ffd5b9250929050565b5f5f5f5f5f5f60808789031215614515575f5ffd5b86359550614525602088016144a6565b945060408701356001600160401b0381111561453f575f5ffd5b61454b89828a016144bc565b90955093505060608701356001600160401b03811115614569575f5ffd5b61457589828a016144bc565b979a9699509497509295939492505050565b803562ffffff8116811461431b575f5ffd5b5f5f5f5f5f60a086880312156145ad575f5ffd5b6145b6866143cc565b94506145c460208701614587565b93506145d260408701614587565b92506145e060608701614587565b91506145ee60808701614587565b90509295509295909350565b5f610120828403121561460b575f5ffd5b50919050565b5f5f5f6101408486031215614624575f5ffd5b61462e85856145fa565b92506101208401356001600160401b03811115614649575f5ffd5b614655868287016144bc565b9497909650939450505050565b5f5f5f60408486031215614674575f5ffd5b61467d846144a6565b925060208401356001600160401b03811115614649575f5ffd5b5f602082840312156146a7575f5ffd5b61390c82614308565b5f61012082840312156146c1575f5ffd5b61390c83836145fa565b610100810181835f5b60088110156146f35781518352602092830192909101906001016146d4565b50505092915050565b5f6020828403121561470c575f5ffd5b61390c826144a6565b634e487b7160e01b5f52602160045260245ffd5b6007811061474557634e487b7160e01b5f52602160045260245ffd5b9052565b606081016147578286614729565b602082019390935260400152919050565b634e487b7160e01b5f52601160045260245ffd5b63ffffffff818116838216019081111561104c5761104c614768565b808202811582820484141761104c5761104c614768565b634e487b7160e01b5f52603260045260245ffd5b8082018082111561104c5761104c614768565b608081016147e48287614729565b84602083015283604083015282606083015295945050505050565b634e487b7160e01b5f52601260045260245ffd5b5f82614821576148216147ff565b500690565b5f82614834576148346147ff565b500490565b8181038181111561104c5761104c614768565b6001600160401b03818116838216019081111561104c5761104c614768565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f6148a660408301858761486b565b905060208201835f5b60018110156148ce5781518352602092830192909101906001016148af565b505050949350505050565b8581526001600160401b03851660208201526001600160401b0384166040820152608060608201525f61491060808301848661486b565b979650505050505050565b6101608101610140848337826101408301529392505050565b8035801515811461431b575f5ffd5b5f60208284031215614953575f5ffd5b61390c82614934565b818382375f9101908152919050565b5f5f85851115614979575f5ffd5b83861115614985575f5ffd5b5050820193919092039150565b8035602083101561104c575f19602084900360031b1b1692915050565b848152602081018490526001600160a01b0383811660408301526101808201906149d884614348565b16606083015263ffffffff6149ef60208501614308565b166080830152614a0160408401614308565b63ffffffff1660a0830152614a18606084016143cc565b60ff1660c0830152614a2c60808401614934565b151560e0830152614a3f60a084016144a6565b6001600160401b0316610100830152614a5a60c084016144a6565b6001600160401b0316610120830152614a7560e084016144a6565b6001600160401b0316610140830152614a9161010084016144a6565b6001600160401b0381166101608401525095945050505050565b6020810161104c8284614729565b60f89590951b6001600160f81b031916855260e09390931b6001600160e01b031916600185015260c89190911b6001600160c81b031916600584015260601b6001600160601b031916600c830152602082015260400190565b5f82518060208501845e5f920191825250919050565b5f60208284031215614b38575f5ffd5b5051919050565b6001600160f81b031960f88b811b821683528a811b8216600184015289901b1660028201526001600160e81b031960e888811b8216600384015287811b8216600684015286901b166009820152614ba5600c82018560e81b6001600160e81b0319169052565b82600f820152614bc9602f8201836effffffffffffffffffffffffffffff19169052565b6040019998505050505050505050565b8181035f83128015838313168383128216171561271f5761271f614768565b8082025f8212600160ff1b84141615614c1357614c13614768565b818105831482151761104c5761104c614768565b8082018281125f831280158216821582161715610e8a57610e8a614768565b5f82614c5457614c546147ff565b600160ff1b82145f1984141615614c6d57614c6d614768565b500590565b8781528660208201526001600160401b0360c01b8660c01b1660408201526001600160401b0360c01b8560c01b166048820152836050820152818360708301375f91016070019081529695505050505050565b5f6001600160401b0382166001600160401b038103614ce657614ce6614768565b60010192915050565b5f60018201614d0057614d00614768565b5060010190565b60f88b811b6001600160f81b031990811683528b821b166001830152891515901b600282015260e088901b6001600160e01b0319166003820152614d5a600782018860e01b6001600160e01b0319169052565b614d73600b82018760d01b6001600160d01b0319169052565b614d8c601182018660d01b6001600160d01b0319169052565b614da5601782018560601b6001600160601b0319169052565b614dbe602b82018460601b6001600160601b0319169052565b614dd7603f82018360f81b6001600160f81b0319169052565b6040019a9950505050505050505050565b6001600160401b03828116828216039081111561104c5761104c61476856fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001a164736f6c634300081c000a610d8b80600b5f395ff3007f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016020355f35828210838210166033575f5ffd5b81810191820191017f1da4d6adfb0d0b494584f763db50a81908580a5f5e295e168b9b8d31770fac4f018281800983908009839109907f0946129a2e33b4e819707a56a3b3790eab80d0a0c7a0c63451fab2a59acc074c01828180098390800983910981810190810191017f2a39b9d5376afd35580abd6952986570867b87303b07140268794dad4b8f82ea018281800983908009839109907f27605717d1245c20c546b3c7014e5fa3e4a70e66ecd6de5d32448eea5e3069b201828180098390800983910981810190810191017f24c896cb2594e17b973653193a470ed7e771ebb09a228d638e50809c03773632018281800983908009839109907f0911096c45dd9cda0d61d783957003db6d8701c7869a919ad8042e1b7d597a49018281800983908009839109818101908390820891017f26ff6166f1e4b99e27eee6d352a8ce26f1daba01aad28021f11f38a70603afdc01828180098390800983910982826003028208918101017f008e2faedcf76d08ad6591ff90e50fea79bcb5e18cfb7d954d5b89437bf64b7e01828180098390800983910982826003028208918101017f19c9da2379b598ace3ad4d1872470830f6184a3cec71eeb632f98820eb353d7801828180098390800983910982826003028208918101017f0f7c4eb15d8b0b62a8f6a090ec9610a2ab3dfcdb57e2539aa459a40583dfe96b01828180098390800983910982826003028208918101017f18b99417dc26b5e079750eba282362d1d46900b47dd5ff809171588b08ac398301828180098390800983910982826003028208918101017f1ee044081160b3eee2d4493feab82141c73f1c054b76320a8848af08a8d91a2601828180098390800983910982826003028208918101017f29bb95c8763efd3e0e87f5df12ee8a150455b6d7a14780d19122220366c258dc01828180098390800983910982826003028208918101017f22c23eec9cb13ff8a3ee9a363d740653215e8991f7f9ec12067b4705e9a5c9fb01828180098390800983910982826003028208918101017f23589e033a31a667680c8b18926c3be09115c7644c4f905cc7deefc1690b42dc01828180098390800983910982826003028208918101017f304e99b887f2e1e92c9c0cde5f2bdd4764f60b98a219f1f0dd64ec938a6a247c01828180098390800983910982826003028208918101017f22e817865236ad3a76fbe88bbdf31fcae792f326271d53a3a493b2de7f7d8b4c01828180098390800983910982826003028208918101017f10c9efe573e86fa5b238a3f5c70a00bf02bc7dcfcc4878e026b77c881dc8b1c901828180098390800983910982826003028208918101017f0a94f16be920d85f4d6f80e745c6bddbc084f309edffef023ea283c72b89bbb601828180098390800983910982826003028208918101017f23ed72b4d01d14e3c7888fedb770494abc2c1ea81d6465b5df3da0ebcd69101a01828180098390800983910982826003028208918101017f17c5115640e4cebeed0e6cbb511ac38498df815a77cb162de8d8f1022eb6bb7401828180098390800983910982826003028208918101017f2e507fcca290d0d9cf765245750eb04773e09e1fc813959fb99680a82772e4fc01828180098390800983910982826003028208918101017f0d4a98999f5b39176af6cce65c8d12162433f055cb71d70dfc8803013292bbbf01828180098390800983910982826003028208918101017f238d8022cc09c21ab3c01261a03dc125321d829e22a7a3b7a1bd3c335eccfa2101828180098390800983910982826003028208918101017f010cd8e4c2b7051cb81dc8292e35d8e943ce365613d5b39770e454ed9f4ae16501828180098390800983910982826003028208918101017f088027e54f2a3604b11178cf0ea3c6aa861173a90fb231238e03539590ecc02701828180098390800983910982826003028208918101017f1b840f5311a2b1d4b4cd7aa7e5a9a6d161165468daa938108302b73e464819db01828180098390800983910982826003028208918101017f2bf51a5da1828a1cf9b764b1e16c15929a3a346e44198ea0cb366fcd8db78dc101828180098390800983910982826003028208918101017f206ad089d8d296ffe68a6a86767a7fe726b8872f9c7beef9d56a3a50f6f2382701828180098390800983910982826003028208918101017f24d19193171494fa1a54e0a99ac16d05eaec4b6d617c7c199fc07ff88eac550c01828180098390800983910982826003028208918101017f1dd654a2ca9d9f24f33d88246a40dfb32c40662278b9c0b995d9f9fbaf15213801828180098390800983910982826003028208918101017f0d171025c925f6e259d20ecbd3a601108c85f05b0fe7793b8acf57f3789785e401828180098390800983910982826003028208918101017f055bef435a43aec245cd99ccb0f7c8791d9e8cf2b80d95dd98b9908fed877d5501828180098390800983910982826003028208918101017f10d2ac8c61c8a2e88a2a3f42d9359a14be63d0ad4cfd9f203b75765d0e595f0e01828180098390800983910982826003028208918101017f103479710e70996982a84057ec3ba6b2254d7966ddc41e85296e3d0790dcfa5601828180098390800983910982826003028208918101017f2a366f0448fda3c05914ffb48c765da8de96f9aa340db1638225f8372921807b01828180098390800983910982826003028208918101017f16be0fb8ef62da17919b6e0378d00594153bb8899aeb686c04626b63285837a401828180098390800983910982826003028208918101017f0417038500e9d06c60abbc7f0d0d24c32dec8a0b2aa5a4d52cfd8c78a15bc37001828180098390800983910982826003028208918101017f26a6873b43ffd2ccf66ec6f4493ff9b54f4d76480bc486a3e5a0308fdd01381201828180098390800983910982826003028208918101017f0a3314a838f32630a96251914fe5ad262f3db9b2aa8aa9f7391922d36278c49801828180098390800983910982826003028208918101017f0fde0c5429a6beb07f462d4821f48f86aeadb46a090b15a044f4b59399027da401828180098390800983910982826003028208918101017f0abc2d5049972a6b9b357e4163793b0bb517e1eb535a984df11a1c89cda2c8a901828180098390800983910982826003028208918101017f0dab51d6e3ebfa661d21722fb21e55051b427a5f173f7f17735205dbb77c464e01828180098390800983910982826003028208918101017f29c36622598b511d51af6cc37123652fb21be5c2d68fb8efe9b92e70a8c1ae0301828180098390800983910982826003028208918101017f2c03ec80adac2a33ae846bc0b700d0bcc41c4096e53ac6990d6bbe7ea2fbc85c01828180098390800983910982826003028208918101017f0918fdbe9cf3a59fbdb4c6852d065105317303116017d893b8b521e3cebe1e0d01828180098390800983910982826003028208918101017f1f19ec22e69ca33f599dd13cd7e495a8176a79df4f7acf79a9d2135acabe235901828180098390800983910982826003028208918101017f1c4b037c8ae85ee1eb32b872eb7f76928c4c76b29ceb001346447b291108070401828180098390800983910982826003028208918101017f2b68900ed906616d6c826d0bde341766ba3131e04d420de5af0a69c534efd8db01828180098390800983910982826003028208918101017f20ca92aa222fcc69448f8dac653c8daaa180ff6dfb397cef723d4f0c782bc7f001828180098390800983910982826003028208918101017f10d22d05bdff6bb375276fc82057db337045a5ab7ac053941f6186289b66b2b601828180098390800983910982826003028208918101017f0b1ffdbb529367bb98f32ba45784cb435aa910b4a00636d1e5ca79e88bdd6cd901828180098390800983910982826003028208918101017f2da32b38e7984bc2ed757ec705eccf8282c7b4f82e5e515f6f89bcc33022ce9f01828180098390800983910982826003028208918101017f042593ad87403f6d2674b8b55a886725b87eb33958031e94d292cecc6abed1bb01828180098390800983910982826003028208918101017f181fa1b4d067783a19d7367bf49b3f01051faedab463a6de9308fbd6e7d419f101828180098390800983910982826003028208918101017f15aaa6cc9b7900b15683c95515c26028a8e35b00ed8a815c34927188c60de66001828180098390800983910982826003028208918101017f1bf28a93209084bbbc63234f057254c280b1a636f5a0eced6787320212f75a7a018281800983908009839109907f1cdb8c8bee5426f02cd9e229776118f156273b312f805c8e6f8c9d81a620cb6f01828180098390800983910981810190810191017f08299c0abf196d53162e0facb5f1876f516df2505cc387a0f8ea0e8760d5ca7e018281800983908009839109907f221643d205fe82778a7b7b58cb65c4962d76c0072cabd1124117269d7c710b8a01828180098390800983910981810190810191017f2d036a95f81cf49bb7a0143a28c88767f6bd10c3f74b22db487920d43343dbff018281800983908009839109907f08a50897c06aafe6ea414fb1bceca2267cd4a39486729fbc6d5d1bb7a172ebd2018281800983908009839109818101908101910150602035085f5260205ff3",
}

// Rollup is an auto generated Go binding around an Ethereum contract.
type Rollup struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Rollup) GetABI() abi.ABI {
	return c.abi
}

// NewRollup creates a new instance of Rollup.
func NewRollup() *Rollup {
	parsed, err := RollupMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Rollup{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Rollup) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, (address,address,address[]) roles, (uint256,uint256[16],uint256) genesis, bytes32 configHash_, uint256[] batchSizes, address[] batchVerifiers) returns()
func (rollup *Rollup) PackConstructor(token_ common.Address, roles RollupRoles, genesis RollupGenesisState, configHash_ [32]byte, batchSizes []*big.Int, batchVerifiers []common.Address) []byte {
	enc, err := rollup.abi.Pack("", token_, roles, genesis, configHash_, batchSizes, batchVerifiers)
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
func (rollup *Rollup) PackACCOUNTTREEDEPTH() []byte {
	enc, err := rollup.abi.Pack("ACCOUNT_TREE_DEPTH")
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
func (rollup *Rollup) TryPackACCOUNTTREEDEPTH() ([]byte, error) {
	return rollup.abi.Pack("ACCOUNT_TREE_DEPTH")
}

// UnpackACCOUNTTREEDEPTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5d29fca.
//
// Solidity: function ACCOUNT_TREE_DEPTH() view returns(uint256)
func (rollup *Rollup) UnpackACCOUNTTREEDEPTH(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("ACCOUNT_TREE_DEPTH", data)
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
func (rollup *Rollup) PackDEPOSITRECLAIMDELAY() []byte {
	enc, err := rollup.abi.Pack("DEPOSIT_RECLAIM_DELAY")
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
func (rollup *Rollup) TryPackDEPOSITRECLAIMDELAY() ([]byte, error) {
	return rollup.abi.Pack("DEPOSIT_RECLAIM_DELAY")
}

// UnpackDEPOSITRECLAIMDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61455a85.
//
// Solidity: function DEPOSIT_RECLAIM_DELAY() view returns(uint256)
func (rollup *Rollup) UnpackDEPOSITRECLAIMDELAY(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("DEPOSIT_RECLAIM_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDOMAINCONFIG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa64ffc46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_CONFIG() view returns(uint256)
func (rollup *Rollup) PackDOMAINCONFIG() []byte {
	enc, err := rollup.abi.Pack("DOMAIN_CONFIG")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDOMAINCONFIG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa64ffc46.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DOMAIN_CONFIG() view returns(uint256)
func (rollup *Rollup) TryPackDOMAINCONFIG() ([]byte, error) {
	return rollup.abi.Pack("DOMAIN_CONFIG")
}

// UnpackDOMAINCONFIG is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa64ffc46.
//
// Solidity: function DOMAIN_CONFIG() view returns(uint256)
func (rollup *Rollup) UnpackDOMAINCONFIG(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("DOMAIN_CONFIG", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFORCEDREQUESTBOND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1339054b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FORCED_REQUEST_BOND() view returns(uint256)
func (rollup *Rollup) PackFORCEDREQUESTBOND() []byte {
	enc, err := rollup.abi.Pack("FORCED_REQUEST_BOND")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFORCEDREQUESTBOND is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1339054b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FORCED_REQUEST_BOND() view returns(uint256)
func (rollup *Rollup) TryPackFORCEDREQUESTBOND() ([]byte, error) {
	return rollup.abi.Pack("FORCED_REQUEST_BOND")
}

// UnpackFORCEDREQUESTBOND is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1339054b.
//
// Solidity: function FORCED_REQUEST_BOND() view returns(uint256)
func (rollup *Rollup) UnpackFORCEDREQUESTBOND(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("FORCED_REQUEST_BOND", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFORCEDTRADETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79a71b24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FORCED_TRADE_TYPEHASH() view returns(bytes32)
func (rollup *Rollup) PackFORCEDTRADETYPEHASH() []byte {
	enc, err := rollup.abi.Pack("FORCED_TRADE_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFORCEDTRADETYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79a71b24.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FORCED_TRADE_TYPEHASH() view returns(bytes32)
func (rollup *Rollup) TryPackFORCEDTRADETYPEHASH() ([]byte, error) {
	return rollup.abi.Pack("FORCED_TRADE_TYPEHASH")
}

// UnpackFORCEDTRADETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79a71b24.
//
// Solidity: function FORCED_TRADE_TYPEHASH() view returns(bytes32)
func (rollup *Rollup) UnpackFORCEDTRADETYPEHASH(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("FORCED_TRADE_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFREEZEGRACEPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00717542.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FREEZE_GRACE_PERIOD() view returns(uint256)
func (rollup *Rollup) PackFREEZEGRACEPERIOD() []byte {
	enc, err := rollup.abi.Pack("FREEZE_GRACE_PERIOD")
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
func (rollup *Rollup) TryPackFREEZEGRACEPERIOD() ([]byte, error) {
	return rollup.abi.Pack("FREEZE_GRACE_PERIOD")
}

// UnpackFREEZEGRACEPERIOD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00717542.
//
// Solidity: function FREEZE_GRACE_PERIOD() view returns(uint256)
func (rollup *Rollup) UnpackFREEZEGRACEPERIOD(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("FREEZE_GRACE_PERIOD", data)
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
func (rollup *Rollup) PackGOVERNANCEDELAY() []byte {
	enc, err := rollup.abi.Pack("GOVERNANCE_DELAY")
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
func (rollup *Rollup) TryPackGOVERNANCEDELAY() ([]byte, error) {
	return rollup.abi.Pack("GOVERNANCE_DELAY")
}

// UnpackGOVERNANCEDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb0b54895.
//
// Solidity: function GOVERNANCE_DELAY() view returns(uint256)
func (rollup *Rollup) UnpackGOVERNANCEDELAY(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("GOVERNANCE_DELAY", data)
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
func (rollup *Rollup) PackGOVERNANCEEXPIRY() []byte {
	enc, err := rollup.abi.Pack("GOVERNANCE_EXPIRY")
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
func (rollup *Rollup) TryPackGOVERNANCEEXPIRY() ([]byte, error) {
	return rollup.abi.Pack("GOVERNANCE_EXPIRY")
}

// UnpackGOVERNANCEEXPIRY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1c477af9.
//
// Solidity: function GOVERNANCE_EXPIRY() view returns(uint256)
func (rollup *Rollup) UnpackGOVERNANCEEXPIRY(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("GOVERNANCE_EXPIRY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackL2ACCOUNTBASE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8031d588.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function L2_ACCOUNT_BASE() view returns(uint256)
func (rollup *Rollup) PackL2ACCOUNTBASE() []byte {
	enc, err := rollup.abi.Pack("L2_ACCOUNT_BASE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL2ACCOUNTBASE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8031d588.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function L2_ACCOUNT_BASE() view returns(uint256)
func (rollup *Rollup) TryPackL2ACCOUNTBASE() ([]byte, error) {
	return rollup.abi.Pack("L2_ACCOUNT_BASE")
}

// UnpackL2ACCOUNTBASE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8031d588.
//
// Solidity: function L2_ACCOUNT_BASE() view returns(uint256)
func (rollup *Rollup) UnpackL2ACCOUNTBASE(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("L2_ACCOUNT_BASE", data)
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
func (rollup *Rollup) PackLEAFWORDS() []byte {
	enc, err := rollup.abi.Pack("LEAF_WORDS")
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
func (rollup *Rollup) TryPackLEAFWORDS() ([]byte, error) {
	return rollup.abi.Pack("LEAF_WORDS")
}

// UnpackLEAFWORDS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8fbd1e87.
//
// Solidity: function LEAF_WORDS() view returns(uint256)
func (rollup *Rollup) UnpackLEAFWORDS(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("LEAF_WORDS", data)
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
func (rollup *Rollup) PackMARKETCOUNT() []byte {
	enc, err := rollup.abi.Pack("MARKET_COUNT")
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
func (rollup *Rollup) TryPackMARKETCOUNT() ([]byte, error) {
	return rollup.abi.Pack("MARKET_COUNT")
}

// UnpackMARKETCOUNT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x064c2b80.
//
// Solidity: function MARKET_COUNT() view returns(uint256)
func (rollup *Rollup) UnpackMARKETCOUNT(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("MARKET_COUNT", data)
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
func (rollup *Rollup) PackMARKETWORDS() []byte {
	enc, err := rollup.abi.Pack("MARKET_WORDS")
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
func (rollup *Rollup) TryPackMARKETWORDS() ([]byte, error) {
	return rollup.abi.Pack("MARKET_WORDS")
}

// UnpackMARKETWORDS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x756ce0da.
//
// Solidity: function MARKET_WORDS() view returns(uint256)
func (rollup *Rollup) UnpackMARKETWORDS(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("MARKET_WORDS", data)
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
func (rollup *Rollup) PackMAXACCOUNTS() []byte {
	enc, err := rollup.abi.Pack("MAX_ACCOUNTS")
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
func (rollup *Rollup) TryPackMAXACCOUNTS() ([]byte, error) {
	return rollup.abi.Pack("MAX_ACCOUNTS")
}

// UnpackMAXACCOUNTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x928e6d44.
//
// Solidity: function MAX_ACCOUNTS() view returns(uint256)
func (rollup *Rollup) UnpackMAXACCOUNTS(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("MAX_ACCOUNTS", data)
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
func (rollup *Rollup) PackMAXAMOUNT() []byte {
	enc, err := rollup.abi.Pack("MAX_AMOUNT")
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
func (rollup *Rollup) TryPackMAXAMOUNT() ([]byte, error) {
	return rollup.abi.Pack("MAX_AMOUNT")
}

// UnpackMAXAMOUNT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd40dc870.
//
// Solidity: function MAX_AMOUNT() view returns(uint256)
func (rollup *Rollup) UnpackMAXAMOUNT(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("MAX_AMOUNT", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d67799e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SIZE() view returns(uint256)
func (rollup *Rollup) PackMAXSIZE() []byte {
	enc, err := rollup.abi.Pack("MAX_SIZE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d67799e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SIZE() view returns(uint256)
func (rollup *Rollup) TryPackMAXSIZE() ([]byte, error) {
	return rollup.abi.Pack("MAX_SIZE")
}

// UnpackMAXSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8d67799e.
//
// Solidity: function MAX_SIZE() view returns(uint256)
func (rollup *Rollup) UnpackMAXSIZE(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("MAX_SIZE", data)
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
func (rollup *Rollup) PackMAXTIMESTAMPAHEAD() []byte {
	enc, err := rollup.abi.Pack("MAX_TIMESTAMP_AHEAD")
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
func (rollup *Rollup) TryPackMAXTIMESTAMPAHEAD() ([]byte, error) {
	return rollup.abi.Pack("MAX_TIMESTAMP_AHEAD")
}

// UnpackMAXTIMESTAMPAHEAD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0fc408d7.
//
// Solidity: function MAX_TIMESTAMP_AHEAD() view returns(uint256)
func (rollup *Rollup) UnpackMAXTIMESTAMPAHEAD(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("MAX_TIMESTAMP_AHEAD", data)
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
func (rollup *Rollup) PackMAXTIMESTAMPLAG() []byte {
	enc, err := rollup.abi.Pack("MAX_TIMESTAMP_LAG")
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
func (rollup *Rollup) TryPackMAXTIMESTAMPLAG() ([]byte, error) {
	return rollup.abi.Pack("MAX_TIMESTAMP_LAG")
}

// UnpackMAXTIMESTAMPLAG is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4f85beff.
//
// Solidity: function MAX_TIMESTAMP_LAG() view returns(uint256)
func (rollup *Rollup) UnpackMAXTIMESTAMPLAG(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("MAX_TIMESTAMP_LAG", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackORACLEKEYS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x155bd52c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ORACLE_KEYS() view returns(uint256)
func (rollup *Rollup) PackORACLEKEYS() []byte {
	enc, err := rollup.abi.Pack("ORACLE_KEYS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackORACLEKEYS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x155bd52c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ORACLE_KEYS() view returns(uint256)
func (rollup *Rollup) TryPackORACLEKEYS() ([]byte, error) {
	return rollup.abi.Pack("ORACLE_KEYS")
}

// UnpackORACLEKEYS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x155bd52c.
//
// Solidity: function ORACLE_KEYS() view returns(uint256)
func (rollup *Rollup) UnpackORACLEKEYS(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("ORACLE_KEYS", data)
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
func (rollup *Rollup) PackPOSITIONSLOTS() []byte {
	enc, err := rollup.abi.Pack("POSITION_SLOTS")
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
func (rollup *Rollup) TryPackPOSITIONSLOTS() ([]byte, error) {
	return rollup.abi.Pack("POSITION_SLOTS")
}

// UnpackPOSITIONSLOTS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3c2976b0.
//
// Solidity: function POSITION_SLOTS() view returns(uint256)
func (rollup *Rollup) UnpackPOSITIONSLOTS(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("POSITION_SLOTS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPPMSCALE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64cc51ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PPM_SCALE() view returns(uint256)
func (rollup *Rollup) PackPPMSCALE() []byte {
	enc, err := rollup.abi.Pack("PPM_SCALE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPPMSCALE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64cc51ff.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PPM_SCALE() view returns(uint256)
func (rollup *Rollup) TryPackPPMSCALE() ([]byte, error) {
	return rollup.abi.Pack("PPM_SCALE")
}

// UnpackPPMSCALE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x64cc51ff.
//
// Solidity: function PPM_SCALE() view returns(uint256)
func (rollup *Rollup) UnpackPPMSCALE(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("PPM_SCALE", data)
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
func (rollup *Rollup) PackPRICESCALE() []byte {
	enc, err := rollup.abi.Pack("PRICE_SCALE")
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
func (rollup *Rollup) TryPackPRICESCALE() ([]byte, error) {
	return rollup.abi.Pack("PRICE_SCALE")
}

// UnpackPRICESCALE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc33f59d3.
//
// Solidity: function PRICE_SCALE() view returns(int256)
func (rollup *Rollup) UnpackPRICESCALE(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("PRICE_SCALE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackQUEUESERVICEINTERVAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd48efcd1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function QUEUE_SERVICE_INTERVAL() view returns(uint256)
func (rollup *Rollup) PackQUEUESERVICEINTERVAL() []byte {
	enc, err := rollup.abi.Pack("QUEUE_SERVICE_INTERVAL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQUEUESERVICEINTERVAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd48efcd1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function QUEUE_SERVICE_INTERVAL() view returns(uint256)
func (rollup *Rollup) TryPackQUEUESERVICEINTERVAL() ([]byte, error) {
	return rollup.abi.Pack("QUEUE_SERVICE_INTERVAL")
}

// UnpackQUEUESERVICEINTERVAL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd48efcd1.
//
// Solidity: function QUEUE_SERVICE_INTERVAL() view returns(uint256)
func (rollup *Rollup) UnpackQUEUESERVICEINTERVAL(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("QUEUE_SERVICE_INTERVAL", data)
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
func (rollup *Rollup) PackRECORDSIZE() []byte {
	enc, err := rollup.abi.Pack("RECORD_SIZE")
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
func (rollup *Rollup) TryPackRECORDSIZE() ([]byte, error) {
	return rollup.abi.Pack("RECORD_SIZE")
}

// UnpackRECORDSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00b24ff2.
//
// Solidity: function RECORD_SIZE() view returns(uint256)
func (rollup *Rollup) UnpackRECORDSIZE(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("RECORD_SIZE", data)
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
func (rollup *Rollup) PackSNARKSCALARFIELD() []byte {
	enc, err := rollup.abi.Pack("SNARK_SCALAR_FIELD")
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
func (rollup *Rollup) TryPackSNARKSCALARFIELD() ([]byte, error) {
	return rollup.abi.Pack("SNARK_SCALAR_FIELD")
}

// UnpackSNARKSCALARFIELD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x25c2cd12.
//
// Solidity: function SNARK_SCALAR_FIELD() view returns(uint256)
func (rollup *Rollup) UnpackSNARKSCALARFIELD(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("SNARK_SCALAR_FIELD", data)
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
func (rollup *Rollup) PackAccounts(accountId uint32) []byte {
	enc, err := rollup.abi.Pack("accounts", accountId)
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
func (rollup *Rollup) TryPackAccounts(accountId uint32) ([]byte, error) {
	return rollup.abi.Pack("accounts", accountId)
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
func (rollup *Rollup) UnpackAccounts(data []byte) (AccountsOutput, error) {
	out, err := rollup.abi.Unpack("accounts", data)
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
func (rollup *Rollup) PackApplyChange(kind uint8, key [32]byte, value [32]byte) []byte {
	enc, err := rollup.abi.Pack("applyChange", kind, key, value)
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
func (rollup *Rollup) TryPackApplyChange(kind uint8, key [32]byte, value [32]byte) ([]byte, error) {
	return rollup.abi.Pack("applyChange", kind, key, value)
}

// PackBatchState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ee83daa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchState() view returns(uint64 batchNumber, uint64 timestamp, uint64 queueHead, uint64 frozenAt)
func (rollup *Rollup) PackBatchState() []byte {
	enc, err := rollup.abi.Pack("batchState")
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
func (rollup *Rollup) TryPackBatchState() ([]byte, error) {
	return rollup.abi.Pack("batchState")
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
func (rollup *Rollup) UnpackBatchState(data []byte) (BatchStateOutput, error) {
	out, err := rollup.abi.Unpack("batchState", data)
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
func (rollup *Rollup) PackCancelChange(kind uint8, key [32]byte, value [32]byte) []byte {
	enc, err := rollup.abi.Pack("cancelChange", kind, key, value)
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
func (rollup *Rollup) TryPackCancelChange(kind uint8, key [32]byte, value [32]byte) ([]byte, error) {
	return rollup.abi.Pack("cancelChange", kind, key, value)
}

// PackChangeId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c72a11c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function changeId(uint8 kind, bytes32 key, bytes32 value) pure returns(bytes32)
func (rollup *Rollup) PackChangeId(kind uint8, key [32]byte, value [32]byte) []byte {
	enc, err := rollup.abi.Pack("changeId", kind, key, value)
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
func (rollup *Rollup) TryPackChangeId(kind uint8, key [32]byte, value [32]byte) ([]byte, error) {
	return rollup.abi.Pack("changeId", kind, key, value)
}

// UnpackChangeId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1c72a11c.
//
// Solidity: function changeId(uint8 kind, bytes32 key, bytes32 value) pure returns(bytes32)
func (rollup *Rollup) UnpackChangeId(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("changeId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackCommitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x601c650a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitBatch(uint256 newRoot, uint64 timestamp, bytes pubdata, bytes proof) returns()
func (rollup *Rollup) PackCommitBatch(newRoot *big.Int, timestamp uint64, pubdata []byte, proof []byte) []byte {
	enc, err := rollup.abi.Pack("commitBatch", newRoot, timestamp, pubdata, proof)
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
func (rollup *Rollup) TryPackCommitBatch(newRoot *big.Int, timestamp uint64, pubdata []byte, proof []byte) ([]byte, error) {
	return rollup.abi.Pack("commitBatch", newRoot, timestamp, pubdata, proof)
}

// PackConfigHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe1f1176d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configHash() view returns(bytes32)
func (rollup *Rollup) PackConfigHash() []byte {
	enc, err := rollup.abi.Pack("configHash")
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
func (rollup *Rollup) TryPackConfigHash() ([]byte, error) {
	return rollup.abi.Pack("configHash")
}

// UnpackConfigHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe1f1176d.
//
// Solidity: function configHash() view returns(bytes32)
func (rollup *Rollup) UnpackConfigHash(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("configHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackConsentUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x403e2fd7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function consentUsed(bytes32 consent) view returns(bool)
func (rollup *Rollup) PackConsentUsed(consent [32]byte) []byte {
	enc, err := rollup.abi.Pack("consentUsed", consent)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConsentUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x403e2fd7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function consentUsed(bytes32 consent) view returns(bool)
func (rollup *Rollup) TryPackConsentUsed(consent [32]byte) ([]byte, error) {
	return rollup.abi.Pack("consentUsed", consent)
}

// UnpackConsentUsed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x403e2fd7.
//
// Solidity: function consentUsed(bytes32 consent) view returns(bool)
func (rollup *Rollup) UnpackConsentUsed(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("consentUsed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1de26e16.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(bytes32 pubKey, uint256 amount) returns(uint32 accountId)
func (rollup *Rollup) PackDeposit(pubKey [32]byte, amount *big.Int) []byte {
	enc, err := rollup.abi.Pack("deposit", pubKey, amount)
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
func (rollup *Rollup) TryPackDeposit(pubKey [32]byte, amount *big.Int) ([]byte, error) {
	return rollup.abi.Pack("deposit", pubKey, amount)
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1de26e16.
//
// Solidity: function deposit(bytes32 pubKey, uint256 amount) returns(uint32 accountId)
func (rollup *Rollup) UnpackDeposit(data []byte) (uint32, error) {
	out, err := rollup.abi.Unpack("deposit", data)
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
func (rollup *Rollup) PackDepositPayers(queueIndex *big.Int) []byte {
	enc, err := rollup.abi.Pack("depositPayers", queueIndex)
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
func (rollup *Rollup) TryPackDepositPayers(queueIndex *big.Int) ([]byte, error) {
	return rollup.abi.Pack("depositPayers", queueIndex)
}

// UnpackDepositPayers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd1533e87.
//
// Solidity: function depositPayers(uint256 queueIndex) view returns(address)
func (rollup *Rollup) UnpackDepositPayers(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("depositPayers", data)
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
func (rollup *Rollup) PackDepositTo(accountId uint32, amount *big.Int) []byte {
	enc, err := rollup.abi.Pack("depositTo", accountId, amount)
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
func (rollup *Rollup) TryPackDepositTo(accountId uint32, amount *big.Int) ([]byte, error) {
	return rollup.abi.Pack("depositTo", accountId, amount)
}

// PackEscape is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x56161da6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escape(uint32 accountId, uint256[12] leaf, uint256[24] siblings, uint256[16] markets, uint256 globals) returns()
func (rollup *Rollup) PackEscape(accountId uint32, leaf [12]*big.Int, siblings [24]*big.Int, markets [16]*big.Int, globals *big.Int) []byte {
	enc, err := rollup.abi.Pack("escape", accountId, leaf, siblings, markets, globals)
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
func (rollup *Rollup) TryPackEscape(accountId uint32, leaf [12]*big.Int, siblings [24]*big.Int, markets [16]*big.Int, globals *big.Int) ([]byte, error) {
	return rollup.abi.Pack("escape", accountId, leaf, siblings, markets, globals)
}

// PackEscaped is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5249790.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escaped(uint256 word) view returns(uint256)
func (rollup *Rollup) PackEscaped(word *big.Int) []byte {
	enc, err := rollup.abi.Pack("escaped", word)
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
func (rollup *Rollup) TryPackEscaped(word *big.Int) ([]byte, error) {
	return rollup.abi.Pack("escaped", word)
}

// UnpackEscaped is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa5249790.
//
// Solidity: function escaped(uint256 word) view returns(uint256)
func (rollup *Rollup) UnpackEscaped(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("escaped", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackForcedBonds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c0ac4d2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedBonds() view returns(uint256)
func (rollup *Rollup) PackForcedBonds() []byte {
	enc, err := rollup.abi.Pack("forcedBonds")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedBonds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c0ac4d2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedBonds() view returns(uint256)
func (rollup *Rollup) TryPackForcedBonds() ([]byte, error) {
	return rollup.abi.Pack("forcedBonds")
}

// UnpackForcedBonds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c0ac4d2.
//
// Solidity: function forcedBonds() view returns(uint256)
func (rollup *Rollup) UnpackForcedBonds(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("forcedBonds", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackForcedTrade is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x859bd3f8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedTrade((address,uint32,uint32,uint8,bool,uint64,uint64,uint64,uint64) req, bytes signature) returns(uint64 queueIndex)
func (rollup *Rollup) PackForcedTrade(req RollupForcedTradeRequest, signature []byte) []byte {
	enc, err := rollup.abi.Pack("forcedTrade", req, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedTrade is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x859bd3f8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedTrade((address,uint32,uint32,uint8,bool,uint64,uint64,uint64,uint64) req, bytes signature) returns(uint64 queueIndex)
func (rollup *Rollup) TryPackForcedTrade(req RollupForcedTradeRequest, signature []byte) ([]byte, error) {
	return rollup.abi.Pack("forcedTrade", req, signature)
}

// UnpackForcedTrade is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x859bd3f8.
//
// Solidity: function forcedTrade((address,uint32,uint32,uint8,bool,uint64,uint64,uint64,uint64) req, bytes signature) returns(uint64 queueIndex)
func (rollup *Rollup) UnpackForcedTrade(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("forcedTrade", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackForcedTradeConsent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc564f4fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedTradeConsent((address,uint32,uint32,uint8,bool,uint64,uint64,uint64,uint64) req) view returns(bytes32)
func (rollup *Rollup) PackForcedTradeConsent(req RollupForcedTradeRequest) []byte {
	enc, err := rollup.abi.Pack("forcedTradeConsent", req)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedTradeConsent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc564f4fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedTradeConsent((address,uint32,uint32,uint8,bool,uint64,uint64,uint64,uint64) req) view returns(bytes32)
func (rollup *Rollup) TryPackForcedTradeConsent(req RollupForcedTradeRequest) ([]byte, error) {
	return rollup.abi.Pack("forcedTradeConsent", req)
}

// UnpackForcedTradeConsent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc564f4fa.
//
// Solidity: function forcedTradeConsent((address,uint32,uint32,uint8,bool,uint64,uint64,uint64,uint64) req) view returns(bytes32)
func (rollup *Rollup) UnpackForcedTradeConsent(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("forcedTradeConsent", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackForcedWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcacab4e4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedWithdrawal(uint32 accountId, uint256 amount) returns(uint64 queueIndex)
func (rollup *Rollup) PackForcedWithdrawal(accountId uint32, amount *big.Int) []byte {
	enc, err := rollup.abi.Pack("forcedWithdrawal", accountId, amount)
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
func (rollup *Rollup) TryPackForcedWithdrawal(accountId uint32, amount *big.Int) ([]byte, error) {
	return rollup.abi.Pack("forcedWithdrawal", accountId, amount)
}

// UnpackForcedWithdrawal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcacab4e4.
//
// Solidity: function forcedWithdrawal(uint32 accountId, uint256 amount) returns(uint64 queueIndex)
func (rollup *Rollup) UnpackForcedWithdrawal(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("forcedWithdrawal", data)
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
func (rollup *Rollup) PackFreeze(queueIndex uint64) []byte {
	enc, err := rollup.abi.Pack("freeze", queueIndex)
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
func (rollup *Rollup) TryPackFreeze(queueIndex uint64) ([]byte, error) {
	return rollup.abi.Pack("freeze", queueIndex)
}

// PackGovernor is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0c340a24.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function governor() view returns(address)
func (rollup *Rollup) PackGovernor() []byte {
	enc, err := rollup.abi.Pack("governor")
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
func (rollup *Rollup) TryPackGovernor() ([]byte, error) {
	return rollup.abi.Pack("governor")
}

// UnpackGovernor is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0c340a24.
//
// Solidity: function governor() view returns(address)
func (rollup *Rollup) UnpackGovernor(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("governor", data)
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
func (rollup *Rollup) PackGuardian() []byte {
	enc, err := rollup.abi.Pack("guardian")
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
func (rollup *Rollup) TryPackGuardian() ([]byte, error) {
	return rollup.abi.Pack("guardian")
}

// UnpackGuardian is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x452a9320.
//
// Solidity: function guardian() view returns(address)
func (rollup *Rollup) UnpackGuardian(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("guardian", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackHashConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c389fc4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashConfig(uint256[10] oracleKeys, uint256 params) view returns(bytes32)
func (rollup *Rollup) PackHashConfig(oracleKeys [10]*big.Int, params *big.Int) []byte {
	enc, err := rollup.abi.Pack("hashConfig", oracleKeys, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c389fc4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashConfig(uint256[10] oracleKeys, uint256 params) view returns(bytes32)
func (rollup *Rollup) TryPackHashConfig(oracleKeys [10]*big.Int, params *big.Int) ([]byte, error) {
	return rollup.abi.Pack("hashConfig", oracleKeys, params)
}

// UnpackHashConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c389fc4.
//
// Solidity: function hashConfig(uint256[10] oracleKeys, uint256 params) view returns(bytes32)
func (rollup *Rollup) UnpackHashConfig(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("hashConfig", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackHasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed33639f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasher() view returns(address)
func (rollup *Rollup) PackHasher() []byte {
	enc, err := rollup.abi.Pack("hasher")
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
func (rollup *Rollup) TryPackHasher() ([]byte, error) {
	return rollup.abi.Pack("hasher")
}

// UnpackHasher is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xed33639f.
//
// Solidity: function hasher() view returns(address)
func (rollup *Rollup) UnpackHasher(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("hasher", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMarketRows is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4100eb0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function marketRows(uint256 market) view returns(uint8 status, uint24 imf, uint24 mmf, uint24 tierImf, uint24 tierMmf, uint48 tierSize)
func (rollup *Rollup) PackMarketRows(market *big.Int) []byte {
	enc, err := rollup.abi.Pack("marketRows", market)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarketRows is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4100eb0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function marketRows(uint256 market) view returns(uint8 status, uint24 imf, uint24 mmf, uint24 tierImf, uint24 tierMmf, uint48 tierSize)
func (rollup *Rollup) TryPackMarketRows(market *big.Int) ([]byte, error) {
	return rollup.abi.Pack("marketRows", market)
}

// MarketRowsOutput serves as a container for the return parameters of contract
// method MarketRows.
type MarketRowsOutput struct {
	Status   uint8
	Imf      *big.Int
	Mmf      *big.Int
	TierImf  *big.Int
	TierMmf  *big.Int
	TierSize *big.Int
}

// UnpackMarketRows is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4100eb0e.
//
// Solidity: function marketRows(uint256 market) view returns(uint8 status, uint24 imf, uint24 mmf, uint24 tierImf, uint24 tierMmf, uint48 tierSize)
func (rollup *Rollup) UnpackMarketRows(data []byte) (MarketRowsOutput, error) {
	out, err := rollup.abi.Unpack("marketRows", data)
	outstruct := new(MarketRowsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Status = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Imf = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Mmf = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.TierImf = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.TierMmf = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.TierSize = abi.ConvertType(out[5], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackOperators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13e7c9d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operators(address ) view returns(bool)
func (rollup *Rollup) PackOperators(arg0 common.Address) []byte {
	enc, err := rollup.abi.Pack("operators", arg0)
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
func (rollup *Rollup) TryPackOperators(arg0 common.Address) ([]byte, error) {
	return rollup.abi.Pack("operators", arg0)
}

// UnpackOperators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13e7c9d8.
//
// Solidity: function operators(address ) view returns(bool)
func (rollup *Rollup) UnpackOperators(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("operators", data)
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
func (rollup *Rollup) PackPauseDeposits() []byte {
	enc, err := rollup.abi.Pack("pauseDeposits")
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
func (rollup *Rollup) TryPackPauseDeposits() ([]byte, error) {
	return rollup.abi.Pack("pauseDeposits")
}

// PackPendingChanges is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4dda5518.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingChanges(bytes32 id) view returns(uint256 eta)
func (rollup *Rollup) PackPendingChanges(id [32]byte) []byte {
	enc, err := rollup.abi.Pack("pendingChanges", id)
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
func (rollup *Rollup) TryPackPendingChanges(id [32]byte) ([]byte, error) {
	return rollup.abi.Pack("pendingChanges", id)
}

// UnpackPendingChanges is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4dda5518.
//
// Solidity: function pendingChanges(bytes32 id) view returns(uint256 eta)
func (rollup *Rollup) UnpackPendingChanges(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("pendingChanges", data)
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
func (rollup *Rollup) PackPendingWithdrawals(arg0 common.Address) []byte {
	enc, err := rollup.abi.Pack("pendingWithdrawals", arg0)
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
func (rollup *Rollup) TryPackPendingWithdrawals(arg0 common.Address) ([]byte, error) {
	return rollup.abi.Pack("pendingWithdrawals", arg0)
}

// UnpackPendingWithdrawals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf3f43703.
//
// Solidity: function pendingWithdrawals(address ) view returns(uint256)
func (rollup *Rollup) UnpackPendingWithdrawals(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("pendingWithdrawals", data)
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
func (rollup *Rollup) PackProposeChange(kind uint8, key [32]byte, value [32]byte) []byte {
	enc, err := rollup.abi.Pack("proposeChange", kind, key, value)
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
func (rollup *Rollup) TryPackProposeChange(kind uint8, key [32]byte, value [32]byte) ([]byte, error) {
	return rollup.abi.Pack("proposeChange", kind, key, value)
}

// UnpackProposeChange is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5d2ea592.
//
// Solidity: function proposeChange(uint8 kind, bytes32 key, bytes32 value) returns(bytes32 id)
func (rollup *Rollup) UnpackProposeChange(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("proposeChange", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackPublishConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60fad8de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishConfig(uint256[10] oracleKeys, uint256 params) returns(bytes32 hash)
func (rollup *Rollup) PackPublishConfig(oracleKeys [10]*big.Int, params *big.Int) []byte {
	enc, err := rollup.abi.Pack("publishConfig", oracleKeys, params)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublishConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60fad8de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publishConfig(uint256[10] oracleKeys, uint256 params) returns(bytes32 hash)
func (rollup *Rollup) TryPackPublishConfig(oracleKeys [10]*big.Int, params *big.Int) ([]byte, error) {
	return rollup.abi.Pack("publishConfig", oracleKeys, params)
}

// UnpackPublishConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x60fad8de.
//
// Solidity: function publishConfig(uint256[10] oracleKeys, uint256 params) returns(bytes32 hash)
func (rollup *Rollup) UnpackPublishConfig(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("publishConfig", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xddf0b009.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queue(uint256 queueIndex) view returns(uint256)
func (rollup *Rollup) PackQueue(queueIndex *big.Int) []byte {
	enc, err := rollup.abi.Pack("queue", queueIndex)
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
func (rollup *Rollup) TryPackQueue(queueIndex *big.Int) ([]byte, error) {
	return rollup.abi.Pack("queue", queueIndex)
}

// UnpackQueue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xddf0b009.
//
// Solidity: function queue(uint256 queueIndex) view returns(uint256)
func (rollup *Rollup) UnpackQueue(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("queue", data)
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
// Solidity: function queueState() view returns(uint32 accountCount, uint64 queueCount, uint64 lastServiceTime, bool depositsPaused, bool frozen)
func (rollup *Rollup) PackQueueState() []byte {
	enc, err := rollup.abi.Pack("queueState")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueueState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b1f7dc2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queueState() view returns(uint32 accountCount, uint64 queueCount, uint64 lastServiceTime, bool depositsPaused, bool frozen)
func (rollup *Rollup) TryPackQueueState() ([]byte, error) {
	return rollup.abi.Pack("queueState")
}

// QueueStateOutput serves as a container for the return parameters of contract
// method QueueState.
type QueueStateOutput struct {
	AccountCount    uint32
	QueueCount      uint64
	LastServiceTime uint64
	DepositsPaused  bool
	Frozen          bool
}

// UnpackQueueState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b1f7dc2.
//
// Solidity: function queueState() view returns(uint32 accountCount, uint64 queueCount, uint64 lastServiceTime, bool depositsPaused, bool frozen)
func (rollup *Rollup) UnpackQueueState(data []byte) (QueueStateOutput, error) {
	out, err := rollup.abi.Unpack("queueState", data)
	outstruct := new(QueueStateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.AccountCount = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.QueueCount = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.LastServiceTime = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.DepositsPaused = *abi.ConvertType(out[3], new(bool)).(*bool)
	outstruct.Frozen = *abi.ConvertType(out[4], new(bool)).(*bool)
	return *outstruct, nil
}

// PackRaiseMarginFractions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74303fc1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function raiseMarginFractions(uint8 market, uint24 imf, uint24 mmf, uint24 tierImf, uint24 tierMmf) returns()
func (rollup *Rollup) PackRaiseMarginFractions(market uint8, imf *big.Int, mmf *big.Int, tierImf *big.Int, tierMmf *big.Int) []byte {
	enc, err := rollup.abi.Pack("raiseMarginFractions", market, imf, mmf, tierImf, tierMmf)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRaiseMarginFractions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74303fc1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function raiseMarginFractions(uint8 market, uint24 imf, uint24 mmf, uint24 tierImf, uint24 tierMmf) returns()
func (rollup *Rollup) TryPackRaiseMarginFractions(market uint8, imf *big.Int, mmf *big.Int, tierImf *big.Int, tierMmf *big.Int) ([]byte, error) {
	return rollup.abi.Pack("raiseMarginFractions", market, imf, mmf, tierImf, tierMmf)
}

// PackReclaimBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f0f3b40.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaimBond(uint64 queueIndex, bytes record) returns()
func (rollup *Rollup) PackReclaimBond(queueIndex uint64, record []byte) []byte {
	enc, err := rollup.abi.Pack("reclaimBond", queueIndex, record)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaimBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f0f3b40.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaimBond(uint64 queueIndex, bytes record) returns()
func (rollup *Rollup) TryPackReclaimBond(queueIndex uint64, record []byte) ([]byte, error) {
	return rollup.abi.Pack("reclaimBond", queueIndex, record)
}

// PackReclaimDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb8d3162.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaimDeposit(uint64 queueIndex, bytes record) returns()
func (rollup *Rollup) PackReclaimDeposit(queueIndex uint64, record []byte) []byte {
	enc, err := rollup.abi.Pack("reclaimDeposit", queueIndex, record)
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
func (rollup *Rollup) TryPackReclaimDeposit(queueIndex uint64, record []byte) ([]byte, error) {
	return rollup.abi.Pack("reclaimDeposit", queueIndex, record)
}

// PackSetReduceOnly is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27f34de4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReduceOnly(uint8 market) returns()
func (rollup *Rollup) PackSetReduceOnly(market uint8) []byte {
	enc, err := rollup.abi.Pack("setReduceOnly", market)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetReduceOnly is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27f34de4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setReduceOnly(uint8 market) returns()
func (rollup *Rollup) TryPackSetReduceOnly(market uint8) ([]byte, error) {
	return rollup.abi.Pack("setReduceOnly", market)
}

// PackSmallOrderKeys is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf7293569.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function smallOrderKeys() pure returns(bytes32[8])
func (rollup *Rollup) PackSmallOrderKeys() []byte {
	enc, err := rollup.abi.Pack("smallOrderKeys")
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
func (rollup *Rollup) TryPackSmallOrderKeys() ([]byte, error) {
	return rollup.abi.Pack("smallOrderKeys")
}

// UnpackSmallOrderKeys is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf7293569.
//
// Solidity: function smallOrderKeys() pure returns(bytes32[8])
func (rollup *Rollup) UnpackSmallOrderKeys(data []byte) ([8][32]byte, error) {
	out, err := rollup.abi.Unpack("smallOrderKeys", data)
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
func (rollup *Rollup) PackStateRoot() []byte {
	enc, err := rollup.abi.Pack("stateRoot")
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
func (rollup *Rollup) TryPackStateRoot() ([]byte, error) {
	return rollup.abi.Pack("stateRoot")
}

// UnpackStateRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9588eca2.
//
// Solidity: function stateRoot() view returns(uint256)
func (rollup *Rollup) UnpackStateRoot(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("stateRoot", data)
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
func (rollup *Rollup) PackToken() []byte {
	enc, err := rollup.abi.Pack("token")
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
func (rollup *Rollup) TryPackToken() ([]byte, error) {
	return rollup.abi.Pack("token")
}

// UnpackToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (rollup *Rollup) UnpackToken(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("token", data)
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
func (rollup *Rollup) PackVerifiers(batchSize *big.Int) []byte {
	enc, err := rollup.abi.Pack("verifiers", batchSize)
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
func (rollup *Rollup) TryPackVerifiers(batchSize *big.Int) ([]byte, error) {
	return rollup.abi.Pack("verifiers", batchSize)
}

// UnpackVerifiers is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac1eff68.
//
// Solidity: function verifiers(uint256 batchSize) view returns(address)
func (rollup *Rollup) UnpackVerifiers(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("verifiers", data)
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
func (rollup *Rollup) PackWithdraw() []byte {
	enc, err := rollup.abi.Pack("withdraw")
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
func (rollup *Rollup) TryPackWithdraw() ([]byte, error) {
	return rollup.abi.Pack("withdraw")
}

// RollupBatchCommitted represents a BatchCommitted event raised by the Rollup contract.
type RollupBatchCommitted struct {
	BatchNumber uint64
	NewRoot     *big.Int
	Timestamp   uint64
	QueueHead   uint64
	Pubdata     []byte
	Raw         *types.Log // Blockchain specific contextual infos
}

const RollupBatchCommittedEventName = "BatchCommitted"

// ContractEventName returns the user-defined event name.
func (RollupBatchCommitted) ContractEventName() string {
	return RollupBatchCommittedEventName
}

// UnpackBatchCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchCommitted(uint64 indexed batchNumber, uint256 newRoot, uint64 timestamp, uint64 queueHead, bytes pubdata)
func (rollup *Rollup) UnpackBatchCommittedEvent(log *types.Log) (*RollupBatchCommitted, error) {
	event := "BatchCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupBatchCommitted)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupBondReclaimed represents a BondReclaimed event raised by the Rollup contract.
type RollupBondReclaimed struct {
	QueueIndex uint64
	Requester  common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupBondReclaimedEventName = "BondReclaimed"

// ContractEventName returns the user-defined event name.
func (RollupBondReclaimed) ContractEventName() string {
	return RollupBondReclaimedEventName
}

// UnpackBondReclaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondReclaimed(uint64 queueIndex, address indexed requester, uint256 amount)
func (rollup *Rollup) UnpackBondReclaimedEvent(log *types.Log) (*RollupBondReclaimed, error) {
	event := "BondReclaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupBondReclaimed)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupChangeApplied represents a ChangeApplied event raised by the Rollup contract.
type RollupChangeApplied struct {
	Id    [32]byte
	Kind  uint8
	Key   [32]byte
	Value [32]byte
	Raw   *types.Log // Blockchain specific contextual infos
}

const RollupChangeAppliedEventName = "ChangeApplied"

// ContractEventName returns the user-defined event name.
func (RollupChangeApplied) ContractEventName() string {
	return RollupChangeAppliedEventName
}

// UnpackChangeAppliedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChangeApplied(bytes32 indexed id, uint8 kind, bytes32 key, bytes32 value)
func (rollup *Rollup) UnpackChangeAppliedEvent(log *types.Log) (*RollupChangeApplied, error) {
	event := "ChangeApplied"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupChangeApplied)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupChangeCancelled represents a ChangeCancelled event raised by the Rollup contract.
type RollupChangeCancelled struct {
	Id  [32]byte
	By  common.Address
	Raw *types.Log // Blockchain specific contextual infos
}

const RollupChangeCancelledEventName = "ChangeCancelled"

// ContractEventName returns the user-defined event name.
func (RollupChangeCancelled) ContractEventName() string {
	return RollupChangeCancelledEventName
}

// UnpackChangeCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChangeCancelled(bytes32 indexed id, address by)
func (rollup *Rollup) UnpackChangeCancelledEvent(log *types.Log) (*RollupChangeCancelled, error) {
	event := "ChangeCancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupChangeCancelled)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupChangeProposed represents a ChangeProposed event raised by the Rollup contract.
type RollupChangeProposed struct {
	Id    [32]byte
	Kind  uint8
	Key   [32]byte
	Value [32]byte
	Eta   *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const RollupChangeProposedEventName = "ChangeProposed"

// ContractEventName returns the user-defined event name.
func (RollupChangeProposed) ContractEventName() string {
	return RollupChangeProposedEventName
}

// UnpackChangeProposedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ChangeProposed(bytes32 indexed id, uint8 kind, bytes32 key, bytes32 value, uint256 eta)
func (rollup *Rollup) UnpackChangeProposedEvent(log *types.Log) (*RollupChangeProposed, error) {
	event := "ChangeProposed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupChangeProposed)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupConfigPublished represents a ConfigPublished event raised by the Rollup contract.
type RollupConfigPublished struct {
	ConfigHash [32]byte
	OracleKeys [10]*big.Int
	Params     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupConfigPublishedEventName = "ConfigPublished"

// ContractEventName returns the user-defined event name.
func (RollupConfigPublished) ContractEventName() string {
	return RollupConfigPublishedEventName
}

// UnpackConfigPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ConfigPublished(bytes32 indexed configHash, uint256[10] oracleKeys, uint256 params)
func (rollup *Rollup) UnpackConfigPublishedEvent(log *types.Log) (*RollupConfigPublished, error) {
	event := "ConfigPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupConfigPublished)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupDepositQueued represents a DepositQueued event raised by the Rollup contract.
type RollupDepositQueued struct {
	QueueIndex uint64
	AccountId  uint32
	Owner      common.Address
	PubKey     [32]byte
	Amount     uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupDepositQueuedEventName = "DepositQueued"

// ContractEventName returns the user-defined event name.
func (RollupDepositQueued) ContractEventName() string {
	return RollupDepositQueuedEventName
}

// UnpackDepositQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositQueued(uint64 queueIndex, uint32 indexed accountId, address indexed owner, bytes32 pubKey, uint64 amount)
func (rollup *Rollup) UnpackDepositQueuedEvent(log *types.Log) (*RollupDepositQueued, error) {
	event := "DepositQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupDepositQueued)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupDepositReclaimed represents a DepositReclaimed event raised by the Rollup contract.
type RollupDepositReclaimed struct {
	QueueIndex uint64
	Payer      common.Address
	Amount     uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupDepositReclaimedEventName = "DepositReclaimed"

// ContractEventName returns the user-defined event name.
func (RollupDepositReclaimed) ContractEventName() string {
	return RollupDepositReclaimedEventName
}

// UnpackDepositReclaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositReclaimed(uint64 queueIndex, address indexed payer, uint64 amount)
func (rollup *Rollup) UnpackDepositReclaimedEvent(log *types.Log) (*RollupDepositReclaimed, error) {
	event := "DepositReclaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupDepositReclaimed)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupDepositsPaused represents a DepositsPaused event raised by the Rollup contract.
type RollupDepositsPaused struct {
	Guardian common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const RollupDepositsPausedEventName = "DepositsPaused"

// ContractEventName returns the user-defined event name.
func (RollupDepositsPaused) ContractEventName() string {
	return RollupDepositsPausedEventName
}

// UnpackDepositsPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositsPaused(address guardian)
func (rollup *Rollup) UnpackDepositsPausedEvent(log *types.Log) (*RollupDepositsPaused, error) {
	event := "DepositsPaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupDepositsPaused)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupEscaped represents a Escaped event raised by the Rollup contract.
type RollupEscaped struct {
	AccountId uint32
	Owner     common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const RollupEscapedEventName = "Escaped"

// ContractEventName returns the user-defined event name.
func (RollupEscaped) ContractEventName() string {
	return RollupEscapedEventName
}

// UnpackEscapedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Escaped(uint32 indexed accountId, address indexed owner, uint256 amount)
func (rollup *Rollup) UnpackEscapedEvent(log *types.Log) (*RollupEscaped, error) {
	event := "Escaped"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupEscaped)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupForcedTradeQueued represents a ForcedTradeQueued event raised by the Rollup contract.
type RollupForcedTradeQueued struct {
	QueueIndex   uint64
	AccountA     uint32
	AccountB     uint32
	Market       uint8
	AIsBuy       bool
	Size         uint64
	Price        uint64
	Requester    common.Address
	Counterparty common.Address
	Raw          *types.Log // Blockchain specific contextual infos
}

const RollupForcedTradeQueuedEventName = "ForcedTradeQueued"

// ContractEventName returns the user-defined event name.
func (RollupForcedTradeQueued) ContractEventName() string {
	return RollupForcedTradeQueuedEventName
}

// UnpackForcedTradeQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForcedTradeQueued(uint64 queueIndex, uint32 indexed accountA, uint32 indexed accountB, uint8 market, bool aIsBuy, uint64 size, uint64 price, address requester, address counterparty)
func (rollup *Rollup) UnpackForcedTradeQueuedEvent(log *types.Log) (*RollupForcedTradeQueued, error) {
	event := "ForcedTradeQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupForcedTradeQueued)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupForcedWithdrawalQueued represents a ForcedWithdrawalQueued event raised by the Rollup contract.
type RollupForcedWithdrawalQueued struct {
	QueueIndex uint64
	AccountId  uint32
	Owner      common.Address
	Amount     uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupForcedWithdrawalQueuedEventName = "ForcedWithdrawalQueued"

// ContractEventName returns the user-defined event name.
func (RollupForcedWithdrawalQueued) ContractEventName() string {
	return RollupForcedWithdrawalQueuedEventName
}

// UnpackForcedWithdrawalQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForcedWithdrawalQueued(uint64 queueIndex, uint32 indexed accountId, address indexed owner, uint64 amount)
func (rollup *Rollup) UnpackForcedWithdrawalQueuedEvent(log *types.Log) (*RollupForcedWithdrawalQueued, error) {
	event := "ForcedWithdrawalQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupForcedWithdrawalQueued)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupFrozen represents a Frozen event raised by the Rollup contract.
type RollupFrozen struct {
	QueueIndex uint64
	StateRoot  *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupFrozenEventName = "Frozen"

// ContractEventName returns the user-defined event name.
func (RollupFrozen) ContractEventName() string {
	return RollupFrozenEventName
}

// UnpackFrozenEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Frozen(uint64 queueIndex, uint256 stateRoot)
func (rollup *Rollup) UnpackFrozenEvent(log *types.Log) (*RollupFrozen, error) {
	event := "Frozen"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupFrozen)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupGenesis represents a Genesis event raised by the Rollup contract.
type RollupGenesis struct {
	StateRoot    *big.Int
	AccountsRoot *big.Int
	Markets      [16]*big.Int
	Globals      *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const RollupGenesisEventName = "Genesis"

// ContractEventName returns the user-defined event name.
func (RollupGenesis) ContractEventName() string {
	return RollupGenesisEventName
}

// UnpackGenesisEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Genesis(uint256 stateRoot, uint256 accountsRoot, uint256[16] markets, uint256 globals)
func (rollup *Rollup) UnpackGenesisEvent(log *types.Log) (*RollupGenesis, error) {
	event := "Genesis"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupGenesis)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupMarketParamsQueued represents a MarketParamsQueued event raised by the Rollup contract.
type RollupMarketParamsQueued struct {
	QueueIndex uint64
	Market     uint8
	Status     uint8
	Imf        *big.Int
	Mmf        *big.Int
	TierImf    *big.Int
	TierMmf    *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupMarketParamsQueuedEventName = "MarketParamsQueued"

// ContractEventName returns the user-defined event name.
func (RollupMarketParamsQueued) ContractEventName() string {
	return RollupMarketParamsQueuedEventName
}

// UnpackMarketParamsQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MarketParamsQueued(uint64 queueIndex, uint8 indexed market, uint8 status, uint24 imf, uint24 mmf, uint24 tierImf, uint24 tierMmf)
func (rollup *Rollup) UnpackMarketParamsQueuedEvent(log *types.Log) (*RollupMarketParamsQueued, error) {
	event := "MarketParamsQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupMarketParamsQueued)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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

// RollupWithdrawn represents a Withdrawn event raised by the Rollup contract.
type RollupWithdrawn struct {
	Account common.Address
	Amount  *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const RollupWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (RollupWithdrawn) ContractEventName() string {
	return RollupWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed account, uint256 amount)
func (rollup *Rollup) UnpackWithdrawnEvent(log *types.Log) (*RollupWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupWithdrawn)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
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
func (rollup *Rollup) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rollup.abi.Errors["AccountLimitReached"].ID.Bytes()[:4]) {
		return rollup.UnpackAccountLimitReachedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["AccountOutOfRange"].ID.Bytes()[:4]) {
		return rollup.UnpackAccountOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["AlreadyEscaped"].ID.Bytes()[:4]) {
		return rollup.UnpackAlreadyEscapedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["AmountTooLarge"].ID.Bytes()[:4]) {
		return rollup.UnpackAmountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadPubdataLength"].ID.Bytes()[:4]) {
		return rollup.UnpackBadPubdataLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ChangeAlreadyPending"].ID.Bytes()[:4]) {
		return rollup.UnpackChangeAlreadyPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ChangeExpired"].ID.Bytes()[:4]) {
		return rollup.UnpackChangeExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ChangeNotPending"].ID.Bytes()[:4]) {
		return rollup.UnpackChangeNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ChangeNotReady"].ID.Bytes()[:4]) {
		return rollup.UnpackChangeNotReadyError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ConfigNotGoverned"].ID.Bytes()[:4]) {
		return rollup.UnpackConfigNotGovernedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ConsentExpired"].ID.Bytes()[:4]) {
		return rollup.UnpackConsentExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ConsentUsed"].ID.Bytes()[:4]) {
		return rollup.UnpackConsentUsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["DepositsArePaused"].ID.Bytes()[:4]) {
		return rollup.UnpackDepositsArePausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["GuardianCannotCancel"].ID.Bytes()[:4]) {
		return rollup.UnpackGuardianCannotCancelError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["GuardianCannotLower"].ID.Bytes()[:4]) {
		return rollup.UnpackGuardianCannotLowerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["HasherFailed"].ID.Bytes()[:4]) {
		return rollup.UnpackHasherFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["HasherNotDeployed"].ID.Bytes()[:4]) {
		return rollup.UnpackHasherNotDeployedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InvalidBatchSize"].ID.Bytes()[:4]) {
		return rollup.UnpackInvalidBatchSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InvalidChange"].ID.Bytes()[:4]) {
		return rollup.UnpackInvalidChangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InvalidForcedTrade"].ID.Bytes()[:4]) {
		return rollup.UnpackInvalidForcedTradeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InvalidMarketParams"].ID.Bytes()[:4]) {
		return rollup.UnpackInvalidMarketParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InvalidPubKey"].ID.Bytes()[:4]) {
		return rollup.UnpackInvalidPubKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return rollup.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NoBatchSizes"].ID.Bytes()[:4]) {
		return rollup.UnpackNoBatchSizesError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NoOperators"].ID.Bytes()[:4]) {
		return rollup.UnpackNoOperatorsError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotAContract"].ID.Bytes()[:4]) {
		return rollup.UnpackNotAContractError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotAccountOwner"].ID.Bytes()[:4]) {
		return rollup.UnpackNotAccountOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotDepositPayer"].ID.Bytes()[:4]) {
		return rollup.UnpackNotDepositPayerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotGovernor"].ID.Bytes()[:4]) {
		return rollup.UnpackNotGovernorError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotGovernorOrGuardian"].ID.Bytes()[:4]) {
		return rollup.UnpackNotGovernorOrGuardianError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotGuardian"].ID.Bytes()[:4]) {
		return rollup.UnpackNotGuardianError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotInField"].ID.Bytes()[:4]) {
		return rollup.UnpackNotInFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotOperator"].ID.Bytes()[:4]) {
		return rollup.UnpackNotOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotOverdue"].ID.Bytes()[:4]) {
		return rollup.UnpackNotOverdueError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotPending"].ID.Bytes()[:4]) {
		return rollup.UnpackNotPendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotReclaimable"].ID.Bytes()[:4]) {
		return rollup.UnpackNotReclaimableError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotRequester"].ID.Bytes()[:4]) {
		return rollup.UnpackNotRequesterError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NothingToEscape"].ID.Bytes()[:4]) {
		return rollup.UnpackNothingToEscapeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return rollup.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["QueueMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackQueueMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["RequestMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackRequestMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["RollupFrozen"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["RollupNotFrozen"].ID.Bytes()[:4]) {
		return rollup.UnpackRollupNotFrozenError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["SmallOrderPubKey"].ID.Bytes()[:4]) {
		return rollup.UnpackSmallOrderPubKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["StateMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackStateMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TimestampBeforeLast"].ID.Bytes()[:4]) {
		return rollup.UnpackTimestampBeforeLastError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TimestampTooFarAhead"].ID.Bytes()[:4]) {
		return rollup.UnpackTimestampTooFarAheadError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TimestampTooFarBehind"].ID.Bytes()[:4]) {
		return rollup.UnpackTimestampTooFarBehindError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return rollup.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["UnknownAccount"].ID.Bytes()[:4]) {
		return rollup.UnpackUnknownAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["UnknownRecordType"].ID.Bytes()[:4]) {
		return rollup.UnpackUnknownRecordTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["UnsupportedBatchSize"].ID.Bytes()[:4]) {
		return rollup.UnpackUnsupportedBatchSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return rollup.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return rollup.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RollupAccountLimitReached represents a AccountLimitReached error raised by the Rollup contract.
type RollupAccountLimitReached struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccountLimitReached()
func RollupAccountLimitReachedErrorID() common.Hash {
	return common.HexToHash("0xee81352843c913f8ac3b6851656fefd99798bd4ddc4c6bcdea276f07c922e558")
}

// UnpackAccountLimitReachedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccountLimitReached()
func (rollup *Rollup) UnpackAccountLimitReachedError(raw []byte) (*RollupAccountLimitReached, error) {
	out := new(RollupAccountLimitReached)
	if err := rollup.abi.UnpackIntoInterface(out, "AccountLimitReached", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupAccountOutOfRange represents a AccountOutOfRange error raised by the Rollup contract.
type RollupAccountOutOfRange struct {
	AccountId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AccountOutOfRange(uint32 accountId)
func RollupAccountOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x67a4770ca6360343b995dee5b5444bf90cbb2805c551c9d3da601565648acd56")
}

// UnpackAccountOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AccountOutOfRange(uint32 accountId)
func (rollup *Rollup) UnpackAccountOutOfRangeError(raw []byte) (*RollupAccountOutOfRange, error) {
	out := new(RollupAccountOutOfRange)
	if err := rollup.abi.UnpackIntoInterface(out, "AccountOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupAlreadyEscaped represents a AlreadyEscaped error raised by the Rollup contract.
type RollupAlreadyEscaped struct {
	AccountId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyEscaped(uint32 accountId)
func RollupAlreadyEscapedErrorID() common.Hash {
	return common.HexToHash("0x759957073eb3b0667b4f534d3df6da16c3a0932bee3ed3e72c4e7412ceed6b30")
}

// UnpackAlreadyEscapedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyEscaped(uint32 accountId)
func (rollup *Rollup) UnpackAlreadyEscapedError(raw []byte) (*RollupAlreadyEscaped, error) {
	out := new(RollupAlreadyEscaped)
	if err := rollup.abi.UnpackIntoInterface(out, "AlreadyEscaped", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupAmountTooLarge represents a AmountTooLarge error raised by the Rollup contract.
type RollupAmountTooLarge struct {
	Amount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountTooLarge(uint256 amount)
func RollupAmountTooLargeErrorID() common.Hash {
	return common.HexToHash("0x08083b2a16b607736bde3b2f81a2e47b6cddd068539243b1d8b47462dd533e58")
}

// UnpackAmountTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountTooLarge(uint256 amount)
func (rollup *Rollup) UnpackAmountTooLargeError(raw []byte) (*RollupAmountTooLarge, error) {
	out := new(RollupAmountTooLarge)
	if err := rollup.abi.UnpackIntoInterface(out, "AmountTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBadPubdataLength represents a BadPubdataLength error raised by the Rollup contract.
type RollupBadPubdataLength struct {
	Length *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPubdataLength(uint256 length)
func RollupBadPubdataLengthErrorID() common.Hash {
	return common.HexToHash("0x9a40f90557457523c8cb580c3319b745475e059f45acff29db8aee3ce46da729")
}

// UnpackBadPubdataLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPubdataLength(uint256 length)
func (rollup *Rollup) UnpackBadPubdataLengthError(raw []byte) (*RollupBadPubdataLength, error) {
	out := new(RollupBadPubdataLength)
	if err := rollup.abi.UnpackIntoInterface(out, "BadPubdataLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupChangeAlreadyPending represents a ChangeAlreadyPending error raised by the Rollup contract.
type RollupChangeAlreadyPending struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChangeAlreadyPending(bytes32 id)
func RollupChangeAlreadyPendingErrorID() common.Hash {
	return common.HexToHash("0x8662bcc7e8eeb53e69f09a7cf363b35c98f634d73858da085e980a04f7ff8705")
}

// UnpackChangeAlreadyPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChangeAlreadyPending(bytes32 id)
func (rollup *Rollup) UnpackChangeAlreadyPendingError(raw []byte) (*RollupChangeAlreadyPending, error) {
	out := new(RollupChangeAlreadyPending)
	if err := rollup.abi.UnpackIntoInterface(out, "ChangeAlreadyPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupChangeExpired represents a ChangeExpired error raised by the Rollup contract.
type RollupChangeExpired struct {
	Id     [32]byte
	Expiry *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChangeExpired(bytes32 id, uint256 expiry)
func RollupChangeExpiredErrorID() common.Hash {
	return common.HexToHash("0x7c0638fea949d5fb73cfdd819f0d7dc1c9bac3a05cfcb6127b9a656f14a1c505")
}

// UnpackChangeExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChangeExpired(bytes32 id, uint256 expiry)
func (rollup *Rollup) UnpackChangeExpiredError(raw []byte) (*RollupChangeExpired, error) {
	out := new(RollupChangeExpired)
	if err := rollup.abi.UnpackIntoInterface(out, "ChangeExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupChangeNotPending represents a ChangeNotPending error raised by the Rollup contract.
type RollupChangeNotPending struct {
	Id [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChangeNotPending(bytes32 id)
func RollupChangeNotPendingErrorID() common.Hash {
	return common.HexToHash("0xe624d463aae5e9bc3618c990692c7ceddd2157b3088ef01f945c835160d605d7")
}

// UnpackChangeNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChangeNotPending(bytes32 id)
func (rollup *Rollup) UnpackChangeNotPendingError(raw []byte) (*RollupChangeNotPending, error) {
	out := new(RollupChangeNotPending)
	if err := rollup.abi.UnpackIntoInterface(out, "ChangeNotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupChangeNotReady represents a ChangeNotReady error raised by the Rollup contract.
type RollupChangeNotReady struct {
	Id  [32]byte
	Eta *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ChangeNotReady(bytes32 id, uint256 eta)
func RollupChangeNotReadyErrorID() common.Hash {
	return common.HexToHash("0x2b169f559ff98b4c5036ff73a939a579d0f45f1c929b5759d920d9808c9cd249")
}

// UnpackChangeNotReadyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ChangeNotReady(bytes32 id, uint256 eta)
func (rollup *Rollup) UnpackChangeNotReadyError(raw []byte) (*RollupChangeNotReady, error) {
	out := new(RollupChangeNotReady)
	if err := rollup.abi.UnpackIntoInterface(out, "ChangeNotReady", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupConfigNotGoverned represents a ConfigNotGoverned error raised by the Rollup contract.
type RollupConfigNotGoverned struct {
	ConfigHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ConfigNotGoverned(bytes32 configHash)
func RollupConfigNotGovernedErrorID() common.Hash {
	return common.HexToHash("0x18a5abde7349bdf3150f0c78bb8b19b2b0e32f42ba2eba596217670c08bb2091")
}

// UnpackConfigNotGovernedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ConfigNotGoverned(bytes32 configHash)
func (rollup *Rollup) UnpackConfigNotGovernedError(raw []byte) (*RollupConfigNotGoverned, error) {
	out := new(RollupConfigNotGoverned)
	if err := rollup.abi.UnpackIntoInterface(out, "ConfigNotGoverned", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupConsentExpired represents a ConsentExpired error raised by the Rollup contract.
type RollupConsentExpired struct {
	Expiry uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ConsentExpired(uint64 expiry)
func RollupConsentExpiredErrorID() common.Hash {
	return common.HexToHash("0x1d11e007d4b2e22f6212e3503fe445c24e96c93438de1f90be65ee3067814418")
}

// UnpackConsentExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ConsentExpired(uint64 expiry)
func (rollup *Rollup) UnpackConsentExpiredError(raw []byte) (*RollupConsentExpired, error) {
	out := new(RollupConsentExpired)
	if err := rollup.abi.UnpackIntoInterface(out, "ConsentExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupConsentUsed represents a ConsentUsed error raised by the Rollup contract.
type RollupConsentUsed struct {
	Consent [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ConsentUsed(bytes32 consent)
func RollupConsentUsedErrorID() common.Hash {
	return common.HexToHash("0xca4c94d067c14377b3dd8364127be02806365ad211d787e2cb13628236f96411")
}

// UnpackConsentUsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ConsentUsed(bytes32 consent)
func (rollup *Rollup) UnpackConsentUsedError(raw []byte) (*RollupConsentUsed, error) {
	out := new(RollupConsentUsed)
	if err := rollup.abi.UnpackIntoInterface(out, "ConsentUsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupDepositsArePaused represents a DepositsArePaused error raised by the Rollup contract.
type RollupDepositsArePaused struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositsArePaused()
func RollupDepositsArePausedErrorID() common.Hash {
	return common.HexToHash("0x5a65d188d4dc126891c9d889be208c9a08afc55c650bde9d41ba3a3fac8999e5")
}

// UnpackDepositsArePausedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositsArePaused()
func (rollup *Rollup) UnpackDepositsArePausedError(raw []byte) (*RollupDepositsArePaused, error) {
	out := new(RollupDepositsArePaused)
	if err := rollup.abi.UnpackIntoInterface(out, "DepositsArePaused", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGuardianCannotCancel represents a GuardianCannotCancel error raised by the Rollup contract.
type RollupGuardianCannotCancel struct {
	Kind uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GuardianCannotCancel(uint8 kind)
func RollupGuardianCannotCancelErrorID() common.Hash {
	return common.HexToHash("0x7fd4b39ae71cfe70e7289c9ee096ccfb9cb3901e38e6b2a5fcb53cce806866b6")
}

// UnpackGuardianCannotCancelError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GuardianCannotCancel(uint8 kind)
func (rollup *Rollup) UnpackGuardianCannotCancelError(raw []byte) (*RollupGuardianCannotCancel, error) {
	out := new(RollupGuardianCannotCancel)
	if err := rollup.abi.UnpackIntoInterface(out, "GuardianCannotCancel", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGuardianCannotLower represents a GuardianCannotLower error raised by the Rollup contract.
type RollupGuardianCannotLower struct {
	Market uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GuardianCannotLower(uint8 market)
func RollupGuardianCannotLowerErrorID() common.Hash {
	return common.HexToHash("0xd4daf7743a91c83166dee2c8b358859303d9debdfc16414337c958493e531cc4")
}

// UnpackGuardianCannotLowerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GuardianCannotLower(uint8 market)
func (rollup *Rollup) UnpackGuardianCannotLowerError(raw []byte) (*RollupGuardianCannotLower, error) {
	out := new(RollupGuardianCannotLower)
	if err := rollup.abi.UnpackIntoInterface(out, "GuardianCannotLower", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHasherFailed represents a HasherFailed error raised by the Rollup contract.
type RollupHasherFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HasherFailed()
func RollupHasherFailedErrorID() common.Hash {
	return common.HexToHash("0x6da4348c3edb7b4b0b5c2f8fb822342c05cac6521a14a42b93282095d3b187a3")
}

// UnpackHasherFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HasherFailed()
func (rollup *Rollup) UnpackHasherFailedError(raw []byte) (*RollupHasherFailed, error) {
	out := new(RollupHasherFailed)
	if err := rollup.abi.UnpackIntoInterface(out, "HasherFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHasherNotDeployed represents a HasherNotDeployed error raised by the Rollup contract.
type RollupHasherNotDeployed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HasherNotDeployed()
func RollupHasherNotDeployedErrorID() common.Hash {
	return common.HexToHash("0x48bb0e8a185b920c2a198471224b0b94d6fb9b104f0d1bb96a23c83cb3a7c105")
}

// UnpackHasherNotDeployedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HasherNotDeployed()
func (rollup *Rollup) UnpackHasherNotDeployedError(raw []byte) (*RollupHasherNotDeployed, error) {
	out := new(RollupHasherNotDeployed)
	if err := rollup.abi.UnpackIntoInterface(out, "HasherNotDeployed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInvalidBatchSize represents a InvalidBatchSize error raised by the Rollup contract.
type RollupInvalidBatchSize struct {
	BatchSize *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidBatchSize(uint256 batchSize)
func RollupInvalidBatchSizeErrorID() common.Hash {
	return common.HexToHash("0xa6f7498550a31b8c7274d1722871e3cb23f5b8c01d44780190be594eaaeb4965")
}

// UnpackInvalidBatchSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidBatchSize(uint256 batchSize)
func (rollup *Rollup) UnpackInvalidBatchSizeError(raw []byte) (*RollupInvalidBatchSize, error) {
	out := new(RollupInvalidBatchSize)
	if err := rollup.abi.UnpackIntoInterface(out, "InvalidBatchSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInvalidChange represents a InvalidChange error raised by the Rollup contract.
type RollupInvalidChange struct {
	Kind  uint8
	Key   [32]byte
	Value [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidChange(uint8 kind, bytes32 key, bytes32 value)
func RollupInvalidChangeErrorID() common.Hash {
	return common.HexToHash("0x06a75e86ded58d5a51a021ea85f59627fbb34d61ade09d6b3d8497afada97e0e")
}

// UnpackInvalidChangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidChange(uint8 kind, bytes32 key, bytes32 value)
func (rollup *Rollup) UnpackInvalidChangeError(raw []byte) (*RollupInvalidChange, error) {
	out := new(RollupInvalidChange)
	if err := rollup.abi.UnpackIntoInterface(out, "InvalidChange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInvalidForcedTrade represents a InvalidForcedTrade error raised by the Rollup contract.
type RollupInvalidForcedTrade struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidForcedTrade()
func RollupInvalidForcedTradeErrorID() common.Hash {
	return common.HexToHash("0xba599a5cae29c06ad8827e66ea417ef3ed6fbb7d28633e3c2a44a20b4dcdba62")
}

// UnpackInvalidForcedTradeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidForcedTrade()
func (rollup *Rollup) UnpackInvalidForcedTradeError(raw []byte) (*RollupInvalidForcedTrade, error) {
	out := new(RollupInvalidForcedTrade)
	if err := rollup.abi.UnpackIntoInterface(out, "InvalidForcedTrade", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInvalidMarketParams represents a InvalidMarketParams error raised by the Rollup contract.
type RollupInvalidMarketParams struct {
	Market uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMarketParams(uint8 market)
func RollupInvalidMarketParamsErrorID() common.Hash {
	return common.HexToHash("0x86b8433e64e38715d77a0bfd534702a17b4222ea3fb02bed310694f92d9d7934")
}

// UnpackInvalidMarketParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMarketParams(uint8 market)
func (rollup *Rollup) UnpackInvalidMarketParamsError(raw []byte) (*RollupInvalidMarketParams, error) {
	out := new(RollupInvalidMarketParams)
	if err := rollup.abi.UnpackIntoInterface(out, "InvalidMarketParams", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInvalidPubKey represents a InvalidPubKey error raised by the Rollup contract.
type RollupInvalidPubKey struct {
	PubKey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPubKey(bytes32 pubKey)
func RollupInvalidPubKeyErrorID() common.Hash {
	return common.HexToHash("0x067af973f52ac1b0cc6a2f09b4443cd56528a0078b78f6a92b4f6a6cf25bca30")
}

// UnpackInvalidPubKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPubKey(bytes32 pubKey)
func (rollup *Rollup) UnpackInvalidPubKeyError(raw []byte) (*RollupInvalidPubKey, error) {
	out := new(RollupInvalidPubKey)
	if err := rollup.abi.UnpackIntoInterface(out, "InvalidPubKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInvalidSignature represents a InvalidSignature error raised by the Rollup contract.
type RollupInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature()
func RollupInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x8baa579fce362245063d36f11747a89dd489c54795634fc673cc0e0db51fedc5")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature()
func (rollup *Rollup) UnpackInvalidSignatureError(raw []byte) (*RollupInvalidSignature, error) {
	out := new(RollupInvalidSignature)
	if err := rollup.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupLengthMismatch represents a LengthMismatch error raised by the Rollup contract.
type RollupLengthMismatch struct {
	BatchSizes *big.Int
	Verifiers  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LengthMismatch(uint256 batchSizes, uint256 verifiers)
func RollupLengthMismatchErrorID() common.Hash {
	return common.HexToHash("0xab8b67c6893c59617ef3ba4b4b942e9791f2572db2fdb32028356532f3b7396a")
}

// UnpackLengthMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LengthMismatch(uint256 batchSizes, uint256 verifiers)
func (rollup *Rollup) UnpackLengthMismatchError(raw []byte) (*RollupLengthMismatch, error) {
	out := new(RollupLengthMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "LengthMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNoBatchSizes represents a NoBatchSizes error raised by the Rollup contract.
type RollupNoBatchSizes struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoBatchSizes()
func RollupNoBatchSizesErrorID() common.Hash {
	return common.HexToHash("0xf4a3a71438f7696c6620c13db635f05e59472c4339bcca25daa132390c37815c")
}

// UnpackNoBatchSizesError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoBatchSizes()
func (rollup *Rollup) UnpackNoBatchSizesError(raw []byte) (*RollupNoBatchSizes, error) {
	out := new(RollupNoBatchSizes)
	if err := rollup.abi.UnpackIntoInterface(out, "NoBatchSizes", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNoOperators represents a NoOperators error raised by the Rollup contract.
type RollupNoOperators struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoOperators()
func RollupNoOperatorsErrorID() common.Hash {
	return common.HexToHash("0xddf9d245203cbcf1bc6205dc39572cde84437e8ec9e2fbe85e00c6c92c24a458")
}

// UnpackNoOperatorsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoOperators()
func (rollup *Rollup) UnpackNoOperatorsError(raw []byte) (*RollupNoOperators, error) {
	out := new(RollupNoOperators)
	if err := rollup.abi.UnpackIntoInterface(out, "NoOperators", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotAContract represents a NotAContract error raised by the Rollup contract.
type RollupNotAContract struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAContract(address account)
func RollupNotAContractErrorID() common.Hash {
	return common.HexToHash("0x8a8b41ec6b8382733436ac0321a506b0d1e41dc29c8650d1fd1ff17e726ab809")
}

// UnpackNotAContractError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAContract(address account)
func (rollup *Rollup) UnpackNotAContractError(raw []byte) (*RollupNotAContract, error) {
	out := new(RollupNotAContract)
	if err := rollup.abi.UnpackIntoInterface(out, "NotAContract", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotAccountOwner represents a NotAccountOwner error raised by the Rollup contract.
type RollupNotAccountOwner struct {
	AccountId uint32
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAccountOwner(uint32 accountId, address caller)
func RollupNotAccountOwnerErrorID() common.Hash {
	return common.HexToHash("0xdea832e256fc45d4439db9c3e449c94577c3d290a13ebb839deb68347ae4edc5")
}

// UnpackNotAccountOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAccountOwner(uint32 accountId, address caller)
func (rollup *Rollup) UnpackNotAccountOwnerError(raw []byte) (*RollupNotAccountOwner, error) {
	out := new(RollupNotAccountOwner)
	if err := rollup.abi.UnpackIntoInterface(out, "NotAccountOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotDepositPayer represents a NotDepositPayer error raised by the Rollup contract.
type RollupNotDepositPayer struct {
	QueueIndex uint64
	Caller     common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotDepositPayer(uint64 queueIndex, address caller)
func RollupNotDepositPayerErrorID() common.Hash {
	return common.HexToHash("0xcfc8709be8b0533296a339ecbed9b0a587891a0a51563f62e56dcf6af23a2a47")
}

// UnpackNotDepositPayerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotDepositPayer(uint64 queueIndex, address caller)
func (rollup *Rollup) UnpackNotDepositPayerError(raw []byte) (*RollupNotDepositPayer, error) {
	out := new(RollupNotDepositPayer)
	if err := rollup.abi.UnpackIntoInterface(out, "NotDepositPayer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotGovernor represents a NotGovernor error raised by the Rollup contract.
type RollupNotGovernor struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGovernor(address caller)
func RollupNotGovernorErrorID() common.Hash {
	return common.HexToHash("0xad0550d5f64f904d6845e2da1145f7625e411009b26be2bd68f5c8a432c0b075")
}

// UnpackNotGovernorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGovernor(address caller)
func (rollup *Rollup) UnpackNotGovernorError(raw []byte) (*RollupNotGovernor, error) {
	out := new(RollupNotGovernor)
	if err := rollup.abi.UnpackIntoInterface(out, "NotGovernor", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotGovernorOrGuardian represents a NotGovernorOrGuardian error raised by the Rollup contract.
type RollupNotGovernorOrGuardian struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGovernorOrGuardian(address caller)
func RollupNotGovernorOrGuardianErrorID() common.Hash {
	return common.HexToHash("0x6c8eaa7a390241acd5d658405ceaaed3330066603f2fa29e1c00be8ced4b1888")
}

// UnpackNotGovernorOrGuardianError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGovernorOrGuardian(address caller)
func (rollup *Rollup) UnpackNotGovernorOrGuardianError(raw []byte) (*RollupNotGovernorOrGuardian, error) {
	out := new(RollupNotGovernorOrGuardian)
	if err := rollup.abi.UnpackIntoInterface(out, "NotGovernorOrGuardian", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotGuardian represents a NotGuardian error raised by the Rollup contract.
type RollupNotGuardian struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGuardian(address caller)
func RollupNotGuardianErrorID() common.Hash {
	return common.HexToHash("0xa252c151cd1ee155ad6a596fd962f839a8b963fd05f5e863eca095de2e0b08a4")
}

// UnpackNotGuardianError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGuardian(address caller)
func (rollup *Rollup) UnpackNotGuardianError(raw []byte) (*RollupNotGuardian, error) {
	out := new(RollupNotGuardian)
	if err := rollup.abi.UnpackIntoInterface(out, "NotGuardian", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotInField represents a NotInField error raised by the Rollup contract.
type RollupNotInField struct {
	Word *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInField(uint256 word)
func RollupNotInFieldErrorID() common.Hash {
	return common.HexToHash("0x81452424a5ecc8f087db8603e93ef219e8a1d59f781e33573a10d2a59fa29a1f")
}

// UnpackNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInField(uint256 word)
func (rollup *Rollup) UnpackNotInFieldError(raw []byte) (*RollupNotInField, error) {
	out := new(RollupNotInField)
	if err := rollup.abi.UnpackIntoInterface(out, "NotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotOperator represents a NotOperator error raised by the Rollup contract.
type RollupNotOperator struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOperator(address caller)
func RollupNotOperatorErrorID() common.Hash {
	return common.HexToHash("0x76c6c93a6423c7e2cef5f93921b1d4d1a5ffb795cd7cfed2df95566b7c7f7c40")
}

// UnpackNotOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOperator(address caller)
func (rollup *Rollup) UnpackNotOperatorError(raw []byte) (*RollupNotOperator, error) {
	out := new(RollupNotOperator)
	if err := rollup.abi.UnpackIntoInterface(out, "NotOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotOverdue represents a NotOverdue error raised by the Rollup contract.
type RollupNotOverdue struct {
	QueueIndex uint64
	DueTime    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOverdue(uint64 queueIndex, uint256 dueTime)
func RollupNotOverdueErrorID() common.Hash {
	return common.HexToHash("0xceacb503fcd7a73c2fae52b49c8323f9835588cb745144a8a120717b88d4019f")
}

// UnpackNotOverdueError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOverdue(uint64 queueIndex, uint256 dueTime)
func (rollup *Rollup) UnpackNotOverdueError(raw []byte) (*RollupNotOverdue, error) {
	out := new(RollupNotOverdue)
	if err := rollup.abi.UnpackIntoInterface(out, "NotOverdue", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotPending represents a NotPending error raised by the Rollup contract.
type RollupNotPending struct {
	QueueIndex uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPending(uint64 queueIndex)
func RollupNotPendingErrorID() common.Hash {
	return common.HexToHash("0x045373aaa166658558552df94473de14a4fa9a5616f06f68334e6725e596fd32")
}

// UnpackNotPendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPending(uint64 queueIndex)
func (rollup *Rollup) UnpackNotPendingError(raw []byte) (*RollupNotPending, error) {
	out := new(RollupNotPending)
	if err := rollup.abi.UnpackIntoInterface(out, "NotPending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotReclaimable represents a NotReclaimable error raised by the Rollup contract.
type RollupNotReclaimable struct {
	QueueIndex    uint64
	ReclaimableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotReclaimable(uint64 queueIndex, uint256 reclaimableAt)
func RollupNotReclaimableErrorID() common.Hash {
	return common.HexToHash("0x38f2eb030ddb07a27651967ce1d5283964c715a9643d4a9afa6c9c8fc4993903")
}

// UnpackNotReclaimableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotReclaimable(uint64 queueIndex, uint256 reclaimableAt)
func (rollup *Rollup) UnpackNotReclaimableError(raw []byte) (*RollupNotReclaimable, error) {
	out := new(RollupNotReclaimable)
	if err := rollup.abi.UnpackIntoInterface(out, "NotReclaimable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotRequester represents a NotRequester error raised by the Rollup contract.
type RollupNotRequester struct {
	Requester common.Address
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRequester(address requester, address caller)
func RollupNotRequesterErrorID() common.Hash {
	return common.HexToHash("0x0691b032b929d76e12873ceb559e6ea1a430f5e6ad588ffca056b6a5a9c89d14")
}

// UnpackNotRequesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRequester(address requester, address caller)
func (rollup *Rollup) UnpackNotRequesterError(raw []byte) (*RollupNotRequester, error) {
	out := new(RollupNotRequester)
	if err := rollup.abi.UnpackIntoInterface(out, "NotRequester", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNothingToEscape represents a NothingToEscape error raised by the Rollup contract.
type RollupNothingToEscape struct {
	AccountId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToEscape(uint32 accountId)
func RollupNothingToEscapeErrorID() common.Hash {
	return common.HexToHash("0xf106dd545cb25f15e8bbf437cc0634dae2c41efff48bc9807eff1eefdbba309f")
}

// UnpackNothingToEscapeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToEscape(uint32 accountId)
func (rollup *Rollup) UnpackNothingToEscapeError(raw []byte) (*RollupNothingToEscape, error) {
	out := new(RollupNothingToEscape)
	if err := rollup.abi.UnpackIntoInterface(out, "NothingToEscape", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNothingToWithdraw represents a NothingToWithdraw error raised by the Rollup contract.
type RollupNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func RollupNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (rollup *Rollup) UnpackNothingToWithdrawError(raw []byte) (*RollupNothingToWithdraw, error) {
	out := new(RollupNothingToWithdraw)
	if err := rollup.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupQueueMismatch represents a QueueMismatch error raised by the Rollup contract.
type RollupQueueMismatch struct {
	QueueIndex uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error QueueMismatch(uint64 queueIndex)
func RollupQueueMismatchErrorID() common.Hash {
	return common.HexToHash("0x2dfbea0cd599032b623eddce6f5a2286b65a65225a695abcc32e58a0272cc290")
}

// UnpackQueueMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error QueueMismatch(uint64 queueIndex)
func (rollup *Rollup) UnpackQueueMismatchError(raw []byte) (*RollupQueueMismatch, error) {
	out := new(RollupQueueMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "QueueMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRequestMismatch represents a RequestMismatch error raised by the Rollup contract.
type RollupRequestMismatch struct {
	QueueIndex uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RequestMismatch(uint64 queueIndex)
func RollupRequestMismatchErrorID() common.Hash {
	return common.HexToHash("0x54f8a6ae4f3faaa6e93ef9c27223ef1b371325fb23650db993a4264ccac74b67")
}

// UnpackRequestMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RequestMismatch(uint64 queueIndex)
func (rollup *Rollup) UnpackRequestMismatchError(raw []byte) (*RollupRequestMismatch, error) {
	out := new(RollupRequestMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "RequestMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupFrozen represents a RollupFrozen error raised by the Rollup contract.
type RollupRollupFrozen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RollupFrozen()
func RollupRollupFrozenErrorID() common.Hash {
	return common.HexToHash("0xabd6589c1831ca4f8baf56259c2bc6e37e2cb4ee0944554be9edd341156869e5")
}

// UnpackRollupFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RollupFrozen()
func (rollup *Rollup) UnpackRollupFrozenError(raw []byte) (*RollupRollupFrozen, error) {
	out := new(RollupRollupFrozen)
	if err := rollup.abi.UnpackIntoInterface(out, "RollupFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupRollupNotFrozen represents a RollupNotFrozen error raised by the Rollup contract.
type RollupRollupNotFrozen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RollupNotFrozen()
func RollupRollupNotFrozenErrorID() common.Hash {
	return common.HexToHash("0x4b0ca7f863a28e900154ded2fc577914b5220a32cdac0ed3d31f8c85aa5b05da")
}

// UnpackRollupNotFrozenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RollupNotFrozen()
func (rollup *Rollup) UnpackRollupNotFrozenError(raw []byte) (*RollupRollupNotFrozen, error) {
	out := new(RollupRollupNotFrozen)
	if err := rollup.abi.UnpackIntoInterface(out, "RollupNotFrozen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupSmallOrderPubKey represents a SmallOrderPubKey error raised by the Rollup contract.
type RollupSmallOrderPubKey struct {
	PubKey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SmallOrderPubKey(bytes32 pubKey)
func RollupSmallOrderPubKeyErrorID() common.Hash {
	return common.HexToHash("0xcec28a779d6516c6af58dd0c0fe1434521e614e7de84a206a2961eb8ec6d5b48")
}

// UnpackSmallOrderPubKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SmallOrderPubKey(bytes32 pubKey)
func (rollup *Rollup) UnpackSmallOrderPubKeyError(raw []byte) (*RollupSmallOrderPubKey, error) {
	out := new(RollupSmallOrderPubKey)
	if err := rollup.abi.UnpackIntoInterface(out, "SmallOrderPubKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupStateMismatch represents a StateMismatch error raised by the Rollup contract.
type RollupStateMismatch struct {
	ComputedRoot *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StateMismatch(uint256 computedRoot)
func RollupStateMismatchErrorID() common.Hash {
	return common.HexToHash("0x98a028866a527bc956e56ca1560cb63a90aa01edf69de28b94f360f3cf0564e6")
}

// UnpackStateMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StateMismatch(uint256 computedRoot)
func (rollup *Rollup) UnpackStateMismatchError(raw []byte) (*RollupStateMismatch, error) {
	out := new(RollupStateMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "StateMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTimestampBeforeLast represents a TimestampBeforeLast error raised by the Rollup contract.
type RollupTimestampBeforeLast struct {
	Timestamp uint64
	Last      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimestampBeforeLast(uint64 timestamp, uint64 last)
func RollupTimestampBeforeLastErrorID() common.Hash {
	return common.HexToHash("0x15fb0f4cdcec10696201cc962bdfb53839839daacca89829e8529b1003af4686")
}

// UnpackTimestampBeforeLastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimestampBeforeLast(uint64 timestamp, uint64 last)
func (rollup *Rollup) UnpackTimestampBeforeLastError(raw []byte) (*RollupTimestampBeforeLast, error) {
	out := new(RollupTimestampBeforeLast)
	if err := rollup.abi.UnpackIntoInterface(out, "TimestampBeforeLast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTimestampTooFarAhead represents a TimestampTooFarAhead error raised by the Rollup contract.
type RollupTimestampTooFarAhead struct {
	Timestamp uint64
	Bound     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimestampTooFarAhead(uint64 timestamp, uint256 bound)
func RollupTimestampTooFarAheadErrorID() common.Hash {
	return common.HexToHash("0x01c7f2985e3707c6e84c3834aa5bf07248cb868babad6012fa84646f6fdb747b")
}

// UnpackTimestampTooFarAheadError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimestampTooFarAhead(uint64 timestamp, uint256 bound)
func (rollup *Rollup) UnpackTimestampTooFarAheadError(raw []byte) (*RollupTimestampTooFarAhead, error) {
	out := new(RollupTimestampTooFarAhead)
	if err := rollup.abi.UnpackIntoInterface(out, "TimestampTooFarAhead", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTimestampTooFarBehind represents a TimestampTooFarBehind error raised by the Rollup contract.
type RollupTimestampTooFarBehind struct {
	Timestamp uint64
	Bound     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TimestampTooFarBehind(uint64 timestamp, uint256 bound)
func RollupTimestampTooFarBehindErrorID() common.Hash {
	return common.HexToHash("0xd69b52cc9d49fc9010fd017df8a563a4cfab43c326ccaa2c9f31efc1e06cd646")
}

// UnpackTimestampTooFarBehindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TimestampTooFarBehind(uint64 timestamp, uint256 bound)
func (rollup *Rollup) UnpackTimestampTooFarBehindError(raw []byte) (*RollupTimestampTooFarBehind, error) {
	out := new(RollupTimestampTooFarBehind)
	if err := rollup.abi.UnpackIntoInterface(out, "TimestampTooFarBehind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTransferFailed represents a TransferFailed error raised by the Rollup contract.
type RollupTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func RollupTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (rollup *Rollup) UnpackTransferFailedError(raw []byte) (*RollupTransferFailed, error) {
	out := new(RollupTransferFailed)
	if err := rollup.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupUnknownAccount represents a UnknownAccount error raised by the Rollup contract.
type RollupUnknownAccount struct {
	AccountId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownAccount(uint32 accountId)
func RollupUnknownAccountErrorID() common.Hash {
	return common.HexToHash("0x3f93aa87d6a3a53c7d56549052f44b791c3cec620617cab2ce0fff319ead0fe6")
}

// UnpackUnknownAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownAccount(uint32 accountId)
func (rollup *Rollup) UnpackUnknownAccountError(raw []byte) (*RollupUnknownAccount, error) {
	out := new(RollupUnknownAccount)
	if err := rollup.abi.UnpackIntoInterface(out, "UnknownAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupUnknownRecordType represents a UnknownRecordType error raised by the Rollup contract.
type RollupUnknownRecordType struct {
	RecordIndex *big.Int
	RecordType  uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownRecordType(uint256 recordIndex, uint8 recordType)
func RollupUnknownRecordTypeErrorID() common.Hash {
	return common.HexToHash("0xa04eeeb1de8feb37c6c5b5ba2843b57600243f4c8e1244b0930123baf24685cf")
}

// UnpackUnknownRecordTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownRecordType(uint256 recordIndex, uint8 recordType)
func (rollup *Rollup) UnpackUnknownRecordTypeError(raw []byte) (*RollupUnknownRecordType, error) {
	out := new(RollupUnknownRecordType)
	if err := rollup.abi.UnpackIntoInterface(out, "UnknownRecordType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupUnsupportedBatchSize represents a UnsupportedBatchSize error raised by the Rollup contract.
type RollupUnsupportedBatchSize struct {
	BatchSize *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedBatchSize(uint256 batchSize)
func RollupUnsupportedBatchSizeErrorID() common.Hash {
	return common.HexToHash("0xc23744589bc1d3d2044df4cb5d7485da696022c3d50001b9da43b23dc4aec773")
}

// UnpackUnsupportedBatchSizeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedBatchSize(uint256 batchSize)
func (rollup *Rollup) UnpackUnsupportedBatchSizeError(raw []byte) (*RollupUnsupportedBatchSize, error) {
	out := new(RollupUnsupportedBatchSize)
	if err := rollup.abi.UnpackIntoInterface(out, "UnsupportedBatchSize", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupZeroAddress represents a ZeroAddress error raised by the Rollup contract.
type RollupZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func RollupZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (rollup *Rollup) UnpackZeroAddressError(raw []byte) (*RollupZeroAddress, error) {
	out := new(RollupZeroAddress)
	if err := rollup.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupZeroAmount represents a ZeroAmount error raised by the Rollup contract.
type RollupZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func RollupZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (rollup *Rollup) UnpackZeroAmountError(raw []byte) (*RollupZeroAmount, error) {
	out := new(RollupZeroAmount)
	if err := rollup.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

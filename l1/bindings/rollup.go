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
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"governor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"operators\",\"type\":\"address[]\"}],\"internalType\":\"structRollup.Roles\",\"name\":\"roles\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"accountsRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint256[16]\",\"name\":\"markets\",\"type\":\"uint256[16]\"},{\"internalType\":\"uint256\",\"name\":\"globals\",\"type\":\"uint256\"}],\"internalType\":\"structRollup.GenesisState\",\"name\":\"genesis\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"configHash_\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"batchSizes\",\"type\":\"uint256[]\"},{\"internalType\":\"address[]\",\"name\":\"batchVerifiers\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccountLimitReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"AccountOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"AlreadyEscaped\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"credit\",\"type\":\"uint256\"}],\"name\":\"AmountExceedsCredit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadPubdataLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ChangeAlreadyPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"ChangeExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ChangeNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"eta\",\"type\":\"uint256\"}],\"name\":\"ChangeNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"ConfigNotGoverned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"ConfigNotPublished\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"ConsentExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"consent\",\"type\":\"bytes32\"}],\"name\":\"ConsentUsed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DepositsArePaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"windowEnd\",\"type\":\"uint256\"}],\"name\":\"EscapeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"GuardianCannotCancel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"}],\"name\":\"GuardianCannotLower\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"}],\"name\":\"GuardianFractionTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"}],\"name\":\"GuardianRaiseTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HasherFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HasherNotDeployed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"}],\"name\":\"InvalidBatchSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"InvalidChange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidForcedTrade\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"}],\"name\":\"InvalidMarketParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"name\":\"InvalidPubKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSizes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"verifiers\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"readyAt\",\"type\":\"uint256\"}],\"name\":\"MarketParamsCooldown\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"}],\"name\":\"MarketParamsUnchanged\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBatchSizes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"NoEscapeSurplus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoOperators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotAContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAccountOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDepositPayer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGovernor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGovernorOrGuardian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGuardian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"}],\"name\":\"NotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"dueTime\",\"type\":\"uint256\"}],\"name\":\"NotOverdue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"reclaimableAt\",\"type\":\"uint256\"}],\"name\":\"NotReclaimable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"NothingToEscape\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"name\":\"QueueMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"name\":\"RequestMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RollupFrozen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RollupNotFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"name\":\"SmallOrderPubKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"computedRoot\",\"type\":\"uint256\"}],\"name\":\"StateMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"last\",\"type\":\"uint64\"}],\"name\":\"TimestampBeforeLast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bound\",\"type\":\"uint256\"}],\"name\":\"TimestampTooFarAhead\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bound\",\"type\":\"uint256\"}],\"name\":\"TimestampTooFarBehind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"UnknownAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"recordIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"recordType\",\"type\":\"uint8\"}],\"name\":\"UnknownRecordType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"}],\"name\":\"UnsupportedBatchSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueHead\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"}],\"name\":\"BatchCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"ChangeApplied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ChangeCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"eta\",\"type\":\"uint256\"}],\"name\":\"ChangeProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256[10]\",\"name\":\"oracleKeys\",\"type\":\"uint256[10]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"params\",\"type\":\"uint256\"}],\"name\":\"ConfigPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"DepositQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"DepositReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"DepositsPaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EscapeCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Escaped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountA\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountB\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"aIsBuy\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"counterparty\",\"type\":\"address\"}],\"name\":\"ForcedTradeQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"ForcedWithdrawalQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stateRoot\",\"type\":\"uint256\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stateRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"accountsRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[16]\",\"name\":\"markets\",\"type\":\"uint256[16]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"globals\",\"type\":\"uint256\"}],\"name\":\"Genesis\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"imf\",\"type\":\"uint24\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"mmf\",\"type\":\"uint24\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"tierImf\",\"type\":\"uint24\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"tierMmf\",\"type\":\"uint24\"}],\"name\":\"MarketParamsQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ACCOUNT_TREE_DEPTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEPOSIT_RECLAIM_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_CONFIG\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ESCAPE_CLAIM_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FORCED_REQUEST_BOND\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FORCED_TRADE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FREEZE_GRACE_PERIOD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GOVERNANCE_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GOVERNANCE_EXPIRY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_MAX_FRACTION_PPM\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_MAX_RAISE_PPM\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"L2_ACCOUNT_BASE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"LEAF_WORDS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MARKET_COUNT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MARKET_PARAMS_COOLDOWN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MARKET_WORDS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ACCOUNTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_AMOUNT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TIMESTAMP_AHEAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TIMESTAMP_LAG\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ORACLE_KEYS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POSITION_SLOTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PPM_SCALE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PRICE_SCALE\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"QUEUE_SERVICE_INTERVAL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECORD_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SNARK_SCALAR_FIELD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"accounts\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"applyChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchState\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueHead\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"frozenAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"cancelChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"changeId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"commitBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"configEverCurrent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"configHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"configPublished\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"consent\",\"type\":\"bytes32\"}],\"name\":\"consentUsed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"queueIndex\",\"type\":\"uint256\"}],\"name\":\"depositPayers\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint256[12]\",\"name\":\"leaf\",\"type\":\"uint256[12]\"},{\"internalType\":\"uint256[24]\",\"name\":\"siblings\",\"type\":\"uint256[24]\"},{\"internalType\":\"uint256[16]\",\"name\":\"markets\",\"type\":\"uint256[16]\"},{\"internalType\":\"uint256\",\"name\":\"globals\",\"type\":\"uint256\"}],\"name\":\"escape\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"escapeClaims\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escapePool\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claim\",\"type\":\"uint256\"}],\"name\":\"escapeShare\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escapeTotals\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"claims\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"lateCredited\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escapeWindowEnd\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"}],\"name\":\"escaped\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escrow\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"deposited\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"credited\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedBonds\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"accountA\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"accountB\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"aIsBuy\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structRollup.ForcedTradeRequest\",\"name\":\"req\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"forcedTrade\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"accountA\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"accountB\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"aIsBuy\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structRollup.ForcedTradeRequest\",\"name\":\"req\",\"type\":\"tuple\"}],\"name\":\"forcedTradeConsent\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"forcedWithdrawal\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"name\":\"freeze\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governor\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guardian\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[10]\",\"name\":\"oracleKeys\",\"type\":\"uint256[10]\"},{\"internalType\":\"uint256\",\"name\":\"params\",\"type\":\"uint256\"}],\"name\":\"hashConfig\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hasher\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"market\",\"type\":\"uint256\"}],\"name\":\"marketParamsQueuedAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"market\",\"type\":\"uint256\"}],\"name\":\"marketRows\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint24\",\"name\":\"imf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"mmf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"tierImf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"tierMmf\",\"type\":\"uint24\"},{\"internalType\":\"uint48\",\"name\":\"tierSize\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"operators\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauseDeposits\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"pendingChanges\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"eta\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"pendingWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"proposeChange\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[10]\",\"name\":\"oracleKeys\",\"type\":\"uint256[10]\"},{\"internalType\":\"uint256\",\"name\":\"params\",\"type\":\"uint256\"}],\"name\":\"publishConfig\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"queueIndex\",\"type\":\"uint256\"}],\"name\":\"queue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queueState\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"accountCount\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"queueCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastServiceTime\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"depositsPaused\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"},{\"internalType\":\"uint24\",\"name\":\"imf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"mmf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"tierImf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"tierMmf\",\"type\":\"uint24\"}],\"name\":\"raiseMarginFractions\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"}],\"name\":\"reclaimBond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"record\",\"type\":\"bytes\"}],\"name\":\"reclaimDeposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"}],\"name\":\"setReduceOnly\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"smallOrderKeys\",\"outputs\":[{\"internalType\":\"bytes32[8]\",\"name\":\"\",\"type\":\"bytes32[8]\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateRoot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"}],\"name\":\"verifiers\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawPartial\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"withdrawable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Rollup",
	Bin: "0x60c060405234801561000f575f5ffd5b506040516171ae3803806171ae83398101604081905261002e91610a53565b84516001600160a01b03166100565760405163d92e233d60e01b815260040160405180910390fd5b8460400151515f0361007b5760405163ddf9d24560e01b815260040160405180910390fd5b856001600160a01b03163b5f036100b5576040516322a2d07b60e21b81526001600160a01b03871660048201526024015b60405180910390fd5b80518251146100e457815181516040516355c5b3e360e11b8152600481019290925260248201526044016100ac565b81515f0361010557604051633d28e9c560e21b815260040160405180910390fd5b5f5b82518110156101f6575f83828151811061012357610123610b6b565b602002602001015190505f83838151811061014057610140610b6b565b60200260200101519050815f148061016d57505f828152600860205260409020546001600160a01b031615155b1561018e5760405163a6f7498560e01b8152600481018390526024016100ac565b806001600160a01b03163b5f036101c3576040516322a2d07b60e21b81526001600160a01b03821660048201526024016100ac565b5f9182526008602052604090912080546001600160a01b0319166001600160a01b03909216919091179055600101610107565b505f5b8560400151518110156102a9575f6001600160a01b03168660400151828151811061022657610226610b6b565b60200260200101516001600160a01b0316036102555760405163d92e233d60e01b815260040160405180910390fd5b600160075f8860400151848151811061027057610270610b6b565b6020908102919091018101516001600160a01b031682528101919091526040015f20805460ff19169115159190911790556001016101f9565b506001600160a01b038087166080528551600580549183166001600160a01b0319928316179055602080880151600680549190941692169190911790915560048490555f848152601690915260408120805460ff1916600117905561030c6104a1565b6001600160a01b03811660a0528551909150610327906104f6565b6040850151610335906104f6565b5f5f5b61034460086002610b93565b81101561039d5761036e8760200151826010811061036457610364610b6b565b60200201516104f6565b61039383838960200151846010811061038957610389610b6b565b602002015161053c565b9150600101610338565b5060015b600881116104285761041881886020015160028460026103c19190610b93565b6103cb9190610baa565b601081106103db576103db610b6b565b6020020151896020015160018560026103f49190610b93565b6103fe9190610baa565b6010811061040e5761040e610b6b565b602002015161057f565b61042181610bbd565b90506103a1565b505f61044383885f0151848a6040015161072c60201b60201c565b9050805f819055507fe879b345de4203ba2dc12949156073673c7fd1b05da723890ab2be2a63fa114481885f015189602001518a6040015160405161048b9493929190610bd5565b60405180910390a1505050505050505050610c1d565b5f5f60405180610dc00160405280610d968152602001616418610d96913990508051602082015ff091506001600160a01b0382166104f25760405163245d874560e11b815260040160405180910390fd5b5090565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001811061053957604051632051490960e21b8152600481018290526024016100ac565b50565b5f5f835f528260205260205f60405f885afa5f5192503d6020141690508061057757604051631b690d2360e21b815260040160405180910390fd5b509392505050565b6040805160c0808201835284901c60ff8116808352608086811c62ffffff818116602087015260a089811c9182169787019790975260b088901c620fffff908116606088015260c489901c16838701529187901c65ffffffffffff169585019590955263ffffffff94851694169290158015906106295750600360ff8316118061060b5750620f424084115b806106185750620f424083115b80610629575061062781610755565b155b1561064c5760405163435c219f60e11b815260ff881660048201526024016100ac565b60ff9687165f908152601260209081526040918290208351815492850151938501516060860151608087015160a09097015165ffffffffffff166d01000000000000000000000000000265ffffffffffff60681b1962ffffff9889166a01000000000000000000000216600160501b600160981b03199289166701000000000000000262ffffff60381b19948a16640100000000029490941665ffffffffffff60201b19999098166101000263ffffffff1990971694909e1693909317949094179590951693909317939093171697909717969096179095555050505050565b5f61074c856107468161074081868a61053c565b8761053c565b8461053c565b95945050505050565b5f816040015162ffffff165f148061077e5750816020015162ffffff16826040015162ffffff16115b806107945750620f4240826020015162ffffff16115b156107a057505f919050565b8160a0015165ffffffffffff165f036107d757606082015162ffffff161580156107d15750608082015162ffffff16155b92915050565b816060015162ffffff16826020015162ffffff16111580156108055750620f4240826060015162ffffff1611155b80156108235750816080015162ffffff16826040015162ffffff1611155b80156107d15750816060015162ffffff16826080015162ffffff16111592915050565b6001600160a01b0381168114610539575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051606081016001600160401b03811182821017156108905761089061085a565b60405290565b60405161020081016001600160401b03811182821017156108905761089061085a565b604051601f8201601f191681016001600160401b03811182821017156108e1576108e161085a565b604052919050565b5f6001600160401b038211156109015761090161085a565b5060051b60200190565b5f82601f83011261091a575f5ffd5b815161092d610928826108e9565b6108b9565b8082825260208201915060208360051b86010192508583111561094e575f5ffd5b602085015b8381101561097457805161096681610846565b835260209283019201610953565b5095945050505050565b5f610240828403121561098f575f5ffd5b61099761086e565b825181529050603f820183136109ab575f5ffd5b6109b3610896565b806102208401858111156109c5575f5ffd5b602085015b818110156109e25780518452602093840193016109ca565b5060208401919091525160408301525092915050565b5f82601f830112610a07575f5ffd5b8151610a15610928826108e9565b8082825260208201915060208360051b860101925085831115610a36575f5ffd5b602085015b83811015610974578051835260209283019201610a3b565b5f5f5f5f5f5f6102e08789031215610a69575f5ffd5b8651610a7481610846565b60208801519096506001600160401b03811115610a8f575f5ffd5b87016060818a031215610aa0575f5ffd5b610aa861086e565b8151610ab381610846565b81526020820151610ac381610846565b602082015260408201516001600160401b03811115610ae0575f5ffd5b610aec8b82850161090b565b6040830152508096505050610b04886040890161097e565b6102808801516102a089015191955093506001600160401b03811115610b28575f5ffd5b610b3489828a016109f8565b6102c089015190935090506001600160401b03811115610b52575f5ffd5b610b5e89828a0161090b565b9150509295509295509295565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176107d1576107d1610b7f565b818103818111156107d1576107d1610b7f565b5f60018201610bce57610bce610b7f565b5060010190565b84815260208101849052610260810160408201845f5b6010811015610c0a578151835260209283019290910190600101610beb565b5050508261024083015295945050505050565b60805160a0516157c5610c535f395f8181610b67015281816111ef01526116fa01525f8181610bc20152612f7d01526157c55ff3fe608060405234801561000f575f5ffd5b5060043610610462575f3560e01c806379a71b241161024d578063c33f59d311610140578063d5d29fca116100bf578063ed33639f11610084578063ed33639f14610b62578063f3f4370314610b89578063f729356914610ba8578063fc0c546a14610bbd578063fea2c33114610be4575f5ffd5b8063d5d29fca14610b14578063db465dae14610754578063ddf0b00914610b1c578063e1f1176d14610b3b578063e2fdcc1714610b44575f5ffd5b8063d1101ba611610105578063d1101ba614610abc578063d1411ab114610ac6578063d1533e8714610ad9578063d40dc87014610b01578063d48efcd114610b0c575f5ffd5b8063c33f59d314610805578063c564f4fa14610a45578063cacab4e414610a58578063ce513b6f14610a6b578063cedeabf214610a7e575f5ffd5b80639b1f7dc2116101cc578063ac1eff6811610191578063ac1eff68146109a9578063aecf9276146109d1578063b0b5489514610a22578063b2629cba14610a2a578063bb8d316214610a32575f5ffd5b80639b1f7dc2146108d2578063a524979014610955578063a5a9dda614610974578063a64ffc4614610598578063abca03ec14610987575f5ffd5b80638f0f3b40116102125780638f0f3b401461089b5780638fbd1e87146108ae578063928e6d44146108b65780639588eca2146108c15780639a5ea30c146108c9575f5ffd5b806379a71b241461082a5780637d634f5f146108515780638031d5881461085b578063859bd3f8146108655780638d67799e14610890575f5ffd5b80633c2976b011610365578063548997e0116102e457806360fad8de116102a957806360fad8de146107e857806361455a85146107fb57806364cc51ff1461080557806374303fc11461080f578063756ce0da14610822575f5ffd5b8063548997e01461077157806356161da6146107905780635d2ea592146107a35780635e0c7c72146107b6578063601c650a146107d5575f5ffd5b80634c0ac4d21161032a5780634c0ac4d2146107245780634dda55181461072d5780634e6df5111461074c5780634f85beff1461075457806353f72bf51461075e575f5ffd5b80633c2976b0146104a85780633ccfd60b14610641578063403e2fd7146106495780634100eb0e1461066b578063452a932014610711575f5ffd5b80631339054b116103f15780631c72a11c116103b65780631c72a11c146105cc5780631de26e16146105df57806325c2cd121461060757806327f34de41461061b5780632c389fc41461062e575f5ffd5b80631339054b1461055c57806313e7c9d814610566578063155bd52c1461059857806318ec160d146105a05780631c477af9146105c2575f5ffd5b8063064c2b8011610437578063064c2b80146104a85780630c340a24146104b05780630ee83daa146104db5780630fc408d7146105405780631211540c14610549575f5ffd5b806271754214610466578062b24ff214610483578063021919801461048b57806304e462e414610495575b5f5ffd5b61047062093a8081565b6040519081526020015b60405180910390f35b610470604081565b610493610bf7565b005b6104936104a3366004614bf6565b610ca2565b610470600881565b6005546104c3906001600160a01b031681565b6040516001600160a01b03909116815260200161047a565b60015461050d906001600160401b0380821691600160401b8104821691600160801b8204811691600160c01b90041684565b604080516001600160401b039586168152938516602085015291841691830191909152909116606082015260800161047a565b61047061038481565b610493610557366004614c1e565b610ea9565b6104706298968081565b610588610574366004614c4b565b60076020525f908152604090205460ff1681565b604051901515815260200161047a565b610470600581565b6105886105ae366004614c1e565b60156020525f908152604090205460ff1681565b6104706212750081565b6104706105da366004614c64565b610f0e565b6105f26105ed366004614c99565b610f43565b60405163ffffffff909116815260200161047a565b6104705f5160206157995f395f51905f5281565b610493610629366004614cc9565b6110e0565b61047061063c366004614ce2565b6111ec565b61049361129c565b610588610657366004614c1e565b60136020525f908152604090205460ff1681565b6106ca610679366004614c1e565b60126020525f908152604090205460ff81169062ffffff6101008204811691600160201b8104821691600160381b8204811691600160501b81049091169065ffffffffffff600160681b9091041686565b6040805160ff909716875262ffffff958616602088015293851693860193909352908316606085015291909116608083015265ffffffffffff1660a082015260c00161047a565b6006546104c3906001600160a01b031681565b61047060035481565b61047061073b366004614c1e565b60106020525f908152604090205481565b6104706112b5565b6104706201518081565b61049361076c366004614c64565b6112ea565b61047061077f366004614c1e565b60146020525f908152604090205481565b61049361079e366004614d0f565b61164b565b6104706107b1366004614c64565b6118c7565b6104706107c4366004614c4b565b600d6020525f908152604090205481565b6104936107e3366004614dd6565b6119fe565b6104706107f6366004614ce2565b611ce5565b6104706203f48081565b610470620f424081565b61049361081d366004614e6f565b611da6565b610470611f23565b6104707f597b7c9c548e31dc87bdde7d91a3d08d9045a279be01e9a41164508c99198ab381565b6104706207a12081565b6104706280000081565b610878610873366004614ee7565b611f32565b6040516001600160401b03909116815260200161047a565b610470600160301b81565b6104936108a9366004614f38565b6122bf565b61047061250c565b610470630100000081565b6104705f5481565b61047061c35081565b6002546109159063ffffffff8116906001600160401b03600160201b8204811691600160601b81049091169060ff600160a01b8204811691600160a81b90041685565b6040805163ffffffff90961686526001600160401b039485166020870152939092169284019290925290151560608301521515608082015260a00161047a565b610470610963366004614c1e565b60116020525f908152604090205481565b610470610982366004614c1e565b612518565b610588610995366004614c1e565b60166020525f908152604090205460ff1681565b6104c36109b7366004614c1e565b60086020525f90815260409020546001600160a01b031681565b610a036109df366004614f6d565b600b6020525f9081526040902080546001909101546001600160a01b039091169082565b604080516001600160a01b03909316835260208301919091520161047a565b61047061255d565b61047061256a565b610493610a40366004614f38565b6125c3565b610470610a53366004614f86565b6127ea565b610878610a66366004614bf6565b61283f565b610470610a79366004614c4b565b6129d5565b600f54610a9c906001600160801b0380821691600160801b90041682565b604080516001600160801b0393841681529290911660208301520161047a565b61047062278d0081565b610493610ad4366004614c64565b612a5a565b6104c3610ae7366004614c1e565b600a6020525f90815260409020546001600160a01b031681565b610470600160381b81565b610470600281565b610470601881565b610470610b2a366004614c1e565b60096020525f908152604090205481565b61047060045481565b600e54610a9c906001600160801b0380821691600160801b90041682565b6104c37f000000000000000000000000000000000000000000000000000000000000000081565b610470610b97366004614c4b565b600c6020525f908152604090205481565b610bb0612ba6565b60405161047a9190614fa1565b6104c37f000000000000000000000000000000000000000000000000000000000000000081565b610493610bf2366004614fd2565b612c91565b600154600160c01b90046001600160401b031615610c2857604051632af5962760e21b815260040160405180910390fd5b6006546001600160a01b03163314610c5a5760405163a252c15160e01b81523360048201526024015b60405180910390fd5b6002805460ff60a01b1916600160a01b1790556040513381527feb225a736fbfee3f85ccb72bdf84ff0396ab358b7970e2cc351ab3e3fd92358d9060200160405180910390a1565b610cab81612da6565b6040805160a08101825260025463ffffffff811682526001600160401b03600160201b820481166020840152600160601b8204169282019290925260ff600160a01b8304811615156060830152600160a81b90920490911615156080820152610d1381612ded565b805f015163ffffffff168363ffffffff1610610d4a57604051633f93aa8760e01b815263ffffffff84166004820152602401610c51565b63ffffffff83165f908152600b60209081526040808320815180830190925280546001600160a01b0316808352600190910154928201839052909291610da8918591610d9a918991899190612e33565b805190602001206001612e68565b82519091506001600160a01b03163314610de4576001600160401b0381165f908152600a6020526040902080546001600160a01b031916331790555b815f01516001600160a01b03168563ffffffff167f73ab3708a98517b4d9559dc2c4f5369aa1a82f0885c1a9b8d3436baa1046805783856020015188604051610e4d939291906001600160401b0393841681526020810192909252909116604082015260600190565b60405180910390a360405133602482015230604482015260648101859052610ea2906084015b60408051601f198184030181529190526020810180516001600160e01b03166323b872dd60e01b179052612f79565b5050505050565b805f03610ec957604051631f2a200560e01b815260040160405180910390fd5b5f610ed333613051565b905080821115610f00576040516334b5ec1f60e21b81526004810183905260248101829052604401610c51565b610f0a81836130eb565b5050565b5f838383604051602001610f249392919061501f565b6040516020818303038152906040528051906020012090509392505050565b5f610f4d82612da6565b610f568361317e565b6040805160a08101825260025463ffffffff811682526001600160401b03600160201b820481166020840152600160601b8204169282019290925260ff600160a01b8304811615156060830152600160a81b90920490911615156080820152610fbe81612ded565b62800000815f015163ffffffff1610610fea57604051631dd026a560e31b815260040160405180910390fd5b8051604080518082018252338152602080820188815263ffffffff85165f908152600b909252929020905181546001600160a01b0319166001600160a01b039091161781559051600191820155909250611045908390615052565b63ffffffff1681525f61105e82610d9a8587338a612e33565b604080516001600160401b038381168252602082018990528716818301529051919250339163ffffffff8616917f73ab3708a98517b4d9559dc2c4f5369aa1a82f0885c1a9b8d3436baa10468057919081900360600190a3604051336024820152306044820152606481018590526110d890608401610e73565b505092915050565b600154600160c01b90046001600160401b03161561111157604051632af5962760e21b815260040160405180910390fd5b6006546001600160a01b0316331461113e5760405163a252c15160e01b8152336004820152602401610c51565b60ff8181165f90815260126020908152604091829020825160c0810184529054938416808252610100850462ffffff90811693830193909352600160201b8504831693820193909352600160381b840482166060820152600160501b84049091166080820152600160681b90920465ffffffffffff1660a08301526001146111de5760405163435c219f60e11b815260ff83166004820152602401610c51565b60028152610f0a8282613317565b5f7f00000000000000000000000000000000000000000000000000000000000000008161121b8282600561356d565b90505f5b61122b6005600261506e565b81101561127c576112518682600a811061124757611247615085565b60200201356135b0565b61127283838884600a811061126857611268615085565b602002013561356d565b915060010161121f565b50611286846135b0565b61129182828661356d565b925050505b92915050565b5f6112a633613051565b90506112b281826130eb565b50565b6001545f90600160c01b90046001600160401b031680156112e2576112dd62278d0082615099565b6112e4565b5f5b91505090565b6005546001600160a01b031633146113175760405163ad0550d560e01b8152336004820152602401610c51565b600154600160c01b90046001600160401b03161561134857604051632af5962760e21b815260040160405180910390fd5b5f611354848484610f0e565b5f818152601060205260408120549192508190036113885760405163e624d46360e01b815260048101839052602401610c51565b804210156113b357604051632b169f5560e01b81526004810183905260248101829052604401610c51565b6113c06212750082615099565b4211156113f757816113d56212750083615099565b604051633e031c7f60e11b815260048101929092526024820152604401610c51565b5f82815260106020526040812081905585600681111561141957611419614feb565b03611471575f8381526015602052604090205460ff1661144f57604051637092d15d60e01b815260048101849052602401610c51565b60048390555f838152601660205260409020805460ff19166001179055611608565b600185600681111561148557611485614feb565b0361150457826001600160a01b038116158015906114ab57506001600160a01b0381163b155b156114d4576040516322a2d07b60e21b81526001600160a01b0382166004820152602401610c51565b5f85815260086020526040902080546001600160a01b0319166001600160a01b0392909216919091179055611608565b600285600681111561151857611518614feb565b03611545576001600160a01b0384165f908152600760205260409020805460ff1916841515179055611608565b600385600681111561155957611559614feb565b0361157e57600580546001600160a01b0319166001600160a01b038516179055611608565b600485600681111561159257611592614feb565b036115b757600680546001600160a01b0319166001600160a01b038516179055611608565b60058560068111156115cb576115cb614feb565b036115e2576002805460ff60a01b19169055611608565b5f5f6115ee86866135e0565b915091506115fb826136e4565b6116058282613317565b50505b817fc9b589583da0139e1cd020966b82a564f6e49c09bd5a9864de52db86e33f834e86868660405161163c9392919061501f565b60405180910390a25050505050565b600154600160c01b90046001600160401b03165f0361167d5760405163096194ff60e31b815260040160405180910390fd5b630100000063ffffffff8616106116af576040516319e91dc360e21b815263ffffffff86166004820152602401610c51565b62ffffff600886901c165f90815260116020526040902054600160ff87161b90808216156116f857604051637599570760e01b815263ffffffff88166004820152602401610c51565b7f00000000000000000000000000000000000000000000000000000000000000005f805b61172860086004615099565b811015611765576117448982600c811061124757611247615085565b61175b83838b84600c811061126857611268615085565b915060010161171c565b505f5b60188110156117cc575f88826018811061178457611784615085565b60200201359050611794816135b0565b600163ffffffff8c16831c8116146117b6576117b184848361356d565b6117c1565b6117c184828561356d565b925050600101611768565b505f5f5b6117dc6008600261506e565b811015611819576117f888826010811061124757611247615085565b61180f84838a846010811061126857611268615085565b91506001016117d0565b50611823866135b0565b5f6118308484848a613733565b90505f54811461185657604051634c50144360e11b815260048101829052602401610c51565b5f6118618b8a61375c565b9050805f0361188b57604051633c41b75560e21b815263ffffffff8d166004820152602401610c51565b62ffffff60088d901c165f90815260116020526040902086881790556118b98c8c60026020020135836138b3565b505050505050505050505050565b6005545f906001600160a01b031633146118f65760405163ad0550d560e01b8152336004820152602401610c51565b600154600160c01b90046001600160401b03161561192757604051632af5962760e21b815260040160405180910390fd5b611932848484613aec565b61193d848484610f0e565b5f81815260106020526040902054909150801580159061196957506119656212750082615099565b4211155b1561198a57604051638662bcc760e01b815260048101839052602401610c51565b5f61199862093a8080615099565b6119a29042615099565b5f84815260106020526040908190208290555190915083907fdf40655ed2ad8c9dfed1d3d5b14c6e1e761ca5d6da215604f2ba4ffc7e2259bd906119ed9089908990899087906150ac565b60405180910390a250509392505050565b335f9081526007602052604090205460ff16611a2f57604051633b63649d60e11b8152336004820152602401610c51565b604080516080810182526001546001600160401b038082168352600160401b820481166020840152600160801b8204811693830193909352600160c01b90049091166060820181905215611a9657604051632af5962760e21b815260040160405180910390fd5b5f5160206157995f395f51905f528710611ac657604051632051490960e21b815260048101889052602401610c51565b831580611adc5750611ad96040856150e9565b15155b15611afd57604051639a40f90560e01b815260048101859052602401610c51565b5f6008816001611b0e6040896150fc565b611b18919061510f565b815260208101919091526040015f20546001600160a01b0316905080611b6b576001611b456040876150fc565b611b4f919061510f565b604051631846e88b60e31b8152600401610c5191815260200190565b611b7a87836020015142613c7b565b81515f90611b89906001615122565b90505f611ba05f545f1b8b848c6004548d8d613d60565b604080516020810182528281529051632363e29760e21b81529192506001600160a01b03851691638d8f8a5c91611bdd918a918a91600401615169565b5f6040518083038186803b158015611bf3575f5ffd5b505afa158015611c05573d5f5f3e3d5ffd5b505050505f611c1989898760400151613ded565b5f8c8155604080516080810182526001600160401b038781168083528f821660208401819052918616838501819052606090930194909452600180546fffffffffffffffffffffffffffffffff19168517600160401b909202919091176001600160801b0316600160801b9092026001600160c01b031691909117905551919250907ff086cfcae4cbcfc6b99ff91ebf1d987f91016f9531d41c5f146b02e47677cd6090611cd0908e908e9086908f908f906151af565b60405180910390a25050505050505050505050565b5f611cf083836111ec565b5f8181526016602052604090205490915060ff16158015611d175750611d1581614027565b155b15611d3857604051630c52d5ef60e11b815260048101829052602401610c51565b5f8181526015602052604090205460ff16611d66575f818152601560205260409020805460ff191660011790555b807f4c997e65a18d9d4f783fa702006b9d68b8952e75e08bc6a20d80efdf015561dc8484604051611d989291906151f1565b60405180910390a292915050565b600154600160c01b90046001600160401b031615611dd757604051632af5962760e21b815260040160405180910390fd5b6006546001600160a01b03163314611e045760405163a252c15160e01b8152336004820152602401610c51565b60ff8581165f90815260126020908152604091829020825160c0808201855291548086168252610100810462ffffff90811683860152600160201b8204811683870152600160381b82048116606080850191909152600160501b83048216608080860191909152600160681b90930465ffffffffffff90811660a080870191825289519788018a528651909a1687528d8416978701979097528b83169786019790975289821690850152871690830152915190921692820192909252611ecb87838361406a565b611eda87836020015188614147565b611ee987836040015187614147565b611ef887836060015186614147565b611f0787836080015185614147565b611f10876136e4565b611f1a8782613317565b50505050505050565b611f2f6008600261506e565b81565b6040805160a08101825260025463ffffffff811682526001600160401b03600160201b820481166020840152600160601b8204169282019290925260ff600160a01b8304811615156060830152600160a81b90920490911615801560808301525f9190611fb257604051632af5962760e21b815260040160405180910390fd5b611fbb856141f1565b611fcc610100860160e08701614fd2565b6001600160401b031642111561201257611fed610100860160e08701614fd2565b604051631d11e00760e01b81526001600160401b039091166004820152602401610c51565b336120206020870187614c4b565b6001600160a01b0316146120665761203b6020860186614c4b565b604051630348d81960e11b81526001600160a01b039091166004820152336024820152604401610c51565b5f6120776040870160208801614f6d565b9050628000008163ffffffff161080156120ae575063ffffffff81165f908152600b60205260409020546001600160a01b03163314155b156120da57604051636f54197160e11b815263ffffffff82166004820152336024820152604401610c51565b5f6120e4876127ea565b5f8181526013602052604090205490915060ff161561211957604051630ca4c94d60e41b815260048101829052602401610c51565b5f612125828888614360565b90506280000061213b60608a0160408b01614f6d565b63ffffffff1610801561218857506001600160a01b038116600b5f61216660608c0160408d01614f6d565b63ffffffff16815260208101919091526040015f20546001600160a01b031614155b156121a657604051638baa579f60e01b815260040160405180910390fd5b5f828152601360205260409020805460ff191660011790556121d4846121cd8a33856144e1565b6008612e68565b94506121e66060890160408a01614f6d565b63ffffffff9081169084167f5ec68f6d8a9579a0b1f5b8b3fe9ba35f7fcb7ff3fed55cf47a7c7a6cffef2c118761222360808d0160608e01614cc9565b61223360a08e0160808f01615219565b8d60a00160208101906122469190614fd2565b8e60c00160208101906122599190614fd2565b604080516001600160401b03968716815260ff95909516602086015292151584840152908416606084015290921660808201523360a08201526001600160a01b03861660c082015290519081900360e00190a36122b4614560565b505050509392505050565b600154600160c01b90046001600160401b03165f036122f15760405163096194ff60e31b815260040160405180910390fd5b5f6122fe8461011061459f565b90506040821415806123385750604081901c60ff1683835f81811061232557612325615085565b9050013560f81c60f81b60f81c60ff1614155b1561236157604051632a7c535760e11b81526001600160401b0385166004820152602401610c51565b5f83838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920182905250939450849250600491508790508684816123af576123af615085565b9050013560f81c60f81b60f81c60ff16146123cb57603f6123ce565b60205b815181106123de576123de615085565b60200101906001600160f81b03191690815f1a90535080516020820120821868ffffffffffffffffff19161561243257604051632a7c535760e11b81526001600160401b0386166004820152602401610c51565b5f61243e85855f61463d565b50905061244a86614720565b6298968060035f82825461245e919061510f565b9091555050604080516001600160401b03881681526298968060208201526001600160a01b038316917fa815dbaa66370212d6e108980477ca1b8f58215330e94362175a71b3f616b2c8910160405180910390a26040516001600160a01b0382166024820152629896806044820152612504906064015b60408051601f198184030181529190526020810180516001600160e01b031663a9059cbb60e01b179052612f79565b505050505050565b611f2f60086004615099565b5f5f61252261256a565b600f549091506001600160801b0316808210156125535780612544838661506e565b61254e91906150fc565b612555565b835b949350505050565b611f2f62093a8080615099565b60408051808201909152600e546001600160801b03808216808452600160801b90920416602083018190525f9291116125a3575f6125b4565b602081015181516125b49190615232565b6001600160801b031691505090565b5f6125cf84600261459f565b90506040821415806126015750600183835f816125ee576125ee615085565b9050013560f81c60f81b60f81c60ff1614155b1561262a57604051632a7c535760e11b81526001600160401b0385166004820152602401610c51565b60405168ffffffffffffffffff199082906126489086908690615251565b60405190819003902018161561267c57604051632a7c535760e11b81526001600160401b0385166004820152602401610c51565b600154600160c01b90046001600160401b03165f036126e3575f6126ac6203f4806001600160401b038416615099565b9050804210156126e1576040516338f2eb0360e01b81526001600160401b038616600482015260248101829052604401610c51565b505b5f6126f16020828587615260565b6126fa91615287565b6001600160401b0386165f908152600a60205260409020549091506001600160a01b0316806127265750805b336001600160a01b038216146127605760405163cfc8709b60e01b81526001600160401b0387166004820152336024820152604401610c51565b66ffffffffffffff60a083901c1661277787614720565b604080516001600160401b03808a168252831660208201526001600160a01b038416917fb5fc3702bb1d479e9bc17f1f7070e1842359cf2dc9bfb40270d9e841d9df16fe910160405180910390a26040516001600160a01b038316602482015260448101829052611f1a906064016124d5565b5f7f597b7c9c548e31dc87bdde7d91a3d08d9045a279be01e9a41164508c99198ab346308460405160200161282294939291906152a4565b604051602081830303815290604052805190602001209050919050565b5f61284982612da6565b6040805160a08101825260025463ffffffff811682526001600160401b03600160201b820481166020840152600160601b8204169282019290925260ff600160a01b8304811615156060830152600160a81b90920490911615801560808301526128c657604051632af5962760e21b815260040160405180910390fd5b630100000063ffffffff8516106128f8576040516319e91dc360e21b815263ffffffff85166004820152602401610c51565b628000008463ffffffff1610801561292d575063ffffffff84165f908152600b60205260409020546001600160a01b03163314155b1561295957604051636f54197160e11b815263ffffffff85166004820152336024820152604401610c51565b61297681612968868633614853565b805190602001206004612e68565b604080516001600160401b03808416825286166020820152919350339163ffffffff8716917ffa5b5836412a0a021c80e44de78acedf3b40faca832b4a85639e277d129f2585910160405180910390a36129ce614560565b5092915050565b6001600160a01b0381165f908152600d6020526040812054816129f66112b5565b9050811580612a03575080155b80612a0d57508042105b15612a2f575050506001600160a01b03165f908152600c602052604090205490565b612a3882612518565b6001600160a01b0385165f908152600c60205260409020546125559190615099565b600154600160c01b90046001600160401b031615612a8b57604051632af5962760e21b815260040160405180910390fd5b6005546001600160a01b03163314612b1b576006546001600160a01b03163314612aca57604051633647553d60e11b8152336004820152602401610c51565b6003836006811115612ade57612ade614feb565b1480612afb57506004836006811115612af957612af9614feb565b145b15612b1b5782604051633fea59cd60e11b8152600401610c5191906153a0565b5f612b27848484610f0e565b5f8181526010602052604081205491925003612b595760405163e624d46360e01b815260048101829052602401610c51565b5f81815260106020908152604080832092909255905133815282917f7a085c57876bc87bfd5039351f8ef885bd8e9d85c94c003685be4a64c308753f91015b60405180910390a250505050565b612bae614bbf565b506040805161010081018252600181527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000060208201525f91810191909152600160ff1b60608201527f0aabb7211172d31463c1127d4ba6942cb791c56d8234b5a0abfd1e81afd0d67760808201527f8aabb7211172d31463c1127d4ba6942cb791c56d8234b5a0abfd1e81afd0d67760a08201527f25b89751cfbecd15548f333935dac43070a222daf784baf097e4d712402f298a60c08201527fa5b89751cfbecd15548f333935dac43070a222daf784baf097e4d712402f298a60e082015290565b600154600160c01b90046001600160401b031615612cc257604051632af5962760e21b815260040160405180910390fd5b5f612ccf8261031061459f565b90505f612ce862093a806001600160401b038416615099565b905080421015612d1d5760405163ceacb50360e01b81526001600160401b038416600482015260248101829052604401610c51565b600180546001600160401b034216600160c01b026001600160c01b039091161790556002805460ff60a81b1916600160a81b1790555f546040517f47294c10acf75a45d6decdda76990cb21324340ebd91cfcabc0b2844007e15d991612d99918691906001600160401b03929092168252602082015260400190565b60405180910390a1505050565b805f03612dc657604051631f2a200560e01b815260040160405180910390fd5b600160381b81106112b2576040516304041d9560e11b815260048101829052602401610c51565b806080015115612e1057604051632af5962760e21b815260040160405180910390fd5b8060600151156112b257604051630b4cba3160e31b815260040160405180910390fd5b6060600185858585604051602001612e4f9594939291906153ae565b6040516020818303038152906040529050949350505050565b602083015160408401515f90612e8090600290615122565b905042816001600160401b03161015612e965750425b6001600160401b038281165f90815260096020526040908190209183169085901b60ff60401b1668ffffffffffffffffff19871617179055612ed9826001615122565b6001600160401b0390811660208701819052911660408601819052855160028054606089015160809099015163ffffffff9093166001600160601b031990911617600160201b9094029390931768ffffffffffffffffff60601b1916600160601b90920260ff60a01b191691909117600160a01b961515969096029590951760ff60a81b1916600160a81b95151595909502949094179093555090919050565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031683604051612fb39190615407565b5f604051808303815f865af19150503d805f8114612fec576040519150601f19603f3d011682016040523d82523d5f602084013e612ff1565b606091505b509150915081158061302e575080511580159061302e57508051602014158061302e575080806020019051810190613029919061541d565b600114155b1561304c576040516312171d8360e31b815260040160405180910390fd5b505050565b6001600160a01b0381165f908152600c6020908152604080832054600d90925282205490918190036130835750919050565b5f61308c6112b5565b9050804210156130c057825f036130b9576040516318ecfb6560e31b815260048101829052602401610c51565b5050919050565b6001600160a01b0384165f908152600d60205260408120556130e182612518565b6125559084615099565b815f0361310b57604051630686827b60e51b815260040160405180910390fd5b613115818361510f565b335f818152600c6020526040908190209290925590517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59061315a9084815260200190565b60405180910390a260405133602482015260448101829052610f0a906064016124d5565b5f613187612ba6565b90505f5b60088110156131d5578181600881106131a6576131a6615085565b602002015183036131cd5760405163cec28a7760e01b815260048101849052602401610c51565b60010161318b565b506001600160ff1b038216600160ff1b831615155f5160206157995f395f51905f5282106132195760405163067af97360e01b815260048101859052602401610c51565b5f5f5160206157995f395f51905f5283840990505f5f5160206157995f395f51905f5261325460015f5160206157995f395f51905f5261510f565b830890505f5f5160206157995f395f51905f5260015f5160206157995f395f51905f52857f1aee90f15f2189693df072d799fd11fc039b2959ebb7c867d075ca8cf4d7eb8e090890508015806132b05750811580156132b05750835b156132d15760405163067af97360e01b815260048101889052602401610c51565b81158015906132f657506132f45f5160206157995f395f51905f52828409614888565b155b15611f1a5760405163067af97360e01b815260048101889052602401610c51565b8060125f8460ff1681526020019081526020015f205f820151815f015f6101000a81548160ff021916908360ff1602179055506020820151815f0160016101000a81548162ffffff021916908362ffffff1602179055506040820151815f0160046101000a81548162ffffff021916908362ffffff1602179055506060820151815f0160076101000a81548162ffffff021916908362ffffff1602179055506080820151815f01600a6101000a81548162ffffff021916908362ffffff16021790555060a0820151815f01600d6101000a81548165ffffffffffff021916908365ffffffffffff1602179055509050504260145f8460ff1681526020019081526020015f20819055505f600983835f015184602001518560400151866060015187608001515f5f1b5f60781b60405160200161345b99989796959493929190615434565b60408051601f19818403018152828252805160209182012060a08401835260025463ffffffff811685526001600160401b03600160201b8204811693860193909352600160601b81049092169284019290925260ff600160a01b8204811615156060850152600160a81b909104161515608083015291505f906134e090836009612e68565b90508360ff167f753af417ebe4cf86c2b4f94531151cd2ce298cd1b534ef95826fe52c1a08af1e82855f01518660200151876040015188606001518960800151604051612b98969594939291906001600160401b0396909616865260ff94909416602086015262ffffff92831660408601529082166060850152811660808401521660a082015260c00190565b5f5f835f528260205260205f60405f885afa5f5192503d602014169050806135a857604051631b690d2360e21b815260040160405180910390fd5b509392505050565b5f5160206157995f395f51905f5281106112b257604051632051490960e21b815260048101829052602401610c51565b6040805160c080820183525f80835260208084018290528385018290526060808501839052608080860184905260a095860184905260ff89811685526012845293879020875180870189529054808616825262ffffff6101008204811683870152600160201b82048116838b0152600160381b8204811683860152600160501b820481168385015265ffffffffffff600160681b9092048216838a019081528a519889018b52968b16885260088b901c811688870152948a901c851698870198909852603889901c841692860192909252605088901c90921691840191909152905190931691810191909152839183906136db84828561406a565b50509250929050565b60ff81165f90815260146020526040812054613704906201518090615099565b905080421015610f0a57604051632244019b60e01b815260ff8316600482015260248101829052604401610c51565b5f6137538561374d87613747895f8a61356d565b8761356d565b8461356d565b95945050505050565b5f80620f42406137806001603f1b6001600160401b03604088013560a01c166154ce565b61378a91906154ed565b90505f5b6008811015613898575f856137a4836003615099565b600c81106137b4576137b4615085565b6020020135905060ff81165f8190036137ce575050613890565b5f6137ea6001603f1b6001600160401b03600886901c166154ce565b90505f6138086001603f1b6001600160401b03604887901c166154ce565b90505f8861381760018661510f565b61382290600261506e565b6010811061383257613832615085565b602002013590506001600160401b03808216905f9061385c906001603f1b90604086901c166154ce565b905061386884826154ce565b61387290836154ce565b61387c90866154ed565b613886908a61551c565b9850505050505050505b60010161378e565b505f81136138a6575f612555565b612555620f42408261553b565b816001600160a01b03168363ffffffff167fd09ad298aa087c7bd5e3663fa1e3b33328777cd9048a72bae87fbcf50468089e836040516138f591815260200190565b60405180910390a360408051808201909152600f546001600160801b038082168352600160801b90910416602082015261392d6112b5565b42101561399e576001600160a01b0383165f908152600d60205260408120805484929061395b908490615099565b9091555050805182908290613971908390615567565b6001600160801b0390811690915282516020909301518116600160801b02921691909117600f5550505050565b5f6139a761256a565b90505f8260200151835f01516139bd9190615567565b6001600160801b031682116139d2575f6139fa565b602083015183516001600160801b03918216916139f091168461510f565b6139fa919061510f565b90505f818510613a0a5781613a0c565b845b9050805f03613a3657604051635e3766d360e01b815263ffffffff88166004820152602401610c51565b8084602001818151613a489190615567565b6001600160801b0390811690915285516020808801518316600160801b029190921617600f556001600160a01b0388165f908152600c909152604081208054849350909190613a98908490615099565b90915550506040518181526001600160a01b0387169063ffffffff8916907f2f77fe94a69322a6e3966ca092748fc99f842de75ac56fa130903e72df7228749060200160405180910390a350505050505050565b5f80846006811115613b0057613b00614feb565b03613b0d57508115613c51565b6001846006811115613b2157613b21614feb565b03613b42578215801590613b3b5750613b3b8260a01c1590565b9050613c51565b6002846006811115613b5657613b56614feb565b03613b8a57613b668360a01c1590565b8015613b7157508215155b8015613b3b5750811580613b3b57505060018114613c51565b6003846006811115613b9e57613b9e614feb565b03613bc75782158015613bb75750613bb78260a01c1590565b8015613b3b575050801515613c51565b6004846006811115613bdb57613bdb614feb565b03613bf45782158015613b3b5750613b3b8260a01c1590565b6005846006811115613c0857613c08614feb565b03613c1e5782158015613b3b5750508015613c51565b8215801590613c2e575060088311155b8015613c3c5750606882901c155b90508015613c5157613c4e83836135e0565b50505b80613c7557838383604051630353af4360e11b8152600401610c519392919061501f565b50505050565b816001600160401b0316836001600160401b03161015613cc15760405163057ec3d360e21b81526001600160401b03808516600483015283166024820152604401610c51565b80613cd8620151806001600160401b038616615099565b1015613d165782613cec620151808361510f565b6040516335a6d4b360e21b81526001600160401b0390921660048301526024820152604401610c51565b5f613d2361038483615099565b905080846001600160401b03161115613c75576040516238fe5360e31b81526001600160401b038516600482015260248101829052604401610c51565b5f6001600160fd1b03600289898989898989604051602001613d889796959493929190615586565b60408051601f1981840301815290829052613da291615407565b602060405180830381855afa158015613dbd573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190613de0919061541d565b1698975050505050505050565b5f8060405b84811015613ff4575f868683818110613e0d57613e0d615085565b919091013560f81c9150506001610312821c81169003613f88576001600160401b0385165f9081526009602052604090819020549060fe199082901c60ff1601613ea1576001600160401b038087165f9081526009602052604080822082905591831681529081205580613e82816001615122565b6001600160401b0381165f908152600960205260409020549097509150505b5f6040848a015f3760048303613eb6575f6020535b60088303613ec3575f603f535b5060405f2081811868ffffffffffffffffff1916151580613eee57508260ff16604083901c60ff1614155b15613f1757604051630b7efa8360e21b81526001600160401b0388166004820152602401610c51565b6001600160401b0387165f90815260096020526040812055613f38876155d9565b96505f1960ff841601613f5057613f508989866148f2565b60ff831660041480613f65575060ff83166008145b15613f8157613f7589898661496a565b613f7e85615603565b94505b5050613fe1565b60021960ff821601613fa457613f9f878784614a16565b613fe1565b600960ff82161115613fe157613fbb6040836150fc565b60405163a04eeeb160e01b8152600481019190915260ff82166024820152604401610c51565b50613fed604082615099565b9050613df2565b50801561401e57614008629896808261506e565b60035f828254614018919061510f565b90915550505b50909392505050565b5f80601081614037818087610f0e565b81526020019081526020015f20549050805f14158015614063575061405f6212750082615099565b4211155b9392505050565b815160ff8116600114801590614084575060ff8116600214155b806140915750815160ff16155b806140a257508151600360ff909116115b806140b357506140b182614ad2565b155b156140d65760405163435c219f60e11b815260ff85166004820152602401610c51565b816040516020016140e7919061561b565b604051602081830303815290604052805190602001208360405160200161410e919061561b565b6040516020818303038152906040528051906020012003613c7557604051634a4f905d60e11b815260ff85166004820152602401610c51565b8162ffffff168162ffffff16101561417757604051633536bddd60e21b815260ff84166004820152602401610c51565b8162ffffff168162ffffff160361418d57505050565b61c35061419a838361567d565b62ffffff1611156141c35760405163478eb87960e01b815260ff84166004820152602401610c51565b6207a1208162ffffff16111561304c5760405163012ac1ad60e61b815260ff84166004820152602401610c51565b5f61420260c0830160a08401614fd2565b6001600160401b031690505f61421e60e0840160c08501614fd2565b6001600160401b031690505f614234828461506e565b9050620f424061424a6060860160408701614f6d565b63ffffffff166142606040870160208801614f6d565b63ffffffff16148061428b575063010000006142826040870160208801614f6d565b63ffffffff1610155b806142af575063010000006142a66060870160408801614f6d565b63ffffffff1610155b806142ca57506142c56080860160608701614cc9565b60ff16155b806142e7575060086142e26080870160608801614cc9565b60ff16115b806142f0575083155b806142ff5750600160301b8410155b80614308575082155b806143175750600160301b8310155b8061432a575061432781836150e9565b15155b806143425750600160381b61433f82846150fc565b10155b15610ea257604051632e96669760e21b815260040160405180910390fd5b5f6041821461438257604051638baa579f60e01b815260040160405180910390fd5b5f6143906020828587615260565b61439991615287565b90505f6143aa604060208688615260565b6143b391615287565b90505f858560408181106143c9576143c9615085565b919091013560f81c915050601b81148015906143e957508060ff16601c14155b8061441357507f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a082115b1561443157604051638baa579f60e01b815260040160405180910390fd5b7f19457468657265756d205369676e6564204d6573736167653a0a3332000000005f908152601c889052603c8120604080519283526020830180825282905260ff84169083015260608201859052608082018490529060019060a0016020604051602081039080840390855afa1580156144ad573d5f5f3e3d5ffd5b5050604051601f1901519550506001600160a01b0385166122b457604051638baa579f60e01b815260040160405180910390fd5b5f60086144f46080860160608701614cc9565b61450460a0870160808801615219565b6145146040880160208901614f6d565b6145246060890160408a01614f6d565b61453460c08a0160a08b01614fd2565b61454460e08b0160c08c01614fd2565b89895f604051602001610f249a99989796959493929190615698565b6298968060035f8282546145749190615099565b909155505060405133602482015230604482015262989680606482015261459d90608401610e73565b565b6001545f906001600160401b03600160801b909104811690841610156145e357604051630229b9d560e11b81526001600160401b0384166004820152602401610c51565b506001600160401b0382165f908152600960205260409020548015806146145750600160ff604083901c1683901c16155b1561129657604051630229b9d560e11b81526001600160401b0384166004820152602401610c51565b5f80600485858581811061465357614653615085565b9050013560f81c60f81b60f81c60ff16036146bd57848385614676826020615099565b9261468393929190615260565b61468c91615287565b9150848461469b602086615099565b8181106146aa576146aa615085565b9091013560f81c60011491506147189050565b84846146ca85600b615099565b906146d686602b615099565b926146e393929190615260565b6146ec91615287565b915084846146fb603f86615099565b81811061470a5761470a615085565b9091013560f81c6001149150505b935093915050565b600154819081906001600160401b03600160801b90910481169082161115614785575f600981614751600187615779565b6001600160401b031681526020019081526020015f2054905060ff8016604082901c60ff160361478357604881901c92505b505b5f60098161479d6001600160401b0387166001615099565b81526020019081526020015f2054905060ff8016604082901c60ff16036147c2578091505b6001600160401b038381165f8181526009602052604080822070ffffffffffffffff000000000000000000604889901b1685881690811760ff60401b1791829055835291208190559186161480159061482d5750826001600160401b0316856001600160401b031614155b15610ea2576001600160401b0385165f9081526009602052604090208190555050505050565b604051606090614870906004908690869086905f906020016153ae565b60405160208183030381529060405290509392505050565b5f60405160208152602080820152602060408201528260608201527f183227397098d014dc2822db40c0ac2e9419f4243cdcb848a1f0fac9f800000060808201525f5160206157995f395f51905f5260a082015260208160c08360055afa90516001141692915050565b60a0838284614902826020615099565b9261490f93929190615260565b61491891615287565b600e80549190921c66ffffffffffffff1691905f906149419084906001600160801b0316615567565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550505050565b5f5f61497785858561463d565b91509150806149ac57335f908152600c6020526040812080546298968092906149a1908490615099565b90915550610ea29050565b60048585858181106149c0576149c0615085565b9050013560f81c60f81b60f81c60ff16036149e0576149e0858585614a16565b6001600160a01b0382165f908152600c602052604081208054629896809290614a0a908490615099565b90915550505050505050565b5f838284614a25826020615099565b92614a3293929190615260565b614a3b91615287565b6001600160a01b0381165f908152600c60205260408120805492935060a084901c9266ffffffffffffff84169290614a74908490615099565b9091555050600e805466ffffffffffffff83169190601090614aa7908490600160801b90046001600160801b0316615567565b92506101000a8154816001600160801b0302191690836001600160801b031602179055505050505050565b5f816040015162ffffff165f1480614afb5750816020015162ffffff16826040015162ffffff16115b80614b115750620f4240826020015162ffffff16115b15614b1d57505f919050565b8160a0015165ffffffffffff165f03614b5057606082015162ffffff161580156112965750506080015162ffffff161590565b816060015162ffffff16826020015162ffffff1611158015614b7e5750620f4240826060015162ffffff1611155b8015614b9c5750816080015162ffffff16826040015162ffffff1611155b80156112965750816060015162ffffff16826080015162ffffff16111592915050565b6040518061010001604052806008906020820280368337509192915050565b803563ffffffff81168114614bf1575f5ffd5b919050565b5f5f60408385031215614c07575f5ffd5b614c1083614bde565b946020939093013593505050565b5f60208284031215614c2e575f5ffd5b5035919050565b80356001600160a01b0381168114614bf1575f5ffd5b5f60208284031215614c5b575f5ffd5b61406382614c35565b5f5f5f60608486031215614c76575f5ffd5b833560078110614c84575f5ffd5b95602085013595506040909401359392505050565b5f5f60408385031215614caa575f5ffd5b50508035926020909101359150565b803560ff81168114614bf1575f5ffd5b5f60208284031215614cd9575f5ffd5b61406382614cb9565b5f5f6101608385031215614cf4575f5ffd5b610140830184811115614d05575f5ffd5b9294923593505050565b5f5f5f5f5f6106c08688031215614d24575f5ffd5b614d2d86614bde565b94506101a0860187811115614d40575f5ffd5b6020870194506104a0870188811115614d57575f5ffd5b9093506106a087019088821115614d6c575f5ffd5b9598949750929550509035919050565b80356001600160401b0381168114614bf1575f5ffd5b5f5f83601f840112614da2575f5ffd5b5081356001600160401b03811115614db8575f5ffd5b602083019150836020828501011115614dcf575f5ffd5b9250929050565b5f5f5f5f5f5f60808789031215614deb575f5ffd5b86359550614dfb60208801614d7c565b945060408701356001600160401b03811115614e15575f5ffd5b614e2189828a01614d92565b90955093505060608701356001600160401b03811115614e3f575f5ffd5b614e4b89828a01614d92565b979a9699509497509295939492505050565b803562ffffff81168114614bf1575f5ffd5b5f5f5f5f5f60a08688031215614e83575f5ffd5b614e8c86614cb9565b9450614e9a60208701614e5d565b9350614ea860408701614e5d565b9250614eb660608701614e5d565b9150614ec460808701614e5d565b90509295509295909350565b5f6101208284031215614ee1575f5ffd5b50919050565b5f5f5f6101408486031215614efa575f5ffd5b614f048585614ed0565b92506101208401356001600160401b03811115614f1f575f5ffd5b614f2b86828701614d92565b9497909650939450505050565b5f5f5f60408486031215614f4a575f5ffd5b614f5384614d7c565b925060208401356001600160401b03811115614f1f575f5ffd5b5f60208284031215614f7d575f5ffd5b61406382614bde565b5f6101208284031215614f97575f5ffd5b6140638383614ed0565b610100810181835f5b6008811015614fc9578151835260209283019290910190600101614faa565b50505092915050565b5f60208284031215614fe2575f5ffd5b61406382614d7c565b634e487b7160e01b5f52602160045260245ffd5b6007811061501b57634e487b7160e01b5f52602160045260245ffd5b9052565b6060810161502d8286614fff565b602082019390935260400152919050565b634e487b7160e01b5f52601160045260245ffd5b63ffffffff81811683821601908111156112965761129661503e565b80820281158282048414176112965761129661503e565b634e487b7160e01b5f52603260045260245ffd5b808201808211156112965761129661503e565b608081016150ba8287614fff565b84602083015283604083015282606083015295945050505050565b634e487b7160e01b5f52601260045260245ffd5b5f826150f7576150f76150d5565b500690565b5f8261510a5761510a6150d5565b500490565b818103818111156112965761129661503e565b6001600160401b0381811683821601908111156112965761129661503e565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f61517c604083018587615141565b905060208201835f5b60018110156151a4578151835260209283019290910190600101615185565b505050949350505050565b8581526001600160401b03851660208201526001600160401b0384166040820152608060608201525f6151e6608083018486615141565b979650505050505050565b6101608101610140848337826101408301529392505050565b80358015158114614bf1575f5ffd5b5f60208284031215615229575f5ffd5b6140638261520a565b6001600160801b0382811682821603908111156112965761129661503e565b818382375f9101908152919050565b5f5f8585111561526e575f5ffd5b8386111561527a575f5ffd5b5050820193919092039150565b80356020831015611296575f19602084900360031b1b1692915050565b848152602081018490526001600160a01b0383811660408301526101808201906152cd84614c35565b16606083015263ffffffff6152e460208501614bde565b1660808301526152f660408401614bde565b63ffffffff1660a083015261530d60608401614cb9565b60ff1660c08301526153216080840161520a565b151560e083015261533460a08401614d7c565b6001600160401b031661010083015261534f60c08401614d7c565b6001600160401b031661012083015261536a60e08401614d7c565b6001600160401b03166101408301526153866101008401614d7c565b6001600160401b0381166101608401525095945050505050565b602081016112968284614fff565b60f89590951b6001600160f81b031916855260e09390931b6001600160e01b031916600185015260c89190911b6001600160c81b031916600584015260601b6001600160601b031916600c830152602082015260400190565b5f82518060208501845e5f920191825250919050565b5f6020828403121561542d575f5ffd5b5051919050565b6001600160f81b031960f88b811b821683528a811b8216600184015289901b1660028201526001600160e81b031960e888811b8216600384015287811b8216600684015286901b16600982015261549a600c82018560e81b6001600160e81b0319169052565b82600f8201526154be602f8201836effffffffffffffffffffffffffffff19169052565b6040019998505050505050505050565b8181035f8312801583831316838312821617156129ce576129ce61503e565b8082025f8212600160ff1b841416156155085761550861503e565b81810583148215176112965761129661503e565b8082018281125f8312801582168215821617156110d8576110d861503e565b5f82615549576155496150d5565b600160ff1b82145f19841416156155625761556261503e565b500590565b6001600160801b0381811683821601908111156112965761129661503e565b8781528660208201526001600160401b0360c01b8660c01b1660408201526001600160401b0360c01b8560c01b166048820152836050820152818360708301375f91016070019081529695505050505050565b5f6001600160401b0382166001600160401b0381036155fa576155fa61503e565b60010192915050565b5f600182016156145761561461503e565b5060010190565b5f60c08201905060ff835116825262ffffff602084015116602083015262ffffff604084015116604083015262ffffff606084015116606083015262ffffff608084015116608083015265ffffffffffff60a08401511660a083015292915050565b62ffffff82811682821603908111156112965761129661503e565b60f88b811b6001600160f81b031990811683528b821b166001830152891515901b600282015260e088901b6001600160e01b03191660038201526156eb600782018860e01b6001600160e01b0319169052565b615704600b82018760d01b6001600160d01b0319169052565b61571d601182018660d01b6001600160d01b0319169052565b615736601782018560601b6001600160601b0319169052565b61574f602b82018460601b6001600160601b0319169052565b615768603f82018360f81b6001600160f81b0319169052565b6040019a9950505050505050505050565b6001600160401b0382811682821603908111156112965761129661503e56fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001a164736f6c634300081c000a610d8b80600b5f395ff3007f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016020355f35828210838210166033575f5ffd5b81810191820191017f1da4d6adfb0d0b494584f763db50a81908580a5f5e295e168b9b8d31770fac4f018281800983908009839109907f0946129a2e33b4e819707a56a3b3790eab80d0a0c7a0c63451fab2a59acc074c01828180098390800983910981810190810191017f2a39b9d5376afd35580abd6952986570867b87303b07140268794dad4b8f82ea018281800983908009839109907f27605717d1245c20c546b3c7014e5fa3e4a70e66ecd6de5d32448eea5e3069b201828180098390800983910981810190810191017f24c896cb2594e17b973653193a470ed7e771ebb09a228d638e50809c03773632018281800983908009839109907f0911096c45dd9cda0d61d783957003db6d8701c7869a919ad8042e1b7d597a49018281800983908009839109818101908390820891017f26ff6166f1e4b99e27eee6d352a8ce26f1daba01aad28021f11f38a70603afdc01828180098390800983910982826003028208918101017f008e2faedcf76d08ad6591ff90e50fea79bcb5e18cfb7d954d5b89437bf64b7e01828180098390800983910982826003028208918101017f19c9da2379b598ace3ad4d1872470830f6184a3cec71eeb632f98820eb353d7801828180098390800983910982826003028208918101017f0f7c4eb15d8b0b62a8f6a090ec9610a2ab3dfcdb57e2539aa459a40583dfe96b01828180098390800983910982826003028208918101017f18b99417dc26b5e079750eba282362d1d46900b47dd5ff809171588b08ac398301828180098390800983910982826003028208918101017f1ee044081160b3eee2d4493feab82141c73f1c054b76320a8848af08a8d91a2601828180098390800983910982826003028208918101017f29bb95c8763efd3e0e87f5df12ee8a150455b6d7a14780d19122220366c258dc01828180098390800983910982826003028208918101017f22c23eec9cb13ff8a3ee9a363d740653215e8991f7f9ec12067b4705e9a5c9fb01828180098390800983910982826003028208918101017f23589e033a31a667680c8b18926c3be09115c7644c4f905cc7deefc1690b42dc01828180098390800983910982826003028208918101017f304e99b887f2e1e92c9c0cde5f2bdd4764f60b98a219f1f0dd64ec938a6a247c01828180098390800983910982826003028208918101017f22e817865236ad3a76fbe88bbdf31fcae792f326271d53a3a493b2de7f7d8b4c01828180098390800983910982826003028208918101017f10c9efe573e86fa5b238a3f5c70a00bf02bc7dcfcc4878e026b77c881dc8b1c901828180098390800983910982826003028208918101017f0a94f16be920d85f4d6f80e745c6bddbc084f309edffef023ea283c72b89bbb601828180098390800983910982826003028208918101017f23ed72b4d01d14e3c7888fedb770494abc2c1ea81d6465b5df3da0ebcd69101a01828180098390800983910982826003028208918101017f17c5115640e4cebeed0e6cbb511ac38498df815a77cb162de8d8f1022eb6bb7401828180098390800983910982826003028208918101017f2e507fcca290d0d9cf765245750eb04773e09e1fc813959fb99680a82772e4fc01828180098390800983910982826003028208918101017f0d4a98999f5b39176af6cce65c8d12162433f055cb71d70dfc8803013292bbbf01828180098390800983910982826003028208918101017f238d8022cc09c21ab3c01261a03dc125321d829e22a7a3b7a1bd3c335eccfa2101828180098390800983910982826003028208918101017f010cd8e4c2b7051cb81dc8292e35d8e943ce365613d5b39770e454ed9f4ae16501828180098390800983910982826003028208918101017f088027e54f2a3604b11178cf0ea3c6aa861173a90fb231238e03539590ecc02701828180098390800983910982826003028208918101017f1b840f5311a2b1d4b4cd7aa7e5a9a6d161165468daa938108302b73e464819db01828180098390800983910982826003028208918101017f2bf51a5da1828a1cf9b764b1e16c15929a3a346e44198ea0cb366fcd8db78dc101828180098390800983910982826003028208918101017f206ad089d8d296ffe68a6a86767a7fe726b8872f9c7beef9d56a3a50f6f2382701828180098390800983910982826003028208918101017f24d19193171494fa1a54e0a99ac16d05eaec4b6d617c7c199fc07ff88eac550c01828180098390800983910982826003028208918101017f1dd654a2ca9d9f24f33d88246a40dfb32c40662278b9c0b995d9f9fbaf15213801828180098390800983910982826003028208918101017f0d171025c925f6e259d20ecbd3a601108c85f05b0fe7793b8acf57f3789785e401828180098390800983910982826003028208918101017f055bef435a43aec245cd99ccb0f7c8791d9e8cf2b80d95dd98b9908fed877d5501828180098390800983910982826003028208918101017f10d2ac8c61c8a2e88a2a3f42d9359a14be63d0ad4cfd9f203b75765d0e595f0e01828180098390800983910982826003028208918101017f103479710e70996982a84057ec3ba6b2254d7966ddc41e85296e3d0790dcfa5601828180098390800983910982826003028208918101017f2a366f0448fda3c05914ffb48c765da8de96f9aa340db1638225f8372921807b01828180098390800983910982826003028208918101017f16be0fb8ef62da17919b6e0378d00594153bb8899aeb686c04626b63285837a401828180098390800983910982826003028208918101017f0417038500e9d06c60abbc7f0d0d24c32dec8a0b2aa5a4d52cfd8c78a15bc37001828180098390800983910982826003028208918101017f26a6873b43ffd2ccf66ec6f4493ff9b54f4d76480bc486a3e5a0308fdd01381201828180098390800983910982826003028208918101017f0a3314a838f32630a96251914fe5ad262f3db9b2aa8aa9f7391922d36278c49801828180098390800983910982826003028208918101017f0fde0c5429a6beb07f462d4821f48f86aeadb46a090b15a044f4b59399027da401828180098390800983910982826003028208918101017f0abc2d5049972a6b9b357e4163793b0bb517e1eb535a984df11a1c89cda2c8a901828180098390800983910982826003028208918101017f0dab51d6e3ebfa661d21722fb21e55051b427a5f173f7f17735205dbb77c464e01828180098390800983910982826003028208918101017f29c36622598b511d51af6cc37123652fb21be5c2d68fb8efe9b92e70a8c1ae0301828180098390800983910982826003028208918101017f2c03ec80adac2a33ae846bc0b700d0bcc41c4096e53ac6990d6bbe7ea2fbc85c01828180098390800983910982826003028208918101017f0918fdbe9cf3a59fbdb4c6852d065105317303116017d893b8b521e3cebe1e0d01828180098390800983910982826003028208918101017f1f19ec22e69ca33f599dd13cd7e495a8176a79df4f7acf79a9d2135acabe235901828180098390800983910982826003028208918101017f1c4b037c8ae85ee1eb32b872eb7f76928c4c76b29ceb001346447b291108070401828180098390800983910982826003028208918101017f2b68900ed906616d6c826d0bde341766ba3131e04d420de5af0a69c534efd8db01828180098390800983910982826003028208918101017f20ca92aa222fcc69448f8dac653c8daaa180ff6dfb397cef723d4f0c782bc7f001828180098390800983910982826003028208918101017f10d22d05bdff6bb375276fc82057db337045a5ab7ac053941f6186289b66b2b601828180098390800983910982826003028208918101017f0b1ffdbb529367bb98f32ba45784cb435aa910b4a00636d1e5ca79e88bdd6cd901828180098390800983910982826003028208918101017f2da32b38e7984bc2ed757ec705eccf8282c7b4f82e5e515f6f89bcc33022ce9f01828180098390800983910982826003028208918101017f042593ad87403f6d2674b8b55a886725b87eb33958031e94d292cecc6abed1bb01828180098390800983910982826003028208918101017f181fa1b4d067783a19d7367bf49b3f01051faedab463a6de9308fbd6e7d419f101828180098390800983910982826003028208918101017f15aaa6cc9b7900b15683c95515c26028a8e35b00ed8a815c34927188c60de66001828180098390800983910982826003028208918101017f1bf28a93209084bbbc63234f057254c280b1a636f5a0eced6787320212f75a7a018281800983908009839109907f1cdb8c8bee5426f02cd9e229776118f156273b312f805c8e6f8c9d81a620cb6f01828180098390800983910981810190810191017f08299c0abf196d53162e0facb5f1876f516df2505cc387a0f8ea0e8760d5ca7e018281800983908009839109907f221643d205fe82778a7b7b58cb65c4962d76c0072cabd1124117269d7c710b8a01828180098390800983910981810190810191017f2d036a95f81cf49bb7a0143a28c88767f6bd10c3f74b22db487920d43343dbff018281800983908009839109907f08a50897c06aafe6ea414fb1bceca2267cd4a39486729fbc6d5d1bb7a172ebd2018281800983908009839109818101908101910150602035085f5260205ff3",
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

// PackESCAPECLAIMWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1101ba6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ESCAPE_CLAIM_WINDOW() view returns(uint256)
func (rollup *Rollup) PackESCAPECLAIMWINDOW() []byte {
	enc, err := rollup.abi.Pack("ESCAPE_CLAIM_WINDOW")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackESCAPECLAIMWINDOW is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1101ba6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ESCAPE_CLAIM_WINDOW() view returns(uint256)
func (rollup *Rollup) TryPackESCAPECLAIMWINDOW() ([]byte, error) {
	return rollup.abi.Pack("ESCAPE_CLAIM_WINDOW")
}

// UnpackESCAPECLAIMWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd1101ba6.
//
// Solidity: function ESCAPE_CLAIM_WINDOW() view returns(uint256)
func (rollup *Rollup) UnpackESCAPECLAIMWINDOW(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("ESCAPE_CLAIM_WINDOW", data)
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

// PackGUARDIANMAXFRACTIONPPM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d634f5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GUARDIAN_MAX_FRACTION_PPM() view returns(uint256)
func (rollup *Rollup) PackGUARDIANMAXFRACTIONPPM() []byte {
	enc, err := rollup.abi.Pack("GUARDIAN_MAX_FRACTION_PPM")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGUARDIANMAXFRACTIONPPM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d634f5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GUARDIAN_MAX_FRACTION_PPM() view returns(uint256)
func (rollup *Rollup) TryPackGUARDIANMAXFRACTIONPPM() ([]byte, error) {
	return rollup.abi.Pack("GUARDIAN_MAX_FRACTION_PPM")
}

// UnpackGUARDIANMAXFRACTIONPPM is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d634f5f.
//
// Solidity: function GUARDIAN_MAX_FRACTION_PPM() view returns(uint256)
func (rollup *Rollup) UnpackGUARDIANMAXFRACTIONPPM(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("GUARDIAN_MAX_FRACTION_PPM", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGUARDIANMAXRAISEPPM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a5ea30c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GUARDIAN_MAX_RAISE_PPM() view returns(uint256)
func (rollup *Rollup) PackGUARDIANMAXRAISEPPM() []byte {
	enc, err := rollup.abi.Pack("GUARDIAN_MAX_RAISE_PPM")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGUARDIANMAXRAISEPPM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9a5ea30c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function GUARDIAN_MAX_RAISE_PPM() view returns(uint256)
func (rollup *Rollup) TryPackGUARDIANMAXRAISEPPM() ([]byte, error) {
	return rollup.abi.Pack("GUARDIAN_MAX_RAISE_PPM")
}

// UnpackGUARDIANMAXRAISEPPM is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a5ea30c.
//
// Solidity: function GUARDIAN_MAX_RAISE_PPM() view returns(uint256)
func (rollup *Rollup) UnpackGUARDIANMAXRAISEPPM(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("GUARDIAN_MAX_RAISE_PPM", data)
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

// PackMARKETPARAMSCOOLDOWN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb465dae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MARKET_PARAMS_COOLDOWN() view returns(uint256)
func (rollup *Rollup) PackMARKETPARAMSCOOLDOWN() []byte {
	enc, err := rollup.abi.Pack("MARKET_PARAMS_COOLDOWN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMARKETPARAMSCOOLDOWN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb465dae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MARKET_PARAMS_COOLDOWN() view returns(uint256)
func (rollup *Rollup) TryPackMARKETPARAMSCOOLDOWN() ([]byte, error) {
	return rollup.abi.Pack("MARKET_PARAMS_COOLDOWN")
}

// UnpackMARKETPARAMSCOOLDOWN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb465dae.
//
// Solidity: function MARKET_PARAMS_COOLDOWN() view returns(uint256)
func (rollup *Rollup) UnpackMARKETPARAMSCOOLDOWN(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("MARKET_PARAMS_COOLDOWN", data)
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

// PackConfigEverCurrent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabca03ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configEverCurrent(bytes32 configHash) view returns(bool)
func (rollup *Rollup) PackConfigEverCurrent(configHash [32]byte) []byte {
	enc, err := rollup.abi.Pack("configEverCurrent", configHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigEverCurrent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabca03ec.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configEverCurrent(bytes32 configHash) view returns(bool)
func (rollup *Rollup) TryPackConfigEverCurrent(configHash [32]byte) ([]byte, error) {
	return rollup.abi.Pack("configEverCurrent", configHash)
}

// UnpackConfigEverCurrent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xabca03ec.
//
// Solidity: function configEverCurrent(bytes32 configHash) view returns(bool)
func (rollup *Rollup) UnpackConfigEverCurrent(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("configEverCurrent", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
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

// PackConfigPublished is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18ec160d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configPublished(bytes32 configHash) view returns(bool)
func (rollup *Rollup) PackConfigPublished(configHash [32]byte) []byte {
	enc, err := rollup.abi.Pack("configPublished", configHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackConfigPublished is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18ec160d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function configPublished(bytes32 configHash) view returns(bool)
func (rollup *Rollup) TryPackConfigPublished(configHash [32]byte) ([]byte, error) {
	return rollup.abi.Pack("configPublished", configHash)
}

// UnpackConfigPublished is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18ec160d.
//
// Solidity: function configPublished(bytes32 configHash) view returns(bool)
func (rollup *Rollup) UnpackConfigPublished(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("configPublished", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
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

// PackEscapeClaims is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e0c7c72.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escapeClaims(address ) view returns(uint256)
func (rollup *Rollup) PackEscapeClaims(arg0 common.Address) []byte {
	enc, err := rollup.abi.Pack("escapeClaims", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscapeClaims is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e0c7c72.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escapeClaims(address ) view returns(uint256)
func (rollup *Rollup) TryPackEscapeClaims(arg0 common.Address) ([]byte, error) {
	return rollup.abi.Pack("escapeClaims", arg0)
}

// UnpackEscapeClaims is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e0c7c72.
//
// Solidity: function escapeClaims(address ) view returns(uint256)
func (rollup *Rollup) UnpackEscapeClaims(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("escapeClaims", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEscapePool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2629cba.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escapePool() view returns(uint256)
func (rollup *Rollup) PackEscapePool() []byte {
	enc, err := rollup.abi.Pack("escapePool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscapePool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2629cba.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escapePool() view returns(uint256)
func (rollup *Rollup) TryPackEscapePool() ([]byte, error) {
	return rollup.abi.Pack("escapePool")
}

// UnpackEscapePool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2629cba.
//
// Solidity: function escapePool() view returns(uint256)
func (rollup *Rollup) UnpackEscapePool(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("escapePool", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEscapeShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5a9dda6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escapeShare(uint256 claim) view returns(uint256)
func (rollup *Rollup) PackEscapeShare(claim *big.Int) []byte {
	enc, err := rollup.abi.Pack("escapeShare", claim)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscapeShare is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa5a9dda6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escapeShare(uint256 claim) view returns(uint256)
func (rollup *Rollup) TryPackEscapeShare(claim *big.Int) ([]byte, error) {
	return rollup.abi.Pack("escapeShare", claim)
}

// UnpackEscapeShare is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa5a9dda6.
//
// Solidity: function escapeShare(uint256 claim) view returns(uint256)
func (rollup *Rollup) UnpackEscapeShare(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("escapeShare", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackEscapeTotals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcedeabf2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escapeTotals() view returns(uint128 claims, uint128 lateCredited)
func (rollup *Rollup) PackEscapeTotals() []byte {
	enc, err := rollup.abi.Pack("escapeTotals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscapeTotals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcedeabf2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escapeTotals() view returns(uint128 claims, uint128 lateCredited)
func (rollup *Rollup) TryPackEscapeTotals() ([]byte, error) {
	return rollup.abi.Pack("escapeTotals")
}

// EscapeTotalsOutput serves as a container for the return parameters of contract
// method EscapeTotals.
type EscapeTotalsOutput struct {
	Claims       *big.Int
	LateCredited *big.Int
}

// UnpackEscapeTotals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcedeabf2.
//
// Solidity: function escapeTotals() view returns(uint128 claims, uint128 lateCredited)
func (rollup *Rollup) UnpackEscapeTotals(data []byte) (EscapeTotalsOutput, error) {
	out, err := rollup.abi.Unpack("escapeTotals", data)
	outstruct := new(EscapeTotalsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Claims = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.LateCredited = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackEscapeWindowEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e6df511.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escapeWindowEnd() view returns(uint256)
func (rollup *Rollup) PackEscapeWindowEnd() []byte {
	enc, err := rollup.abi.Pack("escapeWindowEnd")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscapeWindowEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e6df511.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escapeWindowEnd() view returns(uint256)
func (rollup *Rollup) TryPackEscapeWindowEnd() ([]byte, error) {
	return rollup.abi.Pack("escapeWindowEnd")
}

// UnpackEscapeWindowEnd is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e6df511.
//
// Solidity: function escapeWindowEnd() view returns(uint256)
func (rollup *Rollup) UnpackEscapeWindowEnd(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("escapeWindowEnd", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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

// PackEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2fdcc17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrow() view returns(uint128 deposited, uint128 credited)
func (rollup *Rollup) PackEscrow() []byte {
	enc, err := rollup.abi.Pack("escrow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2fdcc17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrow() view returns(uint128 deposited, uint128 credited)
func (rollup *Rollup) TryPackEscrow() ([]byte, error) {
	return rollup.abi.Pack("escrow")
}

// EscrowOutput serves as a container for the return parameters of contract
// method Escrow.
type EscrowOutput struct {
	Deposited *big.Int
	Credited  *big.Int
}

// UnpackEscrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2fdcc17.
//
// Solidity: function escrow() view returns(uint128 deposited, uint128 credited)
func (rollup *Rollup) UnpackEscrow(data []byte) (EscrowOutput, error) {
	out, err := rollup.abi.Unpack("escrow", data)
	outstruct := new(EscrowOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Deposited = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Credited = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
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

// PackMarketParamsQueuedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x548997e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function marketParamsQueuedAt(uint256 market) view returns(uint256)
func (rollup *Rollup) PackMarketParamsQueuedAt(market *big.Int) []byte {
	enc, err := rollup.abi.Pack("marketParamsQueuedAt", market)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarketParamsQueuedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x548997e0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function marketParamsQueuedAt(uint256 market) view returns(uint256)
func (rollup *Rollup) TryPackMarketParamsQueuedAt(market *big.Int) ([]byte, error) {
	return rollup.abi.Pack("marketParamsQueuedAt", market)
}

// UnpackMarketParamsQueuedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x548997e0.
//
// Solidity: function marketParamsQueuedAt(uint256 market) view returns(uint256)
func (rollup *Rollup) UnpackMarketParamsQueuedAt(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("marketParamsQueuedAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
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

// PackWithdrawPartial is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1211540c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawPartial(uint256 amount) returns()
func (rollup *Rollup) PackWithdrawPartial(amount *big.Int) []byte {
	enc, err := rollup.abi.Pack("withdrawPartial", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawPartial is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1211540c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawPartial(uint256 amount) returns()
func (rollup *Rollup) TryPackWithdrawPartial(amount *big.Int) ([]byte, error) {
	return rollup.abi.Pack("withdrawPartial", amount)
}

// PackWithdrawable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce513b6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawable(address owner) view returns(uint256)
func (rollup *Rollup) PackWithdrawable(owner common.Address) []byte {
	enc, err := rollup.abi.Pack("withdrawable", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce513b6f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawable(address owner) view returns(uint256)
func (rollup *Rollup) TryPackWithdrawable(owner common.Address) ([]byte, error) {
	return rollup.abi.Pack("withdrawable", owner)
}

// UnpackWithdrawable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce513b6f.
//
// Solidity: function withdrawable(address owner) view returns(uint256)
func (rollup *Rollup) UnpackWithdrawable(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("withdrawable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
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

// RollupEscapeCredited represents a EscapeCredited event raised by the Rollup contract.
type RollupEscapeCredited struct {
	AccountId uint32
	Owner     common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const RollupEscapeCreditedEventName = "EscapeCredited"

// ContractEventName returns the user-defined event name.
func (RollupEscapeCredited) ContractEventName() string {
	return RollupEscapeCreditedEventName
}

// UnpackEscapeCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscapeCredited(uint32 indexed accountId, address indexed owner, uint256 amount)
func (rollup *Rollup) UnpackEscapeCreditedEvent(log *types.Log) (*RollupEscapeCredited, error) {
	event := "EscapeCredited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupEscapeCredited)
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
	if bytes.Equal(raw[:4], rollup.abi.Errors["AmountExceedsCredit"].ID.Bytes()[:4]) {
		return rollup.UnpackAmountExceedsCreditError(raw[4:])
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
	if bytes.Equal(raw[:4], rollup.abi.Errors["ConfigNotPublished"].ID.Bytes()[:4]) {
		return rollup.UnpackConfigNotPublishedError(raw[4:])
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
	if bytes.Equal(raw[:4], rollup.abi.Errors["EscapeWindowOpen"].ID.Bytes()[:4]) {
		return rollup.UnpackEscapeWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["GuardianCannotCancel"].ID.Bytes()[:4]) {
		return rollup.UnpackGuardianCannotCancelError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["GuardianCannotLower"].ID.Bytes()[:4]) {
		return rollup.UnpackGuardianCannotLowerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["GuardianFractionTooHigh"].ID.Bytes()[:4]) {
		return rollup.UnpackGuardianFractionTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["GuardianRaiseTooLarge"].ID.Bytes()[:4]) {
		return rollup.UnpackGuardianRaiseTooLargeError(raw[4:])
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
	if bytes.Equal(raw[:4], rollup.abi.Errors["MarketParamsCooldown"].ID.Bytes()[:4]) {
		return rollup.UnpackMarketParamsCooldownError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["MarketParamsUnchanged"].ID.Bytes()[:4]) {
		return rollup.UnpackMarketParamsUnchangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NoBatchSizes"].ID.Bytes()[:4]) {
		return rollup.UnpackNoBatchSizesError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NoEscapeSurplus"].ID.Bytes()[:4]) {
		return rollup.UnpackNoEscapeSurplusError(raw[4:])
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

// RollupAmountExceedsCredit represents a AmountExceedsCredit error raised by the Rollup contract.
type RollupAmountExceedsCredit struct {
	Amount *big.Int
	Credit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountExceedsCredit(uint256 amount, uint256 credit)
func RollupAmountExceedsCreditErrorID() common.Hash {
	return common.HexToHash("0xd2d7b07c38063dc7bdacc1ecd193c0a50feaf4dc1a45883f15753a88bedb24fb")
}

// UnpackAmountExceedsCreditError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountExceedsCredit(uint256 amount, uint256 credit)
func (rollup *Rollup) UnpackAmountExceedsCreditError(raw []byte) (*RollupAmountExceedsCredit, error) {
	out := new(RollupAmountExceedsCredit)
	if err := rollup.abi.UnpackIntoInterface(out, "AmountExceedsCredit", raw); err != nil {
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

// RollupConfigNotPublished represents a ConfigNotPublished error raised by the Rollup contract.
type RollupConfigNotPublished struct {
	ConfigHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ConfigNotPublished(bytes32 configHash)
func RollupConfigNotPublishedErrorID() common.Hash {
	return common.HexToHash("0x7092d15d22420fd83cf1df78ef1cb8fa70ff0b6f1c65af25d7ce28359f00085a")
}

// UnpackConfigNotPublishedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ConfigNotPublished(bytes32 configHash)
func (rollup *Rollup) UnpackConfigNotPublishedError(raw []byte) (*RollupConfigNotPublished, error) {
	out := new(RollupConfigNotPublished)
	if err := rollup.abi.UnpackIntoInterface(out, "ConfigNotPublished", raw); err != nil {
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

// RollupEscapeWindowOpen represents a EscapeWindowOpen error raised by the Rollup contract.
type RollupEscapeWindowOpen struct {
	WindowEnd *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscapeWindowOpen(uint256 windowEnd)
func RollupEscapeWindowOpenErrorID() common.Hash {
	return common.HexToHash("0xc767db285f7fc12d315c976c0aaf7190309beee297cf07ff88ca453f75833c5f")
}

// UnpackEscapeWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscapeWindowOpen(uint256 windowEnd)
func (rollup *Rollup) UnpackEscapeWindowOpenError(raw []byte) (*RollupEscapeWindowOpen, error) {
	out := new(RollupEscapeWindowOpen)
	if err := rollup.abi.UnpackIntoInterface(out, "EscapeWindowOpen", raw); err != nil {
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

// RollupGuardianFractionTooHigh represents a GuardianFractionTooHigh error raised by the Rollup contract.
type RollupGuardianFractionTooHigh struct {
	Market uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GuardianFractionTooHigh(uint8 market)
func RollupGuardianFractionTooHighErrorID() common.Hash {
	return common.HexToHash("0x4ab06b406585914dde0fac5e124b594a3370464f695cae0ba39abe9b3c5c6450")
}

// UnpackGuardianFractionTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GuardianFractionTooHigh(uint8 market)
func (rollup *Rollup) UnpackGuardianFractionTooHighError(raw []byte) (*RollupGuardianFractionTooHigh, error) {
	out := new(RollupGuardianFractionTooHigh)
	if err := rollup.abi.UnpackIntoInterface(out, "GuardianFractionTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupGuardianRaiseTooLarge represents a GuardianRaiseTooLarge error raised by the Rollup contract.
type RollupGuardianRaiseTooLarge struct {
	Market uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GuardianRaiseTooLarge(uint8 market)
func RollupGuardianRaiseTooLargeErrorID() common.Hash {
	return common.HexToHash("0x478eb879b6ce5e67d3cb0c964722508ae9e047b126f09698a56280094b638e3b")
}

// UnpackGuardianRaiseTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GuardianRaiseTooLarge(uint8 market)
func (rollup *Rollup) UnpackGuardianRaiseTooLargeError(raw []byte) (*RollupGuardianRaiseTooLarge, error) {
	out := new(RollupGuardianRaiseTooLarge)
	if err := rollup.abi.UnpackIntoInterface(out, "GuardianRaiseTooLarge", raw); err != nil {
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

// RollupMarketParamsCooldown represents a MarketParamsCooldown error raised by the Rollup contract.
type RollupMarketParamsCooldown struct {
	Market  uint8
	ReadyAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MarketParamsCooldown(uint8 market, uint256 readyAt)
func RollupMarketParamsCooldownErrorID() common.Hash {
	return common.HexToHash("0x2244019b242ae0ca403b1b05279901d29ec12d05763443ea2328c12352b9f4a0")
}

// UnpackMarketParamsCooldownError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MarketParamsCooldown(uint8 market, uint256 readyAt)
func (rollup *Rollup) UnpackMarketParamsCooldownError(raw []byte) (*RollupMarketParamsCooldown, error) {
	out := new(RollupMarketParamsCooldown)
	if err := rollup.abi.UnpackIntoInterface(out, "MarketParamsCooldown", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupMarketParamsUnchanged represents a MarketParamsUnchanged error raised by the Rollup contract.
type RollupMarketParamsUnchanged struct {
	Market uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MarketParamsUnchanged(uint8 market)
func RollupMarketParamsUnchangedErrorID() common.Hash {
	return common.HexToHash("0x949f20ba0e4c33062d3e461503ddafc6d4cf1ada17f7791de73d46a28078d930")
}

// UnpackMarketParamsUnchangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MarketParamsUnchanged(uint8 market)
func (rollup *Rollup) UnpackMarketParamsUnchangedError(raw []byte) (*RollupMarketParamsUnchanged, error) {
	out := new(RollupMarketParamsUnchanged)
	if err := rollup.abi.UnpackIntoInterface(out, "MarketParamsUnchanged", raw); err != nil {
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

// RollupNoEscapeSurplus represents a NoEscapeSurplus error raised by the Rollup contract.
type RollupNoEscapeSurplus struct {
	AccountId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoEscapeSurplus(uint32 accountId)
func RollupNoEscapeSurplusErrorID() common.Hash {
	return common.HexToHash("0x5e3766d33430e99529f324db37d102460e1de50d1d8782233ac8951f930cf6a9")
}

// UnpackNoEscapeSurplusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoEscapeSurplus(uint32 accountId)
func (rollup *Rollup) UnpackNoEscapeSurplusError(raw []byte) (*RollupNoEscapeSurplus, error) {
	out := new(RollupNoEscapeSurplus)
	if err := rollup.abi.UnpackIntoInterface(out, "NoEscapeSurplus", raw); err != nil {
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

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

// Submission is an auto generated low-level Go binding around an user-defined struct.
type Submission struct {
	NewRoot             *big.Int
	NewBatchNumber      uint64
	Timestamp           uint64
	L1Records           []byte
	WithdrawalAddresses []common.Address
	BlobIndex           *big.Int
	Z                   [32]byte
	Y                   [32]byte
	KzgCommitment       []byte
	KzgProof            []byte
	Proof               []byte
}

// RollupMetaData contains all meta data concerning the Rollup contract.
var RollupMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"governor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"operators\",\"type\":\"address[]\"}],\"internalType\":\"structRollup.Roles\",\"name\":\"roles\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"accountsRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint256[16]\",\"name\":\"markets\",\"type\":\"uint256[16]\"},{\"internalType\":\"uint256\",\"name\":\"globals\",\"type\":\"uint256\"}],\"internalType\":\"structRollup.GenesisState\",\"name\":\"genesis\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"configHash_\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"batchSizes\",\"type\":\"uint256[]\"},{\"internalType\":\"address[]\",\"name\":\"batchVerifiers\",\"type\":\"address[]\"},{\"internalType\":\"contractRollupChecks\",\"name\":\"checks_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccountLimitReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"AccountOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"AlreadyEscaped\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"credit\",\"type\":\"uint256\"}],\"name\":\"AmountExceedsCredit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadPubdataLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ChangeAlreadyPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"ChangeExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ChangeNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"eta\",\"type\":\"uint256\"}],\"name\":\"ChangeNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"ConfigNotGoverned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"ConfigNotPublished\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"ConsentExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"consent\",\"type\":\"bytes32\"}],\"name\":\"ConsentUsed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DepositsArePaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"windowEnd\",\"type\":\"uint256\"}],\"name\":\"EscapeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"GuardianCannotCancel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"}],\"name\":\"GuardianCannotLower\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"}],\"name\":\"GuardianFractionTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"}],\"name\":\"GuardianRaiseTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HasherFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HasherNotDeployed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"}],\"name\":\"InvalidBatchSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"InvalidChange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidForcedTrade\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"}],\"name\":\"InvalidMarketParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"name\":\"InvalidPubKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSizes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"verifiers\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"readyAt\",\"type\":\"uint256\"}],\"name\":\"MarketParamsCooldown\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"}],\"name\":\"MarketParamsUnchanged\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBatchSizes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"NoEscapeSurplus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoOperators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotAContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAccountOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDepositPayer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGovernor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGovernorOrGuardian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGuardian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"}],\"name\":\"NotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"dueTime\",\"type\":\"uint256\"}],\"name\":\"NotOverdue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"reclaimableAt\",\"type\":\"uint256\"}],\"name\":\"NotReclaimable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"NothingToEscape\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"name\":\"QueueMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"name\":\"RequestMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RollupFrozen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RollupNotFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"name\":\"SmallOrderPubKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"computedRoot\",\"type\":\"uint256\"}],\"name\":\"StateMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"last\",\"type\":\"uint64\"}],\"name\":\"TimestampBeforeLast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bound\",\"type\":\"uint256\"}],\"name\":\"TimestampTooFarAhead\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bound\",\"type\":\"uint256\"}],\"name\":\"TimestampTooFarBehind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"UnknownAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"recordIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"recordType\",\"type\":\"uint8\"}],\"name\":\"UnknownRecordType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"}],\"name\":\"UnsupportedBatchSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"}],\"name\":\"WithdrawalAddressCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tag\",\"type\":\"uint256\"}],\"name\":\"WithdrawalTagMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueHead\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"}],\"name\":\"BatchCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"ChangeApplied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ChangeCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"eta\",\"type\":\"uint256\"}],\"name\":\"ChangeProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256[10]\",\"name\":\"oracleKeys\",\"type\":\"uint256[10]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"params\",\"type\":\"uint256\"}],\"name\":\"ConfigPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"DepositQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"DepositReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"DepositsPaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EscapeCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Escaped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountA\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountB\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"aIsBuy\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"counterparty\",\"type\":\"address\"}],\"name\":\"ForcedTradeQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"ForcedWithdrawalQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stateRoot\",\"type\":\"uint256\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stateRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"accountsRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[16]\",\"name\":\"markets\",\"type\":\"uint256[16]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"globals\",\"type\":\"uint256\"}],\"name\":\"Genesis\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"imf\",\"type\":\"uint24\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"mmf\",\"type\":\"uint24\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"tierImf\",\"type\":\"uint24\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"tierMmf\",\"type\":\"uint24\"}],\"name\":\"MarketParamsQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"lastBatchNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"firstBatchNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueHead\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"versionedHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"l1Records\",\"type\":\"bytes\"}],\"name\":\"SubmissionCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ACCOUNT_TREE_DEPTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEPOSIT_RECLAIM_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_CONFIG\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ESCAPE_CLAIM_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ESCAPE_NODE_HEIGHT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FORCED_REQUEST_BOND\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FORCED_TRADE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FREEZE_GRACE_PERIOD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GOVERNANCE_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GOVERNANCE_EXPIRY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_MAX_FRACTION_PPM\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_MAX_RAISE_PPM\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"L2_ACCOUNT_BASE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MARKET_COUNT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MARKET_PARAMS_COOLDOWN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MARKET_WORDS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ACCOUNTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_AMOUNT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TIMESTAMP_AHEAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TIMESTAMP_LAG\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ORACLE_KEYS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POSITION_SLOTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PPM_SCALE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PRICE_SCALE\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"QUEUE_SERVICE_INTERVAL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECORD_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SNARK_SCALAR_FIELD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SUBMISSION_VERIFIER_KEY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"accounts\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"applyChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchState\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueHead\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"frozenAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"cancelChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"changeId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"checks\",\"outputs\":[{\"internalType\":\"contractRollupChecks\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"},{\"internalType\":\"address[]\",\"name\":\"withdrawalAddresses\",\"type\":\"address[]\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"commitBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"newRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"newBatchNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"l1Records\",\"type\":\"bytes\"},{\"internalType\":\"address[]\",\"name\":\"withdrawalAddresses\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"blobIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"z\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"y\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"kzgCommitment\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"kzgProof\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"internalType\":\"structSubmission\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"commitSubmission\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"configEverCurrent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"configHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"configPublished\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"consent\",\"type\":\"bytes32\"}],\"name\":\"consentUsed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"queueIndex\",\"type\":\"uint256\"}],\"name\":\"depositPayers\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint256[12]\",\"name\":\"leaf\",\"type\":\"uint256[12]\"},{\"internalType\":\"uint256[36]\",\"name\":\"siblings\",\"type\":\"uint256[36]\"},{\"internalType\":\"uint256[16]\",\"name\":\"markets\",\"type\":\"uint256[16]\"},{\"internalType\":\"uint256\",\"name\":\"globals\",\"type\":\"uint256\"}],\"name\":\"escape\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"escapeClaims\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escapeHasher\",\"outputs\":[{\"internalType\":\"contractEscapeHasher\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"escapeNodes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"node\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escapePool\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escapeRootDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claim\",\"type\":\"uint256\"}],\"name\":\"escapeShare\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escapeTotals\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"claims\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"lateCredited\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escapeWindowEnd\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"}],\"name\":\"escaped\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escrow\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"deposited\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"credited\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedBonds\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"accountA\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"accountB\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"aIsBuy\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structRollup.ForcedTradeRequest\",\"name\":\"req\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"forcedTrade\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"accountA\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"accountB\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"aIsBuy\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structRollup.ForcedTradeRequest\",\"name\":\"req\",\"type\":\"tuple\"}],\"name\":\"forcedTradeConsent\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"forcedWithdrawal\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"name\":\"freeze\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governor\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guardian\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[10]\",\"name\":\"oracleKeys\",\"type\":\"uint256[10]\"},{\"internalType\":\"uint256\",\"name\":\"params\",\"type\":\"uint256\"}],\"name\":\"hashConfig\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hasher\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hasher4\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"market\",\"type\":\"uint256\"}],\"name\":\"marketParamsQueuedAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"market\",\"type\":\"uint256\"}],\"name\":\"marketRows\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint24\",\"name\":\"imf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"mmf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"tierImf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"tierMmf\",\"type\":\"uint24\"},{\"internalType\":\"uint48\",\"name\":\"tierSize\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"operators\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauseDeposits\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"pendingChanges\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"eta\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"pendingWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"proposeChange\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[10]\",\"name\":\"oracleKeys\",\"type\":\"uint256[10]\"},{\"internalType\":\"uint256\",\"name\":\"params\",\"type\":\"uint256\"}],\"name\":\"publishConfig\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"queueIndex\",\"type\":\"uint256\"}],\"name\":\"queue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queueState\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"accountCount\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"queueCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastServiceTime\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"depositsPaused\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"},{\"internalType\":\"uint24\",\"name\":\"imf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"mmf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"tierImf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"tierMmf\",\"type\":\"uint24\"}],\"name\":\"raiseMarginFractions\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"}],\"name\":\"reclaimBond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"}],\"name\":\"reclaimDeposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"}],\"name\":\"setReduceOnly\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateRoot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"}],\"name\":\"verifiers\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawPartial\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"withdrawable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Rollup",
	Bin: "0x610120604052348015610010575f5ffd5b5060405161b22638038061b22683398101604081905261002f91610b55565b85516001600160a01b03166100575760405163d92e233d60e01b815260040160405180910390fd5b8560400151515f0361007c5760405163ddf9d24560e01b815260040160405180910390fd5b866001600160a01b03163b5f036100b6576040516322a2d07b60e21b81526001600160a01b03881660048201526024015b60405180910390fd5b806001600160a01b03163b5f036100eb576040516322a2d07b60e21b81526001600160a01b03821660048201526024016100ad565b6001600160a01b03811661010052815183511461012857825182516040516355c5b3e360e11b8152600481019290925260248201526044016100ad565b82515f0361014957604051633d28e9c560e21b815260040160405180910390fd5b5f5b835181101561023a575f84828151811061016757610167610c26565b602002602001015190505f84838151811061018457610184610c26565b60200260200101519050815f14806101b157505f828152600860205260409020546001600160a01b031615155b156101d25760405163a6f7498560e01b8152600481018390526024016100ad565b806001600160a01b03163b5f03610207576040516322a2d07b60e21b81526001600160a01b03821660048201526024016100ad565b5f9182526008602052604090912080546001600160a01b0319166001600160a01b0390921691909117905560010161014b565b505f5b8660400151518110156102ed575f6001600160a01b03168760400151828151811061026a5761026a610c26565b60200260200101516001600160a01b0316036102995760405163d92e233d60e01b815260040160405180910390fd5b600160075f896040015184815181106102b4576102b4610c26565b6020908102919091018101516001600160a01b031682528101919091526040015f20805460ff191691151591909117905560010161023d565b506001600160a01b038088166080528651600580549183166001600160a01b0319928316179055602080890151600680549190941692169190911790915560048590555f858152601990915260408120805460ff19166001179055610350610537565b6001600160a01b03811660a05290505f61036861058c565b6001600160a01b03811660c0526040519091505f908390839061038a906108c1565b6001600160a01b03928316815291166020820152604001604051809103905ff0801580156103ba573d5f5f3e3d5ffd5b506001600160a01b03811660e05288519091506103d6906105dd565b875160208901516040808b01519051620bbffd60e71b81525f936001600160a01b038616936305dffe809361040d93600401610c62565b602060405180830381865afa158015610428573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061044c9190610c86565b905060015b600881116104d8576104c8818b6020015160028460026104719190610cb1565b61047b9190610cc8565b6010811061048b5761048b610c26565b60200201518c6020015160018560026104a49190610cb1565b6104ae9190610cc8565b601081106104be576104be610c26565b6020020151610623565b6104d181610cdb565b9050610451565b50805f819055507fe879b345de4203ba2dc12949156073673c7fd1b05da723890ab2be2a63fa1144818a5f01518b602001518c6040015160405161051f9493929190610cf3565b60405180910390a15050505050505050505050610d1f565b5f5f60405180610dc00160405280610d96815260200161a490610d96913990508051602082015ff091506001600160a01b0382166105885760405163245d874560e11b815260040160405180910390fd5b5090565b5f5f6040518061360001604052806135d88152602001616eb86135d8913990508051602082015ff091506001600160a01b0382166105885760405163245d874560e11b815260040160405180910390fd5b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001811061062057604051632051490960e21b8152600481018290526024016100ad565b50565b6040805160c0808201835284901c60ff8116808352608086811c62ffffff818116602087015260a089811c9182169787019790975260b088901c620fffff908116606088015260c489901c16838701529187901c65ffffffffffff169585019590955263ffffffff94851694169290158015906106cd5750600360ff831611806106af5750620f424084115b806106bc5750620f424083115b806106cd57506106cb816107d0565b155b156106f05760405163435c219f60e11b815260ff881660048201526024016100ad565b60ff9687165f908152601560209081526040918290208351815492850151938501516060860151608087015160a09097015165ffffffffffff166d01000000000000000000000000000265ffffffffffff60681b1962ffffff9889166a01000000000000000000000216600160501b600160981b03199289166701000000000000000262ffffff60381b19948a16640100000000029490941665ffffffffffff60201b19999098166101000263ffffffff1990971694909e1693909317949094179590951693909317939093171697909717969096179095555050505050565b5f816040015162ffffff165f14806107f95750816020015162ffffff16826040015162ffffff16115b8061080f5750620f4240826020015162ffffff16115b1561081b57505f919050565b8160a0015165ffffffffffff165f0361085257606082015162ffffff1615801561084c5750608082015162ffffff16155b92915050565b816060015162ffffff16826020015162ffffff16111580156108805750620f4240826060015162ffffff1611155b801561089e5750816080015162ffffff16826040015162ffffff1611155b801561084c5750816060015162ffffff16826080015162ffffff16111592915050565b6106dd806167db83390190565b6001600160a01b0381168114610620575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051606081016001600160401b0381118282101715610918576109186108e2565b60405290565b60405161020081016001600160401b0381118282101715610918576109186108e2565b604051601f8201601f191681016001600160401b0381118282101715610969576109696108e2565b604052919050565b5f6001600160401b03821115610989576109896108e2565b5060051b60200190565b5f82601f8301126109a2575f5ffd5b81516109b56109b082610971565b610941565b8082825260208201915060208360051b8601019250858311156109d6575f5ffd5b602085015b838110156109fc5780516109ee816108ce565b8352602092830192016109db565b5095945050505050565b5f60608284031215610a16575f5ffd5b610a1e6108f6565b90508151610a2b816108ce565b81526020820151610a3b816108ce565b602082015260408201516001600160401b03811115610a58575f5ffd5b610a6484828501610993565b60408301525092915050565b5f6102408284031215610a81575f5ffd5b610a896108f6565b825181529050603f82018313610a9d575f5ffd5b610aa561091e565b80610220840185811115610ab7575f5ffd5b602085015b81811015610ad4578051845260209384019301610abc565b5060208401919091525160408301525092915050565b5f82601f830112610af9575f5ffd5b8151610b076109b082610971565b8082825260208201915060208360051b860101925085831115610b28575f5ffd5b602085015b838110156109fc578051835260209283019201610b2d565b8051610b50816108ce565b919050565b5f5f5f5f5f5f5f610300888a031215610b6c575f5ffd5b8751610b77816108ce565b60208901519097506001600160401b03811115610b92575f5ffd5b610b9e8a828b01610a06565b965050610bae8960408a01610a70565b6102808901516102a08a015191965094506001600160401b03811115610bd2575f5ffd5b610bde8a828b01610aea565b6102c08a015190945090506001600160401b03811115610bfc575f5ffd5b610c088a828b01610993565b925050610c186102e08901610b45565b905092959891949750929550565b634e487b7160e01b5f52603260045260245ffd5b805f5b6010811015610c5c578151845260209384019390910190600101610c3d565b50505050565b8381526102408101610c776020830185610c3a565b82610220830152949350505050565b5f60208284031215610c96575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761084c5761084c610c9d565b8181038181111561084c5761084c610c9d565b5f60018201610cec57610cec610c9d565b5060010190565b848152602081018490526102608101610d0f6040830185610c3a565b8261024083015295945050505050565b60805160a05160c05160e05161010051615a39610da25f395f81816106c00152818161165c01528181611a4d01528181612426015261268e01525f81816109ab01526137dc01525f6108eb01525f8181610c4f015281816119520152818161323a0152818161365401526146d601525f8181610c9d01526130cc0152615a395ff3fe608060405234801561000f575f5ffd5b50600436106104a3575f3560e01c806374303fc11161026e578063b2629cba11610156578063d5d29fca116100ca578063ed33639f1161008f578063ed33639f14610c4a578063f3f4370314610c71578063f6fef87514610c90578063fc0c546a14610c98578063fdda5cc414610cbf578063fea2c33114610cde575f5ffd5b8063d5d29fca14610bfc578063db465dae1461082e578063ddf0b00914610c04578063e1f1176d14610c23578063e2fdcc1714610c2c575f5ffd5b8063cedeabf21161011b578063cedeabf214610b66578063d1101ba614610ba4578063d1411ab114610bae578063d1533e8714610bc1578063d40dc87014610be9578063d48efcd114610bf4575f5ffd5b8063b2629cba14610b25578063c33f59d3146108b9578063c564f4fa14610b2d578063cacab4e414610b40578063ce513b6f14610b53575f5ffd5b80639588eca2116101ed578063a5a9dda6116101b2578063a5a9dda614610a6f578063a64ffc4614610625578063abca03ec14610a82578063ac1eff6814610aa4578063aecf927614610acc578063b0b5489514610b1d575f5ffd5b80639588eca2146109955780639a5ea30c1461099d5780639abbaaf4146109a65780639b1f7dc2146109cd578063a524979014610a50575f5ffd5b80638031d588116102335780638031d5881461093e578063859bd3f8146109485780638d67799e146109735780638f9d544b14610981578063928e6d441461098a575f5ffd5b806374303fc1146108cb578063756ce0da146108de578063776fca92146108e657806379a71b241461090d5780637d634f5f14610934575f5ffd5b80632684d75f116103915780634dda5518116103105780635d2ea592116102d55780635d2ea5921461086a5780635e0c7c721461087d57806360fad8de1461089c57806361455a85146108af57806364cc51ff146108b957806370062cee146108c3575f5ffd5b80634dda5518146108075780634e6df511146108265780634f85beff1461082e57806353f72bf514610838578063548997e01461084b575f5ffd5b8063403e2fd711610356578063403e2fd7146107105780634100eb0e14610732578063452a9320146107d85780634797c88a146107eb5780634c0ac4d2146107fe575f5ffd5b80632684d75f146106bb57806327f34de4146106e25780632c389fc4146106f55780633c2976b0146104fc5780633ccfd60b14610708575f5ffd5b80630ee83daa11610428578063155bd52c116103ed578063155bd52c1461062557806318ec160d1461062d5780631c477af91461064f5780631c72a11c146106595780631de26e161461066c57806325c2cd1214610694575f5ffd5b80630ee83daa146105685780630fc408d7146105cd5780631211540c146105d65780631339054b146105e957806313e7c9d8146105f3575f5ffd5b8063064c2b801161046e578063064c2b80146104fc57806309dc0689146105045780630a5aca6e146105175780630bae934c1461052a5780630c340a241461053d575f5ffd5b806219313e146104a7578062717542146104bc578062b24ff2146104d957806302191980146104e157806304e462e4146104e9575b5f5ffd5b6104ba6104b5366004614e67565b610cf1565b005b6104c662093a8081565b6040519081526020015b60405180910390f35b6104c6602081565b6104ba610ea5565b6104ba6104f7366004614ea2565b610f4b565b6104c6600881565b6104ba610512366004614ef9565b61113f565b6104ba610525366004614fdf565b611270565b6104ba610538366004614e67565b611397565b600554610550906001600160a01b031681565b6040516001600160a01b0390911681526020016104d0565b60015461059a906001600160401b0380821691600160401b8104821691600160801b8204811691600160c01b90041684565b604080516001600160401b03958616815293851660208501529184169183019190915290911660608201526080016104d0565b6104c661038481565b6104ba6105e436600461504c565b6115a2565b6104c66298968081565b610615610601366004615077565b60076020525f908152604090205460ff1681565b60405190151581526020016104d0565b6104c6600581565b61061561063b36600461504c565b60186020525f908152604090205460ff1681565b6104c66212750081565b6104c6610667366004615092565b611607565b61067f61067a3660046150c7565b61163c565b60405163ffffffff90911681526020016104d0565b6104c67f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181565b6105507f000000000000000000000000000000000000000000000000000000000000000081565b6104ba6106f03660046150f7565b611843565b6104c6610703366004615110565b61194f565b6104ba6119ff565b61061561071e36600461504c565b60166020525f908152604090205460ff1681565b61079161074036600461504c565b60156020525f908152604090205460ff81169062ffffff6101008204811691600160201b8104821691600160381b8204811691600160501b81049091169065ffffffffffff600160681b9091041686565b6040805160ff909716875262ffffff958616602088015293851693860193909352908316606085015291909116608083015265ffffffffffff1660a082015260c0016104d0565b600654610550906001600160a01b031681565b6104ba6107f936600461513d565b611a18565b6104c660035481565b6104c661081536600461504c565b60116020525f908152604090205481565b6104c6611c82565b6104c66201518081565b6104ba610846366004615092565b611cb7565b6104c661085936600461504c565b60176020525f908152604090205481565b6104c6610878366004615092565b612018565b6104c661088b366004615077565b600e6020525f908152604090205481565b6104c66108aa366004615110565b61214f565b6104c66203f48081565b6104c6620f424081565b6104c6600481565b6104ba6108d9366004615186565b612210565b6104c661238d565b6105507f000000000000000000000000000000000000000000000000000000000000000081565b6104c67f597b7c9c548e31dc87bdde7d91a3d08d9045a279be01e9a41164508c99198ab381565b6104c66207a12081565b6104c66280000081565b61095b6109563660046151fe565b61239c565b6040516001600160401b0390911681526020016104d0565b6104c6660100000000000081565b6104c660135481565b6104c6630100000081565b6104c65f5481565b6104c661c35081565b6105507f000000000000000000000000000000000000000000000000000000000000000081565b600254610a109063ffffffff8116906001600160401b03600160201b8204811691600160601b81049091169060ff600160a01b8204811691600160a81b90041685565b6040805163ffffffff90961686526001600160401b039485166020870152939092169284019290925290151560608301521515608082015260a0016104d0565b6104c6610a5e36600461504c565b60126020525f908152604090205481565b6104c6610a7d36600461504c565b6128cd565b610615610a9036600461504c565b60196020525f908152604090205460ff1681565b610550610ab236600461504c565b60086020525f90815260409020546001600160a01b031681565b610afe610ada36600461524f565b600c6020525f9081526040902080546001909101546001600160a01b039091169082565b604080516001600160a01b0390931683526020830191909152016104d0565b6104c6612912565b6104c661291f565b6104c6610b3b366004615268565b612978565b61095b610b4e366004614ea2565b6129cd565b6104c6610b61366004615077565b612b83565b601054610b84906001600160801b0380821691600160801b90041682565b604080516001600160801b039384168152929091166020830152016104d0565b6104c662278d0081565b6104ba610bbc366004615092565b612c08565b610550610bcf36600461504c565b600a6020525f90815260409020546001600160a01b031681565b6104c6600160381b81565b6104c6600281565b6104c6601881565b6104c6610c1236600461504c565b60096020525f908152604090205481565b6104c660045481565b600f54610b84906001600160801b0380821691600160801b90041682565b6105507f000000000000000000000000000000000000000000000000000000000000000081565b6104c6610c7f366004615077565b600d6020525f908152604090205481565b6104c65f1981565b6105507f000000000000000000000000000000000000000000000000000000000000000081565b6104c6610ccd36600461504c565b60146020525f908152604090205481565b6104ba610cec366004615283565b612d54565b600154600160c01b90046001600160401b03165f03610d235760405163096194ff60e31b815260040160405180910390fd5b5f610d3083610110612e69565b9050604081901c60ff16610d46835f1a60041c90565b60ff1614610d7757604051632a7c535760e11b81526001600160401b03841660048201526024015b60405180910390fd5b68ffffffffffffffffff1981610d9a610d8f85612f07565b5f9081526020902090565b181615610dc557604051632a7c535760e11b81526001600160401b0384166004820152602401610d6e565b5f610dd983856001600160401b0316612f46565b509050610de584612f95565b6298968060035f828254610df991906152b0565b9091555050604080516001600160401b03861681526298968060208201526001600160a01b038316917fa815dbaa66370212d6e108980477ca1b8f58215330e94362175a71b3f616b2c8910160405180910390a26040516001600160a01b0382166024820152629896806044820152610e9f906064015b60408051601f198184030181529190526020810180516001600160e01b031663a9059cbb60e01b1790526130c8565b50505050565b600154600160c01b90046001600160401b031615610ed657604051632af5962760e21b815260040160405180910390fd5b6006546001600160a01b03163314610f035760405163a252c15160e01b8152336004820152602401610d6e565b6002805460ff60a01b1916600160a01b1790556040513381527feb225a736fbfee3f85ccb72bdf84ff0396ab358b7970e2cc351ab3e3fd92358d9060200160405180910390a1565b610f54816131a0565b6040805160a08101825260025463ffffffff811682526001600160401b03600160201b820481166020840152600160601b8204169282019290925260ff600160a01b8304811615156060830152600160a81b90920490911615156080820152610fbc816131e7565b805f015163ffffffff168363ffffffff1610610ff357604051633f93aa8760e01b815263ffffffff84166004820152602401610d6e565b63ffffffff83165f908152600c60209081526040808320815180830190925280546001600160a01b031680835260019091015492820183905290929161103e9185918891889161322d565b82519091506001600160a01b0316331461107a576001600160401b0381165f908152600a6020526040902080546001600160a01b031916331790555b815f01516001600160a01b03168563ffffffff167f73ab3708a98517b4d9559dc2c4f5369aa1a82f0885c1a9b8d3436baa10468057838560200151886040516110e3939291906001600160401b0393841681526020810192909252909116604082015260600190565b60405180910390a360405133602482015230604482015260648101859052611138906084015b60408051601f198184030181529190526020810180516001600160e01b03166323b872dd60e01b1790526130c8565b5050505050565b335f9081526007602052604090205460ff1661117057604051633b63649d60e11b8152336004820152602401610d6e565b5f61117f898989898787613273565b90505f6111ae611192886040818c6152c3565b60015489908990600160801b90046001600160401b0316613472565b5f8b8155604080516080810182526001600160401b038681168083528e821660208401819052918616838501819052606090930194909452600180546001600160801b0319168517600160401b909202919091176001600160801b0316600160801b9092026001600160c01b031691909117905551919250907ff086cfcae4cbcfc6b99ff91ebf1d987f91016f9531d41c5f146b02e47677cd609061125c908d908d9086908e908e90615312565b60405180910390a250505050505050505050565b600154600160c01b90046001600160401b03165f036112a25760405163096194ff60e31b815260040160405180910390fd5b630100000063ffffffff8616106112d4576040516319e91dc360e21b815263ffffffff86166004820152602401610d6e565b62ffffff600886901c165f90815260126020526040902054600160ff87161b908082161561131d57604051637599570760e01b815263ffffffff88166004820152602401610d6e565b61132a878787878761374d565b5f6113358786613a03565b9050805f0361135f57604051633c41b75560e21b815263ffffffff89166004820152602401610d6e565b62ffffff600889901c165f908152601260205260409020828417905561138d88886002602002013583613b5a565b5050505050505050565b5f6113a3836002612e69565b905060016113b3835f1a60041c90565b60ff16146113df57604051632a7c535760e11b81526001600160401b0384166004820152602401610d6e565b68ffffffffffffffffff19816113fa845f9081526020902090565b18161561142557604051632a7c535760e11b81526001600160401b0384166004820152602401610d6e565b600154600160c01b90046001600160401b03165f0361148c575f6114556203f4806001600160401b03841661535d565b90508042101561148a576040516338f2eb0360e01b81526001600160401b038516600482015260248101829052604401610d6e565b505b6001600160401b0383165f908152600a602052604090205466ffffffffffffff60a884901c16906001600160a01b0316806114e4575062ffffff60e084901c165f908152600c60205260409020546001600160a01b03165b336001600160a01b0382161461151e5760405163cfc8709b60e01b81526001600160401b0386166004820152336024820152604401610d6e565b61152785612f95565b604080516001600160401b038088168252841660208201526001600160a01b038316917fb5fc3702bb1d479e9bc17f1f7070e1842359cf2dc9bfb40270d9e841d9df16fe910160405180910390a26040516001600160a01b03821660248201526001600160401b038316604482015261113890606401610e70565b805f036115c257604051631f2a200560e01b815260040160405180910390fd5b5f6115cc33613d93565b9050808211156115f9576040516334b5ec1f60e21b81526004810183905260248101829052604401610d6e565b6116038183613e2d565b5050565b5f83838360405160200161161d939291906153a4565b6040516020818303038152906040528051906020012090509392505050565b5f611646826131a0565b60405163b334ef1360e01b8152600481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b334ef13906024015f6040518083038186803b1580156116a4575f5ffd5b505afa1580156116b6573d5f5f3e3d5ffd5b50506040805160a08101825260025463ffffffff811682526001600160401b03600160201b820481166020840152600160601b8204169282019290925260ff600160a01b8304811615156060830152600160a81b9092049091161515608082015291506117249050816131e7565b62800000815f015163ffffffff161061175057604051631dd026a560e31b815260040160405180910390fd5b8051604080518082018252338152602080820188815263ffffffff85165f908152600c909252929020905181546001600160a01b0319166001600160a01b0390911617815590516001918201559092506117ab9083906153c3565b63ffffffff1681525f6117c1828486338961322d565b604080516001600160401b038381168252602082018990528716818301529051919250339163ffffffff8616917f73ab3708a98517b4d9559dc2c4f5369aa1a82f0885c1a9b8d3436baa10468057919081900360600190a36040513360248201523060448201526064810185905261183b90608401611109565b505092915050565b600154600160c01b90046001600160401b03161561187457604051632af5962760e21b815260040160405180910390fd5b6006546001600160a01b031633146118a15760405163a252c15160e01b8152336004820152602401610d6e565b60ff8181165f90815260156020908152604091829020825160c0810184529054938416808252610100850462ffffff90811693830193909352600160201b8504831693820193909352600160381b840482166060820152600160501b84049091166080820152600160681b90920465ffffffffffff1660a08301526001146119415760405163435c219f60e11b815260ff83166004820152602401610d6e565b600281526116038282613ec0565b5f7f00000000000000000000000000000000000000000000000000000000000000008161197e82826005614182565b90505f5b61198e600560026153df565b8110156119df576119b48682600a81106119aa576119aa615349565b60200201356141c5565b6119d583838884600a81106119cb576119cb615349565b6020020135614182565b9150600101611982565b506119e9846141c5565b6119f4828286614182565b925050505b92915050565b5f611a0933613d93565b9050611a158182613e2d565b50565b335f9081526007602052604090205460ff16611a4957604051633b63649d60e11b8152336004820152602401610d6e565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165f36604051611a859291906153f6565b5f60405180830381855afa9150503d805f8114611abd576040519150601f19603f3d011682016040523d82523d5f602084013e611ac2565b606091505b509150915081611ad457805160208201fd5b5f81806020019051810190611ae99190615405565b600180549192505f91611b07916001600160401b039091169061541c565b90505f611b3f611b1a606088018861543b565b611b2760808a018a61547d565b600154600160801b90046001600160401b0316613472565b86355f55604080516080810182529192508190611b6190890160208a01615283565b6001600160401b03168152602001611b7f6060890160408a01615283565b6001600160401b0390811682528381166020808401919091525f60409384015283516001805486840151878701516060909801518616600160c01b026001600160c01b03988716600160801b02989098166001600160801b03918716600160401b026001600160801b03199093169490961693909317179190911692909217939093179055611c1391908801908801615283565b6001600160401b03167f3f1145810b75b3af2eb40ccbdc8bdfcf84e5e5b96623f472f5555b14f88d3fb1838835611c5060608b0160408c01615283565b8588611c5f60608e018e61543b565b604051611c7297969594939291906154c2565b60405180910390a2505050505050565b6001545f90600160c01b90046001600160401b03168015611caf57611caa62278d008261535d565b611cb1565b5f5b91505090565b6005546001600160a01b03163314611ce45760405163ad0550d560e01b8152336004820152602401610d6e565b600154600160c01b90046001600160401b031615611d1557604051632af5962760e21b815260040160405180910390fd5b5f611d21848484611607565b5f81815260116020526040812054919250819003611d555760405163e624d46360e01b815260048101839052602401610d6e565b80421015611d8057604051632b169f5560e01b81526004810183905260248101829052604401610d6e565b611d8d621275008261535d565b421115611dc45781611da2621275008361535d565b604051633e031c7f60e11b815260048101929092526024820152604401610d6e565b5f828152601160205260408120819055856006811115611de657611de6615370565b03611e3e575f8381526018602052604090205460ff16611e1c57604051637092d15d60e01b815260048101849052602401610d6e565b60048390555f838152601960205260409020805460ff19166001179055611fd5565b6001856006811115611e5257611e52615370565b03611ed157826001600160a01b03811615801590611e7857506001600160a01b0381163b155b15611ea1576040516322a2d07b60e21b81526001600160a01b0382166004820152602401610d6e565b5f85815260086020526040902080546001600160a01b0319166001600160a01b0392909216919091179055611fd5565b6002856006811115611ee557611ee5615370565b03611f12576001600160a01b0384165f908152600760205260409020805460ff1916841515179055611fd5565b6003856006811115611f2657611f26615370565b03611f4b57600580546001600160a01b0319166001600160a01b038516179055611fd5565b6004856006811115611f5f57611f5f615370565b03611f8457600680546001600160a01b0319166001600160a01b038516179055611fd5565b6005856006811115611f9857611f98615370565b03611faf576002805460ff60a01b19169055611fd5565b5f5f611fbb8686614208565b91509150611fc88261430c565b611fd28282613ec0565b50505b817fc9b589583da0139e1cd020966b82a564f6e49c09bd5a9864de52db86e33f834e868686604051612009939291906153a4565b60405180910390a25050505050565b6005545f906001600160a01b031633146120475760405163ad0550d560e01b8152336004820152602401610d6e565b600154600160c01b90046001600160401b03161561207857604051632af5962760e21b815260040160405180910390fd5b61208384848461435b565b61208e848484611607565b5f8181526011602052604090205490915080158015906120ba57506120b6621275008261535d565b4211155b156120db57604051638662bcc760e01b815260048101839052602401610d6e565b5f6120e962093a808061535d565b6120f3904261535d565b5f84815260116020526040908190208290555190915083907fdf40655ed2ad8c9dfed1d3d5b14c6e1e761ca5d6da215604f2ba4ffc7e2259bd9061213e90899089908990879061551b565b60405180910390a250509392505050565b5f61215a838361194f565b5f8181526019602052604090205490915060ff16158015612181575061217f816144e4565b155b156121a257604051630c52d5ef60e11b815260048101829052602401610d6e565b5f8181526018602052604090205460ff166121d0575f818152601860205260409020805460ff191660011790555b807f4c997e65a18d9d4f783fa702006b9d68b8952e75e08bc6a20d80efdf015561dc8484604051612202929190615544565b60405180910390a292915050565b600154600160c01b90046001600160401b03161561224157604051632af5962760e21b815260040160405180910390fd5b6006546001600160a01b0316331461226e5760405163a252c15160e01b8152336004820152602401610d6e565b60ff8581165f90815260156020908152604091829020825160c0808201855291548086168252610100810462ffffff90811683860152600160201b8204811683870152600160381b82048116606080850191909152600160501b83048216608080860191909152600160681b90930465ffffffffffff90811660a080870191825289519788018a528651909a1687528d8416978701979097528b83169786019790975289821690850152871690830152915190921692820192909252612335878383614526565b61234487836020015188614603565b61235387836040015187614603565b61236287836060015186614603565b61237187836080015185614603565b61237a8761430c565b6123848782613ec0565b50505050505050565b612399600860026153df565b81565b6040805160a08101825260025463ffffffff811682526001600160401b03600160201b820481166020840152600160601b8204169282019290925260ff600160a01b8304811615156060830152600160a81b90920490911615801560808301525f919061241c57604051632af5962760e21b815260040160405180910390fd5b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663519c672d61245b604088016020890161524f565b61246b6060890160408a0161524f565b61247b60808a0160608b016150f7565b61248b60c08b0160a08c01615283565b61249b60e08c0160c08d01615283565b6040516001600160e01b031960e088901b16815263ffffffff958616600482015293909416602484015260ff90911660448301526001600160401b039081166064830152909116608482015260a4015f6040518083038186803b158015612500575f5ffd5b505afa158015612512573d5f5f3e3d5ffd5b5061252892505050610100860160e08701615283565b6001600160401b031642111561256e57612549610100860160e08701615283565b604051631d11e00760e01b81526001600160401b039091166004820152602401610d6e565b3361257c6020870187615077565b6001600160a01b0316146125c2576125976020860186615077565b604051630348d81960e11b81526001600160a01b039091166004820152336024820152604401610d6e565b5f6125d3604087016020880161524f565b9050628000008163ffffffff1610801561260a575063ffffffff81165f908152600c60205260409020546001600160a01b03163314155b1561263657604051636f54197160e11b815263ffffffff82166004820152336024820152604401610d6e565b5f61264087612978565b5f8181526016602052604090205490915060ff161561267557604051630ca4c94d60e41b815260048101829052602401610d6e565b6040516369a8952360e01b81525f906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906369a89523906126c79085908b908b9060040161555d565b602060405180830381865afa1580156126e2573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612706919061557f565b90506280000061271c60608a0160408b0161524f565b63ffffffff1610801561276957506001600160a01b038116600c5f61274760608c0160408d0161524f565b63ffffffff16815260208101919091526040015f20546001600160a01b031614155b1561278757604051638baa579f60e01b815260040160405180910390fd5b5f828152601660205260409020805460ff191660011790556127b8846127b1610d8f8b33866146ad565b6008614797565b6001600160401b0381165f908152600b60205260409081902080546001600160a01b031916331790559095506127f49060608a01908a0161524f565b63ffffffff9081169084167f5ec68f6d8a9579a0b1f5b8b3fe9ba35f7fcb7ff3fed55cf47a7c7a6cffef2c118761283160808d0160608e016150f7565b61284160a08e0160808f016155a9565b8d60a00160208101906128549190615283565b8e60c00160208101906128679190615283565b604080516001600160401b03968716815260ff95909516602086015292151584840152908416606084015290921660808201523360a08201526001600160a01b03861660c082015290519081900360e00190a36128c26148ad565b505050509392505050565b5f5f6128d761291f565b6010549091506001600160801b03168082101561290857806128f983866153df565b61290391906155d6565b61290a565b835b949350505050565b61239962093a808061535d565b60408051808201909152600f546001600160801b03808216808452600160801b90920416602083018190525f929111612958575f612969565b6020810151815161296991906155e9565b6001600160801b031691505090565b5f7f597b7c9c548e31dc87bdde7d91a3d08d9045a279be01e9a41164508c99198ab34630846040516020016129b09493929190615608565b604051602081830303815290604052805190602001209050919050565b5f6129d7826131a0565b6040805160a08101825260025463ffffffff811682526001600160401b03600160201b820481166020840152600160601b8204169282019290925260ff600160a01b8304811615156060830152600160a81b9092049091161580156080830152612a5457604051632af5962760e21b815260040160405180910390fd5b630100000063ffffffff851610612a86576040516319e91dc360e21b815263ffffffff85166004820152602401610d6e565b628000008463ffffffff16108015612abb575063ffffffff84165f908152600c60205260409020546001600160a01b03163314155b15612ae757604051636f54197160e11b815263ffffffff85166004820152336024820152604401610d6e565b612b2481612b1d600160fe1b3360081b610100600160a81b031660a888901b60e08a901b6001600160e01b031916171717610d8f565b6004614797565b604080516001600160401b03808416825286166020820152919350339163ffffffff8716917ffa5b5836412a0a021c80e44de78acedf3b40faca832b4a85639e277d129f2585910160405180910390a3612b7c6148ad565b5092915050565b6001600160a01b0381165f908152600e602052604081205481612ba4611c82565b9050811580612bb1575080155b80612bbb57508042105b15612bdd575050506001600160a01b03165f908152600d602052604090205490565b612be6826128cd565b6001600160a01b0385165f908152600d602052604090205461290a919061535d565b600154600160c01b90046001600160401b031615612c3957604051632af5962760e21b815260040160405180910390fd5b6005546001600160a01b03163314612cc9576006546001600160a01b03163314612c7857604051633647553d60e11b8152336004820152602401610d6e565b6003836006811115612c8c57612c8c615370565b1480612ca957506004836006811115612ca757612ca7615370565b145b15612cc95782604051633fea59cd60e11b8152600401610d6e919061570c565b5f612cd5848484611607565b5f8181526011602052604081205491925003612d075760405163e624d46360e01b815260048101829052602401610d6e565b5f81815260116020908152604080832092909255905133815282917f7a085c57876bc87bfd5039351f8ef885bd8e9d85c94c003685be4a64c308753f91015b60405180910390a250505050565b600154600160c01b90046001600160401b031615612d8557604051632af5962760e21b815260040160405180910390fd5b5f612d9282610310612e69565b90505f612dab62093a806001600160401b03841661535d565b905080421015612de05760405163ceacb50360e01b81526001600160401b038416600482015260248101829052604401610d6e565b600180546001600160401b034216600160c01b026001600160c01b039091161790556002805460ff60a81b1916600160a81b1790555f546040517f47294c10acf75a45d6decdda76990cb21324340ebd91cfcabc0b2844007e15d991612e5c918691906001600160401b03929092168252602082015260400190565b60405180910390a1505050565b6001545f906001600160401b03600160801b90910481169084161015612ead57604051630229b9d560e11b81526001600160401b0384166004820152602401610d6e565b506001600160401b0382165f90815260096020526040902054801580612ede5750600160ff604083901c1683901c16155b156119f957604051630229b9d560e11b81526001600160401b0384166004820152602401610d6e565b5f81811a60041c60ff811660031901612f2357505060ff191690565b60071960ff821601612f3f57600160601b1983165b9392505050565b5090919050565b5f80600484821a811c60ff1603612f6a575050600882901c600160ff841614612f8e565b50505f818152600b60205260409020546001600160a01b03166001601384901a8116145b9250929050565b600154819081906001600160401b03600160801b90910481169082161115612ffa575f600981612fc660018761571a565b6001600160401b031681526020019081526020015f2054905060ff8016604082901c60ff1603612ff857604881901c92505b505b5f6009816130126001600160401b038716600161535d565b81526020019081526020015f2054905060ff8016604082901c60ff1603613037578091505b6001600160401b038381165f8181526009602052604080822070ffffffffffffffff000000000000000000604889901b1685881690811760ff60401b179182905583529120819055918616148015906130a25750826001600160401b0316856001600160401b031614155b15611138576001600160401b0385165f9081526009602052604090208190555050505050565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836040516131029190615739565b5f604051808303815f865af19150503d805f811461313b576040519150601f19603f3d011682016040523d82523d5f602084013e613140565b606091505b509150915081158061317d575080511580159061317d57508051602014158061317d5750808060200190518101906131789190615405565b600114155b1561319b576040516312171d8360e31b815260040160405180910390fd5b505050565b805f036131c057604051631f2a200560e01b815260040160405180910390fd5b600160381b8110611a15576040516304041d9560e11b815260048101829052602401610d6e565b80608001511561320a57604051632af5962760e21b815260040160405180910390fd5b806060015115611a1557604051630b4cba3160e31b815260040160405180910390fd5b5f61326986613262610d8f7f0000000000000000000000000000000000000000000000000000000000000000898989896148ec565b6001614797565b9695505050505050565b604080516080810182526001546001600160401b038082168352600160401b820481166020840152600160801b8204811693830193909352600160c01b9004909116606082018190525f9190156132dd57604051632af5962760e21b815260040160405180910390fd5b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001881061332057604051632051490960e21b815260048101899052602401610d6e565b846040811080613339575061333660208261574f565b15155b1561335a57604051639a40f90560e01b815260048101829052602401610d6e565b5f600881600261336b6020866155d6565b61337591906152b0565b815260208101919091526040015f20546001600160a01b03169050806133c85760026133a26020846155d6565b6133ac91906152b0565b604051631846e88b60e31b8152600401610d6e91815260200190565b6133d78984602001514261491e565b82516133e490600161541c565b93505f6133fb5f545f1b8c878d6004548e8e614a03565b604080516020810182528281529051632363e29760e21b81529192506001600160a01b03841691638d8f8a5c91613438918b918b91600401615762565b5f6040518083038186803b15801561344e575f5ffd5b505afa158015613460573d5f5f3e3d5ffd5b50505050505050509695505050505050565b5f5f5f5f5b878110156136f4575f89828a61348e60208361535d565b9261349b939291906152c3565b6134a4916157a8565b90505f81901a60041c600161031260ff83161c8116900361360e576001600160401b0387165f9081526009602052604090819020549060fe199082901c60ff1601613539576001600160401b038089165f908152600960205260408082208290559183168152908120558061351a81600161541c565b6001600160401b0381165f908152600960205260409020549099509150505b5f613546610d8f85612f07565b905081811868ffffffffffffffffff191615158061356e57508260ff16604083901c60ff1614155b1561359757604051630b7efa8360e21b81526001600160401b038a166004820152602401610d6e565b6001600160401b0389165f908152600960205260408120555f1960ff8416016135c3576135c384614a90565b60ff8316600414806135d8575060ff83166008145b156135fc576135f0848a6001600160401b0316614ae1565b6135f9876157c5565b96505b613605896157dd565b985050506136df565b60021960ff821601613697575f898986613627816157c5565b975081811061363857613638615349565b905060200201602081019061364d9190615077565b905061367a7f00000000000000000000000000000000000000000000000000000000000000008483614bb2565b6136918160a885901c66ffffffffffffff16614bfc565b506136df565b600960ff821611156136df576136ae6020846155d6565b6136b990600161535d565b60405163a04eeeb160e01b8152600481019190915260ff82166024820152604401610d6e565b506136ed905060208261535d565b9050613477565b5080851461371857604051637c21377360e11b815260048101869052602401610d6e565b81156137415761372b62989680836153df565b60035f82825461373b91906152b0565b90915550505b50919695505050505050565b5f5f5490505f8383604051602001613766929190615807565b6040516020818303038152906040528051906020012090505f82826004600261378f91906153df565b60408051602081019490945283019190915263ffffffff808b1690911c16606082015260800160408051601f19818403018152908290528051602090910120631ccfd4d760e01b825291507f0000000000000000000000000000000000000000000000000000000000000000905f906001600160a01b03831690631ccfd4d790613823908d908d908d906004908101615820565b602060405180830381865afa15801561383e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906138629190615405565b5f84815260146020526040902054909150801580159061388157508181145b1561389157505050505050611138565b604051631292955360e11b81525f906001600160a01b038516906325252aa6906138c8908f9087908f90600490600c908201615851565b602060405180830381865afa1580156138e3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906139079190615405565b60408051602081018a9052908101829052606081018890529091505f9060800160405160208183030381529060405280519060200120905080601354146139e457604051620bbffd60e71b81525f906001600160a01b038716906305dffe80906139799086908f908f90600401615884565b602060405180830381865afa158015613994573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906139b89190615405565b90508881146139dd57604051634c50144360e11b815260048101829052602401610d6e565b5060138190555b5050505f92835260146020526040909220919091555050505050505050565b5f80620f4240613a276001603f1b6001600160401b03604088013560a01c166158a4565b613a3191906158c3565b90505f5b6008811015613b3f575f85613a4b83600361535d565b600c8110613a5b57613a5b615349565b6020020135905060ff81165f819003613a75575050613b37565b5f613a916001603f1b6001600160401b03600886901c166158a4565b90505f613aaf6001603f1b6001600160401b03604887901c166158a4565b90505f88613abe6001866152b0565b613ac99060026153df565b60108110613ad957613ad9615349565b602002013590506001600160401b03808216905f90613b03906001603f1b90604086901c166158a4565b9050613b0f84826158a4565b613b1990836158a4565b613b2390866158c3565b613b2d908a6158f2565b9850505050505050505b600101613a35565b505f8113613b4d575f61290a565b61290a620f424082615911565b816001600160a01b03168363ffffffff167fd09ad298aa087c7bd5e3663fa1e3b33328777cd9048a72bae87fbcf50468089e83604051613b9c91815260200190565b60405180910390a3604080518082019091526010546001600160801b038082168352600160801b909104166020820152613bd4611c82565b421015613c45576001600160a01b0383165f908152600e602052604081208054849290613c0290849061535d565b9091555050805182908290613c1890839061593d565b6001600160801b0390811690915282516020909301518116600160801b0292169190911760105550505050565b5f613c4e61291f565b90505f8260200151835f0151613c64919061593d565b6001600160801b03168211613c79575f613ca1565b602083015183516001600160801b0391821691613c979116846152b0565b613ca191906152b0565b90505f818510613cb15781613cb3565b845b9050805f03613cdd57604051635e3766d360e01b815263ffffffff88166004820152602401610d6e565b8084602001818151613cef919061593d565b6001600160801b0390811690915285516020808801518316600160801b0291909216176010556001600160a01b0388165f908152600d909152604081208054849350909190613d3f90849061535d565b90915550506040518181526001600160a01b0387169063ffffffff8916907f2f77fe94a69322a6e3966ca092748fc99f842de75ac56fa130903e72df7228749060200160405180910390a350505050505050565b6001600160a01b0381165f908152600d6020908152604080832054600e9092528220549091819003613dc55750919050565b5f613dce611c82565b905080421015613e0257825f03613dfb576040516318ecfb6560e31b815260048101829052602401610d6e565b5050919050565b6001600160a01b0384165f908152600e6020526040812055613e23826128cd565b61290a908461535d565b815f03613e4d57604051630686827b60e51b815260040160405180910390fd5b613e5781836152b0565b335f818152600d6020526040908190209290925590517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d590613e9c9084815260200190565b60405180910390a26040513360248201526044810182905261160390606401610e70565b8060155f8460ff1681526020019081526020015f205f820151815f015f6101000a81548160ff021916908360ff1602179055506020820151815f0160016101000a81548162ffffff021916908362ffffff1602179055506040820151815f0160046101000a81548162ffffff021916908362ffffff1602179055506060820151815f0160076101000a81548162ffffff021916908362ffffff1602179055506080820151815f01600a6101000a81548162ffffff021916908362ffffff16021790555060a0820151815f01600d6101000a81548165ffffffffffff021916908365ffffffffffff1602179055509050504260175f8460ff1681526020019081526020015f20819055505f826004600960ff16901b17825f015183602001518460400151856060015186608001515f60701b604051602001614070979695949392919060f897881b6001600160f81b031990811682529690971b909516600187015260e893841b6001600160e81b0319908116600288015292841b8316600587015290831b8216600886015290911b16600b8301526dffffffffffffffffffffffffffff1916600e82015260200190565b60408051601f19818403018152828252805160209182012060a08401835260025463ffffffff811685526001600160401b03600160201b8204811693860193909352600160601b81049092169284019290925260ff600160a01b8204811615156060850152600160a81b909104161515608083015291505f906140f590836009614797565b90508360ff167f753af417ebe4cf86c2b4f94531151cd2ce298cd1b534ef95826fe52c1a08af1e82855f01518660200151876040015188606001518960800151604051612d46969594939291906001600160401b0396909616865260ff94909416602086015262ffffff92831660408601529082166060850152811660808401521660a082015260c00190565b5f5f835f528260205260205f60405f885afa5f5192503d602014169050806141bd57604051631b690d2360e21b815260040160405180910390fd5b509392505050565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018110611a1557604051632051490960e21b815260048101829052602401610d6e565b6040805160c080820183525f80835260208084018290528385018290526060808501839052608080860184905260a095860184905260ff89811685526015845293879020875180870189529054808616825262ffffff6101008204811683870152600160201b82048116838b0152600160381b8204811683860152600160501b820481168385015265ffffffffffff600160681b9092048216838a019081528a519889018b52968b16885260088b901c811688870152948a901c851698870198909852603889901c841692860192909252605088901c9092169184019190915290519093169181019190915283918390614303848285614526565b50509250929050565b60ff81165f9081526017602052604081205461432c90620151809061535d565b90508042101561160357604051632244019b60e01b815260ff8316600482015260248101829052604401610d6e565b5f8084600681111561436f5761436f615370565b0361437c575081156144c0565b600184600681111561439057614390615370565b036143b15782158015906143aa57506143aa8260a01c1590565b90506144c0565b60028460068111156143c5576143c5615370565b036143f9576143d58360a01c1590565b80156143e057508215155b80156143aa57508115806143aa575050600181146144c0565b600384600681111561440d5761440d615370565b03614436578215801561442657506144268260a01c1590565b80156143aa5750508015156144c0565b600484600681111561444a5761444a615370565b0361446357821580156143aa57506143aa8260a01c1590565b600584600681111561447757614477615370565b0361448d57821580156143aa57505080156144c0565b821580159061449d575060088311155b80156144ab5750606882901c155b905080156144c0576144bd8383614208565b50505b80610e9f57838383604051630353af4360e11b8152600401610d6e939291906153a4565b5f806011816144f4818087611607565b81526020019081526020015f20549050805f14158015612f38575061451c621275008261535d565b4211159392505050565b815160ff8116600114801590614540575060ff8116600214155b8061454d5750815160ff16155b8061455e57508151600360ff909116115b8061456f575061456d82614c87565b155b156145925760405163435c219f60e11b815260ff85166004820152602401610d6e565b816040516020016145a3919061595c565b60405160208183030381529060405280519060200120836040516020016145ca919061595c565b6040516020818303038152906040528051906020012003610e9f57604051634a4f905d60e11b815260ff85166004820152602401610d6e565b8162ffffff168162ffffff16101561463357604051633536bddd60e21b815260ff84166004820152602401610d6e565b8162ffffff168162ffffff160361464957505050565b61c35061465683836159be565b62ffffff16111561467f5760405163478eb87960e01b815260ff84166004820152602401610d6e565b6207a1208162ffffff16111561319b5760405163012ac1ad60e61b815260ff84166004820152602401610d6e565b5f806146bf60a08601608087016155a9565b6146c9575f6146cc565b60025b60ff1690506146fc7f00000000000000000000000000000000000000000000000000000000000000008585614d74565b606082901b606861471360e0890160c08a01615283565b65ffffffffffff16901b609861472f60c08a0160a08b01615283565b65ffffffffffff16901b60c861474b60608b0160408c0161524f565b63ffffffff16901b60e061476560408c0160208d0161524f565b63ffffffff16901b60f861477f60808d0160608e016150f7565b60801760ff16901b1717171717179150509392505050565b602083015160408401515f906147af9060029061541c565b905042816001600160401b031610156147c55750425b6001600160401b038281165f90815260096020526040908190209183169085901b60ff60401b1668ffffffffffffffffff1987161717905561480882600161541c565b6001600160401b0390811660208701819052911660408601819052855160028054606089015160809099015163ffffffff9093166bffffffffffffffffffffffff1990911617600160201b9094029390931768ffffffffffffffffff60601b1916600160601b90920260ff60a01b191691909117600160a01b961515969096029590951760ff60a81b1916600160a81b95151595909502949094179093555090919050565b6298968060035f8282546148c1919061535d565b90915550506040513360248201523060448201526298968060648201526148ea90608401611109565b565b5f6001600160e01b031960e086901b1660a885901b17600160fc1b17614913878585614d9c565b179695505050505050565b816001600160401b0316836001600160401b031610156149645760405163057ec3d360e21b81526001600160401b03808516600483015283166024820152604401610d6e565b8061497b620151806001600160401b03861661535d565b10156149b9578261498f62015180836152b0565b6040516335a6d4b360e21b81526001600160401b0390921660048301526024820152604401610d6e565b5f6149c66103848361535d565b905080846001600160401b03161115610e9f576040516238fe5360e31b81526001600160401b038516600482015260248101829052604401610d6e565b5f6001600160fd1b03600289898989898989604051602001614a2b97969594939291906159d9565b60408051601f1981840301815290829052614a4591615739565b602060405180830381855afa158015614a60573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190614a839190615405565b1698975050505050505050565b600f805466ffffffffffffff60a884901c1691905f90614aba9084906001600160801b031661593d565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555050565b5f5f614aed8484612f46565b915091505f614afe855f1a60041c90565b905060071960ff821601614b28575f848152600b6020526040902080546001600160a01b03191690555b81614b5957335f908152600d602052604081208054629896809290614b4e90849061535d565b909155506111389050565b60031960ff821601614b7c57614b7c8360a887901c66ffffffffffffff16614bfc565b6001600160a01b0383165f908152600d602052604081208054629896809290614ba690849061535d565b90915550505050505050565b5f614bbf83601080614de2565b905080614bcc8584614e1a565b14610e9f57604051630a9da33f60e11b81526001600160a01b038316600482015260248101829052604401610d6e565b6001600160a01b0382165f908152600d6020526040812080546001600160401b0384169290614c2c90849061535d565b9091555050600f80546001600160401b0383169190601090614c5f908490600160801b90046001600160801b031661593d565b92506101000a8154816001600160801b0302191690836001600160801b031602179055505050565b5f816040015162ffffff165f1480614cb05750816020015162ffffff16826040015162ffffff16115b80614cc65750620f4240826020015162ffffff16115b15614cd257505f919050565b8160a0015165ffffffffffff165f03614d0557606082015162ffffff161580156119f95750506080015162ffffff161590565b816060015162ffffff16826020015162ffffff1611158015614d335750620f4240826060015162ffffff1611155b8015614d515750816080015162ffffff16826040015162ffffff1611155b80156119f95750816060015162ffffff16826080015162ffffff16111592915050565b5f61290a614d9585856001600160a01b0316856001600160a01b0316614182565b6060614e35565b5f8181614daa8260ff614e35565b90506001600160a01b038516600160a01b605f84901c1617614dd7614dd0888484614182565b60a8614e35565b979650505050505050565b5f61290a82614df28560206152b0565b614dfc91906152b0565b614e079060086153df565b85901c614e158460086153df565b614e35565b5f612f38614e3284846001600160a01b03165f614182565b60805b5f614e43600180841b6152b0565b90921692915050565b80356001600160401b0381168114614e62575f5ffd5b919050565b5f5f60408385031215614e78575f5ffd5b614e8183614e4c565b946020939093013593505050565b803563ffffffff81168114614e62575f5ffd5b5f5f60408385031215614eb3575f5ffd5b614e8183614e8f565b5f5f83601f840112614ecc575f5ffd5b5081356001600160401b03811115614ee2575f5ffd5b602083019150836020828501011115612f8e575f5ffd5b5f5f5f5f5f5f5f5f60a0898b031215614f10575f5ffd5b88359750614f2060208a01614e4c565b965060408901356001600160401b03811115614f3a575f5ffd5b614f468b828c01614ebc565b90975095505060608901356001600160401b03811115614f64575f5ffd5b8901601f81018b13614f74575f5ffd5b80356001600160401b03811115614f89575f5ffd5b8b60208260051b8401011115614f9d575f5ffd5b6020919091019450925060808901356001600160401b03811115614fbf575f5ffd5b614fcb8b828c01614ebc565b999c989b5096995094979396929594505050565b5f5f5f5f5f6108408688031215614ff4575f5ffd5b614ffd86614e8f565b94506101a0860187811115615010575f5ffd5b602087019450610620870188811115615027575f5ffd5b9093506108208701908882111561503c575f5ffd5b9598949750929550509035919050565b5f6020828403121561505c575f5ffd5b5035919050565b6001600160a01b0381168114611a15575f5ffd5b5f60208284031215615087575f5ffd5b8135612f3881615063565b5f5f5f606084860312156150a4575f5ffd5b8335600781106150b2575f5ffd5b95602085013595506040909401359392505050565b5f5f604083850312156150d8575f5ffd5b50508035926020909101359150565b803560ff81168114614e62575f5ffd5b5f60208284031215615107575f5ffd5b612f38826150e7565b5f5f6101608385031215615122575f5ffd5b610140830184811115615133575f5ffd5b9294923593505050565b5f6020828403121561514d575f5ffd5b81356001600160401b03811115615162575f5ffd5b82016101608185031215612f38575f5ffd5b803562ffffff81168114614e62575f5ffd5b5f5f5f5f5f60a0868803121561519a575f5ffd5b6151a3866150e7565b94506151b160208701615174565b93506151bf60408701615174565b92506151cd60608701615174565b91506151db60808701615174565b90509295509295909350565b5f61012082840312156151f8575f5ffd5b50919050565b5f5f5f6101408486031215615211575f5ffd5b61521b85856151e7565b92506101208401356001600160401b03811115615236575f5ffd5b61524286828701614ebc565b9497909650939450505050565b5f6020828403121561525f575f5ffd5b612f3882614e8f565b5f6101208284031215615279575f5ffd5b612f3883836151e7565b5f60208284031215615293575f5ffd5b612f3882614e4c565b634e487b7160e01b5f52601160045260245ffd5b818103818111156119f9576119f961529c565b5f5f858511156152d1575f5ffd5b838611156152dd575f5ffd5b5050820193919092039150565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8581526001600160401b03851660208201526001600160401b0384166040820152608060608201525f614dd76080830184866152ea565b634e487b7160e01b5f52603260045260245ffd5b808201808211156119f9576119f961529c565b634e487b7160e01b5f52602160045260245ffd5b600781106153a057634e487b7160e01b5f52602160045260245ffd5b9052565b606081016153b28286615384565b602082019390935260400152919050565b63ffffffff81811683821601908111156119f9576119f961529c565b80820281158282048414176119f9576119f961529c565b818382375f9101908152919050565b5f60208284031215615415575f5ffd5b5051919050565b6001600160401b0381811683821601908111156119f9576119f961529c565b5f5f8335601e19843603018112615450575f5ffd5b8301803591506001600160401b03821115615469575f5ffd5b602001915036819003821315612f8e575f5ffd5b5f5f8335601e19843603018112615492575f5ffd5b8301803591506001600160401b038211156154ab575f5ffd5b6020019150600581901b3603821315612f8e575f5ffd5b6001600160401b03881681528660208201526001600160401b03861660408201526001600160401b038516606082015283608082015260c060a08201525f61550e60c0830184866152ea565b9998505050505050505050565b608081016155298287615384565b84602083015283604083015282606083015295945050505050565b6101608101610140848337826101408301529392505050565b838152604060208201525f6155766040830184866152ea565b95945050505050565b5f6020828403121561558f575f5ffd5b8151612f3881615063565b80358015158114614e62575f5ffd5b5f602082840312156155b9575f5ffd5b612f388261559a565b634e487b7160e01b5f52601260045260245ffd5b5f826155e4576155e46155c2565b500490565b6001600160801b0382811682821603908111156119f9576119f961529c565b848152602081018490526001600160a01b03831660408201526101808101823561563181615063565b6001600160a01b0316606083015261564b60208401614e8f565b63ffffffff16608083015261566260408401614e8f565b63ffffffff1660a0830152615679606084016150e7565b60ff1660c083015261568d6080840161559a565b151560e08301526156a060a08401614e4c565b6001600160401b03166101008301526156bb60c08401614e4c565b6001600160401b03166101208301526156d660e08401614e4c565b6001600160401b03166101408301526156f26101008401614e4c565b6001600160401b0381166101608401525095945050505050565b602081016119f98284615384565b6001600160401b0382811682821603908111156119f9576119f961529c565b5f82518060208501845e5f920191825250919050565b5f8261575d5761575d6155c2565b500690565b604081525f6157756040830185876152ea565b905060208201835f5b600181101561579d57815183526020928301929091019060010161577e565b505050949350505050565b803560208310156119f9575f19602084900360031b1b1692915050565b5f600182016157d6576157d661529c565b5060010190565b5f6001600160401b0382166001600160401b0381036157fe576157fe61529c565b60010192915050565b6102208101610200848337826102008301529392505050565b63ffffffff851681526106408101610180856020840137610480846101a08401378261062083015295945050505050565b63ffffffff861681526020810185905261050081016104808560408401376104c08201939093526104e001529392505050565b838152610240810161020084602084013782610220830152949350505050565b8181035f831280158383131683831282161715612b7c57612b7c61529c565b8082025f8212600160ff1b841416156158de576158de61529c565b81810583148215176119f9576119f961529c565b8082018281125f83128015821682158216171561183b5761183b61529c565b5f8261591f5761591f6155c2565b600160ff1b82145f19841416156159385761593861529c565b500590565b6001600160801b0381811683821601908111156119f9576119f961529c565b5f60c08201905060ff835116825262ffffff602084015116602083015262ffffff604084015116604083015262ffffff606084015116606083015262ffffff608084015116608083015265ffffffffffff60a08401511660a083015292915050565b62ffffff82811682821603908111156119f9576119f961529c565b8781528660208201526001600160401b0360c01b8660c01b1660408201526001600160401b0360c01b8560c01b166048820152836050820152818360708301375f9101607001908152969550505050505056fea164736f6c634300081c000a60c060405234801561000f575f5ffd5b506040516106dd3803806106dd83398101604081905261002e91610060565b6001600160a01b039182166080521660a052610091565b80516001600160a01b038116811461005b575f5ffd5b919050565b5f5f60408385031215610071575f5ffd5b61007a83610045565b915061008860208401610045565b90509250929050565b60805160a0516106186100c55f395f818160aa015281816102f401526103d401525f818160e9015261010e01526106185ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c806305dffe80146100595780631ccfd4d71461007f57806325252aa614610092578063776fca92146100a5578063ed33639f146100e4575b5f5ffd5b61006c61006736600461049d565b61010b565b6040519081526020015b60405180910390f35b61006c61008d366004610506565b6101b6565b61006c6100a0366004610558565b610235565b6100cc7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610076565b6100cc7f000000000000000000000000000000000000000000000000000000000000000081565b5f7f000000000000000000000000000000000000000000000000000000000000000081805b60108110156101835761015886826010811061014e5761014e6105a6565b6020020135610268565b610179838388846010811061016f5761016f6105a6565b60200201356102ae565b9150600101610130565b5061018d84610268565b6101ac826101a6846101a0865f8c6102ae565b856102ae565b866102ae565b9695505050505050565b5f600c8211156101e157604051636b85165160e01b8152600481018390526024015b60405180910390fd5b5f6101eb856102f1565b905060608302840161021d816102028660036105ce565b61020e600c60036105ce565b61021891906105e5565b610370565b61022a8783875f886103d1565b979650505050505050565b5f600c82111561025b57604051636b85165160e01b8152600481018390526024016101d8565b6101ac86868686866103d1565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181106102ab57604051632051490960e21b8152600481018290526024016101d8565b50565b5f5f835f528260205260205f60405f885afa5f5192503d602014169050806102e957604051631b690d2360e21b815260040160405180910390fd5b509392505050565b5f7f0000000000000000000000000000000000000000000000000000000000000000815b600c81101561036957600581901b8401610330816003610370565b5f61033a60405190565b905084815260608260208301376103518482610462565b9450505060038161036291906105f8565b9050610315565b5050919050565b632051490960e21b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001600583901b84015b808510156103ca5784358281106103be57835f528060045260245ffd5b506020850194506103a1565b5050505050565b837f0000000000000000000000000000000000000000000000000000000000000000835b838110156104575760608102860161040e816003610370565b5f61041860405190565b905060038a8460011b1c1660051b8083833785818301528060600381840160208385010137506104488482610462565b945050508060010190506103f5565b505095945050505050565b5f5f602083608085875afa835192503d6020141690508061049657604051631b690d2360e21b815260040160405180910390fd5b5092915050565b5f5f5f61024084860312156104b0575f5ffd5b833592506102208401858111156104c5575f5ffd5b92956020949094019450509035919050565b803563ffffffff811681146104ea575f5ffd5b919050565b806104808101831015610500575f5ffd5b92915050565b5f5f5f5f610640858703121561051a575f5ffd5b610523856104d7565b93506101a0850186811115610536575f5ffd5b60208601935061054687826104ef565b94979396509394610620013593505050565b5f5f5f5f5f610500868803121561056d575f5ffd5b610576866104d7565b94506020860135935061058c87604088016104ef565b949793965093946104c081013594506104e0013592915050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610500576105006105ba565b81810381811115610500576105006105ba565b80820180821115610500576105006105ba56fea164736f6c634300081c000a6135cd80600b5f395ff3007f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001606035604035602035600035848110858310168584101685851016610043575f5ffd5b8101918301908001810192800182019080018490800884908208918001849080088490840890849082089284908308927f19b849f69450b06848da1d39bd5e4a4302bb86744edc26238b0878e269ed23e5018481800985908009859109907f265ddfe127dd51bd7239347b758f0a1320eb2cc7450acc1dad47f80c8dcf34d6018481800985908009859109927f199750ec472f1809e0f66a545e1e51624108ac845015c2aa3dfc36bab497d8aa018481800985908009859109917f157ff3fe65ac7208110f06a5f74302b14d743ea25067f0ffd032f787c7f1cdf8018481800985908009859109908301918101928001830190800182019280018490800884908408918001849080088490820892849084089084908308907f2e49c43c4569dd9c5fd35ac45fca33f10b15c590692f8beefe18f4896ac94902018481800985908009859109927f0e35fb89981890520d4aef2b6d6506c3cb2f0b6973c24fa82731345ffa2d1f1e018481800985908009859109907f251ad47cb15c4f1105f109ae5e944f1ba9d9e7806d667ffec6fe723002e0b996018481800985908009859109917f13da07dc64d428369873e97160234641f8beb56fdd05e5f3563fa39d9c22df4e018481800985908009859109928101918301908001810192800182019080018490800884908208918001849080088490840890849082089284908308927f0c009b84e650e6d23dc00c7dccef7483a553939689d350cd46e7b89055fd4738018481800985908009859109907f011f16b1c63a854f01992e3956f42d8b04eb650c6d535eb0203dec74befdca06018481800985908009859109927f0ed69e5e383a688f209d9a561daa79612f3f78d0467ad45485df07093f367549018481800985908009859109917f04dba94a7b0ce9e221acad41472b6bbe3aec507f5eb3d33f463672264c9f789b018481800985908009859109908301918101928001830190800182019280018490800884908408918001849080088490820892849084089084908308907f0a3f2637d840f3a16eb094271c9d237b6036757d4bb50bf7ce732ff1d4fa28e8018481800985908009859109927f259a666f129eea198f8a1c502fdb38fa39b1f075569564b6e54a485d1182323f018481800985908009859109907f28bf7459c9b2f4c6d8e7d06a4ee3a47f7745d4271038e5157a32fdf7ede0d6a1018481800985908009859109917f0a1ca941f057037526ea200f489be8d4c37c85bbcce6a2aeec91bd6941432447018481800985908009859109928101918301908001810192800182019080018490800884908208918001849080088490840890849082089284908308927f0c6f8f958be0e93053d7fd4fc54512855535ed1539f051dcb43a26fd926361cf0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f123106a93cd17578d426e8128ac9d90aa9e8a00708e296e084dd57e69caaf8110184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f26e1ba52ad9285d97dd3ab52f8e840085e8fa83ff1e8f1877b074867cd2dee750184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f1cb55cad7bd133de18a64c5c47b9c97cbe4d8b7bf9e095864471537e6a4ae2c50184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f1dcd73e46acd8f8e0e2c7ce04bde7f6d2a53043d5060a41c7143f08e6e9055d00184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f011003e32f6d9c66f5852f05474a4def0cda294a0eb4e9b9b12b9bb4512e55740184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f2b1e809ac1d10ab29ad5f20d03a57dfebadfe5903f58bafed7c508dd2287ae8c0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f2539de1785b735999fb4dac35ee17ed0ef995d05ab2fc5faeaa69ae87bcec0a50184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f0c246c5a2ef8ee0126497f222b3e0a0ef4e1c3d41c86d46e43982cb11d77951d0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f192089c4974f68e95408148f7c0632edbb09e6a6ad1a1c2f3f0305f5d03b527b0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f1eae0ad8ab68b2f06a0ee36eeb0d0c058529097d91096b756d8fdc2fb5a60d850184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f179190e5d0e22179e46f8282872abc88db6e2fdc0dee99e69768bd98c5d06bfb0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f29bb9e2c9076732576e9a81c7ac4b83214528f7db00f31bf6cafe794a9b3cd1c0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f225d394e42207599403efd0c2464a90d52652645882aac35b10e590e6e691e080184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f064760623c25c8cf753d238055b444532be13557451c087de09efd454b23fd590184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f10ba3a0e01df92e87f301c4b716d8a394d67f4bf42a75c10922910a78f6b5b870184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f0e070bf53f8451b24f9c6e96b0c2a801cb511bc0c242eb9d361b77693f21471c0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f1b94cd61b051b04dd39755ff93821a73ccd6cb11d2491d8aa7f921014de252fb0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f1d7cb39bafb8c744e148787a2e70230f9d4e917d5713bb050487b5aa7d74070b0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f2ec93189bd1ab4f69117d0fe980c80ff8785c2961829f701bb74ac1f303b17db0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f2db366bfdd36d277a692bb825b86275beac404a19ae07a9082ea46bd835179260184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f062100eb485db06269655cf186a68532985275428450359adc99cec6960711b80184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f0761d33c66614aaa570e7f1e8244ca1120243f92fa59e4f900c567bf41f5a59b0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f20fc411a114d13992c2705aa034e3f315d78608a0f7de4ccf7a72e494855ad0d0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f25b5c004a4bdfcb5add9ec4e9ab219ba102c67e8b3effb5fc3a30f317250bc5a0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f23b1822d278ed632a494e58f6df6f5ed038b186d8474155ad87e7dff62b37f4b0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f22734b4c5c3f9493606c4ba9012499bf0f14d13bfcfcccaa16102a29cc2f69e00184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f26c0c8fe09eb30b7e27a74dc33492347e5bdff409aa3610254413d3fad795ce50184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f070dd0ccb6bd7bbae88eac03fa1fbb26196be3083a809829bbd626df348ccad90184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f12b6595bdb329b6fb043ba78bb28c3bec2c0a6de46d8c5ad6067c4ebfd4250da0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f248d97d7f76283d63bec30e7a5876c11c06fca9b275c671c5e33d95bb7e8d7290184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f1a306d439d463b0816fc6fd64cc939318b45eb759ddde4aa106d15d9bd9baaaa0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f28a8f8372e3c38daced7c00421cb4621f4f1b54ddc27821b0d62d3d6ec7c56cf0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f0094975717f9a8a8bb35152f24d43294071ce320c829f388bc852183e1e2ce7e0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f04d5ee4c3aa78f7d80fde60d716480d3593f74d4f653ae83f4103246db2e8d650184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f2a6cf5e9aa03d4336349ad6fb8ed2269c7bef54b8822cc76d08495c12efde1870184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f2304d31eaab960ba9274da43e19ddeb7f792180808fd6e43baae48d7efcba3f30184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f03fd9ac865a4b2a6d5e7009785817249bff08a7e0726fcb4e1c11d39d199f0b00184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f00b7258ded52bbda2248404d55ee5044798afc3a209193073f7954d4d63b0b640184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f159f81ada0771799ec38fca2d4bf65ebb13d3a74f3298db36272c5ca65e92d9a0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f1ef90e67437fbc8550237a75bc28e3bb9000130ea25f0c5471e144cf4264431f0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f1e65f838515e5ff0196b49aa41a2d2568df739bc176b08ec95a79ed82932e30d0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f2b1b045def3a166cec6ce768d079ba74b18c844e570e1f826575c1068c94c33f0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f0832e5753ceb0ff6402543b1109229c165dc2d73bef715e3f1c6e07c168bb1730184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f02f614e9cedfb3dc6b762ae0a37d41bab1b841c2e8b6451bc5a8e3c390b6ad160184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f0e2427d38bd46a60dd640b8e362cad967370ebb777bedff40f6a0be27e7ed7050184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f0493630b7c670b6deb7c84d414e7ce79049f0ec098c3c7c50768bbe29214a53a0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f22ead100e8e482674decdab17066c5a26bb1515355d5461a3dc06cc85327cea90184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f25b3e56e655b42cdaae2626ed2554d48583f1ae35626d04de5084e0b6d2a6f160184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f1e32752ada8836ef5837a6cde8ff13dbb599c336349e4c584b4fdc0a0cf6f9d00184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f2fa2a871c15a387cc50f68f6f3c3455b23c00995f05078f672a9864074d412e50184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f2f569b8a9a4424c9278e1db7311e889f54ccbf10661bab7fcd18e7c7a7d835050184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f044cb455110a8fdd531ade530234c518a7df93f7332ffd2144165374b246b43d0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f227808de93906d5d420246157f2e42b191fe8c90adfe118178ddc723a53190250184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f02fcca2934e046bc623adead873579865d03781ae090ad4a8579d2e7a68003550184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f0ef915f0ac120b876abccceb344a1d36bad3f3c5ab91a8ddcbec2e060d8befac0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f1797130f4b7a3e1777eb757bc6f287f6ab0fb85f6be63b09f3b16ef2b1405d38018481800985908009859109907f0a76225dc04170ae3306c85abab59e608c7f497c20156d4d36c668555decc6e5018481800985908009859109927f1fffb9ec1992d66ba1e77a7b93209af6f8fa76d48acb664796174b5326a31a5c018481800985908009859109917f25721c4fc15a3f2853b57c338fa538d85f8fbba6c6b9c6090611889b797b9c5f018481800985908009859109908301918101928001830190800182019280018490800884908408918001849080088490820892849084089084908308907f0c817fd42d5f7a41215e3d07ba197216adb4c3790705da95eb63b982bfcaf75a018481800985908009859109927f13abe3f5239915d39f7e13c2c24970b6df8cf86ce00a22002bc15866e52b5a96018481800985908009859109907f2106feea546224ea12ef7f39987a46c85c1bc3dc29bdbd7a92cd60acb4d391ce018481800985908009859109917f21ca859468a746b6aaa79474a37dab49f1ca5a28c748bc7157e1b3345bb0f959018481800985908009859109928101918301908001810192800182019080018490800884908208918001849080088490840890849082089284908308927f05ccd6255c1e6f0c5cf1f0df934194c62911d14d0321662a8f1a48999e34185b018481800985908009859109907f0f0e34a64b70a626e464d846674c4c8816c4fb267fe44fe6ea28678cb09490a4018481800985908009859109927f0558531a4e25470c6157794ca36d0e9647dbfcfe350d64838f5b1a8a2de0d4bf018481800985908009859109917f09d3dca9173ed2faceea125157683d18924cadad3f655a60b72f5864961f1455018481800985908009859109908301918101928001830190800182019280018490800884908408918001849080088490820892849084089084908308907f0328cbd54e8c0913493f866ed03d218bf23f92d68aaec48617d4c722e5bd4335018481800985908009859109927f2bf07216e2aff0a223a487b1a7094e07e79e7bcc9798c648ee3347dd5329d34b018481800985908009859109907f1daf345a58006b736499c583cb76c316d6f78ed6a6dffc82111e11a63fe412df018481800985908009859109917f176563472456aaa746b694c60e1823611ef39039b2edc7ff391e6f2293d2c404018481800985908009859109928101918301928001820192800184908008849084088460603582085f5260205ff3610d8b80600b5f395ff3007f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016020355f35828210838210166033575f5ffd5b81810191820191017f1da4d6adfb0d0b494584f763db50a81908580a5f5e295e168b9b8d31770fac4f018281800983908009839109907f0946129a2e33b4e819707a56a3b3790eab80d0a0c7a0c63451fab2a59acc074c01828180098390800983910981810190810191017f2a39b9d5376afd35580abd6952986570867b87303b07140268794dad4b8f82ea018281800983908009839109907f27605717d1245c20c546b3c7014e5fa3e4a70e66ecd6de5d32448eea5e3069b201828180098390800983910981810190810191017f24c896cb2594e17b973653193a470ed7e771ebb09a228d638e50809c03773632018281800983908009839109907f0911096c45dd9cda0d61d783957003db6d8701c7869a919ad8042e1b7d597a49018281800983908009839109818101908390820891017f26ff6166f1e4b99e27eee6d352a8ce26f1daba01aad28021f11f38a70603afdc01828180098390800983910982826003028208918101017f008e2faedcf76d08ad6591ff90e50fea79bcb5e18cfb7d954d5b89437bf64b7e01828180098390800983910982826003028208918101017f19c9da2379b598ace3ad4d1872470830f6184a3cec71eeb632f98820eb353d7801828180098390800983910982826003028208918101017f0f7c4eb15d8b0b62a8f6a090ec9610a2ab3dfcdb57e2539aa459a40583dfe96b01828180098390800983910982826003028208918101017f18b99417dc26b5e079750eba282362d1d46900b47dd5ff809171588b08ac398301828180098390800983910982826003028208918101017f1ee044081160b3eee2d4493feab82141c73f1c054b76320a8848af08a8d91a2601828180098390800983910982826003028208918101017f29bb95c8763efd3e0e87f5df12ee8a150455b6d7a14780d19122220366c258dc01828180098390800983910982826003028208918101017f22c23eec9cb13ff8a3ee9a363d740653215e8991f7f9ec12067b4705e9a5c9fb01828180098390800983910982826003028208918101017f23589e033a31a667680c8b18926c3be09115c7644c4f905cc7deefc1690b42dc01828180098390800983910982826003028208918101017f304e99b887f2e1e92c9c0cde5f2bdd4764f60b98a219f1f0dd64ec938a6a247c01828180098390800983910982826003028208918101017f22e817865236ad3a76fbe88bbdf31fcae792f326271d53a3a493b2de7f7d8b4c01828180098390800983910982826003028208918101017f10c9efe573e86fa5b238a3f5c70a00bf02bc7dcfcc4878e026b77c881dc8b1c901828180098390800983910982826003028208918101017f0a94f16be920d85f4d6f80e745c6bddbc084f309edffef023ea283c72b89bbb601828180098390800983910982826003028208918101017f23ed72b4d01d14e3c7888fedb770494abc2c1ea81d6465b5df3da0ebcd69101a01828180098390800983910982826003028208918101017f17c5115640e4cebeed0e6cbb511ac38498df815a77cb162de8d8f1022eb6bb7401828180098390800983910982826003028208918101017f2e507fcca290d0d9cf765245750eb04773e09e1fc813959fb99680a82772e4fc01828180098390800983910982826003028208918101017f0d4a98999f5b39176af6cce65c8d12162433f055cb71d70dfc8803013292bbbf01828180098390800983910982826003028208918101017f238d8022cc09c21ab3c01261a03dc125321d829e22a7a3b7a1bd3c335eccfa2101828180098390800983910982826003028208918101017f010cd8e4c2b7051cb81dc8292e35d8e943ce365613d5b39770e454ed9f4ae16501828180098390800983910982826003028208918101017f088027e54f2a3604b11178cf0ea3c6aa861173a90fb231238e03539590ecc02701828180098390800983910982826003028208918101017f1b840f5311a2b1d4b4cd7aa7e5a9a6d161165468daa938108302b73e464819db01828180098390800983910982826003028208918101017f2bf51a5da1828a1cf9b764b1e16c15929a3a346e44198ea0cb366fcd8db78dc101828180098390800983910982826003028208918101017f206ad089d8d296ffe68a6a86767a7fe726b8872f9c7beef9d56a3a50f6f2382701828180098390800983910982826003028208918101017f24d19193171494fa1a54e0a99ac16d05eaec4b6d617c7c199fc07ff88eac550c01828180098390800983910982826003028208918101017f1dd654a2ca9d9f24f33d88246a40dfb32c40662278b9c0b995d9f9fbaf15213801828180098390800983910982826003028208918101017f0d171025c925f6e259d20ecbd3a601108c85f05b0fe7793b8acf57f3789785e401828180098390800983910982826003028208918101017f055bef435a43aec245cd99ccb0f7c8791d9e8cf2b80d95dd98b9908fed877d5501828180098390800983910982826003028208918101017f10d2ac8c61c8a2e88a2a3f42d9359a14be63d0ad4cfd9f203b75765d0e595f0e01828180098390800983910982826003028208918101017f103479710e70996982a84057ec3ba6b2254d7966ddc41e85296e3d0790dcfa5601828180098390800983910982826003028208918101017f2a366f0448fda3c05914ffb48c765da8de96f9aa340db1638225f8372921807b01828180098390800983910982826003028208918101017f16be0fb8ef62da17919b6e0378d00594153bb8899aeb686c04626b63285837a401828180098390800983910982826003028208918101017f0417038500e9d06c60abbc7f0d0d24c32dec8a0b2aa5a4d52cfd8c78a15bc37001828180098390800983910982826003028208918101017f26a6873b43ffd2ccf66ec6f4493ff9b54f4d76480bc486a3e5a0308fdd01381201828180098390800983910982826003028208918101017f0a3314a838f32630a96251914fe5ad262f3db9b2aa8aa9f7391922d36278c49801828180098390800983910982826003028208918101017f0fde0c5429a6beb07f462d4821f48f86aeadb46a090b15a044f4b59399027da401828180098390800983910982826003028208918101017f0abc2d5049972a6b9b357e4163793b0bb517e1eb535a984df11a1c89cda2c8a901828180098390800983910982826003028208918101017f0dab51d6e3ebfa661d21722fb21e55051b427a5f173f7f17735205dbb77c464e01828180098390800983910982826003028208918101017f29c36622598b511d51af6cc37123652fb21be5c2d68fb8efe9b92e70a8c1ae0301828180098390800983910982826003028208918101017f2c03ec80adac2a33ae846bc0b700d0bcc41c4096e53ac6990d6bbe7ea2fbc85c01828180098390800983910982826003028208918101017f0918fdbe9cf3a59fbdb4c6852d065105317303116017d893b8b521e3cebe1e0d01828180098390800983910982826003028208918101017f1f19ec22e69ca33f599dd13cd7e495a8176a79df4f7acf79a9d2135acabe235901828180098390800983910982826003028208918101017f1c4b037c8ae85ee1eb32b872eb7f76928c4c76b29ceb001346447b291108070401828180098390800983910982826003028208918101017f2b68900ed906616d6c826d0bde341766ba3131e04d420de5af0a69c534efd8db01828180098390800983910982826003028208918101017f20ca92aa222fcc69448f8dac653c8daaa180ff6dfb397cef723d4f0c782bc7f001828180098390800983910982826003028208918101017f10d22d05bdff6bb375276fc82057db337045a5ab7ac053941f6186289b66b2b601828180098390800983910982826003028208918101017f0b1ffdbb529367bb98f32ba45784cb435aa910b4a00636d1e5ca79e88bdd6cd901828180098390800983910982826003028208918101017f2da32b38e7984bc2ed757ec705eccf8282c7b4f82e5e515f6f89bcc33022ce9f01828180098390800983910982826003028208918101017f042593ad87403f6d2674b8b55a886725b87eb33958031e94d292cecc6abed1bb01828180098390800983910982826003028208918101017f181fa1b4d067783a19d7367bf49b3f01051faedab463a6de9308fbd6e7d419f101828180098390800983910982826003028208918101017f15aaa6cc9b7900b15683c95515c26028a8e35b00ed8a815c34927188c60de66001828180098390800983910982826003028208918101017f1bf28a93209084bbbc63234f057254c280b1a636f5a0eced6787320212f75a7a018281800983908009839109907f1cdb8c8bee5426f02cd9e229776118f156273b312f805c8e6f8c9d81a620cb6f01828180098390800983910981810190810191017f08299c0abf196d53162e0facb5f1876f516df2505cc387a0f8ea0e8760d5ca7e018281800983908009839109907f221643d205fe82778a7b7b58cb65c4962d76c0072cabd1124117269d7c710b8a01828180098390800983910981810190810191017f2d036a95f81cf49bb7a0143a28c88767f6bd10c3f74b22db487920d43343dbff018281800983908009839109907f08a50897c06aafe6ea414fb1bceca2267cd4a39486729fbc6d5d1bb7a172ebd2018281800983908009839109818101908101910150602035085f5260205ff3",
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
// Solidity: constructor(address token_, (address,address,address[]) roles, (uint256,uint256[16],uint256) genesis, bytes32 configHash_, uint256[] batchSizes, address[] batchVerifiers, address checks_) returns()
func (rollup *Rollup) PackConstructor(token_ common.Address, roles RollupRoles, genesis RollupGenesisState, configHash_ [32]byte, batchSizes []*big.Int, batchVerifiers []common.Address, checks_ common.Address) []byte {
	enc, err := rollup.abi.Pack("", token_, roles, genesis, configHash_, batchSizes, batchVerifiers, checks_)
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

// PackESCAPENODEHEIGHT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70062cee.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ESCAPE_NODE_HEIGHT() view returns(uint256)
func (rollup *Rollup) PackESCAPENODEHEIGHT() []byte {
	enc, err := rollup.abi.Pack("ESCAPE_NODE_HEIGHT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackESCAPENODEHEIGHT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70062cee.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ESCAPE_NODE_HEIGHT() view returns(uint256)
func (rollup *Rollup) TryPackESCAPENODEHEIGHT() ([]byte, error) {
	return rollup.abi.Pack("ESCAPE_NODE_HEIGHT")
}

// UnpackESCAPENODEHEIGHT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70062cee.
//
// Solidity: function ESCAPE_NODE_HEIGHT() view returns(uint256)
func (rollup *Rollup) UnpackESCAPENODEHEIGHT(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("ESCAPE_NODE_HEIGHT", data)
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

// PackSUBMISSIONVERIFIERKEY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6fef875.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SUBMISSION_VERIFIER_KEY() view returns(uint256)
func (rollup *Rollup) PackSUBMISSIONVERIFIERKEY() []byte {
	enc, err := rollup.abi.Pack("SUBMISSION_VERIFIER_KEY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSUBMISSIONVERIFIERKEY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6fef875.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SUBMISSION_VERIFIER_KEY() view returns(uint256)
func (rollup *Rollup) TryPackSUBMISSIONVERIFIERKEY() ([]byte, error) {
	return rollup.abi.Pack("SUBMISSION_VERIFIER_KEY")
}

// UnpackSUBMISSIONVERIFIERKEY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf6fef875.
//
// Solidity: function SUBMISSION_VERIFIER_KEY() view returns(uint256)
func (rollup *Rollup) UnpackSUBMISSIONVERIFIERKEY(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("SUBMISSION_VERIFIER_KEY", data)
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

// PackChecks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2684d75f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checks() view returns(address)
func (rollup *Rollup) PackChecks() []byte {
	enc, err := rollup.abi.Pack("checks")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackChecks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2684d75f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checks() view returns(address)
func (rollup *Rollup) TryPackChecks() ([]byte, error) {
	return rollup.abi.Pack("checks")
}

// UnpackChecks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2684d75f.
//
// Solidity: function checks() view returns(address)
func (rollup *Rollup) UnpackChecks(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("checks", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackCommitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09dc0689.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitBatch(uint256 newRoot, uint64 timestamp, bytes pubdata, address[] withdrawalAddresses, bytes proof) returns()
func (rollup *Rollup) PackCommitBatch(newRoot *big.Int, timestamp uint64, pubdata []byte, withdrawalAddresses []common.Address, proof []byte) []byte {
	enc, err := rollup.abi.Pack("commitBatch", newRoot, timestamp, pubdata, withdrawalAddresses, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x09dc0689.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitBatch(uint256 newRoot, uint64 timestamp, bytes pubdata, address[] withdrawalAddresses, bytes proof) returns()
func (rollup *Rollup) TryPackCommitBatch(newRoot *big.Int, timestamp uint64, pubdata []byte, withdrawalAddresses []common.Address, proof []byte) ([]byte, error) {
	return rollup.abi.Pack("commitBatch", newRoot, timestamp, pubdata, withdrawalAddresses, proof)
}

// PackCommitSubmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4797c88a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitSubmission((uint256,uint64,uint64,bytes,address[],uint256,bytes32,bytes32,bytes,bytes,bytes) s) returns()
func (rollup *Rollup) PackCommitSubmission(s Submission) []byte {
	enc, err := rollup.abi.Pack("commitSubmission", s)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitSubmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4797c88a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitSubmission((uint256,uint64,uint64,bytes,address[],uint256,bytes32,bytes32,bytes,bytes,bytes) s) returns()
func (rollup *Rollup) TryPackCommitSubmission(s Submission) ([]byte, error) {
	return rollup.abi.Pack("commitSubmission", s)
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
// the contract method with ID 0x0a5aca6e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escape(uint32 accountId, uint256[12] leaf, uint256[36] siblings, uint256[16] markets, uint256 globals) returns()
func (rollup *Rollup) PackEscape(accountId uint32, leaf [12]*big.Int, siblings [36]*big.Int, markets [16]*big.Int, globals *big.Int) []byte {
	enc, err := rollup.abi.Pack("escape", accountId, leaf, siblings, markets, globals)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscape is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0a5aca6e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escape(uint32 accountId, uint256[12] leaf, uint256[36] siblings, uint256[16] markets, uint256 globals) returns()
func (rollup *Rollup) TryPackEscape(accountId uint32, leaf [12]*big.Int, siblings [36]*big.Int, markets [16]*big.Int, globals *big.Int) ([]byte, error) {
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

// PackEscapeHasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9abbaaf4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escapeHasher() view returns(address)
func (rollup *Rollup) PackEscapeHasher() []byte {
	enc, err := rollup.abi.Pack("escapeHasher")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscapeHasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9abbaaf4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escapeHasher() view returns(address)
func (rollup *Rollup) TryPackEscapeHasher() ([]byte, error) {
	return rollup.abi.Pack("escapeHasher")
}

// UnpackEscapeHasher is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9abbaaf4.
//
// Solidity: function escapeHasher() view returns(address)
func (rollup *Rollup) UnpackEscapeHasher(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("escapeHasher", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackEscapeNodes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdda5cc4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escapeNodes(bytes32 key) view returns(uint256 node)
func (rollup *Rollup) PackEscapeNodes(key [32]byte) []byte {
	enc, err := rollup.abi.Pack("escapeNodes", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscapeNodes is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfdda5cc4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escapeNodes(bytes32 key) view returns(uint256 node)
func (rollup *Rollup) TryPackEscapeNodes(key [32]byte) ([]byte, error) {
	return rollup.abi.Pack("escapeNodes", key)
}

// UnpackEscapeNodes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfdda5cc4.
//
// Solidity: function escapeNodes(bytes32 key) view returns(uint256 node)
func (rollup *Rollup) UnpackEscapeNodes(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("escapeNodes", data)
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

// PackEscapeRootDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f9d544b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escapeRootDigest() view returns(bytes32)
func (rollup *Rollup) PackEscapeRootDigest() []byte {
	enc, err := rollup.abi.Pack("escapeRootDigest")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscapeRootDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f9d544b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escapeRootDigest() view returns(bytes32)
func (rollup *Rollup) TryPackEscapeRootDigest() ([]byte, error) {
	return rollup.abi.Pack("escapeRootDigest")
}

// UnpackEscapeRootDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f9d544b.
//
// Solidity: function escapeRootDigest() view returns(bytes32)
func (rollup *Rollup) UnpackEscapeRootDigest(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("escapeRootDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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

// PackHasher4 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x776fca92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasher4() view returns(address)
func (rollup *Rollup) PackHasher4() []byte {
	enc, err := rollup.abi.Pack("hasher4")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHasher4 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x776fca92.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hasher4() view returns(address)
func (rollup *Rollup) TryPackHasher4() ([]byte, error) {
	return rollup.abi.Pack("hasher4")
}

// UnpackHasher4 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x776fca92.
//
// Solidity: function hasher4() view returns(address)
func (rollup *Rollup) UnpackHasher4(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("hasher4", data)
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
// the contract method with ID 0x0019313e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaimBond(uint64 queueIndex, bytes32 r) returns()
func (rollup *Rollup) PackReclaimBond(queueIndex uint64, r [32]byte) []byte {
	enc, err := rollup.abi.Pack("reclaimBond", queueIndex, r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaimBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0019313e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaimBond(uint64 queueIndex, bytes32 r) returns()
func (rollup *Rollup) TryPackReclaimBond(queueIndex uint64, r [32]byte) ([]byte, error) {
	return rollup.abi.Pack("reclaimBond", queueIndex, r)
}

// PackReclaimDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0bae934c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaimDeposit(uint64 queueIndex, bytes32 r) returns()
func (rollup *Rollup) PackReclaimDeposit(queueIndex uint64, r [32]byte) []byte {
	enc, err := rollup.abi.Pack("reclaimDeposit", queueIndex, r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaimDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0bae934c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaimDeposit(uint64 queueIndex, bytes32 r) returns()
func (rollup *Rollup) TryPackReclaimDeposit(queueIndex uint64, r [32]byte) ([]byte, error) {
	return rollup.abi.Pack("reclaimDeposit", queueIndex, r)
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

// RollupSubmissionCommitted represents a SubmissionCommitted event raised by the Rollup contract.
type RollupSubmissionCommitted struct {
	LastBatchNumber  uint64
	FirstBatchNumber uint64
	NewRoot          *big.Int
	Timestamp        uint64
	QueueHead        uint64
	VersionedHash    [32]byte
	L1Records        []byte
	Raw              *types.Log // Blockchain specific contextual infos
}

const RollupSubmissionCommittedEventName = "SubmissionCommitted"

// ContractEventName returns the user-defined event name.
func (RollupSubmissionCommitted) ContractEventName() string {
	return RollupSubmissionCommittedEventName
}

// UnpackSubmissionCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SubmissionCommitted(uint64 indexed lastBatchNumber, uint64 firstBatchNumber, uint256 newRoot, uint64 timestamp, uint64 queueHead, bytes32 versionedHash, bytes l1Records)
func (rollup *Rollup) UnpackSubmissionCommittedEvent(log *types.Log) (*RollupSubmissionCommitted, error) {
	event := "SubmissionCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupSubmissionCommitted)
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
	if bytes.Equal(raw[:4], rollup.abi.Errors["WithdrawalAddressCount"].ID.Bytes()[:4]) {
		return rollup.UnpackWithdrawalAddressCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["WithdrawalTagMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackWithdrawalTagMismatchError(raw[4:])
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

// RollupWithdrawalAddressCount represents a WithdrawalAddressCount error raised by the Rollup contract.
type RollupWithdrawalAddressCount struct {
	Given *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalAddressCount(uint256 given)
func RollupWithdrawalAddressCountErrorID() common.Hash {
	return common.HexToHash("0xf8426ee697a6be807b787ab8aa737192ebb254298de9d79fdaaad932ebb3fd78")
}

// UnpackWithdrawalAddressCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalAddressCount(uint256 given)
func (rollup *Rollup) UnpackWithdrawalAddressCountError(raw []byte) (*RollupWithdrawalAddressCount, error) {
	out := new(RollupWithdrawalAddressCount)
	if err := rollup.abi.UnpackIntoInterface(out, "WithdrawalAddressCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupWithdrawalTagMismatch represents a WithdrawalTagMismatch error raised by the Rollup contract.
type RollupWithdrawalTagMismatch struct {
	To  common.Address
	Tag *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalTagMismatch(address to, uint256 tag)
func RollupWithdrawalTagMismatchErrorID() common.Hash {
	return common.HexToHash("0x153b467ecbabbb5f1b117bb0cd85c19ff1df887b9dbb68dfb6e211fb9ff98928")
}

// UnpackWithdrawalTagMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalTagMismatch(address to, uint256 tag)
func (rollup *Rollup) UnpackWithdrawalTagMismatchError(raw []byte) (*RollupWithdrawalTagMismatch, error) {
	out := new(RollupWithdrawalTagMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "WithdrawalTagMismatch", raw); err != nil {
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

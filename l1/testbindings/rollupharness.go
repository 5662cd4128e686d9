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

// RollupHarnessMetaData contains all meta data concerning the RollupHarness contract.
var RollupHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"governor\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"operators\",\"type\":\"address[]\"}],\"internalType\":\"structRollup.Roles\",\"name\":\"roles\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"accountsRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint256[16]\",\"name\":\"markets\",\"type\":\"uint256[16]\"},{\"internalType\":\"uint256\",\"name\":\"globals\",\"type\":\"uint256\"}],\"internalType\":\"structRollup.GenesisState\",\"name\":\"genesis\",\"type\":\"tuple\"},{\"internalType\":\"bytes32\",\"name\":\"configHash_\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"batchSizes\",\"type\":\"uint256[]\"},{\"internalType\":\"address[]\",\"name\":\"batchVerifiers\",\"type\":\"address[]\"},{\"internalType\":\"contractRollupChecks\",\"name\":\"checks_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccountLimitReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"AccountOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"AlreadyEscaped\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"credit\",\"type\":\"uint256\"}],\"name\":\"AmountExceedsCredit\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadPubdataLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ChangeAlreadyPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"ChangeExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"ChangeNotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"eta\",\"type\":\"uint256\"}],\"name\":\"ChangeNotReady\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"ConfigNotGoverned\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"ConfigNotPublished\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"}],\"name\":\"ConsentExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"consent\",\"type\":\"bytes32\"}],\"name\":\"ConsentUsed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DepositsArePaused\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"windowEnd\",\"type\":\"uint256\"}],\"name\":\"EscapeWindowOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"}],\"name\":\"GuardianCannotCancel\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"}],\"name\":\"GuardianCannotLower\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"}],\"name\":\"GuardianFractionTooHigh\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"}],\"name\":\"GuardianRaiseTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HasherFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HasherNotDeployed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"}],\"name\":\"InvalidBatchSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"InvalidChange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidForcedTrade\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"}],\"name\":\"InvalidMarketParams\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"name\":\"InvalidPubKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSizes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"verifiers\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"readyAt\",\"type\":\"uint256\"}],\"name\":\"MarketParamsCooldown\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"}],\"name\":\"MarketParamsUnchanged\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBatchSizes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"NoEscapeSurplus\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoOperators\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotAContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAccountOwner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotDepositPayer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGovernor\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGovernorOrGuardian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotGuardian\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"}],\"name\":\"NotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"dueTime\",\"type\":\"uint256\"}],\"name\":\"NotOverdue\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"name\":\"NotPending\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"reclaimableAt\",\"type\":\"uint256\"}],\"name\":\"NotReclaimable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotRequester\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"NothingToEscape\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"name\":\"QueueMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"name\":\"RequestMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RollupFrozen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"RollupNotFrozen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"name\":\"SmallOrderPubKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"computedRoot\",\"type\":\"uint256\"}],\"name\":\"StateMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"last\",\"type\":\"uint64\"}],\"name\":\"TimestampBeforeLast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bound\",\"type\":\"uint256\"}],\"name\":\"TimestampTooFarAhead\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bound\",\"type\":\"uint256\"}],\"name\":\"TimestampTooFarBehind\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"UnknownAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"recordIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"recordType\",\"type\":\"uint8\"}],\"name\":\"UnknownRecordType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"}],\"name\":\"UnsupportedBatchSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"}],\"name\":\"WithdrawalAddressCount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tag\",\"type\":\"uint256\"}],\"name\":\"WithdrawalTagMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueHead\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"}],\"name\":\"BatchCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"BondReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"ChangeApplied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"by\",\"type\":\"address\"}],\"name\":\"ChangeCancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"eta\",\"type\":\"uint256\"}],\"name\":\"ChangeProposed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256[10]\",\"name\":\"oracleKeys\",\"type\":\"uint256[10]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"params\",\"type\":\"uint256\"}],\"name\":\"ConfigPublished\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"DepositQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"payer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"DepositReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"address\",\"name\":\"guardian\",\"type\":\"address\"}],\"name\":\"DepositsPaused\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"EscapeCredited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Escaped\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountA\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountB\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"aIsBuy\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"counterparty\",\"type\":\"address\"}],\"name\":\"ForcedTradeQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"ForcedWithdrawalQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stateRoot\",\"type\":\"uint256\"}],\"name\":\"Frozen\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stateRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"accountsRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256[16]\",\"name\":\"markets\",\"type\":\"uint256[16]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"globals\",\"type\":\"uint256\"}],\"name\":\"Genesis\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"imf\",\"type\":\"uint24\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"mmf\",\"type\":\"uint24\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"tierImf\",\"type\":\"uint24\"},{\"indexed\":false,\"internalType\":\"uint24\",\"name\":\"tierMmf\",\"type\":\"uint24\"}],\"name\":\"MarketParamsQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"lastBatchNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"firstBatchNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueHead\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"versionedHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"l1Records\",\"type\":\"bytes\"}],\"name\":\"SubmissionCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ACCOUNT_TREE_DEPTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DEPOSIT_RECLAIM_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DOMAIN_CONFIG\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ESCAPE_CLAIM_WINDOW\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ESCAPE_NODE_HEIGHT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FORCED_REQUEST_BOND\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FORCED_TRADE_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FREEZE_GRACE_PERIOD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GOVERNANCE_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GOVERNANCE_EXPIRY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_MAX_FRACTION_PPM\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"GUARDIAN_MAX_RAISE_PPM\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"L2_ACCOUNT_BASE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MARKET_COUNT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MARKET_PARAMS_COOLDOWN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MARKET_WORDS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_ACCOUNTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_AMOUNT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TIMESTAMP_AHEAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TIMESTAMP_LAG\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"ORACLE_KEYS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"POSITION_SLOTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PPM_SCALE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PRICE_SCALE\",\"outputs\":[{\"internalType\":\"int256\",\"name\":\"\",\"type\":\"int256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"QUEUE_SERVICE_INTERVAL\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECORD_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SNARK_SCALAR_FIELD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SUBMISSION_VERIFIER_KEY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"accounts\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"applyChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"},{\"internalType\":\"address[]\",\"name\":\"withdrawalAddresses\",\"type\":\"address[]\"}],\"name\":\"applyRecords\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchState\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"queueHead\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"frozenAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"cancelChange\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"changeId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"name\":\"checkPubKey\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"last\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"blockTimestamp\",\"type\":\"uint256\"}],\"name\":\"checkTimestamp\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"checks\",\"outputs\":[{\"internalType\":\"contractRollupChecks\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"},{\"internalType\":\"address[]\",\"name\":\"withdrawalAddresses\",\"type\":\"address[]\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"commitBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"newRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"newBatchNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"l1Records\",\"type\":\"bytes\"},{\"internalType\":\"address[]\",\"name\":\"withdrawalAddresses\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"blobIndex\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"z\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"y\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"kzgCommitment\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"kzgProof\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"internalType\":\"structSubmission\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"commitSubmission\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"configEverCurrent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"configHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"configHash\",\"type\":\"bytes32\"}],\"name\":\"configPublished\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"consent\",\"type\":\"bytes32\"}],\"name\":\"consentUsed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"queueIndex\",\"type\":\"uint256\"}],\"name\":\"depositPayers\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint256[12]\",\"name\":\"leaf\",\"type\":\"uint256[12]\"},{\"internalType\":\"uint256[36]\",\"name\":\"siblings\",\"type\":\"uint256[36]\"},{\"internalType\":\"uint256[16]\",\"name\":\"markets\",\"type\":\"uint256[16]\"},{\"internalType\":\"uint256\",\"name\":\"globals\",\"type\":\"uint256\"}],\"name\":\"escape\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"escapeClaims\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escapeHasher\",\"outputs\":[{\"internalType\":\"contractEscapeHasher\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"}],\"name\":\"escapeNodes\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"node\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escapePool\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escapeRootDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claim\",\"type\":\"uint256\"}],\"name\":\"escapeShare\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escapeTotals\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"claims\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"lateCredited\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escapeWindowEnd\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"word\",\"type\":\"uint256\"}],\"name\":\"escaped\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escrow\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"deposited\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"credited\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedBonds\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"accountA\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"accountB\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"aIsBuy\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structRollup.ForcedTradeRequest\",\"name\":\"req\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"forcedTrade\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"requester\",\"type\":\"address\"},{\"internalType\":\"uint32\",\"name\":\"accountA\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"accountB\",\"type\":\"uint32\"},{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"aIsBuy\",\"type\":\"bool\"},{\"internalType\":\"uint64\",\"name\":\"size\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"price\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"expiry\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"}],\"internalType\":\"structRollup.ForcedTradeRequest\",\"name\":\"req\",\"type\":\"tuple\"}],\"name\":\"forcedTradeConsent\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"forcedWithdrawal\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"name\":\"freeze\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"freezeNow\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"governor\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"guardian\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[10]\",\"name\":\"oracleKeys\",\"type\":\"uint256[10]\"},{\"internalType\":\"uint256\",\"name\":\"params\",\"type\":\"uint256\"}],\"name\":\"hashConfig\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hasher\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hasher4\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64[]\",\"name\":\"queueIndices\",\"type\":\"uint64[]\"}],\"name\":\"markReclaimed\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"market\",\"type\":\"uint256\"}],\"name\":\"marketParamsQueuedAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"market\",\"type\":\"uint256\"}],\"name\":\"marketRows\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint24\",\"name\":\"imf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"mmf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"tierImf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"tierMmf\",\"type\":\"uint24\"},{\"internalType\":\"uint48\",\"name\":\"tierSize\",\"type\":\"uint48\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"operators\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"pauseDeposits\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"name\":\"pendingChanges\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"eta\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"pendingWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumRollup.Change\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bytes32\",\"name\":\"key\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"value\",\"type\":\"bytes32\"}],\"name\":\"proposeChange\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"id\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"oldRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"newRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"batchNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"configHash_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"}],\"name\":\"publicInput\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[10]\",\"name\":\"oracleKeys\",\"type\":\"uint256[10]\"},{\"internalType\":\"uint256\",\"name\":\"params\",\"type\":\"uint256\"}],\"name\":\"publishConfig\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"hash\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"n\",\"type\":\"uint64\"}],\"name\":\"pushPlaceholders\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"queueIndex\",\"type\":\"uint256\"}],\"name\":\"queue\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queueState\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"accountCount\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"queueCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastServiceTime\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"depositsPaused\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"frozen\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"},{\"internalType\":\"uint24\",\"name\":\"imf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"mmf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"tierImf\",\"type\":\"uint24\"},{\"internalType\":\"uint24\",\"name\":\"tierMmf\",\"type\":\"uint24\"}],\"name\":\"raiseMarginFractions\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"}],\"name\":\"reclaimBond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"}],\"name\":\"reclaimDeposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountCount\",\"type\":\"uint32\"}],\"name\":\"setAccountCount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"market\",\"type\":\"uint8\"}],\"name\":\"setReduceOnly\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"}],\"name\":\"setStateRoot\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateRoot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"}],\"name\":\"verifiers\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"withdrawPartial\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"withdrawable\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "RollupHarness",
	Bin: "0x610120604052348015610010575f5ffd5b5060405161b7ae38038061b7ae83398101604081905261002f91610b70565b868686868686865f6001600160a01b0316865f01516001600160a01b03160361006b5760405163d92e233d60e01b815260040160405180910390fd5b8560400151515f036100905760405163ddf9d24560e01b815260040160405180910390fd5b866001600160a01b03163b5f036100ca576040516322a2d07b60e21b81526001600160a01b03881660048201526024015b60405180910390fd5b806001600160a01b03163b5f036100ff576040516322a2d07b60e21b81526001600160a01b03821660048201526024016100c1565b6001600160a01b03811661010052815183511461013c57825182516040516355c5b3e360e11b8152600481019290925260248201526044016100c1565b82515f0361015d57604051633d28e9c560e21b815260040160405180910390fd5b5f5b835181101561024e575f84828151811061017b5761017b610c41565b602002602001015190505f84838151811061019857610198610c41565b60200260200101519050815f14806101c557505f828152600860205260409020546001600160a01b031615155b156101e65760405163a6f7498560e01b8152600481018390526024016100c1565b806001600160a01b03163b5f0361021b576040516322a2d07b60e21b81526001600160a01b03821660048201526024016100c1565b5f9182526008602052604090912080546001600160a01b0319166001600160a01b0390921691909117905560010161015f565b505f5b866040015151811015610301575f6001600160a01b03168760400151828151811061027e5761027e610c41565b60200260200101516001600160a01b0316036102ad5760405163d92e233d60e01b815260040160405180910390fd5b600160075f896040015184815181106102c8576102c8610c41565b6020908102919091018101516001600160a01b031682528101919091526040015f20805460ff1916911515919091179055600101610251565b506001600160a01b038088166080528651600580549183166001600160a01b0319928316179055602080890151600680549190941692169190911790915560048590555f858152601990915260408120805460ff19166001179055610364610552565b6001600160a01b03811660a05290505f61037c6105a7565b6001600160a01b03811660c0526040519091505f908390839061039e906108dc565b6001600160a01b03928316815291166020820152604001604051809103905ff0801580156103ce573d5f5f3e3d5ffd5b506001600160a01b03811660e05288519091506103ea906105f8565b875160208901516040808b01519051620bbffd60e71b81525f936001600160a01b038616936305dffe809361042193600401610c7d565b602060405180830381865afa15801561043c573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104609190610ca1565b905060015b600881116104ec576104dc818b6020015160028460026104859190610ccc565b61048f9190610ce3565b6010811061049f5761049f610c41565b60200201518c6020015160018560026104b89190610ccc565b6104c29190610ce3565b601081106104d2576104d2610c41565b602002015161063e565b6104e581610cf6565b9050610465565b50805f819055507fe879b345de4203ba2dc12949156073673c7fd1b05da723890ab2be2a63fa1144818a5f01518b602001518c604001516040516105339493929190610d0e565b60405180910390a1505050505050505050505050505050505050610d3a565b5f5f60405180610dc00160405280610d96815260200161aa18610d96913990508051602082015ff091506001600160a01b0382166105a35760405163245d874560e11b815260040160405180910390fd5b5090565b5f5f6040518061360001604052806135d881526020016174406135d8913990508051602082015ff091506001600160a01b0382166105a35760405163245d874560e11b815260040160405180910390fd5b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001811061063b57604051632051490960e21b8152600481018290526024016100c1565b50565b6040805160c0808201835284901c60ff8116808352608086811c62ffffff818116602087015260a089811c9182169787019790975260b088901c620fffff908116606088015260c489901c16838701529187901c65ffffffffffff169585019590955263ffffffff94851694169290158015906106e85750600360ff831611806106ca5750620f424084115b806106d75750620f424083115b806106e857506106e6816107eb565b155b1561070b5760405163435c219f60e11b815260ff881660048201526024016100c1565b60ff9687165f908152601560209081526040918290208351815492850151938501516060860151608087015160a09097015165ffffffffffff166d01000000000000000000000000000265ffffffffffff60681b1962ffffff9889166a01000000000000000000000216600160501b600160981b03199289166701000000000000000262ffffff60381b19948a16640100000000029490941665ffffffffffff60201b19999098166101000263ffffffff1990971694909e1693909317949094179590951693909317939093171697909717969096179095555050505050565b5f816040015162ffffff165f14806108145750816020015162ffffff16826040015162ffffff16115b8061082a5750620f4240826020015162ffffff16115b1561083657505f919050565b8160a0015165ffffffffffff165f0361086d57606082015162ffffff161580156108675750608082015162ffffff16155b92915050565b816060015162ffffff16826020015162ffffff161115801561089b5750620f4240826060015162ffffff1611155b80156108b95750816080015162ffffff16826040015162ffffff1611155b80156108675750816060015162ffffff16826080015162ffffff16111592915050565b6106dd80616d6383390190565b6001600160a01b038116811461063b575f5ffd5b634e487b7160e01b5f52604160045260245ffd5b604051606081016001600160401b0381118282101715610933576109336108fd565b60405290565b60405161020081016001600160401b0381118282101715610933576109336108fd565b604051601f8201601f191681016001600160401b0381118282101715610984576109846108fd565b604052919050565b5f6001600160401b038211156109a4576109a46108fd565b5060051b60200190565b5f82601f8301126109bd575f5ffd5b81516109d06109cb8261098c565b61095c565b8082825260208201915060208360051b8601019250858311156109f1575f5ffd5b602085015b83811015610a17578051610a09816108e9565b8352602092830192016109f6565b5095945050505050565b5f60608284031215610a31575f5ffd5b610a39610911565b90508151610a46816108e9565b81526020820151610a56816108e9565b602082015260408201516001600160401b03811115610a73575f5ffd5b610a7f848285016109ae565b60408301525092915050565b5f6102408284031215610a9c575f5ffd5b610aa4610911565b825181529050603f82018313610ab8575f5ffd5b610ac0610939565b80610220840185811115610ad2575f5ffd5b602085015b81811015610aef578051845260209384019301610ad7565b5060208401919091525160408301525092915050565b5f82601f830112610b14575f5ffd5b8151610b226109cb8261098c565b8082825260208201915060208360051b860101925085831115610b43575f5ffd5b602085015b83811015610a17578051835260209283019201610b48565b8051610b6b816108e9565b919050565b5f5f5f5f5f5f5f610300888a031215610b87575f5ffd5b8751610b92816108e9565b60208901519097506001600160401b03811115610bad575f5ffd5b610bb98a828b01610a21565b965050610bc98960408a01610a8b565b6102808901516102a08a015191965094506001600160401b03811115610bed575f5ffd5b610bf98a828b01610b05565b6102c08a015190945090506001600160401b03811115610c17575f5ffd5b610c238a828b016109ae565b925050610c336102e08901610b60565b905092959891949750929550565b634e487b7160e01b5f52603260045260245ffd5b805f5b6010811015610c77578151845260209384019390910190600101610c58565b50505050565b8381526102408101610c926020830185610c55565b82610220830152949350505050565b5f60208284031215610cb1575f5ffd5b5051919050565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761086757610867610cb8565b8181038181111561086757610867610cb8565b5f60018201610d0757610d07610cb8565b5060010190565b848152602081018490526102608101610d2a6040830185610c55565b8261024083015295945050505050565b60805160a05160c05160e05161010051615f9f610dc45f395f81816107600152818161180501528181611c1201528181612764015281816129cc0152612d1201525f8181610ad00152613bd601525f6109eb01525f8181610d9a01528181611afb0152818161363401528181613a4e0152614b5d01525f8181610de801526134cb0152615f9f5ff3fe608060405234801561000f575f5ffd5b5060043610610506575f3560e01c806374303fc11161029a578063b2629cba1161016c578063d48efcd1116100d5578063ed33639f1161008f578063ed33639f14610d95578063f3f4370314610dbc578063f6fef87514610ddb578063fc0c546a14610de3578063fdda5cc414610e0a578063fea2c33114610e29575f5ffd5b8063d48efcd114610d3f578063d5d29fca14610d47578063db465dae1461091b578063ddf0b00914610d4f578063e1f1176d14610d6e578063e2fdcc1714610d77575f5ffd5b8063ce513b6f11610126578063ce513b6f14610c9e578063cedeabf214610cb1578063d1101ba614610cef578063d1411ab114610cf9578063d1533e8714610d0c578063d40dc87014610d34575f5ffd5b8063b2629cba14610c4a578063b334ef1314610c52578063b966cd4714610c65578063c33f59d3146109b9578063c564f4fa14610c78578063cacab4e414610c8b575f5ffd5b8063928e6d441161020e578063a5a9dda6116101c8578063a5a9dda614610b94578063a64ffc46146106c5578063abca03ec14610ba7578063ac1eff6814610bc9578063aecf927614610bf1578063b0b5489514610c42575f5ffd5b8063928e6d4414610aaf5780639588eca214610aba5780639a5ea30c14610ac25780639abbaaf414610acb5780639b1f7dc214610af2578063a524979014610b75575f5ffd5b80638031d5881161025f5780638031d58814610a3e578063859bd3f814610a485780638b65eff314610a735780638d67799e14610a865780638eb18a4714610a945780638f9d544b14610aa6575f5ffd5b806374303fc1146109cb578063756ce0da146109de578063776fca92146109e657806379a71b2414610a0d5780637d634f5f14610a34575f5ffd5b80632684d75f116103de5780634dda5518116103475780635e0c7c72116103015780635e0c7c721461096a5780635e2ea37d1461098957806360fad8de1461099c57806361455a85146109af57806364cc51ff146109b957806370062cee146109c3575f5ffd5b80634dda5518146108f45780634e6df511146109135780634f85beff1461091b57806353f72bf514610925578063548997e0146109385780635d2ea59214610957575f5ffd5b80633f1ae605116103985780633f1ae605146107ea578063403e2fd7146107fd5780634100eb0e1461081f578063452a9320146108c55780634797c88a146108d85780634c0ac4d2146108eb575f5ffd5b80632684d75f1461075b57806327f34de4146107825780632c389fc4146107955780633c2976b01461055f5780633ccfd60b146107a85780633d443782146107b0575f5ffd5b80630ee83daa11610480578063155bd52c1161043a578063155bd52c146106c557806318ec160d146106cd5780631c477af9146106ef5780631c72a11c146106f95780631de26e161461070c57806325c2cd1214610734575f5ffd5b80630ee83daa146105f55780630fc408d71461065a5780631031d161146106635780631211540c146106765780631339054b1461068957806313e7c9d814610693575f5ffd5b8063064c2b80116104d1578063064c2b801461055f57806308167dbf1461056757806309dc0689146105915780630a5aca6e146105a45780630bae934c146105b75780630c340a24146105ca575f5ffd5b806219313e1461050a5780627175421461051f578062b24ff21461053c578063021919801461054457806304e462e41461054c575b5f5ffd5b61051d610518366004615261565b610e3c565b005b61052962093a8081565b6040519081526020015b60405180910390f35b610529602081565b61051d610ff0565b61051d61055a36600461529c565b611096565b610529600881565b61051d6105753660046152b6565b6002805463ffffffff191663ffffffff92909216919091179055565b61051d61059f36600461534c565b61128a565b61051d6105b2366004615401565b6113bb565b61051d6105c5366004615261565b6114e2565b6005546105dd906001600160a01b031681565b6040516001600160a01b039091168152602001610533565b600154610627906001600160401b0380821691600160401b8104821691600160801b8204811691600160c01b90041684565b604080516001600160401b0395861681529385166020850152918416918301919091529091166060820152608001610533565b61052961038481565b61051d61067136600461546e565b6116ed565b61051d6106843660046154d8565b61174b565b6105296298968081565b6106b56106a1366004615503565b60076020525f908152604090205460ff1681565b6040519015158152602001610533565b610529600581565b6106b56106db3660046154d8565b60186020525f908152604090205460ff1681565b6105296212750081565b61052961070736600461551e565b6117b0565b61071f61071a366004615553565b6117e5565b60405163ffffffff9091168152602001610533565b6105297f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181565b6105dd7f000000000000000000000000000000000000000000000000000000000000000081565b61051d610790366004615583565b6119ec565b6105296107a336600461559c565b611af8565b61051d611ba8565b61051d600180546001600160401b034216600160c01b026001600160c01b039091161790556002805460ff60a81b1916600160a81b179055565b6105296107f83660046155c9565b611bc1565b6106b561080b3660046154d8565b60166020525f908152604090205460ff1681565b61087e61082d3660046154d8565b60156020525f908152604090205460ff81169062ffffff6101008204811691600160201b8104821691600160381b8204811691600160501b81049091169065ffffffffffff600160681b9091041686565b6040805160ff909716875262ffffff958616602088015293851693860193909352908316606085015291909116608083015265ffffffffffff1660a082015260c001610533565b6006546105dd906001600160a01b031681565b61051d6108e6366004615644565b611bdd565b61052960035481565b6105296109023660046154d8565b60116020525f908152604090205481565b610529611e47565b6105296201518081565b61051d61093336600461551e565b611e7c565b6105296109463660046154d8565b60176020525f908152604090205481565b61052961096536600461551e565b6121dd565b610529610978366004615503565b600e6020525f908152604090205481565b61051d61099736600461567b565b612314565b6105296109aa36600461559c565b61248d565b6105296203f48081565b610529620f424081565b610529600481565b61051d6109d93660046156a6565b61254e565b6105296126cb565b6105dd7f000000000000000000000000000000000000000000000000000000000000000081565b6105297f597b7c9c548e31dc87bdde7d91a3d08d9045a279be01e9a41164508c99198ab381565b6105296207a12081565b6105296280000081565b610a5b610a5636600461571e565b6126da565b6040516001600160401b039091168152602001610533565b61051d610a8136600461576f565b612c0b565b610529660100000000000081565b61051d610aa23660046154d8565b5f55565b61052960135481565b610529630100000081565b6105295f5481565b61052961c35081565b6105dd7f000000000000000000000000000000000000000000000000000000000000000081565b600254610b359063ffffffff8116906001600160401b03600160201b8204811691600160601b81049091169060ff600160a01b8204811691600160a81b90041685565b6040805163ffffffff90961686526001600160401b039485166020870152939092169284019290925290151560608301521515608082015260a001610533565b610529610b833660046154d8565b60126020525f908152604090205481565b610529610ba23660046154d8565b612c51565b6106b5610bb53660046154d8565b60196020525f908152604090205460ff1681565b6105dd610bd73660046154d8565b60086020525f90815260409020546001600160a01b031681565b610c23610bff3660046152b6565b600c6020525f9081526040902080546001909101546001600160a01b039091169082565b604080516001600160a01b039093168352602083019190915201610533565b610529612c96565b610529612ca3565b61051d610c603660046154d8565b612cfc565b61051d610c733660046157ad565b612d6c565b610529610c863660046157e7565b612d77565b610a5b610c9936600461529c565b612dcc565b610529610cac366004615503565b612f82565b601054610ccf906001600160801b0380821691600160801b90041682565b604080516001600160801b03938416815292909116602083015201610533565b61052962278d0081565b61051d610d0736600461551e565b613007565b6105dd610d1a3660046154d8565b600a6020525f90815260409020546001600160a01b031681565b610529600160381b81565b610529600281565b610529601881565b610529610d5d3660046154d8565b60096020525f908152604090205481565b61052960045481565b600f54610ccf906001600160801b0380821691600160801b90041682565b6105dd7f000000000000000000000000000000000000000000000000000000000000000081565b610529610dca366004615503565b600d6020525f908152604090205481565b6105295f1981565b6105dd7f000000000000000000000000000000000000000000000000000000000000000081565b610529610e183660046154d8565b60146020525f908152604090205481565b61051d610e3736600461567b565b613153565b600154600160c01b90046001600160401b03165f03610e6e5760405163096194ff60e31b815260040160405180910390fd5b5f610e7b83610110613268565b9050604081901c60ff16610e91835f1a60041c90565b60ff1614610ec257604051632a7c535760e11b81526001600160401b03841660048201526024015b60405180910390fd5b68ffffffffffffffffff1981610ee5610eda85613306565b5f9081526020902090565b181615610f1057604051632a7c535760e11b81526001600160401b0384166004820152602401610eb9565b5f610f2483856001600160401b0316613345565b509050610f3084613394565b6298968060035f828254610f449190615816565b9091555050604080516001600160401b03861681526298968060208201526001600160a01b038316917fa815dbaa66370212d6e108980477ca1b8f58215330e94362175a71b3f616b2c8910160405180910390a26040516001600160a01b0382166024820152629896806044820152610fea906064015b60408051601f198184030181529190526020810180516001600160e01b031663a9059cbb60e01b1790526134c7565b50505050565b600154600160c01b90046001600160401b03161561102157604051632af5962760e21b815260040160405180910390fd5b6006546001600160a01b0316331461104e5760405163a252c15160e01b8152336004820152602401610eb9565b6002805460ff60a01b1916600160a01b1790556040513381527feb225a736fbfee3f85ccb72bdf84ff0396ab358b7970e2cc351ab3e3fd92358d9060200160405180910390a1565b61109f8161359a565b6040805160a08101825260025463ffffffff811682526001600160401b03600160201b820481166020840152600160601b8204169282019290925260ff600160a01b8304811615156060830152600160a81b90920490911615156080820152611107816135e1565b805f015163ffffffff168363ffffffff161061113e57604051633f93aa8760e01b815263ffffffff84166004820152602401610eb9565b63ffffffff83165f908152600c60209081526040808320815180830190925280546001600160a01b031680835260019091015492820183905290929161118991859188918891613627565b82519091506001600160a01b031633146111c5576001600160401b0381165f908152600a6020526040902080546001600160a01b031916331790555b815f01516001600160a01b03168563ffffffff167f73ab3708a98517b4d9559dc2c4f5369aa1a82f0885c1a9b8d3436baa104680578385602001518860405161122e939291906001600160401b0393841681526020810192909252909116604082015260600190565b60405180910390a360405133602482015230604482015260648101859052611283906084015b60408051601f198184030181529190526020810180516001600160e01b03166323b872dd60e01b1790526134c7565b5050505050565b335f9081526007602052604090205460ff166112bb57604051633b63649d60e11b8152336004820152602401610eb9565b5f6112ca89898989878761366d565b90505f6112f96112dd886040818c615829565b60015489908990600160801b90046001600160401b031661386c565b5f8b8155604080516080810182526001600160401b038681168083528e821660208401819052918616838501819052606090930194909452600180546001600160801b0319168517600160401b909202919091176001600160801b0316600160801b9092026001600160c01b031691909117905551919250907ff086cfcae4cbcfc6b99ff91ebf1d987f91016f9531d41c5f146b02e47677cd60906113a7908d908d9086908e908e90615878565b60405180910390a250505050505050505050565b600154600160c01b90046001600160401b03165f036113ed5760405163096194ff60e31b815260040160405180910390fd5b630100000063ffffffff86161061141f576040516319e91dc360e21b815263ffffffff86166004820152602401610eb9565b62ffffff600886901c165f90815260126020526040902054600160ff87161b908082161561146857604051637599570760e01b815263ffffffff88166004820152602401610eb9565b6114758787878787613b47565b5f6114808786613dfd565b9050805f036114aa57604051633c41b75560e21b815263ffffffff89166004820152602401610eb9565b62ffffff600889901c165f90815260126020526040902082841790556114d888886002602002013583613f54565b5050505050505050565b5f6114ee836002613268565b905060016114fe835f1a60041c90565b60ff161461152a57604051632a7c535760e11b81526001600160401b0384166004820152602401610eb9565b68ffffffffffffffffff1981611545845f9081526020902090565b18161561157057604051632a7c535760e11b81526001600160401b0384166004820152602401610eb9565b600154600160c01b90046001600160401b03165f036115d7575f6115a06203f4806001600160401b0384166158c3565b9050804210156115d5576040516338f2eb0360e01b81526001600160401b038516600482015260248101829052604401610eb9565b505b6001600160401b0383165f908152600a602052604090205466ffffffffffffff60a884901c16906001600160a01b03168061162f575062ffffff60e084901c165f908152600c60205260409020546001600160a01b03165b336001600160a01b038216146116695760405163cfc8709b60e01b81526001600160401b0386166004820152336024820152604401610eb9565b61167285613394565b604080516001600160401b038088168252841660208201526001600160a01b038316917fb5fc3702bb1d479e9bc17f1f7070e1842359cf2dc9bfb40270d9e841d9df16fe910160405180910390a26040516001600160a01b03821660248201526001600160401b038316604482015261128390606401610fbb565b6117196116fd8460408188615829565b60015485908590600160801b90046001600160401b031661386c565b600180546001600160401b0392909216600160801b0267ffffffffffffffff60801b1990921691909117905550505050565b805f0361176b57604051631f2a200560e01b815260040160405180910390fd5b5f6117753361418d565b9050808211156117a2576040516334b5ec1f60e21b81526004810183905260248101829052604401610eb9565b6117ac8183614227565b5050565b5f8383836040516020016117c69392919061590a565b6040516020818303038152906040528051906020012090509392505050565b5f6117ef8261359a565b60405163b334ef1360e01b8152600481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b334ef13906024015f6040518083038186803b15801561184d575f5ffd5b505afa15801561185f573d5f5f3e3d5ffd5b50506040805160a08101825260025463ffffffff811682526001600160401b03600160201b820481166020840152600160601b8204169282019290925260ff600160a01b8304811615156060830152600160a81b9092049091161515608082015291506118cd9050816135e1565b62800000815f015163ffffffff16106118f957604051631dd026a560e31b815260040160405180910390fd5b8051604080518082018252338152602080820188815263ffffffff85165f908152600c909252929020905181546001600160a01b0319166001600160a01b039091161781559051600191820155909250611954908390615929565b63ffffffff1681525f61196a8284863389613627565b604080516001600160401b038381168252602082018990528716818301529051919250339163ffffffff8616917f73ab3708a98517b4d9559dc2c4f5369aa1a82f0885c1a9b8d3436baa10468057919081900360600190a3604051336024820152306044820152606481018590526119e490608401611254565b505092915050565b600154600160c01b90046001600160401b031615611a1d57604051632af5962760e21b815260040160405180910390fd5b6006546001600160a01b03163314611a4a5760405163a252c15160e01b8152336004820152602401610eb9565b60ff8181165f90815260156020908152604091829020825160c0810184529054938416808252610100850462ffffff90811693830193909352600160201b8504831693820193909352600160381b840482166060820152600160501b84049091166080820152600160681b90920465ffffffffffff1660a0830152600114611aea5760405163435c219f60e11b815260ff83166004820152602401610eb9565b600281526117ac82826142ba565b5f7f000000000000000000000000000000000000000000000000000000000000000081611b278282600561457c565b90505f5b611b3760056002615945565b811015611b8857611b5d8682600a8110611b5357611b536158af565b60200201356145bf565b611b7e83838884600a8110611b7457611b746158af565b602002013561457c565b9150600101611b2b565b50611b92846145bf565b611b9d82828661457c565b925050505b92915050565b5f611bb23361418d565b9050611bbe8182614227565b50565b5f611bd188888888888888614602565b98975050505050505050565b335f9081526007602052604090205460ff16611c0e57604051633b63649d60e11b8152336004820152602401610eb9565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03165f36604051611c4a92919061595c565b5f60405180830381855afa9150503d805f8114611c82576040519150601f19603f3d011682016040523d82523d5f602084013e611c87565b606091505b509150915081611c9957805160208201fd5b5f81806020019051810190611cae919061596b565b600180549192505f91611ccc916001600160401b0390911690615982565b90505f611d04611cdf60608801886159a1565b611cec60808a018a6159e3565b600154600160801b90046001600160401b031661386c565b86355f55604080516080810182529192508190611d2690890160208a0161567b565b6001600160401b03168152602001611d446060890160408a0161567b565b6001600160401b0390811682528381166020808401919091525f60409384015283516001805486840151878701516060909801518616600160c01b026001600160c01b03988716600160801b02989098166001600160801b03918716600160401b026001600160801b03199093169490961693909317179190911692909217939093179055611dd89190880190880161567b565b6001600160401b03167f3f1145810b75b3af2eb40ccbdc8bdfcf84e5e5b96623f472f5555b14f88d3fb1838835611e1560608b0160408c0161567b565b8588611e2460608e018e6159a1565b604051611e379796959493929190615a28565b60405180910390a2505050505050565b6001545f90600160c01b90046001600160401b03168015611e7457611e6f62278d00826158c3565b611e76565b5f5b91505090565b6005546001600160a01b03163314611ea95760405163ad0550d560e01b8152336004820152602401610eb9565b600154600160c01b90046001600160401b031615611eda57604051632af5962760e21b815260040160405180910390fd5b5f611ee68484846117b0565b5f81815260116020526040812054919250819003611f1a5760405163e624d46360e01b815260048101839052602401610eb9565b80421015611f4557604051632b169f5560e01b81526004810183905260248101829052604401610eb9565b611f5262127500826158c3565b421115611f895781611f6762127500836158c3565b604051633e031c7f60e11b815260048101929092526024820152604401610eb9565b5f828152601160205260408120819055856006811115611fab57611fab6158d6565b03612003575f8381526018602052604090205460ff16611fe157604051637092d15d60e01b815260048101849052602401610eb9565b60048390555f838152601960205260409020805460ff1916600117905561219a565b6001856006811115612017576120176158d6565b0361209657826001600160a01b0381161580159061203d57506001600160a01b0381163b155b15612066576040516322a2d07b60e21b81526001600160a01b0382166004820152602401610eb9565b5f85815260086020526040902080546001600160a01b0319166001600160a01b039290921691909117905561219a565b60028560068111156120aa576120aa6158d6565b036120d7576001600160a01b0384165f908152600760205260409020805460ff191684151517905561219a565b60038560068111156120eb576120eb6158d6565b0361211057600580546001600160a01b0319166001600160a01b03851617905561219a565b6004856006811115612124576121246158d6565b0361214957600680546001600160a01b0319166001600160a01b03851617905561219a565b600585600681111561215d5761215d6158d6565b03612174576002805460ff60a01b1916905561219a565b5f5f612180868661468f565b9150915061218d82614793565b61219782826142ba565b50505b817fc9b589583da0139e1cd020966b82a564f6e49c09bd5a9864de52db86e33f834e8686866040516121ce9392919061590a565b60405180910390a25050505050565b6005545f906001600160a01b0316331461220c5760405163ad0550d560e01b8152336004820152602401610eb9565b600154600160c01b90046001600160401b03161561223d57604051632af5962760e21b815260040160405180910390fd5b6122488484846147e2565b6122538484846117b0565b5f81815260116020526040902054909150801580159061227f575061227b62127500826158c3565b4211155b156122a057604051638662bcc760e01b815260048101839052602401610eb9565b5f6122ae62093a80806158c3565b6122b890426158c3565b5f84815260116020526040908190208290555190915083907fdf40655ed2ad8c9dfed1d3d5b14c6e1e761ca5d6da215604f2ba4ffc7e2259bd90612303908990899089908790615a81565b60405180910390a250509392505050565b6040805160a08101825260025463ffffffff811682526001600160401b03600160201b820481166020840152600160601b8204169282019290925260ff600160a01b8304811615156060830152600160a81b909204909116151560808201525f5b826001600160401b0316816001600160401b031610156123d6576020820151600160401b6001600160401b03421617906009905f906123b5908590615982565b6001600160401b0316815260208101919091526040015f2055600101612375565b5081816020018181516123e99190615982565b6001600160401b039081169091528251600280546020860151604087015160608801516080909801511515600160a81b0260ff60a81b19981515600160a01b0260ff60a01b19928816600160601b029290921668ffffffffffffffffff60601b1993909716600160201b026bffffffffffffffffffffffff1990941663ffffffff909616959095179290921716939093179290921793909316929092179091555050565b5f6124988383611af8565b5f8181526019602052604090205490915060ff161580156124bf57506124bd8161496b565b155b156124e057604051630c52d5ef60e11b815260048101829052602401610eb9565b5f8181526018602052604090205460ff1661250e575f818152601860205260409020805460ff191660011790555b807f4c997e65a18d9d4f783fa702006b9d68b8952e75e08bc6a20d80efdf015561dc8484604051612540929190615aaa565b60405180910390a292915050565b600154600160c01b90046001600160401b03161561257f57604051632af5962760e21b815260040160405180910390fd5b6006546001600160a01b031633146125ac5760405163a252c15160e01b8152336004820152602401610eb9565b60ff8581165f90815260156020908152604091829020825160c0808201855291548086168252610100810462ffffff90811683860152600160201b8204811683870152600160381b82048116606080850191909152600160501b83048216608080860191909152600160681b90930465ffffffffffff90811660a080870191825289519788018a528651909a1687528d8416978701979097528b831697860197909752898216908501528716908301529151909216928201929092526126738783836149ad565b61268287836020015188614a8a565b61269187836040015187614a8a565b6126a087836060015186614a8a565b6126af87836080015185614a8a565b6126b887614793565b6126c287826142ba565b50505050505050565b6126d760086002615945565b81565b6040805160a08101825260025463ffffffff811682526001600160401b03600160201b820481166020840152600160601b8204169282019290925260ff600160a01b8304811615156060830152600160a81b90920490911615801560808301525f919061275a57604051632af5962760e21b815260040160405180910390fd5b6001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001663519c672d61279960408801602089016152b6565b6127a96060890160408a016152b6565b6127b960808a0160608b01615583565b6127c960c08b0160a08c0161567b565b6127d960e08c0160c08d0161567b565b6040516001600160e01b031960e088901b16815263ffffffff958616600482015293909416602484015260ff90911660448301526001600160401b039081166064830152909116608482015260a4015f6040518083038186803b15801561283e575f5ffd5b505afa158015612850573d5f5f3e3d5ffd5b5061286692505050610100860160e0870161567b565b6001600160401b03164211156128ac57612887610100860160e0870161567b565b604051631d11e00760e01b81526001600160401b039091166004820152602401610eb9565b336128ba6020870187615503565b6001600160a01b031614612900576128d56020860186615503565b604051630348d81960e11b81526001600160a01b039091166004820152336024820152604401610eb9565b5f61291160408701602088016152b6565b9050628000008163ffffffff16108015612948575063ffffffff81165f908152600c60205260409020546001600160a01b03163314155b1561297457604051636f54197160e11b815263ffffffff82166004820152336024820152604401610eb9565b5f61297e87612d77565b5f8181526016602052604090205490915060ff16156129b357604051630ca4c94d60e41b815260048101829052602401610eb9565b6040516369a8952360e01b81525f906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906369a8952390612a059085908b908b90600401615ac3565b602060405180830381865afa158015612a20573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612a449190615ae5565b905062800000612a5a60608a0160408b016152b6565b63ffffffff16108015612aa757506001600160a01b038116600c5f612a8560608c0160408d016152b6565b63ffffffff16815260208101919091526040015f20546001600160a01b031614155b15612ac557604051638baa579f60e01b815260040160405180910390fd5b5f828152601660205260409020805460ff19166001179055612af684612aef610eda8b3386614b34565b6008614c1e565b6001600160401b0381165f908152600b60205260409081902080546001600160a01b03191633179055909550612b329060608a01908a016152b6565b63ffffffff9081169084167f5ec68f6d8a9579a0b1f5b8b3fe9ba35f7fcb7ff3fed55cf47a7c7a6cffef2c1187612b6f60808d0160608e01615583565b612b7f60a08e0160808f01615b0f565b8d60a0016020810190612b92919061567b565b8e60c0016020810190612ba5919061567b565b604080516001600160401b03968716815260ff95909516602086015292151584840152908416606084015290921660808201523360a08201526001600160a01b03861660c082015290519081900360e00190a3612c00614d34565b505050509392505050565b5f5b81811015612c4c57612c44838383818110612c2a57612c2a6158af565b9050602002016020810190612c3f919061567b565b613394565b600101612c0d565b505050565b5f5f612c5b612ca3565b6010549091506001600160801b031680821015612c8c5780612c7d8386615945565b612c879190615b3c565b612c8e565b835b949350505050565b6126d762093a80806158c3565b60408051808201909152600f546001600160801b03808216808452600160801b90920416602083018190525f929111612cdc575f612ced565b60208101518151612ced9190615b4f565b6001600160801b031691505090565b60405163b334ef1360e01b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b334ef13906024015f6040518083038186803b158015612d5a575f5ffd5b505afa158015611283573d5f5f3e3d5ffd5b612c4c838383614d73565b5f7f597b7c9c548e31dc87bdde7d91a3d08d9045a279be01e9a41164508c99198ab3463084604051602001612daf9493929190615b6e565b604051602081830303815290604052805190602001209050919050565b5f612dd68261359a565b6040805160a08101825260025463ffffffff811682526001600160401b03600160201b820481166020840152600160601b8204169282019290925260ff600160a01b8304811615156060830152600160a81b9092049091161580156080830152612e5357604051632af5962760e21b815260040160405180910390fd5b630100000063ffffffff851610612e85576040516319e91dc360e21b815263ffffffff85166004820152602401610eb9565b628000008463ffffffff16108015612eba575063ffffffff84165f908152600c60205260409020546001600160a01b03163314155b15612ee657604051636f54197160e11b815263ffffffff85166004820152336024820152604401610eb9565b612f2381612f1c600160fe1b3360081b610100600160a81b031660a888901b60e08a901b6001600160e01b031916171717610eda565b6004614c1e565b604080516001600160401b03808416825286166020820152919350339163ffffffff8716917ffa5b5836412a0a021c80e44de78acedf3b40faca832b4a85639e277d129f2585910160405180910390a3612f7b614d34565b5092915050565b6001600160a01b0381165f908152600e602052604081205481612fa3611e47565b9050811580612fb0575080155b80612fba57508042105b15612fdc575050506001600160a01b03165f908152600d602052604090205490565b612fe582612c51565b6001600160a01b0385165f908152600d6020526040902054612c8e91906158c3565b600154600160c01b90046001600160401b03161561303857604051632af5962760e21b815260040160405180910390fd5b6005546001600160a01b031633146130c8576006546001600160a01b0316331461307757604051633647553d60e11b8152336004820152602401610eb9565b600383600681111561308b5761308b6158d6565b14806130a8575060048360068111156130a6576130a66158d6565b145b156130c85782604051633fea59cd60e11b8152600401610eb99190615c72565b5f6130d48484846117b0565b5f81815260116020526040812054919250036131065760405163e624d46360e01b815260048101829052602401610eb9565b5f81815260116020908152604080832092909255905133815282917f7a085c57876bc87bfd5039351f8ef885bd8e9d85c94c003685be4a64c308753f91015b60405180910390a250505050565b600154600160c01b90046001600160401b03161561318457604051632af5962760e21b815260040160405180910390fd5b5f61319182610310613268565b90505f6131aa62093a806001600160401b0384166158c3565b9050804210156131df5760405163ceacb50360e01b81526001600160401b038416600482015260248101829052604401610eb9565b600180546001600160401b034216600160c01b026001600160c01b039091161790556002805460ff60a81b1916600160a81b1790555f546040517f47294c10acf75a45d6decdda76990cb21324340ebd91cfcabc0b2844007e15d99161325b918691906001600160401b03929092168252602082015260400190565b60405180910390a1505050565b6001545f906001600160401b03600160801b909104811690841610156132ac57604051630229b9d560e11b81526001600160401b0384166004820152602401610eb9565b506001600160401b0382165f908152600960205260409020548015806132dd5750600160ff604083901c1683901c16155b15611ba257604051630229b9d560e11b81526001600160401b0384166004820152602401610eb9565b5f81811a60041c60ff81166003190161332257505060ff191690565b60071960ff82160161333e57600160601b1983165b9392505050565b5090919050565b5f80600484821a811c60ff1603613369575050600882901c600160ff84161461338d565b50505f818152600b60205260409020546001600160a01b03166001601384901a8116145b9250929050565b600154819081906001600160401b03600160801b909104811690821611156133f9575f6009816133c5600187615c80565b6001600160401b031681526020019081526020015f2054905060ff8016604082901c60ff16036133f757604881901c92505b505b5f6009816134116001600160401b03871660016158c3565b81526020019081526020015f2054905060ff8016604082901c60ff1603613436578091505b6001600160401b038381165f8181526009602052604080822070ffffffffffffffff000000000000000000604889901b1685881690811760ff60401b179182905583529120819055918616148015906134a15750826001600160401b0316856001600160401b031614155b15611283576001600160401b0385165f9081526009602052604090208190555050505050565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316836040516135019190615c9f565b5f604051808303815f865af19150503d805f811461353a576040519150601f19603f3d011682016040523d82523d5f602084013e61353f565b606091505b509150915081158061357c575080511580159061357c57508051602014158061357c575080806020019051810190613577919061596b565b600114155b15612c4c576040516312171d8360e31b815260040160405180910390fd5b805f036135ba57604051631f2a200560e01b815260040160405180910390fd5b600160381b8110611bbe576040516304041d9560e11b815260048101829052602401610eb9565b80608001511561360457604051632af5962760e21b815260040160405180910390fd5b806060015115611bbe57604051630b4cba3160e31b815260040160405180910390fd5b5f6136638661365c610eda7f000000000000000000000000000000000000000000000000000000000000000089898989614e58565b6001614c1e565b9695505050505050565b604080516080810182526001546001600160401b038082168352600160401b820481166020840152600160801b8204811693830193909352600160c01b9004909116606082018190525f9190156136d757604051632af5962760e21b815260040160405180910390fd5b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001881061371a57604051632051490960e21b815260048101899052602401610eb9565b8460408110806137335750613730602082615cb5565b15155b1561375457604051639a40f90560e01b815260048101829052602401610eb9565b5f6008816002613765602086615b3c565b61376f9190615816565b815260208101919091526040015f20546001600160a01b03169050806137c257600261379c602084615b3c565b6137a69190615816565b604051631846e88b60e31b8152600401610eb991815260200190565b6137d189846020015142614d73565b82516137de906001615982565b93505f6137f55f545f1b8c878d6004548e8e614602565b604080516020810182528281529051632363e29760e21b81529192506001600160a01b03841691638d8f8a5c91613832918b918b91600401615cc8565b5f6040518083038186803b158015613848575f5ffd5b505afa15801561385a573d5f5f3e3d5ffd5b50505050505050509695505050505050565b5f5f5f5f5b87811015613aee575f89828a6138886020836158c3565b9261389593929190615829565b61389e91615d0e565b90505f81901a60041c600161031260ff83161c81169003613a08576001600160401b0387165f9081526009602052604090819020549060fe199082901c60ff1601613933576001600160401b038089165f9081526009602052604080822082905591831681529081205580613914816001615982565b6001600160401b0381165f908152600960205260409020549099509150505b5f613940610eda85613306565b905081811868ffffffffffffffffff191615158061396857508260ff16604083901c60ff1614155b1561399157604051630b7efa8360e21b81526001600160401b038a166004820152602401610eb9565b6001600160401b0389165f908152600960205260408120555f1960ff8416016139bd576139bd84614e8a565b60ff8316600414806139d2575060ff83166008145b156139f6576139ea848a6001600160401b0316614edb565b6139f387615d2b565b96505b6139ff89615d43565b98505050613ad9565b60021960ff821601613a91575f898986613a2181615d2b565b9750818110613a3257613a326158af565b9050602002016020810190613a479190615503565b9050613a747f00000000000000000000000000000000000000000000000000000000000000008483614fac565b613a8b8160a885901c66ffffffffffffff16614ff6565b50613ad9565b600960ff82161115613ad957613aa8602084615b3c565b613ab39060016158c3565b60405163a04eeeb160e01b8152600481019190915260ff82166024820152604401610eb9565b50613ae790506020826158c3565b9050613871565b50808514613b1257604051637c21377360e11b815260048101869052602401610eb9565b8115613b3b57613b256298968083615945565b60035f828254613b359190615816565b90915550505b50919695505050505050565b5f5f5490505f8383604051602001613b60929190615d6d565b6040516020818303038152906040528051906020012090505f828260046002613b899190615945565b60408051602081019490945283019190915263ffffffff808b1690911c16606082015260800160408051601f19818403018152908290528051602090910120631ccfd4d760e01b825291507f0000000000000000000000000000000000000000000000000000000000000000905f906001600160a01b03831690631ccfd4d790613c1d908d908d908d906004908101615d86565b602060405180830381865afa158015613c38573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613c5c919061596b565b5f848152601460205260409020549091508015801590613c7b57508181145b15613c8b57505050505050611283565b604051631292955360e11b81525f906001600160a01b038516906325252aa690613cc2908f9087908f90600490600c908201615db7565b602060405180830381865afa158015613cdd573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613d01919061596b565b60408051602081018a9052908101829052606081018890529091505f906080016040516020818303038152906040528051906020012090508060135414613dde57604051620bbffd60e71b81525f906001600160a01b038716906305dffe8090613d739086908f908f90600401615dea565b602060405180830381865afa158015613d8e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613db2919061596b565b9050888114613dd757604051634c50144360e11b815260048101829052602401610eb9565b5060138190555b5050505f92835260146020526040909220919091555050505050505050565b5f80620f4240613e216001603f1b6001600160401b03604088013560a01c16615e0a565b613e2b9190615e29565b90505f5b6008811015613f39575f85613e458360036158c3565b600c8110613e5557613e556158af565b6020020135905060ff81165f819003613e6f575050613f31565b5f613e8b6001603f1b6001600160401b03600886901c16615e0a565b90505f613ea96001603f1b6001600160401b03604887901c16615e0a565b90505f88613eb8600186615816565b613ec3906002615945565b60108110613ed357613ed36158af565b602002013590506001600160401b03808216905f90613efd906001603f1b90604086901c16615e0a565b9050613f098482615e0a565b613f139083615e0a565b613f1d9086615e29565b613f27908a615e58565b9850505050505050505b600101613e2f565b505f8113613f47575f612c8e565b612c8e620f424082615e77565b816001600160a01b03168363ffffffff167fd09ad298aa087c7bd5e3663fa1e3b33328777cd9048a72bae87fbcf50468089e83604051613f9691815260200190565b60405180910390a3604080518082019091526010546001600160801b038082168352600160801b909104166020820152613fce611e47565b42101561403f576001600160a01b0383165f908152600e602052604081208054849290613ffc9084906158c3565b9091555050805182908290614012908390615ea3565b6001600160801b0390811690915282516020909301518116600160801b0292169190911760105550505050565b5f614048612ca3565b90505f8260200151835f015161405e9190615ea3565b6001600160801b03168211614073575f61409b565b602083015183516001600160801b0391821691614091911684615816565b61409b9190615816565b90505f8185106140ab57816140ad565b845b9050805f036140d757604051635e3766d360e01b815263ffffffff88166004820152602401610eb9565b80846020018181516140e99190615ea3565b6001600160801b0390811690915285516020808801518316600160801b0291909216176010556001600160a01b0388165f908152600d9091526040812080548493509091906141399084906158c3565b90915550506040518181526001600160a01b0387169063ffffffff8916907f2f77fe94a69322a6e3966ca092748fc99f842de75ac56fa130903e72df7228749060200160405180910390a350505050505050565b6001600160a01b0381165f908152600d6020908152604080832054600e90925282205490918190036141bf5750919050565b5f6141c8611e47565b9050804210156141fc57825f036141f5576040516318ecfb6560e31b815260048101829052602401610eb9565b5050919050565b6001600160a01b0384165f908152600e602052604081205561421d82612c51565b612c8e90846158c3565b815f0361424757604051630686827b60e51b815260040160405180910390fd5b6142518183615816565b335f818152600d6020526040908190209290925590517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906142969084815260200190565b60405180910390a2604051336024820152604481018290526117ac90606401610fbb565b8060155f8460ff1681526020019081526020015f205f820151815f015f6101000a81548160ff021916908360ff1602179055506020820151815f0160016101000a81548162ffffff021916908362ffffff1602179055506040820151815f0160046101000a81548162ffffff021916908362ffffff1602179055506060820151815f0160076101000a81548162ffffff021916908362ffffff1602179055506080820151815f01600a6101000a81548162ffffff021916908362ffffff16021790555060a0820151815f01600d6101000a81548165ffffffffffff021916908365ffffffffffff1602179055509050504260175f8460ff1681526020019081526020015f20819055505f826004600960ff16901b17825f015183602001518460400151856060015186608001515f60701b60405160200161446a979695949392919060f897881b6001600160f81b031990811682529690971b909516600187015260e893841b6001600160e81b0319908116600288015292841b8316600587015290831b8216600886015290911b16600b8301526dffffffffffffffffffffffffffff1916600e82015260200190565b60408051601f19818403018152828252805160209182012060a08401835260025463ffffffff811685526001600160401b03600160201b8204811693860193909352600160601b81049092169284019290925260ff600160a01b8204811615156060850152600160a81b909104161515608083015291505f906144ef90836009614c1e565b90508360ff167f753af417ebe4cf86c2b4f94531151cd2ce298cd1b534ef95826fe52c1a08af1e82855f01518660200151876040015188606001518960800151604051613145969594939291906001600160401b0396909616865260ff94909416602086015262ffffff92831660408601529082166060850152811660808401521660a082015260c00190565b5f5f835f528260205260205f60405f885afa5f5192503d602014169050806145b757604051631b690d2360e21b815260040160405180910390fd5b509392505050565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018110611bbe57604051632051490960e21b815260048101829052602401610eb9565b5f6001600160fd1b0360028989898989898960405160200161462a9796959493929190615ec2565b60408051601f198184030181529082905261464491615c9f565b602060405180830381855afa15801561465f573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190614682919061596b565b1698975050505050505050565b6040805160c080820183525f80835260208084018290528385018290526060808501839052608080860184905260a095860184905260ff89811685526015845293879020875180870189529054808616825262ffffff6101008204811683870152600160201b82048116838b0152600160381b8204811683860152600160501b820481168385015265ffffffffffff600160681b9092048216838a019081528a519889018b52968b16885260088b901c811688870152948a901c851698870198909852603889901c841692860192909252605088901c909216918401919091529051909316918101919091528391839061478a8482856149ad565b50509250929050565b60ff81165f908152601760205260408120546147b39062015180906158c3565b9050804210156117ac57604051632244019b60e01b815260ff8316600482015260248101829052604401610eb9565b5f808460068111156147f6576147f66158d6565b0361480357508115614947565b6001846006811115614817576148176158d6565b0361483857821580159061483157506148318260a01c1590565b9050614947565b600284600681111561484c5761484c6158d6565b036148805761485c8360a01c1590565b801561486757508215155b8015614831575081158061483157505060018114614947565b6003846006811115614894576148946158d6565b036148bd57821580156148ad57506148ad8260a01c1590565b8015614831575050801515614947565b60048460068111156148d1576148d16158d6565b036148ea578215801561483157506148318260a01c1590565b60058460068111156148fe576148fe6158d6565b0361491457821580156148315750508015614947565b8215801590614924575060088311155b80156149325750606882901c155b9050801561494757614944838361468f565b50505b80610fea57838383604051630353af4360e11b8152600401610eb99392919061590a565b5f8060118161497b8180876117b0565b81526020019081526020015f20549050805f1415801561333757506149a362127500826158c3565b4211159392505050565b815160ff81166001148015906149c7575060ff8116600214155b806149d45750815160ff16155b806149e557508151600360ff909116115b806149f657506149f482615081565b155b15614a195760405163435c219f60e11b815260ff85166004820152602401610eb9565b81604051602001614a2a9190615f15565b6040516020818303038152906040528051906020012083604051602001614a519190615f15565b6040516020818303038152906040528051906020012003610fea57604051634a4f905d60e11b815260ff85166004820152602401610eb9565b8162ffffff168162ffffff161015614aba57604051633536bddd60e21b815260ff84166004820152602401610eb9565b8162ffffff168162ffffff1603614ad057505050565b61c350614add8383615f77565b62ffffff161115614b065760405163478eb87960e01b815260ff84166004820152602401610eb9565b6207a1208162ffffff161115612c4c5760405163012ac1ad60e61b815260ff84166004820152602401610eb9565b5f80614b4660a0860160808701615b0f565b614b50575f614b53565b60025b60ff169050614b837f0000000000000000000000000000000000000000000000000000000000000000858561516e565b606082901b6068614b9a60e0890160c08a0161567b565b65ffffffffffff16901b6098614bb660c08a0160a08b0161567b565b65ffffffffffff16901b60c8614bd260608b0160408c016152b6565b63ffffffff16901b60e0614bec60408c0160208d016152b6565b63ffffffff16901b60f8614c0660808d0160608e01615583565b60801760ff16901b1717171717179150509392505050565b602083015160408401515f90614c3690600290615982565b905042816001600160401b03161015614c4c5750425b6001600160401b038281165f90815260096020526040908190209183169085901b60ff60401b1668ffffffffffffffffff19871617179055614c8f826001615982565b6001600160401b0390811660208701819052911660408601819052855160028054606089015160809099015163ffffffff9093166bffffffffffffffffffffffff1990911617600160201b9094029390931768ffffffffffffffffff60601b1916600160601b90920260ff60a01b191691909117600160a01b961515969096029590951760ff60a81b1916600160a81b95151595909502949094179093555090919050565b6298968060035f828254614d4891906158c3565b9091555050604051336024820152306044820152629896806064820152614d7190608401611254565b565b816001600160401b0316836001600160401b03161015614db95760405163057ec3d360e21b81526001600160401b03808516600483015283166024820152604401610eb9565b80614dd0620151806001600160401b0386166158c3565b1015614e0e5782614de46201518083615816565b6040516335a6d4b360e21b81526001600160401b0390921660048301526024820152604401610eb9565b5f614e1b610384836158c3565b905080846001600160401b03161115610fea576040516238fe5360e31b81526001600160401b038516600482015260248101829052604401610eb9565b5f6001600160e01b031960e086901b1660a885901b17600160fc1b17614e7f878585615196565b179695505050505050565b600f805466ffffffffffffff60a884901c1691905f90614eb49084906001600160801b0316615ea3565b92506101000a8154816001600160801b0302191690836001600160801b0316021790555050565b5f5f614ee78484613345565b915091505f614ef8855f1a60041c90565b905060071960ff821601614f22575f848152600b6020526040902080546001600160a01b03191690555b81614f5357335f908152600d602052604081208054629896809290614f489084906158c3565b909155506112839050565b60031960ff821601614f7657614f768360a887901c66ffffffffffffff16614ff6565b6001600160a01b0383165f908152600d602052604081208054629896809290614fa09084906158c3565b90915550505050505050565b5f614fb9836010806151dc565b905080614fc68584615214565b14610fea57604051630a9da33f60e11b81526001600160a01b038316600482015260248101829052604401610eb9565b6001600160a01b0382165f908152600d6020526040812080546001600160401b03841692906150269084906158c3565b9091555050600f80546001600160401b0383169190601090615059908490600160801b90046001600160801b0316615ea3565b92506101000a8154816001600160801b0302191690836001600160801b031602179055505050565b5f816040015162ffffff165f14806150aa5750816020015162ffffff16826040015162ffffff16115b806150c05750620f4240826020015162ffffff16115b156150cc57505f919050565b8160a0015165ffffffffffff165f036150ff57606082015162ffffff16158015611ba25750506080015162ffffff161590565b816060015162ffffff16826020015162ffffff161115801561512d5750620f4240826060015162ffffff1611155b801561514b5750816080015162ffffff16826040015162ffffff1611155b8015611ba25750816060015162ffffff16826080015162ffffff16111592915050565b5f612c8e61518f85856001600160a01b0316856001600160a01b031661457c565b606061522f565b5f81816151a48260ff61522f565b90506001600160a01b038516600160a01b605f84901c16176151d16151ca88848461457c565b60a861522f565b979650505050505050565b5f612c8e826151ec856020615816565b6151f69190615816565b615201906008615945565b85901c61520f846008615945565b61522f565b5f61333761522c84846001600160a01b03165f61457c565b60805b5f61523d600180841b615816565b90921692915050565b80356001600160401b038116811461525c575f5ffd5b919050565b5f5f60408385031215615272575f5ffd5b61527b83615246565b946020939093013593505050565b803563ffffffff8116811461525c575f5ffd5b5f5f604083850312156152ad575f5ffd5b61527b83615289565b5f602082840312156152c6575f5ffd5b61333782615289565b5f5f83601f8401126152df575f5ffd5b5081356001600160401b038111156152f5575f5ffd5b60208301915083602082850101111561338d575f5ffd5b5f5f83601f84011261531c575f5ffd5b5081356001600160401b03811115615332575f5ffd5b6020830191508360208260051b850101111561338d575f5ffd5b5f5f5f5f5f5f5f5f60a0898b031215615363575f5ffd5b8835975061537360208a01615246565b965060408901356001600160401b0381111561538d575f5ffd5b6153998b828c016152cf565b90975095505060608901356001600160401b038111156153b7575f5ffd5b6153c38b828c0161530c565b90955093505060808901356001600160401b038111156153e1575f5ffd5b6153ed8b828c016152cf565b999c989b5096995094979396929594505050565b5f5f5f5f5f6108408688031215615416575f5ffd5b61541f86615289565b94506101a0860187811115615432575f5ffd5b602087019450610620870188811115615449575f5ffd5b9093506108208701908882111561545e575f5ffd5b9598949750929550509035919050565b5f5f5f5f60408587031215615481575f5ffd5b84356001600160401b03811115615496575f5ffd5b6154a2878288016152cf565b90955093505060208501356001600160401b038111156154c0575f5ffd5b6154cc8782880161530c565b95989497509550505050565b5f602082840312156154e8575f5ffd5b5035919050565b6001600160a01b0381168114611bbe575f5ffd5b5f60208284031215615513575f5ffd5b8135613337816154ef565b5f5f5f60608486031215615530575f5ffd5b83356007811061553e575f5ffd5b95602085013595506040909401359392505050565b5f5f60408385031215615564575f5ffd5b50508035926020909101359150565b803560ff8116811461525c575f5ffd5b5f60208284031215615593575f5ffd5b61333782615573565b5f5f61016083850312156155ae575f5ffd5b6101408301848111156155bf575f5ffd5b9294923593505050565b5f5f5f5f5f5f5f60c0888a0312156155df575f5ffd5b87359650602088013595506155f660408901615246565b945061560460608901615246565b93506080880135925060a08801356001600160401b03811115615625575f5ffd5b6156318a828b016152cf565b989b979a50959850939692959293505050565b5f60208284031215615654575f5ffd5b81356001600160401b03811115615669575f5ffd5b82016101608185031215613337575f5ffd5b5f6020828403121561568b575f5ffd5b61333782615246565b803562ffffff8116811461525c575f5ffd5b5f5f5f5f5f60a086880312156156ba575f5ffd5b6156c386615573565b94506156d160208701615694565b93506156df60408701615694565b92506156ed60608701615694565b91506156fb60808701615694565b90509295509295909350565b5f6101208284031215615718575f5ffd5b50919050565b5f5f5f6101408486031215615731575f5ffd5b61573b8585615707565b92506101208401356001600160401b03811115615756575f5ffd5b615762868287016152cf565b9497909650939450505050565b5f5f60208385031215615780575f5ffd5b82356001600160401b03811115615795575f5ffd5b6157a18582860161530c565b90969095509350505050565b5f5f5f606084860312156157bf575f5ffd5b6157c884615246565b92506157d660208501615246565b929592945050506040919091013590565b5f61012082840312156157f8575f5ffd5b6133378383615707565b634e487b7160e01b5f52601160045260245ffd5b81810381811115611ba257611ba2615802565b5f5f85851115615837575f5ffd5b83861115615843575f5ffd5b5050820193919092039150565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b8581526001600160401b03851660208201526001600160401b0384166040820152608060608201525f6151d1608083018486615850565b634e487b7160e01b5f52603260045260245ffd5b80820180821115611ba257611ba2615802565b634e487b7160e01b5f52602160045260245ffd5b6007811061590657634e487b7160e01b5f52602160045260245ffd5b9052565b6060810161591882866158ea565b602082019390935260400152919050565b63ffffffff8181168382160190811115611ba257611ba2615802565b8082028115828204841417611ba257611ba2615802565b818382375f9101908152919050565b5f6020828403121561597b575f5ffd5b5051919050565b6001600160401b038181168382160190811115611ba257611ba2615802565b5f5f8335601e198436030181126159b6575f5ffd5b8301803591506001600160401b038211156159cf575f5ffd5b60200191503681900382131561338d575f5ffd5b5f5f8335601e198436030181126159f8575f5ffd5b8301803591506001600160401b03821115615a11575f5ffd5b6020019150600581901b360382131561338d575f5ffd5b6001600160401b03881681528660208201526001600160401b03861660408201526001600160401b038516606082015283608082015260c060a08201525f615a7460c083018486615850565b9998505050505050505050565b60808101615a8f82876158ea565b84602083015283604083015282606083015295945050505050565b6101608101610140848337826101408301529392505050565b838152604060208201525f615adc604083018486615850565b95945050505050565b5f60208284031215615af5575f5ffd5b8151613337816154ef565b8035801515811461525c575f5ffd5b5f60208284031215615b1f575f5ffd5b61333782615b00565b634e487b7160e01b5f52601260045260245ffd5b5f82615b4a57615b4a615b28565b500490565b6001600160801b038281168282160390811115611ba257611ba2615802565b848152602081018490526001600160a01b038316604082015261018081018235615b97816154ef565b6001600160a01b03166060830152615bb160208401615289565b63ffffffff166080830152615bc860408401615289565b63ffffffff1660a0830152615bdf60608401615573565b60ff1660c0830152615bf360808401615b00565b151560e0830152615c0660a08401615246565b6001600160401b0316610100830152615c2160c08401615246565b6001600160401b0316610120830152615c3c60e08401615246565b6001600160401b0316610140830152615c586101008401615246565b6001600160401b0381166101608401525095945050505050565b60208101611ba282846158ea565b6001600160401b038281168282160390811115611ba257611ba2615802565b5f82518060208501845e5f920191825250919050565b5f82615cc357615cc3615b28565b500690565b604081525f615cdb604083018587615850565b905060208201835f5b6001811015615d03578151835260209283019290910190600101615ce4565b505050949350505050565b80356020831015611ba2575f19602084900360031b1b1692915050565b5f60018201615d3c57615d3c615802565b5060010190565b5f6001600160401b0382166001600160401b038103615d6457615d64615802565b60010192915050565b6102208101610200848337826102008301529392505050565b63ffffffff851681526106408101610180856020840137610480846101a08401378261062083015295945050505050565b63ffffffff861681526020810185905261050081016104808560408401376104c08201939093526104e001529392505050565b838152610240810161020084602084013782610220830152949350505050565b8181035f831280158383131683831282161715612f7b57612f7b615802565b8082025f8212600160ff1b84141615615e4457615e44615802565b8181058314821517611ba257611ba2615802565b8082018281125f8312801582168215821617156119e4576119e4615802565b5f82615e8557615e85615b28565b600160ff1b82145f1984141615615e9e57615e9e615802565b500590565b6001600160801b038181168382160190811115611ba257611ba2615802565b8781528660208201526001600160401b0360c01b8660c01b1660408201526001600160401b0360c01b8560c01b166048820152836050820152818360708301375f91016070019081529695505050505050565b5f60c08201905060ff835116825262ffffff602084015116602083015262ffffff604084015116604083015262ffffff606084015116606083015262ffffff608084015116608083015265ffffffffffff60a08401511660a083015292915050565b62ffffff8281168282160390811115611ba257611ba261580256fea164736f6c634300081c000a60c060405234801561000f575f5ffd5b506040516106dd3803806106dd83398101604081905261002e91610060565b6001600160a01b039182166080521660a052610091565b80516001600160a01b038116811461005b575f5ffd5b919050565b5f5f60408385031215610071575f5ffd5b61007a83610045565b915061008860208401610045565b90509250929050565b60805160a0516106186100c55f395f818160aa015281816102f401526103d401525f818160e9015261010e01526106185ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c806305dffe80146100595780631ccfd4d71461007f57806325252aa614610092578063776fca92146100a5578063ed33639f146100e4575b5f5ffd5b61006c61006736600461049d565b61010b565b6040519081526020015b60405180910390f35b61006c61008d366004610506565b6101b6565b61006c6100a0366004610558565b610235565b6100cc7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610076565b6100cc7f000000000000000000000000000000000000000000000000000000000000000081565b5f7f000000000000000000000000000000000000000000000000000000000000000081805b60108110156101835761015886826010811061014e5761014e6105a6565b6020020135610268565b610179838388846010811061016f5761016f6105a6565b60200201356102ae565b9150600101610130565b5061018d84610268565b6101ac826101a6846101a0865f8c6102ae565b856102ae565b866102ae565b9695505050505050565b5f600c8211156101e157604051636b85165160e01b8152600481018390526024015b60405180910390fd5b5f6101eb856102f1565b905060608302840161021d816102028660036105ce565b61020e600c60036105ce565b61021891906105e5565b610370565b61022a8783875f886103d1565b979650505050505050565b5f600c82111561025b57604051636b85165160e01b8152600481018390526024016101d8565b6101ac86868686866103d1565b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000181106102ab57604051632051490960e21b8152600481018290526024016101d8565b50565b5f5f835f528260205260205f60405f885afa5f5192503d602014169050806102e957604051631b690d2360e21b815260040160405180910390fd5b509392505050565b5f7f0000000000000000000000000000000000000000000000000000000000000000815b600c81101561036957600581901b8401610330816003610370565b5f61033a60405190565b905084815260608260208301376103518482610462565b9450505060038161036291906105f8565b9050610315565b5050919050565b632051490960e21b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001600583901b84015b808510156103ca5784358281106103be57835f528060045260245ffd5b506020850194506103a1565b5050505050565b837f0000000000000000000000000000000000000000000000000000000000000000835b838110156104575760608102860161040e816003610370565b5f61041860405190565b905060038a8460011b1c1660051b8083833785818301528060600381840160208385010137506104488482610462565b945050508060010190506103f5565b505095945050505050565b5f5f602083608085875afa835192503d6020141690508061049657604051631b690d2360e21b815260040160405180910390fd5b5092915050565b5f5f5f61024084860312156104b0575f5ffd5b833592506102208401858111156104c5575f5ffd5b92956020949094019450509035919050565b803563ffffffff811681146104ea575f5ffd5b919050565b806104808101831015610500575f5ffd5b92915050565b5f5f5f5f610640858703121561051a575f5ffd5b610523856104d7565b93506101a0850186811115610536575f5ffd5b60208601935061054687826104ef565b94979396509394610620013593505050565b5f5f5f5f5f610500868803121561056d575f5ffd5b610576866104d7565b94506020860135935061058c87604088016104ef565b949793965093946104c081013594506104e0013592915050565b634e487b7160e01b5f52603260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b8082028115828204841417610500576105006105ba565b81810381811115610500576105006105ba565b80820180821115610500576105006105ba56fea164736f6c634300081c000a6135cd80600b5f395ff3007f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001606035604035602035600035848110858310168584101685851016610043575f5ffd5b8101918301908001810192800182019080018490800884908208918001849080088490840890849082089284908308927f19b849f69450b06848da1d39bd5e4a4302bb86744edc26238b0878e269ed23e5018481800985908009859109907f265ddfe127dd51bd7239347b758f0a1320eb2cc7450acc1dad47f80c8dcf34d6018481800985908009859109927f199750ec472f1809e0f66a545e1e51624108ac845015c2aa3dfc36bab497d8aa018481800985908009859109917f157ff3fe65ac7208110f06a5f74302b14d743ea25067f0ffd032f787c7f1cdf8018481800985908009859109908301918101928001830190800182019280018490800884908408918001849080088490820892849084089084908308907f2e49c43c4569dd9c5fd35ac45fca33f10b15c590692f8beefe18f4896ac94902018481800985908009859109927f0e35fb89981890520d4aef2b6d6506c3cb2f0b6973c24fa82731345ffa2d1f1e018481800985908009859109907f251ad47cb15c4f1105f109ae5e944f1ba9d9e7806d667ffec6fe723002e0b996018481800985908009859109917f13da07dc64d428369873e97160234641f8beb56fdd05e5f3563fa39d9c22df4e018481800985908009859109928101918301908001810192800182019080018490800884908208918001849080088490840890849082089284908308927f0c009b84e650e6d23dc00c7dccef7483a553939689d350cd46e7b89055fd4738018481800985908009859109907f011f16b1c63a854f01992e3956f42d8b04eb650c6d535eb0203dec74befdca06018481800985908009859109927f0ed69e5e383a688f209d9a561daa79612f3f78d0467ad45485df07093f367549018481800985908009859109917f04dba94a7b0ce9e221acad41472b6bbe3aec507f5eb3d33f463672264c9f789b018481800985908009859109908301918101928001830190800182019280018490800884908408918001849080088490820892849084089084908308907f0a3f2637d840f3a16eb094271c9d237b6036757d4bb50bf7ce732ff1d4fa28e8018481800985908009859109927f259a666f129eea198f8a1c502fdb38fa39b1f075569564b6e54a485d1182323f018481800985908009859109907f28bf7459c9b2f4c6d8e7d06a4ee3a47f7745d4271038e5157a32fdf7ede0d6a1018481800985908009859109917f0a1ca941f057037526ea200f489be8d4c37c85bbcce6a2aeec91bd6941432447018481800985908009859109928101918301908001810192800182019080018490800884908208918001849080088490840890849082089284908308927f0c6f8f958be0e93053d7fd4fc54512855535ed1539f051dcb43a26fd926361cf0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f123106a93cd17578d426e8128ac9d90aa9e8a00708e296e084dd57e69caaf8110184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f26e1ba52ad9285d97dd3ab52f8e840085e8fa83ff1e8f1877b074867cd2dee750184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f1cb55cad7bd133de18a64c5c47b9c97cbe4d8b7bf9e095864471537e6a4ae2c50184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f1dcd73e46acd8f8e0e2c7ce04bde7f6d2a53043d5060a41c7143f08e6e9055d00184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f011003e32f6d9c66f5852f05474a4def0cda294a0eb4e9b9b12b9bb4512e55740184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f2b1e809ac1d10ab29ad5f20d03a57dfebadfe5903f58bafed7c508dd2287ae8c0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f2539de1785b735999fb4dac35ee17ed0ef995d05ab2fc5faeaa69ae87bcec0a50184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f0c246c5a2ef8ee0126497f222b3e0a0ef4e1c3d41c86d46e43982cb11d77951d0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f192089c4974f68e95408148f7c0632edbb09e6a6ad1a1c2f3f0305f5d03b527b0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f1eae0ad8ab68b2f06a0ee36eeb0d0c058529097d91096b756d8fdc2fb5a60d850184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f179190e5d0e22179e46f8282872abc88db6e2fdc0dee99e69768bd98c5d06bfb0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f29bb9e2c9076732576e9a81c7ac4b83214528f7db00f31bf6cafe794a9b3cd1c0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f225d394e42207599403efd0c2464a90d52652645882aac35b10e590e6e691e080184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f064760623c25c8cf753d238055b444532be13557451c087de09efd454b23fd590184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f10ba3a0e01df92e87f301c4b716d8a394d67f4bf42a75c10922910a78f6b5b870184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f0e070bf53f8451b24f9c6e96b0c2a801cb511bc0c242eb9d361b77693f21471c0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f1b94cd61b051b04dd39755ff93821a73ccd6cb11d2491d8aa7f921014de252fb0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f1d7cb39bafb8c744e148787a2e70230f9d4e917d5713bb050487b5aa7d74070b0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f2ec93189bd1ab4f69117d0fe980c80ff8785c2961829f701bb74ac1f303b17db0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f2db366bfdd36d277a692bb825b86275beac404a19ae07a9082ea46bd835179260184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f062100eb485db06269655cf186a68532985275428450359adc99cec6960711b80184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f0761d33c66614aaa570e7f1e8244ca1120243f92fa59e4f900c567bf41f5a59b0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f20fc411a114d13992c2705aa034e3f315d78608a0f7de4ccf7a72e494855ad0d0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f25b5c004a4bdfcb5add9ec4e9ab219ba102c67e8b3effb5fc3a30f317250bc5a0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f23b1822d278ed632a494e58f6df6f5ed038b186d8474155ad87e7dff62b37f4b0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f22734b4c5c3f9493606c4ba9012499bf0f14d13bfcfcccaa16102a29cc2f69e00184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f26c0c8fe09eb30b7e27a74dc33492347e5bdff409aa3610254413d3fad795ce50184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f070dd0ccb6bd7bbae88eac03fa1fbb26196be3083a809829bbd626df348ccad90184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f12b6595bdb329b6fb043ba78bb28c3bec2c0a6de46d8c5ad6067c4ebfd4250da0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f248d97d7f76283d63bec30e7a5876c11c06fca9b275c671c5e33d95bb7e8d7290184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f1a306d439d463b0816fc6fd64cc939318b45eb759ddde4aa106d15d9bd9baaaa0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f28a8f8372e3c38daced7c00421cb4621f4f1b54ddc27821b0d62d3d6ec7c56cf0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f0094975717f9a8a8bb35152f24d43294071ce320c829f388bc852183e1e2ce7e0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f04d5ee4c3aa78f7d80fde60d716480d3593f74d4f653ae83f4103246db2e8d650184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f2a6cf5e9aa03d4336349ad6fb8ed2269c7bef54b8822cc76d08495c12efde1870184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f2304d31eaab960ba9274da43e19ddeb7f792180808fd6e43baae48d7efcba3f30184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f03fd9ac865a4b2a6d5e7009785817249bff08a7e0726fcb4e1c11d39d199f0b00184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f00b7258ded52bbda2248404d55ee5044798afc3a209193073f7954d4d63b0b640184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f159f81ada0771799ec38fca2d4bf65ebb13d3a74f3298db36272c5ca65e92d9a0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f1ef90e67437fbc8550237a75bc28e3bb9000130ea25f0c5471e144cf4264431f0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f1e65f838515e5ff0196b49aa41a2d2568df739bc176b08ec95a79ed82932e30d0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f2b1b045def3a166cec6ce768d079ba74b18c844e570e1f826575c1068c94c33f0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f0832e5753ceb0ff6402543b1109229c165dc2d73bef715e3f1c6e07c168bb1730184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f02f614e9cedfb3dc6b762ae0a37d41bab1b841c2e8b6451bc5a8e3c390b6ad160184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f0e2427d38bd46a60dd640b8e362cad967370ebb777bedff40f6a0be27e7ed7050184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f0493630b7c670b6deb7c84d414e7ce79049f0ec098c3c7c50768bbe29214a53a0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f22ead100e8e482674decdab17066c5a26bb1515355d5461a3dc06cc85327cea90184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f25b3e56e655b42cdaae2626ed2554d48583f1ae35626d04de5084e0b6d2a6f160184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f1e32752ada8836ef5837a6cde8ff13dbb599c336349e4c584b4fdc0a0cf6f9d00184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f2fa2a871c15a387cc50f68f6f3c3455b23c00995f05078f672a9864074d412e50184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f2f569b8a9a4424c9278e1db7311e889f54ccbf10661bab7fcd18e7c7a7d835050184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f044cb455110a8fdd531ade530234c518a7df93f7332ffd2144165374b246b43d0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f227808de93906d5d420246157f2e42b191fe8c90adfe118178ddc723a53190250184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f02fcca2934e046bc623adead873579865d03781ae090ad4a8579d2e7a68003550184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f0ef915f0ac120b876abccceb344a1d36bad3f3c5ab91a8ddcbec2e060d8befac0184818009859080098591098484840182840108857f0c28145b6a44df3e0149b3d0a30b3bb599df9756d4dd9b84a86b38cfb45a740b840981019250857f00544b8338791518b2c7645a50392798b21f75bb60e3596170067d00141cac15860981019450857f222c01175718386f2e2e82eb122789e352e105a3b8fa852613bc534433ee428b8509810193509085907f10dc6e9c006ea38b04b1e03b4bd9490c0d03f98929ca1d7fb56821fd19d3b6e709017f1797130f4b7a3e1777eb757bc6f287f6ab0fb85f6be63b09f3b16ef2b1405d38018481800985908009859109907f0a76225dc04170ae3306c85abab59e608c7f497c20156d4d36c668555decc6e5018481800985908009859109927f1fffb9ec1992d66ba1e77a7b93209af6f8fa76d48acb664796174b5326a31a5c018481800985908009859109917f25721c4fc15a3f2853b57c338fa538d85f8fbba6c6b9c6090611889b797b9c5f018481800985908009859109908301918101928001830190800182019280018490800884908408918001849080088490820892849084089084908308907f0c817fd42d5f7a41215e3d07ba197216adb4c3790705da95eb63b982bfcaf75a018481800985908009859109927f13abe3f5239915d39f7e13c2c24970b6df8cf86ce00a22002bc15866e52b5a96018481800985908009859109907f2106feea546224ea12ef7f39987a46c85c1bc3dc29bdbd7a92cd60acb4d391ce018481800985908009859109917f21ca859468a746b6aaa79474a37dab49f1ca5a28c748bc7157e1b3345bb0f959018481800985908009859109928101918301908001810192800182019080018490800884908208918001849080088490840890849082089284908308927f05ccd6255c1e6f0c5cf1f0df934194c62911d14d0321662a8f1a48999e34185b018481800985908009859109907f0f0e34a64b70a626e464d846674c4c8816c4fb267fe44fe6ea28678cb09490a4018481800985908009859109927f0558531a4e25470c6157794ca36d0e9647dbfcfe350d64838f5b1a8a2de0d4bf018481800985908009859109917f09d3dca9173ed2faceea125157683d18924cadad3f655a60b72f5864961f1455018481800985908009859109908301918101928001830190800182019280018490800884908408918001849080088490820892849084089084908308907f0328cbd54e8c0913493f866ed03d218bf23f92d68aaec48617d4c722e5bd4335018481800985908009859109927f2bf07216e2aff0a223a487b1a7094e07e79e7bcc9798c648ee3347dd5329d34b018481800985908009859109907f1daf345a58006b736499c583cb76c316d6f78ed6a6dffc82111e11a63fe412df018481800985908009859109917f176563472456aaa746b694c60e1823611ef39039b2edc7ff391e6f2293d2c404018481800985908009859109928101918301928001820192800184908008849084088460603582085f5260205ff3610d8b80600b5f395ff3007f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016020355f35828210838210166033575f5ffd5b81810191820191017f1da4d6adfb0d0b494584f763db50a81908580a5f5e295e168b9b8d31770fac4f018281800983908009839109907f0946129a2e33b4e819707a56a3b3790eab80d0a0c7a0c63451fab2a59acc074c01828180098390800983910981810190810191017f2a39b9d5376afd35580abd6952986570867b87303b07140268794dad4b8f82ea018281800983908009839109907f27605717d1245c20c546b3c7014e5fa3e4a70e66ecd6de5d32448eea5e3069b201828180098390800983910981810190810191017f24c896cb2594e17b973653193a470ed7e771ebb09a228d638e50809c03773632018281800983908009839109907f0911096c45dd9cda0d61d783957003db6d8701c7869a919ad8042e1b7d597a49018281800983908009839109818101908390820891017f26ff6166f1e4b99e27eee6d352a8ce26f1daba01aad28021f11f38a70603afdc01828180098390800983910982826003028208918101017f008e2faedcf76d08ad6591ff90e50fea79bcb5e18cfb7d954d5b89437bf64b7e01828180098390800983910982826003028208918101017f19c9da2379b598ace3ad4d1872470830f6184a3cec71eeb632f98820eb353d7801828180098390800983910982826003028208918101017f0f7c4eb15d8b0b62a8f6a090ec9610a2ab3dfcdb57e2539aa459a40583dfe96b01828180098390800983910982826003028208918101017f18b99417dc26b5e079750eba282362d1d46900b47dd5ff809171588b08ac398301828180098390800983910982826003028208918101017f1ee044081160b3eee2d4493feab82141c73f1c054b76320a8848af08a8d91a2601828180098390800983910982826003028208918101017f29bb95c8763efd3e0e87f5df12ee8a150455b6d7a14780d19122220366c258dc01828180098390800983910982826003028208918101017f22c23eec9cb13ff8a3ee9a363d740653215e8991f7f9ec12067b4705e9a5c9fb01828180098390800983910982826003028208918101017f23589e033a31a667680c8b18926c3be09115c7644c4f905cc7deefc1690b42dc01828180098390800983910982826003028208918101017f304e99b887f2e1e92c9c0cde5f2bdd4764f60b98a219f1f0dd64ec938a6a247c01828180098390800983910982826003028208918101017f22e817865236ad3a76fbe88bbdf31fcae792f326271d53a3a493b2de7f7d8b4c01828180098390800983910982826003028208918101017f10c9efe573e86fa5b238a3f5c70a00bf02bc7dcfcc4878e026b77c881dc8b1c901828180098390800983910982826003028208918101017f0a94f16be920d85f4d6f80e745c6bddbc084f309edffef023ea283c72b89bbb601828180098390800983910982826003028208918101017f23ed72b4d01d14e3c7888fedb770494abc2c1ea81d6465b5df3da0ebcd69101a01828180098390800983910982826003028208918101017f17c5115640e4cebeed0e6cbb511ac38498df815a77cb162de8d8f1022eb6bb7401828180098390800983910982826003028208918101017f2e507fcca290d0d9cf765245750eb04773e09e1fc813959fb99680a82772e4fc01828180098390800983910982826003028208918101017f0d4a98999f5b39176af6cce65c8d12162433f055cb71d70dfc8803013292bbbf01828180098390800983910982826003028208918101017f238d8022cc09c21ab3c01261a03dc125321d829e22a7a3b7a1bd3c335eccfa2101828180098390800983910982826003028208918101017f010cd8e4c2b7051cb81dc8292e35d8e943ce365613d5b39770e454ed9f4ae16501828180098390800983910982826003028208918101017f088027e54f2a3604b11178cf0ea3c6aa861173a90fb231238e03539590ecc02701828180098390800983910982826003028208918101017f1b840f5311a2b1d4b4cd7aa7e5a9a6d161165468daa938108302b73e464819db01828180098390800983910982826003028208918101017f2bf51a5da1828a1cf9b764b1e16c15929a3a346e44198ea0cb366fcd8db78dc101828180098390800983910982826003028208918101017f206ad089d8d296ffe68a6a86767a7fe726b8872f9c7beef9d56a3a50f6f2382701828180098390800983910982826003028208918101017f24d19193171494fa1a54e0a99ac16d05eaec4b6d617c7c199fc07ff88eac550c01828180098390800983910982826003028208918101017f1dd654a2ca9d9f24f33d88246a40dfb32c40662278b9c0b995d9f9fbaf15213801828180098390800983910982826003028208918101017f0d171025c925f6e259d20ecbd3a601108c85f05b0fe7793b8acf57f3789785e401828180098390800983910982826003028208918101017f055bef435a43aec245cd99ccb0f7c8791d9e8cf2b80d95dd98b9908fed877d5501828180098390800983910982826003028208918101017f10d2ac8c61c8a2e88a2a3f42d9359a14be63d0ad4cfd9f203b75765d0e595f0e01828180098390800983910982826003028208918101017f103479710e70996982a84057ec3ba6b2254d7966ddc41e85296e3d0790dcfa5601828180098390800983910982826003028208918101017f2a366f0448fda3c05914ffb48c765da8de96f9aa340db1638225f8372921807b01828180098390800983910982826003028208918101017f16be0fb8ef62da17919b6e0378d00594153bb8899aeb686c04626b63285837a401828180098390800983910982826003028208918101017f0417038500e9d06c60abbc7f0d0d24c32dec8a0b2aa5a4d52cfd8c78a15bc37001828180098390800983910982826003028208918101017f26a6873b43ffd2ccf66ec6f4493ff9b54f4d76480bc486a3e5a0308fdd01381201828180098390800983910982826003028208918101017f0a3314a838f32630a96251914fe5ad262f3db9b2aa8aa9f7391922d36278c49801828180098390800983910982826003028208918101017f0fde0c5429a6beb07f462d4821f48f86aeadb46a090b15a044f4b59399027da401828180098390800983910982826003028208918101017f0abc2d5049972a6b9b357e4163793b0bb517e1eb535a984df11a1c89cda2c8a901828180098390800983910982826003028208918101017f0dab51d6e3ebfa661d21722fb21e55051b427a5f173f7f17735205dbb77c464e01828180098390800983910982826003028208918101017f29c36622598b511d51af6cc37123652fb21be5c2d68fb8efe9b92e70a8c1ae0301828180098390800983910982826003028208918101017f2c03ec80adac2a33ae846bc0b700d0bcc41c4096e53ac6990d6bbe7ea2fbc85c01828180098390800983910982826003028208918101017f0918fdbe9cf3a59fbdb4c6852d065105317303116017d893b8b521e3cebe1e0d01828180098390800983910982826003028208918101017f1f19ec22e69ca33f599dd13cd7e495a8176a79df4f7acf79a9d2135acabe235901828180098390800983910982826003028208918101017f1c4b037c8ae85ee1eb32b872eb7f76928c4c76b29ceb001346447b291108070401828180098390800983910982826003028208918101017f2b68900ed906616d6c826d0bde341766ba3131e04d420de5af0a69c534efd8db01828180098390800983910982826003028208918101017f20ca92aa222fcc69448f8dac653c8daaa180ff6dfb397cef723d4f0c782bc7f001828180098390800983910982826003028208918101017f10d22d05bdff6bb375276fc82057db337045a5ab7ac053941f6186289b66b2b601828180098390800983910982826003028208918101017f0b1ffdbb529367bb98f32ba45784cb435aa910b4a00636d1e5ca79e88bdd6cd901828180098390800983910982826003028208918101017f2da32b38e7984bc2ed757ec705eccf8282c7b4f82e5e515f6f89bcc33022ce9f01828180098390800983910982826003028208918101017f042593ad87403f6d2674b8b55a886725b87eb33958031e94d292cecc6abed1bb01828180098390800983910982826003028208918101017f181fa1b4d067783a19d7367bf49b3f01051faedab463a6de9308fbd6e7d419f101828180098390800983910982826003028208918101017f15aaa6cc9b7900b15683c95515c26028a8e35b00ed8a815c34927188c60de66001828180098390800983910982826003028208918101017f1bf28a93209084bbbc63234f057254c280b1a636f5a0eced6787320212f75a7a018281800983908009839109907f1cdb8c8bee5426f02cd9e229776118f156273b312f805c8e6f8c9d81a620cb6f01828180098390800983910981810190810191017f08299c0abf196d53162e0facb5f1876f516df2505cc387a0f8ea0e8760d5ca7e018281800983908009839109907f221643d205fe82778a7b7b58cb65c4962d76c0072cabd1124117269d7c710b8a01828180098390800983910981810190810191017f2d036a95f81cf49bb7a0143a28c88767f6bd10c3f74b22db487920d43343dbff018281800983908009839109907f08a50897c06aafe6ea414fb1bceca2267cd4a39486729fbc6d5d1bb7a172ebd2018281800983908009839109818101908101910150602035085f5260205ff3",
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
// Solidity: constructor(address token_, (address,address,address[]) roles, (uint256,uint256[16],uint256) genesis, bytes32 configHash_, uint256[] batchSizes, address[] batchVerifiers, address checks_) returns()
func (rollupHarness *RollupHarness) PackConstructor(token_ common.Address, roles RollupRoles, genesis RollupGenesisState, configHash_ [32]byte, batchSizes []*big.Int, batchVerifiers []common.Address, checks_ common.Address) []byte {
	enc, err := rollupHarness.abi.Pack("", token_, roles, genesis, configHash_, batchSizes, batchVerifiers, checks_)
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

// PackDOMAINCONFIG is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa64ffc46.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DOMAIN_CONFIG() view returns(uint256)
func (rollupHarness *RollupHarness) PackDOMAINCONFIG() []byte {
	enc, err := rollupHarness.abi.Pack("DOMAIN_CONFIG")
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
func (rollupHarness *RollupHarness) TryPackDOMAINCONFIG() ([]byte, error) {
	return rollupHarness.abi.Pack("DOMAIN_CONFIG")
}

// UnpackDOMAINCONFIG is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa64ffc46.
//
// Solidity: function DOMAIN_CONFIG() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackDOMAINCONFIG(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("DOMAIN_CONFIG", data)
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
func (rollupHarness *RollupHarness) PackESCAPECLAIMWINDOW() []byte {
	enc, err := rollupHarness.abi.Pack("ESCAPE_CLAIM_WINDOW")
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
func (rollupHarness *RollupHarness) TryPackESCAPECLAIMWINDOW() ([]byte, error) {
	return rollupHarness.abi.Pack("ESCAPE_CLAIM_WINDOW")
}

// UnpackESCAPECLAIMWINDOW is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd1101ba6.
//
// Solidity: function ESCAPE_CLAIM_WINDOW() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackESCAPECLAIMWINDOW(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("ESCAPE_CLAIM_WINDOW", data)
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
func (rollupHarness *RollupHarness) PackESCAPENODEHEIGHT() []byte {
	enc, err := rollupHarness.abi.Pack("ESCAPE_NODE_HEIGHT")
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
func (rollupHarness *RollupHarness) TryPackESCAPENODEHEIGHT() ([]byte, error) {
	return rollupHarness.abi.Pack("ESCAPE_NODE_HEIGHT")
}

// UnpackESCAPENODEHEIGHT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70062cee.
//
// Solidity: function ESCAPE_NODE_HEIGHT() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackESCAPENODEHEIGHT(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("ESCAPE_NODE_HEIGHT", data)
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
func (rollupHarness *RollupHarness) PackFORCEDREQUESTBOND() []byte {
	enc, err := rollupHarness.abi.Pack("FORCED_REQUEST_BOND")
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
func (rollupHarness *RollupHarness) TryPackFORCEDREQUESTBOND() ([]byte, error) {
	return rollupHarness.abi.Pack("FORCED_REQUEST_BOND")
}

// UnpackFORCEDREQUESTBOND is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1339054b.
//
// Solidity: function FORCED_REQUEST_BOND() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackFORCEDREQUESTBOND(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("FORCED_REQUEST_BOND", data)
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
func (rollupHarness *RollupHarness) PackFORCEDTRADETYPEHASH() []byte {
	enc, err := rollupHarness.abi.Pack("FORCED_TRADE_TYPEHASH")
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
func (rollupHarness *RollupHarness) TryPackFORCEDTRADETYPEHASH() ([]byte, error) {
	return rollupHarness.abi.Pack("FORCED_TRADE_TYPEHASH")
}

// UnpackFORCEDTRADETYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x79a71b24.
//
// Solidity: function FORCED_TRADE_TYPEHASH() view returns(bytes32)
func (rollupHarness *RollupHarness) UnpackFORCEDTRADETYPEHASH(data []byte) ([32]byte, error) {
	out, err := rollupHarness.abi.Unpack("FORCED_TRADE_TYPEHASH", data)
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

// PackGUARDIANMAXFRACTIONPPM is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d634f5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function GUARDIAN_MAX_FRACTION_PPM() view returns(uint256)
func (rollupHarness *RollupHarness) PackGUARDIANMAXFRACTIONPPM() []byte {
	enc, err := rollupHarness.abi.Pack("GUARDIAN_MAX_FRACTION_PPM")
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
func (rollupHarness *RollupHarness) TryPackGUARDIANMAXFRACTIONPPM() ([]byte, error) {
	return rollupHarness.abi.Pack("GUARDIAN_MAX_FRACTION_PPM")
}

// UnpackGUARDIANMAXFRACTIONPPM is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d634f5f.
//
// Solidity: function GUARDIAN_MAX_FRACTION_PPM() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackGUARDIANMAXFRACTIONPPM(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("GUARDIAN_MAX_FRACTION_PPM", data)
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
func (rollupHarness *RollupHarness) PackGUARDIANMAXRAISEPPM() []byte {
	enc, err := rollupHarness.abi.Pack("GUARDIAN_MAX_RAISE_PPM")
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
func (rollupHarness *RollupHarness) TryPackGUARDIANMAXRAISEPPM() ([]byte, error) {
	return rollupHarness.abi.Pack("GUARDIAN_MAX_RAISE_PPM")
}

// UnpackGUARDIANMAXRAISEPPM is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9a5ea30c.
//
// Solidity: function GUARDIAN_MAX_RAISE_PPM() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackGUARDIANMAXRAISEPPM(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("GUARDIAN_MAX_RAISE_PPM", data)
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
func (rollupHarness *RollupHarness) PackL2ACCOUNTBASE() []byte {
	enc, err := rollupHarness.abi.Pack("L2_ACCOUNT_BASE")
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
func (rollupHarness *RollupHarness) TryPackL2ACCOUNTBASE() ([]byte, error) {
	return rollupHarness.abi.Pack("L2_ACCOUNT_BASE")
}

// UnpackL2ACCOUNTBASE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8031d588.
//
// Solidity: function L2_ACCOUNT_BASE() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackL2ACCOUNTBASE(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("L2_ACCOUNT_BASE", data)
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

// PackMARKETPARAMSCOOLDOWN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb465dae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MARKET_PARAMS_COOLDOWN() view returns(uint256)
func (rollupHarness *RollupHarness) PackMARKETPARAMSCOOLDOWN() []byte {
	enc, err := rollupHarness.abi.Pack("MARKET_PARAMS_COOLDOWN")
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
func (rollupHarness *RollupHarness) TryPackMARKETPARAMSCOOLDOWN() ([]byte, error) {
	return rollupHarness.abi.Pack("MARKET_PARAMS_COOLDOWN")
}

// UnpackMARKETPARAMSCOOLDOWN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb465dae.
//
// Solidity: function MARKET_PARAMS_COOLDOWN() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackMARKETPARAMSCOOLDOWN(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("MARKET_PARAMS_COOLDOWN", data)
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

// PackMAXSIZE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d67799e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SIZE() view returns(uint256)
func (rollupHarness *RollupHarness) PackMAXSIZE() []byte {
	enc, err := rollupHarness.abi.Pack("MAX_SIZE")
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
func (rollupHarness *RollupHarness) TryPackMAXSIZE() ([]byte, error) {
	return rollupHarness.abi.Pack("MAX_SIZE")
}

// UnpackMAXSIZE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8d67799e.
//
// Solidity: function MAX_SIZE() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackMAXSIZE(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("MAX_SIZE", data)
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

// PackORACLEKEYS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x155bd52c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ORACLE_KEYS() view returns(uint256)
func (rollupHarness *RollupHarness) PackORACLEKEYS() []byte {
	enc, err := rollupHarness.abi.Pack("ORACLE_KEYS")
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
func (rollupHarness *RollupHarness) TryPackORACLEKEYS() ([]byte, error) {
	return rollupHarness.abi.Pack("ORACLE_KEYS")
}

// UnpackORACLEKEYS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x155bd52c.
//
// Solidity: function ORACLE_KEYS() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackORACLEKEYS(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("ORACLE_KEYS", data)
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

// PackPPMSCALE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x64cc51ff.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PPM_SCALE() view returns(uint256)
func (rollupHarness *RollupHarness) PackPPMSCALE() []byte {
	enc, err := rollupHarness.abi.Pack("PPM_SCALE")
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
func (rollupHarness *RollupHarness) TryPackPPMSCALE() ([]byte, error) {
	return rollupHarness.abi.Pack("PPM_SCALE")
}

// UnpackPPMSCALE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x64cc51ff.
//
// Solidity: function PPM_SCALE() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackPPMSCALE(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("PPM_SCALE", data)
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

// PackQUEUESERVICEINTERVAL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd48efcd1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function QUEUE_SERVICE_INTERVAL() view returns(uint256)
func (rollupHarness *RollupHarness) PackQUEUESERVICEINTERVAL() []byte {
	enc, err := rollupHarness.abi.Pack("QUEUE_SERVICE_INTERVAL")
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
func (rollupHarness *RollupHarness) TryPackQUEUESERVICEINTERVAL() ([]byte, error) {
	return rollupHarness.abi.Pack("QUEUE_SERVICE_INTERVAL")
}

// UnpackQUEUESERVICEINTERVAL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd48efcd1.
//
// Solidity: function QUEUE_SERVICE_INTERVAL() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackQUEUESERVICEINTERVAL(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("QUEUE_SERVICE_INTERVAL", data)
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

// PackSUBMISSIONVERIFIERKEY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6fef875.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SUBMISSION_VERIFIER_KEY() view returns(uint256)
func (rollupHarness *RollupHarness) PackSUBMISSIONVERIFIERKEY() []byte {
	enc, err := rollupHarness.abi.Pack("SUBMISSION_VERIFIER_KEY")
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
func (rollupHarness *RollupHarness) TryPackSUBMISSIONVERIFIERKEY() ([]byte, error) {
	return rollupHarness.abi.Pack("SUBMISSION_VERIFIER_KEY")
}

// UnpackSUBMISSIONVERIFIERKEY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf6fef875.
//
// Solidity: function SUBMISSION_VERIFIER_KEY() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackSUBMISSIONVERIFIERKEY(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("SUBMISSION_VERIFIER_KEY", data)
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
// the contract method with ID 0x1031d161.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function applyRecords(bytes pubdata, address[] withdrawalAddresses) returns()
func (rollupHarness *RollupHarness) PackApplyRecords(pubdata []byte, withdrawalAddresses []common.Address) []byte {
	enc, err := rollupHarness.abi.Pack("applyRecords", pubdata, withdrawalAddresses)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApplyRecords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1031d161.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function applyRecords(bytes pubdata, address[] withdrawalAddresses) returns()
func (rollupHarness *RollupHarness) TryPackApplyRecords(pubdata []byte, withdrawalAddresses []common.Address) ([]byte, error) {
	return rollupHarness.abi.Pack("applyRecords", pubdata, withdrawalAddresses)
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

// PackChecks is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2684d75f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checks() view returns(address)
func (rollupHarness *RollupHarness) PackChecks() []byte {
	enc, err := rollupHarness.abi.Pack("checks")
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
func (rollupHarness *RollupHarness) TryPackChecks() ([]byte, error) {
	return rollupHarness.abi.Pack("checks")
}

// UnpackChecks is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2684d75f.
//
// Solidity: function checks() view returns(address)
func (rollupHarness *RollupHarness) UnpackChecks(data []byte) (common.Address, error) {
	out, err := rollupHarness.abi.Unpack("checks", data)
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
func (rollupHarness *RollupHarness) PackCommitBatch(newRoot *big.Int, timestamp uint64, pubdata []byte, withdrawalAddresses []common.Address, proof []byte) []byte {
	enc, err := rollupHarness.abi.Pack("commitBatch", newRoot, timestamp, pubdata, withdrawalAddresses, proof)
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
func (rollupHarness *RollupHarness) TryPackCommitBatch(newRoot *big.Int, timestamp uint64, pubdata []byte, withdrawalAddresses []common.Address, proof []byte) ([]byte, error) {
	return rollupHarness.abi.Pack("commitBatch", newRoot, timestamp, pubdata, withdrawalAddresses, proof)
}

// PackCommitSubmission is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4797c88a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitSubmission((uint256,uint64,uint64,bytes,address[],uint256,bytes32,bytes32,bytes,bytes,bytes) s) returns()
func (rollupHarness *RollupHarness) PackCommitSubmission(s Submission) []byte {
	enc, err := rollupHarness.abi.Pack("commitSubmission", s)
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
func (rollupHarness *RollupHarness) TryPackCommitSubmission(s Submission) ([]byte, error) {
	return rollupHarness.abi.Pack("commitSubmission", s)
}

// PackConfigEverCurrent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xabca03ec.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configEverCurrent(bytes32 configHash) view returns(bool)
func (rollupHarness *RollupHarness) PackConfigEverCurrent(configHash [32]byte) []byte {
	enc, err := rollupHarness.abi.Pack("configEverCurrent", configHash)
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
func (rollupHarness *RollupHarness) TryPackConfigEverCurrent(configHash [32]byte) ([]byte, error) {
	return rollupHarness.abi.Pack("configEverCurrent", configHash)
}

// UnpackConfigEverCurrent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xabca03ec.
//
// Solidity: function configEverCurrent(bytes32 configHash) view returns(bool)
func (rollupHarness *RollupHarness) UnpackConfigEverCurrent(data []byte) (bool, error) {
	out, err := rollupHarness.abi.Unpack("configEverCurrent", data)
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

// PackConfigPublished is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18ec160d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function configPublished(bytes32 configHash) view returns(bool)
func (rollupHarness *RollupHarness) PackConfigPublished(configHash [32]byte) []byte {
	enc, err := rollupHarness.abi.Pack("configPublished", configHash)
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
func (rollupHarness *RollupHarness) TryPackConfigPublished(configHash [32]byte) ([]byte, error) {
	return rollupHarness.abi.Pack("configPublished", configHash)
}

// UnpackConfigPublished is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18ec160d.
//
// Solidity: function configPublished(bytes32 configHash) view returns(bool)
func (rollupHarness *RollupHarness) UnpackConfigPublished(data []byte) (bool, error) {
	out, err := rollupHarness.abi.Unpack("configPublished", data)
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
func (rollupHarness *RollupHarness) PackConsentUsed(consent [32]byte) []byte {
	enc, err := rollupHarness.abi.Pack("consentUsed", consent)
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
func (rollupHarness *RollupHarness) TryPackConsentUsed(consent [32]byte) ([]byte, error) {
	return rollupHarness.abi.Pack("consentUsed", consent)
}

// UnpackConsentUsed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x403e2fd7.
//
// Solidity: function consentUsed(bytes32 consent) view returns(bool)
func (rollupHarness *RollupHarness) UnpackConsentUsed(data []byte) (bool, error) {
	out, err := rollupHarness.abi.Unpack("consentUsed", data)
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
// the contract method with ID 0x0a5aca6e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escape(uint32 accountId, uint256[12] leaf, uint256[36] siblings, uint256[16] markets, uint256 globals) returns()
func (rollupHarness *RollupHarness) PackEscape(accountId uint32, leaf [12]*big.Int, siblings [36]*big.Int, markets [16]*big.Int, globals *big.Int) []byte {
	enc, err := rollupHarness.abi.Pack("escape", accountId, leaf, siblings, markets, globals)
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
func (rollupHarness *RollupHarness) TryPackEscape(accountId uint32, leaf [12]*big.Int, siblings [36]*big.Int, markets [16]*big.Int, globals *big.Int) ([]byte, error) {
	return rollupHarness.abi.Pack("escape", accountId, leaf, siblings, markets, globals)
}

// PackEscapeClaims is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e0c7c72.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escapeClaims(address ) view returns(uint256)
func (rollupHarness *RollupHarness) PackEscapeClaims(arg0 common.Address) []byte {
	enc, err := rollupHarness.abi.Pack("escapeClaims", arg0)
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
func (rollupHarness *RollupHarness) TryPackEscapeClaims(arg0 common.Address) ([]byte, error) {
	return rollupHarness.abi.Pack("escapeClaims", arg0)
}

// UnpackEscapeClaims is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e0c7c72.
//
// Solidity: function escapeClaims(address ) view returns(uint256)
func (rollupHarness *RollupHarness) UnpackEscapeClaims(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("escapeClaims", data)
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
func (rollupHarness *RollupHarness) PackEscapeHasher() []byte {
	enc, err := rollupHarness.abi.Pack("escapeHasher")
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
func (rollupHarness *RollupHarness) TryPackEscapeHasher() ([]byte, error) {
	return rollupHarness.abi.Pack("escapeHasher")
}

// UnpackEscapeHasher is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9abbaaf4.
//
// Solidity: function escapeHasher() view returns(address)
func (rollupHarness *RollupHarness) UnpackEscapeHasher(data []byte) (common.Address, error) {
	out, err := rollupHarness.abi.Unpack("escapeHasher", data)
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
func (rollupHarness *RollupHarness) PackEscapeNodes(key [32]byte) []byte {
	enc, err := rollupHarness.abi.Pack("escapeNodes", key)
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
func (rollupHarness *RollupHarness) TryPackEscapeNodes(key [32]byte) ([]byte, error) {
	return rollupHarness.abi.Pack("escapeNodes", key)
}

// UnpackEscapeNodes is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfdda5cc4.
//
// Solidity: function escapeNodes(bytes32 key) view returns(uint256 node)
func (rollupHarness *RollupHarness) UnpackEscapeNodes(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("escapeNodes", data)
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
func (rollupHarness *RollupHarness) PackEscapePool() []byte {
	enc, err := rollupHarness.abi.Pack("escapePool")
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
func (rollupHarness *RollupHarness) TryPackEscapePool() ([]byte, error) {
	return rollupHarness.abi.Pack("escapePool")
}

// UnpackEscapePool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2629cba.
//
// Solidity: function escapePool() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackEscapePool(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("escapePool", data)
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
func (rollupHarness *RollupHarness) PackEscapeRootDigest() []byte {
	enc, err := rollupHarness.abi.Pack("escapeRootDigest")
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
func (rollupHarness *RollupHarness) TryPackEscapeRootDigest() ([]byte, error) {
	return rollupHarness.abi.Pack("escapeRootDigest")
}

// UnpackEscapeRootDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f9d544b.
//
// Solidity: function escapeRootDigest() view returns(bytes32)
func (rollupHarness *RollupHarness) UnpackEscapeRootDigest(data []byte) ([32]byte, error) {
	out, err := rollupHarness.abi.Unpack("escapeRootDigest", data)
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
func (rollupHarness *RollupHarness) PackEscapeShare(claim *big.Int) []byte {
	enc, err := rollupHarness.abi.Pack("escapeShare", claim)
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
func (rollupHarness *RollupHarness) TryPackEscapeShare(claim *big.Int) ([]byte, error) {
	return rollupHarness.abi.Pack("escapeShare", claim)
}

// UnpackEscapeShare is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa5a9dda6.
//
// Solidity: function escapeShare(uint256 claim) view returns(uint256)
func (rollupHarness *RollupHarness) UnpackEscapeShare(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("escapeShare", data)
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
func (rollupHarness *RollupHarness) PackEscapeTotals() []byte {
	enc, err := rollupHarness.abi.Pack("escapeTotals")
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
func (rollupHarness *RollupHarness) TryPackEscapeTotals() ([]byte, error) {
	return rollupHarness.abi.Pack("escapeTotals")
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
func (rollupHarness *RollupHarness) UnpackEscapeTotals(data []byte) (EscapeTotalsOutput, error) {
	out, err := rollupHarness.abi.Unpack("escapeTotals", data)
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
func (rollupHarness *RollupHarness) PackEscapeWindowEnd() []byte {
	enc, err := rollupHarness.abi.Pack("escapeWindowEnd")
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
func (rollupHarness *RollupHarness) TryPackEscapeWindowEnd() ([]byte, error) {
	return rollupHarness.abi.Pack("escapeWindowEnd")
}

// UnpackEscapeWindowEnd is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4e6df511.
//
// Solidity: function escapeWindowEnd() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackEscapeWindowEnd(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("escapeWindowEnd", data)
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

// PackEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2fdcc17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrow() view returns(uint128 deposited, uint128 credited)
func (rollupHarness *RollupHarness) PackEscrow() []byte {
	enc, err := rollupHarness.abi.Pack("escrow")
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
func (rollupHarness *RollupHarness) TryPackEscrow() ([]byte, error) {
	return rollupHarness.abi.Pack("escrow")
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
func (rollupHarness *RollupHarness) UnpackEscrow(data []byte) (EscrowOutput, error) {
	out, err := rollupHarness.abi.Unpack("escrow", data)
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
func (rollupHarness *RollupHarness) PackForcedBonds() []byte {
	enc, err := rollupHarness.abi.Pack("forcedBonds")
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
func (rollupHarness *RollupHarness) TryPackForcedBonds() ([]byte, error) {
	return rollupHarness.abi.Pack("forcedBonds")
}

// UnpackForcedBonds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c0ac4d2.
//
// Solidity: function forcedBonds() view returns(uint256)
func (rollupHarness *RollupHarness) UnpackForcedBonds(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("forcedBonds", data)
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
func (rollupHarness *RollupHarness) PackForcedTrade(req RollupForcedTradeRequest, signature []byte) []byte {
	enc, err := rollupHarness.abi.Pack("forcedTrade", req, signature)
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
func (rollupHarness *RollupHarness) TryPackForcedTrade(req RollupForcedTradeRequest, signature []byte) ([]byte, error) {
	return rollupHarness.abi.Pack("forcedTrade", req, signature)
}

// UnpackForcedTrade is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x859bd3f8.
//
// Solidity: function forcedTrade((address,uint32,uint32,uint8,bool,uint64,uint64,uint64,uint64) req, bytes signature) returns(uint64 queueIndex)
func (rollupHarness *RollupHarness) UnpackForcedTrade(data []byte) (uint64, error) {
	out, err := rollupHarness.abi.Unpack("forcedTrade", data)
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
func (rollupHarness *RollupHarness) PackForcedTradeConsent(req RollupForcedTradeRequest) []byte {
	enc, err := rollupHarness.abi.Pack("forcedTradeConsent", req)
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
func (rollupHarness *RollupHarness) TryPackForcedTradeConsent(req RollupForcedTradeRequest) ([]byte, error) {
	return rollupHarness.abi.Pack("forcedTradeConsent", req)
}

// UnpackForcedTradeConsent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc564f4fa.
//
// Solidity: function forcedTradeConsent((address,uint32,uint32,uint8,bool,uint64,uint64,uint64,uint64) req) view returns(bytes32)
func (rollupHarness *RollupHarness) UnpackForcedTradeConsent(data []byte) ([32]byte, error) {
	out, err := rollupHarness.abi.Unpack("forcedTradeConsent", data)
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

// PackHashConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c389fc4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashConfig(uint256[10] oracleKeys, uint256 params) view returns(bytes32)
func (rollupHarness *RollupHarness) PackHashConfig(oracleKeys [10]*big.Int, params *big.Int) []byte {
	enc, err := rollupHarness.abi.Pack("hashConfig", oracleKeys, params)
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
func (rollupHarness *RollupHarness) TryPackHashConfig(oracleKeys [10]*big.Int, params *big.Int) ([]byte, error) {
	return rollupHarness.abi.Pack("hashConfig", oracleKeys, params)
}

// UnpackHashConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c389fc4.
//
// Solidity: function hashConfig(uint256[10] oracleKeys, uint256 params) view returns(bytes32)
func (rollupHarness *RollupHarness) UnpackHashConfig(data []byte) ([32]byte, error) {
	out, err := rollupHarness.abi.Unpack("hashConfig", data)
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

// PackHasher4 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x776fca92.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasher4() view returns(address)
func (rollupHarness *RollupHarness) PackHasher4() []byte {
	enc, err := rollupHarness.abi.Pack("hasher4")
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
func (rollupHarness *RollupHarness) TryPackHasher4() ([]byte, error) {
	return rollupHarness.abi.Pack("hasher4")
}

// UnpackHasher4 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x776fca92.
//
// Solidity: function hasher4() view returns(address)
func (rollupHarness *RollupHarness) UnpackHasher4(data []byte) (common.Address, error) {
	out, err := rollupHarness.abi.Unpack("hasher4", data)
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

// PackMarketParamsQueuedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x548997e0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function marketParamsQueuedAt(uint256 market) view returns(uint256)
func (rollupHarness *RollupHarness) PackMarketParamsQueuedAt(market *big.Int) []byte {
	enc, err := rollupHarness.abi.Pack("marketParamsQueuedAt", market)
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
func (rollupHarness *RollupHarness) TryPackMarketParamsQueuedAt(market *big.Int) ([]byte, error) {
	return rollupHarness.abi.Pack("marketParamsQueuedAt", market)
}

// UnpackMarketParamsQueuedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x548997e0.
//
// Solidity: function marketParamsQueuedAt(uint256 market) view returns(uint256)
func (rollupHarness *RollupHarness) UnpackMarketParamsQueuedAt(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("marketParamsQueuedAt", data)
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
func (rollupHarness *RollupHarness) PackMarketRows(market *big.Int) []byte {
	enc, err := rollupHarness.abi.Pack("marketRows", market)
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
func (rollupHarness *RollupHarness) TryPackMarketRows(market *big.Int) ([]byte, error) {
	return rollupHarness.abi.Pack("marketRows", market)
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
func (rollupHarness *RollupHarness) UnpackMarketRows(data []byte) (MarketRowsOutput, error) {
	out, err := rollupHarness.abi.Unpack("marketRows", data)
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

// PackPublishConfig is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x60fad8de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publishConfig(uint256[10] oracleKeys, uint256 params) returns(bytes32 hash)
func (rollupHarness *RollupHarness) PackPublishConfig(oracleKeys [10]*big.Int, params *big.Int) []byte {
	enc, err := rollupHarness.abi.Pack("publishConfig", oracleKeys, params)
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
func (rollupHarness *RollupHarness) TryPackPublishConfig(oracleKeys [10]*big.Int, params *big.Int) ([]byte, error) {
	return rollupHarness.abi.Pack("publishConfig", oracleKeys, params)
}

// UnpackPublishConfig is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x60fad8de.
//
// Solidity: function publishConfig(uint256[10] oracleKeys, uint256 params) returns(bytes32 hash)
func (rollupHarness *RollupHarness) UnpackPublishConfig(data []byte) ([32]byte, error) {
	out, err := rollupHarness.abi.Unpack("publishConfig", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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
// Solidity: function queueState() view returns(uint32 accountCount, uint64 queueCount, uint64 lastServiceTime, bool depositsPaused, bool frozen)
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
// Solidity: function queueState() view returns(uint32 accountCount, uint64 queueCount, uint64 lastServiceTime, bool depositsPaused, bool frozen)
func (rollupHarness *RollupHarness) TryPackQueueState() ([]byte, error) {
	return rollupHarness.abi.Pack("queueState")
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
func (rollupHarness *RollupHarness) UnpackQueueState(data []byte) (QueueStateOutput, error) {
	out, err := rollupHarness.abi.Unpack("queueState", data)
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
func (rollupHarness *RollupHarness) PackRaiseMarginFractions(market uint8, imf *big.Int, mmf *big.Int, tierImf *big.Int, tierMmf *big.Int) []byte {
	enc, err := rollupHarness.abi.Pack("raiseMarginFractions", market, imf, mmf, tierImf, tierMmf)
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
func (rollupHarness *RollupHarness) TryPackRaiseMarginFractions(market uint8, imf *big.Int, mmf *big.Int, tierImf *big.Int, tierMmf *big.Int) ([]byte, error) {
	return rollupHarness.abi.Pack("raiseMarginFractions", market, imf, mmf, tierImf, tierMmf)
}

// PackReclaimBond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0019313e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaimBond(uint64 queueIndex, bytes32 r) returns()
func (rollupHarness *RollupHarness) PackReclaimBond(queueIndex uint64, r [32]byte) []byte {
	enc, err := rollupHarness.abi.Pack("reclaimBond", queueIndex, r)
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
func (rollupHarness *RollupHarness) TryPackReclaimBond(queueIndex uint64, r [32]byte) ([]byte, error) {
	return rollupHarness.abi.Pack("reclaimBond", queueIndex, r)
}

// PackReclaimDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0bae934c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaimDeposit(uint64 queueIndex, bytes32 r) returns()
func (rollupHarness *RollupHarness) PackReclaimDeposit(queueIndex uint64, r [32]byte) []byte {
	enc, err := rollupHarness.abi.Pack("reclaimDeposit", queueIndex, r)
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
func (rollupHarness *RollupHarness) TryPackReclaimDeposit(queueIndex uint64, r [32]byte) ([]byte, error) {
	return rollupHarness.abi.Pack("reclaimDeposit", queueIndex, r)
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

// PackSetReduceOnly is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27f34de4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setReduceOnly(uint8 market) returns()
func (rollupHarness *RollupHarness) PackSetReduceOnly(market uint8) []byte {
	enc, err := rollupHarness.abi.Pack("setReduceOnly", market)
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
func (rollupHarness *RollupHarness) TryPackSetReduceOnly(market uint8) ([]byte, error) {
	return rollupHarness.abi.Pack("setReduceOnly", market)
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

// PackWithdrawPartial is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1211540c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawPartial(uint256 amount) returns()
func (rollupHarness *RollupHarness) PackWithdrawPartial(amount *big.Int) []byte {
	enc, err := rollupHarness.abi.Pack("withdrawPartial", amount)
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
func (rollupHarness *RollupHarness) TryPackWithdrawPartial(amount *big.Int) ([]byte, error) {
	return rollupHarness.abi.Pack("withdrawPartial", amount)
}

// PackWithdrawable is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce513b6f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawable(address owner) view returns(uint256)
func (rollupHarness *RollupHarness) PackWithdrawable(owner common.Address) []byte {
	enc, err := rollupHarness.abi.Pack("withdrawable", owner)
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
func (rollupHarness *RollupHarness) TryPackWithdrawable(owner common.Address) ([]byte, error) {
	return rollupHarness.abi.Pack("withdrawable", owner)
}

// UnpackWithdrawable is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce513b6f.
//
// Solidity: function withdrawable(address owner) view returns(uint256)
func (rollupHarness *RollupHarness) UnpackWithdrawable(data []byte) (*big.Int, error) {
	out, err := rollupHarness.abi.Unpack("withdrawable", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// RollupHarnessBatchCommitted represents a BatchCommitted event raised by the RollupHarness contract.
type RollupHarnessBatchCommitted struct {
	BatchNumber uint64
	NewRoot     *big.Int
	Timestamp   uint64
	QueueHead   uint64
	Pubdata     []byte
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
// Solidity: event BatchCommitted(uint64 indexed batchNumber, uint256 newRoot, uint64 timestamp, uint64 queueHead, bytes pubdata)
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

// RollupHarnessBondReclaimed represents a BondReclaimed event raised by the RollupHarness contract.
type RollupHarnessBondReclaimed struct {
	QueueIndex uint64
	Requester  common.Address
	Amount     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupHarnessBondReclaimedEventName = "BondReclaimed"

// ContractEventName returns the user-defined event name.
func (RollupHarnessBondReclaimed) ContractEventName() string {
	return RollupHarnessBondReclaimedEventName
}

// UnpackBondReclaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BondReclaimed(uint64 queueIndex, address indexed requester, uint256 amount)
func (rollupHarness *RollupHarness) UnpackBondReclaimedEvent(log *types.Log) (*RollupHarnessBondReclaimed, error) {
	event := "BondReclaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupHarness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupHarnessBondReclaimed)
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

// RollupHarnessConfigPublished represents a ConfigPublished event raised by the RollupHarness contract.
type RollupHarnessConfigPublished struct {
	ConfigHash [32]byte
	OracleKeys [10]*big.Int
	Params     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupHarnessConfigPublishedEventName = "ConfigPublished"

// ContractEventName returns the user-defined event name.
func (RollupHarnessConfigPublished) ContractEventName() string {
	return RollupHarnessConfigPublishedEventName
}

// UnpackConfigPublishedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ConfigPublished(bytes32 indexed configHash, uint256[10] oracleKeys, uint256 params)
func (rollupHarness *RollupHarness) UnpackConfigPublishedEvent(log *types.Log) (*RollupHarnessConfigPublished, error) {
	event := "ConfigPublished"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupHarness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupHarnessConfigPublished)
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

// RollupHarnessEscapeCredited represents a EscapeCredited event raised by the RollupHarness contract.
type RollupHarnessEscapeCredited struct {
	AccountId uint32
	Owner     common.Address
	Amount    *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const RollupHarnessEscapeCreditedEventName = "EscapeCredited"

// ContractEventName returns the user-defined event name.
func (RollupHarnessEscapeCredited) ContractEventName() string {
	return RollupHarnessEscapeCreditedEventName
}

// UnpackEscapeCreditedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscapeCredited(uint32 indexed accountId, address indexed owner, uint256 amount)
func (rollupHarness *RollupHarness) UnpackEscapeCreditedEvent(log *types.Log) (*RollupHarnessEscapeCredited, error) {
	event := "EscapeCredited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupHarness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupHarnessEscapeCredited)
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

// RollupHarnessForcedTradeQueued represents a ForcedTradeQueued event raised by the RollupHarness contract.
type RollupHarnessForcedTradeQueued struct {
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

const RollupHarnessForcedTradeQueuedEventName = "ForcedTradeQueued"

// ContractEventName returns the user-defined event name.
func (RollupHarnessForcedTradeQueued) ContractEventName() string {
	return RollupHarnessForcedTradeQueuedEventName
}

// UnpackForcedTradeQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForcedTradeQueued(uint64 queueIndex, uint32 indexed accountA, uint32 indexed accountB, uint8 market, bool aIsBuy, uint64 size, uint64 price, address requester, address counterparty)
func (rollupHarness *RollupHarness) UnpackForcedTradeQueuedEvent(log *types.Log) (*RollupHarnessForcedTradeQueued, error) {
	event := "ForcedTradeQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupHarness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupHarnessForcedTradeQueued)
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

// RollupHarnessMarketParamsQueued represents a MarketParamsQueued event raised by the RollupHarness contract.
type RollupHarnessMarketParamsQueued struct {
	QueueIndex uint64
	Market     uint8
	Status     uint8
	Imf        *big.Int
	Mmf        *big.Int
	TierImf    *big.Int
	TierMmf    *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupHarnessMarketParamsQueuedEventName = "MarketParamsQueued"

// ContractEventName returns the user-defined event name.
func (RollupHarnessMarketParamsQueued) ContractEventName() string {
	return RollupHarnessMarketParamsQueuedEventName
}

// UnpackMarketParamsQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MarketParamsQueued(uint64 queueIndex, uint8 indexed market, uint8 status, uint24 imf, uint24 mmf, uint24 tierImf, uint24 tierMmf)
func (rollupHarness *RollupHarness) UnpackMarketParamsQueuedEvent(log *types.Log) (*RollupHarnessMarketParamsQueued, error) {
	event := "MarketParamsQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupHarness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupHarnessMarketParamsQueued)
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

// RollupHarnessSubmissionCommitted represents a SubmissionCommitted event raised by the RollupHarness contract.
type RollupHarnessSubmissionCommitted struct {
	LastBatchNumber  uint64
	FirstBatchNumber uint64
	NewRoot          *big.Int
	Timestamp        uint64
	QueueHead        uint64
	VersionedHash    [32]byte
	L1Records        []byte
	Raw              *types.Log // Blockchain specific contextual infos
}

const RollupHarnessSubmissionCommittedEventName = "SubmissionCommitted"

// ContractEventName returns the user-defined event name.
func (RollupHarnessSubmissionCommitted) ContractEventName() string {
	return RollupHarnessSubmissionCommittedEventName
}

// UnpackSubmissionCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SubmissionCommitted(uint64 indexed lastBatchNumber, uint64 firstBatchNumber, uint256 newRoot, uint64 timestamp, uint64 queueHead, bytes32 versionedHash, bytes l1Records)
func (rollupHarness *RollupHarness) UnpackSubmissionCommittedEvent(log *types.Log) (*RollupHarnessSubmissionCommitted, error) {
	event := "SubmissionCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollupHarness.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupHarnessSubmissionCommitted)
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
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["AmountExceedsCredit"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackAmountExceedsCreditError(raw[4:])
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
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["ConfigNotGoverned"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackConfigNotGovernedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["ConfigNotPublished"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackConfigNotPublishedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["ConsentExpired"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackConsentExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["ConsentUsed"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackConsentUsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["DepositsArePaused"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackDepositsArePausedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["EscapeWindowOpen"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackEscapeWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["GuardianCannotCancel"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackGuardianCannotCancelError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["GuardianCannotLower"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackGuardianCannotLowerError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["GuardianFractionTooHigh"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackGuardianFractionTooHighError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["GuardianRaiseTooLarge"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackGuardianRaiseTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["HasherFailed"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackHasherFailedError(raw[4:])
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
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["InvalidForcedTrade"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackInvalidForcedTradeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["InvalidMarketParams"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackInvalidMarketParamsError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["InvalidPubKey"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackInvalidPubKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["MarketParamsCooldown"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackMarketParamsCooldownError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["MarketParamsUnchanged"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackMarketParamsUnchangedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["NoBatchSizes"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackNoBatchSizesError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["NoEscapeSurplus"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackNoEscapeSurplusError(raw[4:])
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
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["NotRequester"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackNotRequesterError(raw[4:])
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
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["WithdrawalAddressCount"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackWithdrawalAddressCountError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["WithdrawalTagMismatch"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackWithdrawalTagMismatchError(raw[4:])
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

// RollupHarnessAmountExceedsCredit represents a AmountExceedsCredit error raised by the RollupHarness contract.
type RollupHarnessAmountExceedsCredit struct {
	Amount *big.Int
	Credit *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountExceedsCredit(uint256 amount, uint256 credit)
func RollupHarnessAmountExceedsCreditErrorID() common.Hash {
	return common.HexToHash("0xd2d7b07c38063dc7bdacc1ecd193c0a50feaf4dc1a45883f15753a88bedb24fb")
}

// UnpackAmountExceedsCreditError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountExceedsCredit(uint256 amount, uint256 credit)
func (rollupHarness *RollupHarness) UnpackAmountExceedsCreditError(raw []byte) (*RollupHarnessAmountExceedsCredit, error) {
	out := new(RollupHarnessAmountExceedsCredit)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "AmountExceedsCredit", raw); err != nil {
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

// RollupHarnessConfigNotGoverned represents a ConfigNotGoverned error raised by the RollupHarness contract.
type RollupHarnessConfigNotGoverned struct {
	ConfigHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ConfigNotGoverned(bytes32 configHash)
func RollupHarnessConfigNotGovernedErrorID() common.Hash {
	return common.HexToHash("0x18a5abde7349bdf3150f0c78bb8b19b2b0e32f42ba2eba596217670c08bb2091")
}

// UnpackConfigNotGovernedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ConfigNotGoverned(bytes32 configHash)
func (rollupHarness *RollupHarness) UnpackConfigNotGovernedError(raw []byte) (*RollupHarnessConfigNotGoverned, error) {
	out := new(RollupHarnessConfigNotGoverned)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "ConfigNotGoverned", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessConfigNotPublished represents a ConfigNotPublished error raised by the RollupHarness contract.
type RollupHarnessConfigNotPublished struct {
	ConfigHash [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ConfigNotPublished(bytes32 configHash)
func RollupHarnessConfigNotPublishedErrorID() common.Hash {
	return common.HexToHash("0x7092d15d22420fd83cf1df78ef1cb8fa70ff0b6f1c65af25d7ce28359f00085a")
}

// UnpackConfigNotPublishedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ConfigNotPublished(bytes32 configHash)
func (rollupHarness *RollupHarness) UnpackConfigNotPublishedError(raw []byte) (*RollupHarnessConfigNotPublished, error) {
	out := new(RollupHarnessConfigNotPublished)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "ConfigNotPublished", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessConsentExpired represents a ConsentExpired error raised by the RollupHarness contract.
type RollupHarnessConsentExpired struct {
	Expiry uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ConsentExpired(uint64 expiry)
func RollupHarnessConsentExpiredErrorID() common.Hash {
	return common.HexToHash("0x1d11e007d4b2e22f6212e3503fe445c24e96c93438de1f90be65ee3067814418")
}

// UnpackConsentExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ConsentExpired(uint64 expiry)
func (rollupHarness *RollupHarness) UnpackConsentExpiredError(raw []byte) (*RollupHarnessConsentExpired, error) {
	out := new(RollupHarnessConsentExpired)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "ConsentExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessConsentUsed represents a ConsentUsed error raised by the RollupHarness contract.
type RollupHarnessConsentUsed struct {
	Consent [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ConsentUsed(bytes32 consent)
func RollupHarnessConsentUsedErrorID() common.Hash {
	return common.HexToHash("0xca4c94d067c14377b3dd8364127be02806365ad211d787e2cb13628236f96411")
}

// UnpackConsentUsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ConsentUsed(bytes32 consent)
func (rollupHarness *RollupHarness) UnpackConsentUsedError(raw []byte) (*RollupHarnessConsentUsed, error) {
	out := new(RollupHarnessConsentUsed)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "ConsentUsed", raw); err != nil {
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

// RollupHarnessEscapeWindowOpen represents a EscapeWindowOpen error raised by the RollupHarness contract.
type RollupHarnessEscapeWindowOpen struct {
	WindowEnd *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscapeWindowOpen(uint256 windowEnd)
func RollupHarnessEscapeWindowOpenErrorID() common.Hash {
	return common.HexToHash("0xc767db285f7fc12d315c976c0aaf7190309beee297cf07ff88ca453f75833c5f")
}

// UnpackEscapeWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscapeWindowOpen(uint256 windowEnd)
func (rollupHarness *RollupHarness) UnpackEscapeWindowOpenError(raw []byte) (*RollupHarnessEscapeWindowOpen, error) {
	out := new(RollupHarnessEscapeWindowOpen)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "EscapeWindowOpen", raw); err != nil {
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

// RollupHarnessGuardianCannotLower represents a GuardianCannotLower error raised by the RollupHarness contract.
type RollupHarnessGuardianCannotLower struct {
	Market uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GuardianCannotLower(uint8 market)
func RollupHarnessGuardianCannotLowerErrorID() common.Hash {
	return common.HexToHash("0xd4daf7743a91c83166dee2c8b358859303d9debdfc16414337c958493e531cc4")
}

// UnpackGuardianCannotLowerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GuardianCannotLower(uint8 market)
func (rollupHarness *RollupHarness) UnpackGuardianCannotLowerError(raw []byte) (*RollupHarnessGuardianCannotLower, error) {
	out := new(RollupHarnessGuardianCannotLower)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "GuardianCannotLower", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessGuardianFractionTooHigh represents a GuardianFractionTooHigh error raised by the RollupHarness contract.
type RollupHarnessGuardianFractionTooHigh struct {
	Market uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GuardianFractionTooHigh(uint8 market)
func RollupHarnessGuardianFractionTooHighErrorID() common.Hash {
	return common.HexToHash("0x4ab06b406585914dde0fac5e124b594a3370464f695cae0ba39abe9b3c5c6450")
}

// UnpackGuardianFractionTooHighError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GuardianFractionTooHigh(uint8 market)
func (rollupHarness *RollupHarness) UnpackGuardianFractionTooHighError(raw []byte) (*RollupHarnessGuardianFractionTooHigh, error) {
	out := new(RollupHarnessGuardianFractionTooHigh)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "GuardianFractionTooHigh", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessGuardianRaiseTooLarge represents a GuardianRaiseTooLarge error raised by the RollupHarness contract.
type RollupHarnessGuardianRaiseTooLarge struct {
	Market uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error GuardianRaiseTooLarge(uint8 market)
func RollupHarnessGuardianRaiseTooLargeErrorID() common.Hash {
	return common.HexToHash("0x478eb879b6ce5e67d3cb0c964722508ae9e047b126f09698a56280094b638e3b")
}

// UnpackGuardianRaiseTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error GuardianRaiseTooLarge(uint8 market)
func (rollupHarness *RollupHarness) UnpackGuardianRaiseTooLargeError(raw []byte) (*RollupHarnessGuardianRaiseTooLarge, error) {
	out := new(RollupHarnessGuardianRaiseTooLarge)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "GuardianRaiseTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessHasherFailed represents a HasherFailed error raised by the RollupHarness contract.
type RollupHarnessHasherFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HasherFailed()
func RollupHarnessHasherFailedErrorID() common.Hash {
	return common.HexToHash("0x6da4348c3edb7b4b0b5c2f8fb822342c05cac6521a14a42b93282095d3b187a3")
}

// UnpackHasherFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HasherFailed()
func (rollupHarness *RollupHarness) UnpackHasherFailedError(raw []byte) (*RollupHarnessHasherFailed, error) {
	out := new(RollupHarnessHasherFailed)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "HasherFailed", raw); err != nil {
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

// RollupHarnessInvalidForcedTrade represents a InvalidForcedTrade error raised by the RollupHarness contract.
type RollupHarnessInvalidForcedTrade struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidForcedTrade()
func RollupHarnessInvalidForcedTradeErrorID() common.Hash {
	return common.HexToHash("0xba599a5cae29c06ad8827e66ea417ef3ed6fbb7d28633e3c2a44a20b4dcdba62")
}

// UnpackInvalidForcedTradeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidForcedTrade()
func (rollupHarness *RollupHarness) UnpackInvalidForcedTradeError(raw []byte) (*RollupHarnessInvalidForcedTrade, error) {
	out := new(RollupHarnessInvalidForcedTrade)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "InvalidForcedTrade", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessInvalidMarketParams represents a InvalidMarketParams error raised by the RollupHarness contract.
type RollupHarnessInvalidMarketParams struct {
	Market uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidMarketParams(uint8 market)
func RollupHarnessInvalidMarketParamsErrorID() common.Hash {
	return common.HexToHash("0x86b8433e64e38715d77a0bfd534702a17b4222ea3fb02bed310694f92d9d7934")
}

// UnpackInvalidMarketParamsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidMarketParams(uint8 market)
func (rollupHarness *RollupHarness) UnpackInvalidMarketParamsError(raw []byte) (*RollupHarnessInvalidMarketParams, error) {
	out := new(RollupHarnessInvalidMarketParams)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "InvalidMarketParams", raw); err != nil {
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

// RollupHarnessInvalidSignature represents a InvalidSignature error raised by the RollupHarness contract.
type RollupHarnessInvalidSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature()
func RollupHarnessInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x8baa579fce362245063d36f11747a89dd489c54795634fc673cc0e0db51fedc5")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature()
func (rollupHarness *RollupHarness) UnpackInvalidSignatureError(raw []byte) (*RollupHarnessInvalidSignature, error) {
	out := new(RollupHarnessInvalidSignature)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
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

// RollupHarnessMarketParamsCooldown represents a MarketParamsCooldown error raised by the RollupHarness contract.
type RollupHarnessMarketParamsCooldown struct {
	Market  uint8
	ReadyAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MarketParamsCooldown(uint8 market, uint256 readyAt)
func RollupHarnessMarketParamsCooldownErrorID() common.Hash {
	return common.HexToHash("0x2244019b242ae0ca403b1b05279901d29ec12d05763443ea2328c12352b9f4a0")
}

// UnpackMarketParamsCooldownError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MarketParamsCooldown(uint8 market, uint256 readyAt)
func (rollupHarness *RollupHarness) UnpackMarketParamsCooldownError(raw []byte) (*RollupHarnessMarketParamsCooldown, error) {
	out := new(RollupHarnessMarketParamsCooldown)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "MarketParamsCooldown", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessMarketParamsUnchanged represents a MarketParamsUnchanged error raised by the RollupHarness contract.
type RollupHarnessMarketParamsUnchanged struct {
	Market uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MarketParamsUnchanged(uint8 market)
func RollupHarnessMarketParamsUnchangedErrorID() common.Hash {
	return common.HexToHash("0x949f20ba0e4c33062d3e461503ddafc6d4cf1ada17f7791de73d46a28078d930")
}

// UnpackMarketParamsUnchangedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MarketParamsUnchanged(uint8 market)
func (rollupHarness *RollupHarness) UnpackMarketParamsUnchangedError(raw []byte) (*RollupHarnessMarketParamsUnchanged, error) {
	out := new(RollupHarnessMarketParamsUnchanged)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "MarketParamsUnchanged", raw); err != nil {
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

// RollupHarnessNoEscapeSurplus represents a NoEscapeSurplus error raised by the RollupHarness contract.
type RollupHarnessNoEscapeSurplus struct {
	AccountId uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoEscapeSurplus(uint32 accountId)
func RollupHarnessNoEscapeSurplusErrorID() common.Hash {
	return common.HexToHash("0x5e3766d33430e99529f324db37d102460e1de50d1d8782233ac8951f930cf6a9")
}

// UnpackNoEscapeSurplusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoEscapeSurplus(uint32 accountId)
func (rollupHarness *RollupHarness) UnpackNoEscapeSurplusError(raw []byte) (*RollupHarnessNoEscapeSurplus, error) {
	out := new(RollupHarnessNoEscapeSurplus)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "NoEscapeSurplus", raw); err != nil {
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

// RollupHarnessNotRequester represents a NotRequester error raised by the RollupHarness contract.
type RollupHarnessNotRequester struct {
	Requester common.Address
	Caller    common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRequester(address requester, address caller)
func RollupHarnessNotRequesterErrorID() common.Hash {
	return common.HexToHash("0x0691b032b929d76e12873ceb559e6ea1a430f5e6ad588ffca056b6a5a9c89d14")
}

// UnpackNotRequesterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRequester(address requester, address caller)
func (rollupHarness *RollupHarness) UnpackNotRequesterError(raw []byte) (*RollupHarnessNotRequester, error) {
	out := new(RollupHarnessNotRequester)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "NotRequester", raw); err != nil {
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

// RollupHarnessWithdrawalAddressCount represents a WithdrawalAddressCount error raised by the RollupHarness contract.
type RollupHarnessWithdrawalAddressCount struct {
	Given *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalAddressCount(uint256 given)
func RollupHarnessWithdrawalAddressCountErrorID() common.Hash {
	return common.HexToHash("0xf8426ee697a6be807b787ab8aa737192ebb254298de9d79fdaaad932ebb3fd78")
}

// UnpackWithdrawalAddressCountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalAddressCount(uint256 given)
func (rollupHarness *RollupHarness) UnpackWithdrawalAddressCountError(raw []byte) (*RollupHarnessWithdrawalAddressCount, error) {
	out := new(RollupHarnessWithdrawalAddressCount)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "WithdrawalAddressCount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHarnessWithdrawalTagMismatch represents a WithdrawalTagMismatch error raised by the RollupHarness contract.
type RollupHarnessWithdrawalTagMismatch struct {
	To  common.Address
	Tag *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalTagMismatch(address to, uint256 tag)
func RollupHarnessWithdrawalTagMismatchErrorID() common.Hash {
	return common.HexToHash("0x153b467ecbabbb5f1b117bb0cd85c19ff1df887b9dbb68dfb6e211fb9ff98928")
}

// UnpackWithdrawalTagMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalTagMismatch(address to, uint256 tag)
func (rollupHarness *RollupHarness) UnpackWithdrawalTagMismatchError(raw []byte) (*RollupHarnessWithdrawalTagMismatch, error) {
	out := new(RollupHarnessWithdrawalTagMismatch)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "WithdrawalTagMismatch", raw); err != nil {
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

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

// RollupHarnessMetaData contains all meta data concerning the RollupHarness contract.
var RollupHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"genesisRoot\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"configHash_\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"batchSizes\",\"type\":\"uint256[]\"},{\"internalType\":\"address[]\",\"name\":\"batchVerifiers\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccountLimitReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadPubdataLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"name\":\"DepositMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"}],\"name\":\"InvalidBatchSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"name\":\"InvalidPubKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSizes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"verifiers\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBatchSizes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotAContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"}],\"name\":\"RootNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"last\",\"type\":\"uint64\"}],\"name\":\"TimestampBeforeLast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bound\",\"type\":\"uint256\"}],\"name\":\"TimestampTooFarAhead\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"UnknownAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"recordIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"recordType\",\"type\":\"uint8\"}],\"name\":\"UnknownRecordType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"}],\"name\":\"UnsupportedBatchSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"depositHead\",\"type\":\"uint64\"}],\"name\":\"BatchCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"DepositQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_ACCOUNTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_AMOUNT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TIMESTAMP_AHEAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECORD_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SNARK_SCALAR_FIELD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"accounts\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"}],\"name\":\"applyRecords\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchState\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositHead\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"name\":\"checkPubKey\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"last\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"blockTimestamp\",\"type\":\"uint256\"}],\"name\":\"checkTimestamp\",\"outputs\":[],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"commitBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"configHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"queueIndex\",\"type\":\"uint256\"}],\"name\":\"depositQueue\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"pendingWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"oldRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"newRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"batchNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"configHash_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"}],\"name\":\"publicInput\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queueState\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"accountCount\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"depositCount\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountCount\",\"type\":\"uint32\"}],\"name\":\"setAccountCount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateRoot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"}],\"name\":\"verifiers\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "RollupHarness",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051611aac380380611aac83398101604081905261002e91610332565b8585858585856001600160a01b03851661005b5760405163d92e233d60e01b815260040160405180910390fd5b856001600160a01b03163b5f03610095576040516322a2d07b60e21b81526001600160a01b03871660048201526024015b60405180910390fd5b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000184106100d8576040516307ced7b360e51b81526004810185905260240161008c565b805182511461010757815181516040516355c5b3e360e11b81526004810192909252602482015260440161008c565b81515f0361012857604051633d28e9c560e21b815260040160405180910390fd5b5f5b8251811015610219575f83828151811061014657610146610426565b602002602001015190505f83838151811061016357610163610426565b60200260200101519050815f148061019057505f828152600360205260409020546001600160a01b031615155b156101b15760405163a6f7498560e01b81526004810183905260240161008c565b806001600160a01b03163b5f036101e6576040516322a2d07b60e21b81526001600160a01b038216600482015260240161008c565b5f9182526003602052604090912080546001600160a01b0319166001600160a01b0390921691909117905560010161012a565b5050506001600160a01b039384166080529190921660a05260c0525f555061043a945050505050565b6001600160a01b0381168114610256575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561029557610295610259565b604052919050565b5f6001600160401b038211156102b5576102b5610259565b5060051b60200190565b5f82601f8301126102ce575f5ffd5b81516102e16102dc8261029d565b61026d565b8082825260208201915060208360051b860101925085831115610302575f5ffd5b602085015b8381101561032857805161031a81610242565b835260209283019201610307565b5095945050505050565b5f5f5f5f5f5f60c08789031215610347575f5ffd5b865161035281610242565b602088015190965061036381610242565b6040880151606089015160808a015192975090955093506001600160401b0381111561038d575f5ffd5b8701601f8101891361039d575f5ffd5b80516103ab6102dc8261029d565b8082825260208201915060208360051b85010192508b8311156103cc575f5ffd5b6020840193505b828410156103ee5783518252602093840193909101906103d3565b60a08b0151909550925050506001600160401b0381111561040d575f5ffd5b61041989828a016102bf565b9150509295509295509295565b634e487b7160e01b5f52603260045260245ffd5b60805160a05160c0516116336104795f395f81816103f001526108d301525f8181610268015261077c01525f81816104360152610d8801526116335ff3fe608060405234801561000f575f5ffd5b5060043610610152575f3560e01c8063928e6d44116100bf578063b966cd4711610079578063b966cd47146103ba578063ca4379c0146103cd578063d40dc870146103e0578063e1f1176d146103eb578063f3f4370314610412578063fc0c546a14610431575f5ffd5b8063928e6d44146102d45780639588eca2146102df5780639b1f7dc2146102e7578063ac1eff681461032e578063aecf927614610356578063b334ef13146103a7575f5ffd5b806325c2cd121161011057806325c2cd12146102345780633ccfd60b146102485780633f1ae60514610250578063570ca73514610263578063601c650a146102a257806383290a3c146102b5575f5ffd5b8062b24ff21461015657806304e462e41461017157806308167dbf146101865780630ee83daa146101b05780630fc408d7146102035780631de26e161461020c575b5f5ffd5b61015e604081565b6040519081526020015b60405180910390f35b61018461017f36600461117c565b610458565b005b6101846101943660046111a4565b6002805463ffffffff191663ffffffff92909216919091179055565b6001546101d9906001600160401b0380821691600160401b8104821691600160801b9091041683565b604080516001600160401b0394851681529284166020840152921691810191909152606001610168565b61015e61038481565b61021f61021a3660046111c4565b61054d565b60405163ffffffff9091168152602001610168565b61015e5f5160206116075f395f51905f5281565b610184610691565b61015e61025e36600461123e565b610755565b61028a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610168565b6101846102b03660046112b9565b610771565b61015e6102c3366004611340565b60046020525f908152604090205481565b61015e630100000081565b61015e5f5481565b60025461030a9063ffffffff81169064010000000090046001600160401b031682565b6040805163ffffffff90931683526001600160401b03909116602083015201610168565b61028a61033c366004611340565b60036020525f90815260409020546001600160a01b031681565b6103886103643660046111a4565b60056020525f9081526040902080546001909101546001600160a01b039091169082565b604080516001600160a01b039093168352602083019190915201610168565b6101846103b5366004611340565b610a4d565b6101846103c8366004611357565b610a56565b6101846103db366004611391565b610a66565b61015e600160381b81565b61015e7f000000000000000000000000000000000000000000000000000000000000000081565b61015e6104203660046113cf565b60066020525f908152604090205481565b61028a7f000000000000000000000000000000000000000000000000000000000000000081565b61046181610ab6565b6040805180820190915260025463ffffffff8082168084526401000000009092046001600160401b031660208401528416106104bd57604051633f93aa8760e01b815263ffffffff841660048201526024015b60405180910390fd5b63ffffffff83165f90815260056020908152604091829020825180840190935280546001600160a01b03168352600190810154838301529083015161050191611409565b600280546001600160401b0392909216640100000000026bffffffffffffffff000000001990921691909117905560208083015182519183015161054792879187610afd565b50505050565b5f61055782610ab6565b61056083610c27565b6040805180820190915260025463ffffffff81168083526401000000009091046001600160401b031660208301526301000000116105b157604051631dd026a560e31b815260040160405180910390fd5b8051604080518082018252338152602080820188815263ffffffff85165f908152600590925290839020915182546001600160a01b0319166001600160a01b0390911617825551600191820155815180830190925291935090819061061790859061142e565b63ffffffff168152602001826020015160016106339190611409565b6001600160401b03908116909152815160028054602094850151909316640100000000026bffffffffffffffffffffffff1990931663ffffffff9092169190911791909117905581015161068a9083338787610afd565b5092915050565b335f90815260066020526040812054908190036106c157604051630686827b60e51b815260040160405180910390fd5b335f8181526006602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906107049084815260200190565b60405180910390a2604051336024820152604481018290526107529060640160408051601f198184030181529190526020810180516001600160e01b031663a9059cbb60e01b179052610d84565b50565b5f61076588888888888888610e57565b98975050505050505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146107bc57604051633b63649d60e11b81523360048201526024016104b4565b5f5160206116075f395f51905f5286106107ec576040516307ced7b360e51b8152600481018790526024016104b4565b6107f760408461145e565b1561081857604051639a40f90560e01b8152600481018490526024016104b4565b5f600381610827604087611471565b815260208101919091526040015f20546001600160a01b031690508061086e57610852604085611471565b604051631846e88b60e31b81526004016104b491815260200190565b604080516060810182526001546001600160401b038082168352600160401b8204811660208401819052600160801b9092041692820192909252906108b590889042610ee4565b80515f906108c4906001611409565b90505f6108f95f545f1b8b848c7f00000000000000000000000000000000000000000000000000000000000000008d8d610e57565b604080516020810182528281529051632363e29760e21b81529192506001600160a01b03861691638d8f8a5c91610936918a918a91600401611484565b5f6040518083038186803b15801561094c575f5ffd5b505afa15801561095e573d5f5f3e3d5ffd5b505050505f61097289898660400151610f74565b5f8c9055604080516060810182526001600160401b038087168083528e82166020840181905291851692840183905260018054600160801b90940267ffffffffffffffff60801b19600160401b9094026fffffffffffffffffffffffffffffffff19909516831794909417929092169290921790559051919250907f3fc95c198db2e3c338a34bf93a12ae57940f3881ec0c08e24ab749d3be320bf790610a38908e908e9086909283526001600160401b03918216602084015216604082015260600190565b60405180910390a25050505050505050505050565b61075281610c27565b610a61838383610ee4565b505050565b600154610a869083908390600160801b90046001600160401b0316610f74565b600180546001600160401b0392909216600160801b0267ffffffffffffffff60801b199092169190911790555050565b805f03610ad657604051631f2a200560e01b815260040160405180910390fd5b600160381b8110610752576040516304041d9560e11b8152600481018290526024016104b4565b60408051600160f81b602082015260e086901b6001600160e01b031916602182015260c883901b6001600160c81b0319166025820152606085811b6bffffffffffffffffffffffff1916602c8301529181018490520160408051808303601f1901815282825280516020918201206001600160401b038981165f81815260048552859020929092559084529083018590528316908201526001600160a01b0384169063ffffffff8616907f73ab3708a98517b4d9559dc2c4f5369aa1a82f0885c1a9b8d3436baa104680579060600160405180910390a360405133602482015230604482015260648101829052610c209060840160408051601f198184030181529190526020810180516001600160e01b03166323b872dd60e01b179052610d84565b5050505050565b6001600160ff1b038116600160ff1b821615155f5160206116075f395f51905f5282101580610c5d575081158015610c5d575080155b15610c7e5760405163067af97360e01b8152600481018490526024016104b4565b5f5f5160206116075f395f51905f5283840990505f5f5160206116075f395f51905f52610cb960015f5160206116075f395f51905f526114de565b830890505f5f5160206116075f395f51905f5260015f5160206116075f395f51905f52857f1aee90f15f2189693df072d799fd11fc039b2959ebb7c867d075ca8cf4d7eb8e09089050801580610d15575081158015610d155750835b15610d365760405163067af97360e01b8152600481018790526024016104b4565b8115801590610d5b5750610d595f5160206116075f395f51905f528284096110fa565b155b15610d7c5760405163067af97360e01b8152600481018790526024016104b4565b505050505050565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031683604051610dbe91906114f1565b5f604051808303815f865af19150503d805f8114610df7576040519150601f19603f3d011682016040523d82523d5f602084013e610dfc565b606091505b5091509150811580610e395750805115801590610e39575080516020141580610e39575080806020019051810190610e349190611507565b600114155b15610a61576040516312171d8360e31b815260040160405180910390fd5b5f6001600160fd1b03600289898989898989604051602001610e7f979695949392919061151e565b60408051601f1981840301815290829052610e99916114f1565b602060405180830381855afa158015610eb4573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610ed79190611507565b1698975050505050505050565b816001600160401b0316836001600160401b03161015610f2a5760405163057ec3d360e21b81526001600160401b038085166004830152831660248201526044016104b4565b5f610f3761038483611571565b905080846001600160401b03161115610547576040516238fe5360e31b81526001600160401b0385166004820152602481018290526044016104b4565b5f5f5b838110156110f1575f858583818110610f9257610f92611584565b919091013560f81c9150505f19810161101c575f60408388015f375060405f8181206001600160401b03871682526004602052919020548114610ff357604051639b819dff60e01b81526001600160401b03861660048201526024016104b4565b6001600160401b0385165f9081526004602052604081205561101485611598565b9450506110de565b60021960ff821601611092575f868387611037826020611571565b92611044939291906115c2565b61104d916115e9565b6001600160a01b0381165f908152600660205260408120805492935066ffffffffffffff60a085901c1692909190611086908490611571565b909155506110de915050565b60ff81166002148015906110a8575060ff811615155b156110de576110b8604083611471565b60405163a04eeeb160e01b8152600481019190915260ff821660248201526044016104b4565b506110ea604082611571565b9050610f77565b50909392505050565b5f60405160208152602080820152602060408201528260608201527f183227397098d014dc2822db40c0ac2e9419f4243cdcb848a1f0fac9f800000060808201525f5160206116075f395f51905f5260a082015260208160c08360055afa90516001141692915050565b803563ffffffff81168114611177575f5ffd5b919050565b5f5f6040838503121561118d575f5ffd5b61119683611164565b946020939093013593505050565b5f602082840312156111b4575f5ffd5b6111bd82611164565b9392505050565b5f5f604083850312156111d5575f5ffd5b50508035926020909101359150565b80356001600160401b0381168114611177575f5ffd5b5f5f83601f84011261120a575f5ffd5b5081356001600160401b03811115611220575f5ffd5b602083019150836020828501011115611237575f5ffd5b9250929050565b5f5f5f5f5f5f5f60c0888a031215611254575f5ffd5b873596506020880135955061126b604089016111e4565b9450611279606089016111e4565b93506080880135925060a08801356001600160401b0381111561129a575f5ffd5b6112a68a828b016111fa565b989b979a50959850939692959293505050565b5f5f5f5f5f5f608087890312156112ce575f5ffd5b863595506112de602088016111e4565b945060408701356001600160401b038111156112f8575f5ffd5b61130489828a016111fa565b90955093505060608701356001600160401b03811115611322575f5ffd5b61132e89828a016111fa565b979a9699509497509295939492505050565b5f60208284031215611350575f5ffd5b5035919050565b5f5f5f60608486031215611369575f5ffd5b611372846111e4565b9250611380602085016111e4565b929592945050506040919091013590565b5f5f602083850312156113a2575f5ffd5b82356001600160401b038111156113b7575f5ffd5b6113c3858286016111fa565b90969095509350505050565b5f602082840312156113df575f5ffd5b81356001600160a01b03811681146111bd575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038181168382160190811115611428576114286113f5565b92915050565b63ffffffff8181168382160190811115611428576114286113f5565b634e487b7160e01b5f52601260045260245ffd5b5f8261146c5761146c61144a565b500690565b5f8261147f5761147f61144a565b500490565b60408152826040820152828460608301375f606084830101525f6060601f19601f860116830101905060208201835f5b60018110156114d35781518352602092830192909101906001016114b4565b505050949350505050565b81810381811115611428576114286113f5565b5f82518060208501845e5f920191825250919050565b5f60208284031215611517575f5ffd5b5051919050565b8781528660208201526001600160401b0360c01b8660c01b1660408201526001600160401b0360c01b8560c01b166048820152836050820152818360708301375f91016070019081529695505050505050565b80820180821115611428576114286113f5565b634e487b7160e01b5f52603260045260245ffd5b5f6001600160401b0382166001600160401b0381036115b9576115b96113f5565b60010192915050565b5f5f858511156115d0575f5ffd5b838611156115dc575f5ffd5b5050820193919092039150565b80356020831015611428575f19602084900360031b1b169291505056fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001a164736f6c634300081c000a",
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
// Solidity: constructor(address token_, address operator_, uint256 genesisRoot, bytes32 configHash_, uint256[] batchSizes, address[] batchVerifiers) returns()
func (rollupHarness *RollupHarness) PackConstructor(token_ common.Address, operator_ common.Address, genesisRoot *big.Int, configHash_ [32]byte, batchSizes []*big.Int, batchVerifiers []common.Address) []byte {
	enc, err := rollupHarness.abi.Pack("", token_, operator_, genesisRoot, configHash_, batchSizes, batchVerifiers)
	if err != nil {
		panic(err)
	}
	return enc
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
// Solidity: function batchState() view returns(uint64 batchNumber, uint64 timestamp, uint64 depositHead)
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
// Solidity: function batchState() view returns(uint64 batchNumber, uint64 timestamp, uint64 depositHead)
func (rollupHarness *RollupHarness) TryPackBatchState() ([]byte, error) {
	return rollupHarness.abi.Pack("batchState")
}

// BatchStateOutput serves as a container for the return parameters of contract
// method BatchState.
type BatchStateOutput struct {
	BatchNumber uint64
	Timestamp   uint64
	DepositHead uint64
}

// UnpackBatchState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ee83daa.
//
// Solidity: function batchState() view returns(uint64 batchNumber, uint64 timestamp, uint64 depositHead)
func (rollupHarness *RollupHarness) UnpackBatchState(data []byte) (BatchStateOutput, error) {
	out, err := rollupHarness.abi.Unpack("batchState", data)
	outstruct := new(BatchStateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.BatchNumber = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Timestamp = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.DepositHead = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
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

// PackDepositQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83290a3c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositQueue(uint256 queueIndex) view returns(bytes32)
func (rollupHarness *RollupHarness) PackDepositQueue(queueIndex *big.Int) []byte {
	enc, err := rollupHarness.abi.Pack("depositQueue", queueIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83290a3c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositQueue(uint256 queueIndex) view returns(bytes32)
func (rollupHarness *RollupHarness) TryPackDepositQueue(queueIndex *big.Int) ([]byte, error) {
	return rollupHarness.abi.Pack("depositQueue", queueIndex)
}

// UnpackDepositQueue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83290a3c.
//
// Solidity: function depositQueue(uint256 queueIndex) view returns(bytes32)
func (rollupHarness *RollupHarness) UnpackDepositQueue(data []byte) ([32]byte, error) {
	out, err := rollupHarness.abi.Unpack("depositQueue", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
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

// PackOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x570ca735.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operator() view returns(address)
func (rollupHarness *RollupHarness) PackOperator() []byte {
	enc, err := rollupHarness.abi.Pack("operator")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x570ca735.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operator() view returns(address)
func (rollupHarness *RollupHarness) TryPackOperator() ([]byte, error) {
	return rollupHarness.abi.Pack("operator")
}

// UnpackOperator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x570ca735.
//
// Solidity: function operator() view returns(address)
func (rollupHarness *RollupHarness) UnpackOperator(data []byte) (common.Address, error) {
	out, err := rollupHarness.abi.Unpack("operator", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
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

// PackQueueState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b1f7dc2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueState() view returns(uint32 accountCount, uint64 depositCount)
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
// Solidity: function queueState() view returns(uint32 accountCount, uint64 depositCount)
func (rollupHarness *RollupHarness) TryPackQueueState() ([]byte, error) {
	return rollupHarness.abi.Pack("queueState")
}

// QueueStateOutput serves as a container for the return parameters of contract
// method QueueState.
type QueueStateOutput struct {
	AccountCount uint32
	DepositCount uint64
}

// UnpackQueueState is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9b1f7dc2.
//
// Solidity: function queueState() view returns(uint32 accountCount, uint64 depositCount)
func (rollupHarness *RollupHarness) UnpackQueueState(data []byte) (QueueStateOutput, error) {
	out, err := rollupHarness.abi.Unpack("queueState", data)
	outstruct := new(QueueStateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.AccountCount = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.DepositCount = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
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
	DepositHead uint64
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
// Solidity: event BatchCommitted(uint64 indexed batchNumber, uint256 newRoot, uint64 timestamp, uint64 depositHead)
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
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["AmountTooLarge"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackAmountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["BadPubdataLength"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackBadPubdataLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["DepositMismatch"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackDepositMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["InvalidBatchSize"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackInvalidBatchSizeError(raw[4:])
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
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["NotAContract"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackNotAContractError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["NotOperator"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackNotOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["RootNotInField"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackRootNotInFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["TimestampBeforeLast"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackTimestampBeforeLastError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollupHarness.abi.Errors["TimestampTooFarAhead"].ID.Bytes()[:4]) {
		return rollupHarness.UnpackTimestampTooFarAheadError(raw[4:])
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

// RollupHarnessDepositMismatch represents a DepositMismatch error raised by the RollupHarness contract.
type RollupHarnessDepositMismatch struct {
	QueueIndex uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositMismatch(uint64 queueIndex)
func RollupHarnessDepositMismatchErrorID() common.Hash {
	return common.HexToHash("0x9b819dff7a398112cd5bc087e44e6c912a7471f129a72c9a5bf0da37fd823655")
}

// UnpackDepositMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositMismatch(uint64 queueIndex)
func (rollupHarness *RollupHarness) UnpackDepositMismatchError(raw []byte) (*RollupHarnessDepositMismatch, error) {
	out := new(RollupHarnessDepositMismatch)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "DepositMismatch", raw); err != nil {
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

// RollupHarnessRootNotInField represents a RootNotInField error raised by the RollupHarness contract.
type RollupHarnessRootNotInField struct {
	Root *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootNotInField(uint256 root)
func RollupHarnessRootNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xf9daf6601516021eacf5e4f6bc96089e355fecbec737ba391a6d53e79d8c2d28")
}

// UnpackRootNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootNotInField(uint256 root)
func (rollupHarness *RollupHarness) UnpackRootNotInFieldError(raw []byte) (*RollupHarnessRootNotInField, error) {
	out := new(RollupHarnessRootNotInField)
	if err := rollupHarness.abi.UnpackIntoInterface(out, "RootNotInField", raw); err != nil {
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

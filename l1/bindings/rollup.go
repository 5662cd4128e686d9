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

// RollupMetaData contains all meta data concerning the Rollup contract.
var RollupMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"genesisRoot\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"configHash_\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"batchSizes\",\"type\":\"uint256[]\"},{\"internalType\":\"address[]\",\"name\":\"batchVerifiers\",\"type\":\"address[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AccountLimitReached\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"AmountTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"BadPubdataLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"}],\"name\":\"DepositMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"}],\"name\":\"InvalidBatchSize\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"name\":\"InvalidPubKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSizes\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"verifiers\",\"type\":\"uint256\"}],\"name\":\"LengthMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoBatchSizes\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"NotAContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"root\",\"type\":\"uint256\"}],\"name\":\"RootNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"last\",\"type\":\"uint64\"}],\"name\":\"TimestampBeforeLast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"bound\",\"type\":\"uint256\"}],\"name\":\"TimestampTooFarAhead\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"UnknownAccount\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"recordIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint8\",\"name\":\"recordType\",\"type\":\"uint8\"}],\"name\":\"UnknownRecordType\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"}],\"name\":\"UnsupportedBatchSize\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchNumber\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"newRoot\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"depositHead\",\"type\":\"uint64\"}],\"name\":\"BatchCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"queueIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amount\",\"type\":\"uint64\"}],\"name\":\"DepositQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_ACCOUNTS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_AMOUNT\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TIMESTAMP_AHEAD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"RECORD_SIZE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SNARK_SCALAR_FIELD\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"name\":\"accounts\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"batchState\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"batchNumber\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositHead\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"newRoot\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"timestamp\",\"type\":\"uint64\"},{\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"commitBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"configHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"queueIndex\",\"type\":\"uint256\"}],\"name\":\"depositQueue\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"depositTo\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"operator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"pendingWithdrawals\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"queueState\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"accountCount\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"depositCount\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"stateRoot\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchSize\",\"type\":\"uint256\"}],\"name\":\"verifiers\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Rollup",
	Bin: "0x60e060405234801561000f575f5ffd5b5060405161187638038061187683398101604081905261002e91610325565b6001600160a01b0385166100555760405163d92e233d60e01b815260040160405180910390fd5b856001600160a01b03163b5f0361008f576040516322a2d07b60e21b81526001600160a01b03871660048201526024015b60405180910390fd5b7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f000000184106100d2576040516307ced7b360e51b815260048101859052602401610086565b805182511461010157815181516040516355c5b3e360e11b815260048101929092526024820152604401610086565b81515f0361012257604051633d28e9c560e21b815260040160405180910390fd5b5f5b8251811015610213575f83828151811061014057610140610419565b602002602001015190505f83838151811061015d5761015d610419565b60200260200101519050815f148061018a57505f828152600360205260409020546001600160a01b031615155b156101ab5760405163a6f7498560e01b815260048101839052602401610086565b806001600160a01b03163b5f036101e0576040516322a2d07b60e21b81526001600160a01b0382166004820152602401610086565b5f9182526003602052604090912080546001600160a01b0319166001600160a01b03909216919091179055600101610124565b5050506001600160a01b039384166080529190921660a05260c0525f5561042d565b6001600160a01b0381168114610249575f5ffd5b50565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b03811182821017156102885761028861024c565b604052919050565b5f6001600160401b038211156102a8576102a861024c565b5060051b60200190565b5f82601f8301126102c1575f5ffd5b81516102d46102cf82610290565b610260565b8082825260208201915060208360051b8601019250858311156102f5575f5ffd5b602085015b8381101561031b57805161030d81610235565b8352602092830192016102fa565b5095945050505050565b5f5f5f5f5f5f60c0878903121561033a575f5ffd5b865161034581610235565b602088015190965061035681610235565b6040880151606089015160808a015192975090955093506001600160401b03811115610380575f5ffd5b8701601f81018913610390575f5ffd5b805161039e6102cf82610290565b8082825260208201915060208360051b85010192508b8311156103bf575f5ffd5b6020840193505b828410156103e15783518252602093840193909101906103c6565b60a08b0151909550925050506001600160401b03811115610400575f5ffd5b61040c89828a016102b2565b9150509295509295509295565b634e487b7160e01b5f52603260045260245ffd5b60805160a05160c05161140a61046c5f395f8181610343015261080a01525f81816101f401526106b301525f81816103890152610c56015261140a5ff3fe608060405234801561000f575f5ffd5b506004361061011b575f3560e01c806383290a3c116100a9578063aecf92761161006e578063aecf9276146102e2578063d40dc87014610333578063e1f1176d1461033e578063f3f4370314610365578063fc0c546a14610384575f5ffd5b806383290a3c14610241578063928e6d44146102605780639588eca21461026b5780639b1f7dc214610273578063ac1eff68146102ba575f5ffd5b80631de26e16116100ef5780631de26e16146101ab57806325c2cd12146101d35780633ccfd60b146101e7578063570ca735146101ef578063601c650a1461022e575f5ffd5b8062b24ff21461011f57806304e462e41461013a5780630ee83daa1461014f5780630fc408d7146101a2575b5f5ffd5b610127604081565b6040519081526020015b60405180910390f35b61014d61014836600461104f565b6103ab565b005b600154610178906001600160401b0380821691600160401b8104821691600160801b9091041683565b604080516001600160401b0394851681529284166020840152921691810191909152606001610131565b61012761038481565b6101be6101b9366004611077565b6104a0565b60405163ffffffff9091168152602001610131565b6101275f5160206113de5f395f51905f5281565b61014d6105e4565b6102167f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610131565b61014d61023c3660046110db565b6106a8565b61012761024f36600461116f565b60046020525f908152604090205481565b610127630100000081565b6101275f5481565b6002546102969063ffffffff81169064010000000090046001600160401b031682565b6040805163ffffffff90931683526001600160401b03909116602083015201610131565b6102166102c836600461116f565b60036020525f90815260409020546001600160a01b031681565b6103146102f0366004611186565b60056020525f9081526040902080546001909101546001600160a01b039091169082565b604080516001600160a01b039093168352602083019190915201610131565b610127600160381b81565b6101277f000000000000000000000000000000000000000000000000000000000000000081565b6101276103733660046111a6565b60066020525f908152604090205481565b6102167f000000000000000000000000000000000000000000000000000000000000000081565b6103b481610984565b6040805180820190915260025463ffffffff8082168084526401000000009092046001600160401b0316602084015284161061041057604051633f93aa8760e01b815263ffffffff841660048201526024015b60405180910390fd5b63ffffffff83165f90815260056020908152604091829020825180840190935280546001600160a01b031683526001908101548383015290830151610454916111e0565b600280546001600160401b0392909216640100000000026bffffffffffffffff000000001990921691909117905560208083015182519183015161049a928791876109cb565b50505050565b5f6104aa82610984565b6104b383610af5565b6040805180820190915260025463ffffffff81168083526401000000009091046001600160401b0316602083015263010000001161050457604051631dd026a560e31b815260040160405180910390fd5b8051604080518082018252338152602080820188815263ffffffff85165f908152600590925290839020915182546001600160a01b0319166001600160a01b0390911617825551600191820155815180830190925291935090819061056a908590611205565b63ffffffff1681526020018260200151600161058691906111e0565b6001600160401b03908116909152815160028054602094850151909316640100000000026bffffffffffffffffffffffff1990931663ffffffff909216919091179190911790558101516105dd90833387876109cb565b5092915050565b335f908152600660205260408120549081900361061457604051630686827b60e51b815260040160405180910390fd5b335f8181526006602052604080822091909155517f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d5906106579084815260200190565b60405180910390a2604051336024820152604481018290526106a59060640160408051601f198184030181529190526020810180516001600160e01b031663a9059cbb60e01b179052610c52565b50565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146106f357604051633b63649d60e11b8152336004820152602401610407565b5f5160206113de5f395f51905f528610610723576040516307ced7b360e51b815260048101879052602401610407565b61072e604084611235565b1561074f57604051639a40f90560e01b815260048101849052602401610407565b5f60038161075e604087611248565b815260208101919091526040015f20546001600160a01b03169050806107a557610789604085611248565b604051631846e88b60e31b815260040161040791815260200190565b604080516060810182526001546001600160401b038082168352600160401b8204811660208401819052600160801b9092041692820192909252906107ec90889042610d2a565b80515f906107fb9060016111e0565b90505f6108305f545f1b8b848c7f00000000000000000000000000000000000000000000000000000000000000008d8d610dba565b604080516020810182528281529051632363e29760e21b81529192506001600160a01b03861691638d8f8a5c9161086d918a918a9160040161125b565b5f6040518083038186803b158015610883575f5ffd5b505afa158015610895573d5f5f3e3d5ffd5b505050505f6108a989898660400151610e47565b5f8c9055604080516060810182526001600160401b038087168083528e82166020840181905291851692840183905260018054600160801b90940267ffffffffffffffff60801b19600160401b9094026fffffffffffffffffffffffffffffffff19909516831794909417929092169290921790559051919250907f3fc95c198db2e3c338a34bf93a12ae57940f3881ec0c08e24ab749d3be320bf79061096f908e908e9086909283526001600160401b03918216602084015216604082015260600190565b60405180910390a25050505050505050505050565b805f036109a457604051631f2a200560e01b815260040160405180910390fd5b600160381b81106106a5576040516304041d9560e11b815260048101829052602401610407565b60408051600160f81b602082015260e086901b6001600160e01b031916602182015260c883901b6001600160c81b0319166025820152606085811b6bffffffffffffffffffffffff1916602c8301529181018490520160408051808303601f1901815282825280516020918201206001600160401b038981165f81815260048552859020929092559084529083018590528316908201526001600160a01b0384169063ffffffff8616907f73ab3708a98517b4d9559dc2c4f5369aa1a82f0885c1a9b8d3436baa104680579060600160405180910390a360405133602482015230604482015260648101829052610aee9060840160408051601f198184030181529190526020810180516001600160e01b03166323b872dd60e01b179052610c52565b5050505050565b6001600160ff1b038116600160ff1b821615155f5160206113de5f395f51905f5282101580610b2b575081158015610b2b575080155b15610b4c5760405163067af97360e01b815260048101849052602401610407565b5f5f5160206113de5f395f51905f5283840990505f5f5160206113de5f395f51905f52610b8760015f5160206113de5f395f51905f526112b5565b830890505f5f5160206113de5f395f51905f5260015f5160206113de5f395f51905f52857f1aee90f15f2189693df072d799fd11fc039b2959ebb7c867d075ca8cf4d7eb8e09089050801580610be3575081158015610be35750835b15610c045760405163067af97360e01b815260048101879052602401610407565b8115801590610c295750610c275f5160206113de5f395f51905f52828409610fcd565b155b15610c4a5760405163067af97360e01b815260048101879052602401610407565b505050505050565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031683604051610c8c91906112c8565b5f604051808303815f865af19150503d805f8114610cc5576040519150601f19603f3d011682016040523d82523d5f602084013e610cca565b606091505b5091509150811580610d075750805115801590610d07575080516020141580610d07575080806020019051810190610d0291906112de565b600114155b15610d25576040516312171d8360e31b815260040160405180910390fd5b505050565b816001600160401b0316836001600160401b03161015610d705760405163057ec3d360e21b81526001600160401b03808516600483015283166024820152604401610407565b5f610d7d610384836112f5565b905080846001600160401b0316111561049a576040516238fe5360e31b81526001600160401b038516600482015260248101829052604401610407565b5f6001600160fd1b03600289898989898989604051602001610de29796959493929190611308565b60408051601f1981840301815290829052610dfc916112c8565b602060405180830381855afa158015610e17573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610e3a91906112de565b1698975050505050505050565b5f5f5b83811015610fc4575f858583818110610e6557610e6561135b565b919091013560f81c9150505f198101610eef575f60408388015f375060405f8181206001600160401b03871682526004602052919020548114610ec657604051639b819dff60e01b81526001600160401b0386166004820152602401610407565b6001600160401b0385165f90815260046020526040812055610ee78561136f565b945050610fb1565b60021960ff821601610f65575f868387610f0a8260206112f5565b92610f1793929190611399565b610f20916113c0565b6001600160a01b0381165f908152600660205260408120805492935066ffffffffffffff60a085901c1692909190610f599084906112f5565b90915550610fb1915050565b60ff8116600214801590610f7b575060ff811615155b15610fb157610f8b604083611248565b60405163a04eeeb160e01b8152600481019190915260ff82166024820152604401610407565b50610fbd6040826112f5565b9050610e4a565b50909392505050565b5f60405160208152602080820152602060408201528260608201527f183227397098d014dc2822db40c0ac2e9419f4243cdcb848a1f0fac9f800000060808201525f5160206113de5f395f51905f5260a082015260208160c08360055afa90516001141692915050565b803563ffffffff8116811461104a575f5ffd5b919050565b5f5f60408385031215611060575f5ffd5b61106983611037565b946020939093013593505050565b5f5f60408385031215611088575f5ffd5b50508035926020909101359150565b5f5f83601f8401126110a7575f5ffd5b5081356001600160401b038111156110bd575f5ffd5b6020830191508360208285010111156110d4575f5ffd5b9250929050565b5f5f5f5f5f5f608087890312156110f0575f5ffd5b8635955060208701356001600160401b038116811461110d575f5ffd5b945060408701356001600160401b03811115611127575f5ffd5b61113389828a01611097565b90955093505060608701356001600160401b03811115611151575f5ffd5b61115d89828a01611097565b979a9699509497509295939492505050565b5f6020828403121561117f575f5ffd5b5035919050565b5f60208284031215611196575f5ffd5b61119f82611037565b9392505050565b5f602082840312156111b6575f5ffd5b81356001600160a01b038116811461119f575f5ffd5b634e487b7160e01b5f52601160045260245ffd5b6001600160401b0381811683821601908111156111ff576111ff6111cc565b92915050565b63ffffffff81811683821601908111156111ff576111ff6111cc565b634e487b7160e01b5f52601260045260245ffd5b5f8261124357611243611221565b500690565b5f8261125657611256611221565b500490565b60408152826040820152828460608301375f606084830101525f6060601f19601f860116830101905060208201835f5b60018110156112aa57815183526020928301929091019060010161128b565b505050949350505050565b818103818111156111ff576111ff6111cc565b5f82518060208501845e5f920191825250919050565b5f602082840312156112ee575f5ffd5b5051919050565b808201808211156111ff576111ff6111cc565b8781528660208201526001600160401b0360c01b8660c01b1660408201526001600160401b0360c01b8560c01b166048820152836050820152818360708301375f91016070019081529695505050505050565b634e487b7160e01b5f52603260045260245ffd5b5f6001600160401b0382166001600160401b038103611390576113906111cc565b60010192915050565b5f5f858511156113a7575f5ffd5b838611156113b3575f5ffd5b5050820193919092039150565b803560208310156111ff575f19602084900360031b1b169291505056fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001a164736f6c634300081c000a",
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
// Solidity: constructor(address token_, address operator_, uint256 genesisRoot, bytes32 configHash_, uint256[] batchSizes, address[] batchVerifiers) returns()
func (rollup *Rollup) PackConstructor(token_ common.Address, operator_ common.Address, genesisRoot *big.Int, configHash_ [32]byte, batchSizes []*big.Int, batchVerifiers []common.Address) []byte {
	enc, err := rollup.abi.Pack("", token_, operator_, genesisRoot, configHash_, batchSizes, batchVerifiers)
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

// PackBatchState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ee83daa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchState() view returns(uint64 batchNumber, uint64 timestamp, uint64 depositHead)
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
// Solidity: function batchState() view returns(uint64 batchNumber, uint64 timestamp, uint64 depositHead)
func (rollup *Rollup) TryPackBatchState() ([]byte, error) {
	return rollup.abi.Pack("batchState")
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
func (rollup *Rollup) UnpackBatchState(data []byte) (BatchStateOutput, error) {
	out, err := rollup.abi.Unpack("batchState", data)
	outstruct := new(BatchStateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.BatchNumber = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Timestamp = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.DepositHead = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	return *outstruct, nil
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

// PackDepositQueue is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83290a3c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositQueue(uint256 queueIndex) view returns(bytes32)
func (rollup *Rollup) PackDepositQueue(queueIndex *big.Int) []byte {
	enc, err := rollup.abi.Pack("depositQueue", queueIndex)
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
func (rollup *Rollup) TryPackDepositQueue(queueIndex *big.Int) ([]byte, error) {
	return rollup.abi.Pack("depositQueue", queueIndex)
}

// UnpackDepositQueue is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83290a3c.
//
// Solidity: function depositQueue(uint256 queueIndex) view returns(bytes32)
func (rollup *Rollup) UnpackDepositQueue(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("depositQueue", data)
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

// PackOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x570ca735.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operator() view returns(address)
func (rollup *Rollup) PackOperator() []byte {
	enc, err := rollup.abi.Pack("operator")
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
func (rollup *Rollup) TryPackOperator() ([]byte, error) {
	return rollup.abi.Pack("operator")
}

// UnpackOperator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x570ca735.
//
// Solidity: function operator() view returns(address)
func (rollup *Rollup) UnpackOperator(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("operator", data)
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

// PackQueueState is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9b1f7dc2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queueState() view returns(uint32 accountCount, uint64 depositCount)
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
// Solidity: function queueState() view returns(uint32 accountCount, uint64 depositCount)
func (rollup *Rollup) TryPackQueueState() ([]byte, error) {
	return rollup.abi.Pack("queueState")
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
func (rollup *Rollup) UnpackQueueState(data []byte) (QueueStateOutput, error) {
	out, err := rollup.abi.Unpack("queueState", data)
	outstruct := new(QueueStateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.AccountCount = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.DepositCount = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
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
	DepositHead uint64
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
// Solidity: event BatchCommitted(uint64 indexed batchNumber, uint256 newRoot, uint64 timestamp, uint64 depositHead)
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
	if bytes.Equal(raw[:4], rollup.abi.Errors["AmountTooLarge"].ID.Bytes()[:4]) {
		return rollup.UnpackAmountTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadPubdataLength"].ID.Bytes()[:4]) {
		return rollup.UnpackBadPubdataLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["DepositMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackDepositMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InvalidBatchSize"].ID.Bytes()[:4]) {
		return rollup.UnpackInvalidBatchSizeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InvalidPubKey"].ID.Bytes()[:4]) {
		return rollup.UnpackInvalidPubKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["LengthMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackLengthMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NoBatchSizes"].ID.Bytes()[:4]) {
		return rollup.UnpackNoBatchSizesError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotAContract"].ID.Bytes()[:4]) {
		return rollup.UnpackNotAContractError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotOperator"].ID.Bytes()[:4]) {
		return rollup.UnpackNotOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return rollup.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["RootNotInField"].ID.Bytes()[:4]) {
		return rollup.UnpackRootNotInFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TimestampBeforeLast"].ID.Bytes()[:4]) {
		return rollup.UnpackTimestampBeforeLastError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TimestampTooFarAhead"].ID.Bytes()[:4]) {
		return rollup.UnpackTimestampTooFarAheadError(raw[4:])
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

// RollupDepositMismatch represents a DepositMismatch error raised by the Rollup contract.
type RollupDepositMismatch struct {
	QueueIndex uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositMismatch(uint64 queueIndex)
func RollupDepositMismatchErrorID() common.Hash {
	return common.HexToHash("0x9b819dff7a398112cd5bc087e44e6c912a7471f129a72c9a5bf0da37fd823655")
}

// UnpackDepositMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositMismatch(uint64 queueIndex)
func (rollup *Rollup) UnpackDepositMismatchError(raw []byte) (*RollupDepositMismatch, error) {
	out := new(RollupDepositMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "DepositMismatch", raw); err != nil {
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

// RollupRootNotInField represents a RootNotInField error raised by the Rollup contract.
type RollupRootNotInField struct {
	Root *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RootNotInField(uint256 root)
func RollupRootNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xf9daf6601516021eacf5e4f6bc96089e355fecbec737ba391a6d53e79d8c2d28")
}

// UnpackRootNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RootNotInField(uint256 root)
func (rollup *Rollup) UnpackRootNotInFieldError(raw []byte) (*RollupRootNotInField, error) {
	out := new(RollupRootNotInField)
	if err := rollup.abi.UnpackIntoInterface(out, "RootNotInField", raw); err != nil {
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

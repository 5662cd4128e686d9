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

// CompactRecordsHarnessMetaData contains all meta data concerning the CompactRecordsHarness contract.
var CompactRecordsHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"HasherFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HasherNotDeployed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tag\",\"type\":\"uint256\"}],\"name\":\"WithdrawalTagMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"checkWithdrawalAddress\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"}],\"name\":\"deposit\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"accountId\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"name\":\"depositRecord\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositTagGas\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"}],\"name\":\"forcedTrade\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"addrA\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"addrB\",\"type\":\"address\"}],\"name\":\"forcedTradeTag\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"}],\"name\":\"forcedWithdrawal\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hasher\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"}],\"name\":\"marketParams\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"},{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"}],\"name\":\"typeOf\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"},{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"}],\"name\":\"withdrawal\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"},{\"internalType\":\"uint16\",\"name\":\"\",\"type\":\"uint16\"},{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"withdrawalTag\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"r\",\"type\":\"bytes32\"}],\"name\":\"withoutForcedTradeValid\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "CompactRecordsHarness",
	Bin: "0x60a060405234801561000f575f5ffd5b50610018610029565b6001600160a01b031660805261007e565b5f5f60405180610dc00160405280610d968152602001610a3d610d96913990508051602082015ff091506001600160a01b03821661007a5760405163245d874560e11b815260040160405180910390fd5b5090565b60805161097d6100c05f395f81816103070152818161035c0152818161039f015281816103d00152818161047d015281816104c401526104fa015261097d5ff3fe608060405234801561000f575f5ffd5b50600436106100cb575f3560e01c8063b1e09d8f11610088578063b7eec08711610063578063b7eec0871461029c578063bd39e19d146102ef578063ed33639f14610302578063f5f6649914610341575f5ffd5b8063b1e09d8f146101ea578063b214faa51461024b578063b3ab514814610289575f5ffd5b80632d18f355146100cf578063492c2ac9146100f557806349c9233d146101085780634d8b0ea4146101105780635a946192146101685780637fd065f9146101a0575b5f5ffd5b6100e26100dd366004610865565b610356565b6040519081526020015b60405180910390f35b6100e2610103366004610896565b61038b565b6100e2610399565b61012361011e366004610896565b610409565b6040805163ffffffff968716815267ffffffffffffffff909516602086015261ffff90931692840192909252929092166060820152608081019190915260a0016100ec565b610186610176366004610896565b5f1a600481901c91600f90911690565b6040805160ff9384168152929091166020830152016100ec565b6101b36101ae366004610896565b610429565b6040805160ff909616865263ffffffff9485166020870152928416928501929092528216606084015216608082015260a0016100ec565b6101fd6101f8366004610896565b610437565b6040805163ffffffff988916815297909616602088015267ffffffffffffffff9485169587019590955292909116606085015215156080840152151560a083015260c082015260e0016100ec565b61025e610259366004610896565b61045e565b6040805163ffffffff909416845267ffffffffffffffff9092166020840152908201526060016100ec565b6100e26102973660046108ad565b610477565b6102af6102aa366004610896565b6104a2565b6040805163ffffffff909516855267ffffffffffffffff90931660208501526001600160a01b0390911691830191909152151560608201526080016100ec565b6100e26102fd3660046108c6565b6104be565b6103297f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100ec565b61035461034f366004610911565b6104f5565b005b5f6103827f00000000000000000000000000000000000000000000000000000000000000008484610524565b90505b92915050565b5f600160601b198216610385565b5f6103c77f000000000000000000000000000000000000000000000000000000000000000060016002610554565b505a90506103f87f000000000000000000000000000000000000000000000000000000000000000060016002610554565b505a6104049082610946565b905090565b5f5f5f5f5f6104178661059a565b939a9299509097509550909350915050565b5f5f5f5f5f610417866105f8565b5f5f5f5f5f5f5f61044788610635565b959e949d50929b5090995097509550909350915050565b5f5f5f61046a846106a6565b9250925092509193909250565b5f6103857f0000000000000000000000000000000000000000000000000000000000000000836106d0565b5f5f5f5f6104af856106ef565b93509350935093509193509193565b5f6104ec7f000000000000000000000000000000000000000000000000000000000000000086868686610732565b95945050505050565b6105207f00000000000000000000000000000000000000000000000000000000000000008383610764565b5050565b5f61054c61054585856001600160a01b0316856001600160a01b03166107b8565b60606107fb565b949350505050565b5f81816105628260ff6107fb565b90506001600160a01b038516600160a01b605f84901c161761058f6105888884846107b8565b60a86107fb565b979650505050505050565b5f5f5f5f5f5f6105ad87600b6005610812565b90506105bc8760016003610812565b6105c98860046007610812565b601883901c6105d98460186107fb565b6105e58b601080610812565b939b929a50909850965090945092505050565b5f808080808560011a61060e8760026003610812565b61061b8860056003610812565b6106288960086003610812565b6104178a600b6003610812565b5f808080808080601388901a61064e8960016003610812565b61065b8a60046003610812565b6106688b60076006610812565b6106758c600d6006610812565b60028516151560018616151561068e8f6014600c610812565b959f949e50929c50909a509850965090945092505050565b5f5f5f6106b68460016003610812565b6106c38560046007610812565b61046a86600b6015610812565b5f6103826106e884846001600160a01b03165f6107b8565b60806107fb565b5f5f5f5f6107008560016003610812565b61070d8660046007610812565b61071a87600b6014610812565b87601f939992985090965090911a6001149350915050565b5f6001600160e01b031960e086901b1660a885901b17600160fc1b17610759878585610554565b179695505050505050565b5f61077183601080610812565b90508061077e85846106d0565b146107b257604051630a9da33f60e11b81526001600160a01b03831660048201526024810182905260440160405180910390fd5b50505050565b5f5f835f528260205260205f60405f885afa5f5192503d602014169050806107f357604051631b690d2360e21b815260040160405180910390fd5b509392505050565b5f610809600180841b610946565b90921692915050565b5f61054c82610822856020610946565b61082c9190610946565b610837906008610959565b85901c610845846008610959565b6107fb565b80356001600160a01b0381168114610860575f5ffd5b919050565b5f5f60408385031215610876575f5ffd5b61087f8361084a565b915061088d6020840161084a565b90509250929050565b5f602082840312156108a6575f5ffd5b5035919050565b5f602082840312156108bd575f5ffd5b6103828261084a565b5f5f5f5f608085870312156108d9575f5ffd5b843563ffffffff811681146108ec575f5ffd5b9350602085013592506109016040860161084a565b9396929550929360600135925050565b5f5f60408385031215610922575f5ffd5b8235915061088d6020840161084a565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561038557610385610932565b80820281158282048414176103855761038561093256fea164736f6c634300081c000a610d8b80600b5f395ff3007f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016020355f35828210838210166033575f5ffd5b81810191820191017f1da4d6adfb0d0b494584f763db50a81908580a5f5e295e168b9b8d31770fac4f018281800983908009839109907f0946129a2e33b4e819707a56a3b3790eab80d0a0c7a0c63451fab2a59acc074c01828180098390800983910981810190810191017f2a39b9d5376afd35580abd6952986570867b87303b07140268794dad4b8f82ea018281800983908009839109907f27605717d1245c20c546b3c7014e5fa3e4a70e66ecd6de5d32448eea5e3069b201828180098390800983910981810190810191017f24c896cb2594e17b973653193a470ed7e771ebb09a228d638e50809c03773632018281800983908009839109907f0911096c45dd9cda0d61d783957003db6d8701c7869a919ad8042e1b7d597a49018281800983908009839109818101908390820891017f26ff6166f1e4b99e27eee6d352a8ce26f1daba01aad28021f11f38a70603afdc01828180098390800983910982826003028208918101017f008e2faedcf76d08ad6591ff90e50fea79bcb5e18cfb7d954d5b89437bf64b7e01828180098390800983910982826003028208918101017f19c9da2379b598ace3ad4d1872470830f6184a3cec71eeb632f98820eb353d7801828180098390800983910982826003028208918101017f0f7c4eb15d8b0b62a8f6a090ec9610a2ab3dfcdb57e2539aa459a40583dfe96b01828180098390800983910982826003028208918101017f18b99417dc26b5e079750eba282362d1d46900b47dd5ff809171588b08ac398301828180098390800983910982826003028208918101017f1ee044081160b3eee2d4493feab82141c73f1c054b76320a8848af08a8d91a2601828180098390800983910982826003028208918101017f29bb95c8763efd3e0e87f5df12ee8a150455b6d7a14780d19122220366c258dc01828180098390800983910982826003028208918101017f22c23eec9cb13ff8a3ee9a363d740653215e8991f7f9ec12067b4705e9a5c9fb01828180098390800983910982826003028208918101017f23589e033a31a667680c8b18926c3be09115c7644c4f905cc7deefc1690b42dc01828180098390800983910982826003028208918101017f304e99b887f2e1e92c9c0cde5f2bdd4764f60b98a219f1f0dd64ec938a6a247c01828180098390800983910982826003028208918101017f22e817865236ad3a76fbe88bbdf31fcae792f326271d53a3a493b2de7f7d8b4c01828180098390800983910982826003028208918101017f10c9efe573e86fa5b238a3f5c70a00bf02bc7dcfcc4878e026b77c881dc8b1c901828180098390800983910982826003028208918101017f0a94f16be920d85f4d6f80e745c6bddbc084f309edffef023ea283c72b89bbb601828180098390800983910982826003028208918101017f23ed72b4d01d14e3c7888fedb770494abc2c1ea81d6465b5df3da0ebcd69101a01828180098390800983910982826003028208918101017f17c5115640e4cebeed0e6cbb511ac38498df815a77cb162de8d8f1022eb6bb7401828180098390800983910982826003028208918101017f2e507fcca290d0d9cf765245750eb04773e09e1fc813959fb99680a82772e4fc01828180098390800983910982826003028208918101017f0d4a98999f5b39176af6cce65c8d12162433f055cb71d70dfc8803013292bbbf01828180098390800983910982826003028208918101017f238d8022cc09c21ab3c01261a03dc125321d829e22a7a3b7a1bd3c335eccfa2101828180098390800983910982826003028208918101017f010cd8e4c2b7051cb81dc8292e35d8e943ce365613d5b39770e454ed9f4ae16501828180098390800983910982826003028208918101017f088027e54f2a3604b11178cf0ea3c6aa861173a90fb231238e03539590ecc02701828180098390800983910982826003028208918101017f1b840f5311a2b1d4b4cd7aa7e5a9a6d161165468daa938108302b73e464819db01828180098390800983910982826003028208918101017f2bf51a5da1828a1cf9b764b1e16c15929a3a346e44198ea0cb366fcd8db78dc101828180098390800983910982826003028208918101017f206ad089d8d296ffe68a6a86767a7fe726b8872f9c7beef9d56a3a50f6f2382701828180098390800983910982826003028208918101017f24d19193171494fa1a54e0a99ac16d05eaec4b6d617c7c199fc07ff88eac550c01828180098390800983910982826003028208918101017f1dd654a2ca9d9f24f33d88246a40dfb32c40662278b9c0b995d9f9fbaf15213801828180098390800983910982826003028208918101017f0d171025c925f6e259d20ecbd3a601108c85f05b0fe7793b8acf57f3789785e401828180098390800983910982826003028208918101017f055bef435a43aec245cd99ccb0f7c8791d9e8cf2b80d95dd98b9908fed877d5501828180098390800983910982826003028208918101017f10d2ac8c61c8a2e88a2a3f42d9359a14be63d0ad4cfd9f203b75765d0e595f0e01828180098390800983910982826003028208918101017f103479710e70996982a84057ec3ba6b2254d7966ddc41e85296e3d0790dcfa5601828180098390800983910982826003028208918101017f2a366f0448fda3c05914ffb48c765da8de96f9aa340db1638225f8372921807b01828180098390800983910982826003028208918101017f16be0fb8ef62da17919b6e0378d00594153bb8899aeb686c04626b63285837a401828180098390800983910982826003028208918101017f0417038500e9d06c60abbc7f0d0d24c32dec8a0b2aa5a4d52cfd8c78a15bc37001828180098390800983910982826003028208918101017f26a6873b43ffd2ccf66ec6f4493ff9b54f4d76480bc486a3e5a0308fdd01381201828180098390800983910982826003028208918101017f0a3314a838f32630a96251914fe5ad262f3db9b2aa8aa9f7391922d36278c49801828180098390800983910982826003028208918101017f0fde0c5429a6beb07f462d4821f48f86aeadb46a090b15a044f4b59399027da401828180098390800983910982826003028208918101017f0abc2d5049972a6b9b357e4163793b0bb517e1eb535a984df11a1c89cda2c8a901828180098390800983910982826003028208918101017f0dab51d6e3ebfa661d21722fb21e55051b427a5f173f7f17735205dbb77c464e01828180098390800983910982826003028208918101017f29c36622598b511d51af6cc37123652fb21be5c2d68fb8efe9b92e70a8c1ae0301828180098390800983910982826003028208918101017f2c03ec80adac2a33ae846bc0b700d0bcc41c4096e53ac6990d6bbe7ea2fbc85c01828180098390800983910982826003028208918101017f0918fdbe9cf3a59fbdb4c6852d065105317303116017d893b8b521e3cebe1e0d01828180098390800983910982826003028208918101017f1f19ec22e69ca33f599dd13cd7e495a8176a79df4f7acf79a9d2135acabe235901828180098390800983910982826003028208918101017f1c4b037c8ae85ee1eb32b872eb7f76928c4c76b29ceb001346447b291108070401828180098390800983910982826003028208918101017f2b68900ed906616d6c826d0bde341766ba3131e04d420de5af0a69c534efd8db01828180098390800983910982826003028208918101017f20ca92aa222fcc69448f8dac653c8daaa180ff6dfb397cef723d4f0c782bc7f001828180098390800983910982826003028208918101017f10d22d05bdff6bb375276fc82057db337045a5ab7ac053941f6186289b66b2b601828180098390800983910982826003028208918101017f0b1ffdbb529367bb98f32ba45784cb435aa910b4a00636d1e5ca79e88bdd6cd901828180098390800983910982826003028208918101017f2da32b38e7984bc2ed757ec705eccf8282c7b4f82e5e515f6f89bcc33022ce9f01828180098390800983910982826003028208918101017f042593ad87403f6d2674b8b55a886725b87eb33958031e94d292cecc6abed1bb01828180098390800983910982826003028208918101017f181fa1b4d067783a19d7367bf49b3f01051faedab463a6de9308fbd6e7d419f101828180098390800983910982826003028208918101017f15aaa6cc9b7900b15683c95515c26028a8e35b00ed8a815c34927188c60de66001828180098390800983910982826003028208918101017f1bf28a93209084bbbc63234f057254c280b1a636f5a0eced6787320212f75a7a018281800983908009839109907f1cdb8c8bee5426f02cd9e229776118f156273b312f805c8e6f8c9d81a620cb6f01828180098390800983910981810190810191017f08299c0abf196d53162e0facb5f1876f516df2505cc387a0f8ea0e8760d5ca7e018281800983908009839109907f221643d205fe82778a7b7b58cb65c4962d76c0072cabd1124117269d7c710b8a01828180098390800983910981810190810191017f2d036a95f81cf49bb7a0143a28c88767f6bd10c3f74b22db487920d43343dbff018281800983908009839109907f08a50897c06aafe6ea414fb1bceca2267cd4a39486729fbc6d5d1bb7a172ebd2018281800983908009839109818101908101910150602035085f5260205ff3",
}

// CompactRecordsHarness is an auto generated Go binding around an Ethereum contract.
type CompactRecordsHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CompactRecordsHarness) GetABI() abi.ABI {
	return c.abi
}

// NewCompactRecordsHarness creates a new instance of CompactRecordsHarness.
func NewCompactRecordsHarness() *CompactRecordsHarness {
	parsed, err := CompactRecordsHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CompactRecordsHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CompactRecordsHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCheckWithdrawalAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5f66499.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkWithdrawalAddress(bytes32 r, address to) view returns()
func (compactRecordsHarness *CompactRecordsHarness) PackCheckWithdrawalAddress(r [32]byte, to common.Address) []byte {
	enc, err := compactRecordsHarness.abi.Pack("checkWithdrawalAddress", r, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckWithdrawalAddress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf5f66499.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkWithdrawalAddress(bytes32 r, address to) view returns()
func (compactRecordsHarness *CompactRecordsHarness) TryPackCheckWithdrawalAddress(r [32]byte, to common.Address) ([]byte, error) {
	return compactRecordsHarness.abi.Pack("checkWithdrawalAddress", r, to)
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb214faa5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(bytes32 r) pure returns(uint32, uint64, uint256)
func (compactRecordsHarness *CompactRecordsHarness) PackDeposit(r [32]byte) []byte {
	enc, err := compactRecordsHarness.abi.Pack("deposit", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb214faa5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(bytes32 r) pure returns(uint32, uint64, uint256)
func (compactRecordsHarness *CompactRecordsHarness) TryPackDeposit(r [32]byte) ([]byte, error) {
	return compactRecordsHarness.abi.Pack("deposit", r)
}

// DepositOutput serves as a container for the return parameters of contract
// method Deposit.
type DepositOutput struct {
	Arg0 uint32
	Arg1 uint64
	Arg2 *big.Int
}

// UnpackDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb214faa5.
//
// Solidity: function deposit(bytes32 r) pure returns(uint32, uint64, uint256)
func (compactRecordsHarness *CompactRecordsHarness) UnpackDeposit(data []byte) (DepositOutput, error) {
	out, err := compactRecordsHarness.abi.Unpack("deposit", data)
	outstruct := new(DepositOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.Arg1 = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Arg2 = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackDepositRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd39e19d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositRecord(uint32 accountId, uint256 amount, address owner, bytes32 pubKey) view returns(bytes32)
func (compactRecordsHarness *CompactRecordsHarness) PackDepositRecord(accountId uint32, amount *big.Int, owner common.Address, pubKey [32]byte) []byte {
	enc, err := compactRecordsHarness.abi.Pack("depositRecord", accountId, amount, owner, pubKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositRecord is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbd39e19d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositRecord(uint32 accountId, uint256 amount, address owner, bytes32 pubKey) view returns(bytes32)
func (compactRecordsHarness *CompactRecordsHarness) TryPackDepositRecord(accountId uint32, amount *big.Int, owner common.Address, pubKey [32]byte) ([]byte, error) {
	return compactRecordsHarness.abi.Pack("depositRecord", accountId, amount, owner, pubKey)
}

// UnpackDepositRecord is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbd39e19d.
//
// Solidity: function depositRecord(uint32 accountId, uint256 amount, address owner, bytes32 pubKey) view returns(bytes32)
func (compactRecordsHarness *CompactRecordsHarness) UnpackDepositRecord(data []byte) ([32]byte, error) {
	out, err := compactRecordsHarness.abi.Unpack("depositRecord", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDepositTagGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49c9233d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositTagGas() view returns(uint256 gasUsed)
func (compactRecordsHarness *CompactRecordsHarness) PackDepositTagGas() []byte {
	enc, err := compactRecordsHarness.abi.Pack("depositTagGas")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositTagGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49c9233d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositTagGas() view returns(uint256 gasUsed)
func (compactRecordsHarness *CompactRecordsHarness) TryPackDepositTagGas() ([]byte, error) {
	return compactRecordsHarness.abi.Pack("depositTagGas")
}

// UnpackDepositTagGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x49c9233d.
//
// Solidity: function depositTagGas() view returns(uint256 gasUsed)
func (compactRecordsHarness *CompactRecordsHarness) UnpackDepositTagGas(data []byte) (*big.Int, error) {
	out, err := compactRecordsHarness.abi.Unpack("depositTagGas", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackForcedTrade is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1e09d8f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedTrade(bytes32 r) pure returns(uint32, uint32, uint64, uint64, bool, bool, uint256)
func (compactRecordsHarness *CompactRecordsHarness) PackForcedTrade(r [32]byte) []byte {
	enc, err := compactRecordsHarness.abi.Pack("forcedTrade", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedTrade is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1e09d8f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedTrade(bytes32 r) pure returns(uint32, uint32, uint64, uint64, bool, bool, uint256)
func (compactRecordsHarness *CompactRecordsHarness) TryPackForcedTrade(r [32]byte) ([]byte, error) {
	return compactRecordsHarness.abi.Pack("forcedTrade", r)
}

// ForcedTradeOutput serves as a container for the return parameters of contract
// method ForcedTrade.
type ForcedTradeOutput struct {
	Arg0 uint32
	Arg1 uint32
	Arg2 uint64
	Arg3 uint64
	Arg4 bool
	Arg5 bool
	Arg6 *big.Int
}

// UnpackForcedTrade is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1e09d8f.
//
// Solidity: function forcedTrade(bytes32 r) pure returns(uint32, uint32, uint64, uint64, bool, bool, uint256)
func (compactRecordsHarness *CompactRecordsHarness) UnpackForcedTrade(data []byte) (ForcedTradeOutput, error) {
	out, err := compactRecordsHarness.abi.Unpack("forcedTrade", data)
	outstruct := new(ForcedTradeOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.Arg1 = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.Arg2 = *abi.ConvertType(out[2], new(uint64)).(*uint64)
	outstruct.Arg3 = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	outstruct.Arg4 = *abi.ConvertType(out[4], new(bool)).(*bool)
	outstruct.Arg5 = *abi.ConvertType(out[5], new(bool)).(*bool)
	outstruct.Arg6 = abi.ConvertType(out[6], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackForcedTradeTag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d18f355.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedTradeTag(address addrA, address addrB) view returns(uint256)
func (compactRecordsHarness *CompactRecordsHarness) PackForcedTradeTag(addrA common.Address, addrB common.Address) []byte {
	enc, err := compactRecordsHarness.abi.Pack("forcedTradeTag", addrA, addrB)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedTradeTag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d18f355.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedTradeTag(address addrA, address addrB) view returns(uint256)
func (compactRecordsHarness *CompactRecordsHarness) TryPackForcedTradeTag(addrA common.Address, addrB common.Address) ([]byte, error) {
	return compactRecordsHarness.abi.Pack("forcedTradeTag", addrA, addrB)
}

// UnpackForcedTradeTag is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2d18f355.
//
// Solidity: function forcedTradeTag(address addrA, address addrB) view returns(uint256)
func (compactRecordsHarness *CompactRecordsHarness) UnpackForcedTradeTag(data []byte) (*big.Int, error) {
	out, err := compactRecordsHarness.abi.Unpack("forcedTradeTag", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackForcedWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7eec087.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedWithdrawal(bytes32 r) pure returns(uint32, uint64, address, bool)
func (compactRecordsHarness *CompactRecordsHarness) PackForcedWithdrawal(r [32]byte) []byte {
	enc, err := compactRecordsHarness.abi.Pack("forcedWithdrawal", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7eec087.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedWithdrawal(bytes32 r) pure returns(uint32, uint64, address, bool)
func (compactRecordsHarness *CompactRecordsHarness) TryPackForcedWithdrawal(r [32]byte) ([]byte, error) {
	return compactRecordsHarness.abi.Pack("forcedWithdrawal", r)
}

// ForcedWithdrawalOutput serves as a container for the return parameters of contract
// method ForcedWithdrawal.
type ForcedWithdrawalOutput struct {
	Arg0 uint32
	Arg1 uint64
	Arg2 common.Address
	Arg3 bool
}

// UnpackForcedWithdrawal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7eec087.
//
// Solidity: function forcedWithdrawal(bytes32 r) pure returns(uint32, uint64, address, bool)
func (compactRecordsHarness *CompactRecordsHarness) UnpackForcedWithdrawal(data []byte) (ForcedWithdrawalOutput, error) {
	out, err := compactRecordsHarness.abi.Unpack("forcedWithdrawal", data)
	outstruct := new(ForcedWithdrawalOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.Arg1 = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Arg2 = *abi.ConvertType(out[2], new(common.Address)).(*common.Address)
	outstruct.Arg3 = *abi.ConvertType(out[3], new(bool)).(*bool)
	return *outstruct, nil
}

// PackHasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed33639f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasher() view returns(address)
func (compactRecordsHarness *CompactRecordsHarness) PackHasher() []byte {
	enc, err := compactRecordsHarness.abi.Pack("hasher")
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
func (compactRecordsHarness *CompactRecordsHarness) TryPackHasher() ([]byte, error) {
	return compactRecordsHarness.abi.Pack("hasher")
}

// UnpackHasher is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xed33639f.
//
// Solidity: function hasher() view returns(address)
func (compactRecordsHarness *CompactRecordsHarness) UnpackHasher(data []byte) (common.Address, error) {
	out, err := compactRecordsHarness.abi.Unpack("hasher", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackMarketParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fd065f9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function marketParams(bytes32 r) pure returns(uint8, uint32, uint32, uint32, uint32)
func (compactRecordsHarness *CompactRecordsHarness) PackMarketParams(r [32]byte) []byte {
	enc, err := compactRecordsHarness.abi.Pack("marketParams", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMarketParams is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fd065f9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function marketParams(bytes32 r) pure returns(uint8, uint32, uint32, uint32, uint32)
func (compactRecordsHarness *CompactRecordsHarness) TryPackMarketParams(r [32]byte) ([]byte, error) {
	return compactRecordsHarness.abi.Pack("marketParams", r)
}

// MarketParamsOutput serves as a container for the return parameters of contract
// method MarketParams.
type MarketParamsOutput struct {
	Arg0 uint8
	Arg1 uint32
	Arg2 uint32
	Arg3 uint32
	Arg4 uint32
}

// UnpackMarketParams is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7fd065f9.
//
// Solidity: function marketParams(bytes32 r) pure returns(uint8, uint32, uint32, uint32, uint32)
func (compactRecordsHarness *CompactRecordsHarness) UnpackMarketParams(data []byte) (MarketParamsOutput, error) {
	out, err := compactRecordsHarness.abi.Unpack("marketParams", data)
	outstruct := new(MarketParamsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Arg1 = *abi.ConvertType(out[1], new(uint32)).(*uint32)
	outstruct.Arg2 = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.Arg3 = *abi.ConvertType(out[3], new(uint32)).(*uint32)
	outstruct.Arg4 = *abi.ConvertType(out[4], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackTypeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a946192.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function typeOf(bytes32 r) pure returns(uint8, uint8)
func (compactRecordsHarness *CompactRecordsHarness) PackTypeOf(r [32]byte) []byte {
	enc, err := compactRecordsHarness.abi.Pack("typeOf", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTypeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a946192.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function typeOf(bytes32 r) pure returns(uint8, uint8)
func (compactRecordsHarness *CompactRecordsHarness) TryPackTypeOf(r [32]byte) ([]byte, error) {
	return compactRecordsHarness.abi.Pack("typeOf", r)
}

// TypeOfOutput serves as a container for the return parameters of contract
// method TypeOf.
type TypeOfOutput struct {
	Arg0 uint8
	Arg1 uint8
}

// UnpackTypeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5a946192.
//
// Solidity: function typeOf(bytes32 r) pure returns(uint8, uint8)
func (compactRecordsHarness *CompactRecordsHarness) UnpackTypeOf(data []byte) (TypeOfOutput, error) {
	out, err := compactRecordsHarness.abi.Unpack("typeOf", data)
	outstruct := new(TypeOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new(uint8)).(*uint8)
	outstruct.Arg1 = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	return *outstruct, nil
}

// PackWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d8b0ea4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawal(bytes32 r) pure returns(uint32, uint64, uint16, uint32, uint256)
func (compactRecordsHarness *CompactRecordsHarness) PackWithdrawal(r [32]byte) []byte {
	enc, err := compactRecordsHarness.abi.Pack("withdrawal", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d8b0ea4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawal(bytes32 r) pure returns(uint32, uint64, uint16, uint32, uint256)
func (compactRecordsHarness *CompactRecordsHarness) TryPackWithdrawal(r [32]byte) ([]byte, error) {
	return compactRecordsHarness.abi.Pack("withdrawal", r)
}

// WithdrawalOutput serves as a container for the return parameters of contract
// method Withdrawal.
type WithdrawalOutput struct {
	Arg0 uint32
	Arg1 uint64
	Arg2 uint16
	Arg3 uint32
	Arg4 *big.Int
}

// UnpackWithdrawal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d8b0ea4.
//
// Solidity: function withdrawal(bytes32 r) pure returns(uint32, uint64, uint16, uint32, uint256)
func (compactRecordsHarness *CompactRecordsHarness) UnpackWithdrawal(data []byte) (WithdrawalOutput, error) {
	out, err := compactRecordsHarness.abi.Unpack("withdrawal", data)
	outstruct := new(WithdrawalOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new(uint32)).(*uint32)
	outstruct.Arg1 = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	outstruct.Arg2 = *abi.ConvertType(out[2], new(uint16)).(*uint16)
	outstruct.Arg3 = *abi.ConvertType(out[3], new(uint32)).(*uint32)
	outstruct.Arg4 = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackWithdrawalTag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3ab5148.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalTag(address to) view returns(uint256)
func (compactRecordsHarness *CompactRecordsHarness) PackWithdrawalTag(to common.Address) []byte {
	enc, err := compactRecordsHarness.abi.Pack("withdrawalTag", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalTag is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3ab5148.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalTag(address to) view returns(uint256)
func (compactRecordsHarness *CompactRecordsHarness) TryPackWithdrawalTag(to common.Address) ([]byte, error) {
	return compactRecordsHarness.abi.Pack("withdrawalTag", to)
}

// UnpackWithdrawalTag is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3ab5148.
//
// Solidity: function withdrawalTag(address to) view returns(uint256)
func (compactRecordsHarness *CompactRecordsHarness) UnpackWithdrawalTag(data []byte) (*big.Int, error) {
	out, err := compactRecordsHarness.abi.Unpack("withdrawalTag", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWithoutForcedTradeValid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x492c2ac9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withoutForcedTradeValid(bytes32 r) pure returns(bytes32)
func (compactRecordsHarness *CompactRecordsHarness) PackWithoutForcedTradeValid(r [32]byte) []byte {
	enc, err := compactRecordsHarness.abi.Pack("withoutForcedTradeValid", r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithoutForcedTradeValid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x492c2ac9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withoutForcedTradeValid(bytes32 r) pure returns(bytes32)
func (compactRecordsHarness *CompactRecordsHarness) TryPackWithoutForcedTradeValid(r [32]byte) ([]byte, error) {
	return compactRecordsHarness.abi.Pack("withoutForcedTradeValid", r)
}

// UnpackWithoutForcedTradeValid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x492c2ac9.
//
// Solidity: function withoutForcedTradeValid(bytes32 r) pure returns(bytes32)
func (compactRecordsHarness *CompactRecordsHarness) UnpackWithoutForcedTradeValid(data []byte) ([32]byte, error) {
	out, err := compactRecordsHarness.abi.Unpack("withoutForcedTradeValid", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (compactRecordsHarness *CompactRecordsHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], compactRecordsHarness.abi.Errors["HasherFailed"].ID.Bytes()[:4]) {
		return compactRecordsHarness.UnpackHasherFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], compactRecordsHarness.abi.Errors["HasherNotDeployed"].ID.Bytes()[:4]) {
		return compactRecordsHarness.UnpackHasherNotDeployedError(raw[4:])
	}
	if bytes.Equal(raw[:4], compactRecordsHarness.abi.Errors["WithdrawalTagMismatch"].ID.Bytes()[:4]) {
		return compactRecordsHarness.UnpackWithdrawalTagMismatchError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CompactRecordsHarnessHasherFailed represents a HasherFailed error raised by the CompactRecordsHarness contract.
type CompactRecordsHarnessHasherFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HasherFailed()
func CompactRecordsHarnessHasherFailedErrorID() common.Hash {
	return common.HexToHash("0x6da4348c3edb7b4b0b5c2f8fb822342c05cac6521a14a42b93282095d3b187a3")
}

// UnpackHasherFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HasherFailed()
func (compactRecordsHarness *CompactRecordsHarness) UnpackHasherFailedError(raw []byte) (*CompactRecordsHarnessHasherFailed, error) {
	out := new(CompactRecordsHarnessHasherFailed)
	if err := compactRecordsHarness.abi.UnpackIntoInterface(out, "HasherFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CompactRecordsHarnessHasherNotDeployed represents a HasherNotDeployed error raised by the CompactRecordsHarness contract.
type CompactRecordsHarnessHasherNotDeployed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HasherNotDeployed()
func CompactRecordsHarnessHasherNotDeployedErrorID() common.Hash {
	return common.HexToHash("0x48bb0e8a185b920c2a198471224b0b94d6fb9b104f0d1bb96a23c83cb3a7c105")
}

// UnpackHasherNotDeployedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HasherNotDeployed()
func (compactRecordsHarness *CompactRecordsHarness) UnpackHasherNotDeployedError(raw []byte) (*CompactRecordsHarnessHasherNotDeployed, error) {
	out := new(CompactRecordsHarnessHasherNotDeployed)
	if err := compactRecordsHarness.abi.UnpackIntoInterface(out, "HasherNotDeployed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CompactRecordsHarnessWithdrawalTagMismatch represents a WithdrawalTagMismatch error raised by the CompactRecordsHarness contract.
type CompactRecordsHarnessWithdrawalTagMismatch struct {
	To  common.Address
	Tag *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WithdrawalTagMismatch(address to, uint256 tag)
func CompactRecordsHarnessWithdrawalTagMismatchErrorID() common.Hash {
	return common.HexToHash("0x153b467ecbabbb5f1b117bb0cd85c19ff1df887b9dbb68dfb6e211fb9ff98928")
}

// UnpackWithdrawalTagMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WithdrawalTagMismatch(address to, uint256 tag)
func (compactRecordsHarness *CompactRecordsHarness) UnpackWithdrawalTagMismatchError(raw []byte) (*CompactRecordsHarnessWithdrawalTagMismatch, error) {
	out := new(CompactRecordsHarnessWithdrawalTagMismatch)
	if err := compactRecordsHarness.abi.UnpackIntoInterface(out, "WithdrawalTagMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

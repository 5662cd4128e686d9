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

// Poseidon2HarnessMetaData contains all meta data concerning the Poseidon2Harness contract.
var Poseidon2HarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"HasherFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HasherNotDeployed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"h\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"l\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"r\",\"type\":\"uint256\"}],\"name\":\"compressAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"l\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"r\",\"type\":\"uint256\"}],\"name\":\"compressGas\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"out\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"gasUsed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"l\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256[]\",\"name\":\"r\",\"type\":\"uint256[]\"}],\"name\":\"compressMany\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"out\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[]\",\"name\":\"words\",\"type\":\"uint256[]\"}],\"name\":\"hash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"h\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"hasher\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Poseidon2Harness",
	Bin: "0x60a060405234801561000f575f5ffd5b50610018610029565b6001600160a01b031660805261007e565b5f5f60405180610dc00160405280610d9681526020016105b0610d96913990508051602082015ff091506001600160a01b03821661007a5760405163245d874560e11b815260040160405180910390fd5b5090565b6080516104ff6100b15f395f818160e3015281816101730152818161021b01528181610265015261029401526104ff5ff3fe608060405234801561000f575f5ffd5b5060043610610055575f3560e01c80630f2fa1b81461005957806313de31751461008257806340ec6e49146100a3578063bdd525c6146100b6578063ed33639f146100de575b5f5ffd5b61006c61006736600461035b565b61011d565b60405161007991906103c7565b60405180910390f35b610095610090366004610409565b6101f7565b604051908152602001610079565b6100956100b1366004610446565b61020b565b6100c96100c4366004610485565b61025e565b60408051928352602083019190915201610079565b6101057f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610079565b60608367ffffffffffffffff811115610138576101386104a5565b604051908082528060200260200182016040528015610161578160200160208202803683370190505b5090505f5b848110156101ee576101c97f00000000000000000000000000000000000000000000000000000000000000008787848181106101a4576101a46104b9565b905060200201358686858181106101bd576101bd6104b9565b905060200201356102d0565b8282815181106101db576101db6104b9565b6020908102919091010152600101610166565b50949350505050565b5f6102038484846102d0565b949350505050565b5f5f5b828110156102575761024d7f0000000000000000000000000000000000000000000000000000000000000000838686858181106101bd576101bd6104b9565b915060010161020e565b5092915050565b5f5f61028b7f000000000000000000000000000000000000000000000000000000000000000085856102d0565b505a90506102ba7f000000000000000000000000000000000000000000000000000000000000000085856102d0565b91505a6102c790826104cd565b90509250929050565b5f5f835f528260205260205f60405f885afa5f5192503d6020141690508061030b57604051631b690d2360e21b815260040160405180910390fd5b509392505050565b5f5f83601f840112610323575f5ffd5b50813567ffffffffffffffff81111561033a575f5ffd5b6020830191508360208260051b8501011115610354575f5ffd5b9250929050565b5f5f5f5f6040858703121561036e575f5ffd5b843567ffffffffffffffff811115610384575f5ffd5b61039087828801610313565b909550935050602085013567ffffffffffffffff8111156103af575f5ffd5b6103bb87828801610313565b95989497509550505050565b602080825282518282018190525f918401906040840190835b818110156103fe5783518352602093840193909201916001016103e0565b509095945050505050565b5f5f5f6060848603121561041b575f5ffd5b83356001600160a01b0381168114610431575f5ffd5b95602085013595506040909401359392505050565b5f5f60208385031215610457575f5ffd5b823567ffffffffffffffff81111561046d575f5ffd5b61047985828601610313565b90969095509350505050565b5f5f60408385031215610496575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b818103818111156104ec57634e487b7160e01b5f52601160045260245ffd5b9291505056fea164736f6c634300081c000a610d8b80600b5f395ff3007f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000016020355f35828210838210166033575f5ffd5b81810191820191017f1da4d6adfb0d0b494584f763db50a81908580a5f5e295e168b9b8d31770fac4f018281800983908009839109907f0946129a2e33b4e819707a56a3b3790eab80d0a0c7a0c63451fab2a59acc074c01828180098390800983910981810190810191017f2a39b9d5376afd35580abd6952986570867b87303b07140268794dad4b8f82ea018281800983908009839109907f27605717d1245c20c546b3c7014e5fa3e4a70e66ecd6de5d32448eea5e3069b201828180098390800983910981810190810191017f24c896cb2594e17b973653193a470ed7e771ebb09a228d638e50809c03773632018281800983908009839109907f0911096c45dd9cda0d61d783957003db6d8701c7869a919ad8042e1b7d597a49018281800983908009839109818101908390820891017f26ff6166f1e4b99e27eee6d352a8ce26f1daba01aad28021f11f38a70603afdc01828180098390800983910982826003028208918101017f008e2faedcf76d08ad6591ff90e50fea79bcb5e18cfb7d954d5b89437bf64b7e01828180098390800983910982826003028208918101017f19c9da2379b598ace3ad4d1872470830f6184a3cec71eeb632f98820eb353d7801828180098390800983910982826003028208918101017f0f7c4eb15d8b0b62a8f6a090ec9610a2ab3dfcdb57e2539aa459a40583dfe96b01828180098390800983910982826003028208918101017f18b99417dc26b5e079750eba282362d1d46900b47dd5ff809171588b08ac398301828180098390800983910982826003028208918101017f1ee044081160b3eee2d4493feab82141c73f1c054b76320a8848af08a8d91a2601828180098390800983910982826003028208918101017f29bb95c8763efd3e0e87f5df12ee8a150455b6d7a14780d19122220366c258dc01828180098390800983910982826003028208918101017f22c23eec9cb13ff8a3ee9a363d740653215e8991f7f9ec12067b4705e9a5c9fb01828180098390800983910982826003028208918101017f23589e033a31a667680c8b18926c3be09115c7644c4f905cc7deefc1690b42dc01828180098390800983910982826003028208918101017f304e99b887f2e1e92c9c0cde5f2bdd4764f60b98a219f1f0dd64ec938a6a247c01828180098390800983910982826003028208918101017f22e817865236ad3a76fbe88bbdf31fcae792f326271d53a3a493b2de7f7d8b4c01828180098390800983910982826003028208918101017f10c9efe573e86fa5b238a3f5c70a00bf02bc7dcfcc4878e026b77c881dc8b1c901828180098390800983910982826003028208918101017f0a94f16be920d85f4d6f80e745c6bddbc084f309edffef023ea283c72b89bbb601828180098390800983910982826003028208918101017f23ed72b4d01d14e3c7888fedb770494abc2c1ea81d6465b5df3da0ebcd69101a01828180098390800983910982826003028208918101017f17c5115640e4cebeed0e6cbb511ac38498df815a77cb162de8d8f1022eb6bb7401828180098390800983910982826003028208918101017f2e507fcca290d0d9cf765245750eb04773e09e1fc813959fb99680a82772e4fc01828180098390800983910982826003028208918101017f0d4a98999f5b39176af6cce65c8d12162433f055cb71d70dfc8803013292bbbf01828180098390800983910982826003028208918101017f238d8022cc09c21ab3c01261a03dc125321d829e22a7a3b7a1bd3c335eccfa2101828180098390800983910982826003028208918101017f010cd8e4c2b7051cb81dc8292e35d8e943ce365613d5b39770e454ed9f4ae16501828180098390800983910982826003028208918101017f088027e54f2a3604b11178cf0ea3c6aa861173a90fb231238e03539590ecc02701828180098390800983910982826003028208918101017f1b840f5311a2b1d4b4cd7aa7e5a9a6d161165468daa938108302b73e464819db01828180098390800983910982826003028208918101017f2bf51a5da1828a1cf9b764b1e16c15929a3a346e44198ea0cb366fcd8db78dc101828180098390800983910982826003028208918101017f206ad089d8d296ffe68a6a86767a7fe726b8872f9c7beef9d56a3a50f6f2382701828180098390800983910982826003028208918101017f24d19193171494fa1a54e0a99ac16d05eaec4b6d617c7c199fc07ff88eac550c01828180098390800983910982826003028208918101017f1dd654a2ca9d9f24f33d88246a40dfb32c40662278b9c0b995d9f9fbaf15213801828180098390800983910982826003028208918101017f0d171025c925f6e259d20ecbd3a601108c85f05b0fe7793b8acf57f3789785e401828180098390800983910982826003028208918101017f055bef435a43aec245cd99ccb0f7c8791d9e8cf2b80d95dd98b9908fed877d5501828180098390800983910982826003028208918101017f10d2ac8c61c8a2e88a2a3f42d9359a14be63d0ad4cfd9f203b75765d0e595f0e01828180098390800983910982826003028208918101017f103479710e70996982a84057ec3ba6b2254d7966ddc41e85296e3d0790dcfa5601828180098390800983910982826003028208918101017f2a366f0448fda3c05914ffb48c765da8de96f9aa340db1638225f8372921807b01828180098390800983910982826003028208918101017f16be0fb8ef62da17919b6e0378d00594153bb8899aeb686c04626b63285837a401828180098390800983910982826003028208918101017f0417038500e9d06c60abbc7f0d0d24c32dec8a0b2aa5a4d52cfd8c78a15bc37001828180098390800983910982826003028208918101017f26a6873b43ffd2ccf66ec6f4493ff9b54f4d76480bc486a3e5a0308fdd01381201828180098390800983910982826003028208918101017f0a3314a838f32630a96251914fe5ad262f3db9b2aa8aa9f7391922d36278c49801828180098390800983910982826003028208918101017f0fde0c5429a6beb07f462d4821f48f86aeadb46a090b15a044f4b59399027da401828180098390800983910982826003028208918101017f0abc2d5049972a6b9b357e4163793b0bb517e1eb535a984df11a1c89cda2c8a901828180098390800983910982826003028208918101017f0dab51d6e3ebfa661d21722fb21e55051b427a5f173f7f17735205dbb77c464e01828180098390800983910982826003028208918101017f29c36622598b511d51af6cc37123652fb21be5c2d68fb8efe9b92e70a8c1ae0301828180098390800983910982826003028208918101017f2c03ec80adac2a33ae846bc0b700d0bcc41c4096e53ac6990d6bbe7ea2fbc85c01828180098390800983910982826003028208918101017f0918fdbe9cf3a59fbdb4c6852d065105317303116017d893b8b521e3cebe1e0d01828180098390800983910982826003028208918101017f1f19ec22e69ca33f599dd13cd7e495a8176a79df4f7acf79a9d2135acabe235901828180098390800983910982826003028208918101017f1c4b037c8ae85ee1eb32b872eb7f76928c4c76b29ceb001346447b291108070401828180098390800983910982826003028208918101017f2b68900ed906616d6c826d0bde341766ba3131e04d420de5af0a69c534efd8db01828180098390800983910982826003028208918101017f20ca92aa222fcc69448f8dac653c8daaa180ff6dfb397cef723d4f0c782bc7f001828180098390800983910982826003028208918101017f10d22d05bdff6bb375276fc82057db337045a5ab7ac053941f6186289b66b2b601828180098390800983910982826003028208918101017f0b1ffdbb529367bb98f32ba45784cb435aa910b4a00636d1e5ca79e88bdd6cd901828180098390800983910982826003028208918101017f2da32b38e7984bc2ed757ec705eccf8282c7b4f82e5e515f6f89bcc33022ce9f01828180098390800983910982826003028208918101017f042593ad87403f6d2674b8b55a886725b87eb33958031e94d292cecc6abed1bb01828180098390800983910982826003028208918101017f181fa1b4d067783a19d7367bf49b3f01051faedab463a6de9308fbd6e7d419f101828180098390800983910982826003028208918101017f15aaa6cc9b7900b15683c95515c26028a8e35b00ed8a815c34927188c60de66001828180098390800983910982826003028208918101017f1bf28a93209084bbbc63234f057254c280b1a636f5a0eced6787320212f75a7a018281800983908009839109907f1cdb8c8bee5426f02cd9e229776118f156273b312f805c8e6f8c9d81a620cb6f01828180098390800983910981810190810191017f08299c0abf196d53162e0facb5f1876f516df2505cc387a0f8ea0e8760d5ca7e018281800983908009839109907f221643d205fe82778a7b7b58cb65c4962d76c0072cabd1124117269d7c710b8a01828180098390800983910981810190810191017f2d036a95f81cf49bb7a0143a28c88767f6bd10c3f74b22db487920d43343dbff018281800983908009839109907f08a50897c06aafe6ea414fb1bceca2267cd4a39486729fbc6d5d1bb7a172ebd2018281800983908009839109818101908101910150602035085f5260205ff3",
}

// Poseidon2Harness is an auto generated Go binding around an Ethereum contract.
type Poseidon2Harness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Poseidon2Harness) GetABI() abi.ABI {
	return c.abi
}

// NewPoseidon2Harness creates a new instance of Poseidon2Harness.
func NewPoseidon2Harness() *Poseidon2Harness {
	parsed, err := Poseidon2HarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Poseidon2Harness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Poseidon2Harness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompressAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13de3175.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressAt(address h, uint256 l, uint256 r) view returns(uint256)
func (poseidon2Harness *Poseidon2Harness) PackCompressAt(h common.Address, l *big.Int, r *big.Int) []byte {
	enc, err := poseidon2Harness.abi.Pack("compressAt", h, l, r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13de3175.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressAt(address h, uint256 l, uint256 r) view returns(uint256)
func (poseidon2Harness *Poseidon2Harness) TryPackCompressAt(h common.Address, l *big.Int, r *big.Int) ([]byte, error) {
	return poseidon2Harness.abi.Pack("compressAt", h, l, r)
}

// UnpackCompressAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13de3175.
//
// Solidity: function compressAt(address h, uint256 l, uint256 r) view returns(uint256)
func (poseidon2Harness *Poseidon2Harness) UnpackCompressAt(data []byte) (*big.Int, error) {
	out, err := poseidon2Harness.abi.Unpack("compressAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCompressGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbdd525c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressGas(uint256 l, uint256 r) view returns(uint256 out, uint256 gasUsed)
func (poseidon2Harness *Poseidon2Harness) PackCompressGas(l *big.Int, r *big.Int) []byte {
	enc, err := poseidon2Harness.abi.Pack("compressGas", l, r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressGas is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbdd525c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressGas(uint256 l, uint256 r) view returns(uint256 out, uint256 gasUsed)
func (poseidon2Harness *Poseidon2Harness) TryPackCompressGas(l *big.Int, r *big.Int) ([]byte, error) {
	return poseidon2Harness.abi.Pack("compressGas", l, r)
}

// CompressGasOutput serves as a container for the return parameters of contract
// method CompressGas.
type CompressGasOutput struct {
	Out     *big.Int
	GasUsed *big.Int
}

// UnpackCompressGas is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbdd525c6.
//
// Solidity: function compressGas(uint256 l, uint256 r) view returns(uint256 out, uint256 gasUsed)
func (poseidon2Harness *Poseidon2Harness) UnpackCompressGas(data []byte) (CompressGasOutput, error) {
	out, err := poseidon2Harness.abi.Unpack("compressGas", data)
	outstruct := new(CompressGasOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Out = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.GasUsed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackCompressMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f2fa1b8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressMany(uint256[] l, uint256[] r) view returns(uint256[] out)
func (poseidon2Harness *Poseidon2Harness) PackCompressMany(l []*big.Int, r []*big.Int) []byte {
	enc, err := poseidon2Harness.abi.Pack("compressMany", l, r)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressMany is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f2fa1b8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressMany(uint256[] l, uint256[] r) view returns(uint256[] out)
func (poseidon2Harness *Poseidon2Harness) TryPackCompressMany(l []*big.Int, r []*big.Int) ([]byte, error) {
	return poseidon2Harness.abi.Pack("compressMany", l, r)
}

// UnpackCompressMany is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0f2fa1b8.
//
// Solidity: function compressMany(uint256[] l, uint256[] r) view returns(uint256[] out)
func (poseidon2Harness *Poseidon2Harness) UnpackCompressMany(data []byte) ([]*big.Int, error) {
	out, err := poseidon2Harness.abi.Unpack("compressMany", data)
	if err != nil {
		return *new([]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	return out0, nil
}

// PackHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40ec6e49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hash(uint256[] words) view returns(uint256 h)
func (poseidon2Harness *Poseidon2Harness) PackHash(words []*big.Int) []byte {
	enc, err := poseidon2Harness.abi.Pack("hash", words)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40ec6e49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hash(uint256[] words) view returns(uint256 h)
func (poseidon2Harness *Poseidon2Harness) TryPackHash(words []*big.Int) ([]byte, error) {
	return poseidon2Harness.abi.Pack("hash", words)
}

// UnpackHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x40ec6e49.
//
// Solidity: function hash(uint256[] words) view returns(uint256 h)
func (poseidon2Harness *Poseidon2Harness) UnpackHash(data []byte) (*big.Int, error) {
	out, err := poseidon2Harness.abi.Unpack("hash", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed33639f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hasher() view returns(address)
func (poseidon2Harness *Poseidon2Harness) PackHasher() []byte {
	enc, err := poseidon2Harness.abi.Pack("hasher")
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
func (poseidon2Harness *Poseidon2Harness) TryPackHasher() ([]byte, error) {
	return poseidon2Harness.abi.Pack("hasher")
}

// UnpackHasher is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xed33639f.
//
// Solidity: function hasher() view returns(address)
func (poseidon2Harness *Poseidon2Harness) UnpackHasher(data []byte) (common.Address, error) {
	out, err := poseidon2Harness.abi.Unpack("hasher", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (poseidon2Harness *Poseidon2Harness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], poseidon2Harness.abi.Errors["HasherFailed"].ID.Bytes()[:4]) {
		return poseidon2Harness.UnpackHasherFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], poseidon2Harness.abi.Errors["HasherNotDeployed"].ID.Bytes()[:4]) {
		return poseidon2Harness.UnpackHasherNotDeployedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// Poseidon2HarnessHasherFailed represents a HasherFailed error raised by the Poseidon2Harness contract.
type Poseidon2HarnessHasherFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HasherFailed()
func Poseidon2HarnessHasherFailedErrorID() common.Hash {
	return common.HexToHash("0x6da4348c3edb7b4b0b5c2f8fb822342c05cac6521a14a42b93282095d3b187a3")
}

// UnpackHasherFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HasherFailed()
func (poseidon2Harness *Poseidon2Harness) UnpackHasherFailedError(raw []byte) (*Poseidon2HarnessHasherFailed, error) {
	out := new(Poseidon2HarnessHasherFailed)
	if err := poseidon2Harness.abi.UnpackIntoInterface(out, "HasherFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Poseidon2HarnessHasherNotDeployed represents a HasherNotDeployed error raised by the Poseidon2Harness contract.
type Poseidon2HarnessHasherNotDeployed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HasherNotDeployed()
func Poseidon2HarnessHasherNotDeployedErrorID() common.Hash {
	return common.HexToHash("0x48bb0e8a185b920c2a198471224b0b94d6fb9b104f0d1bb96a23c83cb3a7c105")
}

// UnpackHasherNotDeployedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HasherNotDeployed()
func (poseidon2Harness *Poseidon2Harness) UnpackHasherNotDeployedError(raw []byte) (*Poseidon2HarnessHasherNotDeployed, error) {
	out := new(Poseidon2HarnessHasherNotDeployed)
	if err := poseidon2Harness.abi.UnpackIntoInterface(out, "HasherNotDeployed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

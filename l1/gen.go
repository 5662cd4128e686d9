package l1

// The contracts are compiled by solc-js 0.8.28 (npm package "solc", pinned with its dependencies in
// solc/package-lock.json and installed into solc/node_modules) into artifacts/, and abigen turns the artifacts
// into Go bindings. Artifacts and bindings are committed: building and testing need neither node nor npm.

//go:generate go run github.com/perpx/perpx/cmd/perpx keys export-solidity --batch-size 2 --out contracts/Verifier2.sol
//go:generate go run ./internal/poseidon2gen -out contracts/Poseidon2.sol
//go:generate npm ci --prefix solc --no-audit --no-fund --loglevel=error
//go:generate node solc/compile.js
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --pkg bindings --type Rollup --abi artifacts/Rollup.abi --bin artifacts/Rollup.bin --out bindings/rollup.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --pkg bindings --type TestUSDC --abi artifacts/TestUSDC.abi --bin artifacts/TestUSDC.bin --out bindings/testusdc.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --pkg bindings --type IVerifier --abi artifacts/IVerifier.abi --out bindings/iverifier.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --pkg testbindings --type RollupHarness --abi artifacts/test/RollupHarness.abi --bin artifacts/test/RollupHarness.bin --out testbindings/rollupharness.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --pkg testbindings --type MockVerifier --abi artifacts/test/MockVerifier.abi --bin artifacts/test/MockVerifier.bin --out testbindings/mockverifier.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --pkg testbindings --type Poseidon2Harness --abi artifacts/test/Poseidon2Harness.abi --bin artifacts/test/Poseidon2Harness.bin --out testbindings/poseidon2harness.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --pkg testbindings --type CompactRecordsHarness --abi artifacts/test/CompactRecordsHarness.abi --bin artifacts/test/CompactRecordsHarness.bin --out testbindings/compactrecordsharness.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --pkg testbindings --type ReentrantToken --abi artifacts/test/ReentrantToken.abi --bin artifacts/test/ReentrantToken.bin --out testbindings/reentranttoken.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --pkg testbindings --type CommitForwarder --abi artifacts/test/CommitForwarder.abi --bin artifacts/test/CommitForwarder.bin --out testbindings/commitforwarder.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --pkg testbindings --type ScrambledOperator --abi artifacts/test/ScrambledOperator.abi --bin artifacts/test/ScrambledOperator.bin --out testbindings/scrambledoperator.go

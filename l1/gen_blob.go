package l1

// The blob-claim check's test harness (contracts/test/BlobCheckHarness.sol, compiled by node solc/compile.js
// with the other contracts, see gen.go).

//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --pkg testbindings --type BlobCheckHarness --abi artifacts/test/BlobCheckHarness.abi --bin artifacts/test/BlobCheckHarness.bin --out testbindings/blobcheckharness.go
//go:generate go run github.com/ethereum/go-ethereum/cmd/abigen --v2 --pkg testbindings --type SubmissionHarness --abi artifacts/test/SubmissionHarness.abi --bin artifacts/test/SubmissionHarness.bin --out testbindings/submissionharness.go

// Package l1 is the Ethereum side of perpx: the Rollup contract's Go API and its build.
//
// The contracts live in contracts/ (Rollup.sol, TestUSDC.sol, IVerifier.sol, the gnark-exported VerifierN.sol
// of each batch size N, and test-only contracts in contracts/test/). `go generate ./l1/...` compiles them with
// solc-js 0.8.28 (pinned in solc/package-lock.json) into artifacts/ and runs abigen into bindings/ and
// testbindings/; all of these are committed, so building and testing need neither node nor npm.
//
// The Rollup contract (docs/PROTOCOL.md §6–7):
//
//   - deposit(pubKey, amount) creates the next account (ids from 0, owner = caller) and depositTo(id, amount)
//     tops one up. Each appends keccak256 of the 64-byte Deposit record to the deposit queue and logs
//     DepositQueued with every field of the record.
//   - commitBatch(newRoot, timestamp, pubdata, proof), operator only, verifies the Groth16 proof of the
//     batch size len(pubdata)/64 against the public input of state.PublicInput, consumes one queue entry per
//     Deposit record in order, credits each Withdrawal record to its L1 address and stores the new root.
//   - withdraw() pays the caller's credited withdrawals (pull pattern).
//
// The Go side: Deploy deploys the token (a TestUSDC unless one is given), the verifiers and the Rollup;
// Rollup wraps a deployed contract (deposits, withdrawals, status, the next batch header); Submitter commits
// batches as the operator; Watcher turns DepositQueued logs into state.DepositRecords in queue order, a
// configurable number of confirmations behind the head, from a resumable Cursor; Sim is an in-process chain on
// go-ethereum's simulated backend (ethclient/simulated) that mines a block per transaction.
//
// Reverts are returned as *RevertError, which names the contract's custom error and matches ErrReverted.
//
// Concurrency: Rollup, Token and Submitter are safe for concurrent use as far as the backend is; transactions
// sent concurrently from one account need the caller to assign nonces. A Watcher has one user at a time.
package l1

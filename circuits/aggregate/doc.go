// Package aggregate verifies leaf Groth16 proofs inside a BN254 Groth16 circuit (gnark std/recursion/groth16,
// BN254 in BN254), so that one proof on L1 settles many leaves.
//
// Every proof the package verifies states the same thing: a Statement, NbChains pairs (In, Out) of field
// elements — the state commitment before and after, the last batch number before and the last one covered, the
// blob records accumulator before and after, the calldata accumulator before and after. Its one public input is
// Sponge(TagLeaf, In_0, Out_0, …, In_3, Out_3) (package blob's width-8 Poseidon2 sponge). Joining proofs is the
// same rule for every pair: proof i's Out must equal proof i+1's In, so the state roots chain with no gap, the
// batches follow one another and the records concatenate in order. The rule does not depend on what a leaf does
// inside, so the aggregation is generic over the leaf circuit, and a Node's statement has the leaf's layout: nodes
// verify nodes, forming a tree.
//
// The Root is the node L1 sees: it also binds the submission's blob (package blob) to the records accumulator
// and exposes one public input, SHA-256 of the statement and the blob claim reduced mod 2^253, which the contract
// recomputes with the SHA-256 precompile. docs/PROTOCOL.md ("Settlement at scale") states the layout.
package aggregate

// Package blob binds the records of a submission, packed into an EIP-4844 blob, to a proof.
//
// The records bytes are packed 31 bytes to a blob field element (byte 0 of every 32-byte word is zero, so every
// word is a canonical BLS12-381 scalar). The circuit gadget hashes the words with Poseidon2 (a width-8 sponge),
// derives a challenge point z from that hash and the blob's versioned hash, and proves y = p(z) for the blob
// polynomial p in evaluation form with the barycentric formula over emulated BLS12-381 Fr. The contract reads the
// versioned hash with BLOBHASH and checks (versioned hash, z, y, commitment, proof) with the point-evaluation
// precompile, so the records the circuit processed are exactly the blob the transaction carried.
//
// The Go twin (Pack, RecordsHash, Challenge, Evaluate) computes the same values natively; its tests check them
// against go-ethereum's crypto/kzg4844. docs/PROTOCOL.md ("Settlement at scale") states the rules.
package blob

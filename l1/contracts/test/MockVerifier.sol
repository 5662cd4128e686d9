// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IVerifier} from "../IVerifier.sol";

/// @title MockVerifier
/// @notice Test-only stand-in for a gnark verifier: a "proof" is the 32-byte big-endian public input it proves,
/// so a test that passes the input it computed in Go checks the contract computed the same one.
contract MockVerifier is IVerifier {
    /// @notice The same error the gnark verifier reverts with.
    error ProofInvalid();

    function verifyProof(bytes calldata proof, uint256[1] calldata input) external pure {
        if (proof.length != 32 || uint256(bytes32(proof)) != input[0]) revert ProofInvalid();
    }
}

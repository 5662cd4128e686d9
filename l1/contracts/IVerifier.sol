// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IVerifier
/// @notice The ABI of the Groth16 verifiers gnark v0.16.1 exports with `vk.ExportSolidity` (one per batch size).
/// @dev `verifyProof` reverts when the proof does not verify; it returns nothing.
interface IVerifier {
    /// @param proof The proof as `MarshalSolidity` serializes it (256 bytes without commitments).
    /// @param input The one public input, the batch commitment of docs/PROTOCOL.md §7.
    function verifyProof(bytes calldata proof, uint256[1] calldata input) external view;
}

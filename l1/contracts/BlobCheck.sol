// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title BlobCheck
/// @notice Checks an EIP-4844 blob claim of a submission: the transaction carries blob `index` (BLOBHASH), and
/// the blob's polynomial takes the value `y` at the point `z` (the point-evaluation precompile at 0x0a, with the
/// KZG commitment and opening proof). The aggregation circuit (circuits/aggregate, docs/PROTOCOL.md §11) proves
/// that z and y are derived from the records it processed, so a passing check binds those records to the blob.
library BlobCheck {
    /// @notice The point-evaluation precompile (EIP-4844).
    address internal constant POINT_EVALUATION = address(0x0a);
    /// @notice FIELD_ELEMENTS_PER_BLOB, the first word the precompile returns.
    uint256 internal constant FIELD_ELEMENTS_PER_BLOB = 4096;
    /// @notice BLS12-381's scalar field modulus, the second word the precompile returns.
    uint256 internal constant BLS_MODULUS =
        52435875175126190479447740508185965837690552500527637822603658699938581184513;
    /// @notice Length of a KZG commitment and of a KZG proof (compressed BLS12-381 G1 points).
    uint256 internal constant G1_LENGTH = 48;

    /// @notice The transaction carries no blob at `index`.
    error NoBlob(uint256 index);
    /// @notice A commitment or proof that is not 48 bytes long.
    error BadKzgLength(uint256 commitmentLength, uint256 proofLength);
    /// @notice The precompile refused the claim: another blob's commitment, a wrong point, value or proof.
    error PointEvaluationFailed(bytes32 versionedHash);

    /// @notice Reverts unless blob `index` of this transaction opens to `y` at `z`; returns its versioned hash.
    function check(uint256 index, bytes32 z, bytes32 y, bytes calldata commitment, bytes calldata proof)
        internal
        view
        returns (bytes32 versionedHash)
    {
        versionedHash = blobhash(index);
        if (versionedHash == bytes32(0)) revert NoBlob(index);
        if (commitment.length != G1_LENGTH || proof.length != G1_LENGTH) {
            revert BadKzgLength(commitment.length, proof.length);
        }
        (bool ok, bytes memory out) =
            POINT_EVALUATION.staticcall(abi.encodePacked(versionedHash, z, y, commitment, proof));
        if (!ok || out.length != 64) revert PointEvaluationFailed(versionedHash);
        (uint256 n, uint256 modulus) = abi.decode(out, (uint256, uint256));
        if (n != FIELD_ELEMENTS_PER_BLOB || modulus != BLS_MODULUS) revert PointEvaluationFailed(versionedHash);
    }
}

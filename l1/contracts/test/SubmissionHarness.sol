// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {BlobCheck} from "../BlobCheck.sol";
import {IVerifier} from "../IVerifier.sol";

/// @title SubmissionHarness
/// @notice Test-only: the L1 side of an aggregated submission (docs/PROTOCOL.md §11.3) without the Rollup's
/// bookkeeping: checks the blob claim with BlobCheck, recomputes the Root's commitment from the chained pairs
/// and the claim, verifies the aggregated proof, and reports the gas of each part.
contract SubmissionHarness {
    /// @notice One accepted submission: its commitment and the gas of the blob check and of the verification.
    event Submitted(uint256 commitment, uint256 blobCheckGas, uint256 verifyGas);

    /// @notice The aggregation Root's verifier.
    IVerifier public immutable verifier;

    constructor(IVerifier verifier_) {
        verifier = verifier_;
    }

    /// @param pairs state In, state Out, batch In, batch Out, calldata In, calldata Out (§11.2).
    function submit(
        bytes32[6] calldata pairs,
        uint256 blobIndex,
        bytes32 z,
        bytes32 y,
        bytes calldata kzgCommitment,
        bytes calldata kzgProof,
        bytes calldata proof
    ) external {
        uint256 g0 = gasleft();
        bytes32 vh = BlobCheck.check(blobIndex, z, y, kzgCommitment, kzgProof);
        uint256 g1 = gasleft();
        uint256 commitment = uint256(sha256(abi.encodePacked(pairs, vh, z, y))) & ((1 << 253) - 1);
        verifier.verifyProof(proof, [commitment]);
        emit Submitted(commitment, g0 - g1, g1 - gasleft());
    }
}

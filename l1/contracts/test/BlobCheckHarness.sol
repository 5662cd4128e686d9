// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {BlobCheck} from "../BlobCheck.sol";

/// @title BlobCheckHarness
/// @notice Test-only: runs BlobCheck.check in a transaction and reports the gas the check used.
contract BlobCheckHarness {
    /// @notice One passing check: the blob's versioned hash and the gas BlobCheck.check used.
    event Checked(bytes32 versionedHash, uint256 gasUsed);

    function check(uint256 index, bytes32 z, bytes32 y, bytes calldata commitment, bytes calldata proof) external {
        uint256 before = gasleft();
        bytes32 vh = BlobCheck.check(index, z, y, commitment, proof);
        emit Checked(vh, before - gasleft());
    }
}

// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "../IERC20.sol";
import {Rollup} from "../Rollup.sol";

/// @title RollupHarness
/// @notice Test-only: exposes Rollup's internal checks, and the record walk without a proof.
contract RollupHarness is Rollup {
    constructor(
        IERC20 token_,
        address operator_,
        uint256 genesisRoot,
        bytes32 configHash_,
        uint256[] memory batchSizes,
        address[] memory batchVerifiers
    ) Rollup(token_, operator_, genesisRoot, configHash_, batchSizes, batchVerifiers) {}

    /// @notice Rollup._publicInput.
    function publicInput(
        bytes32 oldRoot,
        uint256 newRoot,
        uint64 batchNumber,
        uint64 timestamp,
        bytes32 configHash_,
        bytes calldata pubdata
    ) external pure returns (uint256) {
        return _publicInput(oldRoot, newRoot, batchNumber, timestamp, configHash_, pubdata);
    }

    /// @notice Rollup._applyRecords from the stored deposit head, which it advances.
    function applyRecords(bytes calldata pubdata) external {
        batchState.depositHead = _applyRecords(pubdata, batchState.depositHead);
    }

    /// @notice Rollup._checkPubKey.
    function checkPubKey(bytes32 pubKey) external view {
        _checkPubKey(pubKey);
    }

    /// @notice Rollup._checkTimestamp.
    function checkTimestamp(uint64 timestamp, uint64 last, uint256 blockTimestamp) external pure {
        _checkTimestamp(timestamp, last, blockTimestamp);
    }

    /// @notice Sets the number of accounts, to reach MAX_ACCOUNTS without 2^24 deposits.
    function setAccountCount(uint32 accountCount) external {
        queueState.accountCount = accountCount;
    }
}

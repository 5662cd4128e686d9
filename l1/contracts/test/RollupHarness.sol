// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "../IERC20.sol";
import {Rollup} from "../Rollup.sol";
import {RollupChecks} from "../RollupChecks.sol";

/// @title RollupHarness
/// @notice Test-only: exposes Rollup's internal checks and the record walk without a proof, and lets tests set
/// the state root and freeze at once, to reach states the circuits cannot produce (a negative account, funding).
contract RollupHarness is Rollup {
    constructor(
        IERC20 token_,
        Roles memory roles,
        GenesisState memory genesis,
        bytes32 configHash_,
        uint256[] memory batchSizes,
        address[] memory batchVerifiers,
        RollupChecks checks_
    ) Rollup(token_, roles, genesis, configHash_, batchSizes, batchVerifiers, checks_) {}

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

    /// @notice Rollup._applyRecords from the stored queue head, which it advances, with the withdrawal addresses
    /// commitBatch would be given.
    function applyRecords(bytes calldata pubdata, address[] calldata withdrawalAddresses) external {
        batchState.queueHead = _applyRecords(pubdata[MARKET_RECORD_SIZE:], withdrawalAddresses, batchState.queueHead);
    }

    /// @notice The key check deposit runs (RollupChecks.checkPubKey).
    function checkPubKey(bytes32 pubKey) external view {
        checks.checkPubKey(pubKey);
    }

    /// @notice Rollup._checkTimestamp.
    function checkTimestamp(uint64 timestamp, uint64 last, uint256 blockTimestamp) external pure {
        _checkTimestamp(timestamp, last, blockTimestamp);
    }

    /// @notice Rollup._markReclaimed on each queue index in turn (no payout, no checks).
    function markReclaimed(uint64[] calldata queueIndices) external {
        for (uint256 i; i < queueIndices.length; ++i) {
            _markReclaimed(queueIndices[i]);
        }
    }

    /// @notice Appends `n` placeholder deposit entries (hash bits 0), for markReclaimed to reclaim.
    function pushPlaceholders(uint64 n) external {
        QueueState memory q = queueState;
        for (uint64 i; i < n; ++i) {
            queue[q.queueCount + i] = (uint256(RECORD_DEPOSIT) << ENTRY_TYPE_SHIFT) | uint64(block.timestamp);
        }
        q.queueCount += n;
        queueState = q;
    }

    /// @notice Sets the number of accounts, to reach L2_ACCOUNT_BASE without 2^23 deposits.
    function setAccountCount(uint32 accountCount) external {
        queueState.accountCount = accountCount;
    }

    /// @notice Sets the state root, as if a batch had committed it.
    function setStateRoot(uint256 root) external {
        stateRoot = root;
    }

    /// @notice Freezes at once, without an overdue forced request.
    function freezeNow() external {
        batchState.frozenAt = uint64(block.timestamp);
        queueState.frozen = true;
    }
}

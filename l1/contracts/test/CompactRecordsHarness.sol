// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Poseidon2} from "../Poseidon2.sol";
import {CompactRecords} from "../CompactRecords.sol";

/// @title CompactRecordsHarness
/// @notice Test-only: exposes the CompactRecords library with a deployed Poseidon2 hasher.
contract CompactRecordsHarness {
    address public immutable hasher;

    constructor() {
        hasher = Poseidon2.deploy();
    }

    /// @notice CompactRecords.typeOf.
    function typeOf(bytes32 r) external pure returns (uint8, uint8) {
        return CompactRecords.typeOf(r);
    }

    /// @notice CompactRecords.depositRecord with the harness's hasher.
    function depositRecord(uint32 accountId, uint256 amount, address owner, bytes32 pubKey) external view returns (bytes32) {
        return CompactRecords.depositRecord(hasher, accountId, amount, owner, pubKey);
    }

    /// @notice CompactRecords.withdrawalTag with the harness's hasher.
    function withdrawalTag(address to) external view returns (uint256) {
        return CompactRecords.withdrawalTag(hasher, to);
    }

    /// @notice CompactRecords.forcedTradeTag with the harness's hasher.
    function forcedTradeTag(address addrA, address addrB) external view returns (uint256) {
        return CompactRecords.forcedTradeTag(hasher, addrA, addrB);
    }

    /// @notice CompactRecords.checkWithdrawalAddress with the harness's hasher.
    function checkWithdrawalAddress(bytes32 r, address to) external view {
        CompactRecords.checkWithdrawalAddress(hasher, r, to);
    }

    /// @notice CompactRecords.deposit.
    function deposit(bytes32 r) external pure returns (uint32, uint64, uint256) {
        return CompactRecords.deposit(r);
    }

    /// @notice CompactRecords.withdrawal.
    function withdrawal(bytes32 r) external pure returns (uint32, uint64, uint16, uint32, uint256) {
        return CompactRecords.withdrawal(r);
    }

    /// @notice CompactRecords.forcedWithdrawal.
    function forcedWithdrawal(bytes32 r) external pure returns (uint32, uint64, address, bool) {
        return CompactRecords.forcedWithdrawal(r);
    }

    /// @notice CompactRecords.forcedTrade.
    function forcedTrade(bytes32 r) external pure returns (uint32, uint32, uint64, uint64, bool, bool, uint256) {
        return CompactRecords.forcedTrade(r);
    }

    /// @notice CompactRecords.withoutForcedTradeValid.
    function withoutForcedTradeValid(bytes32 r) external pure returns (bytes32) {
        return CompactRecords.withoutForcedTradeValid(r);
    }

    /// @notice CompactRecords.marketParams.
    function marketParams(bytes32 r) external pure returns (uint8, uint32, uint32, uint32, uint32) {
        return CompactRecords.marketParams(r);
    }

    /// @notice The gas of one deposit tag (one Poseidon2 compression through the hasher), the call included.
    function depositTagGas() external view returns (uint256 gasUsed) {
        CompactRecords.depositTag(hasher, address(1), bytes32(uint256(2))); // warms the hasher's account
        gasUsed = gasleft();
        CompactRecords.depositTag(hasher, address(1), bytes32(uint256(2)));
        gasUsed -= gasleft();
    }
}

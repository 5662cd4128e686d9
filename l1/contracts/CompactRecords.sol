// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Poseidon2} from "./Poseidon2.sol";

/// @title CompactRecords
/// @notice The 32-byte compact pubdata records of docs/PROTOCOL.md §6.1, for the record types L1 acts on:
/// building the Deposit record a deposit queues (with its Poseidon2 tag), the tags of Withdrawal and ForcedTrade
/// records, and decoding each field L1 reads. Rollup.sol builds its queued Deposit records and checks withdrawal
/// addresses with it; the harness exposes every function to the differential tests.
library CompactRecords {
    uint256 internal constant COMPACT_RECORD_SIZE = 32;
    uint8 internal constant RECORD_DEPOSIT = 1;
    uint8 internal constant RECORD_WITHDRAWAL = 3;
    uint8 internal constant RECORD_FORCED_WITHDRAWAL = 4;
    uint8 internal constant RECORD_FORCED_TRADE = 8;
    uint8 internal constant RECORD_MARKET_PARAMS = 9;
    /// @dev Tag widths in bits: a tag is the low bits of a Poseidon2 compression.
    uint256 internal constant DEPOSIT_TAG_BITS = 168;
    uint256 internal constant WITHDRAWAL_TAG_BITS = 128;
    uint256 internal constant FORCED_TRADE_TAG_BITS = 96;
    /// @dev Bit 0 of a ForcedTrade record's byte 19 (its valid bit), counted from the record's low end.
    uint256 internal constant FORCED_TRADE_VALID_BIT = 96;

    /// @notice A Withdrawal record's tag does not bind the address commitBatch was given for it.
    error WithdrawalTagMismatch(address to, uint256 tag);

    /// @notice The record's type (high nibble of byte 0) and market (low nibble).
    function typeOf(bytes32 r) internal pure returns (uint8 recordType, uint8 market) {
        uint8 b0 = uint8(r[0]);
        return (b0 >> 4, b0 & 0x0f);
    }

    /// @notice The low `bits` bits of x.
    function low(uint256 x, uint256 bits) private pure returns (uint256) {
        return x & ((1 << bits) - 1);
    }

    /// @notice Bytes [from, from + n) of r as a big-endian integer.
    function field(bytes32 r, uint256 from, uint256 n) private pure returns (uint256) {
        return low(uint256(r) >> (8 * (32 - from - n)), 8 * n);
    }

    /// @notice The deposit tag: the low 168 bits of C(y, owner + xOdd · 2^160), y and xOdd the compressed key's
    /// low 255 bits and bit 255.
    function depositTag(address hasher, address owner, bytes32 pubKey) internal view returns (uint256) {
        uint256 k = uint256(pubKey);
        uint256 y = low(k, 255);
        uint256 ownerWord = uint256(uint160(owner)) | ((k >> 255) << 160);
        return low(Poseidon2.compress(hasher, y, ownerWord), DEPOSIT_TAG_BITS);
    }

    /// @notice The compact Deposit record a deposit of `amount` (< 2^56) to `accountId` (< 2^24) queues.
    function depositRecord(address hasher, uint32 accountId, uint256 amount, address owner, bytes32 pubKey)
        internal
        view
        returns (bytes32)
    {
        uint256 r = (uint256(RECORD_DEPOSIT) << 252) | (uint256(accountId) << 224) | (amount << 168);
        return bytes32(r | depositTag(hasher, owner, pubKey));
    }

    /// @notice The withdrawal tag: the low 128 bits of C(address, 0).
    function withdrawalTag(address hasher, address to) internal view returns (uint256) {
        return low(Poseidon2.compress(hasher, uint256(uint160(to)), 0), WITHDRAWAL_TAG_BITS);
    }

    /// @notice The forced trade tag: the low 96 bits of C(addrA, addrB).
    function forcedTradeTag(address hasher, address addrA, address addrB) internal view returns (uint256) {
        return low(Poseidon2.compress(hasher, uint256(uint160(addrA)), uint256(uint160(addrB))), FORCED_TRADE_TAG_BITS);
    }

    /// @notice A Deposit record's account id, amount and tag.
    function deposit(bytes32 r) internal pure returns (uint32 accountId, uint64 amount, uint256 tag) {
        return (uint32(field(r, 1, 3)), uint64(field(r, 4, 7)), field(r, 11, 21));
    }

    /// @notice A Withdrawal record's account id, amount, slot, nonce and tag.
    function withdrawal(bytes32 r)
        internal
        pure
        returns (uint32 accountId, uint64 amount, uint16 slot, uint32 nonce, uint256 tag)
    {
        uint256 sn = field(r, 11, 5);
        return (uint32(field(r, 1, 3)), uint64(field(r, 4, 7)), uint16(sn >> 24), uint32(low(sn, 24)), field(r, 16, 16));
    }

    /// @notice Reverts with WithdrawalTagMismatch unless `to` is the address a Withdrawal record's tag binds.
    function checkWithdrawalAddress(address hasher, bytes32 r, address to) internal view {
        uint256 tag = field(r, 16, 16);
        if (withdrawalTag(hasher, to) != tag) revert WithdrawalTagMismatch(to, tag);
    }

    /// @notice A ForcedWithdrawal record's account id, amount, address and valid flag.
    function forcedWithdrawal(bytes32 r)
        internal
        pure
        returns (uint32 accountId, uint64 amount, address to, bool valid)
    {
        return (uint32(field(r, 1, 3)), uint64(field(r, 4, 7)), address(uint160(field(r, 11, 20))), uint8(r[31]) == 1);
    }

    /// @notice A ForcedTrade record's accounts, size, price, side of A, valid flag and tag.
    function forcedTrade(bytes32 r)
        internal
        pure
        returns (uint32 accountA, uint32 accountB, uint64 size, uint64 price, bool aIsBuy, bool valid, uint256 tag)
    {
        uint8 flags = uint8(r[19]);
        return (uint32(field(r, 1, 3)), uint32(field(r, 4, 3)), uint64(field(r, 7, 6)), uint64(field(r, 13, 6)),
            flags & 2 != 0, flags & 1 != 0, field(r, 20, 12));
    }

    /// @notice The record with a ForcedTrade's valid bit cleared (what its queue entry hashes).
    function withoutForcedTradeValid(bytes32 r) internal pure returns (bytes32) {
        return bytes32(uint256(r) & ~(uint256(1) << FORCED_TRADE_VALID_BIT));
    }

    /// @notice A MarketParams record's status and fractions.
    function marketParams(bytes32 r)
        internal
        pure
        returns (uint8 status, uint32 imfPpm, uint32 mmfPpm, uint32 tierImfPpm, uint32 tierMmfPpm)
    {
        return (uint8(r[1]), uint32(field(r, 2, 3)), uint32(field(r, 5, 3)), uint32(field(r, 8, 3)), uint32(field(r, 11, 3)));
    }
}

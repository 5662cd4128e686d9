// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Poseidon2} from "./Poseidon2.sol";

/// @title EscapeHasher
/// @notice The Poseidon2 hashing of Rollup.escape() (docs/PROTOCOL.md §2, §8): an account leaf's hash, its path
/// in the 4-ary account tree and the state root, computed with the Rollup's hashers. It holds no state; the
/// Rollup creates it in its constructor and calls it, which keeps the Rollup's runtime code below the EIP-170
/// limit. Every word it hashes must be below MODULUS: it reverts with NotInField, as the Rollup does, on the
/// first that is not.
contract EscapeHasher {
    /// @notice Words of an account leaf's preimage (Rollup.LEAF_WORDS).
    uint256 internal constant LEAF_WORDS = 12;
    /// @notice Levels of the 4-ary account tree (Rollup.ACCOUNT_TREE_LEVELS).
    uint256 internal constant ACCOUNT_TREE_LEVELS = 12;
    /// @notice Siblings of an account's Merkle path, three a level (Rollup.ACCOUNT_PROOF_LEN).
    uint256 internal constant ACCOUNT_PROOF_LEN = 3 * ACCOUNT_TREE_LEVELS;
    /// @notice Words of the markets table (Rollup.MARKET_WORDS).
    uint256 internal constant MARKET_WORDS = 16;

    /// @notice The width-2 Poseidon2 hasher (Rollup.hasher).
    address public immutable hasher;
    /// @notice The width-4 Poseidon2 hasher (Rollup.hasher4).
    address public immutable hasher4;

    /// @notice A word is not below the field modulus (the Rollup's error of the same name).
    error NotInField(uint256 word);
    /// @notice A height above the accounts root's, ACCOUNT_TREE_LEVELS, was asked for.
    error HeightOutOfRange(uint256 height);

    /// @notice Uses the given hashers.
    constructor(address hasher_, address hasher4_) {
        hasher = hasher_;
        hasher4 = hasher4_;
    }

    /// @notice The node at `height` on accountId's path: the leaf H4(leaf) (docs/PROTOCOL.md §2, §3.1) hashed
    /// with the siblings of the levels below `height`. It checks every leaf word and every sibling, those above
    /// `height` included, below MODULUS.
    /// @param accountId The account.
    /// @param leaf The leaf preimage.
    /// @param siblings The account's 4-ary Merkle path, leaf level first, three siblings a level.
    /// @param height The height of the node returned, at most ACCOUNT_TREE_LEVELS (the accounts root).
    function node(
        uint32 accountId,
        uint256[LEAF_WORDS] calldata leaf,
        uint256[ACCOUNT_PROOF_LEN] calldata siblings,
        uint256 height
    ) external view returns (uint256) {
        if (height > ACCOUNT_TREE_LEVELS) revert HeightOutOfRange(height);
        uint256 leafHash = _leafHash(leaf);
        uint256 above;
        assembly ("memory-safe") {
            above := add(siblings, mul(0x60, height))
        }
        _checkWords(above, ACCOUNT_PROOF_LEN - 3 * height);
        return _pathNode(accountId, leafHash, siblings, 0, height);
    }

    /// @notice The node at height `to` on accountId's path, from the node `start` at height `from` and the
    /// siblings of the levels from..to-1, each checked below MODULUS.
    function pathNode(
        uint32 accountId,
        uint256 start,
        uint256[ACCOUNT_PROOF_LEN] calldata siblings,
        uint256 from,
        uint256 to
    ) external view returns (uint256) {
        if (to > ACCOUNT_TREE_LEVELS) revert HeightOutOfRange(to);
        return _pathNode(accountId, start, siblings, from, to);
    }

    /// @notice The state root H(accountsRoot, H(markets), globals) (docs/PROTOCOL.md §3), after checking every
    /// markets word and the globals below MODULUS.
    function stateRoot(uint256 accountsRoot, uint256[MARKET_WORDS] calldata markets, uint256 globals)
        external
        view
        returns (uint256)
    {
        address h = hasher;
        uint256 marketsHash;
        for (uint256 i; i < MARKET_WORDS; ++i) {
            _checkWord(markets[i]);
            marketsHash = Poseidon2.compress(h, marketsHash, markets[i]);
        }
        _checkWord(globals);
        return Poseidon2.compress(h, Poseidon2.compress(h, Poseidon2.compress(h, 0, accountsRoot), marketsHash), globals);
    }

    /// @dev The account leaf H4(leaf) (docs/PROTOCOL.md §2, §3.1): four width-4 compressions, three words a step,
    /// each word checked below MODULUS first.
    function _leafHash(uint256[LEAF_WORDS] calldata leaf) private view returns (uint256 h) {
        address h4 = hasher4;
        for (uint256 i; i < LEAF_WORDS; i += 3) {
            uint256 at;
            assembly ("memory-safe") {
                at := add(leaf, shl(5, i))
            }
            _checkWords(at, 3);
            uint256 m = _scratch();
            assembly ("memory-safe") {
                mstore(m, h)
                calldatacopy(add(m, 0x20), at, 0x60)
            }
            h = _compress4(h4, m);
        }
    }

    /// @dev The node at height `to` from the node at height `from` (docs/PROTOCOL.md §2; the leaf is at height
    /// 0, the accounts root at ACCOUNT_TREE_LEVELS, to ≤ ACCOUNT_TREE_LEVELS): at level l the node is the child at
    /// position pos = (accountId >> 2l) & 3 and the level's three siblings fill the other positions in
    /// increasing order; a node is C4 of its four children. The four children are laid out as the siblings
    /// before pos, the node, the siblings after it, each sibling checked below MODULUS first.
    function _pathNode(
        uint32 accountId,
        uint256 start,
        uint256[ACCOUNT_PROOF_LEN] calldata siblings,
        uint256 from,
        uint256 to
    ) private view returns (uint256 n) {
        address h4 = hasher4;
        n = start;
        for (uint256 l = from; l < to; ++l) {
            uint256 at;
            assembly ("memory-safe") {
                at := add(siblings, mul(0x60, l))
            }
            _checkWords(at, 3);
            uint256 m = _scratch();
            assembly ("memory-safe") {
                let before := shl(5, and(shr(shl(1, l), accountId), 3)) // 32 · pos
                calldatacopy(m, at, before)
                mstore(add(m, before), n)
                calldatacopy(add(add(m, before), 0x20), add(at, before), sub(0x60, before))
            }
            n = _compress4(h4, m);
        }
    }

    /// @dev Reverts with NotInField(w) on the first of the n calldata words from offset `at` on that is not below
    /// MODULUS.
    function _checkWords(uint256 at, uint256 n) private pure {
        bytes4 notInField = NotInField.selector;
        uint256 r = Poseidon2.MODULUS;
        assembly ("memory-safe") {
            for { let end := add(at, shl(5, n)) } lt(at, end) { at := add(at, 0x20) } {
                let w := calldataload(at)
                if iszero(lt(w, r)) {
                    mstore(0x00, notInField)
                    mstore(0x04, w)
                    revert(0x00, 0x24)
                }
            }
        }
    }

    /// @dev The free memory pointer, where _compress4's four words are laid out; it is not moved (nothing is
    /// kept there).
    function _scratch() private pure returns (uint256 m) {
        assembly ("memory-safe") {
            m := mload(0x40)
        }
    }

    /// @dev C4 of the four words at memory offset m, computed by `h4`; reverts with HasherFailed if the call fails
    /// or returns anything but one word.
    function _compress4(address h4, uint256 m) private view returns (uint256 out) {
        bool ok;
        assembly ("memory-safe") {
            let success := staticcall(gas(), h4, m, 0x80, m, 0x20)
            ok := and(success, eq(returndatasize(), 0x20))
            out := mload(m)
        }
        if (!ok) revert Poseidon2.HasherFailed();
    }

    function _checkWord(uint256 w) private pure {
        if (w >= Poseidon2.MODULUS) revert NotInField(w);
    }
}

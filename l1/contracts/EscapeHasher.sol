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
        uint256 leafHash = _leafHash(leaf);
        for (uint256 i = 3 * height; i < ACCOUNT_PROOF_LEN; ++i) {
            _checkWord(siblings[i]);
        }
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

    /// @dev The account leaf H4(leaf) (docs/PROTOCOL.md §2, §3.1): four width-4 compressions, three words a step.
    function _leafHash(uint256[LEAF_WORDS] calldata leaf) private view returns (uint256 h) {
        address h4 = hasher4;
        for (uint256 i; i < LEAF_WORDS; i += 3) {
            _checkWord(leaf[i]);
            _checkWord(leaf[i + 1]);
            _checkWord(leaf[i + 2]);
            h = Poseidon2.compress4(h4, h, leaf[i], leaf[i + 1], leaf[i + 2]);
        }
    }

    /// @dev The node at height `to` from the node at height `from` (docs/PROTOCOL.md §2; the leaf is at height
    /// 0, the accounts root at ACCOUNT_TREE_LEVELS): at level l the node is the child at position
    /// (accountId >> 2l) & 3 and the level's three siblings fill the other positions in increasing order; a
    /// node is C4 of its four children.
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
            uint256 s0 = siblings[3 * l];
            uint256 s1 = siblings[3 * l + 1];
            uint256 s2 = siblings[3 * l + 2];
            _checkWord(s0);
            _checkWord(s1);
            _checkWord(s2);
            uint256 pos = (accountId >> (2 * l)) & 3;
            if (pos == 0) n = Poseidon2.compress4(h4, n, s0, s1, s2);
            else if (pos == 1) n = Poseidon2.compress4(h4, s0, n, s1, s2);
            else if (pos == 2) n = Poseidon2.compress4(h4, s0, s1, n, s2);
            else n = Poseidon2.compress4(h4, s0, s1, s2, n);
        }
    }

    function _checkWord(uint256 w) private pure {
        if (w >= Poseidon2.MODULUS) revert NotInField(w);
    }
}

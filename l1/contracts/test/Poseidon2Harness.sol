// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {Poseidon2} from "../Poseidon2.sol";

/// @title Poseidon2Harness
/// @notice Test-only: deploys a Poseidon2 hasher and exposes it, batched so that one call checks many inputs.
contract Poseidon2Harness {
    address public immutable hasher;
    address public immutable hasher4;

    constructor() {
        hasher = Poseidon2.deploy();
        hasher4 = Poseidon2.deploy4();
    }

    /// @notice Poseidon2.compress4(x[i]) for every i.
    function compress4Many(uint256[4][] calldata x) external view returns (uint256[] memory out) {
        out = new uint256[](x.length);
        for (uint256 i; i < x.length; ++i) {
            out[i] = Poseidon2.compress4(hasher4, x[i][0], x[i][1], x[i][2], x[i][3]);
        }
    }

    /// @notice H4(words) = C4(…C4(C4(0, w0, w1, w2), w3, w4, w5)…); the length must be a multiple of 3.
    function hash4(uint256[] calldata words) external view returns (uint256 h) {
        for (uint256 i; i + 2 < words.length; i += 3) {
            h = Poseidon2.compress4(hasher4, h, words[i], words[i + 1], words[i + 2]);
        }
    }

    /// @notice Poseidon2.compress4 and the gas it used, the (warm) call included.
    function compress4Gas() external view returns (uint256 out, uint256 gasUsed) {
        Poseidon2.compress4(hasher4, 1, 2, 3, 4); // warms the hasher's account
        gasUsed = gasleft();
        out = Poseidon2.compress4(hasher4, 1, 2, 3, 4);
        gasUsed -= gasleft();
    }

    /// @notice Poseidon2.compress(l[i], r[i]) for every i.
    function compressMany(uint256[] calldata l, uint256[] calldata r) external view returns (uint256[] memory out) {
        out = new uint256[](l.length);
        for (uint256 i; i < l.length; ++i) {
            out[i] = Poseidon2.compress(hasher, l[i], r[i]);
        }
    }

    /// @notice Poseidon2.compress(h, l, r) with any hasher address `h` (one without code must revert).
    function compressAt(address h, uint256 l, uint256 r) external view returns (uint256) {
        return Poseidon2.compress(h, l, r);
    }

    /// @notice H(words) = C(…C(C(0, words[0]), words[1])…, words[n−1]).
    function hash(uint256[] calldata words) external view returns (uint256 h) {
        for (uint256 i; i < words.length; ++i) {
            h = Poseidon2.compress(hasher, h, words[i]);
        }
    }

    /// @notice Poseidon2.compress(l, r) and the gas the compression used, the (warm) call included.
    function compressGas(uint256 l, uint256 r) external view returns (uint256 out, uint256 gasUsed) {
        Poseidon2.compress(hasher, l, r); // warms the hasher's account
        gasUsed = gasleft();
        out = Poseidon2.compress(hasher, l, r);
        gasUsed -= gasleft();
    }
}

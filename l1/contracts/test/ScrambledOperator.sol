// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title ScrambledOperator
/// @notice Test-only EIP-7702 delegate for an operator key: the key delegates its code here and sends itself
/// transactions whose calldata is `abi.encode(rollup, calls)` with each 32-byte word i XORed with
/// keccak256(i); the code undoes the scrambling and makes each call to the rollup, so the Rollup sees the key as
/// msg.sender while the transaction's own calldata is neither addressed to the Rollup nor ABI-decodable.
contract ScrambledOperator {
    /// @notice The caller is not the delegating account itself.
    error NotSelf(address caller);
    /// @notice The call at `index` reverted with `reason`.
    error CallFailed(uint256 index, bytes reason);

    fallback() external {
        if (msg.sender != address(this)) revert NotSelf(msg.sender);
        bytes memory d = msg.data;
        for (uint256 o = 0; o < d.length; o += 32) {
            assembly ("memory-safe") {
                mstore(0x00, div(o, 32))
                let p := add(add(d, 0x20), o)
                mstore(p, xor(mload(p), keccak256(0x00, 0x20)))
            }
        }
        (address rollup, bytes[] memory calls) = abi.decode(d, (address, bytes[]));
        for (uint256 i = 0; i < calls.length; i++) {
            (bool ok, bytes memory ret) = rollup.call(calls[i]);
            if (!ok) revert CallFailed(i, ret);
        }
    }
}

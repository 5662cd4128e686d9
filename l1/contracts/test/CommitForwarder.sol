// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title CommitForwarder
/// @notice Test-only contract operator, as a multisig or a batching contract would be: its owner sends it
/// ABI-encoded Rollup calls and it makes them, in order, as inner calls, several in one transaction. Governance
/// registers the forwarder, not its owner, as an operator.
contract CommitForwarder {
    /// @notice The caller is not the owner.
    error NotOwner(address caller);
    /// @notice The call at `index` reverted with `reason`.
    error CallFailed(uint256 index, bytes reason);

    /// @notice Who may forward calls.
    address public immutable owner;
    /// @notice The rollup the calls go to.
    address public immutable rollup;

    constructor(address rollup_) {
        owner = msg.sender;
        rollup = rollup_;
    }

    /// @notice Makes each call of `calls` to the rollup, reverting if one reverts.
    function forward(bytes[] calldata calls) external {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        for (uint256 i = 0; i < calls.length; i++) {
            (bool ok, bytes memory ret) = rollup.call(calls[i]);
            if (!ok) revert CallFailed(i, ret);
        }
    }
}

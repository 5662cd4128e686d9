// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @title IERC20
/// @notice The part of ERC-20 the rollup uses to escrow collateral.
interface IERC20 {
    function transfer(address to, uint256 amount) external returns (bool);

    function transferFrom(address from, address to, uint256 amount) external returns (bool);

    function balanceOf(address account) external view returns (uint256);
}

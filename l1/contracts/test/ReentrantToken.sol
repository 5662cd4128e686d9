// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

/// @notice The part of Rollup the attack calls.
interface IWithdraw {
    function withdraw() external;
}

/// @title ReentrantToken
/// @notice Test-only hostile collateral token: `transfer` calls back into the rollup's `withdraw` once, from the
/// token's own address, and records whether the nested call succeeded.
contract ReentrantToken {
    mapping(address => uint256) public balanceOf;
    IWithdraw public target;
    bool public reentered;
    bool public nestedSucceeded;
    bytes public nestedRevert;

    function mint(address to, uint256 amount) external {
        balanceOf[to] += amount;
    }

    /// @notice Withdraws the token's own pending balance from `rollup`, re-entering on the payout.
    function attack(IWithdraw rollup) external {
        target = rollup;
        rollup.withdraw();
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        balanceOf[msg.sender] -= amount;
        balanceOf[to] += amount;
        if (address(target) != address(0) && !reentered) {
            reentered = true;
            try target.withdraw() {
                nestedSucceeded = true;
            } catch (bytes memory reason) {
                nestedRevert = reason;
            }
        }
        return true;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
        return true;
    }
}

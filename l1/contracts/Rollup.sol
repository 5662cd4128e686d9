// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "./IERC20.sol";
import {IVerifier} from "./IVerifier.sol";

/// @title Rollup
/// @notice The L1 side of perpx: escrows the collateral token, queues deposits, accepts proven batches and pays
/// out withdrawals. Byte layouts follow docs/PROTOCOL.md §6 (pubdata records) and §7 (the public input).
/// @dev One quote quantum is one token unit (the collateral token has 6 decimals). Account ids are assigned here,
/// in order, from 0. Each deposit appends keccak256 of its 64-byte Deposit record to the deposit queue;
/// `commitBatch` consumes the queue in order, one entry per Deposit record of the batch's pubdata.
contract Rollup {
    // ---------------------------------------------------------------------------------------------------------
    // Protocol constants (docs/PROTOCOL.md §1, §6, §7).

    /// @notice Size in bytes of one pubdata record.
    uint256 public constant RECORD_SIZE = 64;
    /// @notice Exclusive bound on deposit and withdrawal amounts (2^MaxAmountBits quote quantums).
    uint256 public constant MAX_AMOUNT = 1 << 56;
    /// @notice Number of leaves of the account tree (2^AccountTreeDepth): account ids are below it.
    uint256 public constant MAX_ACCOUNTS = 1 << 24;
    /// @notice How far, in seconds, a batch timestamp may run ahead of the L1 block that commits it.
    uint256 public constant MAX_TIMESTAMP_AHEAD = 15 minutes;
    /// @notice The BN254 scalar field modulus r: roots are field elements, so they are below it.
    uint256 public constant SNARK_SCALAR_FIELD =
        21888242871839275222246405745257275088548364400416034343698204186575808495617;

    uint8 internal constant RECORD_NOOP = 0;
    uint8 internal constant RECORD_DEPOSIT = 1;
    uint8 internal constant RECORD_TRADE = 2;
    uint8 internal constant RECORD_WITHDRAWAL = 3;

    /// @dev The public input is SHA-256 reduced to its low 253 bits, so it is below r.
    uint256 internal constant PUBLIC_INPUT_MASK = (1 << 253) - 1;
    /// @dev Bit 255 of a compressed key is the parity of its x coordinate; the low 255 bits are y.
    uint256 internal constant KEY_X_ODD = 1 << 255;
    /// @dev The d coefficient of gnark-crypto's BN254 twisted Edwards curve a·x² + y² = 1 + d·x²·y², a = −1.
    uint256 internal constant EDWARDS_D =
        12181644023421730124874158521699555681764249180949974110617291017600649128846;
    /// @dev (r − 1) / 2, the exponent of Euler's criterion.
    uint256 internal constant HALF_FIELD =
        10944121435919637611123202872628637544274182200208017171849102093287904247808;
    /// @dev The address of the modular exponentiation precompile (EIP-198).
    uint256 internal constant MODEXP_PRECOMPILE = 0x05;

    // ---------------------------------------------------------------------------------------------------------
    // Errors.

    /// @notice A constructor argument is the zero address.
    error ZeroAddress();
    /// @notice The token or a verifier has no code.
    error NotAContract(address account);
    /// @notice The batch sizes and verifiers arrays differ in length.
    error LengthMismatch(uint256 batchSizes, uint256 verifiers);
    /// @notice No batch size is given, so no batch could ever be committed.
    error NoBatchSizes();
    /// @notice A batch size is zero or listed twice.
    error InvalidBatchSize(uint256 batchSize);
    /// @notice A deposit of zero.
    error ZeroAmount();
    /// @notice A deposit of 2^56 quote quantums or more.
    error AmountTooLarge(uint256 amount);
    /// @notice The compressed key is zero, not canonical or not a point of the curve.
    error InvalidPubKey(bytes32 pubKey);
    /// @notice Every account id is taken.
    error AccountLimitReached();
    /// @notice `depositTo` names an account that does not exist.
    error UnknownAccount(uint32 accountId);
    /// @notice Only the operator may commit batches.
    error NotOperator(address caller);
    /// @notice A state root is not below the scalar field modulus.
    error RootNotInField(uint256 root);
    /// @notice The pubdata length is not a multiple of the record size.
    error BadPubdataLength(uint256 length);
    /// @notice No verifier is registered for a batch of this many records.
    error UnsupportedBatchSize(uint256 batchSize);
    /// @notice The batch timestamp is before the previous batch's.
    error TimestampBeforeLast(uint64 timestamp, uint64 last);
    /// @notice The batch timestamp is more than MAX_TIMESTAMP_AHEAD after the block's.
    error TimestampTooFarAhead(uint64 timestamp, uint256 bound);
    /// @notice A Deposit record differs from the queue entry it consumes (or the queue is empty).
    error DepositMismatch(uint64 queueIndex);
    /// @notice A record has a type byte that no record type uses.
    error UnknownRecordType(uint256 recordIndex, uint8 recordType);
    /// @notice The caller has no pending withdrawal.
    error NothingToWithdraw();
    /// @notice The token reverted or returned false.
    error TransferFailed();

    // ---------------------------------------------------------------------------------------------------------
    // Events.

    /// @notice A deposit entered the queue; its record is
    /// `0x01 | accountId u32 | amount u56 | owner | pubKey` and the queue entry is keccak256 of those 64 bytes.
    event DepositQueued(
        uint64 queueIndex, uint32 indexed accountId, address indexed owner, bytes32 pubKey, uint64 amount
    );
    /// @notice A proven batch moved the state to `newRoot`; `depositHead` is the next queue index to consume.
    event BatchCommitted(uint64 indexed batchNumber, uint256 newRoot, uint64 timestamp, uint64 depositHead);
    /// @notice `account` was paid its pending withdrawals.
    event Withdrawn(address indexed account, uint256 amount);

    // ---------------------------------------------------------------------------------------------------------
    // Storage.

    /// @notice An account's L1 owner and compressed L2 key, as its deposits record them.
    struct Account {
        address owner;
        bytes32 pubKey;
    }

    /// @notice The chain of committed batches (one storage slot).
    struct BatchState {
        uint64 batchNumber;
        uint64 timestamp;
        uint64 depositHead;
    }

    /// @notice Account and deposit-queue counters (one storage slot).
    struct QueueState {
        uint32 accountCount;
        uint64 depositCount;
    }

    /// @notice The collateral token.
    IERC20 public immutable token;
    /// @notice The only address that may commit batches.
    address public immutable operator;
    /// @notice The hash of the protocol configuration the circuits are built for.
    bytes32 public immutable configHash;

    /// @notice The root of the last committed state.
    uint256 public stateRoot;
    /// @notice The last batch's number and timestamp, and the next deposit queue index to consume.
    BatchState public batchState;
    /// @notice The number of accounts and of deposits ever queued.
    QueueState public queueState;
    /// @notice The verifier for each supported batch size (records per batch).
    mapping(uint256 batchSize => address) public verifiers;
    /// @notice keccak256 of each queued, unconsumed Deposit record; consumed entries are deleted.
    mapping(uint256 queueIndex => bytes32) public depositQueue;
    /// @notice Each account's owner and key.
    mapping(uint32 accountId => Account) public accounts;
    /// @notice Withdrawals credited by committed batches and not yet paid.
    mapping(address => uint256) public pendingWithdrawals;

    /// @param token_ The collateral token.
    /// @param operator_ The address that commits batches.
    /// @param genesisRoot The state root before the first batch.
    /// @param configHash_ The configuration hash the circuits commit to.
    /// @param batchSizes The supported batch sizes.
    /// @param batchVerifiers The verifier of each batch size, in the same order.
    constructor(
        IERC20 token_,
        address operator_,
        uint256 genesisRoot,
        bytes32 configHash_,
        uint256[] memory batchSizes,
        address[] memory batchVerifiers
    ) {
        if (operator_ == address(0)) revert ZeroAddress();
        if (address(token_).code.length == 0) revert NotAContract(address(token_));
        if (genesisRoot >= SNARK_SCALAR_FIELD) revert RootNotInField(genesisRoot);
        if (batchSizes.length != batchVerifiers.length) {
            revert LengthMismatch(batchSizes.length, batchVerifiers.length);
        }
        if (batchSizes.length == 0) revert NoBatchSizes();
        for (uint256 i; i < batchSizes.length; ++i) {
            uint256 size = batchSizes[i];
            address verifier = batchVerifiers[i];
            if (size == 0 || verifiers[size] != address(0)) revert InvalidBatchSize(size);
            if (verifier.code.length == 0) revert NotAContract(verifier);
            verifiers[size] = verifier;
        }
        token = token_;
        operator = operator_;
        configHash = configHash_;
        stateRoot = genesisRoot;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Deposits.

    /// @notice Creates an account owned by the caller with L2 key `pubKey` and deposits `amount` into it.
    /// @dev The caller must have approved `amount` of the token to this contract.
    /// @return accountId The new account's id.
    function deposit(bytes32 pubKey, uint256 amount) external returns (uint32 accountId) {
        _checkAmount(amount);
        _checkPubKey(pubKey);
        QueueState memory q = queueState;
        if (q.accountCount >= MAX_ACCOUNTS) revert AccountLimitReached();
        accountId = q.accountCount;
        accounts[accountId] = Account(msg.sender, pubKey);
        queueState = QueueState(accountId + 1, q.depositCount + 1);
        _enqueue(q.depositCount, accountId, msg.sender, pubKey, amount);
    }

    /// @notice Deposits `amount` into an existing account; anyone may pay, the record names the account's owner.
    /// @dev The caller must have approved `amount` of the token to this contract.
    function depositTo(uint32 accountId, uint256 amount) external {
        _checkAmount(amount);
        QueueState memory q = queueState;
        if (accountId >= q.accountCount) revert UnknownAccount(accountId);
        Account memory a = accounts[accountId];
        queueState.depositCount = q.depositCount + 1;
        _enqueue(q.depositCount, accountId, a.owner, a.pubKey, amount);
    }

    function _checkAmount(uint256 amount) private pure {
        if (amount == 0) revert ZeroAmount();
        if (amount >= MAX_AMOUNT) revert AmountTooLarge(amount);
    }

    /// @dev Stores the queue entry, logs it, then pulls the tokens (effects before the interaction).
    function _enqueue(uint64 queueIndex, uint32 accountId, address owner, bytes32 pubKey, uint256 amount) private {
        depositQueue[queueIndex] =
            keccak256(abi.encodePacked(RECORD_DEPOSIT, accountId, uint56(amount), owner, pubKey));
        emit DepositQueued(queueIndex, accountId, owner, pubKey, uint64(amount));
        _call(abi.encodeCall(IERC20.transferFrom, (msg.sender, address(this), amount)));
    }

    /// @notice Reverts with InvalidPubKey unless `pubKey` is a nonzero compressed point of the BN254 twisted
    /// Edwards curve: y canonical (< r) and some x with the flagged parity satisfying the curve equation.
    /// @dev Rejecting here keeps every queued deposit processable: the circuit must be able to decompress it.
    /// With a = −1, x² = (y² − 1) / (1 + d·y²); it has a root iff (y² − 1)·(1 + d·y²) is a square, and x = 0
    /// (y = ±1) has no odd root.
    function _checkPubKey(bytes32 pubKey) internal view {
        uint256 y = uint256(pubKey) & ~KEY_X_ODD;
        bool odd = uint256(pubKey) & KEY_X_ODD != 0;
        if (y >= SNARK_SCALAR_FIELD || (y == 0 && !odd)) revert InvalidPubKey(pubKey);
        uint256 y2 = mulmod(y, y, SNARK_SCALAR_FIELD);
        uint256 num = addmod(y2, SNARK_SCALAR_FIELD - 1, SNARK_SCALAR_FIELD);
        uint256 den = addmod(mulmod(EDWARDS_D, y2, SNARK_SCALAR_FIELD), 1, SNARK_SCALAR_FIELD);
        if (den == 0 || (num == 0 && odd)) revert InvalidPubKey(pubKey);
        if (num != 0 && !_isSquare(mulmod(num, den, SNARK_SCALAR_FIELD))) revert InvalidPubKey(pubKey);
    }

    /// @dev Euler's criterion for nonzero x < r: x^((r−1)/2) = 1 iff x is a square. A failed precompile call
    /// counts as "not a square".
    function _isSquare(uint256 x) private view returns (bool square) {
        assembly ("memory-safe") {
            let p := mload(0x40)
            mstore(p, 0x20)
            mstore(add(p, 0x20), 0x20)
            mstore(add(p, 0x40), 0x20)
            mstore(add(p, 0x60), x)
            mstore(add(p, 0x80), HALF_FIELD)
            mstore(add(p, 0xa0), SNARK_SCALAR_FIELD)
            let ok := staticcall(gas(), MODEXP_PRECOMPILE, p, 0xc0, p, 0x20)
            square := and(ok, eq(mload(p), 1))
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Batches.

    /// @notice Verifies a batch proof and applies the batch: consumes its deposits from the queue, credits its
    /// withdrawals and stores the new root.
    /// @param newRoot The state root after the batch.
    /// @param timestamp The batch's system time, unix seconds.
    /// @param pubdata The batch's records, RECORD_SIZE bytes each; their count selects the verifier.
    /// @param proof The Groth16 proof for the batch's public input.
    function commitBatch(uint256 newRoot, uint64 timestamp, bytes calldata pubdata, bytes calldata proof)
        external
    {
        if (msg.sender != operator) revert NotOperator(msg.sender);
        if (newRoot >= SNARK_SCALAR_FIELD) revert RootNotInField(newRoot);
        if (pubdata.length % RECORD_SIZE != 0) revert BadPubdataLength(pubdata.length);
        address verifier = verifiers[pubdata.length / RECORD_SIZE];
        if (verifier == address(0)) revert UnsupportedBatchSize(pubdata.length / RECORD_SIZE);
        BatchState memory s = batchState;
        _checkTimestamp(timestamp, s.timestamp, block.timestamp);
        uint64 batchNumber = s.batchNumber + 1;

        uint256 input = _publicInput(bytes32(stateRoot), newRoot, batchNumber, timestamp, configHash, pubdata);
        IVerifier(verifier).verifyProof(proof, [input]);

        uint64 depositHead = _applyRecords(pubdata, s.depositHead);
        stateRoot = newRoot;
        batchState = BatchState(batchNumber, timestamp, depositHead);
        emit BatchCommitted(batchNumber, newRoot, timestamp, depositHead);
    }

    /// @notice Reverts unless `last` ≤ `timestamp` ≤ `blockTimestamp` + MAX_TIMESTAMP_AHEAD.
    function _checkTimestamp(uint64 timestamp, uint64 last, uint256 blockTimestamp) internal pure {
        if (timestamp < last) revert TimestampBeforeLast(timestamp, last);
        uint256 bound = blockTimestamp + MAX_TIMESTAMP_AHEAD;
        if (timestamp > bound) revert TimestampTooFarAhead(timestamp, bound);
    }

    /// @notice The proof's public input (docs/PROTOCOL.md §7):
    /// uint256(sha256(oldRoot ‖ newRoot ‖ batchNumber u64 ‖ timestamp u64 ‖ configHash ‖ pubdata)) mod 2^253.
    function _publicInput(
        bytes32 oldRoot,
        uint256 newRoot,
        uint64 batchNumber,
        uint64 timestamp,
        bytes32 configHash_,
        bytes calldata pubdata
    ) internal pure returns (uint256) {
        return uint256(sha256(abi.encodePacked(oldRoot, newRoot, batchNumber, timestamp, configHash_, pubdata)))
            & PUBLIC_INPUT_MASK;
    }

    /// @notice Walks the records: each Deposit must equal the queue entry at `depositHead` (which it then
    /// consumes), each Withdrawal credits its L1 address, Trade and Noop records change nothing on L1.
    /// @dev `pubdata.length` must be a multiple of RECORD_SIZE. The record layouts are docs/PROTOCOL.md §6.
    /// @return The queue index after the last consumed deposit.
    function _applyRecords(bytes calldata pubdata, uint64 depositHead) internal returns (uint64) {
        for (uint256 offset; offset < pubdata.length; offset += RECORD_SIZE) {
            uint8 recordType = uint8(pubdata[offset]);
            if (recordType == RECORD_DEPOSIT) {
                bytes32 h;
                assembly ("memory-safe") {
                    // The record is exactly the 64 bytes of scratch space.
                    calldatacopy(0, add(pubdata.offset, offset), RECORD_SIZE)
                    h := keccak256(0, RECORD_SIZE)
                }
                if (depositQueue[depositHead] != h) revert DepositMismatch(depositHead);
                delete depositQueue[depositHead];
                ++depositHead;
            } else if (recordType == RECORD_WITHDRAWAL) {
                // Word 0: type u8 | accountId u32 | amount u56 | l1Address (low 160 bits).
                uint256 w = uint256(bytes32(pubdata[offset:offset + 32]));
                pendingWithdrawals[address(uint160(w))] += uint56(w >> 160);
            } else if (recordType != RECORD_TRADE && recordType != RECORD_NOOP) {
                revert UnknownRecordType(offset / RECORD_SIZE, recordType);
            }
        }
        return depositHead;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Withdrawals.

    /// @notice Pays the caller every withdrawal credited to it.
    function withdraw() external {
        uint256 amount = pendingWithdrawals[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        pendingWithdrawals[msg.sender] = 0;
        emit Withdrawn(msg.sender, amount);
        _call(abi.encodeCall(IERC20.transfer, (msg.sender, amount)));
    }

    /// @dev Calls the token and requires success and either no return data or `true` (tokens that return
    /// nothing are accepted).
    function _call(bytes memory data) private {
        (bool ok, bytes memory ret) = address(token).call(data);
        if (!ok || (ret.length != 0 && (ret.length != 32 || abi.decode(ret, (uint256)) != 1))) {
            revert TransferFailed();
        }
    }
}

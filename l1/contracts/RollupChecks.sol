// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {BlobCheck} from "./BlobCheck.sol";
import {IVerifier} from "./IVerifier.sol";
import {Poseidon2} from "./Poseidon2.sol";

/// @notice An aggregated submission (Rollup.commitSubmission, docs/PROTOCOL.md §11.7): batches stored + 1 ..
/// newBatchNumber proven by one proof, their records in blob `blobIndex` of the transaction.
/// @param newRoot The state root after the last batch.
/// @param newBatchNumber The last batch the submission covers; above the stored batch number.
/// @param timestamp The last batch's system time, unix seconds.
/// @param l1Records The 32-byte compact records L1 acts on (Deposit, Withdrawal, ForcedWithdrawal, ForcedTrade,
/// MarketParams; docs/PROTOCOL.md §6.1), in the order the batches hold them, without market records.
/// @param withdrawalAddresses The L1 address of each Withdrawal record, in order (as commitBatch takes them).
/// @param blobIndex The index of the submission's blob among the transaction's blobs.
/// @param z The point the blob polynomial is opened at (32 bytes big-endian).
/// @param y The blob polynomial's value at z.
/// @param kzgCommitment The blob's KZG commitment (48 bytes).
/// @param kzgProof The KZG opening proof at z (48 bytes).
/// @param proof The Groth16 proof of the submission's commitment (RollupChecks.commitSubmission).
struct Submission {
    uint256 newRoot;
    uint64 newBatchNumber;
    uint64 timestamp;
    bytes l1Records;
    address[] withdrawalAddresses;
    uint256 blobIndex;
    bytes32 z;
    bytes32 y;
    bytes kzgCommitment;
    bytes kzgProof;
    bytes proof;
}

/// @notice The Rollup getters RollupChecks.commitSubmission reads the stored state with.
interface IRollupState {
    function stateRoot() external view returns (uint256);
    function configHash() external view returns (bytes32);
    function batchState() external view returns (uint64 batchNumber, uint64 timestamp, uint64 queueHead, uint64 frozenAt);
    function verifiers(uint256 key) external view returns (address);
    function hasher() external view returns (address);
    function hasher4() external view returns (address);
}

/// @title RollupChecks
/// @notice The Rollup's stateless checks, in a contract deployed beside it and given to its constructor: a
/// deposit's L2 key, a forced trade's consent signature, and an aggregated submission's state, blob claim and
/// proof (docs/PROTOCOL.md §11.7). EIP-170 bounds the Rollup's runtime code and EIP-3860 its creation code,
/// which carries every contract the Rollup creates; this one's code is in neither. It holds no state.
contract RollupChecks {
    /// @notice The BN254 scalar field modulus r (Rollup.SNARK_SCALAR_FIELD).
    uint256 internal constant SNARK_SCALAR_FIELD =
        21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// @notice Rollup.SUBMISSION_VERIFIER_KEY: the key of Rollup.verifiers that holds the submission verifier.
    uint256 internal constant SUBMISSION_VERIFIER_KEY = type(uint256).max;
    /// @notice Rollup.MAX_TIMESTAMP_AHEAD.
    uint256 internal constant MAX_TIMESTAMP_AHEAD = 15 minutes;
    /// @notice Rollup.MAX_TIMESTAMP_LAG.
    uint256 internal constant MAX_TIMESTAMP_LAG = 1 days;
    /// @notice Size in bytes of one compact record (Rollup.RECORD_SIZE).
    uint256 internal constant RECORD_SIZE = 32;
    /// @notice Bit t set for each record type t that L1 acts on: Deposit (1), Withdrawal (3), ForcedWithdrawal
    /// (4), ForcedTrade (8), MarketParams (9) (docs/PROTOCOL.md §6.1).
    uint256 internal constant L1_TYPES = (1 << 1) | (1 << 3) | (1 << 4) | (1 << 8) | (1 << 9);
    /// @notice The public input is SHA-256 reduced to its low 253 bits, so it is below r.
    uint256 internal constant PUBLIC_INPUT_MASK = (1 << 253) - 1;
    /// @notice Bits of the low half of a record in the calldata chain, and of the batch pair's timestamp.
    uint256 internal constant HALF_BITS = 128;
    uint256 internal constant TIMESTAMP_BITS = 64;
    /// @dev (secp256k1 group order) / 2: a consent signature's s must not exceed it (EIP-2).
    uint256 internal constant SECP256K1_HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;
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
    /// @notice Rollup.MAX_ACCOUNTS, Rollup.MARKET_COUNT, Rollup.MAX_SIZE, Rollup.PRICE_SCALE, Rollup.MAX_AMOUNT.
    uint256 internal constant MAX_ACCOUNTS = 1 << 24;
    uint256 internal constant MARKET_COUNT = 8;
    uint256 internal constant MAX_SIZE = 1 << 48;
    uint256 internal constant PRICE_SCALE = 1_000_000;
    uint256 internal constant MAX_AMOUNT = 1 << 56;

    /// @notice The rollup is frozen (the Rollup's error of the same name).
    error RollupFrozen();
    /// @notice No submission verifier is set (Rollup.SUBMISSION_VERIFIER_KEY): submissions are disabled.
    error SubmissionsDisabled();
    /// @notice A submission's new root is not below r (the Rollup's error of the same name).
    error NotInField(uint256 word);
    /// @notice A submission's last batch number is not above the stored one.
    error BatchNumberNotAfter(uint64 batchNumber, uint64 last);
    /// @notice The timestamp is before the last batch's (the Rollup's error of the same name).
    error TimestampBeforeLast(uint64 timestamp, uint64 last);
    /// @notice The timestamp is more than MAX_TIMESTAMP_AHEAD after the block's (as the Rollup's).
    error TimestampTooFarAhead(uint64 timestamp, uint256 bound);
    /// @notice The timestamp is more than MAX_TIMESTAMP_LAG before the block's (as the Rollup's).
    error TimestampTooFarBehind(uint64 timestamp, uint256 bound);
    /// @notice l1Records is not a whole number of RECORD_SIZE-byte records.
    error BadL1RecordsLength(uint256 length);
    /// @notice Record `recordIndex` of l1Records (from 0) is of a type L1 does not act on.
    error NotAnL1Record(uint256 recordIndex, uint8 recordType);
    /// @notice The compressed key is not canonical or not a point of the curve (Rollup.deposit).
    error InvalidPubKey(bytes32 pubKey);
    /// @notice The compressed key is one of the 8 points of small order (smallOrderKeys), the zero encoding
    /// included: anyone could sign for it.
    error SmallOrderPubKey(bytes32 pubKey);
    /// @notice The forced trade breaks a rule the Rollup checks (Rollup.forcedTrade): A = B, an id ≥ 2^24, a
    /// market outside 1..8, size or price outside (0, 2^48), size·price not a multiple of PRICE_SCALE or
    /// size·price / PRICE_SCALE ≥ 2^56.
    error InvalidForcedTrade();
    /// @notice The consent signature is not 65 bytes r ‖ s ‖ v with v ∈ {27, 28} and s ≤ n/2, or recovers no
    /// address (Rollup.forcedTrade).
    error InvalidSignature();

    // ---------------------------------------------------------------------------------------------------------
    // Submissions.

    /// @notice The checks of Rollup.commitSubmission, whose calldata the Rollup forwards here as it is, so the
    /// submission is decoded from the very bytes the Rollup decodes; the caller is the Rollup, whose stored
    /// state it reads (IRollupState). Reverts unless the rollup is not frozen (RollupFrozen), a submission
    /// verifier is set (SubmissionsDisabled), s.newRoot is below r (NotInField), s.newBatchNumber is above the
    /// stored batch number (BatchNumberNotAfter), s.timestamp passes Rollup._checkTimestamp's rules, the
    /// transaction's blob s.blobIndex opens to s.y at s.z (BlobCheck) and s.proof verifies for the public input
    /// uint256(SHA-256(In_0 ‖ Out_0 ‖ In_1 ‖ Out_1 ‖ In_3 ‖ Out_3 ‖ vh ‖ z ‖ y)) mod 2^253 (9 × 32 bytes), where
    /// In_0 = C(stateRoot, configHash), Out_0 = C(s.newRoot, configHash), In_1 = batchNumber << 64 | timestamp
    /// (stored), Out_1 = s.newBatchNumber << 64 | s.timestamp, In_3 = 0, Out_3 = chain(hasher4, s.l1Records)
    /// and vh the blob's versioned hash. Returns vh.
    function commitSubmission(Submission calldata s) external view returns (bytes32 versionedHash) {
        IRollupState r = IRollupState(msg.sender);
        (uint64 batchNumber, uint64 timestamp,, uint64 frozenAt) = r.batchState();
        if (frozenAt != 0) revert RollupFrozen();
        address verifier = r.verifiers(SUBMISSION_VERIFIER_KEY);
        if (verifier == address(0)) revert SubmissionsDisabled();
        if (s.newRoot >= SNARK_SCALAR_FIELD) revert NotInField(s.newRoot);
        if (s.newBatchNumber <= batchNumber) revert BatchNumberNotAfter(s.newBatchNumber, batchNumber);
        _checkTimestamp(s.timestamp, timestamp);
        versionedHash = BlobCheck.check(s.blobIndex, s.z, s.y, s.kzgCommitment, s.kzgProof);
        uint256 input = _statementHash(r, s, (uint256(batchNumber) << TIMESTAMP_BITS) | timestamp, versionedHash);
        IVerifier(verifier).verifyProof(s.proof, [input]);
    }

    /// @dev uint256(SHA-256 of the nine words of commitSubmission) mod 2^253.
    function _statementHash(IRollupState r, Submission calldata s, uint256 batchIn, bytes32 versionedHash)
        private
        view
        returns (uint256)
    {
        address h = r.hasher();
        uint256 config = uint256(r.configHash());
        bytes memory words = abi.encode(
            Poseidon2.compress(h, r.stateRoot(), config),
            Poseidon2.compress(h, s.newRoot, config),
            batchIn,
            (uint256(s.newBatchNumber) << TIMESTAMP_BITS) | s.timestamp,
            uint256(0),
            chain(r.hasher4(), s.l1Records),
            versionedHash,
            s.z,
            s.y
        );
        return uint256(sha256(words)) & PUBLIC_INPUT_MASK;
    }

    /// @dev Rollup._checkTimestamp against the block's time: last ≤ timestamp, block − MAX_TIMESTAMP_LAG ≤
    /// timestamp ≤ block + MAX_TIMESTAMP_AHEAD.
    function _checkTimestamp(uint64 timestamp, uint64 last) private view {
        if (timestamp < last) revert TimestampBeforeLast(timestamp, last);
        if (uint256(timestamp) + MAX_TIMESTAMP_LAG < block.timestamp) {
            revert TimestampTooFarBehind(timestamp, block.timestamp - MAX_TIMESTAMP_LAG);
        }
        uint256 bound = block.timestamp + MAX_TIMESTAMP_AHEAD;
        if (timestamp > bound) revert TimestampTooFarAhead(timestamp, bound);
    }

    /// @notice The calldata chain over `records` (Out_3 for In_3 = 0): c ← C4(c, hi(r), lo(r), 0) for each
    /// 32-byte record r in order, from c = 0, with hi and lo its bytes 0..15 and 16..31 as big-endian integers,
    /// C4 computed by `hasher4`. Reverts with BadL1RecordsLength unless records is a whole number of records,
    /// and with NotAnL1Record on a record of a type L1 does not act on.
    function chain(address hasher4, bytes calldata records) public view returns (uint256 c) {
        if (records.length % RECORD_SIZE != 0) revert BadL1RecordsLength(records.length);
        for (uint256 offset; offset < records.length; offset += RECORD_SIZE) {
            uint256 r = uint256(bytes32(records[offset:offset + RECORD_SIZE]));
            uint8 recordType = uint8(r >> 252);
            if ((L1_TYPES >> recordType) & 1 == 0) revert NotAnL1Record(offset / RECORD_SIZE, recordType);
            c = Poseidon2.compress4(hasher4, c, r >> HALF_BITS, r & type(uint128).max, 0);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Deposit keys.

    /// @notice The compressed encodings (docs/PROTOCOL.md §4) of the 8 points P of the BN254 twisted Edwards
    /// curve with [8]P the identity: the identity (0, 1); (0, −1), of order 2; (±√−1, 0), of order 4 (the one
    /// with an even x encodes as zero); and the 4 points of order 8. Derived from gnark-crypto's curve by
    /// TestSmallOrderKeys.
    function smallOrderKeys() public pure returns (bytes32[8] memory) {
        return [
            bytes32(0x0000000000000000000000000000000000000000000000000000000000000001),
            0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000000,
            0x0000000000000000000000000000000000000000000000000000000000000000,
            0x8000000000000000000000000000000000000000000000000000000000000000,
            0x0aabb7211172d31463c1127d4ba6942cb791c56d8234b5a0abfd1e81afd0d677,
            0x8aabb7211172d31463c1127d4ba6942cb791c56d8234b5a0abfd1e81afd0d677,
            0x25b89751cfbecd15548f333935dac43070a222daf784baf097e4d712402f298a,
            0xa5b89751cfbecd15548f333935dac43070a222daf784baf097e4d712402f298a
        ];
    }

    /// @notice Reverts with SmallOrderPubKey if `pubKey` is one of smallOrderKeys (the zero key included), and
    /// with InvalidPubKey unless it is a compressed point of the BN254 twisted Edwards curve: y canonical (< r)
    /// and some x with the flagged parity satisfying the curve equation.
    /// @dev Rejecting keeps every queued deposit processable: the circuit must be able to decompress it, and
    /// the sequencer refuses small-order keys (state.ErrSmallOrderPubKey). With a = −1,
    /// x² = (y² − 1) / (1 + d·y²); it has a root iff (y² − 1)·(1 + d·y²) is a square, and x = 0 (y = ±1) has no
    /// odd root.
    function checkPubKey(bytes32 pubKey) external view {
        bytes32[8] memory small = smallOrderKeys();
        for (uint256 i; i < small.length; ++i) {
            if (pubKey == small[i]) revert SmallOrderPubKey(pubKey);
        }
        uint256 y = uint256(pubKey) & ~KEY_X_ODD;
        bool odd = uint256(pubKey) & KEY_X_ODD != 0;
        if (y >= SNARK_SCALAR_FIELD) revert InvalidPubKey(pubKey);
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
    // Forced-trade consents.

    /// @notice Reverts with InvalidForcedTrade unless A ≠ B, both < MAX_ACCOUNTS, 1 ≤ market ≤ MARKET_COUNT,
    /// 0 < size, price < MAX_SIZE, PRICE_SCALE divides size·price and size·price / PRICE_SCALE < MAX_AMOUNT.
    function checkForcedTrade(uint32 accountA, uint32 accountB, uint8 market, uint64 size, uint64 price)
        external
        pure
    {
        uint256 notional = uint256(size) * price; // < 2^128: no overflow
        if (
            accountA == accountB || accountA >= MAX_ACCOUNTS || accountB >= MAX_ACCOUNTS || market == 0
                || market > MARKET_COUNT || size == 0 || size >= MAX_SIZE || price == 0 || price >= MAX_SIZE
                || notional % PRICE_SCALE != 0 || notional / PRICE_SCALE >= MAX_AMOUNT
        ) revert InvalidForcedTrade();
    }

    /// @notice The address that signed the EIP-191 personal message `consent` (32 bytes), from a 65-byte
    /// r ‖ s ‖ v signature with v ∈ {27, 28} and s ≤ n/2; reverts with InvalidSignature otherwise or when no
    /// address recovers.
    function consentSigner(bytes32 consent, bytes calldata signature) external pure returns (address signer) {
        if (signature.length != 65) revert InvalidSignature();
        bytes32 r = bytes32(signature[0:32]);
        bytes32 s = bytes32(signature[32:64]);
        uint8 v = uint8(signature[64]);
        if ((v != 27 && v != 28) || uint256(s) > SECP256K1_HALF_N) revert InvalidSignature();
        bytes32 digest;
        assembly ("memory-safe") {
            // "\x19Ethereum Signed Message:\n32" (28 bytes) ‖ consent, in scratch space.
            mstore(0x00, "\x19Ethereum Signed Message:\n32")
            mstore(0x1c, consent)
            digest := keccak256(0x00, 0x3c)
        }
        signer = ecrecover(digest, v, r, s);
        if (signer == address(0)) revert InvalidSignature();
    }
}

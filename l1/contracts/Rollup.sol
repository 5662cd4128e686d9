// SPDX-License-Identifier: MIT
pragma solidity 0.8.28;

import {IERC20} from "./IERC20.sol";
import {IVerifier} from "./IVerifier.sol";
import {EscapeHasher} from "./EscapeHasher.sol";
import {Poseidon2} from "./Poseidon2.sol";
import {CompactRecords} from "./CompactRecords.sol";
import {RollupChecks, Submission} from "./RollupChecks.sol";

/// @title Rollup
/// @notice The L1 side of perpx: escrows the collateral token, queues deposits, forced withdrawals, forced trades
/// and market-params changes, accepts proven batches, pays out withdrawals, and — once a queued request is left
/// unserved past the grace period — freezes and lets every account escape with its value at the last proven
/// root. Byte layouts follow docs/PROTOCOL.md §3 (state), §6.1 (the compact pubdata records), §7 (the public
/// input) and §8 (L1).
/// @dev One quote quantum is one token unit (the collateral token has 6 decimals). Account ids below
/// L2_ACCOUNT_BASE are assigned here, in order, from 0. Every request enters one queue; `commitBatch` consumes a
/// prefix of it in order, one entry per Deposit, ForcedWithdrawal, ForcedTrade or MarketParams record of the
/// batch's pubdata.
contract Rollup {
    // ---------------------------------------------------------------------------------------------------------
    // Protocol constants (docs/PROTOCOL.md §1, §3, §6, §7, §8).

    /// @notice Size in bytes of one slot record of the pubdata (the compact records, docs/PROTOCOL.md §6.1).
    uint256 public constant RECORD_SIZE = 32;
    /// @notice Size in bytes of the market record that starts every batch's pubdata.
    uint256 internal constant MARKET_RECORD_SIZE = 64;
    /// @notice Exclusive bound on deposit and withdrawal amounts (2^MaxAmountBits quote quantums).
    uint256 public constant MAX_AMOUNT = 1 << 56;
    /// @notice Bits of an account id (AccountTreeDepth): the 4-ary account tree has 2^24 leaves.
    uint256 public constant ACCOUNT_TREE_DEPTH = 24;
    /// @notice Levels of the 4-ary account tree (AccountTreeLevels): two bits of the id per level.
    uint256 internal constant ACCOUNT_TREE_LEVELS = 12;
    /// @notice Siblings of an account's Merkle path (AccountProofLen): three per level, leaf level first.
    uint256 internal constant ACCOUNT_PROOF_LEN = 36;
    /// @notice The height of the account-tree nodes escape() caches: a node at height 4 is the root of the
    /// subtree of 4^4 = 256 accounts whose ids differ in their low 8 bits only, those of one escaped-bitmap word.
    uint256 public constant ESCAPE_NODE_HEIGHT = 4;
    /// @notice Number of leaves of the account tree (2^AccountTreeDepth): account ids are below it.
    uint256 public constant MAX_ACCOUNTS = 1 << ACCOUNT_TREE_DEPTH;
    /// @notice The first account id created on L2 (by a transfer, L2AccountBase); this contract assigns the ids
    /// below it and knows their owners, and knows nothing of the ids from it up.
    uint256 public constant L2_ACCOUNT_BASE = 1 << 23;
    /// @notice Exclusive bound on sizes and prices (2^MaxSizeBits = 2^MaxPriceBits).
    uint256 public constant MAX_SIZE = 1 << 48;
    /// @notice The scale of margin fractions (PpmScale): a fraction is at most this many parts per million.
    uint256 public constant PPM_SCALE = 1_000_000;
    /// @notice The domain tag of a forced-trade consent (docs/PROTOCOL.md §8).
    bytes32 public constant FORCED_TRADE_TYPEHASH = keccak256("perpx.ForcedTrade.v1");
    /// @notice Positions per account leaf (PositionSlots).
    uint256 public constant POSITION_SLOTS = 8;
    /// @notice Markets in the markets table (MarketCount); two words each.
    uint256 public constant MARKET_COUNT = 8;
    /// @notice Words of an account leaf's preimage: key x, key y, w0, the positions, the slot root.
    uint256 internal constant LEAF_WORDS = 4 + POSITION_SLOTS;
    /// @notice Words of the markets table.
    uint256 public constant MARKET_WORDS = 2 * MARKET_COUNT;
    /// @notice The fixed-point scale of prices and funding indices (PriceScale).
    int256 public constant PRICE_SCALE = 1_000_000;
    /// @notice How far, in seconds, a batch timestamp may run ahead of the L1 block that commits it.
    uint256 public constant MAX_TIMESTAMP_AHEAD = 15 minutes;
    /// @notice How far, in seconds, a batch timestamp may lag behind the L1 block that commits it: the system
    /// time (funding, order expiries) cannot be held back by more than this. A batch sealed and not committed
    /// within it can never be committed; the operator must re-seal its transactions.
    uint256 public constant MAX_TIMESTAMP_LAG = 1 days;
    /// @notice The BN254 scalar field modulus r: roots and hashed words are field elements, so they are below it.
    uint256 public constant SNARK_SCALAR_FIELD =
        21888242871839275222246405745257275088548364400416034343698204186575808495617;

    /// @notice How long a forced request may wait in the queue before anyone may freeze the rollup.
    uint256 public constant FREEZE_GRACE_PERIOD = 7 days;
    /// @notice How long a queued deposit must wait before its payer may reclaim it (no wait once frozen).
    uint256 public constant DEPOSIT_RECLAIM_DELAY = 3 days;
    /// @notice The timelock of every governance change: longer than the grace period, so a user who disagrees
    /// with a proposed change can file a forced withdrawal and have it served, or freeze, before it applies.
    uint256 public constant GOVERNANCE_DELAY = FREEZE_GRACE_PERIOD + 7 days;
    /// @notice How long a proposed change stays applicable once its timelock has passed; after that it can no
    /// longer be applied (and may be proposed again).
    uint256 public constant GOVERNANCE_EXPIRY = 14 days;
    /// @notice The bond, in token units, each forced request (withdrawal or trade) takes from its requester: a
    /// batch that serves the request valid credits it back to the requester, one that serves it invalid credits
    /// it to the operator committing the batch (which proved the request for nothing), and reclaimBond pays it
    /// back if the rollup freezes first. It prices spam: a request nobody can make valid costs its bond
    /// (docs/PROTOCOL.md §8).
    uint256 public constant FORCED_REQUEST_BOND = 10_000_000;
    /// @notice The least time between the service times of consecutive queue entries, in seconds: an entry's
    /// service time is the later of its block's time and the previous entry's service time plus this, and its
    /// grace period (or reclaim delay) counts from its service time. However fast requests are queued, the
    /// operator need serve no more than one entry per interval to leave none overdue, so a flood delays the
    /// deadlines behind it rather than letting anyone freeze (docs/PROTOCOL.md §8). Above the proving time of one
    /// record today (about 1.5 s on a 2-core prover).
    uint256 public constant QUEUE_SERVICE_INTERVAL = 2 seconds;
    /// @notice How long after the freeze escapes are claims to be settled pro rata (docs/PROTOCOL.md §8 "Escape
    /// settlement"): an escape within it records the account's value as a claim, paid only once the window has
    /// closed, as ⌊claim · pool / total claims⌋ when the claims exceed the state's escrow. An escape after it is
    /// paid at once from what the window's claims left.
    uint256 public constant ESCAPE_CLAIM_WINDOW = 30 days;
    /// @notice How much one guardian raise may move each margin fraction, in ppm (5 percentage points).
    uint256 public constant GUARDIAN_MAX_RAISE_PPM = 50_000;
    /// @notice How high the guardian may raise a margin fraction, in ppm (50 %); only the governor may go higher.
    uint256 public constant GUARDIAN_MAX_FRACTION_PPM = 500_000;
    /// @notice How long after a market's last MarketParams entry a raise or governance change of that market may
    /// queue the next (setReduceOnly, which a market takes once per reactivation, may at once): a market queues at
    /// most two entries per cooldown, so the entries stay far fewer than a batch a day can serve.
    uint256 public constant MARKET_PARAMS_COOLDOWN = 1 days;
    /// @notice Oracle public keys in the protocol configuration (OracleKeys); each is two words, x and y.
    uint256 public constant ORACLE_KEYS = 5;
    /// @notice The domain tag of the configuration hash (DomainConfig, docs/PROTOCOL.md §3.4).
    uint256 public constant DOMAIN_CONFIG = 5;
    /// @notice The key of `verifiers` that holds the submission verifier (the aggregation Root's,
    /// commitSubmission), set like a batch size's verifier (constructor, Change.Verifier); no pubdata selects it.
    /// address(0) there disables submissions.
    uint256 public constant SUBMISSION_VERIFIER_KEY = type(uint256).max;

    /// @dev Noop (0), Trade (2), Transfer (5), Liquidate (6) and Deleverage (7) records change nothing on L1.
    uint8 internal constant RECORD_DEPOSIT = 1;
    uint8 internal constant RECORD_WITHDRAWAL = 3;
    uint8 internal constant RECORD_FORCED_WITHDRAWAL = 4;
    uint8 internal constant RECORD_FORCED_TRADE = 8;
    uint8 internal constant RECORD_MARKET_PARAMS = 9;
    /// @dev Offset of a compact ForcedWithdrawal record's valid byte.
    uint256 internal constant FORCED_VALID_OFFSET = 31;
    /// @dev Offset of a compact ForcedTrade record's flags byte (aIsBuy << 1 | valid).
    uint256 internal constant FORCED_TRADE_FLAGS_OFFSET = 19;
    /// @dev Bit t set for each record type t that consumes a queue entry.
    uint256 internal constant QUEUED_TYPES =
        (1 << RECORD_DEPOSIT) | (1 << RECORD_FORCED_WITHDRAWAL) | (1 << RECORD_FORCED_TRADE) | (1 << RECORD_MARKET_PARAMS);
    /// @dev Bit t set for each queue entry type t whose entry, left unserved, lets anyone freeze.
    uint256 internal constant FREEZABLE_TYPES =
        (1 << RECORD_FORCED_WITHDRAWAL) | (1 << RECORD_FORCED_TRADE) | (1 << RECORD_MARKET_PARAMS);

    /// @dev Market statuses (docs/PROTOCOL.md §3.3).
    uint8 internal constant MARKET_ACTIVE = 1;
    uint8 internal constant MARKET_REDUCE_ONLY = 2;
    uint8 internal constant MARKET_SETTLED = 3;
    /// @dev Bits of a Change.MarketParams value: status u8 | imf u24 << 8 | mmf u24 << 32 | tierImf u24 << 56 |
    /// tierMmf u24 << 80.
    uint256 internal constant MARKET_CHANGE_BITS = 104;


    /// @dev A queue entry packs the top 184 bits of keccak256 of its request record, the record type and the
    /// service time (QUEUE_SERVICE_INTERVAL): hash | type << 64 | time. A consumed entry is 0. Reclaimed
    /// entries form runs of adjacent entries; both ends of a run [start, end] hold start << 72 |
    /// ENTRY_RECLAIMED << 64 | end, and every inner entry holds some such marker (maybe of an older, shorter
    /// run), so no entry of a run reads as pending and a batch skips a whole run in one step.
    uint256 internal constant ENTRY_HASH_MASK = ~uint256(0) << 72;
    uint256 internal constant ENTRY_TYPE_SHIFT = 64;
    uint8 internal constant ENTRY_RECLAIMED = 0xff;
    uint256 internal constant RUN_START_SHIFT = 72;

    /// @dev The public input is SHA-256 reduced to its low 253 bits, so it is below r.
    uint256 internal constant PUBLIC_INPUT_MASK = (1 << 253) - 1;
    /// @dev The bias of signed 64-bit fields in packed words (docs/PROTOCOL.md §3).
    int256 internal constant BIAS = 1 << 63;
    /// @dev Index of w0 in a leaf's preimage, and of its first position word.
    uint256 internal constant LEAF_W0 = 2;
    uint256 internal constant LEAF_POS0 = 3;

    // ---------------------------------------------------------------------------------------------------------
    // Errors.

    /// @notice A required address is zero.
    error ZeroAddress();
    /// @notice The token or a verifier has no code.
    error NotAContract(address account);
    /// @notice The batch sizes and verifiers arrays differ in length.
    error LengthMismatch(uint256 batchSizes, uint256 verifiers);
    /// @notice No batch size is given, so no batch could ever be committed.
    error NoBatchSizes();
    /// @notice A batch size is zero or listed twice.
    error InvalidBatchSize(uint256 batchSize);
    /// @notice No operator is given.
    error NoOperators();
    /// @notice A deposit or withdrawal of zero.
    error ZeroAmount();
    /// @notice A deposit or withdrawal of 2^56 quote quantums or more.
    error AmountTooLarge(uint256 amount);
    /// @notice The compressed key is not canonical or not a point of the curve.
    error InvalidPubKey(bytes32 pubKey);
    /// @notice The compressed key is one of the 8 points of small order (smallOrderKeys), the zero encoding
    /// included: anyone could sign for it.
    error SmallOrderPubKey(bytes32 pubKey);
    /// @notice Every account id L1 may assign (below L2_ACCOUNT_BASE) is taken.
    error AccountLimitReached();
    /// @notice `depositTo` names an account that does not exist.
    error UnknownAccount(uint32 accountId);
    /// @notice The guardian has paused deposits.
    error DepositsArePaused();
    /// @notice Only an operator may commit batches.
    error NotOperator(address caller);
    /// @notice Only the governor may propose and apply changes.
    error NotGovernor(address caller);
    /// @notice Only the guardian may do this.
    error NotGuardian(address caller);
    /// @notice Only the governor or the guardian may cancel a change (the guardian not every kind:
    /// GuardianCannotCancel).
    error NotGovernorOrGuardian(address caller);
    /// @notice Only an account's L1 owner may force its withdrawal or request a forced trade from it.
    error NotAccountOwner(uint32 accountId, address caller);
    /// @notice A forced trade was sent by someone other than the requester its consent names.
    error NotRequester(address requester, address caller);
    /// @notice Only a deposit's payer may reclaim it.
    error NotDepositPayer(uint64 queueIndex, address caller);
    /// @notice A state root or hashed word is not below the scalar field modulus.
    error NotInField(uint256 word);
    /// @notice The pubdata is empty (no market record) or its length is not a multiple of the record size.
    error BadPubdataLength(uint256 length);
    /// @notice No verifier is registered for a batch of this many records.
    error UnsupportedBatchSize(uint256 batchSize);
    /// @notice The batch timestamp is before the previous batch's.
    error TimestampBeforeLast(uint64 timestamp, uint64 last);
    /// @notice The batch timestamp is more than MAX_TIMESTAMP_AHEAD after the block's.
    error TimestampTooFarAhead(uint64 timestamp, uint256 bound);
    /// @notice The batch timestamp is more than MAX_TIMESTAMP_LAG before the block's.
    error TimestampTooFarBehind(uint64 timestamp, uint256 bound);
    /// @notice A Deposit, ForcedWithdrawal, ForcedTrade or MarketParams record differs from the queue entry it
    /// consumes (or the queue is empty).
    error QueueMismatch(uint64 queueIndex);
    /// @notice A record has a type byte that no record type uses.
    error UnknownRecordType(uint256 recordIndex, uint8 recordType);
    /// @notice commitBatch was not given exactly one address per Withdrawal record.
    error WithdrawalAddressCount(uint256 given);
    /// @notice The caller has no pending withdrawal.
    error NothingToWithdraw();
    /// @notice The caller's escape claims are paid only once the claim window closes, at `windowEnd`.
    error EscapeWindowOpen(uint256 windowEnd);
    /// @notice A partial withdrawal asks for more than the caller's credit.
    error AmountExceedsCredit(uint256 amount, uint256 credit);
    /// @notice An escape after the claim window: the window's claims left nothing of the escrow to pay it from.
    error NoEscapeSurplus(uint32 accountId);
    /// @notice The token reverted or returned false.
    error TransferFailed();
    /// @notice The rollup is frozen: no batches, deposits, forced requests or governance.
    error RollupFrozen();
    /// @notice Only a frozen rollup lets accounts escape.
    error RollupNotFrozen();
    /// @notice The queue entry is consumed, reclaimed, not yet queued, or not of the kind the call needs.
    error NotPending(uint64 queueIndex);
    /// @notice The record given for a queue entry is not the one queued there.
    error RequestMismatch(uint64 queueIndex);
    /// @notice The forced request is still within its grace period.
    error NotOverdue(uint64 queueIndex, uint256 dueTime);
    /// @notice The deposit is still within its reclaim delay.
    error NotReclaimable(uint64 queueIndex, uint256 reclaimableAt);
    /// @notice The account already escaped.
    error AlreadyEscaped(uint32 accountId);
    /// @notice The account id is not below MAX_ACCOUNTS.
    error AccountOutOfRange(uint32 accountId);
    /// @notice The leaf, path, markets table and globals do not hash to the stored state root.
    error StateMismatch(uint256 computedRoot);
    /// @notice The account's value at the frozen prices is zero or negative: there is nothing to pay.
    error NothingToEscape(uint32 accountId);
    /// @notice A governance change is malformed (zero governor, address with high bits, zero batch size…).
    error InvalidChange(Change kind, bytes32 key, bytes32 value);
    /// @notice The same change is already pending.
    error ChangeAlreadyPending(bytes32 id);
    /// @notice No such change is pending.
    error ChangeNotPending(bytes32 id);
    /// @notice The change's timelock has not expired.
    error ChangeNotReady(bytes32 id, uint256 eta);
    /// @notice The change was applicable until `expiry` (GOVERNANCE_EXPIRY after its timelock) and no longer is.
    error ChangeExpired(bytes32 id, uint256 expiry);
    /// @notice The guardian may not cancel a change of the governor or of the guardian.
    error GuardianCannotCancel(Change kind);
    /// @notice The forced trade's consent expired: the block's time is after `expiry`.
    error ConsentExpired(uint64 expiry);
    /// @notice This consent already queued a forced trade.
    error ConsentUsed(bytes32 consent);
    /// @notice The consent signature is not 65 bytes r ‖ s ‖ v with v ∈ {27, 28} and s ≤ n/2, recovers no
    /// address, or — for an account id below L2_ACCOUNT_BASE — is not by account B's owner.
    error InvalidSignature();
    /// @notice The forced trade breaks a rule the contract checks: A = B, an id ≥ 2^24, a market outside 1..8,
    /// size or price outside (0, 2^48), size·price not a multiple of PRICE_SCALE or size·price / PRICE_SCALE
    /// ≥ 2^56.
    error InvalidForcedTrade();
    /// @notice The market-params change is not legal against the tracked row (docs/PROTOCOL.md §5 "Market
    /// params"): an unlisted or settled market, an illegal status change, or invalid margin fractions.
    error InvalidMarketParams(uint8 market);
    /// @notice The guardian may only raise margin fractions, never lower one.
    error GuardianCannotLower(uint8 market);
    /// @notice A guardian raise moves a fraction by more than GUARDIAN_MAX_RAISE_PPM.
    error GuardianRaiseTooLarge(uint8 market);
    /// @notice A guardian raise takes a fraction above GUARDIAN_MAX_FRACTION_PPM.
    error GuardianFractionTooHigh(uint8 market);
    /// @notice The market queued a MarketParams entry less than MARKET_PARAMS_COOLDOWN ago; the next may queue
    /// from `readyAt`.
    error MarketParamsCooldown(uint8 market, uint256 readyAt);
    /// @notice The change leaves the market's status and fractions as they are.
    error MarketParamsUnchanged(uint8 market);
    /// @notice A published configuration hashes to neither a config hash that was ever current nor the value of
    /// a pending, unexpired ConfigHash change.
    error ConfigNotGoverned(bytes32 configHash);
    /// @notice A ConfigHash change applies only once publishConfig has logged the new hash's preimage, so every
    /// configuration a batch is proven for is on L1 for the escape hatch's rebuild.
    error ConfigNotPublished(bytes32 configHash);

    // ---------------------------------------------------------------------------------------------------------
    // Types.

    /// @notice The kinds of governance change, each applied only after GOVERNANCE_DELAY. Key and value:
    /// ConfigHash (0, hash), Verifier (batch size, verifier address or 0 to remove), Operator (address, 1 to add
    /// or 0 to remove), Governor (0, address), Guardian (0, address or 0 for none), UnpauseDeposits (0, 0),
    /// MarketParams (market, status | imf << 8 | mmf << 32 | tierImf << 56 | tierMmf << 80).
    enum Change {
        ConfigHash,
        Verifier,
        Operator,
        Governor,
        Guardian,
        UnpauseDeposits,
        MarketParams
    }

    /// @notice A forced trade: A (the account of `requester`, who must send it) trades `size` at `price` with B,
    /// A on side `aIsBuy`; B's owner consents to it by signing forcedTradeConsent(request), which names the
    /// requester, so nobody else can use the consent up. `expiry` (unix seconds) and `nonce` only bound and
    /// distinguish consents.
    struct ForcedTradeRequest {
        address requester;
        uint32 accountA;
        uint32 accountB;
        uint8 market;
        bool aIsBuy;
        uint64 size;
        uint64 price;
        uint64 expiry;
        uint64 nonce;
    }

    /// @notice The governed fields of a market's row (docs/PROTOCOL.md §3.3), as the queued changes leave them:
    /// status and margin fractions in ppm, and the tier size, which never changes.
    struct MarketRow {
        uint8 status;
        uint24 imf;
        uint24 mmf;
        uint24 tierImf;
        uint24 tierMmf;
        uint48 tierSize;
    }

    /// @notice The roles at deployment.
    struct Roles {
        address governor;
        address guardian;
        address[] operators;
    }

    /// @notice The genesis state: the state root is H(accountsRoot, H(markets), globals), computed here.
    struct GenesisState {
        uint256 accountsRoot;
        uint256[MARKET_WORDS] markets;
        uint256 globals;
    }

    /// @notice An account's L1 owner and compressed L2 key, as its deposits record them.
    struct Account {
        address owner;
        bytes32 pubKey;
    }

    /// @notice The chain of committed batches (one storage slot). frozenAt is the freeze time, 0 until then.
    struct BatchState {
        uint64 batchNumber;
        uint64 timestamp;
        uint64 queueHead;
        uint64 frozenAt;
    }

    /// @notice The state's escrow, as the batches move it (one storage slot): every deposit a batch consumed and
    /// every withdrawal a batch credited. `deposited − credited` is what the state's collateral, insurance fund
    /// and fee pool hold in tokens (docs/PROTOCOL.md §8 "Escape settlement").
    struct Escrow {
        uint128 deposited;
        uint128 credited;
    }

    /// @notice The escape claims (one storage slot): the values claimed within the claim window, and what the
    /// escapes after it were credited.
    struct EscapeTotals {
        uint128 claims;
        uint128 lateCredited;
    }

    /// @notice Account and queue counters, the last entry's service time and the flags deposits read (one
    /// storage slot). `frozen` mirrors BatchState.frozenAt != 0.
    struct QueueState {
        uint32 accountCount;
        uint64 queueCount;
        uint64 lastServiceTime;
        bool depositsPaused;
        bool frozen;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Events.

    /// @notice The rollup starts from this state; every later state follows from the batches' pubdata.
    event Genesis(uint256 stateRoot, uint256 accountsRoot, uint256[MARKET_WORDS] markets, uint256 globals);
    /// @notice A deposit entered the queue; its compact record is `0x10 | accountId u24 | amount u56 | depositTag`,
    /// the tag binding `owner` and `pubKey` (docs/PROTOCOL.md §6.1), which a rebuild takes from this log.
    event DepositQueued(
        uint64 queueIndex, uint32 indexed accountId, address indexed owner, bytes32 pubKey, uint64 amount
    );
    /// @notice The account's owner forced a withdrawal; a batch must serve it, valid or not, within
    /// FREEZE_GRACE_PERIOD.
    event ForcedWithdrawalQueued(uint64 queueIndex, uint32 indexed accountId, address indexed owner, uint64 amount);
    /// @notice A forced trade entered the queue: `requester` (A's owner) asks to trade `size` at `price` with
    /// account B, whose owner `counterparty` consented; a batch must serve it, valid or not, within
    /// FREEZE_GRACE_PERIOD.
    event ForcedTradeQueued(
        uint64 queueIndex,
        uint32 indexed accountA,
        uint32 indexed accountB,
        uint8 market,
        bool aIsBuy,
        uint64 size,
        uint64 price,
        address requester,
        address counterparty
    );
    /// @notice A change of a market's status and margin fractions entered the queue; a batch must apply it
    /// within FREEZE_GRACE_PERIOD.
    event MarketParamsQueued(
        uint64 queueIndex, uint8 indexed market, uint8 status, uint24 imf, uint24 mmf, uint24 tierImf, uint24 tierMmf
    );
    /// @notice A queued deposit was paid back to its payer; batches skip its queue entry.
    event DepositReclaimed(uint64 queueIndex, address indexed payer, uint64 amount);
    /// @notice The bond of a forced request the rollup froze before serving was paid back to its requester.
    event BondReclaimed(uint64 queueIndex, address indexed requester, uint256 amount);
    /// @notice A proven batch moved the state to `newRoot`; `queueHead` is the next queue index to consume.
    /// `pubdata` is the batch's pubdata as proven (the market record, then the slot records; docs/PROTOCOL.md
    /// §6–§8), so the escape hatch rebuilds the state from this contract's logs whoever calls it and however the
    /// calling transaction is encoded. Changing this event breaks compatibility with every rebuild tool.
    event BatchCommitted(uint64 indexed batchNumber, uint256 newRoot, uint64 timestamp, uint64 queueHead, bytes pubdata);
    /// @notice An aggregated submission moved the state to `newRoot` through batches firstBatchNumber ..
    /// lastBatchNumber; `queueHead` is the next queue index to consume. Their records are in the blob of
    /// versioned hash `versionedHash` (docs/PROTOCOL.md §11.1), and `l1Records` are the records L1 acted on, as
    /// proven: with BatchCommitted, what the escape hatch rebuilds the state from (§11.7).
    event SubmissionCommitted(
        uint64 indexed lastBatchNumber,
        uint64 firstBatchNumber,
        uint256 newRoot,
        uint64 timestamp,
        uint64 queueHead,
        bytes32 versionedHash,
        bytes l1Records
    );
    /// @notice `account` was paid its pending withdrawals.
    event Withdrawn(address indexed account, uint256 amount);
    /// @notice The queued request at `queueIndex` was overdue: the rollup is frozen at its last root for good.
    event Frozen(uint64 queueIndex, uint256 stateRoot);
    /// @notice An account escaped with `amount`, its value at the frozen state: within the claim window a claim of
    /// its L1 address, paid pro rata once the window closes; after it, EscapeCredited says what was credited.
    event Escaped(uint32 indexed accountId, address indexed owner, uint256 amount);
    /// @notice An escape after the claim window credited `amount` (at most its value) to the account's address.
    event EscapeCredited(uint32 indexed accountId, address indexed owner, uint256 amount);
    /// @notice The governor proposed a change, which can be applied from `eta`.
    event ChangeProposed(bytes32 indexed id, Change kind, bytes32 key, bytes32 value, uint256 eta);
    /// @notice A change was applied.
    event ChangeApplied(bytes32 indexed id, Change kind, bytes32 key, bytes32 value);
    /// @notice A pending change was cancelled.
    event ChangeCancelled(bytes32 indexed id, address by);
    /// @notice The guardian paused deposits.
    event DepositsPaused(address guardian);
    /// @notice The preimage of a governed config hash (docs/PROTOCOL.md §3.4), so the configuration the batches
    /// are proven for, and the escape hatch replays them with, is on L1: the oracle keys' coordinates x0, y0,
    /// …, x4, y4 and the params word.
    event ConfigPublished(bytes32 indexed configHash, uint256[2 * ORACLE_KEYS] oracleKeys, uint256 params);

    // ---------------------------------------------------------------------------------------------------------
    // Storage.

    /// @notice The collateral token.
    IERC20 public immutable token;
    /// @notice The Poseidon2 hasher this contract deployed (docs/PROTOCOL.md §2).
    address public immutable hasher;
    /// @notice The width-4 Poseidon2 hasher of the 4-ary trees' nodes this contract deployed (§2).
    address public immutable hasher4;
    /// @notice The contract that does escape()'s Poseidon2 hashing with hasher and hasher4, created by the
    /// constructor.
    EscapeHasher public immutable escapeHasher;
    /// @notice The RollupChecks contract given at construction: it checks deposit keys, forced-trade consents and
    /// submissions (commitSubmission).
    RollupChecks public immutable checks;

    /// @notice The root of the last committed state.
    uint256 public stateRoot;
    /// @notice The last batch's number and timestamp, the next queue index to consume, the freeze time.
    BatchState public batchState;
    /// @notice The number of accounts and of queue entries ever made, the last entry's service time and flags.
    QueueState public queueState;
    /// @notice The bonds (FORCED_REQUEST_BOND each) of the forced requests queued and not yet served or
    /// reclaimed: tokens the contract holds for their requesters.
    uint256 public forcedBonds;
    /// @notice The hash of the protocol configuration the circuits are built for.
    bytes32 public configHash;
    /// @notice Proposes and applies governance changes, after GOVERNANCE_DELAY.
    address public governor;
    /// @notice May, at once, pause deposits, cancel pending changes other than of the governor or the guardian,
    /// make an active market reduce-only and raise margin fractions within GUARDIAN_MAX_RAISE_PPM,
    /// GUARDIAN_MAX_FRACTION_PPM and MARKET_PARAMS_COOLDOWN; nothing else.
    address public guardian;
    /// @notice The addresses that may commit batches.
    mapping(address => bool) public operators;
    /// @notice The verifier for each supported batch size (records per batch).
    mapping(uint256 batchSize => address) public verifiers;
    /// @notice The queue: each entry packs its request's hash, record type and service time; 0 once consumed (a
    /// reclaimed run's inner entries keep reclaimed markers).
    mapping(uint256 queueIndex => uint256) public queue;
    /// @notice Who paid a deposit, when not the account's owner (a reclaim pays the payer).
    mapping(uint256 queueIndex => address) public depositPayers;
    /// @notice The requester (A's owner) of each pending forced trade, whose compact record carries only a tag
    /// of the two addresses (docs/PROTOCOL.md §6.1): its bond goes back to it.
    mapping(uint256 queueIndex => address) internal forcedTradeRequesters;
    /// @notice Each account's owner and key.
    mapping(uint32 accountId => Account) public accounts;
    /// @notice Withdrawals credited by committed batches, by escapes after the claim window, and by escape claims
    /// withdraw turned into credit, and not yet paid.
    mapping(address => uint256) public pendingWithdrawals;
    /// @notice Escape values claimed within the claim window by each L1 address, and not yet turned into a
    /// withdrawal credit (withdraw does, once the window closes).
    mapping(address => uint256) public escapeClaims;
    /// @notice The deposits batches consumed and the withdrawals they credited.
    Escrow public escrow;
    /// @notice The escape claims of the window, and the credits of later escapes.
    EscapeTotals public escapeTotals;
    /// @notice The earliest time each pending governance change may be applied, by change id (it expires
    /// GOVERNANCE_EXPIRY later).
    mapping(bytes32 id => uint256 eta) public pendingChanges;
    /// @notice One bit per account that escaped, 256 accounts per word.
    mapping(uint256 word => uint256) public escaped;
    /// @notice keccak256(stateRoot, accountsRoot, tables) of the last state root escape() verified by hashing
    /// the markets table and the root, where tables is the keccak256 of the markets words and globals: a later
    /// escape whose path reaches the same accounts root with the same words skips that hashing (§8).
    bytes32 public escapeRootDigest;
    /// @notice The account-tree nodes at ESCAPE_NODE_HEIGHT that escape() verified against a state root, by
    /// keccak256(stateRoot, tables, id >> 2·ESCAPE_NODE_HEIGHT): a later escape in the same subtree with the same
    /// markets words and globals hashes its path up to the node only (docs/PROTOCOL.md §8).
    mapping(bytes32 key => uint256 node) public escapeNodes;
    /// @notice Each market's status and margin fractions as of the last change queued (from the genesis table).
    mapping(uint256 market => MarketRow) public marketRows;
    /// @notice The forced-trade consents that queued a trade.
    mapping(bytes32 consent => bool) public consentUsed;
    /// @notice When each market last queued a MarketParams entry (0 if never).
    mapping(uint256 market => uint256) public marketParamsQueuedAt;
    /// @notice The config hashes whose preimage publishConfig logged.
    mapping(bytes32 configHash => bool) public configPublished;
    /// @notice The config hashes that were ever current (the constructor's and every applied change's): their
    /// preimages stay publishable for good.
    mapping(bytes32 configHash => bool) public configEverCurrent;

    /// @param token_ The collateral token.
    /// @param roles The governor, the guardian (may be zero) and the operators.
    /// @param genesis The genesis accounts root, markets table and globals; each listed market's row must be valid
    /// (docs/PROTOCOL.md §3.3).
    /// @param configHash_ The configuration hash the circuits commit to.
    /// @param batchSizes The supported batch sizes.
    /// @param batchVerifiers The verifier of each batch size, in the same order.
    /// @param checks_ A deployed RollupChecks (contracts/RollupChecks.sol).
    constructor(
        IERC20 token_,
        Roles memory roles,
        GenesisState memory genesis,
        bytes32 configHash_,
        uint256[] memory batchSizes,
        address[] memory batchVerifiers,
        RollupChecks checks_
    ) {
        if (roles.governor == address(0)) revert ZeroAddress();
        if (roles.operators.length == 0) revert NoOperators();
        if (address(token_).code.length == 0) revert NotAContract(address(token_));
        if (address(checks_).code.length == 0) revert NotAContract(address(checks_));
        checks = checks_;
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
        for (uint256 i; i < roles.operators.length; ++i) {
            if (roles.operators[i] == address(0)) revert ZeroAddress();
            operators[roles.operators[i]] = true;
        }
        token = token_;
        governor = roles.governor;
        guardian = roles.guardian;
        configHash = configHash_;
        configEverCurrent[configHash_] = true;
        address h = Poseidon2.deploy();
        hasher = h;
        address h4 = Poseidon2.deploy4();
        hasher4 = h4;
        EscapeHasher eh = new EscapeHasher(h, h4);
        escapeHasher = eh;
        _checkWord(genesis.accountsRoot);
        uint256 root = eh.stateRoot(genesis.accountsRoot, genesis.markets, genesis.globals);
        for (uint256 m = 1; m <= MARKET_COUNT; ++m) {
            _initMarketRow(uint8(m), genesis.markets[2 * m - 2], genesis.markets[2 * m - 1]);
        }
        stateRoot = root;
        emit Genesis(root, genesis.accountsRoot, genesis.markets, genesis.globals);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Modifiers.

    modifier onlyGovernor() {
        if (msg.sender != governor) revert NotGovernor(msg.sender);
        _;
    }

    modifier onlyGuardian() {
        if (msg.sender != guardian) revert NotGuardian(msg.sender);
        _;
    }

    modifier notFrozen() {
        if (batchState.frozenAt != 0) revert RollupFrozen();
        _;
    }

    // ---------------------------------------------------------------------------------------------------------
    // The queue: deposits, forced withdrawals and forced trades.

    /// @notice Creates an account owned by the caller with L2 key `pubKey` and deposits `amount` into it. Ids are
    /// assigned in order below L2_ACCOUNT_BASE (AccountLimitReached after), never in the L2 range.
    /// @dev The caller must have approved `amount` of the token to this contract.
    /// @return accountId The new account's id.
    function deposit(bytes32 pubKey, uint256 amount) external returns (uint32 accountId) {
        _checkAmount(amount);
        checks.checkPubKey(pubKey);
        QueueState memory q = queueState;
        _checkDepositsOpen(q);
        if (q.accountCount >= L2_ACCOUNT_BASE) revert AccountLimitReached();
        accountId = q.accountCount;
        accounts[accountId] = Account(msg.sender, pubKey);
        q.accountCount = accountId + 1;
        uint64 queueIndex = _pushDeposit(q, accountId, amount, msg.sender, pubKey);
        emit DepositQueued(queueIndex, accountId, msg.sender, pubKey, uint64(amount));
        _call(abi.encodeCall(IERC20.transferFrom, (msg.sender, address(this), amount)));
    }

    /// @notice Deposits `amount` into an existing account; anyone may pay, the record names the account's owner.
    /// A reclaim of this deposit pays the caller.
    /// @dev The caller must have approved `amount` of the token to this contract.
    function depositTo(uint32 accountId, uint256 amount) external {
        _checkAmount(amount);
        QueueState memory q = queueState;
        _checkDepositsOpen(q);
        if (accountId >= q.accountCount) revert UnknownAccount(accountId);
        Account memory a = accounts[accountId];
        uint64 queueIndex = _pushDeposit(q, accountId, amount, a.owner, a.pubKey);
        if (msg.sender != a.owner) depositPayers[queueIndex] = msg.sender;
        emit DepositQueued(queueIndex, accountId, a.owner, a.pubKey, uint64(amount));
        _call(abi.encodeCall(IERC20.transferFrom, (msg.sender, address(this), amount)));
    }

    /// @notice Queues a withdrawal of `amount` from the caller's account `accountId` that the operator must
    /// serve within FREEZE_GRACE_PERIOD: as a valid ForcedWithdrawal record (the amount is credited to the
    /// owner) or an invalid one (the proof shows the withdrawal would break a rule), counted from its service
    /// time (QUEUE_SERVICE_INTERVAL). It takes FORCED_REQUEST_BOND from the caller, credited back when the
    /// request is served valid.
    /// @dev Below L2_ACCOUNT_BASE the caller must be the account's owner; an L2 sub-account has no owner here,
    /// so the circuit's check of the leaf's L1 address alone decides whether the request is valid. The caller
    /// must have approved FORCED_REQUEST_BOND of the token to this contract.
    /// @return queueIndex The request's queue index, which `freeze` names if it is not served in time.
    function forcedWithdrawal(uint32 accountId, uint256 amount) external returns (uint64 queueIndex) {
        _checkAmount(amount);
        QueueState memory q = queueState;
        if (q.frozen) revert RollupFrozen();
        if (accountId >= MAX_ACCOUNTS) revert AccountOutOfRange(accountId);
        if (accountId < L2_ACCOUNT_BASE && accounts[accountId].owner != msg.sender) {
            revert NotAccountOwner(accountId, msg.sender);
        }
        queueIndex = _push(q, _hash32(_forcedRequest(accountId, amount, msg.sender)), RECORD_FORCED_WITHDRAWAL);
        emit ForcedWithdrawalQueued(queueIndex, accountId, msg.sender, uint64(amount));
        _takeBond();
    }

    /// @notice Queues a forced trade between the caller's account A and account B, with the consent of B's
    /// owner, that the operator must serve within FREEZE_GRACE_PERIOD: as a valid ForcedTrade record (A trades
    /// `size` at `price` with B, without fees) or an invalid one (the proof shows the trade would break a rule,
    /// docs/PROTOCOL.md §5), counted from its service time (QUEUE_SERVICE_INTERVAL). Each consent queues one
    /// trade. It takes FORCED_REQUEST_BOND from the caller, credited back when the trade is served valid.
    /// @dev The caller is the request's requester (NotRequester) and the record's addrA, the signer its addrB;
    /// the consent names the requester, so nobody else can use it up. Below L2_ACCOUNT_BASE the contract knows
    /// the owners and requires the caller to own A (NotAccountOwner) and the signer to own B (InvalidSignature);
    /// for an L2 sub-account the circuit's address checks alone decide. The caller must have approved
    /// FORCED_REQUEST_BOND of the token to this contract.
    /// @param req The trade; its fields are bounded as InvalidForcedTrade says.
    /// @param signature B's owner's consent: 65 bytes r ‖ s ‖ v (v ∈ {27, 28}, s ≤ n/2) over the EIP-191
    /// personal-message hash of forcedTradeConsent(req).
    /// @return queueIndex The request's queue index, which `freeze` names if it is not served in time.
    function forcedTrade(ForcedTradeRequest calldata req, bytes calldata signature) external returns (uint64 queueIndex) {
        QueueState memory q = queueState;
        if (q.frozen) revert RollupFrozen();
        checks.checkForcedTrade(req.accountA, req.accountB, req.market, req.size, req.price);
        if (block.timestamp > req.expiry) revert ConsentExpired(req.expiry);
        if (req.requester != msg.sender) revert NotRequester(req.requester, msg.sender);
        uint32 accountA = req.accountA;
        if (accountA < L2_ACCOUNT_BASE && accounts[accountA].owner != msg.sender) {
            revert NotAccountOwner(accountA, msg.sender);
        }
        bytes32 consent = forcedTradeConsent(req);
        if (consentUsed[consent]) revert ConsentUsed(consent);
        address counterparty = checks.consentSigner(consent, signature);
        if (req.accountB < L2_ACCOUNT_BASE && accounts[req.accountB].owner != counterparty) revert InvalidSignature();
        consentUsed[consent] = true;
        queueIndex = _push(q, _hash32(_forcedTradeRequest(req, msg.sender, counterparty)), RECORD_FORCED_TRADE);
        forcedTradeRequesters[queueIndex] = msg.sender;
        emit ForcedTradeQueued(
            queueIndex, accountA, req.accountB, req.market, req.aIsBuy, req.size, req.price, msg.sender, counterparty
        );
        _takeBond();
    }

    /// @notice The consent B's owner signs for a forced trade (docs/PROTOCOL.md §8):
    /// keccak256(abi.encode(FORCED_TRADE_TYPEHASH, chain id, this contract, requester, accountA, accountB, market,
    /// aIsBuy, size, price, expiry, nonce)).
    function forcedTradeConsent(ForcedTradeRequest calldata req) public view returns (bytes32) {
        // A struct of static fields encodes as its fields, each in one word.
        return keccak256(abi.encode(FORCED_TRADE_TYPEHASH, block.chainid, address(this), req));
    }

    /// @notice Pays a queued deposit back to its payer, once DEPOSIT_RECLAIM_DELAY has passed since its service
    /// time (its enqueue time unless the queue was backed up, QUEUE_SERVICE_INTERVAL) or at once if the rollup is
    /// frozen. Later batches skip the entry.
    /// @param queueIndex The deposit's queue index.
    /// @param r The deposit's 32-byte compact record (docs/PROTOCOL.md §6.1), as DepositQueued describes it.
    function reclaimDeposit(uint64 queueIndex, bytes32 r) external {
        uint256 entry = _pendingEntry(queueIndex, 1 << RECORD_DEPOSIT);
        if (_type(r) != RECORD_DEPOSIT) revert RequestMismatch(queueIndex);
        if ((uint256(_hash32(r)) ^ entry) & ENTRY_HASH_MASK != 0) revert RequestMismatch(queueIndex);
        if (batchState.frozenAt == 0) {
            uint256 reclaimableAt = uint64(entry) + DEPOSIT_RECLAIM_DELAY;
            if (block.timestamp < reclaimableAt) revert NotReclaimable(queueIndex, reclaimableAt);
        }
        uint64 amount = _amount(r);
        // The payer, when not the owner; every deposit to an account names the owner it was created with.
        address payer = depositPayers[queueIndex];
        if (payer == address(0)) payer = accounts[uint32(uint256(r) >> 224) & 0xffffff].owner;
        if (msg.sender != payer) revert NotDepositPayer(queueIndex, msg.sender);
        _markReclaimed(queueIndex);
        emit DepositReclaimed(queueIndex, payer, amount);
        _call(abi.encodeCall(IERC20.transfer, (payer, amount)));
    }

    function _checkAmount(uint256 amount) private pure {
        if (amount == 0) revert ZeroAmount();
        if (amount >= MAX_AMOUNT) revert AmountTooLarge(amount);
    }

    function _checkDepositsOpen(QueueState memory q) private pure {
        if (q.frozen) revert RollupFrozen();
        if (q.depositsPaused) revert DepositsArePaused();
    }

    /// @notice Pays the bond of a forced withdrawal or forced trade the rollup froze before serving back to its
    /// requester (the record's L1 address, or the forced trade's stored requester). Anyone may call it, once per
    /// request.
    /// @param queueIndex The request's queue index.
    /// @param r The request's 32-byte compact ForcedWithdrawal or ForcedTrade record (its valid flag is ignored).
    function reclaimBond(uint64 queueIndex, bytes32 r) external {
        if (batchState.frozenAt == 0) revert RollupNotFrozen();
        uint256 entry = _pendingEntry(queueIndex, (1 << RECORD_FORCED_WITHDRAWAL) | (1 << RECORD_FORCED_TRADE));
        if (_type(r) != uint8(entry >> ENTRY_TYPE_SHIFT)) revert RequestMismatch(queueIndex);
        if ((uint256(_hash32(_request(r))) ^ entry) & ENTRY_HASH_MASK != 0) revert RequestMismatch(queueIndex);
        (address requester,) = _requester(r, queueIndex);
        _markReclaimed(queueIndex);
        forcedBonds -= FORCED_REQUEST_BOND;
        emit BondReclaimed(queueIndex, requester, FORCED_REQUEST_BOND);
        _call(abi.encodeCall(IERC20.transfer, (requester, FORCED_REQUEST_BOND)));
    }

    /// @dev Takes FORCED_REQUEST_BOND from the caller for the forced request it just queued.
    function _takeBond() private {
        forcedBonds += FORCED_REQUEST_BOND;
        _call(abi.encodeCall(IERC20.transferFrom, (msg.sender, address(this), FORCED_REQUEST_BOND)));
    }

    /// @dev The requester of the compact ForcedWithdrawal or ForcedTrade record `r` queued at `queueIndex` — a
    /// forced withdrawal's L1 address (bytes 11..30), a forced trade's stored requester (its record carries only
    /// a tag of the addresses), docs/PROTOCOL.md §6.1 — and whether it is served valid.
    function _requester(bytes32 r, uint256 queueIndex) private view returns (address requester, bool valid) {
        if (_type(r) == RECORD_FORCED_WITHDRAWAL) {
            requester = address(uint160(uint256(r) >> 8));
            valid = uint8(r[FORCED_VALID_OFFSET]) == 1;
        } else {
            requester = forcedTradeRequesters[queueIndex];
            valid = uint8(r[FORCED_TRADE_FLAGS_OFFSET]) & 1 == 1;
        }
    }

    /// @dev A forced request's record as its queue entry hashes it: the compact record with the valid flag
    /// cleared (a ForcedWithdrawal's byte 31, a ForcedTrade's bit 0 of byte 19); other records as they are.
    function _request(bytes32 r) private pure returns (bytes32) {
        uint8 recordType = _type(r);
        if (recordType == RECORD_FORCED_WITHDRAWAL) return r & ~bytes32(uint256(0xff));
        if (recordType == RECORD_FORCED_TRADE) return CompactRecords.withoutForcedTradeValid(r);
        return r;
    }

    /// @dev A compact record's type: the high nibble of its first byte (docs/PROTOCOL.md §6.1).
    function _type(bytes32 r) private pure returns (uint8) {
        return uint8(r[0]) >> 4;
    }

    /// @dev The amount of a compact Deposit, Withdrawal or ForcedWithdrawal record: bytes 4..10, u56.
    function _amount(bytes32 r) private pure returns (uint64) {
        return uint64(uint56(uint256(r) >> 168));
    }

    /// @dev keccak256 of a 32-byte record, what a queue entry keeps.
    function _hash32(bytes32 r) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            mstore(0, r)
            h := keccak256(0, 32)
        }
    }

    /// @dev A forced trade's request: its compact ForcedTrade record (docs/PROTOCOL.md §6.1) with the valid bit
    /// 0, the tag C(requester, counterparty) in its low 12 bytes.
    function _forcedTradeRequest(ForcedTradeRequest calldata req, address requester, address counterparty)
        private
        view
        returns (bytes32)
    {
        uint256 side = req.aIsBuy ? 2 : 0;
        return bytes32(
            (uint256((RECORD_FORCED_TRADE << 4) | req.market) << 248) | (uint256(req.accountA) << 224)
                | (uint256(req.accountB) << 200) | (uint256(uint48(req.size)) << 152) | (uint256(uint48(req.price)) << 104)
                | (side << 96) | CompactRecords.forcedTradeTag(hasher, requester, counterparty)
        );
    }

    /// @dev Queues a deposit: its compact Deposit record (docs/PROTOCOL.md §6.1), whose tag binds owner and key.
    function _pushDeposit(QueueState memory q, uint32 accountId, uint256 amount, address owner, bytes32 pubKey)
        private
        returns (uint64)
    {
        return _push(q, _hash32(CompactRecords.depositRecord(hasher, accountId, amount, owner, pubKey)), RECORD_DEPOSIT);
    }

    /// @dev The request of a forced withdrawal: its compact ForcedWithdrawal record with the valid byte 0.
    function _forcedRequest(uint32 accountId, uint256 amount, address owner) private pure returns (bytes32) {
        return bytes32(
            (uint256(RECORD_FORCED_WITHDRAWAL) << 252) | (uint256(accountId) << 224) | (amount << 168)
                | (uint256(uint160(owner)) << 8)
        );
    }

    /// @dev Appends an entry for a request with hash `h` and stores the new counters. The entry's time is its
    /// service time: the block's time, or the previous entry's service time plus QUEUE_SERVICE_INTERVAL if that
    /// is later.
    function _push(QueueState memory q, bytes32 h, uint8 recordType) private returns (uint64 queueIndex) {
        queueIndex = q.queueCount;
        uint64 serviceTime = q.lastServiceTime + uint64(QUEUE_SERVICE_INTERVAL);
        if (serviceTime < block.timestamp) serviceTime = uint64(block.timestamp);
        queue[queueIndex] =
            (uint256(h) & ENTRY_HASH_MASK) | (uint256(recordType) << ENTRY_TYPE_SHIFT) | serviceTime;
        q.queueCount = queueIndex + 1;
        q.lastServiceTime = serviceTime;
        queueState = q;
    }

    /// @dev Returns the entry at `queueIndex` if it is queued, not consumed or reclaimed, and of a type whose bit
    /// is set in `typeMask`.
    function _pendingEntry(uint64 queueIndex, uint256 typeMask) private view returns (uint256 entry) {
        if (queueIndex < batchState.queueHead) revert NotPending(queueIndex);
        entry = queue[queueIndex];
        if (entry == 0 || (typeMask >> uint8(entry >> ENTRY_TYPE_SHIFT)) & 1 == 0) revert NotPending(queueIndex);
    }

    /// @dev Marks the pending entry at `queueIndex` (at or after the queue head) reclaimed, merging it with the
    /// runs of reclaimed entries on either side: the left neighbour, if reclaimed and not before the head, is
    /// the end of its run, the right one the start of its run; the merged run's two ends are rewritten, and so
    /// is the entry itself when it joins two runs and becomes an inner entry, so that no entry of a run ever
    /// reads as pending again (issue 20: it could otherwise be reclaimed without limit). Constant work, so no run
    /// ever costs a batch more than one step.
    function _markReclaimed(uint64 queueIndex) internal {
        uint64 start = queueIndex;
        uint64 end = queueIndex;
        if (queueIndex > batchState.queueHead) {
            uint256 left = queue[queueIndex - 1];
            if (uint8(left >> ENTRY_TYPE_SHIFT) == ENTRY_RECLAIMED) start = uint64(left >> RUN_START_SHIFT);
        }
        uint256 right = queue[uint256(queueIndex) + 1];
        if (uint8(right >> ENTRY_TYPE_SHIFT) == ENTRY_RECLAIMED) end = uint64(right);
        uint256 marker =
            (uint256(start) << RUN_START_SHIFT) | (uint256(ENTRY_RECLAIMED) << ENTRY_TYPE_SHIFT) | uint256(end);
        queue[start] = marker;
        queue[end] = marker;
        if (queueIndex != start && queueIndex != end) queue[queueIndex] = marker;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Batches.

    /// @notice Verifies a batch proof and applies the batch: consumes its queue entries, credits its withdrawals
    /// and stores the new root. Any registered operator may call it, directly or through an inner call (a
    /// contract operator, an EIP-7702-delegated key): BatchCommitted carries the pubdata either way.
    /// @param newRoot The state root after the batch.
    /// @param timestamp The batch's system time, unix seconds.
    /// @param pubdata The MARKET_RECORD_SIZE-byte market record then the batch's compact slot records,
    /// RECORD_SIZE bytes each (docs/PROTOCOL.md §6.1); the number of slot records (the batch size) selects the
    /// verifier.
    /// @param withdrawalAddresses The L1 address of each Withdrawal record, in order: each is checked against
    /// its record's tag (WithdrawalTagMismatch) and credited. The proof does not cover them; the tags bind them.
    /// @param proof The Groth16 proof for the batch's public input.
    function commitBatch(
        uint256 newRoot,
        uint64 timestamp,
        bytes calldata pubdata,
        address[] calldata withdrawalAddresses,
        bytes calldata proof
    ) external {
        if (!operators[msg.sender]) revert NotOperator(msg.sender);
        uint64 batchNumber = _verifyBatch(newRoot, timestamp, pubdata, proof);
        uint64 queueHead = _applyRecords(pubdata[MARKET_RECORD_SIZE:], withdrawalAddresses, batchState.queueHead);
        stateRoot = newRoot;
        batchState = BatchState(batchNumber, timestamp, queueHead, 0);
        emit BatchCommitted(batchNumber, newRoot, timestamp, queueHead, pubdata);
    }

    /// @notice Verifies an aggregated submission (docs/PROTOCOL.md §11.7) and applies it: batches stored + 1 ..
    /// s.newBatchNumber, proven by one proof of the submission verifier (SUBMISSION_VERIFIER_KEY), their records
    /// in an EIP-4844 blob of this transaction. `checks` checks the state, the blob claim and the proof
    /// (RollupChecks.commitSubmission, to which this calldata is forwarded as it is); then s.l1Records are
    /// applied as commitBatch applies a batch's records (queue entries consumed, withdrawals credited to
    /// s.withdrawalAddresses, forced requests settled) and the root, batch number, timestamp and queue head
    /// stored. Any registered operator may call it.
    function commitSubmission(Submission calldata s) external {
        if (!operators[msg.sender]) revert NotOperator(msg.sender);
        (bool ok, bytes memory ret) = address(checks).staticcall(msg.data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
        bytes32 vh = abi.decode(ret, (bytes32));
        uint64 first = batchState.batchNumber + 1;
        uint64 queueHead = _applyRecords(s.l1Records, s.withdrawalAddresses, batchState.queueHead);
        stateRoot = s.newRoot;
        batchState = BatchState(s.newBatchNumber, s.timestamp, queueHead, 0);
        emit SubmissionCommitted(s.newBatchNumber, first, s.newRoot, s.timestamp, queueHead, vh, s.l1Records);
    }

    /// @dev Checks a batch's commit — not frozen, the new root a field element, a supported batch size (the
    /// market record is two RECORD_SIZE words), the
    /// timestamp (_checkTimestamp) and the proof of its public input — and returns its batch number.
    function _verifyBatch(uint256 newRoot, uint64 timestamp, bytes calldata pubdata, bytes calldata proof)
        private
        view
        returns (uint64 batchNumber)
    {
        BatchState memory s = batchState;
        if (s.frozenAt != 0) revert RollupFrozen();
        if (newRoot >= SNARK_SCALAR_FIELD) revert NotInField(newRoot);
        // The market record, then one compact record per batch slot (docs/PROTOCOL.md §7).
        uint256 length = pubdata.length;
        if (length < MARKET_RECORD_SIZE || length % RECORD_SIZE != 0) revert BadPubdataLength(length);
        address verifier = verifiers[length / RECORD_SIZE - 2];
        if (verifier == address(0)) revert UnsupportedBatchSize(length / RECORD_SIZE - 2);
        _checkTimestamp(timestamp, s.timestamp, block.timestamp);
        batchNumber = s.batchNumber + 1;
        uint256 input = _publicInput(bytes32(stateRoot), newRoot, batchNumber, timestamp, configHash, pubdata);
        IVerifier(verifier).verifyProof(proof, [input]);
    }

    /// @notice Reverts unless `last` ≤ `timestamp`, `blockTimestamp` − MAX_TIMESTAMP_LAG ≤ `timestamp` and
    /// `timestamp` ≤ `blockTimestamp` + MAX_TIMESTAMP_AHEAD.
    function _checkTimestamp(uint64 timestamp, uint64 last, uint256 blockTimestamp) internal pure {
        if (timestamp < last) revert TimestampBeforeLast(timestamp, last);
        if (uint256(timestamp) + MAX_TIMESTAMP_LAG < blockTimestamp) {
            revert TimestampTooFarBehind(timestamp, blockTimestamp - MAX_TIMESTAMP_LAG);
        }
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

    /// @notice Walks compact slot records (a batch's, after the market record that starts its pubdata, or a
    /// submission's l1Records): each Deposit,
    /// ForcedWithdrawal, ForcedTrade and MarketParams record must match the queue entry at `queueHead` (after
    /// skipping the run of reclaimed entries there, if any, in one step), which it consumes; each Withdrawal
    /// credits the next of `withdrawalAddresses`, which its tag must bind, and each valid ForcedWithdrawal its
    /// record's address; each ForcedWithdrawal and ForcedTrade settles its request's bond (_settleBond); Trade,
    /// Transfer, Liquidate, Deleverage and Noop records, and MarketParams records beyond their entries, change
    /// nothing on L1. Every withdrawal address must be used (WithdrawalAddressCount).
    /// @dev Runs are maximal (see _markReclaimed), so the entry after a run is never reclaimed: the walk does
    /// constant work per record however many deposits were reclaimed.
    /// @dev `records` must be a whole number of RECORD_SIZE-byte records. The record layouts are
    /// docs/PROTOCOL.md §6.1; record indices in errors count a batch's market record as 0.
    /// @return The queue index after the last consumed entry.
    function _applyRecords(bytes calldata records, address[] calldata withdrawalAddresses, uint64 queueHead)
        internal
        returns (uint64)
    {
        uint256 served; // forced requests served, whose bonds leave forcedBonds
        uint256 withdrawals; // withdrawal addresses used
        for (uint256 offset; offset < records.length; offset += RECORD_SIZE) {
            bytes32 r = bytes32(records[offset:offset + RECORD_SIZE]);
            uint8 recordType = _type(r);
            if ((QUEUED_TYPES >> recordType) & 1 == 1) {
                uint256 entry = queue[queueHead];
                if (uint8(entry >> ENTRY_TYPE_SHIFT) == ENTRY_RECLAIMED) {
                    uint64 end = uint64(entry);
                    delete queue[queueHead];
                    delete queue[end];
                    queueHead = end + 1;
                    entry = queue[queueHead];
                }
                // A forced request's entry hashes its record with the valid flag cleared.
                uint256 h = uint256(_hash32(_request(r)));
                if ((h ^ entry) & ENTRY_HASH_MASK != 0 || uint8(entry >> ENTRY_TYPE_SHIFT) != recordType) {
                    revert QueueMismatch(queueHead);
                }
                delete queue[queueHead];
                if (recordType == RECORD_DEPOSIT) _escrowDeposit(r);
                if (recordType == RECORD_FORCED_WITHDRAWAL || recordType == RECORD_FORCED_TRADE) {
                    _settleBond(r, queueHead);
                    ++served;
                }
                ++queueHead;
            } else if (recordType == RECORD_WITHDRAWAL) {
                // Too few addresses: the read past the end reverts (a Panic).
                address to = withdrawalAddresses[withdrawals++];
                CompactRecords.checkWithdrawalAddress(hasher, r, to);
                _credit(to, _amount(r));
            } else if (recordType > RECORD_MARKET_PARAMS) {
                revert UnknownRecordType(offset / RECORD_SIZE + 1, recordType);
            }
        }
        if (withdrawals != withdrawalAddresses.length) revert WithdrawalAddressCount(withdrawalAddresses.length);
        if (served != 0) forcedBonds -= served * FORCED_REQUEST_BOND;
        return queueHead;
    }

    /// @dev Settles the bond of the compact ForcedWithdrawal or ForcedTrade record `r` consumed at `queueIndex`:
    /// served valid, the bond (and a withdrawal's amount) is credited to the requester; served invalid, the bond
    /// is credited to the caller, the operator committing the batch.
    function _settleBond(bytes32 r, uint256 queueIndex) private {
        (address requester, bool valid) = _requester(r, queueIndex);
        uint8 recordType = _type(r);
        if (recordType == RECORD_FORCED_TRADE) delete forcedTradeRequesters[queueIndex];
        if (!valid) {
            pendingWithdrawals[msg.sender] += FORCED_REQUEST_BOND;
        } else {
            // A valid forced withdrawal's amount leaves the state's escrow like a withdrawal's (its record's
            // address is the requester); the bond never entered the escrow.
            if (recordType == RECORD_FORCED_WITHDRAWAL) _credit(requester, _amount(r));
            pendingWithdrawals[requester] += FORCED_REQUEST_BOND;
        }
    }

    /// @dev Credits `amount` of a Withdrawal or valid ForcedWithdrawal record to `to`, out of the state's escrow.
    function _credit(address to, uint64 amount) private {
        pendingWithdrawals[to] += amount;
        escrow.credited += amount;
    }

    /// @dev Counts a consumed compact Deposit record's amount into the state's escrow.
    function _escrowDeposit(bytes32 r) private {
        escrow.deposited += _amount(r);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Withdrawals.

    /// @notice Pays the caller every withdrawal credited to it, and, once the escape claim window has closed, its
    /// share of the escape pool for its escape claims (escapeShare). Works while frozen.
    function withdraw() external {
        uint256 credit = _creditWithClaims(msg.sender);
        _payOut(credit, credit);
    }

    /// @notice Pays the caller `amount` of what withdraw would pay it; the rest stays credited.
    function withdrawPartial(uint256 amount) external {
        if (amount == 0) revert ZeroAmount();
        uint256 credit = _creditWithClaims(msg.sender);
        if (amount > credit) revert AmountExceedsCredit(amount, credit);
        _payOut(credit, amount);
    }

    /// @notice What withdraw would pay `owner` now: its credited withdrawals, plus its escape claims' share once
    /// the claim window has closed.
    function withdrawable(address owner) external view returns (uint256) {
        uint256 claim = escapeClaims[owner];
        uint256 end = escapeWindowEnd();
        if (claim == 0 || end == 0 || block.timestamp < end) return pendingWithdrawals[owner];
        return pendingWithdrawals[owner] + escapeShare(claim);
    }

    /// @dev Pays `amount` of the caller's `credit` and keeps the rest credited.
    function _payOut(uint256 credit, uint256 amount) private {
        if (credit == 0) revert NothingToWithdraw();
        pendingWithdrawals[msg.sender] = credit - amount;
        emit Withdrawn(msg.sender, amount);
        _call(abi.encodeCall(IERC20.transfer, (msg.sender, amount)));
    }

    /// @dev The owner's credited withdrawals, after turning its escape claims into credit when the claim window
    /// has closed (their share, escapeShare; the claims are then cleared). While the window is open, an owner
    /// with claims and no credit gets EscapeWindowOpen.
    function _creditWithClaims(address owner) private returns (uint256 credit) {
        credit = pendingWithdrawals[owner];
        uint256 claim = escapeClaims[owner];
        if (claim == 0) return credit;
        uint256 end = escapeWindowEnd();
        if (block.timestamp < end) {
            if (credit == 0) revert EscapeWindowOpen(end);
            return credit;
        }
        delete escapeClaims[owner];
        credit += escapeShare(claim);
    }

    /// @dev Calls the token and requires success and either no return data or `true` (tokens that return
    /// nothing are accepted).
    function _call(bytes memory data) private {
        (bool ok, bytes memory ret) = address(token).call(data);
        if (!ok || (ret.length != 0 && (ret.length != 32 || abi.decode(ret, (uint256)) != 1))) {
            revert TransferFailed();
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Freeze and escape.

    /// @notice Freezes the rollup for good if the forced withdrawal, forced trade or market-params change at
    /// `queueIndex` is still unserved FREEZE_GRACE_PERIOD after its service time (its enqueue time unless the
    /// queue was backed up, QUEUE_SERVICE_INTERVAL). Anyone may call it. Frozen: no batches, deposits, forced
    /// requests, market changes or governance; queued deposits and the bonds of unserved forced requests are
    /// reclaimable at once (reclaimDeposit, reclaimBond), and every account may escape.
    function freeze(uint64 queueIndex) external notFrozen {
        uint256 entry = _pendingEntry(queueIndex, FREEZABLE_TYPES);
        uint256 dueTime = uint64(entry) + FREEZE_GRACE_PERIOD;
        if (block.timestamp < dueTime) revert NotOverdue(queueIndex, dueTime);
        batchState.frozenAt = uint64(block.timestamp);
        queueState.frozen = true;
        emit Frozen(queueIndex, stateRoot);
    }

    /// @notice Claims an account's value at the frozen state for the account's L1 address. The caller presents
    /// the account's leaf preimage and Merkle path and the markets table and globals of the last committed root;
    /// the value is docs/PROTOCOL.md §8's: collateral plus every position closed at the oracle price, less
    /// unsettled funding, rounded down; zero or negative pays nothing. Within ESCAPE_CLAIM_WINDOW of the freeze
    /// the value is a claim that withdraw pays after the window, pro rata if the claims exceed the escape pool
    /// (escapeShare); after the window it is credited at once, up to what the window's claims left of the pool.
    /// Anyone may call it; each account escapes once.
    /// @param accountId The account.
    /// @param leaf pubKeyX, pubKeyY, w0, pos[0..7], slotRoot (docs/PROTOCOL.md §3.1), hashed with H4 (§2).
    /// @param siblings The account's 4-ary Merkle path, leaf level first, three siblings a level (§2).
    /// @param markets mw0[1], mw1[1], …, mw0[8], mw1[8] (docs/PROTOCOL.md §3.3).
    /// @param globals The globals word.
    function escape(
        uint32 accountId,
        uint256[LEAF_WORDS] calldata leaf,
        uint256[ACCOUNT_PROOF_LEN] calldata siblings,
        uint256[MARKET_WORDS] calldata markets,
        uint256 globals
    ) external {
        if (batchState.frozenAt == 0) revert RollupNotFrozen();
        if (accountId >= MAX_ACCOUNTS) revert AccountOutOfRange(accountId);
        uint256 bit = 1 << (accountId & 0xff);
        uint256 word = escaped[accountId >> 8];
        if (word & bit != 0) revert AlreadyEscaped(accountId);

        _checkEscapePath(accountId, leaf, siblings, markets, globals);

        uint256 amount = _escapeValue(leaf, markets);
        if (amount == 0) revert NothingToEscape(accountId);
        escaped[accountId >> 8] = word | bit;
        _claim(accountId, address(uint160(leaf[LEAF_W0])), amount);
    }

    /// @dev Records an escape of `amount` for `owner`: within the claim window as a claim (paid pro rata once it
    /// closes), after it as a credit of at most what the window's claims and earlier late escapes left of the
    /// pool (NoEscapeSurplus when nothing is left).
    function _claim(uint32 accountId, address owner, uint256 amount) private {
        emit Escaped(accountId, owner, amount);
        EscapeTotals memory t = escapeTotals;
        if (block.timestamp < escapeWindowEnd()) {
            escapeClaims[owner] += amount;
            t.claims += uint128(amount);
            escapeTotals = t;
            return;
        }
        uint256 pool = escapePool();
        uint256 left = pool > t.claims + t.lateCredited ? pool - t.claims - t.lateCredited : 0;
        uint256 credit = amount < left ? amount : left;
        if (credit == 0) revert NoEscapeSurplus(accountId);
        t.lateCredited += uint128(credit);
        escapeTotals = t;
        pendingWithdrawals[owner] += credit;
        emit EscapeCredited(accountId, owner, credit);
    }

    /// @notice When the escape claim window closes: ESCAPE_CLAIM_WINDOW after the freeze; 0 while not frozen.
    function escapeWindowEnd() public view returns (uint256) {
        uint256 frozenAt = batchState.frozenAt;
        return frozenAt == 0 ? 0 : frozenAt + ESCAPE_CLAIM_WINDOW;
    }

    /// @notice What the state's accounts, insurance fund and fee pool hold in tokens, which the escapes share:
    /// the deposits batches consumed less the withdrawals they credited (0 if that is negative, which only a
    /// genesis with balances allows). Unconsumed deposits (reclaimable) and credited withdrawals are owed to
    /// others and not in it. It no longer changes once frozen.
    function escapePool() public view returns (uint256) {
        Escrow memory e = escrow;
        return e.deposited > e.credited ? e.deposited - e.credited : 0;
    }

    /// @notice What a claim of `claim` within the window is paid once the window has closed: all of it if the
    /// pool covers every claim, else ⌊claim · pool / claims⌋, rounded down (the dust stays in the contract).
    /// @dev claim ≤ claims < 2^128 and pool < claims here, so the product is below 2^256.
    function escapeShare(uint256 claim) public view returns (uint256) {
        uint256 pool = escapePool();
        uint256 claims = escapeTotals.claims;
        return pool >= claims ? claim : claim * pool / claims;
    }

    /// @notice An account's escape value (docs/PROTOCOL.md §8): with TVs = collateral·S + Σ size·(price −
    /// (fundingIndex(market) − cachedFundingIndex)) over its positions, TVs / S rounded down if TVs > 0, else 0.
    /// @dev The words are those the root commits to, so every field is in range: |size| < 2^48, prices < 2^48,
    /// indices and collateral in (−2^63, 2^63); no term overflows int256.
    function _escapeValue(uint256[LEAF_WORDS] calldata leaf, uint256[MARKET_WORDS] calldata markets)
        internal
        pure
        returns (uint256)
    {
        // w0: l1Address (bits 0..159) | (collateral + 2^63) << 160 | marginMode << 224.
        int256 tv = (int256(uint256(uint64(leaf[LEAF_W0] >> 160))) - BIAS) * PRICE_SCALE;
        for (uint256 k; k < POSITION_SLOTS; ++k) {
            // pos: market (bits 0..7) | (size + 2^63) << 8 | (fundingIndex + 2^63) << 72.
            uint256 p = leaf[LEAF_POS0 + k];
            uint256 m = uint8(p);
            if (m == 0) continue;
            int256 size = int256(uint256(uint64(p >> 8))) - BIAS;
            int256 cached = int256(uint256(uint64(p >> 72))) - BIAS;
            // mw0: oraclePrice (bits 0..63) | (fundingIndex + 2^63) << 64 | …
            uint256 mw0 = markets[2 * (m - 1)];
            int256 price = int256(uint256(uint64(mw0)));
            int256 index = int256(uint256(uint64(mw0 >> 64))) - BIAS;
            tv += size * (price - (index - cached));
        }
        return tv > 0 ? uint256(tv / PRICE_SCALE) : 0;
    }

    /// @dev Checks that the leaf at accountId, with the markets words and globals, is in the state root. The
    /// escape hasher hashes the leaf and its path up to the node at ESCAPE_NODE_HEIGHT, and checks every word
    /// below MODULUS. If an earlier escape verified that node for this root, markets words and globals
    /// (escapeNodes), the path above it is proven. Otherwise the hasher hashes the rest of the path; the accounts
    /// root, markets words and globals must then hash to the state root, unless escapeRootDigest holds their
    /// keccak256 with the root (the words of a cached digest were checked and hashed to the root when it was
    /// stored); and the node is cached. The state root in both keys keeps a cache from outliving its root (a
    /// frozen root does not change).
    function _checkEscapePath(
        uint32 accountId,
        uint256[LEAF_WORDS] calldata leaf,
        uint256[ACCOUNT_PROOF_LEN] calldata siblings,
        uint256[MARKET_WORDS] calldata markets,
        uint256 globals
    ) private {
        uint256 root = stateRoot;
        bytes32 tables = keccak256(abi.encode(markets, globals));
        bytes32 key = keccak256(abi.encode(root, tables, accountId >> (2 * ESCAPE_NODE_HEIGHT)));
        EscapeHasher eh = escapeHasher;
        uint256 node = eh.node(accountId, leaf, siblings, ESCAPE_NODE_HEIGHT);
        uint256 cached = escapeNodes[key];
        if (cached != 0 && cached == node) return;
        uint256 accountsRoot = eh.pathNode(accountId, node, siblings, ESCAPE_NODE_HEIGHT, ACCOUNT_TREE_LEVELS);
        bytes32 digest = keccak256(abi.encode(root, accountsRoot, tables));
        if (escapeRootDigest != digest) {
            uint256 got = eh.stateRoot(accountsRoot, markets, globals);
            if (got != root) revert StateMismatch(got);
            escapeRootDigest = digest;
        }
        escapeNodes[key] = node;
    }

    function _checkWord(uint256 w) private pure {
        if (w >= SNARK_SCALAR_FIELD) revert NotInField(w);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Configuration.

    /// @notice Logs the preimage of a config hash that was ever current, or of the value of a pending, unexpired
    /// ConfigHash change (which applies only once published), in ConfigPublished, and marks the hash published.
    /// Anyone may call it, also once frozen, and more than once.
    /// @param oracleKeys The oracle keys' coordinates x0, y0, …, x4, y4, each below the field modulus.
    /// @param params The params word, below the field modulus.
    /// @return hash The configuration's hash, hashConfig(oracleKeys, params).
    function publishConfig(uint256[2 * ORACLE_KEYS] calldata oracleKeys, uint256 params) external returns (bytes32 hash) {
        hash = hashConfig(oracleKeys, params);
        if (!configEverCurrent[hash] && !_pendingConfig(hash)) revert ConfigNotGoverned(hash);
        if (!configPublished[hash]) configPublished[hash] = true;
        emit ConfigPublished(hash, oracleKeys, params);
    }

    /// @notice The config hash of a configuration (docs/PROTOCOL.md §3.4): H(DOMAIN_CONFIG, x0, y0, …, x4, y4,
    /// params) with the on-chain Poseidon2, as 32 bytes big-endian. Reverts with NotInField on a word not below
    /// the field modulus.
    function hashConfig(uint256[2 * ORACLE_KEYS] calldata oracleKeys, uint256 params) public view returns (bytes32) {
        address h = hasher;
        uint256 acc = Poseidon2.compress(h, 0, DOMAIN_CONFIG);
        for (uint256 i; i < 2 * ORACLE_KEYS; ++i) {
            _checkWord(oracleKeys[i]);
            acc = Poseidon2.compress(h, acc, oracleKeys[i]);
        }
        _checkWord(params);
        return bytes32(Poseidon2.compress(h, acc, params));
    }

    /// @dev Whether a ConfigHash change to `hash` is pending and not expired.
    function _pendingConfig(bytes32 hash) private view returns (bool) {
        uint256 eta = pendingChanges[changeId(Change.ConfigHash, 0, hash)];
        return eta != 0 && block.timestamp <= eta + GOVERNANCE_EXPIRY;
    }

    // ---------------------------------------------------------------------------------------------------------
    // Governance.

    /// @notice Proposes a change; the governor may apply it from GOVERNANCE_DELAY later until GOVERNANCE_EXPIRY
    /// after that. An expired change may be proposed again.
    /// @return id The change's id, keccak256(abi.encode(kind, key, value)).
    function proposeChange(Change kind, bytes32 key, bytes32 value) external onlyGovernor notFrozen returns (bytes32 id) {
        _checkChange(kind, key, value);
        id = changeId(kind, key, value);
        uint256 pending = pendingChanges[id];
        if (pending != 0 && block.timestamp <= pending + GOVERNANCE_EXPIRY) revert ChangeAlreadyPending(id);
        uint256 eta = block.timestamp + GOVERNANCE_DELAY;
        pendingChanges[id] = eta;
        emit ChangeProposed(id, kind, key, value, eta);
    }

    /// @notice Applies a proposed change whose timelock has passed, at most GOVERNANCE_EXPIRY after it did. A
    /// ConfigHash change needs its preimage published first (ConfigNotPublished). A MarketParams change is
    /// checked again against the market's row as it is now (InvalidMarketParams) and queued.
    function applyChange(Change kind, bytes32 key, bytes32 value) external onlyGovernor notFrozen {
        bytes32 id = changeId(kind, key, value);
        uint256 eta = pendingChanges[id];
        if (eta == 0) revert ChangeNotPending(id);
        if (block.timestamp < eta) revert ChangeNotReady(id, eta);
        if (block.timestamp > eta + GOVERNANCE_EXPIRY) revert ChangeExpired(id, eta + GOVERNANCE_EXPIRY);
        delete pendingChanges[id];
        if (kind == Change.ConfigHash) {
            if (!configPublished[value]) revert ConfigNotPublished(value);
            configHash = value;
            configEverCurrent[value] = true;
        } else if (kind == Change.Verifier) {
            address verifier = _address(value);
            if (verifier != address(0) && verifier.code.length == 0) revert NotAContract(verifier);
            verifiers[uint256(key)] = verifier;
        } else if (kind == Change.Operator) {
            operators[_address(key)] = value != 0;
        } else if (kind == Change.Governor) {
            governor = _address(value);
        } else if (kind == Change.Guardian) {
            guardian = _address(value);
        } else if (kind == Change.UnpauseDeposits) {
            queueState.depositsPaused = false;
        } else {
            (uint8 market, MarketRow memory row) = _marketChange(key, value);
            _checkCooldown(market);
            _queueMarketParams(market, row);
        }
        emit ChangeApplied(id, kind, key, value);
    }

    /// @notice Cancels a pending change; the governor may cancel any, the guardian any but a change of the
    /// governor or of the guardian (which would let a compromised guardian keep itself in place).
    function cancelChange(Change kind, bytes32 key, bytes32 value) external notFrozen {
        if (msg.sender != governor) {
            if (msg.sender != guardian) revert NotGovernorOrGuardian(msg.sender);
            if (kind == Change.Governor || kind == Change.Guardian) revert GuardianCannotCancel(kind);
        }
        bytes32 id = changeId(kind, key, value);
        if (pendingChanges[id] == 0) revert ChangeNotPending(id);
        delete pendingChanges[id];
        emit ChangeCancelled(id, msg.sender);
    }

    /// @notice Pauses deposits and account creation at once. Only the guardian may, and only the governor can
    /// undo it, through an UnpauseDeposits change. Forced withdrawals, withdrawals and reclaims are unaffected.
    function pauseDeposits() external notFrozen onlyGuardian {
        queueState.depositsPaused = true;
        emit DepositsPaused(msg.sender);
    }

    /// @notice Makes an active market reduce-only at once, by queueing a MarketParams change; only the guardian
    /// may, and only the governor can reactivate it (a MarketParams change).
    function setReduceOnly(uint8 market) external notFrozen onlyGuardian {
        MarketRow memory row = marketRows[market];
        if (row.status != MARKET_ACTIVE) revert InvalidMarketParams(market);
        row.status = MARKET_REDUCE_ONLY;
        _queueMarketParams(market, row);
    }

    /// @notice Raises a listed, unsettled market's margin fractions at once, by queueing a MarketParams change
    /// with its status unchanged; only the guardian may. The result must be valid and differ from the current row
    /// (InvalidMarketParams, MarketParamsUnchanged); each fraction must be at least its current value
    /// (GuardianCannotLower; only the governor can lower them), rise by at most GUARDIAN_MAX_RAISE_PPM
    /// (GuardianRaiseTooLarge) and, if it rises, end at most GUARDIAN_MAX_FRACTION_PPM (GuardianFractionTooHigh);
    /// and the market's last entry must be MARKET_PARAMS_COOLDOWN old (MarketParamsCooldown).
    function raiseMarginFractions(uint8 market, uint24 imf, uint24 mmf, uint24 tierImf, uint24 tierMmf)
        external
        notFrozen
        onlyGuardian
    {
        MarketRow memory row = marketRows[market];
        MarketRow memory next = MarketRow(row.status, imf, mmf, tierImf, tierMmf, row.tierSize);
        _checkMarketChange(market, row, next);
        _checkRaise(market, row.imf, imf);
        _checkRaise(market, row.mmf, mmf);
        _checkRaise(market, row.tierImf, tierImf);
        _checkRaise(market, row.tierMmf, tierMmf);
        _checkCooldown(market);
        _queueMarketParams(market, next);
    }

    /// @dev Reverts unless a guardian may raise a fraction from `current` to `next`: not lower, by at most
    /// GUARDIAN_MAX_RAISE_PPM, and, if it rises, to at most GUARDIAN_MAX_FRACTION_PPM.
    function _checkRaise(uint8 market, uint24 current, uint24 next) private pure {
        if (next < current) revert GuardianCannotLower(market);
        if (next == current) return;
        if (next - current > GUARDIAN_MAX_RAISE_PPM) revert GuardianRaiseTooLarge(market);
        if (next > GUARDIAN_MAX_FRACTION_PPM) revert GuardianFractionTooHigh(market);
    }

    /// @dev Reverts with MarketParamsCooldown unless the market's last MarketParams entry is at least
    /// MARKET_PARAMS_COOLDOWN old.
    function _checkCooldown(uint8 market) private view {
        uint256 readyAt = marketParamsQueuedAt[market] + MARKET_PARAMS_COOLDOWN;
        if (block.timestamp < readyAt) revert MarketParamsCooldown(market, readyAt);
    }

    /// @notice The id of a change.
    function changeId(Change kind, bytes32 key, bytes32 value) public pure returns (bytes32) {
        return keccak256(abi.encode(kind, key, value));
    }

    /// @dev Reverts with InvalidChange unless the key and value suit the kind, and a MarketParams change with
    /// InvalidMarketParams unless it is legal against the market's current row.
    function _checkChange(Change kind, bytes32 key, bytes32 value) private view {
        bool ok;
        if (kind == Change.ConfigHash) {
            ok = key == 0;
        } else if (kind == Change.Verifier) {
            ok = key != 0 && _isAddress(value);
        } else if (kind == Change.Operator) {
            ok = _isAddress(key) && key != 0 && (value == 0 || uint256(value) == 1);
        } else if (kind == Change.Governor) {
            ok = key == 0 && _isAddress(value) && value != 0;
        } else if (kind == Change.Guardian) {
            ok = key == 0 && _isAddress(value);
        } else if (kind == Change.UnpauseDeposits) {
            ok = key == 0 && value == 0;
        } else {
            ok = key != 0 && uint256(key) <= MARKET_COUNT && uint256(value) >> MARKET_CHANGE_BITS == 0;
            if (ok) _marketChange(key, value);
        }
        if (!ok) revert InvalidChange(kind, key, value);
    }

    // ---------------------------------------------------------------------------------------------------------
    // Market params.

    /// @dev Sets market's tracked row from its genesis words (docs/PROTOCOL.md §3.3): status, imf and mmf from
    /// mw0, tier size and tier fractions from mw1. A listed market's row must be valid.
    function _initMarketRow(uint8 market, uint256 mw0, uint256 mw1) private {
        uint256 imf = uint32(mw0 >> 128);
        uint256 mmf = uint32(mw0 >> 160);
        uint8 status = uint8(mw0 >> 192);
        MarketRow memory row =
            MarketRow(status, uint24(imf), uint24(mmf), uint24(mw1 >> 176) & 0xfffff, uint24(mw1 >> 196) & 0xfffff, uint48(mw1 >> 128));
        if (status != 0 && (status > MARKET_SETTLED || imf > PPM_SCALE || mmf > PPM_SCALE || !_validFractions(row))) {
            revert InvalidMarketParams(market);
        }
        marketRows[market] = row;
    }

    /// @dev The market and the new row of a MarketParams change (key = market, value = status | imf << 8 |
    /// mmf << 32 | tierImf << 56 | tierMmf << 80), checked against the market's current row.
    function _marketChange(bytes32 key, bytes32 value) private view returns (uint8 market, MarketRow memory row) {
        market = uint8(uint256(key));
        uint256 v = uint256(value);
        MarketRow memory current = marketRows[market];
        row = MarketRow(uint8(v), uint24(v >> 8), uint24(v >> 32), uint24(v >> 56), uint24(v >> 80), current.tierSize);
        _checkMarketChange(market, current, row);
    }

    /// @dev Reverts with InvalidMarketParams unless a market whose row is `current` may take the row `next`
    /// (docs/PROTOCOL.md §5 "Market params"): the market is active or reduce-only (an unlisted or settled market
    /// never changes), the new status is active, reduce-only or settled, and the fractions are valid; and with
    /// MarketParamsUnchanged if `next` is `current`.
    function _checkMarketChange(uint8 market, MarketRow memory current, MarketRow memory next) private pure {
        uint8 status = current.status;
        if (
            status != MARKET_ACTIVE && status != MARKET_REDUCE_ONLY || next.status == 0 || next.status > MARKET_SETTLED
                || !_validFractions(next)
        ) revert InvalidMarketParams(market);
        if (keccak256(abi.encode(current)) == keccak256(abi.encode(next))) revert MarketParamsUnchanged(market);
    }

    /// @dev 0 < mmf ≤ imf ≤ 10^6, and with a tier imf ≤ tierImf ≤ 10^6 and mmf ≤ tierMmf ≤ tierImf, without one
    /// both tier fractions 0 (docs/PROTOCOL.md §3.3).
    function _validFractions(MarketRow memory r) private pure returns (bool) {
        if (r.mmf == 0 || r.mmf > r.imf || r.imf > PPM_SCALE) return false;
        if (r.tierSize == 0) return r.tierImf == 0 && r.tierMmf == 0;
        return r.imf <= r.tierImf && r.tierImf <= PPM_SCALE && r.mmf <= r.tierMmf && r.tierMmf <= r.tierImf;
    }

    /// @dev Stores market's new row and queues its MarketParams record (docs/PROTOCOL.md §6.1) for the operator.
    function _queueMarketParams(uint8 market, MarketRow memory row) private {
        marketRows[market] = row;
        marketParamsQueuedAt[market] = block.timestamp;
        // Its compact record (docs/PROTOCOL.md §6.1): type << 4 | market, status, the four u24 fractions, 18 zero bytes.
        bytes32 h = keccak256(
            abi.encodePacked(
                uint8((RECORD_MARKET_PARAMS << 4) | market), row.status, row.imf, row.mmf, row.tierImf, row.tierMmf, bytes18(0)
            )
        );
        uint64 queueIndex = _push(queueState, h, RECORD_MARKET_PARAMS);
        emit MarketParamsQueued(queueIndex, market, row.status, row.imf, row.mmf, row.tierImf, row.tierMmf);
    }

    function _isAddress(bytes32 v) private pure returns (bool) {
        return uint256(v) >> 160 == 0;
    }

    function _address(bytes32 v) private pure returns (address) {
        return address(uint160(uint256(v)));
    }
}

// Package escape is the escape hatch's client: it rebuilds a rollup's whole state from L1 data alone and
// escapes accounts of a frozen rollup.
//
// Rebuild reads the contract's Genesis log (the genesis markets table and globals, from which the contract
// computed its genesis root), then every BatchCommitted log, which carries the batch's root, timestamp and
// pubdata whoever called commitBatch and however the calling transaction was encoded (an operator contract or
// multisig, an EIP-7702-delegated key, several batches in one transaction); it replays each batch with
// statedb.ReplayBatch (docs/PROTOCOL.md §5, effects
// only: the proofs checked the rules) on a fresh statedb.Tree: the batch's market record (prices and, when a
// tick is due under the configuration, funding), then every slot record, each touched account
// settling its funding into the insurance fund first — every account leaf, every order-slot tree, the markets
// table and the globals. After every batch the rebuilt root must equal the root the contract logged, and at the end the
// root it stores. Nothing comes from the sequencer.
//
// Each batch replays with the configuration it was proven for: the one of the config hash in force when it was
// committed. Rebuild reads the ChangeApplied logs together with the BatchCommitted ones, in log order (block,
// then log index): the batches before a ChangeApplied(ConfigHash) log replay with the hash in force before it,
// those after it with its value. The hash in force before the first change is the rollup's constructor
// argument, read from the transaction of the Genesis log (l1.DeployedConfigHash); when that transaction is not
// a creation of this build's Rollup, the contract's current config hash, and then a change after a replayed
// batch returns ErrConfigMismatch. After the last log the hash in force must be the contract's (ErrConfigMismatch).
//
// A hash's configuration is Options.Config when it hashes to it, and otherwise the one published on L1 for
// the hash (publishConfig's ConfigPublished log, which l1.Deploy writes right after deployment, a config change
// needs before it applies, and anyone may write for a hash that was ever current or is pending; l1.ReadConfig
// finds the first, from the Genesis block on); with
// neither, Rebuild returns ErrConfigNotPublished naming the hash. Options.Config, when given, must be valid and
// hash to the hash in force for the first batch (the contract's when there is no batch), or ErrConfigMismatch:
// it is the first batch's configuration, and serves every batch of that hash; the configurations of the other
// hashes are read from L1, each when the first batch of its hash needs it (a rollup without batches needs
// none).
//
// State.Claim turns an account of the rebuilt state into the proof escape() takes and the value it claims
// (l1.EscapeValue); Run sends it; Withdraw collects the claim once the contract's claim window has closed (in
// full, or pro rata when the claims exceed the escape pool: docs/PROTOCOL.md §8 "Escape settlement");
// FindOverdue finds a forced request old enough to freeze the rollup. The perpx escape command drives them
// against any JSON-RPC node.
//
// The rebuild reads only logs and calls, never a commitBatch transaction, but it needs every log of the rollup
// from its deployment block to the head: a node that no longer serves part of that history (history expiry,
// EIP-4444) cannot rebuild it.
//
// Limits: the genesis accounts tree must be empty; the configuration of every config
// hash a batch was proven for, other than Options.Config's, must be published on L1 (ErrConfigNotPublished).
package escape

// Package escape is the escape hatch's client: it rebuilds a rollup's whole state from L1 data alone and
// escapes accounts of a frozen rollup.
//
// Rebuild reads the contract's Genesis log (the genesis markets table and globals, from which the contract
// computed its genesis root), then every BatchCommitted log; it fetches each commitBatch transaction, decodes
// its pubdata with the contract's ABI, and replays it with state.ReplayBatch (docs/PROTOCOL.md §5, effects
// only: the proofs checked the rules) on a fresh state.Tree: the batch's market record (prices and, when a
// tick is due under the configuration, funding), then every slot record, each touched account
// settling its funding into the insurance fund first — every account leaf, every order-slot tree, the markets
// table and the globals. After every batch the rebuilt root must equal the root the contract logged, and at the end the
// root it stores. Nothing comes from the sequencer.
//
// The configuration is Options.Config when given (its hash must be the contract's config hash), and otherwise
// the one published on L1 for the contract's config hash (publishConfig's ConfigPublished log, which l1.Deploy
// writes right after deployment and anyone may write); when none was published Rebuild returns
// ErrConfigNotPublished and the configuration must be given.
//
// State.Claim turns an account of the rebuilt state into the proof escape() takes and the value it will pay
// (l1.EscapeValue); Run sends it; FindOverdue finds a forced request old enough to freeze the rollup. The
// perpx escape command drives them against any JSON-RPC node.
//
// Limits: only commitBatch calls sent directly to the rollup are decoded (a batch committed through another
// contract returns ErrBadCommit); the genesis accounts tree must be empty; the configuration's hash must be the
// contract's (ErrConfigMismatch), and a config hash change applied by governance after the first batch returns ErrConfigMismatch
// (Rebuild takes one configuration).
package escape

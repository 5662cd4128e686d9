// Package verified keeps the state as of the last batch the L1 contract verified: a second state tree,
// beside the live one, that a Follower advances by replaying the stored batches as they are marked
// L1Verified, and from which it serves an account's leaf and Merkle path against that batch's root
// (GET /v1/accounts/{id}/proof, the arguments of an escape) and checkpoints of that state (perpx stress).
//
// It may import wire, wal (the batch store and the genesis record) and state; it never imports the Service,
// which only wakes it (Notify).
//
// Concurrency: a Follower's methods are safe for concurrent use. The replay runs on the follower's own
// goroutine under the follower's own lock, never the service's; Status never waits for a replay.
package verified

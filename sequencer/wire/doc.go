// Package wire is the sequencer's public language: the JSON types of the HTTP/WebSocket API, its error
// sentinels and the error→code table (ErrorCodes, ErrorCode), the decimal edge (human sizes, prices and
// amounts to quantums and back), L2 keys and the signed off-chain messages (cancel, cancel-all, stream).
// The rule errors the engine returns (RuleError, Party) and FatalError live here too, so that a client can
// tell them apart with errors.Is without linking the server.
//
// Imports: package state (message and leaf types, hashing) and gnark-crypto only. Package sequencer/client
// imports wire and no other sequencer package (TestClientDeps); every other sequencer package may import it.
//
// Concurrency: a Key is immutable once made and safe for concurrent use; every other value is plain data.
package wire

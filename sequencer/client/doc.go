// Package client drives the sequencer's HTTP API (package sequencer): it converts human orders and
// withdrawals to protocol messages with the same code the server uses (so a signed order always decodes to
// the message that was signed), signs them with an L2 key, and decodes the replies; error replies become
// *APIError with the API's code.
//
// Invariant: the client never signs a message the server would quantize differently; it signs
// OrderRequest.Msg of the request it sends, against the markets table the server published.
//
// Concurrency: a Client is safe for concurrent use. It caches the markets table on first use; Markets
// refreshes it.
package client

// Package book holds the in-memory order books: one Book per market, price-time priority, with its order rules
// (tick, step, minimum size, open-order limit), reduce-only bounds and self-trade prevention, and the matching
// of docs/PROTOCOL.md §5.1 (Place, Replace, Cancel, Expire). A Book decides fills and hands them to a Settler
// (the Service, which applies them through the engine): it never writes the state tree, like dYdX's memclob.
// Exposure sums an account's open orders exactly for the Service's open-order margin check.
//
// Imports: package state and sequencer/wire (rule errors) only.
//
// Concurrency: a Book is not safe for concurrent use; the Service calls it under its mutex. Its Listener is
// called synchronously from the calling goroutine.
package book

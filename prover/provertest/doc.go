// Package provertest holds what the test binaries that prove batches share: a TestMain that makes the
// development keys before any test starts.
//
// It imports prover and the standard library, and is imported by tests only. RunWithKeys runs on the test
// binary's main goroutine before its tests, so it needs no synchronization.
package provertest

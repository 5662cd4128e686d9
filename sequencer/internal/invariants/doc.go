// Package invariants says whether the sequencer's invariant checks run (pebble's internal/invariants
// pattern): Enabled is true only when built with -tags invariants. The checks themselves live beside the
// state they read (sequencer's invariants.go, after every command the Service applies).
//
// Imports: nothing.
package invariants

//go:build !invariants

package invariants

// Enabled turns on the invariant checks after every command (go test -tags invariants).
const Enabled = false

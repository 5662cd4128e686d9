//go:build !invariants

package sequencer

// invariantsOn turns on the checks of invariants.go after every command (go test -tags invariants).
const invariantsOn = false

package circuits

import "github.com/consensys/gnark/constraint/solver"

// TestHints exposes the package's hints, by name, to the external tests that perturb them.
var TestHints = map[string]solver.Hint{
	"nonNeg":       nonNegHint,
	"sign":         signHint,
	"bytes":        bytesHint,
	"oneHot":       oneHotHint,
	"quotient":     quotientHint,
	"positionSlot": positionSlotHint,
	"lowBit":       lowBitHint,
}

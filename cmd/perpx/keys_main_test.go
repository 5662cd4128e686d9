package main

import (
	"testing"

	"github.com/perpx/perpx/prover/provertest"
)

// TestMain makes the batch-2 development keys before any test starts (provertest.RunWithKeys).
func TestMain(m *testing.M) { provertest.RunWithKeys(m, 2) }

package l1

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// submissionVerifierSource is the submission stand-in circuit's exported Solidity verifier, committed and compiled
// with the other contracts into artifacts/test/SubmissionVerifier.bin.
const submissionVerifierSource = "contracts/test/SubmissionVerifier.sol"

// exportSubmissionVerifier returns the stand-in circuit's Solidity verifier with its contract named
// SubmissionVerifier.
func exportSubmissionVerifier(t *testing.T) string {
	t.Helper()
	var buf bytes.Buffer
	if err := submissionKeys.VK.ExportSolidity(&buf); err != nil {
		t.Fatal(err)
	}
	return strings.Replace(buf.String(), "contract Verifier ", "contract SubmissionVerifier ", 1)
}

// TestSubmissionVerifierUpToDate fails if the committed SubmissionVerifier.sol is not the export of the stand-in
// circuit's development verifying key (made by TestMain). PERPX_WRITE_SUBMISSION_VERIFIER=1 rewrites it; then
// compile it (node solc/compile.js) and regenerate the bindings (go generate ./l1/...).
func TestSubmissionVerifierUpToDate(t *testing.T) {
	if submissionKeys == nil {
		t.Skip("-short: no submission keys")
	}
	want := exportSubmissionVerifier(t)
	if os.Getenv("PERPX_WRITE_SUBMISSION_VERIFIER") == "1" {
		if err := os.WriteFile(submissionVerifierSource, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(submissionVerifierSource)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Fatalf("%s is not the export of the submission circuit's verifying key: rerun this test with "+
			"PERPX_WRITE_SUBMISSION_VERIFIER=1, then node solc/compile.js in l1", submissionVerifierSource)
	}
}

package policy_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/addlint/addlint/internal/policy"
)

// TestWritingPoliciesDocIsCurrent keeps docs/writing-policies.md in step with
// the code: its example rule and tests are the files the tests run, and it
// names every builtin the sandbox removes.
func TestWritingPoliciesDocIsCurrent(t *testing.T) {
	doc := string(readFile(t, "../../docs/writing-policies.md"))
	for _, name := range []string{"no_kafka.rego", "no_kafka_test.rego"} {
		src, err := os.ReadFile(filepath.Join(testPolicies, "custom", "no-kafka", name))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(doc, "```rego\n"+string(src)+"```\n") {
			t.Errorf("docs/writing-policies.md does not show testdata/policy/custom/no-kafka/%s verbatim in a rego block", name)
		}
	}
	for _, name := range policy.RemovedBuiltins() {
		if !strings.Contains(doc, "`"+name+"`") {
			t.Errorf("docs/writing-policies.md does not list the removed builtin %s", name)
		}
	}
}

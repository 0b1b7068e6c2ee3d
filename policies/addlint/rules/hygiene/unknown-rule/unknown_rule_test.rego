package addlint.rules.hygiene["unknown-rule_test"]

import data.addlint.testutil

# The Go runner reports unknown-rule; the package only carries its METADATA.
test_reported_by_the_runner_not_by_rego if {
	doc := testutil.set_field(testutil.valid_doc, "suppressions", [testutil.suppression("disable", ["no-such-rule"], 2, 2, 100)])
	not data.addlint.rules.hygiene["unknown-rule"].report with input as doc
}

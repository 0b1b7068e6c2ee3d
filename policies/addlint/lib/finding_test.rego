package addlint.lib_test

import data.addlint.lib
import data.addlint.testutil

_chain(custom) := [
	{"path": ["addlint", "rules", "some-gate", "some-rule", "report"]},
	{
		"annotations": {"scope": "package", "title": "T", "custom": custom},
		"path": ["addlint", "rules", "some-gate", "some-rule"],
	},
]

test_finding_takes_id_gate_severity_from_metadata if {
	f := lib.finding(_chain({"id": "my-rule", "gate": "my-gate", "severity": "warning"}), "msg", {"line": 7, "column": 3, "end_column": 9, "section": "a/b"})
	f == {
		"rule": "my-rule", "severity": "warning", "message": "msg",
		"line": 7, "column": 3, "end_line": 7, "end_column": 9,
		"section": "a/b", "gate": "my-gate",
	}
}

test_finding_defaults_location if {
	f := lib.finding(_chain({"id": "r", "gate": "g", "severity": "info"}), "m", {})
	f.line == 1
	f.column == 1
	f.end_line == 1
	f.end_column == 1
	f.section == ""
}

test_finding_falls_back_to_package_path if {
	f := lib.finding(_chain({}), "m", {"line": 2})
	f.rule == "some-rule"
	f.gate == "some-gate"
	f.severity == "error"
}

test_finding_user_rule_one_level_deep_gets_custom_gate if {
	chain := [{"path": ["addlint", "rules", "no-kafka", "report"]}]
	f := lib.finding(chain, "m", {})
	f.rule == "no-kafka"
	f.gate == "custom"
}

test_finding_rule_annotations_win_over_package if {
	chain := [
		{"annotations": {"scope": "rule", "custom": {"severity": "info"}}, "path": ["addlint", "rules", "g", "r", "report"]},
		{"annotations": {"scope": "package", "custom": {"id": "r", "gate": "g", "severity": "error"}}, "path": ["addlint", "rules", "g", "r"]},
	]
	f := lib.finding(chain, "m", {})
	f.severity == "info"
	f.rule == "r"
}

test_finding_status_scaled if {
	chain := _chain({"id": "r", "gate": "g", "severity": "status-scaled"})
	lib.finding(chain, "m", {}).severity == "error" with input as testutil.valid_doc
	lib.finding(chain, "m", {}).severity == "warning" with input as testutil.with_status(testutil.valid_doc, "draft")
	lib.finding(chain, "m", {}).severity == "error" with input as testutil.with_status(testutil.valid_doc, "review")
	lib.finding(chain, "m", {}).severity == "error" with input as testutil.with_status(testutil.valid_doc, "")
}

test_finding_by_status if {
	chain := _chain({"id": "r", "gate": "g", "severity": "by-status"})
	lib.finding(chain, "m", {}).severity == "info" with input as testutil.with_status(testutil.valid_doc, "draft")
	lib.finding(chain, "m", {}).severity == "warning" with input as testutil.with_status(testutil.valid_doc, "review")
	lib.finding(chain, "m", {}).severity == "error" with input as testutil.valid_doc
	lib.finding(chain, "m", {}).severity == "error" with input as testutil.with_status(testutil.valid_doc, "")
}

test_finding_unknown_severity_is_error if {
	lib.finding(_chain({"severity": "loud"}), "m", {}).severity == "error"
}

test_finding_with_severity if {
	f := lib.finding_with_severity(_chain({"id": "r", "gate": "g", "severity": "error"}), "info", "m", {"line": 4})
	f.severity == "info"
	f.line == 4
}

test_scaled_severity if {
	lib.scaled_severity == "warning" with input.status as "draft"
	lib.scaled_severity == "error" with input.status as "approved"
	lib.scaled_severity == "error" with input.status as ""
}

test_real_metadata_chain if {
	f := lib.finding(rego.metadata.chain(), "m", {})
	f.rule == "lib_test"
	f.gate == "addlint"
}

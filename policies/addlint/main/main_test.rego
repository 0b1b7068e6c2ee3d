package addlint.main_test

import data.addlint.main

_finding(rule) := {
	"rule": rule, "severity": "error", "message": "m",
	"line": 1, "column": 1, "end_line": 1, "end_column": 1,
	"section": "", "gate": "g",
}

test_report_collects_built_in_layout_and_user_rules if {
	rules := {
		"stack-justified": {
			"stack-table": {"report": {_finding("stack-table")}},
			"stack-rationale": {"report": {_finding("stack-rationale")}},
		},
		"hygiene": {"unknown-rule": {}},
		"no-kafka": {"report": {_finding("no-kafka")}},
	}
	main.report == {_finding("stack-table"), _finding("stack-rationale"), _finding("no-kafka")} with data.addlint.rules as rules
}

test_report_empty_without_rules if {
	count(main.report) == 0 with data.addlint.rules as {}
}

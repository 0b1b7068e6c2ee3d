package addlint.rules["quality-gates"]["gate-claim_test"]

import data.addlint.rules["quality-gates"]["gate-claim"] as rule
import data.addlint.testutil

_gates_id := testutil.sid("quality-gates")

_stack_id := testutil.sid("technology-stack-decisions")

_api_id := testutil.sid("detailed-design/api-design")

_add(doc, key, element) := testutil.set_field(doc, key, array.concat(doc[key], [element]))

# _only_checked leaves ticked only the Quality Gates items on the given lines,
# so that each test judges just the gates it is about.
_only_checked(doc, lines) := testutil.set_field(doc, "checklists", [c2 |
	some c in doc.checklists
	c2 := object.union(c, {"items": [i2 |
		some i in c.items
		i2 := object.union(i, {"checked": i.line in lines})
	]})
])

# _with_rationales sets the Rationale cells of the stack table (rows 66, 67).
_with_rationales(doc, rationales) := testutil.set_field(doc, "tables", [t2 |
	some t in doc.tables
	t2 := _rationalized(t, rationales)
])

_rationalized(t, rationales) := object.union(t, {"rows": [r2 |
	some i, r in t.rows
	r2 := object.union(r, {
		"cells": array.concat(array.slice(r.cells, 0, 2), array.concat([rationales[i]], array.slice(r.cells, 3, 4))),
		"columns": object.union(r.columns, {"rationale": rationales[i]}),
	})
]}) if t.section == _stack_id

_rationalized(t, _) := t if t.section != _stack_id

_finding(line, message) := {
	"rule": "gate-claim",
	"severity": "error",
	"message": message,
	"line": line,
	"column": 1,
	"end_line": line,
	"end_column": 1,
	"section": _gates_id,
	"gate": "quality-gates",
}

_stack_item := "Technology stack selection justified and approved"

_api_item := "API specification validated with stakeholders"

test_valid_doc_passes if {
	count(rule.report) == 0 with input as testutil.valid_doc
}

test_checked_gate_with_errors_fails if {
	doc := _only_checked(_with_rationales(testutil.valid_doc, ["fast", "cheap"]), {94})
	r := rule.report with input as doc
	r == {_finding(94, sprintf("Quality gate %q is checked but stack-rationale reports 2 errors", [_stack_item]))}
}

test_unchecked_gate_is_not_judged if {
	doc := _only_checked(_with_rationales(testutil.valid_doc, ["fast", "cheap"]), set())
	count(rule.report) == 0 with input as doc
}

test_warnings_do_not_break_a_gate if {
	# Missing alternatives are warnings (stack-alternatives).
	doc := testutil.set_field(testutil.valid_doc, "tables", [t2 |
		some t in testutil.valid_doc.tables
		t2 := _without_alternatives(t)
	])
	count(rule.report) == 0 with input as _only_checked(doc, {94})
}

_without_alternatives(t) := object.union(t, {"rows": [object.union(r, {"columns": object.union(r.columns, {"alternatives_considered": ""})}) | some r in t.rows]}) if t.section == _stack_id

_without_alternatives(t) := t if t.section != _stack_id

test_each_item_reports_only_its_own_gate if {
	# Two gates fail (stack-rationale, api-spec); the data gate passes.
	no_spec := testutil.set_field(testutil.valid_doc, "code_blocks", [b | some b in testutil.valid_doc.code_blocks; b.section != _api_id])
	doc := _only_checked(_with_rationales(no_spec, ["fast", "Durable ordered events for the ledger"]), {94, 95, 96})
	r := rule.report with input as doc
	r == {
		_finding(94, sprintf("Quality gate %q is checked but stack-rationale reports 1 error", [_stack_item])),
		_finding(95, sprintf("Quality gate %q is checked but api-spec reports 1 error", [_api_item])),
	}
}

test_status_scaled_rules_count_only_outside_draft if {
	no_spec := _only_checked(testutil.set_field(testutil.valid_doc, "code_blocks", [b | some b in testutil.valid_doc.code_blocks; b.section != _api_id]), {95})
	count(rule.report) == 0 with input as testutil.with_status(no_spec, "draft")
	r := rule.report with input as testutil.with_status(no_spec, "review")
	r == {_finding(95, sprintf("Quality gate %q is checked but api-spec reports 1 error", [_api_item]))}
}

test_missing_section_breaks_the_gate if {
	doc := _only_checked(testutil.without_section(testutil.valid_doc, _stack_id), {94})
	r := rule.report with input as doc
	r == {_finding(94, sprintf("Quality gate %q is checked but the document has no \"Technology Stack Decisions\" section: add it or untick the box", [_stack_item]))}
}

test_missing_subsection_is_named_by_its_profile_title if {
	doc := _only_checked(testutil.without_section(testutil.valid_doc, testutil.sid("system-context/system-scope-and-boundaries")), {100})
	r := rule.report with input as doc
	r == {_finding(100, "Quality gate \"Integration points documented\" is checked but the document has no \"System Scope and Boundaries\" section: add it or untick the box")}
}

test_suppressed_findings_do_not_count if {
	doc := _only_checked(_with_rationales(testutil.valid_doc, ["fast", "cheap"]), {94})
	both := _add(doc, "suppressions", testutil.suppression("disable", ["stack-rationale"], 65, 65, 67))
	count(rule.report) == 0 with input as both
	one := _add(doc, "suppressions", testutil.suppression("disable-next-line", [], 65, 66, 66))
	r1 := rule.report with input as one
	r1 == {_finding(94, sprintf("Quality gate %q is checked but stack-rationale reports 1 error", [_stack_item]))}
	other := _add(doc, "suppressions", testutil.suppression("disable", ["stack-table"], 65, 65, 67))
	r2 := rule.report with input as other
	r2 == {_finding(94, sprintf("Quality gate %q is checked but stack-rationale reports 2 errors", [_stack_item]))}
	enabled := _add(doc, "suppressions", testutil.suppression("enable", [], 65, 0, 0))
	r3 := rule.report with input as enabled
	r3 == r2
}

test_only_syntax_errors_inside_api_design_count if {
	broken := object.union(
		testutil.code_block(_api_id, "yaml", true, 47, "openapi: 3.0.3\ninfo: [x\n"),
		{"parse_error": {"message": "did not find expected ',' or ']'", "line": 2, "file_line": 49}},
	)
	inside := _only_checked(
		testutil.set_field(testutil.valid_doc, "code_blocks", array.concat(
			[b | some b in testutil.valid_doc.code_blocks; b.section != _api_id],
			[broken],
		)),
		{95},
	)
	r := rule.report with input as inside
	r == {_finding(95, sprintf("Quality gate %q is checked but embedded-syntax reports 1 error", [_api_item]))}
	elsewhere := _add(
		_only_checked(testutil.valid_doc, {95}),
		"code_blocks",
		object.union(broken, {"section": testutil.sid("operational-architecture/deployment-strategy"), "line": 71}),
	)
	count(rule.report) == 0 with input as elsewhere
}

test_several_failing_rules_are_listed_in_order if {
	doc := _only_checked(testutil.valid_doc, {94})
	r := rule.report with input as doc
		with data.addlint.rules["stack-justified"]["stack-table"].report as {{"rule": "stack-table", "severity": "error", "line": 63}}
		with data.addlint.rules["stack-justified"]["stack-rationale"].report as {
			{"rule": "stack-rationale", "severity": "error", "line": 66},
			{"rule": "stack-rationale", "severity": "error", "line": 67},
			{"rule": "stack-rationale", "severity": "warning", "line": 68},
		}
	r == {_finding(94, sprintf("Quality gate %q is checked but stack-rationale reports 2 errors, stack-table reports 1 error", [_stack_item]))}
}

test_complete_gate_reads_the_complete_rules if {
	doc := _only_checked(testutil.valid_doc, {93})
	r := rule.report with input as doc
		with data.addlint.rules.complete.title.report as {{"rule": "title", "severity": "error", "line": 1}}
	r == {_finding(93, "Quality gate \"Architecture design document complete and reviewed\" is checked but title reports 1 error")}
}

test_items_map_to_gates_by_keyword_case_insensitively if {
	doc := _with_rationales(testutil.valid_doc, ["fast", "Durable ordered events for the ledger"])
	renamed := testutil.set_field(doc, "checklists", [{
		"section": _gates_id,
		"line": 93,
		"items": [
			{"text": "TECH STACK signed off", "checked": true, "line": 93, "column": 1},
			{"text": "Reviewed by the whole team", "checked": true, "line": 94, "column": 1},
		],
	}])
	r := rule.report with input as renamed
	r == {_finding(93, "Quality gate \"TECH STACK signed off\" is checked but stack-rationale reports 1 error")}
}

test_missing_section_is_one_finding_even_when_rules_also_fail if {
	# threat-model reports the missing Security Architecture as an error too.
	doc := _only_checked(testutil.without_section(testutil.valid_doc, testutil.sid("operational-architecture/security-architecture")), {97})
	r := rule.report with input as doc
	r == {_finding(97, "Quality gate \"Security architecture threat-modeled\" is checked but the document has no \"Security Architecture\" section: add it or untick the box")}
}

test_an_item_naming_two_gates_claims_the_first if {
	doc := _with_rationales(testutil.valid_doc, ["fast", "Durable ordered events for the ledger"])
	count(rule.report) == 0 with input as _with_items(doc, ["Database schema fits the chosen tech stack"])
	r := rule.report with input as _with_items(doc, ["Tech stack fits the database schema"])
	r == {_finding(93, "Quality gate \"Tech stack fits the database schema\" is checked but stack-rationale reports 1 error")}
}

# _with_items replaces the Quality Gates checklist with checked items from line 93.
_with_items(doc, texts) := testutil.set_field(doc, "checklists", [{
	"section": _gates_id,
	"line": 93,
	"items": [item | some i, text in texts; item := {"text": text, "checked": true, "line": 93 + i, "column": 1}],
}])

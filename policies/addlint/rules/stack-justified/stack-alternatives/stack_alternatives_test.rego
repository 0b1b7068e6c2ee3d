package addlint.rules["stack-justified"]["stack-alternatives_test"]

import data.addlint.rules["stack-justified"]["stack-alternatives"] as rule
import data.addlint.testutil

_stack_id := testutil.sid("technology-stack-decisions")

_columns := ["component", "technology", "rationale", "alternatives_considered"]

_with_rows(columns, cell_rows) := testutil.set_field(testutil.valid_doc, "tables", array.concat(
	[_table(_stack_id, columns, cell_rows)],
	[t | some t in testutil.valid_doc.tables; t.section != _stack_id],
))

# _table builds a table on lines 64.. (first row 66, cells at 3, 23, 43, 63).
_table(section_id, columns, cell_rows) := {
	"section": section_id,
	"line": 64,
	"end_line": 65 + count(cell_rows),
	"header": columns,
	"columns": columns,
	"rows": [{
		"line": 66 + i,
		"cells": cells,
		"cell_columns": [c | some j, _ in cells; c := 3 + (20 * j)],
		"columns": {columns[j]: cell | some j, cell in cells},
		"quantities": {columns[j]: [] | some j, _ in cells},
	} |
		some i, cells in cell_rows
	],
}

_cell_finding(line, name, text) := {
	"rule": "stack-alternatives",
	"severity": "warning",
	"message": sprintf("Technology %q names no alternative: list the options considered, e.g. \"MySQL, CockroachDB\"", [name]),
	"line": line,
	"column": 63,
	"end_line": line,
	"end_column": 63 + count(text),
	"section": _stack_id,
	"gate": "stack-justified",
}

_table_finding(end_line) := {
	"rule": "stack-alternatives",
	"severity": "warning",
	"message": "Technology table has no Alternatives Considered column: add one naming the options weighed for each choice",
	"line": 64,
	"column": 1,
	"end_line": end_line,
	"end_column": 1,
	"section": _stack_id,
	"gate": "stack-justified",
}

test_valid_doc_passes if {
	count(rule.report) == 0 with input as testutil.valid_doc
}

test_missing_column_is_one_finding_at_the_table if {
	doc := _with_rows(["component", "technology", "rationale"], [
		["Cache", "Redis", "Fast reads and native TTLs"],
		["Queue", "Kafka", "Durable ordered event log"],
	])
	r := rule.report with input as doc
	r == {_table_finding(67)}
}

test_empty_and_filler_cells_fail_one_finding_each if {
	doc := _with_rows(_columns, [
		["Cache", "Redis", "Fast reads and native TTLs", ""],
		["Queue", "Kafka", "Durable ordered event log", "none"],
		["Search", "OpenSearch", "Full text with facets", "—"],
		["Auth", "Keycloak", "Open source and OIDC", "Auth0, Okta"],
	])
	r := rule.report with input as doc
	r == {
		_cell_finding(66, "Redis", ""),
		_cell_finding(67, "Kafka", "none"),
		_cell_finding(68, "OpenSearch", "—"),
	}
}

test_alternative_column_alias_is_judged if {
	doc := _with_rows(["component", "technology", "rationale", "alternative"], [["Cache", "Redis", "Fast reads and native TTLs", "n/a"]])
	r := rule.report with input as doc
	r == {_cell_finding(66, "Redis", "n/a")}
}

test_row_named_by_component_when_technology_empty if {
	doc := _with_rows(_columns, [["Cache", "", "Fast reads and native TTLs", "?"]])
	r := rule.report with input as doc
	r == {_cell_finding(66, "Cache", "?")}
}

test_tables_that_name_no_technology_are_not_judged if {
	doc := _with_rows(["decision", "status", "adr"], [["Use Kafka", "Accepted", "ADR-7"]])
	count(rule.report) == 0 with input as doc
}

test_technology_with_component_only_is_judged if {
	doc := _with_rows(["component", "technology"], [["Cache", "Redis"]])
	r := rule.report with input as doc
	r == {_table_finding(66)}
}

test_section_absent_is_quiet if {
	doc := testutil.without_section(_with_rows(["component", "technology", "rationale"], [["Cache", "Redis", "x"]]), _stack_id)
	count(rule.report) == 0 with input as doc
}

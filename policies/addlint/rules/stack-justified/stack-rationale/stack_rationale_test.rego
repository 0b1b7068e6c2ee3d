package addlint.rules["stack-justified"]["stack-rationale_test"]

import data.addlint.rules["stack-justified"]["stack-rationale"] as rule
import data.addlint.testutil

_stack_id := testutil.sid("technology-stack-decisions")

_columns := ["component", "technology", "rationale", "alternatives_considered"]

# _with_rows replaces the Technology Stack Decisions table of valid_doc with
# one of the given columns and rows (first row on line 66, cells at columns
# 3, 23, 43, 63).
_with_rows(columns, cell_rows) := testutil.set_field(testutil.valid_doc, "tables", array.concat(
	[_table(_stack_id, columns, cell_rows)],
	[t | some t in testutil.valid_doc.tables; t.section != _stack_id],
))

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

# _finding is the expected finding for a rationale cell at column 43.
_finding(line, name, rationale) := {
	"rule": "stack-rationale",
	"severity": "error",
	"message": sprintf("Technology %q has no real rationale (%q): say in three words or more why it was chosen", [name, rationale]),
	"line": line,
	"column": 43,
	"end_line": line,
	"end_column": 43 + count(rationale),
	"section": _stack_id,
	"gate": "stack-justified",
}

test_valid_doc_passes if {
	count(rule.report) == 0 with input as testutil.valid_doc
}

test_one_word_rationale_fails if {
	doc := _with_rows(_columns, [
		["Cache", "Redis", "fast", "Memcached"],
		["Database", "PostgreSQL", "ACID transactions and mature tooling", "MySQL"],
	])
	r := rule.report with input as doc
	r == {_finding(66, "Redis", "fast")}
}

test_fillers_and_placeholders_fail_one_finding_each if {
	doc := _with_rows(_columns, [
		["Cache", "Redis", "-", "Memcached"],
		["Queue", "Kafka", "TBD", "RabbitMQ"],
		["Search", "OpenSearch", "[Rationale]", "Solr"],
		["Auth", "Keycloak", "", "Auth0"],
		["Logs", "Loki", "n/a", "ELK"],
	])
	r := rule.report with input as doc
	r == {
		_finding(66, "Redis", "-"),
		_finding(67, "Kafka", "TBD"),
		_finding(68, "OpenSearch", "[Rationale]"),
		_finding(69, "Keycloak", ""),
		_finding(70, "Loki", "n/a"),
	}
}

test_three_words_is_enough_two_are_not if {
	doc := _with_rows(_columns, [
		["Cache", "Redis", "fast native TTLs", "Memcached"],
		["Queue", "Kafka", "durable  log", "RabbitMQ"],
	])
	r := rule.report with input as doc
	r == {_finding(67, "Kafka", "durable  log")}
}

test_row_named_by_component_or_line_when_technology_empty if {
	doc := _with_rows(_columns, [
		["Cache", "", "fast", "Memcached"],
		["", "", "fast", "Memcached"],
	])
	r := rule.report with input as doc
	r == {_finding(66, "Cache", "fast"), _finding(67, "on line 67", "fast")}
}

test_rationale_column_alias_is_judged if {
	doc := _with_rows(["layer", "tool", "why"], [["Cache", "Redis", "speed"]])
	r := rule.report with input as doc
	r == {_finding(66, "Redis", "speed")}
}

test_table_without_rationale_column_is_left_to_stack_table if {
	doc := _with_rows(["component", "technology", "version"], [["Cache", "Redis", "7"]])
	count(rule.report) == 0 with input as doc
}

test_table_outside_the_section_is_not_judged if {
	doc := testutil.set_field(testutil.valid_doc, "tables", array.concat(
		testutil.valid_doc.tables,
		[_table(testutil.sid("detailed-design/component-architecture"), _columns, [["Cache", "Redis", "fast", "Memcached"]])],
	))
	count(rule.report) == 0 with input as doc
}

test_severity_is_error_even_in_draft if {
	doc := testutil.with_status(_with_rows(_columns, [["Cache", "Redis", "fast", "Memcached"]]), "draft")
	r := rule.report with input as doc
	r == {_finding(66, "Redis", "fast")}
}

test_section_absent_is_quiet if {
	doc := testutil.without_section(_with_rows(_columns, [["Cache", "Redis", "fast", "Memcached"]]), _stack_id)
	count(rule.report) == 0 with input as doc
}

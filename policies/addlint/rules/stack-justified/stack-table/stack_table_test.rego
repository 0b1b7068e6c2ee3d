package addlint.rules["stack-justified"]["stack-table_test"]

import data.addlint.rules["stack-justified"]["stack-table"] as rule
import data.addlint.testutil

_stack_id := testutil.sid("technology-stack-decisions")

# _with_stack_table replaces the Technology Stack Decisions table of valid_doc.
_with_stack_table(table) := testutil.set_field(testutil.valid_doc, "tables", array.concat(
	[table],
	[t | some t in testutil.valid_doc.tables; t.section != _stack_id],
))

_without_stack_table := testutil.set_field(
	testutil.valid_doc,
	"tables",
	[t | some t in testutil.valid_doc.tables; t.section != _stack_id],
)

# _table builds a table at line 64 of section_id with the given normalized
# columns (used as headers too) and rows of cells.
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

_expected := {{
	"rule": "stack-table",
	"severity": "error",
	"message": "Section \"Technology Stack Decisions\" has no technology table: add a table with Component, Technology and Rationale columns",
	"line": 63,
	"column": 1,
	"end_line": 63,
	"end_column": 30,
	"section": _stack_id,
	"gate": "stack-justified",
}}

test_valid_doc_passes if {
	count(rule.report) == 0 with input as testutil.valid_doc
}

test_no_table_fails if {
	r := rule.report with input as _without_stack_table
	r == _expected
}

test_table_without_rationale_column_fails if {
	table := _table(_stack_id, ["component", "technology", "version"], [["Cache", "Redis", "7.2"]])
	r := rule.report with input as _with_stack_table(table)
	r == _expected
}

test_table_without_component_column_fails if {
	table := _table(_stack_id, ["technology", "rationale"], [["Redis", "Fast reads and native TTLs"]])
	r := rule.report with input as _with_stack_table(table)
	r == _expected
}

test_column_aliases_pass if {
	table := _table(_stack_id, ["layer", "tool", "justification"], [["Cache", "Redis", "Fast reads and native TTLs"]])
	count(rule.report) == 0 with input as _with_stack_table(table)
}

test_table_in_subsection_passes if {
	sub_id := concat("/", [_stack_id, "core-technology-matrix"])
	sub := testutil.section(sub_id, "Core Technology Matrix", 3, _stack_id, 64, 68)
	doc := testutil.set_field(
		_with_stack_table(_table(sub_id, ["component", "technology", "rationale"], [["Cache", "Redis", "Fast reads and native TTLs"]])),
		"sections",
		array.concat(testutil.valid_doc.sections, [sub]),
	)
	count(rule.report) == 0 with input as doc
}

test_table_elsewhere_does_not_count if {
	table := _table(testutil.sid("detailed-design/component-architecture"), ["component", "technology", "rationale"], [["Cache", "Redis", "Fast reads and native TTLs"]])
	r := rule.report with input as _with_stack_table(table)
	r == _expected
}

test_alias_section_title_named_in_message if {
	doc := testutil.with_section_changes(_without_stack_table, _stack_id, {"title": "Tech Stack"})
	r := rule.report with input as doc
	r == {{
		"rule": "stack-table",
		"severity": "error",
		"message": "Section \"Tech Stack\" has no technology table: add a table with Component, Technology and Rationale columns",
		"line": 63,
		"column": 1,
		"end_line": 63,
		"end_column": 14,
		"section": _stack_id,
		"gate": "stack-justified",
	}}
}

test_section_absent_is_quiet if {
	count(rule.report) == 0 with input as testutil.without_section(testutil.valid_doc, _stack_id)
}

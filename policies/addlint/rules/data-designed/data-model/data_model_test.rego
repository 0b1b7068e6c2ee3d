package addlint.rules["data-designed"]["data-model_test"]

import data.addlint.rules["data-designed"]["data-model"] as rule
import data.addlint.testutil

_data_id := testutil.sid("detailed-design/data-architecture")

# _with_data_blocks replaces the code blocks of Data Architecture.
_with_data_blocks(doc, blocks) := testutil.set_field(doc, "code_blocks", array.concat(
	[b | some b in doc.code_blocks; b.section != _data_id],
	blocks,
))

_without_model := _with_data_blocks(testutil.valid_doc, [])

_block(lang, content) := testutil.code_block(_data_id, lang, true, 56, content)

_with_table(doc, section_id, columns) := testutil.set_field(doc, "tables", array.concat(doc.tables, [{
	"section": section_id,
	"line": 56,
	"end_line": 58,
	"header": columns,
	"columns": columns,
	"rows": [{
		"line": 58,
		"cells": ["payments" | some _ in columns],
		"cell_columns": [3 | some _ in columns],
		"columns": {c: "payments" | some c in columns},
		"quantities": {c: [] | some c in columns},
	}],
}]))

_finding(severity) := {
	"rule": "data-model",
	"severity": severity,
	"message": "Section \"Data Architecture\" holds no data model: add a sql block with CREATE TABLE, a mermaid erDiagram, or a table of entities and fields",
	"line": 55,
	"column": 1,
	"end_line": 55,
	"end_column": 22,
	"section": _data_id,
	"gate": "data-designed",
}

test_valid_doc_passes if {
	count(rule.report) == 0 with input as testutil.valid_doc
}

test_no_model_fails if {
	r := rule.report with input as _without_model
	r == {_finding("error")}
}

test_status_scaled_severity if {
	r := rule.report with input as testutil.with_status(_without_model, "draft")
	r == {_finding("warning")}
}

test_sql_without_create_table_fails if {
	doc := _with_data_blocks(testutil.valid_doc, [_block("sql", "SELECT * FROM payments;\nCREATE INDEX idx ON payments(id);\n")])
	r := rule.report with input as doc
	r == {_finding("error")}
}

test_create_table_variants_pass if {
	every block in [
		_block("sql", "create table if not exists payments (id int);\n"),
		_block("sql", "CREATE\n  TABLE payments (id int);\n"),
		_block("postgresql", "CREATE UNLOGGED TABLE events (id int);\n"),
		_block("mysql", "CREATE TEMPORARY TABLE t (id int);\n"),
	] {
		count(rule.report) == 0 with input as _with_data_blocks(testutil.valid_doc, [block])
	}
}

test_create_table_in_other_language_does_not_count if {
	doc := _with_data_blocks(testutil.valid_doc, [_block("rust", "sqlx::query(\"CREATE TABLE payments (id int)\")\n")])
	r := rule.report with input as doc
	r == {_finding("error")}
}

test_mermaid_er_and_class_diagrams_pass if {
	every content in [
		"erDiagram\n  PAYMENT ||--o{ REFUND : has\n",
		"%% model\nclassDiagram\n  class Payment\n",
		"classDiagram-v2\n  class Payment\n",
	] {
		count(rule.report) == 0 with input as _with_data_blocks(testutil.valid_doc, [_block("mermaid", content)])
	}
}

test_other_mermaid_diagrams_fail if {
	doc := _with_data_blocks(testutil.valid_doc, [_block("mermaid", "graph TB\n  A --> B\n")])
	r := rule.report with input as doc
	r == {_finding("error")}
}

test_entity_tables_pass if {
	every columns in [["entity", "description"], ["table", "purpose"], ["field", "type"], ["attributes", "notes"]] {
		count(rule.report) == 0 with input as _with_table(_without_model, _data_id, columns)
	}
}

test_table_without_entity_column_fails if {
	r := rule.report with input as _with_table(_without_model, _data_id, ["store", "purpose"])
	r == {_finding("error")}
}

test_model_in_a_subsection_counts if {
	sub_id := concat("/", [_data_id, "database-design"])
	sub := testutil.section(sub_id, "Database Design", 4, _data_id, 56, 62)
	base := testutil.set_field(_without_model, "sections", array.concat(testutil.valid_doc.sections, [sub]))
	doc := _with_data_blocks(base, [testutil.code_block(sub_id, "sql", true, 57, "CREATE TABLE t (id int);\n")])
	count(rule.report) == 0 with input as doc
}

test_model_outside_the_section_does_not_count if {
	doc := _with_table(_without_model, testutil.sid("detailed-design/component-architecture"), ["entity", "description"])
	r := rule.report with input as doc
	r == {_finding("error")}
}

test_section_absent_is_quiet if {
	count(rule.report) == 0 with input as testutil.without_section(_without_model, _data_id)
}

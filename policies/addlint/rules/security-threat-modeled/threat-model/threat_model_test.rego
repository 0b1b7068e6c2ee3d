package addlint.rules["security-threat-modeled"]["threat-model_test"]

import data.addlint.rules["security-threat-modeled"]["threat-model"] as rule
import data.addlint.testutil

_ops_id := testutil.sid("operational-architecture")

_sec_id := testutil.sid("operational-architecture/security-architecture")

# _plain is valid_doc with a Security Architecture that names controls but no
# threats: its table becomes Control | Purpose.
_plain := testutil.with_section_changes(
	testutil.set_field(testutil.valid_doc, "tables", array.concat(
		[t | some t in testutil.valid_doc.tables; t.section != _sec_id],
		[_table(_sec_id, ["control", "purpose"], [["JWT", "Authenticates every request"], ["TLS 1.3", "Encrypts traffic in transit"]])],
	)),
	_sec_id,
	{"text": "Control Purpose JWT Authenticates every request TLS 1.3 Encrypts traffic in transit"},
)

_table(section_id, columns, cell_rows) := {
	"section": section_id,
	"line": 77,
	"end_line": 78 + count(cell_rows),
	"header": columns,
	"columns": columns,
	"rows": [{
		"line": 79 + i,
		"cells": cells,
		"cell_columns": [c | some j, _ in cells; c := 3 + (20 * j)],
		"columns": {columns[j]: cell | some j, cell in cells},
		"quantities": {columns[j]: [] | some j, _ in cells},
	} |
		some i, cells in cell_rows
	],
}

_no_threats(severity) := {
	"rule": "threat-model",
	"severity": severity,
	"message": "Section \"Security Architecture\" names no threats: add a threat model, e.g. a table with Threat and Mitigation columns",
	"line": 76,
	"column": 1,
	"end_line": 76,
	"end_column": 26,
	"section": _sec_id,
	"gate": "security-threat-modeled",
}

_absent_message := "The document has no Security Architecture section: add one that names the threats and their mitigations, e.g. a STRIDE table"

test_valid_doc_passes if {
	count(rule.report) == 0 with input as testutil.valid_doc
}

test_no_threats_fails if {
	r := rule.report with input as _plain
	r == {_no_threats("error")}
}

test_status_scaled_severity if {
	r := rule.report with input as testutil.with_status(_plain, "draft")
	r == {_no_threats("warning")}
}

test_threat_words_in_prose_pass if {
	every text in [
		"We ran a STRIDE review of the gateway.",
		"Main threats: replayed tokens.",
		"Rate limits mitigate credential stuffing.",
		"The attack surface is the public API.",
	] {
		count(rule.report) == 0 with input as testutil.with_section_changes(_plain, _sec_id, {"text": text})
	}
}

test_stride_must_be_a_word if {
	doc := testutil.with_section_changes(_plain, _sec_id, {"text": "The team made great strides in hardening."})
	r := rule.report with input as doc
	r == {_no_threats("error")}
}

test_threat_column_passes if {
	doc := testutil.set_field(_plain, "tables", array.concat(
		[t | some t in _plain.tables; t.section != _sec_id],
		[_table(_sec_id, ["threat_scenario", "control"], [["Token replay", "Short expiry"]])],
	))
	count(rule.report) == 0 with input as doc
}

test_threat_word_in_a_table_cell_passes if {
	doc := testutil.set_field(_plain, "tables", array.concat(
		[t | some t in _plain.tables; t.section != _sec_id],
		[_table(_sec_id, ["control", "purpose"], [["WAF", "Blocks injection attacks"]])],
	))
	count(rule.report) == 0 with input as doc
}

test_threat_word_in_a_field_or_list_passes if {
	field := {"section": _sec_id, "key": "Mitigations", "value": "Tokenization", "line": 77, "column": 3, "quantities": []}
	count(rule.report) == 0 with input as testutil.set_field(_plain, "fields", array.concat(_plain.fields, [field]))
	list := {"section": _sec_id, "line": 77, "ordered": false, "items": [{"text": "Threat: stolen cards", "line": 77}]}
	count(rule.report) == 0 with input as testutil.set_field(_plain, "lists", array.concat(_plain.lists, [list]))
}

test_threat_word_in_a_subsection_heading_passes if {
	sub := testutil.section(concat("/", [_sec_id, "threat-model"]), "Threat Model", 4, _sec_id, 80, 80)
	doc := testutil.set_field(_plain, "sections", array.concat(_plain.sections, [sub]))
	count(rule.report) == 0 with input as doc
}

test_threat_words_elsewhere_do_not_count if {
	doc := testutil.with_section_changes(_plain, testutil.sid("operational-architecture/deployment-strategy"), {"text": "STRIDE threat model lives in the wiki."})
	r := rule.report with input as doc
	r == {_no_threats("error")}
}

test_absent_section_is_reported_on_operational_architecture if {
	r := rule.report with input as testutil.without_section(testutil.valid_doc, _sec_id)
	r == {{
		"rule": "threat-model",
		"severity": "error",
		"message": _absent_message,
		"line": 69,
		"column": 1,
		"end_line": 69,
		"end_column": 28,
		"section": _ops_id,
		"gate": "security-threat-modeled",
	}}
}

test_absent_section_without_operations_is_reported_on_line_1 if {
	doc := testutil.with_status(testutil.without_section(testutil.valid_doc, _ops_id), "draft")
	r := rule.report with input as doc
	r == {{
		"rule": "threat-model",
		"severity": "warning",
		"message": _absent_message,
		"line": 1,
		"column": 1,
		"end_line": 1,
		"end_column": 1,
		"section": "",
		"gate": "security-threat-modeled",
	}}
}

test_security_alias_anywhere_when_operations_absent if {
	base := testutil.without_section(testutil.valid_doc, _ops_id)
	sec := testutil.section(testutil.sid("security"), "Security", 2, testutil.h1_id, 69, 70)
	doc := testutil.set_field(base, "sections", array.concat(base.sections, [object.union(sec, {"text": "Threats: card theft, mitigated by tokenization."})]))
	count(rule.report) == 0 with input as doc
}

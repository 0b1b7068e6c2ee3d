package addlint.rules["performance-specified"]["perf-target-numeric_test"]

import data.addlint.lib
import data.addlint.rules["performance-specified"]["perf-target-numeric"] as rule
import data.addlint.testutil

# _valid_doc is testutil.valid_doc with the normalized_key the parser gives
# every field.
_valid_doc := testutil.set_field(testutil.valid_doc, "fields", [_normalized(f) | some f in testutil.valid_doc.fields])

_normalized(field) := object.union(field, {"normalized_key": lib.normalize_title(field.key)})

_perf_id := testutil.sid("performance-architecture")

_req_id := testutil.sid("performance-architecture/performance-requirements")

_advice := `write a measurable value with a unit, e.g. "p95 < 200 ms", "1,000 req/s" or "99.9%"`

_add(doc, key, element) := testutil.set_field(doc, key, array.concat(doc[key], [element]))

# _with_perf_table replaces the Performance Requirements table. Each row is
# [cells, quantities-per-column]; rows start on line 85, cells at 3, 23, 43.
_with_perf_table(section_id, columns, rows) := _add(
	testutil.set_field(_valid_doc, "tables", [t | some t in _valid_doc.tables; t.section != _req_id]),
	"tables",
	{
		"section": section_id,
		"line": 83,
		"end_line": 84 + count(rows),
		"header": columns,
		"columns": columns,
		"rows": [{
			"line": 85 + i,
			"cells": row[0],
			"cell_columns": [c | some j, _ in row[0]; c := 3 + (20 * j)],
			"columns": {columns[j]: cell | some j, cell in row[0]},
			"quantities": {columns[j]: q | some j, _ in row[0]; q := object.get(row[1], columns[j], [])},
		} |
			some i, row in rows
		],
	},
)

_ms := [{"value": 200, "unit": "ms", "text": "200 ms"}]

_field(section_id, key, value, quantities) := {
	"section": section_id,
	"key": key,
	"normalized_key": lib.normalize_title(key),
	"value": value,
	"line": 84,
	"column": 3,
	"quantities": quantities,
}

_cell_finding(line, column, name, value) := {
	"rule": "perf-target-numeric",
	"severity": "error",
	"message": sprintf("Performance target %q has no number (%q): %s", [name, value, _advice]),
	"line": line,
	"column": column,
	"end_line": line,
	"end_column": column + count(value),
	"section": _req_id,
	"gate": "performance-specified",
}

_field_finding(field, template) := {
	"rule": "perf-target-numeric",
	"severity": "error",
	"message": sprintf(template, [field.key, field.value, _advice]),
	"line": field.line,
	"column": 3,
	"end_line": field.line,
	"end_column": 3,
	"section": field.section,
	"gate": "performance-specified",
}

_metric_template := "Performance target %q has no number (%q): %s"

_quality_template := "Field %q states no measurable target (%q): %s"

test_valid_doc_passes if {
	count(rule.report) == 0 with input as _valid_doc
}

test_word_targets_fail_one_finding_per_cell if {
	doc := _with_perf_table(_req_id, ["metric", "target"], [
		[["p95 latency", "fast"], {}],
		[["Throughput", "1,000 req/s"], {"target": [{"value": 1000, "unit": "req/s", "text": "1,000 req/s"}]}],
		[["Availability", "TBD"], {}],
		[["Error rate", ""], {}],
		[["", ""], {}],
	])
	r := rule.report with input as doc
	r == {
		_cell_finding(85, 23, "p95 latency", "fast"),
		_cell_finding(87, 23, "Availability", "TBD"),
		_cell_finding(88, 23, "Error rate", ""),
	}
}

test_target_column_aliases_and_row_names if {
	doc := _with_perf_table(_req_id, ["slo", "metric"], [
		[["low", "p99 latency"], {}],
		[["high", ""], {}],
	])
	r := rule.report with input as doc
	r == {_cell_finding(85, 3, "p99 latency", "low"), _cell_finding(86, 3, "on line 86", "high")}
}

test_long_values_are_shortened_in_the_message if {
	long := "as fast as the hardware allows under every kind of load we can imagine"
	doc := _with_perf_table(_req_id, ["metric", "budget"], [[["Latency", long], {}]])
	r := rule.report with input as doc
	r == {object.union(_cell_finding(85, 23, "Latency", long), {"message": sprintf(
		"Performance target %q has no number (%q): %s",
		["Latency", "as fast as the hardware allows under every kind of load...", _advice],
	)})}
}

test_tables_without_target_column_are_not_judged if {
	doc := _with_perf_table(_req_id, ["technique", "effect"], [[["Caching", "fast"], {}]])
	count(rule.report) == 0 with input as doc
}

test_tables_outside_performance_are_not_judged if {
	doc := _with_perf_table(testutil.sid("detailed-design/component-architecture"), ["metric", "target"], [[["Latency", "fast"], {}]])
	count(rule.report) == 0 with input as doc
}

test_metric_fields_in_performance_are_judged if {
	latency := _field(_req_id, "P95 Latency", "low", [])
	rps := _field(_req_id, "Peak RPS", "high", [])
	measured := _field(_req_id, "Response time", "under 200 ms", _ms)
	purposes := _field(_req_id, "Purposes", "none", [])
	doc := _add(_add(_add(_add(_valid_doc, "fields", latency), "fields", rps), "fields", measured), "fields", purposes)
	r := rule.report with input as doc
	r == {_field_finding(latency, _metric_template), _field_finding(rps, _metric_template)}
}

test_metric_fields_elsewhere_are_not_judged if {
	doc := _add(_valid_doc, "fields", _field(testutil.sid("detailed-design/component-architecture"), "Latency", "low", []))
	count(rule.report) == 0 with input as doc
}

test_quality_attribute_fields_are_judged_anywhere if {
	qa := _field(testutil.sid("executive-summary"), "Quality Attributes", "Performance, scalability, security", [])
	nfr := _field(testutil.sid("detailed-design/component-architecture"), "Non-functional requirements", "fast and scalable", [])
	doc := _add(_add(_valid_doc, "fields", qa), "fields", nfr)
	r := rule.report with input as doc
	r == {_field_finding(qa, _quality_template), _field_finding(nfr, _quality_template)}
}

test_empty_field_with_numbered_sub_items_passes if {
	section_id := testutil.sid("executive-summary")
	nfr := _field(section_id, "Non-Functional Requirements", "", [])
	items := {"section": section_id, "line": 85, "ordered": false, "items": [{"text": "p95 < 200 ms", "line": 85}]}
	count(rule.report) == 0 with input as _add(_add(_valid_doc, "fields", nfr), "lists", items)
	vague := object.union(items, {"items": [{"text": "Fast", "line": 85}]})
	r := rule.report with input as _add(_add(_valid_doc, "fields", nfr), "lists", vague)
	r == {_field_finding(nfr, _quality_template)}
}

test_null_quantities_count_as_none if {
	latency := object.union(_field(_req_id, "Latency", "fast", []), {"quantities": null})
	r := rule.report with input as _add(_valid_doc, "fields", latency)
	r == {_field_finding(latency, _metric_template)}
}

test_code_block_targets_never_fail if {
	block := testutil.code_block(_req_id, "yaml", true, 84, "p95_latency: fast\nthroughput: high\n")
	count(rule.report) == 0 with input as _add(_valid_doc, "code_blocks", block)
}

test_severity_is_error_even_in_draft if {
	latency := _field(_req_id, "Latency", "low", [])
	r := rule.report with input as testutil.with_status(_add(_valid_doc, "fields", latency), "draft")
	r == {_field_finding(latency, _metric_template)}
}

_placeholder(section_id, text, line) := {"section": section_id, "text": text, "line": line, "column": 25}

test_quality_field_that_is_only_a_placeholder_is_left_to_the_placeholder_rule if {
	section_id := testutil.sid("executive-summary")
	qa := _field(section_id, "Quality Attributes", " [performance, availability and security targets] ", [])
	doc := _add(
		_add(_valid_doc, "fields", qa),
		"placeholders", _placeholder(section_id, "[performance, availability and security targets]", qa.line),
	)
	count(rule.report) == 0 with input as doc
}

test_metric_field_and_cell_that_are_only_placeholders_pass if {
	latency := _field(_req_id, "P95 Latency", "[specific numbers]", [])
	table_doc := _with_perf_table(_req_id, ["metric", "target"], [[["p99 latency", "[specific numbers]"], {}]])
	doc := _add(
		_add(_add(table_doc, "fields", latency), "placeholders", _placeholder(_req_id, "[specific numbers]", latency.line)),
		"placeholders", _placeholder(_req_id, "[specific numbers]", 85),
	)
	count(rule.report) == 0 with input as doc
}

test_bracketed_text_the_parser_did_not_mark_as_placeholder_fails if {
	# "[FAST]" is not a template placeholder (all capitals), so nothing else
	# reports it; a placeholder on another line does not excuse it either.
	section_id := testutil.sid("executive-summary")
	qa := _field(section_id, "Quality Attributes", "[FAST]", [])
	doc := _add(_add(_valid_doc, "fields", qa), "placeholders", _placeholder(section_id, "[FAST]", qa.line + 1))
	r := rule.report with input as doc
	r == {_field_finding(qa, _quality_template)}
}

test_placeholder_with_more_words_still_fails if {
	section_id := testutil.sid("executive-summary")
	nfr := _field(section_id, "Non-Functional Requirements", "[targets] fast and scalable", [])
	doc := _add(_add(_valid_doc, "fields", nfr), "placeholders", _placeholder(section_id, "[targets]", nfr.line))
	r := rule.report with input as doc
	r == {_field_finding(nfr, _quality_template)}
}

test_cell_placeholder_on_another_row_does_not_excuse_a_word_target if {
	doc := _add(
		_with_perf_table(_req_id, ["metric", "target"], [[["p99 latency", "[specific numbers]"], {}]]),
		"placeholders", _placeholder(_req_id, "[specific numbers]", 86),
	)
	r := rule.report with input as doc
	r == {_cell_finding(85, 23, "p99 latency", "[specific numbers]")}
}

package addlint.rules["performance-specified"]["perf-targets_test"]

import data.addlint.rules["performance-specified"]["perf-targets"] as rule
import data.addlint.testutil

_perf_id := testutil.sid("performance-architecture")

_req_id := testutil.sid("performance-architecture/performance-requirements")

_opt_id := testutil.sid("performance-architecture/optimization-strategies")

# _bare is valid_doc with a Performance Architecture that sets no target.
_bare := testutil.with_section_changes(
	testutil.with_section_changes(
		testutil.set_field(testutil.valid_doc, "tables", [t | some t in testutil.valid_doc.tables; not startswith(t.section, _perf_id)]),
		_req_id,
		{"text": ""},
	),
	_opt_id,
	{"text": "Connection pooling and read replicas."},
)

_add(doc, key, element) := testutil.set_field(doc, key, array.concat(doc[key], [element]))

_field(key, value) := {"section": _req_id, "key": key, "value": value, "line": 83, "column": 3, "quantities": []}

_table(columns, cell_rows) := {
	"section": _req_id,
	"line": 83,
	"end_line": 84 + count(cell_rows),
	"header": columns,
	"columns": columns,
	"rows": [{
		"line": 85 + i,
		"cells": cells,
		"cell_columns": [c | some j, _ in cells; c := 3 + (20 * j)],
		"columns": {columns[j]: cell | some j, cell in cells},
		"quantities": {columns[j]: [] | some j, _ in cells},
	} |
		some i, cells in cell_rows
	],
}

_missing(kind) := {
	"rule": "perf-targets",
	"severity": "error",
	"message": sprintf("Section \"Performance Architecture\" sets no %s target: %s", [kind, _advice[kind]]),
	"line": 81,
	"column": 1,
	"end_line": 81,
	"end_column": 28,
	"section": _perf_id,
	"gate": "performance-specified",
}

_advice := {
	"latency": `add a p95/p99 latency with a unit, e.g. "p95 < 200 ms"`,
	"throughput": `add a rate with a unit, e.g. "1,000 req/s sustained"`,
}

test_valid_doc_passes if {
	count(rule.report) == 0 with input as testutil.valid_doc
}

test_no_targets_gives_one_finding_each if {
	r := rule.report with input as _bare
	r == {_missing("latency"), _missing("throughput")}
}

test_severity_is_error_even_in_draft if {
	r := rule.report with input as testutil.with_status(_bare, "draft")
	r == {_missing("latency"), _missing("throughput")}
}

test_metric_fields_are_targets if {
	latency_only := rule.report with input as _add(_bare, "fields", _field("Latency", "p95 < 200 ms"))
	latency_only == {_missing("throughput")}
	throughput_only := rule.report with input as _add(_bare, "fields", _field("Peak RPS", "fast"))
	throughput_only == {_missing("latency")}
}

test_other_fields_need_a_number if {
	vague := rule.report with input as _add(_bare, "fields", _field("Goal", "low latency and high throughput"))
	vague == {_missing("latency"), _missing("throughput")}
	measured := rule.report with input as _add(_bare, "fields", _field("Goal", "p99 response time 300 ms at 2k requests per second"))
	count(measured) == 0
}

test_code_block_name_number_lines_are_targets if {
	content := "pub struct PerformanceTargets {\n    pub p50_latency: u64,\n}\nSelf {\n    p50_latency: 50,        // 50ms\n    requests_per_second: 1000,\n}\n"
	count(rule.report) == 0 with input as _add(_bare, "code_blocks", testutil.code_block(_req_id, "rust", true, 83, content))
	yaml := "slo:\n  \"p99\": 250\n  throughput_rps: 500\n"
	count(rule.report) == 0 with input as _add(_bare, "code_blocks", testutil.code_block(_req_id, "yaml", true, 83, yaml))
}

test_code_block_declarations_without_numbers_do_not_count if {
	content := "pub struct PerformanceTargets {\n    pub p95_latency: u64,\n    pub requests_per_second: u32,\n}\n"
	r := rule.report with input as _add(_bare, "code_blocks", testutil.code_block(_req_id, "rust", true, 83, content))
	r == {_missing("latency"), _missing("throughput")}
}

test_prose_needs_metric_and_number_in_one_sentence if {
	measured := rule.report with input as testutil.with_section_changes(_bare, _opt_id, {"text": "We keep p95 under 200 ms. Peak load is 1,000 req/s."})
	count(measured) == 0
	vague := rule.report with input as testutil.with_section_changes(_bare, _opt_id, {"text": "We track p95 latency closely. We have 3 replicas."})
	vague == {_missing("latency"), _missing("throughput")}
}

test_list_items_count if {
	list := {"section": _req_id, "line": 83, "ordered": false, "items": [{"text": "Sustain 5k TPS at peak", "line": 83}]}
	r := rule.report with input as _add(_bare, "lists", list)
	r == {_missing("latency")}
}

test_target_table_rows_name_the_metric if {
	r := rule.report with input as _add(_bare, "tables", _table(["metric", "target"], [["p99 latency", "fast"]]))
	r == {_missing("throughput")}
}

test_other_table_rows_need_a_number if {
	vague := rule.report with input as _add(_bare, "tables", _table(["technique", "effect"], [["Caching", "reduces latency"]]))
	vague == {_missing("latency"), _missing("throughput")}
	headed := rule.report with input as _add(_bare, "tables", _table(["endpoint", "p95_latency_ms", "peak_qps"], [["GET /payments", "120", "800"]]))
	count(headed) == 0
}

test_targets_outside_the_section_do_not_count if {
	field := object.union(_field("Latency", "p95 < 200 ms"), {"section": testutil.sid("detailed-design/component-architecture")})
	r := rule.report with input as _add(_bare, "fields", field)
	r == {_missing("latency"), _missing("throughput")}
}

test_section_absent_is_quiet if {
	count(rule.report) == 0 with input as testutil.without_section(_bare, _perf_id)
}

test_any_rate_per_second_is_a_throughput if {
	every text in ["~2-5 files/second", "400 MB/s of ingest", "300 events per second"] {
		list := {"section": _req_id, "line": 83, "ordered": false, "items": [{"text": text, "line": 83}]}
		r := rule.report with input as _add(_bare, "lists", list)
		r == {_missing("latency")}
	}
	unmeasured := {"section": _req_id, "line": 83, "ordered": false, "items": [{"text": "Files per second matter", "line": 83}]}
	r := rule.report with input as _add(_bare, "lists", unmeasured)
	r == {_missing("latency"), _missing("throughput")}
}

test_short_rows_pair_missing_cells_with_their_headers if {
	# The row has no cell under "peak_qps": the header alone still names a
	# throughput target, as it would for a row that leaves the cell empty.
	table := object.union(_table(["metric", "target", "peak_qps"], [["p95 latency", "200 ms"]]), {"header": ["metric", "target", "peak_qps"]})
	count(rule.report) == 0 with input as _add(_bare, "tables", table)
	r := rule.report with input as _add(_bare, "tables", _table(["metric", "target"], [["p95 latency", "200 ms"]]))
	r == {_missing("throughput")}
}

# METADATA
# title: Performance targets
# description: Performance Architecture sets no latency target (p50/p95/p99, latency, response time) or no throughput target (rps, qps, req/s, tps, throughput).
# custom:
#   id: perf-targets
#   gate: performance-specified
#   severity: error
#   why: Latency and throughput are the two numbers every capacity plan, load test and SLO starts from; without them "fast enough" cannot be checked.
#   example_bad: |
#     ## Performance Architecture
#     The service must be fast and scale well.
#   example_good: |
#     ## Performance Architecture
#     - **Latency**: p95 < 200 ms, p99 < 500 ms
#     - **Throughput**: 1,000 req/s sustained
package addlint.rules["performance-specified"]["perf-targets"]

import data.addlint.lib

# _kinds are the two targets every Performance Architecture sets: the words
# that name each, and what to tell the author when it is missing.
_kinds := {
	"latency": {
		"pattern": `(?i)(\bp(50|90|95|99)\b|latenc|response[\s-]*times?\b)`,
		"advice": `add a p95/p99 latency with a unit, e.g. "p95 < 200 ms"`,
	},
	"throughput": {
		"pattern": `(?i)(\b(rps|qps|tps)\b|throughput|\S/\s*(s|sec|second|min|minute)\b|\bper\s+(s|sec|second|min|minute)\b)`,
		"advice": `add a rate with a unit, e.g. "1,000 req/s sustained"`,
	},
}

# _code_target matches a `name: number` line of a code block, e.g.
# `p95_latency: 200` or `"requests_per_second": 1000`.
_code_target := `(?m)^\s*["']?([A-Za-z][A-Za-z0-9_. -]*?)["']?\s*:\s*[<>=~]*\s*-?[0-9]`

report contains lib.finding(rego.metadata.chain(), message, lib.at_section(section)) if {
	section := lib.section("performance-architecture")
	some kind, spec in _kinds
	not _sets(section, spec.pattern)
	message := sprintf("Section %q sets no %s target: %s", [section.title, kind, spec.advice])
}

# A text that is a target by its place (a row of a target table, a field key,
# a code line name) only has to name the metric.
_sets(section, pattern) if {
	some text in _target_texts(section)
	regex.match(pattern, _spaced(text))
}

# Any other text must name the metric and give a number.
_sets(section, pattern) if {
	some text in _measured_texts(section)
	regex.match(pattern, _spaced(text))
	_has_number(text)
}

# _spaced turns snake_case names ("p95_latency_ms", "peak_qps") into words.
_spaced(text) := replace(text, "_", " ")

_target_texts(section) := array.concat(
	array.concat(
		[_row_text(row, table) |
			some table in lib.tables_in(section)
			lib.column(table, "target")
			some row in table.rows
		],
		[field.key | some field in lib.fields_in(section)],
	),
	[_code_name(match[1]) |
		some block in lib.code_blocks_in(section)
		some match in regex.find_all_string_submatch_n(_code_target, block.content, -1)
	],
)

_measured_texts(section) := array.concat(
	array.concat(
		[_row_text(row, table) |
			some table in lib.tables_in(section)
			not lib.column(table, "target")
			some row in table.rows
		],
		[concat(": ", [field.key, field.value]) | some field in lib.fields_in(section)],
	),
	array.concat(
		[item.text | some list in lib.lists_in(section); some item in list.items],
		_sentences(section),
	),
)

# _row_text pairs every cell of a row with its header, so that a metric named
# in the header ("p95 Latency") meets the number in the cell.
_row_text(row, table) := concat(" | ", [pair |
	some index, header in table.header
	pair := concat(" ", [header, _cell(row, index)])
])

_cell(row, index) := text if {
	text := row.cells[index]
	is_string(text)
} else := ""

_code_name(name) := regex.replace(lower(name), `[_.-]+`, " ")

_sentences(section) := [sentence |
	some s in array.concat([section], lib.subsections(section))
	some sentence in regex.split(`[.!?;]\s+`, s.text)
]

# _has_number ignores the digits of percentile names such as p95.
_has_number(text) if regex.match(`[0-9]`, regex.replace(text, `(?i)\bp[0-9]+(\.[0-9]+)?\b`, ""))

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

# _code_target matches a `name: number` line of a code block, e.g.
# `p95_latency: 200` or `"requests_per_second": 1000`.
_code_target := `(?m)^\s*["']?([A-Za-z][A-Za-z0-9_. -]*?)["']?\s*:\s*[<>=~]*\s*-?[0-9]`

# No latency target: p50/p90/p95/p99, a latency or a response time.
report contains lib.finding(rego.metadata.chain(), message, lib.at_section(section)) if {
	section := lib.section("performance-architecture")
	pattern := `(?i)(\bp(50|90|95|99)\b|latenc|response[\s-]*times?\b)`
	not regex.match(pattern, _target_rows_text)
	not _sets_elsewhere(pattern)
	message := sprintf(
		"Section %q sets no latency target: %s",
		[section.title, `add a p95/p99 latency with a unit, e.g. "p95 < 200 ms"`],
	)
}

# No throughput target: rps, qps, tps, a throughput or a rate per second or
# minute.
report contains lib.finding(rego.metadata.chain(), message, lib.at_section(section)) if {
	section := lib.section("performance-architecture")
	pattern := `(?i)(\b(rps|qps|tps)\b|throughput|\S/\s*(s|sec|second|min|minute)\b|\bper\s+(s|sec|second|min|minute)\b)`
	not regex.match(pattern, _target_rows_text)
	not _sets_elsewhere(pattern)
	message := sprintf(
		"Section %q sets no throughput target: %s",
		[section.title, `add a rate with a unit, e.g. "1,000 req/s sustained"`],
	)
}

# A text that is a target by its place only has to name the metric: a row
# of a target table (_target_rows_text, the usual place, which the report
# rules try first), a field key or a code line name. _sets_elsewhere holds
# when a text other than a target table row sets a target of the pattern's
# kind; snake_case names ("p95_latency_ms", "peak_qps") are read as words.
_sets_elsewhere(pattern) if {
	some field in lib.fields_in(lib.section("performance-architecture"))
	regex.match(pattern, replace(field.key, "_", " "))
}

_sets_elsewhere(pattern) if {
	some block in lib.code_blocks_in(lib.section("performance-architecture"))
	some match in regex.find_all_string_submatch_n(_code_target, block.content, -1)
	regex.match(pattern, _code_name(match[1]))
}

# Any other text must name the metric and give a number: a row of another
# table, a field, a list item or a sentence.
_sets_elsewhere(pattern) if {
	some text in _measured_texts
	regex.match(pattern, replace(text, "_", " "))
	_has_number(text)
}

# _target_rows_text is the text of every row of the section's target tables
# (see _target_table and _row_text), spaced, each followed by " | ". One
# regex over it finds what one regex per row would: neither pattern of the
# report rules can match across a " | ". The pieces of the rows are joined
# directly; a row with fewer cells than headers (never, for a parsed
# document) is added again whole by _row_text, which pairs its missing
# cells with "".
_target_rows_text := replace(concat("", array.concat(pieces, short_rows)), "_", " ") if {
	targets := data.addlint.profile.columns.target
	tables := [table |
		some table in lib.tables_in(lib.section("performance-architecture"))
		count([name | some name in table.columns; name in targets]) > 0
	]
	pieces := [piece |
		some table in tables
		some row in table.rows
		some index, header in table.header
		some piece in [header, " ", row.cells[index], " | "]
	]
	short_rows := [concat("", [_row_text(row, table), " | "]) |
		some table in tables
		width := count(table.header)
		some row in table.rows
		count(row.cells) < width
	]
}

_measured_texts := array.concat(
	array.concat(
		[_row_text(row, table) |
			some table in lib.tables_in(lib.section("performance-architecture"))
			not _target_table(table)
			some row in table.rows
		],
		[concat(": ", [field.key, field.value]) | some field in lib.fields_in(lib.section("performance-architecture"))],
	),
	array.concat(
		[item.text | some list in lib.lists_in(lib.section("performance-architecture")); some item in list.items],
		_sentences,
	),
)

# _target_table holds for a table with a target column (lib.column(table,
# "target"), read straight from the profile: the library's version builds
# the alias sets of every role).
_target_table(table) if {
	targets := data.addlint.profile.columns.target # bound once, not per column
	some name in table.columns
	name in targets
}

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

_sentences := [sentence |
	section := lib.section("performance-architecture")
	some s in array.concat([section], lib.subsections(section))
	some sentence in regex.split(`[.!?;]\s+`, s.text)
]

# _has_number ignores the digits of percentile names such as p95.
_has_number(text) if regex.match(`[0-9]`, regex.replace(text, `(?i)\bp[0-9]+(\.[0-9]+)?\b`, ""))

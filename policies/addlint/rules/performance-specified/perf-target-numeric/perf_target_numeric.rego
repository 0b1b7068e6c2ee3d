# METADATA
# title: Numeric performance targets
# description: A performance target (a Target/Value/Goal/SLO cell of a Performance Architecture table, a metric field there, or a Quality Attributes / Non-Functional Requirements field) carries no number. A target that is only a bracketed template placeholder is left to the placeholder rule.
# custom:
#   id: perf-target-numeric
#   gate: performance-specified
#   severity: error
#   why: A target in words ("fast", "low", "scalable") cannot be load-tested, monitored or failed; only a number with a unit can.
#   example_bad: |
#     | Metric      | Target |
#     |-------------|--------|
#     | p95 latency | fast   |
#   example_good: |
#     | Metric      | Target   |
#     |-------------|----------|
#     | p95 latency | < 200 ms |
package addlint.rules["performance-specified"]["perf-target-numeric"]

import data.addlint.lib

_advice := `write a measurable value with a unit, e.g. "p95 < 200 ms", "1,000 req/s" or "99.9%"`

# A target cell of a table held by Performance Architecture that has no
# quantity, in a row that is not blank. The target column is the table's
# first column the profile names a target column (lib.column(table,
# "target"), read straight from the profile: the library's version builds
# the alias sets of every role). The cheap test comes first: most rows carry
# a quantity in their target cell.
report contains lib.finding(rego.metadata.chain(), message, lib.at_cell(row, table, index)) if {
	targets := data.addlint.profile.columns.target
	some table in lib.tables_in(lib.section("performance-architecture"))
	column := [name | some name in table.columns; name in targets][0]
	some row in table.rows
	object.get(row.quantities, column, []) in {[], null}
	trim_space(concat("", row.cells)) != ""
	some index, name in table.columns
	name == column
	target := object.get(object.get(row, "columns", {}), column, "")
	not _only_placeholder(target, row.line)
	message := sprintf(
		"Performance target %q has no number (%q): %s",
		[_row_name(row, index), _excerpt(target), _advice],
	)
}

# A field held by Performance Architecture whose key names a metric.
report contains lib.finding(rego.metadata.chain(), message, lib.at(field)) if {
	pattern := _metric_pattern
	some field in lib.fields_in(lib.section("performance-architecture"))
	not field.quantities[0]
	regex.match(pattern, lower(field.key))
	_unmeasured(field)
	message := sprintf("Performance target %q has no number (%q): %s", [field.key, _excerpt(field.value), _advice])
}

# A Quality Attributes or Non-Functional Requirements field anywhere (by the
# normalized key the parser gives each field). The keys are bound once, not
# looked up for each field.
report contains lib.finding(rego.metadata.chain(), message, lib.at(field)) if {
	keys := _quality_keys
	some field in input.fields
	field.normalized_key in keys
	not field.quantities[0]
	_unmeasured(field)
	message := sprintf("Field %q states no measurable target (%q): %s", [field.key, _excerpt(field.value), _advice])
}

# _quality_keys are the field keys whose values are quality targets (profile
# quality_attribute_fields, normalized).
# The profile index (lib/sections.rego) holds them, prepared once by the
# engine; else they are normalized here.
_quality_keys := keys if {
	keys := lib.profile_facts.quality_keys
	keys != null
} else := {lib.normalize_title(key) |
	some key in object.get(data.addlint.profile, "quality_attribute_fields", ["Quality Attributes", "Non-Functional Requirements"])
}

# _metric_pattern matches a metric keyword at the start of a word of a
# lower-cased key, so that "rps" matches "Peak RPS" but not "Purposes": one
# regex for all the profile's metric_keywords, built once (undefined when
# there are none).
# The profile index holds it, prepared once by the engine.
_metric_pattern := pattern if {
	pattern := lib.profile_facts.metric_pattern
	is_string(pattern)
} else := concat("", [`(^|[^a-z0-9])(`, concat("|", keywords), ")"]) if {
	keywords := object.get(data.addlint.profile, "metric_keywords", [])
	count(keywords) > 0
}

# _unmeasured holds for a field without quantities (tested by the caller:
# "not field.quantities[0]" also covers null) whose value neither is only a
# placeholder nor has numbered sub-items.
_unmeasured(field) if {
	not _nested_numbers(field)
	not _only_placeholder(field.value, field.line)
}

# _only_placeholder holds when text is nothing but one bracketed template
# placeholder that the parser found on line, such as the scaffold's
# "[p95 latency, throughput and availability targets]": the placeholder
# rule reports it, with a severity that follows the document's Status.
_only_placeholder(text, line) if {
	value := trim_space(text)
	startswith(value, "[")
	some p in input.placeholders
	p.line == line
	p.text == value
}

# _nested_numbers holds when the field's value is empty and a list right
# below it (its sub-items) gives numbers.
_nested_numbers(field) if {
	trim_space(field.value) == ""
	some list in input.lists
	list.section == field.section
	list.line == field.line + 1
	some item in list.items
	regex.match(`[0-9]`, item.text)
}

# _row_name names a target by the first non-empty cell outside the target
# column (usually the metric), else by its line.
_row_name(row, target_index) := names[0] if {
	names := [trim_space(cell) |
		some index, cell in row.cells
		index != target_index
		trim_space(cell) != ""
	]
	count(names) > 0
} else := sprintf("on line %d", [row.line])

# _excerpt is the text, cut at a word to about 60 characters.
_excerpt(text) := trimmed if {
	trimmed := trim_space(text)
	count(trimmed) <= 60
} else := concat("", [regex.replace(substring(trim_space(text), 0, 57), `\s+\S*$`, ""), "..."])

# METADATA
# title: Technology rationale
# description: A row of the Technology Stack Decisions table gives no real rationale (empty, a filler, a placeholder or under three words).
# custom:
#   id: stack-rationale
#   gate: stack-justified
#   severity: error
#   why: Reviewers approve a stack by its reasons; a choice without one cannot be challenged or revisited.
#   example_bad: |
#     | Component | Technology | Rationale |
#     |-----------|------------|-----------|
#     | Cache     | Redis      | fast      |
#   example_good: |
#     | Component | Technology | Rationale |
#     |-----------|------------|-----------|
#     | Cache     | Redis      | Sub-millisecond reads, native TTLs, team already operates it |
package addlint.rules["stack-justified"]["stack-rationale"]

import data.addlint.lib

# _min_words is the fewest words a rationale may have.
_min_words := 3

report contains lib.finding(rego.metadata.chain(), message, lib.at_cell(row, table, index)) if {
	some table in lib.tables_in(lib.section("technology-stack-decisions"))
	_stack_table(table)
	column := lib.column(table, "rationale")
	some index, name in table.columns
	name == column
	some row in table.rows
	rationale := lib.cell(row, table, "rationale")
	_weak(rationale)
	message := sprintf(
		"Technology %q has no real rationale (%q): say in three words or more why it was chosen",
		[_choice(row, table), trim_space(rationale)],
	)
}

# _stack_table holds for a table that names technologies and their reasons.
_stack_table(table) if {
	lib.column(table, "technology")
	lib.column(table, "rationale")
}

_weak(text) if lib.filler(text)

_weak(text) if count(_words(text)) < _min_words

_words(text) := [word | some word in regex.split(`\s+`, trim_space(text)); word != ""]

# _choice names the row: its technology, else its component, else its line.
_choice(row, table) := name if {
	name := trim_space(lib.cell(row, table, "technology"))
	name != ""
} else := name if {
	name := trim_space(lib.cell(row, table, "component"))
	name != ""
} else := sprintf("on line %d", [row.line])

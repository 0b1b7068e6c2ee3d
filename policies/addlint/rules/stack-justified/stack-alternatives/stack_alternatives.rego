# METADATA
# title: Technology alternatives
# description: A row of the Technology Stack Decisions table names no alternative, or the table has no Alternatives Considered column.
# custom:
#   id: stack-alternatives
#   gate: stack-justified
#   severity: warning
#   why: A choice is only justified against the options it beat; naming them shows the decision was made, not defaulted to.
#   example_bad: |
#     | Component | Technology | Rationale |
#     |-----------|------------|-----------|
#     | Cache     | Redis      | Sub-millisecond reads, native TTLs |
#   example_good: |
#     | Component | Technology | Rationale | Alternatives Considered |
#     |-----------|------------|-----------|-------------------------|
#     | Cache     | Redis      | Sub-millisecond reads, native TTLs | Memcached, Hazelcast |
package addlint.rules["stack-justified"]["stack-alternatives"]

import data.addlint.lib

report contains lib.finding(rego.metadata.chain(), message, lib.at(table)) if {
	some table in _stack_tables
	not lib.column(table, "alternatives")
	message := "Technology table has no Alternatives Considered column: add one naming the options weighed for each choice"
}

report contains lib.finding(rego.metadata.chain(), message, lib.at_cell(row, table, index)) if {
	some table in _stack_tables
	column := lib.column(table, "alternatives")
	some index, name in table.columns
	name == column
	some row in table.rows
	lib.filler(lib.cell(row, table, "alternatives"))
	message := sprintf(
		"Technology %q names no alternative: list the options considered, e.g. \"MySQL, CockroachDB\"",
		[_choice(row, table)],
	)
}

# _stack_tables are the tables of Technology Stack Decisions that name
# technologies next to components or reasons.
_stack_tables contains table if {
	some table in lib.tables_in(lib.section("technology-stack-decisions"))
	lib.column(table, "technology")
	_names_choice(table)
}

_names_choice(table) if lib.column(table, "component")

_names_choice(table) if lib.column(table, "rationale")

# _choice names the row: its technology, else its component, else its line.
_choice(row, table) := name if {
	name := trim_space(lib.cell(row, table, "technology"))
	name != ""
} else := name if {
	name := trim_space(lib.cell(row, table, "component"))
	name != ""
} else := sprintf("on line %d", [row.line])

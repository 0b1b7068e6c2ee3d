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

# A stack table without an alternatives column.
report contains lib.finding(rego.metadata.chain(), message, lib.at(table)) if {
	some [table, []] in _stack_tables
	message := "Technology table has no Alternatives Considered column: add one naming the options weighed for each choice"
}

# An alternatives cell for which lib.filler holds: empty, a bracketed
# placeholder such as "[Options]" or one of the profile's fillers ("none",
# "n/a", "-", ...), tested with the profile index's filler_pattern (one regex
# per row) rather than with a helper call.
report contains lib.finding(rego.metadata.chain(), _message(row, table), lib.at_cell(row, table, index)) if {
	pattern := lib.profile_facts.filler_pattern
	some [table, alternatives] in _stack_tables
	column := alternatives[0]
	some row in table.rows
	regex.match(pattern, lower(trim_space(object.get(row.columns, column, ""))))
	some index, name in table.columns
	name == column
}

# _stack_tables pairs each table of Technology Stack Decisions that names
# technologies next to components or reasons with its alternatives columns
# (the first one is the column lib.column would give; none when it has
# none). The columns are read straight from the profile, as lib.column
# would: the library's version builds the alias sets of every role.
_stack_tables := [[table, alternatives] |
	roles := data.addlint.profile.columns
	some table in lib.tables_in(lib.section("technology-stack-decisions"))
	count([name | some name in table.columns; name in roles.technology]) > 0
	choices := [name |
		some name in table.columns
		some role in ["component", "rationale"]
		name in roles[role]
	]
	count(choices) > 0
	alternatives := [name | some name in table.columns; name in roles.alternatives]
]

# _message is the finding's message for a row.
_message(row, table) := sprintf(
	"Technology %q names no alternative: list the options considered, e.g. \"MySQL, CockroachDB\"",
	[_choice(row, table)],
)

# _choice names the row: its technology, else its component, else its line.
_choice(row, table) := name if {
	name := trim_space(lib.cell(row, table, "technology"))
	name != ""
} else := name if {
	name := trim_space(lib.cell(row, table, "component"))
	name != ""
} else := sprintf("on line %d", [row.line])

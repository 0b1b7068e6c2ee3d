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

# A rationale is weak when it has fewer than three words or lib.filler holds
# for it. The two rules below test that with builtins on each row rather
# than with helper calls. First: fewer than three words (empty included) or
# a bracketed placeholder such as "[Rationale]"; this also catches every
# filler of the profile ("TBD", "n/a", ...) of fewer than three words.
report contains lib.finding(rego.metadata.chain(), _message(row, table, rationale), lib.at_cell(row, table, index)) if {
	some [table, column] in _stack_tables
	some row in table.rows
	rationale := trim_space(object.get(row.columns, column, ""))
	regex.match(`^(\S*(\s+\S+)?|\[[^\]]*\])$`, rationale)
	some index, name in table.columns
	name == column
}

# Second: one of the profile's fillers. The first rule already catches
# those of fewer than three words or bracketed (lower-casing keeps the
# words), so only the others are looked for: the profile index holds them
# (wordy_fillers), and the built-in profile has none.
report contains lib.finding(rego.metadata.chain(), _message(row, table, rationale), lib.at_cell(row, table, index)) if {
	fillers := lib.profile_facts.wordy_fillers
	count(fillers) > 0
	some [table, column] in _stack_tables
	some row in table.rows
	rationale := trim_space(object.get(row.columns, column, ""))
	lower(rationale) in fillers
	some index, name in table.columns
	name == column
}

# _stack_tables pairs each table of Technology Stack Decisions that has a
# technology and a rationale column with the name of its (first) rationale
# column. The columns are read straight from the profile, as lib.column
# would: the library's version builds the alias sets of every role.
_stack_tables := [[table, column] |
	roles := data.addlint.profile.columns
	some table in lib.tables_in(lib.section("technology-stack-decisions"))
	column := [name | some name in table.columns; name in roles.rationale][0]
	count([name | some name in table.columns; name in roles.technology]) > 0
]

# _message is the finding's message for a row and its trimmed rationale.
_message(row, table, rationale) := sprintf(
	"Technology %q has no real rationale (%q): say in three words or more why it was chosen",
	[_choice(row, table), rationale],
)

# _choice names the row: its technology, else its component, else its line.
_choice(row, table) := name if {
	name := trim_space(lib.cell(row, table, "technology"))
	name != ""
} else := name if {
	name := trim_space(lib.cell(row, table, "component"))
	name != ""
} else := sprintf("on line %d", [row.line])

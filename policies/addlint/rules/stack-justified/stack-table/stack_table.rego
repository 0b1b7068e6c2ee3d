# METADATA
# title: Technology stack table
# description: Technology Stack Decisions holds no table with Component, Technology and Rationale columns.
# custom:
#   id: stack-table
#   gate: stack-justified
#   severity: error
#   why: A table of components, chosen technologies and their reasons is the one place a reviewer can approve or challenge the stack.
#   example_bad: |
#     ## Technology Stack Decisions
#     We use Rust, PostgreSQL and Redis.
#   example_good: |
#     ## Technology Stack Decisions
#     | Component | Technology | Rationale | Alternatives Considered |
#     |-----------|------------|-----------|-------------------------|
#     | Database  | PostgreSQL | ACID transactions, mature tooling, team knows it | MySQL, CockroachDB |
package addlint.rules["stack-justified"]["stack-table"]

import data.addlint.lib

report contains lib.finding(rego.metadata.chain(), message, lib.at_section(section)) if {
	section := lib.section("technology-stack-decisions")
	not _has_stack_table
	message := sprintf(
		"Section %q has no technology table: add a table with Component, Technology and Rationale columns",
		[section.title],
	)
}

# _has_stack_table holds when a table of Technology Stack Decisions has a
# component, a technology and a rationale column, under any of the names
# the profile gives each (lib.column, read straight from the profile: the
# library's version builds the alias sets of every role).
_has_stack_table if {
	roles := data.addlint.profile.columns
	some table in lib.tables_in(lib.section("technology-stack-decisions"))
	some component in table.columns
	component in roles.component
	some technology in table.columns
	technology in roles.technology
	some rationale in table.columns
	rationale in roles.rationale
}

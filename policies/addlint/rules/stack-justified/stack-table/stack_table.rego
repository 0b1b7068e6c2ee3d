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
	not _has_stack_table(section)
	message := sprintf(
		"Section %q has no technology table: add a table with Component, Technology and Rationale columns",
		[section.title],
	)
}

_has_stack_table(section) if {
	some table in lib.tables_in(section)
	lib.column(table, "component")
	lib.column(table, "technology")
	lib.column(table, "rationale")
}

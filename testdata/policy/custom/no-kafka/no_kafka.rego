# METADATA
# title: No Kafka
# description: The Technology Stack Decisions table picks Kafka, which the platform team does not operate.
# custom:
#   id: no-kafka
#   gate: stack-justified
#   severity: warning
#   why: Every Kafka cluster needs an on-call team; ours runs the managed event bus instead.
#   example_bad: |
#     | Component | Technology | Rationale |
#     |-----------|------------|-----------|
#     | Events    | Kafka      | Durable, replayable event log |
#   example_good: |
#     | Component | Technology        | Rationale |
#     |-----------|-------------------|-----------|
#     | Events    | Managed event bus | Durable, replayable, operated by the platform team |
package addlint.rules.custom["no-kafka"]

import data.addlint.lib

report contains lib.finding(rego.metadata.chain(), message, lib.at_row(row, table)) if {
	some table in lib.tables_in(lib.section("technology-stack-decisions"))
	some row in table.rows
	technology := lib.cell(row, table, "technology")
	contains(lower(technology), "kafka")
	message := sprintf("Technology %q is not operated here: use the managed event bus", [technology])
}

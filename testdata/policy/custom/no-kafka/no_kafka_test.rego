package addlint.rules.custom["no-kafka_test"]

import data.addlint.rules.custom["no-kafka"] as rule

# stack returns a document whose Technology Stack Decisions table (line 3)
# holds one row (line 5) choosing technology.
stack(technology) := {
	"status": "approved",
	"sections": [{
		"id": "technology-stack-decisions", "slug": "technology-stack-decisions",
		"title": "Technology Stack Decisions", "level": 2, "parent": "",
		"line": 1, "column": 1, "end_line": 5,
	}],
	"tables": [{
		"section": "technology-stack-decisions", "line": 3, "end_line": 5,
		"header": ["Component", "Technology", "Rationale"],
		"columns": ["component", "technology", "rationale"],
		"rows": [{
			"line": 5,
			"cells": ["Events", technology, "Durable event log"],
			"cell_columns": [3, 12, 21],
			"columns": {"component": "Events", "technology": technology, "rationale": "Durable event log"},
		}],
	}],
}

test_kafka_is_reported if {
	rule.report == {{
		"rule": "no-kafka",
		"severity": "warning",
		"message": "Technology \"Apache Kafka\" is not operated here: use the managed event bus",
		"line": 5, "column": 1, "end_line": 5, "end_column": 38,
		"section": "technology-stack-decisions",
		"gate": "stack-justified",
	}} with input as stack("Apache Kafka")
}

test_other_technologies_pass if {
	count(rule.report) == 0 with input as stack("Managed event bus")
}

test_kafka_outside_the_stack_table_passes if {
	doc := json.patch(stack("Kafka"), [{"op": "replace", "path": "/sections/0/title", "value": "Appendix"}])
	count(rule.report) == 0 with input as doc
}

package addlint.rules.complete["required-subsection_test"]

import data.addlint.rules.complete["required-subsection"] as rule
import data.addlint.testutil

_f(message, loc) := testutil.finding("required-subsection", "complete", "warning", message, loc)

_without(rel) := testutil.without_section(testutil.valid_doc, testutil.sid(rel))

test_valid_document_passes if {
	count(rule.report) == 0 with input as testutil.valid_doc
}

test_missing_subsection_reported_at_parent_heading if {
	rule.report == {_f(
		`Section "Operational Architecture" lacks the subsection "Monitoring and Observability": add "### Monitoring and Observability" inside it`,
		{"line": 69, "end_column": 28, "section": testutil.sid("operational-architecture")},
	)} with input as _without("operational-architecture/monitoring-and-observability")
}

test_one_finding_per_missing_subsection if {
	doc := testutil.without_section(_without("system-context/business-requirements-summary"), testutil.sid("system-context/system-scope-and-boundaries"))
	loc := {"line": 13, "end_column": 18, "section": testutil.sid("system-context")}
	rule.report == {
		_f(`Section "System Context" lacks the subsection "Business Requirements Summary": add "### Business Requirements Summary" inside it`, loc),
		_f(`Section "System Context" lacks the subsection "System Scope and Boundaries": add "### System Scope and Boundaries" inside it`, loc),
	} with input as doc
}

test_missing_parent_is_left_to_required_section if {
	count(rule.report) == 0 with input as _without("operational-architecture")
}

test_subsection_elsewhere_does_not_count if {
	# Security Architecture moved under Detailed Design is not inside
	# Operational Architecture.
	moved := testutil.with_section_changes(
		testutil.valid_doc,
		testutil.sid("operational-architecture/security-architecture"),
		{"id": testutil.sid("detailed-design/security-architecture"), "parent": testutil.sid("detailed-design")},
	)
	report := rule.report with input as moved
	[f.message | some f in report] == [`Section "Operational Architecture" lacks the subsection "Security Architecture": add "### Security Architecture" inside it`]
}

test_alias_accepted_at_any_depth if {
	doc := testutil.with_section_changes(
		testutil.valid_doc,
		testutil.sid("operational-architecture/monitoring-and-observability"),
		{"title": "4.2 Monitoring & Observability", "level": 4},
	)
	count(rule.report) == 0 with input as doc
}

test_suggested_level_follows_parent if {
	doc := testutil.with_section_changes(_without("performance-architecture/optimization-strategies"), testutil.sid("performance-architecture"), {"level": 3})
	report := rule.report with input as doc
	[f.message | some f in report] == [`Section "Performance Architecture" lacks the subsection "Optimization Strategies": add "#### Optimization Strategies" inside it`]
}

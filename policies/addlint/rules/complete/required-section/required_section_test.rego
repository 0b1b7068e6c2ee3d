package addlint.rules.complete["required-section_test"]

import data.addlint.rules.complete["required-section"] as rule
import data.addlint.testutil

_at_h1 := {"line": 1, "column": 1, "end_column": 49, "section": testutil.h1_id}

_f(message, loc) := testutil.finding("required-section", "complete", "error", message, loc)

_without(rel) := testutil.without_section(testutil.valid_doc, testutil.sid(rel))

test_valid_document_passes if {
	count(rule.report) == 0 with input as testutil.valid_doc
}

test_missing_section_says_where_it_goes if {
	rule.report == {_f(`Required section "Detailed Design" is missing: add "## Detailed Design" after "Architecture Overview"`, _at_h1)} with input as _without("detailed-design")
}

test_missing_first_section_goes_before_the_next if {
	rule.report == {_f(`Required section "Executive Summary" is missing: add "## Executive Summary" before "System Context"`, _at_h1)} with input as _without("executive-summary")
}

test_one_finding_per_missing_section if {
	doc := testutil.without_section(_without("quality-gates"), testutil.sid("performance-architecture"))
	rule.report == {
		_f(`Required section "Performance Architecture" is missing: add "## Performance Architecture" after "Operational Architecture"`, _at_h1),
		_f(`Required section "Quality Gates" is missing: add "## Quality Gates" after "Operational Architecture"`, _at_h1),
	} with input as doc
}

test_neighbour_named_as_written if {
	doc := testutil.with_section_changes(_without("detailed-design"), testutil.sid("architecture-overview"), {"title": "3. System Architecture"})
	rule.report == {_f(`Required section "Detailed Design" is missing: add "## Detailed Design" after "3. System Architecture"`, _at_h1)} with input as doc
}

test_document_without_headings_reports_at_line_1 if {
	report := rule.report with input as testutil.empty_doc
	count(report) == 8
	some f in report
	f == _f(`Required section "Quality Gates" is missing: add "## Quality Gates"`, {"line": 1})
}

test_alias_numbering_and_level_accepted if {
	doc := testutil.with_section_changes(
		testutil.with_section_changes(testutil.valid_doc, testutil.sid("technology-stack-decisions"), {"title": "5. Tech Stack"}),
		testutil.sid("quality-gates"),
		{"title": "Quality Checklist (Definition of Done)", "level": 3},
	)
	count(rule.report) == 0 with input as doc
}

test_severity_does_not_follow_status if {
	report := rule.report with input as testutil.with_status(_without("detailed-design"), "draft")
	[f.severity | some f in report] == ["error"]
}

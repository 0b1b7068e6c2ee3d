package addlint.rules.hygiene["heading-increment_test"]

import data.addlint.rules.hygiene["heading-increment"] as rule
import data.addlint.testutil

_leveled(doc, rel, level) := testutil.with_section_changes(doc, testutil.sid(rel), {"level": level})

test_valid_document_passes if {
	count(rule.report) == 0 with input as testutil.valid_doc
}

test_jump_from_h2_to_h4 if {
	doc := _leveled(testutil.valid_doc, "operational-architecture/deployment-strategy", 4)
	rule.report == {testutil.finding(
		"heading-increment", "hygiene", "warning",
		`Heading "Deployment Strategy" jumps from H2 to H4: make it H3 ("### Deployment Strategy")`,
		{"line": 70, "end_column": 25, "section": testutil.sid("operational-architecture/deployment-strategy")},
	)} with input as doc
}

test_jump_from_h1_to_h3 if {
	doc := _leveled(testutil.valid_doc, "executive-summary", 3)
	report := rule.report with input as doc
	[f.message | some f in report] == [`Heading "Executive Summary" jumps from H1 to H3: make it H2 ("## Executive Summary")`]
}

test_only_the_jump_is_reported_not_its_siblings if {
	doc := _leveled(_leveled(testutil.valid_doc, "operational-architecture/deployment-strategy", 4), "operational-architecture/monitoring-and-observability", 4)
	report := rule.report with input as doc
	[f.line | some f in report] == [70]
}

test_going_up_several_levels_is_fine if {
	doc := testutil.set_field(testutil.valid_doc, "sections", [
		testutil.section("a", "A", 1, "", 1, 9),
		testutil.section("a/b", "B", 2, "a", 2, 9),
		testutil.section("a/b/c", "C", 3, "a/b", 3, 9),
		testutil.section("a/b/c/d", "D", 4, "a/b/c", 4, 5),
		testutil.section("a/e", "E", 2, "a", 6, 9),
	])
	count(rule.report) == 0 with input as doc
}

test_first_heading_may_be_any_level if {
	doc := testutil.set_field(testutil.valid_doc, "sections", [
		testutil.section("context", "Context", 3, "", 1, 4),
		testutil.section("scope", "Scope", 3, "", 5, 9),
	])
	count(rule.report) == 0 with input as doc
}

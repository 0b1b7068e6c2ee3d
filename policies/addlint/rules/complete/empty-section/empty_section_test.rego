package addlint.rules.complete["empty-section_test"]

import data.addlint.rules.complete["empty-section"] as rule
import data.addlint.testutil

_f(severity, title, loc) := testutil.finding(
	"empty-section", "complete", severity,
	sprintf(`Section %q is empty: write its content (text, a list, a table or a diagram) or remove the heading`, [title]),
	loc,
)

_emptied(doc, rel) := testutil.with_section_changes(doc, testutil.sid(rel), {"has_content": false, "text": "", "words": 0})

test_valid_document_passes if {
	count(rule.report) == 0 with input as testutil.valid_doc
}

test_empty_subsection_is_status_scaled if {
	doc := _emptied(testutil.valid_doc, "operational-architecture/deployment-strategy")
	loc := {"line": 70, "end_column": 24, "section": testutil.sid("operational-architecture/deployment-strategy")}
	rule.report == {_f("error", "Deployment Strategy", loc)} with input as doc
	rule.report == {_f("warning", "Deployment Strategy", loc)} with input as testutil.with_status(doc, "draft")
	rule.report == {_f("error", "Deployment Strategy", loc)} with input as testutil.with_status(doc, "review")
	rule.report == {_f("error", "Deployment Strategy", loc)} with input as testutil.with_status(doc, "")
}

test_section_with_content_only_in_subsections_passes if {
	# System Context has no own body in valid_doc; its subsections have content.
	some s in testutil.valid_doc.sections
	s.id == testutil.sid("system-context")
	not s.has_content
	count(rule.report) == 0 with input as testutil.valid_doc
}

test_section_with_all_subsections_empty if {
	doc := _emptied(_emptied(testutil.valid_doc, "system-context/business-requirements-summary"), "system-context/system-scope-and-boundaries")
	rule.report == {
		_f("error", "System Context", {"line": 13, "end_column": 18, "section": testutil.sid("system-context")}),
		_f("error", "Business Requirements Summary", {"line": 14, "end_column": 34, "section": testutil.sid("system-context/business-requirements-summary")}),
		_f("error", "System Scope and Boundaries", {"line": 18, "end_column": 32, "section": testutil.sid("system-context/system-scope-and-boundaries")}),
	} with input as doc
}

test_content_in_an_extra_subsection_counts if {
	doc := testutil.with_appended(
		_emptied(testutil.valid_doc, "technology-stack-decisions"),
		"sections",
		object.union(
			testutil.section(testutil.sid("technology-stack-decisions/core-technology-matrix"), "Core Technology Matrix", 3, testutil.sid("technology-stack-decisions"), 64, 68),
			{"has_content": true},
		),
	)
	count(rule.report) == 0 with input as doc
}

test_optional_empty_sections_are_ignored if {
	doc := testutil.with_appended(testutil.valid_doc, "sections", testutil.section(testutil.sid("appendix"), "Appendix", 2, testutil.h1_id, 101, 101))
	count(rule.report) == 0 with input as doc
}

test_missing_sections_are_left_to_required_section if {
	doc := testutil.without_section(testutil.valid_doc, testutil.sid("operational-architecture/deployment-strategy"))
	count(rule.report) == 0 with input as doc
}

package addlint.rules.hygiene["duplicate-section_test"]

import data.addlint.rules.hygiene["duplicate-section"] as rule
import data.addlint.testutil

_operations := testutil.sid("operational-architecture")

_copy(title, suffix, line) := testutil.section(concat("", [_operations, "/deployment-strategy", suffix]), title, 3, _operations, line, line)

test_valid_document_passes if {
	count(rule.report) == 0 with input as testutil.valid_doc
}

test_repeat_reported_at_the_later_heading if {
	doc := testutil.with_appended(testutil.valid_doc, "sections", _copy("Deployment Strategy", "-1", 101))
	rule.report == {testutil.finding(
		"duplicate-section", "hygiene", "warning",
		`Section "Deployment Strategy" repeats the heading at line 70 under the same parent: merge the two or rename one`,
		{"line": 101, "end_column": 24, "section": concat("", [_operations, "/deployment-strategy-1"])},
	)} with input as doc
}

test_titles_compared_after_normalization if {
	doc := testutil.with_appended(testutil.valid_doc, "sections", _copy("3.2 deployment strategy:", "-1", 101))
	report := rule.report with input as doc
	[f.line | some f in report] == [101]
}

test_each_repeat_names_the_first if {
	doc := testutil.with_appended(
		testutil.with_appended(testutil.valid_doc, "sections", _copy("Deployment Strategy", "-1", 101)),
		"sections", _copy("Deployment Strategy", "-2", 102),
	)
	report := rule.report with input as doc
	{[f.line, f.message] | some f in report} == {
		[101, `Section "Deployment Strategy" repeats the heading at line 70 under the same parent: merge the two or rename one`],
		[102, `Section "Deployment Strategy" repeats the heading at line 70 under the same parent: merge the two or rename one`],
	}
}

test_same_title_under_different_parents_passes if {
	doc := testutil.with_appended(
		testutil.valid_doc, "sections",
		testutil.section(testutil.sid("detailed-design/deployment-strategy"), "Deployment Strategy", 3, testutil.sid("detailed-design"), 101, 101),
	)
	count(rule.report) == 0 with input as doc
}

test_headings_without_text_are_not_compared if {
	doc := testutil.set_field(testutil.valid_doc, "sections", [
		testutil.section("", "", 2, "", 1, 1),
		testutil.section("-1", "🚀", 2, "", 2, 2),
	])
	count(rule.report) == 0 with input as doc
}

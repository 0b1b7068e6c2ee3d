package addlint.rules.complete.placeholder_test

import data.addlint.rules.complete.placeholder
import data.addlint.testutil

_with_placeholders(doc, list) := testutil.set_field(doc, "placeholders", list)

test_valid_document_passes if {
	count(placeholder.report) == 0 with input as testutil.valid_doc
}

test_one_finding_per_placeholder if {
	doc := _with_placeholders(testutil.valid_doc, [
		testutil.placeholder(testutil.h1_id, "[Name/Team]", 7, 16),
		testutil.placeholder(testutil.sid("executive-summary"), "TBD", 11, 25),
		testutil.placeholder(testutil.sid("executive-summary"), "[specific numbers]", 11, 40),
	])
	placeholder.report == {
		testutil.finding("placeholder", "complete", "error", `Placeholder "[Name/Team]" is still in the document: replace it with the real content`, {"line": 7, "column": 16, "end_column": 27, "section": testutil.h1_id}),
		testutil.finding("placeholder", "complete", "error", `"TBD" marks unfinished text: finish it and remove the marker`, {"line": 11, "column": 25, "end_column": 28, "section": testutil.sid("executive-summary")}),
		testutil.finding("placeholder", "complete", "error", `Placeholder "[specific numbers]" is still in the document: replace it with the real content`, {"line": 11, "column": 40, "end_column": 58, "section": testutil.sid("executive-summary")}),
	} with input as doc
}

test_status_scaled if {
	doc := _with_placeholders(testutil.valid_doc, [testutil.placeholder("", "TODO", 2, 1)])
	[f.severity | some f in placeholder.report] == ["warning"] with input as testutil.with_status(doc, "draft")
	[f.severity | some f in placeholder.report] == ["error"] with input as testutil.with_status(doc, "review")
	[f.severity | some f in placeholder.report] == ["error"] with input as testutil.with_status(doc, "")
}

test_same_text_on_two_lines_gives_two_findings if {
	doc := _with_placeholders(testutil.valid_doc, [testutil.placeholder("", "TBD", 2, 1), testutil.placeholder("", "TBD", 3, 1)])
	count(placeholder.report) == 2 with input as doc
}

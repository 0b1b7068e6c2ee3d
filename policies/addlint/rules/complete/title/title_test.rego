package addlint.rules.complete.title_test

import data.addlint.rules.complete.title
import data.addlint.testutil

_f(message, loc) := testutil.finding("title", "complete", "error", message, loc)

_h1_loc(end_column) := {"line": 1, "column": 1, "end_column": end_column, "section": testutil.h1_id}

test_valid_document_passes if {
	count(title.report) == 0 with input as testutil.valid_doc
}

test_no_h1 if {
	doc := testutil.set_field(
		testutil.set_field(testutil.valid_doc, "sections", array.slice(testutil.valid_doc.sections, 1, 100)),
		"title", null,
	)
	title.report == {_f(`Document has no H1 title: start it with "# Architecture Design Document: <system name>"`, {"line": 1})} with input as doc
}

test_extra_h1_reported_at_each_extra_heading if {
	appendix := testutil.section("appendix", "Appendix", 1, "", 101, 102)
	glossary := testutil.section("glossary", "Glossary", 1, "", 103, 104)
	doc := testutil.with_appended(testutil.with_appended(testutil.valid_doc, "sections", appendix), "sections", glossary)
	title.report == {
		_f(`Extra H1 "Appendix" at line 101: a document has one H1 title (line 1); make this heading an H2`, {"line": 101, "end_column": 11, "section": "appendix"}),
		_f(`Extra H1 "Glossary" at line 103: a document has one H1 title (line 1); make this heading an H2`, {"line": 103, "end_column": 11, "section": "glossary"}),
	} with input as doc
}

test_template_placeholder_names_no_system if {
	doc := testutil.with_title(testutil.valid_doc, "Architecture Design Document: [System Name]", "[System Name]")
	title.report == {_f(`Title still has the placeholder "[System Name]": replace it with the system's name, e.g. "# Architecture Design Document: Payments Gateway"`, _h1_loc(46))} with input as doc
}

test_empty_system_name if {
	doc := testutil.with_title(testutil.valid_doc, "Architecture Design Document:", "")
	title.report == {_f(`Title names no system (""): write "# Architecture Design Document: <system name>"`, _h1_loc(32))} with input as doc
}

test_filler_system_name if {
	doc := testutil.with_title(testutil.valid_doc, "Architecture Design Document: TBD", "TBD")
	title.report == {_f(`Title names no system ("TBD"): write "# Architecture Design Document: <system name>"`, _h1_loc(36))} with input as doc
}

test_generic_words_name_no_system if {
	doc := testutil.with_title(testutil.valid_doc, "Architecture Design Document (ADD)", "Architecture Design Document (ADD)")
	title.report == {_f(`Title "Architecture Design Document (ADD)" names no system: write "# Architecture Design Document: <system name>"`, _h1_loc(37))} with input as doc
}

test_numbers_name_no_system if {
	doc := testutil.with_title(testutil.valid_doc, "6.0 Architectural Design Document", "6.0 Architectural Design Document")
	title.report == {_f(`Title "6.0 Architectural Design Document" names no system: write "# Architecture Design Document: <system name>"`, _h1_loc(36))} with input as doc
}

test_system_name_with_generic_words_passes if {
	doc := testutil.with_title(testutil.valid_doc, "Payments System Architecture", "Payments System Architecture")
	count(title.report) == 0 with input as doc
}

test_non_latin_system_name_passes if {
	doc := testutil.with_title(testutil.valid_doc, "Architecture Design Document: 硅域", "硅域")
	count(title.report) == 0 with input as doc
}

test_severity_does_not_follow_status if {
	doc := testutil.with_status(testutil.with_title(testutil.valid_doc, "Architecture Design Document: [System Name]", "[System Name]"), "draft")
	some f in title.report with input as doc
	f.severity == "error"
}

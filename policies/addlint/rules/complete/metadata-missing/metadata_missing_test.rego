package addlint.rules.complete["metadata-missing_test"]

import data.addlint.rules.complete["metadata-missing"] as rule
import data.addlint.testutil

_at_h1 := {"line": 1, "column": 1, "end_column": 49, "section": testutil.h1_id}

_f(message, loc) := testutil.finding("metadata-missing", "complete", "error", message, loc)

test_valid_document_passes if {
	count(rule.report) == 0 with input as testutil.valid_doc
}

test_time_is_optional if {
	count(rule.report) == 0 with input as testutil.without_metadata(testutil.valid_doc, "time")
}

test_one_finding_per_missing_key if {
	doc := testutil.without_metadata(testutil.without_metadata(testutil.valid_doc, "architect"), "date")
	rule.report == {
		_f(`Metadata "Architect" is missing: add "**Architect**: <name or team>" below the title`, _at_h1),
		_f(`Metadata "Date" is missing: add "**Date**: YYYY-MM-DD" below the title`, _at_h1),
	} with input as doc
}

test_missing_status_and_version if {
	doc := testutil.without_metadata(testutil.without_metadata(testutil.valid_doc, "status"), "version")
	rule.report == {
		_f(`Metadata "Status" is missing: add "**Status**: Draft" below the title`, _at_h1),
		_f(`Metadata "Version" is missing: add "**Version**: 1.0" below the title`, _at_h1),
	} with input as doc
}

test_no_title_reports_at_line_1 if {
	doc := testutil.set_field(testutil.empty_doc, "sections", [testutil.section("context", "Context", 2, "", 3, 5)])
	report := rule.report with input as doc
	count(report) == 4
	every f in report {
		f.line == 1
		f.section == ""
	}
}

test_front_matter_keys_count if {
	# The parser puts front matter keys in metadata too (source front_matter).
	doc := testutil.set_field(testutil.valid_doc, "metadata", {k: object.union(v, {"source": "front_matter"}) | some k, v in testutil.valid_doc.metadata})
	count(rule.report) == 0 with input as doc
}

test_profile_key_without_example if {
	report := rule.report with input as testutil.valid_doc
		with data.addlint.profile.required_metadata as ["date", "owner"]
	report == {_f(`Metadata "Owner" is missing: add "**Owner**: <value>" below the title`, _at_h1)}
}

package addlint.rules.hygiene["broken-anchor_test"]

import data.addlint.rules.hygiene["broken-anchor"] as rule
import data.addlint.testutil

_summary := testutil.sid("executive-summary")

_with_link(doc, target) := testutil.with_appended(doc, "links", testutil.link(_summary, "see here", target, 10, 5))

_f(target, hint) := testutil.finding(
	"broken-anchor", "hygiene", "error",
	sprintf(`Link "see here" points to %q, which matches no heading: use the anchor of an existing heading%s`, [target, hint]),
	{"line": 10, "column": 5, "section": _summary},
)

test_valid_document_passes if {
	count(rule.report) == 0 with input as testutil.valid_doc
}

test_links_to_existing_headings_pass if {
	every target in ["#executive-summary", "#Executive-Summary", "#quality-gates", "#", "#top", "https://example.com/#nowhere", "other.md#nowhere"] {
		count(rule.report) == 0 with input as _with_link(testutil.valid_doc, target)
	}
}

test_unknown_anchor if {
	rule.report == {_f("#exec-summary", "")} with input as _with_link(testutil.valid_doc, "#exec-summary")
}

test_hint_for_dropped_or_added_numbering if {
	rule.report == {_f("#scope-and-boundaries", `, e.g. "#system-scope-and-boundaries"`)} with input as _with_link(testutil.valid_doc, "#scope-and-boundaries")
	rule.report == {_f("#2-system-context", `, e.g. "#system-context"`)} with input as _with_link(testutil.valid_doc, "#2-system-context")
}

test_hint_for_dropped_or_added_words if {
	rule.report == {_f("#system-scope", `, e.g. "#system-scope-and-boundaries"`)} with input as _with_link(testutil.valid_doc, "#system-scope")
	rule.report == {_f("#quality-gates-checklist", `, e.g. "#quality-gates"`)} with input as _with_link(testutil.valid_doc, "#quality-gates-checklist")
}

test_repeated_heading_suffixes if {
	repeat := testutil.section(testutil.sid("operational-architecture/deployment-strategy-1"), "Deployment Strategy", 3, testutil.sid("operational-architecture"), 101, 101)
	doc := testutil.with_appended(testutil.valid_doc, "sections", repeat)
	count(rule.report) == 0 with input as _with_link(doc, "#deployment-strategy-1")
	rule.report == {_f("#deployment-strategy-2", `, e.g. "#deployment-strategy"`)} with input as _with_link(doc, "#deployment-strategy-2")
}

test_percent_encoded_anchor if {
	heading := object.union(testutil.section("概要", "概要", 2, "", 101, 101), {"slug": "概要"})
	doc := testutil.with_appended(testutil.valid_doc, "sections", heading)
	count(rule.report) == 0 with input as _with_link(doc, "#%E6%A6%82%E8%A6%81")
	count(rule.report) == 0 with input as _with_link(doc, "#概要")
}

test_malformed_escape_is_reported_not_an_error if {
	rule.report == {_f("#%zz", "")} with input as _with_link(testutil.valid_doc, "#%zz")
}

test_one_finding_per_link if {
	doc := testutil.with_appended(
		_with_link(testutil.valid_doc, "#nope"),
		"links", testutil.link(_summary, "again", "#nope", 11, 1),
	)
	count(rule.report) == 2 with input as doc
}

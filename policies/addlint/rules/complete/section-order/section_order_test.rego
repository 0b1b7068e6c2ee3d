package addlint.rules.complete["section-order_test"]

import data.addlint.rules.complete["section-order"] as rule
import data.addlint.testutil

_template := [
	"Executive Summary", "System Context", "Architecture Overview", "Detailed Design",
	"Technology Stack Decisions", "Operational Architecture", "Performance Architecture", "Quality Gates",
]

# _doc is a document whose H2s have the given titles, at lines 10, 20, 30, ...
_doc(titles) := testutil.set_field(testutil.valid_doc, "sections", [s |
	some i, t in titles
	slug := lower(replace(t, " ", "-"))
	s := testutil.section(slug, t, 2, "", (i + 1) * 10, ((i + 1) * 10) + 9)
])

_f(title, line, where) := testutil.finding(
	"section-order", "complete", "warning",
	sprintf(`Section %q is out of the template's order: move it %s`, [title, where]),
	{"line": line, "end_column": 4 + count(title), "section": lower(replace(title, " ", "-"))},
)

test_valid_document_passes if {
	count(rule.report) == 0 with input as testutil.valid_doc
	count(rule.report) == 0 with input as _doc(_template)
}

test_missing_sections_do_not_matter if {
	count(rule.report) == 0 with input as _doc(["Executive Summary", "Detailed Design", "Quality Gates"])
}

test_swap_reports_the_later_heading if {
	titles := ["Executive Summary", "Architecture Overview", "System Context", "Detailed Design"]
	rule.report == {_f("System Context", 30, `before "Architecture Overview"`)} with input as _doc(titles)
}

test_first_section_moved_to_the_end if {
	titles := array.concat(array.slice(_template, 1, 8), ["Executive Summary"])
	rule.report == {_f("Executive Summary", 80, `before "System Context"`)} with input as _doc(titles)
}

test_last_section_moved_to_the_start if {
	titles := array.concat(["Quality Gates"], array.slice(_template, 0, 7))
	rule.report == {_f("Quality Gates", 10, `after "Performance Architecture"`)} with input as _doc(titles)
}

test_one_finding_per_section_to_move if {
	titles := ["Quality Gates", "Executive Summary", "Performance Architecture", "System Context"]
	rule.report == {
		_f("Quality Gates", 10, `after "Performance Architecture"`),
		_f("System Context", 40, `before "Performance Architecture"`),
	} with input as _doc(titles)
}

test_aliases_are_ordered_by_their_key if {
	titles := ["Summary", "Tech Stack", "Context"]
	rule.report == {testutil.finding(
		"section-order", "complete", "warning",
		`Section "Context" is out of the template's order: move it before "Tech Stack"`,
		{"line": 30, "end_column": 11, "section": "context"},
	)} with input as _doc(titles)
}

test_fallback_for_long_profiles if {
	titles := array.concat(["Quality Gates"], array.slice(_template, 0, 3))
	report := rule.report with input as _doc(titles) with rule._max_exact as 2
	report == {
		_f("Executive Summary", 20, `before "Quality Gates"`),
		_f("System Context", 30, `before "Quality Gates"`),
		_f("Architecture Overview", 40, `before "Quality Gates"`),
	}
}

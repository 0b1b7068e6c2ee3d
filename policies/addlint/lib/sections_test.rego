package addlint.lib_test

import data.addlint.lib
import data.addlint.testutil

test_section_finds_every_required_key if {
	keys := {spec.key | some spec in data.addlint.profile.required_sections} | {spec.key |
		some list in data.addlint.profile.required_subsections
		some spec in list
	}
	every key in keys {
		lib.section(key) with input as testutil.valid_doc
	}
}

test_section_returns_first_match if {
	s := lib.section("executive-summary") with input as testutil.valid_doc
	s.id == testutil.sid("executive-summary")
	s.line == 9
}

test_section_undefined_when_absent if {
	doc := testutil.without_section(testutil.valid_doc, testutil.sid("executive-summary"))
	not lib.section("executive-summary") with input as doc
	not lib.section("no-such-key") with input as testutil.valid_doc
}

test_section_matches_alias_and_numbering if {
	doc := testutil.with_section_changes(testutil.valid_doc, testutil.sid("technology-stack-decisions"), {"title": "5. Tech Stack"})
	s := lib.section("technology-stack-decisions") with input as doc
	s.line == 63
}

test_section_matches_bilingual_title if {
	doc := testutil.with_section_changes(testutil.valid_doc, testutil.sid("executive-summary"), {"title": "Executive Summary (核心愿景)"})
	s := lib.section("executive-summary") with input as doc
	s.line == 9
}

test_top_level_key_matches_any_level if {
	doc := testutil.with_section_changes(testutil.valid_doc, testutil.sid("executive-summary"), {"level": 3})
	s := lib.section("executive-summary") with input as doc
	s.line == 9
}

test_subsection_searched_under_its_parent if {
	# A "Security" heading outside Operational Architecture comes first, but
	# the one under Operational Architecture is chosen.
	early := testutil.section(testutil.sid("executive-summary/security"), "Security", 3, testutil.sid("executive-summary"), 11, 12)
	doc := testutil.set_field(testutil.valid_doc, "sections", array.concat(array.slice(testutil.valid_doc.sections, 0, 2), array.concat([early], array.slice(testutil.valid_doc.sections, 2, 100))))
	s := lib.section("security-architecture") with input as doc
	s.id == testutil.sid("operational-architecture/security-architecture")
}

test_subsection_searched_anywhere_without_parent if {
	doc := testutil.with_section_changes(
		testutil.without_section(testutil.valid_doc, testutil.sid("operational-architecture")),
		testutil.sid("executive-summary"),
		{"title": "Security Considerations"},
	)
	s := lib.section("security-architecture") with input as doc
	s.line == 9
}

test_subsection_not_found_outside_present_parent if {
	doc := testutil.with_section_changes(
		testutil.without_section(testutil.valid_doc, testutil.sid("operational-architecture/security-architecture")),
		testutil.sid("executive-summary"),
		{"title": "Security"},
	)
	not lib.section("security-architecture") with input as doc
}

test_holds if {
	sec := {"id": "a/b"}
	lib.holds(sec, {"section": "a/b"})
	lib.holds(sec, {"section": "a/b/c"})
	not lib.holds(sec, {"section": "a/bc"})
	not lib.holds(sec, {"section": "a"})
	not lib.holds(sec, {"section": ""})
	lib.holds(sec, {"id": "a/b/c"})
}

test_subsections if {
	subs := lib.subsections(lib.section("operational-architecture")) with input as testutil.valid_doc
	[s.line | some s in subs] == [70, 73, 76]
}

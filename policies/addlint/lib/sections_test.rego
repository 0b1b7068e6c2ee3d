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

# _parsed gives every section the normalized_title the parser adds, so that
# section() takes its fast search; testutil's documents lack it and take the
# general search.
_parsed(doc) := testutil.set_field(doc, "sections", [object.union(s, {"normalized_title": lib.normalize_title(s.title)}) | some s in doc.sections])

# _both_searches is true when the fast and the general search build the same
# index for doc, and the fast one applies.
_both_searches(doc) if {
	lib._fast with input as _parsed(doc)
	not lib._fast with input as doc
	fast := lib._section_by_key with input as _parsed(doc)
	general := lib._section_by_key with input as doc
	{key: s.id | some key, s in fast} == {key: s.id | some key, s in general}
}

test_fast_search_agrees_on_the_valid_doc if {
	_both_searches(testutil.valid_doc)
	count(lib._section_by_key) == 21 with input as _parsed(testutil.valid_doc)
}

test_fast_search_drops_a_subsection_outside_its_parent if {
	doc := testutil.with_section_changes(
		testutil.without_section(testutil.valid_doc, testutil.sid("operational-architecture/security-architecture")),
		testutil.sid("executive-summary"),
		{"title": "Security"},
	)
	_both_searches(doc)
	not lib.section("security-architecture") with input as _parsed(doc)
}

test_fast_search_keeps_a_subsection_without_its_parent if {
	doc := testutil.with_section_changes(
		testutil.without_section(testutil.valid_doc, testutil.sid("operational-architecture")),
		testutil.sid("executive-summary"),
		{"title": "Security Considerations"},
	)
	_both_searches(doc)
	s := lib.section("security-architecture") with input as _parsed(doc)
	s.line == 9
}

test_fast_search_keeps_a_deeper_subsection if {
	doc := testutil.with_section_changes(testutil.valid_doc, testutil.sid("operational-architecture/security-architecture"), {"level": 4})
	_both_searches(doc)
}

test_general_search_takes_repeated_and_parenthesized_titles if {
	early := testutil.section(testutil.sid("executive-summary/security"), "Security", 3, testutil.sid("executive-summary"), 11, 12)
	repeated := testutil.set_field(testutil.valid_doc, "sections", array.concat(array.slice(testutil.valid_doc.sections, 0, 2), array.concat([early], array.slice(testutil.valid_doc.sections, 2, 100))))
	not lib._fast with input as _parsed(repeated)
	s := lib.section("security-architecture") with input as _parsed(repeated)
	s.id == testutil.sid("operational-architecture/security-architecture")
	bilingual := testutil.with_section_changes(testutil.valid_doc, testutil.sid("executive-summary"), {"title": "Executive Summary (核心愿景)"})
	not lib._fast with input as _parsed(bilingual)
	t := lib.section("executive-summary") with input as _parsed(bilingual)
	t.line == 9
}

test_normalized_titles_prefers_the_parsers if {
	doc := _parsed(testutil.valid_doc)
	changed := testutil.with_section_changes(doc, testutil.sid("executive-summary"), {"normalized_title": "made up"})
	titles := lib.normalized_titles with input as changed
	titles[1] == "made up"
	plain := lib.normalized_titles with input as testutil.valid_doc
	plain[1] == "executive summary"
}

test_fast_search_searches_anywhere_under_a_nested_parent if {
	# "c" is listed under "b", a subsection key: like the general search, the
	# fast one takes "c" anywhere, even outside the section of "b".
	profile := {
		"required_sections": [{"key": "a", "title": "A"}],
		"required_subsections": {"a": [{"key": "b", "title": "B"}], "b": [{"key": "c", "title": "C"}]},
	}
	doc := {"sections": [
		testutil.section("a", "A", 2, "h", 3, 5),
		testutil.section("a/b", "B", 3, "a", 5, 5),
		testutil.section("z", "C", 2, "h", 6, 7),
	]}
	lib._fast with input as _parsed(doc) with data.addlint.profile as profile
	fast := lib.section("c") with input as _parsed(doc) with data.addlint.profile as profile
	general := lib.section("c") with input as doc with data.addlint.profile as profile
	fast.id == "z"
	general.id == "z"
}

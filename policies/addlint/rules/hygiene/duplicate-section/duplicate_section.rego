# METADATA
# title: Duplicate section
# description: Two sibling headings (same parent) have the same normalized title; reported at the later one.
# custom:
#   id: duplicate-section
#   gate: hygiene
#   severity: warning
#   why: A repeated heading splits one topic in two places, so readers find half the answer; its anchor also gets a "-1" suffix that links rarely expect.
#   example_bad: |
#     ## Detailed Design
#     ### API Design
#     ...
#     ### API Design
#   example_good: |
#     ## Detailed Design
#     ### API Design
#     ...
#     ### Internal API Design
package addlint.rules.hygiene["duplicate-section"]

import data.addlint.lib

report contains lib.finding(rego.metadata.chain(), msg, lib.at_section(heading)) if {
	_has_repeats
	some i, heading in input.sections
	key := _keys[i]
	key[1] != ""
	same := [j | some j, other in _keys; other == key]
	first := same[0]
	first != i
	msg := sprintf(`Section %q repeats the heading at line %d under the same parent: merge the two or rename one`, [heading.title, input.sections[first].line])
}

# _keys holds [parent id, normalized title] of every section, aligned with
# input.sections; siblings with the same title share a key.
_keys := [[s.parent, titles[i]] |
	titles := lib.normalized_titles
	some i, s in input.sections
]

# _has_repeats is true when two sections share a key: only then is each
# section's key compared with the others. Keys can repeat only when titles
# do, which is checked first.
_has_repeats if {
	titles := lib.normalized_titles
	count({title | some title in titles}) < count(titles)
	count({key | some key in _keys}) < count(_keys)
}

# METADATA
# title: Heading increment
# description: A heading jumps more than one level down from the heading before it (e.g. ## to ####).
# custom:
#   id: heading-increment
#   gate: hygiene
#   severity: warning
#   why: A skipped level breaks the outline that tables of contents, screen readers and addlint's own section matching are built from.
#   example_bad: |
#     ## Detailed Design
#     #### API Design
#   example_good: |
#     ## Detailed Design
#     ### API Design
package addlint.rules.hygiene["heading-increment"]

import data.addlint.lib

# Each heading after the first is compared with the one before it: heading
# is sections[i + 1], previous is sections[i].
report contains lib.finding(rego.metadata.chain(), msg, lib.at_section(heading)) if {
	sections := input.sections
	some i, heading in array.slice(sections, 1, count(sections))
	previous := sections[i]
	heading.level > previous.level + 1
	want := previous.level + 1
	msg := sprintf(`Heading %q jumps from H%d to H%d: make it H%d ("%s %s")`, [heading.title, previous.level, heading.level, want, _hashes(want), heading.title])
}

_hashes(level) := concat("", ["#" | some _ in numbers.range(1, level)])

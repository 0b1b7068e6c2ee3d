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

report contains lib.finding(rego.metadata.chain(), msg, lib.at_section(heading)) if {
	some i, heading in input.sections
	i > 0
	previous := input.sections[i - 1]
	heading.level > previous.level + 1
	want := previous.level + 1
	msg := sprintf(`Heading %q jumps from H%d to H%d: make it H%d ("%s %s")`, [heading.title, previous.level, heading.level, want, _hashes(want), heading.title])
}

_hashes(level) := concat("", ["#" | some _ in numbers.range(1, level)])

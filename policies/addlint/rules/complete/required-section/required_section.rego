# METADATA
# title: Required section
# description: >-
#   A required H2 is missing: Executive Summary, System Context, Architecture Overview,
#   Detailed Design, Technology Stack Decisions, Operational Architecture,
#   Performance Architecture, Quality Gates (titles and aliases from the profile).
# custom:
#   id: required-section
#   gate: complete
#   severity: error
#   why: Each required section answers a question every reviewer asks; a missing one means the question was never answered, not that it was answered elsewhere.
#   example_bad: |
#     # Architecture Design Document: Payments Gateway
#     ## Executive Summary
#     ...
#     ## Architecture Overview
#   example_good: |
#     # Architecture Design Document: Payments Gateway
#     ## Executive Summary
#     ...
#     ## System Context
#     ...
#     ## Architecture Overview
package addlint.rules.complete["required-section"]

import data.addlint.lib

report contains lib.finding(rego.metadata.chain(), msg, lib.at_title) if {
	index := lib.section_by_key
	some i, spec in data.addlint.profile.required_sections
	object.get(index, spec.key, false) == false # absent (cheaper than a negation)
	msg := sprintf(`Required section %q is missing: add "## %s"%s`, [spec.title, spec.title, _where(i)])
}

# _where says where the missing section goes: after the closest present
# section that precedes it in the template, else before the closest one that
# follows it.
_where(i) := sprintf(` after %q`, [lib.section(_specs[before].key).title]) if {
	before := max({j | some j in _present; j < i})
} else := sprintf(` before %q`, [lib.section(_specs[after].key).title]) if {
	after := min({j | some j in _present; j > i})
} else := ""

# _present lists the positions of the required sections the document has.
_present := [j | some j, spec in _specs; lib.section(spec.key)]

_specs := data.addlint.profile.required_sections

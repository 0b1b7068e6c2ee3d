# METADATA
# title: Empty section
# description: A required section or subsection has no content of its own (text, list, table or code) and no non-empty subsection.
# custom:
#   id: empty-section
#   gate: complete
#   severity: status-scaled
#   why: An empty heading looks like an answer in the outline but says nothing; reviewers skim outlines and miss that the content is not there.
#   example_bad: |
#     ### Deployment Strategy
#
#     ### Monitoring and Observability
#   example_good: |
#     ### Deployment Strategy
#     Blue-green deployment on Kubernetes with three replicas per zone.
#
#     ### Monitoring and Observability
package addlint.rules.complete["empty-section"]

import data.addlint.lib

report contains lib.finding(rego.metadata.chain(), msg, lib.at_section(sec)) if {
	some key in _keys
	sec := lib.section(key)
	not sec.has_content
	not _has_content_below(sec)
	msg := sprintf(`Section %q is empty: write its content (text, a list, a table or a diagram) or remove the heading`, [sec.title])
}

_keys := {spec.key | some spec in data.addlint.profile.required_sections} | {spec.key |
	some specs in data.addlint.profile.required_subsections
	some spec in specs
}

_has_content_below(sec) if {
	some sub in lib.subsections(sec)
	sub.has_content
}

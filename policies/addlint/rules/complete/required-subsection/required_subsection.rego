# METADATA
# title: Required subsection
# description: >-
#   A required H3 is missing inside a present section (e.g. System Context needs Business
#   Requirements Summary and System Scope and Boundaries; Operational Architecture needs
#   Deployment Strategy, Monitoring and Observability and Security Architecture).
# custom:
#   id: required-subsection
#   gate: complete
#   severity: warning
#   why: The subsections split a section into the parts reviewers check one by one; a missing one is usually a topic the design has not thought through yet.
#   example_bad: |
#     ## Operational Architecture
#     ### Deployment Strategy
#     Blue-green deployment on Kubernetes.
#   example_good: |
#     ## Operational Architecture
#     ### Deployment Strategy
#     Blue-green deployment on Kubernetes.
#     ### Monitoring and Observability
#     Prometheus metrics and alerts on p95 latency.
#     ### Security Architecture
#     OAuth 2.0 at the gateway; threats and mitigations below.
package addlint.rules.complete["required-subsection"]

import data.addlint.lib

report contains lib.finding(rego.metadata.chain(), msg, lib.at_section(parent)) if {
	index := lib.section_by_key
	some parent_key, specs in data.addlint.profile.required_subsections
	parent := index[parent_key]
	some spec in specs
	object.get(index, spec.key, false) == false # absent (cheaper than a negation)
	msg := sprintf(`Section %q lacks the subsection %q: add "%s %s" inside it`, [parent.title, spec.title, _hashes(parent.level + 1), spec.title])
}

_hashes(level) := concat("", ["#" | some _ in numbers.range(1, min({level, 6}))])

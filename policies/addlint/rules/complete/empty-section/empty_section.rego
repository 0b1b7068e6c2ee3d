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

# A section (of any profile key: the index holds only those) is empty when it
# has no content of its own (has_content false: the parser gives every section
# a boolean, tested by unification) and no section below it has any.
report contains lib.finding(rego.metadata.chain(), msg, lib.at_section(sec)) if {
	some sec in lib.section_by_key
	sec.has_content == false
	has_full_child := sec.id in _parents_with_content # the usual reason it is not empty, tested first
	has_full_child == false
	strings.any_prefix_match(_ids_with_content, concat("", [sec.id, "/"])) == false
	msg := sprintf(`Section %q is empty: write its content (text, a list, a table or a diagram) or remove the heading`, [sec.title])
}

# _ids_with_content lists the ids of the sections that have content of their
# own; a section has content below it when one of them starts with its id and
# a "/". The parser gives every section a boolean has_content, tested by
# unification (no builtin call per section).
_ids_with_content := [s.id | some s in input.sections; s.has_content == true]

# _parents_with_content holds the parent id of each section that has content
# of its own: a section holding one of them has content below it.
_parents_with_content := {s.parent | some s in input.sections; s.has_content == true}

# METADATA
# title: Quality gates checklist
# description: The Quality Gates section has no checklist (error), or has unchecked items (info for Draft, warning for Review, error for Approved or an unknown status).
# custom:
#   id: quality-gates
#   gate: quality-gates
#   severity: by-status
#   why: The checklist is the hand-off contract; an approved design with open gates goes to implementation with known gaps.
#   example_bad: |
#     **Status**: Approved
#     ## Quality Gates
#     - [x] Architecture design document complete and reviewed
#     - [ ] Security architecture threat-modeled
#   example_good: |
#     **Status**: Approved
#     ## Quality Gates
#     - [x] Architecture design document complete and reviewed
#     - [x] Security architecture threat-modeled
package addlint.rules["quality-gates"]["quality-gates"]

import data.addlint.lib

report contains lib.finding_with_severity(rego.metadata.chain(), "error", message, lib.at_section(section)) if {
	section := lib.section("quality-gates")
	count(lib.checklists_in(section)) == 0
	message := sprintf(
		"Section %q has no checklist: list the gates as task items, e.g. \"- [ ] Security architecture threat-modeled\"",
		[section.title],
	)
}

# Each unchecked item (the parser gives every item a boolean "checked").
report contains lib.finding_with_severity(rego.metadata.chain(), lib.by_status_severity, message, loc) if {
	some checklist in lib.checklists_in(lib.section("quality-gates"))
	some item in checklist.items
	item.checked == false
	loc := object.union(lib.at(item), {"section": checklist.section})
	message := sprintf("Quality gate %q is not checked: meet it and tick the box, or say why it does not apply", [item.text])
}

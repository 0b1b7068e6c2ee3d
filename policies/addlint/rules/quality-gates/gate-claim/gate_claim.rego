# METADATA
# title: Gate claim
# description: A Quality Gates item is checked but its gate is not met (the gate's rules report errors, or the section the gate inspects is missing).
# custom:
#   id: gate-claim
#   gate: quality-gates
#   severity: error
#   why: A ticked box that the document contradicts misleads every reviewer who trusts the checklist instead of reading the design.
#   example_bad: |
#     ## Technology Stack Decisions
#     | Component | Technology | Rationale |
#     |-----------|------------|-----------|
#     | Cache     | Redis      | fast      |
#     ## Quality Gates
#     - [x] Technology stack selection justified and approved
#   example_good: |
#     ## Technology Stack Decisions
#     | Component | Technology | Rationale | Alternatives Considered |
#     |-----------|------------|-----------|-------------------------|
#     | Cache     | Redis      | Sub-millisecond reads, native TTLs | Memcached |
#     ## Quality Gates
#     - [x] Technology stack selection justified and approved
package addlint.rules["quality-gates"]["gate-claim"]

import data.addlint.lib

# The gate's section is missing.
report contains lib.finding(rego.metadata.chain(), message, lib.at(item)) if {
	some claim in _claims
	item := claim.item
	gate := claim.gate
	_section_missing(gate)
	key := data.addlint.profile.gates[gate].section
	message := sprintf(
		"Quality gate %q is checked but the document has no %q section: add it or untick the box",
		[item.text, _section_title(key)],
	)
}

# The gate's section is there, but its rules report errors that are not
# suppressed.
report contains lib.finding(rego.metadata.chain(), message, lib.at(item)) if {
	some claim in _claims
	item := claim.item
	gate := claim.gate
	not _section_missing(gate)
	failures := _failures(gate)
	count(failures) > 0
	message := sprintf("Quality gate %q is checked but %s", [item.text, concat(", ", _counts(failures))])
}

# _claims pairs each checked item of the Quality Gates checklist (with its
# checklist's section) with the gate it names.
_claims contains {"item": item, "gate": _gate_of(checked.text)} if {
	_some_gate_fails
	some checklist in lib.checklists_in(lib.section("quality-gates"))
	some checked in checklist.items
	checked.checked
	item := object.union(checked, {"section": checklist.section})
}

# _gate_of is the gate whose keyword (a lower-case substring) appears first in
# the item's text: an item's subject comes first ("Database schema ... per the
# chosen tech stack" claims the data gate). Undefined for an unknown item.
_gate_of(text) := gate if {
	lowered := lower(text)
	hits := {[position, name] |
		some [keyword, name] in _keywords
		position := indexof(lowered, keyword)
		position >= 0
	}
	count(hits) > 0
	gate := min(hits)[1]
}

# _keywords pairs each gate keyword, lower-cased, with its gate.
_keywords := [[lower(keyword), name] |
	some name, spec in data.addlint.profile.gates
	some keyword in spec.keywords
]

# _some_gate_fails is true when a gate's section is missing or its rules
# report errors: only then can a checked item be reported, so only then are
# the items matched to their gates.
_some_gate_fails if {
	some gate, _ in data.addlint.profile.gates
	_section_missing(gate)
}

_some_gate_fails if {
	some gate, _ in data.addlint.profile.gates
	count(_failures(gate)) > 0
}

_section_missing(gate) if {
	key := data.addlint.profile.gates[gate].section
	key != ""
	not lib.section(key)
}

# _failures are the unsuppressed error findings of the gate's own rules.
_failures(gate) := [f |
	some f in _gate_findings[gate]
	f.severity == "error"
	not lib.suppressed(f.rule, f.line)
]

# _counts says "rule reports N errors" for each failing rule, sorted by rule.
_counts(failures) := [sprintf("%s reports %d %s", [rule, n, _plural(n)]) |
	some rule in sort({f.rule | some f in failures})
	n := count([f | some f in failures; f.rule == rule])
]

_plural(1) := "error"

_plural(n) := "errors" if n != 1

# Each gate's package is named explicitly: a variable path such as
# data.addlint.rules[gate] would include this rule and recurse.
_gate_findings["complete"] := {f | some f in data.addlint.rules.complete[_].report}

_gate_findings["stack-justified"] := {f | some f in data.addlint.rules["stack-justified"][_].report}

_gate_findings["api-specified"] := {f |
	some f in data.addlint.rules["api-specified"][_].report
	_counts_for_api(f)
}

_gate_findings["data-designed"] := {f | some f in data.addlint.rules["data-designed"][_].report}

_gate_findings["security-threat-modeled"] := {f | some f in data.addlint.rules["security-threat-modeled"][_].report}

_gate_findings["performance-specified"] := {f | some f in data.addlint.rules["performance-specified"][_].report}

_gate_findings["operations-defined"] := {f | some f in data.addlint.rules["operations-defined"][_].report}

_gate_findings["integrations-documented"] := {f | some f in data.addlint.rules["integrations-documented"][_].report}

# Only syntax errors inside API Design count against the API gate.
_counts_for_api(f) if f.rule != "embedded-syntax"

_counts_for_api(f) if {
	f.rule == "embedded-syntax"
	lib.holds(lib.section("api-design"), f)
}

_section_title(key) := spec.title if {
	some spec in data.addlint.profile.required_sections
	spec.key == key
} else := spec.title if {
	some list in data.addlint.profile.required_subsections
	some spec in list
	spec.key == key
} else := key

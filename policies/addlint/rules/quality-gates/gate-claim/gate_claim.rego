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
	some [item, gate] in _claims
	key := _missing[gate]
	message := sprintf(
		"Quality gate %q is checked but the document has no %q section: add it or untick the box",
		[item.text, _section_title(key)],
	)
}

# The gate's section is there, but its rules report errors that are not
# suppressed.
report contains lib.finding(rego.metadata.chain(), message, lib.at(item)) if {
	some [item, gate] in _claims
	not _missing[gate]
	message := sprintf("Quality gate %q is checked but %s", [item.text, _summaries[gate]])
}

# _claims pairs each checked item of the Quality Gates checklist (with its
# checklist's section) with the gate it names, for the gates that may fail.
# Most documents have no such checklist, or meet every gate: the gates are
# looked at only when there is a checklist, and an item is matched to its
# gate only when it holds a keyword of a gate that may fail. The rules' values
# are bound once, before the loop over the items.
_claims contains [item, gate] if {
	some checklist in lib.checklists_in(lib.section("quality-gates"))
	suspects := _suspects
	count(suspects) > 0
	keywords := _suspect_keywords
	some checked in checklist.items
	checked.checked == true
	lowered := lower(checked.text)
	count([1 | some keyword in keywords; contains(lowered, keyword)]) > 0
	gate := _gate_of(lowered)
	gate in suspects
	item := object.union(checked, {"section": checklist.section})
}

# _suspects holds the gates that may fail: their section is missing, or their
# rules report errors (suppressed or not: _summaries tells).
_suspects := object.keys(_missing) | {gate | some [gate, _] in _errors}

# _suspect_keywords are the lower-cased keywords of the gates that may fail.
_suspect_keywords := [keyword | some [keyword, gate] in _keywords; gate in _suspects]

# _missing maps each gate whose section the document lacks to that section's
# profile key.
_missing := {gate: key |
	some gate, spec in data.addlint.profile.gates
	key := spec.section
	key != ""
	not lib.section(key)
}

# _summaries maps each gate whose rules report unsuppressed errors to what
# they report: "rule reports N errors" for each such rule, sorted by rule.
# Only a checked item whose gate may fail needs it.
_summaries := {gate: concat(", ", counts) |
	some gate in _suspects
	failures := [f |
		some [name, f] in _errors
		name == gate
		not lib.suppressed(f.rule, f.line)
	]
	count(failures) > 0
	counts := [sprintf("%s reports %d %s", [rule, n, _plural(n)]) |
		some rule in sort({f.rule | some f in failures})
		n := count([f | some f in failures; f.rule == rule])
	]
}

# _gate_of is the gate whose keyword (a lower-case substring) appears first in
# the item's lower-cased text: an item's subject comes first ("Database schema ... per the
# chosen tech stack" claims the data gate). Undefined for an unknown item.
_gate_of(lowered) := gate if {
	hits := {[position, name] |
		some [keyword, name] in _keywords
		position := indexof(lowered, keyword)
		position >= 0
	}
	count(hits) > 0
	gate := min(hits)[1]
}

# _keywords pairs each gate keyword, lower-cased, with its gate: as the
# profile index (lib/sections.rego) prepared them, else lower-cased here.
_keywords := keywords if {
	keywords := lib.profile_facts.gate_keywords
	is_array(keywords)
} else := [[lower(keyword), name] |
	some name, spec in data.addlint.profile.gates
	some keyword in spec.keywords
]

# _plural is the noun for n errors.
_plural(1) := "error"

_plural(n) := "errors" if n != 1

# _errors pairs each gate with each error finding of its own rules. Each
# gate's package is named explicitly: a variable path such as
# data.addlint.rules[gate] would include this rule and recurse. Each rule's
# set of findings is bound whole before it is iterated (cheaper).
_errors contains ["complete", f] if {
	findings := data.addlint.rules.complete[_].report
	some f in findings
	f.severity == "error"
}

_errors contains ["stack-justified", f] if {
	findings := data.addlint.rules["stack-justified"][_].report
	some f in findings
	f.severity == "error"
}

_errors contains ["api-specified", f] if {
	findings := data.addlint.rules["api-specified"][_].report
	some f in findings
	f.severity == "error"
	_counts_for_api(f)
}

_errors contains ["data-designed", f] if {
	findings := data.addlint.rules["data-designed"][_].report
	some f in findings
	f.severity == "error"
}

_errors contains ["security-threat-modeled", f] if {
	findings := data.addlint.rules["security-threat-modeled"][_].report
	some f in findings
	f.severity == "error"
}

_errors contains ["performance-specified", f] if {
	findings := data.addlint.rules["performance-specified"][_].report
	some f in findings
	f.severity == "error"
}

_errors contains ["operations-defined", f] if {
	findings := data.addlint.rules["operations-defined"][_].report
	some f in findings
	f.severity == "error"
}

_errors contains ["integrations-documented", f] if {
	findings := data.addlint.rules["integrations-documented"][_].report
	some f in findings
	f.severity == "error"
}

# Only syntax errors inside API Design count against the API gate.
_counts_for_api(f) if f.rule != "embedded-syntax"

_counts_for_api(f) if {
	f.rule == "embedded-syntax"
	lib.holds(lib.section("api-design"), f)
}

# _section_title is the profile title of a section key (the key itself when
# the profile has none).
_section_title(key) := spec.title if {
	some spec in data.addlint.profile.required_sections
	spec.key == key
} else := spec.title if {
	some list in data.addlint.profile.required_subsections
	some spec in list
	spec.key == key
} else := key

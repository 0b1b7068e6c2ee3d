# METADATA
# title: Integration points
# description: System Scope and Boundaries lacks a non-empty Integration Points or External Dependencies field.
# custom:
#   id: integration-points
#   gate: integrations-documented
#   severity: status-scaled
#   why: Most outages and delays come from the systems around a design; naming them up front lets their owners review the contract.
#   example_bad: |
#     ### System Scope and Boundaries
#     - **In Scope**: Order capture and payment
#     - **Integration Points**: TBD
#   example_good: |
#     ### System Scope and Boundaries
#     - **In Scope**: Order capture and payment
#     - **Integration Points**: Stripe (payments, REST), Kafka `orders` topic (downstream fulfilment)
package addlint.rules["integrations-documented"]["integration-points"]

import data.addlint.lib

_advice := "name the upstream and downstream systems it connects to, and how"

# No integration field at all: the finding sits on the section heading.
report contains lib.finding(rego.metadata.chain(), message, lib.at_section(scope)) if {
	scope := lib.section("system-scope-and-boundaries")
	not _documented
	count(_fields) == 0
	message := sprintf(
		"Section %q documents no integration points: add an \"Integration Points\" or \"External Dependencies\" field and %s",
		[scope.title, _advice],
	)
}

# Integration fields that are all empty: the finding sits on the first one.
report contains lib.finding(rego.metadata.chain(), message, lib.at(field)) if {
	not _documented
	field := _fields[0]
	message := sprintf("Field %q is empty: %s", [field.key, _advice])
}

# _profile_names are the field keys that document integrations, as the
# profile writes them (integration_fields).
default _profile_names := ["Integration Points", "External Dependencies"]

_profile_names := data.addlint.profile.integration_fields

# _names are _profile_names normalized: as the profile index
# (lib/sections.rego) holds them, prepared once by the engine, else
# normalized here.
_names := names if {
	names := lib.profile_facts.integration_names
	names != null
} else := {lib.normalize_title(name) | some name in _profile_names}

# _fields are the integration fields held by System Scope and Boundaries.
_fields := [field |
	names := _names
	some field in lib.fields_in(lib.section("system-scope-and-boundaries"))
	field.normalized_key in names
]

# _documented holds when System Scope and Boundaries documents its
# integrations: a field whose key is written exactly as the profile writes
# it and that is not a filler (the usual case, tested first: it needs no
# normalized names). It looks through every field for a key among the
# profile's names, and tests whether the section holds it (as lib.fields_in
# does) only for those, rather than listing the section's fields;
# lib.filler is inlined (the profile index's filler_pattern).
# Or any integration field that is not a filler, ...
_documented if {
	names := data.addlint.profile.integration_fields
	pattern := lib.profile_facts.filler_pattern
	id := lib.section("system-scope-and-boundaries").id
	some field in input.fields
	field.key in names
	startswith(field.section, id)
	substring(field.section, count(id), 1) in {"", "/"}
	regex.match(pattern, lower(trim_space(field.value))) == false
}

_documented if {
	some field in _fields
	not lib.filler(field.value)
}

# ... or an empty field followed by sub-items, e.g. "- **Integration
# Points**:" and an indented list of systems, ...
_documented if {
	some field in _fields
	some list in input.lists
	list.section == field.section
	list.line == field.line + 1
	some item in list.items
	not lib.filler(item.text)
}

# ... or a subsection titled "Integration Points" (or an alias) with content.
_documented if {
	names := _names
	some s in lib.subsections(lib.section("system-scope-and-boundaries"))
	s.normalized_title in names
	_has_content(s)
}

_has_content(section) if not lib.filler(section.text)

_has_content(section) if count(lib.tables_in(section)) > 0

_has_content(section) if {
	some list in lib.lists_in(section)
	some item in list.items
	not lib.filler(item.text)
}

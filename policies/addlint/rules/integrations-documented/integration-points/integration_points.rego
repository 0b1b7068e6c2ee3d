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
	count(_integration_fields(scope)) == 0
	not _documented(scope)
	message := sprintf(
		"Section %q documents no integration points: add an \"Integration Points\" or \"External Dependencies\" field and %s",
		[scope.title, _advice],
	)
}

# Integration fields that are all empty: the finding sits on the first one.
report contains lib.finding(rego.metadata.chain(), message, lib.at(field)) if {
	scope := lib.section("system-scope-and-boundaries")
	fields := _integration_fields(scope)
	count(fields) > 0
	not _documented(scope)
	field := fields[0]
	message := sprintf("Field %q is empty: %s", [field.key, _advice])
}

# _names are the field keys that document integrations (profile
# integration_fields, normalized).
_names := {lib.normalize_title(name) |
	some name in object.get(data.addlint.profile, "integration_fields", ["Integration Points", "External Dependencies"])
}

_integration_fields(scope) := [field |
	some field in lib.fields_in(scope)
	lib.normalize_title(field.key) in _names
]

_documented(scope) if {
	some field in _integration_fields(scope)
	not lib.filler(field.value)
}

# An empty field followed by sub-items, e.g. "- **Integration Points**:" and
# an indented list of systems.
_documented(scope) if {
	some field in _integration_fields(scope)
	some list in input.lists
	list.section == field.section
	list.line == field.line + 1
	some item in list.items
	not lib.filler(item.text)
}

# A subsection titled "Integration Points" (or an alias) with content.
_documented(scope) if {
	some s in lib.subsections(scope)
	lib.normalize_title(s.title) in _names
	_has_content(s)
}

_has_content(section) if not lib.filler(section.text)

_has_content(section) if count(lib.tables_in(section)) > 0

_has_content(section) if {
	some list in lib.lists_in(section)
	some item in list.items
	not lib.filler(item.text)
}

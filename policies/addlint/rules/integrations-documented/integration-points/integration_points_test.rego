package addlint.rules["integrations-documented"]["integration-points_test"]

import data.addlint.lib
import data.addlint.rules["integrations-documented"]["integration-points"] as rule
import data.addlint.testutil

# _valid_doc is testutil.valid_doc with the normalized_key and
# normalized_title the parser gives every field and section.
_valid_doc := testutil.set_field(
	testutil.set_field(testutil.valid_doc, "fields", [object.union(f, {"normalized_key": lib.normalize_title(f.key)}) | some f in testutil.valid_doc.fields]),
	"sections",
	[_titled(s) | some s in testutil.valid_doc.sections],
)

_titled(section) := object.union(section, {"normalized_title": lib.normalize_title(section.title)})

_scope_id := testutil.sid("system-context/system-scope-and-boundaries")

_advice := "name the upstream and downstream systems it connects to, and how"

_integration_keys := {"External Dependencies", "Integration Points"}

_add(doc, key, element) := testutil.set_field(doc, key, array.concat(doc[key], [element]))

_without_fields := testutil.set_field(_valid_doc, "fields", [f |
	some f in _valid_doc.fields
	not f.key in _integration_keys
])

# _with_values sets the value of both integration fields.
_with_values(value) := testutil.set_field(_valid_doc, "fields", [f2 |
	some f in _valid_doc.fields
	f2 := _valued(f, value)
])

_valued(f, value) := object.union(f, {"value": value}) if f.key in _integration_keys

_valued(f, _) := f if not f.key in _integration_keys

_field(key, value) := {"section": _scope_id, "key": key, "normalized_key": lib.normalize_title(key), "value": value, "line": 20, "column": 3, "quantities": []}

_no_field(severity) := {
	"rule": "integration-points",
	"severity": severity,
	"message": sprintf("Section \"System Scope and Boundaries\" documents no integration points: add an \"Integration Points\" or \"External Dependencies\" field and %s", [_advice]),
	"line": 18,
	"column": 1,
	"end_line": 18,
	"end_column": 32,
	"section": _scope_id,
	"gate": "integrations-documented",
}

_empty_field(key, line) := {
	"rule": "integration-points",
	"severity": "error",
	"message": sprintf("Field %q is empty: %s", [key, _advice]),
	"line": line,
	"column": 3,
	"end_line": line,
	"end_column": 3,
	"section": _scope_id,
	"gate": "integrations-documented",
}

test_valid_doc_passes if {
	count(rule.report) == 0 with input as _valid_doc
}

test_no_field_fails_at_the_heading if {
	r := rule.report with input as _without_fields
	r == {_no_field("error")}
}

test_status_scaled_severity if {
	r := rule.report with input as testutil.with_status(_without_fields, "draft")
	r == {_no_field("warning")}
}

test_empty_fields_fail_once_at_the_first if {
	every value in ["", "TBD", "-", "[Upstream and downstream systems]"] {
		r := rule.report with input as _with_values(value)
		r == {_empty_field("External Dependencies", 20)}
	}
}

test_either_field_is_enough if {
	one := testutil.set_field(_valid_doc, "fields", [f |
		some f in _valid_doc.fields
		f.key != "External Dependencies"
	])
	count(rule.report) == 0 with input as one
	filler_and_real := _add(_without_fields, "fields", _field("External Dependencies", "n/a"))
	count(rule.report) == 0 with input as _add(filler_and_real, "fields", object.union(_field("Integration Points", "Kafka ledger topic"), {"line": 21}))
}

test_key_aliases_and_markup_are_accepted if {
	count(rule.report) == 0 with input as _add(_without_fields, "fields", _field("integrations:", "Stripe, Vault"))
}

test_empty_field_with_sub_items_passes if {
	doc := _add(_add(_without_fields, "fields", _field("Integration Points", "")), "lists", {
		"section": _scope_id,
		"line": 21,
		"ordered": false,
		"items": [{"text": "Checkout service (upstream, REST)", "line": 21}],
	})
	count(rule.report) == 0 with input as doc
}

test_integration_points_subsection_passes if {
	sub_id := concat("/", [_scope_id, "integration-points"])
	sub := object.union(
		_titled(testutil.section(sub_id, "Integration Points", 4, _scope_id, 20, 22)),
		{"text": "Checkout upstream, ledger downstream."},
	)
	count(rule.report) == 0 with input as _add(_without_fields, "sections", sub)
	r := rule.report with input as _add(_without_fields, "sections", _titled(testutil.section(sub_id, "Integration Points", 4, _scope_id, 20, 22)))
	r == {_no_field("error")}
}

test_fields_elsewhere_do_not_count if {
	field := object.union(_field("Integration Points", "Kafka"), {"section": testutil.sid("system-context/business-requirements-summary")})
	r := rule.report with input as _add(_without_fields, "fields", field)
	r == {_no_field("error")}
}

test_section_absent_is_quiet if {
	count(rule.report) == 0 with input as testutil.without_section(_without_fields, _scope_id)
}

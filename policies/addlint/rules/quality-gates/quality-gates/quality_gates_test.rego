package addlint.rules["quality-gates"]["quality-gates_test"]

import data.addlint.rules["quality-gates"]["quality-gates"] as rule
import data.addlint.testutil

_gates_id := testutil.sid("quality-gates")

# _unchecked unticks the Quality Gates items on the given lines.
_unchecked(doc, lines) := testutil.set_field(doc, "checklists", [c2 |
	some c in doc.checklists
	c2 := object.union(c, {"items": [i2 |
		some i in c.items
		i2 := object.union(i, {"checked": _keeps_tick(i, lines)})
	]})
])

_keeps_tick(item, lines) := false if item.line in lines

_keeps_tick(item, lines) if not item.line in lines

_without_checklists := testutil.set_field(testutil.valid_doc, "checklists", [])

_item_finding(severity, line, text) := {
	"rule": "quality-gates",
	"severity": severity,
	"message": sprintf("Quality gate %q is not checked: meet it and tick the box, or say why it does not apply", [text]),
	"line": line,
	"column": 1,
	"end_line": line,
	"end_column": 1,
	"section": _gates_id,
	"gate": "quality-gates",
}

_no_checklist := {
	"rule": "quality-gates",
	"severity": "error",
	"message": "Section \"Quality Gates\" has no checklist: list the gates as task items, e.g. \"- [ ] Security architecture threat-modeled\"",
	"line": 92,
	"column": 1,
	"end_line": 92,
	"end_column": 17,
	"section": _gates_id,
	"gate": "quality-gates",
}

test_valid_doc_passes if {
	count(rule.report) == 0 with input as testutil.valid_doc
}

test_no_checklist_is_an_error_whatever_the_status if {
	every status in ["draft", "review", "approved", ""] {
		r := rule.report with input as testutil.with_status(_without_checklists, status)
		r == {_no_checklist}
	}
}

test_unchecked_items_scale_with_status if {
	doc := _unchecked(testutil.valid_doc, {97, 100})
	expected := {"draft": "info", "review": "warning", "approved": "error", "": "error"}
	every status, severity in expected {
		r := rule.report with input as testutil.with_status(doc, status)
		r == {
			_item_finding(severity, 97, "Security architecture threat-modeled"),
			_item_finding(severity, 100, "Integration points documented"),
		}
	}
}

test_checklist_in_a_subsection_counts if {
	sub_id := concat("/", [_gates_id, "before-handoff"])
	sub := testutil.section(sub_id, "Before Handoff", 3, _gates_id, 93, 100)
	moved := testutil.set_field(testutil.valid_doc, "checklists", [object.union(c, {"section": sub_id}) | some c in testutil.valid_doc.checklists])
	doc := testutil.set_field(moved, "sections", array.concat(moved.sections, [sub]))
	count(rule.report) == 0 with input as doc
	r := rule.report with input as _unchecked(doc, {93})
	r == {object.union(_item_finding("error", 93, "Architecture design document complete and reviewed"), {"section": sub_id})}
}

test_checklists_elsewhere_do_not_count if {
	elsewhere := [object.union(c, {"section": testutil.sid("executive-summary")}) | some c in testutil.valid_doc.checklists]
	r := rule.report with input as _unchecked(testutil.set_field(testutil.valid_doc, "checklists", elsewhere), {93})
	r == {_no_checklist}
}

test_alias_title_is_found if {
	doc := testutil.with_section_changes(_without_checklists, _gates_id, {"title": "Definition of Done"})
	r := rule.report with input as doc
	r == {object.union(_no_checklist, {
		"message": "Section \"Definition of Done\" has no checklist: list the gates as task items, e.g. \"- [ ] Security architecture threat-modeled\"",
		"end_column": 22,
	})}
}

test_section_absent_is_quiet if {
	count(rule.report) == 0 with input as testutil.without_section(_without_checklists, _gates_id)
}

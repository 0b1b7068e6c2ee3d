# Package addlint.lib holds the helpers every addlint rule uses: building
# findings (this file), finding sections (sections.rego), the elements they
# hold (elements.rego), locations (location.rego), text (text.rego) and
# suppressions (suppression.rego).
package addlint.lib

# finding builds the finding object for the rule whose metadata chain is given.
# The rule id, gate and severity come from the chain's custom metadata
# (falling back to the package path); loc gives the position (see location.rego).
# The first body takes a complete location (as the at* helpers give) as it is;
# the else body fills in what a partial one lacks.
finding(chain, message, loc) := {
	"rule": facts[0],
	"severity": facts[1],
	"message": message,
	"line": line,
	"column": column,
	"end_line": loc.end_line,
	"end_column": loc.end_column,
	"section": loc.section,
	"gate": facts[2],
} if {
	line := loc.line
	is_number(line)
	line > 0
	column := loc.column
	is_number(column)
	column > 0
	facts := _rule_facts(chain)
} else := {
	"rule": rule_id(chain),
	"severity": _default_severity(chain),
	"message": message,
	"line": line,
	"column": column,
	"end_line": object.get(loc, "end_line", line),
	"end_column": object.get(loc, "end_column", column),
	"section": object.get(loc, "section", ""),
	"gate": gate_id(chain),
} if {
	line := _int_or(loc, "line", 1)
	column := _int_or(loc, "column", 1)
}

# finding_with_severity builds a finding with an explicit severity, like
# finding.
finding_with_severity(chain, severity, message, loc) := {
	"rule": facts[0],
	"severity": severity,
	"message": message,
	"line": line,
	"column": column,
	"end_line": loc.end_line,
	"end_column": loc.end_column,
	"section": loc.section,
	"gate": facts[2],
} if {
	line := loc.line
	is_number(line)
	line > 0
	column := loc.column
	is_number(column)
	column > 0
	facts := _rule_facts(chain)
} else := {
	"rule": rule_id(chain),
	"severity": severity,
	"message": message,
	"line": line,
	"column": column,
	"end_line": object.get(loc, "end_line", line),
	"end_column": object.get(loc, "end_column", column),
	"section": object.get(loc, "section", ""),
	"gate": gate_id(chain),
} if {
	line := _int_or(loc, "line", 1)
	column := _int_or(loc, "column", 1)
}

# _rule_facts is [rule id, default severity, gate] of the rule whose metadata
# chain is given: one cached call per finding instead of three.
_rule_facts(chain) := [rule_id(chain), _default_severity(chain), gate_id(chain)]

# scaled_severity is "warning" for a Draft document and "error" otherwise
# (a missing or unknown status earns no draft leniency).
default scaled_severity := "error"

scaled_severity := "warning" if input.status == "draft"

# by_status_severity is "info" for Draft, "warning" for Review and "error"
# otherwise.
default by_status_severity := "error"

by_status_severity := "info" if input.status == "draft"

by_status_severity := "warning" if input.status == "review"

# rule_id is the rule id from custom.id, else the last segment of the package path.
rule_id(chain) := id if {
	id := _custom(chain).id
	is_string(id)
	id != ""
} else := id if {
	path := _package_path(chain)
	id := path[count(path) - 1]
} else := ""

# gate_id is the gate from custom.gate, else the package path's segment before
# the rule id ("custom" for a user rule placed directly under addlint.rules).
gate_id(chain) := gate if {
	gate := _custom(chain).gate
	is_string(gate)
	gate != ""
} else := gate if {
	path := _package_path(chain)
	count(path) >= 2
	gate := path[count(path) - 2]
	gate != "rules"
} else := "custom"

# _custom merges the custom metadata of the chain; the innermost entry wins.
_custom(chain) := object.union_n(array.reverse([c |
	some entry in chain
	c := object.get(entry, ["annotations", "custom"], {})
	is_object(c)
]))

# _package_path is the package path of the rule (the rule's path minus its name).
_package_path(chain) := array.slice(chain[0].path, 0, count(chain[0].path) - 1) if {
	not chain[0].annotations.scope == "package"
} else := chain[0].path

_default_severity(chain) := _severity_of(_custom(chain).severity)

_severity_of("status-scaled") := scaled_severity

_severity_of("by-status") := by_status_severity

_severity_of(s) := s if s in {"error", "warning", "info"}

_severity_of(s) := "error" if not s in {"error", "warning", "info", "status-scaled", "by-status"}

_default_severity(chain) := "error" if not _custom(chain).severity

package addlint.lib

# suppressed is true when an addlint-disable comment (any kind but enable)
# covers line for rule_id: the line is in its range and it names no rule or
# names rule_id.
suppressed(rule_id, line) if {
	some s in input.suppressions
	s.kind != "enable"
	s.from_line <= line
	line <= s.to_line
	_names_rule(s, rule_id)
}

_names_rule(s, _) if count(object.get(s, "rules", [])) == 0

_names_rule(s, rule_id) if rule_id in object.get(s, "rules", [])

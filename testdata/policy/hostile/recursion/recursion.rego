package addlint.rules.hostile.recursion

# A rule that depends on itself never terminates; OPA refuses it.
deeper contains x if {
	some y in deeper
	x := y + 1
}

report contains {"rule": "recursion", "severity": "info", "message": "deep", "line": 1} if {
	count(deeper) > 0
}

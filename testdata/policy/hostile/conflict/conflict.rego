package addlint.rules.hostile.conflict

# Two definitions of one complete rule that both apply: OPA stops with
# "complete rules must not produce multiple outputs".
level := "high" if {
	input.lines >= 0
}

level := "low" if {
	input.lines >= 0
}

report contains {"rule": "conflict", "severity": "warning", "message": level, "line": 1}

package addlint.rules.test.echo

# One info finding per section heading, printed on the way (print output must
# never reach standard output).
report contains {"rule": "echo", "severity": "info", "message": s.title, "line": s.line, "column": s.column, "section": s.id} if {
	some s in input.sections
	print("echo", s.title)
}

package addlint.rules.slow.loop

# ten billion iterations: never finishes within a test's time limit.
report contains {"rule": "loop", "severity": "info", "message": "done", "line": 1} if {
	count([1 |
		some i in numbers.range(1, 100000)
		some j in numbers.range(1, 100000)
		i != j
	]) > 0
}

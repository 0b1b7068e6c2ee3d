package addlint.rules.noisy.flood

report contains {"rule": "flood", "severity": "info", "message": sprintf("finding %d", [i]), "line": i} if {
	some i in numbers.range(1, 100000)
}

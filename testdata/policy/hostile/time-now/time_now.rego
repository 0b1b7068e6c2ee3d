package addlint.rules.hostile["time-now"]

# Non-deterministic: a finding only on odd nanoseconds.
report contains {"rule": "time-now", "severity": "error", "message": "unlucky", "line": 1} if {
	time.now_ns() % 2 == 1
}

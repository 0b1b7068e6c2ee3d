package addlint.rules.hostile["report-not-a-set"]

# report as one object (a complete rule) rather than a set of findings.
report := {"rule": "report-not-a-set", "severity": "error", "message": "one finding", "line": 1}

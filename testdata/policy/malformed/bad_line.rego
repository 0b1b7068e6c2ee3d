package addlint.rules.broken["bad-line"]

report contains {"rule": "bad-line", "severity": "error", "message": "a finding with a word for a line", "line": "one"}

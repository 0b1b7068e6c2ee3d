package addlint.rules.hostile["missing-message"]

# A finding without its message.
report contains {"rule": "missing-message", "severity": "error", "line": 1}

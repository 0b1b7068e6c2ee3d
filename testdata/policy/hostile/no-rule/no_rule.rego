package addlint.rules.hostile["no-rule"]

# A finding that does not say which rule reported it.
report contains {"severity": "error", "message": "anonymous", "line": 1}

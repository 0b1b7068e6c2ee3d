package addlint.rules.hostile["wrong-types"]

# A finding whose severity is a number and whose column is text.
report contains {"rule": "wrong-types", "severity": 3, "message": "typed wrongly", "line": 1, "column": "one"}

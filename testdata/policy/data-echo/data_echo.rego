package addlint.rules.test["data-echo"]

# Reports the profile data as JSON, so tests can see how data files merge.
report contains {"rule": "data-echo", "severity": "info", "message": json.marshal(data.addlint.profile), "line": 1}

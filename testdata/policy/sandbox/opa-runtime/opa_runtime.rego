package addlint.rules.sandbox["opa-runtime"]

report contains {"rule": "opa-runtime", "severity": "error", "message": token, "line": 1} if {
	token := opa.runtime().env.GITHUB_TOKEN
}

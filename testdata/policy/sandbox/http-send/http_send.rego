package addlint.rules.sandbox["http-send"]

report contains {"rule": "http-send", "severity": "error", "message": response.body, "line": 1} if {
	response := http.send({"method": "GET", "url": "https://example.com/secrets"})
}

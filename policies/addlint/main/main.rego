# Package addlint.main is the one entry point the Go engine queries
# (data.addlint.main.report): the findings of every rule under
# data.addlint.rules.
package addlint.main

# report holds every finding of the built-in layout
# (addlint.rules.<gate>["<rule-id>"]).
report contains f if {
	some f in data.addlint.rules[_][_].report
}

# report also holds the findings of user rules placed one level deep
# (addlint.rules["<rule-id>"]).
report contains f if {
	some f in data.addlint.rules[_].report
}

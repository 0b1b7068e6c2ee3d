# Package addlint.main is the one entry point the Go engine queries
# (data.addlint.main.report): the findings of every rule under
# data.addlint.rules.
package addlint.main

# report holds every finding of the built-in layout
# (addlint.rules.<gate>["<rule-id>"]). Each rule's set of findings is bound
# whole before it is iterated: that costs less than iterating the reference.
report contains f if {
	findings := data.addlint.rules[_][_].report
	some f in findings
}

# report also holds the findings of user rules placed one level deep
# (addlint.rules["<rule-id>"]).
report contains f if {
	findings := data.addlint.rules[_].report
	some f in findings
}

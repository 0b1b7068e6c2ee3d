# METADATA
# title: test entry point
# description: The entry point alone, as the built-in bundle defines it.
package addlint.main

report contains f if {
	some f in data.addlint.rules[_][_].report
}

report contains f if {
	some f in data.addlint.rules[_].report
}

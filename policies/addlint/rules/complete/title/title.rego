# METADATA
# title: Document title
# description: The document has no H1, more than one H1, or its H1 names no system (e.g. still "[System Name]").
# custom:
#   id: title
#   gate: complete
#   severity: error
#   why: The H1 is how readers, search and review tools know which system the design is for; a second H1 splits the document's outline.
#   example_bad: |
#     # Architecture Design Document: [System Name]
#   example_good: |
#     # Architecture Design Document: Payments Gateway
package addlint.rules.complete.title

import data.addlint.lib

report contains lib.finding(rego.metadata.chain(), msg, lib.at_document) if {
	count(_h1s) == 0
	msg := `Document has no H1 title: start it with "# Architecture Design Document: <system name>"`
}

report contains lib.finding(rego.metadata.chain(), msg, lib.at_section(extra)) if {
	some i, extra in _h1s
	i > 0
	msg := sprintf(`Extra H1 %q at line %d: a document has one H1 title (line %d); make this heading an H2`, [extra.title, extra.line, _h1s[0].line])
}

report contains lib.finding(rego.metadata.chain(), msg, lib.at_section(_h1s[0])) if {
	msg := _nameless(input.title.system_name)
}

_h1s := [s | some s in input.sections; s.level == 1]

# _nameless says why a system name names no system; undefined when it names one.
_nameless(name) := msg if {
	some placeholder in regex.find_n(`\[[^\]]*\]`, name, 1)
	msg := sprintf(`Title still has the placeholder %q: replace it with the system's name, e.g. "# Architecture Design Document: Payments Gateway"`, [placeholder])
} else := msg if {
	# lib.filler, inlined: a bracketed placeholder is caught above, so only
	# the profile's fillers (or an empty name) are left to test.
	lower(trim_space(name)) in lib.profile_facts.fillers
	msg := sprintf(`Title names no system (%q): write "# Architecture Design Document: <system name>"`, [name])
} else := msg if {
	# The words of the name, leaving out numbers ("6.0"), are all generic.
	words := [w |
		some w in regex.split(`[^\p{L}\p{N}]+`, lower(name))
		w != ""
		regex.match(`^\p{N}+$`, w) == false
	]
	generic := lib.profile_facts.generic_title_words
	every word in words {
		word in generic
	}
	msg := sprintf(`Title %q names no system: write "# Architecture Design Document: <system name>"`, [input.title.text])
}

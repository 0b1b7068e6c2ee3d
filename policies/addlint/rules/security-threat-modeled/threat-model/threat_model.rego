# METADATA
# title: Threat model
# description: There is no Security Architecture section, or it names no threats (no table with a Threat column and no mention of threats, STRIDE, attacks or mitigations).
# custom:
#   id: threat-model
#   gate: security-threat-modeled
#   severity: status-scaled
#   why: Security controls are only as good as the threats they answer; without naming the threats, nobody can tell which ones are left open.
#   example_bad: |
#     ### Security Architecture
#     We use JWT authentication and TLS everywhere.
#   example_good: |
#     ### Security Architecture
#     | Threat | Mitigation |
#     |--------|------------|
#     | Stolen access token | 15-minute JWT expiry, refresh token rotation |
package addlint.rules["security-threat-modeled"]["threat-model"]

import data.addlint.lib

# _threat_words matches the words that show threats were considered.
_threat_words := `(?i)(threat|\bstride\b|attack|mitigat)`

report contains lib.finding(rego.metadata.chain(), message, _absent_loc) if {
	not lib.section("security-architecture")
	message := "The document has no Security Architecture section: add one that names the threats and their mitigations, e.g. a STRIDE table"
}

report contains lib.finding(rego.metadata.chain(), message, lib.at_section(section)) if {
	section := lib.section("security-architecture")
	not _names_threats(section)
	message := sprintf(
		"Section %q names no threats: add a threat model, e.g. a table with Threat and Mitigation columns",
		[section.title],
	)
}

# A missing Security Architecture belongs under Operational Architecture.
_absent_loc := lib.at_section(section) if {
	section := lib.section("operational-architecture")
} else := lib.at_document

# _names_threats is true when the section (subsections included) names
# threats. The usual case comes first: a table with a threat column.
_names_threats(section) if {
	threat := data.addlint.profile.columns.threat # bound once, not per column
	some table in lib.tables_in(section)
	some name in table.columns
	name in threat
}

# Or a word about threats in its text outside code: headings and prose,
# fields, list and checklist items, table headers and cells.
_names_threats(section) if {
	some s in array.concat([section], lib.subsections(section))
	some text in [s.title, s.text]
	regex.match(_threat_words, text)
}

_names_threats(section) if {
	some field in lib.fields_in(section)
	regex.match(_threat_words, concat(": ", [field.key, field.value]))
}

_names_threats(section) if {
	some list in lib.lists_in(section)
	some item in list.items
	regex.match(_threat_words, item.text)
}

_names_threats(section) if {
	some checklist in lib.checklists_in(section)
	some item in checklist.items
	regex.match(_threat_words, item.text)
}

_names_threats(section) if {
	some table in lib.tables_in(section)
	some text in table.header
	regex.match(_threat_words, text)
}

_names_threats(section) if {
	some table in lib.tables_in(section)
	some row in table.rows
	some text in row.cells
	regex.match(_threat_words, text)
}

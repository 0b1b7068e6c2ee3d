# METADATA
# title: Placeholder
# description: >-
#   Unfilled template text outside code: bracketed placeholders such as [System Name],
#   [YYYY-MM-DD], [Name/Team], [specific numbers], [Component Name], and the words TBD,
#   TODO, FIXME, XXX. Links, footnotes, task boxes and code never count.
# custom:
#   id: placeholder
#   gate: complete
#   severity: status-scaled
#   why: Template text left in place reads like a decision but is not one; a reviewer cannot approve "[specific numbers]" or "TBD".
#   example_bad: |
#     **Architect**: [Name/Team]
#     - **Latency**: TBD
#   example_good: |
#     **Architect**: Jane Doe / Platform Team
#     - **Latency**: p95 < 200 ms
package addlint.rules.complete.placeholder

import data.addlint.lib

report contains lib.finding(rego.metadata.chain(), _message(p.text), lib.at_text(p)) if {
	some p in input.placeholders
}

_message(text) := sprintf(`Placeholder %q is still in the document: replace it with the real content`, [text]) if {
	startswith(text, "[")
} else := sprintf(`%q marks unfinished text: finish it and remove the marker`, [text])

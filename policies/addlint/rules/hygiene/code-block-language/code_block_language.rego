# METADATA
# title: Code block language
# description: A fenced code block has no language after its opening fence.
# custom:
#   id: code-block-language
#   gate: hygiene
#   severity: info
#   why: The language drives syntax highlighting and lets addlint check embedded YAML, JSON and mermaid; an unlabeled block is checked by nothing.
#   example_bad: |
#     ```
#     openapi: 3.0.3
#     ```
#   example_good: |
#     ```yaml
#     openapi: 3.0.3
#     ```
package addlint.rules.hygiene["code-block-language"]

import data.addlint.lib

report contains lib.finding(rego.metadata.chain(), msg, loc) if {
	some block in input.code_blocks
	block.lang == ""
	block.fenced == true # fenced (the parser gives a boolean; unification, no builtin call)
	msg := "Fenced code block has no language: name it after the opening fence, e.g. ```yaml, ```mermaid or ```text"
	loc := {"line": block.line, "column": 1, "end_line": block.line, "section": block.section}
}

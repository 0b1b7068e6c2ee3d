# METADATA
# title: Embedded syntax
# description: A fenced yaml/yml/json block does not parse, or a mermaid block does not start with a known diagram type.
# custom:
#   id: embedded-syntax
#   gate: api-specified
#   severity: error
#   why: A specification or diagram that does not parse cannot be validated, rendered or generated from; readers copy broken examples.
#   example_bad: |
#     ```yaml
#     info:
#       title: [Service Name] API
#     ```
#     ```mermaid
#     graf TB
#       A --> B
#     ```
#   example_good: |
#     ```yaml
#     info:
#       title: "Orders API"
#     ```
#     ```mermaid
#     graph TB
#       A --> B
#     ```
package addlint.rules["api-specified"]["embedded-syntax"]

import data.addlint.lib

report contains lib.finding(rego.metadata.chain(), message, loc) if {
	some block in input.code_blocks
	problem := block.parse_error
	reason := problem.message # defined for an object only (parse_error is null for a block that parses): no builtin call per block
	loc := {"line": problem.file_line, "column": 1, "section": block.section}
	message := sprintf(
		"The %s block does not parse (%s): %s",
		[block.lang, reason, _syntax_hint(block.lang)],
	)
}

report contains lib.finding(rego.metadata.chain(), message, loc) if {
	some i, lines in _judged
	block := input.code_blocks[i]
	line := lines[0]
	type := _first_word(line.text)
	not type in data.addlint.profile.mermaid_types
	loc := {"line": block.line + line.offset, "column": 1, "section": block.section}
	message := sprintf(
		"The mermaid block starts with %q, not a diagram type: begin it with one such as flowchart, sequenceDiagram or erDiagram",
		[type],
	)
}

report contains lib.finding(rego.metadata.chain(), message, loc) if {
	some i, lines in _judged
	count(lines) == 0
	block := input.code_blocks[i]
	loc := {"line": block.line, "column": 1, "section": block.section}
	message := "The mermaid block is empty: add a diagram starting with a type such as flowchart, sequenceDiagram or erDiagram"
}

# _judged maps the index of each mermaid block that is not plainly fine to
# its meaningful lines: only those blocks are read line by line. A block is
# plainly fine when its first word starts with a letter (so its first
# non-blank line is no %% comment and no --- front matter) and is a diagram
# type.
_judged[i] := _meaningful_lines(block) if {
	types := object.get(data.addlint.profile, "mermaid_types", []) # bound once, not per block
	some i, block in input.code_blocks
	block.lang == "mermaid"
	words := regex.find_n(`^\pL[^\s;]*`, trim_space(block.content), 1)
	count([word | some word in words; word in types]) == 0
}

# _syntax_hint tells the author what to write for a block of that language.
_syntax_hint(lang) := "fix its syntax, e.g. quote values that start with \"[\" or \"{\"" if {
	lang in {"yaml", "yml"}
} else := "fix its syntax: quote every key and string, separate items with commas, close every bracket"

# _meaningful_lines are the block's lines that are not blank, not %% comments
# or %%{init}%% directives, and not inside a leading --- front matter block.
# Each carries its text and its offset from the opening fence (1 = first
# content line).
_meaningful_lines(block) := [line |
	lines := _lines(block)
	end := _front_matter_end(block)
	some index, text in lines
	index > end
	trimmed := trim_space(text)
	trimmed != ""
	not startswith(trimmed, "%%")
	line := {"text": trimmed, "offset": index + 1}
]

_lines(block) := split(block.content, "\n")

# _front_matter_end is the index of the line closing a leading --- block (the
# first line that is neither blank nor a %% comment), or -1 when the block has
# none.
_front_matter_end(block) := end if {
	lines := _lines(block)
	starts := [index |
		some index, text in lines
		trimmed := trim_space(text)
		trimmed != ""
		not startswith(trimmed, "%%")
	]
	count(starts) > 0
	trim_space(lines[starts[0]]) == "---"
	closers := [index |
		some index, text in lines
		index > starts[0]
		trim_space(text) == "---"
	]
	count(closers) > 0
	end := closers[0]
} else := -1

# _first_word is the line's first token, without a trailing semicolon.
_first_word(text) := trim_right(regex.split(`[\s;]+`, text)[0], ";")

package addlint.rules["api-specified"]["embedded-syntax_test"]

import data.addlint.rules["api-specified"]["embedded-syntax"] as rule
import data.addlint.testutil

_api_id := testutil.sid("detailed-design/api-design")

_hla_id := testutil.sid("architecture-overview/high-level-architecture")

_with_blocks(blocks) := testutil.set_field(testutil.valid_doc, "code_blocks", array.concat(testutil.valid_doc.code_blocks, blocks))

_broken(section_id, lang, line, message, content_line) := object.union(
	testutil.code_block(section_id, lang, true, line, "title: [Service Name] API\n"),
	{"parse_error": {"message": message, "line": content_line, "file_line": line + content_line}},
)

_mermaid(line, content) := testutil.code_block(_hla_id, "mermaid", true, line, content)

_finding(line, section_id, message) := {
	"rule": "embedded-syntax",
	"severity": "error",
	"message": message,
	"line": line,
	"column": 1,
	"end_line": line,
	"end_column": 1,
	"section": section_id,
	"gate": "api-specified",
}

_type_message(type) := sprintf(
	"The mermaid block starts with %q, not a diagram type: begin it with one such as flowchart, sequenceDiagram or erDiagram",
	[type],
)

test_valid_doc_passes if {
	count(rule.report) == 0 with input as testutil.valid_doc
}

test_yaml_parse_error_on_its_file_line if {
	doc := _with_blocks([_broken(_api_id, "yaml", 47, "did not find expected key", 3)])
	r := rule.report with input as doc
	r == {_finding(50, _api_id, "The yaml block does not parse (did not find expected key): fix its syntax, e.g. quote values that start with \"[\" or \"{\"")}
}

test_json_parse_error_anywhere if {
	section_id := testutil.sid("detailed-design/component-architecture")
	doc := _with_blocks([_broken(section_id, "json", 44, "invalid character '}'", 1)])
	r := rule.report with input as doc
	r == {_finding(45, section_id, "The json block does not parse (invalid character '}'): fix its syntax: quote every key and string, separate items with commas, close every bracket")}
}

test_unknown_mermaid_type_on_its_line if {
	doc := _with_blocks([_mermaid(30, "graf TB\n    A --> B\n")])
	r := rule.report with input as doc
	r == {_finding(31, _hla_id, _type_message("graf"))}
}

test_known_types_pass if {
	every content in [
		"graph TD;\n  A-->B\n",
		"flowchart LR\n  A-->B\n",
		"  stateDiagram-v2\n  [*] --> On\n",
		"C4Context\n  title X\n",
		"erDiagram\n  A ||--o{ B : has\n",
	] {
		count(rule.report) == 0 with input as _with_blocks([_mermaid(30, content)])
	}
}

test_first_word_ends_at_a_space_or_a_semicolon if {
	every content in ["sequenceDiagram;\n  A->>B: hi\n", "\tgraph\tTD\n  A-->B\n", "\n\n  erDiagram\n"] {
		count(rule.report) == 0 with input as _with_blocks([_mermaid(30, content)])
	}
	r := rule.report with input as _with_blocks([_mermaid(30, "graph-x TD\n  A-->B\n")])
	r == {_finding(31, _hla_id, _type_message("graph-x"))}
}

test_comments_directives_and_front_matter_are_skipped if {
	content := "\n%% a comment\n%%{init: {'theme': 'dark'}}%%\n---\ntitle: Checkout\nconfig:\n  theme: base\n---\n\nsequenceDiagram\n  A->>B: hi\n"
	count(rule.report) == 0 with input as _with_blocks([_mermaid(30, content)])
}

test_bad_type_after_skipped_lines_is_reported_on_its_line if {
	content := "\n%% a comment\n---\ntitle: Checkout\n---\nsequence\n  A->>B: hi\n"
	r := rule.report with input as _with_blocks([_mermaid(30, content)])
	r == {_finding(36, _hla_id, _type_message("sequence"))}
}

test_type_is_case_sensitive if {
	r := rule.report with input as _with_blocks([_mermaid(30, "Graph TD\n  A-->B\n")])
	r == {_finding(31, _hla_id, _type_message("Graph"))}
}

test_unclosed_front_matter_is_reported if {
	r := rule.report with input as _with_blocks([_mermaid(30, "---\ngraph TD\n")])
	r == {_finding(31, _hla_id, _type_message("---"))}
}

test_empty_mermaid_block_is_reported_at_its_fence if {
	r := rule.report with input as _with_blocks([_mermaid(30, "\n%% nothing yet\n")])
	r == {_finding(30, _hla_id, "The mermaid block is empty: add a diagram starting with a type such as flowchart, sequenceDiagram or erDiagram")}
}

test_other_languages_are_not_judged if {
	blocks := [
		testutil.code_block(_hla_id, "plantuml", true, 30, "graf\n"),
		testutil.code_block(_hla_id, "yaml", true, 34, "a: [b\n"),
	]
	count(rule.report) == 0 with input as _with_blocks(blocks)
}

test_one_finding_per_bad_block if {
	doc := _with_blocks([
		_mermaid(30, "graf TB\n"),
		_broken(_api_id, "yml", 47, "mapping values are not allowed", 1),
	])
	r := rule.report with input as doc
	r == {
		_finding(31, _hla_id, _type_message("graf")),
		_finding(48, _api_id, "The yml block does not parse (mapping values are not allowed): fix its syntax, e.g. quote values that start with \"[\" or \"{\""),
	}
}

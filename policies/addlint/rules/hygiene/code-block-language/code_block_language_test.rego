package addlint.rules.hygiene["code-block-language_test"]

import data.addlint.rules.hygiene["code-block-language"] as rule
import data.addlint.testutil

_message := "Fenced code block has no language: name it after the opening fence, e.g. ```yaml, ```mermaid or ```text"

_section := testutil.sid("detailed-design/component-architecture")

test_valid_document_passes if {
	count(rule.report) == 0 with input as testutil.valid_doc
}

test_fenced_block_without_language if {
	doc := testutil.with_appended(testutil.valid_doc, "code_blocks", testutil.code_block(_section, "", true, 45, "GET /payments\n"))
	rule.report == {testutil.finding("code-block-language", "hygiene", "info", _message, {"line": 45, "section": _section})} with input as doc
}

test_one_finding_per_block if {
	doc := testutil.with_appended(
		testutil.with_appended(testutil.valid_doc, "code_blocks", testutil.code_block(_section, "", true, 45, "a\n")),
		"code_blocks", testutil.code_block("", "", true, 2, "b\n"),
	)
	report := rule.report with input as doc
	{f.line | some f in report} == {2, 45}
}

test_indented_block_is_not_judged if {
	doc := testutil.with_appended(testutil.valid_doc, "code_blocks", testutil.code_block(_section, "", false, 45, "GET /payments\n"))
	count(rule.report) == 0 with input as doc
}

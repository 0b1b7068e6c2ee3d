package addlint.rules["api-specified"]["api-spec_test"]

import data.addlint.rules["api-specified"]["api-spec"] as rule
import data.addlint.testutil

_api_id := testutil.sid("detailed-design/api-design")

# _with_api_blocks replaces the code blocks of API Design with blocks.
_with_api_blocks(doc, blocks) := testutil.set_field(doc, "code_blocks", array.concat(
	[b | some b in doc.code_blocks; b.section != _api_id],
	blocks,
))

_block(lang, content) := testutil.code_block(_api_id, lang, true, 47, content)

_expected(severity) := {
	"rule": "api-spec",
	"severity": severity,
	"message": "Section \"API Design\" holds no API specification: add an OpenAPI or AsyncAPI yaml/json block, or a graphql or proto schema",
	"line": 46,
	"column": 1,
	"end_line": 46,
	"end_column": 15,
	"section": _api_id,
	"gate": "api-specified",
}

test_valid_doc_passes if {
	count(rule.report) == 0 with input as testutil.valid_doc
}

test_no_block_fails if {
	r := rule.report with input as _with_api_blocks(testutil.valid_doc, [])
	r == {_expected("error")}
}

test_status_scaled_severity if {
	doc := _with_api_blocks(testutil.valid_doc, [])
	draft := rule.report with input as testutil.with_status(doc, "draft")
	draft == {_expected("warning")}
	review := rule.report with input as testutil.with_status(doc, "review")
	review == {_expected("error")}
	unknown := rule.report with input as testutil.with_status(doc, "")
	unknown == {_expected("error")}
}

test_yaml_without_spec_key_fails if {
	doc := _with_api_blocks(testutil.valid_doc, [_block("yaml", "info:\n  title: Payments API\nopenapi_version: 3\n")])
	r := rule.report with input as doc
	r == {_expected("error")}
}

test_nested_spec_key_is_not_top_level if {
	doc := _with_api_blocks(testutil.valid_doc, [_block("yml", "spec:\n  openapi: 3.0.3\n")])
	r := rule.report with input as doc
	r == {_expected("error")}
}

test_other_languages_do_not_count if {
	doc := _with_api_blocks(testutil.valid_doc, [
		_block("http", "openapi: 3.0.3\nGET /payments\n"),
		_block("", "openapi: 3.0.3\n"),
	])
	r := rule.report with input as doc
	r == {_expected("error")}
}

test_spec_documents_pass if {
	every content in [
		"openapi: 3.1.0\ninfo: {}\n",
		"swagger: \"2.0\"\n",
		"# AsyncAPI contract\nasyncapi: 2.6.0\n",
		"\"openapi\": 3.1.0\n",
	] {
		count(rule.report) == 0 with input as _with_api_blocks(testutil.valid_doc, [_block("yaml", content)])
	}
}

test_json_spec_passes if {
	doc := _with_api_blocks(testutil.valid_doc, [_block("json", "{\n  \"openapi\": \"3.1.0\",\n  \"paths\": {}\n}\n")])
	count(rule.report) == 0 with input as doc
}

test_schema_languages_pass if {
	every lang in ["graphql", "gql", "proto", "protobuf"] {
		count(rule.report) == 0 with input as _with_api_blocks(testutil.valid_doc, [_block(lang, "type Query { a: Int }\n")])
	}
}

test_spec_in_a_subsection_counts if {
	sub_id := concat("/", [_api_id, "restful-api-specification"])
	sub := testutil.section(sub_id, "RESTful API Specification", 4, _api_id, 47, 53)
	base := testutil.set_field(testutil.valid_doc, "sections", array.concat(testutil.valid_doc.sections, [sub]))
	doc := _with_api_blocks(base, [testutil.code_block(sub_id, "yaml", true, 48, "openapi: 3.0.3\n")])
	count(rule.report) == 0 with input as doc
}

test_spec_outside_api_design_does_not_count if {
	elsewhere := testutil.code_block(testutil.sid("detailed-design/component-architecture"), "yaml", true, 44, "openapi: 3.0.3\n")
	doc := _with_api_blocks(testutil.valid_doc, [elsewhere])
	r := rule.report with input as doc
	r == {_expected("error")}
}

test_section_absent_is_quiet if {
	count(rule.report) == 0 with input as testutil.without_section(testutil.valid_doc, _api_id)
}

# METADATA
# title: API specification
# description: API Design holds no API specification (an OpenAPI, Swagger or AsyncAPI yaml/json block, or a GraphQL or protobuf schema).
# custom:
#   id: api-spec
#   gate: api-specified
#   severity: status-scaled
#   why: Clients and servers are built against the interface contract; prose about endpoints cannot be validated, mocked or generated from.
#   example_bad: |
#     ### API Design
#     The service exposes a REST API for orders.
#   example_good: |
#     ### API Design
#     ```yaml
#     openapi: 3.0.3
#     info:
#       title: Orders API
#       version: 1.0.0
#     paths: {}
#     ```
package addlint.rules["api-specified"]["api-spec"]

import data.addlint.lib

report contains lib.finding(rego.metadata.chain(), message, lib.at_section(section)) if {
	section := lib.section("api-design")
	not _has_spec(section)
	message := sprintf(
		"Section %q holds no API specification: add an OpenAPI or AsyncAPI yaml/json block, or a graphql or proto schema",
		[section.title],
	)
}

# _has_spec is true when the section holds a specification. The usual case
# comes first: a yaml/json block with a top-level specification key, e.g.
# "openapi: 3.0.3".
_has_spec(section) if {
	some block in lib.code_blocks_in(section)
	block.lang in {"yaml", "yml", "json"}
	regex.match(`(?m)^["']?(openapi|swagger|asyncapi)["']?\s*:`, block.content)
}

# A graphql or protobuf block is a specification by itself.
_has_spec(section) if {
	some block in lib.code_blocks_in(section)
	block.lang in {"graphql", "gql", "proto", "protobuf"}
}

# A json key anywhere, e.g. {"openapi": "3.1.0"}.
_has_spec(section) if {
	some block in lib.code_blocks_in(section)
	block.lang in {"yaml", "yml", "json"}
	regex.match(`"(openapi|swagger|asyncapi)"\s*:`, block.content)
}

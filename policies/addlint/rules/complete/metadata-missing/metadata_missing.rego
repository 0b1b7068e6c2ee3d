# METADATA
# title: Required metadata
# description: >-
#   One of the metadata keys Date, Version, Status, Architect is absent (bold
#   "**Key**: value" lines before the first H2, or YAML front matter).
# custom:
#   id: metadata-missing
#   gate: complete
#   severity: error
#   why: Date, Version, Status and Architect tell a reviewer how current the design is, how far it has got and whom to ask; Status also sets how strictly addlint judges the rest.
#   example_bad: |
#     # Architecture Design Document: Payments Gateway
#
#     **Date**: 2026-03-14
#     **Version**: 1.2
#   example_good: |
#     # Architecture Design Document: Payments Gateway
#
#     **Date**: 2026-03-14
#     **Version**: 1.2
#     **Status**: Draft
#     **Architect**: Jane Doe / Platform Team
package addlint.rules.complete["metadata-missing"]

import data.addlint.lib

report contains lib.finding(rego.metadata.chain(), msg, lib.at_title) if {
	some key in data.addlint.profile.required_metadata
	not input.metadata[key]
	msg := sprintf(`Metadata %q is missing: add "%s" below the title`, [_display(key), _example(key)])
}

_examples := {
	"date": "**Date**: YYYY-MM-DD",
	"time": "**Time**: HH:MM:SS UTC",
	"version": "**Version**: 1.0",
	"status": "**Status**: Draft",
	"architect": "**Architect**: <name or team>",
}

_example(key) := _examples[key]

_example(key) := sprintf("**%s**: <value>", [_display(key)]) if not _examples[key]

_display(key) := concat("", [upper(substring(key, 0, 1)), substring(key, 1, -1)])

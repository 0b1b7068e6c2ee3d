# METADATA
# title: Architecture diagram
# description: >-
#   Architecture Overview holds no diagram: no mermaid, plantuml (or other diagram language)
#   block, no code block drawn with box-drawing characters or ASCII boxes, and no image.
# custom:
#   id: diagram
#   gate: hygiene
#   severity: warning
#   why: One picture of the components and their connections is the fastest way for a reviewer to check the design against the text.
#   example_bad: |
#     ## Architecture Overview
#     ### High-Level Architecture
#     The gateway calls the core services, which use a database.
#   example_good: |
#     ## Architecture Overview
#     ### High-Level Architecture
#     ```mermaid
#     graph TB
#         Gateway --> Core
#         Core --> Database
#     ```
package addlint.rules.hygiene.diagram

import data.addlint.lib

report contains lib.finding(rego.metadata.chain(), msg, lib.at_section(overview)) if {
	overview := lib.section("architecture-overview")
	not _has_diagram(overview)
	msg := sprintf(`Section %q holds no diagram: add a mermaid or plantuml block (or an image) showing the components and how they connect`, [overview.title])
}

# _has_diagram is true when Architecture Overview (subsections included) holds
# a block in a diagram language, an image, or a block drawn with box
# characters. The cheap tests come first.
_has_diagram(overview) if {
	languages := data.addlint.profile.diagram_languages # bound once, not per block
	some block in lib.code_blocks_in(overview)
	block.lang in languages
}

_has_diagram(overview) if count(lib.images_in(overview)) > 0

_has_diagram(overview) if {
	some block in lib.code_blocks_in(overview)
	_drawn(block.content)
}

# _drawn is true for text drawn with box-drawing characters (┌─┐ │ └─┘) or
# ASCII boxes (+----+).
_drawn(content) if regex.match(`[\x{2500}-\x{257F}]`, content)

_drawn(content) if regex.match(`\+-{3,}\+`, content)

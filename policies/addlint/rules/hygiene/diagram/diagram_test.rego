package addlint.rules.hygiene.diagram_test

import data.addlint.rules.hygiene.diagram
import data.addlint.testutil

_overview := testutil.sid("architecture-overview")

_high_level := testutil.sid("architecture-overview/high-level-architecture")

_no_mermaid := testutil.set_field(testutil.valid_doc, "code_blocks", [b | some b in testutil.valid_doc.code_blocks; b.lang != "mermaid"])

_finding := testutil.finding(
	"diagram", "hygiene", "warning",
	`Section "Architecture Overview" holds no diagram: add a mermaid or plantuml block (or an image) showing the components and how they connect`,
	{"line": 23, "end_column": 25, "section": _overview},
)

test_valid_document_passes if {
	count(diagram.report) == 0 with input as testutil.valid_doc
}

test_no_diagram if {
	diagram.report == {_finding} with input as _no_mermaid
}

test_diagram_elsewhere_does_not_count if {
	doc := testutil.with_appended(_no_mermaid, "code_blocks", testutil.code_block(testutil.sid("detailed-design"), "mermaid", true, 44, "graph TB\n  A --> B\n"))
	diagram.report == {_finding} with input as doc
}

test_non_diagram_code_does_not_count if {
	doc := testutil.with_appended(_no_mermaid, "code_blocks", testutil.code_block(_high_level, "yaml", true, 25, "services:\n  - gateway\n"))
	diagram.report == {_finding} with input as doc
}

test_image_counts if {
	doc := testutil.with_appended(_no_mermaid, "images", testutil.link(_high_level, "Architecture", "img/architecture.png", 25, 1))
	count(diagram.report) == 0 with input as doc
}

test_other_diagram_languages_count if {
	every lang in ["plantuml", "puml", "dot", "d2"] {
		doc := testutil.with_appended(_no_mermaid, "code_blocks", testutil.code_block(_high_level, lang, true, 25, "A -> B\n"))
		count(diagram.report) == 0 with input as doc
	}
}

test_drawn_diagrams_count if {
	every content in ["┌──────┐\n│ API  │\n└──────┘\n", "+--------+     +----+\n| Client | --> | DB |\n+--------+     +----+\n"] {
		doc := testutil.with_appended(_no_mermaid, "code_blocks", testutil.code_block(_high_level, "text", true, 25, content))
		count(diagram.report) == 0 with input as doc
	}
}

test_missing_section_is_left_to_required_section if {
	count(diagram.report) == 0 with input as testutil.without_section(testutil.valid_doc, _overview)
}

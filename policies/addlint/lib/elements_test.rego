package addlint.lib_test

import data.addlint.lib
import data.addlint.testutil

test_tables_in_include_subsections if {
	tables := lib.tables_in(lib.section("operational-architecture")) with input as testutil.valid_doc
	[t.line | some t in tables] == [77]
	stack := lib.tables_in(lib.section("technology-stack-decisions")) with input as testutil.valid_doc
	[t.line | some t in stack] == [64]
}

test_elements_in if {
	doc := testutil.valid_doc
	[f.line | some f in lib.fields_in(lib.section("system-scope-and-boundaries"))] == [19, 20, 21] with input as doc
	[b.lang | some b in lib.code_blocks_in(lib.section("architecture-overview"))] == ["mermaid", "mermaid"] with input as doc
	[c.line | some c in lib.checklists_in(lib.section("quality-gates"))] == [93] with input as doc
	[l.line | some l in lib.lists_in(lib.section("system-context"))] == [15, 19] with input as doc
	lib.images_in(lib.section("architecture-overview")) == [] with input as doc
	lib.links_in(lib.section("architecture-overview")) == [] with input as doc
}

test_images_and_links_in if {
	img := testutil.link(testutil.sid("architecture-overview/high-level-architecture"), "Diagram", "img/arch.png", 30, 1)
	doc := testutil.set_field(testutil.set_field(testutil.valid_doc, "images", [img]), "links", [img])
	lib.images_in(lib.section("architecture-overview")) == [img] with input as doc
	lib.links_in(lib.section("architecture-overview")) == [img] with input as doc
	lib.images_in(lib.section("detailed-design")) == [] with input as doc
}

test_column_and_cell if {
	table := testutil.valid_doc.tables[0]
	row := table.rows[0]
	lib.column(table, "rationale") == "rationale"
	lib.column(table, "alternatives") == "alternatives_considered"
	not lib.column(table, "threat")
	lib.cell(row, table, "technology") == "PostgreSQL"
	lib.cell(row, table, "threat") == ""
}

test_column_takes_first_matching_header if {
	table := {"columns": ["why", "rationale"], "rows": []}
	lib.column(table, "rationale") == "why"
}

test_cell_missing_in_row_is_empty if {
	table := {"columns": ["component", "rationale"]}
	lib.cell({"columns": {"component": "Cache"}}, table, "rationale") == ""
}

package addlint.lib_test

import data.addlint.lib
import data.addlint.testutil

test_at_element if {
	block := testutil.valid_doc.code_blocks[0]
	lib.at(block) == {"line": 25, "column": 1, "end_line": 29, "end_column": 1, "section": testutil.sid("architecture-overview/high-level-architecture")}
}

test_at_section_uses_id if {
	lib.at({"id": "x", "line": 3, "column": 1}).section == "x"
	lib.at({"line": 3}) == {"line": 3, "column": 1, "end_line": 3, "end_column": 1, "section": ""}
}

test_at_text if {
	p := testutil.placeholder("s", "[System Name]", 1, 33)
	lib.at_text(p) == {"line": 1, "column": 33, "end_line": 1, "end_column": 46, "section": "s"}
}

test_at_row_and_cell if {
	table := testutil.valid_doc.tables[0]
	row := table.rows[0]
	lib.at_row(row, table) == {"line": 66, "column": 1, "end_line": 66, "end_column": 84, "section": testutil.sid("technology-stack-decisions")}
	lib.at_cell(row, table, 2) == {"line": 66, "column": 27, "end_line": 66, "end_column": 63, "section": testutil.sid("technology-stack-decisions")}
}

test_at_cell_out_of_range if {
	table := testutil.valid_doc.tables[0]
	row := table.rows[0]
	lib.at_cell(row, table, 9).column == 1
}

test_at_section if {
	sec := testutil.valid_doc.sections[1]
	lib.at_section(sec) == {"line": 9, "column": 1, "end_line": 9, "end_column": 21, "section": testutil.sid("executive-summary")}
}

test_at_document if {
	lib.at_document == {"line": 1, "column": 1, "end_line": 1, "end_column": 1, "section": ""}
}

test_at_title if {
	loc := lib.at_title with input as testutil.valid_doc
	loc == {"line": 1, "column": 1, "end_line": 1, "end_column": 49, "section": testutil.h1_id}
	lib.at_title == lib.at_document with input as testutil.empty_doc
}

package addlint.lib

# Locations are objects with any of line, column, end_line, end_column and
# section; finding() fills in the defaults (line 1, column 1, end_line = line,
# end_column = column, section "").

# Each at* helper's first body takes the element's fields as they are when
# they are well formed (as the parser gives them); its else body falls back
# field by field.

# at is the location of any element that has a line and optionally column,
# end_line and section (a Section gives its id as the section).
at(element) := {
	"line": line,
	"column": column,
	"end_line": end_line,
	"end_column": column,
	"section": section,
} if {
	line := element.line
	is_number(line)
	line > 0
	column := object.get(element, "column", 1)
	is_number(column)
	column > 0
	end_line := object.get(element, "end_line", line)
	is_number(end_line)
	end_line > 0
	section := object.get(element, "section", object.get(element, "id", ""))
	is_string(section)
} else := {
	"line": line,
	"column": column,
	"end_line": _int_or(element, "end_line", line),
	"end_column": column,
	"section": _section_of(element),
} if {
	line := _int_or(element, "line", 1)
	column := _int_or(element, "column", 1)
}

# at_text is the location of an element whose text is written on its line
# (a placeholder, a link): it spans the text from the element's column.
at_text(element) := {
	"line": line,
	"column": column,
	"end_line": line,
	"end_column": column + count(element.text),
	"section": section,
} if {
	line := element.line
	is_number(line)
	line > 0
	column := element.column
	is_number(column)
	column > 0
	section := element.section
	is_string(section)
} else := {
	"line": line,
	"column": column,
	"end_line": line,
	"end_column": column + count(object.get(element, "text", "")),
	"section": _section_of(element),
} if {
	line := _int_or(element, "line", 1)
	column := _int_or(element, "column", 1)
}

# at_row is the location of a table row: its line, from column 1 to the end of
# its last cell's text, in the table's section.
at_row(row, table) := {
	"line": _int_or(row, "line", 1),
	"column": 1,
	"end_line": _int_or(row, "line", 1),
	"end_column": _row_end(row),
	"section": object.get(table, "section", ""),
}

# at_cell is the location of the cell at index (0-based) of a table row.
at_cell(row, table, index) := {
	"line": line,
	"column": col,
	"end_line": line,
	"end_column": col + count(text),
	"section": table.section,
} if {
	line := row.line
	is_number(line)
	line > 0
	col := row.cell_columns[index]
	is_number(col)
	text := row.cells[index]
	is_string(text)
} else := {
	"line": _int_or(row, "line", 1),
	"column": col,
	"end_line": _int_or(row, "line", 1),
	"end_column": col + count(_cell_text(row, index)),
	"section": object.get(table, "section", ""),
} if {
	col := _cell_column(row, index)
}

# at_section is the location of a section's heading.
at_section(section) := {
	"line": line,
	"column": column,
	"end_line": line,
	"end_column": (column + level) + (1 + count(section.title)),
	"section": section.id,
} if {
	line := section.line
	is_number(line)
	line > 0
	column := section.column
	is_number(column)
	column > 0
	level := section.level
	is_number(level)
	level > 0
} else := {
	"line": line,
	"column": column,
	"end_line": line,
	"end_column": (column + _int_or(section, "level", 1)) + (1 + count(object.get(section, "title", ""))),
	"section": object.get(section, "id", ""),
} if {
	line := _int_or(section, "line", 1)
	column := _int_or(section, "column", 1)
}

# at_document is the location for something the whole document lacks: line 1.
at_document := {"line": 1, "column": 1, "end_line": 1, "end_column": 1, "section": ""}

# at_title is the location of the document's first H1, or line 1 when it has
# none: where a finding about something the whole document lacks sits.
at_title := at_section(h1s[0]) if {
	h1s := [s | some s in input.sections; s.level == 1]
	count(h1s) > 0
} else := at_document

_int_or(obj, key, fallback) := value if {
	value := obj[key]
	is_number(value)
	value > 0
} else := fallback

_section_of(element) := element.section if {
	is_string(element.section)
} else := element.id if {
	is_string(element.id)
} else := ""

_cell_column(row, index) := col if {
	col := row.cell_columns[index]
	is_number(col)
} else := 1

_row_end(row) := end if {
	n := count(row.cells)
	n > 0
	end := _cell_column(row, n - 1) + count(row.cells[n - 1])
} else := 1

_cell_text(row, index) := text if {
	text := row.cells[index]
	is_string(text)
} else := ""

package markdown

import (
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/addlint/addlint/internal/model"
)

// table records a GFM table: header, normalized column names and rows.
// The rows' Cells and CellColumns are cut from two slices allocated once
// for the whole table.
func (b *builder) table(t *east.Table) {
	b.hasBody = true
	width, rows := tableShape(t)
	table := model.Table{Section: b.current, Header: []string{}, Columns: []string{}, Rows: make([]model.TableRow, 0, rows)}
	texts := make([]string, width*rows)
	columns := make([]int, width*rows)
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		line := b.line(max(row.Pos(), 0))
		switch row.Kind() {
		case east.KindTableHeader:
			table.Line = line
			table.Header, _ = b.rowCells(row, line, make([]string, 0, width), nil)
			for _, text := range table.Header {
				table.Columns = append(table.Columns, model.NormalizeColumn(text))
			}
		case east.KindTableRow:
			table.Rows = append(table.Rows, b.tableRow(row, line, table.Columns, texts[:0:width], columns[:0:width]))
			texts, columns = texts[width:], columns[width:]
		}
	}
	table.EndLine = table.Line
	if len(table.Rows) > 0 {
		table.EndLine = table.Rows[len(table.Rows)-1].Line
	}
	b.doc.Tables = append(b.doc.Tables, table)
}

// tableShape returns the number of cells of a table's header and the
// number of its body rows.
func tableShape(t *east.Table) (width, rows int) {
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		switch row.Kind() {
		case east.KindTableHeader:
			width = row.ChildCount()
		case east.KindTableRow:
			rows++
		}
	}
	return width, rows
}

// tableRow reads one body row into the given empty Cells and CellColumns;
// a key of Columns and Quantities is the normalized header of the cell's
// column (the first column wins when two share a name; columns without a
// name are left out of the maps).
func (b *builder) tableRow(row ast.Node, line int, columns, cells []string, cellColumns []int) model.TableRow {
	r := model.TableRow{
		Line:       line,
		Columns:    make(map[string]string, len(columns)),
		Quantities: make(map[string][]model.Quantity, len(columns)),
	}
	r.Cells, r.CellColumns = b.rowCells(row, line, cells, cellColumns)
	for i, text := range r.Cells {
		if i < len(columns) && columns[i] != "" {
			if _, taken := r.Columns[columns[i]]; !taken {
				r.Columns[columns[i]] = text
				r.Quantities[columns[i]] = Quantities(text)
			}
		}
	}
	return r
}

// rowCells appends the plain texts of a row's cells to texts and the
// columns where they start to cellColumns (when not nil). The texts of a
// row share one string.
func (b *builder) rowCells(row ast.Node, line int, texts []string, cellColumns []int) ([]string, []int) {
	b.rowText = b.rowText[:0]
	b.rowEnds = b.rowEnds[:0]
	for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
		text, col := b.cell(cell, line)
		b.rowText = append(b.rowText, text...)
		b.rowEnds = append(b.rowEnds, len(b.rowText))
		if cellColumns != nil {
			cellColumns = append(cellColumns, col)
		}
	}
	all := string(b.rowText)
	start := 0
	for _, end := range b.rowEnds {
		texts = append(texts, all[start:end])
		start = end
	}
	return texts, cellColumns
}

// cell reads a table cell: its plain text (valid until the next inline
// content is read) and the column where its text starts. A cell missing
// from the row has the column just past the row.
func (b *builder) cell(cell ast.Node, line int) ([]byte, int) {
	lines := cell.Lines()
	if lines == nil || lines.Len() == 0 {
		_, col := b.pos(b.index.lineEnd(line))
		return nil, col
	}
	text, _ := b.inline(cell, false)
	b.addBody(text)
	b.scanPlaceholders(lines)
	_, col := b.pos(lines.At(0).Start)
	return text, col
}

package markdown

import (
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"

	"github.com/addlint/addlint/internal/model"
)

// table records a GFM table: header, normalized column names and rows.
func (b *builder) table(t *east.Table) {
	b.hasBody = true
	table := model.Table{Section: b.current, Header: []string{}, Columns: []string{}, Rows: []model.TableRow{}}
	for row := t.FirstChild(); row != nil; row = row.NextSibling() {
		line := b.line(max(row.Pos(), 0))
		switch row.Kind() {
		case east.KindTableHeader:
			table.Line = line
			for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
				text, _ := b.cell(cell, line)
				table.Header = append(table.Header, text)
				table.Columns = append(table.Columns, model.NormalizeColumn(text))
			}
		case east.KindTableRow:
			table.Rows = append(table.Rows, b.tableRow(row, line, table.Columns))
		}
	}
	table.EndLine = table.Line
	if len(table.Rows) > 0 {
		table.EndLine = table.Rows[len(table.Rows)-1].Line
	}
	b.doc.Tables = append(b.doc.Tables, table)
}

// tableRow reads one body row; a key of Columns and Quantities is the
// normalized header of the cell's column (the first column wins when two
// share a name; columns without a name are left out of the maps).
func (b *builder) tableRow(row ast.Node, line int, columns []string) model.TableRow {
	r := model.TableRow{
		Line:        line,
		Cells:       make([]string, 0, len(columns)),
		CellColumns: make([]int, 0, len(columns)),
		Columns:     make(map[string]string, len(columns)),
		Quantities:  make(map[string][]model.Quantity, len(columns)),
	}
	i := 0
	for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
		text, col := b.cell(cell, line)
		r.Cells = append(r.Cells, text)
		r.CellColumns = append(r.CellColumns, col)
		if i < len(columns) && columns[i] != "" {
			if _, taken := r.Columns[columns[i]]; !taken {
				r.Columns[columns[i]] = text
				r.Quantities[columns[i]] = Quantities(text)
			}
		}
		i++
	}
	return r
}

// cell reads a table cell: its plain text and the column where its text
// starts. A cell missing from the row has the column just past the row.
func (b *builder) cell(cell ast.Node, line int) (string, int) {
	lines := cell.Lines()
	if lines == nil || lines.Len() == 0 {
		_, col := b.pos(b.index.lineEnd(line))
		return "", col
	}
	text, _ := b.inline(cell, false)
	b.addBody(text)
	b.scanPlaceholders(lines)
	_, col := b.pos(lines.At(0).Start)
	return text, col
}

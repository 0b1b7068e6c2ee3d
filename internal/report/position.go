package report

import (
	"strconv"

	"github.com/addlint/addlint/internal/model"
)

// span is the valid part of a finding's position; 0 means unknown. A column
// is only known when its line is, and the end is never before the start.
type span struct {
	line      int
	column    int
	endLine   int
	endColumn int
}

// findingSpan returns the valid part of f's position.
func findingSpan(f model.Finding) span {
	if f.Line < 1 {
		return span{}
	}
	sp := span{line: f.Line}
	if f.Column >= 1 {
		sp.column = f.Column
	}
	if f.EndLine < f.Line {
		return sp
	}
	sp.endLine = f.EndLine
	if f.EndColumn >= 1 && (f.EndLine > f.Line || f.EndColumn >= max(f.Column, 1)) {
		sp.endColumn = f.EndColumn
	}
	return sp
}

// location returns "path:line:col", leaving out a line or column below 1.
func location(path string, line, column int) string {
	if line < 1 {
		return path
	}
	if column < 1 {
		return path + ":" + strconv.Itoa(line)
	}
	return path + ":" + strconv.Itoa(line) + ":" + strconv.Itoa(column)
}

// lineColumn returns "line:col", "line" or "" as much of the position as is
// known.
func lineColumn(line, column int) string {
	if line < 1 {
		return ""
	}
	if column < 1 {
		return strconv.Itoa(line)
	}
	return strconv.Itoa(line) + ":" + strconv.Itoa(column)
}

package markdown

import (
	"fmt"
	"strings"
	"testing"

	"github.com/addlint/addlint/internal/model"
)

// checkInvariants reports every way doc breaks the model's promises: lines
// within 1..Lines, columns from 1, end lines not before start lines, known
// section ids, unique ids and slugs, and lists that encode as arrays.
func checkInvariants(t *testing.T, doc *model.Document) {
	t.Helper()
	for _, problem := range invariantProblems(doc) {
		t.Errorf("%s: %s", doc.Path, problem)
	}
}

func invariantProblems(doc *model.Document) []string {
	var problems []string
	bad := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	line := func(what string, l int) {
		if l < 1 || l > doc.Lines {
			bad("%s: line %d outside 1..%d", what, l, doc.Lines)
		}
	}
	column := func(what string, c int) {
		if c < 1 {
			bad("%s: column %d below 1", what, c)
		}
	}
	span := func(what string, from, to int) {
		line(what, from)
		line(what+" end", to)
		if to < from {
			bad("%s: end line %d before line %d", what, to, from)
		}
	}
	ids := map[string]model.Section{}
	slugs := map[string]bool{}
	known := func(what, section string) {
		if _, ok := ids[section]; section != "" && !ok {
			bad("%s: unknown section %q", what, section)
		}
	}
	if doc.Metadata == nil || doc.Sections == nil || doc.Fields == nil || doc.Tables == nil || doc.Checklists == nil ||
		doc.Lists == nil || doc.CodeBlocks == nil || doc.Links == nil || doc.Images == nil || doc.Placeholders == nil || doc.Suppressions == nil {
		bad("a list or map is nil")
	}
	switch doc.Status {
	case "", "draft", "review", "approved":
	default:
		bad("status %q", doc.Status)
	}
	if doc.Title != nil {
		line("title", doc.Title.Line)
		column("title", doc.Title.Column)
	}
	for key, m := range doc.Metadata {
		line("metadata "+key, m.Line)
		column("metadata "+key, m.Column)
		if key != strings.ToLower(key) || (m.Source != "bold" && m.Source != "front_matter") {
			bad("metadata %q: bad key or source %q", key, m.Source)
		}
	}
	if doc.FrontMatterError != nil {
		line("front matter error", doc.FrontMatterError.Line)
		if doc.FrontMatter != nil {
			bad("front matter and front matter error both set")
		}
	}
	previous := 0
	for i, s := range doc.Sections {
		what := "section " + s.ID
		span(what, s.Line, s.EndLine)
		column(what, s.Column)
		if s.Line < previous {
			bad("%s: out of order", what)
		}
		previous = s.Line
		if _, dup := ids[s.ID]; dup || s.ID == "" {
			bad("%s: duplicate or empty id", what)
		}
		if slugs[s.Slug] {
			bad("%s: duplicate slug %q", what, s.Slug)
		}
		slugs[s.Slug] = true
		if s.Parent != "" {
			parent, ok := ids[s.Parent]
			if !ok || parent.Level >= s.Level || s.EndLine > parent.EndLine {
				bad("%s: bad parent %q", what, s.Parent)
			}
			if len(s.Path) != len(parent.Path)+1 {
				bad("%s: path %v does not extend its parent's", what, s.Path)
			}
		}
		if len(s.Path) == 0 || s.Path[len(s.Path)-1] != s.Title || s.Level < 1 || s.Level > 6 {
			bad("%s: bad path %v or level %d", what, s.Path, s.Level)
		}
		if s.Words != countWords(s.Text) || (s.Text != "" && !s.HasContent) {
			bad("%s: words or has_content disagree with text", what)
		}
		ids[s.ID] = doc.Sections[i]
	}
	for _, f := range doc.Fields {
		line("field "+f.Key, f.Line)
		column("field "+f.Key, f.Column)
		known("field "+f.Key, f.Section)
		if f.Quantities == nil || f.Key == "" {
			bad("field %q: nil quantities or empty key", f.Key)
		}
	}
	for _, tb := range doc.Tables {
		span("table", tb.Line, tb.EndLine)
		known("table", tb.Section)
		if len(tb.Header) != len(tb.Columns) {
			bad("table at %d: header and columns differ in length", tb.Line)
		}
		for _, r := range tb.Rows {
			line("row", r.Line)
			if r.Line <= tb.Line || r.Line > tb.EndLine {
				bad("row at %d outside its table %d..%d", r.Line, tb.Line, tb.EndLine)
			}
			if len(r.Cells) != len(tb.Header) || len(r.CellColumns) != len(r.Cells) || r.Columns == nil || r.Quantities == nil {
				bad("row at %d: %d cells for %d columns", r.Line, len(r.Cells), len(tb.Header))
			}
			for _, c := range r.CellColumns {
				column("cell", c)
			}
			for key, q := range r.Quantities {
				if q == nil {
					bad("row at %d: nil quantities for %q", r.Line, key)
				}
			}
		}
	}
	for _, c := range doc.Checklists {
		line("checklist", c.Line)
		known("checklist", c.Section)
		if len(c.Items) == 0 || c.Items[0].Line != c.Line {
			bad("checklist at %d: no items or wrong first line", c.Line)
		}
		for _, it := range c.Items {
			line("checklist item", it.Line)
			column("checklist item", it.Column)
		}
	}
	for _, l := range doc.Lists {
		line("list", l.Line)
		known("list", l.Section)
		if len(l.Items) == 0 || l.Items[0].Line != l.Line {
			bad("list at %d: no items or wrong first line", l.Line)
		}
		for _, it := range l.Items {
			line("list item", it.Line)
		}
	}
	for _, cb := range doc.CodeBlocks {
		span("code block", cb.Line, cb.EndLine)
		known("code block", cb.Section)
		if cb.ParseError != nil {
			line("code block error", cb.ParseError.FileLine)
			if cb.ParseError.Line < 1 || cb.ParseError.FileLine < cb.Line || cb.ParseError.FileLine > cb.EndLine {
				bad("code block at %d: error line %d/%d outside the block", cb.Line, cb.ParseError.Line, cb.ParseError.FileLine)
			}
		}
	}
	for _, group := range [][]model.Link{doc.Links, doc.Images} {
		for _, l := range group {
			line("link "+l.Target, l.Line)
			column("link "+l.Target, l.Column)
			known("link", l.Section)
		}
	}
	for _, p := range doc.Placeholders {
		line("placeholder "+p.Text, p.Line)
		column("placeholder "+p.Text, p.Column)
		known("placeholder", p.Section)
	}
	for _, s := range doc.Suppressions {
		line("suppression", s.Line)
		column("suppression", s.Column)
		if s.Rules == nil {
			bad("suppression at %d: nil rules", s.Line)
		}
		if s.Kind == model.SuppressEnable {
			if s.FromLine != 0 || s.ToLine != 0 {
				bad("enable at %d: lines %d..%d", s.Line, s.FromLine, s.ToLine)
			}
			continue
		}
		span("suppression range", s.FromLine, s.ToLine)
	}
	return problems
}

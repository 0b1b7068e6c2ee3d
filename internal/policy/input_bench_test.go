package policy

import (
	"fmt"
	"testing"

	"github.com/addlint/addlint/internal/model"
)

// benchDocument is a model shaped like testdata/docs/huge.md (about 22 KB of
// Markdown): 48 sections, 96 fields, 5 tables with 78 rows, 12 lists and 8
// code blocks. It is built here because this package never uses the parser.
func benchDocument() *model.Document {
	doc := model.NewDocument("bench.md")
	doc.Title = &model.Title{Text: "Architecture Design Document: Bench", SystemName: "Bench", Line: 1, Column: 1}
	doc.Status = "approved"
	for i := range 48 {
		parent := fmt.Sprintf("part-%d", i/4)
		id, level := parent, 2
		if i%4 != 0 {
			id, level = fmt.Sprintf("%s/topic-%d", parent, i), 3
		}
		doc.Sections = append(doc.Sections, model.Section{
			ID: id, Slug: fmt.Sprintf("topic-%d", i), Title: fmt.Sprintf("Topic %d", i), Level: level,
			Path: []string{"Bench", fmt.Sprintf("Topic %d", i)}, Line: 10 + 8*i, Column: 1, EndLine: 17 + 8*i,
			Text: "The service keeps the p95 latency under 200 ms at 1,000 requests per second.", Words: 14, HasContent: true,
		})
		doc.Fields = append(doc.Fields,
			model.Field{Section: id, Key: "Owner", Value: "Platform Team", Line: 11 + 8*i, Column: 3},
			model.Field{
				Section: id, Key: "Latency", Value: "p95 < 200 ms", Line: 12 + 8*i, Column: 3,
				Quantities: []model.Quantity{{Value: 200, Unit: "ms", Text: "200 ms"}},
			},
		)
	}
	for t := range 5 {
		table := model.Table{
			Section: doc.Sections[t*8].ID, Line: 500 + 20*t, EndLine: 518 + 20*t,
			Header:  []string{"Component", "Technology", "Rationale", "Alternatives Considered", "Target"},
			Columns: []string{"component", "technology", "rationale", "alternatives_considered", "target"},
		}
		for r := range 16 - t/2*2 {
			cells := []string{fmt.Sprintf("Part %d", r), "PostgreSQL 16", "ACID transactions and mature tooling", "MySQL, CockroachDB", "p99 < 50 ms"}
			row := model.TableRow{
				Line: 502 + 20*t + r, Cells: cells, CellColumns: []int{3, 15, 31, 70, 90},
				Columns: map[string]string{}, Quantities: map[string][]model.Quantity{},
			}
			for c, name := range table.Columns {
				row.Columns[name] = cells[c]
				row.Quantities[name] = nil
			}
			row.Quantities["target"] = []model.Quantity{{Value: 50, Unit: "ms", Text: "50 ms"}}
			table.Rows = append(table.Rows, row)
		}
		doc.Tables = append(doc.Tables, table)
	}
	for l := range 12 {
		list := model.List{Section: doc.Sections[l*4].ID, Line: 700 + 10*l}
		for i := range 5 {
			list.Items = append(list.Items, model.ListItem{Text: "Deploy with a canary and roll back on errors", Line: 700 + 10*l + i})
		}
		doc.Lists = append(doc.Lists, list)
	}
	for b := range 8 {
		doc.CodeBlocks = append(doc.CodeBlocks, model.CodeBlock{
			Section: doc.Sections[b*6].ID, Lang: "yaml", Fenced: true, Line: 900 + 10*b, EndLine: 908 + 10*b,
			Content: "openapi: 3.0.3\ninfo:\n  title: Bench API\n  version: 1.0.0\npaths: {}\n",
		})
	}
	doc.Lines = 1000
	return doc
}

// BenchmarkInputValue measures building the Rego input from the model.
func BenchmarkInputValue(b *testing.B) {
	doc := benchDocument()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := inputValue(doc); err != nil {
			b.Fatal(err)
		}
	}
}

package policy

import (
	"bytes"
	"encoding/json"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/addlint/addlint/internal/model"
)

// complexDocument fills every field of the model, nested ones included.
func complexDocument() *model.Document {
	doc := model.NewDocument("docs/payments-add.md")
	doc.Title = &model.Title{Text: "Architecture Design Document: Payments", SystemName: "Payments", Line: 1, Column: 1}
	doc.Metadata["date"] = model.MetadataEntry{Key: "Date", Value: "2026-03-14", Line: 3, Column: 1, Source: "bold"}
	doc.Metadata["tags"] = model.MetadataEntry{Key: "tags", Value: `["a","b"]`, Line: 2, Column: 1, Source: "front_matter"}
	doc.FrontMatter = map[string]any{
		"type":    "add",
		"version": 1.5,
		"count":   3,
		"big":     int64(1) << 40,
		"draft":   true,
		"nothing": nil,
		"tags":    []any{"a", 2, map[string]any{"deep": []any{1.25, "x"}}},
		"when":    time.Date(2026, 3, 14, 10, 30, 0, 0, time.UTC),
		"nested":  map[string]any{"owner": map[string]any{"team": "platform"}},
	}
	doc.FrontMatterError = &model.Diagnostic{Message: "mapping values are not allowed", Line: 4, Column: 7}
	doc.Status = "approved"
	doc.Sections = []model.Section{
		{ID: "executive-summary", Slug: "executive-summary", Title: "Executive Summary", Level: 2, Path: []string{"Executive Summary"}, Line: 9, Column: 1, EndLine: 12, Text: "The gateway authorizes payments.", Words: 4, HasContent: true},
		{ID: "executive-summary/scope", Slug: "scope", Title: "Scope", Level: 3, Parent: "executive-summary", Path: []string{"Executive Summary", "Scope"}, Line: 11, Column: 1, EndLine: 12},
	}
	quantities := []model.Quantity{{Value: 250, Unit: "ms", Text: "250 ms"}, {Value: 99.95, Unit: "%", Text: "99.95%"}, {Value: 10000, Unit: "rps", Text: "10k rps"}}
	doc.Fields = []model.Field{{Section: "executive-summary", Key: "Latency", Value: "p99 < 250 ms", Line: 10, Column: 3, Quantities: quantities}}
	doc.Tables = []model.Table{{
		Section: "executive-summary", Line: 20, EndLine: 22,
		Header: []string{"Component", "Technology"}, Columns: []string{"component", "technology"},
		Rows: []model.TableRow{{
			Line: 22, Cells: []string{"Cache", "Redis"}, CellColumns: []int{3, 11},
			Columns:    map[string]string{"component": "Cache", "technology": "Redis"},
			Quantities: map[string][]model.Quantity{"technology": quantities[:1], "component": {}},
		}},
	}}
	doc.Checklists = []model.Checklist{{Section: "executive-summary", Line: 30, Items: []model.ChecklistItem{{Text: "Done", Checked: true, Line: 30, Column: 1}, {Text: "Open", Line: 31, Column: 1}}}}
	doc.Lists = []model.List{{Section: "", Line: 40, Ordered: true, Items: []model.ListItem{{Text: "one", Line: 40}}}}
	doc.CodeBlocks = []model.CodeBlock{
		{Section: "executive-summary", Lang: "yaml", Fenced: true, Line: 50, EndLine: 53, Content: "a: [\n", ParseError: &model.BlockError{Message: "did not find expected node", Line: 1, FileLine: 51}},
		{Lang: "", Line: 60, EndLine: 61, Content: "plain\n"},
	}
	doc.Links = []model.Link{{Section: "executive-summary", Text: "spec", Target: "#api-design", Line: 12, Column: 5}}
	doc.Images = []model.Link{{Text: "diagram", Target: "arch.png", Line: 13, Column: 1}}
	doc.Placeholders = []model.Placeholder{{Section: "executive-summary", Text: "[System Name]", Line: 14, Column: 9}}
	doc.Suppressions = []model.Suppression{
		{Rules: []string{"placeholder", "title"}, Kind: model.SuppressDisable, Line: 15, Column: 1, FromLine: 15, ToLine: 20},
		{Rules: []string{}, Kind: model.SuppressEnable, Line: 21, Column: 1},
	}
	doc.Lines = 99
	return doc
}

// jsonValue is the model as OPA would see it after a JSON round trip.
func jsonValue(t *testing.T, doc *model.Document) ast.Value {
	t.Helper()
	encoded, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	decoder := json.NewDecoder(bytes.NewReader(encoded))
	decoder.UseNumber()
	var decoded any
	if err := decoder.Decode(&decoded); err != nil {
		t.Fatal(err)
	}
	value, err := ast.InterfaceToValue(decoded)
	if err != nil {
		t.Fatal(err)
	}
	return value
}

func TestInputValueEqualsTheJSONModel(t *testing.T) {
	for name, doc := range map[string]*model.Document{
		"complex": complexDocument(),
		"empty":   model.NewDocument("empty.md"),
	} {
		t.Run(name, func(t *testing.T) {
			got, err := inputValue(doc)
			if err != nil {
				t.Fatal(err)
			}
			want := jsonValue(t, doc)
			if got.Compare(want) != 0 {
				t.Errorf("inputValue differs from the JSON model:\n got %v\nwant %v", got, want)
			}
		})
	}
}

func TestInputValueTurnsNilListsIntoEmptyArrays(t *testing.T) {
	doc := &model.Document{Path: "bare.md", Sections: []model.Section{{ID: "a"}}, Tables: []model.Table{{Rows: []model.TableRow{{}}}}}
	value, err := inputValue(doc)
	if err != nil {
		t.Fatal(err)
	}
	object := value.(ast.Object)
	for _, path := range []string{"fields", "links", "suppressions"} {
		if got := object.Get(ast.StringTerm(path)).Value; got.Compare(ast.NewArray()) != 0 {
			t.Errorf("%s = %v, want []", path, got)
		}
	}
	section := object.Get(ast.StringTerm("sections")).Value.(*ast.Array).Elem(0).Value.(ast.Object)
	if got := section.Get(ast.StringTerm("path")).Value; got.Compare(ast.NewArray()) != 0 {
		t.Errorf("section path = %v, want []", got)
	}
	row := object.Get(ast.StringTerm("tables")).Value.(*ast.Array).Elem(0).Value.(ast.Object).
		Get(ast.StringTerm("rows")).Value.(*ast.Array).Elem(0).Value.(ast.Object)
	if got := row.Get(ast.StringTerm("columns")).Value; got.Compare(ast.NewObject()) != 0 {
		t.Errorf("row columns = %v, want {}", got)
	}
	for _, key := range []string{"metadata"} {
		if got := object.Get(ast.StringTerm(key)).Value; got.Compare(ast.NewObject()) != 0 {
			t.Errorf("%s = %v, want {}", key, got)
		}
	}
	for _, key := range []string{"title", "front_matter", "front_matter_error"} {
		if got := object.Get(ast.StringTerm(key)).Value; got.Compare(ast.NullTerm().Value) != 0 {
			t.Errorf("%s = %v, want null", key, got)
		}
	}
}

func TestInputValueHandlesYAMLMaps(t *testing.T) {
	doc := model.NewDocument("front.md")
	doc.FrontMatter = map[string]any{"odd": map[any]any{1: "one", "two": 2}}
	value, err := inputValue(doc)
	if err != nil {
		t.Fatal(err)
	}
	got := value.(ast.Object).Get(ast.StringTerm("front_matter")).Value
	want := ast.MustParseTerm(`{"odd": {"1": "one", "two": 2}}`).Value
	if got.Compare(want) != 0 {
		t.Errorf("front_matter = %v, want %v", got, want)
	}
}

package policy

import (
	"encoding/json"
	"fmt"
	"strconv"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/addlint/addlint/internal/model"
)

// inputValue builds the Rego input straight from the model, with the keys of
// the model's JSON tags. Nil slices and maps become empty arrays and objects;
// a nil title, front matter or diagnostic becomes null. input_test.go checks
// that the result equals the JSON encoding of the model.
func inputValue(doc *model.Document) (ast.Value, error) {
	b := newTermBuilder()
	frontMatter, err := b.anyMapTerm(doc.FrontMatter)
	if err != nil {
		return nil, fmt.Errorf("front matter: %w", err)
	}
	return ast.NewObject(
		item("path", b.str(doc.Path)),
		item("title", b.titleTerm(doc.Title)),
		item("metadata", b.metadataTerm(doc.Metadata)),
		item("front_matter", frontMatter),
		item("front_matter_error", b.diagnosticTerm(doc.FrontMatterError)),
		item("status", b.str(doc.Status)),
		item("sections", arrayOf(doc.Sections, b.sectionTerm)),
		item("fields", arrayOf(doc.Fields, b.fieldTerm)),
		item("tables", arrayOf(doc.Tables, b.tableTerm)),
		item("checklists", arrayOf(doc.Checklists, b.checklistTerm)),
		item("lists", arrayOf(doc.Lists, b.listTerm)),
		item("code_blocks", arrayOf(doc.CodeBlocks, b.codeBlockTerm)),
		item("links", arrayOf(doc.Links, b.linkTerm)),
		item("images", arrayOf(doc.Images, b.linkTerm)),
		item("placeholders", arrayOf(doc.Placeholders, b.placeholderTerm)),
		item("suppressions", arrayOf(doc.Suppressions, b.suppressionTerm)),
		item("lines", ast.InternedTerm(doc.Lines)),
	), nil
}

// termBuilder builds the terms of one input. It hands out one term per
// distinct short string, since a document repeats many (section ids in every
// element, a table cell in its row's cells and columns, column names in
// every row), and OPA never modifies the terms of an input.
type termBuilder struct {
	strings map[string]*ast.Term
}

func newTermBuilder() *termBuilder {
	return &termBuilder{strings: map[string]*ast.Term{}}
}

// sharedLength is the length up to which strings are shared: longer ones
// (a section's prose, a code block) rarely repeat and cost more to look up.
const sharedLength = 64

// str returns the term of text, shared with every other use of text when
// text is short.
func (b *termBuilder) str(text string) *ast.Term {
	if text == "" {
		return ast.InternedEmptyString
	}
	if len(text) > sharedLength {
		return ast.StringTerm(text)
	}
	if term, ok := b.strings[text]; ok {
		return term
	}
	term := ast.StringTerm(text)
	b.strings[text] = term
	return term
}

// strs returns an array of strings.
func (b *termBuilder) strs(values []string) *ast.Term {
	return arrayOf(values, b.str)
}

// keyTerms holds one shared, never modified term per key of the model, so
// that building the input does not allocate the same keys again and again.
var keyTerms = func() map[string]*ast.Term {
	keys := []string{
		"path", "title", "metadata", "front_matter", "front_matter_error", "status", "sections",
		"fields", "tables", "checklists", "lists", "code_blocks", "links", "images", "placeholders",
		"suppressions", "lines", "text", "system_name", "line", "column", "key", "value", "source",
		"message", "id", "slug", "level", "parent", "end_line", "words", "has_content", "unit",
		"section", "quantities", "header", "columns", "rows", "cells", "cell_columns", "items",
		"checked", "ordered", "lang", "fenced", "content", "parse_error", "file_line", "target",
		"rules", "kind", "from_line", "to_line", "normalized_title", "normalized_key",
	}
	terms := make(map[string]*ast.Term, len(keys))
	for _, key := range keys {
		terms[key] = ast.StringTerm(key)
	}
	return terms
}()

func item(key string, value *ast.Term) [2]*ast.Term {
	if term, ok := keyTerms[key]; ok {
		return [2]*ast.Term{term, value}
	}
	return [2]*ast.Term{ast.StringTerm(key), value}
}

// pair is item for a key that is data (a table's column name, a front matter
// key): its term is shared like any other string of the input.
func (b *termBuilder) pair(key string, value *ast.Term) [2]*ast.Term {
	return [2]*ast.Term{b.str(key), value}
}

// objectOf builds an object; an empty one is the shared empty object.
func objectOf(items [][2]*ast.Term) *ast.Term {
	if len(items) == 0 {
		return ast.InternedEmptyObject
	}
	return ast.ObjectTerm(items...)
}

// arrayOf converts each element with term; an empty list is the shared empty
// array.
func arrayOf[T any](elements []T, term func(T) *ast.Term) *ast.Term {
	if len(elements) == 0 {
		return ast.InternedEmptyArray
	}
	terms := make([]*ast.Term, len(elements))
	for i, element := range elements {
		terms[i] = term(element)
	}
	return ast.ArrayTerm(terms...)
}

func intTerm(n int) *ast.Term {
	return ast.InternedTerm(n)
}

func (b *termBuilder) titleTerm(title *model.Title) *ast.Term {
	if title == nil {
		return ast.InternedNullTerm
	}
	return ast.ObjectTerm(
		item("text", b.str(title.Text)),
		item("system_name", b.str(title.SystemName)),
		item("line", intTerm(title.Line)),
		item("column", intTerm(title.Column)),
	)
}

func (b *termBuilder) metadataTerm(metadata map[string]model.MetadataEntry) *ast.Term {
	items := make([][2]*ast.Term, 0, len(metadata))
	for key, entry := range metadata {
		items = append(items, b.pair(key, ast.ObjectTerm(
			item("key", b.str(entry.Key)),
			item("value", b.str(entry.Value)),
			item("line", intTerm(entry.Line)),
			item("column", intTerm(entry.Column)),
			item("source", b.str(entry.Source)),
		)))
	}
	return objectOf(items)
}

func (b *termBuilder) diagnosticTerm(diagnostic *model.Diagnostic) *ast.Term {
	if diagnostic == nil {
		return ast.InternedNullTerm
	}
	return ast.ObjectTerm(
		item("message", b.str(diagnostic.Message)),
		item("line", intTerm(diagnostic.Line)),
		item("column", intTerm(diagnostic.Column)),
	)
}

func (b *termBuilder) sectionTerm(section model.Section) *ast.Term {
	return ast.ObjectTerm(
		item("id", b.str(section.ID)),
		item("slug", b.str(section.Slug)),
		item("title", b.str(section.Title)),
		item("normalized_title", b.str(section.NormalizedTitle)),
		item("level", intTerm(section.Level)),
		item("parent", b.str(section.Parent)),
		item("path", b.strs(section.Path)),
		item("line", intTerm(section.Line)),
		item("column", intTerm(section.Column)),
		item("end_line", intTerm(section.EndLine)),
		item("text", b.str(section.Text)),
		item("words", intTerm(section.Words)),
		item("has_content", ast.InternedTerm(section.HasContent)),
	)
}

func (b *termBuilder) quantityTerm(quantity model.Quantity) *ast.Term {
	return ast.ObjectTerm(
		item("value", ast.FloatNumberTerm(quantity.Value)),
		item("unit", b.str(quantity.Unit)),
		item("text", b.str(quantity.Text)),
	)
}

func (b *termBuilder) fieldTerm(field model.Field) *ast.Term {
	return ast.ObjectTerm(
		item("section", b.str(field.Section)),
		item("key", b.str(field.Key)),
		item("normalized_key", b.str(field.NormalizedKey)),
		item("value", b.str(field.Value)),
		item("line", intTerm(field.Line)),
		item("column", intTerm(field.Column)),
		item("quantities", arrayOf(field.Quantities, b.quantityTerm)),
	)
}

func (b *termBuilder) tableTerm(table model.Table) *ast.Term {
	return ast.ObjectTerm(
		item("section", b.str(table.Section)),
		item("line", intTerm(table.Line)),
		item("end_line", intTerm(table.EndLine)),
		item("header", b.strs(table.Header)),
		item("columns", b.strs(table.Columns)),
		item("rows", arrayOf(table.Rows, b.tableRowTerm)),
	)
}

func (b *termBuilder) tableRowTerm(row model.TableRow) *ast.Term {
	columns := make([][2]*ast.Term, 0, len(row.Columns))
	for name, text := range row.Columns {
		columns = append(columns, b.pair(name, b.str(text)))
	}
	quantities := make([][2]*ast.Term, 0, len(row.Quantities))
	for name, found := range row.Quantities {
		quantities = append(quantities, b.pair(name, arrayOf(found, b.quantityTerm)))
	}
	return ast.ObjectTerm(
		item("line", intTerm(row.Line)),
		item("cells", b.strs(row.Cells)),
		item("cell_columns", arrayOf(row.CellColumns, intTerm)),
		item("columns", objectOf(columns)),
		item("quantities", objectOf(quantities)),
	)
}

func (b *termBuilder) checklistTerm(checklist model.Checklist) *ast.Term {
	return ast.ObjectTerm(
		item("section", b.str(checklist.Section)),
		item("line", intTerm(checklist.Line)),
		item("items", arrayOf(checklist.Items, b.checklistItemTerm)),
	)
}

func (b *termBuilder) checklistItemTerm(checklistItem model.ChecklistItem) *ast.Term {
	return ast.ObjectTerm(
		item("text", b.str(checklistItem.Text)),
		item("checked", ast.InternedTerm(checklistItem.Checked)),
		item("line", intTerm(checklistItem.Line)),
		item("column", intTerm(checklistItem.Column)),
	)
}

func (b *termBuilder) listTerm(list model.List) *ast.Term {
	return ast.ObjectTerm(
		item("section", b.str(list.Section)),
		item("line", intTerm(list.Line)),
		item("ordered", ast.InternedTerm(list.Ordered)),
		item("items", arrayOf(list.Items, b.listItemTerm)),
	)
}

func (b *termBuilder) listItemTerm(listItem model.ListItem) *ast.Term {
	return ast.ObjectTerm(
		item("text", b.str(listItem.Text)),
		item("line", intTerm(listItem.Line)),
	)
}

func (b *termBuilder) codeBlockTerm(block model.CodeBlock) *ast.Term {
	parseError := ast.InternedNullTerm
	if block.ParseError != nil {
		parseError = ast.ObjectTerm(
			item("message", b.str(block.ParseError.Message)),
			item("line", intTerm(block.ParseError.Line)),
			item("file_line", intTerm(block.ParseError.FileLine)),
		)
	}
	return ast.ObjectTerm(
		item("section", b.str(block.Section)),
		item("lang", b.str(block.Lang)),
		item("fenced", ast.InternedTerm(block.Fenced)),
		item("line", intTerm(block.Line)),
		item("end_line", intTerm(block.EndLine)),
		item("content", b.str(block.Content)),
		item("parse_error", parseError),
	)
}

func (b *termBuilder) linkTerm(link model.Link) *ast.Term {
	return ast.ObjectTerm(
		item("section", b.str(link.Section)),
		item("text", b.str(link.Text)),
		item("target", b.str(link.Target)),
		item("line", intTerm(link.Line)),
		item("column", intTerm(link.Column)),
	)
}

func (b *termBuilder) placeholderTerm(placeholder model.Placeholder) *ast.Term {
	return ast.ObjectTerm(
		item("section", b.str(placeholder.Section)),
		item("text", b.str(placeholder.Text)),
		item("line", intTerm(placeholder.Line)),
		item("column", intTerm(placeholder.Column)),
	)
}

func (b *termBuilder) suppressionTerm(suppression model.Suppression) *ast.Term {
	return ast.ObjectTerm(
		item("rules", b.strs(suppression.Rules)),
		item("kind", b.str(suppression.Kind)),
		item("line", intTerm(suppression.Line)),
		item("column", intTerm(suppression.Column)),
		item("from_line", intTerm(suppression.FromLine)),
		item("to_line", intTerm(suppression.ToLine)),
	)
}

// anyMapTerm converts front matter; a nil map is null.
func (b *termBuilder) anyMapTerm(values map[string]any) (*ast.Term, error) {
	if values == nil {
		return ast.InternedNullTerm, nil
	}
	return b.anyTerm(values)
}

// anyTerm converts a value decoded from YAML or JSON the way encoding/json
// would encode it: times as RFC 3339 strings, map keys as strings.
func (b *termBuilder) anyTerm(value any) (*ast.Term, error) {
	switch v := value.(type) {
	case nil:
		return ast.InternedNullTerm, nil
	case bool:
		return ast.InternedTerm(v), nil
	case string:
		return b.str(v), nil
	case int:
		return ast.InternedTerm(v), nil
	case int64:
		return ast.NumberTerm(json.Number(strconv.FormatInt(v, 10))), nil
	case uint64:
		return ast.NumberTerm(json.Number(strconv.FormatUint(v, 10))), nil
	case float64:
		return ast.FloatNumberTerm(v), nil
	case json.Number:
		return ast.NumberTerm(v), nil
	case time.Time:
		return b.str(v.Format(time.RFC3339Nano)), nil
	case []any:
		terms := make([]*ast.Term, len(v))
		for i, element := range v {
			term, err := b.anyTerm(element)
			if err != nil {
				return nil, err
			}
			terms[i] = term
		}
		return ast.ArrayTerm(terms...), nil
	case map[string]any:
		items := make([][2]*ast.Term, 0, len(v))
		for key, element := range v {
			term, err := b.anyTerm(element)
			if err != nil {
				return nil, fmt.Errorf("key %q: %w", key, err)
			}
			items = append(items, b.pair(key, term))
		}
		return objectOf(items), nil
	case map[any]any:
		plain := make(map[string]any, len(v))
		for key, element := range v {
			plain[fmt.Sprint(key)] = element
		}
		return b.anyTerm(plain)
	}
	converted, err := ast.InterfaceToValue(value)
	if err != nil {
		return nil, fmt.Errorf("converting %T: %w", value, err)
	}
	return ast.NewTerm(converted), nil
}

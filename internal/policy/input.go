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
	frontMatter, err := anyMapTerm(doc.FrontMatter)
	if err != nil {
		return nil, fmt.Errorf("front matter: %w", err)
	}
	return ast.NewObject(
		item("path", ast.StringTerm(doc.Path)),
		item("title", titleTerm(doc.Title)),
		item("metadata", metadataTerm(doc.Metadata)),
		item("front_matter", frontMatter),
		item("front_matter_error", diagnosticTerm(doc.FrontMatterError)),
		item("status", ast.StringTerm(doc.Status)),
		item("sections", arrayOf(doc.Sections, sectionTerm)),
		item("fields", arrayOf(doc.Fields, fieldTerm)),
		item("tables", arrayOf(doc.Tables, tableTerm)),
		item("checklists", arrayOf(doc.Checklists, checklistTerm)),
		item("lists", arrayOf(doc.Lists, listTerm)),
		item("code_blocks", arrayOf(doc.CodeBlocks, codeBlockTerm)),
		item("links", arrayOf(doc.Links, linkTerm)),
		item("images", arrayOf(doc.Images, linkTerm)),
		item("placeholders", arrayOf(doc.Placeholders, placeholderTerm)),
		item("suppressions", arrayOf(doc.Suppressions, suppressionTerm)),
		item("lines", ast.InternedTerm(doc.Lines)),
	), nil
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
		"rules", "kind", "from_line", "to_line",
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

func arrayOf[T any](elements []T, term func(T) *ast.Term) *ast.Term {
	terms := make([]*ast.Term, len(elements))
	for i, element := range elements {
		terms[i] = term(element)
	}
	return ast.ArrayTerm(terms...)
}

func intTerm(n int) *ast.Term {
	return ast.InternedTerm(n)
}

func stringsTerm(values []string) *ast.Term {
	return arrayOf(values, ast.StringTerm)
}

func titleTerm(title *model.Title) *ast.Term {
	if title == nil {
		return ast.NullTerm()
	}
	return ast.ObjectTerm(
		item("text", ast.StringTerm(title.Text)),
		item("system_name", ast.StringTerm(title.SystemName)),
		item("line", intTerm(title.Line)),
		item("column", intTerm(title.Column)),
	)
}

func metadataTerm(metadata map[string]model.MetadataEntry) *ast.Term {
	items := make([][2]*ast.Term, 0, len(metadata))
	for key, entry := range metadata {
		items = append(items, [2]*ast.Term{ast.StringTerm(key), ast.ObjectTerm(
			item("key", ast.StringTerm(entry.Key)),
			item("value", ast.StringTerm(entry.Value)),
			item("line", intTerm(entry.Line)),
			item("column", intTerm(entry.Column)),
			item("source", ast.StringTerm(entry.Source)),
		)})
	}
	return ast.ObjectTerm(items...)
}

func diagnosticTerm(diagnostic *model.Diagnostic) *ast.Term {
	if diagnostic == nil {
		return ast.NullTerm()
	}
	return ast.ObjectTerm(
		item("message", ast.StringTerm(diagnostic.Message)),
		item("line", intTerm(diagnostic.Line)),
		item("column", intTerm(diagnostic.Column)),
	)
}

func sectionTerm(section model.Section) *ast.Term {
	return ast.ObjectTerm(
		item("id", ast.StringTerm(section.ID)),
		item("slug", ast.StringTerm(section.Slug)),
		item("title", ast.StringTerm(section.Title)),
		item("level", intTerm(section.Level)),
		item("parent", ast.StringTerm(section.Parent)),
		item("path", stringsTerm(section.Path)),
		item("line", intTerm(section.Line)),
		item("column", intTerm(section.Column)),
		item("end_line", intTerm(section.EndLine)),
		item("text", ast.StringTerm(section.Text)),
		item("words", intTerm(section.Words)),
		item("has_content", ast.InternedTerm(section.HasContent)),
	)
}

func quantityTerm(quantity model.Quantity) *ast.Term {
	return ast.ObjectTerm(
		item("value", ast.FloatNumberTerm(quantity.Value)),
		item("unit", ast.StringTerm(quantity.Unit)),
		item("text", ast.StringTerm(quantity.Text)),
	)
}

func fieldTerm(field model.Field) *ast.Term {
	return ast.ObjectTerm(
		item("section", ast.StringTerm(field.Section)),
		item("key", ast.StringTerm(field.Key)),
		item("value", ast.StringTerm(field.Value)),
		item("line", intTerm(field.Line)),
		item("column", intTerm(field.Column)),
		item("quantities", arrayOf(field.Quantities, quantityTerm)),
	)
}

func tableTerm(table model.Table) *ast.Term {
	return ast.ObjectTerm(
		item("section", ast.StringTerm(table.Section)),
		item("line", intTerm(table.Line)),
		item("end_line", intTerm(table.EndLine)),
		item("header", stringsTerm(table.Header)),
		item("columns", stringsTerm(table.Columns)),
		item("rows", arrayOf(table.Rows, tableRowTerm)),
	)
}

func tableRowTerm(row model.TableRow) *ast.Term {
	columns := make([][2]*ast.Term, 0, len(row.Columns))
	for name, text := range row.Columns {
		columns = append(columns, item(name, ast.StringTerm(text)))
	}
	quantities := make([][2]*ast.Term, 0, len(row.Quantities))
	for name, found := range row.Quantities {
		quantities = append(quantities, item(name, arrayOf(found, quantityTerm)))
	}
	return ast.ObjectTerm(
		item("line", intTerm(row.Line)),
		item("cells", stringsTerm(row.Cells)),
		item("cell_columns", arrayOf(row.CellColumns, intTerm)),
		item("columns", ast.ObjectTerm(columns...)),
		item("quantities", ast.ObjectTerm(quantities...)),
	)
}

func checklistTerm(checklist model.Checklist) *ast.Term {
	return ast.ObjectTerm(
		item("section", ast.StringTerm(checklist.Section)),
		item("line", intTerm(checklist.Line)),
		item("items", arrayOf(checklist.Items, checklistItemTerm)),
	)
}

func checklistItemTerm(checklistItem model.ChecklistItem) *ast.Term {
	return ast.ObjectTerm(
		item("text", ast.StringTerm(checklistItem.Text)),
		item("checked", ast.InternedTerm(checklistItem.Checked)),
		item("line", intTerm(checklistItem.Line)),
		item("column", intTerm(checklistItem.Column)),
	)
}

func listTerm(list model.List) *ast.Term {
	return ast.ObjectTerm(
		item("section", ast.StringTerm(list.Section)),
		item("line", intTerm(list.Line)),
		item("ordered", ast.InternedTerm(list.Ordered)),
		item("items", arrayOf(list.Items, listItemTerm)),
	)
}

func listItemTerm(listItem model.ListItem) *ast.Term {
	return ast.ObjectTerm(
		item("text", ast.StringTerm(listItem.Text)),
		item("line", intTerm(listItem.Line)),
	)
}

func codeBlockTerm(block model.CodeBlock) *ast.Term {
	parseError := ast.NullTerm()
	if block.ParseError != nil {
		parseError = ast.ObjectTerm(
			item("message", ast.StringTerm(block.ParseError.Message)),
			item("line", intTerm(block.ParseError.Line)),
			item("file_line", intTerm(block.ParseError.FileLine)),
		)
	}
	return ast.ObjectTerm(
		item("section", ast.StringTerm(block.Section)),
		item("lang", ast.StringTerm(block.Lang)),
		item("fenced", ast.InternedTerm(block.Fenced)),
		item("line", intTerm(block.Line)),
		item("end_line", intTerm(block.EndLine)),
		item("content", ast.StringTerm(block.Content)),
		item("parse_error", parseError),
	)
}

func linkTerm(link model.Link) *ast.Term {
	return ast.ObjectTerm(
		item("section", ast.StringTerm(link.Section)),
		item("text", ast.StringTerm(link.Text)),
		item("target", ast.StringTerm(link.Target)),
		item("line", intTerm(link.Line)),
		item("column", intTerm(link.Column)),
	)
}

func placeholderTerm(placeholder model.Placeholder) *ast.Term {
	return ast.ObjectTerm(
		item("section", ast.StringTerm(placeholder.Section)),
		item("text", ast.StringTerm(placeholder.Text)),
		item("line", intTerm(placeholder.Line)),
		item("column", intTerm(placeholder.Column)),
	)
}

func suppressionTerm(suppression model.Suppression) *ast.Term {
	return ast.ObjectTerm(
		item("rules", stringsTerm(suppression.Rules)),
		item("kind", ast.StringTerm(suppression.Kind)),
		item("line", intTerm(suppression.Line)),
		item("column", intTerm(suppression.Column)),
		item("from_line", intTerm(suppression.FromLine)),
		item("to_line", intTerm(suppression.ToLine)),
	)
}

// anyMapTerm converts front matter; a nil map is null.
func anyMapTerm(values map[string]any) (*ast.Term, error) {
	if values == nil {
		return ast.NullTerm(), nil
	}
	return anyTerm(values)
}

// anyTerm converts a value decoded from YAML or JSON the way encoding/json
// would encode it: times as RFC 3339 strings, map keys as strings.
func anyTerm(value any) (*ast.Term, error) {
	switch v := value.(type) {
	case nil:
		return ast.NullTerm(), nil
	case bool:
		return ast.InternedTerm(v), nil
	case string:
		return ast.StringTerm(v), nil
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
		return ast.StringTerm(v.Format(time.RFC3339Nano)), nil
	case []any:
		terms := make([]*ast.Term, len(v))
		for i, element := range v {
			term, err := anyTerm(element)
			if err != nil {
				return nil, err
			}
			terms[i] = term
		}
		return ast.ArrayTerm(terms...), nil
	case map[string]any:
		items := make([][2]*ast.Term, 0, len(v))
		for key, element := range v {
			term, err := anyTerm(element)
			if err != nil {
				return nil, fmt.Errorf("key %q: %w", key, err)
			}
			items = append(items, item(key, term))
		}
		return ast.ObjectTerm(items...), nil
	case map[any]any:
		plain := make(map[string]any, len(v))
		for key, element := range v {
			plain[fmt.Sprint(key)] = element
		}
		return anyTerm(plain)
	}
	converted, err := ast.InterfaceToValue(value)
	if err != nil {
		return nil, fmt.Errorf("converting %T: %w", value, err)
	}
	return ast.NewTerm(converted), nil
}

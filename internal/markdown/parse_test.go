package markdown

import (
	"reflect"
	"strings"
	"testing"

	"github.com/addlint/addlint/internal/model"
)

// mustParse parses src and checks the model's invariants.
func mustParse(t *testing.T, src string) *model.Document {
	t.Helper()
	doc, err := Parse("doc.md", []byte(src))
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	checkInvariants(t, doc)
	return doc
}

func TestLines(t *testing.T) {
	tests := map[string]int{"": 0, "a": 1, "a\n": 1, "a\nb": 2, "a\nb\n": 2, "\n": 1, "\n\n": 2, "a\r\nb\r\n": 2, "a\rb": 2}
	for src, want := range tests {
		if got := mustParse(t, src).Lines; got != want {
			t.Errorf("Lines(%q) = %d, want %d", src, got, want)
		}
	}
}

func TestSections(t *testing.T) {
	src := strings.Join([]string{
		"Preamble text.", // 1
		"# Title",        // 2
		"Intro words here.",
		"## A", // 4
		"text of a",
		"### A1", // 6
		"```",
		"# not a heading",
		"```",
		"## B", // 10
		"",
		"Setext C", // 12
		"--------",
		"- item",
		"",
		"> ### Quoted", // 16
		"",
	}, "\n")
	doc := mustParse(t, src)
	type sec struct {
		ID, Parent    string
		Level         int
		Line, EndLine int
		Path          []string
		Text          string
		Words         int
		HasContent    bool
	}
	want := []sec{
		{"title", "", 1, 2, 16, []string{"Title"}, "Intro words here.", 3, true},
		{"a", "title", 2, 4, 9, []string{"Title", "A"}, "text of a", 3, true},
		{"a/a1", "a", 3, 6, 9, []string{"Title", "A", "A1"}, "", 0, true},
		{"b", "title", 2, 10, 11, []string{"Title", "B"}, "", 0, false},
		{"setext-c", "title", 2, 12, 16, []string{"Title", "Setext C"}, "item", 1, true},
		{"setext-c/quoted", "setext-c", 3, 16, 16, []string{"Title", "Setext C", "Quoted"}, "", 0, false},
	}
	var got []sec
	for _, s := range doc.Sections {
		got = append(got, sec{s.ID, s.Parent, s.Level, s.Line, s.EndLine, s.Path, s.Text, s.Words, s.HasContent})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sections\n got %+v\nwant %+v", got, want)
	}
}

func TestSectionText(t *testing.T) {
	src := "## S\nA *paragraph*  with\n**markup** &amp; `code`.\n\n> quoted words\n\n| H |\n|---|\n| cell |\n\n- item one\n- item **two**\n\n```\nnot prose\n```\n<!-- comment -->\n### Sub\nsub text\n"
	doc := mustParse(t, src)
	want := "A paragraph with markup & code. quoted words H cell item one item two"
	if got := doc.Sections[0].Text; got != want {
		t.Errorf("text = %q, want %q", got, want)
	}
	if got := doc.Sections[0].Words; got != 13 { // "&" is not a word
		t.Errorf("words = %d, want 13", got)
	}
	if doc.Sections[1].Text != "sub text" {
		t.Errorf("subsection text = %q", doc.Sections[1].Text)
	}
}

func TestHasContent(t *testing.T) {
	tests := map[string]bool{
		"## S\n":                          false,
		"## S\n<!-- only a comment -->\n": false,
		"## S\n---\n":                     false,
		"## S\ntext\n":                    true,
		"## S\n```\ncode\n```\n":          true,
		"## S\n    code\n":                true,
		"## S\n- item\n":                  true,
		"## S\n| a |\n|---|\n":            true,
		"## S\n![diagram](d.png)\n":       true,
		"## S\n<details>x</details>\n":    true,
		"## S\n### Child\ntext\n":         false,
	}
	for src, want := range tests {
		if got := mustParse(t, src).Sections[0].HasContent; got != want {
			t.Errorf("has_content of %q = %v, want %v", src, got, want)
		}
	}
}

func TestListsAndChecklists(t *testing.T) {
	src := "## Gates\n- [x] checked item\n- [ ] open item\n- plain item\n  - nested one\n  - nested **two**\n    1. deep\n- [X] upper box\n\n3. ordered\n4. list\n"
	doc := mustParse(t, src)
	wantChecklists := []model.Checklist{{Section: "gates", Line: 2, Items: []model.ChecklistItem{
		{Text: "checked item", Checked: true, Line: 2, Column: 1},
		{Text: "open item", Checked: false, Line: 3, Column: 1},
		{Text: "upper box", Checked: true, Line: 8, Column: 1},
	}}}
	wantLists := []model.List{
		{Section: "gates", Line: 4, Items: []model.ListItem{{Text: "plain item", Line: 4}}},
		{Section: "gates", Line: 5, Items: []model.ListItem{{Text: "nested one", Line: 5}, {Text: "nested two", Line: 6}}},
		{Section: "gates", Line: 7, Ordered: true, Items: []model.ListItem{{Text: "deep", Line: 7}}},
		{Section: "gates", Line: 10, Ordered: true, Items: []model.ListItem{{Text: "ordered", Line: 10}, {Text: "list", Line: 11}}},
	}
	if !reflect.DeepEqual(doc.Checklists, wantChecklists) {
		t.Errorf("checklists\n got %+v\nwant %+v", doc.Checklists, wantChecklists)
	}
	if !reflect.DeepEqual(doc.Lists, wantLists) {
		t.Errorf("lists\n got %+v\nwant %+v", doc.Lists, wantLists)
	}
}

func TestLooseListItemText(t *testing.T) {
	doc := mustParse(t, "- first paragraph\n\n  second paragraph\n\n  ```\n  code\n  ```\n- next\n")
	want := []model.ListItem{{Text: "first paragraph second paragraph", Line: 1}, {Text: "next", Line: 8}}
	if !reflect.DeepEqual(doc.Lists[0].Items, want) {
		t.Errorf("items = %+v, want %+v", doc.Lists[0].Items, want)
	}
}

func TestCodeBlocks(t *testing.T) {
	src := strings.Join([]string{
		"# T",             // 1
		"```YAML title=x", // 2
		"a: 1",            // 3
		"```",             // 4
		"~~~~{.json}",     // 5
		`{"a": 1,}`,       // 6
		"~~~~",            // 7
		"```yml",          // 8
		"a: 1",            // 9
		"---",             // 10
		"b: [1, 2",        // 11
		"```",             // 12
		"",                // 13
		"    indented",    // 14
		"    code",        // 15
		"",                // 16
		"> ```mermaid",    // 17
		"> graph TB",      // 18
		"> ```",           // 19
		"- item",          // 20
		"",                // 21
		"  ```sql",        // 22
		"  SELECT 1;",     // 23
		"  ```",           // 24
		"```",             // 25
		"never closed",    // 26
	}, "\n")
	doc := mustParse(t, src)
	type block struct {
		Lang          string
		Fenced        bool
		Line, EndLine int
		Content       string
		Error         *model.BlockError
	}
	want := []block{
		{"yaml", true, 2, 4, "a: 1\n", nil},
		{"json", true, 5, 7, "{\"a\": 1,}\n", &model.BlockError{Message: "invalid character '}' looking for beginning of object key string", Line: 1, FileLine: 6}},
		{"yml", true, 8, 12, "a: 1\n---\nb: [1, 2\n", &model.BlockError{Message: "did not find expected ',' or ']'", Line: 3, FileLine: 11}},
		{"", false, 14, 15, "indented\ncode\n", nil},
		{"mermaid", true, 17, 19, "graph TB\n", nil},
		{"sql", true, 22, 24, "SELECT 1;\n", nil},
		{"", true, 25, 26, "never closed\n", nil},
	}
	var got []block
	for _, c := range doc.CodeBlocks {
		got = append(got, block{c.Lang, c.Fenced, c.Line, c.EndLine, c.Content, c.ParseError})
	}
	if len(got) != len(want) {
		t.Fatalf("got %d code blocks %+v, want %d", len(got), got, len(want))
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("block %d\n got %+v %+v\nwant %+v %+v", i, got[i], got[i].Error, want[i], want[i].Error)
		}
	}
}

func TestInfoLanguage(t *testing.T) {
	tests := map[string]string{
		"": "", "yaml": "yaml", "YAML": "yaml", "{.yaml}": "yaml", "{.yaml .numberLines}": "yaml",
		"yaml title=\"x\"": "yaml", "json{1,3}": "json", ".json": "json", "c++": "c++", "  go  ": "go",
		"\u00a0yaml\u2003x": "yaml", "\tJSON\n": "json", " \u3000 ": "", "\xffy z": "\ufffdy",
	}
	for info, want := range tests {
		if got := infoLanguage([]byte(info)); got != want {
			t.Errorf("infoLanguage(%q) = %q, want %q", info, got, want)
		}
	}
}

func TestLinksAndImages(t *testing.T) {
	src := "# Té\n\nSee [the *guide*](docs/guide.md \"Guide\"), [ref][r], [r], <https://a.example/x>, <me@example.com>\nand https://b.example/y or www.c.example. Ünï [anchor](#té).\n\n| ![alt text](img.png) |\n|---|\n\n[r]: https://ref.example\n"
	doc := mustParse(t, src)
	wantLinks := []model.Link{
		{Section: "té", Text: "the guide", Target: "docs/guide.md", Line: 3, Column: 5},
		{Section: "té", Text: "ref", Target: "https://ref.example", Line: 3, Column: 43},
		{Section: "té", Text: "r", Target: "https://ref.example", Line: 3, Column: 53},
		{Section: "té", Text: "https://a.example/x", Target: "https://a.example/x", Line: 3, Column: 58},
		{Section: "té", Text: "me@example.com", Target: "me@example.com", Line: 3, Column: 81},
		{Section: "té", Text: "https://b.example/y", Target: "https://b.example/y", Line: 4, Column: 5},
		{Section: "té", Text: "www.c.example", Target: "www.c.example", Line: 4, Column: 28},
		{Section: "té", Text: "anchor", Target: "#té", Line: 4, Column: 47},
	}
	wantImages := []model.Link{{Section: "té", Text: "alt text", Target: "img.png", Line: 6, Column: 3}}
	if !reflect.DeepEqual(doc.Links, wantLinks) {
		t.Errorf("links\n got %+v\nwant %+v", doc.Links, wantLinks)
	}
	if !reflect.DeepEqual(doc.Images, wantImages) {
		t.Errorf("images\n got %+v\nwant %+v", doc.Images, wantImages)
	}
}

func TestTables(t *testing.T) {
	src := "## Stack\nIntro line\n| **Component** | Tech | Rationale | Tech | |\n|:--|--:|:-:|---|---|\n| **Async Runtime** | `Tokio` | Mature, *fast* \\| safe | second | x |\n| DB | Postgres | p95 < 20 ms, 1,000 req/s |\n"
	doc := mustParse(t, src)
	if len(doc.Tables) != 1 {
		t.Fatalf("got %d tables", len(doc.Tables))
	}
	table := doc.Tables[0]
	want := model.Table{
		Section: "stack", Line: 3, EndLine: 6,
		Header:  []string{"Component", "Tech", "Rationale", "Tech", ""},
		Columns: []string{"component", "tech", "rationale", "tech", ""},
		Rows: []model.TableRow{
			{
				Line: 5, Cells: []string{"Async Runtime", "Tokio", "Mature, fast | safe", "second", "x"},
				CellColumns: []int{3, 23, 33, 58, 67},
				Columns:     map[string]string{"component": "Async Runtime", "tech": "Tokio", "rationale": "Mature, fast | safe"},
				Quantities:  map[string][]model.Quantity{"component": {}, "tech": {}, "rationale": {}},
			},
			{
				Line: 6, Cells: []string{"DB", "Postgres", "p95 < 20 ms, 1,000 req/s", "", ""},
				CellColumns: []int{3, 8, 19, 45, 45},
				Columns:     map[string]string{"component": "DB", "tech": "Postgres", "rationale": "p95 < 20 ms, 1,000 req/s"},
				Quantities: map[string][]model.Quantity{"component": {}, "tech": {}, "rationale": {
					{Value: 20, Unit: "ms", Text: "20 ms"}, {Value: 1000, Unit: "req/s", Text: "1,000 req/s"},
				}},
			},
		},
	}
	if !reflect.DeepEqual(table, want) {
		t.Errorf("table\n got %+v\nwant %+v", table, want)
	}
}

func TestFrontMatter(t *testing.T) {
	doc := mustParse(t, "---\ntitle: X\ndate: 2024-01-31\ncount: 3\nratio: 0.5\nflag: true\nnone: ~\nnan: .nan\nlist: [a, 1]\nnested: {a: {b: c}}\nbase: &b {k: v}\nmerged:\n  <<: *b\n  own: 1\n---\n# T\n")
	want := map[string]any{
		"title": "X", "date": "2024-01-31", "count": 3, "ratio": 0.5, "flag": true, "none": nil, "nan": ".nan",
		"list": []any{"a", 1}, "nested": map[string]any{"a": map[string]any{"b": "c"}},
		"base": map[string]any{"k": "v"}, "merged": map[string]any{"k": "v", "own": 1},
	}
	if !reflect.DeepEqual(doc.FrontMatter, want) {
		t.Errorf("front matter\n got %#v\nwant %#v", doc.FrontMatter, want)
	}
	if doc.FrontMatterError != nil || len(doc.Sections) != 1 || doc.Sections[0].Line != 16 {
		t.Errorf("error %+v, sections %+v", doc.FrontMatterError, doc.Sections)
	}
}

func TestFrontMatterVariants(t *testing.T) {
	tests := []struct {
		name     string
		src      string
		object   map[string]any
		errLine  int
		sections int
	}{
		{"closed with dots", "---\na: 1\n...\n# T\n", map[string]any{"a": 1}, 0, 1},
		{"empty", "---\n---\n# T\n", map[string]any{}, 0, 1},
		{"broken YAML keeps the rest", "---\ntitle: ok\nbad: [1, 2\n---\n# T\n", nil, 3, 1},
		{"not a mapping", "---\n- a\n- b\n---\n# T\n", nil, 2, 1},
		{"not on line 1", "\n---\na: 1\n---\n# T\n", nil, 0, 2},
		{"never closed", "---\na: 1\n# T\n", nil, 0, 1},
		{"only front matter", "---\na: 1\n---\n", map[string]any{"a": 1}, 0, 0},
		{"no setext heading from the closing line", "---\ntitle\n---\n", nil, 2, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := mustParse(t, tt.src)
			if !reflect.DeepEqual(doc.FrontMatter, tt.object) {
				t.Errorf("front matter = %#v, want %#v", doc.FrontMatter, tt.object)
			}
			errLine := 0
			if doc.FrontMatterError != nil {
				errLine = doc.FrontMatterError.Line
			}
			if errLine != tt.errLine {
				t.Errorf("error = %+v, want line %d", doc.FrontMatterError, tt.errLine)
			}
			if len(doc.Sections) != tt.sections {
				t.Errorf("got %d sections, want %d", len(doc.Sections), tt.sections)
			}
		})
	}
}

// Line endings and a byte order mark must not move lines or columns.
func TestLineEndingsKeepPositions(t *testing.T) {
	base := "# Täst\n\n**Status**: Draft [Owner Name]\n\n| A | B |\n|---|---|\n| 1 | TBD |\n"
	want := mustParse(t, base)
	variants := map[string]string{
		"CRLF":     strings.ReplaceAll(base, "\n", "\r\n"),
		"CR":       strings.ReplaceAll(base, "\n", "\r"),
		"BOM":      "\uFEFF" + base,
		"BOM+CRLF": "\uFEFF" + strings.ReplaceAll(base, "\n", "\r\n"),
	}
	for name, src := range variants {
		got := mustParse(t, src)
		got.Path = want.Path
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: model differs from the LF version\n got %+v\nwant %+v", name, got, want)
		}
	}
}

func TestParseTwiceIsEqual(t *testing.T) {
	for _, path := range sampleDocs(t) {
		a, b := parseFile(t, path), parseFile(t, path)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: two parses differ", path)
		}
	}
}

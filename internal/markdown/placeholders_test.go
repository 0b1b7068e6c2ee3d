package markdown

import (
	"reflect"
	"testing"
)

func TestPlaceholders(t *testing.T) {
	type found struct {
		Text         string
		Line, Column int
	}
	tests := []struct {
		name string
		src  string
		want []found
	}{
		{"template name", "# Architecture Design Document: [System Name]\n", []found{{"[System Name]", 1, 33}}},
		{
			"template tokens", "Date [YYYY-MM-DD], time [HH:MM:SS UTC], version [X.Y]\n",
			[]found{{"[YYYY-MM-DD]", 1, 6}, {"[HH:MM:SS UTC]", 1, 25}, {"[X.Y]", 1, 49}},
		},
		{"alternatives", "**Status**: [Draft | Review | Approved]\n", []found{{"[Draft | Review | Approved]", 1, 13}}},
		{"ellipsis", "Values: [a, b, ...]\n", []found{{"[a, b, ...]", 1, 9}}},
		{
			"words", "- **[Component Name]**: [specific numbers] and [Name/Team]\n",
			[]found{{"[Component Name]", 1, 5}, {"[specific numbers]", 1, 25}, {"[Name/Team]", 1, 48}},
		},
		{"marker words", "TBD: later. TODO and FIXME, XXX\n", []found{{"TBD", 1, 1}, {"TODO", 1, 13}, {"FIXME", 1, 22}, {"XXX", 1, 29}}},
		{"emphasized marker", "_TBD_ and **TODO**\n", []found{{"TBD", 1, 2}, {"TODO", 1, 13}}},
		{
			"in a heading and a table", "## [Primary Component]\n\n| A | B |\n|---|---|\n| TBD | [Owner Name] |\n",
			[]found{{"[Primary Component]", 1, 4}, {"TBD", 5, 3}, {"[Owner Name]", 5, 9}},
		},
		{
			"in a blockquote and a task item", "> [Fill In Later]\n\n- [ ] ask [Reviewer Name]\n",
			[]found{{"[Fill In Later]", 1, 3}, {"[Reviewer Name]", 3, 11}},
		},
		{"marker inside a bracket placeholder counts once", "[TODO: fill in]\n", []found{{"[TODO: fill in]", 1, 1}}},
		{"innermost brackets", "[see [Owner Name] here\n", []found{{"[Owner Name]", 1, 6}}},
		{"non-Latin", "负责人：[负责人姓名]\n", []found{{"[负责人姓名]", 1, 5}}},

		{"inline link", "[Service Name](https://x.example)\n", nil},
		{"reference links", "[Service Name][ref] and [Other Name][]\n\n[ref]: https://x.example\n[other name]: https://y.example\n", nil},
		{"undefined reference", "[Some Text][missing]\n", nil},
		{"shortcut reference", "[Service Name]\n\n[service name]: https://x.example\n", nil},
		{"footnotes", "A claim[^1] and [^note].\n\n[^1]: The source.\n", nil},
		{"task boxes", "- [ ] open\n- [x] done\n- [X] DONE\n", nil},
		{"GitHub alert", "> [!NOTE]\n> Read this.\n", nil},
		{"citations", "As shown [1], [2, 3] and [4-6].\n", nil},
		{"tags in capitals", "### Core [STABLE RUST] and [JS] and [API]\n", nil},
		{"glued to a word", "Client[Client Applications] and array[index]\n", nil},
		{"escaped", "\\[Not A Placeholder]\n", nil},
		{"inline code", "Use `[Service Name]` and `TODO` literally.\n", nil},
		{"fenced code", "```\n[Service Name] TODO\n```\n", nil},
		{"indented code", "    [Service Name] TODO\n", nil},
		{"HTML comments", "<!-- TODO [Service Name] -->\n\nText <!-- FIXME --> here.\n", nil},
		{"link text and target", "[TODO list](TODO.md) and <https://example.com/TODO>\n", nil},
		{"image alt", "![TODO diagram](img/[Name].png)\n", nil},
		{"words inside other words", "TODOs, TBDs, XXXL, FIXMEs, TODO_LIST, todo, Tbd\n", nil},
		{"too many words", "[one two three four five six seven]\n", nil},
		{"starts with a digit", "[2 replicas]\n", nil},
		{"empty brackets", "[] and [ ]\n", nil},
		{"front matter", "---\nowner: TBD\n---\n# T\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("p.md", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, doc)
			var got []found
			for _, p := range doc.Placeholders {
				got = append(got, found{p.Text, p.Line, p.Column})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("placeholders of %q\n got %+v\nwant %+v", tt.src, got, tt.want)
			}
		})
	}
}

func TestPlaceholderSection(t *testing.T) {
	doc, err := Parse("p.md", []byte("TBD before\n# Title\n## [Section Name]\nTODO\n"))
	if err != nil {
		t.Fatal(err)
	}
	var sections []string
	for _, p := range doc.Placeholders {
		sections = append(sections, p.Section)
	}
	want := []string{"", "section-name", "section-name"}
	if !reflect.DeepEqual(sections, want) {
		t.Errorf("placeholder sections = %q, want %q", sections, want)
	}
}

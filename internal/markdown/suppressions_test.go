package markdown

import (
	"reflect"
	"testing"

	"github.com/addlint/addlint/internal/model"
)

func TestSuppressions(t *testing.T) {
	sup := func(kind string, line, col, from, to int, rules ...string) model.Suppression {
		if rules == nil {
			rules = []string{}
		}
		return model.Suppression{Rules: rules, Kind: kind, Line: line, Column: col, FromLine: from, ToLine: to}
	}
	const (
		disable = model.SuppressDisable
		enable  = model.SuppressEnable
		next    = model.SuppressDisableNextLine
		file    = model.SuppressDisableFile
	)
	tests := []struct {
		name string
		src  string
		want []model.Suppression
	}{
		{
			"disable to the end", "a\n<!-- addlint-disable -->\nb\nc\n",
			[]model.Suppression{sup(disable, 2, 1, 2, 4)},
		},
		{
			"rules split on commas and spaces", "<!-- addlint-disable placeholder,title  stack-rationale -->\nx\n",
			[]model.Suppression{sup(disable, 1, 1, 1, 2, "placeholder", "title", "stack-rationale")},
		},
		{
			"enable without rules ends every disable", "<!-- addlint-disable a -->\n<!-- addlint-disable -->\nx\n<!-- addlint-enable -->\ny\n",
			[]model.Suppression{sup(disable, 1, 1, 1, 3, "a"), sup(disable, 2, 1, 2, 3), sup(enable, 4, 1, 0, 0)},
		},
		{
			"enable ends only disables sharing a rule", "<!-- addlint-disable a, b -->\n<!-- addlint-disable c -->\n<!-- addlint-enable b -->\nx\n",
			[]model.Suppression{sup(disable, 1, 1, 1, 2, "a", "b"), sup(disable, 2, 1, 2, 4, "c"), sup(enable, 3, 1, 0, 0, "b")},
		},
		{
			"enable with a rule does not end a disable of everything", "<!-- addlint-disable -->\n<!-- addlint-enable a -->\nx\n",
			[]model.Suppression{sup(disable, 1, 1, 1, 3), sup(enable, 2, 1, 0, 0, "a")},
		},
		{
			"earlier enable does not count", "<!-- addlint-enable -->\n<!-- addlint-disable -->\nx\n",
			[]model.Suppression{sup(enable, 1, 1, 0, 0), sup(disable, 2, 1, 2, 3)},
		},
		{
			"disable-next-line", "<!-- addlint-disable-next-line title -->\n# [System Name]\nz\n",
			[]model.Suppression{sup(next, 1, 1, 2, 2, "title")},
		},
		{
			"inline disable-next-line", "Some text <!-- addlint-disable-next-line placeholder -->\n[Owner Name]\n",
			[]model.Suppression{sup(next, 1, 11, 2, 2, "placeholder")},
		},
		{
			"multi-line comment covers the line after its end", "<!--\naddlint-disable-next-line\n-->\nx\n",
			[]model.Suppression{sup(next, 1, 1, 4, 4)},
		},
		{
			"disable-next-line on the last line", "x\n<!-- addlint-disable-next-line -->",
			[]model.Suppression{sup(next, 2, 1, 2, 2)},
		},
		{
			"disable-file", "# T\n\n<!-- addlint-disable-file placeholder -->\nx\n",
			[]model.Suppression{sup(file, 3, 1, 1, 4, "placeholder")},
		},
		{
			"reason after two dashes", "<!-- addlint-disable title -- the H1 is generated -->\n",
			[]model.Suppression{sup(disable, 1, 1, 1, 1, "title")},
		},
		{
			"two comments in one block", "<!-- addlint-disable a --><!-- addlint-enable a -->\nx\n",
			[]model.Suppression{sup(disable, 1, 1, 1, 1, "a"), sup(enable, 1, 27, 0, 0, "a")},
		},
		{
			"inside a blockquote", "> <!-- addlint-disable a -->\n> text\n",
			[]model.Suppression{sup(disable, 1, 3, 1, 2, "a")},
		},
		{
			"other comments and lookalikes", "<!-- note -->\n<!-- addlint-disabled -->\n<!-- addlint-enabled x -->\n",
			nil,
		},
		{"in code", "```html\n<!-- addlint-disable -->\n```\n\n`<!-- addlint-disable -->`\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Parse("s.md", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, doc)
			want := tt.want
			if want == nil {
				want = []model.Suppression{}
			}
			if !reflect.DeepEqual(doc.Suppressions, want) {
				t.Errorf("suppressions of %q\n got %+v\nwant %+v", tt.src, doc.Suppressions, want)
			}
		})
	}
}

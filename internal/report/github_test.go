package report

import (
	"strings"
	"testing"

	"github.com/addlint/addlint/internal/model"
)

func TestGitHubEscaping(t *testing.T) {
	tests := []struct {
		in, data, property string
	}{
		{"plain text", "plain text", "plain text"},
		{"100%", "100%25", "100%25"},
		{"%0A", "%250A", "%250A"},
		{"a\nb", "a%0Ab", "a%0Ab"},
		{"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"key: value", "key: value", "key%3A value"},
		{"a,b", "a,b", "a%2Cb"},
		{"::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"},
		{"Zoë <&> \"q\"", "Zoë <&> \"q\"", "Zoë <&> \"q\""},
	}
	for _, tt := range tests {
		if got := githubEscapeData(tt.in); got != tt.data {
			t.Errorf("githubEscapeData(%q) = %q, want %q", tt.in, got, tt.data)
		}
		if got := githubEscapeProperty(tt.in); got != tt.property {
			t.Errorf("githubEscapeProperty(%q) = %q, want %q", tt.in, got, tt.property)
		}
	}
}

func TestGitHubOneCommandPerLine(t *testing.T) {
	in := Input{Files: []model.FileResult{{
		Path: "docs/a,b:c.md",
		Findings: []model.Finding{{
			Rule: "r", Severity: model.SeverityInfo, Message: "line one\r\n::error::injected",
			Line: 2, Column: 3, EndLine: 2, EndColumn: 1,
		}},
	}}}
	out := string(render(t, FormatGitHub, Options{}, in))
	want := "::notice file=docs/a%2Cb%3Ac.md,line=2,col=3,endLine=2,title=r::line one%0D%0A::error::injected\n"
	if out != want {
		t.Errorf("got  %q\nwant %q", out, want)
	}
	if strings.Count(out, "\n") != 1 {
		t.Error("a message with a line break spans more than one line")
	}
}

package report

import (
	"testing"
)

func TestCodeBlock(t *testing.T) {
	tests := []struct {
		lang, content, want string
	}{
		{"markdown", "plain\n", "```markdown\nplain\n```\n"},
		{"", "a", "```\na\n```\n"},
		{"markdown", "```yaml\nx: 1\n```\n", "````markdown\n```yaml\nx: 1\n```\n````\n"},
		{"markdown", "`````\n", "``````markdown\n`````\n``````\n"},
	}
	for _, tt := range tests {
		if got := codeBlock(tt.lang, tt.content); got != tt.want {
			t.Errorf("codeBlock(%q, %q) = %q, want %q", tt.lang, tt.content, got, tt.want)
		}
	}
}

func TestMarkdownCell(t *testing.T) {
	for in, want := range map[string]string{
		"plain":       "plain",
		"a | b":       `a \| b`,
		"two\nlines":  "two lines",
		`back\slash|`: `back\\slash\|`,
	} {
		if got := markdownCell(in); got != want {
			t.Errorf("markdownCell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHeadingSlug(t *testing.T) {
	for in, want := range map[string]string{
		"stack-rationale": "stack-rationale",
		"Two Words":       "two-words",
		"dots.and_under":  "dotsand_under",
	} {
		if got := headingSlug(in); got != want {
			t.Errorf("headingSlug(%q) = %q, want %q", in, got, want)
		}
	}
}

package lint

import (
	"testing"

	"github.com/addlint/addlint/internal/model"
)

func TestLooksLikeADD(t *testing.T) {
	titled := func(text string) *model.Document {
		doc := model.NewDocument("x.md")
		doc.Title = &model.Title{Text: text}
		return doc
	}
	withFrontMatter := func(fm map[string]any) *model.Document {
		doc := model.NewDocument("x.md")
		doc.FrontMatter = fm
		return doc
	}
	tests := []struct {
		name string
		doc  *model.Document
		want bool
	}{
		{"plain", titled("Architecture Design Document: Payments"), true},
		{"lower case", titled("architecture design document"), true},
		{"emoji and markup first", titled("🏗️ **Architecture Design Document** — Search"), true},
		{"extra spaces", titled("  Architecture   Design\tDocument (ADD)"), true},
		{"name first", titled("Payments Architecture Design Document"), true},
		{"name and dash first", titled("🐀 Ratatouille - Architecture Design Document"), true},
		{"front matter title", withFrontMatter(map[string]any{"title": "Architecture Design Document"}), true},
		{"front matter other title", withFrontMatter(map[string]any{"title": "Runbook"}), false},
		{"other document", titled("Architecture Decision Record"), false},
		{"no title", model.NewDocument("x.md"), false},
		{"front matter type add", withFrontMatter(map[string]any{"type": "ADD "}), true},
		{"front matter other type", withFrontMatter(map[string]any{"type": "adr"}), false},
		{"front matter type not a string", withFrontMatter(map[string]any{"type": []any{"add"}}), false},
	}
	for _, tt := range tests {
		if got := looksLikeADD(tt.doc); got != tt.want {
			t.Errorf("%s: looksLikeADD = %v, want %v", tt.name, got, tt.want)
		}
	}
}

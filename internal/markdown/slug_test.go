package markdown

import (
	"testing"
)

func TestGithubSlug(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Executive Summary", "executive-summary"},
		{"Goals & Non-Goals", "goals--non-goals"},
		{"3. Executive Summary", "3-executive-summary"},
		{"4.1 Asynchronous Pipeline (Celery + Redis)", "41-asynchronous-pipeline-celery--redis"},
		{"Next Steps ✅", "next-steps-"},
		{"🏗️ Architecture", "️-architecture"}, // the variation selector is a mark and stays
		{"What's New? (2026)", "whats-new-2026"},
		{"snake_case and kebab-case", "snake_case-and-kebab-case"},
		{"Überblick (概要)", "überblick-概要"},
		{"技术栈决策", "技术栈决策"},
		{"Архитектура системы", "архитектура-системы"},
		{"İstanbul", "i̇stanbul"},
		{"C++ / C#", "c--c"},
		{"  padded  ", "--padded--"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := githubSlug(tt.title); got != tt.want {
			t.Errorf("githubSlug(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestSluggerRepeats(t *testing.T) {
	var s slugger
	inputs := []string{"a", "a", "a", "a-1", "b", "", ""}
	want := []string{"a", "a-1", "a-2", "a-1-1", "b", "", "-1"}
	for i, in := range inputs {
		if got := s.unique(in); got != want[i] {
			t.Errorf("call %d: unique(%q) = %q, want %q", i+1, in, got, want[i])
		}
	}
}

func TestSectionIDsAndSlugs(t *testing.T) {
	src := "# Title\n\n## Overview\n### Details\n## Overview\n### Details\n#### Deep {#custom .x}\n## Ünïcode ✅\n"
	doc, err := Parse("a.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ id, slug, parent, title string }{
		{"title", "title", "", "Title"},
		{"overview", "overview", "title", "Overview"},
		{"overview/details", "details", "overview", "Details"},
		{"overview-1", "overview-1", "title", "Overview"},
		{"overview-1/details", "details-1", "overview-1", "Details"},
		{"overview-1/details/deep", "deep", "overview-1/details", "Deep"},
		{"ünïcode-", "ünïcode-", "title", "Ünïcode ✅"},
	}
	if len(doc.Sections) != len(want) {
		t.Fatalf("got %d sections, want %d", len(doc.Sections), len(want))
	}
	for i, w := range want {
		s := doc.Sections[i]
		if s.ID != w.id || s.Slug != w.slug || s.Parent != w.parent || s.Title != w.title {
			t.Errorf("section %d = {%q %q %q %q}, want %+v", i, s.ID, s.Slug, s.Parent, s.Title, w)
		}
	}
	checkInvariants(t, doc)
}

package lint

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/addlint/addlint/internal/config"
	"github.com/addlint/addlint/internal/model"
)

// randomSuppressions returns n suppressions of every kind over a document of
// the given lines, naming rules among a, b and c (or none).
func randomSuppressions(rng *rand.Rand, n, lines int) []model.Suppression {
	kinds := []string{model.SuppressDisable, model.SuppressEnable, model.SuppressDisableNextLine, model.SuppressDisableFile}
	ruleSets := [][]string{nil, {"a"}, {"b"}, {"a", "c"}, {"c", "c"}}
	list := make([]model.Suppression, n)
	for i := range list {
		from := 1 + rng.IntN(lines)
		to := from + rng.IntN(5) - 1 // sometimes empty (to < from)
		s := model.Suppression{Kind: kinds[rng.IntN(len(kinds))], Rules: ruleSets[rng.IntN(len(ruleSets))], Line: from, FromLine: from, ToLine: to}
		if s.Kind == model.SuppressEnable {
			s.FromLine, s.ToLine = 0, 0
		}
		list[i] = s
	}
	return list
}

func TestSuppressionIndexAgreesWithCovers(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 200 {
		lines := 1 + rng.IntN(40)
		suppressions := randomSuppressions(rng, rng.IntN(12), lines)
		index := newSuppressionIndex(suppressions)
		for _, rule := range []string{"a", "b", "c", "d"} {
			for line := 0; line <= lines+1; line++ {
				want := false
				for _, s := range suppressions {
					want = want || s.Covers(rule, line)
				}
				if got := index.covers(rule, line); got != want {
					t.Fatalf("round %d: covers(%s, %d) = %v, want %v for %+v", round, rule, line, got, want, suppressions)
				}
			}
		}
	}
}

func TestSectionAtFindsTheInnermostSection(t *testing.T) {
	doc := model.NewDocument("a.md")
	doc.Sections = []model.Section{
		{ID: "a", Level: 1, Line: 3, EndLine: 20},
		{ID: "a/b", Level: 2, Line: 5, EndLine: 9},
		{ID: "a/b/c", Level: 3, Line: 7, EndLine: 9},
		{ID: "a/d", Level: 2, Line: 10, EndLine: 20},
	}
	for line, want := range map[int]string{1: "", 3: "a", 4: "a", 5: "a/b", 6: "a/b", 7: "a/b/c", 9: "a/b/c", 10: "a/d", 20: "a/d", 21: ""} {
		if got := sectionAt(doc, line); got != want {
			t.Errorf("sectionAt(%d) = %q, want %q", line, got, want)
		}
	}
}

// floodOfUnknownRules is a parsed document with n suppression comments, each
// naming an unknown rule and followed by a heading.
func floodOfUnknownRules(n int) *model.Document {
	doc := model.NewDocument("flood.md")
	for i := range n {
		line := 2*i + 1
		doc.Suppressions = append(doc.Suppressions, model.Suppression{
			Kind: model.SuppressDisableNextLine, Rules: []string{fmt.Sprintf("nosuch-%d", i%7), "placeholder"},
			Line: line, Column: 1, FromLine: line + 1, ToLine: line + 1,
		})
		doc.Sections = append(doc.Sections, model.Section{ID: fmt.Sprintf("h-%d", i), Level: 2, Line: line + 1, EndLine: line + 2})
	}
	doc.Lines = 2 * n
	return doc
}

func TestFinishBoundsAFloodOfSuppressions(t *testing.T) {
	const n = 100_000
	doc := floodOfUnknownRules(n)
	var findings []model.Finding
	for i := range n {
		findings = append(findings, model.Finding{Rule: "placeholder", Severity: model.SeverityWarning, Message: "x", Line: 2*i + 2, Column: 1})
	}
	cfg := config.Default()
	cfg.Limits.MaxFindings = 50
	r, err := newRunner(Options{Config: cfg, KnownRules: []string{"placeholder"}})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	kept := r.finish("flood.md", doc, findings)
	if elapsed := time.Since(start); elapsed > 5*time.Second {
		t.Errorf("finish took %s", elapsed)
	}
	// Every placeholder finding is suppressed; the unknown ids are reported
	// up to the limit, then once more with the count of the others.
	if len(kept) != 51 {
		t.Fatalf("kept %d findings, want 50 and a note", len(kept))
	}
	for _, f := range kept {
		if f.Rule != UnknownRuleID {
			t.Fatalf("unexpected finding %+v", f)
		}
	}
	var note model.Finding
	for _, f := range kept {
		if strings.Contains(f.Message, "more unknown rule ids") {
			note = f
		}
	}
	if want := fmt.Sprintf("%d more unknown rule ids in addlint comments after this one are not reported (limit 50)", n-50); note.Message != want || note.Line != 99 {
		t.Errorf("note = %+v, want %q at line 99", note, want)
	}
	if kept[0].Section != "" || kept[1].Section != "h-0" {
		t.Errorf("sections of the first findings: %q, %q", kept[0].Section, kept[1].Section)
	}
}

func TestUnknownRuleMessageCutsLongIDs(t *testing.T) {
	long := strings.Repeat("é", 1<<20)
	start := time.Now()
	msg := unknownRuleMessage(long, []string{"placeholder", "title"})
	if elapsed := time.Since(start); elapsed > time.Second {
		t.Errorf("took %s", elapsed)
	}
	if len(msg) > 200 || !strings.HasPrefix(msg, `unknown rule "éé`) || !strings.HasSuffix(msg, `…"`) {
		t.Errorf("message = %q", msg)
	}
	if got := unknownRuleMessage("placehold", []string{"placeholder"}); got != `unknown rule "placehold" (did you mean "placeholder"?)` {
		t.Errorf("short ids keep their suggestion: %q", got)
	}
}

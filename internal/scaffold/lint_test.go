package scaffold_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/addlint/addlint/internal/markdown"
	"github.com/addlint/addlint/internal/model"
	"github.com/addlint/addlint/internal/policy"
	"github.com/addlint/addlint/internal/scaffold"
	"github.com/addlint/addlint/policies"
)

// statusSeverities are the RuleInfo severities of rules whose severity
// follows the document's Status.
var statusSeverities = map[string]bool{"status-scaled": true, "by-status": true}

// lintScaffold renders a document with opts and lints it with the built-in
// policies.
func lintScaffold(t *testing.T, opts scaffold.Options) ([]model.Finding, []model.RuleInfo) {
	t.Helper()
	var buf bytes.Buffer
	if err := scaffold.WriteDocument(&buf, opts); err != nil {
		t.Fatal(err)
	}
	doc, err := markdown.Parse("architecture-design-document.md", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if doc.Status != "draft" {
		t.Fatalf("status %q, want draft", doc.Status)
	}
	ctx := context.Background()
	engine, err := policy.New(ctx, policy.Options{Bundle: policies.FS})
	if err != nil {
		t.Fatal(err)
	}
	findings, err := engine.Eval(ctx, doc)
	if err != nil {
		t.Fatal(err)
	}
	return findings, engine.Rules()
}

// TestScaffoldGivesOnlyAllowedFindings checks spec/rules.md "The scaffold":
// linting init's output gives only placeholder, title and status-scaled (or
// by-status) findings.
func TestScaffoldGivesOnlyAllowedFindings(t *testing.T) {
	for _, tc := range []struct {
		name      string
		opts      scaffold.Options
		wantTitle bool
	}{
		{"named", scaffold.Options{Name: "Payments Gateway", Architect: "Jane Doe", Now: time.Now()}, false},
		{"unnamed", scaffold.Options{Architect: "Jane Doe", Now: time.Now()}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			findings, rules := lintScaffold(t, tc.opts)
			allowed := map[string]bool{"placeholder": true, "title": true}
			for _, rule := range rules {
				if statusSeverities[rule.Severity] {
					allowed[rule.ID] = true
				}
			}
			fired := map[string]int{}
			for _, f := range findings {
				fired[f.Rule]++
				if !allowed[f.Rule] {
					t.Errorf("line %d: %s %s: %s — not allowed for the scaffold", f.Line, f.Severity, f.Rule, f.Message)
				}
			}
			if fired["placeholder"] == 0 {
				t.Error("no placeholder finding: the scaffold's placeholders went unnoticed")
			}
			if got := fired["title"] > 0; got != tc.wantTitle {
				t.Errorf("title finding: %v, want %v", got, tc.wantTitle)
			}
			for _, forbidden := range []string{"metadata-format", "metadata-missing", "embedded-syntax", "perf-target-numeric"} {
				if allowed[forbidden] {
					t.Errorf("rule %s is status-scaled in its METADATA; the test's premise is wrong", forbidden)
				}
			}
		})
	}
}

// TestScaffoldPlaceholdersNameTheQualityTargets checks that the quality
// target fields are reported as placeholders, not silently accepted.
func TestScaffoldPlaceholdersNameTheQualityTargets(t *testing.T) {
	findings, _ := lintScaffold(t, scaffold.Options{Name: "Payments", Architect: "Jane Doe", Now: time.Now()})
	want := map[string]bool{
		"[performance, availability and security targets]":   false,
		"[p95 latency, throughput and availability targets]": false,
	}
	for _, f := range findings {
		for text := range want {
			if f.Rule == "placeholder" && strings.Contains(f.Message, text) {
				want[text] = true
			}
		}
	}
	for text, found := range want {
		if !found {
			t.Errorf("no placeholder finding for %s", text)
		}
	}
}

package benchcorpus

import (
	"context"
	"slices"
	"testing"

	"github.com/addlint/addlint/internal/markdown"
	"github.com/addlint/addlint/internal/model"
	"github.com/addlint/addlint/internal/policy"
	"github.com/addlint/addlint/policies"
)

// newEngine builds the engine with the built-in catalog.
func newEngine(t *testing.T) *policy.Engine {
	t.Helper()
	engine, err := policy.New(context.Background(), policy.Options{Bundle: policies.FS})
	if err != nil {
		t.Fatal(err)
	}
	return engine
}

// lintDocument parses and evaluates one generated document.
func lintDocument(t *testing.T, engine *policy.Engine, doc Document) []model.Finding {
	t.Helper()
	parsed, err := markdown.Parse(doc.Path, doc.Content)
	if err != nil {
		t.Fatalf("%s: %v", doc.Path, err)
	}
	findings, err := engine.Eval(context.Background(), parsed)
	if err != nil {
		t.Fatalf("%s: %v", doc.Path, err)
	}
	return findings
}

func rulesOf(findings []model.Finding) []string {
	var rules []string
	for _, f := range findings {
		if !slices.Contains(rules, f.Rule) {
			rules = append(rules, f.Rule)
		}
	}
	return rules
}

func TestCleanDocumentsPassTheCatalog(t *testing.T) {
	engine := newEngine(t)
	count := 60
	if testing.Short() {
		count = 15
	}
	for i := range count {
		doc := Generate(Options{Seed: 21}, i)
		if len(doc.Defects) > 0 {
			continue
		}
		if findings := lintDocument(t, engine, doc); len(findings) > 0 {
			t.Errorf("%s: a clean document has findings: %v", doc.Path, findings)
		}
	}
}

func TestEachPlantedDefectIsReported(t *testing.T) {
	engine := newEngine(t)
	for _, kind := range defectKinds {
		for index := range 3 {
			doc := generateWith(Options{Seed: 13}, index, []defectKind{kind})
			rules := rulesOf(lintDocument(t, engine, doc))
			if !slices.Contains(rules, kind.rule) {
				t.Errorf("%s (defect %s): rule %s did not fire; got %v", doc.Path, kind.kind, kind.rule, rules)
			}
		}
	}
}

func TestDefectiveDocumentsReportEveryPlantedRule(t *testing.T) {
	engine := newEngine(t)
	count := 300
	if testing.Short() {
		count = 60
	}
	for i := range count {
		doc := Generate(Options{Seed: 1}, i)
		if len(doc.Defects) == 0 {
			continue
		}
		rules := rulesOf(lintDocument(t, engine, doc))
		for _, d := range doc.Defects {
			if !slices.Contains(rules, d.Rule) {
				t.Errorf("%s: defect %s planted but rule %s did not fire; got %v", doc.Path, d.Kind, d.Rule, rules)
			}
		}
	}
}

package policy

import (
	"context"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"

	"github.com/addlint/addlint/internal/model"
)

// TestNormalizeTitleMatchesTheLibrary checks that the parser's
// model.NormalizeTitle, which fills sections' normalized_title and fields'
// normalized_key, gives what the library's normalize_title gives: on every
// heading and field key of the test documents and the shared corpus, on
// hand-picked edge cases, and on random strings over an alphabet of
// numbering, punctuation, spaces, letters and emoji.
func TestNormalizeTitleMatchesTheLibrary(t *testing.T) {
	texts := append(documentTitlesAndKeys(t), normalizeEdgeCases...)
	random := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		texts = append(texts, randomTitle(random))
	}
	compiler, _ := bundleCompiler(t)
	input := make([]*ast.Term, len(texts))
	for i, text := range texts {
		input[i] = ast.StringTerm(text)
	}
	results, err := rego.New(
		rego.Query(`out := [data.addlint.lib.normalize_title(x) | some x in input]`),
		rego.Compiler(compiler),
		rego.ParsedInput(ast.NewArray(input...)),
	).Eval(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	library, ok := results[0].Bindings["out"].([]any)
	if !ok || len(library) != len(texts) {
		t.Fatalf("library answered %T of %d values for %d texts", results[0].Bindings["out"], len(library), len(texts))
	}
	for i, text := range texts {
		if got := model.NormalizeTitle(text); got != library[i] {
			t.Errorf("NormalizeTitle(%q) = %q, the library gives %q", text, got, library[i])
		}
	}
}

// normalizeEdgeCases are titles that exercise each rewrite of
// normalize_title.
var normalizeEdgeCases = []string{
	"", " ", "3. Executive Summary:", "6.1.2 Database Schema", "III. Scope", "iv) Goals", "A. Appendix",
	"a) item", "Quality Checklist (Definition of Done)", "Summary (draft", "**Bold** title!!", "🚀 Launch 🚀",
	"1) Step", "2 - Design", "2: Design", "10.", "1.2.3.", "Executive   Summary", "执行摘要 (核心愿景)",
	"Ü. Über", "x. y", "Overview.", "Overview...", "(Overview)", "[System Name]", "3.1\tTabs\there",
	"v. Vendors", "c) Costs (estimate)", "12 Factors", "2024 Roadmap", "e.g. Examples", "-- Notes --",
}

// documentTitlesAndKeys returns every heading and field key of the test
// documents and the shared corpus.
func documentTitlesAndKeys(t *testing.T) []string {
	t.Helper()
	var texts []string
	for _, doc := range testDocuments(t) {
		for _, section := range doc.Sections {
			texts = append(texts, section.Title)
		}
		for _, field := range doc.Fields {
			texts = append(texts, field.Key)
		}
	}
	return texts
}

// randomTitle draws a short string from pieces that the normalization
// treats specially.
func randomTitle(random *rand.Rand) string {
	pieces := []string{"1", "2.", "3.1", " ", "  ", "\t", ".", ")", "(", ":", "-", "–", "iv", "x", "a", "B", "Design", "é", "核心", "🚀", "*", "[", "]", "!", "9", "v.", "c)"}
	var b strings.Builder
	for range 1 + random.IntN(7) {
		b.WriteString(pieces[random.IntN(len(pieces))])
	}
	return b.String()
}

package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/addlint/addlint/internal/model"
)

var update = flag.Bool("update", false, "rewrite golden files")

// goldenDir holds the expected outputs, relative to this package.
var goldenDir = filepath.Join("..", "..", "testdata", "golden", "report")

// checkGolden compares got with the golden file name, or rewrites the file
// when -update is set.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join(goldenDir, name)
	if *update {
		if err := os.MkdirAll(goldenDir, 0o750); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o600); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read golden file (run go test with -update to create it): %v", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update to accept it)\n--- got ---\n%s\n--- want ---\n%s", path, got, want)
	}
}

// fixtureRules are three fake rules: one error, one status-scaled custom
// rule, one info rule whose good example holds a fenced code block.
func fixtureRules() []model.RuleInfo {
	return []model.RuleInfo{
		{
			ID:          "stack-rationale",
			Title:       "Technology choices are justified",
			Description: "A row of the technology table has no rationale, a filler, or fewer than three words.",
			Why:         "Reviewers cannot judge a choice whose reasons are not written down.",
			Gate:        "stack-justified",
			Severity:    model.SeverityError,
			ExampleBad:  "| Component | Technology | Rationale |\n|---|---|---|\n| Cache | Redis | - |\n",
			ExampleGood: "| Component | Technology | Rationale |\n|---|---|---|\n| Cache | Redis | Sub-millisecond reads for session data |\n",
			Builtin:     true,
		},
		{
			ID:          "placeholder",
			Title:       "No unfilled template text",
			Description: "Bracketed template text such as [System Name] or a TBD/TODO marker is left in the document.",
			Why:         "A placeholder means a decision was never written down.",
			Gate:        "complete",
			Severity:    "status-scaled",
			ExampleBad:  "**Architect**: [Name/Team]\n",
			ExampleGood: "**Architect**: Payments Platform Team\n",
			Builtin:     false,
		},
		{
			ID:          "code-block-language",
			Title:       "Code blocks name their language",
			Description: "A fenced code block has no language after its opening fence.",
			Why:         "Renderers highlight, and rules check, only blocks whose language they know.",
			Gate:        "hygiene",
			Severity:    model.SeverityInfo,
			ExampleBad:  "```\nopenapi: 3.0.0\n```\n",
			ExampleGood: "```yaml\nopenapi: 3.0.0\n```\n",
			Builtin:     true,
		},
	}
}

// fixtureInput is the shared input of the golden tests: a file with
// findings of every severity (messages with %, :, comma, newline, <, &,
// quotes and non-ASCII text; one finding without a position and two from
// rules without metadata), a clean file, and a file that could not be
// linted.
func fixtureInput() Input {
	return Input{
		Files: []model.FileResult{
			{
				Path:   "docs/payments-add.md",
				Status: "review",
				Findings: []model.Finding{
					{
						Rule: "unknown-rule", Severity: model.SeverityWarning,
						Message: `Suppression names unknown rule "stak-rationale"`,
						Gate:    "hygiene",
					},
					{
						Rule: "title", Severity: model.SeverityError,
						Message: `The H1 names no system: write "Architecture Design Document: <System Name>"`,
						Line:    1, Column: 1, EndLine: 1, EndColumn: 34,
						Gate: "complete",
					},
					{
						Rule: "placeholder", Severity: model.SeverityWarning,
						Message: "Placeholder \"[Name/Team]\" left in <Architect> & co.\nWrite the architect's name, e.g. 'Zoë Müller, 東京チーム'",
						Line:    5, Column: 15, EndLine: 5, EndColumn: 26,
						Section: "", Gate: "complete",
					},
					{
						Rule: "code-block-language", Severity: model.SeverityInfo,
						Message: "Fenced code block has no language: add one after ``` (e.g. ```yaml)",
						Line:    42, Column: 1, EndLine: 44, EndColumn: 4,
						Section: "detailed-design/api-design", Gate: "hygiene",
					},
					{
						Rule: "stack-rationale", Severity: model.SeverityError,
						Message: "Technology 'Redis' has no rationale: 100% of rows need one, e.g. \"cache, sessions\"",
						Line:    88, Column: 1, EndLine: 88, EndColumn: 64,
						Section: "technology-stack-decisions/core-technology-matrix", Gate: "stack-justified",
					},
				},
			},
			{Path: "docs/clean-add.md", Status: "approved"},
		},
		Errors: []model.FileError{
			{Path: "docs/broken.md", Message: "docs/broken.md: not valid UTF-8 at line 3"},
		},
		Rules: fixtureRules(),
		Tool:  ToolInfo{Name: "addlint", Version: "1.2.3", InformationURI: "https://github.com/addlint/addlint"},
	}
}

// render writes in with the writer of format and fails the test on error.
func render(t *testing.T, format string, opts Options, in Input) []byte {
	t.Helper()
	w, err := New(format, opts)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := w.Write(&buf, in); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return buf.Bytes()
}

package lint_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/addlint/addlint/internal/config"
	"github.com/addlint/addlint/internal/lint"
	"github.com/addlint/addlint/internal/markdown"
	"github.com/addlint/addlint/internal/model"
)

// corpusDir holds the shared real-world documents (beside the repository).
const corpusDir = "../../../shared/corpus"

// placeholderEngine reports one "placeholder" warning per placeholder the
// real parser found, and one "title" error when the document has no H1.
type placeholderEngine struct{}

// Eval implements lint.Evaluator.
func (placeholderEngine) Eval(_ context.Context, doc *model.Document) ([]model.Finding, error) {
	findings := []model.Finding{}
	for _, p := range doc.Placeholders {
		findings = append(findings, model.Finding{
			Rule: "placeholder", Severity: model.SeverityWarning, Message: "placeholder " + p.Text,
			Line: p.Line, Column: p.Column, EndLine: p.Line, EndColumn: p.Column + len([]rune(p.Text)),
			Section: p.Section, Gate: "complete",
		})
	}
	if doc.Title == nil {
		findings = append(findings, model.Finding{Rule: "title", Severity: model.SeverityError, Message: "no H1", Line: 1, Column: 1, Gate: "complete"})
	}
	return findings, nil
}

// knownRules are the rule ids of placeholderEngine, plus one it never
// reports.
var knownRules = []string{"placeholder", "title", "stack-rationale"}

// run lints with the real parser and placeholderEngine.
func run(t *testing.T, opts lint.Options) *lint.Result {
	t.Helper()
	opts.Parse = markdown.Parse
	opts.Engine = placeholderEngine{}
	if opts.KnownRules == nil {
		opts.KnownRules = knownRules
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	res, err := lint.Run(ctx, opts)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return res
}

// summary lists "path line:col severity rule" for every finding and
// "ERROR message" for every error.
func summary(res *lint.Result) []string {
	list := []string{}
	for _, f := range res.Files {
		for _, x := range f.Findings {
			list = append(list, fmt.Sprintf("%s %d:%d %s %s", f.Path, x.Line, x.Column, x.Severity, x.Rule))
		}
	}
	for _, e := range res.Errors {
		list = append(list, "ERROR "+e.Message)
	}
	return list
}

func TestRealParserDetectsADDsInTheCorpus(t *testing.T) {
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skipf("shared corpus not beside the repository: %v", err)
	}
	res := run(t, lint.Options{Paths: []string{corpusDir}, Jobs: 4})
	var got []string
	for _, f := range res.Files {
		got = append(got, strings.TrimPrefix(f.Path, corpusDir+"/"))
	}
	want := []string{
		"01-mahjong-docker-add-tiny.md",
		"02-ganjaguru-add-tiny.md",
		"03-kbase-add-vi-checklist.md",
		"04-aviationintel-add.md",
		"06-hyperbolic-networks-add.md",
		"07-ratatouille-add-draft.md",
		"09-nexanest-add-frontmatter.md",
		"10-siliconrealm-add-zh.md",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("detected ADDs %q, want %q", got, want)
	}
	if len(res.Errors) != 0 {
		t.Errorf("errors: %v", res.Errors)
	}
}

func TestRealParserWalkFixtures(t *testing.T) {
	res := run(t, lint.Options{Paths: []string{"../../testdata/walk"}})
	var got []string
	for _, f := range res.Files {
		got = append(got, f.Path)
	}
	want := []string{
		"../../testdata/walk/docs/UPPER.MD",
		"../../testdata/walk/docs/archive/old-add.md",
		"../../testdata/walk/docs/deep/er/nested-add.md",
		"../../testdata/walk/docs/emoji-add.md",
		"../../testdata/walk/docs/orders.markdown",
		"../../testdata/walk/payments-add.md",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("detected %q, want %q", got, want)
	}
}

func TestRealParserSuppressions(t *testing.T) {
	src := strings.Join([]string{
		"# Architecture Design Document: Suppressions", // 1
		"",                   // 2
		"**Status**: Draft",  // 3
		"",                   // 4
		"Owner: [Name/Team]", // 5  reported
		"",                   // 6
		"<!-- addlint-disable-next-line placeholder -->", // 7
		"Owner: [Name/Team]",                             // 8  suppressed
		"",                                               // 9
		"<!-- addlint-disable placeholder -->",           // 10
		"Date: [YYYY-MM-DD]",                             // 11 suppressed
		"<!-- addlint-enable placeholder -->",            // 12
		"",                                               // 13
		"Date: [YYYY-MM-DD]",                             // 14 reported
		"",                                               // 15
		"<!-- addlint-disable-next-line placehold -->", // 16 unknown rule
		"Name: [System Name]",                          // 17 reported
		"",
	}, "\n")
	res := run(t, lint.Options{Paths: []string{"-"}, Stdin: strings.NewReader(src), StdinFilename: "docs/s.md"})
	want := []string{
		"docs/s.md 5:8 warning placeholder",
		"docs/s.md 14:7 warning placeholder",
		"docs/s.md 16:1 warning unknown-rule",
		"docs/s.md 17:7 warning placeholder",
	}
	if got := summary(res); !reflect.DeepEqual(got, want) {
		t.Errorf("findings\n %q\nwant\n %q", got, want)
	}
	if res.Files[0].Status != "draft" {
		t.Errorf("status %q", res.Files[0].Status)
	}

	// disable-file and a config that sets severities.
	src = "<!-- addlint-disable-file title -->\nText with TODO.\n"
	cfg := config.Default()
	cfg.Rules["placeholder"] = "error"
	res = run(t, lint.Options{Paths: []string{"-"}, Stdin: strings.NewReader(src), Config: cfg})
	if got, want := summary(res), []string{"<stdin> 2:11 error placeholder"}; !reflect.DeepEqual(got, want) {
		t.Errorf("findings %q, want %q", got, want)
	}
}

func TestRealParserBadFilesAmongGood(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.md":   "# Architecture Design Document: A\n\nTBD\n",
		"bin.md": "# Architecture Design Document\n\x00\x00",
		"l1.md":  "# Architecture Design Document\nna\xefve\n",
		"u16.md": "\xff\xfe#\x00 \x00",
		"b.md":   "# Architecture Design Document: B\n",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	res := run(t, lint.Options{Paths: []string{"a.md", "bin.md", "l1.md", "u16.md", "b.md"}})
	want := []string{
		"a.md 3:1 warning placeholder",
		"ERROR bin.md:2: binary file (NUL byte), not UTF-8 Markdown",
		"ERROR l1.md:2:3: invalid UTF-8 (byte 0xef); save the file as UTF-8",
		"ERROR u16.md:1: UTF-16 is not supported; save the file as UTF-8",
	}
	if got := summary(res); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if len(res.Files) != 2 {
		t.Errorf("files: %d, want 2", len(res.Files))
	}
}

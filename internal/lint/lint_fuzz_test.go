package lint_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/addlint/addlint/internal/lint"
	"github.com/addlint/addlint/internal/markdown"
	"github.com/addlint/addlint/internal/policy"
)

// fuzzSeeds lists the sample documents, the rule examples and the shared
// corpus (when it is beside the repository).
func fuzzSeeds() []string {
	var paths []string
	for _, pattern := range []string{
		"../../testdata/docs/*.md",
		"../../testdata/rules/*/*.md",
		filepath.Join(corpusDir, "[0-9]*.md"),
	} {
		matches, _ := filepath.Glob(pattern)
		paths = append(paths, matches...)
	}
	return paths
}

// FuzzLint lints one document the way `addlint lint` does (the real parser,
// the built-in policies, suppressions and severities) and writes every
// report format. Invariants: nothing panics; a file is refused only when
// markdown.Parse refuses it with an *InputError; every finding lies within
// the document's lines; JSON and SARIF are valid JSON, JUnit and Checkstyle
// well-formed XML.
func FuzzLint(f *testing.F) {
	for _, path := range fuzzSeeds() {
		if src, err := os.ReadFile(path); err == nil {
			f.Add(src)
		}
	}
	for _, s := range []string{
		"",
		"<!-- addlint-disable-file -->\n# Architecture Design Document: X\n",
		"<!-- addlint-disable nosuch, placeholder -->\n[TBD]\n<!-- addlint-enable -->\n",
		"---\nstatus: [\n---\n# T\n",
		"| a |\n|---|\n| `x\\|y` [z](#nowhere) |\n",
		"# A\n\n## B\n\n#### D\n\n## B\n",
	} {
		f.Add([]byte(s))
	}
	engine := builtinEngine(f, policyOptionsForFuzz())
	known := ruleIDs(engine)
	f.Fuzz(func(t *testing.T, src []byte) {
		docs := &parsedDocs{}
		res, err := lint.Run(context.Background(), lint.Options{
			Paths:         []string{"-"},
			Stdin:         bytes.NewReader(src),
			StdinFilename: "docs/fuzz-add.md",
			Jobs:          1,
			KnownRules:    known,
			Parse:         docs.parse,
			Engine:        engine,
		})
		if err != nil {
			t.Fatalf("Run: %v", err)
		}
		if len(res.Errors) > 0 {
			// Only input markdown.Parse refuses may be refused.
			_, parseErr := markdown.Parse("docs/fuzz-add.md", src)
			var inputErr *markdown.InputError
			if !errors.As(parseErr, &inputErr) {
				t.Fatalf("refused %q: %s (markdown.Parse: %v)", src, res.Errors[0].Message, parseErr)
			}
		} else {
			if len(res.Files) != 1 {
				t.Fatalf("%d file results for one document", len(res.Files))
			}
			if problems := findingProblems(res.Files[0], docs.doc("docs/fuzz-add.md")); len(problems) > 0 {
				t.Fatalf("%q: %v", src, problems)
			}
		}
		outputs, err := renderAll(reportInput(res, engine))
		if err != nil {
			t.Fatalf("writing the reports: %v", err)
		}
		if problems := reportProblems(outputs); len(problems) > 0 {
			t.Fatalf("%q: %v", src, problems)
		}
	})
}

// policyOptionsForFuzz are the engine limits of FuzzLint: the defaults,
// with a time limit long enough that only a policy that truly loops on an
// input can reach it on a busy machine.
func policyOptionsForFuzz() policy.Options {
	return policy.Options{EvalTimeout: 20 * time.Second}
}

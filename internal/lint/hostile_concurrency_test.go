package lint_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/addlint/addlint/internal/policy"
	"github.com/addlint/addlint/internal/report"
)

// manyDocuments copies the sample documents, the rule examples and the
// corpus into the current directory (as docs/NNN-add.md, so that a walk
// lints them all), with a few files that cannot be linted among them.
func manyDocuments(t *testing.T, sources []string) []string {
	t.Helper()
	if err := os.MkdirAll("docs", 0o750); err != nil {
		t.Fatal(err)
	}
	var paths []string
	for i, source := range sources {
		src, err := os.ReadFile(source)
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("docs", fmt.Sprintf("%03d-add.md", i))
		if err := os.WriteFile(path, src, 0o600); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	writeHostile(t, "docs/binary-add.md", "# Architecture Design Document: B\n\x00")
	writeHostile(t, "docs/latin1-add.md", "# Architecture Design Document: \xe9\n")
	return append(paths, "docs/binary-add.md", "docs/latin1-add.md", "docs/missing-add.md")
}

// renderRun lints paths with jobs workers and writes every report format.
func renderRun(t *testing.T, engine *policy.Engine, jobs int, paths []string) map[string][]byte {
	t.Helper()
	docs := &parsedDocs{}
	res, _ := runHostileJobs(t, engine, docs, jobs, paths...)
	if len(res.Files) < 10 || len(res.Errors) < 2 {
		t.Fatalf("%d files and %d errors for %d paths", len(res.Files), len(res.Errors), len(paths))
	}
	outputs, err := renderAll(reportInput(res, engine))
	if err != nil {
		t.Fatal(err)
	}
	if problems := reportProblems(outputs); len(problems) > 0 {
		t.Fatalf("reports: %v", problems)
	}
	return outputs
}

// TestManyDocumentsAllFormatsDeterministic lints many documents with one
// worker, then twice with eight, writing every format each time: the
// reports must be byte for byte the same. Run it with -race: the engine, the
// parser and the runner are shared by the workers.
func TestManyDocumentsAllFormatsDeterministic(t *testing.T) {
	sources := fuzzSeeds()
	if (testing.Short() || raceSlowdown > 1) && len(sources) > 30 {
		sources = sources[:30]
	}
	for i, source := range sources {
		abs, err := filepath.Abs(source)
		if err != nil {
			t.Fatal(err)
		}
		sources[i] = abs
	}
	engine := builtinEngine(t, policy.Options{})
	t.Chdir(t.TempDir())
	paths := manyDocuments(t, sources)
	for _, args := range [][]string{paths, {"docs"}} {
		want := renderRun(t, engine, 1, args)
		for run := range 2 {
			got := renderRun(t, engine, 8, args)
			for _, format := range report.Formats() {
				if !bytes.Equal(got[format], want[format]) {
					t.Errorf("%v: run %d with 8 workers: the %s report differs from the one with 1 worker", args[:1], run+1, format)
				}
			}
		}
	}
}

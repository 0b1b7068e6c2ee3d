package lint

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/addlint/addlint/internal/model"
)

// walkDir is the shared tree of walk fixtures.
const walkDir = "../../testdata/walk"

// lintWith runs Run with the fake parser and engine unless opts sets its own,
// failing the test on a Run error.
func lintWith(t *testing.T, opts Options) *Result {
	t.Helper()
	res, err := runFake(t, opts)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return res
}

// runFake runs Run with the fake parser and engine unless opts sets its own,
// under a deadline so that a hang fails the test instead of blocking it.
func runFake(t *testing.T, opts Options) (*Result, error) {
	t.Helper()
	if opts.Parse == nil {
		opts.Parse = fakeParse
	}
	if opts.Engine == nil {
		opts.Engine = &fakeEngine{}
	}
	if opts.KnownRules == nil {
		opts.KnownRules = fakeRuleIDs()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	return Run(ctx, opts)
}

// paths lists the files of a result, in order.
func paths(res *Result) []string {
	list := []string{}
	for _, f := range res.Files {
		list = append(list, f.Path)
	}
	return list
}

// errorMessages lists the errors of a result, in order.
func errorMessages(res *Result) []string {
	list := []string{}
	for _, e := range res.Errors {
		list = append(list, e.Message)
	}
	return list
}

// describe lists the findings of a result as "path line:col severity rule".
func describe(res *Result) []string {
	list := []string{}
	for _, f := range res.Files {
		for _, finding := range f.Findings {
			list = append(list, f.Path+" "+brief(finding))
		}
	}
	return list
}

// writeFiles creates each file of files (path → content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
}

// findingsOf returns the findings of the file at path, failing when absent.
func findingsOf(t *testing.T, res *Result, path string) []model.Finding {
	t.Helper()
	for _, f := range res.Files {
		if f.Path == path {
			return f.Findings
		}
	}
	t.Fatalf("no result for %s in %v (errors %v)", path, paths(res), errorMessages(res))
	return nil
}

// brief formats a finding as "line:col severity rule".
func brief(f model.Finding) string {
	return fmt.Sprintf("%d:%d %s %s", f.Line, f.Column, f.Severity, f.Rule)
}

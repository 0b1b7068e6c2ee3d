package policy

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"sort"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/tester"
)

// TestResult is the outcome of one Rego unit test (a rule named test_*).
type TestResult struct {
	// Package is the test's package, e.g. "data.addlint.rules.custom.no_kafka_test".
	Package string
	// Name is the test rule's name.
	Name string
	// File is the test's file as loaded (a bundle path or the user's path).
	File string
	// Line is the 1-based line of the test rule.
	Line int
	// Pass is true when the test succeeded.
	Pass bool
	// Fail is true when the test ran and was false or undefined.
	Fail bool
	// Skip is true for a test named todo_test_*, which is not run.
	Skip bool
	// Err holds the error that stopped the test, if any.
	Err string
	// Duration is how long the test ran.
	Duration time.Duration
	// Output holds what the test printed with print().
	Output string
}

// RunTests runs the Rego unit tests found in paths (directories are walked
// for .rego files, *_test.rego included; no path means opts.PolicyDirs),
// with the bundle's policies, its shared test fixtures, its data, opts'
// policies and opts' data loaded, like `opa test`. Tests run in the same
// sandbox as the engine, each bounded by opts.EvalTimeout, and their print
// output is captured in TestResult.Output. A compile error is an error;
// failing tests are results.
func RunTests(ctx context.Context, opts Options, paths []string) ([]TestResult, error) {
	if len(paths) == 0 {
		paths = opts.PolicyDirs
	}
	if len(paths) == 0 {
		return nil, errors.New("running tests: no test path given")
	}
	set := newModuleSet()
	if err := set.addBundleModules(opts.Bundle, fixturesOnly); err != nil {
		return nil, err
	}
	if err := set.addUserModules(paths, allTests); err != nil {
		return nil, err
	}
	if err := set.addUserModules(notIn(opts.PolicyDirs, paths), noTests); err != nil {
		return nil, err
	}
	return runTests(ctx, opts, set)
}

// notIn returns the directories of dirs that paths does not already name.
func notIn(dirs, paths []string) []string {
	named := make(map[string]bool, len(paths))
	for _, p := range paths {
		named[filepath.Clean(p)] = true
	}
	var out []string
	for _, dir := range dirs {
		if !named[filepath.Clean(dir)] {
			out = append(out, dir)
		}
	}
	return out
}

// RunBuiltinTests runs every Rego unit test of the bundle (its *_test.rego
// files) against the bundle's policies and data, plus opts' data files.
// addlint's own tests use it; so can a command that checks the bundle.
func RunBuiltinTests(ctx context.Context, opts Options) ([]TestResult, error) {
	if opts.Bundle == nil {
		return nil, errors.New("running the built-in tests: no bundle given")
	}
	set := newModuleSet()
	if err := set.addBundleModules(opts.Bundle, allTests); err != nil {
		return nil, err
	}
	return runTests(ctx, opts, set)
}

func runTests(ctx context.Context, opts Options, set *moduleSet) ([]TestResult, error) {
	store, err := loadStore(opts.Bundle, opts.DataFiles)
	if err != nil {
		return nil, err
	}
	runner := tester.NewRunner().
		SetCompiler(newCompiler(true)).
		SetStore(store).
		SetDefaultRegoVersion(ast.RegoV1).
		CapturePrintOutput(true).
		RaiseBuiltinErrors(true).
		SetTimeout(opts.evalTimeout()).
		SetModules(set.modules)
	results, err := runner.RunTests(ctx, nil)
	if err != nil {
		var errs ast.Errors
		if errors.As(err, &errs) {
			return nil, fmt.Errorf("running tests: %w", compileError(errs))
		}
		return nil, fmt.Errorf("running tests: %w", err)
	}
	var out []TestResult
	for result := range results {
		out = append(out, testResult(result))
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		if out[i].Line != out[j].Line {
			return out[i].Line < out[j].Line
		}
		return out[i].Name < out[j].Name
	})
	return out, nil
}

func testResult(result *tester.Result) TestResult {
	out := TestResult{
		Package:  result.Package,
		Name:     result.Name,
		Pass:     result.Pass(),
		Fail:     result.Fail,
		Skip:     result.Skip,
		Duration: result.Duration,
		Output:   string(result.Output),
	}
	if result.Location != nil {
		out.File = result.Location.File
		out.Line = result.Location.Row
	}
	if result.Error != nil {
		out.Err = result.Error.Error()
	}
	return out
}

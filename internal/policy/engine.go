package policy

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/metrics"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/topdown/print"

	"github.com/addlint/addlint/internal/model"
)

// entryPoint is the one query the engine evaluates.
const entryPoint = "data.addlint.main.report"

// entryPackage is the package that must define the entry point.
var entryPackage = ast.MustParseRef("data.addlint.main")

// Engine evaluates the loaded policies against documents. It is built once
// by New and safe for concurrent use.
type Engine struct {
	query       rego.PreparedEvalQuery
	catalog     ruleCatalog
	timeout     time.Duration
	maxFindings int
}

// New loads the bundle's policies and data, the user's policies and data,
// compiles them in the sandbox and prepares the entry point query. Without
// user policies it takes the bundle from Options.Precompiled when that
// matches the bundle (see precompiled.go), which skips parsing and most of
// compiling. A policy that does not parse or compile, calls a removed
// builtin or defines a rule id twice is an error naming the file and line.
func New(ctx context.Context, opts Options) (*Engine, error) {
	if len(opts.PolicyDirs) == 0 {
		if bundle, ok := readPrecompiled(opts.Precompiled, opts.Bundle); ok {
			if engine, err := newFromPrecompiled(ctx, bundle, opts); err == nil {
				return engine, nil
			}
			// Compiling from source reports the failure with its cause, or
			// works where the precompiled bundle did not.
		}
	}
	set := newModuleSet()
	if err := set.addBundleModules(opts.Bundle, noTests); err != nil {
		return nil, err
	}
	if err := set.addUserModules(opts.PolicyDirs, noTests); err != nil {
		return nil, err
	}
	store, err := loadStore(opts.Bundle, opts.DataFiles)
	if err != nil {
		return nil, err
	}
	if !definesPackage(set.modules, entryPackage) {
		return nil, errors.New("loading policies: no policy defines package addlint.main, the entry point that collects the rules' findings (the built-in bundle holds it)")
	}
	compiler, err := compile(set.modules, set.onlyBuiltin())
	if err != nil {
		return nil, err
	}
	catalog, err := readRules(compiler.Modules, set.builtin)
	if err != nil {
		return nil, fmt.Errorf("loading policies: %w", err)
	}
	if err := storePreparedFacts(ctx, compiler, store); err != nil {
		return nil, fmt.Errorf("loading policies: %w", err)
	}
	return prepare(ctx, compiler, store, catalog, opts)
}

// newFromPrecompiled builds the engine from the precompiled built-in
// bundle: the remaining compiler stages, and the bundle's data and profile
// index as they were stored unless opts brings data files.
func newFromPrecompiled(ctx context.Context, bundle *precompiled, opts Options) (engine *Engine, err error) {
	defer func() {
		if r := recover(); r != nil {
			engine, err = nil, fmt.Errorf("loading the precompiled policies: %v", r)
		}
	}()
	compiler, err := compilePrecompiled(bundle.modules)
	if err != nil {
		return nil, err
	}
	if len(opts.DataFiles) > 0 {
		store, err := loadStore(opts.Bundle, opts.DataFiles)
		if err != nil {
			return nil, err
		}
		if err := storePreparedFacts(ctx, compiler, store); err != nil {
			return nil, fmt.Errorf("loading policies: %w", err)
		}
		return prepare(ctx, compiler, store, bundle.catalog, opts)
	}
	store, err := newStore(bundle.data)
	if err != nil {
		return nil, err
	}
	if err := storeProfileIndex(ctx, store, bundle.profileIndex); err != nil {
		return nil, fmt.Errorf("loading policies: %w", err)
	}
	return prepare(ctx, compiler, store, bundle.catalog, opts)
}

// prepare prepares the entry point query on the compiled policies and data.
func prepare(ctx context.Context, compiler *ast.Compiler, store storage.Store, catalog ruleCatalog, opts Options) (*Engine, error) {
	query, err := rego.New(
		rego.Query(entryPoint),
		rego.Compiler(compiler),
		rego.Store(store),
		rego.Capabilities(sandboxCapabilities()),
		rego.SetRegoVersion(ast.RegoV1),
		rego.StrictBuiltinErrors(true),
		rego.PrintHook(discardPrints{}),
	).PrepareForEval(ctx)
	if err != nil {
		return nil, fmt.Errorf("preparing the policy query: %w", err)
	}
	return &Engine{
		query:       query,
		catalog:     catalog,
		timeout:     opts.evalTimeout(),
		maxFindings: opts.maxFindings(),
	}, nil
}

// Eval evaluates every rule against doc and returns the findings sorted by
// line, column and rule, at most Options.MaxFindings of them plus one
// TruncationRule warning when more were found. It fails when the
// evaluation exceeds Options.EvalTimeout, a builtin fails, or a rule
// reports a malformed finding.
func (e *Engine) Eval(ctx context.Context, doc *model.Document) ([]model.Finding, error) {
	if doc == nil {
		return nil, errors.New("evaluating policies: no document")
	}
	input, err := inputValue(doc)
	if err != nil {
		return nil, fmt.Errorf("evaluating policies on %s: building the input: %w", doc.Path, err)
	}
	evalCtx, cancel := context.WithTimeout(ctx, e.timeout)
	defer cancel()
	results, err := e.query.Eval(evalCtx,
		rego.EvalParsedInput(input),
		rego.EvalGenerateJSON(keepTerm),
		rego.EvalMetrics(noMetrics),
	)
	if err != nil {
		if ctx.Err() == nil && errors.Is(evalCtx.Err(), context.DeadlineExceeded) {
			return nil, fmt.Errorf("evaluating policies on %s: stopped after %s, the time limit for one document (does a policy loop over too much?): %w", doc.Path, e.timeout, err)
		}
		return nil, fmt.Errorf("evaluating policies on %s: %w", doc.Path, err)
	}
	if len(results) == 0 || len(results[0].Expressions) == 0 {
		return []model.Finding{}, nil
	}
	term, ok := results[0].Expressions[0].Value.(*ast.Term)
	if !ok {
		return nil, fmt.Errorf("evaluating policies on %s: unexpected result %T", doc.Path, results[0].Expressions[0].Value)
	}
	findings, err := e.findingSet(term.Value)
	if err != nil {
		return nil, fmt.Errorf("evaluating policies on %s: %w", doc.Path, err)
	}
	return capFindings(findings, e.maxFindings), nil
}

// Rules returns the metadata of every loaded rule, sorted by id.
func (e *Engine) Rules() []model.RuleInfo {
	return slices.Clone(e.catalog.rules)
}

// noMetrics turns off OPA's per-evaluation timers and counters, which
// nothing reads.
var noMetrics = metrics.NoOp()

// keepTerm hands results over as AST terms, skipping OPA's conversion to
// Go values.
func keepTerm(term *ast.Term, _ *rego.EvalContext) (any, error) {
	return term, nil
}

// discardPrints drops the output of print calls during evaluation.
type discardPrints struct{}

// Print drops one print call's output.
func (discardPrints) Print(print.Context, string) error { return nil }

func loadStore(bundle fs.FS, dataFiles []string) (storage.Store, error) {
	data, err := loadData(bundle, dataFiles)
	if err != nil {
		return nil, err
	}
	return newStore(data)
}

func definesPackage(modules map[string]*ast.Module, path ast.Ref) bool {
	for _, module := range modules {
		if module.Package.Path.Equal(path) {
			return true
		}
	}
	return false
}

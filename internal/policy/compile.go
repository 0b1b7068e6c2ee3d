package policy

import (
	"github.com/open-policy-agent/opa/v1/ast"
)

// checkOnlyStages are compiler stages that only look for mistakes (type
// errors, recursion, conflicting rules, unused or duplicate imports, ...)
// and change nothing that evaluation uses. The built-in bundle passes them:
// TestBundlePassesEveryCompilerCheck compiles it with every stage and checks
// that skipping these leaves the compiled modules as they are. So when New
// loads the bundle alone they are skipped, which saves about a fifth of the
// compile time; as soon as a user policy is loaded, every stage runs. The
// sandbox's check (a removed builtin is an undefined function) always runs.
var checkOnlyStages = []ast.StageID{
	ast.StageCheckKeywordOverrides,
	ast.StageCheckUnusedImports,
	ast.StageCheckDuplicateImports,
	ast.StageCheckVoidCalls,
	ast.StageSetGraph, // the dependency graph, read only by the recursion and type checks
	ast.StageCheckRuleConflicts,
	ast.StageCheckSafetyRuleHeads,
	ast.StageCheckRecursion,
	ast.StageCheckTypes,
	ast.StageCheckUnsafeBuiltins,
	ast.StageCheckDeprecatedBuiltins,
}

// compile compiles modules with the sandbox's capabilities; bundleOnly (no
// user policy is loaded) skips the check-only stages.
func compile(modules map[string]*ast.Module, bundleOnly bool) (*ast.Compiler, error) {
	compiler := newCompiler(false)
	if bundleOnly {
		compiler = compiler.WithSkipStages(checkOnlyStages...)
	}
	compiler.Compile(modules)
	if compiler.Failed() {
		return nil, compileError(compiler.Errors)
	}
	return compiler, nil
}

// newCompiler returns a Rego v1 compiler restricted to the sandbox.
func newCompiler(keepPrints bool) *ast.Compiler {
	return ast.NewCompiler().
		WithCapabilities(sandboxCapabilities()).
		WithDefaultRegoVersion(ast.RegoV1).
		WithEnablePrintStatements(keepPrints)
}

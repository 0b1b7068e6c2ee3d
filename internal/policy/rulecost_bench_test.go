package policy

import (
	"context"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"

	"github.com/addlint/addlint/internal/benchcorpus"
	"github.com/addlint/addlint/internal/markdown"
)

// BenchmarkRuleCost evaluates each built-in rule's report alone, the whole
// catalog (report) and the library's section index (section-index) on 30
// generated documents, so that a profile can name the rules worth making
// faster. A rule's time includes the library values it reads (the section
// index among them), which the whole catalog computes only once:
//
//	go test -run '^$' -bench RuleCost -benchmem ./internal/policy/
func BenchmarkRuleCost(b *testing.B) {
	ctx := context.Background()
	compiler, store := compiledBundle(b)
	inputs := generatedInputs(b, 30)
	queries := map[string]string{
		"report":        entryPoint,
		"section-index": "data.addlint.lib._section_by_key",
	}
	for _, module := range compiler.Modules {
		path := module.Package.Path.String()
		if strings.HasPrefix(path, "data.addlint.rules") && len(compiler.GetRules(ast.MustParseRef(path+".report"))) > 0 {
			last := module.Package.Path[len(module.Package.Path)-1].Value
			queries[strings.Trim(last.String(), `"`)] = path + ".report"
		}
	}
	for name, query := range queries {
		prepared, err := rego.New(rego.Query(query), rego.Compiler(compiler), rego.Store(store)).PrepareForEval(ctx)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				if _, err := prepared.Eval(ctx, rego.EvalParsedInput(inputs[i%len(inputs)]), rego.EvalMetrics(noMetrics)); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

// compiledBundle compiles the embedded bundle the way New does and stores
// the prepared facts.
func compiledBundle(b *testing.B) (*ast.Compiler, storage.Store) {
	b.Helper()
	compiler, store := bundleCompiler(b)
	if err := storePreparedFacts(context.Background(), compiler, store); err != nil {
		b.Fatal(err)
	}
	return compiler, store
}

// generatedInputs returns the Rego inputs of the first n documents of the
// default benchmark corpus.
func generatedInputs(b *testing.B, n int) []ast.Value {
	b.Helper()
	inputs := make([]ast.Value, n)
	for i := range inputs {
		generated := benchcorpus.Generate(benchcorpus.Options{Seed: 1}, i)
		doc, err := markdown.Parse(generated.Path, generated.Content)
		if err != nil {
			b.Fatal(err)
		}
		if inputs[i], err = inputValue(doc); err != nil {
			b.Fatal(err)
		}
	}
	return inputs
}

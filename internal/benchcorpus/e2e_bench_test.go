package benchcorpus_test

import (
	"context"
	"io"
	"testing"

	"github.com/addlint/addlint/internal/benchcorpus"
	"github.com/addlint/addlint/internal/markdown"
	"github.com/addlint/addlint/internal/model"
	"github.com/addlint/addlint/internal/policy"
	"github.com/addlint/addlint/internal/report"
	"github.com/addlint/addlint/policies"
)

// benchDocuments is how many generated documents the benchmarks cycle
// through, so that no single document's shape dominates.
const benchDocuments = 50

// corpus returns the first benchDocuments documents of the default corpus
// and their mean size in bytes.
func corpus() ([]benchcorpus.Document, int64) {
	docs := make([]benchcorpus.Document, benchDocuments)
	var total int64
	for i := range docs {
		docs[i] = benchcorpus.Generate(benchcorpus.Options{Seed: 1}, i)
		total += int64(len(docs[i].Content))
	}
	return docs, total / benchDocuments
}

func newEngine(b *testing.B) *policy.Engine {
	b.Helper()
	engine, err := policy.New(context.Background(), policy.Options{Bundle: policies.FS, Precompiled: policies.Precompiled})
	if err != nil {
		b.Fatal(err)
	}
	return engine
}

// BenchmarkParse measures markdown.Parse on one generated document: goldmark
// plus the walk that builds the model.
func BenchmarkParse(b *testing.B) {
	docs, mean := corpus()
	b.SetBytes(mean)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		doc := docs[i%len(docs)]
		if _, err := markdown.Parse(doc.Path, doc.Content); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkEval measures Engine.Eval on one parsed document: building the
// Rego input from the model plus evaluating the full catalog.
func BenchmarkEval(b *testing.B) {
	docs, mean := corpus()
	parsed := make([]*model.Document, len(docs))
	for i, doc := range docs {
		var err error
		if parsed[i], err = markdown.Parse(doc.Path, doc.Content); err != nil {
			b.Fatal(err)
		}
	}
	engine := newEngine(b)
	ctx := context.Background()
	b.SetBytes(mean)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := engine.Eval(ctx, parsed[i%len(parsed)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkEndToEnd measures everything one document costs once the engine
// is prepared: parse, build the input, evaluate, and write the text report.
func BenchmarkEndToEnd(b *testing.B) {
	docs, mean := corpus()
	engine := newEngine(b)
	rules := engine.Rules()
	writer, err := report.New(report.FormatText, report.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(mean)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		lintAndReport(ctx, b, engine, writer, rules, docs[i%len(docs)])
		i++
	}
}

// BenchmarkFirstDocument measures the in-process part of the pre-commit
// case: prepare the engine with the full catalog, then lint and report one
// document. Process start-up is not included (scripts/bench.sh measures
// it).
func BenchmarkFirstDocument(b *testing.B) {
	docs, mean := corpus()
	ctx := context.Background()
	writer, err := report.New(report.FormatText, report.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(mean)
	b.ReportAllocs()
	for b.Loop() {
		engine := newEngine(b)
		lintAndReport(ctx, b, engine, writer, engine.Rules(), docs[0])
	}
}

// lintAndReport parses, evaluates and reports one document.
func lintAndReport(ctx context.Context, b *testing.B, engine *policy.Engine, writer report.Writer, rules []model.RuleInfo, doc benchcorpus.Document) {
	b.Helper()
	parsed, err := markdown.Parse(doc.Path, doc.Content)
	if err != nil {
		b.Fatal(err)
	}
	findings, err := engine.Eval(ctx, parsed)
	if err != nil {
		b.Fatal(err)
	}
	in := report.Input{
		Files: []model.FileResult{{Path: doc.Path, Status: parsed.Status, Findings: findings}},
		Rules: rules,
		Tool:  report.ToolInfo{Name: "addlint"},
	}
	if err := writer.Write(io.Discard, in); err != nil {
		b.Fatal(err)
	}
}

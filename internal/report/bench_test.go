package report_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/addlint/addlint/internal/benchcorpus"
	"github.com/addlint/addlint/internal/markdown"
	"github.com/addlint/addlint/internal/model"
	"github.com/addlint/addlint/internal/policy"
	"github.com/addlint/addlint/internal/report"
	"github.com/addlint/addlint/policies"
)

// benchInput lints 100 generated documents, every one with planted defects,
// and returns the result as a writer's input: a CI run over a monorepo with
// a few hundred findings.
func benchInput(b *testing.B) report.Input {
	b.Helper()
	ctx := context.Background()
	engine, err := policy.New(ctx, policy.Options{Bundle: policies.FS})
	if err != nil {
		b.Fatal(err)
	}
	in := report.Input{Rules: engine.Rules(), Tool: report.ToolInfo{Name: "addlint", Version: "bench"}}
	for i := range 100 {
		doc := benchcorpus.Generate(benchcorpus.Options{Seed: 1, DefectEvery: 1}, i)
		parsed, err := markdown.Parse(doc.Path, doc.Content)
		if err != nil {
			b.Fatal(err)
		}
		findings, err := engine.Eval(ctx, parsed)
		if err != nil {
			b.Fatal(err)
		}
		in.Files = append(in.Files, model.FileResult{Path: doc.Path, Status: parsed.Status, Findings: findings})
	}
	return in
}

// BenchmarkWriters measures each output format on the same 100-file result.
// The bytes per second are those of the report written.
func BenchmarkWriters(b *testing.B) {
	in := benchInput(b)
	findings := 0
	for _, f := range in.Files {
		findings += len(f.Findings)
	}
	for _, format := range report.Formats() {
		b.Run(format, func(b *testing.B) {
			writer, err := report.New(format, report.Options{BaseDir: "/repo"})
			if err != nil {
				b.Fatal(err)
			}
			var out bytes.Buffer
			if err := writer.Write(&out, in); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(out.Len()))
			b.ReportAllocs()
			for b.Loop() {
				out.Reset()
				if err := writer.Write(&out, in); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(findings), "findings")
		})
	}
}

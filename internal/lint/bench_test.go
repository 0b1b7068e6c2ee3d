package lint_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/addlint/addlint/internal/benchcorpus"
	"github.com/addlint/addlint/internal/lint"
	"github.com/addlint/addlint/internal/markdown"
	"github.com/addlint/addlint/internal/policy"
	"github.com/addlint/addlint/policies"
)

// benchFiles is the size of the corpus the runner benchmark lints.
const benchFiles = 100

// BenchmarkRun measures the runner over a directory of 100 generated ADDs
// (walk, read, parse, evaluate, suppressions, sort) with one and two
// workers. The engine is prepared once, outside the timed loop.
func BenchmarkRun(b *testing.B) {
	dir := b.TempDir()
	sum, err := benchcorpus.WriteDir(dir, benchcorpus.Options{Seed: 1}, benchFiles)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	engine, err := policy.New(ctx, policy.Options{Bundle: policies.FS, Precompiled: policies.Precompiled})
	if err != nil {
		b.Fatal(err)
	}
	var known []string
	for _, rule := range engine.Rules() {
		known = append(known, rule.ID)
	}
	for _, jobs := range []int{1, 2} {
		b.Run(fmt.Sprintf("jobs=%d", jobs), func(b *testing.B) {
			opts := lint.Options{
				Paths:      []string{dir},
				Jobs:       jobs,
				KnownRules: known,
				Parse:      markdown.Parse,
				Engine:     engine,
			}
			b.SetBytes(sum.Bytes)
			b.ReportAllocs()
			for b.Loop() {
				result, err := lint.Run(ctx, opts)
				if err != nil {
					b.Fatal(err)
				}
				if len(result.Files) != benchFiles || len(result.Errors) != 0 {
					b.Fatalf("linted %d files with %d errors, want %d files", len(result.Files), len(result.Errors), benchFiles)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*benchFiles), "µs/file")
		})
	}
}

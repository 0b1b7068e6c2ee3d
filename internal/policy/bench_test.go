package policy_test

import (
	"context"
	"testing"

	"github.com/addlint/addlint/internal/policy"
	"github.com/addlint/addlint/policies"
)

// BenchmarkPrepare measures New with the full embedded bundle: from source
// (parse, compile, prepare the query: what a run with --policy pays) and
// from the precompiled bundle (what every other run pays).
func BenchmarkPrepare(b *testing.B) {
	ctx := context.Background()
	for _, bench := range []struct {
		name        string
		precompiled []byte
	}{{"source", nil}, {"precompiled", policies.Precompiled}} {
		b.Run(bench.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := policy.New(ctx, policy.Options{Bundle: policies.FS, Precompiled: bench.precompiled}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

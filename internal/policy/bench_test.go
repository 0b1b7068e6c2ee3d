package policy_test

import (
	"context"
	"testing"

	"github.com/addlint/addlint/internal/policy"
	"github.com/addlint/addlint/policies"
)

// BenchmarkPrepare measures New with the full embedded bundle: parse,
// compile and prepare the query.
func BenchmarkPrepare(b *testing.B) {
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := policy.New(ctx, policy.Options{Bundle: policies.FS}); err != nil {
			b.Fatal(err)
		}
	}
}

package policy_test

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/addlint/addlint/internal/policy"
)

// testPolicies is testdata/policy, relative to this package.
const testPolicies = "../../testdata/policy"

// entryBundle is a bundle holding only the entry point and a tiny profile.
func entryBundle() fs.FS {
	return os.DirFS(filepath.Join(testPolicies, "entry"))
}

// newEngine builds an engine over the entry bundle and the given test
// policy directories (relative to testdata/policy).
func newEngine(t *testing.T, opts policy.Options, dirs ...string) *policy.Engine {
	t.Helper()
	if opts.Bundle == nil {
		opts.Bundle = entryBundle()
	}
	for _, dir := range dirs {
		opts.PolicyDirs = append(opts.PolicyDirs, filepath.Join(testPolicies, dir))
	}
	engine, err := policy.New(context.Background(), opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return engine
}

package markdown

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/addlint/addlint/internal/model"
)

var update = flag.Bool("update", false, "rewrite golden files")

// docsDir holds the sample documents; goldenDir their expected models.
const (
	docsDir   = "../../testdata/docs"
	goldenDir = "../../testdata/golden/parse"
)

// sampleDocs returns the paths of the sample documents.
func sampleDocs(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(docsDir, "*.md"))
	if err != nil || len(paths) < 8 {
		t.Fatalf("want at least 8 sample documents in %s, got %d (%v)", docsDir, len(paths), err)
	}
	return paths
}

// parseFile parses a file under the path a user would give from the
// repository root ("testdata/docs/x.md").
func parseFile(t testing.TB, path string) *model.Document {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Parse(strings.TrimPrefix(filepath.ToSlash(path), "../../"), src)
	if err != nil {
		t.Fatalf("Parse(%s): %v", path, err)
	}
	return doc
}

func TestGolden(t *testing.T) {
	for _, path := range sampleDocs(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".md")
		t.Run(name, func(t *testing.T) {
			doc := parseFile(t, path)
			checkInvariants(t, doc)
			got, err := json.MarshalIndent(doc, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join(goldenDir, name+".json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("model of %s differs from %s; run go test -update and review the diff", path, golden)
			}
		})
	}
}

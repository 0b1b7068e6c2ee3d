package markdown

import (
	"os"
	"path/filepath"
	"testing"
)

// corpusDir holds 25 real-world documents beside the repository (CI keeps
// a copy of shared/ next to the clone).
const corpusDir = "../../../shared/corpus"

// corpusDocs returns the corpus documents, skipping the test when the
// folder is absent.
func corpusDocs(t testing.TB) []string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "[0-9]*.md"))
	if len(paths) == 0 {
		t.Skipf("no corpus in %s", corpusDir)
	}
	return paths
}

func TestCorpus(t *testing.T) {
	paths := corpusDocs(t)
	if len(paths) != 25 {
		t.Errorf("want the 25 corpus documents, found %d", len(paths))
	}
	for _, path := range paths {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := Parse(filepath.ToSlash(path), src)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			checkInvariants(t, doc)
			if doc.Lines == 0 {
				t.Error("no lines")
			}
		})
	}
}

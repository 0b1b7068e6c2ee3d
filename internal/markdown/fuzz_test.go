package markdown

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// FuzzParse checks that Parse never panics, refuses input only with an
// *InputError, keeps every line within 1..Lines and is deterministic.
func FuzzParse(f *testing.F) {
	for _, path := range sampleDocs(f) {
		if src, err := os.ReadFile(path); err == nil {
			f.Add(src)
		}
	}
	for _, path := range corpusSeeds() {
		if src, err := os.ReadFile(path); err == nil {
			f.Add(src)
		}
	}
	for _, s := range []string{"", "\r", "---\n---\n", "> - [x] **a**: [b]\n", "|a|\n|-|\n|`x\\|y`|\n", "```yaml\n: :\n```"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		doc, err := Parse("fuzz.md", src)
		if err != nil {
			var inputErr *InputError
			if !errors.As(err, &inputErr) {
				t.Fatalf("unexpected error kind: %v", err)
			}
			return
		}
		if problems := invariantProblems(doc); len(problems) > 0 {
			t.Fatalf("%q: %v", src, problems)
		}
		again, err := Parse("fuzz.md", src)
		if err != nil || !reflect.DeepEqual(doc, again) {
			t.Fatalf("%q: a second parse differs (%v)", src, err)
		}
	})
}

// corpusSeeds lists the corpus documents, if the corpus is present.
func corpusSeeds() []string {
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "[0-9]*.md"))
	return paths
}

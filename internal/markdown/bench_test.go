package markdown

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParse parses huge.md, a 20-30 KB complete ADD.
func BenchmarkParse(b *testing.B) {
	src, err := os.ReadFile(filepath.Join(docsDir, "huge.md"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("testdata/docs/huge.md", src); err != nil {
			b.Fatal(err)
		}
	}
}
